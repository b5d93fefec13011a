"""Printing conventions of other countries and styles (issue 13 part 2, session 4): rules
checked on hand-labelled tokens and on field text, no model."""

from __future__ import annotations

import pytest

from claimcheck.parse.chapter import chapter_parts
from claimcheck.parse.fieldnumbers import tidy_numbers
from claimcheck.parse.names import split_names
from claimcheck.parse.repair import repair
from claimcheck.parse.tokens import tokenize


def relabel(text: str, labels: list[str]) -> list[str]:
    tokens = tokenize(text)
    assert len(tokens) == len(labels), [t.text for t in tokens]
    return list(repair(text, tokens, tuple(labels), ()))


def families(text: str) -> list[str]:
    return [a.family for a in split_names(text).authors]


@pytest.mark.parametrize(("text", "expected"), [
    ("WANG X, KIM J H, BAZZI M", ["WANG", "KIM", "BAZZI"]),
    ("LE MOAL E., PIALOUX V.", ["LE MOAL", "PIALOUX"]),
    ("WALASEK M. A., VAN OS R. et DE HAAN G.", ["WALASEK", "VAN OS", "DE HAAN"]),
    ("DEL BANO, M.J., CASTILLO, J. and GARCIA, O.B.", ["DEL BANO", "CASTILLO", "GARCIA"]),
    ("J. SMITH, A. B. JONES", ["SMITH", "JONES"]),  # initials first: unchanged
    ("SMITH JA", ["SMITH"]),
])
def test_family_names_in_capitals(text: str, expected: list[str]) -> None:
    assert families(text) == expected


@pytest.mark.parametrize(("text", "count"), [
    ("Wang X, Kim JH, 等", 2), ("Dimri G.P., Lee X., и др.", 2), ("Ito K, Hirao A, vd.", 2),
    ("Shin, H. u. a", 1), ("Alexandrov, L. B., S. Nik-Zainal, o.fl.", 2),
    ("Larhammar, M. et alii", 1),
    ("KAYA A. v.dğr.", 1), ("Yılmaz, C., Demir, E. v.dğr.", 2),  # Turkish "ve diğerleri"
])
def test_et_al_in_other_languages(text: str, count: int) -> None:
    names = split_names(text)
    assert names.et_al
    assert len(names.authors) == count


def test_et_al_and_its_stop_end_the_author_list() -> None:
    text = "Shrivastava R et al. Crocus sativus L.: a review."
    labels = ["author"] * 9 + ["title"] * 4
    assert relabel(text, labels)[5:] == ["title"] * 8


def test_et_al_before_the_year_stays_in_the_list() -> None:
    text = "Smith J et al. (2010) A review."
    labels = ["author"] * 5 + ["date"] * 3 + ["title"] * 3
    assert relabel(text, labels) == labels


def test_chinese_document_code_closes_the_title() -> None:
    text = "Li M. Data mining[J]. Computer Journal, 2010, 33(5): 1-10."
    tokens = [t.text for t in tokenize(text)]
    assert tokens[3:11] == ["Data", "mining", "[", "J", "]", ".", "Computer", "Journal"]
    labels = ["author"] * 3 + ["title"] * 9 + ["date"] * 2 + ["volume"] * 5 + ["pages"] * 4
    fixed = relabel(text, labels)
    assert fixed[3:5] == ["title", "title"]
    assert fixed[5:8] == ["note"] * 3
    assert fixed[9:11] == ["container"] * 2


@pytest.mark.parametrize(("fields", "expected"), [
    ({"volume": "44, 1", "pages": "50–59"}, {"volume": "44", "issue": "1"}),
    ({"volume": "41, nᵒ 6", "pages": "1621‑1630"}, {"volume": "41", "issue": "6"}),
    ({"volume": "43, nos.", "issue": "1/2", "pages": "29–45"}, {"volume": "43", "issue": "1/2"}),
    ({"volume": "54.5062–5069"}, {"volume": "54", "pages": "5062-5069"}),
    ({"volume": "44, 1"}, {"volume": "44, 1"}),  # no pages apart: the 1 may be a page
    ({"pages": "14～19"}, {"pages": "14-19"}),
])
def test_volume_issue_and_pages(fields: dict[str, str], expected: dict[str, str]) -> None:
    tidied = tidy_numbers(fields)
    assert {k: tidied.get(k) for k in expected} == expected


def test_journal_run_on_into_numbers_ends_there() -> None:
    text = "Title // Jpn J Bot. 1954. T. 14. C. 304–324."
    tokens = [t.text for t in tokenize(text)]
    labels = ["title", "title"] + ["container"] * 13 + ["pages"] * 4
    assert len(tokens) == len(labels), tokens
    fixed = relabel(text, labels)
    assert fixed[tokens.index("1954")] == "date"
    assert fixed[tokens.index("14")] == "volume"
    assert fixed[tokens.index("Bot")] == "container"


