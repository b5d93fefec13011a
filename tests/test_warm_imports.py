"""A warm `claimcheck dois` on Markdown imports only what it uses (issue 17): no XML, Word,
PDF or numpy reader, and not the parser when every entry was parsed before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from claimcheck.testing import StandinCrossref

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "colla2021"
PACKAGES = {"xml", "defusedxml", "lxml", "docx", "pypdf", "numpy", "pycrfsuite"}
PARSER = {"claimcheck.parse.parser", "claimcheck.parse.tagger"}  # the rules, the model
_REPORT = ("import atexit, json, sys\n"
           "atexit.register(lambda: print('MODULES', json.dumps(sorted(sys.modules)), "
           "file=sys.stderr))\n"
           "sys.argv = ['claimcheck', *sys.argv[1:]]\n"
           "from claimcheck.__main__ import main; main()\n")


def _dois(url: str, cache: Path) -> subprocess.CompletedProcess[str]:
    args = ["dois", str(EXAMPLE / "review.md"), "--format", "json", "-q",
            "--crossref-url", url, "--cache-dir", str(cache)]
    return subprocess.run([sys.executable, "-c", _REPORT, *args], capture_output=True,
                          text=True, check=False)


def _modules(done: subprocess.CompletedProcess[str]) -> list[str]:
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    names: list[str] = json.loads(line.removeprefix("MODULES "))
    return names


def test_a_warm_markdown_run_imports_no_reader_it_does_not_use(tmp_path: Path) -> None:
    with StandinCrossref(EXAMPLE / "crossref-snapshot.jsonl") as server:
        cold = _dois(server.url, tmp_path)
    warm = _dois("http://127.0.0.1:9", tmp_path)  # nothing listens: every answer is cached
    assert warm.returncode == cold.returncode == 1  # findings, as the example has
    assert warm.stdout == cold.stdout
    cold_modules, warm_modules = _modules(cold), _modules(warm)
    assert "claimcheck.parse.parser" in cold_modules  # the cold run parsed: the check can fail
    assert [m for m in warm_modules if m.split(".")[0] in PACKAGES or m in PARSER] == []
    # nor the abstract sources: `dois` judges no support (its notices need none)
    assert [m for m in warm_modules if m.startswith("claimcheck.sources")] == []


# The rules of list layouts the example (a numbered list) lacks: one-a-line, wrapped lists
# (their patterns' compiling was half of a warm run, docs/benchmarks/scale.md session 20).
OTHER_LAYOUTS = {"claimcheck.ingest.entrycut", "claimcheck.ingest.lateyear",
                 "claimcheck.ingest.boundary", "claimcheck.ingest.rescore",
                 "claimcheck.ingest.authorhead", "claimcheck.ingest.sizedrules",
                 "claimcheck.ingest.ownyear"}
LOOKUPS = {"claimcheck.resolve", "claimcheck.sources", "sqlite3"}  # nothing looked up


def test_a_numbered_list_imports_no_other_layouts_rules(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _REPORT, "refs", str(EXAMPLE / "review.md"),
                           "-q", "-o", str(tmp_path / "refs.bib")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    modules = _modules(done)
    assert "claimcheck.ingest.segment" in modules  # the list was read: the check can fail
    assert [m for m in modules if m in OTHER_LAYOUTS] == []


def test_refs_and_claims_import_no_lookups(tmp_path: Path) -> None:
    for command, name in (("refs", "refs.bib"), ("claims", "claims.jsonl")):
        done = subprocess.run([sys.executable, "-c", _REPORT, command,
                               str(EXAMPLE / "review.md"), "-q", "-o", str(tmp_path / name)],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0
        modules = _modules(done)
        assert "claimcheck.pipeline.check" in modules
        assert [m for m in modules if ".".join(m.split(".")[:2]) in LOOKUPS
                or m.split(".")[0] in LOOKUPS] == []
