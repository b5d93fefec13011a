"""How a reference begins and ends in print, line by line: the patterns the segmenter weighs.

A reference starts with its authors, family name first ("Smith, J.", "Smith JA", "aan het Rot,
M.") or initials first ("S. Ali, A. Ahmad", "J.-P. Martin and"), with an organisation ("World
Health Organization (2019)"), with a list number or bullet, or with a dash that repeats the
previous authors ("———. 1999."). It ends with a full stop, a year, pages, a DOI or a URL;
it goes on after a comma, a hyphen, "and" or "in".
"""

from __future__ import annotations

import re

from claimcheck.vocabulary import YEAR_DIGITS

# a year, also "Oct2014"; not after a stop (a decimal, a DOI's "10.2004/"), unless a space
# stands before the stop and a comma after the year, as PDF text spaces its marks ("Vogt,F
# .P .A .2013 ,ApJS ,208 ,10")
YEAR = re.compile(rf"(?<![\d.]){YEAR_DIGITS}[a-z]?\b|(?<=\s\.){YEAR_DIGITS}[a-z]?(?=\s?,)")
# A year anywhere, only not inside a longer number ("2019a", "(2019)", "2019-20", not "12019")
ANY_YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")
# Pages or a DOI: "1159-66", "12:135", "10.1000/x" (an entry that has them is located).
# A number is tried from its first digit only: tried from every digit, a long run of digits
# would cost its length squared.
COMPLETE = re.compile(
    r"\b10\.\d{4,9}/\S+|(?<!\d)\d+\s*[-–]\s*\d+|(?<!\d)\d+:\s?[A-Za-z]?\d+")
