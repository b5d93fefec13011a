"""Crossref JSON -> Record: version relations, preprint servers and book fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimcheck.model import Author, Found
from claimcheck.resolve.codec import lookup_from_json, lookup_to_json
from claimcheck.resolve.crossref import record_from_message, works_from_body

SAMPLE = "works-list-field-query-author-scores-jats-abstracts-relations.json"


def test_real_relations_and_institutions(shared_dir: Path) -> None:
    body = (shared_dir / "data" / "crossref-samples" / SAMPLE).read_text(encoding="utf-8")
    records = {r.doi: r for r in works_from_body(body)}
    article = records["10.1002/ece3.2314"]
    assert article.has_preprint == ("10.1101/014852",)
    assert article.preprint_of == () and article.institution == ""
    preprint = records["10.1101/014852"]
    assert (preprint.type, preprint.subtype, preprint.institution) == (
        "posted-content",
        "preprint",
        "bioRxiv",
    )
    # review relations are not versions
    assert records["10.1111/ele.14024"].has_preprint == ()


def preprint_message() -> dict[str, Any]:
    """A bioRxiv preprint in the documented shape, linked to its journal article."""
    return {
        "DOI": "10.1101/2020.01.02.123456",
        "type": "posted-content",
        "subtype": "preprint",
        "institution": [{"name": "bioRxiv"}],
        "title": ["Soil microbes and drought"],
        "posted": {"date-parts": [[2019, 12, 30]]},
        "issued": {"date-parts": [[2019, 12, 30]]},
        "relation": {
            "is-preprint-of": [
                {"id-type": "doi", "id": "10.1000/J.ARTICLE.1", "asserted-by": "subject"}
            ],
            "is-version-of": [
                {"id-type": "uri", "id": "https://x.test/1", "asserted-by": "subject"}
            ],
        },
    }


def chapter_message() -> dict[str, Any]:
    return {
        "DOI": "10.1000/book.1.ch3",
        "type": "book-chapter",
        "title": ["Roots in dry soil"],
        "container-title": ["Plant Water Relations"],
        "publisher": "Academic Press",
        "ISBN": ["0-19-852663-6", "9780198526636", "978-3-16-148410-0"],
        "isbn-type": [{"value": "9783161484100", "type": "electronic"}],
        "edition-number": "2",
        "editor": [{"given": "M.", "family": "Caldwell"}, {"name": "Plant Society"}],
        "issued": {"date-parts": [[2007]]},
    }


def test_preprint_relation_and_server() -> None:
    record = record_from_message(preprint_message())
    assert record.preprint_of == ("10.1000/j.article.1",)  # normalised, DOIs only
    assert record.version_of == ()
    assert record.institution == "bioRxiv" and record.issued_year == 2019


def test_book_chapter_fields() -> None:
    record = record_from_message(chapter_message())
    assert record.isbns == ("9780198526636", "9783161484100")  # as 13 digits, once each
    assert (record.publisher, record.edition) == ("Academic Press", "2")
    assert record.editors == (Author("Caldwell", "M."), Author("Plant Society", literal=True))
    assert record.containers == ("Plant Water Relations",)


def test_a_record_without_these_fields_keeps_the_defaults() -> None:
    record = record_from_message({"DOI": "10.1/x", "relation": {"is-preprint-of": "bad"}})
    assert (record.preprint_of, record.isbns, record.editors, record.institution) == (
        (),
        (),
        (),
        "",
    )


def test_cache_codec_keeps_the_new_fields() -> None:
    for msg in (preprint_message(), chapter_message()):
        record = record_from_message(msg)
        assert lookup_from_json(lookup_to_json(Found(record))) == Found(record)
