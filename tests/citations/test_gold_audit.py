"""benchmarks/gold_audit.py completes gold gaps and sets aside xrefs that name another entry
than the print, from the gold and the text alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import load_benchmark

audit = load_benchmark("gold_audit").audit


def _gold(text: str, start: int, targets: list[str], group: str) -> dict[str, Any]:
    return {"id": group, "text": text, "start": start, "end": start + len(text),
            "targets": targets, "targets_known": True, "group_id": group,
            "group_text": text, "group_start": start, "group_end": start + len(text),
            "group_targets": targets}


def _ref(rid: str, index: int, string: str) -> dict[str, Any]:
    return {"id": rid, "index": index, "string": string}


def test_an_untagged_copy_of_a_tagged_callout_gets_its_targets() -> None:
    body = "As Smith (2001, p. 3) said. Later Smith (2001, p. 9) said it again."
    gold = [_gold("Smith (2001", 3, ["B1"], "g1")]
    audited, aside = audit(gold, [_ref("B1", 1, "SMITH, J. Title. 2001.")], body)
    assert [(g["start"], g["targets"]) for g in audited] == [(3, ["B1"]), (34, ["B1"])]
    assert aside == []


def test_an_xref_naming_another_entry_than_the_print_is_set_aside() -> None:
    refs = [_ref("R1", 1, "Nguyen TB, Crounse JD. 2015. A."),
            _ref("R2", 2, "Nguyen TKV, Capps SL. 2015. B."),
            _ref("B7", 3, "FOUCAULT, M. Sujet. 2001."), _ref("B9", 4, "FOUCAULT, M. II. 2010.")]
    body = "(T. K. V. Nguyen et al., 2015) and (FOUCAULT, 2010) and (FOUCAULT, 2005)."
    gold = [_gold("T. K. V. Nguyen et al., 2015", 1, ["R1"], "g1"),
            _gold("FOUCAULT, 2010", 36, ["B7"], "g2"), _gold("FOUCAULT, 2005", 57, ["B7"], "g3")]
    audited, aside = audit(gold, refs, body)
    assert aside == [(1, 29), (36, 50)]
    # a year no entry prints is the article's slip: the gold stays and a miss still counts
    assert [g["text"] for g in audited] == ["FOUCAULT, 2005"]


def test_a_range_whose_ends_are_two_xrefs_cites_the_works_between() -> None:
    refs = [_ref(f"B{i}", i, f"Author{i}. T. 2001.") for i in range(1, 6)]
    body = "as shown (2-4). Next"
    gold = [_gold("(2", 9, ["B2"], "g1"), _gold("4)", 12, ["B4"], "g2")]
    audited, _ = audit(gold, refs, body)
    assert audited[-1]["targets"] == ["B3"]
    assert (audited[-1]["start"], audited[-1]["end"]) == (9, 14)


def test_a_range_longer_than_the_linker_reads_gets_no_works_between() -> None:
    refs = [_ref(f"B{i}", i, f"Author{i}. T. 2001.") for i in range(1, 80)]
    body = "as shown (2-70). Next"
    gold = [_gold("(2", 9, ["B2"], "g1"), _gold("70)", 12, ["B70"], "g2")]
    audited, _ = audit(gold, refs, body)
    assert audited == gold  # skipped as marked.py skips it, not cut short at 50 works


def test_link_accuracy_audits_only_when_asked(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    link_accuracy = load_benchmark("link_accuracy")
    folder = tmp_path / "a1"
    folder.mkdir()
    (folder / "article.txt").write_text("Mice die (Smith, 2001).\n\nReferences\n\n"
                                        "Smith, J. (2001). Title. J. Biol. 1, 2.\n",
                                        encoding="utf-8")
    line = {"id": "x1", "text": "Smith, 2001", "start": 10, "end": 21, "targets": ["b1"],
            "targets_known": True, "group_id": "g1", "group_text": "Smith, 2001",
            "group_start": 10, "group_end": 21, "group_targets": ["b1"]}
    (folder / "gold-citations.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    reference = {"id": "b1", "index": 1, "start": 50, "string": "Smith, J. (2001). Title."}
    (folder / "gold-references.jsonl").write_text(json.dumps(reference) + "\n",
                                                  encoding="utf-8")

    def refuse(*_: object) -> None:
        raise AssertionError("audited without --audit")

    monkeypatch.setattr(link_accuracy, "audit", refuse)
    counts = link_accuracy.measure(folder)
    assert counts["paired_links"] == 1 and "audit_paired_links" not in counts
