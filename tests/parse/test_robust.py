"""Any text parses to a Reference without raising, keeping the raw string verbatim."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.parse import parse_string

_PIECES = st.sampled_from(
    ["Smith, J.", "(2010).", "*Nature*", "12:34", "doi:", "10.1000/x(1", "In:", "eds.", "“",
     "[WHO]", "<sub>2</sub>", "$\\beta$", "et al.", "pp.", "–", "http://x.org/a", " ", ","]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=14))
def test_any_text_parses(pieces: list[str]) -> None:
    raw = " ".join(pieces)
    ref = parse_string(raw)
    assert ref.raw == raw
    assert ref.year == "" or (len(ref.year) == 4 and ref.year.isdigit())
    assert ref.id


def test_author_run_to_the_end_gives_back_after_springer_colon() -> None:
    # The tagger ran the authors on to the entry's end; the colon after the initials
    # still ends them, and what follows is the work, not an IndexError.
    ref = parse_string("Krüger, M.: Briefe, in: Band, hg. von C. Vogel, o. O. 1931, S. 7.")
    assert [a.family for a in ref.authors] == ["Krüger"]
    assert ref.title == "Briefe"
