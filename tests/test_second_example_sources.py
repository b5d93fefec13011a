"""benchmarks/second_example_sources.py finds a cited work's abstract when one is there, by DOI,
PMID and title, and only counts openly licensed text as licence-clear (so its 0 is a finding)."""

import json
from pathlib import Path

from tests.conftest import load_benchmark

bench = load_benchmark("second_example_sources")

CC_BY = {"license": "http://creativecommons.org/licenses/by/4.0/"}
TITLE_B = "Cited work B and its findings on crows"
TITLE_COVID = "Masks reduce transmission of respiratory viruses in households"


def _lines(path: Path, rows: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _article(data: Path, name: str, meta: dict[str, object], refs: list[dict[str, object]]
             ) -> None:
    folder = data / "jats-articles" / "articles" / name
    _lines(folder / "gold-references.jsonl", refs)
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "source.xml").write_text(
        "<article><front><article-meta><abstract><p>Crows gather in flocks.</p></abstract>"
        "</article-meta></front></article>", encoding="utf-8")


def _shared(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    refs = [{"doi": "10.1/B", "title": TITLE_B}, {"title": TITLE_COVID},
            {"pub_ids": {"pmid": "123"}, "title": "x"}, {"doi": "10.1/none", "title": "y"}]
    _article(data, "a", {"doi": "10.1/a", "title": "Citing A", **CC_BY}, refs)
    _article(data, "b", {"doi": "10.1/b", "title": TITLE_B, **CC_BY}, [])
    _article(data, "nc", {"doi": "10.1/nc", "title": "Non-commercial",
                          "license": "http://creativecommons.org/licenses/by-nc/3.0/"}, [])
    _lines(data / "claims-checkcovid" / "corpus.jsonl",
           [{"cord_id": "c1", "title": TITLE_COVID, "abstract": ["Masks helped."]}])
    _lines(data / "claims-pubmedqa" / "pairs.jsonl",
           [{"doc_id": "123", "evidence": "Context.", "question": "Does it work?"}])
    return data


def test_cited_abstracts_are_found_and_only_open_ones_count_as_clear(tmp_path: Path) -> None:
    rows, kinds = bench.measure(_shared(tmp_path))
    hits = {name.split("/")[-1]: counts for name, _, counts in rows}
    assert hits["a"] == {"jats": 1, "checkcovid": 1, "pubmedqa": 1, "clear": 1}
    assert kinds == {"doi": 1, "title": 2, "pmid": 1}  # B by DOI and title, covid by title
    assert hits["b"]["clear"] == 0


def test_a_non_commercial_article_is_pooled_but_not_as_licence_clear(tmp_path: Path) -> None:
    routes = {key: route for route, key, _ in bench.jats_pool(_shared(tmp_path))}
    assert routes["10.1/b"] == "jats" and routes["10.1/nc"] == "jats-nc"
