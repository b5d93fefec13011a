"""Counts, per citing article in ../shared, how many cited works have an abstract available here.

Issue #16 item 4 asks for a second bundled example whose cited works' abstracts are
licence-clear and offline. This script measures each route in ../shared/data:

* jats: a CC BY / CC0 JATS article of jats-articles or jats-articles-more (its own <abstract>;
  jats-nc for the three non-commercial ones);
* scifact: a SciFact abstract (ODC-By 1.0) with its DOI;
* crossref: an abstract inside a recorded Crossref body (crossref-samples; publishers' text);
* epmc/openalex: an abstract in service-samples (publishers' text);
* pubmedqa, checkcovid, evinf, missciplus: matched by PMID / PMCID / title (publishers' text
  under their repositories' MIT/Apache licences, not licence-clear as text).

Matching is by DOI, PMID/PMCID, and by folded title for sets without identifiers.

    python benchmarks/second_example_sources.py [--shared ../shared] [--top 15]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree
from rapidfuzz import fuzz, process

CLEAR = {"jats", "scifact"}  # routes whose abstract text is itself under an open licence
_NAMED = ("pmid:", "pmcid:", "title:")  # key prefixes; a bare key is a DOI


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def fold(title: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (title or "").lower()).strip()


def _jats_abstract(xml: Path) -> str:
    tree = etree.parse(str(xml), etree.XMLParser(recover=True, no_network=True))
    found = tree.xpath("//article-meta/abstract[not(@abstract-type)]") or tree.xpath(
        "//article-meta/abstract")
    return " ".join("".join(found[0].itertext()).split()) if found else ""


def _open_licence(meta: dict[str, Any]) -> bool:
    """CC BY, CC0 or public domain, as the article's own licence statement words it."""
    text = json.dumps(meta).lower()
    marks = ("licenses/by/", "publicdomain", "cc by", "creative commons attribution")
    closed = ("by-nc", "noncommercial", "non-commercial", "no derivative")
    return any(m in text for m in marks) and not any(c in text for c in closed)


def jats_pool(data: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(route, key, entry) for every shared JATS article: `jats` when its licence is open,
    `jats-nc` when it is non-commercial or no-derivatives (usable, but not licence-clear)."""
    for name in ("jats-articles", "jats-articles-more"):
        for art in sorted((data / name / "articles").glob("*")):
            meta = json.loads((art / "meta.json").read_text(encoding="utf-8"))
            if not meta.get("doi"):
                continue
            route = "jats" if _open_licence(meta) else "jats-nc"
            entry = {"abstract": _jats_abstract(art / "source.xml"), "source": f"{name}/{art.name}"}
            yield route, meta["doi"].lower(), entry
            yield route, "title:" + fold(meta.get("title")), entry


def _crossref_items(data: Path) -> Iterator[dict[str, Any]]:
    for path in sorted((data / "crossref-samples").glob("*.json")):
        message = json.loads(path.read_text(encoding="utf-8")).get("message")
        items = message.get("items", [message]) if isinstance(message, dict) else []
        yield from (i for i in items if isinstance(i, dict) and i.get("DOI"))


def other_pool(data: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(route, key, entry) for every abstract outside the JATS sets."""
    for row in _lines(data / "claims-scifact" / "claims.jsonl"):
        if row.get("doi"):
            yield "scifact", row["doi"].lower(), {"abstract": row["abstract"]}
    for item in _crossref_items(data):
        if item.get("abstract"):
            yield "crossref", item["DOI"].lower(), {"abstract": item["abstract"]}
    epmc = data / "service-samples" / (
        "europepmc-search-core-json-query-cancer-25-results-pmcid-isOpenAccess-fullTextUrlList.json")
    if epmc.exists():
        for rec in json.loads(epmc.read_text(encoding="utf-8"))["resultList"]["result"]:
            if rec.get("doi"):
                yield "epmc", rec["doi"].lower(), {"abstract": rec.get("abstractText", "")}
    for row in _lines(data / "claims-pubmedqa" / "pairs.jsonl"):
        yield "pubmedqa", f"pmid:{row['doc_id']}", {"abstract": row["evidence"]}
    for row in _lines(data / "claims-checkcovid" / "corpus.jsonl"):
        yield "checkcovid", "title:" + fold(row["title"]), {"abstract": " ".join(row["abstract"])}
    for name in ("claims-evinf", "claims-missciplus"):
        for row in _lines(data / name / "pairs.jsonl"):
            yield name[7:], f"pmcid:{row['doc_id']}".lower(), {"abstract": row["evidence"]}
            if row.get("title"):
                yield name[7:], "title:" + fold(row["title"]), {"abstract": row["evidence"]}


def _keys(ref: dict[str, Any]) -> list[str]:
    """The keys one gold reference can be found under: DOI, PMID, PMCID, folded title."""
    ids = ref.get("pub_ids")
    ids = ids if isinstance(ids, dict) else {}
    keys = [ref["doi"].lower()] if ref.get("doi") else []
    keys += [f"{k}:{v}".lower() for k, v in ids.items() if k in ("pmid", "pmcid")]
    if len(fold(ref.get("title"))) > 20:
        keys.append("title:" + fold(ref.get("title")))
    return keys


def _pool(data: Path) -> dict[str, dict[str, dict[str, Any]]]:
    pool: dict[str, dict[str, dict[str, Any]]] = {}
    for route, key, entry in [*jats_pool(data), *other_pool(data)]:
        if entry["abstract"]:
            pool.setdefault(key, {})[route] = entry
    return pool


def measure(data: Path) -> tuple[list[tuple[str, int, Counter[str]]], Counter[str]]:
    """Per shared JATS article (name, references, hits per route), and the key kinds matched."""
    pool = _pool(data)
    rows, kinds = [], Counter[str]()
    for name in ("jats-articles", "jats-articles-more"):
        for art in sorted((data / name / "articles").glob("*")):
            refs = list(_lines(art / "gold-references.jsonl"))
            hits: Counter[str] = Counter()
            for ref in refs:
                keys = [k for k in _keys(ref) if k in pool]
                kinds.update(k.split(":")[0] if k.startswith(_NAMED) else "doi" for k in keys)
                routes = {r for k in keys for r in pool[k]}
                hits.update(routes)
                hits["clear"] += bool(routes & CLEAR)
            rows.append((f"{name}/{art.name}", len(refs), hits))
    return rows, kinds


def near_titles(data: Path, cutoff: float = 85.0) -> list[tuple[str, str, str]]:
    """Reference titles within rapidfuzz ratio `cutoff` of a pooled title (exact ones too)."""
    titles = {k[6:]: next(iter(v)) for k, v in _pool(data).items() if k.startswith("title:")}
    titles.update({fold(r["question"]): "pubmedqa" for r in _lines(
        data / "claims-pubmedqa" / "pairs.jsonl")})  # PubMedQA's question is the title
    found = []
    for path in sorted(data.glob("jats-articles*/articles/*/gold-references.jsonl")):
        for ref in _lines(path):
            title = fold(ref.get("title"))
            best = process.extractOne(title, list(titles), scorer=fuzz.ratio, score_cutoff=cutoff)
            if len(title) > 20 and best:
                found.append((path.parent.name, title, f"{titles[best[0]]}: {best[0]}"))
    return found


_DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>;&]+")


