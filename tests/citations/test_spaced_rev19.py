"""Session 19 review of cite19: a number cited again (`spaced_cited.cited_again`) is not
read where its print is a value or a label: after "of" with no numbered part before it ("a
cut-off of 15,", "in 12 of 15."), before a comparison ("15 or more"), or after a bare
lower-case singular noun right after a preposition ("on chromosome 15,"); the citations
that stay read beside them ("Figure 2 of 15.", "Figures 1B and 3E-F of 15", "the original
study 15.", "in humans 15,")."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


# a spaced article citing 1 to 15 in order, 15 again after three different words
_CITED = (
    "Ponds switch between clear and turbid states 1, and grazing is one driver 2, 3."
    " Pulses favour cyanobacteria 4, which grazers avoid 5, and fish remove them 6–8."
    " Mesocosm work 9 and surveys of farm ponds 10 suggest that pulses matter 11, as seen"
    " in vivo 12. Nutrients accumulate in sediments 13, and release follows anoxia 14."
    " Blooms were amplified in mesocosms 15.\n\nWe repeated the original study 15 in full."
    " Effect sizes are given for 15, and for this replication. Primers were those used in"
    " 15 and in our pilot."
)


def test_a_value_after_of_stays_unread() -> None:
    for text in (" A survey recommended a cut-off of 15 for most ponds 16.",
                 " At a cut-off of 15, turbidity was high in most ponds 16.",
                 " Blooms were seen in 12 of 15. Stocks decline with warming 16."):
        assert sup(_CITED + text) == [*sup(_CITED), "16"], text


def test_a_value_before_a_comparison_stays_unread() -> None:
    for text in (" Ponds were treated with a turbidity score of 15 or more taken as turbid 16.",
                 " Treatment was advised for 15 or more, as in lakes 16.",
                 " Treatment was advised for 15 and over, as in lakes 16."):
        assert sup(_CITED + text) == [*sup(_CITED), "16"], text


def test_a_bare_label_after_a_preposition_stays_unread() -> None:
    for text in (" The gene maps on chromosome 15, near a marker 16.",
                 " The change at codon 15. Stocks decline with warming 16."):
        assert sup(_CITED + text) == [*sup(_CITED), "16"], text


def test_a_numbered_part_of_a_work_or_a_plural_is_read_again() -> None:
    text = (" We repeated Figure 2 of 15. Runs followed Figures 1B and 3E-F of 15, as in"
            " humans 15, and stocks decline with warming 16.")
    assert sup(_CITED + text) == [*sup(_CITED), "15", "15", "15", "16"]
