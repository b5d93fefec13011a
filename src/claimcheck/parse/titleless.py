"""Physics' title-less entries whose names print initials first without stops: "M Thudi, H D
Upadhyaya, and A Rathore PLoS One 9 e96758 (2014)", "N Martins, L Barros, and M Henriques
Mycopathologia 177 223 (2014)", "M Kuussaari, J Pöyry, and K | Saarinen Journal of Insect
Conservation 11 351 (2007)", "and J | L Jimenez Environ Sci Technol 50". With no stop and no
title between, the tagger runs the last name on into the journal ("A Rathore PLoS" read as a
name) or cuts it inside (the rest of its initials and its family word read as the journal's).

Where the list's every other name is initials and one capitalised family word, the last name
is so too: a capitalised word after its family word opens the journal, and initials and a
family word read as the journal's first words are the name's. Only in an entry with no
title, whose author run opens the entry with two such names or more, and only before the
journal's numbers (a volume, pages or date right after the words moved, or the container that
holds them).
"""

from __future__ import annotations

from claimcheck.parse.assemble import NUMBER_LABELS
from claimcheck.parse.onename import PARTICLES
from claimcheck.parse.tokens import Token
from claimcheck.parse.unstopped import initials_token, run_end

_AND = frozenset({"and", "&", "und", "et"})
_PARTICLES = PARTICLES | {"mac", "mc"}



def _family(text: str) -> bool:
    """A capitalised word with a lower-case letter ("Thudi", "Heliölä", "McVean")."""
    return len(text) > 1 and text.isalpha() and text[0].isupper() \
        and any(c.islower() for c in text[1:])


def _parts(tokens: tuple[Token, ...], end: int) -> list[list[int]] | None:
    """The author run's names, as token indices, apart at its commas and "and"; None as soon
    as a name with one after it is not initials and one family word (`_initialled`)."""
    parts: list[list[int]] = [[]]
    for i in range(end):
        text = tokens[i].text
        if text == "," or text in _AND:
            if parts[-1]:
                parts.append([])
        else:
            if not parts[-1] and len(parts) > 1 and not _initialled(tokens, parts[-2]):
                return None  # (the names before the last are each so: read no further)
            parts[-1].append(i)
    return [p for p in parts if p]


def _initialled(tokens: tuple[Token, ...], part: list[int]) -> bool:
    """Initials (maybe none) and one family word."""
    return len(part) == _name(tokens, part) + 1 and _family(tokens[part[-1]].text)


def _name(tokens: tuple[Token, ...], part: list[int]) -> int:
    """How many of the part's tokens are its initials, 0 unless it opens with some."""
    k = 0
    while k < len(part) and initials_token(tokens[part[k]].text):
        k += 1
    return k


def titleless_names_end(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if not out or out[0] != "author" or "title" in out:
        return
    end = run_end(out)
    if end >= len(out):
        return
    parts = _parts(tokens, end)
    if parts is None or len(parts) < 3:
        return  # (the earlier names: initials and one family word each)
    last = parts[-1]
    k = _name(tokens, last)
    if k == 0 or last[-1] != end - 1:
        return
    if k == len(last):  # "K | Saarinen Journal of ...", "J | L Jimenez Environ Sci": the
        # rest of the name (its initials, its family word) read as the journal's
        family = end
        while family < len(out) and out[family] == "container" \
                and initials_token(tokens[family].text):
            family += 1
        if family + 1 < len(out) and out[family] == "container" \
                and _family(tokens[family].text) and out[family + 1] == "container" \
                and tokens[family + 1].text[:1].isupper():
            out[end:family + 1] = ["author"] * (family + 1 - end)
        return
    words = last[k:]
    if len(words) < 2 or not all(tokens[i].text[:1].isupper() for i in words) \
            or not _family(tokens[words[0]].text) \
            or not (out[end] in NUMBER_LABELS or out[end] == "container"):
        return
    # (a capitalised particle opens a family name of two words: "G De Luca Phys. Rev. B",
    # "J H Van Vleck Phys Rev", "K St Clair Phys Fluids")
    family = 1
    while family < len(words) and tokens[words[family - 1]].text.lower() in _PARTICLES:
        family += 1  # ("A Van Der Berg Appl Phys Lett")
    if len(words) <= family:
        return
    for i in words[family:]:
        out[i] = "container"
