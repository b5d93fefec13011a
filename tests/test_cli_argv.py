"""The command line read without typer (`commands/argv.py`) reads every line exactly as
typer does, or leaves it to typer."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from claimcheck.cli import COMMANDS, app
from claimcheck.commands.argv import read

READ_HERE = [
    ["dois", "paper.md"],
    ["dois", "paper.md", "--mailto", "me@example.org", "--format", "json", "-q"],
    ["dois", "--workers=2", "paper.md", "--timeout", "2.5", "--offline", "--no-cache"],
    ["dois", "paper.md", "-f", "json", "-f", "table", "--fix", "-o", "out.bib"],  # last wins
    ["dois", "paper.md", "--cache-dir", "", "--select", "", "--snapshot", "x.jsonl"],
    ["verify", "articles/", "-o", "reports/", "--format=html", "--fulltext", "pdfs",
     "--snapshot-complete", "--max-references", "50000", "--max-text-mb", "1e1", "-v"],
    ["verify", "paper.md", "--openalex-snapshot", "oa.jsonl", "--fail-on", "warning",
     "--ignore", "reference-uncited", "--refresh", "--input-format", "markdown"],
    ["claims", "paper.md", "--format", "table", "--max-callouts-per-sentence", " 12 "],
    ["refs", "paper.md", "-o", "refs.bib", "--max-pdf-pages", "1_000"],
    ["dois", "10.1371/journal.pone.0213978", "--crossref-url", "http://127.0.0.1:9"],
]
LEFT_TO_TYPER = [
    [], ["nosuch", "paper.md"], ["dois"], ["dois", "a.md", "b.md"], ["dois", "paper.md", "-qv"],
    ["dois", "paper.md", "--workers"], ["dois", "paper.md", "--workers", "two"],
    ["dois", "paper.md", "--workers", "-2"], ["dois", "paper.md", "--offline=yes"],
    ["dois", "paper.md", "--help"], ["dois", "--", "paper.md"], ["dois", "-", "-q"],
    ["dois", "paper.md", "-ojson"], ["dois", "paper.md", "--mailto", "-x"],
    ["claims", "paper.md", "--mailto", "me@example.org"],  # not one of claims' options
    ["--version", "dois", "paper.md"], ["dois", "paper.md", "--version"],
]


def _typer_reads(argv: list[str]) -> dict[str, Any]:
    """What typer calls the command with: click's values, then typer's Path conversion."""
    group = get_command(app)
    command = group.commands[argv[0]]  # type: ignore[attr-defined]
    with command.make_context(argv[0], list(argv[1:])) as context:
        values = dict(context.params)
    hints = COMMANDS[argv[0]][0].__annotations__
    return {name: Path(value) if value is not None and Path in getattr(
        hints[name].__origin__, "__args__", ()) else value for name, value in values.items()}


def _with_defaults(argv: list[str]) -> dict[str, Any]:
    found = read(argv, COMMANDS)
    assert found is not None, argv
    function, values = found
    defaults = {name: p.default for name, p in inspect.signature(function).parameters.items()}
    return {**defaults, **values}


@pytest.mark.parametrize("argv", READ_HERE)
def test_reads_a_plain_line_as_typer_does(argv: list[str]) -> None:
    assert _with_defaults(argv) == _typer_reads(argv)


@pytest.mark.parametrize("argv", LEFT_TO_TYPER)
def test_anything_unusual_is_left_to_typer(argv: list[str]) -> None:
    assert read(argv, COMMANDS) is None


def test_an_unreadable_existing_path_is_left_to_typer(tmp_path: Path) -> None:
    secret = tmp_path / "secret.jsonl"
    secret.write_text("", encoding="utf-8")
    secret.chmod(0)
    try:
        with secret.open("rb"):
            readable = True  # root reads anything: then so does click
    except PermissionError:
        readable = False
    finally:
        secret.chmod(0o600)
    argv = ["dois", "paper.md", "--snapshot", str(secret)]
    secret.chmod(0)
    try:
        assert (read(argv, COMMANDS) is not None) == readable
    finally:
        secret.chmod(0o600)


def test_a_plain_command_runs_without_typer(tmp_path: Path) -> None:
    article = tmp_path / "note.md"
    article.write_text("Text (Smith, 2001).\n\n## References\n\n- Smith, J. (2001). A title. "
                       "*Journal*, 1, 1-2.\n", encoding="utf-8")
    code = ("import sys\n"
            f"sys.argv = ['claimcheck', 'claims', {str(article)!r}, '-q', '-o', "
            f"{str(tmp_path / 'claims.jsonl')!r}]\n"
            "from claimcheck.__main__ import main\n"
            "try:\n    main()\nexcept SystemExit as exit:\n    print(exit.code)\n"
            "print('typer' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.splitlines() == ["0", "False"]
    assert '"Smith2001"' in (tmp_path / "claims.jsonl").read_text(encoding="utf-8")


def test_a_usage_error_still_comes_from_typer() -> None:
    done = subprocess.run([sys.executable, "-m", "claimcheck", "dois", "paper.md", "--workers",
                           "two"], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "Invalid value" in done.stderr and "two" in done.stderr
