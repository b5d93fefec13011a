"""What claimcheck leaves on disk: the cache is plain JSON text in SQLite (nothing a load could
execute), and a run writes the report where -o says and the cache where --cache-dir says,
nothing in the working directory, beside the article or in the user's default cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.testing import StandinCrossref
from tests.faults.harness import article, cache_rows, verify

PICKLE_OPCODES = (b"\x80", b"(", b"c", b"]", b"}")  # how pickle streams of any protocol start


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """An empty working directory and home (default cache included), and the article's own
    folder made read-only, so a stray write shows up or fails loudly."""
    named = {name: tmp_path / name for name in ("cwd", "home", "xdg", "article", "out")}
    for folder in named.values():
        folder.mkdir()
    article(named["article"], 5)
    named["article"].chmod(0o555)
    monkeypatch.chdir(named["cwd"])
    monkeypatch.setenv("HOME", str(named["home"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(named["xdg"]))
    return named


def test_the_cache_holds_json_text(tmp_path: Path, server: StandinCrossref) -> None:
    cache = tmp_path / "cache"
    assert verify(article(tmp_path, 5), server.url, cache).exit_code == 0
    rows = cache_rows(cache)
    assert len(rows) == 5
    for kind, key, body, storage in rows:
        assert (kind, storage) == ("work", "text")
        assert not body.encode("utf-8").startswith(PICKLE_OPCODES)
        assert json.loads(body)["found"]["doi"] == key


def test_writes_only_the_report_and_the_cache(
    tmp_path: Path, places: dict[str, Path], server: StandinCrossref
) -> None:
    report, cache = places["out"] / "report.html", tmp_path / "cache"
    path = places["article"] / "article.md"
    args = ("--format", "html", "-o", str(report))
    assert verify(path, server.url, cache, *args).exit_code == 0
    assert _files(places["out"]) == {"report.html"}
    assert "crossref.sqlite3" in _files(cache) <= {"crossref.sqlite3", "openalex.sqlite3",
                                                   "parsed.sqlite3"}
    assert _files(places["article"]) == {"article.md"}
    for name in ("cwd", "home", "xdg"):
        assert _files(places[name]) == set(), name


def test_no_cache_writes_no_cache_anywhere(
    tmp_path: Path, places: dict[str, Path], server: StandinCrossref
) -> None:
    path = places["article"] / "article.md"
    result = verify(path, server.url, None)  # --no-cache, report on stdout
    assert result.exit_code == 0 and result.stdout.startswith("{")
    assert {p.name for p in tmp_path.iterdir()} == set(places)
    for name in ("cwd", "home", "xdg", "out"):
        assert list(places[name].iterdir()) == [], name
    assert _files(places["article"]) == {"article.md"}
