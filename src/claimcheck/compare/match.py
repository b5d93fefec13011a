"""Matching: is this record the printed work? One score and two decisions built on it.

A resolving DOI is not proof: a real DOI under an invented title is the commonest pattern
of a fabricated reference. So the record is set against the printed title, first author,
year, journal, volume and first page together. A search candidate has to pass a stricter
test, like Crossref's own search-based reference matcher, which validates a candidate's
fields after the relevance score (CrossRef/search-based-reference-matcher; the near-miss
sample in shared/data/crossref-samples is a top-ranked candidate it rejects).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimcheck.compare.doubt import doubts
from claimcheck.compare.journals import record_journal_names, same_journal
from claimcheck.compare.names import first_author_agrees
from claimcheck.compare.numbers import compare_pages, compare_volume, year_agrees
from claimcheck.compare.printed import in_print, title_in_print
from claimcheck.compare.titles import (
    CLOSE,
    DIFFERENT_BELOW,
    TitleComparison,
    TitleVerdict,
    compare_title,
    fold_title,
    is_notice_of_other,
)
from claimcheck.compare.versions import names_server
from claimcheck.model import Record, Reference


@dataclass(frozen=True, slots=True)
class Evidence:
    """How the record's fields agree with the printed ones."""

    title: float  # title similarity, 1.0 for the same title (or only a subtitle apart)
    has_title: bool  # both sides give a title
    agree: tuple[str, ...]  # other fields that agree
    disagree: tuple[str, ...]  # other fields that differ

    @property
    def score(self) -> float:
        """Weighted agreement in [0, 1]: the title counts three, every other field one."""
        weight = 3.0 if self.has_title else 0.0
        total = weight + len(self.agree) + len(self.disagree)
        if not total:
            return 0.0
        return (weight * self.title + len(self.agree)) / total


@lru_cache(maxsize=65536)
def evidence(reference: Reference, record: Record) -> Evidence:
    """Field by field agreement. The printed string backs up a damaged parse: a record
    title of three words or more printed whole in it counts as the same title, one printed
    with a slip as a title that close, and a journal name printed in it as the same
    journal (see printed.py). A field the parse is unsure of (compare/doubt.py) counts
    when it agrees, never against the record."""
    title = compare_title(reference.title, record)
    title_score, printed_title = _title_evidence(reference, record, title)
    checks = {
        "author": first_author_agrees(reference.authors, record.authors),
        "year": year_agrees(reference, record),
        "journal": _journal(reference, record),
        "volume": compare_volume(reference.volume, record.volume),
        "pages": compare_pages(reference.pages, record),
    }
    doubtful = {_DOUBT_FIELD.get(field, field) for field in doubts(reference)}
    return Evidence(
        title=title_score,
        has_title=printed_title or title.verdict is not TitleVerdict.UNKNOWN,
        agree=tuple(k for k, v in checks.items() if v is True),
        # a doubtful field that differs may be the parse's error: no evidence either way
        disagree=tuple(k for k, v in checks.items() if v is False and k not in doubtful),
    )


def _title_evidence(reference: Reference, record: Record,
                    title: TitleComparison) -> tuple[float, bool]:
    """The title's score and whether the print holds the record's title (see `evidence`)."""
    if title.verdict is not TitleVerdict.UNKNOWN and title.score >= 1.0:
        return 1.0, False  # the parsed title is the record's: the print can add nothing
    if len(fold_title(record.title).split()) >= 3 and in_print(reference, record.title):
        return 1.0, True
    # the title printed with a slip, wherever the parse put its words
    run, close = title_in_print(reference, record.title)
    return (max(title.score, close), True) if run else (title.score, False)


# The Reference field behind each checked field of `evidence`.
_DOUBT_FIELD = {"authors": "author", "container": "journal"}


def _journal(reference: Reference, record: Record) -> bool | None:
    if reference.kind not in ("article", "misc"):
        return None
    same = same_journal(reference.container, record)
    if same is False and any(in_print(reference, n) for n in record_journal_names(record)):
        return True
    return same


def is_printed_work(reference: Reference, record: Record) -> bool:
    """Whether the record a printed DOI resolves to is the work the reference describes.

    A close title decides (differences then become field findings); a middling title needs
    most other fields to agree; an unrelated title matches only when author, year, journal,
    volume and pages all agree (the title was then misprinted or misparsed, and is reported
    as such). Without a printed title the DOI is trusted unless two fields contradict it:
    "another work" is a strong claim and needs evidence.
    """
    if is_notice_of_other(reference.title, record.title):
        return False
    found = evidence(reference, record)
    if not found.has_title:
        return len(found.disagree) < 2
    if found.title >= CLOSE:
        return True
    if found.title >= DIFFERENT_BELOW:
        return len(found.agree) >= 3 and len(found.disagree) <= 1
    return len(found.agree) >= 4 and not found.disagree


def is_candidate_match(reference: Reference, record: Record) -> bool:
    """Whether a search candidate is the printed work: stricter than `is_printed_work`,
    because nothing but the relevance ranking points at it."""
    if _other_version(reference, record) or is_notice_of_other(reference.title, record.title):
        return False
    found = evidence(reference, record)
    if not found.has_title:
        return _no_title_match(found) and len(found.agree) >= 4
    if found.title >= 0.9:
        return len(found.agree) >= 1 and len(found.disagree) <= 1
    if found.title >= CLOSE:
        return len(found.agree) >= 2 and not found.disagree
    return False


# Crossref types for versions and parts of a work rather than the work itself.
_NOT_THE_ARTICLE = frozenset(["posted-content", "peer-review", "component", "grant"])


def _other_version(reference: Reference, record: Record) -> bool:
    """A preprint, review or figure of the printed journal article shares its title and
    authors; a search must not offer its DOI for the article."""
    return (
        record.type in _NOT_THE_ARTICLE
        and bool(reference.container)
        and same_journal(reference.container, record) is not True
        and not (record.type == "posted-content" and names_server(reference.container))
    )


def _no_title_match(found: Evidence) -> bool:
    agreed = set(found.agree)
    return (
        {"author", "year"} <= agreed and bool(agreed & {"volume", "pages"}) and not found.disagree
    )


def match_score(reference: Reference, record: Record) -> float:
    return round(evidence(reference, record).score, 3)
