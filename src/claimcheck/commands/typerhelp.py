"""Command layer: the commands as typer sees them, with the plain grouped help of
`helptext.py`.

Imported only when a command runs (`cli.build_app`): typer is most of the CLI's start-up time.
`with_typer_params` turns each parameter's `cliopts.Opt` into the typer Option or Argument it
describes; `GroupedCommand` and `GroupedGroup` print help through the same layout as the
typer-free `--help`, from typer's parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from types import FunctionType
from typing import Annotated, Any, TypeVar, cast

from typer.core import TyperCommand, TyperGroup

from claimcheck.cliopts import Opt
from claimcheck.commands.helptext import (
    command_page,
    first_line,
    group_page,
    grouped,
    option_label,
)

F = TypeVar("F", bound=Callable[..., None])


def with_typer_params(function: F) -> F:
    """A copy of the function whose `Annotated[T, Opt]` parameters are annotated `Annotated[T,
    typer parameter]` instead, which typer reads (the declared function is left as it is: the
    typer-free `--help` reads it)."""
    typed = FunctionType(function.__code__, function.__globals__, function.__name__,
                         function.__defaults__, function.__closure__)
    typed.__kwdefaults__, typed.__doc__ = function.__kwdefaults__, function.__doc__
    typed.__annotations__ = {name: _typer_hint(hint)
                             for name, hint in function.__annotations__.items()}
    return cast(F, typed)


def _typer_hint(hint: Any) -> Any:
    opts = [m for m in getattr(hint, "__metadata__", ()) if isinstance(m, Opt)]
    return Annotated[hint.__origin__, opts[0].to_typer()] if opts else hint


def _options(params: list[Any]) -> dict[str, list[tuple[str, str]]]:
    rows = [(getattr(p, "rich_help_panel", None),
             (option_label([*p.opts, *p.secondary_opts], p.is_flag or p.count, p.metavar,
                           p.name), p.help or ""))
            for p in params
            if p.param_type_name == "option" and not getattr(p, "hidden", False)]
    return grouped(rows)


class GroupedCommand(TyperCommand):
    """A typer command whose help lists its options under their group's heading."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """`[OPTIONS] ARTICLE|DIR`, also in usage errors (typer would print `{ARTICLE|DIR}`)."""
        arguments = [p for p in self.params if p.param_type_name == "argument"]
        return ["[OPTIONS]", *(a.metavar or str(a.name).upper() for a in arguments)]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        arguments = [(a.metavar or str(a.name).upper(), getattr(a, "help", "") or "")
                     for a in self.params if a.param_type_name == "argument"]
        usage = " ".join([ctx.command_path, *self.collect_usage_pieces(ctx)])
        formatter.write(command_page(usage, self.help, arguments,
                                     _options(self.get_params(ctx)), self.epilog))


class GroupedGroup(TyperGroup):
    """The top level: usage, what the tool does, each command's summary line, examples."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        commands = [(name, first_line(self.commands[name].help))
                    for name in self.list_commands(ctx) if not self.commands[name].hidden]
        options = [row for rows in _options(self.get_params(ctx)).values() for row in rows]
        formatter.write(group_page(ctx.command_path, self.help or "", commands, options,
                                   self.epilog))
