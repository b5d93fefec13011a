"""The forms of `segment_oneline.py`: one-a-line lists rewritten as the shared sets seldom print.

Each form takes a list's strings with the end of their labelled author block (`load`) and a
seeded random source, and gives the list's lines (see `segment_oneline` for the forms). The
organisations, particles, CJK names and short entries are our own, written for this script.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from segment_accuracy import Lines

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
