"""A Chinese (GB/T 7714) document code closes the title: "pathway[J]. PNAS, 2011".

The bracketed code ("[J]" a journal article, "[M]" a book, "[EB/OL]" an online resource) is
printed right after the title and is no title word: it is a note. The title words the tagger
ran on after it are the journal or book (or a note, when a container is already labelled).
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token

# GB/T 7714 document codes: journal, monograph, proceedings, thesis, report, patent, standard,
# newspaper, other, archive, compilation, online forms ("EB/OL", "J/OL").
_CODES = frozenset({"J", "M", "C", "D", "R", "P", "S", "N", "Z", "A", "G", "EB/OL", "J/OL",
                    "M/OL", "DB/OL", "CP/DK", "C/OL", "N/OL"})


def document_code_closes_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place, at the first code inside the title run."""
    start, end = label_run(out, "title")
    for i in range(start + 1, min(end, len(tokens) - 2)):
        if tokens[i].text != "[":
            continue
        close = next((k for k in range(i + 1, min(i + 6, len(tokens))) if tokens[k].text == "]"),
                     0)
        code = "".join(t.text for t in tokens[i + 1:close])
        if close and code in _CODES:
            out[i:close + 1] = ["note"] * (close + 1 - i)
            if any(t.text.isalpha() and len(t.text) > 1 for t in tokens[close + 1:end]):
                rest = "note" if "container" in out else "container"
                out[close + 1:end] = [rest] * (end - close - 1)
            return
