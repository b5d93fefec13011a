"""Write `src/claimcheck/parse/journalcuts.txt`: the cut forms ISO 4 gives English and
international journal words, from the List of Title Word Abbreviations that pyiso4 ships.

Usage (needs pyiso4, the `train` or `dev` extra):
    python benchmarks/make_journal_cuts.py

What it keeps: every abbreviation of a word the LTWA marks English ("eng"), multilingual
("mul") or Latin ("lat") that is one lower-case word cut with its stop ("compos.",
"commun.", "antimicrob."), stop dropped. What it leaves out: a cut that is itself a word of
those languages the LTWA lists whole ("plant", "focus", "group": a title ends on those as
often as a journal opens with them), and multi-word or hyphen forms. The LTWA lists only the
words it abbreviates, so a common word may still be kept ("model", the cut of "modelling").
The parser reads the file (`parse/journalcuts.py`) to tell a journal's first cut word left at
a title's end ("... technique Compos. | Commun. 10") from a title's own last word ("... by
Akt").
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pyiso4

LANGUAGES = frozenset({"eng", "mul", "lat"})
_CUT = re.compile(r"[a-z]{2,}\.")
OUT = Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "parse" / "journalcuts.txt"


def cut_forms(ltwa: Path) -> list[str]:
    """The kept cut forms, sorted."""
    with ltwa.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))[1:]
    rows = [row for row in rows if LANGUAGES & {x.strip() for x in row[2].split(",")}]
    whole = {word.lower() for word, _, _ in rows if not word.startswith("-")
             and not word.endswith("-")}
    cuts: set[str] = set()
    for _, abbreviations, _ in rows:
        if abbreviations == "n.a.":
            continue
        for form in (a.strip() for a in abbreviations.split(",")):
            if _CUT.fullmatch(form) and form[:-1] not in whole:
                cuts.add(form[:-1])
    return sorted(cuts)


def main() -> None:
    ltwa = Path(pyiso4.__file__).with_name("LTWA_20210702.csv")
    forms = cut_forms(ltwa)
    OUT.write_text("".join(f"{form}\n" for form in forms), encoding="utf-8")
    print(f"{len(forms)} cut forms -> {OUT}")


if __name__ == "__main__":
    main()
