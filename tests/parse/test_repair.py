"""Label repairs and the chapter layouts: rules checked on hand-labelled tokens, no model."""

from __future__ import annotations

import pytest

from claimcheck.parse.chapter import NOT_A_CHAPTER, chapter_parts
from claimcheck.parse.repair import emphasised, repair
from claimcheck.parse.tokens import tokenize
from claimcheck.parse.unstopped import vancouver_end


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
        ("Childs, P. E. (1998). Naming the elements. In Chemical Nomenclature, ed. Kevin "
         "Thurlow, pp. 27-66. Dordrecht: Kluwer.", "Kevin Thurlow", "Chemical Nomenclature"),
        ("Haase, A. 2002. Capitalizing on the Net. Pp. 291-324 in The Internet in Everyday "
         "Life, edited by Barry Wellman and Caroline Haythornthwaite. Oxford: Blackwell.",
         "Barry Wellman and Caroline Haythornthwaite", "The Internet in Everyday Life"),
    ],
)
def test_chapter_layouts(text: str, editors: str, book: str) -> None:
    chapter = chapter_parts(text)
    assert (chapter.editors, chapter.book) == (editors, book)


def test_a_book_title_before_ed_is_not_taken_for_editors() -> None:
    text = "Wheeler, J. (1955). Fission. In Niels Bohr and Physics, ed. pp. 163-184. London."
    assert chapter_parts(text) == NOT_A_CHAPTER


def test_words_ending_in_ed_are_not_editors() -> None:
    text = "Berman R (2000). Effects of ketamine in depressed patients. Biol Psychiatry 47."
    assert chapter_parts(text) == NOT_A_CHAPTER


def test_physics_journal_abbreviations_leave_the_author_run() -> None:
    text = "S. Scherer, Prog. Part. Nucl. Phys. 64"
    labels = ["author"] * 8 + ["container"] * 4 + ["volume"]
    fixed = relabel(text, labels)
    assert [lab for _, lab in fixed[4:12]] == ["container"] * 8
    assert fixed[0] == ("S", "author")


def test_a_place_ending_the_title_stays_in_the_title() -> None:
    text = "Fishes of reefs, Honduras. Rev Biol Trop 46"
    labels = ["title"] * 6 + ["container"] * 3 + ["volume"]
    assert relabel(text, labels)[4] == ("Honduras", "title")


def test_a_cue_word_in_a_gap_opens_its_own_field() -> None:
    text = "Vol. 29, No. 7 JOURNAL"
    labels = ["O", "O", "volume", "volume", "O", "O", "O", "container"]
    fixed = relabel(text, labels)
    assert [lab for _, lab in fixed[4:7]] == ["issue"] * 3


def test_emphasis_bounds_the_container() -> None:
    text = "Title in C57BL/6J mice. Neuropsychopharmacology 38"
    raw = "Title in C57BL/6J mice. *Neuropsychopharmacology* 38"
    tokens = [t.text for t in tokenize(text)]
    start = tokens.index("J")
    labels = ["title"] * start + ["container"] * (len(tokens) - start - 1) + ["volume"]
    fixed = relabel(text, labels, raw)
    assert [lab for _, lab in fixed[start:start + 3]] == ["title"] * 3


def test_volume_then_article_number_in_one_pages_run() -> None:
    text = "Acta Physiol. 225, e13211 (2019)"
    labels = ["container"] * 3 + ["pages"] * 4 + ["date"] * 3
    fixed = relabel(text, labels)
    assert fixed[3] == ("225", "volume") and fixed[5] == ("e", "pages")


def test_volume_colon_pages_in_one_volume_run() -> None:
    text = "Nat. Commun. 11:6431."
    labels = ["container"] * 4 + ["volume"] * 4
    fixed = relabel(text, labels)
    assert fixed[4] == ("11", "volume") and fixed[6] == ("6431", "pages")


@pytest.mark.parametrize(
    ("text", "volume_run"),
    [("Meng J 1997 Nucl. Phys. A 617 131", ["617", "131"]),
     ("Gail T, Nucl. Phys. A798, 96 (2008)", ["798", ",", "96", "("])],
)
def test_physics_bare_first_page_after_the_volume(text: str, volume_run: list[str]) -> None:
    tokens = tokenize(text)
    first = len(tokens) - len(volume_run) - (3 if text.endswith(")") else 0)
    labels = ["author"] * first + ["volume"] * len(volume_run) + ["date"] * (len(tokens) - first
                                                                            - len(volume_run))
    labels[first - 1] = "container"
    fixed = dict(relabel(text, labels))
    assert fixed[volume_run[0]] == "volume" and fixed["131" if "131" in text else "96"] == "pages"


