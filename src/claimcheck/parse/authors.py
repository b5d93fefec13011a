"""Where the author list ends, when the tagger runs it short or on into the title.

- an author-year entry whose leading name run is unlabelled ("World Health Organization [WHO]
  (2019)") has that run as its author;
- "McCarthy, Kathleen. Slaves, Masters, ...": a full stop (or, in German styles, a colon:
  "Müller, Hans: Die Stadt") after a given name ends a list that opens "Family, Given";
- Vancouver lists ("Renaud S, De Lorgeril M. Wine, alcohol, ..."): the full stop after the
  initials of the last name ends the list; printed without it ("Saha BC Hemicellulose
  bioconversion. J Ind ..."), the list ends at the last initials, where a capitalised word
  followed by a lower-case one starts the title;
- Springer's colon after the last initials ends the list ("Umezawa, H.: Coll. Phenomena");
- names followed by an editors' cue ("Feigenbaum, E. and J. Feldman, (eds.). Computers and
  Thought.", "Bell, Skip (ed.), Servants ...") are the editors of the book, cue included;
- "et al." (or "и др.", "等") with its full stop ends the list when the tagger ran it on into a
  capitalised title ("Shrivastava R et al. Crocus sativus L.: a review");
- an initials-first list does not end on an initial: the family name after the last one belongs
  to it ("D. A. Van Veldhuizen and G. B. Lamont."), unless an abbreviated journal follows it,
  which the initial opens ("C. K. CHANG. J. Am. Chem. Soc.");
- names run together without a stop after them ("Haider BAOlofin IWang M Anaemia, ..."):
  the capitalised word after the last initials opens the title.
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.parse.assemble import label_run
from claimcheck.parse.names import PARTICLES
from claimcheck.parse.runon import run_together
from claimcheck.parse.tokens import Token

_VANCOUVER_INITIALS = re.compile(r"[A-Z]{1,3}")


def author_run_start(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rules that settle the author list before the title rules run."""
    _leading_author(tokens, out)
    _author_ends_at_full_stop(tokens, out)
    _vancouver_list_end(tokens, out)
    _vancouver_without_stop(tokens, out)
    _run_together_end(tokens, out)
    _run_together_start(tokens, out)
    _ends_at_et_al(tokens, out)
    _ends_at_colon(tokens, out)
    _editors_first(tokens, out)


def _run_end(out: list[str]) -> int:
    """Where the author run that opens the entry ends (0 when it does not open with one)."""
    return label_run(out, "author")[1] if out and out[0] == "author" else 0


def _give_back(out: list[str], start: int, end: int) -> None:
    """Tokens start..end-1 of the author run go to the field after the run."""
    for j in range(start, end):
        out[j] = out[end]


_EDITOR_CUES = frozenset({"ed", "eds", "editor", "editors", "hrsg", "hg", "dir", "coord"})


def _editors_first(tokens: tuple[Token, ...], out: list[str]) -> None:
    end = _run_end(out)
    if end == 0 or end >= len(out):
        return
    for i in range(1, min(end + 2, len(tokens))):
        if tokens[i].text.lower() in _EDITOR_CUES and tokens[i - 1].text in "(,":
            if i < end - 2:  # a cue inside the list is not the list's own ("ed." of a name)
                continue
            last = i + 1
            while last < len(tokens) and tokens[last].text in ".)":
                last += 1
            for j in range(last):
                out[j] = "editor"
            return


def _vancouver_list_end(tokens: tuple[Token, ...], out: list[str]) -> None:
    # "Renaud S, ...": initials without full stops, so the first stop after initials ends it.
    if len(tokens) < 4 or out[0] != "author" or tokens[2].text != ",":
        return
    if not (tokens[0].text.istitle() and _VANCOUVER_INITIALS.fullmatch(tokens[1].text)):
        return
    end = _run_end(out)
    if end >= len(out):
        return
    for i in range(2, end - 1):
        if tokens[i].text == "." and _VANCOUVER_INITIALS.fullmatch(tokens[i - 1].text):
            after = tokens[i + 2].text if i + 2 < len(tokens) else ""
            then = tokens[i + 3].text if i + 3 < len(tokens) else ""
            # not "..., M. Smith J, ...", a name (its initials closed by "," or "."); a title
            # may open with a word and capitals too ("APACHE II: a severity ...").
            if not (_VANCOUVER_INITIALS.fullmatch(after) and then in ",.;"):
                _give_back(out, i + 1, end)
            return


# "et al.", Russian "и др.", Chinese "等" close a list: no name is printed after them.
_ET_AL = (("et", "al", "."), ("и", "др", "."), ("等",))
_ET_AL_FIRST = frozenset({"et", "Et", "ET", "и", "И", "等"})


