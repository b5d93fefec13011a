"""A journal's name the tagger read whole as a place of publication.

"Diabetic cardiovascular autonomic neuropathy, Circulation, 2007, 115, 387–97.": with no
container and no publisher read, a location run right after the title's comma, followed by a
bare volume number and pages, is the journal. Not a listed place (`vocabulary.PLACE_NAMES`:
"Title, Paris, 1990, 2, 34-56" keeps its place), nor when the volume is printed with its word
(a book's "London, 1990, vol. 2"), nor a run of more than six words.

Not taken: a place glued to the journal's name ("Proc Natl Acad Sci USA 2011;108:17905",
"USA" read as the place). The JATS records put "USA" in the journal's name, but GROBID's
gold labels it the place (74 of its strings), and `compare.journals.same_journal` does not
match "Proc Natl Acad Sci USA" against a record naming the journal "Proceedings of the
National Academy of Sciences" alone, which the tagger's "Proc Natl Acad Sci" does.
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import PLACE_NAMES

_PLACE = re.compile(rf"(?:{PLACE_NAMES})\b")
_MOST_WORDS = 6


def journal_read_as_place(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "location" not in out or "publisher" in out or "container" in out:
        return
    start, end = label_run(out, "location")
    if _journal_alone(tokens, out, start, end):
        out[start:end] = ["container"] * (end - start)


def _journal_alone(tokens: tuple[Token, ...], out: list[str], start: int, end: int) -> bool:
    if "title" not in out[:start] or "pages" not in out[end:] or start == 0 \
            or tokens[start - 1].text != ",":  # (set off by the title's comma)
        return False
    volume = out.index("volume", end) if "volume" in out[end:] else -1
    words = [t.text for t in tokens[start:end] if t.text[:1].isalpha()]
    return (volume > 0 and tokens[volume].text.isdigit() and 0 < len(words) <= _MOST_WORDS
            and words[0][:1].isupper() and not _PLACE.match(" ".join(words)))
