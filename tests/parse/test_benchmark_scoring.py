"""The parser benchmark's scoring of gold quirks: AnyStyle's volume spans that hold the year
or the pages are scored as those fields, so a parser that splits them is not penalised."""

import json
from pathlib import Path

from tests.conftest import load_benchmark

bench = load_benchmark("parse_accuracy")


def test_vancouver_volume_span_gives_the_year_and_the_volume() -> None:
    gold = bench.gold_values({"author": "Komi N", "volume": "1992;27", "pages": "728–731"})
    assert (gold["year"], gold["volume"], gold["pages"]) == ("1992", "27", "728–731")


def test_volume_span_with_pages_gives_the_pages_when_none_are_labelled() -> None:
    gold = bench.gold_values({"author": "Wang, G.", "volume": "31(4):611–625"})
    assert (gold["volume"], gold["pages"]) == ("31(4", "611–625")


def test_labelled_fields_win_over_the_parts_of_a_volume_span() -> None:
    gold = bench.gold_values({"author": "A, B.", "volume": "1992;27:5", "pages": "5-9",
                              "year": "1993"})
    assert (gold["year"], gold["volume"], gold["pages"]) == ("1993", "27", "5-9")


def test_a_plain_volume_is_left_alone() -> None:
    gold = bench.gold_values({"author": "A, B.", "volume": "2000", "year": "2000"})
    assert gold["volume"] == "2000"


def _span(label: str, start: int, text: str) -> dict[str, object]:
    return {"label": label, "start": start, "end": start + len(text), "text": text}


def test_grobid_institution_of_a_report_is_its_publisher() -> None:
    spans = [_span("author", 0, "Hadzilacos, V."), _span("title@m", 15, "Issues"),
             _span("orgName", 40, "Harvard University")]
    gold = bench.gold_values({"author": "Hadzilacos, V.", "institution": "Harvard University"},
                             spans)
    assert gold["publisher"] == "Harvard University" and gold["authors"] == "hadzilacos"


def test_grobid_collaboration_in_the_author_list_is_an_author() -> None:
    spans = [_span("orgName", 0, "H.E.S.S. collaboration"), _span("author", 24, "Abdalla H."),
             _span("title@j", 50, "A&A")]
    gold = bench.gold_values({"author": "Abdalla H.", "institution": "H.E.S.S. collaboration",
                              "container": "A&A"}, spans)
    assert gold["authors"] == "h e s s collaboration | abdalla" and "publisher" not in gold


def test_year_is_compared_as_printed_with_its_suffix_letter() -> None:
    from claimcheck.parse import parse_string

    ref = parse_string("Gelman, A., and Rubin, D. B. (1992b). Inference. Stat. Sci. 7, 457-511.")
    assert bench.predicted_values(ref, {})["year"] == "1992b"


def test_a_series_letter_counts_with_neither_volume_nor_journal() -> None:
    assert bench.normal("volume", "D22") == bench.normal("volume", "22") == "22"
    assert bench.normal("container", "Phys. Rev. D") == bench.normal("container", "Phys. Rev.")
    assert bench.normal("volume", "A") == "a"  # a letter alone is a value, not a series


def test_results_by_a_record_key(tmp_path: Path) -> None:
    text = "Smith J. Ketamine in depression. J Psychiatr Res. 2010;12(3):34-56."
    record = {"string": text, "spans": [{"label": "author", "start": 0, "end": 7,
                                         "text": "Smith J"}],
              "fields": {"author": "Smith J", "year": "2010"}}
    path = tmp_path / "refstrings.jsonl"
    path.write_text("\n".join(json.dumps({**record, "id": str(i), "style": style})
                              for i, style in enumerate(("numeric", "numeric", "note"))))
    result, n, _ = bench.evaluate(path, {}, by="style")
    assert n == 3
    assert {k: v["n"] for k, v in result["groups"].items()} == {"note": 1, "numeric": 2}
    assert result["groups"]["numeric"]["fields"]["year"]["f1"] == 1.0
