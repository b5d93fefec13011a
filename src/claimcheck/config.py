"""Defaults from `[tool.claimcheck]` in a pyproject.toml or a `claimcheck.toml` beside the article.

The nearest file wins (the article's folder, then its parents up to a repository root); flags
given on the command line override it. Keys use the long option names with dashes or
underscores (`fail-on = "warning"`, `ignore = ["reference-uncited"]`).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any


class ConfigError(Exception):
    """A configuration file that cannot be read; one line for the user."""


def _table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc})") from exc
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("claimcheck")
        return table if isinstance(table, dict) else None
    return data


def load_config(article: Path) -> dict[str, Any]:
    """Settings for an article, keys normalised to snake_case; {} when there is no file."""
    start = article.resolve()
    folder = start if start.is_dir() else start.parent
    for directory in (folder, *folder.parents):
        for name in ("claimcheck.toml", "pyproject.toml"):
            candidate = directory / name
            if candidate.is_file():
                table = _table(candidate)
                if table is not None:
                    return {key.replace("-", "_"): value for key, value in table.items()}
        if (directory / ".git").exists():
            break
    return {}


def environment_jobs() -> int:
    """CLAIMCHECK_JOBS: how many processes a long list is worked on (unset or 0: one per
    core); anything but a whole number is the user's to fix, not silently automatic."""
    value = os.environ.get("CLAIMCHECK_JOBS", "").strip()
    if value and not (value.isascii() and value.isdigit()):  # "²" is a digit int() refuses
        raise ConfigError(f"CLAIMCHECK_JOBS must be a whole number (0: one per core), "
                          f"not {value!r}")
    return int(value or 0)
