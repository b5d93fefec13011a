"""Field-level accuracy of the reference-string parser on labelled reference strings.

Usage:
    .venv/bin/python benchmarks/parse_accuracy.py                  # each shared dataset
    .venv/bin/python benchmarks/parse_accuracy.py --data DIR       # one folder, same format
    .venv/bin/python benchmarks/parse_accuracy.py --folds /tmp/claimcheck-folds
        # each string parsed by the fold model that did not see it (see parse_train.py)
    .venv/bin/python benchmarks/parse_accuracy.py --data DIR --model M.crfsuite --show title
        # another model; print every string whose title differs from the gold
    .venv/bin/python benchmarks/parse_accuracy.py --gold-authors /tmp/gold-split.json
        # the gold author strings split once (first run, with the base code) and stored
    .venv/bin/python benchmarks/parse_accuracy.py --data /tmp/cc-synth/heldout \
        --by citation_format   # strings of CSL styles never trained on (parse_synth.py),
                               # reported per class of style

Input: DIR/refstrings.jsonl, one {"string", "spans", "fields", ...} record a line (the format
of ../shared/data/refstrings-*/README.md). Records without any gold span are skipped (they
are unlabelled, not empty).

Gold field -> Reference field, compared after normalisation:
    authors       fields.authors[*].family|collab (JATS) or the families of fields.author split
                  by claimcheck.parse.names (AnyStyle, GROBID) <-> [a.family for a in authors],
                  compared as the whole ordered list of folded family names. With
                  --gold-authors FILE the split is stored (written by the first run, which
                  should be the base code's, read by every later one), so that a change to
                  the name splitter is measured against a fixed gold, not its own output
    first_author  first of those lists <-> reference.first_family
    title         fields.title      <-> title
    container     fields.container  <-> container  (journal, proceedings or the book of a chapter;
                                        a leading "In"/"In:", which AnyStyle labels, is dropped)
    year          fields.year       <-> year + year_suffix (the gold prints "1992b")
    volume        fields.volume     <-> volume (AnyStyle labels "4(2", "31(3):491-514" or the
                                        Vancouver "1992;27" as one volume span: the pages after
                                        ":" are the gold pages and a leading year the gold year
                                        when the record labels none, and when the gold volume is
                                        two words and no issue is labelled, the prediction
                                        compared is "volume issue")
    issue         fields.issue      <-> issue
    pages         fields.pages      <-> pages   (both through parse.fieldnumbers.clean_pages first:
                                        "pages"/"pp." dropped, first page or range kept)
    doi           fields.doi        <-> doi     (both through text.normalize_doi)
    publisher     fields.publisher  <-> publisher (GROBID labels a report's or thesis's issuing
                                        body and a collaboration author alike as orgName: before
                                        the title it is part of the gold author list, after it
                                        the gold publisher when none is labelled, as AnyStyle
                                        labels them and as CSL files a thesis's university)
    location      fields.location   <-> location
    url           fields.url        <-> url     (only gold values that look like a URL; JATS
                                        ext-links are often PubMed numbers or DOIs; a DOI
                                        resolver link is not scored as a URL, since the parser
                                        files it as the DOI: it is the gold doi when the
                                        gold has no other)
Volume: the words v/vol/volume/n/no/nr/issue ("v. 53", "n° 1") are dropped on both sides. A
physics journal's series letter is printed glued to the volume ("Phys. Rev. D22") or apart
("Phys. Rev. D 22") and the corpora label it with the volume or with the journal accordingly:
it is dropped on both sides (from the start of the volume, from the end of the container).
Normalisation: text.fold_words (case, punctuation, diacritics and whitespace folded). A field
is scored on a dataset only if the dataset labels it somewhere (AnyStyle never labels issue).
Per record and field: equal -> TP; both present and different -> FP and FN; only predicted
-> FP; only gold -> FN. "micro" pools the counts over all fields (first_author counted inside
authors); "micro7" over the seven fields the parsing issue scores (year, first author, title,
container, volume, pages, DOI).

Output: a table per dataset, references/second on the largest dataset, and a last line of
JSON: {"datasets": {name: {"micro": {...}, "fields": {field: {p, r, f1, n}}}}, "refs_per_s"}.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from claimcheck.ingest.interface import RawEntry
from claimcheck.model import Reference
from claimcheck.parse import parse_entries_with
from claimcheck.parse.fieldnumbers import clean_pages
from claimcheck.parse.names import split_names
from claimcheck.parse.tagger import MODEL_PATH
from claimcheck.text import fold_words, normalize_doi

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DOI_LINK = re.compile(r"\s*https?\s*:\s*//\s*(?:dx\.)?doi\.org/", re.IGNORECASE)
URL_LIKE = re.compile(r"\s*(?:(?:https?|ftp)\s*:\s*//|www\.)", re.IGNORECASE)
_NUMBER_WORDS = frozenset({"v", "vol", "vols", "volume", "n", "no", "nr", "issue"})
FIELDS = ("authors", "first_author", "title", "container", "year", "volume", "issue",
          "pages", "doi", "publisher", "location", "url")


def gold_values(fields: dict[str, Any], spans: list[dict[str, Any]] | None = None
                ) -> dict[str, str]:
    fields = _with_institution(fields, spans or [])
    if "authors" in fields:
        families = [a.get("family") or a.get("collab", "") for a in fields["authors"]]
    else:
        families = gold_families(fields.get("author", ""))
    gold = {k: str(fields.get(k, "")) for k in FIELDS if k in fields}
    if gold.get("pages", "").startswith("ages "):
        gold["pages"] = gold["pages"][5:]  # upstream cleaning cut "pp" off "pages 1-10"
    if DOI_LINK.match(gold.get("url", "")) and not gold.get("doi"):
        gold["doi"] = re.sub(r"\s", "", gold["url"])
    if not URL_LIKE.match(gold.get("url", "")) or DOI_LINK.match(gold.get("url", "")):
        gold.pop("url", None)  # JATS ext-links are often PubMed numbers, not URLs
    if "volume" in gold:  # AnyStyle's volume span may hold the year and the pages too
        _split_volume(gold)
    gold["authors"] = " | ".join(fold_words(f) for f in families)
    gold["first_author"] = fold_words(families[0]) if families else ""
    return gold


# --gold-authors: the gold author strings split once and stored, so that a change to the
# running parser's name splitter does not change the gold it is measured against.
GOLD_SPLIT: dict[str, list[str]] = {}
GOLD_MISSING: set[str] = set()


def gold_families(author: str) -> list[str]:
    """The family names of a gold author string: from the stored split when there is one,
    else split by the running parser (and remembered, to be stored on a first run)."""
    if author not in GOLD_SPLIT:
        GOLD_MISSING.add(author)
        GOLD_SPLIT[author] = [a.family for a in split_names(author).authors]
    return GOLD_SPLIT[author]


def load_gold_split(path: Path | None) -> bool:
    """Reads a stored split; True when the file is new and is to be written at the end."""
    if path is None:
        return False
    if path.is_file():
        GOLD_SPLIT.update(json.loads(path.read_text(encoding="utf-8")))
        return False
    return True


# Span labels of the work itself: an orgName before the first of them is in the author list.
WORK_LABELS = frozenset({"title", "title@a", "title@j", "title@m", "title@s", "journal",
                         "container-title", "article-title", "chapter-title", "source"})


def _with_institution(fields: dict[str, Any], spans: list[dict[str, Any]]) -> dict[str, Any]:
    """GROBID's orgName: in the author list (before the title) a collaboration author, after
    it the issuing body of a report or thesis, scored as the publisher when none is labelled."""
    orgs = [s for s in spans if s["label"] == "orgName"]
    if not orgs:
        return fields
    work = min((s["start"] for s in spans if s["label"] in WORK_LABELS), default=10**9)
    out = dict(fields)
    if any(s["start"] < work for s in orgs):
        names = sorted((s for s in spans if s["label"] == "author"
                        or (s["label"] == "orgName" and s["start"] < work)),
                       key=lambda s: s["start"])
        out["author"] = ", ".join(s["text"].strip(" ,;:") for s in names)
    later = [s["text"] for s in orgs if s["start"] >= work]
    if later and not fields.get("publisher"):
        out["publisher"] = later[0]
    return out


def _split_volume(gold: dict[str, str]) -> None:
    """AnyStyle's "1992;27" / "31(3):491-514" volume spans: the parts that are another field
    count as that field when the record labels it nowhere else (else they are dropped)."""
    volume = gold["volume"]
    pages = re.search(r"\)?\s*:\s*([\w–-]+)$", volume)
    if pages:
        volume = volume[: pages.start()]
        gold.setdefault("pages", pages.group(1))
    year = re.match(r"((?:1[5-9]|20)\d\d)\s*;\s*", volume)
    if year:
        volume = volume[year.end():]
        gold.setdefault("year", year.group(1))
    gold["volume"] = volume


def predicted_values(ref: Reference, gold: dict[str, str]) -> dict[str, str]:
    volume = ref.volume
    if ref.issue and "issue" not in gold and len(fold_words(gold.get("volume", "")).split()) > 1:
        volume = f"{ref.volume} {ref.issue}"
    return {
        "authors": " | ".join(fold_words(a.family) for a in ref.authors),
        "first_author": fold_words(ref.first_family), "title": ref.title,
        "container": ref.container, "year": ref.year + ref.year_suffix,  # as printed: 2006a
        "volume": volume, "issue": ref.issue,
        "pages": ref.pages, "doi": ref.doi, "publisher": ref.publisher,
        "location": ref.location, "url": ref.url,
    }


def normal(field: str, value: str) -> str:
    if field == "doi":
        return normalize_doi(value)
    if field == "pages":
        value = clean_pages(value)
    if field in ("authors", "first_author"):
        return value
    if field == "volume":  # "Vol. 43, No. 2" is volume 43 issue 2 however it is labelled
        value = " ".join(w for w in fold_words(value).split() if w not in _NUMBER_WORDS)
        return re.sub(r"^[a-z] ?(?=\d)", "", value)  # series letter: "Phys. Rev. D22"
    if field == "container":  # AnyStyle's container spans open with "In" / "In:"
        return re.sub(r"^in | [a-z]$", "", fold_words(value))
    return fold_words(value)


def score(
    gold: dict[str, str], pred: dict[str, str], fields: set[str], counts: Counter[str]
) -> None:
    for field in fields:
        g, p = normal(field, gold.get(field, "")), normal(field, pred.get(field, ""))
        if g and p == g:
            counts[f"{field}.tp"] += 1
        else:
            counts[f"{field}.fp"] += bool(p)
            counts[f"{field}.fn"] += bool(g)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0, 4)}


def evaluate(path: Path, fold_models: dict[str, Path], by: str = ""
             ) -> tuple[dict[str, Any], int, float]:
    with path.open(encoding="utf-8") as handle:
        records = [r for r in map(json.loads, handle) if r["spans"]]
    if fold_models:  # cross-validation: only the strings some fold model held out
        records = [r for r in records if r["id"] in fold_models]
    if by:  # one result per value of the records' `by` key (a style class, a language)
        return _evaluate_by(records, fold_models, by)
    return _evaluate(records, fold_models)


def _evaluate_by(records: list[dict[str, Any]], fold_models: dict[str, Path], by: str
                 ) -> tuple[dict[str, Any], int, float]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(str(record.get(by, "")), []).append(record)
    results, elapsed = {}, 0.0
    for value, group in sorted(groups.items()):
        results[value], _, seconds = _evaluate(group, fold_models)
        elapsed += seconds
    return {"by": by, "groups": results, "n": len(records)}, len(records), elapsed


# The issue's scoring (#13): year, first author's family name, title, container, volume, pages,
# DOI. "micro" pools every labelled field instead (the whole author list, issue, publisher,
# location, URL too) and is the stricter figure; both are printed.
ISSUE_FIELDS = frozenset({"year", "first_author", "title", "container", "volume", "pages", "doi"})
SHOW: set[str] = set()  # fields whose mismatches are printed (--show)
MODEL = [MODEL_PATH]  # the model for strings no fold holds out (--model)


def _show(record: dict[str, Any], gold: dict[str, str], pred: dict[str, str]) -> None:
    for field in sorted(SHOW):
        g, p = normal(field, gold.get(field, "")), normal(field, pred.get(field, ""))
        if g != p and (g or p):
            print(f"{field}\t{record['id']}\t{record['string']}\n  gold: {g}\n  pred: {p}")


def _parsed(records: list[dict[str, Any]], fold_models: dict[str, Path]) -> list[Reference]:
    """Every record's string parsed as if alone, those of one model together (the tagger is
    fastest on many strings at once)."""
    by_model: dict[Path, list[int]] = {}
    for i, record in enumerate(records):
        by_model.setdefault(fold_models.get(record["id"], MODEL[0]), []).append(i)
    parsed: dict[int, Reference] = {}
    for model, chosen in by_model.items():
        entries = [RawEntry(records[i]["string"], i + 1, 0) for i in chosen]
        parsed.update(zip(chosen, parse_entries_with(entries, model), strict=True))
    return [parsed[i] for i in range(len(records))]


def _evaluate(records: list[dict[str, Any]], fold_models: dict[str, Path]
              ) -> tuple[dict[str, Any], int, float]:
    labelled = {k for r in records for k in gold_values(r["fields"], r["spans"])
                if r["fields"].get(k)}
    fields = {f for f in FIELDS if f in labelled or f in ("authors", "first_author")}
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    refs = _parsed(records, fold_models)
    for record, ref in zip(records, refs, strict=True):
        gold = gold_values(record["fields"], record["spans"])
        pred = predicted_values(ref, gold)
        score(gold, pred, fields, counts)
        if SHOW:
            _show(record, gold, pred)
    elapsed = time.perf_counter() - started
    per_field = {f: {**prf(counts[f"{f}.tp"], counts[f"{f}.fp"], counts[f"{f}.fn"]),
                     "n": counts[f"{f}.tp"] + counts[f"{f}.fn"]} for f in sorted(fields)}
    micro_fields = fields - {"first_author"}  # part of authors; counted once
    micro = prf(*(sum(counts[f"{f}.{k}"] for f in micro_fields) for k in ("tp", "fp", "fn")))
    seven = fields & ISSUE_FIELDS
    micro7 = prf(*(sum(counts[f"{f}.{k}"] for f in seven) for k in ("tp", "fp", "fn")))
    return ({"micro": micro, "micro7": micro7, "fields": per_field, "n": len(records)},
            len(records), elapsed)


def print_table(name: str, result: dict[str, Any]) -> None:
    if "groups" in result:
        for value, group in result["groups"].items():
            print_table(f"{name} {result['by']}={value}", group)
        return
    print(f"\n== {name} ({result['n']} strings)")
    print(f"{'field':<14}{'P':>8}{'R':>8}{'F1':>8}{'n':>7}")
    for field, v in result["fields"].items():
        print(f"{field:<14}{v['p']:>8.3f}{v['r']:>8.3f}{v['f1']:>8.3f}{v['n']:>7}")
    for name_, m in (("micro", result["micro"]), ("micro7", result["micro7"])):
        print(f"{name_:<14}{m['p']:>8.3f}{m['r']:>8.3f}{m['f1']:>8.3f}")


def load_folds(folder: Path | None) -> dict[str, Path]:
    if folder is None:
        return {}
    models: dict[str, Path] = {}
    for ids in sorted(folder.glob("fold*.ids")):
        for record_id in ids.read_text().splitlines():
            models[record_id] = ids.with_suffix(".crfsuite")
    return models


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, action="append")
    parser.add_argument("--folds", type=Path, help="fold models from parse_train.py --folds")
    parser.add_argument("--by", default="", help="a record key to report by, e.g. "
                        "citation_format (parse_synth.py's held-out set) or paper_lang (excite)")
    parser.add_argument("--model", type=Path, default=MODEL_PATH,
                        help="the model for strings no fold holds out (default: shipped)")
    parser.add_argument("--gold-authors", type=Path,
                        help="a stored split of the gold author strings (AnyStyle, GROBID, "
                        "excite, parscit print one string): read when the file exists, else "
                        "split with the running code and written (run first with the base)")
    parser.add_argument("--show", action="append", default=[],
                        help="print gold and predicted values where FIELD differs")
    args = parser.parse_args()
    MODEL[0] = args.model
    SHOW.update(args.show)
    folders = args.data or sorted(SHARED.glob("refstrings-*"))
    folders = [f for f in folders if (f / "refstrings.jsonl").is_file()]
    if not folders:
        print(f"skipped: no refstrings.jsonl under {args.data or SHARED}")
        return 0
    fold_models = load_folds(args.folds)
    write_split = load_gold_split(args.gold_authors)
    results: dict[str, Any] = {}
    speed = (0, 0.0)
    for folder in folders:
        name = folder.name.removeprefix("refstrings-")
        result, n, elapsed = evaluate(folder / "refstrings.jsonl", fold_models, args.by)
        if not n:  # cross-validation: a set no fold held out (excite, parscit)
            continue
        results[name] = result
        print_table(name, result)
        speed = max(speed, (n, elapsed))
    rate = speed[0] / speed[1] if speed[1] else 0.0
    if args.gold_authors and write_split:
        args.gold_authors.write_text(json.dumps(GOLD_SPLIT, ensure_ascii=False), encoding="utf-8")
        print(f"gold author split of {len(GOLD_SPLIT)} strings written to {args.gold_authors}")
    elif args.gold_authors and GOLD_MISSING:
        print(f"{len(GOLD_MISSING)} gold author strings not in {args.gold_authors}: "
              "split by the running code")
    print(f"\nspeed: {rate:.0f} references/second on the largest dataset ({speed[0]} strings)")
    print(json.dumps({"datasets": results, "refs_per_s": round(rate),
                      "cross_validated": bool(fold_models)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
