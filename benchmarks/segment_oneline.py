"""One-entry-a-line lists in forms the shared sets under-represent: merges and splits counted apart.

Usage:
    python benchmarks/segment_oneline.py                       # held-out groups + excite, parscit
    python benchmarks/segment_oneline.py --split tune --show 5 --forms dash
    python benchmarks/segment_oneline.py --synth /tmp/cc-seg-synth/heldout/refstrings.jsonl

A list of one reference a line (no blank lines, no numbers, no hanging indent) is split right
when every line that opens an entry starts one. The worst error is a merge: a whole reference
swallowed by the one before, which then disappears from the check. The shared sets are mostly
journal articles that open with their authors; held-out lists also hold humanities
bibliographies, reports, web pages and entries in other scripts. Each list of `--size` strings
(ordered as `segment_accuracy.load` orders them, so a list keeps one paper's style) is
rewritten in one FORM, with a fixed seed per list (the author block is the labelled author
spans at a string's start; strings without one are left as they are):

    plain      as they are
    dash       the author block of an entry after one by the same hand becomes the
               repeated-author dash ("———. 2005. Title."), in runs of 2-4 entries
    title      a third of the entries lose their author block: they open with the title
    org        a third open with an organisation instead ("World Health Organization.")
    particle   a third of the first family names take a lower-case particle ("van der ")
    script     a third of the author blocks, or whole entries, are written in Cyrillic or
               in CJK names (`parse_synth_gost`'s letter map; CJK names written here)
    short      one entry in six is followed by a very short one ("Plato. Republic.",
               a one-line book, a web page with its URL)
    wrapped    one line per entry, as extracted text gives them, with a hard wrap in one
               entry in six, half at a sentence end (the first line ends with a full stop)
    mixed      all of the above at a lower rate

`--synth FILE`: also lists of citeproc renders (`segment_synth.py --out DIR`, DIR/heldout),
where only the forms that need no author spans apply. Scoring (by lines): an entry is found
when it starts on its first line and no other start falls inside it before the next entry;
a MERGE is an entry whose first line starts none (it is in the entry before), a SPLIT an
entry with a start after its first line. Last line: JSON {source: {form: [found, total,
merges, splits]}}.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimcheck.ingest.interface import InputError
from claimcheck.ingest.plaintext import split_document
from segment_accuracy import SHARED, TUNING_SETS, Lines

AUTHORISH = {"author", "name", "surname", "given-names", "collab", "etal", "editor"}
DASHES = ("———.", "———,", "——.", "---.", "–––.", "———")
ORGS = ("World Health Organization", "National Academies of Sciences, Engineering, and Medicine",
        "Bundesamt für Statistik", "Ministère de la Santé", "Royal Society", "Eurostat",
        "International Monetary Fund", "U.S. Census Bureau", "Statistics Canada",
        "Australian Bureau of Statistics", "Institut national de la statistique", "UNICEF")
PARTICLES = ("van der ", "van ", "de ", "da ", "von ", "ten ", "le ", "di ", "dos ", "del ",
             "de la ", "van den ", "al-")
CJK = ("王伟", "李娜", "张敏", "刘洋", "陈静", "山田太郎", "佐藤花子", "김민준", "이서연")
SHORT = ("Plato. Republic.", "Aristotle. Politics.", "Anonymous. 1998. Report.",
         "Hume, David. 1739. A Treatise of Human Nature.",
         "Kant, I. (1781). Kritik der reinen Vernunft.", "R Core Team (2020). R.",
         "Oxford English Dictionary. 2nd ed. 1989.", "Shakespeare, W. Hamlet.",
         "Marx, K. Das Kapital. Hamburg: Meissner, 1867.",
         "Statistics Netherlands. https://www.cbs.nl/en-gb",
         "The R Project. https://www.r-project.org (accessed 3 May 2020).",
         "Data Protection Act 2018, c. 12.",
         "ISO 8601:2004. Data elements and interchange formats.",
         "Bible, King James Version.", "Homer. Odyssey 9.105-566.",
         "Freud S. Die Traumdeutung. Wien: Deuticke; 1900.", "Weber 1922.",
         "Smith A (1776) The Wealth of Nations. London: Strahan.",
         "Wikipedia. Reference management software. 2021.",
         "GBIF.org (2019) GBIF Occurrence Download.", "Python Software Foundation. Python 3.8.",
         "Darwin C. On the Origin of Species. 1859.", "United Nations. 2015. Paris Agreement.",
         "Mill, J. S. 1859. On Liberty. London: Parker.", "Hobbes, Thomas. Leviathan. 1651.",
         "US Patent 4,123,456.", "Le Monde, 12 mars 2004.", "The Guardian. 2019. Editorial.",
         "Ibn Khaldun. Muqaddimah.", "Rousseau, J.-J. Du contrat social. 1762.")
_CYRILLIC = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "абсдефгхийклмнопкрстуввхызАБСДЕФГХИЙКЛМНОПКРСТУВВХЫЗ")
_FAMILY_FIRST = re.compile(r"^[A-Z][\w'’-]+(?:,|\s[A-Z]{1,3}\b)")
Ref = tuple[str, int]  # (string, end of its author block, 0 if unknown)


def author_end(record: dict[str, Any]) -> int:
    """Where the labelled author spans at the start of the string end (0: none there)."""
    spans = sorted(record.get("spans") or [], key=lambda s: s["start"])
    end = 0
    for span in spans:
        if span["label"] not in AUTHORISH or span["start"] > end + 6:
            break
        end = max(end, span["end"])
    string = record["string"]
    return end if 0 < end < len(string) - 10 and spans and spans[0]["start"] <= 3 else 0


def load(path: Path, split: str, tuning: bool) -> list[Ref]:
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    if tuning and split != "all":
        records = [r for r in records
                   if (zlib.crc32(r["group"].encode()) % 4 == 0) == (split == "held")]
    records.sort(key=lambda r: (zlib.crc32(r["group"].encode()), r["id"]))
    out = []
    for r in records:
        if r["string"].strip() and "\n" not in r["string"]:
            r["string"] = r["string"].strip()
            out.append((r["string"], author_end(r)))
    return out


def _rest(string: str, end: int) -> tuple[str, str]:
    """The separator after the author block ("." or ",") and the text after it."""
    tail = string[end:]
    stripped = tail.lstrip(" .,;:")
    sep = "," if tail.lstrip().startswith(",") else "."
    return sep, stripped


def dash(refs: list[Ref], rng: random.Random) -> list[str]:
    mark = rng.choice(DASHES)
    out, run = [], 0
    for string, end in refs:
        if end and run and rng.random() < 0.75 and run < 4:
            sep, rest = _rest(string, end)
            lead = mark if mark[-1] in ".," else mark + sep
            out.append(f"{lead} {rest}")
            run += 1
        else:
            out.append(string)
            run = 1 if end else 0
    return out


def _per_entry(change: Callable[[str, int, random.Random], str], share: float
               ) -> Callable[[list[Ref], random.Random], list[str]]:
    def form(refs: list[Ref], rng: random.Random) -> list[str]:
        return [change(s, e, rng) if rng.random() < share else s for s, e in refs]
    return form


def _title(string: str, end: int, rng: random.Random) -> str:
    return _rest(string, end)[1] if end else string


def _org(string: str, end: int, rng: random.Random) -> str:
    return f"{rng.choice(ORGS)}. {_rest(string, end)[1]}" if end else string


def _particle(string: str, end: int, rng: random.Random) -> str:
    """A particle goes before a family name printed first ("Smith, J." -> "van Smith, J.")."""
    return rng.choice(PARTICLES) + string if end and _FAMILY_FIRST.match(string) else string


def _script(string: str, end: int, rng: random.Random) -> str:
    if not end or rng.random() < 0.3:  # the whole entry, URLs and DOIs aside
        return " ".join(w if "/" in w else w.translate(_CYRILLIC) for w in string.split())
    if rng.random() < 0.5:
        return string[:end].translate(_CYRILLIC) + string[end:]
    names = ", ".join(rng.sample(CJK, rng.randint(1, 3)))
    return f"{names}{string[end:]}"


def short(refs: list[Ref], rng: random.Random) -> list[str]:
    """Each short entry at most once a list (a line printed twice reads as a running header)."""
    pool = rng.sample(SHORT, len(SHORT))
    out = []
    for string, _ in refs:
        out.append(string)
        if pool and rng.random() < 1 / 6:
            out.append(pool.pop())
    return out


def wrapped_lines(strings: list[str], rng: random.Random, share: float) -> Lines:
    """One line an entry; a share of them broken once, half after a sentence's full stop."""
    out: Lines = []
    for i, string in enumerate(strings):
        cut = _cut(string, rng) if rng.random() < share else None
        if cut is None:
            out.append((string, i))
        else:
            out += [(string[:cut].rstrip(), i), (string[cut:].lstrip(), i)]
    return out


