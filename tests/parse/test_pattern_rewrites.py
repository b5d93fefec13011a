"""Patterns rewritten for speed find exactly what the patterns they replace found.

Each rewrite (issue 17) either opens with the characters a match must start with, so that re
skips ahead to them, or starts a case-blind search where the first possible opening is
printed (`patterns.search_from`). The old forms are kept here and compared over every string
of a small alphabet that holds the characters each pattern turns on, and over cases where
`str.lower` and re's case-blind matching part ways ("İ", "ı", "ſ").
"""

from __future__ import annotations

import itertools
import re

import pytest

from claimcheck import text as text_module
from claimcheck.parse import chapter, patterns, repair


def _strings(alphabet: str, longest: int) -> list[str]:
    return ["".join(chars) for size in range(longest + 1)
            for chars in itertools.product(alphabet, repeat=size)]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_emphasis_marks_are_found_as_before() -> None:
    before = re.compile(r"(?<![\w*])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*])")
    for text in _strings("*_a .", 6):
        assert _found(text_module._EMPHASIS, text) == _found(before, text), text
        assert text_module._EMPHASIS.sub("", text) == before.sub("", text), text


def test_starred_spans_are_found_as_before() -> None:
    before = re.compile(r"(?<![*\w\\])\*{1,2}([^*\n]+?)\*{1,2}(?![*\w])")
    for text in _strings("*a \\.", 7):
        assert _found(repair._STARS, text) == _found(before, text), text


def test_markdown_emphasis_is_still_removed() -> None:
    assert text_module.clean_markup("*Biol. Psychiatry* 67, **bold** _x_") == \
        "Biol. Psychiatry 67, bold x"


_CASE_BLIND = [
    (patterns._SPACED_DOI, ("doi",), "dDoOiIİı 10.2/x:"),
    (patterns._DOI, ("doi", "http", "10."), "dDoiIıhtp:/ 10.2345/x"),
    (patterns._DOI_URL, ("http", "dx.", "doi."), "hHtps:/dxDoOiı.rg10/2345"),
    (chapter._ANY_CUE, ("ed", "hg", "hrsg"), "eEdDhHgrsſ ."),
]


@pytest.mark.parametrize(("pattern", "openings", "alphabet"), _CASE_BLIND)
def test_search_from_finds_the_first_match(
    pattern: re.Pattern[str], openings: tuple[str, ...], alphabet: str
) -> None:
    texts = _strings(alphabet[:6], 5)
    texts += [alphabet * 2, alphabet[::-1] * 2, "x" + alphabet]
    texts += ["See doi: 10.1000/182 and doi:10.1000/183", "DOİ 10.1000/182 doi 10.1000/1",
              "doı 10.1000/182", "In Book, edſ. J. Smith", "HRSG. von A. B.", "edited by",
              "https://doi.org/10.1000/182", "HTTPS://DX.DOI.ORG/10.1000/182",
              "Žižek S. (ed.) Book", "Müller: Hrsg. 10.1000/182"]
    for text in texts:
        expected = pattern.search(text)
        found = patterns.search_from(pattern, text, openings)
        assert (found and (found.span(), found.group())) == \
            (expected and (expected.span(), expected.group())), text


def test_suffix_forms_are_the_suffixes_in_any_case() -> None:
    from claimcheck.parse.onename import SUFFIXES, is_suffix

    def before(word: str) -> bool:
        return word.lower().removesuffix(".") in SUFFIXES

    words = [*_strings("jrsnivdJRSNIVD23.", 4), "İİ", "ıi", "Jr..", "jr .", "K", "JNR.", "3RD"]
    assert sum(map(is_suffix, words)) > 90  # every casing of the suffixes up to four letters
    for word in words:
        assert is_suffix(word) == before(word), word


# Cheap tests that skip a slow scan (issue 17, session 14) must never skip a text the scan
# would find something in.


