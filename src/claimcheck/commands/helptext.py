"""Command layer: plain `--help` text with options grouped under headings (Input, Lookups,
Output), as ruff and pip-audit print theirs.

The group of an option is typer's `rich_help_panel`, but nothing here imports rich: help must
come up in a blink, and a plain layout reads the same on a terminal, in a pipe and in CI logs.
Flags show no value placeholder; options show their `metavar` (FILE, URL, N, ...).
"""

from __future__ import annotations

import shutil
import textwrap
from typing import Any

from typer.core import TyperCommand, TyperGroup

OTHER = "Other"  # the heading of options declared without a group (--help)


def _names(param: Any) -> str:
    given = [*param.opts, *param.secondary_opts]
    names = ", ".join(sorted(given, key=lambda name: name.startswith("--")))  # -o, --output
    if param.is_flag or param.count:
        return names
    return f"{names} {param.metavar or param.name.upper()}"


def _rows(width: int, rows: list[tuple[str, str]], first: int) -> list[str]:
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


def grouped_options(params: list[Any]) -> dict[str, list[tuple[str, str]]]:
    """Heading -> (option names with metavar, help) rows, in declaration order."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for param in params:
        if param.param_type_name != "option" or getattr(param, "hidden", False):
            continue
        heading = getattr(param, "rich_help_panel", None) or OTHER
        groups.setdefault(heading, []).append((_names(param), param.help or ""))
    if OTHER in groups:  # --help last
        groups[OTHER] = groups.pop(OTHER)
    return groups


def _column(rows: list[tuple[str, str]]) -> int:
    return min(max((len(left) for left, _ in rows), default=0), 26) + 4


def _width() -> int:
    return min(shutil.get_terminal_size((100, 24)).columns, 100)


def _first_line(text: str | None) -> str:
    return " ".join((text or "").strip().split("\n\n")[0].split())


class GroupedCommand(TyperCommand):
    """A typer command whose help lists its options under their group's heading."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """`[OPTIONS] ARTICLE|DIR`, also in usage errors (typer would print `{ARTICLE|DIR}`)."""
        arguments = [p for p in self.params if p.param_type_name == "argument"]
        return ["[OPTIONS]", *(a.metavar or str(a.name).upper() for a in arguments)]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        width = _width()
        arguments = [p for p in self.params if p.param_type_name == "argument"]
        usage = " ".join([ctx.command_path, *self.collect_usage_pieces(ctx)])
        lines = [f"Usage: {usage}", ""]
        lines.extend(textwrap.fill(" ".join(p.split()), width)
                     for p in (self.help or "").strip().split("\n\n"))
        argument_rows = [(a.metavar or str(a.name).upper(), getattr(a, "help", "") or "")
                         for a in arguments]
        groups = grouped_options(self.get_params(ctx))
        first = _column([*argument_rows, *(row for rows in groups.values() for row in rows)])
        if argument_rows:
            lines += ["", "Arguments:", *_rows(width, argument_rows, first)]
        for heading, rows in groups.items():
            lines += ["", f"{heading}:", *_rows(width, rows, first)]
        if self.epilog:
            lines += ["", self.epilog.strip("\n")]
        formatter.write("\n".join(lines) + "\n")


class GroupedGroup(TyperGroup):
    """The top level: usage, what the tool does, each command's summary line, examples."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        width = _width()
        commands = [(name, _first_line(self.commands[name].help))
                    for name in self.list_commands(ctx) if not self.commands[name].hidden]
        options = [row for rows in grouped_options(self.get_params(ctx)).values() for row in rows]
        first = _column([*commands, *options])
        lines = [f"Usage: {ctx.command_path} [OPTIONS] COMMAND [ARGS]...", "",
                 textwrap.fill(" ".join((self.help or "").split()), width),
                 "", "Commands:", *_rows(width, commands, first),
                 "", "Options:", *_rows(width, options, first)]
        if self.epilog:
            lines += ["", self.epilog.strip("\n")]
        formatter.write("\n".join(lines) + "\n")
