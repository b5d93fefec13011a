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
