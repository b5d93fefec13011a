"""A DOI or a link the tagger read where none is printed: title words between title words.

"Graphene growth on Ge (100)/Si (100) substrates by CVD method." — the tagger, seeing
slashes and numbers in brackets, labels "(100)/Si (100) substrates" a DOI. A DOI or link run
holds a DOI or link token ("10.1038/...", "https://...", "www...") or the cue ("doi",
"http"); one that holds neither, with the title run on both sides of it, is the title's.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token

_FORMS = ("10.", "http", "www", "doi", "DOI", "urn:", "hdl")


def formless_link_in_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    for label in ("doi", "url"):
        start, end = label_run(out, label)
        if start > 0 and end < len(out) and out[start - 1] == out[end] == "title" \
                and not any(t.text.startswith(_FORMS) for t in tokens[start:end]):
            out[start:end] = ["title"] * (end - start)
