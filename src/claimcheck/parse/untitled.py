"""The journal of an entry printed without a title (chemistry, physics: "Yamada and Araki,
J. Cell Science. (2001) 114: 2375", "J. Pharmacol. Exp. Ther., 1949, 96, 99-113", "C.
Alexandrou, EPJ Web Conf. 137, 01004"), which the tagger took for a last author or for the
title.

When no container is labelled and the journal's numbers follow, the run before them is the
journal if it reads as an abbreviated journal name: two to six words, one of them a
journal's or meeting's word ("J", "Sci", "Conf", "Proc"), one an abbreviation of two
letters or more closed by a stop ("Pharmacol.", "Sci."), and such words a third of them or
more. For an author run, only its last
part (after the last comma, "and" or "et al.") is looked at, and a part of one initial and a
name ("Smith, J.") never reads so.

A book's title cut in two: in an entry with a publisher or place and no volume, issue or
pages, a container run straight on from the title (no stop, comma, "In" or editor between,
the title not quoted, the container without abbreviations: "An
Exegetical Investigation Into the “Ecclesial” | Notions of the Apocalypse. Massachusetts:
Peeters Press") is the rest of the title, unless it names a journal or meeting.

No container opens with a lower-case word: a container run right after the title that does
("... interaction with | utrophin J Cell Sci 2000", "... S. typhimurium, S. | aureus and L.
monocytogenes. Food Control 18") starts with the title's last words, up to the first
sentence stop before a capital, or else up to the first capitalised word; not after a
title closed by its quote ("... crystals,'' physica status solidi").

A book printed "Title (Publisher, City, Year)" (physics): a title run that opens a bracket
it does not close, before a place that the bracket holds ("Solitons in Molecular Systems
(Kluwer, | New York, 1991)"; not a species' "(Linnaeus, 1758)"), ends before the bracket;
what it took, four capitalised words at most, is the publisher.

A month (English, French, German, Spanish, Italian, Portuguese) closing a container run
before the year ("La revue de l'Infirmière, janvier 2015") is the date's, not the journal's.

A title run of nothing but one to three abbreviations closed by stops, straight before a
container run that the numbers follow, with which it reads as an abbreviated journal (as
above: "... et al. | Biol. | Psychiatry 67, 139"), is the journal's first words; a title
run of "et al." alone, or of one name and "et al.", is the author list's end ("G. | Hertting
et al. | Science 133").
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.assemble import words_end as words_end_of
from claimcheck.parse.tokens import LEXICON, MONTH_NAMES, Token

_NUMBERS = frozenset({"volume", "issue", "pages", "date"})
_SEPARATORS = frozenset({",", ";", "&", "and", "al"})
_MOST_WORDS = 6
_MINOR = frozenset({"or", "and", "&", "de", "du", "la", "of", "the"})
_OPENING = frozenset("\"“„«‘'[(")
_CLOSING = frozenset("\"”»’'")


def journal_without_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The rule above, in place."""
    if "container" in out:
        return _journal_start_in_authors(tokens, out)
    label = "title" if "title" in out else "author"
    start, end = label_run(out, label)
    if start < 0 or end >= len(out) or out[end] not in _NUMBERS:
        return False
    if label == "author":
        start = _last_part(tokens, start, end)
    if _reads_as_journal(tokens[start:end]):
        for j in range(start, end):
            out[j] = "container"
        return True
    return False


