"""One entry of each citation style the parser must handle, with its fields."""

from __future__ import annotations

from claimcheck.parse import parse_string


def families(text: str) -> list[str]:
    return [a.family for a in parse_string(text).authors]


def test_vancouver_numbered() -> None:
    ref = parse_string(
        "1. Smith J, Jones AB. Ketamine in depression. J Psychiatr Res. 2010;12(3):34-56."
    )
    assert ref.label == "1"
    assert families(ref.raw) == ["Smith", "Jones"]
    assert (ref.title, ref.container) == ("Ketamine in depression", "J Psychiatr Res")
    assert (ref.year, ref.volume, ref.issue, ref.pages) == ("2010", "12", "3", "34-56")


def test_plos() -> None:
    ref = parse_string(
        "Zoller SD, Hammersmith RL, Swart EC, et al. (2012) Characterization of the ciliate "
        "Oxytricha trifallax. Protist 163: 643–657. doi:10.1016/j.protis.2011.12.006"
    )
    assert [a.family for a in ref.authors] == ["Zoller", "Hammersmith", "Swart"]
    assert ref.et_al
    assert (ref.year, ref.container, ref.volume, ref.pages) == ("2012", "Protist", "163", "643-657")
    assert ref.title == "Characterization of the ciliate Oxytricha trifallax"
    assert ref.doi == "10.1016/j.protis.2011.12.006"


def test_elife() -> None:
    ref = parse_string(
        "Kapur S, Seeman P. 2002. NMDA receptor antagonists ketamine and PCP have direct effects "
        "on the dopamine D2 receptor. Molecular Psychiatry 7:837–844. "
        "DOI: https://doi.org/10.1038/sj.mp.4001093"
    )
    assert [a.family for a in ref.authors] == ["Kapur", "Seeman"]
    assert (ref.year, ref.container, ref.volume, ref.pages) == (
        "2002", "Molecular Psychiatry", "7", "837-844")
    assert ref.doi == "10.1038/sj.mp.4001093"
    assert ref.title.startswith("NMDA receptor antagonists")


def test_nature_numbered() -> None:
    ref = parse_string(
        "12. Autry, A. E. et al. NMDA receptor blockade at rest triggers rapid behavioural "
        "antidepressant responses. Nature 475, 91–95 (2011)."
    )
    assert ref.label == "12"
    assert ref.first_family == "Autry" and ref.et_al
    assert (ref.container, ref.volume, ref.pages, ref.year) == ("Nature", "475", "91-95", "2011")


def test_harvard() -> None:
    ref = parse_string(
        "Berton, O. and Nestler, E. (2006) 'New approaches to antidepressant drug discovery', "
        "Nature Reviews Neuroscience, 7(2), pp. 137–151."
    )
    assert [a.family for a in ref.authors] == ["Berton", "Nestler"]
    assert ref.title == "New approaches to antidepressant drug discovery"
    assert (ref.container, ref.volume, ref.issue, ref.pages) == (
        "Nature Reviews Neuroscience", "7", "2", "137-151")


def test_apa() -> None:
    ref = parse_string(
        "Romero, C., Paunesku, D., & Dweck, C. (2011). Brainology in the classroom. "
        "Journal of Educational Psychology, 103(2), 263–277. https://doi.org/10.1037/a0021"
    )
    assert [a.family for a in ref.authors] == ["Romero", "Paunesku", "Dweck"]
    assert (ref.year, ref.title) == ("2011", "Brainology in the classroom")
    assert (ref.container, ref.volume, ref.issue, ref.pages) == (
        "Journal of Educational Psychology", "103", "2", "263-277")
    assert ref.doi == "10.1037/a0021"
    assert ref.kind == "article"


def test_book() -> None:
    ref = parse_string(
        "Bell G (1988) Sex and death in protozoa. Cambridge, UK: Cambridge University Press."
    )
    assert ref.kind == "book"
    assert ref.title == "Sex and death in protozoa"
    assert ref.publisher == "Cambridge University Press"
    assert ref.location.startswith("Cambridge")
    assert not ref.container


