"""Versions of one work: a preprint and the article it became, told apart from the registry's
own data.

A preprint's record is `posted-content` (subtype `preprint`), posted by an institution such as
bioRxiv, medRxiv, arXiv, SSRN or Research Square, and is linked to its journal article by
`relation` (`is-preprint-of` on the preprint, `has-preprint` on the article, sometimes
`is-version-of`). Two versions share title and authors but not year, journal, volume or pages,
so comparing a reference with the other version's record would blame the print for the
version: the version is what is reported, once, with the right DOI as the fix.
"""

from __future__ import annotations

import re

from claimcheck.compare.journals import same_journal
from claimcheck.compare.printed import printed_text
from claimcheck.compare.rules import Detail, finding
from claimcheck.model import Finding, Record, Reference, Severity

# Servers that post preprints; "…rxiv" covers bioRxiv, medRxiv, arXiv, ChemRxiv, PsyArXiv,
# SocArXiv, EarthArXiv and the rest of that family.
_SERVER = re.compile(
    r"\b(?:\w*rxiv|ssrn|research\s*square|preprints?(?:\.org)?|authorea|osf\s+preprints|"
    r"peerj\s+preprints|f1000research|zenodo|techrxiv|qeios)\b",
    re.IGNORECASE,
)
# Fields that legitimately differ between a preprint and its article.
VERSION_FIELDS = frozenset(["year", "container", "volume", "issue", "pages", "reference"])


def is_preprint(record: Record) -> bool:
    return (
        (record.type == "posted-content"
        and record.subtype in ("", "preprint"))
        or record.subtype == "preprint"
        or bool(record.preprint_of)
    )


def names_server(text: str) -> bool:
    """Whether a printed container (or a record's) names a preprint server."""
    return bool(_SERVER.search(text))


def published_dois(record: Record) -> tuple[str, ...]:
    """The DOIs the registry gives for the published versions of a preprint."""
    if not is_preprint(record):
        return ()
    return tuple(dict.fromkeys((*record.preprint_of, *record.version_of)))


def cites_journal(reference: Reference, record: Record) -> bool:
    """The reference prints a journal's details (a journal name that is not the preprint's
    server, or a volume with pages), not a preprint's."""
    container = reference.container.strip()
    if names_server(printed_text(reference)) and not (reference.volume and reference.pages):
        return False  # a server is named: the journal field is a misparse
    if container:
        return not names_server(container) and same_journal(container, record) is not True
    return bool(reference.volume and reference.pages)


def cites_preprint(reference: Reference) -> bool:
    """The reference names a preprint server as where the work appeared."""
    return names_server(reference.container) or (
        not reference.container and names_server(reference.raw)
    )


def another_server(reference: Reference, record: Record) -> bool:
    """The reference names one preprint server ("arXiv: 1505.0710") and the record is the
    work's preprint on another (bioRxiv): two postings, which may differ in year."""
    printed = _SERVER.search(reference.container or reference.raw)
    names = " ".join((record.institution, *record.containers)).lower()
    if not printed or not is_preprint(record) or not names.strip():
        return False
    return re.search(rf"\b{re.escape(printed.group().lower())}\b", names) is None


def server_name(record: Record) -> str:
    return record.institution or (record.containers or ("a preprint server",))[0]


def preprint_and_article(preprint: Record, article: Record) -> bool:
    """Whether the registry links the two records as preprint and article."""
    return article.doi in published_dois(preprint) or preprint.doi in article.has_preprint


def version_findings(
    reference: Reference, record: Record, findings: tuple[Finding, ...]
) -> tuple[Finding, ...]:
    """The findings for a reference whose record may be another version of the cited work:
    a preprint's record for a reference printing a journal's details, or an article's record
    for a reference naming a preprint server. Differences the version explains are dropped
    and the version is reported once; anything else is kept as it is."""
    if is_preprint(record) and cites_journal(reference, record):
        return (*_unversioned(findings), _preprint_for_article(reference, record))
    if is_preprint(record) and published_dois(record):
        return (*findings, _published_later(reference, record))
    if another_server(reference, record):
        return _unversioned(findings)  # two postings of one work: their dates differ
    if not is_preprint(record) and record.has_preprint and cites_preprint(reference):
        return (*_unversioned(findings), _article_for_preprint(reference, record))
    return findings


def _unversioned(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    return tuple(f for f in findings if f.field not in VERSION_FIELDS)


def _preprint_for_article(reference: Reference, preprint: Record) -> Finding:
    """The printed DOI names a preprint whose article the registry does not hold (or could
    not be fetched): say which version the DOI is, and name the article when known."""
    server = server_name(preprint)
    published = published_dois(preprint)
    if published:
        message = (
            f"The DOI {preprint.doi} is the {server} preprint of this work; the reference "
            f"prints the journal version's details, registered as {published[0]}."
        )
        fix = Detail("doi", reference.doi, published[0], f"Use the DOI {published[0]}.")
        return finding("doi-preprint", reference, message, fix)
    message = (
        f"The DOI {preprint.doi} is a {server} preprint, but the reference prints a "
        "journal's details; no published version is registered."
    )
    fix = Detail("doi", reference.doi, "", "Cite the version that was read, with its DOI.")
    return finding("doi-preprint", reference, message, fix, Severity.INFO)


def _published_later(reference: Reference, preprint: Record) -> Finding:
    published = published_dois(preprint)[0]
    message = f"The cited {server_name(preprint)} preprint has been published: {published}."
    fix = Detail(
        "doi", preprint.doi, published, f"Consider citing the published version {published}."
    )
    return finding("preprint-published", reference, message, fix)


def _article_for_preprint(reference: Reference, article: Record) -> Finding:
    message = (
        f"The reference names a preprint server, but the DOI {article.doi} is the published "
        f"article's (its preprint: {', '.join(article.has_preprint)})."
    )
    fix = Detail("doi", reference.doi, article.doi, "Cite the journal version's details.")
    return finding("preprint-published", reference, message, fix)
