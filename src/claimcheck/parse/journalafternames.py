"""A journal printed straight after the names, with no title (chemistry's and physics'
"Langen, T. A.; Vehrencamp, S. L. Auk 1998, 115, 327", "Rand, D.M. Genetica 139, 685-697
(2011)"; GOST's "Richner H. // Anim Behav. 1989. V. 38", `journal_after_slashes`), that the
tagger read as the last author.

With no title and no container labelled, and pages read, one to four capitalised words that
end the author run, right after a complete name printed family first ("Vehrencamp, S. L."
-> "Auk"), and straight before the numbers (the date, volume or pages; three numbers at
least: a year, a volume, a page), are the journal. Not in a list printed initials first
("J. Smith, A. Brown 2001, 12, 1-5": "Brown" is a name), nor one word after a list of one
name ("Smith, J. A. Brown 2001": a second name printed initials first, or the journal), nor
one word of two letters or fewer, nor a place ("Berlin"), nor words that open with an
article (a book's title: "Marx, K. Das Kapital 1867, 1, 100").
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run, words_end
from claimcheck.parse.initialsfirst import initial_at
from claimcheck.parse.onename import ORG_WORDS
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.vocabulary import ARTICLES, PLACE_NAMES, PLACE_SET

_NUMBERS = frozenset({"date", "volume", "pages"})
_MOST_WORDS = 4
# (the list is a pattern, "St\. Louis": read as "St. Louis" and as the words "St Louis")
_PLACES = PLACE_SET | frozenset(
    name.replace("\\.", "") for name in PLACE_NAMES.split("|"))


def journal_after_names(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "title" in out or "container" in out or "pages" not in out:
        return
    start, end = label_run(out, "author")
    if start != 0 or end >= len(out) or initial_at(tokens, 0):
        return
    last = words_end(tokens, start, end)  # less the punctuation closing the run: "Science ,"
    first = last
    while first > start and _journal_word(tokens[first - 1].text) and last - first < _MOST_WORDS:
        first -= 1
    if first == last or first < 4 or (last - first == 1 and len(tokens[first].text) < 3) \
            or " ".join(t.text for t in tokens[first:last]) in _PLACES \
            or tokens[first].text.lower() in ARTICLES:
        return  # (a place: "Berlin 2001"; a book's title: "Marx, K. Das Kapital 1867, 1")
    if not (initial_at(tokens, first - 2) and _family_before(tokens, first - 2)):
        return
    families = sum(1 for k in range(start, first - 2) if tokens[k + 1].text == ","
                   and initial_at(tokens, k + 2) and len(tokens[k].text) > 1)
    if last - first == 1 and families < 2:
        return  # "Smith, J. A. Brown 2001": a second name printed initials first
    numbers = [k for k in range(end, len(out)) if tokens[k].text.isdigit()]
    nxt = next((k for k in range(end, len(out)) if tokens[k].text[:1].isalnum()), -1)
    if nxt >= 0 and out[nxt] in _NUMBERS and len(numbers) >= 3:
        for k in range(first, last):
            out[k] = "container"


def journal_after_initials(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The same print in a list that writes initials first ("M. A. Meador, ACS Nano, 2012, 6,
    7644", "A. Ogura, Exp. Anim. 2015, 64, 31", "H. T. Nguyen, RSC Adv 2016, 85495"): with no
    title and no container, the author run's last comma piece that holds no initial (one to
    four capitalised words, abbreviations with their stops), after a whole name (initials and
    a family) and straight before a year and one more number, is the journal. Not a place,
    a body ("WHO Expert Group"), nor a piece that opens with an article (a book's title)."""
    if "title" in out or "container" in out or not out or out[0] != "author" \
            or not initial_at(tokens, 0):
        return
    _, end = label_run(out, "author")
    last = words_end(tokens, 0, end)  # less the punctuation closing the run: "Nano ,"
    comma = next((k for k in range(last - 1, 2, -1) if tokens[k].text == ","), -1)
    words = [t.text for t in tokens[comma + 1:last] if t.text != "."]
    if comma < 0 or not 0 < len(words) <= _MOST_WORDS \
            or not all(_journal_word(w) or (w.isupper() and len(w) > 1) for w in words) \
            or " ".join(words) in _PLACES or words[0].lower() in ARTICLES \
            or ORG_WORDS.search(" ".join(words).lower()) \
            or not (initial_at(tokens, comma - 3) and len(tokens[comma - 1].text) > 1):
        return
    numbers = [k for k in range(end, len(out)) if tokens[k].text.isdigit()]
    if len(numbers) < 2 or out[numbers[0]] != "date" \
            or any(tokens[k].text[:1].isalpha() for k in range(end, numbers[0])):
        return
    for k in range(comma + 1, last):
        out[k] = "container"


def journal_after_slashes(tokens: tuple[Token, ...], out: list[str]) -> None:
    """GOST's short form, names and then "// Journal. 1989. V. 38. P. 606" with no title
    ("Richner H. // Anim Behav. 1989. V. 38"): with no title labelled, the words after a
    spaced "//" in or straight after the author run, up to the year, are the journal (one
    to eight words, the first capitalised); a container run straight after the names that
    holds the "//" gives the names back when what it holds before the "//" is a name, a
    family and its initials ("Lee K., | Park S. // J. Sleep Res.")."""
    if "title" in out:
        return
    _, end = label_run(out, "author")
    start, stop = label_run(out, "container")
    if start >= 0:  # the tagger's journal took the last name: "Park S. // J. Sleep Res."
        if start != end:
            return
        end = stop
    i = next((k for k in range(1, min(end + 1, len(out) - 2)) if tokens[k].text == "/"
              and tokens[k + 1].text == "/" and tokens[k + 1].start == tokens[k].end
              and tokens[k].start > tokens[k - 1].end), -1)
    if i < 0 or (start >= 0 and not _a_name(tokens[start:i])):
        return
    for k in range(max(start, 0), i):
        out[k] = "author"
    year = next((k for k in range(i + 2, len(out)) if out[k] == "date"
                 or (tokens[k].text.isdigit() and len(tokens[k].text) == 4)), -1)
    words = [t for t in tokens[i + 2:year] if t.text[:1].isalpha()]
    if year < 0 or not 0 < len(words) <= 2 * _MOST_WORDS or not words[0].text[:1].isupper():
        return
    out[i] = out[i + 1] = "O"
    for k in range(i + 2, year):
        out[k] = "container"


def _a_name(part: tuple[Token, ...]) -> bool:
    """"Park S.", "Sidorov B. B.": a capitalised word and initials, nothing else."""
    words = [t.text for t in part if t.text[:1].isalnum()]
    return 2 <= len(words) <= 4 and words[0][:1].isupper() and len(words[0]) > 1 \
        and all(len(w) == 1 and w.isupper() for w in words[1:])


def _journal_word(text: str) -> bool:
    return text.isalpha() and text[:1].isupper() and len(text) > 1 \
        and LEXICON.get(text.lower()) != "and"


def _family_before(tokens: tuple[Token, ...], i: int) -> bool:
    """The initials ending at i follow "Family ,": the name is printed family first."""
    while i >= 2 and initial_at(tokens, i - 2):
        i -= 2
    return i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].text[:1].isupper() \
        and len(tokens[i - 2].text) > 1
