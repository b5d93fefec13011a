"""A title read out of a container, or a container out of a title, when the tagger gave the
whole run to one of them (`boundaries.title_and_container` calls them last). Rules:
- no title but a container that holds a sentence ("Parsing reward. Trends in Neurosciences"):
  the sentence (or a run closed twice, "Research.. Scientometrics") is the title; or a
  sentence-case title printed straight before the journal
  with no stop ("2004 | Structure and dynamics of carbon nanoscrolls Nano Lett. | 4 881",
  IOP's and other styles that set the two apart by italics alone): the words before the
  journal's capitalised tail;
- no container but a title whose last sentence is a short Title-Case name after a sentence-case
  title ("Black activism, unchurched. The Atlantic."): that name is the container;
- a book (publisher or place, no volume, issue or pages) with a container but no title:
  the container is the book's title;
- physics' comma style ("Title, Nonlinear Dynamics, 85 (2016)", "climate dynamics, The
  European Physical | Journal ..."): a title run that goes straight on into the container or
  the volume ends at its last comma when what follows it is a short capitalised name
  without full stops;
- a title closed twice, by its own stop and by the style's comma after it ("... their
  antimicrobial activity., Asian Pac. | J. Trop. Biomed., 1"): the title ends at that
  stop, and what the title run took after it opens the container that follows; the other
  way round, a container run that opens right after the title and holds such a stop
  ("... Pratylenchus spp. | In silt loam soil and ... crops.. Plant Dis.", "a “third way”
  | in biomedical research., in: Science") gives the title the words before it, when they
  print no stop of their own and no journal's or meeting's word;
- a journal printed straight after a sentence-case title with no stop ("... the onset of
  colitis Immunology (1997) 91"): `capitalised_tail` finds where it starts, for
  `runons.journal_before_numbers`.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run, words_end
from claimcheck.parse.tokens import LEXICON, MONTHS, Token

_MINOR = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "la",
                    "du", "des", "der", "und", "et", "&"})


def title_or_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rules above, in place."""
    _title_from_container(tokens, out)
    _title_before_journal(tokens, out)
    _book_title(out)
    _container_from_title(tokens, out)
    _container_after_comma(tokens, out)
    _container_after_closed_title(tokens, out)
    _title_closed_in_container(tokens, out)


def _sentence_end(tokens: tuple[Token, ...], i: int) -> bool:
    """A full stop after a lower-case word ("reward."), not after an abbreviation ("Acc.")."""
    word = tokens[i - 1].text
    return tokens[i].text in ".?!" and word.islower() and len(word) >= 3


def _opens_part(tokens: tuple[Token, ...], i: int) -> bool:
    """"Suites. In Proceedings": a full stop after a word, then "In" and a capital."""
    return (tokens[i].text == "." and len(tokens[i - 1].text) >= 3 and i + 2 < len(tokens)
            and tokens[i + 1].text in ("In", "in") and tokens[i + 2].text[:1].isupper())


def _title_from_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "title" in out:
        return
    start, end = label_run(out, "container")
    for i in range(start + 1, end - 1):
        sentence = _sentence_end(tokens, i) and tokens[i + 1].text[:1].isupper()
        if sentence or _opens_part(tokens, i) or _closed_twice(tokens, start, i, end):
            for j in range(start, i + 1):
                out[j] = "title"
            return


def _closed_twice(tokens: tuple[Token, ...], start: int, i: int, end: int) -> bool:
    """"Research.. Scientometrics": a word's stop, the style's stop, a capital, after words
    most of which no stop follows (not abbreviations: "Annu. Rev. Biochem.. Biology")."""
    if tokens[i].text != "." or tokens[i + 1].text != "." or i + 2 >= end \
            or not tokens[i - 1].text.isalpha() or not tokens[i + 2].text[:1].isupper():
        return False
    words = [k for k in range(start, i) if tokens[k].text.isalpha()]
    return 2 * sum(tokens[k + 1].text == "." for k in words) < len(words)


