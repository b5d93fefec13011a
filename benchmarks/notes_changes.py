"""The changes `notes_mutations.py` makes to a labelled note string, each keeping it labelled.

A change takes a record (`string`, `spans` of labelled characters, gold `fields`), another
record to borrow names or words from, and a random source; it returns the changed record
(the text edited, every span after the edit moved, the gold changed where the printed value
changed) or None when it does not apply. The forms are those of humanities notes that
citeproc-py's CSL note styles print rarely or never (Chicago's manual, MHRA, OSCOLA, the
German and French note conventions).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

Record = dict[str, Any]
Change = Callable[[Record, Record, random.Random], Record | None]
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_CLOSERS = "”’»\"'›“"


def _span(record: Record, label: str) -> dict[str, Any] | None:
    return next((s for s in record["spans"] if s["label"] == label), None)


def edit(record: Record, start: int, end: int, new: str) -> Record:
    """`record` with string[start:end] replaced by `new`: spans after it moved, a span
    holding it stretched, spans inside it dropped."""
    text = record["string"]
    delta = len(new) - (end - start)
    spans = []
    for span in record["spans"]:
        s, e = span["start"], span["end"]
        if start == end:  # an insertion: a span it falls inside grows, one after it moves
            s, e = (s + delta, e + delta) if s >= start else (s, e + delta if e > start else e)
        elif s >= end:
            s, e = s + delta, e + delta
        elif s <= start and e >= end:
            e += delta
        elif e > start:
            continue
        spans.append({**span, "start": s, "end": e})
    string = text[:start] + new + text[end:]
    spans = [{**s, "text": string[s["start"]:s["end"]]} for s in spans]
    return {**record, "string": string, "spans": spans}


def _relabel(record: Record, label: str, start: int, end: int) -> Record:
    spans = [s for s in record["spans"] if s["label"] != label]
    spans.append({"label": label, "start": start, "end": end,
                  "text": record["string"][start:end]})
    return {**record, "spans": sorted(spans, key=lambda s: s["start"])}


def _people(record: Record) -> list[tuple[str, str]]:
    return [(a.get("given", ""), a["family"]) for a in record["fields"].get("authors", [])
            if a.get("family") and a.get("given")]


def _after_title(record: Record) -> int | None:
    """Where the title ends, past its closing quotation mark."""
    title = _span(record, "title")
    if title is None:
        return None
    closer = re.match(rf"[.?!]?[\s\u00a0]*[{_CLOSERS}]+", record["string"][title["end"]:])
    return title["end"] + (closer.end() if closer else 0)


def names(record: Record, _other: Record, rng: random.Random) -> Record | None:
    """The authors printed again in another order or case: "SMITH, J. A., and B. Jones",
    "J. A. Smith and B. Jones", "Smith JA, Jones B", "SMITH J. A., JONES B."."""
    span = _span(record, "author")
    people = _people(record)
    if span is None or not people or len(people) != len(record["fields"]["authors"]):
        return None
    etal = " et al." if re.search(r"et al|u\.\s*a|and others", span["text"]) else ""
    form = rng.choice(("caps-first", "given-first", "vancouver", "caps-all"))
    if form == "caps-first":
        parts = [f"{people[0][1].upper()}, {people[0][0]}"] + [f"{g} {f}" for g, f in people[1:]]
    elif form == "given-first":
        parts = [f"{g} {f}" for g, f in people]
    elif form == "vancouver":
        parts = [f"{f} {re.sub(r'[^A-Z]', '', g)}" for g, f in people]
    else:
        parts = [f"{f.upper()} {g}" for g, f in people]
    joined = parts[0] if len(parts) == 1 else (
        ", ".join(parts) if form in ("vancouver", "caps-all") or etal
        else ", ".join(parts[:-1]) + (", and " if len(parts) > 2 else " and ") + parts[-1])
    # (some sources' author spans run on over the title's opening mark: ", «\u00a0"; kept)
    tail = re.search(r"[^\w.)]*$", span["text"]).group(0)
    return edit(record, span["start"], span["end"], joined + etal.rstrip(".") + tail)


def full_date(record: Record, _other: Record, rng: random.Random) -> Record | None:
    """The year printed as a full date: "12 March 2004", "March 12, 2004", "12.3.2004"."""
    span = _span(record, "date")
    if span is None or not re.fullmatch(r"\d{4}", span["text"]):
        return None
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    year = span["text"]
    form = rng.choice((f"{day} {_MONTHS[month - 1]} {{}}", f"{_MONTHS[month - 1]} {day}, {{}}",
                       f"{day}.{month}.{{}}", f"{_MONTHS[month - 1]} {{}}"))
    changed = edit(record, span["start"], span["end"], form.format(year))
    at = span["start"] + form.index("{}")
    return _relabel(changed, "date", at, at + 4)


def credit(record: Record, other: Record, rng: random.Random) -> Record | None:
    """A translator or editor after the title: ", trans. J. Smith", ", ed. J. Smith",
    ", edited by J. Smith and B. Jones", ", übers. v. J. Smith", ", trad. J. Smith"."""
    at = _after_title(record)
    people = _people(other)
    if at is None or not people:
        return None
    who = " and ".join(f"{g} {f}" for g, f in people[:rng.randint(1, 2)])
    cue = rng.choice(("trans.", "translated by", "ed.", "edited by", "übers. v.", "hg. v.",
                      "trad.", "tr.", "with an introduction by"))
    return edit(record, at, at, f", {cue} {who}")


def in_container(record: Record, _other: Record, rng: random.Random) -> Record | None:
    """"in:" or "In" before the container, where the style printed none."""
    span = _span(record, "journal")
    if span is None:
        return None
    before = record["string"][:span["start"]]
    if re.search(r"\b(?:[Ii]n|dans|en|em|im|w|nel)[:;,]?\s*[«“„\"]?\s*$", before) or \
            before.rstrip().endswith(("«", "„", "“")):
        return None  # a cue printed already, or the container's quotation marks
    return edit(record, span["start"], span["start"], rng.choice(("in: ", "In: ", "in ", "In ")))


def inner_quotes(record: Record, _other: Record, rng: random.Random) -> Record | None:
    """Quotation marks inside the title around two of its words, the other kind of marks
    than the title's own."""
    span = _span(record, "title")
    if span is None:
        return None
    words = list(re.finditer(r"[A-Za-z][\w-]*", span["text"]))
    if len(words) < 5:
        return None
    first = rng.randint(1, len(words) - 3)
    outer = record["string"][span["start"] - 1:span["start"]]
    marks = ("‘", "’") if outer in "“\"«" and outer else ("“", "”")
    start = span["start"] + words[first].start()
    end = span["start"] + words[first + 1].end()
    changed = edit(record, end, end, marks[1])
    changed = edit(changed, start, start, marks[0])
    changed["fields"] = {**changed["fields"], "title": _span(changed, "title")["text"]}
    return changed


