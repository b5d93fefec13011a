"""What the fault and security tests share: a small article cut from the bundled example,
the stand-in loaded with the example's snapshot, and the real CLI run in-process.

The article keeps only references whose printed DOI resolves to a matching record, so a
healthy run is fully `verified` and every request it makes is one we can predict: one
`/works?filter=...` per 50 DOIs (the client's chunk size), nothing else.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from typer.testing import CliRunner, Result

from claimcheck.cli import app
from claimcheck.resolve.cache import FILE_NAME
from claimcheck.testing import StandinOptions

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "colla2021" / "review.md"
SNAPSHOT = REPO / "examples" / "colla2021" / "crossref-snapshot.jsonl"

# Printed DOIs of the example that resolve to the work printed (status `verified`).
VERIFIED = (
    "10.1093/ijnp/pyz041",
    "10.1038/nrn.2017.45",
    "10.1038/nature10130",
    "10.1126/science.133.3450.383",
    "10.1038/s41467-020-20190-4",
    "10.1038/nrn1846",
    "10.1038/s41380-021-01093-2",
    "10.1038/npp.2012.246",
    "10.1111/j.1748-1716.1966.tb03334.x",
    "10.1111/j.2042-7158.1968.tb09706.x",
    "10.1016/j.bbrc.2017.05.157",
    "10.1523/jneurosci.22-08-03262.2002",
    "10.1016/j.jad.2019.11.086",
    "10.3109/00498254.2012.685777",
    "10.1001/archgenpsychiatry.2010.90",
    "10.1192/bjp.2018.196",
    "10.1007/s00213-016-4327-5",
    "10.1038/nm.4050",
    "10.1038/npp.2015.233",
    "10.1097/00045391-200007060-00008",
    "10.1007/s00213-013-3024-x",
    "10.1176/ajp.113.10.950",
    "10.1146/annurev.neuro.24.1.677",
    "10.1093/ijnp/pyab010",
)
# 30 more of them, for an article of more DOIs than one filter request carries (50).
MORE_VERIFIED = (
    "10.1016/s0006-3223(99)00230-9", "10.1016/0165-0173(94)00014-g",
    "10.1016/0014-2999(68)90169-6", "10.1007/s40263-021-00816-x", "10.1097/jcp.0b013e31825d70d6",
    "10.1523/jneurosci.6078-08.2009", "10.1038/sj.mp.4001093",
    "10.1213/00000539-199909000-00024", "10.1093/bja/77.2.254", "10.1016/j.tins.2004.05.013",
    "10.1016/j.bbr.2014.05.065", "10.1038/mp.2017.190", "10.1007/s00406-020-01110-5",
    "10.1126/science.1190287", "10.1016/j.biopsych.2007.05.028", "10.1016/j.jad.2019.12.023",
    "10.1097/00005053-195907000-00006", "10.1111/apha.13211", "10.1097/eja.0000000000000638",
    "10.1016/0028-3908(93)90055-8", "10.1016/j.ejphar.2012.11.023",
    "10.1523/jneurosci.17-08-02921.1997", "10.1176/appi.ajp.2013.13030392",
    "10.1016/j.biopsych.2012.06.022", "10.1523/jneurosci.15-11-07539.1995",
    "10.1016/j.biopsych.2018.09.026", "10.4088/jcp.19r12889", "10.1016/0922-4106(93)90199-j",
    "10.1016/j.neuropharm.2016.05.010", "10.1016/j.bbr.2019.112153",
)
# Limits the stand-in announces and enforces: generous, with a short window so that a pause
# after an exhausted 429 (one interval) costs a fraction of a second.
LIMITS = StandinOptions(rate_limit=50, interval=0.2, concurrency=2)
_DOI_IN_LINE = re.compile(r"doi:\s*(\S+?)\s*$")


def reference_lines(dois: Iterable[str]) -> list[str]:
    """The example's printed reference lines for these DOIs, in the example's order."""
    wanted = {d.lower() for d in dois}
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    found = [
        line
        for line in lines
        if line.startswith("- ") and (m := _DOI_IN_LINE.search(line)) and m[1].lower() in wanted
    ]
    assert len(found) == len(wanted), "a DOI of the test set is not in the example"
    return found


def in_example_order(dois: Iterable[str]) -> list[str]:
    """These DOIs in the order the example (and so an article of their lines) prints them."""
    return [m[1].lower() for line in reference_lines(dois) if (m := _DOI_IN_LINE.search(line))]


def write_article(folder: Path, lines: Sequence[str], name: str = "article.md") -> Path:
    """A minimal Markdown article: a title, one paragraph, and the given reference lines.

    The paragraph cites nothing, so the support stage asks OpenAlex for no abstract and every
    request of a run is a Crossref lookup."""
    text = "\n".join(
        [
            "# Ketamine: a test article",
            "",
            "Ketamine has rapid antidepressant effects.",
            "",
            "## References",
            "",
            *lines,
            "",
        ]
    )
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def article(folder: Path, count: int = len(VERIFIED)) -> Path:
    return write_article(folder, reference_lines(VERIFIED[:count]))


def verify(article_path: Path, url: str, cache_dir: Path | None, *extra: str) -> Result:
    """`claimcheck verify` in-process against `url`, JSON report (to stdout unless -o).
    OpenAlex is pointed at the same stand-in: were it asked, the request would stay local
    and show in the stand-in's counters."""
    args = ["verify", str(article_path), "--crossref-url", url, "--openalex-url", url]
    args += ["--format", "json"]
    # Uncited references are a claims finding that says nothing about lookups: left out, so
    # "no finding against an unchecked reference" can be asserted as no finding at all.
    args += ["--fail-on", "never", "--workers", "2", "--ignore", "reference-uncited"]
    args += ["--no-cache"] if cache_dir is None else ["--cache-dir", str(cache_dir)]
    return CliRunner().invoke(app, [*args, *extra], catch_exceptions=False)


