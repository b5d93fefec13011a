"""The author's comment after a note's citation ("emphasis added", "my translation",
"Hervorhebung im Original", "nous soulignons", "who argues that ..."): split off the work's
string so that it is no field of the work, and kept in `Reference.notes` (`parse.notes`).
"""

from __future__ import annotations

import re

from claimcheck.vocabulary import YEAR_DIGITS

# ("461, emphasis added.", "S. 12 (eigene Übersetzung).", "p. 9, nous soulignons."): a
# fixed phrase of the note conventions, after the cited page or the work's parenthesis.
_COMMENT = re.compile(
    r"(?<=[\dxvi)])\s*[,;]?\s*(?P<comment>\(?(?:"
    r"emphas[ie]s\s+(?:added|mine|supplied|in\s+(?:the\s+)?original)|italics\s+(?:added|mine|"
    r"in\s+(?:the\s+)?original)|(?:my|our)\s+translation|translation\s+(?:mine|ours)|"
    r"trans(?:lation|\.)\s+mine|(?P<clause>(?:who|which)\s+(?:argues?|claims?|shows?|notes?|"
    r"suggests?)\s(?:[^()\d:.]|\.(?!\s+[A-ZÀ-Þ])){0,120})|hervorhebung[^()\d]{0,30}|eigene\s+übersetzung|"
    r"übers(?:etzung|\.)\s+d(?:es|\.)\s+verf(?:assers|\.)|mit\s+weiteren\s+nachweisen|"
    r"m\.\s?w\.\s?n\.|nous\s+soulignons|je\s+souligne|c'est\s+nous\s+qui\s+soulignons|"
    r"(?:notre|ma)\s+traduction|cursivas?\s+(?:en\s+el\s+original|mías?|añadidas?)|"
    r"(?:traducción|trad\.)\s+(?:propia|mía)|corsivo\s+(?:mio|nostro|nell'originale|"
    r"aggiunto)|(?:traduzione|trad\.)\s+(?:mia|nostra))\)?)\s*\.?\s*$",
    re.IGNORECASE)


_COMMENT_WORDS = ("emphas", "italics", "transl", "trans.", "who ", "which ", "hervorhebung",
                  "übers", "nachweis", "m. w", "m.w", "soulign", "traduc", "cursiva", "corsivo",
                  "traduz", "trad.")


def split_comment(text: str) -> tuple[str, str]:
    """(work, comment): a comment after the citation ("emphasis added", "my translation",
    "Hervorhebung im Original", "nous soulignons"), "" when none."""
    if text.rstrip(" .)")[-1:].isdigit():  # most references end with a number: no comment
        return text, ""
    tail = max(0, len(text) - 160)
    low = text[tail:].lower()
    # What each phrase needs, looked for first (by a loop: `map` over a bound `__contains__`,
    # a slot wrapper, cost more than the 17 scans themselves)
    for word in _COMMENT_WORDS:
        if word in low:
            break
    else:
        return text, ""
    found = _COMMENT.search(text, tail)
    if not found or (found.group("clause") and not _after_citation(text, found)):
        return text, ""
    return text[: found.start()].rstrip(" ,;") + ".", found.group("comment").strip("() .")


# what a "who argues ..." clause follows: a comma after the cited page, the imprint's
# parenthesis ("(London: Verso, 2010), who argues") or a year after the pages; never a
# title's own "Who Claims the City?" after "(2010)", nor "Levi, who notes everything" or
# "Trial XIV, which ..."
_CITATION_END = re.compile(r"(?:(?<![\w.])(?:\d{1,4}[a-z]?|(?-i:[ivxlc]{1,7}))|"
                           rf"\((?=[^()]*[^\W\d_])[^()]*\b{YEAR_DIGITS}[a-z]?\)|"
                           rf"\d\s*\({YEAR_DIGITS}[a-z]?\)|"  # "Science 300, 1550 (2003)"
                           r"(?:https?://|doi:\s*)\S+)$")  # or a link after it


def _after_citation(text: str, found: re.Match[str]) -> bool:
    return found.group().lstrip()[:1] in {",", ";"} and bool(
        _CITATION_END.search(text, 0, found.start()))
