"""Where the author list ends, when the tagger runs it short or on into the title.

- an author-year entry whose leading name run is unlabelled ("World Health Organization [WHO]
  (2019)") has that run as its author;
- names and a date alone ("Molden / Dweck 2006", "Tsamparlis (2011).") read as a container or
  title are the author (`parse/givennames.py`);
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
- an initials-first list does not end on an initial (`parse/initialsfirst.py`);
- names run together without a stop after them ("Haider BAOlofin IWang M Anaemia, ...");
- a list's last name run on into the journal or the title (`titleless`, `lastvancouver`).

Lists printed without a stop after them (the last two kinds, and Vancouver pairs without
one) are read in parse/unstopped.py; `author_run_start` runs every rule above in order.

`initials_before_colon` runs later, after the title rules (`repair`): lists printed "Family,
Initials" with no stops and a colon before the title ("Gerdts, J, Summers, DW, DiAntonio, A:
Axon Self-Destruction ...") whose last initials the tagger took for the title's first word
("A Axon ...", "CA A framework ..."). The title run's first token is the last author's
initials when it is one to three capitals glued to a colon, and the author run before it
ends "Initials, Family," (the name before it has its initials after it, so this family lacks
its own); not a title opening with an acronym after a complete name ("Jones, K, DNA: the
..."), nor one whose colon a word in lower case follows ("Lee, DNA: the double helix").
"""

from __future__ import annotations

from claimcheck.parse.assemble import NUMBER_LABELS
from claimcheck.parse.givennames import names_and_date_alone, slashed_names
from claimcheck.parse.lastvancouver import last_vancouver_name
from claimcheck.parse.titleless import titleless_names_end
from claimcheck.parse.tokens import Token
from claimcheck.parse.unstopped import (
    VANCOUVER_INITIALS,
    give_back,
    initials_token,
    run_end,
    run_together_end,
    run_together_start,
    vancouver_without_stop,
)
from claimcheck.vocabulary import EDITOR_WORDS


