"""End to end on the bundled example: parse Colla et al. (2021), verify against its snapshot.

The review's reference list carries real published errors. Each expected finding below was
established by comparing a printed entry with the transcribed publisher record; the tool
must find them from the records alone and raise nothing else at warning level or above.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from claimcheck.compare import Verification, verify_references
from claimcheck.ingest import load_document
from claimcheck.model import Severity
from claimcheck.resolve.snapshot import SnapshotOptions, SnapshotResolver
from claimcheck.text import fold

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "colla2021" / "review.md"
SNAPSHOT = REPO / "examples" / "colla2021" / "crossref-snapshot.jsonl"

# (rule, folded first author, year) -> what the record says.
EXPECTED_SERIOUS = {
    ("author-mismatch", "aanhetrot", "2010"): "Murrough",
    ("author-mismatch", "casarotto", "2021"): "Girych",
    ("author-mismatch", "deyam", "2020"): "Deyama",
    ("author-mismatch", "fava", "2020"): "Hoeppner",
    ("year-mismatch", "corssen", "1965"): "1966",
    ("year-mismatch", "vollmayr", "2000"): "2001",
    ("title-mismatch", "olney", "1989"): (
        "Pathological changes induced in cerebrocortical neurons by phencyclidine and related drugs"
    ),
    ("journal-mismatch", "white", "1985"): "British Journal of Anaesthesia",
    ("doi-not-found", "holsboer", "2014"): "10.31887/dcns.2014.16.1/fholsboer",
    ("doi-not-found", "kharasch", "1992"): "10.1097/00000542-199212000-00022",
    ("doi-not-found", "lopezgil", "2019"): "10.1021/acschemneuro.9b00288",
    ("doi-not-found", "nishimura", "1998"): "10.1097/00000542-199803000-00029",
}
EXPECTED_INFO = {
    ("title-mismatch", "meyer", "1959"),  # subtitle not printed
    ("year-online-print", "fukumoto", "2015"),
    ("year-online-print", "shinohara", "2020"),
    ("reference-incomplete", "pothula", "2020"),
}


@pytest.fixture(scope="module")
def verification() -> Verification:
    from claimcheck.parse import parse_entries
    from claimcheck.parse.tagger import MODEL_PATH

    if not MODEL_PATH.is_file():
        pytest.skip("the reference parser's model is not built yet")
    references = parse_entries(load_document(EXAMPLE).entries)
    resolver = SnapshotResolver.from_path(SNAPSHOT, SnapshotOptions(complete=True))
    return verify_references(references, resolver)


def keyed(verification: Verification) -> dict[tuple[str, str, str], str]:
    references = {r.reference.id: r.reference for r in verification.results}
    found = {}
    for f in verification.findings:
        ref = references[f.reference_id]
        found[(f.rule, fold(ref.first_family), ref.year)] = f.expected
    return found


def test_every_published_error_is_found(verification: Verification) -> None:
    found = keyed(verification)
    for key, expected in EXPECTED_SERIOUS.items():
        assert key in found, key
        assert found[key] == expected, key
    assert set(found) >= EXPECTED_INFO


def test_nothing_else_at_warning_or_above(verification: Verification) -> None:
    references = {r.reference.id: r.reference for r in verification.results}
    serious = {
        (f.rule, fold(references[f.reference_id].first_family), references[f.reference_id].year)
        for f in verification.findings
        if f.severity.rank >= Severity.WARNING.rank
    }
    assert serious == set(EXPECTED_SERIOUS)


def test_statuses(verification: Verification) -> None:
    statuses = Counter(r.status for r in verification.results)
    assert verification.complete
    assert statuses["unchecked"] == 0 and statuses["not-found"] == 0
    assert statuses["mismatch"] == len({key[1:] for key in EXPECTED_SERIOUS})
    # Kuhn 1957, Loomer 1957, deVerteuil 1958, Paul 1994 and the WHO list have no DOI.
    assert statuses["no-doi"] == 5
