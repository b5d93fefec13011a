"""Write `src/claimcheck/parse/journalcuts.txt`: the cut forms ISO 4 gives English and
international journal words, from the List of Title Word Abbreviations that pyiso4 ships.

Usage (needs pyiso4, the `train` or `dev` extra; reads the labelled sets in ../shared):
    python benchmarks/make_journal_cuts.py

What it keeps: every abbreviation of a word the LTWA marks English ("eng"), multilingual
("mul") or Latin ("lat") that is one lower-case word cut with its stop ("compos.",
"commun.", "antimicrob."), stop dropped. What it leaves out, since a title ends on a word as
often as a journal opens with its cut:
- a cut that the LTWA lists whole in those languages ("plant", "focus", "group"; not in any
  language: that would drop "environ", "astron", "metabol", "vaccin", French or German
  words a title in English never ends on);
- a cut printed as a lower-case word in an English gold title of the labelled reference sets
  (`TITLE_SETS`, the permissively licensed ones; the JATS articles' gold references): the
  LTWA lists only the words it abbreviates, so "act", "plan", "tool", "test" and "tax", the
  cuts of "action", "planning", "tools", "testing" and "taxation", are words too. A real cut
  ("compos", "curr", "nutr") is no title's word; a word before a hyphen or a stop ("gen-
  eralized", "nov. gen.") is not counted;
- a cut that only a Latin place adjective gives ("lund", "wuhan": "lundens-", "wuhanens-");
- a month's, its cut of a month's name in the LTWA ("oct", "febr", "sept"; not "mar",
  "marine"'s too) and an address's or a place name's ("st", "dr", "mt");
- multi-word and hyphen forms.
The parser reads the file (`parse/journalcuts.py`) to tell a journal's first cut word left at
a title's end ("... technique Compos. | Commun. 10") from a title's own last word ("... by
Akt").
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pyiso4

from claimcheck.parse.tokens import MONTH_NAMES

LANGUAGES = frozenset({"eng", "mul", "lat"})
_CUT = re.compile(r"[a-z]{2,}\.")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "claimcheck" / "parse" / "journalcuts.txt"
DATA = ROOT.parent / "shared" / "data"
# labelled sets whose licence lets their words shape what ships (BSD, Apache, CC BY); never
# the GPL ones (refstrings-excite, refstrings-parscit)
TITLE_SETS = ("refstrings-anystyle", "refstrings-grobid", "refstrings-jats-mixed")
# a lower-case word on its own: not part of a hyphenated or broken word, not cut with a stop
_WORD = re.compile(r"(?<![\w-])([a-z]+)(?![\w-]|\.\s*[a-z])")
_PLACE_ADJECTIVE = re.compile(r"ens(?:is|-)$")
# a title in English: one of its function words
_ENGLISH = re.compile(r"\b(?:the|of|and|with|for)\b")
# abbreviations of an address or a place's name ("St Louis", "Dr", "Mt Sinai", "approx.")
_ADDRESS = frozenset({"st", "ste", "dr", "mt", "ft", "mr", "mrs", "approx"})


def _titles() -> Iterator[str]:
    for name in TITLE_SETS:
        with (DATA / name / "refstrings.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                title = json.loads(line).get("fields", {}).get("title")
                if isinstance(title, str):
                    yield title
    for path in sorted(DATA.glob("jats-articles*/articles/*/gold-references.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                title = json.loads(line).get("title")
                if isinstance(title, str):
                    yield title


def title_words() -> frozenset[str]:
    """The lower-case words the labelled gold titles in English print (a Swedish title's "med",
    a French one's "son" are no English title's last word)."""
    return frozenset(word for title in _titles() if _ENGLISH.search(title)
                     for word in _WORD.findall(title))


def cut_forms(ltwa: Path, words: frozenset[str]) -> list[str]:
    """The kept cut forms, sorted."""
    with ltwa.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))[1:]
    rows = [row for row in rows if LANGUAGES & {x.strip() for x in row[2].split(",")}]
    whole = {word.lower() for word, _, _ in rows if not word.startswith("-")
             and not word.endswith("-")}
    dropped = whole | words
    sources: dict[str, list[str]] = {}
    for word, abbreviations, _ in rows:
        if abbreviations == "n.a.":
            continue
        for form in (a.strip() for a in abbreviations.split(",")):
            if _CUT.fullmatch(form) and form[:-1] not in dropped:
                sources.setdefault(form[:-1], []).append(word)
    # a cut only a Latin place adjective gives ("lundens-", "wuhanens-", "Acta Universitatis
    # Lundensis") is a town's name in a title ("... southern Lund", "... quarantined Wuhan")
    # ... and one a month's name gives ("october", "septemb-") is a date's
    cuts = {cut for cut, words_of in sources.items()
            if not all(_PLACE_ADJECTIVE.search(word) for word in words_of)
            and not any(_month(word) for word in words_of)}
    return sorted(cuts - _ADDRESS)


def _month(word: str) -> bool:
    stem = word.lower().rstrip("-")
    return any(month.startswith(stem) for month in MONTH_NAMES if len(month) > 3)


def main() -> None:
    ltwa = Path(pyiso4.__file__).with_name("LTWA_20210702.csv")
    forms = cut_forms(ltwa, title_words())
    OUT.write_text("".join(f"{form}\n" for form in forms), encoding="utf-8")
    print(f"{len(forms)} cut forms -> {OUT}")


if __name__ == "__main__":
    main()
