"""Superscript callouts in plain text: digits glued to the word before ("disease12,13").

Plain text from a PDF keeps the digits of a raised callout but not the raise, so "mice.12,13"
and "p53" look alike. A glued number is weighed by the word it touches and by what the
article itself shows about that word:

- sure: glued to punctuation ("mice.12"), to a lower-case word ("studies3"), to a short
  function word ("by12", "de4": no gene is called "by"), to a capitalised word the article
  also writes in lower case ("Segundo18" beside "segundo"), or to an acronym the article
  also prints bare ("LASV9" beside "LASV GPC": its digits are no part of its name);
- weak: glued to another name or acronym ("Presenilin17", "T49"), to a number with a
  decimal point ("pH 5.0.22"), or to a capitalised name the article prints with that digit
  before what it names ("RoseTTAFold2 models", "Wnt3 deletion"): believed only as the next
  new number of the first-citation sequence, or as a list ("IEPOX-SOA133,137") that the
  sequence believes; a long title-case word closing a proper name, glued to digits only
  there ("the Human Connectome Consortium50."), as a number already cited too, and a later
  print of such a word with the digits its first print cited ("Samtools49" twice;
  `word_callouts.py`);
- never: after a unit's power ("5 mm2", "kg/m2"; "400 m62", "mg/kg1" and "mg/kg1,8" are
  no powers) or before a dose's duration ("cells/ml3 months"), a formula where the article
  shows formulas ("CH4" beside "CO2"; a lone "PNS2" is an acronym), a page label ("p.13"),
  an operator, a variable ("lic_casa1"), a word also written with a 0 ("corp0, corp2"), or
  a name or short stem printed with the same digits three times or more ("atg7 ... atg7",
  "-TAP2 ... -TAP2"), a series' member named by digits and a capital ("CYP3A4", "Gal4C1"),
  a formula's group ("Pd2(dba)3", `never_glued.py`), a DOI's or an address's own digits
  ("10.5061/dryad.12", but "report23.10.7554/..." cites); "BRCA1 or BRCA2" is only weak.

Numbered styles cite in order of first use, so a group starts at most a few numbers above
the highest seen so far (`believed.py`; "2010" is none). Digits glued to a number ("in
200745.", "RO229–36") are read by that sequence alone (`split_runs.py`): split after a
whole year or after a name the article prints on its own ("RO2"), and believed as a number
already cited or the next new one; so is a two-letter acronym printed bare and glued once
to a number of 10 or more ("WT44"). A list whose first number is a name's own ("Traf3ip2,4"
beside "Traf3ip2−/−") is none unless it is the next new numbers in a row ("with CD4,5";
`listed_names.py`), and a number cited again glued to a name the article prints on its own
("any ID20." beside "an ID") is read (`named_repeats.py`). Where the article sets its
callouts after the stop and the comma (`after_marks.only_after`), digits glued to an
acronym or a model before either are a name's ("for COVID19.", "with VGG16,").
Last, a number no believed group shows where first-citation order says it must first appear
is read from glued digits refused above ("TGF-α24", "AC25", a one-letter name before a mark
printed only there, "CLUSTAL X33."; `sequence.py`; a list of names counting up, "Gal4,88":
`glued_runs.py`), from digits run into a name's or a version's own ("Ucp224", "R 3.4.260",
"2007154") when one split alone fits (`run_splits.py`), and from digits opening an aside
("(6; reviewed in7)", `opened.py`).
Digits set after a space ("disease 12,13 and") count where the article's own order shows that
habit (`spaced.py`; there a first citation after a preposition fills a window still empty, a
number cited after several words is read again, and "lme4 12;" is a name and its callout:
`spaced_cited.py`, also "(LiFE 46)" before "tensors 46,"; "in 1990 63.": `spaced_values.py`;
"be 6, ... per year 8)" filling a gap: `spaced_runs.py`), lists with a space after their
commas as `spaced_lists.py` says, and no glued digits count in an article with no sure
superscript ("BRCA1" on a page of statistics), nor on a byline (`bylines.py`).
"""

from __future__ import annotations

import re