def test_the_editors_cue_after_names_is_scanned_for_wherever_it_can_match() -> None:
    from claimcheck.parse import namecues

    texts = [t for t in _strings("eEdsSſ,)(", 6) if t == t.rstrip()]
    texts += ["Smith J, EDS.", "Smith, J. (Hrsg.)", "Smith J, edſ", "Jones A; EDİTORS.",
              "Jones A (coord)", "Allen L, Dary O, eds", "Doe, J. (ed.)", "Doe, J, hrsg."]
    matched = [t for t in texts if namecues._EDITORS_AFTER.search(t)]
    assert len(matched) > 700
    assert all(map(namecues._may_have_editors_after, matched))
    assert not namecues._may_have_editors_after("Smith, J., Jones, K.")


def test_a_directed_book_is_looked_for_wherever_its_cue_is_printed() -> None:
    from claimcheck.parse import editors

    texts = [f"{who}{cue} {book}" for who in ("A", "G. Majeska", "F Ofori et WR Stern", "In A")
             for cue in (", dir.,", ", dir,", " (dir.)", "(éd.),", " (éds)", " (coord.)")
             for book in ("Book", "Russian Travelers")]
    assert all(editors._DIRECTED.fullmatch(t) for t in texts)
    assert all(any(map(t.__contains__, editors._DIRECTED_CUES)) for t in texts)
    assert editors.directed_book({"container": "G. Majeska, dir., Russian Travelers"})["editor"] \
        == "G. Majeska"
    assert editors.directed_book({"container": "Journal of Directions"}) == \
        {"container": "Journal of Directions"}


def test_a_thesis_is_looked_for_wherever_its_words_can_be_printed() -> None:
    for text in [*_strings("ph.d \tx", 6), "a phd thesis", "ph. d. dissertation", "ph.d"]:
        if patterns._THESIS.search(text):
            assert patterns._PHD.search(text) or "thesis" in text or "dissertation" in text
    assert patterns.kind_of({}, "Doe J. Title. PhD thesis, Univ. 2001.") == "thesis"
    assert patterns.kind_of({}, "Doe J. Title. Ph. D. Univ. 2001.") == "thesis"
    assert patterns.kind_of({}, "Doe J. Phys. Rev. 2001.") == "misc"


def test_et_al_is_found_and_removed_as_by_a_scan_of_the_whole_list() -> None:
    from claimcheck.parse import namecues

    texts = _strings("eEtTal. ,A", 5) + _strings("and oths,.u…", 4)
    texts += ["Collet al", "EAet al.", "Smith J, Jones K, et al.", "Smith J, Jones K; et. al",
              "Doe, J. and others", "Müller u. a.", "Doe J …", "Doe J...", "Bennett, J, et al",
              "Doe J,\tet al", "Doe J, ET AL.", "Smİth J, et al", "Doe ſ, and otherſ"]
    assert sum(bool(namecues._ET_AL.search(t)) for t in texts) > 1000
    for text in texts:
        start = namecues._et_al_start(text)
        found = namecues._ET_AL.search(text)
        assert bool(found) == (start >= 0 and bool(namecues._ET_AL.search(text, start))), text
        if found:
            assert namecues._et_al_removed(text, start) == namecues._ET_AL.sub("", text), text


def test_a_credit_after_the_title_is_looked_for_wherever_it_can_be_printed() -> None:
    from claimcheck.parse import credits

    titles = [f"Title{sep} {cue} A. Smith" for sep in (",", ";", " ,", "")
              for cue in ("ed. by", "edited by", "translated by", "trans.", "hrsg. von")]
    found = [t for t in titles if credits._CREDIT.search(t)]
    assert len(found) >= 8
    assert all("," in t or ";" in t for t in found)
    assert credits.credited_out({"title": "Title, edited by A. Smith"}, "")["title"] == "Title"


def test_a_name_break_is_looked_for_wherever_its_mark_is_printed() -> None:
    from claimcheck.parse import names

    matched = [t for t in _strings(" \t-–—/a", 4) if names._NAME_BREAK.search(t)]
    assert len(matched) > 500
    assert all(any(map(t.__contains__, names._BREAK_MARKS)) for t in matched)
