"""Superscript callouts from inputs that mark them, and ranges printed inside a JATS xref."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.citations import extract_claims
from claimcheck.citations.marked import extract_marked_claims
from claimcheck.ingest import load_document
from claimcheck.ingest.docx import docx_text
from claimcheck.ingest.pdf import pdf_text
from claimcheck.ingest.pdf_superscript import Run, bracketed
from claimcheck.ingest.superscript import bracket_markdown
from claimcheck.pipeline.check import references_of


def test_markdown_superscript_citations_become_brackets_and_exponents_stay() -> None:
    text = "Mice die.^1,2^ At 10^6^ per m^2^ or cm<sup>3</sup>, Ca^2+^ and disease<sup>3–5</sup>."
    assert bracket_markdown(text) == (
        "Mice die.[1,2] At 10^6^ per m^2^ or cm<sup>3</sup>, Ca^2+^ and disease [3–5]."
    )


def test_markdown_superscripts_are_linked(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "# Intro\n\nMice die.^1,2^ Cells grow<sup>3</sup>.\n\n# References\n\n"
        "1. Smith A. One. J. 2001;1:1.\n2. Jones B. Two. J. 2002;2:2.\n"
        "3. Lee C. Three. J. 2003;3:3.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    result = extract_claims(document.body, references_of(document))
    assert [c.number for c in result.callouts] == [1, 2, 3]
    assert document.text.count("\n") == path.read_text(encoding="utf-8").count("\n")


def test_docx_superscript_runs_become_bracketed_callouts(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    paragraph = document.add_paragraph("Mice die")
    for piece in ("1", ",", "2"):
        paragraph.add_run(piece).font.superscript = True
    paragraph.add_run(" in an area of 5 m")
    paragraph.add_run("2").font.superscript = True
    paragraph.add_run(".")
    path = tmp_path / "a.docx"
    document.save(str(path))
    assert docx_text(path).startswith("Mice die [1,2] in an area of 5 m2.")


_JATS = """<article><body><sec><title>Intro</title>
<p>Known before<xref ref-type="bibr" rid="B1"><sup>1&#8211;3</sup></xref>, and
again<xref ref-type="bibr" rid="B2"><sup>2</sup></xref>.</p></sec></body>
<back><ref-list>{refs}</ref-list></back></article>"""


def test_jats_xref_printing_a_range_cites_the_whole_range(tmp_path: Path) -> None:
    refs = "".join(
        f'<ref id="B{i}"><label>{i}</label><mixed-citation>Author{i} A. Title {i}. '
        f"J. 200{i};1:1.</mixed-citation></ref>" for i in range(1, 5)
    )
    path = tmp_path / "a.xml"
    path.write_text(_JATS.format(refs=refs), encoding="utf-8")
    document = load_document(path)
    references = references_of(document)
    result = extract_marked_claims(document.body, references, document.marked,
                                   document.entry_keys)
    cited = [c.reference_ids for claim in result.claims for c in claim.citations]
    ids = [r.id for r in references]
    assert cited == [tuple(ids[:3]), (ids[1],)]


def test_pdf_small_digits_become_brackets_and_subscripts_stay(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for text, position in (("Mice die", "LINE"), ("1,2", "SUP"), (" as CO", "LINE"),
                           ("2", "SUB"), (" rose", "LINE"), ("3-5", "SUP"), (".", "LINE")):
        pdf.char_vpos = position
        pdf.write(6, text)
    path = tmp_path / "a.pdf"
    pdf.output(str(path))
    assert pdf_text(path).startswith("Mice die [1,2] as CO2 rose [3-5].")


def test_pdf_raised_digits_after_a_capital_count_only_when_raised() -> None:
    runs = [Run("the WHO", 700.0, 10.0), Run("7", 703.0, 7.0), Run(" said; CO", 700.0, 10.0),
            Run("2", 700.0, 7.0), Run(" rose", 700.0, 10.0)]
    assert bracketed("the WHO7 said; CO2 rose", runs) == "the WHO [7] said; CO2 rose"


def test_unicode_runs_are_read_wherever_they_stand() -> None:
    """Each run of raised digits read once, in order, however many and wherever (looked
    for by `str.find`, `superscript.bracket_unicode`): citations bracketed, powers kept."""
    from claimcheck.ingest.superscript import bracket_unicode

    text = "mice.¹˒² and 10 m² of cells³⁻⁵, x² then R² ¹²³ ⁴ ⁵,⁶ end.⁷"
    assert bracket_unicode(text) == (
        "mice.[1,2] and 10 m² of cells [3-5], x² then R² [123] [4] [5,6] end.[7]")
    assert bracket_unicode("¹") == "[1]"
    assert bracket_unicode("a² ²") == "a² [2]"
    assert bracket_unicode("no raised digit") == "no raised digit"
