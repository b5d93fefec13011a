"""The example's committed outputs are what the current code produces (regenerate with
`claimcheck refs examples/colla2021/review.md -o refs/colla2021.bib` and
`claimcheck claims examples/colla2021/review.md -o claims/colla2021.jsonl`)."""

import json
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.bibtex import loads
from claimcheck.cli import app
from tests.conftest import EXAMPLE, REPO


def _regenerate(command: str, tmp_path: Path, name: str) -> str:
    target = tmp_path / name
    result = CliRunner().invoke(app, [command, str(EXAMPLE), "-o", str(target), "-q"])
    assert result.exit_code in (0, 1), result.output
    return target.read_text(encoding="utf-8")


def test_refs_bib_is_reproduced(tmp_path: Path) -> None:
    committed = (REPO / "refs" / "colla2021.bib").read_text(encoding="utf-8")
    assert _regenerate("refs", tmp_path, "a.bib") == committed
    references = loads(committed)
    assert len(references) == 98
    assert len({r.id for r in references}) == 98


def test_claims_jsonl_is_reproduced(tmp_path: Path) -> None:
    committed = (REPO / "claims" / "colla2021.jsonl").read_text(encoding="utf-8")
    assert _regenerate("claims", tmp_path, "a.jsonl") == committed
    claims = [json.loads(line) for line in committed.splitlines()]
    assert claims[0]["id"] == "C1"
    assert all(c["citations"] for c in claims)
