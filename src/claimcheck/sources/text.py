"""Which openly available text a claim is judged against, and what that choice rests on.

Order (issue 6, "Source text"): Crossref's abstract (the publisher's own deposit, JATS already
stripped by `resolve/crossref.py`), then OpenAlex's rebuilt abstract, then the title ("fall
back to the title and say so"), else nothing. The basis names what the text is, so a judgement
made on a title alone is labelled as such and never claims more confidence.
"""

from __future__ import annotations

from typing import Literal

from claimcheck.sources.interface import AbstractLookup, FoundAbstract

Basis = Literal["abstract", "title", "none"]

# Fewer words than this is a placeholder ("N/A", "No abstract available."), not an abstract.
MIN_ABSTRACT_WORDS = 5


def is_abstract(text: str) -> bool:
    """True when the text is long enough to be an abstract rather than a placeholder."""
    return len(text.split()) >= MIN_ABSTRACT_WORDS


def best_source_text(
    record_abstract: str, openalex: AbstractLookup, title: str
) -> tuple[str, Basis]:
    """(text, basis): Crossref's abstract, else OpenAlex's, else the title, else ("", "none")."""
    if is_abstract(record_abstract):
        return record_abstract.strip(), "abstract"
    if isinstance(openalex, FoundAbstract) and is_abstract(openalex.text):
        return openalex.text.strip(), "abstract"
    title = " ".join(title.split())
    return (title, "title") if title else ("", "none")
