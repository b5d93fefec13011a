"""Reads a JATS article's paragraphs and references, and re-typesets it in a citation style.

Used by callout_styles.py. Only the XML markup decides what is cited: a run of
`<xref ref-type="bibr">` separated by nothing but punctuation is one citation group, its
targets the `rid`s, plus the references between two ends of a printed range ("[2]–[4]",
an xref printing "1–3") counted in reference-list order. A pair of brackets or parentheses
right around a group is the old style's and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import parse

Piece = str | tuple[str, ...]  # text, or the targets of one citation group
STATISTICS = (
    "A main effect of dose was found (F[1,12] = 8.42, p = 0.013), and no interaction "
    "(F[2,24] = 1.10, p = 0.35).",
    "The weights x[3] and a[i] were summed over [0, 1], and the signal was scaled so that "
    "[1, 2] = [0.5, 1.0].",
    "Animals [n = 5] received [3H]thymidine, and [Ca2+] rose [95% CI 1.2–3.4].",
    "As Eq. (2) shows, and Eqs. (3) and (4) confirm, the estimate is stable.",
    "The method has three steps: (1) samples are dried; (2) they are weighed; and (3) they "
    "are stored.",
    "The model was\ny = a + b x (1)\nwith a > 0, and scores ≤ [4] were excluded (t[24] = 2.1).",
)
_JOIN = re.compile(r"[\s,;–—\-\[\]()]*(?:and|&)?[\s,;–—\-\[\]()]*")
_DASH = re.compile(r"[–—\-]")
_RANGE_TEXT = re.compile(r"^\W*(\d{1,4})\s*[–—\-]\s*(\d{1,4})\W*$")
_SKIP = {"table", "graphic", "inline-formula", "disp-formula", "fn", "ref-list", "p"}


@dataclass
class Ref:
    surnames: list[str]
    year: str
    title: str
    source: str
    volume: str
    pages: str
    suffix: str = ""


@dataclass
class Article:
    name: str
    refs: dict[str, Ref]
    order: list[str]  # reference-list order
    paragraphs: list[list[Piece]] = field(default_factory=list)
    # displayed formulas as (index of the paragraph they follow, text, printed label or "")
    formulas: list[tuple[int, str, str]] = field(default_factory=list)


def read_article(folder: Path, notes: bool = False) -> Article | None:
    """The article of `folder`; with `notes`, each footnote's text is printed as a paragraph
    of its own ("1 Text of the note") right after the paragraph that marks it, as a PDF's
    page prints it at its foot."""
    root = parse(str(folder / "source.xml")).getroot()
    refs, order = _refs(root)
    body = next((e for e in root.iter() if _tag(e) == "body"), None)
    if body is None or not refs:
        return None
    article = Article(folder.name, refs, order)
    texts = _notes(root) if notes else {}
    for p in (e for e in body.iter() if _tag(e) in ("p", "disp-formula")):
        if _tag(p) == "disp-formula":
            article.formulas.append((len(article.paragraphs) - 1, *_formula(p)))
            continue
        tokens: list[tuple[str, ...] | str] = []
        _walk(p, tokens, top=True)
        pieces = _groups(tokens, order)
        if any(isinstance(x, tuple) for x in pieces) or "".join(map(str, pieces)).strip():
            article.paragraphs.append(pieces)
        for xref in (e for e in p.iter() if _tag(e) == "xref" and e.get("ref-type") == "fn"):
            note = texts.get(xref.get("rid") or "")
            if note and _text(xref):
                article.paragraphs.append([f"{_text(xref)} {note}"])
    return article


def _notes(root: Element) -> dict[str, str]:
    """Each footnote's text (its paragraphs, without its label) by its id."""
    found = {}
    for fn in (e for e in root.iter() if _tag(e) == "fn" and e.get("id")):
        text = " ".join(_text(p) for p in fn.iter() if _tag(p) == "p")
        if text:
            found[fn.get("id", "")] = text
    return found


def _tag(element: Element) -> str:
    return str(element.tag).rsplit("}", 1)[-1]


