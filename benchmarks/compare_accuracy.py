"""Compare-stage accuracy on corrupted references: false alarms, F1, versions, not-found.

Registry records in Crossref's `work` shape are built from the gold references of
../shared/data/jats-articles*/ (journal articles as `journal-article`, chapters with a book
title as `book-chapter`, other books as `book`; gold references without a DOI get a
made-up one in the 10.5555 test prefix and are found by search). Each printed reference
string is then parsed by claimcheck's own parser and checked against those records, per
article, through the snapshot resolver (search included), in these scenarios:

- clean: every gold string as printed. Any warning or error is a false alarm; references
  of kinds the registry does not hold (no record) may only get info.
- corrupted: one error injected into each registered journal reference's string (author,
  title letter dropped, title letters transposed, year, volume, pages, journal, DOI typo,
  DOI of another work, a fabricated title without DOI); it must be reported under its rule
  at warning or above, and nothing else at warning or above.
- preprint DOI: the printed DOI replaced by its bioRxiv preprint's (a `posted-content`
  record with `relation.is-preprint-of` the article; a fifth without the relation); the
  published DOI must be named as a finding's `expected`, with no year/journal/volume/pages
  mismatch.
- cited as preprint: the preprint printed as such ("bioRxiv", its DOI and year); an info
  finding must name the published DOI, and nothing may be a warning.

    python benchmarks/compare_accuracy.py [--limit N] [--start N] [--show clean,miss,...]
        [--from-xml]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

from defusedxml.ElementTree import fromstring

from claimcheck.compare import verify_references
from claimcheck.ingest.interface import RawEntry
from claimcheck.ingest.jats_refs import reference_from_ref
from claimcheck.model import Finding, Record, Severity
from claimcheck.parse import parse_entries
from claimcheck.parse.patterns import find_doi
from claimcheck.resolve.crossref import record_from_message
from claimcheck.resolve.snapshot import SnapshotOptions, SnapshotResolver

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("jats-articles", "jats-articles-more")
VERSION_RULES = {"year-mismatch", "journal-mismatch", "volume-mismatch", "pages-mismatch"}
Gold = dict[str, Any]


def articles(from_xml: bool = False) -> Iterator[tuple[str, list[Gold]]]:
    for name in SETS:
        for path in sorted((SHARED / name / "articles").glob("*/gold-references.jsonl")):
            lines = path.read_text(encoding="utf-8").splitlines()
            golds = [json.loads(line) for line in lines if line.strip()]
            yield path.parent.name, rendered(path.parent, golds) if from_xml else golds


def rendered(folder: Path, golds: list[Gold]) -> list[Gold]:
    """The gold with each mixed-citation's string as claimcheck's JATS ingest prints it
    from source.xml (`--from-xml`: what claimcheck sees when given the article's XML)."""
    root = fromstring((folder / "source.xml").read_bytes())
    refs = {ref.get("id"): ref for ref in root.iter() if str(ref.tag).endswith("ref")}
    out = []
    for gold in golds:
        ref = refs.get(gold["id"])
        citation = None if ref is None else next(
            (c for c in ref if str(c.tag).endswith("mixed-citation")), None
        )
        if ref is not None and citation is not None:
            gold = {**gold, "string": reference_from_ref(ref, citation, gold["index"]).raw}
        out.append(gold)
    return out


def _year(gold: Gold) -> int:
    match = re.match(r"\d{4}", str(gold.get("year") or ""))
    return int(match.group()) if match else 0


def _authors(people: list[dict[str, str]]) -> list[dict[str, str]]:
    return [
        {"family": p["family"], "given": p.get("given", "")}
        if p.get("family")
        else {"name": p.get("collab", "")}
        for p in people
    ]


def record_type(gold: Gold) -> str:
    kind = gold.get("publication_type")
    if kind == "journal" and gold.get("container"):
        return "journal-article"
    if kind == "book":
        return "book-chapter" if gold.get("booktitle") else "book"
    return ""


def message(gold: Gold, doi: str, kind: str) -> dict[str, Any]:
    """The gold reference as a Crossref `work` message."""
    kind = kind or "other"
    date = {"date-parts": [[_year(gold)]]}
    msg: dict[str, Any] = {
        "DOI": doi,
        "type": kind,
        "title": [gold["title"]],
        "author": _authors(gold.get("authors") or []),
        "issued": date,
        "published-print": date,
    }
    if gold.get("container"):
        msg["container-title"] = [gold["container"]]
    for key, field in (("volume", "volume"), ("issue", "issue")):
        if gold.get(key):
            msg[field] = str(gold[key])
    if record_pages(gold):
        msg["page"] = record_pages(gold)
    if gold.get("publisher"):
        msg["publisher"] = gold["publisher"]
    if gold.get("editors"):
        msg["editor"] = _authors(gold["editors"])
    return msg


def record_pages(gold: Gold) -> str:
    """First and last page as a registry gives them: page numbers only (the gold's `lpage`
    and `pages` sometimes carry the rest of the printed string, "S15; discussion S43")."""
    first, last = (_page(gold.get(k)) for k in ("fpage", "lpage"))
    if first:
        return f"{first}-{last}" if last and last != first else first
    pages = str(gold.get("pages") or gold.get("elocation_id") or "")
    return pages if re.fullmatch(r"[\w\-\u2013]+", pages) else ""


def _page(value: object) -> str:
    return re.split(r"[;,]", str(value or ""))[0].strip()


# Gold types of works the registry often lacks: a warning on one without a record is false.
UNREGISTERED_TYPES = frozenset(["book", "other", "web", "webpage", "software", "preprint"])


def judged(gold: Gold) -> bool:
    """Whether the right answer is known: the work has a record, or is of a kind the
    registry often lacks and the gold structures it (a title at least). A gold entry with
    no fields (PLOS's unstructured `other`) may be a journal article Crossref holds but
    the benchmark cannot build, so what is said about it cannot be judged; such entries
    are counted apart (`unstructured`), not dropped."""
    return registered(gold) or (
        gold.get("publication_type") in UNREGISTERED_TYPES and bool(gold.get("title"))
    )


def runs_together(gold: Gold) -> bool:
    """The string runs two fields into one with no separator, as an XML rendering that
    joins adjacent elements does ("...105X22717390", "Bo SCiccone G", "Diabet Med2005"):
    a PubMed ID glued to what precedes it, a given name to the next surname, or a journal
    to the year. The gold says so; claimcheck's own JATS ingest keeps them apart."""
    text = gold["string"]
    ids = [str(v) for k, v in (gold.get("pub_ids") or {}).items() if k != "doi" and v]
    if any(re.search(rf"[\w.,;)\]]{re.escape(i)}(?!\w)", text) for i in ids):
        return True
    people = gold.get("authors") or []
    for one, two in pairwise(people):
        given, family = one.get("given", ""), two.get("family", "")
        if given and family and f"{given}{family}" in text:
            return True
    container = str(gold.get("container") or "")
    return bool(container) and re.search(rf"{re.escape(container)}\d", text) is not None


def listed_twice(golds: list[Gold]) -> set[str]:
    """Ids of gold entries whose work the same list cites again (the same DOI, or the same
    title and year): a duplicate-reference warning on them is right."""
    groups: dict[str, list[str]] = {}
    for gold in golds:
        title = re.sub(r"\W+", " ", str(gold.get("title") or "")).strip().lower()
        key = str(gold.get("doi") or "").lower() or (f"{title}|{_year(gold)}" if title else "")
        if key:
            groups.setdefault(key, []).append(gold["id"])
    return {i for ids in groups.values() if len(ids) > 1 for i in ids}


def registered(gold: Gold) -> bool:
    """Works the registry holds: journal articles and books with enough fields, and every
    work whose gold has a DOI (as `other` when of no other type)."""
    complete = record_type(gold) and gold.get("title") and _year(gold) and gold.get("authors")
    return bool(complete or (gold.get("doi") and gold.get("title")))


def doi_of(article: str, gold: Gold) -> str:
    """The gold DOI, else one printed in the string (some gold entries miss it), else a
    made-up one in the test prefix."""
    printed = find_doi(gold["string"])
    return str(gold.get("doi") or printed or f"10.5555/cc.{article}.{gold['id']}").lower()


def preprint_doi(article: str, gold: Gold) -> str:
    number = zlib.crc32(f"{article}/{gold['id']}".encode()) % 10**6
    return f"10.1101/{number:06d}"


def _related(gold: Gold) -> bool:
    """Four in five preprints carry the registry's link to the article."""
    return zlib.crc32(str(gold["id"]).encode()) % 5 != 0


def preprint_message(article: str, gold: Gold, related: bool) -> dict[str, Any]:
    msg = message(gold, preprint_doi(article, gold), "posted-content")
    for key in ("container-title", "volume", "issue", "page", "published-print"):
        msg.pop(key, None)
    msg.update(subtype="preprint", institution=[{"name": "bioRxiv"}])
    msg["issued"] = msg["posted"] = {"date-parts": [[_year(gold) - 1, 6]]}
    if related:
        target = {"id-type": "doi", "id": doi_of(article, gold), "asserted-by": "subject"}
        msg["relation"] = {"is-preprint-of": [target]}
    return msg


# ---- injections: (rule, function of (gold, main string, pool) -> new string or None) ----


def _once(text: str, value: str) -> bool:
    return bool(value) and len(re.findall(rf"(?<!\w){re.escape(value)}(?!\w)", text)) == 1


def _sub(text: str, value: str, new: str) -> str | None:
    if not _once(text, value):
        return None
    return re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", lambda _: new, text, count=1)


def _title_word(gold: Gold) -> str:
    words = [w for w in re.findall(r"[A-Za-z]+", gold.get("title") or "") if len(w) >= 7]
    return max(words, key=len) if words else ""


def _drop_letter(gold: Gold, text: str) -> str | None:
    word = _title_word(gold)
    return _sub(text, word, word[:3] + word[4:]) if word else None


def _transpose(gold: Gold, text: str) -> str | None:
    word = _title_word(gold)
    if not word or word[3] == word[4]:
        return None
    return _sub(text, word, word[:3] + word[4] + word[3] + word[5:])


def _author(gold: Gold, text: str) -> str | None:
    family = (gold.get("authors") or [{}])[0].get("family", "")
    if len(family) < 4:
        return None
    return _sub(text, family, family[:2] + family[2] + family[2:])


def _year_shift(gold: Gold, text: str) -> str | None:
    year = str(_year(gold))
    return _sub(text, year, str(int(year) - 3)) if _year(gold) else None


def _volume(gold: Gold, text: str) -> str | None:
    volume = str(gold.get("volume") or "")
    return _sub(text, volume, str(int(volume) + 3)) if volume.isdigit() else None


def _pages(gold: Gold, text: str) -> str | None:
    first = str(gold.get("fpage") or "")
    return _sub(text, first, str(int(first) + 40)) if first.isdigit() else None


Injection = Callable[[Gold, str], str | None]
INJECTIONS: dict[str, tuple[str, Injection]] = {
    "author": ("author-mismatch", _author),
    "title-drop": ("title-mismatch", _drop_letter),
    "title-swap": ("title-mismatch", _transpose),
    "year": ("year-mismatch", _year_shift),
    "volume": ("volume-mismatch", _volume),
    "pages": ("pages-mismatch", _pages),
}


def split_doi(gold: Gold) -> tuple[str, str]:
    """The printed string cut before its DOI (so injections never touch the DOI)."""
    text = gold["string"]
    doi = str(gold.get("doi") or "")
    at = text.lower().find(doi.lower()) if doi else -1
    if at < 0:
        return text, ""
    head = re.search(r"(?i)(?:doi:?\s*|https?://(?:dx\.)?doi\.org/)*$", text[:at])
    cut = head.start() if head else at
    return text[:cut], text[cut:]


def corrupted(
    gold: Gold, n: int, journals: list[str], titles: list[str]
) -> tuple[str, str, str] | None:
    """(kind, rule, string) of the n-th injection that applies to this reference."""
    main, tail = split_doi(gold)
    doi = str(gold.get("doi") or "").lower()
    kinds = [*INJECTIONS, "journal", "doi-typo", "fabricated"]
    for step in range(len(kinds)):
        kind = kinds[(n + step) % len(kinds)]
        new: str | None = None
        if kind in INJECTIONS:
            rule, inject = INJECTIONS[kind]
            new = inject(gold, main)
            new = new + tail if new else None
        elif kind == "journal":
            rule, other = "journal-mismatch", journals[n % len(journals)]
            new = _sub(main, gold.get("container") or "", other)
            new = new + tail if new and other != gold.get("container") else None
        elif kind == "doi-typo" and doi and doi[-1] != doi[-2]:
            rule, new = "doi-not-found", main + tail.replace(gold["doi"], doi[:-2] + doi[:-3:-1])
        elif (
            kind == "fabricated"
            and _year(gold) >= 2000
            and (gold.get("volume") or gold.get("fpage"))
        ):
            title = titles[(n * 7) % len(titles)] + " revisited in a cohort of volunteers"
            rule, new = "reference-not-found", _sub(main, gold["title"], title)
        if new and new != gold["string"]:
            return kind, rule, new
    return None


def check(article_refs: list[tuple[str, str]], resolver: SnapshotResolver) -> list[list[Finding]]:
    """Findings per printed string (one verify call: one article's list)."""
    entries = [RawEntry(text=s, index=i + 1, line=i + 1) for i, (_, s) in enumerate(article_refs)]
    references = parse_entries(entries)
    findings = verify_references(references, resolver).findings
    by_id: dict[str, list[Finding]] = {r.id: [] for r in references}
    for f in findings:
        by_id[f.reference_id].append(f)
    return [by_id[r.id] for r in references]


def serious(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings if f.severity.rank >= Severity.WARNING.rank}


def _shown(label: str, text: str, found: list[Finding]) -> str:
    lines = [f"{f.rule} {f.severity.value}: {f.message}" for f in found]
    return f"{label}\n  {text}\n  " + "\n  ".join(lines)


class Run:
    """Tallies of one benchmark run, and the cases to print (`--show`)."""

    def __init__(self, resolver: SnapshotResolver, show: str) -> None:
        self.resolver, self.show = resolver, show
        self.tally: Counter[str] = Counter()
        self.shown: list[str] = []

    def note(self, keys: tuple[str, ...], label: str, text: str, found: list[Finding]) -> None:
        if set(self.show.split(",")) & set(keys):
            self.shown.append(_shown(label, text, found))

    def clean(self, golds: list[Gold]) -> None:
        strings = [("clean", g["string"]) for g in golds]
        twins = listed_twice(golds)
        for gold, found in zip(golds, check(strings, self.resolver), strict=True):
            bad = serious(found)
            if "duplicate-reference" in bad and gold["id"] in twins:
                self.tally["clean-true-duplicate"] += 1  # the list does cite it twice
                bad.discard("duplicate-reference")
            if not judged(gold):  # the gold gives no fields: no record, no known answer
                kind = "unjudged" if gold.get("title") else "unstructured"
                self.tally[f"clean-{kind}"] += 1
                self.tally[f"clean-{kind}-warned"] += bool(bad)
                if bad:
                    self.tally[f"clean-{kind}:{'+'.join(sorted(bad))}"] += 1
                    self.note(("unjudged",), f"UNJUDGED {sorted(bad)}", gold["string"], found)
                continue
            self.tally["clean"] += 1
            glued = runs_together(gold)
            self.tally["clean-glued"] += glued
            if bad:
                self.tally["clean-false-alarm"] += 1
                self.tally["clean-false-alarm-glued"] += glued
                self.tally[f"clean-fa:{'+'.join(sorted(bad))}"] += 1
                self.note(("clean", *bad), f"CLEAN {sorted(bad)}", gold["string"], found)
            if not registered(gold):
                self.tally["unregistered"] += 1
                not_found = [f for f in found if f.rule == "reference-not-found"]
                self.tally["unregistered-info"] += any(
                    f.severity is Severity.INFO for f in not_found
                )

    def corrupted(self, cases: list[tuple[str, str, str]], golds: list[Gold]) -> None:
        strings = [(kind, text) for kind, _, text in cases]
        twins = listed_twice(golds)
        found_all = check(strings, self.resolver)
        for (kind, rule, text), found, gold in zip(cases, found_all, golds, strict=True):
            apart = runs_together(gold)
            bad = serious(found)
            self.tally[f"inj:{kind}"] += 1
            hit = rule in bad
            self.tally[f"inj-found:{kind}"] += hit
            self.tally["tp" if hit else "fn"] += 1
            self.tally[f"{'tp' if hit else 'fn'}-glued"] += apart
            if not hit:
                self.note(("miss", kind, rule), f"MISS {kind}", text, found)
            extra = bad - {rule, "doi-not-found", "doi-other-work"}
            if gold["id"] in twins:
                extra.discard("duplicate-reference")  # the list does cite it twice
            if extra:
                self.tally["fp-extra"] += 1
                self.tally["fp-extra-glued"] += apart
                self.note(("extra", *extra), f"EXTRA {kind} {sorted(extra)}", text, found)

    def preprints(self, name: str, journal: list[Gold]) -> None:
        with_doi = [g for g in journal if g.get("doi")]
        printed = []
        for gold in with_doi:
            main, tail = split_doi(gold)
            printed.append(("preprint", main + tail.replace(gold["doi"], preprint_doi(name, gold))))
        for gold, (_, text), found in zip(
            with_doi, printed, check(printed, self.resolver), strict=True
        ):
            self.tally["preprint"] += 1
            named = any(f.expected == doi_of(name, gold) for f in found)
            self.tally["preprint-named"] += named
            self.tally["preprint-version-mismatch"] += bool(serious(found) & VERSION_RULES)
            if not named:
                self.note(("preprint",), "PREPRINT", text, found)
        as_preprint = [("as-preprint", _as_preprint(name, gold)) for gold in with_doi]
        for gold, (_, text), found in zip(
            with_doi, as_preprint, check(as_preprint, self.resolver), strict=True
        ):
            self.tally["as-preprint"] += 1
            related = _related(gold)
            self.tally["as-preprint-related"] += related
            named = [f for f in found if f.expected == doi_of(name, gold)]
            self.tally["as-preprint-named"] += related and any(
                f.severity is Severity.INFO for f in named
            )
            if serious(found):
                self.tally["as-preprint-false-alarm"] += 1
                self.note(("as-preprint",), "AS-PREPRINT", text, found)


def _as_preprint(name: str, gold: Gold) -> str:
    names = ", ".join(a.get("family") or a.get("collab", "") for a in gold["authors"][:3])
    doi = preprint_doi(name, gold)
    return f"{names}. {_year(gold) - 1}. {gold['title']}. bioRxiv. doi: {doi}"


def registry(every: list[tuple[str, list[Gold]]]) -> tuple[list[Record], list[str], list[str]]:
    """Records of every registered gold reference (and the preprints of journal articles),
    and the pools of journal names and titles that injections draw from."""
    records: list[Record] = []
    journals: set[str] = set()
    titles: list[str] = []
    for name, golds in every:
        for gold in filter(registered, golds):
            kind = record_type(gold)
            records.append(record_from_message(message(gold, doi_of(name, gold), kind)))
            if kind == "journal-article":
                journals.add(gold["container"])
                titles.append(gold["title"])
                preprint = preprint_message(name, gold, related=_related(gold))
                records.append(record_from_message(preprint))
    return records, sorted(journals), titles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--start", type=int, default=0, help="skip the first N articles")
    parser.add_argument(
        "--show", default="", help="print the cases of scenarios or rules (clean,miss,extra)"
    )
    parser.add_argument("--show-max", type=int, default=40, help="how many cases to print")
    parser.add_argument(
        "--from-xml", action="store_true",
        help="print mixed-citations from source.xml with claimcheck's JATS ingest",
    )
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    every = list(articles(args.from_xml))[args.start :][: args.limit or None]
    records, journals, titles = registry(every)
    run = Run(SnapshotResolver(records, SnapshotOptions(complete=True)), args.show)
    n = 0
    for name, golds in every:
        run.clean(golds)
        journal = [g for g in golds if record_type(g) == "journal-article" and registered(g)]
        cases, used = [], []
        for gold in journal:
            n += 1
            made = corrupted(gold, n, journals, titles)
            if made:
                cases.append(made)
                used.append(gold)
        run.corrupted(cases, used)  # a list of corrupted entries only: one entry per work
        run.preprints(name, journal)
    report(run.tally)
    for text in run.shown[: args.show_max]:
        print(text)
    return 0


def scores(tp: int, fn: int, fp: int) -> str:
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return f"precision {precision:.4f} recall {recall:.4f} F1 {f1:.4f}"


def _rate(part: int, whole: int) -> str:
    return f"{part} of {whole} ({part / max(whole, 1):.2%})"


def report(t: Counter[str]) -> None:
    fp = t["clean-false-alarm"] + t["fp-extra"]
    tp, fn = t["tp"], t["fn"]
    print(f"clean references: {t['clean']}, with a warning or error: "
          f"{_rate(t['clean-false-alarm'], t['clean'])}")
    for key, value in sorted(t.items()):
        if key.startswith("clean-fa:"):
            print(f"  {key[9:]}: {value}")
    glued, glued_fa = t["clean-glued"], t["clean-false-alarm-glued"]
    print(f"  strings that run fields together (rendering artefact): {glued}, with a warning: "
          f"{glued_fa}; the other strings: "
          f"{_rate(t['clean-false-alarm'] - glued_fa, t['clean'] - glued)}")
    print(f"  right duplicate-reference warnings (the list cites the work twice; not counted "
          f"as false alarms): {t['clean-true-duplicate']}")
    unregistered, info = t["unregistered"], t["unregistered-info"]
    print(f"unregistered (no record): {unregistered}, not found as info: {info}")
    for kind, what in (("unjudged", "journal articles without gold fields, so without a "
                        "record"), ("unstructured", "gold with no fields at all (no title)")):
        rules = ", ".join(f"{k.split(':', 1)[1]} {v}" for k, v in sorted(t.items())
                          if k.startswith(f"clean-{kind}:"))
        print(f"not judged ({what}): {t[f'clean-{kind}']}, with a warning: "
              f"{t[f'clean-{kind}-warned']}" + (f" ({rules})" if rules else ""))
    print(f"corrupted: {tp + fn}, found {tp}, missed {fn}, other warnings on {t['fp-extra']}")
    for key in sorted(k for k in t if k.startswith("inj:")):
        kind = key[4:]
        print(f"  {kind}: {t[f'inj-found:{kind}']}/{t[key]}")
    print(scores(tp, fn, fp))
    apart = t["clean-false-alarm-glued"] + t["fp-extra-glued"]
    print(f"  without the strings that run fields together: "
          f"{scores(tp - t['tp-glued'], fn - t['fn-glued'], fp - apart)}")
    print(
        f"preprint DOI printed for the article: {t['preprint']}, published DOI named "
        f"{t['preprint-named']} ({t['preprint-named'] / max(t['preprint'], 1):.1%}), "
        f"version-caused mismatches {t['preprint-version-mismatch']}"
    )
    print(
        f"cited as preprint: {t['as-preprint']} ({t['as-preprint-related']} with a published "
        f"version), published DOI named as info {t['as-preprint-named']}, "
        f"warnings {t['as-preprint-false-alarm']}"
    )


if __name__ == "__main__":
    sys.exit(main())
