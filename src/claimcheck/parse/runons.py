"""Fields the tagger ran on into the next one or mistook for another, where print tells.

- A journal article printed without a journal the tagger found, whose title run goes
  straight on into its numbers ("The problem of ... craters (in Russian). Kosmicheskoe
  Okruzhenie i Zemlya, pp. 61-68", "The second coming, World architecture, No. 83, 2000,
  34-37"): an article with pages has a journal or book, and it is the last sentence (else
  the last comma's part) of the title run, when that part is a short name that opens with a
  capital; with neither in the title and the volume next ("... the onset of colitis
  Immunology (1997) 91"), the last capital after a lower-case word of a sentence-case title,
  when at most four words follow it. A quoted title is left alone (its quote marks its end).
- A book printed "Title. Publisher, City (Year)" (physics, Springer) with its publisher
  read as a container: a container without numbers anywhere in the entry, after the title's
  stop or comma and followed by nothing but the date, is the publisher when it names no
  journal or meeting and either ends in ", City" (one or two capitalised words: the place)
  or holds a publisher's word ("World Scientific Publishing").
- A journal run that starts with the title's last sentence ("..., Ulsan Bay sediments |
  East Sea, Korea. Mar. Poll. Bull., 88", "... | National Center for Health Statistics.
  Vital Health Stat 1995; 10"): when the container run right after the title holds a
  sentence stop with two words or more on each side, the part before it printing no
  abbreviation and no journal's or meeting's word, and being a place list, a bracketed
  name or five words or more, and the entry prints the journal's numbers, that part is
  the title's; not when the title closed with a quote or bracket, nor in a book after "In".
- A title run on into a note of how the work was given or where it stands: `titlenotes`.
"""

from __future__ import annotations

from claimcheck.parse import listend, namesend, titlecontainer, untitled
from claimcheck.parse.assemble import label_run
from claimcheck.parse.assemble import words_end as words_end_of
from claimcheck.parse.tokens import LEXICON, MONTHS, Token

_NUMBERS = frozenset({"volume", "issue", "pages"})
_CUED = frozenset({"volume", "issue", "pages"})
_QUOTES = frozenset("\"“”„«»'‘’")
_MOST_WORDS = 8


_BOOKISH = frozenset({"publisher", "location"})
_BOOK_NUMBERS = _NUMBERS | {"editor"}
_WITH_DATE = _NUMBERS | {"date"}


def settle(tokens: tuple[Token, ...], out: list[str], text: str) -> None:
    """This module's rules after `boundaries`' own, with `namesend`'s and `untitled`'s, in
    place (the last rule of the docstring above runs first, in `boundaries`). Each is tried
    only when the labels it needs are there, since most entries need none of them; the set
    of labels is taken again after a rule has changed them."""
    p = set(out)
    if "title" in p and "pages" in p and "container" not in p \
            and journal_before_numbers(tokens, out):
        p = set(out)
    if "container" in p and "title" in p:
        if p.isdisjoint(_NUMBERS):
            if publisher_not_container(tokens, out):
                p = set(out)
        elif title_tail_out_of_container(tokens, out):
            p = set(out)
    if "title" in p and namesend.author_end(tokens, out, "author" in p):
        p = set(out)
    if "author" in p and listend.list_end(tokens, out, text):
        p = set(out)
    if ("container" not in p or "title" not in p) and not p.isdisjoint(_WITH_DATE) \
            and untitled.journal_without_title(tokens, out):
        p = set(out)
    if "container" in p and not p.isdisjoint(_BOOKISH) and p.isdisjoint(_BOOK_NUMBERS) \
            and untitled.book_title_whole(tokens, out):
        p = set(out)
    if "container" in p and "title" in p and untitled.lower_case_out_of_container(tokens, out):
        p = set(out)
    if "(" in text and "title" in p and "publisher" not in p and "location" in p \
            and untitled.publisher_in_brackets(tokens, out):
        p = set(out)
    if "container" in p and "title" in p and untitled.abbreviated_title(tokens, out):
        p = set(out)
    if "container" in p and "date" in p:
        untitled.month_out_of_container(tokens, out)


