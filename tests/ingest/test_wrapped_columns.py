"""Hard-wrapped lists copied from a narrow PDF column, and URLs cut at a line's end."""

import textwrap

from claimcheck.ingest import rescore
from claimcheck.ingest.layout import decide, read_lines
from tests.ingest.listings import entries

# Two-column physics, copied as text: lines break by the type's width, not a character count,
# so a line may stop short of the column's longest ones in mid-entry ("..., 206801" /
# "(2017).", "Rev. Mod." / "Phys. 82, ..."). Our own entries.
COLUMN = [
    "A. B. Kowalczyk, T. Nishimura, and R. Oyel-",
    "aran, Phys. Rev. Lett. 118, 206801",
    "(2017).",
    "M. Z. Hasan and C. L. Kane, Rev. Mod.",
    "Phys. 82, 3045 (2010).",
    "L. Fu, C. L. Kane, and E. J. Mele, Phys.",
    "Rev. Lett. 98, 106803 (2007).",
    "J. Eisenberg, Quantum Transport in Mesoscopic",
    "Systems (Cambridge University Press, Cam-",
    "bridge, 2015).",
    "S. Ryu, A. P. Schnyder, A. Furusaki, and A. W.",
    "W. Ludwig, New J. Phys. 12, 065010",
    "(2010).",
    "Y. Ando, J. Phys. Soc. Jpn. 82, 102001",
    "(2013).",
    "D. Xiao, M.-C. Chang, and Q. Niu, Rev.",
    "Mod. Phys. 82, 1959 (2010).",
    "N. P. Armitage, E. J. Mele, and A. Vishwanath,",
    "Rev. Mod. Phys. 90, 015001 (2018).",
]


def test_a_narrow_column_whose_short_lines_run_on_is_not_wrapped_at_a_fixed_width() -> None:
    layout = decide(read_lines(list(enumerate(COLUMN, 1))))
    assert layout.kind == "wrapped"
    assert not layout.strict  # a year or a journal's volume alone after a short line


def test_a_narrow_column_is_cut_at_its_entries_only() -> None:
    found = entries(COLUMN)
    assert [text.split(",")[0] for text in found] == [
        "A. B. Kowalczyk", "M. Z. Hasan and C. L. Kane", "L. Fu", "J. Eisenberg", "S. Ryu",
        "Y. Ando", "D. Xiao", "N. P. Armitage"]
    assert found[0].startswith("A. B. Kowalczyk, T. Nishimura, and R. Oyelaran, Phys.")


def test_the_rest_of_a_url_cut_at_a_line_end_is_never_made_an_entry() -> None:
    assert rescore.url_rest("Available at http://www", ".theguardian.com/world/2015/sep/02/")
    assert rescore.url_rest("http://insidecostarica.com/2013/10/24/central",
                            "-americans-seeking-refuge-gangs-organized-crime/")
    assert not rescore.url_rest("https://doi.org/10.1000/xyz.", "- V. Giscard, Pouvoirs, 1979.")
    assert not rescore.url_rest("Oxford: Clarendon Press, 1990.", ".theguardian.com/world/")


def test_one_unsigned_journal_entry_leaves_a_fixed_width_list_strict() -> None:
    refs = [
        "S. Weinberg, The Quantum Theory of Fields (Cambridge University Press, Cambridge, "
        "1995), Vol. 1.",
        "Phys. Rev. Lett. 116, 061102 (2016).",
        "P. W. Higgs, Broken symmetries and the masses of gauge bosons, Phys. Rev. Lett. 13, "
        "508 (1964).",
        "G. 't Hooft, Renormalizable Lagrangians for massive Yang-Mills fields, Nucl. Phys. B "
        "35, 167 (1971).",
        "K. G. Wilson, Confinement of quarks, Phys. Rev. D 10, 2445 (1974).",
        "E. Witten, Dynamical breaking of supersymmetry, Nucl. Phys. B 188, 513 (1981).",
        "H. D. Politzer, Reliable perturbative results for strong interactions?, Phys. Rev. "
        "Lett. 30, 1346 (1973).",
    ]
    lines = [line for ref in refs for line in textwrap.wrap(ref, 60)]
    assert decide(read_lines(list(enumerate(lines, 1)))).strict