def other_citing(data: Path) -> dict[str, int]:
    """Other citing texts here (service-samples' article pages and XML, the example's records):
    how many of the DOIs each mentions the pool holds."""
    pool = _pool(data)
    found = {}
    samples = data / "service-samples"
    texts = [*sorted(samples.glob("europepmc-fullTextXML-*")),
             *sorted(samples.glob("publisher-html-*")), data / "seed-crossref" / "records.jsonl"]
    for path in texts:
        dois = {m.group(0).rstrip(".,)").lower() for m in _DOI.finditer(path.read_text(
            encoding="utf-8", errors="replace"))}
        found[path.name] = sum(1 for d in dois if d in pool)
    return found


def crossref_citing(data: Path) -> Counter[str]:
    """Crossref records of crossref-samples with a reference list (metadata, no article text):
    per record, how many of its cited DOIs have an abstract in the pool (itself excluded)."""
    pool = _pool(data)
    found: Counter[str] = Counter()
    for item in _crossref_items(data):
        cited = {r["DOI"].lower() for r in item.get("reference", []) if r.get("DOI")}
        if cited:
            found[item["DOI"].lower()] = len((cited - {item["DOI"].lower()}) & pool.keys())
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[1] / ".." / "shared")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()
    data = args.shared / "data"
    pool = _pool(data)
    sizes = Counter(r for entry in pool.values() for r in entry)
    print(f"abstract pool, keys per route (DOI / PMID / PMCID / title): {dict(sizes)}")
    rows, kinds = measure(data)
    totals: Counter[str] = Counter()
    for _, _, hits in rows:
        totals.update(hits)
    print(f"{len(rows)} citing articles, {sum(r[1] for r in rows)} references; exact matches "
          f"by key kind {dict(kinds)}; cited works found, by route {dict(totals)}")
    print(f"articles with >= 5 licence-clear cited abstracts: "
          f"{sum(1 for r in rows if r[2]['clear'] >= 5)}")
    rows.sort(key=lambda r: (-r[2]["clear"], -sum(r[2].values())))
    for name, n_refs, hits in rows[: args.top]:
        print(f"  {name}: {n_refs} refs; {dict(hits) or 'none'}")
    others = other_citing(data)
    print(f"other citing texts: {len(others)}, cited works found {sum(others.values())}")
    records = crossref_citing(data)
    print(f"Crossref records with references: {len(records)}, cited works found "
          f"{sum(records.values())}, best record {max(records.values(), default=0)}")
    for article, title, match in near_titles(data):
        print(f"  near title in {article}: {title[:70]!r} ~ {match[:80]!r}")


if __name__ == "__main__":
    main()
