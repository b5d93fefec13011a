"""Every input kind through `claimcheck verify`, offline against the example's snapshot."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from tests.conftest import REPO, SNAPSHOT

INPUTS = REPO / "tests" / "fixtures" / "inputs"
OFFLINE = ["--offline", "--snapshot", str(SNAPSHOT), "--snapshot-complete", "--no-cache",
           "--format", "json", "-q"]


def _verify(path: Path, *extra: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, ["verify", str(path), *OFFLINE, *extra])
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)


def _rules(report: dict) -> list[str]:  # type: ignore[type-arg]
    return sorted(f["rule"] for f in report["findings"])


@pytest.mark.parametrize("name", ["paper.tex", "pandoc.md"])
def test_latex_and_pandoc_link_keys_and_report_unused_entries(name: str) -> None:
    code, report = _verify(INPUTS / name)
    cited = {i for c in report["claims"] for cit in c["citations"] for i in cit["reference_ids"]}
    assert cited == {"berman2000", "zarate2006"}
    assert "reference-uncited" in _rules(report)
    assert {r["id"]: r["status"] for r in report["references"]}["berman2000"] == "verified"
    if name == "paper.tex":
        assert "citation-unresolved" in _rules(report)
        assert code == 1


def test_jats_input_links_by_xml_ids() -> None:
    _, report = _verify(INPUTS / "article.xml")
    citations = [cit for c in report["claims"] for cit in c["citations"]]
    assert [c["text"] for c in citations] == ["Berman et al., 2000", "Zarate et al., 2006"]
    assert all(c["reference_ids"] for c in citations)
    assert "citation-unresolved" not in _rules(report)


def test_bibtex_input_is_checked_without_claims() -> None:
    _, report = _verify(INPUTS / "paper.bib")
    assert report["claims"] == []
    statuses = {r["id"]: r["status"] for r in report["references"]}
    assert statuses["berman2000"] == "verified"


def test_docx_input_through_verify(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Ketamine works fast (Berman et al., 2000).")
    document.add_paragraph("References")
    document.add_paragraph(
        "Berman, R. M., Cappiello, A., and Anand, A. (2000). Antidepressant effects of ketamine "
        "in depressed patients. Biol. Psychiatry 47, 351–354. doi: 10.1016/s0006-3223(99)00230-9"
    )
    path = tmp_path / "a.docx"
    document.save(str(path))
    _, report = _verify(path)
    assert report["references"][0]["status"] == "verified"
    assert report["references"][0]["line"] == 3  # the paragraph number
    assert report["claims"][0]["citations"][0]["reference_ids"] == ["Berman2000"]


def test_unreadable_inputs_exit_2_with_one_line(tmp_path: Path) -> None:
    for name, content in (("x.xml", b"<article>"), ("x.docx", b"zip?"), ("x.pdf", b"%PDF-1.4")):
        path = tmp_path / name
        path.write_bytes(content)
        result = CliRunner().invoke(app, ["verify", str(path), *OFFLINE])
        assert result.exit_code == 2, name
        assert "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1