def page_cue(record: Record, _other: Record, rng: random.Random) -> Record | None:
    """Another cue before the pages: "pp.", "p.", "at", "S.", "pages", or none."""
    span = _span(record, "pages")
    if span is None:
        return None
    before = record["string"][:span["start"]]
    cue = re.search(r"(?:\b(?:pp?|S|s|bls|pages?|at)\.?\s*)$", before)
    start = cue.start() if cue else span["start"]
    new = rng.choice(("pp. ", "p. ", "at ", "S. ", "pages ", ""))
    if cue and cue.group(0) == new:
        return None
    return edit(record, start, span["start"], new)


def series(record: Record, other: Record, rng: random.Random) -> Record | None:
    """A series and its number after the title: "(Studies in X 12)", ", Series Name, vol. 3"."""
    at = _after_title(record)
    span = _span(other, "journal")
    if at is None or span is None or record["fields"].get("container"):
        return None
    number = rng.randint(1, 240)
    name = span["text"]
    form = rng.choice((f" ({name} {number})", f", {name} {number}", f" ({name}, vol. {number})"))
    return edit(record, at, at, form)


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def roman_volume(record: Record, _other: Record, rng: random.Random) -> Record | None:
    """The volume in roman numerals ("vol. XII"), as older humanities journals print it."""
    span = _span(record, "volume")
    if span is None or not re.fullmatch(r"[1-9]\d?", span["text"]):
        return None
    numeral = roman(int(span["text"]))
    changed = edit(record, span["start"], span["end"], numeral)
    changed["fields"] = {**changed["fields"], "volume": numeral}
    return changed


_PLACES = ("London", "Paris", "Berlin", "Oxford", "Cambridge, MA", "Frankfurt am Main",
           "New York", "Leipzig", "Milano", "Madrid", "Chicago", "Toronto", "Wien")
_PUBLISHERS = ("Clarendon Press", "Gallimard", "Suhrkamp", "Routledge", "Einaudi",
               "University of Chicago Press", "Harvard University Press", "Beck", "Seuil",
               "Cátedra", "Allen & Unwin", "Vandenhoeck & Ruprecht", "Penguin")


def imprint(record: Record, _other: Record, rng: random.Random) -> Record | None:
    """The work printed as a book: everything after the title (container, numbers, DOI)
    replaced by an imprint, "(Place: Publisher, 2004)", ", Place, Publisher, 2004",
    ". Place: Publisher, 2004" or "(Publisher 2004)", and a page cited after it."""
    at = _after_title(record)
    year = record["fields"].get("year")
    if at is None or not year or _span(record, "date") is None:
        return None
    dated = _span(record, "date")["end"] <= at  # a year before the title keeps its span
    place, publisher = rng.choice(_PLACES), rng.choice(_PUBLISHERS)
    forms = ((" ({}: {}, {})", True), (", {}, {}, {}", True), (". {}: {}, {}", True),
             (" ({1} {2})", False))
    form, placed = rng.choice(forms)
    tail = form.format(place, publisher, year)
    page = rng.choice(("", f", {rng.randint(2, 400)}", f", p. {rng.randint(2, 400)}"))
    kept = [s for s in record["spans"] if s["end"] <= at]
    string = record["string"][:at] + tail + page + "."
    spans = list(kept)
    found = string.rfind(publisher)
    spans.append({"label": "publisher", "start": found, "end": found + len(publisher)})
    if placed:
        found = string.find(place, at)
        spans.append({"label": "location", "start": found, "end": found + len(place)})
    if not dated:
        found = string.rfind(year)
        spans.append({"label": "date", "start": found, "end": found + 4})
    fields = {k: v for k, v in record["fields"].items() if k in ("authors", "title", "year")}
    fields.update(publisher=publisher, **({"location": place} if placed else {}))
    spans = [{**s, "text": string[s["start"]:s["end"]]} for s in spans]
    return {**record, "string": string, "spans": sorted(spans, key=lambda s: s["start"]),
            "fields": fields}


CHANGES: dict[str, Change] = {
    "names": names, "full-date": full_date, "credit": credit, "in-container": in_container,
    "inner-quotes": inner_quotes, "page-cue": page_cue, "series": series,
    "roman-volume": roman_volume, "imprint": imprint}