def journal_before_numbers(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The rule above, in place."""
    if "container" in out or "pages" not in out:
        return False
    start, end = label_run(out, "title")
    if start < 0 or _quoted(tokens, start):
        return False
    end = _numbers_cue_back(tokens, out, start, end)
    nxt = end
    while nxt < len(out) and (out[nxt] == "date" or not tokens[nxt].text[:1].isalnum()):
        nxt += 1
    if nxt >= len(out) or out[nxt] not in _NUMBERS:
        return False
    split = _last_part(tokens, start, end)
    if split == start and out[nxt] == "volume":  # a journal's volume: no stop before it
        split = titlecontainer.capitalised_tail(tokens, start, end) - 1
    if split > start:
        for j in range(split + 1, end):
            out[j] = "container"
        return True
    return False


def publisher_not_container(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The second rule above, in place."""
    if "container" not in out or "title" not in out or not _NUMBERS.isdisjoint(out):
        return False  # most entries: a journal article
    start, end = label_run(out, "container")
    if start < 2 or "title" not in out[:start] \
            or tokens[start - 1].text not in ".," or tokens[start].text in ("In", "in"):
        return False
    if any(out[j] != "date" for j in range(end, len(out)) if tokens[j].text[:1].isalnum()):
        return False
    words = [t.text.lower() for t in tokens[start:end] if t.text[:1].isalpha()]
    if any(LEXICON.get(w) in ("journal", "conf") for w in words):
        return False
    place = _place_after_comma(tokens, start, end)
    if place < end or any(LEXICON.get(w) == "publisher" for w in words):
        for j in range(start, end):
            out[j] = "publisher" if j < place else "location"
        return True
    return False


def _place_after_comma(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """Where ", New York" closing the run starts (its first word; `end` when none); a
    publisher's name there (", Springer") is no place."""
    words_end = words_end_of(tokens, start, end)
    for size in (1, 2):
        comma = words_end - size - 1
        if comma > start and tokens[comma].text == "," and all(
                t.text[:1].isupper() and t.text.isalpha() and LEXICON.get(t.text.lower())
                != "publisher" for t in tokens[comma + 1:words_end]):
            return comma + 1
    return end


def title_tail_out_of_container(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The third rule above, in place."""
    if "container" not in out or "title" not in out:
        return False
    start = out.index("container")
    if start < 1 or out[start - 1] != "title" or tokens[start].text in ("In", "in") \
            or tokens[start - 1].text in "]”\"’'»":
        return False  # a chapter's book ("In The Best Short Stories of J. G. Ballard."),
        # a title closed by its quote or bracket
    end = label_run(out, "container")[1]
    stop = start + 1
    while stop < end - 1 and tokens[stop].text != ".":
        stop += 1
    if stop >= end - 1 or stop < start + 2 or not _spaced_sentence_stop(tokens, stop) \
            or _NUMBERS.isdisjoint(out[end:]):
        return False  # (two words before the stop at least: not "Ann. Surg.")
    before, after = tokens[start:stop], tokens[stop + 1:end]
    words = [t.text for t in before if t.text[:1].isalnum() and len(t.text) > 1]
    if _words(after) < 2 or len(words) < 2 or any(
            LEXICON.get(w.lower()) in ("journal", "conf") for w in words):
        return False
    if len(words) >= 5 or any(t.text in ",(" for t in before):
        for j in range(start, stop + 1):
            out[j] = "title"
        return True
    return False


def _spaced_sentence_stop(tokens: tuple[Token, ...], i: int) -> bool:
    """"Korea. Mar.", "(CHARG). Hum": a stop after a word of three letters or more (not "J.",
    "St.", "B.L.") or a bracket, spaced from the capital after it."""
    before, after = tokens[i - 1], tokens[i + 1]
    word = before.text == ")" or (len(before.text) >= 3 and before.text[-1:].islower())
    return word and after.start > tokens[i].end and after.text[:1].isupper()


def _quoted(tokens: tuple[Token, ...], start: int) -> bool:
    return tokens[start].text in _QUOTES or (start > 0 and tokens[start - 1].text in _QUOTES)


def _numbers_cue_back(tokens: tuple[Token, ...], out: list[str], start: int, end: int) -> int:
    """"..., Franz Kafka, No. 36": a volume, issue or pages cue closing the title run leads
    the numbers after it; the run then ends before it."""
    last = end - 1
    while last > start and not tokens[last].text[:1].isalnum():
        last -= 1
    if last > start and LEXICON.get(tokens[last].text.lower()) in _CUED and end < len(out) \
            and out[end] in _NUMBERS:
        for j in range(last, end):
            out[j] = out[end]
        return last
    return end


def _last_part(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """The index of the title run's last sentence stop (else its last comma) when the part
    after it is a short capitalised name and the title keeps two words before it; `start`
    when there is no such part."""
    words_end = words_end_of(tokens, start, end)
    for marks in (".?!", ","):
        cut = next((i for i in range(words_end - 2, start + 1, -1) if tokens[i].text in marks),
                   start)
        if cut > start:
            fits = _closes_a_part(tokens, cut, marks) and _short_name(tokens[cut + 1:words_end])
            return cut if fits and _words(tokens[start:cut]) >= 2 else start
    return start


def _closes_a_part(tokens: tuple[Token, ...], i: int, marks: str) -> bool:
    """A sentence's stop after a lower-case word of three letters or more or a bracket ("(in
    Russian)."), not an abbreviation's ("Acad.", "Sci."); a comma before a capital."""
    before, after = tokens[i - 1].text, tokens[i + 1].text
    if not after[:1].isupper():
        return False
    if marks == ",":
        return True
    return before == ")" or (len(before) >= 3 and before.islower()) or tokens[i].text != "."


def _short_name(tail: tuple[Token, ...]) -> bool:
    words = [t.text for t in tail if t.text[:1].isalpha()]
    return 0 < len(words) <= _MOST_WORDS and words[0][:1].isupper() \
        and not any(t.text[:1].isdigit() for t in tail) \
        and not (len(words) == 1 and words[0].lower() in MONTHS)  # ", Aug. 48"


def _words(part: tuple[Token, ...]) -> int:
    return sum(1 for t in part if t.text[:1].isalnum())