def test_volume_and_issue_are_not_split_as_pages() -> None:
    text = "Smith J. Title. Journal 12(3)"
    labels = ["author"] * 3 + ["title"] * 2 + ["container", "volume", "volume", "volume", "volume"]
    assert [lab for _, lab in relabel(text, labels)][-4:] == ["volume"] * 4


def test_a_number_after_the_bracketed_year_is_the_page() -> None:
    text = "S. Malik, Phys. Rev. C 39 (1989) 1992."
    labels = ["author"] * 4 + ["container"] * 5 + ["volume"] * 2 + ["date"] * 4
    fixed = relabel(text, labels)
    assert fixed[-2] == ("1992", "pages") and fixed[-4] == ("1989", "date")


def test_an_initials_first_list_does_not_end_on_an_initial() -> None:
    text = "D. A. Van Veldhuizen and G. B. Lamont. Test Suites."
    labels = ["author"] * 11 + ["title"] * 5
    fixed = relabel(text, labels)
    assert fixed[11] == ("Lamont", "author") and fixed[13] == ("Test", "title")


def test_a_family_first_list_may_end_on_an_initial() -> None:
    text = "Schierwater B, Ender A. Sarsia marii."
    labels = ["author"] * 6 + ["title"] * 3
    assert relabel(text, labels)[6] == ("Sarsia", "title")


def test_a_container_that_opens_with_a_title_then_in_gives_the_title_back() -> None:
    text = "Lamont G. Test Suites. In Proceedings of SAC."
    labels = ["author"] * 3 + ["container"] * 8
    fixed = relabel(text, labels)
    assert fixed[3] == ("Test", "title") and fixed[7] == ("Proceedings", "container")


def test_physics_comma_style_title_ends_at_its_last_comma() -> None:
    text = "C. Wang, Dynamic Behavior of Waves, Nonlinear Dynamics, 85 (2016)"
    tokens = tokenize(text)
    labels = ["author"] * 4 + ["title"] * 8 + ["volume"] * 2 + ["date"] * 2
    assert len(tokens) == len(labels), [t.text for t in tokens]
    fixed = relabel(text, labels)
    assert fixed[9] == ("Nonlinear", "container") and fixed[7] == ("Waves", "title")


def test_a_place_after_the_titles_full_stop_stays_in_the_title() -> None:
    text = "Smith J, Birds of Lancetilla, Honduras. Rev Biol Trop 12"
    labels = ["author"] * 3 + ["title"] * 6 + ["container"] * 3 + ["volume"]
    fixed = relabel(text, labels)
    assert fixed[7] == ("Honduras", "title")


def test_a_full_stop_after_a_given_name_ends_the_author_run() -> None:
    text = "McCarthy, Kathleen. Slaves, Masters, and the Art."
    labels = ["author"] * 8 + ["title"] * 4
    fixed = relabel(text, labels)
    assert fixed[3] == (".", "author") and fixed[4] == ("Slaves", "title")


def test_a_full_stop_after_an_initial_does_not_end_the_author_run() -> None:
    text = "Smith, J. Jones, K. Title."
    labels = ["author"] * 8 + ["title"] * 2
    assert relabel(text, labels)[4] == ("Jones", "author")


def test_full_names_before_a_plural_editors_cue_are_the_editors() -> None:
    text = ("Evripidou P. The model. In Jean-Luc Gaudiot and Lubomir Bic, editors, Advanced "
            "Topics in Data-Flow Computing, pages 347-379. Prentice Hall, 1991.")
    chapter = chapter_parts(text)
    assert chapter.editors == "Jean-Luc Gaudiot and Lubomir Bic"
    assert chapter.book.startswith("Advanced Topics in Data-Flow Computing")


def test_in_inside_a_title_does_not_open_the_book() -> None:
    text = ("Olesen, V. “Issues in Women’s Health.” In Culture, Society, and Menstruation, "
            "edited by Virginia L. Olesen and Nancy Woods, 51-62. Washington: Hemisphere, 1986.")
    chapter = chapter_parts(text)
    assert chapter.book == "Culture, Society, and Menstruation"
    assert chapter.editors == "Virginia L. Olesen and Nancy Woods"


def test_editor_then_ed_comma_then_the_book() -> None:
    text = "Jacknis, I. (1991) Hunt. In Aldona Jonaitis, ed., Chiefly Feasts, pp.177-224. Seattle."
    chapter = chapter_parts(text)
    assert (chapter.editors, chapter.book) == ("Aldona Jonaitis", "Chiefly Feasts")


