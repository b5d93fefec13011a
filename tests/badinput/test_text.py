"""Text that is odd in encoding or size: Latin-1, UTF-16, no reference list, 10,000 entries,
entries of 20,000 characters, and a 50 MB article (whose peak memory is measured)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.badinput.conftest import (
    assert_no_traceback,
    assert_one_line_error,
    invoke,
    offline_flags,
    run_cli,
)

Writer = Callable[[str, str | bytes], Path]
BODY = "# Title\n\nCrêpes et café were studied (Müller and Gérard, 2001; Smith, 2002).\n\n"
REFERENCES = (
    "## References\n\n"
    "- Müller, J., and Gérard, K. (2001). Études sur les crêpes. *Revue* 12, 34-56.\n"
    "- Smith, J. (2002). A study of things. *J. Things* 3, 7-9. doi: 10.1000/abc.123\n"
)
ARTICLE = BODY + REFERENCES


def _references(run_stdout: str) -> list[dict[str, object]]:
    references: list[dict[str, object]] = json.loads(run_stdout)["references"]
    return references


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-16-be-bom", "utf-8-sig"])
def test_encodings_give_the_same_references(article: Writer, encoding: str) -> None:
    data = (
        b"\xfe\xff" + ARTICLE.encode("utf-16-be") if encoding == "utf-16-be-bom"
        else ARTICLE.encode(encoding)
    )
    run = invoke("refs", article("encoded.md", data), "-f", "json")
    assert_no_traceback(run)
    assert run.code == 0, run.stderr
    references = _references(run.stdout)
    assert [r["id"] for r in references] == ["Muller2001", "Smith2002"]
    assert "Études sur les crêpes" in str(references[0]["raw"])
    claims = invoke("claims", article("encoded.md", data))
    assert "Crêpes et café" in claims.stdout and claims.code in (0, 1)


def test_windows_line_endings(article: Writer) -> None:
    run = invoke("refs", article("crlf.md", ARTICLE.replace("\n", "\r\n").encode()), "-f", "json")
    references = _references(run.stdout)
    assert [r["line"] for r in references] == [7, 8]
    assert not any("\r" in str(r["raw"]) for r in references)


def test_no_reference_section(article: Writer) -> None:
    path = article("norefs.md", BODY + "Prose about 2001 and 2002, and no list at all.\n")
    for command in ("refs", "claims", "dois", "verify"):
        run = invoke(command, path, *(offline_flags() if command in ("dois", "verify") else ()))
        assert_one_line_error(run, "no reference list")


def test_a_heading_with_nothing_under_it(article: Writer) -> None:
    run = invoke("refs", article("emptylist.md", BODY + "## References\n\n"))
    assert_one_line_error(run, "emptylist.md")


def _big_list(count: int) -> str:
    return "".join(
        f"- Author{i}, A. B., and Other, C. ({1950 + i % 70}). Title number {i} on things. "
        f"*Journal {i % 50}* {i % 90}, {i}-{i + 9}. doi: 10.1000/x{i}\n"
        for i in range(count)
    )


def test_ten_thousand_entries(article: Writer) -> None:
    path = article("tenk.md", "# Big\n\nA claim (Author7, 1957).\n\n## References\n\n"
                   + _big_list(10_000))
    run = run_cli("refs", path, "-f", "json", timeout=600)
    assert_no_traceback(run)
    assert run.code == 0, run.stderr[-2000:]
    references = _references(run.stdout)
    assert len(references) == 10_000
    assert references[-1]["fields"]["doi"] == "10.1000/x9999"  # type: ignore[index]
    assert len({r["id"] for r in references}) == 10_000  # keys stay unique


def test_numbered_entries_past_9999(article: Writer) -> None:
    """The tail of a 10,000-entry numbered list (the whole list is test_ten_thousand_entries's
    cost again; its tail is where the numbering changes width)."""
    entries = "".join(
        f"{n}. Author{n}, A. ({1950 + n % 70}). Title number {n} on things. *J* 1, 1-2.\n"
        for n in range(9_998, 10_003)
    )
    run = invoke("refs", article("tail.md", BODY + "## References\n\n" + entries), "-f", "json")
    references = _references(run.stdout)
    assert len(references) == 5
    for n, reference in zip(range(9_998, 10_003), references, strict=True):
        assert f"Title number {n} " in str(reference["raw"])


LONG_ENTRIES = {
    "one-word": "a" * 20_000,
    "many-words": "verylongtitleword " * 1200,
    "open-parens": "(" * 20_000,
    "authors": "Smith, J., " * 1800,
    "dashes": "-" * 20_000,
    "doi": "doi: 10.1000/" + "x" * 20_000,
    "url": "https://" + "a." * 10_000,
    "emphasis": "*a* _b_ " * 2500,
}


@pytest.mark.parametrize("filler", list(LONG_ENTRIES), ids=list(LONG_ENTRIES))
def test_entries_of_twenty_thousand_characters(article: Writer, filler: str) -> None:
    entry = ("Smith, J. (2001). " + LONG_ENTRIES[filler])[:19_985] + ". *J. X* 1, 1-2."
    text = BODY + "## References\n\n" + f"- {entry}\n- {entry}\n" + REFERENCES.split("\n\n")[1]
    run = run_cli("verify", article("long.md", text), "-f", "json", *offline_flags(), timeout=300)
    assert_no_traceback(run)
    assert run.code in (0, 1), run.stderr[-2000:]
    references = _references(run.stdout)
    assert len(references) == 4
    assert len(str(references[0]["raw"])) == len(entry)


@pytest.mark.parametrize("ending", [",", "-", "(", " and"])
def test_a_bullet_always_starts_a_new_entry(article: Writer, ending: str) -> None:
    cut = f"- Jones, K. (2000). A reference cut short{ending}\n"
    path = article("cut.md", BODY + "## References\n\n" + cut + REFERENCES.split("\n\n")[1])
    run = invoke("refs", path, "-f", "json")
    assert [r["id"] for r in _references(run.stdout)] == ["Jones2000", "Muller2001", "Smith2002"]


def test_an_initials_first_bullet_is_a_new_entry(article: Writer) -> None:
    muller, smith = REFERENCES.split("\n\n")[1].splitlines(keepends=True)
    initials = "- J. P. Collman. Acc. Chem. Res. 10, 265 (1977).\n"
    path = article("initials.md", BODY + "## References\n\n" + muller + initials + smith)
    assert len(_references(invoke("refs", path, "-f", "json").stdout)) == 3


def _write_fifty_megabytes(path: Path) -> int:
    paragraph = ("Ketamine produces rapid antidepressant effects in resistant patients, as "
                 "reported before (Smith, 2002). Further work confirmed it [1]. ") * 5 + "\n\n"
    with path.open("w", encoding="utf-8") as stream:
        stream.write("# Big\n\n")
        stream.write(paragraph * (50 * 2**20 // len(paragraph)))
        stream.write(REFERENCES)
    return path.stat().st_size


@pytest.mark.parametrize("command", ["refs", "dois"])
def test_fifty_megabytes_of_text(tmp_path: Path, command: str) -> None:
    """The whole text is held (twice: the text and the body before the list), so a few times
    its size is what the input needs; growth beyond 10x would mean a copy per line or per
    entry. The body's citations are not scanned by these commands: see docs/benchmarks/scale.md
    for `claims` on large bodies. 50 MB is over the default text limit, so it is raised."""
    path = tmp_path / "big.md"
    size = _write_fifty_megabytes(path)
    flags = (*offline_flags(), "--max-text-mb", "64") if command == "dois" else (
        "--max-text-mb", "64")
    run = run_cli(command, path, *flags, timeout=300, measure_rss=True)
    assert_no_traceback(run)
    assert run.code in (0, 1), run.stderr[-2000:]
    assert "Smith2002" in run.stdout or "2 references" in run.stderr
    peak = int(re.findall(r"PEAK_RSS_KIB=(\d+)", run.stderr)[-1]) * 1024
    assert peak < 10 * size, f"peak RSS {peak / 2**20:.0f} MiB for {size / 2**20:.0f} MiB"


def test_fifty_megabytes_of_text_is_over_the_default_limit(tmp_path: Path) -> None:
    """Refused from the file's size, before it is read: one line naming the limit."""
    path = tmp_path / "big.md"
    _write_fifty_megabytes(path)
    assert_one_line_error(invoke("claims", path), "max-text-mb", "--max-text-mb")


def test_numeric_callouts_past_999_link(article: Writer) -> None:
    cited = (1, 999, 1000, 1001, 1005)
    body = "# T\n\n" + " ".join(f"Finding {n} holds [{n}]." for n in cited)
    entries = "".join(f"{n}. Author, A. ({1950 + n % 70}). Title number {n} on things. J 1, 1-2.\n"
                      for n in range(1, 1006))
    run = invoke("claims", article("numbered.md", f"{body}\n\n## References\n\n{entries}"),
                 "-f", "json")
    report = json.loads(run.stdout)
    ids = [r["id"] for r in report["references"]]
    linked = [c["citations"][0]["reference_ids"] for c in report["claims"]]
    assert linked == [[ids[n - 1]] for n in cited]
