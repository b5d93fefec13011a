"""A journal introduced by "in:" that the tagger read as a note, an issue, a volume or the
publisher (and the volume word after it, "in: NeuroImage, Jg. 45", as the container).

German (DIN 1505) and French styles print an article's journal after the chapter's cue: "...,
in: PLoS ONE 5 (2010), S. e11883", "In: Science vol. 325 / 2009", "», dans BMC Bioinform, 8,
nᵒ 1, 2007". The tagger, which has seen the cue before books, sometimes labels the whole part a
note, an issue or a volume and no container. When no container was read and such a run opens
with the cue ("in", "In", "dans", "en", a colon after it or not) and a capitalised word, the
words up to the first number, bracket, comma, volume word or sentence's end are the container
(not after an opening bracket, "(in French)", "[In Russian, 12 refs]", nor after a labelled
place or publisher, "Tokyo: Iwanami; 1995. In Japanese, 2 vols.", nor when no number but a
year follows them, "..., in Japanese, 2001.", nor when they are a language's name alone,
"1995. In Japanese, 3 figures"); in a note run, a bare number right after them, before a
bracketed year, is the volume ("PLoS ONE 5 (2010)"). A publisher run opening with the cue
("In: JAMA, (18): 2329", "In: JAMA, Vol. 273, No. 14") is read so only when a volume or an
issue is read after it: a chapter's book read as the publisher has pages alone.
A container the tagger read that is a language's name alone after the cue, with no number
after it, is a note on the language ("1990. In Russian, vol. 2.", `_language_out`).
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.vocabulary import LANGUAGE_NAMES, YEAR_DIGITS

_NUMBER = re.compile(r"\d+")
_YEAR = re.compile(YEAR_DIGITS)
_CUES = frozenset({"in", "In", "dans", "Dans", "en", "En"})
_MISREAD = ("note", "issue", "volume", "publisher")


def journal_after_in(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "container" in out and not _volume_word_read_as_container(tokens, out):
        _language_out(tokens, out)
        return
    for label in _MISREAD:
        start, end = label_run(out, label)
        # (not a note on the language, "(in French)", "... in Japanese")
        # (not a bracketed note, "[In Russian]", nor one after a book's imprint, "Moscow:
        # Nauka; 1990. In Japanese, with English summary")
        if start >= 0 and tokens[start].text in _CUES \
                and (start == 0 or tokens[start - 1].text not in ("(", "[")) \
                and "publisher" not in out[:start] and "location" not in out[:start] \
                and (label != "publisher" or _journal_numbers(tokens, out, start, end)):
            _relabel(tokens, out, start, end)
            return


def _journal_numbers(tokens: tuple[Token, ...], out: list[str], start: int, end: int) -> bool:
    """A volume or an issue read after the run: a journal's, not a chapter's pages alone
    ("In: JAMA, Vol. 273, No. 14"; not "In: Handbuch der Soziologie, S. 12-20"); and the
    run is one name, its numbers straight after it, no more words before them (a publisher
    or body and then the book: "In: Academic Press, Encyclopedia of Ecology, Vol. 4")."""
    if "volume" not in out[end:] and "issue" not in out[end:]:
        return False
    inner = [k for k in range(start, end) if tokens[k].text == ","]
    after = next((t.text for t in tokens[end:] if t.text not in (",", ".", ";", ":")), "")
    return not any(k + 1 < end and tokens[k + 1].text[:1].isalpha() for k in inner) \
        and (not after[:1].isalpha() or LEXICON.get(after.lower()) in ("volume", "issue")
             or after.lower() in _YEAR_VOLUME_WORDS)


# German's volume words (Jahrgang, a journal's year of issues), which the lexicon lacks
_YEAR_VOLUME_WORDS = frozenset({"jg", "jahrg", "jahrgang"})


def _volume_word_read_as_container(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """"..., in: NeuroImage, | Jg. | 45, S. 210": the tagger read the journal as the
    publisher and the volume word after it as the container; the word is the volume's
    (relabelled here, so that the journal is read after "in:")."""
    start, end = label_run(out, "container")
    words = [k for k in range(start, end) if tokens[k].text != "."]
    if len(words) != 1 or end >= len(out) or out[end] != "volume" \
            or "publisher" not in out[:start] or not tokens[end].text.isdigit():
        return False
    word = tokens[words[0]].text.lower()
    if LEXICON.get(word) != "volume" and word not in _YEAR_VOLUME_WORDS:
        return False
    out[start:end] = ["volume"] * (end - start)
    return True


def _language_out(tokens: tuple[Token, ...], out: list[str]) -> None:
    """A container the tagger read that is a language's name alone after the cue ("Moscow:
    Nauka; 1990. In Russian, vol. 2.", "... around Mälaren in Swedish."): a note on the
    language, no journal."""
    start, end = label_run(out, "container")
    first = start + 1 if tokens[start].text in _CUES else start
    words = [i for i in range(first, end) if tokens[i].text not in (".", ",", ";", ":")]
    if len(words) == 1 and _language(tokens, words[0]) \
            and (first > start or (start > 0 and tokens[start - 1].text in _CUES)):
        out[start:end] = ["note"] * (end - start)


def _language(tokens: tuple[Token, ...], i: int) -> bool:
    """A language's name not followed by a number: a journal's name is ("In: English 45
    (1996)", the English Association's)."""
    return tokens[i].text in LANGUAGE_NAMES \
        and (i + 1 == len(tokens) or not tokens[i + 1].text[:1].isdigit())


def _relabel(tokens: tuple[Token, ...], out: list[str], start: int, end: int) -> None:
    first = start + 2 if start + 1 < end and tokens[start + 1].text == ":" else start + 1
    if first >= end or not tokens[first].text[:1].isupper() or not tokens[first].text.isalpha():
        return
    stop = first
    while stop < end and _journal_word(tokens[stop].text) and not _sentence(tokens, stop):
        stop += 1
    # a journal is followed by its numbers or a volume or pages word, not a year alone ("..., in
    # Japanese, 2001." is a note on the language); a volume word straight after the cue ("In:
    # Vol. 325", "dans Tome 8") leaves no name: the cue alone is no journal
    if stop in (first, end) or not any(_locator(t.text) for t in tokens[stop:]):
        return
    # nor a language's name alone ("In Japanese, 3 figures, 12 tables.")
    if [t.text for t in tokens[first:stop] if t.text != "."] == [tokens[first].text] \
            and _language(tokens, first):
        return
    out[start:stop] = ["container"] * (stop - start)
    # "PLoS ONE 5 (2010)": the number before the bracketed year is the volume
    if stop + 1 < end and out[stop] == "note" \
            and tokens[stop].text.isdigit() and len(tokens[stop].text) <= 4 \
            and tokens[stop + 1].text == "(":
        out[stop] = "volume"


def _locator(word: str) -> bool:
    """A number that is no year, or a volume or pages word ("vol. IX")."""
    if _NUMBER.fullmatch(word):
        return not _YEAR.fullmatch(word)
    return LEXICON.get(word.lower()) in ("volume", "pages")


def _sentence(tokens: tuple[Token, ...], i: int) -> bool:
    """A full stop that ends a sentence: a capitalised word and a lower-case one after it
    ("Aristotle. Translated under ..."), not an abbreviation's ("Proc. Natl. Acad.")."""
    return tokens[i].text == "." and i + 2 < len(tokens) \
        and tokens[i + 1].text[:1].isupper() and tokens[i + 2].text.isalpha() \
        and tokens[i + 2].text.islower() and len(tokens[i + 2].text) > 1


def _journal_word(word: str) -> bool:
    """A word of a journal's name or its abbreviation's stop; not a number, a bracket, a
    comma or a volume word ("vol.", "Bd.", "nᵒ")."""
    if word in (".", "&", "-", "'"):
        return True
    return word[:1].isalpha() and not any(c.isdigit() for c in word) \
        and LEXICON.get(word.lower()) not in ("volume", "issue", "pages")