def author_run_start(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rules that settle the author list before the title rules run."""
    _leading_author(tokens, out)
    slashed_names(tokens, out)
    names_and_date_alone(tokens, out)
    _author_ends_at_full_stop(tokens, out)
    _vancouver_list_end(tokens, out)
    vancouver_without_stop(tokens, out)
    run_together_end(tokens, out)
    run_together_start(tokens, out)
    _ends_at_et_al(tokens, out)
    _ends_at_colon(tokens, out)
    _editors_first(tokens, out)
    titleless_names_end(tokens, out)
    last_vancouver_name(tokens, out)


_EDITOR_CUES = frozenset(EDITOR_WORDS)


def _editors_first(tokens: tuple[Token, ...], out: list[str]) -> None:
    end = run_end(out)
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
    # "Renaud S, ...", "Stone B and Morell M. Carbohydrates.": initials without stops, so the
    # first stop after initials ends it (given to the title where the entry has none).
    if len(tokens) < 4 or out[0] != "author" or tokens[2].text not in (",", "and", "&"):
        return
    if not (tokens[0].text.istitle() and VANCOUVER_INITIALS.fullmatch(tokens[1].text)):
        return
    end = run_end(out)
    if end >= len(out):
        return
    for i in range(2, end - 1):
        if tokens[i].text == "." and VANCOUVER_INITIALS.fullmatch(tokens[i - 1].text):
            after = tokens[i + 2].text if i + 2 < len(tokens) else ""
            then = tokens[i + 3].text if i + 3 < len(tokens) else ""
            # not "..., M. Smith J, ...", a name (its initials closed by "," or "."); a title
            # may open with a word and capitals too ("APACHE II: a severity ...").
            if not (VANCOUVER_INITIALS.fullmatch(after) and then in ",.;"):
                give_back(out, i + 1, end)
                if "title" not in out and out[end] in NUMBER_LABELS:
                    out[i + 1:end] = ["title"] * (end - i - 1)
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
    end = run_end(out)
    if end == 0 or end >= len(out):
        return
    for i in range(1, end - 1):
        if tokens[i].text not in _ET_AL_FIRST:  # most tokens: no "et al." to test
            continue
        stop = _et_al_end(tokens, i)
        if stop:
            comma = stop < end and tokens[stop].text == ","
            stop += comma
            if stop < end and tokens[stop].text[:1].isupper() and not _a_name(tokens, stop):
                give_back(out, stop, end)
                if end < len(out) and out[end] in NUMBER_LABELS and "title" not in out \
                        and "container" not in out and _abbreviated_only(tokens, stop, end) \
                        and (comma or not any(t.text.islower() for t in tokens[stop:end])):
                    # a title-less entry's journal ("Joe et al., Atmos Environ 2014, 82");
                    # without the comma, no lower-case word ("et al. Measurement of the W
                    # Boson Mass 2012, 100": a title)
                    out[stop:end] = ["container"] * (end - stop)
            return


def _abbreviated_only(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Each stop an abbreviation's ("Biosens. Bioelectron."; not "Vancouver et al. BMJ.")."""
    return all(tokens[i].text != "." or tokens[i - 1].text[:1].isupper()
               for i in range(start + 1, end - 1))


def _a_name(tokens: tuple[Token, ...], i: int) -> bool:
    """"P. Rajeev, J. ..." (more names, as in "et al.P. Rajeev"), not "N. Engl. J. Med."."""
    return i + 3 < len(tokens) and len(tokens[i].text) == 1 and tokens[i + 1].text == "." \
        and tokens[i + 2].text.isalpha() and tokens[i + 3].text != "."


def _ends_at_colon(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Takahashi, Y., Umezawa, H.: Coll. Phenomena 2": Springer's colon after the last
    initials ends the list; the tagger ran it on into an abbreviated journal or title."""
    end = run_end(out)
    for i in range(3, end - 1):
        if tokens[i].text == ":" and tokens[i - 1].text == "." and len(tokens[i - 2].text) == 1 \
                and tokens[i - 2].text.isupper():
            if tokens[i + 1].text[:1].isupper():
                give_back(out, i + 1, end)
            return


# Words that join an organisation's name ("Clinical and Laboratory Standards Institute")
_JOINING = frozenset({"and", "of", "for", "the", "on", "in", "&"})


def _leading_author(tokens: tuple[Token, ...], out: list[str]) -> None:
    """Unlabelled capitalised words opening an entry, directly before its date, are the author;
    so is an organisation the tagger read as a publisher there ("Human Microbiome Project
    Consortium. (2012).", "American Diabetes Association; (2004)"): a publisher comes after
    the title, never before the date that follows an author-date entry's author."""
    if "author" in out or not out or out[0] not in ("O", "publisher"):
        return
    first = out[0]
    k = 0
    while k < len(out) and out[k] == first:
        k += 1
    words = [t.text for t in tokens[:k] if t.text[:1].isalpha()]
    if first == "publisher":
        words = [w for w in words if w not in _JOINING]
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
    end = run_end(out)
    if end >= len(out):
        return
    for i in range(3, end - 1):
        word, nxt = tokens[i - 1].text, tokens[i + 1].text
        if tokens[i].text in ".:" and len(word) >= 3 and word.isalpha() and word.istitle():
            if _next_name(tokens, i + 1):
                continue  # "ROUSSILLON, René. CHABERT, Catherine. Manuel ...": one more name
            if nxt[:1].isupper() and nxt.lower() not in ("and", "und") and nxt != "&":
                give_back(out, i + 1, end)
                if "title" not in out:  # "Wehler, Hans-Ulrich: | Deutsche Gesellschafts-
                    # geschichte, Bd. 3": what follows the name is the work's title
                    out[i + 1:end] = ["title"] * (end - i - 1)
            return


def _next_name(tokens: tuple[Token, ...], i: int) -> bool:
    """A family name in capitals and its comma ("CHABERT,") open another name."""
    return i + 1 < len(tokens) and len(tokens[i].text) > 1 and tokens[i].text.isupper() \
        and tokens[i].text.isalpha() and tokens[i + 1].text == ","


def initials_before_colon(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The last initials before a colon (see the module), in place."""
    try:
        start = out.index("title")
    except ValueError:
        return
    if start < 5 or start + 2 >= len(out) or out[start - 1] != "author":
        return
    first, colon, after = tokens[start], tokens[start + 1], tokens[start + 2].text
    # a word all in lower case after the colon opens a subtitle ("Lee, DNA: the double helix
    # revisited"; not "mTOR", "p53", which open titles)
    if not initials_token(first.text) or colon.text != ":" or colon.start != first.end \
            or (after.isalpha() and after.islower()):
        return
    initials, comma2, family, comma = (t.text for t in tokens[start - 4:start])
    if comma == "," and comma2 == "," and initials_token(initials) and family[:1].isupper() \
            and not initials_token(family) and all(x == "author" for x in out[start - 4:start]):
        out[start] = out[start + 1] = "author"
