"""A credit's cue printed with nothing after it, left out of the text the tagger reads
(`without_empty_credits`, called by `parser._prepare`).

A style that prints a translator's or an edition's label around a variable the record lacks
leaves the bare cue between the fields' marks: "Nature, 465, traduit par , p. 334‑337",
"Nature, 459, Edition, pp. 829–832", "Evolution, translated by , 68", "”. edn, vol. 109, Am
Nat", "Quat Sci Rev 2010;29: Edition: 29–145". The tagger has never seen the cue between a
journal's numbers and reads it into the volume ("465 traduit par") or reads the numbers as a
note. A cue is empty when a field's mark closes it straight after ("traduit par ,"; not
"traduit par J. Freund") and a mark opens it too ("..., Edition,"; not "2nd Edition,", whose
number is the edition), or it is glued to the volume before it ("Altern Med, 8traduit par ,
p. 21", which keeps a comma). Initials that spell a cue ("Kjaergaard HG,", "Pleasance ED,") are no
cue: only the words written out are taken.
"""

from __future__ import annotations

import re

# the cues, each as printed (a credit's with its "by" and the space the empty name leaves:
# "translated by, Louise Maude" names one; "edn. 3" is the word's stop), after a field's mark
# and before one;
# not after an ordinal's stop ("2. Edition, Wiley"); or glued to a number ("8traduit par ,")
_EMPTY = re.compile(r"(?:(?<=[,;:)])\s+|(?<=\D\.)\s+|(?<=\d))"
                    r"(?:(?:traduit|trad\.|translated|übersetzt)\s+(?:par|by|von)\s+"
                    r"|Edition\s*|edn\s*(?!\.\s*\d))[,.;:](?=\s|$)")


def without_empty_credits(text: str) -> str:
    """`text` without its empty credits' cues and the mark that closes each."""
    # The words that open one ("trad" for "traduit" and "trad."): most entries hold none,
    # and skip the pattern. Tested by `in` one by one: `any(map(text.__contains__, ...))`
    # calls a slot wrapper per word, which cost as much again as the scans (run on every entry)
    if "trad" not in text and "translated" not in text and "Edition" not in text \
            and "edn" not in text and "übersetzt" not in text:
        return text
    return _EMPTY.sub(_mark_kept, text)


def _mark_kept(match: re.Match[str]) -> str:
    """Nothing for a cue after a mark; the mark that closed it for one glued to a number
    ("Med, 8traduit par , p. 21": the volume's comma)."""
    return "," if match.group()[:1].isalpha() else ""
