"""A quoted title starts at its quote, not at the last name before it.

"J. García-Añoveros, mfl. "The C. elegans unc-104 gene ..."", "S. Munne'-Bosch, »Vitamins in
plants ...«" (German quotes, opening with »): the tagger starts the title at the last author's
name or at "u. a." / "mfl." (et al.). A title run that opens with at most four words, none a
lower-case word of five letters or more, then a comma and an opening quote whose closing quote
ends the run (nothing but punctuation after it), holding three words or more, starts at the
quote, when those words end in "et al." in one of its forms ("u. a.", then a stop may stand
before the quote too) or follow an initial of a name printed initials first ("und S. |
Munne'-Bosch,"; not "Smith, J. | Introduction, "The Tempest"" nor Vancouver's family-first
"Weber M. | Einleitung, »...«") or open with the list's "and" ("K. Weber | und A. Schmidt, »Die
Stadt ...«"); the words before it are the authors' when the author run comes straight before
them, else no field.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.namecues import names_alone
from claimcheck.parse.tokens import LEXICON, Token

# Opening quotes and their closers, apart from `quoted.QUOTES` on purpose: German "»...«"
# opens here (the case this rule was written for), a curly quote closes only with its
# own mark, and no straight single quote opens (a name's apostrophe, "Munne'-Bosch", is one)
_PAIRS = {'"': '"”', "“": "”", "„": "“”", "«": "»", "»": "«", "‘": "’"}
_HEAD_WORDS = 4


def title_from_its_quote(tokens: tuple[Token, ...], out: list[str], text: str) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 1 or tokens[start].text in _PAIRS:
        return
    opening = next((i for i in range(start + 1, min(end, start + 2 * _HEAD_WORDS + 3))
                    if tokens[i].text in _PAIRS), -1)
    if opening < 0 or tokens[opening - 1].text not in ",.":
        return
    head = [t.text for t in tokens[start:opening] if t.text[:1].isalnum()]
    if not 0 < len(head) <= _HEAD_WORDS or any(w.islower() and len(w) >= 5 for w in head):
        return
    et_al = names_alone(text[tokens[start].start:tokens[opening - 1].end])[1]
    after_initial = tokens[start - 1].text == "." and start > 1 \
        and len(tokens[start - 2].text) == 1 and tokens[start - 2].text.isupper() \
        and (start < 3 or tokens[start - 3].text != ",") \
        and not (start > 2 and tokens[start - 3].text[:1].isupper()
                 and len(tokens[start - 3].text) > 1)  # "Weber M. | Einleitung, »...«"
    joined = LEXICON.get(head[0].lower()) == "and"  # "Weber | und A. Schmidt, »..."
    if not et_al and (tokens[opening - 1].text == "." or not (after_initial or joined)):
        return
    closing = max((k for k in range(opening + 1, end)
                   if tokens[k].text in _PAIRS[tokens[opening].text]), default=-1)
    inside = [t for t in tokens[opening + 1:closing] if t.text[:1].isalnum()]
    if closing < 0 or len(inside) < 3 \
            or any(tokens[k].text[:1].isalnum() for k in range(closing + 1, end)):
        return
    label = "author" if out[start - 1] == "author" else "O"
    for k in range(start, opening):
        out[k] = label
