"""Command layer: the plain `--help` pages, options grouped under headings (Input, Lookups,
Output), as ruff and pip-audit print theirs.

One layout (`command_page`, `group_page`) serves two sources of the same facts: typer's
parameters when typer prints the help (`typerapp.py`), and the declarations themselves
(`help_page`: `cli.COMMANDS` and the `cliopts.Opt` in each parameter's annotation), so that
`claimcheck --help` and `claimcheck COMMAND --help` need no typer at all (start-up time
counts). A test keeps the two byte-identical. Nothing here imports rich or typer: help must
come up in a blink, and a plain layout reads the same on a terminal, in a pipe and in CI logs.
Flags show no value placeholder; options show their `metavar` (FILE, URL, N, ...).
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path  # imported anyway by cliopts
from typing import Any

from claimcheck.cliopts import Opt

OTHER = "Other"  # the heading of options declared without a group (--help)
HELP_ROW = ("--help", "Show this message and exit.")  # click's own help option
Row = tuple[str, str]
Groups = dict[str, list[Row]]


def option_label(names: Iterable[str], flag: bool, metavar: str | None, name: str) -> str:
    """`-o, --output FILE`: short names first; a flag shows no value placeholder."""
    label = ", ".join(sorted(names, key=lambda each: each.startswith("--")))
    return label if flag else f"{label} {metavar or name.upper()}"


def grouped(rows: Iterable[tuple[str | None, Row]]) -> Groups:
    """Heading -> rows, in declaration order; options without a group (--help) last."""
    groups: Groups = {}
    for heading, row in rows:
        groups.setdefault(heading or OTHER, []).append(row)
    if OTHER in groups:
        groups[OTHER] = groups.pop(OTHER)
    return groups


def _rows(width: int, rows: list[Row], first: int) -> list[str]:
    """Two aligned columns (the first `first` wide); the help wraps under its own column."""
    lines: list[str] = []
    for left, text in rows:
        wrapped = textwrap.wrap(text, max(width - first, 30)) or [""]
        if len(left) + 4 > first:
            lines.append(f"  {left}")
            lines.extend(" " * first + piece for piece in wrapped)
            continue
        lines.append(f"  {left.ljust(first - 2)}{wrapped[0]}")
        lines.extend(" " * first + piece for piece in wrapped[1:])
    return lines


def _column(rows: list[Row]) -> int:
    return min(max((len(left) for left, _ in rows), default=0), 26) + 4


def _width() -> int:
    return min(shutil.get_terminal_size((100, 24)).columns, 100)


def first_line(text: str | None) -> str:
    return " ".join((text or "").strip().split("\n\n")[0].split())


def _page(lines: list[str], epilog: str | None) -> str:
    if epilog:
        lines += ["", epilog.strip("\n")]
    return "\n".join(lines).rstrip("\n") + "\n"  # as click prints a help page


def command_page(usage: str, text: str | None, arguments: list[Row], groups: Groups,
                 epilog: str | None) -> str:
    """A command's page: usage, its help, its arguments, its options under their headings."""
    width = _width()
    lines = [f"Usage: {usage}", ""]
    lines.extend(textwrap.fill(" ".join(p.split()), width)
                 for p in (text or "").strip().split("\n\n"))
    first = _column([*arguments, *(row for rows in groups.values() for row in rows)])
    if arguments:
        lines += ["", "Arguments:", *_rows(width, arguments, first)]
    for heading, rows in groups.items():
        lines += ["", f"{heading}:", *_rows(width, rows, first)]
    return _page(lines, epilog)


def group_page(prog: str, text: str, commands: list[Row], options: list[Row],
               epilog: str | None) -> str:
    """The top level: usage, what the tool does, each command's summary line, examples."""
    width = _width()
    first = _column([*commands, *options])
    lines = [f"Usage: {prog} [OPTIONS] COMMAND [ARGS]...", "",
             textwrap.fill(" ".join(text.split()), width),
             "", "Commands:", *_rows(width, commands, first),
             "", "Options:", *_rows(width, options, first)]
    return _page(lines, epilog)


# --- From the declarations, without typer -------------------------------------------------------
Declared = Mapping[str, tuple[Callable[..., None], str]]  # cli.COMMANDS


def declarations(function: Callable[..., None]) -> list[tuple[str, Opt, Any]]:
    """(parameter name, declaration, type hint) of each declared parameter, in order: what
    the help pages and the typer-free command-line reader (`argv.py`) both read."""
    params = []
    for name, hint in function.__annotations__.items():
        opt = next((m for m in getattr(hint, "__metadata__", ()) if isinstance(m, Opt)), None)
        if opt is not None:
            params.append((name, opt, hint))
    return params


def _declared(function: Callable[..., None]) -> list[tuple[str, Opt, bool]]:
    """(parameter name, declaration, is a flag) of each parameter, in order."""
    return [(name, opt, bool in getattr(hint.__origin__, "__args__", (hint.__origin__,)))
            for name, opt, hint in declarations(function)]


def _command_help(prog: str, command: str, function: Callable[..., None], epilog: str) -> str:
    params = _declared(function)
    arguments = [(opt.metavar or param.upper(), opt.help) for param, opt, _ in params
                 if opt.argument]
    options = [(opt.group, (option_label(opt.names or ("--" + param.replace("_", "-"),), flag,
                                         opt.metavar, param), opt.help))
               for param, opt, flag in params if not opt.argument]
    usage = " ".join([prog, command, "[OPTIONS]", *(left for left, _ in arguments)])
    return command_page(usage, _cleandoc(function.__doc__), arguments,
                        grouped([*options, (None, HELP_ROW)]), epilog)


def _cleandoc(text: str | None) -> str:
    """A docstring's paragraphs as `inspect.getdoc` gives them (lines stripped; the layout
    joins each paragraph's words)."""
    return "\n".join(line.strip() for line in (text or "").strip().splitlines())


def program_name() -> str:
    """How click names the program in usage lines: `claimcheck`, or `python -m claimcheck`."""
    package = getattr(sys.modules.get("__main__"), "__package__", None)
    if not package:
        return Path(sys.argv[0]).name
    name = Path(sys.argv[0]).stem
    return f"python -m {package if name == '__main__' else f'{package}.{name}'}"


def help_page(argv: list[str], commands: Declared, root: tuple[str, str, str]) -> str | None:
    """The page `claimcheck --help` or `claimcheck COMMAND --help` prints, or None for any
    other command line (typer handles it). `root` is the app's help, epilog and --version
    help."""
    prog = program_name()
    if argv == ["--help"]:
        text, epilog, version = root
        summaries = [(name, first_line(_cleandoc(function.__doc__)))
                     for name, (function, _) in commands.items()]
        return group_page(prog, text, summaries, [("--version", version), HELP_ROW], epilog)
    if len(argv) == 2 and argv[1] == "--help" and argv[0] in commands:
        function, epilog = commands[argv[0]]
        return _command_help(prog, argv[0], function, epilog)
    return None

