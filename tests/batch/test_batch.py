"""`claimcheck verify DIR/ -o OUTDIR/`: one report per article, one resolver for all of them,
the worst exit code; offline against the example's snapshot."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from tests.conftest import EXAMPLE, SNAPSHOT

OFFLINE = ["--offline", "--no-cache", "--snapshot", str(SNAPSHOT), "--snapshot-complete"]
SMALL = (
    "# Short note\n\nKetamine acts within hours (aan het Rot et al., 2010).\n\n## References\n\n"
    "- aan het Rot, M., Collins, K. A., Murrough, J. W., Perez, A. M., Reich, D. L., "
    "Charney, D. S., et al. (2010). Safety and efficacy of repeated-dose intravenous ketamine "
    "for treatment-resistant depression. *Biol. Psychiatry* 67, 139–145. "
    "doi: 10.1016/j.biopsych.2009.08.038\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(EXAMPLE, articles / "colla2021.md")
    (articles / "note.md").write_text(SMALL, encoding="utf-8")
    (articles / "data.csv").write_text("not,an,article\n", encoding="utf-8")
    return articles


def _verify(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["verify", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stderr


def test_one_json_report_per_article(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    code, stderr = _verify(folder, "--format", "json", "-o", out, *OFFLINE)
    assert sorted(p.name for p in out.iterdir()) == ["colla2021.json", "note.json"]
    note = json.loads((out / "note.json").read_text(encoding="utf-8"))
    assert [r["status"] for r in note["references"]] == ["verified"]
    assert note["claims"][0]["citations"][0]["reference_ids"] == [note["references"][0]["id"]]
    colla = json.loads((out / "colla2021.json").read_text(encoding="utf-8"))
    assert len(colla["references"]) == 98 and colla["complete"]
    assert code == 1  # the example has errors; the worst exit code wins
    assert [line.split(":")[0] for line in stderr.splitlines()] == ["colla2021.md", "note.md"]


def test_a_single_article_in_batch_gives_the_same_report(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    _verify(folder, "--format", "json", "-o", out, *OFFLINE)
    single = CliRunner().invoke(app, ["verify", str(folder / "note.md"), "--format", "json",
                                      *OFFLINE])
    batch = json.loads((out / "note.json").read_text(encoding="utf-8"))
    alone = json.loads(single.stdout)
    assert batch["references"] == alone["references"] and batch["claims"] == alone["claims"]


def test_output_must_be_a_folder(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("{}", encoding="utf-8")
    code, stderr = _verify(folder, "-o", target, *OFFLINE)
    assert code == 2 and stderr.startswith("claimcheck: error:") and "-o OUTDIR" in stderr
    assert target.read_text(encoding="utf-8") == "{}"


def test_a_bad_article_does_not_stop_the_batch(folder: Path, tmp_path: Path) -> None:
    (folder / "0-empty.md").write_text("", encoding="utf-8")  # sorts first
    out = tmp_path / "reports"
    code, stderr = _verify(folder, "--format", "json", "-o", out, *OFFLINE)
    assert code == 2
    assert sorted(p.name for p in out.iterdir()) == ["colla2021.json", "note.json"]
    assert "0-empty.md" in stderr and "Traceback" not in stderr


def test_a_larger_folder_is_checked_in_worker_processes(tmp_path: Path) -> None:
    """From POOL_FROM articles on, workers check whole articles, asking one shared resolver:
    the reports are those of a run alone, and an unreadable article is still one error line
    that does not stop the others."""
    from claimcheck.commands.folder import POOL_FROM

    articles = tmp_path / "many"
    articles.mkdir()
    for i in range(POOL_FROM):
        (articles / f"note{i}.md").write_text(SMALL, encoding="utf-8")
    (articles / "note9.md").write_text("", encoding="utf-8")
    out = tmp_path / "reports"
    code, stderr = _verify(articles, "--format", "json", "-o", out, *OFFLINE)
    assert code == 2 and "note9.md" in stderr
    assert [line.split(":")[0] for line in stderr.splitlines()] == [
        *(f"note{i}.md" for i in range(POOL_FROM)), "claimcheck"]
    alone = json.loads(CliRunner().invoke(app, ["verify", str(articles / "note0.md"),
                                                "--format", "json", *OFFLINE]).stdout)
    for i in range(POOL_FROM):
        report = json.loads((out / f"note{i}.json").read_text(encoding="utf-8"))
        assert report["references"] == alone["references"]
        assert report["claims"] == alone["claims"]


def test_workers_share_one_breaker(tmp_path: Path) -> None:
    """Crossref absent: the folder ends in exit 3 with ONE line naming it, for all articles."""
    import socket

    from claimcheck.commands.folder import POOL_FROM

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    articles = tmp_path / "many"
    articles.mkdir()
    for i in range(POOL_FROM):
        (articles / f"note{i}.md").write_text(SMALL, encoding="utf-8")
    code, stderr = _verify(articles, "--format", "json", "-o", tmp_path / "out", "--no-cache",
                           "--crossref-url", url, "--openalex-url", url)
    assert code == 3
    outage = [line for line in stderr.splitlines() if "Crossref unreachable" in line]
    assert len(outage) == 1 and f"{POOL_FROM} references unchecked" in outage[0], stderr
