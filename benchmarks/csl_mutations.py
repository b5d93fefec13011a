"""The kinds of change a house style makes to its parent, applied to a CSL style's XML.

Used by `csl_variants.py`: each function takes the style's root element and a random source
and changes one thing the way real house styles differ (see `KINDS`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lxml import etree

NS = "http://purl.org/net/xbiblio/csl"
Q = f"{{{NS}}}"
Mutation = Callable[[etree._Element, random.Random], None]


def _all(root: etree._Element, tag: str, variable: str = "") -> list[etree._Element]:
    found = root.iter(Q + tag)
    return [e for e in found if not variable or variable in e.get("variable", "").split()]


def _title_mark(root: etree._Element, rng: random.Random) -> None:
    """The title quoted, or not (plain text prints italic as plain)."""
    quoted = rng.random() < 0.5
    for node in _all(root, "text", "title"):
        node.attrib.pop("font-style", None)
        node.attrib.pop("quotes", None)
        if quoted:
            node.set("quotes", "true")


def _quote_marks(root: etree._Element, rng: random.Random) -> None:
    """Other quotation marks: the style's own locale terms."""
    marks = rng.choice((("«\u00a0", "\u00a0»"), ("«", "»"), ("„", "“"), ("‘", "’"),
                        ("‚", "‘"), ("»", "«"), ('"', '"')))
    locale = etree.SubElement(root, Q + "locale")
    terms = etree.SubElement(locale, Q + "terms")
    for name, mark in zip(("open-quote", "close-quote"), marks, strict=True):
        etree.SubElement(terms, Q + "term", name=name).text = mark
    for node in _all(root, "text", "title"):  # the marks show only on a quoted title
        node.attrib.pop("font-style", None)
        node.set("quotes", "true")


def _title_case(root: etree._Element, rng: random.Random) -> None:
    case = rng.choice(("title", "sentence", ""))
    for node in _all(root, "text", "title"):
        node.attrib.pop("text-case", None)
        if case:
            node.set("text-case", case)


def _delimiters(root: etree._Element, rng: random.Random) -> None:
    """The punctuation between groups: every punctuated delimiter of the layout changed."""
    new = rng.choice((". ", ", ", "; ", " – ", ": ", " / ", " - "))
    for node in root.iter(Q + "group", Q + "layout"):
        old = node.get("delimiter", "")
        if old.strip() in {",", ".", ";", ":"}:
            node.set("delimiter", new)


_IN = re.compile(r"^[,.;]?\s*(?:in|dans|en)\b:?\s*$", re.I)


def _container_prefix(root: etree._Element, rng: random.Random) -> None:
    """The style's own "in" (a term or a prefix) replaced by another."""
    prefix = rng.choice(("In: ", "in ", "In ", "dans ", "in: ", "In: ", "en "))
    for node in list(root.iter(Q + "text")):
        if node.get("term") == "in":
            node.getparent().remove(node)
    for node in root.iter(etree.Element):
        if _IN.match(node.get("prefix", "")):
            node.attrib.pop("prefix")
    for node in _all(root, "text", "container-title"):
        node.set("prefix", prefix)


def _year_position(root: etree._Element, rng: random.Random) -> None:
    """The year moved: after the names in parentheses, or at the end, or after the names."""
    for node in list(_all(root, "date", "issued")):
        node.getparent().remove(node)
    layout = next(root.iter(Q + "bibliography")).find(Q + "layout")
    year = etree.Element(Q + "date", variable="issued")
    etree.SubElement(year, Q + "date-part", name="year")
    where = rng.choice(("after-names-paren", "after-names", "end", "end-paren"))
    prefix, suffix = {"after-names-paren": (" (", ")"), "after-names": (", ", ""),
                      "end": (", ", ""), "end-paren": (" (", ")")}[where]
    year.set("prefix", prefix)
    year.set("suffix", suffix)
    if where.startswith("end"):
        layout.append(year)
        return
    names = next(iter(layout.iter(Q + "names", Q + "text")), None)
    if names is None:
        layout.insert(0, year)
    else:
        names.addnext(year)


def _names(root: etree._Element, rng: random.Random) -> None:
    order = rng.choice(("all", "first", ""))
    initials = rng.choice((". ", ".", "", None))
    conjunction = rng.choice(("text", "symbol", ""))
    delimiter = rng.choice((", ", "; ", ", "))
    for node in root.iter(Q + "name"):
        for key, value in (("name-as-sort-order", order), ("and", conjunction)):
            node.attrib.pop(key, None)
            if value:
                node.set(key, value)
        node.set("delimiter", delimiter)
        node.attrib.pop("initialize-with", None)
        if initials is not None:
            node.set("initialize-with", initials)