@pytest.mark.parametrize(("numeral", "label"), [("LXV", "volume"), ("DC", "container")])
def test_roman_numeral_closing_the_container_is_the_volume(numeral: str, label: str) -> None:
    text = f"Newell A. Elements. Psychological Review, {numeral}, 1958."
    labels = ["author"] * 3 + ["title"] * 2 + ["container"] * 4 + ["date"] * 3
    assert dict(relabel(text, labels))[numeral] == label


def test_a_book_read_as_a_container_without_title_is_the_title() -> None:
    text = "Kahn H. The Year 2000. New York: Macmillan, 1967."
    labels = (["author"] * 3 + ["container"] * 4 + ["location"] * 3 + ["publisher"] * 2
              + ["date"] * 2)
    fixed = relabel(text, labels)
    assert [lab for _, lab in fixed][3:6] == ["title"] * 3


def test_a_vancouver_list_ends_at_the_stop_after_its_last_initials() -> None:
    text = "Renaud S, De Lorgeril M. Wine, alcohol and hearts. Lancet 339."
    labels = ["author"] * 9 + ["title"] * 4 + ["container", "volume", "volume"]
    fixed = relabel(text, labels)
    assert fixed[6] == (".", "author") and fixed[7] == ("Wine", "title")


def test_a_list_with_dotted_initials_is_not_cut_at_the_first_stop() -> None:
    text = "Blandford R., Rees M.J., 1974, MNRAS, 169, 395"
    labels = ["author"] * 10 + ["date"] * 2 + ["container"] * 2 + ["volume"] * 2 + ["pages"]
    assert [lab for _, lab in relabel(text, labels)][:10] == ["author"] * 10


def test_an_editors_cue_after_names_closes_the_name_list() -> None:
    text = "Feigenbaum, E. and J. Feldman, (eds.). Computers and Thought. New York: McGraw, 1963."
    tokens = tokenize(text)
    labels = ["editor"] * 10 + ["O"] * 4 + ["title"] * 4 + ["location"] * 3 + ["publisher"] * 2
    labels += ["date"] * (len(tokens) - len(labels))
    fixed = relabel(text, labels)
    assert fixed[10] == ("eds", "editor") and fixed[14] == ("Computers", "title")


def test_names_then_ed_in_brackets_are_the_editors() -> None:
    text = "Bell, Skip (ed.), Servants and Friends. Andrews University Press, 2014."
    tokens = tokenize(text)
    labels = ["author"] * 4 + ["title"] * 8
    labels += ["publisher"] * (len(tokens) - len(labels) - 2) + ["date"] * 2
    fixed = relabel(text, labels)
    assert [lab for _, lab in fixed][:7] == ["editor"] * 7 and fixed[8] == ("Servants", "title")


def test_a_conference_year_glued_to_its_name_stays_in_the_container() -> None:
    text = "Parr R. Polices. In Proceedings of IJCAI-95, 1088-1094."
    labels = ["author"] * 3 + ["title"] * 2 + ["container"] * 5 + ["volume"] * 2 + ["pages"] * 4
    fixed = dict(relabel(text, labels))
    assert fixed["95"] == "container" and fixed["1088"] == "pages"


def test_a_translator_opening_the_container_is_a_note() -> None:
    text = "Abraham N. Notes on the phantom. Trans. Nicholas Rand. Critical Inquiry 13"
    labels = ["author"] * 3 + ["title"] * 5 + ["container"] * 7 + ["volume"]
    fixed = dict(relabel(text, labels))
    assert fixed["Rand"] == "note" and fixed["Critical"] == "container"


def test_volume_before_the_bracketed_year_and_page_after_it() -> None:
    text = "Haglin K., Nucl. Phys. A, 584 (1995) 719;"
    labels = ["author"] * 4 + ["container"] * 6 + ["pages"] + ["date"] * 3 + ["note"] * 2
    fixed = dict(relabel(text, labels))
    assert (fixed["584"], fixed["1995"], fixed["719"]) == ("volume", "date", "pages")


@pytest.mark.parametrize(("text", "volume", "pages"),
                         [("Krasnopolsky V. 2004, SSRv, 113 271", "113", "271"),
                          ("Sotis DE (1983) Ferns. Amer Fern J, 73 9-27.", "73", "9")])
def test_a_pages_run_that_opens_with_the_volume(text: str, volume: str, pages: str) -> None:
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == volume)
    labels = ["title"] * (first - 1) + ["container"] + ["pages"] * (len(tokens) - first)
    fixed = dict(relabel(text, labels))
    assert fixed[volume] == "volume" and fixed[pages] == "pages"


