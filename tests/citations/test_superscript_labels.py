"""A reference list copied from a PDF may number its entries in superscript digits ("¹ Smith
J, ..."). Its labels are the plain numbers, and the callouts of the body link to them; a
superscript label once stopped a whole `claims` run ("¹".isdigit() is True, int("¹") fails)."""

from __future__ import annotations

from claimcheck.citations import extract_claims
from claimcheck.ingest.plaintext import split_document
from claimcheck.parse import parse_entries

_LIST = "\n".join(f"{mark} Smith J, Jones K. Study {n} of mice. Nature. 2020;{n}:1-2."
                  for n, mark in enumerate("¹²³⁴", start=1))


def test_superscript_list_labels_are_plain_numbers_and_link() -> None:
    document = split_document(
        f"Introduction\n\nMice die.1 Rats die.2 Dogs die.3 We used ColabFold4.\n\n"
        f"References\n\n{_LIST}\n", "t.txt")
    references = parse_entries(document.entries)
    assert [r.label for r in references] == ["1", "2", "3", "4"]
    found = extract_claims(document.body, references)
    cited = [ref for claim in found.claims for citation in claim.citations
             for ref in citation.reference_ids]
    assert cited[:3] == [r.id for r in references[:3]]
