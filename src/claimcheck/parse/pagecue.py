"""A page's cue word and the number or range after it are the pages ("..., S. 75–127",
"s. 113–122", "p. 1999-2010"), where the tagger read them as another field (the volume, the
journal, the date, nothing) and no pages are read.

Note styles of central Europe print their pages after a cue of their own (German "S." Seite,
Polish and Czech "s." strona, Nordic "s.", "bls.") and the tagger, trained mostly on the
bare range of author-date and numeric styles, reads "S." as the journal's initial and the
range as its volume. The cue is a strong mark: a one-letter word with its stop before a
digit is no initial of a name. Read only when no number is labelled the pages, the cue
follows a mark that closes a field (",", ";", ")", "."), and the number or range (its parts
joined by a dash) ends the entry or is followed by a mark; the cue itself is no field.
`cued._pages_after_cue` reads "p." / "pp." where the tagger left the number unlabelled.
A single number is read only in an article, where something else is labelled the container
(the journal, a chapter's book) or the issue: in a note the one page after a book's imprint
is the page cited ("Bd. 2, Frankfurt 1981, S. 171", "Köln, Sp. 1234"), no field of the
work: the cue and its number are then no field at all (rather than the journal and volume
the tagger made of "Sp. 88"). A range is the work's pages either way.
"""

from __future__ import annotations

from operator import itemgetter

from claimcheck.parse.tokens import Token

_CUES = frozenset({"S", "s", "p", "pp", "Pp", "P", "PP", "str", "ss", "Seite", "bls", "pág",
                   "págs", "Sp"})
_BEFORE = frozenset({",", ";", ")", "."})
_AFTER = frozenset({",", ";", ".", ")", "]"})
_DASHES = frozenset({"-", "–", "—", "‑", "‒"})
_READ_AS = frozenset({"volume", "issue", "container", "date", "doi", "note", "O"})
_TEXT = itemgetter(0)  # a token's text (a Token is a tuple: text, start, end)


def _range_end(tokens: tuple[Token, ...], k: int) -> int:
    """The end of the number or range opening at `k` (a digit token), or `k` when a mark
    does not close it."""
    end = k + 1
    if end + 1 < len(tokens) and tokens[end].text in _DASHES and tokens[end + 1].text.isdigit():
        end += 2
    closed = end == len(tokens) or tokens[end].text in _AFTER
    return end if closed else k


def cued_pages(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place: the first cued number only."""
    # (the texts by `map`: a generator's step per token cost more than the rest of the rule)
    if _CUES.isdisjoint(map(_TEXT, tokens)) or any(
            label == "pages" and tokens[i].text[:1].isdigit() for i, label in enumerate(out)):
        return
    for i in range(1, len(tokens) - 2):
        if tokens[i].text not in _CUES or tokens[i + 1].text != "." \
                or tokens[i - 1].text not in _BEFORE or not tokens[i + 2].text.isdigit():
            continue
        end = _range_end(tokens, i + 2)
        if end == i + 2 or not all(out[k] in _READ_AS for k in range(i, end)):
            return
        one_page_of_a_book = end == i + 3 and not _container_elsewhere(out, i, end)
        out[i:i + 2] = ["O", "O"]
        out[i + 2:end] = ["O" if one_page_of_a_book else "pages"] * (end - i - 2)
        return


def _container_elsewhere(out: list[str], start: int, end: int) -> bool:
    """Whether a token outside the cue and its number is labelled the container, or an
    issue (a book has volumes but no issue: "„Znak” 1985, nr 4, s. 12" is an article even
    where the tagger misses the journal)."""
    return any(label in ("container", "issue") for k, label in enumerate(out)
               if not start <= k < end)