def _cut(string: str, rng: random.Random) -> int | None:
    spaces = [k for k, c in enumerate(string) if c == " " and 20 <= k <= len(string) - 15]
    stops = [k for k in spaces if string[k - 1] == "." and string[k - 2].islower()]
    if stops and rng.random() < 0.5:
        return rng.choice(stops)
    return rng.choice(spaces) if spaces else None


def mixed(refs: list[Ref], rng: random.Random) -> list[str]:
    changes = (_title, _org, _particle, _script)
    pool = rng.sample(SHORT, len(SHORT))
    out = []
    for string, end in refs:
        out.append(rng.choice(changes)(string, end, rng) if rng.random() < 0.2 else string)
        if pool and rng.random() < 0.05:
            out.append(pool.pop())
    return out


FORMS: dict[str, Callable[[list[Ref], random.Random], list[str]]] = {
    "plain": lambda refs, rng: [s for s, _ in refs], "dash": dash,
    "title": _per_entry(_title, 1 / 3), "org": _per_entry(_org, 1 / 3),
    "particle": _per_entry(_particle, 1 / 3), "script": _per_entry(_script, 1 / 3),
    "short": short, "wrapped": lambda refs, rng: [s for s, _ in refs], "mixed": mixed,
}
SPANLESS = ("plain", "short", "wrapped")  # forms that need no author spans