MARKER = re.compile(r"^\s*(?:[-*•–·]\s+|\[\d{1,5}\]\s*|\d{1,5}[.)]\s+)")
LIST_NUMBER = r"\[\d{1,5}\]|\d{1,5}[.)]"  # "[48]", "12.", "12)"
NUMBERED = re.compile(rf"^\s*(?:{LIST_NUMBER})\s*")
_NAME = r"[A-Z\u00c0-\u024f][\w'’\u00c0-\u024f-]+"
# A family name may carry particles before or inside it ("aan het Rot", "Le Moal",
# "Bermúdez de Castro", "deVerteuil"), then initials, a comma, "and" or "et al.".
_PARTICLES = r"(?:(?:[A-Za-z]{1,4}\s){0,3}|[a-z]{1,3}(?=[A-Z]))"
AUTHOR_START = re.compile(
    # one family name: "Smith, J.", "Smith JA", "Smith and Jones", "Smith et al."
    rf"^{_PARTICLES}{_NAME}"
    r"(?:,\s*[A-Z\u00c0-\u024f]|\s+[A-Z]{1,3}(?=[,.;:]|\s+(?:et al|and\b|&|\(|Jr\b)|\s*$)"
    r"|\s+(?:and|&)\s+(?:[a-z]{1,4}\s)?[A-Z]|,?\s+et al)"
    # several words ("Le Moal E", "Bermúdez de Castro, J."): only with initials after them,
    # so that a wrapped title line ("Further Pharmacologic Studies and ...") is not a start
    rf"|^{_PARTICLES}{_NAME}(?:\s+(?:[a-z]{{1,4}}\s+){{0,2}}{_NAME}){{1,2}}"
    r"(?:,\s*[A-Z]{1,3}\.|\s+[A-Z]{1,3}[,.\s])"
)
# Initials first, then a family name and what follows a name in a list: "S. Ali, A. Ahmad",
# "O. Kojima et al.", "J.-P. Martin and", "T. Mannel et D. van Dyk", "A. Bernabé (ed.)".
# A journal abbreviation ("J. Appl. Phys.") has a full stop after its second word, which a
# family name has not.
INITIALS_START = re.compile(
    r"^(?:[A-Z\u00c0-\u00de][a-z]?\.[\s-]?){1,3}\s*(?:[a-z]{1,3}\s){0,2}"
    rf"{_NAME}(?:\s{_NAME})?(?:,|\s+(?:and|&|et\s+al|et|und)\b|\s*\(|:)"
)
# An organisation or group: "World Health Organization [WHO] (2019)", "R Core Team.",
# "1000 Genomes Project Consortium,".
_ORG = r"^[A-Z0-9][\w'’-]*(?:\s+[A-Z][\w'’-]+)+(?:\s*\[[^\]]+\])?\s*[.(,]"
ORG_START = re.compile(_ORG)
# In a wrapped list a capitalised run is often a journal or title ("Trends Neurosci."): there
# an organisation starts an entry only with its year right after it.
# (not a journal's volume after its year: "Arch Pharm Res (2000) 23:605")
ORG_WITH_YEAR = re.compile(_ORG + rf"\s*\(?{YEAR_DIGITS}\b(?!\)?\s*[\d:;])")
SAME_AUTHORS = re.compile(r"^(?:[-–—_]{2,}|[-–—]\s?[.,])")  # "———. 1999." / "--, 2001"
# The line ends in the middle of an entry: after a comma, "and", a hyphen, an opening bracket.
# An initial or "pp." / "Eds." at the end is a name or a range cut by the wrap, not an end
# ("360 pp.", a book's page count, is one).
OPEN_END = re.compile(
    r"(?:[,:&(\[/-]|\b(?:and|in|of|the|for|on|to|with|und|et|de|In)"
    r"|(?:^|\s)(?:[A-Z\u00c0-\u00de]|[A-Z]\.-?[A-Z]|[Vv]ol|[Nn]o|[Ee]ds?|Hrsg|Hg|al)\."
    r"|(?:^|(?<!\d)\s)pp\.)\s*$"
)
# A list number in an otherwise unnumbered list still starts an entry: "[5] E. L.", "(22) F".
NUMBER_START = re.compile(
    rf"^(?:[\[(](?!{YEAR_DIGITS}\b)\d{{1,4}}[\])]|\d{{1,3}}\.)\s*(?=[A-Z\u00c0-\u00de])"
)
# A year that opens an entry in a year-first list ("1954, Werle, H., ...", "2007: Volker
# Schönwiese, ...", "2010. von Zglinicki T"): the year, a stop, then a capital, a quote or
# name particles. A wrapped page or volume can look so ("1954, Springer"); the list's habits
# tell them apart.
YEAR_LEAD = re.compile(
    rf"^(?:\({YEAR_DIGITS}[a-z]?\)|{YEAR_DIGITS}[a-z]?)(?:[.,:;]|\s[-–—])?\s+"
    r"(?=[\"'“‘«A-Z\u00c0-\u00de]|(?:[a-z]{1,4}\s){1,3}[A-Z\u00c0-\u00de])"  # "von Zglinicki"
)
# How entries end: pages, a year, a DOI or URL (patterns without their end anchor).
PAGES_END = r"(?<!\d)\d+\s*[-–]\s*\d+\.?"
YEAR_END = rf"\b{YEAR_DIGITS}[a-z]?\)?[.;]?"
LINK_END = r"\b10\.\d{4,9}/\S+|https?://\S+"
LINK_CUE = r"https?:|www\.|\bdoi\b"  # a web page or DOI is whole
# The line ends as entries do: those, a closing bracket, a full stop.
CLOSED_END = re.compile(rf"(?:{PAGES_END}|{YEAR_END}|{LINK_END}|\d[.;)\]]?|[.)\]])$")
# A line that opens in lower case, quotes and brackets aside: "(accessed April 1, 2021)."
LOWER_START = re.compile(r"^[(\[\"'“‘„]*[a-z]")


