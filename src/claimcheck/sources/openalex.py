"""OpenAlex's JSON, and nothing else: a Work in, a DOI and an abstract outcome out.

The only module that knows OpenAlex's field names (`client.py` knows its URLs). A Work
(https://docs.openalex.org/api-entities/works/work-object) carries `doi` as a URL
("https://doi.org/10.7717/peerj.4375"), `title`, and `abstract_inverted_index`, the abstract
as `{word: [positions]}` or null: OpenAlex does not serve plain abstracts ("due to legal
constraints", same page), so the text is rebuilt from the index. A list response is
`{"meta": {...}, "results": [Work, ...]}`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from claimcheck.model import Doi
from claimcheck.sources.interface import AbstractLookup, FoundAbstract, NoAbstract, Origin
from claimcheck.text import clean_markup, normalize_doi

# What a request asks for (`select`, root-level fields only: developers.openalex.org/guides/
# selecting-fields): the abstract index and what identifies the work; nothing bulky, and
# never a full text.
SELECT = "id,doi,title,abstract_inverted_index"
NO_ABSTRACT = "OpenAlex has no abstract for this work"


class MalformedWork(ValueError):
    """A body that is not OpenAlex JSON of the expected shape."""


def rebuild_abstract(inverted_index: Mapping[str, Any]) -> str:
    """The text an inverted index encodes: each word placed at each of its positions.

    A position claimed twice keeps the first word seen (the index is malformed then, and one
    word is better than two); positions that are not non-negative integers are ignored; gaps
    are closed up. `{"b": [1], "a": [0, 2]}` -> "a b a"; `{}` -> "".
    """
    slots: dict[int, str] = {}
    for word, positions in inverted_index.items():
        if not isinstance(positions, list):
            continue
        for position in positions:
            if isinstance(position, int) and not isinstance(position, bool) and position >= 0:
                slots.setdefault(position, str(word))
    return " ".join(slots[p] for p in sorted(slots))


def tidy_abstract(text: str) -> str:
    """Markup and entities removed, whitespace collapsed, a leading "Abstract" label dropped.

    Indexes built from publisher JATS often keep tags and the label as words (`<p>`,
    "Abstract"); Crossref's abstracts get the same treatment in `resolve/crossref.py`.
    """
    text = clean_markup(text)
    head, _, rest = text.partition(" ")
    # A label, not a word of the text: "Abstract Background ...", "ABSTRACT: ...", but
    # not "Abstract reasoning develops ...".
    label = head.lower().rstrip(":.") == "abstract" and (head.endswith(":") or rest[:1].isupper())
    return rest if label else text


def work_doi(work: Mapping[str, Any]) -> Doi:
    """The work's DOI, normalised; "" when it has none."""
    doi = work.get("doi")
    return normalize_doi(doi) if isinstance(doi, str) else Doi("")


def work_abstract(work: Mapping[str, Any], origin: Origin = "openalex") -> AbstractLookup:
    """FoundAbstract when the work's index rebuilds to text, else NoAbstract."""
    index = work.get("abstract_inverted_index")
    if not isinstance(index, Mapping) or not index:
        return NoAbstract(reason=NO_ABSTRACT)
    text = tidy_abstract(rebuild_abstract(index))
    return FoundAbstract(text=text, origin=origin) if text else NoAbstract(reason=NO_ABSTRACT)


def iter_works(document: Any) -> Iterator[Mapping[str, Any]]:
    """The works in a decoded document: a list page, a list of works, or one work."""
    if isinstance(document, Mapping) and isinstance(document.get("results"), list):
        yield from (w for w in document["results"] if isinstance(w, Mapping))
    elif isinstance(document, list):
        yield from (w for w in document if isinstance(w, Mapping))
    elif isinstance(document, Mapping) and ("doi" in document or "id" in document):
        yield document


def abstracts_of(works: Iterator[Mapping[str, Any]], origin: Origin) -> dict[Doi, AbstractLookup]:
    """DOI -> outcome; when OpenAlex holds two works for one DOI, one with an abstract wins."""
    found: dict[Doi, AbstractLookup] = {}
    for work in works:
        doi = work_doi(work)
        if doi and not isinstance(found.get(doi), FoundAbstract):
            found[doi] = work_abstract(work, origin)
    return found


def decode(body: bytes) -> Any:
    """The JSON of a response body; MalformedWork when it is not JSON."""
    try:
        return json.loads(body)
    except ValueError as exc:
        raise MalformedWork(f"not JSON: {exc}") from exc


def list_abstracts(body: bytes) -> dict[Doi, AbstractLookup]:
    """Outcomes of a `/works?filter=...` answer; MalformedWork unless it has `results`."""
    document = decode(body)
    if not isinstance(document, Mapping) or not isinstance(document.get("results"), list):
        raise MalformedWork("a list answer without `results`")
    return abstracts_of(iter_works(document), "openalex")


def single_abstract(body: bytes) -> AbstractLookup:
    """Outcome of a `/works/doi:...` answer; MalformedWork unless it is one work."""
    document = decode(body)
    if not isinstance(document, Mapping) or not ("doi" in document or "id" in document):
        raise MalformedWork("not a work")
    return work_abstract(document)
