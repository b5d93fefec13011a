"""Hostile structure in the marked-up inputs: deep nesting and many citations per line are
read in full, with every marked callout's offsets on its own text."""

from __future__ import annotations

from pathlib import Path

from claimcheck.ingest import load_document
from claimcheck.ingest.interface import Document
from claimcheck.parse.patterns import split_label

BIB = "@article{smith, author={Smith, J.}, title={A study}, journal={J}, year={2001}}\n"
REF = '<ref id="r1"><mixed-citation>Smith J. A study. J Things. 2001;1:1-2.</mixed-citation></ref>'


def _offsets_hold(document: Document) -> None:
    assert document.marked
    for marked in document.marked:
        assert document.body[marked.start : marked.end] == marked.text


def test_jats_nested_past_the_recursion_limit(tmp_path: Path) -> None:
    depth = 5_000
    body = ("<p>" + "<italic>" * depth + 'Deep <xref ref-type="bibr" rid="r1">1</xref>'
            + "</italic>" * depth + "</p>")
    path = tmp_path / "deep.xml"
    path.write_text(f"<article><body>{body}</body><back><ref-list>{REF}</ref-list></back>"
                    "</article>", encoding="utf-8")
    document = load_document(path)
    assert "Deep 1" in document.body
    assert [m.keys for m in document.marked] == [("r1",)]
    _offsets_hold(document)


def test_jats_refs_nested_in_refs_count_once(tmp_path: Path) -> None:
    nested = REF.replace("</ref>", "") * 300 + "</ref>" * 300
    path = tmp_path / "refs.xml"
    path.write_text(f"<article><body><p>x</p></body><back><ref-list>{nested}</ref-list></back>"
                    "</article>", encoding="utf-8")
    assert len(load_document(path).references) == 1


def test_many_latex_cites_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "a.tex"
    path.write_text(r"\emph{Intro} " + " ".join(r"Finding \cite{smith} and \citep{smith}."
                                                 for _ in range(200)) + "\n\\bibliography{a}\n",
                    encoding="utf-8")
    document = load_document(path)
    assert len(document.marked) == 400
    _offsets_hold(document)


def test_many_pandoc_citations(tmp_path: Path) -> None:
    (tmp_path / "a.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "a.md"
    path.write_text("---\nbibliography: a.bib\n---\n\n" + " ".join(
        "Finding [see @smith, p. 3] as @smith says." for _ in range(200)) + "\n",
                    encoding="utf-8")
    document = load_document(path)
    assert len(document.marked) == 400  # the @smith inside a bracket is not counted again
    _offsets_hold(document)


def test_labels_of_long_lists_match_only_their_position() -> None:
    assert split_label("1999. Smith J. A study.", 1999) == ("1999", "Smith J. A study.")
    assert split_label("[1234] Smith J.", 1234) == ("1234", "Smith J.")
    assert split_label("1999. Smith J. A study.", 2000) == ("", "1999. Smith J. A study.")
