"""The marks the PDF layout sets at line ends (`layout.PARAGRAPH_END`, `layout.LINE_FULL`)
are the PDF path's own: a word hyphenated before one is joined, and in any other text the
same characters are the writer's separators, read as a space."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.ingest import load_document
from claimcheck.ingest.layout import LINE_FULL, PARAGRAPH_END
from claimcheck.ingest.pdf import pdf_text, text_from_pages
from claimcheck.ingest.plaintext import split_document

REFS = ["[1] Smith J (2010) A study of sleep. J Sleep 1: 2-3.",
        "[2] Jones K (2011) Memory. Cell 4: 5-6."]


def test_a_word_hyphenated_before_a_mark_is_joined() -> None:
    for mark in (LINE_FULL, PARAGRAPH_END, ""):
        assert text_from_pages([[f"show that neuro-{mark}", "plasticity is"]]) == (
            "show that neuroplasticity is")


PARAS = ["The results of the experiment show that neuroplasticity is strongly affected by "
         "sleep deprivation in adult rodents [1].",
         "Further work examined the hippocampal consolidation of memories over weeks and "
         "months [2].",
         "Exercise raised the rate of consolidation in every group that was studied over the "
         "years [2].",
         "We conclude that sleep matters for memory in all of the species that were examined "
         "here [1]."]


def _hyphenated(path: Path) -> None:
    """Paragraphs wrapped greedily at 72 mm (so the layout marks their line ends), the first
    word that does not fit broken at a hyphen."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("times", size=10)
    lines: list[str] = []
    for k, para in enumerate(PARAS):
        line = ""
        for word in para.split():
            if pdf.get_string_width(f"{line} {word}".strip()) <= 72:
                line = f"{line} {word}".strip()
            elif not k and word.startswith("neuro"):
                lines.append(f"{line} neuro-")
                line = word.removeprefix("neuro")
            else:
                lines.append(line)
                line = word
        lines.append(line)
    for k, line in enumerate([*lines, "", "References", *REFS]):
        pdf.text(20, 25 + 4.2 * k, line)
    pdf.output(str(path))


def test_a_pdf_word_hyphenated_at_a_line_end_is_one_word_in_the_body(tmp_path: Path) -> None:
    _hyphenated(tmp_path / "hyph.pdf")
    assert "neuroplasticity is" in pdf_text(tmp_path / "hyph.pdf")
    assert "neuroplasticity is" in load_document(tmp_path / "hyph.pdf").body


def test_a_writers_own_line_separators_are_spaces_not_glue() -> None:
    text = ("Sleep matters\u2028for memory [1]. Exercise\u2029helps too [2].\n\n"
            "References\n\n" + "\n".join(REFS) + "\n")
    document = split_document(text)
    assert document.body.startswith("Sleep matters for memory [1]. Exercise helps too [2].")
    assert "matters for memory" in document.text


def test_plain_text_lines_ending_in_separators_are_read_as_plain_lines() -> None:
    # in a PDF's text the marks would end the entry at "Society of" and join "Mountain View"
    lines = ["Smith J, Jones K (2010) A study of things that happen in the" + LINE_FULL,
             "world. J Things 12: 1-9. Published by the Society of" + PARAGRAPH_END,
             "Sun Microsystems. Java: Programming for the Internet. Mountain" + LINE_FULL,
             "View, California" + PARAGRAPH_END,
             "Ali S, Ahmad A (1985) Another study. Rev Mod Phys 57: 923-930." + PARAGRAPH_END,
             "Brown R (2001) Short. Nature 400: 1-2."]
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    bare = text.replace(LINE_FULL, "").replace(PARAGRAPH_END, "")
    assert [e.text for e in split_document(text).entries] == [
        e.text for e in split_document(bare).entries]
    assert len(split_document(text, marked=True).entries) == 4