def test_chapter() -> None:
    ref = parse_string(
        "Horvath MP (2008) Evolution of telomere binding proteins. In: Nosek J, Tomaska L, "
        "editors. Origin and evolution of telomeres. Austin, TX: Landes Bioscience. pp. 83–99."
    )
    assert ref.kind == "chapter"
    assert ref.title == "Evolution of telomere binding proteins"
    assert ref.container == "Origin and evolution of telomeres"
    assert [e.family for e in ref.editors] == ["Nosek", "Tomaska"]
    assert (ref.publisher, ref.pages) == ("Landes Bioscience", "83-99")


def test_raw_is_verbatim_and_fields_are_clean() -> None:
    raw = "Smith, J. (2001). The *role* of H<sub>2</sub>O in $\\beta$-cells. *Cell* 5, 1–2."
    ref = parse_string(raw)
    assert ref.raw == raw
    assert ref.title == "The role of H2O in β-cells"
    assert ref.container == "Cell"


def test_empty_string_is_an_empty_reference() -> None:
    ref = parse_string("")
    assert (ref.authors, ref.title, ref.year, ref.id) == ((), "", "", "Anonnd")


def test_chapter_title_is_the_one_before_in_when_the_book_has_a_volume() -> None:
    ref = parse_string(
        "Fisher, J. A. (1990). The Myth of Anthropomorphism. In M. Bekoff & D. Jamieson (Eds.), "
        "Interpretation and explanation in the study of animal behavior (Vol. 1) (pp. 96-116). "
        "Boulder, CO: Westview Press.")
    assert ref.title == "The Myth of Anthropomorphism"
    assert ref.container == "Interpretation and explanation in the study of animal behavior"


def test_nlm_medium_marker_is_not_part_of_the_journal() -> None:
    ref = parse_string("Fox R, Oliver TH. Long-term changes to the frequency of British moths. "
                       "J Appl Ecol [Internet]. 2014;51(4):949–957.")
    assert (ref.container, ref.volume, ref.pages) == ("J Appl Ecol", "51", "949-957")


def test_chapter_book_ends_before_city_and_publisher() -> None:
    ref = parse_string("Olukoshi, A. (2007), Assessing new governance models, in: J. Oloka-Onyango "
                       "and N. K. Muwanga (eds), Debating Form and Substance, Kampala: Fountain "
                       "Publishers, 1-25.")
    assert ref.container == "Debating Form and Substance"


def test_vancouver_without_the_stop_after_the_initials() -> None:
    ref = parse_string("Saha BC Hemicellulose bioconversion. J Ind Microbiol Biotechnol "
                       "2003;30:279-291")
    assert families(ref.raw) == ["Saha"]
    assert (ref.title, ref.container) == ("Hemicellulose bioconversion",
                                          "J Ind Microbiol Biotechnol")


def test_gost() -> None:
    ref = parse_string("Levin S.A., Segel L.A. Diffuse coevolution in plant-herbivore "
                       "communities // Theoretical Population Biology. 1990. Vol. 37. P. 171–191.")
    assert families(ref.raw) == ["Levin", "Segel"]
    assert ref.title == "Diffuse coevolution in plant-herbivore communities"
    assert ref.container == "Theoretical Population Biology"


def test_chicago_note_chapter_without_editors() -> None:
    ref = parse_string(
        'Carlo Ginzburg, "Clues: Roots of an Evidential Paradigm," in Clues, Myths, and the '
        "Historical Method, trans. John Tedeschi (Baltimore: Johns Hopkins University Press, "
        "1989), 96–125.")
    assert ref.title == "Clues: Roots of an Evidential Paradigm"
    assert ref.container == "Clues, Myths, and the Historical Method"
    assert (ref.publisher, ref.year, ref.pages) == ("Johns Hopkins University Press", "1989",
                                                    "96-125")


def test_abnt() -> None:
    ref = parse_string("SMITH, J. A. Genetic variation in wheat populations. Journal of "
                       "Heredity, v. 101, n. 2, p. 45-56, 2010.")
    assert (ref.title, ref.container) == ("Genetic variation in wheat populations",
                                          "Journal of Heredity")
    assert (ref.volume, ref.issue, ref.pages, ref.year) == ("101", "2", "45-56", "2010")
