"""Linking callouts to entries, and the findings that links raise."""

from __future__ import annotations

from claimcheck.citations import extract_claims
from claimcheck.model import Author, Reference


def ref(key: str, index: int, families: str, year: str, suffix: str = "") -> Reference:
    authors = tuple(Author(family=f) for f in families.split("|"))
    raw = f"{', '.join(a.family + ', X.' for a in authors)} ({year}{suffix}). A title. J. 1, 1-2."
    return Reference(id=key, index=index, line=100 + index, raw=raw, authors=authors,
                     year=year, year_suffix=suffix)


REFS = (
    ref("Rot2010", 1, "aan het Rot|Collins|Murrough", "2010"),
    ref("Deyam2020", 2, "Deyam|Duman", "2020"),
    ref("Keyser2000", 3, "Keyser", "2000"),
    ref("Keyser2000b", 4, "Keyser|Smith|Jones", "2000"),
    ref("Zarate2006a", 5, "Zarate|Singh|Carlson", "2006", "a"),
    ref("Zarate2006b", 6, "Zarate|Singh|Quiroz", "2006", "b"),
    ref("LopezGil2019", 7, "López-Gil|Jiménez|Campa", "2019"),
    ref("Kapur2002", 8, "Kapur|Seeman", "2002"),
    ref("Mion2017", 9, "Mion", "2017"),
    ref("WHO2019", 10, "World Health Organization [WHO]", "2019"),
    ref("Uncited1999", 11, "Nobody", "1999"),
)


def links(text: str) -> dict[str, tuple[str, ...]]:
    found = extract_claims(text, REFS)
    return {c.text: c.reference_ids for claim in found.claims for c in claim.citations}


def rules(text: str) -> list[tuple[str, str, str]]:
    found = extract_claims(text, REFS)
    return [(f.rule, f.printed, f.reference_id) for f in found.findings
            if f.rule != "reference-uncited"]


def test_particles_diacritics_and_hyphens_link_exactly() -> None:
    text = "As shown (Rot et al., 2010; Lopez-Gil et al., 2019; aan het Rot et al., 2010)."
    assert links(text) == {
        "Rot et al., 2010": ("Rot2010",), "Lopez-Gil et al., 2019": ("LopezGil2019",),
        "aan het Rot et al., 2010": ("Rot2010",),
    }
    assert rules(text) == []


def test_author_count_tells_same_name_and_year_apart() -> None:
    assert links("Reports (Keyser, 2000; Keyser et al., 2000).") == {
        "Keyser, 2000": ("Keyser2000",), "Keyser et al., 2000": ("Keyser2000b",),
    }


def test_suffix_is_exact_and_missing_suffix_is_ambiguous() -> None:
    assert links("Trials (Zarate et al., 2006b).") == {"Zarate et al., 2006b": ("Zarate2006b",)}
    assert rules("Trials (Zarate et al., 2006).") == [
        ("citation-ambiguous", "Zarate et al., 2006", "Zarate2006a"),
    ]


def test_spelling_slip_is_a_mismatch() -> None:
    found = extract_claims("Few studies (Deyama and Duman, 2020).", REFS)
    mismatch = [f for f in found.findings if f.rule == "citation-mismatch"]
    assert [(f.printed, f.expected, f.reference_id, f.claim_id) for f in mismatch] == [
        ("Deyama and Duman, 2020", "Deyam and Duman, 2020", "Deyam2020", "C1"),
    ]
    assert mismatch[0].severity == "warning"


def test_year_off_by_one_and_et_al_for_two_authors_are_mismatches() -> None:
    assert rules("Drugs (Mion, 2018; Kapur et al., 2002).") == [
        ("citation-mismatch", "Mion, 2018", "Mion2017"),
        ("citation-mismatch", "Kapur et al., 2002", "Kapur2002"),
    ]


def test_unknown_work_is_unresolved_error() -> None:
    found = extract_claims("Claimed (Nobody et al., 2005).", REFS)
    unresolved = [f for f in found.findings if f.rule == "citation-unresolved"]
    assert [(f.printed, f.severity, f.line) for f in unresolved] == [
        ("Nobody et al., 2005", "error", 1),
    ]


def test_organisation_by_abbreviation_and_uncited_entry() -> None:
    found = extract_claims("Listed (WHO, 2019). Also (World Health Organization, 2019).", REFS)
    ids = [c.reference_ids for claim in found.claims for c in claim.citations]
    assert ids == [("WHO2019",), ("WHO2019",)]
    uncited = {f.reference_id for f in found.findings if f.rule == "reference-uncited"}
    assert "Uncited1999" in uncited and "WHO2019" not in uncited


def test_numeric_links_by_label_then_position() -> None:
    numbered = tuple(
        Reference(id=f"R{i}", index=i, line=i, raw=f"{i}. Smith J. Title. 2001.", label=str(i))
        for i in range(1, 8)
    )
    found = extract_claims("Known [3]–[5]. Also [9]. And [1, 2].", numbered)
    assert found.style == "numeric"
    got = [(c.number, r) for c in found.callouts for r in (c.number,)]
    assert [n for n, _ in got] == [3, 4, 5, 9, 1, 2]
    claims = [[c.reference_ids for c in claim.citations] for claim in found.claims]
    assert claims == [[("R3",), ("R4",), ("R5",)], [()], [("R1",), ("R2",)]]
    assert [f.rule for f in found.findings if f.rule != "reference-uncited"] == [
        "citation-unresolved",
    ]


def test_numbered_list_cited_by_author_and_year_is_author_year() -> None:
    numbered = tuple(
        Reference(id=r.id, index=r.index, line=r.line, raw=f"{r.index}. {r.raw}",
                  label=str(r.index), authors=r.authors, year=r.year, year_suffix=r.year_suffix)
        for r in REFS
    )
    found = extract_claims("Known (Mion, 2017; Kapur and Seeman, 2002) in 1 of 2 cases.", numbered)
    assert found.style == "author-year"
    assert [c.reference_ids for c in found.claims[0].citations] == [("Mion2017",), ("Kapur2002",)]