def test_an_ordinal_keeps_the_proceedings_whole() -> None:
    text = "Title, in Proc. 34th Int. Cosmic Ray Conference, 2015"
    tokens = tokenize(text)
    labels = ["title", "title"] + ["container"] * (len(tokens) - 4) + ["date", "date"]
    labels[-1] = "date"
    fixed = relabel(text, labels)
    assert "volume" not in fixed


@pytest.mark.parametrize(("text", "volume"), [
    ("Title. Neuron, 80.", True),
    ("Title. Signaling 2017;28.", True),
    ("Title. Rome: FAO: 513.", False),  # a book's page count
    ("Title. MedR 2003, 77.", False),  # law: year and page
    ("Title. Nature, p. 80.", False),
])
def test_lone_number_closing_a_journal_is_its_volume(text: str, volume: bool) -> None:
    tokens = [t.text for t in tokenize(text)]
    labels = ["title", "title"] + ["container"] * (len(tokens) - 4) + ["pages", "pages"]
    year = next((i for i, t in enumerate(tokens) if t in ("2017", "2003")), 0)
    if year:
        labels[year] = labels[year + 1] = "date"
    fixed = relabel(text, labels)
    assert (fixed[-2] == "volume") is volume


@pytest.mark.parametrize(("fields", "expected"), [
    ({"volume": "40, str. 109–124"}, {"volume": "40", "pages": "109-124"}),
    ({"volume": "22.4", "pages": "273–377"}, {"volume": "22", "issue": "4"}),
])
def test_pages_and_issue_run_into_the_volume(fields: dict[str, str],
                                             expected: dict[str, str]) -> None:
    tidied = tidy_numbers(fields)
    assert {k: tidied.get(k) for k in expected} == expected


def test_numbers_after_a_page_cue_are_the_pages() -> None:
    text = "Title, Journal, 2007, p. 16769-16774."
    labels = ["title", "title", "container", "container", "date", "date", "pages", "pages",
              "note", "note", "note", "note"]
    assert relabel(text, labels)[6:11] == ["pages"] * 5


def test_non_breaking_hyphen_in_a_page_range() -> None:
    from claimcheck.parse import parse_string

    ref = parse_string("Duncan, W. G., « A model for photosynthesis », Hilgardia, 38, 1967, "
                       "p. 181\u2011205.")
    assert ref.pages == "181-205"
    named = parse_string("Klein\u2010Marcuschamer, D. (2015). Fuels. AIChE J, 61, 2689–701.")
    assert named.authors[0].family == "Klein\u2010Marcuschamer"  # only between digits


@pytest.mark.parametrize(("tail", "expected"), [
    ("2005. Т. 53. С. 2297–2306.", {"volume": "53", "pages": "2297-2306"}),  # Russian (GOST)
    ("2010, 巻 90, 号 8, ページ. 1210–1217.", {"volume": "90", "issue": "8",
                                              "pages": "1210-1217"}),  # Japanese
    ("2013. № 1. C. 5–19.", {"issue": "1", "pages": "5-19"}),
])
def test_cued_numbers(tail: str, expected: dict[str, str]) -> None:
    from claimcheck.parse import parse_string

    ref = parse_string(f"Adom K., Liu R. H. Phytochemicals of wheat // J Agric Food Chem. {tail}")
    assert {k: getattr(ref, k) for k in expected} == expected


def test_turkish_volume_cue_before_one_number_is_left_alone() -> None:
    text = "Title, Journal, C. 65, 2003."
    labels = ["title", "title", "container", "container", "volume", "volume", "volume",
              "volume", "date", "date"]
    assert relabel(text, labels)[4:7] == ["volume"] * 3


def test_journal_initial_after_an_initials_first_list() -> None:
    text = "C. K. CHANG. J. Am. Chem. Soc. 99"
    labels = ["author"] * 8 + ["container"] * 6 + ["volume"]
    assert relabel(text, labels)[6:8] == ["container", "container"]


def test_springer_colon_after_initials_ends_the_list() -> None:
    text = "Takahashi, Y., Umezawa, H.: Coll. Phenomena 2"
    labels = ["author"] * 12 + ["container", "volume"]
    fixed = relabel(text, labels)
    assert fixed[:10] == ["author"] * 10
    assert fixed[10:13] == ["container"] * 3


