"""A chapter's editors as the tagger reads them: the French "Names, dir., Book" and "Book, dir.
par Names" layouts read whole into the book (`directed_book`), and the cue words around the
editors' names ("In:", "dans", "(dir)", ", eds") read with them (`editor_cues`). Both work on
the tagged fields. And the other way round, an editors run the tagger read right after "in"
in an entry that prints no editors' cue is the book (`uncued_editors`, on the labels); an
editors' credit before a bracketed imprint read as the publisher ("Title, ed. by O. Danvy
(Norton, 1977)") is the editors (`credit_before_imprint`, on the labels).
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import EDITOR_WORDS, EDITOR_WORDS_EN_DE, NAME_PARTICLES, YEAR_DIGITS

# A list of names: capitalised words or initials ("G.", "WR", "Jean-Marie"), particles ("de",
# "van"), joined by commas, "et", "and", "&", "y", "e", "und".
_PARTICLES = "|".join((*NAME_PARTICLES, "den", "da", "di"))
_NAME = (r"[A-ZÀ-Þ][\w'’-]*\.?"
         rf"(?:\s+(?:(?:{_PARTICLES})\s+)?[A-ZÀ-Þ][\w'’-]*\.?)*")
NAMES = rf"{_NAME}(?:(?:,\s*|\s+(?:et|and|&|y|e|und)\s+){_NAME})*"
# French notes name a book's editors before it with "dir." (sous la direction de): "G.
# Majeska, dir., Book", "M. Durand (dir.), Book", "F Ofori et WR Stern, dir, Book" (McGill);
# a bracketed "(éd.)" or "(coord.)" too (a bare "éd." may be an edition's).
_DIRECTED = re.compile(
    rf"(?:(?:[Ii]n|[Dd]ans|[Ee]n):?\s+)?(?P<names>{NAMES})"
    r"(?:,\s*dir\.?,|\s*\((?:dir|éds?|coord)\.?\),?)\s+(?P<book>\S.*)")
_DIRECTED_CUES = ("dir", "éd", "coord")  # what its cue prints (case as printed)


# ... or after it, with "dir. par" or "sous la direction de": "Les lieux de mémoire, dir. par
# Pierre Nora", "Histoire littéraire, sous la direction de Jean Martin"
_DIRECTED_AFTER = re.compile(
    rf"(?P<book>\S.*?),\s*(?:dir\.\s*par|sous\s+la\s+dir(?:ection|\.)\s+de)\s+(?P<names>{NAMES})")


def directed_book(fields: dict[str, str]) -> dict[str, str]:
    """A chapter's book read with its editors and their cue before it ("G. Majeska, dir.,
    Russian Travelers") or after it ("Book, dir. par Pierre Nora"): the names are the
    editors, the rest the book. Only when the words on the names' side of the cue are names
    and no editors were read."""
    container = fields.get("container", "")
    if fields.get("editor"):
        return fields
    # (each pattern only where its cue's letters are printed: most containers have none)
    found = (_DIRECTED.fullmatch(container) if any(map(container.__contains__, _DIRECTED_CUES))
             else None) or (_DIRECTED_AFTER.fullmatch(container) if "dir" in container else None)
    if found is None:
        return fields
    return {**fields, "editor": found["names"], "container": found["book"].strip(),
            "kind": "chapter"}


# The chapter's cue before its editors ("dans M. Durand", "In: M. Durand") and the editors' own
# cue after them (", dir", "(dir)") are no names.
_CUE_BEFORE = re.compile(r"^(?:[Ii]n|[Dd]ans|[Ee]n):?\s+(?=[A-ZÀ-Þ])")
_CUE_ENDS = re.compile(r"\b(?:[Ii]n|[Dd]ans|[Ee]n):?\s+$")
# after an editors' own cue ("edited by In Sook Lee", "ed. In Kim", "hg. von") the word is
# a given name, not the chapter's cue; an edition's "2nd ed." or "rev. ed." is no such cue
_NAME_CUE_ENDS = re.compile(
    r"(?<!\d[a-z]{2}\s)(?<!rev\.\s)"
    r"\b(?:by|eds?|edited|von|v|hg|hrsg|dir|par|di|da|de|por|a\s+cura\s+di)\.?,?\s+$",
    re.IGNORECASE)
_CUE_AFTER = re.compile(r"(?:,\s*|\s*\()(?:dir|éds?|coord|eds?)\.?\)?$")


def editor_cues(fields: dict[str, str], text: str) -> dict[str, str]:
    """Editors with the chapter's cue word before them or their own cue after them: the names
    alone. A cue word printed twice ("In In Kim & J. Lee (Eds.)") leaves the second, a name."""
    editor = fields.get("editor", "")
    cue = _CUE_BEFORE.match(editor)
    # where the cue and the first name are printed (the field may respell "(Ed.)" as "(Ed)");
    # at the entry's start no chapter's cue can precede
    at = text.find(editor) if cue else -1
    if cue and at < 0:
        at = text.find(" ".join(editor.split()[:2]))
    cue_before = at > 0 and (_CUE_ENDS.search(text, 0, at) or _NAME_CUE_ENDS.search(text, 0, at))
    if at == 0 or cue_before:
        cue = None
    names = _CUE_AFTER.sub("", editor[cue.end():] if cue else editor).strip()
    return {**fields, "editor": names} if names and names != editor else fields


# An editors' credit's first word: the English and German cues and the French "éd." (not "dir"
# or "coord", which a French credit prints after the names)
_CREDIT_CUES = frozenset({*EDITOR_WORDS_EN_DE, "edited", "éd", "éds"})
# Any editors' cue an entry may print
_CUE_WORDS = frozenset({*_CREDIT_CUES, *EDITOR_WORDS, "edit", "red", "cura", "eds.",
                        "herausgegeben"})


_NAMED = re.compile(r"[A-Z]|al|[A-Z]{2,3}")


def uncued_editors(tokens: tuple[Token, ...], out: list[str]) -> None:
    """An editors run right after "in" (or "In:") in an entry that prints no editors' cue
    is the book, when no container is labelled."""
    if "editor" not in out or "container" in out:
        return
    if any(t.text.lower() in _CUE_WORDS for t in tokens):
        return
    start, end = label_run(out, "editor")
    k = start + 1 if tokens[start].text.lower() == "in" else start
    if k < len(tokens) and tokens[k].text == ":":
        k += 1
    opened = k > start or (start > 0 and tokens[start - 1].text.lower() == "in")
    # Initials or "et al." are names after all ("In Keane et al. [4], pages 233-246").
    named = any(_NAMED.fullmatch(t.text) for t in tokens[k:end])
    if opened and end > k and not named:
        out[start:end] = ["container"] * (end - start)


_IMPRINT_YEAR = re.compile(YEAR_DIGITS)


def credit_before_imprint(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"..., ed. by O. Danvy (Norton, 1977)": a publisher run that opens with an editors' cue
    and names before a bracketed imprint, a year inside it (MHRA, Chicago notes), holds the
    editors up to the bracket; the publisher is what the bracket opens. Without the year the
    bracket is the publisher's own: "Éd. Gallimard (coll. Tel)"."""
    if "publisher" not in out:
        return
    start, end = label_run(out, "publisher")
    # (a capital "Éd." abbreviates "Éditions": "Paris, Éd. de Minuit (Le sens commun, 1979)")
    if tokens[start].text.lower() not in _CREDIT_CUES or tokens[start].text[:1] == "É":
        return
    bracket = next((k for k in range(start + 1, end) if tokens[k].text == "("), -1)
    if bracket <= start + 1 or not any(t.text[:1].isupper() for t in tokens[start + 1:bracket]):
        return
    closing = next((k for k in range(bracket + 1, len(tokens)) if tokens[k].text == ")"),
                   len(tokens))
    if any(_IMPRINT_YEAR.fullmatch(t.text) for t in tokens[bracket + 1:closing]):
        out[start:bracket + 1] = ["editor"] * (bracket - start) + ["publisher"]
