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


def test_help_groups_options_without_type_placeholders() -> None:
    for command in ("refs", "dois", "claims", "verify"):
        code, out, _ = _run(command, "--help")
        assert code == 0
        assert "<bool>" not in out and "<str>" not in out and "<path>" not in out
        assert ("Input:" in out and "Output:" in out and "Examples:" in out) or "Example:" in out
        assert "-o, --output FILE" in out
        assert "-q, --quiet  " in out  # a flag shows no value placeholder
    _, out, _ = _run("verify", "--help")
    assert "Lookups:" in out and "--offline  " in out and "--timeout SECONDS" in out
    assert "ARTICLE|DIR" in out and "PDF" in out and "folder" in out
    _, out, _ = _run("--help")
    assert "--version" in out and "verify" in out and "claimcheck dois refs.bib --fix" in out


def test_shared_options_read_the_same_in_every_command() -> None:
    """An option two commands share has one help text and group (declared once in cli.py)."""
    from typer.main import get_command

    group = get_command(app)
    seen: dict[str, tuple[str, str]] = {}
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            if param.name == "fmt" or param.param_type_name != "option":
                continue  # formats and the argument (file or folder) differ by design
            meaning = (param.help or "", getattr(param, "rich_help_panel", "") or "")
            assert seen.setdefault(param.name, meaning) == meaning, (name, param.name)


def test_help_and_version_import_no_pipeline() -> None:
    import subprocess
    import sys

    code = ("import sys; from claimcheck.cli import app\n"
            "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = {'rich', 'requests', 'urllib3', 'pypdf', 'docx', 'pybtex', 'pycrfsuite',\n"
            "         'numpy'}\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_version_from_the_entry_point_imports_not_even_typer() -> None:
    import subprocess
    import sys

    code = ("import sys; sys.argv = ['claimcheck', '--version']\n"
            "from claimcheck.__main__ import main; main()\n"
            "print('typer' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.splitlines() == [f"claimcheck {__version__}", "False"]


def test_every_command_takes_verbose_as_its_internal_error_says() -> None:
    """An internal error says "rerun with -v for the traceback": every command accepts -v."""
    from claimcheck.cli import COMMANDS

    for name in COMMANDS:
        result = CliRunner().invoke(app, [name, "--help"])
        assert "--verbose" in result.stdout, name
