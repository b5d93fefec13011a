from pathlib import Path

from typer.testing import CliRunner

from claimcheck.bibtex import loads
from claimcheck.cli import app
from tests.conftest import EXAMPLE, SNAPSHOT

OFFLINE = ["--offline", "--snapshot", str(SNAPSHOT), "--snapshot-complete", "--no-cache", "-q"]


def test_fix_writes_corrected_bibtex_from_the_records(tmp_path: Path) -> None:
    target = tmp_path / "fixed.bib"
    result = CliRunner().invoke(app, ["dois", str(EXAMPLE), "--fix", "-o", str(target), *OFFLINE])
    assert result.exit_code == 1, result.output  # the example has errors
    fixed = {r.id: r for r in loads(target.read_text(encoding="utf-8"))}
    assert len(fixed) == 98
    assert [a.family for a in fixed["aanhetRot2010"].authors][2] == "Murrough"
    assert fixed["Kharasch1992"].doi == "10.1097/00000542-199212000-00022"
    assert fixed["Corssen1965"].year == "1966"
    assert fixed["Fukumoto2015"].year == "2015"  # online year: advice, not changed


def test_fix_needs_an_output_and_never_overwrites_the_input(tmp_path: Path) -> None:
    runner = CliRunner()
    no_output = runner.invoke(app, ["dois", str(EXAMPLE), "--fix", *OFFLINE])
    assert no_output.exit_code == 2
    assert "-o" in no_output.stderr
    copy = tmp_path / "review.md"
    copy.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    over = runner.invoke(app, ["dois", str(copy), "--fix", "-o", str(copy), *OFFLINE])
    assert over.exit_code == 2
    assert copy.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")


def test_refs_writes_bibtex_and_rejects_other_formats(tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    result = CliRunner().invoke(app, ["refs", str(EXAMPLE), "-o", str(target)])
    assert result.exit_code == 0
    assert len(loads(target.read_text(encoding="utf-8"))) == 98
    bad = CliRunner().invoke(app, ["refs", str(EXAMPLE), "--format", "html"])
    assert bad.exit_code == 2