_NUMBERS = {"vol-no-pp": ("vol. ", "no. ", "pp. "), "bd-h-s": ("Bd. ", "H. ", "S. "),
            "t-n-p": ("t. ", "n° ", "p. "), "bare": ("", "", ""), "v-n-p": ("v. ", "n. ", "p. "),
            "paren-issue": ("", "(", "")}


def _numbers(root: etree._Element, rng: random.Random) -> None:
    name = rng.choice(sorted(_NUMBERS))
    for variable, prefix in zip(("volume", "issue", "page"), _NUMBERS[name], strict=True):
        for node in _all(root, "text", variable) + _all(root, "number", variable):
            node.set("prefix", prefix)
            node.attrib.pop("suffix", None)
            if name == "paren-issue" and variable == "issue":
                node.set("suffix", ")")
        for label in list(root.iter(Q + "label", Q + "text")):
            if (label.get("variable") == variable and label.tag == Q + "label") or (
                    label.get("term") == variable):
                label.getparent().remove(label)


def _doi(root: etree._Element, rng: random.Random) -> None:
    for node in list(_all(root, "text", "DOI")):  # the style's own DOI, if any, replaced
        node.getparent().remove(node)
    layout = next(root.iter(Q + "bibliography")).find(Q + "layout")
    prefix = rng.choice((". https://doi.org/", ". doi:", ", DOI: ", " doi:", ". DOI "))
    etree.SubElement(layout, Q + "text", variable="DOI", prefix=prefix)


def _layout_end(root: etree._Element, rng: random.Random) -> None:
    layout = next(root.iter(Q + "bibliography")).find(Q + "layout")
    layout.set("suffix", rng.choice((".", "", ";")))


def _et_al(root: etree._Element, rng: random.Random) -> None:
    """The list cut after its first name or three, with another language's "et al."."""
    term = rng.choice(("et al.", "u. a.", "et alii", "[et al.]", "and others", "i in.",
                       "e.a.", "y otros", "mfl."))
    first = rng.choice(("1", "3"))
    for node in root.iter(Q + "names"):
        parent = node.getparent()
        if parent is not None and parent.tag == Q + "bibliography":
            continue
        node.set("et-al-min", "4")
        node.set("et-al-use-first", first)
    for node in root.iter(Q + "bibliography", Q + "citation"):
        node.set("et-al-min", "4")
        node.set("et-al-use-first", first)
    _term(root, "et-al", term)


def _family_upper(root: etree._Element, rng: random.Random) -> None:
    """Family names in capitals (ISO 690's "SMITH, J."), the first only or all."""
    del rng
    for name in root.iter(Q + "name"):
        part = name.find(Q + "name-part[@name='family']")
        if part is None:
            part = etree.SubElement(name, Q + "name-part", name="family")
        part.set("text-case", "uppercase")


def _volume_first(root: etree._Element, rng: random.Random) -> None:
    """The volume before the journal with a space and no label, as the Bluebook and EJIL
    print an article: "61 Tellus A 81"."""
    del rng
    for node in _all(root, "text", "volume") + _all(root, "number", "volume"):
        node.getparent().remove(node)
    for label in list(root.iter(Q + "label")):
        if label.get("variable") == "volume":
            label.getparent().remove(label)
    for node in _all(root, "text", "container-title"):
        group = etree.Element(Q + "group", delimiter=" ")
        for key in ("prefix", "suffix"):
            if key in node.attrib:
                group.set(key, node.attrib.pop(key))
        node.addprevious(group)
        etree.SubElement(group, Q + "number", variable="volume")
        group.append(node)


def _term(root: etree._Element, name: str, text: str) -> None:
    locale = etree.SubElement(root, Q + "locale")
    etree.SubElement(etree.SubElement(locale, Q + "terms"), Q + "term", name=name).text = text


KINDS: dict[str, Mutation] = {
    "title-mark": _title_mark, "quote-marks": _quote_marks, "title-case": _title_case,
    "delimiters": _delimiters, "container-prefix": _container_prefix,
    "year-position": _year_position, "names": _names, "numbers": _numbers, "doi": _doi,
    "layout-end": _layout_end}
# Drawn only when asked (`csl_variants.py --extra-kinds`), so that the sets made without them
# stay the same: session 20's second measure.
EXTRA_KINDS: dict[str, Mutation] = {"et-al": _et_al, "family-upper": _family_upper}
# Drawn only with `csl_variants.py --note-kinds` (session 21): ways notes print that the
# kinds above do not make.
NOTE_KINDS: dict[str, Mutation] = {"volume-first": _volume_first}
