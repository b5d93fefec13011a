from pathlib import Path

import pytest

from claimcheck.ingest import InputError, load_document
from claimcheck.ingest.jats import split_jats
from tests.conftest import REPO

INPUTS = REPO / "tests" / "fixtures" / "inputs"


def test_bibtex_input_gives_structured_references_with_their_keys() -> None:
    document = load_document(INPUTS / "paper.bib")
    assert document.entry_keys == ("berman2000", "zarate2006", "unused1999")
    assert document.references[1].authors[0].suffix == "Jr."
    assert document.references[0].doi == "10.1016/s0006-3223(99)00230-9"


def test_latex_cites_are_marked_with_keys_and_lines_kept() -> None:
    document = load_document(INPUTS / "paper.tex")
    assert [m.keys for m in document.marked] == [
        ("berman2000",), ("zarate2006", "berman2000"), ("missingkey",)
    ]
    lines = document.body.split("\n")
    source = (INPUTS / "paper.tex").read_text().split("\n")
    for marked in document.marked:
        line = document.body.count("\n", 0, marked.start)
        assert document.body[marked.start : marked.end] == marked.text
        assert "cite" in source[line]  # the same line of the .tex file
    assert "## Introduction" in lines


def test_pandoc_citations_and_front_matter_bibliography() -> None:
    document = load_document(INPUTS / "pandoc.md")
    assert [m.keys for m in document.marked] == [
        ("berman2000",), ("zarate2006",), ("zarate2006", "berman2000")
    ]
    assert all(document.body[m.start : m.end] == m.text for m in document.marked)


def test_jats_references_and_xrefs() -> None:
    document = load_document(INPUTS / "article.xml")
    assert document.entry_keys == ("bib1", "bib2")
    berman, zarate = document.references
    assert (berman.authors[0].family, berman.et_al, berman.pages) == ("Berman", True, "351-354")
    assert zarate.raw.startswith("Zarate CA (2006)")
    assert [document.body[m.start : m.end] for m in document.marked] == [
        "Berman et al., 2000", "Zarate et al., 2006"
    ]
    assert "Introduction" in document.body


def test_jats_whitespace_only_pieces_leave_no_double_space_or_blank_run() -> None:
    # A whitespace-only element (<bold> </bold>) and the indentation between a title and the
    # next paragraph collapse to nothing; they must not hide the space or break before them.
    xml = ('<article><body><sec><title>Methods</title>\n  <p>Shown <bold> </bold> before '
           '<xref ref-type="bibr" rid="r1">1</xref>.</p>\n</sec></body><back><ref-list>'
           '<ref id="r1"><mixed-citation>Doe J. A title. J Biol. 2001;1:1-2.</mixed-citation>'
           "</ref></ref-list></back></article>")
    document = split_jats(xml)
    assert document.body == "Methods\n\nShown before 1.\n\n"
    assert [document.body[m.start : m.end] for m in document.marked] == ["1"]


def test_malformed_xml_and_entity_expansion_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<article><body>")
    with pytest.raises(InputError, match="not well-formed"):
        load_document(bad)
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><article>&x;</article>')
    with pytest.raises(InputError):
        load_document(bomb)


def test_docx_paragraphs_become_lines(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Introduction", level=1)
    document.add_paragraph("Ketamine is fast (Berman et al., 2000).")
    document.add_paragraph("References")
    document.add_paragraph("Berman, R. M., et al. (2000). Antidepressant effects. Biol. 47, 1-2.")
    path = tmp_path / "a.docx"
    document.save(str(path))
    loaded = load_document(path)
    assert len(loaded.entries) == 1
    assert loaded.entries[0].line == 4  # the fourth paragraph
    assert "## Introduction" in loaded.body


def test_pdf_text_with_page_furniture_removed(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("helvetica", size=11)
    for page in range(1, 4):
        pdf.add_page()
        pdf.cell(0, 8, "Journal of Tests | Volume 1", new_x="LMARGIN", new_y="NEXT")
        if page < 3:
            pdf.multi_cell(0, 6, "Ketamine acts fast (Berman et al., 2000). " * 5)
        else:
            pdf.cell(0, 8, "References", new_x="LMARGIN", new_y="NEXT")
            pdf.cell(0, 8, "Berman, R. M. (2000). Antidepressant effects. Biol. 47, 351-354.",
                     new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, str(page), new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "a.pdf"
    pdf.output(str(path))
    loaded = load_document(path)
    assert [e.text[:10] for e in loaded.entries] == ["Berman, R."]
    assert "Journal of Tests" not in loaded.text


def test_unreadable_docx_and_pdf_are_one_line_errors(tmp_path: Path) -> None:
    for name in ("x.docx", "x.pdf"):
        path = tmp_path / name
        path.write_bytes(b"not really")
        with pytest.raises(InputError):
            load_document(path)