def _et_al_end(tokens: tuple[Token, ...], i: int) -> int:
    """The index after an "et al." printed at i with its full stop (0 when none is there)."""
    for words in _ET_AL:
        end = i + len(words)
        if end <= len(tokens) and all(tokens[i + j].text.lower() == w
                                      for j, w in enumerate(words)):
            return end + (words == ("等",) and end < len(tokens) and tokens[end].text == ".")
    return 0


def _ends_at_et_al(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Shrivastava R et al. Crocus sativus L.: a review": the tagger ran the list on past its
    "et al." and stop into a capitalised title; what follows belongs to the next field."""
    end = _run_end(out)
    if end == 0 or end >= len(out):
        return
    for i in range(1, end - 1):
        if tokens[i].text not in _ET_AL_FIRST:  # most tokens: no "et al." to test
            continue
        stop = _et_al_end(tokens, i)
        if stop:
            stop += stop < end and tokens[stop].text == ","
            if stop < end and tokens[stop].text[:1].isupper() and not _a_name(tokens, stop):

                _give_back(out, stop, end)
            return


def _a_name(tokens: tuple[Token, ...], i: int) -> bool:
    """"P. Rajeev, J. ..." (more names, as in "et al.P. Rajeev"), not "N. Engl. J. Med."."""
    return i + 3 < len(tokens) and len(tokens[i].text) == 1 and tokens[i + 1].text == "." \
        and tokens[i + 2].text.isalpha() and tokens[i + 3].text != "."


def _ends_at_colon(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Takahashi, Y., Umezawa, H.: Coll. Phenomena 2": Springer's colon after the last
    initials ends the list; the tagger ran it on into an abbreviated journal or title."""
    end = _run_end(out)
    for i in range(3, end - 1):
        if tokens[i].text == ":" and tokens[i - 1].text == "." and len(tokens[i - 2].text) == 1 \
                and tokens[i - 2].text.isupper():
            if tokens[i + 1].text[:1].isupper():
                _give_back(out, i + 1, end)
            return


_SUFFIXES = frozenset({"Jr", "Sr", "II", "III"})
_NOT_TITLE = frozenset({"and", "und", "et", "&"}) | PARTICLES


def _family(tokens: tuple[Token, ...], i: int) -> int:
    """The index after a family name of one to three words starting at i (i when none)."""
    k = i
    while k < min(i + 3, len(tokens)) and (tokens[k].text.lower() in PARTICLES or (
            len(tokens[k].text) > 1 and tokens[k].text[0].isupper()
            and not tokens[k].text.isupper() and tokens[k].text.isalpha())):
        k += 1
        if _hyphen_joined(tokens, k):  # "Peña-Rosas": one name in three tokens
            k += 2
    return k if k > i and tokens[k - 1].text.lower() not in PARTICLES else i


def _hyphen_joined(tokens: tuple[Token, ...], k: int) -> bool:
    """Token k is a hyphen with a capitalised word on either side and no space."""
    return (k + 1 < len(tokens) and tokens[k].text == "-"
            and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start
            and tokens[k + 1].text[:1].isupper() and tokens[k + 1].text.isalpha())


def vancouver_end(tokens: tuple[Token, ...]) -> int:
    """Where a list of "Family INITIALS" pairs ends when no full stop ends it and the title
    follows at once ("Saha BC Hemicellulose bioconversion."), else 0. The word after the
    last initials must be capitalised and followed by a lower-case word, which a given name
    ("Sajal K Das, Diane J Cook") or a family name is not."""
    i = 0
    while True:
        k = _family(tokens, i)
        if k == i or k >= len(tokens) or not _VANCOUVER_INITIALS.fullmatch(tokens[k].text):
            return 0
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text in _SUFFIXES)
        if k + 1 < len(tokens) and tokens[k].text in (",", "&", "and"):
            i = k + 1
            continue
        if k + 1 >= len(tokens) or _VANCOUVER_INITIALS.fullmatch(tokens[k].text):
            return 0
        word, after = tokens[k].text, tokens[k + 1].text
        if word[0].isupper() and word.isalpha() and after.isalpha() and after.islower() \
                and after not in _NOT_TITLE:
            return k
        return 0


def _vancouver_without_stop(tokens: tuple[Token, ...], out: list[str]) -> None:
    end = _run_end(out)
    if end == 0 or end >= len(out):
        return
    stop = vancouver_end(tokens)
    if stop > end:  # the tagger ended the list early: the pairs after are names too
        out[end:stop] = ["author"] * (stop - end)
    elif 0 < stop < end:  # the tagger ran the list on into the title
        label = "title" if "title" not in out[end:] else out[end]
        out[stop:end] = [label] * (end - stop)


def _printed(tokens: tuple[Token, ...], k: int) -> str:
    """The text of tokens[:k], spaced as printed."""
    pairs = pairwise(tokens[:k])
    return "".join(t.text + " " * (n.start > t.end) for t, n in pairs) + tokens[k - 1].text


