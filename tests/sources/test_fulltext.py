"""The user's full texts: found by DOI file name or by title, read from JATS or PDF."""

from pathlib import Path

import pytest

from claimcheck.model import Doi
from claimcheck.sources import NO_FULLTEXT, FullTextFolder, SourceError, WithFullText
from claimcheck.sources.fulltext import doi_key, jats_text

JATS = """<?xml version="1.0"?>
<article><front><article-meta><title-group>
<article-title>Ketamine in treatment-resistant depression</article-title></title-group>
<abstract><p>Ketamine produced rapid antidepressant effects.</p></abstract></article-meta>
</front><body><sec><title>Results</title><p>Response rates were 71% at 24 hours.</p></sec>
</body><back><ref-list><ref><mixed-citation>Not this text.</mixed-citation></ref></ref-list>
</back></article>"""


def _folder(tmp_path: Path, name: str = "10.1000_ket.2000.xml") -> Path:
    (tmp_path / name).write_text(JATS, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    return tmp_path


def test_doi_keys_meet_file_names() -> None:
    assert doi_key("10.1000/KET.2000") == doi_key("10.1000_ket.2000") == "10.1000_ket.2000"
    assert doi_key("10.1000%2Fket.2000") == "10.1000_ket.2000"


def test_jats_text_has_title_abstract_and_body_but_no_references(tmp_path: Path) -> None:
    text = jats_text(_folder(tmp_path) / "10.1000_ket.2000.xml")
    assert text.title == "Ketamine in treatment-resistant depression"
    assert "rapid antidepressant effects" in text.text
    assert "71% at 24 hours" in text.text
    assert "Not this text" not in text.text


def test_found_by_doi_else_by_title_else_not(tmp_path: Path) -> None:
    folder = FullTextFolder(_folder(tmp_path))
    assert folder.find("10.1000/ket.2000", "").name == "10.1000_ket.2000.xml"
    by_title = folder.find("10.9/other", "Ketamine in Treatment-Resistant Depression.")
    assert by_title.name == "10.1000_ket.2000.xml"
    assert folder.find("10.9/other", "Soil bacteria in alpine meadows") is NO_FULLTEXT


def test_broken_xml_is_no_full_text(tmp_path: Path) -> None:
    (tmp_path / "10.1_x.xml").write_text("<article><p>unclosed", encoding="utf-8")
    assert FullTextFolder(tmp_path).find("10.1/x", "") is NO_FULLTEXT


def test_wrapper_needs_a_folder_and_answers_without_an_abstract_source(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        WithFullText(None, tmp_path / "missing")
    source = WithFullText(None, _folder(tmp_path))
    assert source.fulltext(Doi("10.1000/ket.2000"), "").name == "10.1000_ket.2000.xml"
    assert source.abstracts([Doi("10.1/a")])[Doi("10.1/a")].reason == "no abstract source"


def test_pdf_full_text_joins_lines_and_takes_its_title(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_title("Ketamine in treatment-resistant depression")
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Response rates were seventy percent at one day after a single "
                         "infusion of ketamine in patients with treatment-resistant depression. "
                         "Dissociation was brief.")
    pdf.output(str(tmp_path / "10.1000_ket.pdf"))
    (tmp_path / "10.1000_broken.pdf").write_bytes(b"%PDF-1.4 not really")
    folder = FullTextFolder(tmp_path)
    found = folder.find("10.1000/KET", "")
    assert found.title == "Ketamine in treatment-resistant depression"
    assert "seventy percent at one day after a single infusion of ketamine" in found.text
    assert folder.find("10.1000/broken", "") is NO_FULLTEXT
