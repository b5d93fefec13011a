"""No eval, no shell, no pickle: the package's own source uses none of the ways untrusted text
could become code (read from the syntax tree, so comments and docstrings do not count)."""

from __future__ import annotations

import ast
from pathlib import Path

import claimcheck

PACKAGE = Path(claimcheck.__file__).resolve().parent
BANNED_CALLS = {"eval", "exec", "compile", "__import__"}
BANNED_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "subprocess", "pty"}
BANNED_ATTRIBUTES = {"system", "popen", "execv", "execvp", "spawnv", "load_module"}


def _offences(tree: ast.AST) -> list[str]:
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            found += [f"{node.func.id}()"] if node.func.id in BANNED_CALLS else []
        if isinstance(node, ast.Call) and any(k.arg == "shell" for k in node.keywords):
            found.append("shell=")
        if isinstance(node, ast.Attribute) and node.attr in BANNED_ATTRIBUTES:
            found.append(f".{node.attr}")
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in BANNED_MODULES]
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in BANNED_MODULES:
            found.append(str(node.module))
    return found


def test_the_package_never_evaluates_pickles_or_shells_out() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 20
    offences = {
        str(path.relative_to(PACKAGE)): found
        for path in sources
        if (found := _offences(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offences == {}
