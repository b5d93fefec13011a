"""Issue 20's records end to end: Crossref `work` messages in the documented shape (book,
chapter, monograph, proceedings paper, preprints of several servers) and real recorded ones
(../shared/data/crossref-samples), read by the client's own JSON reader, against printed
strings read by the parser."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimcheck.compare import verify_references
from claimcheck.model import Finding, Record
from claimcheck.parse import parse_string
from claimcheck.resolve.crossref import record_from_message, works_from_body
from tests.compare.fakes import FakeResolver

BOOK = "10.1000/pwr.2007"
EDITORS = [{"given": "M.", "family": "Caldwell"}, {"given": "R.", "family": "Pearcy"}]
PRINTED_BOOK = "In: Caldwell M, Pearcy R, eds. Plant Water Relations. 2nd edn. San Diego: " \
               "Academic Press"


def message(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"publisher": "Academic Press", "issued": {"date-parts": [[2007]]}}
    return {**base, **fields}


def chapter(doi: str, title: str, family: str, page: str) -> dict[str, Any]:
    return message(DOI=doi, type="book-chapter", title=[title], page=page,
                   author=[{"given": "A.", "family": family}], editor=EDITORS,
                   **{"container-title": ["Plant Water Relations"], "edition-number": "2",
                      "ISBN": ["9780198526636"]})


RECORDS = [
    record_from_message(chapter(f"{BOOK}.ch2", "Roots in dry soil", "Smith", "21-71")),
    record_from_message(chapter(f"{BOOK}.ch3", "Leaves under heat stress in deserts", "Brown",
                                "72-98")),
    record_from_message(message(DOI=BOOK, type="edited-book", title=["Plant Water Relations"],
                                editor=EDITORS, ISBN=["9780198526636"],
                                **{"edition-number": "2"})),
]


def check(printed: list[str], records: list[Record]) -> tuple[Finding, ...]:
    refs = [replace(parse_string(text), id=f"r{i}", index=i, line=i)
            for i, text in enumerate(printed, 1)]
    return verify_references(refs, FakeResolver(records)).findings


def warnings(found: tuple[Finding, ...]) -> list[tuple[str, str]]:
    return [(f.rule, f.reference_id) for f in found if f.severity.value != "info"]


def roots(extra: str = ". ISBN 978-0-19-852663-6") -> str:
    return f"Smith A. 2007. Roots in dry soil. {PRINTED_BOOK}, 21-71{extra}. doi: {BOOK}.ch2"


def test_a_chapter_printed_right_raises_nothing() -> None:
    assert check([roots()], RECORDS) == ()


def test_a_chapters_isbn_and_edition_are_compared_with_its_record() -> None:
    found = check([roots(". ISBN 978-3-16-148410-0").replace("2nd edn", "3rd edn")], RECORDS)
    assert sorted(f.rule for f in found) == ["edition-mismatch", "isbn-mismatch"]
    assert {f.expected for f in found} == {"2", "9780198526636"}


def test_two_chapters_and_their_book_are_three_works_not_duplicates() -> None:
    leaves = (f"Brown A. 2007. Leaves under heat stress in deserts. {PRINTED_BOOK}, 72-98. "
              f"doi: {BOOK}.ch3")
    book = f"Caldwell M, Pearcy R, eds. 2007. Plant Water Relations. 2nd edn. San Diego: " \
           f"Academic Press. doi: {BOOK}"
    found = check([roots(), leaves, book], RECORDS)
    assert "duplicate-reference" not in [f.rule for f in found]
    assert warnings(found) == []


MONOGRAPH = record_from_message(message(
    DOI="10.1000/edl", type="monograph", title=["The Ecology of Dry Lands"],
    author=[{"given": "T.", "family": "Green"}], publisher="Cambridge University Press",
    ISBN=["978-0-521-12345-7"], issued={"date-parts": [[2012]]}, **{"edition-number": "3"}))
GREEN = "Green T. 2012. The Ecology of Dry Lands. 3rd edn. Cambridge: Cambridge University " \
        "Press. ISBN 978-0-521-12345-7. doi: 10.1000/edl"


def test_a_monograph_is_compared_as_a_book() -> None:
    assert warnings(check([GREEN], [MONOGRAPH])) == []
    found = check([GREEN.replace("3rd edn", "2nd edn")], [MONOGRAPH])
    assert [(f.rule, f.printed, f.expected) for f in found] == [("edition-mismatch", "2", "3")]


def test_a_proceedings_paper_is_no_journal_article() -> None:
    paper = record_from_message(message(
        DOI="10.1000/wda.33", type="proceedings-article", title=["Fast parsing of citations"],
        author=[{"given": "K.", "family": "Lee"}, {"given": "J.", "family": "Park"}],
        page="33-40", issued={"date-parts": [[2015]]},
        **{"container-title": ["Proceedings of the 12th Workshop on Document Analysis"]}))
    printed = ("Lee K, Park J. 2015. Fast parsing of citations. In: Proceedings of the 12th "
               "Workshop on Document Analysis, pp. 33-40. doi: 10.1000/wda.33")
    assert check([printed], [paper]) == ()


ARTICLE = "10.1000/jsd.2021.7"


def posted(server: str, relation: str) -> dict[str, Any]:
    """A preprint in the documented shape, linked to its article under `relation`."""
    return message(
        DOI="10.1000/pre.2020.1", type="posted-content", subtype="preprint",
        institution=[{"name": server}], title=["Soil microbes and drought"],
        author=[{"given": "A.", "family": "Smith"}], posted={"date-parts": [[2020, 5, 1]]},
        issued={"date-parts": [[2020, 5, 1]]},
        relation={relation: [{"id-type": "doi", "id": ARTICLE, "asserted-by": "subject"}]})


ARTICLE_RECORD = record_from_message(message(
    DOI=ARTICLE, type="journal-article", title=["Soil microbes and drought"],
    author=[{"given": "A.", "family": "Smith"}], volume="12", page="100-110",
    issued={"date-parts": [[2021]]}, **{"container-title": ["Journal of Soil Drought"]}))


@pytest.mark.parametrize("server", ["bioRxiv", "medRxiv", "Research Square", "SSRN"])
@pytest.mark.parametrize("relation", ["is-preprint-of", "is-version-of"])
def test_a_preprint_doi_printed_for_the_article_names_the_article(
        server: str, relation: str) -> None:
    printed = ("Smith A. 2021. Soil microbes and drought. Journal of Soil Drought 12: 100-110. "
               "doi: 10.1000/pre.2020.1")
    found = check([printed], [record_from_message(posted(server, relation)), ARTICLE_RECORD])
    assert [(f.rule, f.severity.value, f.expected) for f in found] == [
        ("doi-preprint", "warning", ARTICLE)]
    assert server in found[0].message


@pytest.mark.parametrize("server", ["bioRxiv", "medRxiv", "Research Square", "SSRN"])
def test_a_preprint_cited_as_one_gets_its_article_as_info(server: str) -> None:
    printed = f"Smith A. 2020. Soil microbes and drought. {server}. doi: 10.1000/pre.2020.1"
    found = check([printed], [record_from_message(posted(server, "is-preprint-of")),
                              ARTICLE_RECORD])
    assert [(f.rule, f.severity.value, f.expected) for f in found] == [
        ("preprint-published", "info", ARTICLE)]


MATCH_2018 = "works-query-bibliographic-match-2018.json"
CHAPTER = ("Tkaczyk D, Bolikowski Ł. 2015. Extracting contextual information from scientific "
           "literature using CERMINE system. In: Semantic Web Evaluation Challenges. "
           "Communications in Computer and Information Science, vol 548. Cham: Springer, "
           "pp. 93-104. ISBN 978-3-319-25518-7. doi: 10.1007/978-3-319-25518-7_8")
PAPER = ("Tkaczyk D, Szostek P, Dendek PJ, Fedoryszak M, Bolikowski L. 2014. CERMINE: automatic "
         "extraction of metadata and references from scientific literature. In: 11th IAPR "
         "International Workshop on Document Analysis Systems, Tours, France, pp. 217-221. "
         "doi: 10.1109/das.2014.63")


def real_records(shared_dir: Path) -> list[Record]:
    body = (shared_dir / "data" / "crossref-samples" / MATCH_2018).read_text(encoding="utf-8")
    return list(works_from_body(body))


def test_real_chapter_and_proceedings_records(shared_dir: Path) -> None:
    """Recorded bodies: a `book-chapter` of a book series (two container titles, two ISBNs)
    and a `proceedings-article` without pages; the printed pages are no mismatch."""
    records = real_records(shared_dir)
    assert warnings(check([CHAPTER, PAPER], records)) == []
    wrong = check([CHAPTER.replace("978-3-319-25518-7.", "978-3-16-148410-0.")], records)
    assert [(f.rule, f.expected) for f in wrong] == [("isbn-mismatch", "9783319255170")]
