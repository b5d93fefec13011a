from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.compare.match import evidence, is_candidate_match, is_printed_work
from claimcheck.model import Author
from claimcheck.resolve.crossref import works_from_body
from tests.compare.fakes import authors, record, reference
from tests.conftest import SHARED

# Real recorded searches, read from ../shared (the project keeps no copy); skipped without it.
RECORDINGS = SHARED / "data" / "crossref-samples"
MATCH_BODY = RECORDINGS / "works-query-bibliographic-match-2018.json"
NEAR_MISS = RECORDINGS / "works-query-bibliographic-near-miss-no-match-2018.json"

CERMINE = "CERMINE: automatic extraction of structured metadata from scientific literature"
IJDAR = "International Journal on Document Analysis and Recognition (IJDAR)"


def cermine(**fields: object):  # type: ignore[no-untyped-def]
    base: dict[str, object] = {
        "authors": tuple(
            Author(f) for f in ("Tkaczyk", "Szostek", "Fedoryszak", "Dendek", "Bolikowski")
        ),
        "title": CERMINE,
        "container": IJDAR,
        "volume": "18",
        "issue": "4",
        "pages": "317–335",
        "year": "2015",
        "doi": "",
    }
    base.update(fields)
    return reference(**base)


def _body(path: Path) -> str:
    if not path.is_file():
        pytest.skip(f"{path.name} from ../shared is not present")
    return path.read_text(encoding="utf-8")


def _records(path: Path):  # type: ignore[no-untyped-def]
    return works_from_body(_body(path))


def test_crossref_matcher_match_sample_is_accepted() -> None:
    candidates = _records(MATCH_BODY)
    assert candidates[0].doi == "10.1007/s10032-015-0249-8"
    assert is_candidate_match(cermine(), candidates[0])
    # The runner-up (another CERMINE paper, 2014) is not the printed work.
    assert not any(is_candidate_match(cermine(), c) for c in candidates[1:])


def test_crossref_matcher_near_miss_sample_is_rejected() -> None:
    """First author dropped, volume 14 for 18, page 310 for 317, 2016 for 2015: the top
    candidate has the very same title, and Crossref's matcher still rejects it."""
    candidates = _records(NEAR_MISS)
    corrupted = cermine(
        authors=tuple(Author(f) for f in ("Szostek", "Fedoryszak", "Dendek", "Bolikowski")),
        volume="14",
        pages="310",
        year="2016",
    )
    assert candidates[0].doi == "10.1007/s10032-015-0249-8"
    assert not any(is_candidate_match(corrupted, c) for c in candidates)


def test_doi_record_with_misspelt_title_is_still_the_work() -> None:
    ref = reference(title="Ketamine and the brian: a reveiw")
    assert is_printed_work(ref, record())


def test_real_doi_under_invented_title_is_another_work() -> None:
    ref = reference(
        title="Gut microbiota modulate ketamine response in adolescent mice",
        authors=authors("Lee", "Park"),
        volume="12",
        pages="5-9",
        year="2021",
    )
    assert not is_printed_work(ref, record())


def test_misparsed_title_with_every_other_field_agreeing_is_the_work() -> None:
    ref = reference(title="J. Neurosci. 30, 100-110")
    assert is_printed_work(ref, record())


def test_without_printed_title_the_doi_is_trusted_unless_contradicted() -> None:
    assert is_printed_work(reference(title="", container=""), record())
    assert not is_printed_work(reference(title="", volume="2", pages="5-9", year="1990"), record())


def test_evidence_score_is_in_unit_interval() -> None:
    found = evidence(reference(), record())
    assert found.score == 1.0
    assert set(found.agree) == {"author", "year", "journal", "volume", "pages"}
    other = evidence(reference(title="Something else entirely", year="1990"), record())
    assert 0.0 <= other.score < 0.7


def test_fixture_is_valid_json() -> None:
    body = json.loads(_body(NEAR_MISS))
    assert body["message-type"] == "work-list"
    assert body["message"]["items"]


def test_preprint_of_the_printed_article_is_not_its_match() -> None:
    preprint = record(
        type="posted-content", containers=(), short_containers=(), volume="", pages=""
    )
    assert not is_candidate_match(reference(doi=""), preprint)
    assert is_candidate_match(
        reference(doi="", container="bioRxiv"),
        record(type="posted-content", containers=("bioRxiv",), volume="", pages=""),
    )


def test_correction_notice_is_not_the_corrected_article() -> None:
    notice = record(title="Correction to: Ketamine and the brain: a review", authors=())
    assert not is_printed_work(reference(), notice)
    assert not is_candidate_match(reference(doi=""), notice)
    assert is_printed_work(reference(title="Correction to: Ketamine and the brain"), notice)


def test_retracted_label_is_not_a_title_difference() -> None:
    retracted = record(title="RETRACTED: Ketamine and the brain: a review")
    assert is_printed_work(reference(), retracted)
    assert evidence(reference(), retracted).title == 1.0
