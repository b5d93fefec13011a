"""Rule-based repairs of the tagger's labels, for layouts where print gives a surer cue.

The tagger decides token by token; these rules use what it cannot see or often gets wrong:
- an unlabelled gap after the first field continues the field before it, as unlabelled
  punctuation does in the training data ("derivative (G 22355)." stays in the title), except
  that a cue word opening the gap leads the next field (", pp. 137" belongs to the pages),
  unless it is an editors' cue right after names ("Feldman, (eds.).");
- emphasis in the source (Markdown `*Journal*`, HTML `<i>`) marks one whole field, so the
  tokens inside one emphasised span take one label: the container when any of them is one or
  when the span follows a finished title (a title is not set in italics after a title), and
  the container does not start before the span;
- where the author list ends is settled by `authors` (also after the title rules:
  "DiAntonio, A: Title"; `quotedstart`: "J. Munne-Bosch, »Vitamins ...«";
  `journalafternames`: "Rand, D.M. Genetica 139, 685"); an editors' credit before a
  bracketed imprint ("ed. by O. Danvy (Norton, 1977)") that the tagger read into the
  publisher is the editors (`editors.credit_before_imprint`);
- where the date begins and ends ("2013a", "(2019). (R)-Ketamine", "im Jahre 1769.") is
  settled by `dates`;
- a Chinese (GB/T 7714) document code closes the title: "pathway[J]. PNAS, 2011" is no
  title word, and the title words the tagger ran on after it are the journal or book
  (`documentcode`); a DOI or link read inside the title where none is printed is the title's
  (`formless`);
- where the title ends and the container begins is settled by `boundaries`, then where print
  marks the journal off ("Title, «Neuron» 75", "Title: Oikos, v. 44": `colonjournal`); a
  journal after "in:" read as a note, issue or volume is the container (`injournal`); a
  title does not end inside a bracket it opened (`titlebracket`);
- a volume, issue or page number runs on over letters and digits glued to it ("19r12889"),
  and a run of punctuation alone joins the run before (`runjoins`);
- volume and pages printed together are split by `locators`; pages read as a second year,
  a DOI or a link are the pages (`pagesread`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter

from claimcheck.parse import dates
from claimcheck.parse.authors import author_run_start, initials_before_colon
from claimcheck.parse.boundaries import title_and_container
from claimcheck.parse.colonjournal import marked_journal
from claimcheck.parse.commacut import comma_cut_journal
from claimcheck.parse.documentcode import document_code_closes_title
from claimcheck.parse.editors import credit_before_imprint, uncued_editors
from claimcheck.parse.formless import formless_link_in_title
from claimcheck.parse.fulldates import dotted_date, volume_before_month
from claimcheck.parse.givenlast import family_after_given_first, initials_open_the_title
from claimcheck.parse.initialsfirst import family_after_initials
from claimcheck.parse.injournal import journal_after_in
from claimcheck.parse.innerquotes import title_through_inner_quotes
from claimcheck.parse.invertedlast import given_after_inverted
from claimcheck.parse.journalafternames import (
    journal_after_initials,
    journal_after_names,
    journal_after_slashes,
)
from claimcheck.parse.journalcountry import country_closing_journal
from claimcheck.parse.journalimprint import journal_read_as_imprint
from claimcheck.parse.journaltitle import journal_read_as_title
from claimcheck.parse.listjournal import list_journal
from claimcheck.parse.locators import locators
from claimcheck.parse.lonevolume import volume_after_year
from claimcheck.parse.namesjournal import names_journal_boundary
from claimcheck.parse.numberruns import volume_out_of_date, volume_read_as_note
from claimcheck.parse.pagecue import cued_pages
from claimcheck.parse.pagesread import pages_misread
from claimcheck.parse.patterns import odd_case
from claimcheck.parse.quoted import CUES
from claimcheck.parse.quotedstart import title_from_its_quote
from claimcheck.parse.quotedyear import quoted_journal_year
from claimcheck.parse.reviewsentence import review_sentence_to_title
from claimcheck.parse.romanvolume import roman_volume
from claimcheck.parse.runjoins import glued_numbers, wordless_runs
from claimcheck.parse.semicolonlist import semicolon_list_end
from claimcheck.parse.titlebracket import title_through_its_bracket
from claimcheck.parse.titlecredit import CREDIT_WORDS, credit_after_title
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.parse.volumefirst import volume_before_journal
from claimcheck.parse.volumeread import volume_read_as_pages
from claimcheck.parse.yearcolon import year_before_numbers
from claimcheck.text import clean_markup

_EMPHASIS = re.compile(
    r"(?<![*\w\\])\*{1,2}([^*\n]+?)\*{1,2}(?![*\w])|<(?:i|em)>(.+?)</(?:i|em)>", re.IGNORECASE
)
# Its first branch alone, for entries without a "<" (most): the same matches, found without
# trying the case-blind tag branch at every character; written to start with the "*" (the
# lookbehind then tests the character before it), so re skips to the next "*" instead of
# trying the lookbehind at every character (`(?<![*\w\\])\*{1,2}...`, ~8x slower).
_STARS = re.compile(r"\*(?<![*\w\\]\*)\*?([^*\n]+?)\*{1,2}(?![*\w])")
_NUMBER_FIELDS = frozenset({"volume", "issue", "pages"})
# Cheap tests on the whole text (one search in C) before rules that walk every token. Each
# opens with a character (a class or a literal) that re then looks for by a fast scan in C;
# what stands before it is asserted after it: "\b[CLXVI]{2,}\b", "\d\.\d{1,2}\.\d{4}" and
# "\d, [^\W\d_]{3,} \d{4}" found the same texts for 3-4x the instructions, trying their
# first test at every character.
_ROMAN_WORD = re.compile(r"[CLXVI](?<!\w[CLXVI])[CLXVI]+(?!\w)")  # "LXXVII", "IV"
_DOTTED = re.compile(r"\.(?<=\d\.)\d{1,2}\.\d{4}")  # "4.12.2007"
_MONTH_AFTER_NUMBER = re.compile(r", (?<=\d, )[^\W\d_]{3,} \d{4}")  # "12, June 1961"
# On the lower-cased text: the case-blind pattern cost 3.5x as much (but for a text holding
# a letter `str.lower` writes otherwise than re's case-blind match reads it, `odd_case`)
_CREDIT_WORD = re.compile(CREDIT_WORDS)
_CREDIT_WORD_BLIND = re.compile(CREDIT_WORDS, re.IGNORECASE)
_START, _END = itemgetter(1), itemgetter(2)  # a token's offsets


def emphasised(raw: str, cleaned: str) -> tuple[tuple[int, int], ...]:
    """Character spans of `cleaned` that the raw entry printed in emphasis."""
    if "*" not in raw and "<" not in raw:  # most entries: no emphasis to look for
        return ()
    spans: list[tuple[int, int]] = []
    for match in (_EMPHASIS if "<" in raw else _STARS).finditer(raw):
        # The one group that matched (each needs a character, so neither is empty).
        piece = clean_markup(next(filter(None, match.groups()))).strip(" .,;:")
        start = cleaned.find(piece) if len(piece) > 1 else -1
        if start >= 0:
            spans.append((start, start + len(piece)))
    return tuple(spans)


def repair(
    text: str, tokens: tuple[Token, ...], labels: tuple[str, ...],
    spans: tuple[tuple[int, int], ...],
) -> tuple[str, ...]:
    """The labels with the rules above applied, in that order."""
    out = list(labels)
    _fill_gaps(tokens, out)
    for start, end in spans:
        _one_label(tokens, out, start, end)
    author_run_start(tokens, out)
    uncued_editors(tokens, out)
    credit_before_imprint(tokens, out)
    dates.year_suffix_in_date(tokens, out)
    dates.year_closing_the_title(tokens, out)
    dates.date_ends_at_bracket(tokens, out)
    if "[" in text:  # most entries print no bracket
        document_code_closes_title(tokens, out)
    formless_link_in_title(tokens, out)
    if _ROMAN_WORD.search(text):
        roman_volume(tokens, out)
    title_and_container(tokens, out, text)
    if (_CREDIT_WORD_BLIND.search(text) if odd_case(text) else
            _CREDIT_WORD.search(text.lower())):
        credit_after_title(tokens, out)
    if "“" in text or "‘" in text or "«" in text or '"' in text:
        title_through_inner_quotes(tokens, out)
    if _DOTTED.search(text):
        dotted_date(tokens, out)
    if _MONTH_AFTER_NUMBER.search(text):
        volume_before_month(tokens, out)
    marked_journal(tokens, out, text)
    if "„" in text or "«" in text or "“" in text:  # a journal quoted, a year after it
        quoted_journal_year(tokens, out)
    comma_cut_journal(tokens, out)
    if "(" in text:
        title_through_its_bracket(tokens, out)
    journal_after_in(tokens, out)
    dates.year_inside_the_title(tokens, out)
    dates.title_year_after_the_date(tokens, out)
    family_after_initials(tokens, out)
    family_after_given_first(tokens, out)
    initials_open_the_title(tokens, out)
    given_after_inverted(tokens, out)
    initials_before_colon(tokens, out)
    semicolon_list_end(tokens, out)
    list_journal(tokens, out)
    journal_after_names(tokens, out)
    journal_after_initials(tokens, out)
    if "//" in text:
        journal_after_slashes(tokens, out)
    if "»" in text or '"' in text or "“" in text or "„" in text or "«" in text:
        title_from_its_quote(tokens, out, text)
    dates.year_glued_to_the_names(tokens, out)
    glued_numbers(tokens, out)
    wordless_runs(tokens, out)
    journal_read_as_title(tokens, out)
    review_sentence_to_title(tokens, out)
    country_closing_journal(tokens, out)
    journal_read_as_imprint(text, tokens, out)
    names_journal_boundary(tokens, out)
    locators(text, tokens, out)
    volume_after_year(tokens, out)
    year_before_numbers(text, tokens, out)
    volume_out_of_date(tokens, out)
    volume_read_as_note(tokens, out)
    pages_misread(tokens, out)
    volume_read_as_pages(tokens, out)
    cued_pages(tokens, out)
    volume_before_journal(tokens, out)
    return tuple(out)


def _fill_gaps(tokens: tuple[Token, ...], out: list[str]) -> None:
    i = 1
    while i < len(out):
        if out[i] != "O":  # straight to the next unlabelled token (list.index: no Python step)
            try:
                i = out.index("O", i)
            except ValueError:
                return
            continue
        if out[i - 1] == "O":
            i += 1
            continue
        end = i
        while end < len(out) and out[end] == "O":
            end += 1
        words = [j for j in range(i, end) if tokens[j].text[:1].isalnum()]
        cue = LEXICON.get(tokens[words[0]].text.lower(), "") if words else ""
        # "No. 7" is the issue, "pp. 3-9" the pages; "In", "eds" lead whatever follows, but
        # "(eds.)" right after names closes that name list.
        led = cue if cue in _NUMBER_FIELDS else out[end] if end < len(out) else ""
        closes_names = cue == "editor" and out[i - 1] in ("author", "editor")
        split = words[0] if cue in CUES and led and not closes_names else end
        for j in range(i, end):
            out[j] = out[i - 1] if j < split else led
        i = end


def _one_label(tokens: tuple[Token, ...], out: list[str], start: int, end: int) -> None:
    # The tokens wholly inside: one stretch, as tokens follow each other (found by bisection,
    # not a test of every token of the entry).
    inside = range(bisect_left(tokens, start, key=_START), bisect_right(tokens, end, key=_END))
    names = [out[i] for i in inside if out[i] != "O"]
    if not names:
        return
    # After a finished title ("... patients. *Biol. Psychiatry*"), not inside it ("The *role*").
    before = inside[0] - 1
    titled = before >= 0 and "title" in out[:before] and tokens[before].text in ".?!,"
    label = "container" if "container" in names or titled else max(set(names), key=names.count)
    for i in inside:
        out[i] = label
    # Emphasis bounds the field: a container run that starts before the span ("C57BL/6J
    # mice. *Neuropsychopharmacology*") gives those tokens back to the field before it, or
    # to the title after the date ("(2020). 氷の研究について. *日本物理学会誌*").
    j = inside[0] - 1
    while label == "container" and j > 0 and out[j] == "container":
        j -= 1
    for k in range(j + 1, inside[0]):
        out[k] = out[j] if out[j] not in ("O", "container", "date") else "title"