def test_et_al_and_comma_end_the_list() -> None:
    text = "Grau, et al., N. Engl. J. Med. 320"
    labels = ["author"] * 10 + ["container"] * 4 + ["volume"]
    fixed = relabel(text, labels)
    assert fixed[:6] == ["author"] * 6
    assert fixed[6:8] == ["container"] * 2


def test_a_quote_that_opens_the_title_does_not_end_it() -> None:
    text = "Smith J (2005) “Rapid-impact interventions”: how a policy helps. PLOS Med 2"
    tokens = [t.text for t in tokenize(text)]
    start = tokens.index("“")
    labels = ["author"] * 2 + ["date"] * 3 + ["title"] * (len(tokens) - 9) + ["container"] * 3 \
        + ["volume"]
    fixed = relabel(text, labels)
    assert fixed[tokens.index("how")] == "title"
    assert fixed[start + 1] == "title"


def test_a_quoted_title_still_ends_before_in() -> None:
    text = 'Merton R (2004): "Afterword" in Merton R, The Travels of Serendipity.'
    tokens = [t.text for t in tokenize(text)]
    labels = ["author"] * 2 + ["date"] * 4 + ["title"] * (len(tokens) - 6)
    fixed = relabel(text, labels)
    assert fixed[tokens.index("in")] != "title"


def test_in_colon_opens_the_book_after_vancouver_editors() -> None:
    text = "Bellwood DR (2002) The history of fishes In: Sale PF. Coral reef fishes in a system."
    tokens = [t.text for t in tokenize(text)]
    labels = ["author"] * 2 + ["date"] * 3 + ["title"] * (len(tokens) - 5)
    fixed = relabel(text, labels)
    assert fixed[tokens.index("fishes")] == "title"
    assert fixed[tokens.index("Sale")] == "editor"
    assert fixed[tokens.index("Coral"):tokens.index("system") + 1] == ["container"] * 6


def test_french_capitals_list_with_stops() -> None:
    text = "ROUSSILLON, René. CHABERT, Catherine. Manuel de psychologie."
    tokens = [t.text for t in tokenize(text)]
    labels = ["author"] * 8 + ["title"] * (len(tokens) - 8)
    fixed = relabel(text, labels)
    assert fixed[tokens.index("CHABERT")] == "author"
    assert families("ROUSSILLON, René. CHABERT, Catherine. CICCONE, Albert") == [
        "ROUSSILLON", "CHABERT", "CICCONE"]


def test_year_run_on_from_a_title_word_belongs_to_the_title() -> None:
    text = "Herder, J. Journal meiner Reise im Jahre 1769. In Sturm. Leipzig, 1972."
    tokens = [t.text for t in tokenize(text)]
    year = tokens.index("1769")
    labels = ["author"] * 4 + ["title"] * (year - 4) + ["date", "date"] + ["container"] * 3 \
        + ["location", "location", "date", "date"]
    assert len(labels) == len(tokens)
    assert relabel(text, labels)[year] == "title"
    single = labels[:year + 2]  # no later year: it stays the date
    assert relabel(" ".join(tokens[:year + 2]), single)[year] == "date"


@pytest.mark.parametrize(("text", "container", "title"), [
    ("M. MOMENTEAU et E. BISAGNI. J. Chem. Soc. Perkin Trans. 1, 189 (1983);",
     "J. Chem. Soc. Perkin Trans. 1", ""),  # a number alone closing the journal is its own
    ("Wilhelm MP. Vancomycin. Mayo Clin Proc 1991; 66:1165-1170.", "Mayo Clin Proc",
     "Vancomycin"),  # a one-word title is not taken for an abbreviation
])
def test_guards_of_the_container_rules(text: str, container: str, title: str) -> None:
    from claimcheck.parse import parse_string

    ref = parse_string(text)
    assert (ref.container, ref.title) == (container, title)


def test_initials_of_the_last_author_stay_with_the_author() -> None:
    text = "P.F. Smith and J.D. Lewin. Phys. Rep. 187"
    labels = ["author"] * 8 + ["container"] * 8 + ["volume"]
    fixed = relabel(text, labels)
    assert fixed[6:9] == ["author"] * 3  # "J. D" are no journal's "J."


def test_latin_c_with_numbers_but_no_range_is_no_page_cue() -> None:
    text = "Le Roy, Annales E.S.C. 38 1983 1392-1410."
    tokens = [t.text for t in tokenize(text)]
    labels = ["author"] * 4 + ["container"] * 6 + ["volume", "date", "pages", "pages", "pages",
                                                    "pages"]
    assert len(labels) == len(tokens), tokens
    assert relabel(text, labels)[tokens.index("C")] == "container"