def _title_before_journal(tokens: tuple[Token, ...], out: list[str]) -> None:
    """No title, and a container run after the names or date that holds a sentence-case
    title and then the journal, before the journal's numbers ("2004 | Structure and
    dynamics of carbon nanoscrolls Nano Lett. | 4 881"): the title is the words before the
    journal's capitalised tail (`capitalised_tail`), when they name no journal or meeting
    ("Proceedings of the royal society of london B") and end on no minor word ("Monthly
    notices of the | Royal Astronomical Society": the tail cut a journal's name)."""
    if "title" in out:
        return
    start, end = label_run(out, "container")
    if start < 1 or out[start - 1] not in ("date", "author") or end >= len(out) \
            or out[end] not in ("volume", "issue", "pages"):
        return
    if not tokens[start].text[:1].isupper():
        return
    tail = capitalised_tail(tokens, start, end)
    if tail > start + 1 and tokens[tail - 1].text.lower() not in _MINOR and not any(
            LEXICON.get(t.text.lower()) in ("journal", "conf") for t in tokens[start:tail]):
        for j in range(start, tail):
            out[j] = "title"


def _book_title(out: list[str]) -> None:
    if "title" in out or "container" not in out or not {"publisher", "location"} & set(out):
        return
    if {"volume", "issue", "pages"} & set(out):
        return
    start, end = label_run(out, "container")
    for j in range(start, end):
        out[j] = "title"


def _container_from_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "container" in out:
        return
    start, end = label_run(out, "title")
    end = words_end(tokens, start, end)  # the run's closing punctuation left out
    stops = [i for i in range(start + 2, end - 1) if _sentence_end(tokens, i)]
    if not stops:
        return
    tail = [t.text for t in tokens[stops[-1] + 1:end] if t.text[:1].isalpha()]
    if 0 < len(tail) <= 6 and all(w[:1].isupper() or w in _MINOR for w in tail):
        for j in range(stops[-1] + 1, end):
            out[j] = "container"


_CLOSING = frozenset("’”»“\"'")


def _container_after_comma(tokens: tuple[Token, ...], out: list[str]) -> None:
    start, end = label_run(out, "title")
    if start < 0 or end >= len(out) or out[end] not in ("container", "volume"):
        return
    if out[end] == "volume" and "container" in out:
        return
    commas = [i for i in range(start + 2, end - 1) if tokens[i].text == ","]
    if not commas:
        return
    tail = tokens[commas[-1] + 1:end]
    words = [t.text for t in tail if t.text[:1].isalpha()]
    if any(t.text in ".?!:" or t.text in _CLOSING for t in tail) or not 0 < len(words) <= 6:
        return  # (a quote closing the tail closes the title: "Trends, Impacts and Drivers’,")
    if words[0][:1].isupper() and all(w[:1].isupper() or w in _MINOR for w in words):
        for j in range(commas[-1] + 1, end):
            out[j] = "container"


_SECOND_CLOSE = frozenset({",", "–", "—"})  # the style's comma, or its dash ("chickpea. — Plan.")


