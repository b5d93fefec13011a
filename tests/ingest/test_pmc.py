"""JATS as PMC serves it: wrappers, .xml.gz and the OA .tar.gz package link as the bare XML.

The wrappers here are made in the documented shapes (efetch's `<pmc-articleset>`, OAI-PMH
`GetRecord`) around the project's own tests/fixtures/inputs/article.xml; the recorded efetch
body in ../shared/data/service-samples/ is read where present.
"""

from __future__ import annotations

import gzip
import io
import tarfile
from pathlib import Path

import pytest

from claimcheck.ingest import InputError, input_format, load_document
from tests.conftest import REPO

ARTICLE = (REPO / "tests" / "fixtures" / "inputs" / "article.xml").read_text(encoding="utf-8")
BARE = ARTICLE.split("?>", 1)[-1] if ARTICLE.startswith("<?xml") else ARTICLE
OAI = ('<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><GetRecord><record><header>'
       "<identifier>oai:pubmedcentral.nih.gov:1</identifier><setSpec>pmc-open</setSpec>"
       "</header><metadata>{}</metadata></record></GetRecord></OAI-PMH>")


def _same_as_bare(path: Path) -> None:
    plain, wrapped = load_document(REPO / "tests" / "fixtures" / "inputs" / "article.xml"), \
        load_document(path)
    assert wrapped.body == plain.body
    assert wrapped.references == plain.references
    assert wrapped.marked == plain.marked
    assert wrapped.entry_keys == plain.entry_keys


@pytest.mark.parametrize("shape", ["<pmc-articleset>{}</pmc-articleset>", OAI])
def test_wrapped_article_reads_as_the_bare_one(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "a.xml"
    path.write_text('<?xml version="1.0" ?>\n' + shape.format(BARE), encoding="utf-8")
    _same_as_bare(path)


def test_several_articles_in_one_wrapper_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "set.xml"
    path.write_text(f"<pmc-articleset>{BARE}{BARE}</pmc-articleset>", encoding="utf-8")
    with pytest.raises(InputError, match="holds 2 articles; claimcheck checks one article"):
        load_document(path)


def test_unknown_root_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text("<html><body/></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a JATS article \(root element is <html>\)"):
        load_document(path)


def test_xml_gz_and_oa_package(tmp_path: Path) -> None:
    gz = tmp_path / "article.nxml.gz"
    gz.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    assert input_format(gz) == "jats"
    _same_as_bare(gz)
    package = tmp_path / "PMC1.tar.gz"
    with tarfile.open(package, "w:gz") as archive:
        for name, data in (("PMC1/a.nxml", ARTICLE.encode()), ("PMC1/f1.jpg", b"\xff\xd8")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    assert input_format(package) == "package"
    _same_as_bare(package)
    assert load_document(package).path == f"{package}:PMC1/a.nxml"


def test_package_without_an_article_and_a_broken_gzip(tmp_path: Path) -> None:
    package = tmp_path / "empty.tar.gz"
    with tarfile.open(package, "w:gz") as archive:
        info = tarfile.TarInfo("readme.txt")
        archive.addfile(info, io.BytesIO(b""))
    with pytest.raises(InputError, match=r"no JATS \.nxml/\.xml or main \.tex"):
        load_document(package)
    broken = tmp_path / "a.xml.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match="not a readable gzip"):
        load_document(broken)


def test_package_member_escaping_the_folder_is_refused(tmp_path: Path) -> None:
    package = tmp_path / "evil.tar.gz"
    with tarfile.open(package, "w:gz") as archive:
        info = tarfile.TarInfo("../../escape.nxml")
        info.size = 3
        archive.addfile(info, io.BytesIO(b"<a/"))
    with pytest.raises(InputError, match="not a readable tar"):
        load_document(package)
    assert not (tmp_path.parent / "escape.nxml").exists()


def test_recorded_efetch_wrapper_is_unwrapped(shared_dir: Path) -> None:
    efetch = shared_dir / "data" / "service-samples" / \
        "ncbi-efetch-db-pmc-pmc-articleset-PMC8435807-correction-notice.xml"
    # A correction notice: unwrapped fine, then refused for having no reference list.
    with pytest.raises(InputError, match="has no ref-list entries"):
        load_document(efetch)


def test_arxiv_source_package_reads_the_paper_not_a_standalone_figure(tmp_path: Path) -> None:
    inputs = REPO / "tests" / "fixtures" / "inputs"
    figure = b"\\documentclass{standalone}\\begin{document}x\\end{document}" + b" " * 900
    package = tmp_path / "2101.00001.tar.gz"
    with tarfile.open(package, "w:gz") as archive:
        for name, data in (("a-figure.tex", figure), ("paper.tex", (inputs / "paper.tex")
                           .read_bytes()), ("paper.bib", (inputs / "paper.bib").read_bytes())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    document = load_document(package)
    assert document.path.endswith(":paper.tex")
    assert document.marked[0].keys == ("berman2000",)


def test_a_split_latex_paper_is_read_with_its_sections(tmp_path: Path) -> None:
    inputs = REPO / "tests" / "fixtures" / "inputs"
    main = (b"\\documentclass{article}\\begin{document}\n\\input{sections/intro}\n"
            b"\\include{../../escape}\n\\bibliography{paper}\n\\end{document}\n")
    intro = b"Ketamine acts fast~\\citep{berman2000}.\n"
    package = tmp_path / "split.tar.gz"
    with tarfile.open(package, "w:gz") as archive:
        for name, data in (("main.tex", main), ("sections/intro.tex", intro),
                           ("paper.bib", (inputs / "paper.bib").read_bytes())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    document = load_document(package)
    assert [m.keys for m in document.marked] == [("berman2000",)]
    assert "Ketamine acts fast" in document.body
