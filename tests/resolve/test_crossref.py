"""Crossref JSON -> Record, on real recorded bodies read from ../shared (skipped without it)."""

from __future__ import annotations

import json

import pytest

from claimcheck.model import Author, Update
from claimcheck.resolve.crossref import (
    MalformedResponse,
    abstract_text,
    record_from_message,
    update_kind,
    work_from_body,
    works_from_body,
)

from .conftest import recorded_json, recorded_text, work_envelope

# Files of ../shared/data/crossref-samples/ (see its README for where each was recorded).
CORRECTED = "works-doi-200-journal-article-with-updated-by-correction.json"
JATS_ABSTRACT = "works-doi-200-jats-structured-abstract-print-vs-online-dates.json"
BACKFILE = "works-doi-200-backfile-print-1997-online-2005.json"
UPDATES = "works-list-with-update-to-new-version-and-updated-by-correction.json"
SCORES = "works-list-field-query-author-scores-jats-abstracts-relations.json"
MATCH = "works-query-bibliographic-match-2018.json"
REFUSED = "works-400-validation-failure-field-query-on-doi-route.json"


def test_plos_record_with_updated_by_correction() -> None:
    record = work_from_body(recorded_text(CORRECTED))
    assert record.doi == "10.1371/journal.pone.0033693"
    assert record.type == "journal-article"
    assert record.title.startswith("Methylphenidate Exposure Induces Dopamine Neuron Loss")
    assert record.authors[0] == Author(family="Sadasivan", given="Shankar")
    assert record.authors[1] == Author(family="Pond", given="Brooks B.")
    assert record.containers == ("PLoS ONE",)
    assert record.short_containers == ("PLoS ONE",)
    # no published-print: the print year is unknown, online and issued are 2012
    assert (record.print_year, record.online_year, record.issued_year) == (0, 2012, 2012)
    assert (record.volume, record.issue, record.pages) == ("7", "3", "e33693")
    assert record.updates == (
        Update(
            kind="correction",
            doi="10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda",
            source="publisher",
            date="2012-05-08",
        ),
    )
    assert record.score == 1.0


def test_structured_jats_abstract_keeps_section_titles_apart() -> None:
    record = work_from_body(recorded_text(JATS_ABSTRACT))
    paragraphs = record.abstract.split("\n\n")
    assert paragraphs[0] == "Background"
    assert paragraphs[1].startswith("The absence of high-quality next-generation sequencing")
    assert "Objective" in paragraphs
    assert "<" not in record.abstract
    assert record.title.startswith("Construction of a reference material panel for detecting KRAS")
    assert "<i>" not in record.title
    assert (record.print_year, record.online_year, record.issued_year) == (2021, 2020, 2020)
    assert record.short_containers == ("J Clin Pathol",)
    assert record.pages == "314-320"


def test_backfile_article_keeps_its_print_year() -> None:
    record = work_from_body(recorded_text(BACKFILE))
    assert (record.print_year, record.online_year, record.issued_year) == (1997, 2005, 1997)
    assert record.years == (1997, 1997, 2005)
    assert not record.abstract.startswith("Abstract")
    assert record.abstract.startswith("Twenty")


def test_update_to_and_self_references() -> None:
    records = {
        r.doi: r for r in works_from_body(recorded_text(UPDATES))
    }
    corrected = records["10.1371/journal.pbio.0050002"]
    assert [(u.kind, u.doi, u.date) for u in corrected.updates] == [
        ("correction", "10.1371/journal.pbio.0060304", "2008-11-25")
    ]  # `relation.correction` names the same notice: not counted twice
    self_updated = records["10.1371/journal.ppat.1006930"]
    assert self_updated.updates == ()  # a new_version of itself is not a notice to readers
    assert self_updated.updates_to == ()


def test_markup_and_entities_in_list_items() -> None:
    body = recorded_text(SCORES)
    records = {r.doi: r for r in works_from_body(body)}
    assert records["10.1177/2053951719836258"].containers == ("Big Data & Society",)
    treebase = records["10.1111/j.2041-210x.2012.00247.x"]
    assert "<scp>" not in treebase.title and treebase.title.startswith("T")
    assert records["10.1111/ele.14024"].score == pytest.approx(35.49375)
    assert records["10.1101/055319"].type == "posted-content"
    assert records["10.1101/055319"].containers == ()
    # has-review / has-preprint relations are not notices about the work
    assert all(not r.updates for r in records.values())