@pytest.mark.parametrize(("text", "book"), [
    ("Rice SO (1954) Mathematical analysis of random noise. In: Wax N, editor, Selected papers "
     "on noise and stochastic processes, Dover Publications, New York. pp. 133-294.",
     "Selected papers on noise and stochastic processes"),
    ("Park IM (2013) Spectral methods. In: Burges C, Bottou L, editors, Advances in Neural "
     "Information Processing Systems 26, Curran Associates, Inc. pp. 2454-2462.",
     "Advances in Neural Information Processing Systems 26"),
    ("Clark, K. L., Negation as Failure, in: H. Gallaire and J. Minker (eds.), Logic and Data "
     "Bases, Plenum Press, New York, 1978.", "Logic and Data Bases"),
    ("Smith J. In: Jones K, editor, Freedom of the Press in Europe. Oxford: Hart. pp. 1-9.",
     "Freedom of the Press in Europe"),
])
def test_a_chapters_book_ends_before_its_publisher(text: str, book: str) -> None:
    assert chapter_parts(text).book == book


def test_a_page_cue_after_the_editors_is_no_book() -> None:
    text = ("Haiman Z., 2013, in Astrophysics Library, Vol. 396, The First Galaxies, "
            "Wiklind T., Mobasher B., eds., p. 293")
    assert chapter_parts(text).book != "p"


def test_authors_after_a_quoted_title_end_it() -> None:
    text = '"Influence of Body Hair Removal," by R.L. Sharp and D.L. Costill, Med Sci 21, 5'
    tokens = tokenize(text)
    quote_end = [t.text for t in tokens].index("by")
    labels = ["O"] + ["title"] * (len(tokens) - 5 - 1) + ["container", "container", "volume",
                                                           "volume", "pages"]
    out = relabel(text, labels)
    assert "title" not in out[quote_end:]


def test_a_range_before_a_month_is_a_meetings_days() -> None:
    text = "Acts of the meeting (Urbino 21-25 luglio 1980), Roma 1985"
    labels = ["container"] * 6 + ["pages"] * 3 + ["date"] * 6
    assert relabel(text, labels)[6:9] == ["date"] * 3
    # a page range closing its run with a comma before the month stays the pages
    text = "Proc. ISLPED, pages 273-275, Aug. 1999"
    labels = ["container"] * 4 + ["pages"] * 5 + ["date"] * 3
    assert relabel(text, labels)[5:8] == ["pages"] * 3
    # a comma before the days changes nothing
    text = "Meeting (Urbino, 21-25 luglio 1980)"
    labels = ["container"] * 4 + ["pages"] * 3 + ["date"] * 3
    assert relabel(text, labels)[4:7] == ["date"] * 3
    # a journal's pages after its volume, or numbers that cannot be days, stay the pages
    text = "J Biol Chem 12, 12-15 May 2001"
    labels = ["container"] * 3 + ["volume", "O"] + ["pages"] * 3 + ["date"] * 2
    assert relabel(text, labels)[5:8] == ["pages"] * 3
    text = "Stud Hist 5, 301-320 May 1999"
    labels = ["container"] * 2 + ["volume", "O"] + ["pages"] * 3 + ["date"] * 2
    assert relabel(text, labels)[4:7] == ["pages"] * 3


def test_a_range_after_a_page_cue_beats_one_without() -> None:
    text = "The Iliad. Vol. III: books 9-12, Cambridge 1993, pp. 1-31."
    labels = (["title"] * 3 + ["volume"] * 4 + ["pages"] * 5 + ["location", "date", "date"]
              + ["pages"] * 6)
    out = relabel(text, labels)
    assert out[7:12] == ["note"] * 5 and out[17:20] == ["pages"] * 3
    # a single cited page after the pages ("p. 40") takes nothing from them
    text = "New J. Phys. 7, 204 (2005). See Section 2, pp. 9-15."
    labels = (["container"] * 5 + ["volume"] * 2 + ["pages"] + ["date"] * 4
              + ["note"] * 4 + ["pages"] * 6)
    assert relabel(text, labels)[7] == "pages"
    text = "Nature 12, 34-56 (2001), p. 40."
    labels = ["container", "volume", "volume"] + ["pages"] * 3 + ["date"] * 4 + ["pages"] * 4
    assert relabel(text, labels)[3:6] == ["pages"] * 3
    # a journal's pages after its date keep their label: the cued range is an erratum's
    text = "J. Biol. 12 (2001) 100-110; Erratum ibid. pp. 9-15"
    labels = (["container"] * 4 + ["volume"] + ["date"] * 3 + ["pages"] * 3 + ["note"] * 4
              + ["pages"] * 5)
    assert relabel(text, labels)[8:11] == ["pages"] * 3
