"""The support stage end to end: abstracts from the Crossref record decide; titles alone don't."""

import json
from pathlib import Path

from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.render.schema import load_schema

ARTICLE = """# Results

Ketamine produced rapid antidepressant effects in patients with treatment-resistant depression
(Berman et al., 2000). Exercise improves glucose tolerance in obese adolescents (Lee et al., 2015).

## References

- Berman, R. M., Cappiello, A., and Anand, A. (2000). Antidepressant effects of ketamine \
in depressed patients. *Biol. Psychiatry* 47, 351–354. doi: 10.1000/berman
- Lee, S., Kim, Y., and Park, J. (2015). Soil bacteria in alpine meadows. *Soil Biol.* 12, \
1–9. doi: 10.1000/lee
"""


def _record(doi: str, family: str, year: int, title: str, abstract: str) -> dict[str, object]:
    return {"DOI": doi, "type": "journal-article", "title": [title],
            "author": [{"family": family, "given": "A."}], "issued": {"date-parts": [[year]]},
            "container-title": ["Journal"], "abstract": abstract}


def test_abstracts_judge_support_and_only_they_raise_findings(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    records = [
        _record("10.1000/berman", "Berman", 2000,
                "Antidepressant effects of ketamine in depressed patients",
                "<jats:p>A single intravenous dose of ketamine produced rapid antidepressant "
                "effects within hours in patients with major depression.</jats:p>"),
        _record("10.1000/lee", "Lee", 2015, "Soil bacteria in alpine meadows",
                "<jats:p>We sequenced soil bacterial communities across alpine meadows and "
                "found that elevation shaped their diversity.</jats:p>"),
    ]
    snapshot = tmp_path / "snap.jsonl"
    snapshot.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = CliRunner().invoke(app, [
        "verify", str(article), "--offline", "--snapshot", str(snapshot), "--snapshot-complete",
        "--no-cache", "--format", "json", "-q", "--fail-on", "never",
    ])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    support = {c["citations"][0]["reference_ids"][0]: c["support"] for c in report["claims"]}
    assert support["Berman2000"]["label"] == "supported"
    assert support["Berman2000"]["basis"] == "abstract"
    assert support["Lee2015"]["label"] in ("unrelated", "weak")
    unsupported = [f for f in report["findings"] if f["rule"].startswith("claim-")]
    assert [f["reference_id"] for f in unsupported] == ["Lee2015"]
    assert "abstract" in unsupported[0]["message"]



def _jats(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<?xml version="1.0"?><article><front><article-meta><title-group><article-title>'
            f"{title}</article-title></title-group></article-meta></front><body><sec>"
            f"<title>Results</title>{body}</sec></body></article>")


def test_full_texts_in_the_folder_are_judged_on_and_named(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    records = [_record("10.1000/lee", "Lee", 2015, "Soil bacteria in alpine meadows", ""),
               _record("10.1000/berman", "Berman", 2000,
                       "Antidepressant effects of ketamine in depressed patients", "")]
    snapshot = tmp_path / "snap.jsonl"
    snapshot.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    folder = tmp_path / "full"
    folder.mkdir()
    (folder / "10.1000_lee.xml").write_text(_jats(
        "Exercise and glucose in youth", "Alpine meadows were not studied here.",
        "A twelve-week exercise programme improved glucose tolerance in obese adolescents.",
        "Insulin sensitivity rose in the exercise group."), encoding="utf-8")
    (folder / "10.1000_berman.xml").write_text(_jats(
        "Soil bacteria in alpine meadows",
        "We sequenced soil bacterial communities across alpine meadows.",
        "Elevation shaped their diversity."), encoding="utf-8")
    result = CliRunner().invoke(app, [
        "verify", str(article), "--offline", "--snapshot", str(snapshot), "--snapshot-complete",
        "--no-cache", "--format", "json", "-q", "--fail-on", "never",
        "--fulltext", str(folder),
    ])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    Draft202012Validator(load_schema()).validate(report)  # "fulltext" is a basis the schema knows
    support = {c["citations"][0]["reference_ids"][0]: c["support"] for c in report["claims"]}
    assert support["Lee2015"]["basis"] == support["Berman2000"]["basis"] == "fulltext"
    assert support["Lee2015"]["label"] == "supported"
    assert "improved glucose tolerance" in support["Lee2015"]["evidence"][0]["sentence"]
    (finding,) = [f for f in report["findings"] if f["rule"].startswith("claim-")]
    assert finding["reference_id"] == "Berman2000"
    assert "your full text 10.1000_berman.xml" in finding["message"]
    assert 'why: the source does not mention "' in finding["message"]


def test_a_missing_fulltext_folder_is_a_usage_error(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, [
        "verify", str(article), "--offline", "--no-cache", "-q",
        "--fulltext", str(tmp_path / "nowhere"),
    ])
    assert result.exit_code == 2
    assert "not a folder" in result.output
