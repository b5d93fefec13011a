"""benchmarks/notes_changes.py: each change keeps a note string labelled (spans moved with
the text, the gold changed where the printed value changed)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from tests.conftest import load_benchmark

changes = load_benchmark("notes_changes")


def _record() -> dict[str, Any]:
    text = "Brandt, K., “Guild Records of the Baltic Towns”, Scand J Hist 41 (1996): 211–230."
    spans = []
    for label, piece in (("author", "Brandt, K."), ("title", "Guild Records of the Baltic Towns"),
                         ("journal", "Scand J Hist"), ("volume", "41"), ("date", "1996"),
                         ("pages", "211–230")):
        start = text.index(piece)
        spans.append({"label": label, "start": start, "end": start + len(piece), "text": piece})
    fields = {"authors": [{"family": "Brandt", "given": "K."}],
              "title": "Guild Records of the Baltic Towns", "container": "Scand J Hist",
              "volume": "41", "year": "1996", "pages": "211–230"}
    return {"string": text, "spans": spans, "fields": fields}


def test_an_insertion_moves_the_spans_after_it() -> None:
    record = _record()
    changed = changes.edit(record, 0, 0, "See ")
    assert all(s["text"] == changed["string"][s["start"]:s["end"]] for s in changed["spans"])
    assert [s["text"] for s in changed["spans"]] == [s["text"] for s in record["spans"]]


@pytest.mark.parametrize("name", sorted(changes.CHANGES))
def test_every_change_keeps_the_spans_on_their_text(name: str) -> None:
    rng = random.Random(3)
    other = _record()
    for _ in range(20):
        changed = changes.CHANGES[name](_record(), other, rng)
        if changed is None:
            continue
        for span in changed["spans"]:
            assert changed["string"][span["start"]:span["end"]] == span["text"]
        title = next(s["text"] for s in changed["spans"] if s["label"] == "title")
        assert title == changed["fields"]["title"]


def test_a_roman_volume_changes_the_gold() -> None:
    changed = changes.roman_volume(_record(), _record(), random.Random(1))
    assert changed["fields"]["volume"] == "XLI" and "Hist XLI (1996)" in changed["string"]
