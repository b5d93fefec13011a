"""`--help` without typer (commands/helptext.py) prints exactly what typer prints."""

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimcheck import cli
from claimcheck.commands import helptext

PAGES = (["--help"], *([name, "--help"] for name in cli.COMMANDS))
ROOT = (cli.HELP, cli.EPILOG, cli.VERSION_HELP)


@pytest.mark.parametrize("width", [40, 80, 100, 160])
def test_every_help_page_is_typers_at_every_width(width: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setattr(helptext, "program_name", lambda: "claimcheck")
    for argv in PAGES:
        typers = CliRunner().invoke(cli.app, argv, prog_name="claimcheck")
        assert typers.exit_code == 0
        assert helptext.help_page(argv, cli.COMMANDS, ROOT) == typers.stdout, argv


def test_other_command_lines_go_to_typer() -> None:
    for argv in ([], ["dois"], ["dois", "paper.md", "--help"], ["--help", "dois"],
                 ["nonsense", "--help"], ["--version"]):
        assert helptext.help_page(argv, cli.COMMANDS, ROOT) is None, argv


def test_help_from_the_entry_point_imports_no_typer() -> None:
    code = ("import sys; sys.argv = ['claimcheck', 'verify', '--help']\n"
            "from claimcheck.__main__ import main; main()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'typer', 'rich', 'requests', 'pybtex', 'pycrfsuite'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.startswith("Usage: claimcheck verify [OPTIONS] ARTICLE|DIR\n")
    assert done.stdout.splitlines()[-1] == "[]"


def test_python_dash_m_names_itself_as_click_does() -> None:
    done = subprocess.run([sys.executable, "-m", "claimcheck", "--help"], capture_output=True,
                          text=True, check=True)
    assert done.stdout.splitlines()[0] == ("Usage: python -m claimcheck [OPTIONS] COMMAND "
                                           "[ARGS]...")
