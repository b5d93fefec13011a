"""Command layer: the typer app of the commands `cli.py` declares, with the plain grouped help
of `helptext.py`.

Imported only when a command runs (`build_app`): typer is most of the CLI's start-up time.
`with_typer_params` turns each parameter's `cliopts.Opt` into the typer Option or Argument it
describes; `GroupedCommand` and `GroupedGroup` print help through the same layout as the
typer-free `--help`, from typer's parameters.
"""

# No `from __future__ import annotations`: typer reads `_root`'s annotation at run time, and
# it names a local function (the --version callback).
from collections.abc import Callable
from functools import cache
from types import FunctionType
from typing import Annotated, Any, TypeVar, cast

import typer
from typer.core import TyperCommand, TyperGroup

from claimcheck import __version__
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


@cache
def build_app() -> typer.Typer:
    """The typer app of the commands declared in `cli.py` (built once, on first use)."""
    from claimcheck.cli import COMMANDS, EPILOG, HELP, VERSION_HELP

    app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                      rich_markup_mode=None, cls=GroupedGroup, help=HELP, epilog=EPILOG)
    for function, epilog in COMMANDS.values():
        app.command(cls=GroupedCommand, epilog=epilog)(with_typer_params(function))

    def _version(value: bool) -> None:
        if value:
            typer.echo(f"claimcheck {__version__}")
            raise typer.Exit(0)

    @app.callback()
    def _root(version: Annotated[bool, typer.Option(
            "--version", callback=_version, is_eager=True, help=VERSION_HELP)] = False) -> None:
        """claimcheck: references and citations you can trust."""

    return app
