"""A person's name with an initial closing a title, its surname read as the journal's first
word: "... the presidency of George W. | Bush. Pres. Stud. Q.", "... since Thomas S. | Kuhn.
Stud. Hist. Philos. Sci.", "Alstonia scholaris (L.) R. | Br. Asian Pac. J. Trop. Med.".

"Initial. Word." is how an abbreviated journal opens ("J. Biol.", "N. Engl."), so the tagger
often starts the journal at the surname. The surname goes back to the title, when the journal
goes on after it, in two shapes:
- a given name and one initial inside a sentence-case title, after a lower-case word, a colon
  or a comma (in a title-case title every word is capitalised, and "Hepatitis B. | Clin.
  Infect. Dis." would look the same); not after a noun that takes a letter ("Hepatitis B",
  "Group A", capitalised in sloppy sentence case), nor a Roman numeral's letter ("Charles I",
  "World War I", "Henry V");
- a species' bracketed authority, then the initials of the botanist who moved it ("(L.) R.
  Br.", "(Mill.) N.E. Br.").
A bare authority after an epithet ("Gymnema sylvestre R. | Br. J.") is left: "vitamin K. |
Nutr. Rev." has its shape.
"""

from __future__ import annotations

import re

from claimcheck.parse.tokens import Token

_NAME = re.compile(r"[A-Z][a-z]+")  # "George", "Bush"; not "DNA", "McCain" is left
# nouns a title follows with a letter or a Roman numeral (and `journalword`: "Influenza A. |
# Emerg. Infect. Dis.", the letter's stop no journal's)
LETTERED = frozenset({
    "Hepatitis", "Vitamin", "Protein", "Factor", "Group", "Type", "Influenza", "Complex",
    "Photosystem", "Chromosome", "Phase", "Stage", "Class", "Part", "Section", "Appendix",
    "Grade", "Level", "Category", "Schedule", "Annex", "Table", "Figure", "Model", "Plan",
    "Option", "Compound", "Scheme", "Form", "Serotype", "Serogroup", "Subtype", "Genotype",
    "Clade", "Strain", "Zone", "Site", "Unit", "Series", "Channel", "Lipoprotein", "Toxin",
    "Immunoglobulin", "Antigen", "Receptor", "Cyclin", "Kinase", "Subunit", "Domain",
    "Region", "Allele", "Locus"})
_TITLE_CASE_LOWER = frozenset({"with", "from", "into", "onto", "over", "upon", "near", "than",
                               "that", "this", "under", "after", "about", "among", "within",
                               "without", "through", "between", "during", "versus", "against"})


def surname_to_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "container" not in out:
        return
    first = out.index("container")
    surname, after = first, first + 1
    if first < 5 or after + 1 >= len(tokens) or out[first - 1] != "title" \
            or not _NAME.fullmatch(tokens[surname].text) or tokens[after].text != "." \
            or tokens[after].start != tokens[surname].end or out[after + 1] != "container" \
            or not tokens[after + 1].text[:1].isupper():  # the journal goes on after it
        return
    k = first
    while k >= 2 and out[k - 2] == out[k - 1] == "title" and _initial(tokens, k - 2):
        k -= 2  # "W.", "N. E.": the initials before the surname
    if k == first or not (_given_name(tokens, out, k, first) or _authority(tokens, out, k)):
        return
    out[surname] = out[after] = "title"


def _initial(tokens: tuple[Token, ...], i: int) -> bool:
    """One capital and its stop; not a Roman numeral's letter ("Charles I.", "Henry V.")."""
    letter, stop = tokens[i], tokens[i + 1]
    return len(letter.text) == 1 and letter.text.isupper() and letter.text not in "IVX" \
        and stop.text == "." and stop.start == letter.end


def _given_name(tokens: tuple[Token, ...], out: list[str], k: int, first: int) -> bool:
    """"the presidency of George | W. Bush": one initial after a given name, inside a
    sentence-case title and after a lower-case word or a colon or comma."""
    given = k - 1
    word = tokens[given].text
    return k == first - 2 and given >= 1 and out[given - 1] == "title" \
        and _NAME.fullmatch(word) is not None and word not in LETTERED \
        and (tokens[given - 1].text.islower() or tokens[given - 1].text in ":,;") \
        and _sentence_case(tokens, out, given - 1)


def _authority(tokens: tuple[Token, ...], out: list[str], k: int) -> bool:
    """"Alstonia scholaris (L.) | R. Br.", "Lippia alba (Mill.) | N.E. Br.": a species'
    bracketed authority, then the initials of the one who moved it."""
    if k < 5 or tokens[k - 1].text != ")" or out[k - 1] != "title":
        return False
    j = k - 2
    if tokens[j].text == "." and j >= 1:
        j -= 1  # "(L.)", "(Roxb.)"; "(Dunal)" has no stop
    word = tokens[j].text
    return (word == "L" or _NAME.fullmatch(word) is not None) and j >= 2 \
        and tokens[j - 1].text == "(" and tokens[j - 2].text.isalpha() \
        and tokens[j - 2].text.islower()


def _sentence_case(tokens: tuple[Token, ...], out: list[str], end: int) -> bool:
    """A lower-case word of four letters or more, no title-case function word, in the title
    before `end`."""
    start = end
    while start > 0 and out[start - 1] == "title":
        start -= 1
    return any(t.text.isalpha() and t.text.islower() and len(t.text) > 3
               and t.text not in _TITLE_CASE_LOWER for t in tokens[start:end + 1])