from claimcheck.citations import glued_words as words
from claimcheck.citations.after_marks import after_marks, only_after
from claimcheck.citations.believed import in_sequence
from claimcheck.citations.glued_names import a_name, fillable, word_before
from claimcheck.citations.glued_runs import glued_runs
from claimcheck.citations.listed_names import (
    LIST_NUMBER,
    acronym_cited,
    after_specimen_label,
    capital_inside,
    name_first,
    named_run,
    series_written_short,
)
from claimcheck.citations.named_repeats import named_repeats
from claimcheck.citations.never_glued import never
from claimcheck.citations.notation import DASH, DASH_CHARS
from claimcheck.citations.opened import opened, repeats
from claimcheck.citations.own_digits import FUNCTION_WORDS as _FUNCTION_WORDS
from claimcheck.citations.own_digits import own_digits
from claimcheck.citations.run_splits import run_readings
from claimcheck.citations.sequence import gaps_filled
from claimcheck.citations.source_marks import source_marks_hidden
from claimcheck.citations.spaced import gap_candidates, twins, with_spaced
from claimcheck.citations.spaced_cited import (
    cited_again,
    early_prints,
    first_prints,
    named_then_spaced,
)
from claimcheck.citations.spaced_lists import list_runs_on, spaced_list
from claimcheck.citations.spaced_runs import runs_filled
from claimcheck.citations.split_runs import Option, split_runs
from claimcheck.citations.word_callouts import a_word, words_again

# a list may wrap after its comma ("mice.2,\n3"), an em dash may follow it ("time9—"), and, its
# raise's space lost, it may run into a word ("cells.5–7The"), not "2nd" or a unit, or an aside
_AFTER_LIST = "|".join(rf"(?<=[{DASH_CHARS},]\d{{{k}}})" for k in (1, 2, 3))  # "use10–18(see"
_GROUP = (rf"(?P<list>\d{{1,3}}(?:(?:,[ \u00a0]?\n?|{DASH})\d{{1,3}})*)(?=[\s,;:)—]|\.(?!\d)|$"
          r"|\.?10\.\d{4,9}/"  # a DOI run into the callout ("report23.10.7554/eLife") ends it
          rf"|(?:{_AFTER_LIST})\((?=[a-z])"
          r"|(?P<word>(?!(?:st|nd|rd|th)\b)[^\W\d_]{2}))")
_GLUED = re.compile(
    rf"(?:(?<=[^\W\d_])|(?<=[)\]\.,;:’”%])(?<!\d[.,:])(?<![\s=<>≤≥]\.)|(?<=\d\.\d\.)|(?<=\d\.\d\d\.)"
    # not a value's point ("P = .12"); a straight quote closing a word ("'altruism'17."),
    r"|(?<=[^\W\d_]['\"]))"  # not a prime ("5'3", "3'UTR")
    rf"(?<![′'’],){_GROUP}"
)
# "pLKO.1 shRNA", not "al.12 showed"
_NAMED_POINT = re.compile(r"(?<!\w)\w*[A-Z\d]\w*\.[\d,–-]+ [a-z]$")
_DECADE = re.compile(r"(?<![\w\-])(?:1[89]|20)\d0s$")
# a name, digits, and one or two capitals that name a member of its series ("CYP3A", "Gal4C")
_MEMBER = re.compile(r"[^\W\d_][\w\-]*\d[A-Z]{1,2}")
_BETWEEN = re.compile(rf",|{DASH}")  # what parts a list's numbers or a range's: "2,4", "2–4"
_SENTENCE_MARKS = ".,;:)]’”"
_CLOSES = re.compile(r"[.,](?!\d)")  # a full stop or a comma after glued digits


