"""Shared helpers for the callout tests: small references and the links text makes to them."""

from __future__ import annotations

from claimcheck.citations import extract_claims
from claimcheck.model import Author, Reference


def ref(key: str, index: int, families: str, year: str, given: str = "X",
        raw: str = "") -> Reference:
    authors = tuple(Author(family=f, given=given) for f in families.split("|"))
    raw = raw or f"{', '.join(a.family + ', ' + given + '.' for a in authors)} ({year}). T. J."
    return Reference(id=key, index=index, line=100 + index, raw=raw, authors=authors,
                     year=year)


def links(text: str, refs: tuple[Reference, ...]) -> dict[str, tuple[str, ...]]:
    found = extract_claims(text, refs)
    return {c.text: c.reference_ids for claim in found.claims for c in claim.citations}