def _container_after_closed_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The title run's first stop that a comma follows straight away (`_closes_title`) ends
    the title when the container run follows the title run and what lies between is at most
    six capitalised words, the first no article ("A", "The")."""
    start, end = label_run(out, "title")
    if start < 0 or end >= len(out) or out[end] != "container":
        return
    for i in range(start + 3, end - 2):
        if tokens[i + 1].text not in _SECOND_CLOSE or not _closes_title(tokens, i):
            continue
        words = [t.text for t in tokens[i + 2:end] if t.text[:1].isalpha()]
        if 0 < len(words) <= 6 and all(w[:1].isupper() for w in words) \
                and words[0].lower() not in _MINOR \
                and _abbreviated(tokens, i + 2, end):  # ("sleep. — A Review.": a subtitle)
            # (a comma stays, it closes the title; a dash goes, `clean_container` drops it)
            for j in range(i + 2 if tokens[i + 1].text == "," else i + 1, end):
                out[j] = "container"
        return


def _abbreviated(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """A journal's abbreviated word between ("Asian Pac.", "Plan."): a capitalised cut of six
    letters at most, ending in a consonant, before a stop (not "Part One.", "Section Acutae.")."""
    return any(tokens[j + 1].text == "." and tokens[j].text.isalpha()
               and tokens[j].text[:1].isupper() and len(tokens[j].text) <= 6
               and tokens[j].text[-1].lower() not in "aeiouy" for j in range(start, end - 1))


def _title_closed_in_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    start, end = label_run(out, "container")
    if start < 2 or out[start - 1] != "title" or _stops_a_title(tokens, start - 1):
        return  # (a title that closed with a sentence's stop: "... of work. | Revista de
        # saúde pública., 45" is the journal's own double stop)
    for i in range(start + 1, end - 1):
        if tokens[i].text in ".?!":
            # (the journal's name goes on after the stop: "crops.. | Plant Dis.", not
            # "maize, Molecular plant pathology., 2012")
            if tokens[i + 1].text in ",." and _closes_title(tokens, i) \
                    and any(t.text[:1].isalpha() for t in tokens[i + 2:end]):
                words = [t.text for t in tokens[start:i] if t.text[:1].isalpha()]
                if len(words) >= 2 and not any(
                        LEXICON.get(w.lower()) in ("journal", "conf") for w in words):
                    for j in range(start, i + 1):
                        out[j] = "title"
            return  # (only the container's first stop)


def _stops_a_title(tokens: tuple[Token, ...], i: int) -> bool:
    """A question or exclamation mark, or a stop after a word of four letters or more
    ("work.", not "spp." nor "L.")."""
    word = tokens[i - 1].text
    return tokens[i].text in "?!" or (tokens[i].text == "." and word.isalpha() and len(word) >= 4)


def _closes_title(tokens: tuple[Token, ...], i: int) -> bool:
    """A question or exclamation mark, or a stop after a lower-case word of five letters or
    more that is no cue word: not an abbreviation's ("etc.,", "ders.,", "hrsg.,", "eds.,")."""
    word = tokens[i - 1].text
    return tokens[i].text in "?!" or (
        tokens[i].text == "." and word.isalpha() and word.islower() and len(word) >= 5
        and word not in LEXICON)


def capitalised_tail(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """Where a journal printed straight after a sentence-case title without a stop starts
    ("... the onset of colitis Immunology (1997) 91", "Acupunctuur en reumatoide artritis
    Huisarts en wetenschap (1989) 32", "... of carbon nanoscrolls Nano Lett. 4"): the last
    capital after a lower-case word, when at most four words follow it (an abbreviation's
    stop is no word), none a number, and the title before it is in lower case but for its
    first word and abbreviations; `start` + 1 when there is none."""
    end = words_end(tokens, start, end)  # "Immunology (" | "1997)": the date's bracket
    k, words = end - 1, 0
    while k > start + 1 and words < _TAIL_WORDS:
        text = tokens[k].text
        if text == "." and tokens[k - 1].text.isalpha() and tokens[k - 1].text[:1].isupper():
            k -= 1  # "Lett." : the stop of an abbreviation
            continue
        if not text.isalpha():
            break
        words += 1
        before = tokens[k - 1].text
        if text[:1].isupper() and before.isalpha() and before.islower() \
                and text.lower() not in MONTHS and _sentence_case(tokens[start + 1:k]):
            return k
        k -= 1
    return start + 1


_TAIL_WORDS = 4


def _sentence_case(part: tuple[Token, ...]) -> bool:
    """Words after a title's first: three lower-case at least, and none capitalised but
    abbreviations in capitals ("IL-2", "DNA"); German capitalises its nouns ("zu den
    Eigenschaften von Informationen Wild (1982)"), so there a capital tells nothing."""
    words = [t.text for t in part if t.text.isalpha()]
    return sum(1 for w in words if w.islower()) >= 3 and not any(
        w[:1].isupper() and not w.isupper() for w in words)
