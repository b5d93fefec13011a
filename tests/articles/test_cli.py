"""The article argument on the command line: identifiers, `--offline` second runs, lists,
the `--*-url` options and their `[tool.claimcheck]` keys, and the one-line exit-2 error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.render.schema import load_schema
from claimcheck.testing import StandinServices
from tests.conftest import SNAPSHOT


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def _urls(services: StandinServices, cache: Path) -> list[str]:
    return ["--europepmc-url", f"{services.url}/europepmc", "--arxiv-url",
            f"{services.url}/arxiv", "--openalex-url", f"{services.url}/openalex",
            "--cache-dir", str(cache), "--snapshot", str(SNAPSHOT), "--snapshot-complete"]


def test_dois_by_identifier_says_which_text_was_used(services: StandinServices,
                                                     tmp_path: Path) -> None:
    code, out, _ = _run("dois", "10.1000/jats.1", *_urls(services, tmp_path), "-f", "json",
                        "-q")
    assert code in (0, 1)
    report = json.loads(out)
    Draft202012Validator(load_schema()).validate(report)
    assert report["input"] == "10.1000/jats.1"
    assert report["input_source"] == {
        "kind": "jats", "service": "europepmc", "identifier": "10.1000/jats.1",
        "url": f"{services.url}/europepmc/PMC111/fullTextXML", "licence": "cc by"}
    asked = services.total
    again = _run("dois", "10.1000/jats.1", *_urls(services, tmp_path), "-f", "json", "-q",
                 "--offline")
    assert services.total == asked and json.loads(again[1]) == report


def test_no_open_full_text_is_one_line_and_exit_2(services: StandinServices,
                                                  tmp_path: Path) -> None:
    code, _, err = _run("dois", "10.1000/closed.1", *_urls(services, tmp_path), "-q")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(
        "claimcheck: error: 10.1000/closed.1: no open full text found (tried: Europe PMC")


def test_a_missing_file_is_still_a_missing_file(tmp_path: Path) -> None:
    code, _, err = _run("refs", str(tmp_path / "nothing.md"))
    assert code == 2 and "no such file" in err


def test_a_list_of_identifiers_gives_one_report_each(services: StandinServices,
                                                     tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("PMC111\n2101.00001\n10.1000/closed.1\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = _run("dois", str(ids), *_urls(services, tmp_path / "cache"), "-f", "json",
                        "-o", f"{out}/")
    assert code == 2  # one article had no open text; the others were checked
    assert sorted(p.name for p in out.iterdir()) == ["2101.00001.json", "PMC111.json"]
    assert json.loads((out / "2101.00001.json").read_text())["input_source"]["kind"] == "latex"
    assert "10.1000/closed.1: no open full text found" in err


def test_claims_reads_the_urls_from_the_config_file(services: StandinServices, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    (tmp_path / "claimcheck.toml").write_text(
        f'europepmc-url = "{services.url}/europepmc"\n', encoding="utf-8")
    code, out, _ = _run("claims", "PMC111", "-f", "json")
    assert code in (0, 1)
    assert json.loads(out)["input_source"]["service"] == "europepmc"
    assert services.requests["/europepmc/PMC111/fullTextXML"] == 1


def test_stderr_names_the_text_read(services: StandinServices, tmp_path: Path) -> None:
    code, _, err = _run("dois", "PMC111", *_urls(services, tmp_path), "-f", "json")
    assert code in (0, 1)
    assert err.splitlines()[0] == (f"PMC111: read jats from europepmc "
                                   f"({services.url}/europepmc/PMC111/fullTextXML)")


def test_sarif_points_at_the_downloaded_text(services: StandinServices, tmp_path: Path) -> None:
    code, out, _ = _run("dois", "PMC111", *_urls(services, tmp_path), "-f", "sarif", "-q")
    assert code in (0, 1)
    artifact = json.loads(out)["runs"][0]["artifacts"][0]["location"]["uri"]
    assert artifact == f"{services.url}/europepmc/PMC111/fullTextXML"
