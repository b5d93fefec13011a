"""Print noise on labelled reference strings: what PDF extraction and hurried typing do.

Usage:
    python benchmarks/parse_noise.py IN.jsonl OUT.jsonl [--rate 0.6] [--seed 5]
    python benchmarks/parse_train.py --extra OUT.jsonl --extra-sample 3000

Input and output: one labelled string a line, in the format of the shared sets
(`string`, `spans` with start/end/label/text; other keys are kept). Each string is changed
with probability `--rate`, by one to three of these edits, and every span is moved with the
text so the labels stay exact:
- extraction spacing: a space before a comma, full stop or colon, or none after a comma
  ("Chaos ,Solitons and Fractals", "Phys .Rev");
- a word broken at a line end: "bio- conversion", "bioconver sion" or two words glued;
- initials printed without full stops and without the comma after the family name
  ("Saha, B. C." -> "Saha BC", as Vancouver lists print them);
- the full stop or comma after a field left out ("Hemicellulose bioconversion J Ind ...");
- OCR-like confusions of single letters (l/1, O/0, rn/m, e/c).
Meant for the synthetic strings of `parse_synth.py` (clean print) and never for the GPL/LGPL
sets, which are measured only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Edit = tuple[int, int, str]  # at offset, delete n characters, insert text
Record = dict[str, Any]

_INITIALS = re.compile(r"([A-Z][\w'’-]+), ((?:[A-Z]\.[ -]?){1,3})(?=,|;| and | &|$)")
_OCR = {"l": "1", "O": "0", "m": "rn", "e": "c", "I": "l", "S": "5"}


def apply(record: Record, edits: list[Edit]) -> Record:
    """The record with the edits made (non-overlapping, any order) and its spans moved."""
    text = record["string"]
    edits = sorted(edits)
    out, at = [], 0
    for pos, n, insert in edits:
        out += [text[at:pos], insert]
        at = pos + n
    new = "".join(out) + text[at:]

    def moved(pos: int, is_end: bool) -> int:
        shift = 0
        for p, n, insert in edits:
            if p < pos or (p == pos and not is_end):
                shift += len(insert) - min(n, max(pos - p, 0))
        return pos + shift

    spans = []
    for span in record["spans"]:
        start, end = moved(span["start"], False), moved(span["end"], True)
        if end > start:
            spans.append({**span, "start": start, "end": end, "text": new[start:end]})
    return {**record, "string": new, "spans": spans}


def _inside(record: Record, pos: int) -> bool:
    return any(s["start"] < pos < s["end"] for s in record["spans"])


def spacing(record: Record, rng: random.Random) -> list[Edit]:
    text = record["string"]
    if rng.random() < 0.5:  # a space before punctuation
        return [(m.start(), 0, " ") for m in re.finditer(r"(?<=\w\w)[,.:](?= )", text)
                if rng.random() < 0.6]
    return [(m.start() + 1, 1, "") for m in re.finditer(r", (?=\w)", text) if rng.random() < 0.6]


def broken_word(record: Record, rng: random.Random) -> list[Edit]:
    words = [m for m in re.finditer(r"[^\W\d_]{8,}", record["string"])
             if _inside(record, m.start())]
    if not words:
        return []
    word = rng.choice(words)
    cut = word.start() + rng.randint(3, len(word.group()) - 3)
    if rng.random() < 0.3:  # two words glued where a line ended
        gap = record["string"].find(" ", word.end())
        return [(gap, 1, "")] if gap > 0 and _inside(record, gap) else []
    return [(cut, 0, rng.choice(("- ", "- ", " ")))]


def bare_initials(record: Record, rng: random.Random) -> list[Edit]:
    authors = [s for s in record["spans"] if s["label"] == "author"]
    if not authors:
        return []
    start = authors[0]["start"]
    edits: list[Edit] = []
    for m in _INITIALS.finditer(record["string"][start: authors[-1]["end"]]):
        initials = re.sub(r"[. -]", "", m.group(2))
        edits.append((start + m.start(1) + len(m.group(1)), len(m.group(2)) + 2,
                      " " + initials))
    return edits


# The author, title and journal labels of parse_synth.py's strings and of the shared sets
# (AnyStyle, GROBID's TEI, JATS), so that real strings can be given the same noise.
_STOPPED = frozenset({"author", "title", "journal", "container-title", "title@a", "title@j",
                      "title@m", "article-title", "chapter-title", "source"})
_TITLES = frozenset({"title", "title@a", "article-title", "chapter-title"})
_QUOTE_MARKS = "\"“”‘’'«»"


def missing_stop(record: Record, rng: random.Random) -> list[Edit]:
    text = record["string"]
    ends = [s["end"] for s in record["spans"] if s["label"] in _STOPPED]
    ends = [e for e in ends if e < len(text) and text[e] in ".,"]
    return [(rng.choice(ends), 1, "")] if ends else []


def unquoted(record: Record, rng: random.Random) -> list[Edit]:
    """A quoted title printed without its quotes ('"Title," Journal' -> 'Title, Journal')."""
    text = record["string"]
    edits: list[Edit] = []
    for span in record["spans"]:
        if span["label"] in _TITLES:
            start, end = span["start"], span["end"]
            if start > 0 and text[start - 1] in _QUOTE_MARKS:
                edits.append((start - 1, 1, ""))
            for at in (end, end + 1):  # the closing quote, before or after a comma
                if at < len(text) and text[at] in _QUOTE_MARKS:
                    edits.append((at, 1, ""))
                    break
    return edits


def ocr(record: Record, rng: random.Random) -> list[Edit]:
    spots = [i for i, c in enumerate(record["string"]) if c in _OCR and _inside(record, i)]
    return [(i, 1, _OCR[record["string"][i]]) for i in rng.sample(spots, min(2, len(spots)))]


NOISE: tuple[tuple[float, Callable[[Record, random.Random], list[Edit]]], ...] = (
    (0.35, spacing), (0.3, broken_word), (0.3, bare_initials), (0.25, missing_stop),
    (0.1, ocr))


def noisy(record: Record, rng: random.Random, unquote: float = 0.0) -> Record:
    """The record with each kind of noise applied by its chance (in turn, spans moved); a
    quoted title loses its quotes by the chance `unquote`."""
    for chance, make in (*NOISE, (unquote, unquoted)):
        if rng.random() < chance:
            edits = make(record, rng)
            if edits:
                record = apply(record, _apart(edits))
    return record


def _apart(edits: list[Edit]) -> list[Edit]:
    """Edits that do not overlap (the first of each overlapping pair is kept)."""
    out: list[Edit] = []
    for edit in sorted(edits):
        if not out or edit[0] >= out[-1][0] + max(out[-1][1], 1):
            out.append(edit)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--rate", type=float, default=0.6)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--unquote", type=float, default=0.0,
                        help="chance that a quoted title loses its quotes")
    parser.add_argument("--changed-only", action="store_true",
                        help="write only the strings the noise changed (copies to train on "
                             "beside the originals)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = args.source.read_text(encoding="utf-8").splitlines()
    changed = 0
    with args.out.open("w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            if rng.random() < args.rate:
                new = noisy(record, rng, args.unquote)
                changed += new["string"] != record["string"]
                if args.changed_only and new["string"] == record["string"]:
                    continue
                record = new
            elif args.changed_only:
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{changed} of {len(lines)} strings changed -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
