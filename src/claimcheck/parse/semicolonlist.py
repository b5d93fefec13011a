"""Where a name list joined by semicolons ends: after the last name's initials.

Chemistry's styles (ACS and those made from it) print the names family first, each closed by
its initials and joined by semicolons, and the title straight after the last initials' stop:
"Hu, W.; Lin, Y.; Chen, S. Dietary Zinc Intake, Serum Zinc, and ...". The tagger, seeing a
capitalised word and a comma after a stop, reads the title's first words as one more name
("Chen, S. Dietary Zinc Intake, | Serum Zinc"), or the title's first word after "; et al."
In such a list every name after the first follows a semicolon (or "and" / "&" after it), so
the words after the last name's initials are no name: they open the title, when the author
run goes straight on into the title run and they open with a capitalised word.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.initialsfirst import is_family_word, is_initial
from claimcheck.parse.tokens import LEXICON, Token

# a name's suffix after its initials ("Brown, K. Jr."): the name goes on
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def semicolon_list_end(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "author")
    if start != 0 or end >= len(out) or out[end] != "title":
        return
    semi = max((k for k in range(end) if tokens[k].text == ";"), default=-1)
    if semi < 3 or not _named_before(tokens, semi):
        return
    i = semi + 1
    if i < end and LEXICON.get(tokens[i].text.lower()) == "and":
        i += 1
    if i + 2 < end and tokens[i].text == "et" and tokens[i + 1].text == "al" \
            and tokens[i + 2].text == ".":
        j = i + 3
    elif i + 2 < end and is_family_word(tokens[i].text) and tokens[i + 1].text == ",":
        j = i + 2
        while is_initial(tokens, j) or (tokens[j].text == "-" and is_initial(tokens, j + 1)):
            j += 2 if tokens[j].text != "-" else 1
        if j == i + 2:
            return
    else:
        return
    if j < end and tokens[j].text in NAME_SUFFIXES:
        return  # the last name's suffix: "Brown, K. Jr. Total Synthesis"
    if j < end and tokens[j].text[:1].isupper() and tokens[j].text.isalpha() \
            and len(tokens[j].text) > 1:
        out[j:end] = ["title"] * (end - j)


def _named_before(tokens: tuple[Token, ...], semi: int) -> bool:
    """Whether an initial's stop closes the name before the semicolon ("Lin, Y.;")."""
    return tokens[semi - 1].text == "." and is_initial(tokens, semi - 2)
