"""Session 19's name-list rules: Persian and Arabic lists ("،" between names, "و" before the
last), Slovenian "in" after a comma, names in capitals whose family name is as short as
initials ("WU C.F.", "SU Y L", "TU JV" among "BOOTH GL"), three family names alone with no
conjunction ("Koch, Reichling, Schneele 2008"), and look-alikes these rules must leave."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.names import split_names


def _names(text: str) -> list[tuple[str, str]]:
    return [(a.family, a.given) for a in split_names(text).authors]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Persian and Arabic commas and "and"
        ("Thummel، C. S.، A. M. Boulet، و H. D. Lipshitz",
         [("Thummel", "C. S."), ("Boulet", "A. M."), ("Lipshitz", "H. D.")]),
        ("Baldocchi، D.، و S. Collineau", [("Baldocchi", "D."), ("Collineau", "S.")]),
        # Slovenian "in" after the comma of inverted initials
        ("Lin, D.M., in Goodman, C.S.", [("Lin", "D.M."), ("Goodman", "C.S.")]),
        ("Kumar, V., in Shukla, Y.M.", [("Kumar", "V."), ("Shukla", "Y.M.")]),
        # capitals: the dotted or single-letter words are the initials
        ("STEWART B.A., WANG J., WU C.F.",
         [("STEWART", "B.A."), ("WANG", "J."), ("WU", "C.F.")]),
        ("ZHU Y., MURALI S., LI X., SUK J. W.",
         [("ZHU", "Y."), ("MURALI", "S."), ("LI", "X."), ("SUK", "J. W.")]),
        ("YUAN L, JI T F, WANG A G, & SU Y L",
         [("YUAN", "L"), ("JI", "T F"), ("WANG", "A G"), ("SU", "Y L")]),
        # capitals: two short words read as the list's other names are printed
        ("BOOTH GL, KAPRAL MK, FUNG K, TU JV",
         [("BOOTH", "GL"), ("KAPRAL", "MK"), ("FUNG", "K"), ("TU", "JV")]),
        ("IM AR, HAN L, KIM ER, PARK Y",
         [("IM", "AR"), ("HAN", "L"), ("KIM", "ER"), ("PARK", "Y")]),
        # three family names alone, no conjunction
        ("Koch, Reichling, Schneele", [("Koch", ""), ("Reichling", ""), ("Schneele", "")]),
    ],
)
def test_session19_lists(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # initials first, in capitals: the single letters open the name
        ("J T LI, A B WANG", [("LI", "J T"), ("WANG", "A B")]),
        ("J. LI, X. WU", [("LI", "J."), ("WU", "X.")]),
        # a list printed initials first keeps "JV TU" as given and family
        ("GL BOOTH, MK KAPRAL, JV TU", [("BOOTH", "GL"), ("KAPRAL", "MK"), ("TU", "JV")]),
        # a couple sharing one family name, joined by "and"
        ("Curie, Pierre and Marie", [("Curie", "Pierre"), ("Marie", "")]),
        # Slovenian "in" only before a name: not before a lower-case word
        ("Novak, J., in drugi", [("Novak", "J.")]),
        # "Smith, John" stays one inverted name
        ("Smith, John", [("Smith", "John")]),
    ],
)
def test_session19_look_alikes(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Human Microbiome Project Consortium. (2012). Structure, function and diversity of "
         "the healthy human microbiome. Nature, 486, 207-214.",
         "Human Microbiome Project Consortium"),
        ("American Diabetes Association; (2004) Physical activity/exercise and diabetes. "
         "Diabetes Care 27(90001), S58–S62.", "American Diabetes Association"),
        ("World Bank (2016) World Development Report 2016: Digital Dividends. Washington, DC: "
         "World Bank.", "World Bank"),
    ],
)
def test_organisation_before_the_date(text: str, author: str) -> None:
    """An organisation opening an author-date entry is its author, not a publisher."""
    authors = parse_string(text).authors
    assert [(a.family, a.literal) for a in authors] == [(author, True)]


def test_publisher_after_the_title_stays() -> None:
    ref = parse_string("Smith, J. (2010). A history of banking. Oxford: Oxford University "
                       "Press.")
    assert [a.family for a in ref.authors] == ["Smith"]
    assert ref.publisher == "Oxford University Press"


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("City of Mississauga", True),
        ("Government of Romania", True),
        ("United States Marine Corps (USMC)", True),
        ("J. Smith", False),
        ("Ludwig van Beethoven", False),
        ("A. of Smith", False),
    ],
)
def test_bodies_without_an_organisation_word(text: str, literal: bool) -> None:
    assert [a.literal for a in split_names(text).authors] == [literal]


def test_three_names_with_a_suffix_or_five_stay_paired() -> None:
    assert _names("Hershey, Robert, Jr.")[0] == ("Hershey", "Robert")
    assert _names("Bernardi, Laura, Keim, Sylvia, Lippe")[0] == ("Bernardi", "Laura")


def test_a_firm_and_its_legal_form_are_one_name() -> None:
    authors = split_names("AECOM Technical Services, Inc. (AECOM)").authors
    assert [(a.family, a.literal) for a in authors] == [("AECOM Technical Services Inc. (AECOM)",
                                                         True)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a list that prints given names as initials: the words after them are the family's
        ("Kaplan, A., Z. Yuan, J.D. Benck, A. Govind Rajan, and M.S. Strano",
         [("Kaplan", "A."), ("Yuan", "Z."), ("Benck", "J.D."), ("Govind Rajan", "A."),
          ("Strano", "M.S.")]),
        ("Wang, Y., D. Simar, and M. A. Fiatarone Singh",
         [("Wang", "Y."), ("Simar", "D."), ("Fiatarone Singh", "M. A.")]),
        ("G. Avital, I. Zhidkov, J. Tuval Feder, and D. Mishmar",
         [("Avital", "G."), ("Zhidkov", "I."), ("Tuval Feder", "J."), ("Mishmar", "D.")]),
    ],
)
def test_initialised_lists_keep_whole_family_names(text: str,
                                                   names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a suffix is no family word; a name alone has no list to learn from
        ("J. Smith, K. Jones, A. B. Brown Jr.", ("Brown", "A. B.")),
        ("A. Govind Rajan", ("Rajan", "A. Govind")),
        # a list printing given names whole
        ("John Smith, Karen Jones, and Mary Ann Brown", ("Brown", "Mary Ann")),
    ],
)
def test_names_outside_the_habit(text: str, last: tuple[str, str]) -> None:
    assert _names(text)[-1] == last


@pytest.mark.parametrize(
    ("text", "families", "et_al"),
    [
        ("Rieder H. E., Fiore A. M., Horowitz L. W., Naik V., contributor",
         ["Rieder", "Fiore", "Horowitz", "Naik"], False),
        ("Min, K., and Coauthors", ["Min"], True),
        ("Marra P.P., Cohen E.B., Loss S.R., Rutter J.E., Tonra C.M. -",
         ["Marra", "Cohen", "Loss", "Rutter", "Tonra"], False),
        # a family name that is the role word, and a double-barrelled name with a hyphen
        ("Contributor, J. and Smith, K.", ["Contributor", "Smith"], False),
        ("Smith-Jones, A.", ["Smith-Jones"], False),
    ],
)
def test_words_after_the_list(text: str, families: list[str], et_al: bool) -> None:
    names = split_names(text)
    assert ([a.family for a in names.authors], names.et_al) == (families, et_al)


def test_one_initialised_name_shows_the_habit() -> None:
    assert _names("Hartman, K. A. and L. Bowering Mullen")[-1] == ("Bowering Mullen", "L.")


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # a family name of two words in capitals before the comma of its initials
        ("MCDERMOTT LONG, O., WARREN, R., PRICE, J.", ["MCDERMOTT LONG", "WARREN", "PRICE"]),
        # two names run together with no comma between, each its initials with stops
        ("Zewdie Y. Tong N. & Bosland P.", ["Zewdie", "Tong", "Bosland"]),
        ("Upadhyaya H.D. Bramel P.J. & Singh S.", ["Upadhyaya", "Bramel", "Singh"]),
        # one name with a middle initial, and a suffix, stay one
        ("Russell M. Taylor II, Smith J.", ["Taylor", "Smith"]),
        ("Mary J. Blige and John A. Smith", ["Blige", "Smith"]),
    ],
)
def test_capitals_and_names_run_together(text: str, families: list[str]) -> None:
    assert [a.family for a in split_names(text).authors] == families


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # "Bank" and "Corps" are family names too: persons where initials, commas or a
        # conjunction show a list of them
        ("Seth R. Bank and Mark A. Wistey", ["Bank", "Wistey"]),
        ("Andrew Corps and Graham Riley", ["Corps", "Riley"]),
        ("Shelley Bank, Jane Doe, and Mark Roe", ["Bank", "Doe", "Roe"]),
        ("Bank, S. R., & Wistey, M. A.", ["Bank", "Wistey"]),
    ],
)
def test_bank_and_corps_as_family_names(text: str, families: list[str]) -> None:
    authors = split_names(text).authors
    assert [(a.family, a.literal) for a in authors] == [(f, False) for f in families]


@pytest.mark.parametrize(
    "text", ["World Bank", "Asian Development Bank", "Peace Corps", "European Central Bank"])
def test_bank_and_corps_bodies(text: str) -> None:
    assert [(a.family, a.literal) for a in split_names(text).authors] == [(text, True)]


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # a full stop closes a bibliography's list: the second part is the first's given name
        ("Smith, John, Jones. 2005. The economics of trust. Journal of Economic Behavior "
         "12: 1-20.", ["Smith", "Jones"]),
    ],
)
def test_three_parts_closed_by_a_stop(text: str, families: list[str]) -> None:
    assert [a.family for a in parse_string(text).authors] == families


@pytest.mark.parametrize("text", ["Scott, Walter, Sir", "Tennyson, Alfred, Baron"])
def test_a_rank_after_the_given_name(text: str) -> None:
    """A rank closing an inverted name is no name: neither its given name nor the rank is a
    family name of its own."""
    family, given = text.split(", ")[:2]
    assert _names(text) == [(family, given)]
    assert _names(text + ".") == [(family, given)]


def test_a_family_name_like_a_rank_keeps_its_given_name() -> None:
    assert _names("Rutter, M., Lord, C.") == [("Rutter", "M."), ("Lord", "C.")]
    assert _names("Rutter, M., Lord") == [("Rutter", "M."), ("Lord", "")]
