"""Highwire `citation_reference` meta tags: one structured reference per tag.

Most publisher pages carry them in `<head>` (Google Scholar's inclusion guidelines,
https://scholar.google.com/intl/en/scholar/inclusion.html#indexing). The content is
`name=value` pairs separated by `;`. Publishers differ, and the rules here are general:
- authors come one `citation_author` each (PLOS, IOP) or comma-joined in one (Springer:
  `citation_author=S Mali, M Victoria`); names are "J. Smith", "Smith J" or "Smith, John";
- pages are `citation_pages` ("157-164") or first/last page under either spelling
  (`citation_first_page`, `citation_firstpage`);
- `citation_number` is NOT the reference's number: PLOS writes the volume there, so it is
  used as the volume only when `citation_volume` is absent, and never as a label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.model import Author, Reference
from claimcheck.parse.names import split_names
from claimcheck.parse.onename import parse_name
from claimcheck.text import normalize_doi, normalize_pages
from claimcheck.vocabulary import YEAR_DIGITS

_PAIR = re.compile(r"(citation_[a-z_]+)\s*=\s*")
_KINDS = {"citation_journal_title": "article", "citation_conference_title": "conference",
          "citation_book_title": "chapter", "citation_dissertation_institution": "thesis"}


def meta_pairs(content: str) -> list[tuple[str, str]]:
    """The (name, value) pairs of one tag, in order; values keep inner `;` only when the next
    text is not another `citation_` name (titles may hold semicolons)."""
    matches = list(_PAIR.finditer(content))
    pairs = []
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(content)
        value = content[match.end():end].strip().rstrip(";").strip()
        if value:
            pairs.append((match.group(1), value))
    return pairs


def _authors(values: list[str]) -> tuple[Author, ...]:
    people: list[Author] = []
    for value in values:
        if "," in value and not re.fullmatch(r"[^,]+,\s*[^,]+", value):
            people.extend(split_names(value).authors)  # "S Mali, M Victoria, E Grossmann"
        elif "," in value:  # "Smith, John": one inverted name
            family, given = (part.strip() for part in value.split(",", 1))
            people.append(Author(family=family, given=given))
        else:
            people.append(parse_name(value))
    return tuple(a for a in people if a.family)


def _pages(fields: dict[str, list[str]]) -> str:
    if fields.get("citation_pages"):
        return normalize_pages(fields["citation_pages"][0])
    first = (fields.get("citation_first_page") or fields.get("citation_firstpage") or [""])[0]
    last = (fields.get("citation_last_page") or fields.get("citation_lastpage") or [""])[0]
    return normalize_pages(f"{first}-{last}" if first and last else first)


def _first(fields: dict[str, list[str]], *names: str) -> str:
    return next((fields[n][0] for n in names if fields.get(n)), "")


def _printed(ref: Reference) -> str:
    """A printed form of the fields, for tags with no matching list entry."""
    names = ", ".join(" ".join(p for p in (a.family, a.given) if p) for a in ref.authors)
    parts = [names, f"({ref.year})" if ref.year else "", ref.title, ref.container,
             ref.volume + (f"({ref.issue})" if ref.issue else ""), ref.pages,
             f"doi:{ref.doi}" if ref.doi else ""]
    return ". ".join(p.strip(". ") for p in parts if p.strip(". ")) + "."


def reference_from_meta(content: str, index: int, raw: str = "") -> Reference:
    """One `citation_reference` tag as a Reference; `raw` is the printed entry when known."""
    fields: dict[str, list[str]] = {}
    for name, value in meta_pairs(content):
        fields.setdefault(name, []).append(value)
    date = _first(fields, "citation_publication_date", "citation_date", "citation_year")
    year = m.group(0) if (m := re.search(rf"\b{YEAR_DIGITS}\b", date)) else ""
    kind = next((k for name, k in _KINDS.items() if name in fields), "misc")
    ref = Reference(
        id="", index=index, line=0, raw=raw, kind=kind,
        authors=_authors(fields.get("citation_author", [])), year=year,
        title=_first(fields, "citation_title", "citation_article_title"),
        container=_first(fields, "citation_journal_title", "citation_conference_title",
                         "citation_book_title"),
        volume=_first(fields, "citation_volume", "citation_number"),
        issue=_first(fields, "citation_issue"), pages=_pages(fields),
        publisher=_first(fields, "citation_publisher"),
        doi=normalize_doi(_first(fields, "citation_doi")) if fields.get("citation_doi") else "",
    )
    return ref if raw else _with_raw(ref)


def _with_raw(ref: Reference) -> Reference:
    return replace(ref, raw=_printed(ref))