def test_search_scores_in_rank_order() -> None:
    records = works_from_body(recorded_text(MATCH))
    assert records[0].doi == "10.1007/s10032-015-0249-8"
    assert records[0].score == pytest.approx(167.66986)
    assert [r.score for r in records] == sorted((r.score for r in records), reverse=True)
    chapter = next(r for r in records if r.type == "book-chapter")
    assert len(chapter.containers) == 2


def test_retraction_watch_entry_and_organisation_author() -> None:
    # Shape from Crossref's post on Retraction Watch data in the REST API (example
    # 10.1021/am300292v); no real recorded body exists, see crossref-samples/README.md.
    msg = {
        "DOI": "10.1021/AM300292V",
        "title": ["A &lt;i&gt;retracted&lt;/i&gt; <b>paper</b>"],
        "subtitle": ["with a subtitle"],
        "author": [{"name": "The Consortium"}, {"family": "Doe", "given": "J.", "suffix": "Jr."}],
        "updated-by": [
            {
                "DOI": "10.1021/am300292v",
                "type": "retraction",
                "source": "retraction-watch",
                "record-id": 20946,
                "updated": {"date-parts": [[2019, 7, 26]]},
            },
            {"DOI": "10.1021/notice", "type": "expression_of_concern", "source": "publisher"},
        ],
        "update-to": [{"DOI": "10.1021/other", "type": "correction"}],
        "article-number": "172837",
        "issued": {"date-parts": [[None]]},
    }
    record = record_from_message(msg)
    assert record.doi == "10.1021/am300292v"
    assert record.title == "A retracted paper"  # escaped tags are markup too
    assert record.subtitle == "with a subtitle"
    assert record.authors == (
        Author(family="The Consortium", literal=True),
        Author(family="Doe", given="J.", suffix="Jr."),
    )
    # a retraction pointing at the work itself is still a retraction
    assert record.updates == (
        Update(
            kind="retraction", doi="10.1021/am300292v", source="retraction-watch", date="2019-07-26"
        ),
        Update(kind="expression-of-concern", doi="10.1021/notice", source="publisher"),
    )
    assert record.updates_to == ("10.1021/other",)
    assert record.article_number == "172837"
    assert record.issued_year == 0


def test_retraction_by_another_notice_is_kept() -> None:
    msg = {
        "DOI": "10.1/work",
        "updated-by": [
            {
                "DOI": "10.1/retraction-notice",
                "type": "retraction",
                "source": "retraction-watch",
                "updated": {"date-parts": [[2019, 7, 26]]},
            }
        ],
    }
    assert record_from_message(msg).updates == (
        Update(
            kind="retraction",
            doi="10.1/retraction-notice",
            source="retraction-watch",
            date="2019-07-26",
        ),
    )


@pytest.mark.parametrize(
    ("crossref_type", "kind"),
    [
        ("retraction", "retraction"),
        ("partial_retraction", "retraction"),
        ("Expression of concern", "expression-of-concern"),
        ("erratum", "correction"),
        ("new_version", "new-version"),
        ("has-review", "other"),
    ],
)
def test_update_kind(crossref_type: str, kind: str) -> None:
    assert update_kind(crossref_type) == kind


def test_abstract_plain_paragraph() -> None:
    assert abstract_text("<jats:p>One &amp; two.</jats:p>") == "One & two."


@pytest.mark.parametrize(
    "body",
    [
        b"Resource not found.",
        b'{"status":"ok","message-type":"work","mes',
        json.dumps({"status": "ok", "message-type": "work-agency", "message": {}}).encode(),
        json.dumps(work_envelope({"title": ["no DOI"]})).encode(),
        json.dumps([1, 2]).encode(),
    ],
)
def test_malformed_work_bodies(body: bytes) -> None:
    with pytest.raises(MalformedResponse):
        work_from_body(body)


def test_validation_failure_is_not_a_work_list() -> None:
    with pytest.raises(MalformedResponse, match="validation-failure"):
        works_from_body(recorded_text(REFUSED))
    assert recorded_json(REFUSED)["status"] == "failed"
