"""A translator's credit the tagger read as the container's opening ("Trans. Nicholas Rand.
Critical Inquiry"): the credit is a note, unless "Trans." opens an abbreviated journal
("Trans. Amer. Math. Soc. 70"). One of `boundaries`' rules.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.vocabulary import TRANSLATOR_WORDS_EN

# (the English cues only, as the rule was written and measured: "Trans. Nicholas Rand. ...")
_TRANSLATED = frozenset(TRANSLATOR_WORDS_EN)


def translator_out_of_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "container" not in out or tokens[out.index("container")].text.lower() not in _TRANSLATED:
        return  # checked before the run is measured: most containers open otherwise
    start, end = label_run(out, "container")
    for i in range(start + 2, end - 1):
        word = tokens[i - 1].text
        if tokens[i].text == "." and len(word) > 1 and word[:1].isupper():
            if not abbreviated_journal(tokens, start + 2, i):
                for j in range(start, i + 1):
                    out[j] = "note"
            return


def abbreviated_journal(tokens: tuple[Token, ...], start: int, stop: int) -> bool:
    """Whether "Trans." opens an abbreviated journal ("Trans. Amer. Math. Soc. 70", "Trans.
    R. Soc. Lond. B Biol. Sci. 360", "Trans. Am. Geophys. Union 12", "..., vol. 70"), not a
    translator's credit ("Trans. Nicholas Rand.", "Trans. R. Howard. Critical Inquiry 13",
    "Trans. S. Weber. Glyph 1", "Trans. H. Zohn. Illuminations. New York"): from `start` on,
    words each closed by a stop of their own (a section's letter, and the last word, maybe
    not) run past the stop at `stop`, the word after it abbreviated too, up to the journal's
    volume, its number or its cue after a comma."""
    if stop + 2 >= len(tokens) or tokens[stop + 2].text != ".":
        return False
    k = start
    while k < len(tokens) and _capitalised(tokens[k].text):
        if k + 1 < len(tokens) and tokens[k + 1].text == ".":
            k += 2
        else:
            k += 1
            if len(tokens[k - 1].text) > 1:
                break  # "Union 12"
    comma = k < len(tokens) and tokens[k].text == ","
    k += comma
    if k <= stop + 2:
        return False
    if k >= len(tokens) or tokens[k].text == "(" or tokens[k].text.lower() == "in":
        # (the journal's name alone: "Trans. Amer. Math. Soc. (in press)", "... In press.")
        return not comma and any(LEXICON.get(t.text.lower()) == "journal"
                                 for t in tokens[start:k])
    if not any(LEXICON.get(t.text.lower()) == "journal" for t in tokens[start:k]):
        return False  # "Trans. S. Weber. Glyph. 2": a translator, then a one-word journal
    return tokens[k].text[:1].isdigit() or (
        comma and LEXICON.get(tokens[k].text.lower()) == "volume")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()
