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