def _text(element: Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _formula(element: Element) -> tuple[str, str]:
    """A displayed formula as a PDF's text layer shows it (its MathML symbols spaced, a TeX
    alternative left out), and its printed label."""
    label = next((_text(e) for e in element.iter() if _tag(e) == "label"), "")
    symbols: list[str] = []
    for e in element.iter():
        if _tag(e) in ("mi", "mo", "mn", "mtext") and e.text and e.text.strip():
            symbols.append(e.text.strip())
    return " ".join(symbols)[:160], label


def _refs(root: Element) -> tuple[dict[str, Ref], list[str]]:
    refs: dict[str, Ref] = {}
    for ref in (e for e in root.iter() if _tag(e) == "ref"):
        found = {_tag(e): e for e in reversed(list(ref.iter()))}
        surnames = [_text(e) for e in ref.iter() if _tag(e) == "surname"]
        if not surnames and "collab" in found:
            surnames = [_text(found["collab"])]
        year = re.search(r"\d{4}", _text(found.get("year")))
        if not surnames or not year or not ref.get("id"):
            continue
        titled = [found[t] for t in ("article-title", "chapter-title") if t in found]
        title = _text(titled[0]) if titled else "Untitled"
        pages = "–".join(x for x in (_text(found.get("fpage")), _text(found.get("lpage"))) if x)
        refs[ref.get("id", "")] = Ref(surnames, year.group(), title.rstrip("."),
                                      _text(found.get("source")).rstrip(".") or "Journal",
                                      _text(found.get("volume")) or "1", pages or "1–10")
    return refs, list(refs)


def _walk(element: Element, tokens: list[tuple[str, ...] | str], top: bool = False) -> None:
    """Text and xref tokens of a paragraph; nested paragraphs and formulas are left out."""
    tag = _tag(element)
    if tag == "xref" and element.get("ref-type") == "bibr":
        tokens.append(("xref", _text(element), *(element.get("rid") or "").split()))
    elif top or tag not in _SKIP:
        tokens.append(element.text or "")
        for child in element:
            _walk(child, tokens)
    if not top:
        tokens.append(element.tail or "")


def _groups(tokens: list[tuple[str, ...] | str], order: list[str]) -> list[Piece]:
    """Text and citation groups: xrefs joined by punctuation only are one group."""
    pieces: list[Piece] = []
    text = ""
    group: list[tuple[str, ...]] = []
    gaps: list[str] = []
    for token in tokens:
        if isinstance(token, str):
            text += token
            continue
        if group and _JOIN.fullmatch(text):
            gaps.append(text)
        else:
            if group:
                pieces.append(_targets(group, gaps, order))
            pieces.append(text)
            group, gaps = [], []
        group.append(token)
        text = ""
    if group:
        pieces.append(_targets(group, gaps, order))
    pieces.append(text)
    return _drop_brackets(pieces)


def _targets(group: list[tuple[str, ...]], gaps: list[str], order: list[str]) -> tuple[str, ...]:
    position = {key: i for i, key in enumerate(order)}
    targets = [t for xref in group for t in xref[2:] if t in position]
    for xref in group:  # an xref printing "1–3" whose rid names the first
        printed = _RANGE_TEXT.match(xref[1])
        known = [t for t in xref[2:] if t in position]
        if printed and len(known) == 1:
            span = int(printed.group(2)) - int(printed.group(1))
            first = position[known[0]]
            targets += order[first + 1 : first + 1 + span] if 0 < span <= 50 else []
    for before, gap, after in zip(group, gaps, group[1:], strict=False):
        ends = [position.get(t) for t in (before[-1], after[2] if len(after) > 2 else "")]
        if _DASH.search(gap) and None not in ends and 0 < ends[1] - ends[0] <= 50:  # type: ignore[operator]
            targets += order[ends[0] + 1 : ends[1]]  # type: ignore[operator]
    return tuple(dict.fromkeys(targets))


def _drop_brackets(pieces: list[Piece]) -> list[Piece]:
    for i in range(1, len(pieces) - 1):
        before, after = pieces[i - 1], pieces[i + 1]
        if isinstance(pieces[i], tuple) and isinstance(before, str) and isinstance(after, str):
            b, a = before.rstrip(), after.lstrip()
            if b[-1:] in "([" and b[-1:] and a[:1] in ")]" and a[:1]:
                pieces[i - 1], pieces[i + 1] = b[:-1], a[1:]
    return pieces
