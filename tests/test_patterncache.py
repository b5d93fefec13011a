"""The CLI's table of compiled patterns gives what `re` itself builds, or nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck import patterncache, patterntable
from claimcheck.resolve.cache import default_directory

# Flags given and set inside, named groups, lookbehinds, character classes beyond ASCII,
# a case-blind alternation of words, a verbose pattern with a comment.
PATTERNS = [
    (r"(?P<year>(?:1[5-9]|20)\d\d)(?P<suffix>[a-z])?", 0),
    (r"\b(?:and|et|und)\b", re.IGNORECASE),
    (r"(?i)(?<=[.A-Z])\s+a(?-i:Y)", 0),
    (r"[^\W\d_]+|\d+|[^\w\s]", 0),
    (r"(?x) ^ \s* (?P<n>\d+) \s*  # a number\n [.)]", re.MULTILINE),
    (r"[A-ZÀ-Þ][\w'’-]*,\s+(?:[A-ZÀ-Þ]\.\s?){1,3}", 0),
    (r"(?:pp?\.|S\.)\s*(?P<loc>\d+(?:\s*[-–]\s*\d+)?)\s*\.?\s*$", re.IGNORECASE | re.DOTALL),
]


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A table directory; every run here writes its new patterns (however few)."""
    monkeypatch.setattr(patterncache, "_WORTH", 0.0)
    re.purge()
    yield tmp_path
    patterncache.uninstall()
    re.purge()


def _compiled_twice(where: Path) -> list[re.Pattern[str]]:
    """The patterns compiled in one run (new to the table, written at its end), then in a
    second run that reads them from the table."""
    patterncache.install(where)
    [re.compile(p, f) for p, f in PATTERNS]
    patterncache.uninstall()
    re.purge()
    patterncache.install(where)
    served = [re.compile(p, f) for p, f in PATTERNS]
    held = patterncache._installed[0]
    assert {(p, int(f)) for p, f in PATTERNS} <= held.used  # from the table
    assert held.spent == 0.0
    return served


def test_a_pattern_from_the_table_is_the_one_re_compiles(table: Path) -> None:
    served = _compiled_twice(table)
    patterncache.uninstall()
    re.purge()
    for got, (pattern, flags) in zip(served, PATTERNS, strict=True):
        own = re.compile(pattern, flags)
        assert got is not own
        assert got == own  # flags, pattern and bytecode
        assert (got.groups, got.groupindex, got.flags) == (own.groups, own.groupindex, own.flags)
    assert served[0].match("2013a").group("year", "suffix") == ("2013", "a")
    assert served[1].search("Smith AND Jones")


@pytest.mark.parametrize("damage", ["truncated", "flipped", "other python", "not json"])
def test_a_damaged_table_is_no_table(table: Path, damage: str) -> None:
    _compiled_twice(table)
    patterncache.uninstall()
    path = table / patterntable.file_name()
    data = path.read_bytes()
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "flipped":
        data = data[:-40] + bytes([data[-40] ^ 1]) + data[-39:]  # (a hex digit)
    elif damage == "other python":
        data = data.replace(b"sre", b"SRE", 1)  # (the tag, in the header)
    else:
        data = b"\x00not a table"
    path.write_bytes(data)
    assert patterntable.read(path) == ({}, frozenset())
    re.purge()
    patterncache.install(table)
    assert re.compile(*PATTERNS[1]).search("Smith et Jones")
    assert patterncache._installed[0].used == {(PATTERNS[1][0], int(PATTERNS[1][1]))}


def test_a_parsed_pattern_and_a_debugged_one_go_to_re(table: Path) -> None:
    patterncache.install(table)
    scanner = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None)])  # (a parsed one)
    assert scanner.scan("12 34") == ([12, 34], "")
    assert patterncache._installed[0].used == set()


def test_the_cli_keeps_its_table_where_its_caches_go() -> None:
    assert patterncache.directory(["dois", "a.md", "--no-cache"]) is None
    assert patterncache.directory(["dois", "--cache-dir", "/x/y", "a.md"]) == Path("/x/y")
    assert patterncache.directory(["dois", "--cache-dir=/x/z"]) == Path("/x/z")
    assert patterncache.directory(["dois", "a.md"]) == default_directory()


def test_a_lone_surrogate_and_a_flag_object_come_back_as_they_went(table: Path) -> None:
    odd = [("[\ud800-\udbff][\udc00-\udfff]|\udfff", 0), ("(?P<w>é+)", re.IGNORECASE)]
    patterncache.install(table)
    first = [re.compile(p, f) for p, f in odd]
    patterncache.uninstall()
    re.purge()
    patterncache.install(table)
    again = [re.compile(p, f) for p, f in odd]
    assert {(p, int(f)) for p, f in odd} <= patterncache._installed[0].used
    assert again == first and again[1].groupindex == {"w": 1}
    assert again[0].fullmatch("\udfff") and again[1].fullmatch("ÉÉ")


def test_a_wrong_pattern_fails_as_in_re_and_is_not_kept(table: Path) -> None:
    patterncache.install(table)
    with pytest.raises(re.error):
        re.compile(r"(unclosed")
    with pytest.raises(ValueError) as raised:
        re.compile(r"(?u)x", re.ASCII)
    assert "incompatible" in str(raised.value)
    assert not {key[0] for key in patterncache._installed[0].rows} & {"(unclosed", "(?u)x"}


def test_a_table_that_cannot_be_written_costs_only_the_writing(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    for where in (blocked, blocked / "below"):
        re.purge()
        patterncache.install(where)
        assert re.compile(*PATTERNS[2]).search("X. aY")
        patterncache.uninstall()  # (writes: fails quietly)
    assert blocked.read_text() == "not a folder"
    re.purge()


def test_a_new_pattern_is_kept_at_its_second_run_only(table: Path) -> None:
    """Once the table holds patterns, one compiled afresh waits for the next run that
    compiles it again (a pattern built from one article's names is not kept)."""
    _compiled_twice(table)
    patterncache.uninstall()
    runs = [[r"\bSmith\b"], [r"\bJones\b"], [r"\bJones\b"], [r"\bJones\b"]]
    kept = []
    for patterns in runs:
        re.purge()
        patterncache.install(table)
        [re.compile(p) for p in patterns]
        held = patterncache._installed[0]
        kept.append(sorted(key[0] for key in held.used if key[0] in (*runs[0], *runs[1])))
        patterncache.uninstall()
    # Smith: pending after run 1, dropped by run 2 (Jones's); Jones: pending, then kept
    assert kept == [[], [], [r"\bJones\b"], [r"\bJones\b"]]
    final = patterntable.read(table / patterntable.file_name())
    assert (r"\bJones\b", 0) in final.rows and (r"\bSmith\b", 0) not in final.rows
    assert final.pending == frozenset()