def _run_together_end(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Haider BAOlofin IWang M Anaemia, prenatal ...": names printed without separators
    (parse/runon.py) and without a stop after them; the capitalised word after the last
    initials, followed by a lower-case word or punctuation, opens the title."""
    end = _run_end(out)
    if end >= len(out):
        return
    last = end - 1 - (tokens[end - 1].text in ",:;(")  # "Anaemia," may close the run
    after = tokens[last + 1].text
    if last < 3 or not (tokens[last].text.isalpha() and tokens[last].text.istitle()) or not (
            after in ",:;(" or (after.isalpha() and after.islower())):
        return
    if run_together(_printed(tokens, last).rstrip(":;,")):  # "Gooodyear LJKahn BB: Exercise"
        _give_back(out, last, end)


def _run_together_start(tokens: tuple[Token, ...], out: list[str]) -> None:
    """An entry the tagger gave no author that opens with names run together up to a colon
    or full stop ("Bweeir SAl-Jarrah MAlmalty AM: Resistance ..."): those are the authors."""
    if "author" in out:
        return
    for k in range(3, min(len(tokens) - 1, 40)):
        if tokens[k].text in (":", ".") and run_together(_printed(tokens, k)):
            out[:k] = ["author"] * k
            return


def _leading_author(tokens: tuple[Token, ...], out: list[str]) -> None:
    """Unlabelled capitalised words opening an entry, directly before its date, are the author."""
    if "author" in out or not out or out[0] != "O":
        return
    k = 0
    while k < len(out) and out[k] == "O":
        k += 1
    words = [t.text for t in tokens[:k] if t.text[:1].isalpha()]
    if k < len(out) and out[k] == "date" and words and all(w[0].isupper() for w in words):
        opening = k - 1 if tokens[k - 1].text in "([" else k
        for j in range(opening):
            out[j] = "author"


def _author_ends_at_full_stop(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"McCarthy, Kathleen. Slaves, Masters, and the Art ...": a full stop after a given name
    (a word, not an initial) ends an author run that opens "Family, Given"; what the tagger ran
    on after it starts the field that follows."""
    if len(out) < 5 or out[0] != "author" or tokens[1].text != ",":
        return
    if not (tokens[2].text.isalpha() and len(tokens[2].text) >= 3 and tokens[2].text.istitle()):
        return
    end = _run_end(out)
    if end >= len(out):
        return
    for i in range(3, end - 1):
        word, nxt = tokens[i - 1].text, tokens[i + 1].text
        if tokens[i].text in ".:" and len(word) >= 3 and word.isalpha() and word.istitle():
            if _next_name(tokens, i + 1):
                continue  # "ROUSSILLON, René. CHABERT, Catherine. Manuel ...": one more name
            if nxt[:1].isupper() and nxt.lower() not in ("and", "und") and nxt != "&":
                _give_back(out, i + 1, end)
            return


def _next_name(tokens: tuple[Token, ...], i: int) -> bool:
    """A family name in capitals and its comma ("CHABERT,") open another name."""
    return i + 1 < len(tokens) and len(tokens[i].text) > 1 and tokens[i].text.isupper() \
        and tokens[i].text.isalpha() and tokens[i + 1].text == ","


def _is_initial(tokens: tuple[Token, ...], i: int) -> bool:
    text = tokens[i].text
    return len(text) == 1 and text.isupper() and i + 1 < len(tokens) and tokens[i + 1].text == "."


def family_after_initials(tokens: tuple[Token, ...], out: list[str]) -> None:
    """A list that writes initials first ("D. A. Van Veldhuizen and G. B. Lamont.") does not
    end on an initial: the family name after the last one belongs to the author run."""
    if not out or out[0] != "author" or not _is_initial(tokens, 0):
        return
    end = _run_end(out)
    if end >= len(out) - 1:
        return
    last = end - 1
    while last > 0 and not tokens[last].text.isalnum():
        last -= 1
    if not _is_initial(tokens, last):
        return
    if out[end] == "container" and end + 1 < len(tokens) and tokens[end + 1].text == "." \
            and tokens[end].text[:1].isupper() and len(tokens[end].text) > 1 \
            and last >= 2 and len(tokens[last - 2].text) > 1:  # "CHANG. J.", not "J.D. Lewin"
        # "C. K. CHANG. J. Am. Chem. Soc.": the journal's "J." after a list with no title
        out[last:end] = ["container"] * (end - last)
        return
    k = end
    while k < len(tokens) and tokens[k].text.lower() in PARTICLES:
        k += 1
    if k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text[:1].isupper():
        while k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 2].start == \
                tokens[k + 1].end == tokens[k].end + 1:
            k += 2  # a hyphenated family name
        for i in range(end, k + 1):
            out[i] = "author"