def test_a_run_of_punctuation_alone_is_no_field() -> None:
    text = "Acta Physiol. (Oxf), 225, e13211."
    labels = ["container"] * 5 + ["volume"] * 2 + ["pages"] * 5
    fixed = dict(relabel(text, labels))
    assert fixed["225"] == "volume" and fixed["13211"] == "pages"


def test_a_vancouver_list_without_its_stop_ends_at_the_last_initials() -> None:
    text = "Saha BC Hemicellulose bioconversion. J Ind"
    fixed = relabel(text, ["author"] * 5 + ["container"] * 2)
    assert [lab for _, lab in fixed] == ["author"] * 2 + ["title"] * 3 + ["container"] * 2
    text = "Smith JA, Jones B Hemicellulose in yeast."
    fixed = relabel(text, ["author"] * 3 + ["title"] * 6)
    assert [lab for _, lab in fixed] == ["author"] * 5 + ["title"] * 4


@pytest.mark.parametrize("text", [
    "Sajal K Das, Diane J Cook, and Tze Lin. The role of",  # given names first
    "David D Lewis and Jason Catlett. Heterogeneous uncertainty",
    "Boice JD Jr. Radiation and breast carcinogenesis.",  # closed by its full stop
    "Saha BC DNA repair in yeast.",  # initials-like title word: left to the tagger
])
def test_lists_that_are_not_vancouver_without_a_stop(text: str) -> None:
    assert vancouver_end(tokenize(text)) == 0


def test_a_spaced_double_slash_ends_the_title_and_opens_the_container() -> None:
    text = "Fox R. Decline of moths // Insect Conserv. 2013."
    labels = ["author"] * 3 + ["title"] * 8 + ["date", "date"]
    fixed = [lab for _, lab in relabel(text, labels)]
    assert fixed[3:6] == ["title"] * 3 and fixed[6:11] == ["container"] * 5


def test_a_url_scheme_spaced_apart_is_no_double_slash() -> None:
    text = "Smith J. Web page http : // host.org/x"
    labels = ["author"] * 3 + ["title"] * 11
    assert [lab for _, lab in relabel(text, labels)][3:] == ["title"] * 11


def test_a_book_after_in_without_an_editors_cue_is_the_container() -> None:
    text = 'Ginzburg, "Clues," in Clues, Myths, and Method (Baltimore'
    labels = ["author"] * 3 + ["title"] * 3 + ["O"] + ["editor"] * 6 + ["location"] * 2
    fixed = [lab for _, lab in relabel(text, labels)]
    assert fixed[7:13] == ["container"] * 6


def test_editors_named_with_a_cue_stay_editors() -> None:
    text = "Chapter. In J. Doe (Eds.), The book"
    labels = ["title"] * 2 + ["O"] + ["editor"] * 8 + ["container"] * 2
    fixed = [lab for _, lab in relabel(text, labels)]
    assert fixed[3:6] == ["editor"] * 3


def test_physics_comma_in_opens_the_proceedings() -> None:
    text = "B. Kubis, An Introduction to ChPT, in Workshop on Hadrons, India"
    labels = ["author"] * 4 + ["title"] * 10 + ["location"]
    fixed = [lab for _, lab in relabel(text, labels)]
    assert fixed[4:9] == ["title"] * 5 and fixed[9] == "note"
    assert fixed[10:13] == ["container"] * 3


def test_a_bare_year_closing_the_title_is_the_date() -> None:
    text = "Granovetter, M. The Strength of Weak Ties 1973 American Journal"
    labels = ["author"] * 4 + ["title"] * 6 + ["container"] * 2
    assert [lab for _, lab in relabel(text, labels)][9] == "date"
    text = "Granovetter, M. The Strength of Weak Ties (1973) American Journal"
    assert "date" not in [lab for _, lab in relabel(text, ["author"] * 4 + ["title"] * 8
                                                     + ["container"] * 2)][4:12]


def test_a_title_opening_with_a_word_and_capitals_ends_the_vancouver_list() -> None:
    text = "Knaus W, Wagner D. APACHE II: a severity"
    labels = ["author"] * 9 + ["title"] * 2
    fixed = [lab for _, lab in relabel(text, labels)]
    assert fixed[5] == "author" and fixed[6:9] == ["title"] * 3


def test_comma_in_inside_a_title_case_title_stays_in_the_title() -> None:
    text = "G. Smith, A Study of Drugs, in Rheumatoid Arthritis Patients. Arthritis"
    labels = ["author"] * 4 + ["title"] * 10 + ["container"]
    assert [lab for _, lab in relabel(text, labels)][4:14] == ["title"] * 10
