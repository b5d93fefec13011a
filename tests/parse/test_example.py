"""The bundled example's reference list (Frontiers author-year style): the tricky entries."""

from __future__ import annotations

from claimcheck.ingest.interface import RawEntry
from claimcheck.model import Author, Reference
from claimcheck.parse import parse_entries


def by_key(entries: tuple[RawEntry, ...]) -> dict[str, Reference]:
    return {r.id: r for r in parse_entries(entries)}


def test_all_98_entries_have_year_first_author_and_title(
    example_entries: tuple[RawEntry, ...],
) -> None:
    refs = parse_entries(example_entries)
    assert len(refs) == 98
    for ref in refs:
        assert ref.year and ref.first_family and ref.title, ref.raw
        assert ref.raw in {e.text for e in example_entries}
    assert len({r.id for r in refs}) == 98


def test_every_journal_entry_has_container_volume_and_doi_when_printed(
    example_entries: tuple[RawEntry, ...],
) -> None:
    for ref in parse_entries(example_entries):
        if ref.kind != "article":
            continue
        assert ref.container and "*" not in ref.container, ref.raw
        assert bool(ref.doi) == ("doi:" in ref.raw), ref.raw
        assert ref.volume or "Epub" in ref.raw, ref.raw


def test_particle_family_name_and_key(example_entries: tuple[RawEntry, ...]) -> None:
    ref = by_key(example_entries)["aanhetRot2010"]
    assert ref.authors[0] == Author("aan het Rot", "M.")
    assert ref.et_al
    assert (ref.container, ref.volume, ref.pages) == ("Biol. Psychiatry", "67", "139-145")
    assert ref.doi == "10.1016/j.biopsych.2009.08.038"
    assert ref.title == (
        "Safety and efficacy of repeated-dose intravenous ketamine for "
        "treatment-resistant depression"
    )


def test_du_jardin_de_kloet_de_jesus_lopez_gil(example_entries: tuple[RawEntry, ...]) -> None:
    refs = by_key(example_entries)
    assert refs["duJardin2016"].first_family == "du Jardin"
    assert refs["Schaaf2000"].authors[1].family == "De Kloet"
    assert refs["Zarate2006b"].authors[3].family == "De Jesus"
    assert refs["LopezGil2019"].authors[0] == Author("López-Gil", "X.")


def test_junior_suffix_and_year_suffix(example_entries: tuple[RawEntry, ...]) -> None:
    refs = by_key(example_entries)
    zarate = refs["Zarate2006a"]
    assert zarate.authors[0] == Author("Zarate", "C. A.", "Jr.")
    assert (zarate.year, zarate.year_suffix) == ("2006", "a")
    assert refs["Ballard2020"].authors[1] == Author("Zarate", "C. A.", "Jr.")
    assert refs["Murrough2013b"].authors[5].family == "aan het Rot"


def test_article_numbers(example_entries: tuple[RawEntry, ...]) -> None:
    refs = by_key(example_entries)
    assert (refs["Ballard2020"].volume, refs["Ballard2020"].pages) == ("11", "6431")
    assert (refs["Deyam2020"].volume, refs["Deyam2020"].pages) == ("188", "172837")
    assert (refs["Michaelsson2019"].volume, refs["Michaelsson2019"].pages) == ("225", "e13211")
    assert refs["Michaelsson2019"].container == "Acta Physiol. (Oxf)"


def test_epub_ahead_of_print_is_a_note(example_entries: tuple[RawEntry, ...]) -> None:
    ref = by_key(example_entries)["Bonaventura2021"]
    assert ref.notes == ("[Epub Online ahead of print].",) or ref.notes == (
        "[Epub Online ahead of print]",
    )
    assert ref.container == "Mol. Psychiatry"
    assert ref.doi == "10.1038/s41380-021-01093-2"
    assert not ref.volume and not ref.pages


def test_who_web_page(example_entries: tuple[RawEntry, ...]) -> None:
    ref = by_key(example_entries)["WHO2019"]
    assert ref.authors == (Author("World Health Organization [WHO]", literal=True),)
    assert ref.kind == "web"
    assert ref.title == "Model List of Essential Medicines"
    assert ref.url == "https://www.who.int/publications/i/item/WHOMVPEMPIAU2019.06"
    assert "(accessed April 1, 2021)" in ref.notes
    assert not ref.container


def test_markup_is_cleaned_from_fields(example_entries: tuple[RawEntry, ...]) -> None:
    refs = by_key(example_entries)
    assert "H3-norepinephrine" in refs["Axelrod1961"].title
    assert "β-hydroxybutyrate" in refs["Sleiman2016"].title
    assert "<sub>" in refs["Axelrod1961"].raw


def test_doi_with_parentheses_is_kept_whole(example_entries: tuple[RawEntry, ...]) -> None:
    assert by_key(example_entries)["Berman2000"].doi == "10.1016/s0006-3223(99)00230-9"
