"""Finding callouts: author-year and numeric forms, and things that only look like them."""

from __future__ import annotations

import unicodedata

import pytest

from claimcheck.citations.authoryear import find_author_year
from claimcheck.citations.names import name_keys
from claimcheck.citations.numeric import find_numeric


def author_year(text: str, known: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
    return [
        (c.text, *c.names, "et al" if c.et_al else "", c.year + c.year_suffix)
        for c in find_author_year(text, known)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("effects (Berman et al., 2000).", [("Berman et al., 2000", "Berman", "et al", "2000")]),
        ("first described by Corssen and Domino (1965), who",
         [("Corssen and Domino (1965)", "Corssen", "Domino", "", "1965")]),
        ("(Kapur and Seeman, 2002)", [("Kapur and Seeman, 2002", "Kapur", "Seeman", "", "2002")]),
        ("(Zarate et al., 2006a)", [("Zarate et al., 2006a", "Zarate", "et al", "2006a")]),
        ("(e.g., Stefanis et al., 1982)", [("Stefanis et al., 1982", "Stefanis", "et al", "1982")]),
        ("(reviewed in Skolnick et al., 1996)",
         [("Skolnick et al., 1996", "Skolnick", "et al", "1996")]),
        ("(World Health Organization [WHO], 2019)",
         [("World Health Organization [WHO], 2019", "World Health Organization [WHO]", "",
           "2019")]),
        ("as aan het Rot et al., 2010 showed",
         [("aan het Rot et al., 2010", "aan het Rot", "et al", "2010")]),
        ("(López-Gil et al., 2019)", [("López-Gil et al., 2019", "López-Gil", "et al", "2019")]),
        ("as Smith & Jones 2001 argue", [("Smith & Jones 2001", "Smith", "Jones", "", "2001")]),
        ("(Smith 2001: 45)", [("Smith 2001", "Smith", "", "2001")]),
        ("(Smith, 2001, p. 12)", [("Smith, 2001", "Smith", "", "2001")]),
        ("(deVerteuil and Lehmann, 1958)",
         [("deVerteuil and Lehmann, 1958", "deVerteuil", "Lehmann", "", "1958")]),
        ("(L'honoré et al., 2014)", [("L'honoré et al., 2014", "L'honoré", "et al", "2014")]),
        ("Smith, Jones, and Lee (2001)",
         [("Smith, Jones, and Lee (2001)", "Smith", "Jones", "Lee", "", "2001")]),
        ("(Bates et al., in press)", [("Bates et al., in press", "Bates", "et al", "in press")]),
    ],
)
def test_author_year_forms(text: str, expected: list[tuple[str, ...]]) -> None:
    assert author_year(text) == expected


def test_shared_author_year_lists_expand() -> None:
    found = author_year("(Murrough et al., 2013a,b; Paul et al., 1993, 1994)")
    assert found == [
        ("Murrough et al., 2013a", "Murrough", "et al", "2013a"),
        ("b", "Murrough", "et al", "2013b"),
        ("Paul et al., 1993", "Paul", "et al", "1993"),
        ("1994", "Paul", "et al", "1994"),
    ]


def test_group_is_the_parenthesis() -> None:
    text = "(Carlsson et al., 1966, 1968; Fuxe and Ungerstedt, 1968) and Polis et al. (2019)"
    callouts = find_author_year(text, frozenset())
    assert [c.group for c in callouts] == [1, 1, 1, 2]
    assert [c.year for c in callouts] == ["1966", "1968", "1968", "2019"]


def test_leading_non_citation_in_parenthesis_is_skipped() -> None:
    found = author_year("(TRD; Diazgranados et al., 2010; Figure 1B; Fava et al., 2020)")
    assert [f[0] for f in found] == ["Diazgranados et al., 2010", "Fava et al., 2020"]


def test_sentence_openers_are_not_authors() -> None:
    found = author_year("However, Smith and Jones (2001) disagree.")
    assert found == [("Smith and Jones (2001)", "Smith", "Jones", "", "2001")]


@pytest.mark.parametrize(
    "text",
    [
        "Ketamine, synthesized in 1962 by the team, burst on the scene in 2000.",
        "Since 2004 the rate rose; In 1987, a study found. Table 2019 shows.",
        "The WHO 2019 list and the 1990s saw change (since 2010).",
        "Colla M, Scheerer H, Weidt S, Seifritz E and Kronenberg G (2021) Novel Insights",
        "serotonin 5-HT2 receptors and 0.5 mg/kg doses in 2019-nCoV",
    ],
)
def test_years_in_prose_are_not_callouts(text: str) -> None:
    assert author_year(text) == []


def test_single_unknown_name_needs_parenthesis_or_list() -> None:
    assert author_year("In Brazil 2010 was dry.") == []
    assert author_year("In Mion 2017 it is told.", frozenset({"mion"}))[0][0] == "Mion 2017"


def test_cyrillic_names_joined_by_i() -> None:
    assert author_year("подтверждено (Иванов и Петров, 2019).") == [
        ("Иванов и Петров, 2019", "Иванов", "Петров", "", "2019")
    ]
    assert author_year("(Иванов и др., 2019)") == [
        ("Иванов и др., 2019", "Иванов", "et al", "2019")
    ]


