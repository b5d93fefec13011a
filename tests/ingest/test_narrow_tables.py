"""A narrow column wrapped at a fixed width (a two-column page copied as text) has its own table."""

import json
import textwrap
from pathlib import Path

import pytest

from claimcheck.ingest import boundary
from tests.ingest.listings import entries

# APA wrapped at 48 columns: entries that end with a URL, where a line that runs full says
# little (a URL is set whole on its line). Our own entries, as `segment_handmade.txt` keeps them.
ENTRIES = [
    "Jackson, S. J., Bailey, M., & Foucault Welles, B. (2020). #HashtagActivism: Networks of"
    " race and gender justice. MIT Press. https://doi.org/10.7551/mitpress/10858.001.0001",
    "Mendes, K., Ringrose, J., & Keller, J. (2018). #MeToo and the promise and pitfalls of"
    " challenging rape culture. European Journal of Women's Studies, 25(2), 236-246."
    " https://doi.org/10.1177/1350506818765318",
    ".NET Foundation. (2021). .NET documentation. https://learn.microsoft.com/en-us/dotnet/",
    "Papacharissi, Z. (2015). Affective publics. Oxford University Press."
    " https://global.oup.com/academic/product/affective-publics-9780199999736",
    "Tufekci, Z. (2017). Twitter and tear gas. Yale University Press.",
    "_Wikipedia_. (2023). Hashtag activism. https://en.wikipedia.org/wiki/Hashtag_activism",
    "Zuckerman, E. (2013). Rewire. W. W. Norton.",
]


def _wrapped(width: int) -> list[str]:
    return [line for entry in ENTRIES
            for line in textwrap.wrap(entry, width, break_on_hyphens=False)]


def test_an_entry_after_a_url_in_a_narrow_column_starts() -> None:
    assert [entry[:20] for entry in entries(_wrapped(48))] == [entry[:20] for entry in ENTRIES]


# A physics list wrapped at 52 columns, as a column of a two-column page: a long author list
# cut after a full line, its rest opening with initials as an entry would. Our own entries.
PHYSICS = [
    "A. Kitaev, Fault-tolerant quantum computation by anyons, Ann. Phys. 303, 2 (2003).",
    "C. Nayak, S. H. Simon, A. Stern, M. Freedman, and S. Das Sarma, Non-Abelian anyons and"
    " topological quantum computation, Rev. Mod. Phys. 80, 1083 (2008).",
    "L. D. Landau and E. M. Lifshitz, Statistical Physics, Part 1, 3rd ed. (Pergamon, Oxford,"
    " 1980).",
    "P. W. Anderson, More is different, Science 177, 393 (1972).",
    "See Supplemental Material for the derivation of the effective Hamiltonian and the"
    " numerical parameters.",
    "E. Prada, P. San-Jose, M. W. A. de Moor, A. Geresdi, E. J. H. Lee, J. Klinovaja, D. Loss,"
    " J. Nygård, R. Aguado, and L. P. Kouwenhoven, From Andreev to Majorana bound states in"
    " hybrid superconductor-semiconductor nanowires, Nat. Rev. Phys. 2, 575 (2020).",
    "K. Flensberg, F. von Oppen, and A. Stern, Engineered platforms for topological"
    " superconductivity and Majorana zero modes, Nat. Rev. Mater. 6, 944 (2021).",
    "M. Tinkham, Introduction to Superconductivity, 2nd ed. (Dover, New York, 2004).",
    "D. Aasen et al., Milestones toward Majorana-based quantum computing, Phys. Rev. X 6,"
    " 031016 (2016).",
]


def test_an_author_list_cut_in_a_narrow_column_stays_one_entry() -> None:
    lines = [line for entry in PHYSICS for line in textwrap.wrap(entry, 52, break_on_hyphens=False)]
    assert "E. Prada, P. San-Jose, M. W. A. de Moor, A. Geresdi," in lines  # then "E. J. H. Lee"
    assert [entry[:12] for entry in entries(lines)] == [entry[:12] for entry in PHYSICS]


def test_a_wide_list_never_reads_the_narrow_table(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wide = _wrapped(90)
    before = entries(wide)
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"bias": -50.0}), encoding="utf-8")  # would join every line
    monkeypatch.setattr(boundary, "NARROW_MODEL", empty)
    boundary.weights.cache_clear()
    try:
        assert entries(wide) == before
        assert len(entries(_wrapped(48))) < len(before)  # ... which a narrow column does read
    finally:
        boundary.weights.cache_clear()
