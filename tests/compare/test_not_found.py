"""One severity rule for a work the registry does not hold (docs/rules.md,
`reference-not-found`): a journal article from 2000 on is a warning, anything else info."""

from __future__ import annotations

import pytest

from claimcheck.compare import verify_references
from tests.compare.fakes import FakeResolver, reference


def severity(**fields: object) -> str:
    ref = reference(doi="", **fields)
    found = verify_references([ref], FakeResolver([])).findings
    assert [f.rule for f in found] == ["reference-not-found"]
    assert "checked: title search" in found[0].message
    return found[0].severity.value


def test_a_recent_journal_article_is_a_warning() -> None:
    assert severity() == "warning"
    assert severity(volume="", pages="e123") == "warning"
    assert severity(volume="4", pages="014005",  # an article number and a page count
                    raw="Smith A (2009) Ketamine. Environ Res Lett 4, 014005, 11 pp.") == "warning"


@pytest.mark.parametrize(
    "fields",
    [
        {"year": "1997"},  # before the registry era
        {"kind": "book", "container": "", "volume": "", "pages": ""},
        {"kind": "chapter", "container": "Handbook of Tests"},
        {"kind": "thesis", "container": ""},
        {"volume": "", "pages": ""},  # a journal name alone: not enough to call it an article
        {
            "container": "Agency Programme Report",
            "volume": "12",
            "raw": "Agency (2015) "
            "Ketamine and the brain: a review. Programme Report 12. Geneva: Agency.",
        },
        {"container": "Zenodo", "raw": "Smith A (2020) Ketamine data. Zenodo. Dataset, version 2."},
        {"container": "CRAN", "volume": "2.1", "pages": "",  # software, its version as volume
         "raw": "Smith A (2020) ketamine: Brain data tools. R package version 2.1. CRAN."},
        {"container": "Technical Report", "volume": "12", "kind": "misc",
         "raw": "Smith A (2015) Ketamine and the brain: a review. Technical Report 12."},
        # a day of the month the parse was unsure of, read as a volume (a newspaper)
        {"container": "San Francisco Chronicle", "volume": "8", "pages": "",
         "doubtful": ("volume",)},
        # a total page count read as a volume or pages (a book or report)
        {"container": "Annual Energy Review", "volume": "", "pages": "370",
         "raw": "Agency (2012) Ketamine and the brain: a review. Annual Energy Review, 370 pp."},
    ],
)
def test_works_the_registry_often_lacks_are_info(fields: dict[str, object]) -> None:
    assert severity(**fields) == "info"


def test_a_web_page_is_not_searched_and_not_reported() -> None:
    ref = reference(doi="", kind="web", container="")
    assert verify_references([ref], FakeResolver([])).findings == ()
