"""Abstracts are cut into sentences; the basis says what the judgement can rest on."""

from claimcheck.support import SourceText, source_from_record, split_sentences


def test_sentences_split_at_full_stops_but_not_abbreviations_or_decimals() -> None:
    text = (
        "Mice were treated as before (Smith et al. 2001). Doses of 2.5 mg/kg were given, "
        "e.g. daily. Levels fell by 30% vs. controls. J. Smith confirmed it."
    )
    assert split_sentences(text) == (
        "Mice were treated as before (Smith et al. 2001).",
        "Doses of 2.5 mg/kg were given, e.g. daily.",
        "Levels fell by 30% vs. controls.",
        "J. Smith confirmed it.",
    )


def test_structured_abstract_headings_are_dropped() -> None:
    text = "BACKGROUND: Little is known. METHODS: We counted cells.\nConclusions\nIt works."
    assert split_sentences(text) == ("Little is known.", "We counted cells.", "It works.")


def test_lines_are_hard_boundaries() -> None:
    assert split_sentences("First line without a stop\nsecond line here.") == (
        "First line without a stop",
        "second line here.",
    )


def test_source_from_abstract() -> None:
    source = source_from_record("A title", "One finding here. Another finding there.")
    assert source == SourceText(
        title="A title",
        sentences=("One finding here.", "Another finding there."),
        basis="abstract",
    )


def test_source_falls_back_to_title_then_none() -> None:
    assert source_from_record(" A  title ", "") == SourceText("A title", ("A title",), "title")
    assert source_from_record("", "  ") == SourceText("", (), "none")
