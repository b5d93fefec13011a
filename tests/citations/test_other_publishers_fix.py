"""Author-year callouts in other publishers' forms after review (issue 14, session 12,
fixcite7): a listed or unlisted person's year slip before words is still reported, the
comma form needs the list's own pair of authors, a name as printed beats its Latin spelling,
Han family prefixes only for Japanese entries, and a month is no dated transliteration."""

from __future__ import annotations

from claimcheck.citations import extract_claims
from claimcheck.model import Reference

from .conftest import links, ref


def _rules(text: str, refs: tuple[Reference, ...]) -> list[str]:
    return sorted(f.rule for f in extract_claims(text, refs).findings
                  if f.rule.startswith("citation"))


def test_a_listed_persons_year_before_words_is_a_slip() -> None:
    refs = (ref("a", 1, "Okafor", "2016"),)
    text = "As Okafor (2017 preprint) argued, soils recover. More text follows.\n\n"
    assert links(text, refs) == {"Okafor (2017": ("a",)}
    assert _rules(text, refs) == ["citation-mismatch"]


def test_an_unlisted_persons_year_before_words_is_reported() -> None:
    refs = (ref("a", 1, "Okafor", "2016"),)
    text = "As Lindqvist (2011 thesis) argued, soils recover. More text follows.\n\n"
    assert _rules(text, refs) == ["citation-unresolved"]


def test_a_bodys_year_before_words_across_a_line_break_is_no_callout() -> None:
    refs = (ref("a", 1, "Eurostat", "2018"),)
    text = "Rates agree with the Eurostat (2020\nestimates) for Asia. More text.\n\n"
    assert links(text, refs) == {}
    assert _rules(text, refs) == []


def test_the_comma_form_needs_the_lists_pair_of_authors() -> None:
    refs = (ref("a", 1, "Lagos", "2012"), ref("b", 2, "Okafor|Mensah|Bello", "2012"))
    # Lagos is listed but Okafor's co-author is Mensah: the callout is Okafor's
    assert links("In Lagos, Okafor, et al. (2012) counted wells. More text.\n\n", refs) \
        == {"Okafor, et al. (2012)": ("b",)}
    assert links("Wells fell. Okafor, Mensah, et al. (2012) counted them. More text.\n\n",
                 refs) == {"Okafor, Mensah, et al. (2012)": ("b",)}


SOKOLOV = (ref("a", 1, "Sokolov", "2019", raw="Sokolov, A. (2019). Title. J."),
           ref("b", 2, "Соколов", "2019", raw="Соколов А. Б. (2019). Заглавие. Ж."))


def test_a_name_as_printed_beats_its_latin_spelling() -> None:
    assert links("Sokolov (2019) measured it. More text follows.\n\n", SOKOLOV) \
        == {"Sokolov (2019)": ("a",)}
    assert links("Соколов (2019) measured it. More text follows.\n\n", SOKOLOV) \
        == {"Соколов (2019)": ("b",)}


def test_a_chinese_three_letter_name_gives_no_two_letter_prefix() -> None:
    refs = (ref("a", 1, "刘建国", "2019", raw="刘建国 (2019). 农村发展. 经济研究, 3, 1–9."),)
    assert links("农村收入提高（刘建，2019）。其他文字在此。\n\n", refs) == {}


def test_a_place_before_a_year_is_no_prefix_of_a_body() -> None:
    refs = (ref("a", 1, "北京市", "2020", raw="北京市 (2020). 统计年鉴. 北京: 出版社."),)
    assert links("北京（2020）的人口继续增长。其他文字在此。\n\n", refs) == {}


def test_a_japanese_family_name_still_cites_its_entry() -> None:
    refs = (ref("a", 1, "佐藤健太", "2016", raw="佐藤健太 (2016). 地域の医療. 医学雑誌, 2, 1–9."),)
    assert links("医療は変化した（佐藤，2016）。ほかの文がある。\n\n", refs) \
        == {"佐藤，2016": ("a",)}


def test_a_month_is_no_transliterated_dated_name() -> None:
    refs = (ref("a", 1, "Май", "2021", raw="Май Л. Р. (2021). Заглавие. Ж., 1, 2–3."),)
    assert links("Floods came in May (2021) and again later. More text.\n\n", refs) == {}


def test_a_japanese_family_name_before_a_one_letter_given_name() -> None:
    refs = (ref("a", 1, "松本誠", "2017", raw="松本誠 (2017). 看護の課題. 看護研究, 5, 1–9."),)
    assert links("看護師が不足している（松本，2017）。ほかの文がある。\n\n", refs) \
        == {"松本，2017": ("a",)}


def test_a_japanese_newspaper_or_city_gives_no_prefix() -> None:
    refs = (ref("a", 1, "毎日新聞", "2018", raw="毎日新聞 (2018). 世論調査. 毎日新聞, 5月3日."),
            ref("b", 2, "横浜市", "2019", raw="横浜市 (2019). 横浜市の統計. 横浜: 横浜市."))
    assert links("毎日（2018）の調査では多くが賛成した。横浜（2019）の人口は増えた。\n\n",
                 refs) == {}


def test_the_comma_form_without_a_comma_before_et_al() -> None:
    refs = (ref("a", 1, "Rivera|Castro|Ruiz", "2013"), ref("b", 2, "Rivera|Mora|Vega", "2013"),
            ref("c", 3, "Peru", "2013"), ref("d", 4, "Castro|Ruiz|Mora", "2013"))
    assert links("Wages rose. Rivera, Castro et al. (2013) saw it. More text.\n\n", refs) \
        == {"Rivera, Castro et al. (2013)": ("a",)}
    assert links("In Peru, Castro et al. (2013) saw it. More text follows.\n\n", refs) \
        == {"Castro et al. (2013)": ("d",)}


def test_a_place_before_a_period_is_no_callout() -> None:
    refs = (ref("a", 1, "Okafor", "2016"),)
    text = "Prices in Ghana (2009 onwards) rose. Texas (2016 onward) did too. More.\n\n"
    assert links(text, refs) == {}


def test_three_glued_japanese_authors_are_each_a_person() -> None:
    from claimcheck.citations.scripts import unspaced_authors
    three = unspaced_authors(["佐藤花子・高橋一郎・鈴木一郎"])
    assert three == ["佐藤花子", "高橋一郎", "鈴木一郎"]
    assert unspaced_authors(["山田太郎・田中花子"]) == ["山田太郎", "田中花子"]