def superscripts(body: str, count: int) -> list[tuple[int, int]]:
    """Glued digit groups kept while they follow first-citation order; `count` is the
    number of references (a group naming a higher number is no callout)."""
    evidence = words.evidence_of(body)
    body = source_marks_hidden(body)  # a byline's affiliation marks, footnotes' markers
    candidates: dict[int, list[Option]] = {}
    pool: list[tuple[tuple[int, int], str]] = []  # refused digits the sequence may still read
    after = only_after(body)  # "mice.12 The": then "for COVID19." prints a name's digits
    for match in _GLUED.finditer(body):
        span = match.span("list")
        if match.group("list")[0] == "0":
            continue  # "qj007", "Altman04", "(.05)": no callout number opens with 0
        a_name = bool(after and _CLOSES.match(body, span[1]) and capital_inside(body, span[0]))
        if a_name and body[span[1]] == ".":  # "with COVID19." where the article cites "with
            continue  # COVID.19"; before a comma only the next new number ("COPD10, ILD11")
        kind = _kind(body, span, evidence)
        if kind == "word":  # "Consortium50.": a name's where the article sets callouts after
            kind = "weak" if after else "seen"  # the stop ("mice.12 The")
        if kind == "weak" and after_specimen_label(body, span[0]):
            kind = ""  # "(clone IM7, 1:200)": the clone's name, whatever the order says
        rest = name_first(body, span) if kind == "weak" else None
        if rest or (not kind and named_run(body, span, evidence)):  # "advanced PC3,4" by
            # "PC3 cells" and "PC"; "Traf3ip2,14" by "Traf3ip2−/− mice": 14 in its window,
            # or after a mark (`after_marks`); whole only as the next new numbers in a row,
            # and never a series' members written short ("TLR7,8" beside "TLR8")
            pool.extend([(rest, body[rest[0] : rest[1]])] if rest else [])
            stem = word_before(body[max(0, span[0] - 24) : span[0]]).rsplit("-", 1)[-1]
            if max(named := [int(n) for n in LIST_NUMBER.findall(body, *span)]) <= count and (
                    not series_written_short(body, span, stem, evidence)):
                candidates[span[0]] = [(span, named, "run")]
            continue
        cut = spaced_list(body, span, kind)
        tail = list_runs_on(body, span, kind, cut)  # "sensitivity,16, 19, 20, 73 albeit"
        span = cut
        word = match.group("word") if span == match.span("list") else None
        numbers = [int(n) for n in LIST_NUMBER.findall(body, *span)]
        if not word and not a_name and fillable(body, span, evidence):
            pool.append((span, body[span[0] : span[1]]))
        if kind and max(numbers) <= count:
            listed = kind == "sure" or "," in body[span[0] : span[1]]
            reach = "next" if a_name else "list" if listed else "seen" if kind == "seen" else "next"
            if word:  # "mice.5The": after punctuation, as the sequence expects
                if not _runs_on(body, span, kind):
                    continue
                after_mark = body[span[0] - 1] in _SENTENCE_MARKS
                reach = "seen" if kind == "sure" and after_mark else "next"
            candidates[span[0]] = [*tail, (span, numbers, reach)]
    inside = {i for options in candidates.values() for (s, e), _, r in options[:1]
              if r != "run" for i in range(s, e)}
    runs = {i: k for k, options in candidates.items() if options[0][2] == "run"
            for i in range(*options[0][0])}
    for span, reach in after_marks(body):  # "plasma T4.12,13 The", where the article sets so
        numbers = [int(n) for n in LIST_NUMBER.findall(body, *span)]
        if span[0] in runs:  # "with CD4,«5»": read as the rest when the run is not
            candidates[runs[span[0]]].append((span, numbers, reach))
        elif max(numbers) <= count and span[0] not in inside:  # not "4,«5»" of "relations,4,5"
            candidates.setdefault(span[0], [(span, numbers, reach)])
    for end, options in split_runs(body, count, evidence):
        candidates.setdefault(end, []).extend(options)
        pool.extend((span, body[span[0] : span[1]]) for span, _, _ in options)
    habit = with_spaced(body, candidates, count, in_sequence)
    tools = named_then_spaced(body) if habit else []
    for digits, _, _ in tools:
        candidates.pop(digits, None)  # "lme4 12;": the package's 4, then the callout 12
    pool.extend(gap_candidates(body, count) if habit else [])  # "PubMed 75 is", in order
    pool.extend(asides := opened(body, count))  # "(16–18; reviewed in19)", "(10 and Fig"
    if not habit and not any(r != "next" for options in candidates.values() for *_, r in options):
        return []  # "BRCA1" alone in a page of statistics: no sure superscript, no article's
    found = in_sequence([candidates[k] for k in sorted(candidates)])
    pool.extend(run_readings(body, count, found))  # "Ucp224": which split, order alone may say
    singles = frozenset(start for (start, _), _ in asides)  # "(6; see": no name's digit
    filled = gaps_filled(body, found, pool, count, singles)
    if habit:  # "Figure 1B of 15 and" in a window still empty, "the original study 15." again
        later = first_prints(body, count) + [(span, printed) for _, span, printed in tools]
        filled = cited_again(body, gaps_filled(body, filled, later, count), count)
        # "(LiFE 46)" before "tensors 46,": a number read first later, cited first here
        filled = gaps_filled(body, filled, early_prints(body, count), count, early=True)
        filled = runs_filled(body, filled, count)  # "be 6, ... per year 8)" fill a gap
    filled = glued_runs(body, twins(body, filled, habit), count)  # "subjects 8", "Gal4,88"
    again = words.cited_again(body, repeats(body, filled, asides), evidence.naming)
    again = words_again(body, again, evidence)  # "Samtools49." twice
    again = named_repeats(body, again, count)  # "any ID20." after "an ID" and a 20
    return own_digits(body, again, evidence)  # "TLR7,8", "LaAlO3,19": a name's digits


