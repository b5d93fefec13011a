"""The last author's initials before a colon, in lists printed "Family, II, Family, II: Title".

Some styles print each name as "Family, Initials" with no stops and separate the list from
the title with a colon ("Gerdts, J, Summers, DW, DiAntonio, A: Axon Self-Destruction ...");
the tagger takes the last initials for the title's first word ("A Axon ...", "CA A framework
..."). The title run's first token is the last author's initials when it is one to three
capitals glued to a colon, and the author run before it ends "Initials, Family," (the name
before it has its initials after it, so this family lacks its own); a title that opens with
an acronym after a complete name ("Jones, K, DNA: the ...") is left alone, and so is one
whose colon a word all in lower case follows ("Lee, DNA: the double helix": a subtitle).
"""

from __future__ import annotations

from claimcheck.parse.tokens import Token


def initials_before_colon(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    try:
        start = out.index("title")
    except ValueError:
        return
    if start < 5 or start + 2 >= len(out) or out[start - 1] != "author":
        return
    first, colon = tokens[start], tokens[start + 1]
    if not _initials(first.text) or colon.text != ":" or colon.start != first.end \
            or _lower_word(tokens[start + 2].text):
        return  # (a subtitle after the colon: "Lee, DNA: the double helix revisited")
    initials, comma2, family, comma = (t.text for t in tokens[start - 4:start])
    if comma == "," and comma2 == "," and _initials(initials) and family[:1].isupper() \
            and not _initials(family) and all(x == "author" for x in out[start - 4:start]):
        out[start] = out[start + 1] = "author"


def _lower_word(text: str) -> bool:
    """A word all in lower case ("the", "a"; not "mTOR", "p53", which open titles)."""
    return text.isalpha() and text.islower()


def _initials(text: str) -> bool:
    return 1 <= len(text) <= 3 and text.isalpha() and text.isupper()
