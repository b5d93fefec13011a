"""How DOIs are put into request URLs: a DOI as a path tail, many DOIs as one `filter=`
value, and DOIs grouped so that every filter request stays under a URL length budget.
Shared by the Crossref and OpenAlex clients."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from urllib.parse import quote

from claimcheck.model import Doi


def doi_path(doi: str) -> str:
    """The DOI as a path tail: `/` kept (Crossref's documented form), all else encoded.

    A segment made only of dots would be removed by URL normalisation (`10.1/../x`), so such
    DOIs are refused (ValueError) rather than sent to another route.
    """
    segments = doi.split("/")
    if any(s and set(s) == {"."} for s in segments):
        raise ValueError(f"DOI {doi!r} has a dot-only path segment")
    return "/".join(quote(s, safe="") for s in segments)


def prefix(doi: str) -> str:
    return doi.split("/", 1)[0].lower()


def filter_value(dois: Iterable[str]) -> str:
    """`doi:A,doi:B` with each DOI percent-encoded (its commas could not be told apart)."""
    return ",".join("doi:" + quote(d, safe="/") for d in dois)


def chunks(
    dois: Sequence[Doi],
    size: int,
    max_chars: int,
    render: Callable[[Iterable[str]], str] = filter_value,
) -> list[list[Doi]]:
    """Consecutive groups of at most `size` DOIs whose `render`ed filter fits in `max_chars`."""
    groups: list[list[Doi]] = []
    current: list[Doi] = []
    for doi in dois:
        if current and (len(current) >= size or len(render([*current, doi])) > max_chars):
            groups.append(current)
            current = []
        current.append(doi)
    return [*groups, current] if current else groups