def _runs_on(body: str, span: tuple[int, int], kind: str) -> bool:
    """Digits that run into the next word are a superscript after punctuation ("mice.5The"),
    or between two lower-case words when the word before is a plain one ("results5were"),
    and then only as the next new number."""
    before = body[span[0] - 1]
    if before in _SENTENCE_MARKS:
        return True
    return kind == "sure" and before.islower() and body[span[1]].islower()


def _pointed(before: str, evidence: words.Evidence) -> bool:
    """Digits after the point of a name the article numbers so ("BA.1 or BA.2.")."""
    name = re.search(r"(?<![\w.])([A-Z][A-Za-z]{0,5})\.$", before)
    return name is not None and name[1] in evidence.pointed


def _kind(body: str, span: tuple[int, int], evidence: words.Evidence) -> str:
    """"sure", "weak", "seen", "word" (`word_callouts.a_word`: "seen" unless the article
    sets its callouts after the stop) or "" (never a callout) for the digits glued at `span`."""
    start = span[0]
    before = body[max(0, start - 24) : start]
    if never(body, span, before):
        return ""
    if _DECADE.search(before):  # "the 1950s29", not "5 s2"
        return "sure"
    first = int(LIST_NUMBER.findall(body, *span)[0])
    if (unit := words.after_unit(before, first, body[span[1] : span[1] + 12])) is not None:
        return unit  # "5 mm2", "kg/m2": a power; "mg/kg13" cites; "ml3 months" counts
    stem = word_before(before).rsplit("-", 1)[-1]
    if not stem:  # "mice.12", but "pH 5.0.22" and "pLKO.1 shRNA" only as the next number
        return "weak" if re.search(r"\d\.$", before) or _NAMED_POINT.search(
            body, max(0, start - 24), span[1] + 2) or _pointed(before, evidence) else "sure"
    if stem in _FUNCTION_WORDS and before[: -len(stem)][-1:].isspace():
        return "sure"  # "de4", "e6" however often the article prints them; not "(e53)"
    if a_name(stem, evidence) or words.formula(body, span, stem + body[start : span[1]],
                                                     evidence):
        return ""  # "x2", "T4", "atg7", "CH4": a variable, a name or a formula
    if _MEMBER.fullmatch(stem):
        return ""  # "CYP3A4", "Gal4C1": a member of a named series; not "mp3player4", "1.50i3"
    if (stem.lower() in _FUNCTION_WORDS and not stem.isupper()) or not words.NAME_LIKE.match(stem):
        return "sure"
    if stem in evidence.family:
        return "weak"
    if len(stem) == 2 and stem.isupper():
        return "seen" if acronym_cited(body, span, stem, evidence) else "weak"
    if (name := stem + _BETWEEN.split(body[start : span[1]], 1)[0]) in evidence.naming:
        return words.named_kind(body, name, start - len(stem))  # "RoseTTAFold2 models"
    if (stem.istitle() and stem.lower() in evidence.lower) or stem in evidence.bare:
        return "sure"
    return "word" if a_word(body, span, stem, evidence) else "weak"