def _journal_start_in_authors(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """No title, and an author run that ends where the container starts with abbreviations
    only ("Biopharm. | Drug Dispos. 19", "Intl. | J. Mol. Med."): they are the journal's
    first words. One abbreviated word alone must be the whole run (not "Smith, Jos.")."""
    if "title" in out or out[0] != "author":
        return False
    start, end = label_run(out, "author")
    if end >= len(out) or out[end] != "container":
        return False
    part = _last_part(tokens, start, end)
    words = [i for i in range(part, end) if tokens[i].text[:1].isalpha()]
    # abbreviations, not initials ("J.") nor family names in capitals ("COLLMAN.")
    stopped = [i for i in words if len(tokens[i].text) >= 3 and not tokens[i].text.isupper()
               and i + 1 < len(tokens) and tokens[i + 1].text == "."
               and tokens[i + 1].start == tokens[i].end]
    if not words or len(stopped) < len(words) or (len(words) < 2 and part > start):
        return False
    for j in range(part, end):
        out[j] = "container"
    return True


def _last_part(tokens: tuple[Token, ...], start: int, end: int) -> int:
    words_end = words_end_of(tokens, start, end)
    for i in range(words_end - 1, start - 1, -1):
        if tokens[i].text in _SEPARATORS:
            return i + 1 + (tokens[i + 1].text == "." if i + 1 < end else 0)
    return start


def _reads_as_journal(part: tuple[Token, ...]) -> bool:
    words = [i for i, t in enumerate(part) if t.text[:1].isalpha()]
    if not 2 <= len(words) <= _MOST_WORDS:
        return False
    journal = [i for i in words if LEXICON.get(part[i].text.lower()) in ("journal", "conf")]
    abbreviated = [i for i in words if len(part[i].text) >= 2 and i + 1 < len(part)
                   and part[i + 1].text == "." and part[i + 1].start == part[i].end]
    # a title that names a journal ("... in the J. Am. Chem. Soc.") is longer and plainer
    return bool(journal) and bool(abbreviated) and 3 * len(set(journal + abbreviated)) \
        >= len(words)


def book_title_whole(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The second rule above, in place."""
    if "container" not in out or ("publisher" not in out and "location" not in out):
        return False  # most entries: a journal article
    start, end = label_run(out, "container")
    if start < 1 or out[start - 1] != "title" or {"volume", "issue", "pages", "editor"} & set(out):
        return False
    title = label_run(out, "title")[0]
    before = tokens[start - 1].text
    if not tokens[start].text[:1].isalnum() or not (before[:1].isalnum() or before in _CLOSING) \
            or tokens[title].text in _OPENING or (title > 0 and tokens[title - 1].text in _OPENING):
        return False  # a stop or comma ends the title; a quoted title ends at its quote
    words = [i for i in range(start, end) if tokens[i].text[:1].isalpha()]
    if any(LEXICON.get(tokens[i].text.lower()) in ("journal", "conf", "in") for i in words) \
            or any(tokens[i + 1].text == "." and tokens[i + 1].start == tokens[i].end
                   for i in words[:-1]):
        return False  # a journal's name or abbreviations ("Sitzungsber, Preuß. Akad.")
    for j in range(start, end):
        out[j] = "title"
    return True


def lower_case_out_of_container(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The third rule above, in place."""
    start = out.index("container") if "container" in out else -1
    if start < 1 or out[start - 1] != "title":
        return False
    word = tokens[start].text
    if not (word.isalpha() and word.islower() and len(word) >= 3) or word in LEXICON:
        return False
    last = start - 1
    while last > 0 and not tokens[last].text[:1].isalnum():
        if tokens[last].text in _CLOSING or tokens[last].text == "`":
            return False  # a quoted title ended at its quote: "crystals,'' physica"
        last -= 1
    end = label_run(out, "container")[1]
    split = _end_of_lower_part(tokens, start, end)
    if split < end and any(t.text[:1].isalpha() for t in tokens[split:end]):
        for j in range(start, split):
            out[j] = "title"
        return True
    return False


def _end_of_lower_part(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """Where the container proper starts: after "monocytogenes." before "Food", else at the
    first capital after a lower-case word ("utrophin J"); `end` when neither."""
    for i in range(start + 1, end - 1):
        before, after = tokens[i - 1].text, tokens[i + 1].text
        if tokens[i].text == "." and before.islower() and len(before) >= 3 \
                and after[:1].isupper():
            return i + 1
    for i in range(start + 1, end):
        if tokens[i].text[:1].isupper() and tokens[i - 1].text.islower():
            return i
    return end


def publisher_in_brackets(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The fourth rule above, in place."""
    if "title" not in out or "publisher" in out:
        return False
    start, end = label_run(out, "title")
    if start < 0 or end >= len(out) or out[end] != "location":
        return False  # the place follows the publisher inside the bracket
    opening = next((k for k in range(end - 1, max(start, end - 12), -1)
                    if tokens[k].text in "()"), -1)
    words = [t.text for t in tokens[opening:end] if t.text[:1].isalpha()]
    if opening < start + 2 or tokens[opening].text != "(" or len(words) > 4 \
            or any(w.islower() and w not in _MINOR for w in words):
        return False  # a publisher's name is short and capitalised: not "(with appendices by A, B"
    closing = next((k for k in range(end, len(out)) if tokens[k].text in "()"), -1)
    inside = set(out[end:closing])
    if closing < 0 or tokens[closing].text != ")" or "location" not in inside \
            or inside - {"date", "location", "publisher"}:
        return False
    for j in range(opening, end):
        out[j] = "publisher"
    return True


def month_out_of_container(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The fifth rule above, in place."""
    if "container" not in out or "date" not in out:
        return False
    start = out.index("container")
    try:
        end = out.index("date", start)  # the date right after the container, if any
    except ValueError:
        return False
    last = end - 1
    while last > start and not tokens[last].text[:1].isalnum():
        last -= 1
    if last > start and out[last] == "container" and tokens[last - 1].text in ",.;" \
            and tokens[last].text.lower() in MONTH_NAMES \
            and label_run(out, "container")[1] == end:
        for j in range(last - 1, end):
            out[j] = "date"
        return True
    return False


def abbreviated_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The last rule above, in place."""
    start, end = label_run(out, "title")
    if end >= len(out) or out[end] != "container":
        return False
    words = [t.text for t in tokens[start:end] if t.text != "."]
    if [w.lower() for w in words[-2:]] == ["et", "al"] and len(words) <= 3 and start > 0 \
            and out[start - 1] == "author" and all(w[:1].isupper() for w in words[:-2]):
        out[start:end] = ["author"] * (end - start)
        return True
    after = label_run(out, "container")[1]
    if not 0 < len(words) <= 3 or after >= len(out) or out[after] not in _NUMBERS \
            or tokens[end].text.lower() == "in":  # "Lucíola. In Obra Completa, 1: 293"
        return False
    before = start - 1
    while before > 0 and not tokens[before].text[:1].isalnum():
        before -= 1
    if before >= 0 and out[before] == "date":
        return False  # "(2001). Autism. Nat. Rev. Neurosci.": a title follows the date
    stopped = all(tokens[i].text[:1].isupper() and tokens[i].text.isalpha()
                  and 3 <= len(tokens[i].text) <= 8 and not tokens[i].text.isupper()
                  and tokens[i + 1].text == "." and tokens[i + 1].start == tokens[i].end
                  for i in range(start, end) if tokens[i].text != ".")
    if stopped and _reads_as_journal(tokens[start:after]):  # "Biol. Psychiatry", not "Title."
        out[start:end] = ["container"] * (end - start)
        return True
    return False
