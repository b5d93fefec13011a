"""Golden output of every format on the bundled example, offline against its snapshot.

Regenerate after an intended change with CLAIMCHECK_UPDATE_GOLDEN=1 python -m pytest
tests/test_example_golden.py, then read the diff before committing it.
"""

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.render import FORMATS
from tests.conftest import EXAMPLE, REPO, SNAPSHOT

GOLDEN = REPO / "tests" / "golden"
SUFFIX = {"table": "txt", "json": "json", "markdown": "md", "html": "html", "sarif": "sarif"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_example_report_matches_golden(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                       ) -> None:
    monkeypatch.chdir(REPO)  # paths in reports are relative to the working directory
    target = tmp_path / f"report.{SUFFIX[fmt]}"
    article = EXAMPLE.relative_to(REPO)
    result = CliRunner().invoke(app, [
        "verify", str(article), "--offline", "--snapshot", str(SNAPSHOT.relative_to(REPO)),
        "--snapshot-complete", "--no-cache", "--format", fmt, "-o", str(target), "-q",
    ])
    assert result.exit_code == 1, result.output
    produced = target.read_text(encoding="utf-8")
    golden = GOLDEN / f"colla2021.{SUFFIX[fmt]}"
    if os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"):
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")
