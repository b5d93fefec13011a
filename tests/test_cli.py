import json
from pathlib import Path

from typer.testing import CliRunner

from claimcheck import __version__
from claimcheck.cli import app
from tests.conftest import EXAMPLE, SNAPSHOT

OFFLINE = ["--offline", "--snapshot", str(SNAPSHOT), "--snapshot-complete", "--no-cache"]


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    assert _run("--version")[1].strip() == f"claimcheck {__version__}"


def test_exit_codes_follow_fail_on() -> None:
    assert _run("dois", str(EXAMPLE), *OFFLINE, "-q")[0] == 1  # errors in the example
    assert _run("dois", str(EXAMPLE), *OFFLINE, "-q", "--fail-on", "never")[0] == 0
    code, _, _ = _run("dois", str(EXAMPLE), *OFFLINE, "-q", "--select", "year-online-print")
    assert code == 0  # only info findings kept; default threshold is error
    code, _, _ = _run("dois", str(EXAMPLE), *OFFLINE, "-q", "--select", "year-online-print",
                      "--fail-on", "info")
    assert code == 1


def test_select_and_ignore_filter_findings() -> None:
    _, out, _ = _run("dois", str(EXAMPLE), *OFFLINE, "-q", "--format", "json",
                     "--ignore", "doi-not-found,author-mismatch")
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert rules and not rules & {"doi-not-found", "author-mismatch"}


def test_offline_without_answers_is_incomplete_exit_3() -> None:
    code, out, err = _run("dois", str(EXAMPLE), "--offline", "--no-cache", "--format", "json")
    assert code == 3
    report = json.loads(out)
    assert report["complete"] is False
    assert not any(f["rule"].startswith("doi-") for f in report["findings"])
    assert "unchecked" in err


def test_usage_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    for args in (["verify", str(tmp_path / "missing.md")],
                 ["verify", str(EXAMPLE), "--fail-on", "sometimes"],
                 ["verify", str(EXAMPLE), "--format", "pdf", *OFFLINE],
                 ["verify", str(tmp_path)]):
        code, _, err = _run(*args)
        assert code == 2, args
        assert len(err.strip().splitlines()) == 1, err


def test_config_file_beside_the_article_sets_defaults(tmp_path: Path) -> None:
    article = tmp_path / "review.md"
    article.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "claimcheck.toml").write_text('fail-on = "never"\nformat = "json"\n')
    code, out, _ = _run("dois", str(article), *OFFLINE, "-q")
    assert code == 0
    assert json.loads(out)["schema_version"] == 1
    code, _, _ = _run("dois", str(article), *OFFLINE, "-q", "--fail-on", "error")
    assert code == 1  # a flag beats the file


def test_report_to_file_is_written_and_summary_goes_to_stderr(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, out, err = _run("verify", str(EXAMPLE), *OFFLINE, "--format", "html", "-o", str(target))
    assert code == 1
    assert out == ""
    assert "98 references" in err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
