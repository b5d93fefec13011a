"""The parser's compiled build (mypyc, pyproject's wheel hook) is opt-in: a default install
stays pure Python, and the modules whose values tests and callers set stay Python either way."""

from __future__ import annotations

import tomllib
from pathlib import Path

import claimcheck.parse.tagger

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _hook() -> dict[str, object]:
    with PYPROJECT.open("rb") as file:
        config = tomllib.load(file)
    hook: dict[str, object] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    return hook


def test_the_compiled_build_is_off_unless_asked_for() -> None:
    # (HATCH_BUILD_HOOK_ENABLE_MYPYC=1 turns it on; without it, no C compiler is needed)
    assert _hook()["enable-by-default"] is False


def test_the_tagger_side_is_never_compiled() -> None:
    # tests and callers set the tagger's and the pool's thresholds (`tagger.NUMPY_FROM`,
    # `pool.POOL_FROM`) and `parse_entries_with`; compiled code calls its own module's
    # functions directly, past a patch. (Its calls go to crfsuite and numpy: nothing to gain.)
    exclude = _hook()["exclude"]
    assert isinstance(exclude, list)
    assert {"__init__.py", "tagger.py", "crf.py", "encode.py", "pool.py"} <= set(exclude)
    assert claimcheck.parse.tagger.__file__.endswith(".py")
