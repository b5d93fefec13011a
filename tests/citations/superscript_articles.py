"""A small plain-text article for superscript tests: sentences citing works in order, one
sentence put in where a chosen number is first cited, and a numbered list of generic works
after it; `cited` gives each callout read with the eight characters before it."""

from __future__ import annotations

from claimcheck.citations import extract_claims
from claimcheck.ingest.plaintext import split_document
from claimcheck.parse import parse_entries


def cited(body: str, count: int = 30) -> list[str]:
    entries = "\n".join(f"{n}. Author{n} A, Writer B. Study number {n} of muscle. "
                        f"J Test. 2001;{n}:1-9." for n in range(1, count + 1))
    document = split_document(f"Introduction\n\n{body}\n\nReferences\n\n{entries}\n", "t.txt")
    found = extract_claims(document.body, parse_entries(document.entries))
    return [f"{document.body[c.start - 8 : c.start]}|{c.text}" for c in found.callouts]


def ordered(first: int, last: int, skip: int, at_skip: str) -> str:
    """Sentences citing `first`..`last` in order, `at_skip` where `skip` is first cited."""
    parts = []
    for n in range(first, last + 1):
        parts.append(at_skip if n == skip else f"Muscle repair was studied in mice{n}.")
    return " ".join(parts)