def score(lines: Lines) -> tuple[int, int, int, int, list[str]]:
    """(found, total, merges, splits, misses shown) for one list."""
    text = "Body text.\n\nReferences\n\n" + "\n".join(line for line, _ in lines) + "\n"
    try:
        starts = {e.line - 5 for e in split_document(text).entries}
    except InputError:
        starts = set()
    spans: dict[int, list[int]] = {}
    for k, (_, i) in enumerate(lines):
        spans.setdefault(i, [k, k])[1] = k
    found = merges = splits = 0
    misses = []
    for s, e in spans.values():
        merged, split = s not in starts, any(s < p <= e for p in starts)
        found += not (merged or split)
        merges += merged
        splits += split
        if merged or split:
            shown = range(max(0, s - 1), min(len(lines), e + 2))
            misses.append("\n".join(("> " if k in starts else "  ") + lines[k][0] for k in shown))
    return found, len(spans), merges, splits, misses


def run_source(refs: list[Ref], forms: list[str], size: int, show: int
               ) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    lists = [refs[k: k + size] for k in range(0, len(refs), size)]
    for form in forms:
        totals, shown = [0, 0, 0, 0], 0
        for chunk in (c for c in lists if len(c) >= 5):
            rng = random.Random(zlib.crc32((form + chunk[0][0]).encode()))
            strings = FORMS[form](chunk, rng)
            share = 1 / 6 if form in ("wrapped", "mixed") else 0.0
            *counts, misses = score(wrapped_lines(strings, rng, share))
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            for miss in misses[: max(0, show - shown)]:
                print(f"--- miss ({form}):\n{miss}")
                shown += 1
        out[form] = totals
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="anystyle,grobid,jats-mixed,excite,parscit")
    parser.add_argument("--forms", default=",".join(FORMS))
    parser.add_argument("--synth", type=Path, help="refstrings.jsonl of citeproc renders")
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--split", choices=("held", "tune", "all"), default="held")
    parser.add_argument("--show", type=int, default=0, help="print the first K misses a form")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared/data is not present; nothing to measure")
        return 0
    forms = args.forms.split(",")
    result: dict[str, dict[str, list[int]]] = {}
    for name in args.sets.split(","):
        path = SHARED / f"refstrings-{name}" / "refstrings.jsonl"
        result[name] = run_source(load(path, args.split, name in TUNING_SETS), forms, args.size,
                                  args.show)
    if args.synth:
        synth = [f for f in forms if f in SPANLESS]
        result["citeproc"] = run_source(load(args.synth, "all", False), synth, args.size,
                                        args.show)
    print(f"{'source':<11}" + "".join(f"{form:>18}" for form in forms))
    for name, row in result.items():
        cells = [f"{row[f][0]}/{row[f][1]} m{row[f][2]} s{row[f][3]}" if f in row else "-"
                 for f in forms]
        print(f"{name:<11}" + "".join(f"{c:>18}" for c in cells))
    print("(found/total, m = merges, s = splits)", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
