"""Command layer: a command line read without typer when it is plainly well formed.

typer and its click cost about a tenth of a warm `claimcheck dois`'s CPU (their import and
the app), for command lines that are nearly always `claimcheck COMMAND ARTICLE --option value
...`. The commands take few kinds of parameter (one argument; options of str, Path, int or
float; flags), so `read()` reads such a line from the declarations (`cli.COMMANDS` and the
`cliopts.Opt` of each parameter, as `helptext.py` does) and the command is called directly.

Anything it does not plainly understand (an unknown option, `--help`, a value that is missing,
starts with "-" or does not convert, short options run together, `--`, no argument or two)
makes it return None: typer then reads the line and prints its own usage error, so this reader
never rejects a line. Where it reads one, it reads it as click does: `--name value` or
`--name=value`, the last of a repeated option wins, a flag takes no value, a path is the text
as given (a path that exists must be readable). A test checks it against typer's own parsing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from claimcheck.commands.helptext import declarations

Command = Callable[..., None]
Params = tuple[str | None, dict[str, tuple[str, type]]]  # argument; option name -> (param, type)


def _kind(hint: Any) -> type:
    """The value type of an `Annotated[T | None, Opt]` hint: bool, int, float, Path or str."""
    types = [t for t in getattr(hint.__origin__, "__args__", (hint.__origin__,))
             if t is not type(None)]
    return types[0] if len(types) == 1 and isinstance(types[0], type) else object


def params(function: Command) -> Params:
    """The command's argument (its parameter's name) and its options by every name."""
    argument, options = None, {}
    for param, opt, hint in declarations(function):
        if opt.argument:
            argument = param
            continue
        for name in opt.names or ("--" + param.replace("_", "-"),):
            options[name] = (param, _kind(hint))
    return argument, options


def _convert(kind: type, text: str) -> tuple[bool, Any]:
    """(True, the value) as click would convert `text`, or (False, None)."""
    try:
        if kind is int:
            return True, int(text)
        if kind is float:
            return True, float(text)
    except ValueError:
        return False, None
    if kind is Path:  # click.Path(exists=False): only an existing path must be readable
        path = Path(text)  # Path("") is "." (which exists); click's stat of "" fails
        readable = not text or not path.exists() or os.access(path, os.R_OK)
        return readable, path if readable else None
    return kind is str, text


def _option(token: str, rest: list[str], options: dict[str, tuple[str, type]],
            values: dict[str, Any]) -> bool:
    """Reads one option (and its value from `rest`) into `values`; False if unsure."""
    name, equals, text = token.partition("=") if token.startswith("--") else (token, "", "")
    if name not in options:
        return False
    param, kind = options[name]
    if kind is bool:
        values[param] = True
        return not equals
    if not equals:
        if not rest or rest[0].startswith("-"):
            return False
        text = rest.pop(0)
    ok, values[param] = _convert(kind, text)
    return ok


def read(argv: list[str], commands: Mapping[str, tuple[Command, str]]
         ) -> tuple[Command, dict[str, Any]] | None:
    """The command and its keyword arguments, or None: typer is to read this line."""
    if not argv or argv[0] not in commands:
        return None
    function = commands[argv[0]][0]
    argument, options = params(function)
    values: dict[str, Any] = {}
    positional: list[str] = []
    rest = argv[1:]
    while rest:
        token = rest.pop(0)
        if not token.startswith("-"):
            positional.append(token)
        elif not _option(token, rest, options, values):
            return None
    if argument is None or len(positional) != 1:
        return None
    values[argument] = positional[0]
    return function, values