def statuses(report: dict[str, Any]) -> dict[str, str]:
    """Printed DOI -> reference status, from a JSON report."""
    return {r["fields"]["doi"]: r["status"] for r in report["references"] if r["fields"].get("doi")}


def filter_dois(paths: Iterable[str]) -> list[str]:
    """Every DOI asked for in `filter=doi:...` queries of these request targets, in order."""
    asked: list[str] = []
    for target in paths:
        for value in parse_qs(urlsplit(target).query).get("filter", []):
            asked += [p.removeprefix("doi:") for p in value.split(",")]
    return asked


def cache_rows(cache_dir: Path) -> list[tuple[str, str, Any, str]]:
    """(kind, key, body, typeof(body)) of every row of the answer cache."""
    conn = sqlite3.connect(cache_dir / FILE_NAME)
    try:
        return conn.execute("SELECT kind, key, body, typeof(body) FROM answers").fetchall()
    finally:
        conn.close()


def integrity(cache_dir: Path) -> str:
    conn = sqlite3.connect(cache_dir / FILE_NAME)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def json_report(result: Result) -> dict[str, Any]:
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def assert_unchecked(result: Result, unchecked: Sequence[str]) -> dict[str, Any]:
    """The run ended incomplete: exactly `unchecked` DOIs are `unchecked` with no finding
    against their references, every other reference is verified, and stderr says how many
    were not checked. Returns the JSON report."""
    report = json_report(result)
    assert result.exit_code == 3, result.stderr
    assert report["complete"] is False
    by_doi = statuses(report)
    assert {d for d, s in by_doi.items() if s == "unchecked"} == set(unchecked)
    assert all(s == "verified" for d, s in by_doi.items() if d not in unchecked)
    ids = {r["id"] for r in report["references"] if r["status"] == "unchecked"}
    assert [f for f in report["findings"] if f["reference_id"] in ids] == []
    assert not any(f["rule"].endswith("not-found") for f in report["findings"])
    assert f"{len(unchecked)} unchecked" in result.stderr
    assert "incomplete" in result.stderr
    return report


def assert_verified(result: Result) -> dict[str, Any]:
    report = json_report(result)
    assert result.exit_code == 0, result.stderr
    assert report["complete"] is True
    assert set(statuses(report).values()) == {"verified"}
    return report