def _gold(listing: str) -> tuple[list[str], list[str]]:
    """A listing whose '↳ ' lines continue the entry above: its lines and its entries."""
    lines, gold = [], []
    for line in listing.strip().splitlines():
        text = line.removeprefix("↳ ")
        lines.append(text)
        if line.startswith("↳ "):
            gold[-1] += " " + text
        else:
            gold.append(text)
    return lines, gold


# Review of session 14: unsigned entries after lines that end an entry are no run-on of a
# journal's name; a list wrapped at 52 columns stays strict, its short "(2015)" ends an entry.
PHYSICS_UNSIGNED = """
A. Kitaev, Ann. Phys. (N.Y.) 303, 2 (2003).
Ann. Phys. (N.Y.) 321, 2 (2006).
X.-G. Wen, Quantum Field Theory of Many-Body Systems
↳ (Oxford University Press, Oxford, 2004)
Rev. Mod. Phys. 89, 041004 (2017).
M. Levin and X.-G. Wen, Phys. Rev. B 71, 045110
↳ (2005); Rev. Mod. Phys. 77, 871 (2005).
Phys. Rev. B 96, 195105.
T. Senthil, Annu. Rev. Condens. Matter Phys. 6, 299
↳ (2015)
Erratum: Phys. Rev. Lett. 100, 019901 (2008).
L. Savary and L. Balents, Rep. Prog. Phys. 80,
↳ 016502 (2017)
Nat. Phys. 12, 912 (2016).
C. Nayak, S. H. Simon, A. Stern, M. Freedman, and S.
↳ Das Sarma, Non-Abelian anyons and topological
↳ quantum computation, Rev. Mod. Phys. 80, 1083
↳ (2008).
Science 352, 1547 (2016).
"""


def test_unsigned_journal_entries_after_whole_lines_leave_a_wrap_at_a_fixed_width() -> None:
    lines, gold = _gold(PHYSICS_UNSIGNED)
    assert decide(read_lines(list(enumerate(lines, 1)))).strict
    assert entries(lines) == gold


# An APA list wrapped at 56: a whole DOI ends a line, and the next entry opens with its
# emphasised title; it is no rest of the URL.
APA_TITLE_FIRST = """
Adams, R. J., & Lee, S. (2019). Attention and memory in
↳ bilingual children. Journal of Child Language, 46(3),
↳ 512-538. https://doi.org/10.1017/S0305000918000612
American Psychological Association. (2020). Publication
↳ manual of the American Psychological Association (7th
↳ ed.). https://doi.org/10.1037/0000165-000
Baker, T. (2021, March 4). Why reading slows down in
↳ winter. The Guardian. https://www.theguardian.com/educat
↳ ion/2021/mar/04/why-reading-slows-down-in-winter
Chen, L., Park, J., & Okoro, E. (2018). Working memory
↳ training: A meta-analysis. Psychological Bulletin,
↳ 144(7), 693-725. https://doi.org/10.1037/bul0000152
_Merriam-Webster dictionary_. (n.d.). Retrieved May 2,
↳ 2022, from
↳ https://www.merriam-webster.com/dictionary/bilingual
Dunn, K. (2017). _Reading in the wild_. Routledge.
---. (2018). _Reading again_. Routledge. https://www.rou
↳ tledge.com/reading-again/dunn/p/book/9781138
---. (2019). Still reading. _Educational Review_, 71(2),
↳ 1-20.
Evans, M. (2020). Screen time and sleep. Sleep Health,
↳ 6(1), 12-19. https://doi.org/10.1016/j.sleh.2019.11.002
"""


def test_an_emphasised_title_after_a_whole_url_opens_an_entry() -> None:
    assert not rescore.url_rest("144(7), 693-725. https://doi.org/10.1037/bul0000152",
                                "_Merriam-Webster dictionary_. (n.d.). Retrieved May 2,")
    assert not rescore.url_rest("http://www.example.org/said/orientalism",
                                "---. 2019. Culture and Imperialism. London: Vintage.")
    lines, gold = _gold(APA_TITLE_FIRST)
    assert entries(lines) == gold