def test_other_languages_conjunctions() -> None:
    assert author_year("(Müller und Schmidt, 2017; Dupont et Durand, 2018)") == [
        ("Müller und Schmidt, 2017", "Müller", "Schmidt", "", "2017"),
        ("Dupont et Durand, 2018", "Dupont", "Durand", "", "2018"),
    ]


def test_double_surname_with_y_stays_whole_when_the_list_has_it() -> None:
    assert author_year("(Ramón y Cajal, 1909)", name_keys("Ramón y Cajal")) == [
        ("Ramón y Cajal, 1909", "Ramón y Cajal", "", "1909")
    ]
    assert author_year("(García y López, 2010)", name_keys("García")) == [
        ("García y López, 2010", "García", "López", "", "2010")
    ]


def test_cjk_name_with_full_width_punctuation() -> None:
    known = name_keys("山田")
    assert author_year("効果がある（山田，2020）。", known) == [("山田，2020", "山田", "", "2020")]
    found = find_author_year("効果がある（山田，2020；田中，2019）。", known | name_keys("田中"))
    assert [(c.text, c.group) for c in found] == [("山田，2020", 1), ("田中，2019", 1)]


def test_cjk_narrative_name_is_the_known_tail_of_the_run() -> None:
    found = author_year("によれば山田（2020）は", name_keys("山田"))
    assert found == [("山田（2020）", "山田", "", "2020")]


def test_arabic_and_hebrew_names() -> None:
    assert author_year("كما ذكر (الأحمد, 2018)", name_keys("الأحمد")) == [
        ("الأحمد, 2018", "الأحمد", "", "2018")
    ]
    arabic_comma = author_year("(الأحمد، 2018)", name_keys("الأحمد"))
    assert arabic_comma == [("الأحمد، 2018", "الأحمد", "", "2018")]
    assert author_year("(כהן, 2015)", name_keys("כהן")) == [("כהן, 2015", "כהן", "", "2015")]


def test_nfd_and_joiners_stay_inside_the_name() -> None:
    nfd = unicodedata.normalize("NFD", "(Müller, 2017)")
    assert author_year(nfd) == [(nfd[1:-1], "Müller", "", "2017")]  # the name in NFC
    assert author_year("(Zoë\u200dSmith, 2016)", name_keys("Zoë Smith")) == [
        ("Zoë\u200dSmith, 2016", "Zoë\u200dSmith", "", "2016")
    ]
    assert name_keys(unicodedata.normalize("NFD", "Müller")) == name_keys("Müller")
    assert name_keys("Иванов") == {"иванов", "ivanov"}  # and as English texts print it


@pytest.mark.parametrize(
    "text",
    [
        "这项研究（2020）表明效果显著。",  # "this study (2020) shows": no listed name
        "効果がある（研究，2020）。",
        "نشرت الدراسة (2018) نتائج مهمة",  # "the study (2018) published results"
        "В 2019 году (В 2019 году) исследование показало. Исследование 2019 года.",
        "Иванов ИИ, Петров ПП (2021) Быстрое действие",  # the article's own byline
    ],
)
def test_years_in_non_latin_prose_are_not_callouts(text: str) -> None:
    known = name_keys("山田") | name_keys("الأحمد") | name_keys("Иванов")
    assert author_year(text, known) == []


def numbers(text: str, count: int = 50) -> list[tuple[str, int, int]]:
    return [(c.text, c.number, c.group) for c in find_numeric(text, count)]


def test_bracket_lists_and_ranges_expand() -> None:
    assert numbers("shown [12] and [3, 5-7].") == [
        ("12", 12, 1), ("3", 3, 2), ("5", 5, 2), ("5-7", 6, 2), ("7", 7, 2),
    ]


def test_bracket_chains_are_one_group() -> None:
    assert numbers("known [3]–[5], [9] here") == [
        ("3", 3, 1), ("[3]–[5]", 4, 1), ("5", 5, 1), ("9", 9, 1),
    ]


def test_parenthesised_numbers_when_that_is_the_style() -> None:
    found = numbers("as seen (12). Others (3, 4) and (5–7) agree.")
    assert [n for _, n, _ in found] == [12, 3, 4, 5, 6, 7]


def test_superscripts_follow_first_citation_order() -> None:
    text = (
        "Ketamine acts fast in mice.1,2 It lasts days3 and CO2 levels of 5-HT2 rise.4-6 End. "
        "The p53 and Ki67 levels of miR21 and 5 mm2 grids rose7."
    )
    assert [n for _, n, _ in numbers(text)] == [1, 2, 3, 4, 5, 6, 7]


def test_numeric_non_callouts() -> None:
    text = "Table 1 lists 0.5 mg doses [in 2019] and 5-HT2 receptors (n = 12) [3H]-MK801."
    assert numbers(text) == []


def test_numbers_beyond_the_list_are_not_callouts() -> None:
    assert numbers("in [1999] and [250]", count=40) == []