def author_led(text: str) -> bool:
    """The line starts like a reference: a name, initials then a name, or the same-author dash."""
    content = MARKER.sub("", text)
    return bool(
        AUTHOR_START.match(content) or INITIALS_START.match(content)
        or SAME_AUTHORS.match(content)
    )


# Initials after a family name ("Smith, J.", "Smith JA,", "Smith, J.-P.") or a year in brackets
# after the names: the start of an entry, where "Cambridge, Harvard University Press" (a place
# and a publisher wrapped onto a new line) is only name-shaped.
_INITIALS_AFTER = re.compile(
    rf"^{_PARTICLES}{_NAME}(?:\s+{_NAME})?,?\s+"
    r"(?:(?:[A-Z\u00c0-\u00de]\.[\s-]?){1,3}|[A-Z]{1,3}(?=[,.;]|\s|$)"
    # or a given name and its end: "Buell, Lawrence.", "Aslin, Richard N.;"
    r"|(?<=,\s)[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:\s[A-Z]\.)?[.,;](?!\S))"
)
_BRACKETED_YEAR = re.compile(
    rf"\(\s*(?:{YEAR_DIGITS}[a-z]?|o\.\s?J\.|n\.\s?d\.|eds?\.)[^)]{{0,12}}\)"
)


# An organisation with its year in brackets: "World Health Organization [WHO] (2019)."
_ORG_BRACKETED_YEAR = re.compile(
    rf"^[A-Z0-9][\w'’-]*(?:\s+[A-Z][\w'’-]+)+(?:\s*\[[^\]]+\])?\s*\({YEAR_DIGITS}[a-z]?\)"
    r"(?!\s*[\d:;])"
)


def strong_start(text: str) -> bool:
    """A line that surely starts an entry: names with initials or a year in brackets after
    them, initials first, the same-author dash, an organisation with its bracketed year."""
    content = MARKER.sub("", text)
    return bool(
        INITIALS_START.match(content) or SAME_AUTHORS.match(content)
        or _ORG_BRACKETED_YEAR.match(content)
        or (author_led(content) and (_INITIALS_AFTER.match(content)
                                     or _BRACKETED_YEAR.search(content)))
    )


def looks_like_reference(line: str) -> bool:
    """A whole line that reads as a reference: a year, and a number, name or organisation."""
    content = MARKER.sub("", line)
    return bool(YEAR.search(line)) and bool(
        NUMBERED.match(line) or author_led(content) or ORG_START.match(content)
    )


_UNOPENED_WITHIN = 20  # a bracket closed this early in a line was opened on the line before


def closes_unopened(text: str) -> bool:
    """The line closes early a bracket it did not open (a list number's "3)" aside): it goes
    on from the line before ("February 2016]", "1980)."). Later in a line an unmatched
    bracket is as often a typo in a whole entry ("Cameroun), (Numero")."""
    depth = 0
    for char in MARKER.sub("", text, count=1)[:_UNOPENED_WITHIN]:
        if char in "([":
            depth += 1
        elif char in ")]":
            if depth == 0:
                return True
            depth -= 1
    return False


_LONE_INITIAL = re.compile(r"(?:^|[\s,])[A-Z]\.$")


def lone_initial(text: str) -> bool:
    """The line ends on an initial, not on an abbreviation after a number ("(2009), S.",
    German pages left empty)."""
    found = _LONE_INITIAL.search(text)
    if found is None:
        return False
    before = text[: found.start() + 1].rstrip(" ,").rsplit(maxsplit=1)
    return not (before and any(char.isdigit() for char in before[-1]))


_INITIALS_NAME = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+")  # "J. P. Collman."


def cut_item(previous: str, content: str) -> bool:
    """A list item that is the rest of the previous one: it starts in lower case, or it does
    not start like an entry while the previous one has neither pages nor a DOI yet."""
    if author_led(content) or ORG_START.match(content):
        return False
    if content[:1].islower():
        return True
    return not _INITIALS_NAME.match(content) and not COMPLETE.search(previous)
