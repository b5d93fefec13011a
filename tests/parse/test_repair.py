"""Label repairs and the chapter layouts: rules checked on hand-labelled tokens, no model."""

from __future__ import annotations

import pytest

from claimcheck.parse.chapter import NOT_A_CHAPTER, chapter_parts
from claimcheck.parse.repair import emphasised, repair
from claimcheck.parse.tokens import tokenize


def relabel(text: str, labels: list[str], raw: str = "") -> list[tuple[str, str]]:
    tokens = tokenize(text)
    assert len(tokens) == len(labels), [t.text for t in tokens]
    fixed = repair(text, tokens, tuple(labels), emphasised(raw or text, text))
    return [(t.text, label) for t, label in zip(tokens, fixed, strict=True)]


def test_emphasis_makes_one_container() -> None:
    text = "Title. Biol. Psychiatry 67, 1-2."
    raw = "Title. *Biol. Psychiatry* 67, 1-2."
    labels = ["title", "title", "title", "title", "container", "volume", "volume", "pages",
              "pages", "pages", "pages"]
    assert [lab for _, lab in relabel(text, labels, raw)][2:5] == ["container"] * 3


def test_abbreviation_after_the_title_stop_joins_the_container() -> None:
    text = "Depression. Biol. Psychiatry 85"
    labels = ["title", "title", "title", "title", "container", "volume"]
    assert [lab for _, lab in relabel(text, labels)] == [
        "title", "title", "container", "container", "container", "volume"]


def test_unlabelled_organisation_before_the_date_is_the_author() -> None:
    text = "World Health Organization [WHO] (2019). Model List"
    labels = ["O"] * 7 + ["date", "date", "date", "title", "title"]
    fixed = relabel(text, labels)
    assert [lab for _, lab in fixed[:6]] == ["author"] * 6


def test_year_suffix_and_bracketed_title_start() -> None:
    text = "Smith, J. (2013a). (R)-Ketamine works."
    labels = ["author"] * 5 + ["date"] * 7 + ["title"] * 4
    fixed = dict(enumerate(relabel(text, labels)))
    assert [fixed[i] for i in (5, 6, 7)] == [("2013", "date"), ("a", "date"), (")", "date")]
    assert fixed[9] == ("(", "title") and fixed[10] == ("R", "title")


def test_quoted_title_ends_at_its_closing_quote() -> None:
    text = "Smith, J., “Paul and Rome,” in Religions in Antiquity"
    labels = ["author"] * 5 + ["title"] * 10
    fixed = relabel(text, labels)
    assert [lab for _, lab in fixed[5:11]] == ["title"] * 6
    assert [lab for _, lab in fixed[11:]] == ["container"] * 4


def test_apostrophe_does_not_close_a_quoted_title() -> None:
    text = "\"Buchberger's Algorithm\", in Proc"
    labels = ["title"] * 9
    assert [lab for _, lab in relabel(text, labels)][:6] == ["title"] * 6


def test_article_number_after_the_container() -> None:
    text = "Title. Behav. Brain Res. 379:112367."
    labels = ["title", "title", "container", "container", "container", "container", "container",
              "note", "note", "note", "note"]
    fixed = relabel(text, labels)
    assert fixed[7] == ("379", "volume") and fixed[9] == ("112367", "pages")


@pytest.mark.parametrize(
    ("text", "editors", "book"),
    [
        ("Smith J (2008) Chapter. In: Nosek J, Tomaska L, editors. Origin of telomeres. "
         "Austin: Landes. pp. 83-99.", "Nosek J, Tomaska L", "Origin of telomeres"),
        ("Smith, J. (2001). Memory. In J. Smith & K. Jones (Eds.), Handbook of memory "
         "(pp. 1-10). Wiley.", "J. Smith & K. Jones", "Handbook of memory"),
        ("Smith, J. (2001). Memory, in Handbook of Memory, eds J. Smith and K. Jones "
         "(New York: Wiley), 1-10.", "J. Smith and K. Jones", "Handbook of Memory"),
    ],
)
def test_chapter_layouts(text: str, editors: str, book: str) -> None:
    chapter = chapter_parts(text)
    assert (chapter.editors, chapter.book) == (editors, book)


def test_words_ending_in_ed_are_not_editors() -> None:
    text = "Berman R (2000). Effects of ketamine in depressed patients. Biol Psychiatry 47."
    assert chapter_parts(text) == NOT_A_CHAPTER
