"""What the linker reads off a reference when the parser left fields empty or short."""

from __future__ import annotations

from claimcheck.citations.entries import entries_of
from claimcheck.model import Author, Reference


def entry(raw: str, **fields: object) -> tuple[tuple[str, ...], int, bool, str, str]:
    reference = Reference(id="x", index=1, line=1, raw=raw, **fields)  # type: ignore[arg-type]
    e = entries_of([reference])[0]
    return e.families, e.count, e.et_al, e.year, e.suffix


def test_raw_vancouver_and_apa_authors() -> None:
    assert entry("Liu Y-W, Lo L-J, Chan W-K. 2000. Temporal expression.") == (
        ("Liu", "Lo", "Chan"), 3, False, "2000", "",
    )
    assert entry("aan het Rot, M., Collins, K. A., et al. (2010a). Safety.") == (
        ("aan het Rot", "Collins"), 2, True, "2010", "a",
    )


def test_parsed_authors_win_unless_the_raw_entry_shows_more() -> None:
    raw = "Braun A, Bugnyar T 2012 Social bonds. Anim Behav. 84:1507."
    short = entry(raw, authors=(Author("Braun"),), year="2012")
    assert short[:2] == (("Braun", "Bugnyar"), 2)
    full = entry(raw, authors=(Author("Braun"), Author("Bugnyar"), Author("Smith")), year="2012")
    assert full[:2] == (("Braun", "Bugnyar", "Smith"), 3)


def test_suffix_glued_to_the_year_in_the_raw_entry() -> None:
    assert entry("Zarate, C. (2006b). Memantine.", year="2006")[3:] == ("2006", "b")
