"""One JATS `<ref>` to a Reference: the tagged fields of element- or mixed-citation, and the
printed string (the mixed-citation text, or a rendering of an element-citation's fields)."""

from __future__ import annotations

import re
from dataclasses import replace
from xml.etree.ElementTree import Element

from claimcheck.model import Author, Reference
from claimcheck.text import normalize_doi, normalize_pages

_KINDS = {"journal": "article", "book": "book", "chapter": "chapter", "web": "web",
          "webpage": "web", "thesis": "thesis", "confproc": "conference"}


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _text(element: Element | None) -> str:
    if element is None:
        return ""
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def _child(element: Element, name: str) -> Element | None:
    return next((c for c in element.iter() if _local(c.tag) == name), None)


def _people(citation: Element, group_type: str) -> tuple[tuple[Author, ...], bool]:
    people: list[Author] = []
    et_al = False
    groups = [g for g in citation.iter() if _local(g.tag) == "person-group"]
    wanted = [g for g in groups if (g.get("person-group-type") or "author") == group_type]
    containers = wanted or ([citation] if group_type == "author" and not groups else [])
    for group in containers:
        for item in group.iter():
            name = _local(item.tag)
            if name in ("name", "string-name"):
                people.append(Author(family=_text(_child(item, "surname")) or _text(item),
                                     given=_text(_child(item, "given-names")),
                                     suffix=_text(_child(item, "suffix"))))
            elif name == "collab":
                people.append(Author(family=_text(item), literal=True))
            elif name == "etal":
                et_al = True
    return tuple(people), et_al


def _year(citation: Element) -> tuple[str, str]:
    match = re.match(r"(\d{4})([a-z]?)", _text(_child(citation, "year")))
    return (match.group(1), match.group(2)) if match else ("", "")


def _pages(citation: Element) -> str:
    first, last = _text(_child(citation, "fpage")), _text(_child(citation, "lpage"))
    if first and last:
        return normalize_pages(f"{first}-{last}")
    return first or _text(_child(citation, "elocation-id"))


def _doi(citation: Element) -> str:
    for pub_id in citation.iter():
        if _local(pub_id.tag) == "pub-id" and pub_id.get("pub-id-type") == "doi":
            return normalize_doi(_text(pub_id))
    found = re.search(r"10\.\d{4,9}/\S+", _text(citation))
    return normalize_doi(found.group(0)) if found else ""


# Elements that format text inside a field (a word may run across them: "E<sup>2</sup>");
# any other two elements with nothing printed between them are separate fields.
_INLINE = frozenset(["italic", "bold", "sup", "sub", "sc", "underline", "overline", "roman",
                     "monospace", "sans-serif", "strike", "styled-content", "named-content",
                     "inline-formula", "tex-math", "x"])
# A person-group's names: the XML holds them without separators ("<name>...</name><name>").
_NAMES = frozenset(["name", "string-name", "collab"])
# Identifiers printed after the reference proper, often with no space before them.
_IDENTIFIERS = frozenset(["pub-id", "ext-link", "uri", "elocation-id"])


def _gap(before: str, previous: Element | None, child: Element) -> str:
    """A space where the XML runs two fields together: two elements with nothing between
    ("<pub-id>10.1/x</pub-id><pub-id>22717390</pub-id>", "<surname>Smith</surname>
    <given-names>J"), or an identifier glued to the text before it ("44.<pub-id>1186")."""
    if before[-1:].isspace():
        return ""
    if previous is not None and not before:
        if _local(previous.tag) in _NAMES and _local(child.tag) in _NAMES:
            return ", "  # as the publisher's renderer prints a person-group's names
        inline = _local(previous.tag) in _INLINE or _local(child.tag) in _INLINE
        return "" if inline else " "
    glued = before[-1:].isalnum() or before[-1:] in (".", ",", ";")
    return " " if glued and _local(child.tag) in _IDENTIFIERS else ""


def _printed(element: Element) -> str:
    """The text of a mixed-citation as printed, with a space between fields the XML runs
    together. A stack, not recursion, so that no nesting depth exhausts Python's recursion
    limit."""
    pieces: list[str] = []
    stack: list[Element | str] = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        pieces.append(item.text or "")
        steps: list[Element | str] = []
        before, previous = item.text or "", None
        for child in item:
            steps.extend((_gap(before, previous, child), child, child.tail or ""))
            before, previous = child.tail or "", child
        stack.extend(reversed(steps))
    return re.sub(r"\s+", " ", "".join(pieces)).strip()


def _render(ref: Reference) -> str:
    """A printed form for an element-citation, which has none in the XML."""
    names = ", ".join(f"{a.family} {a.given}".strip() for a in ref.authors)
    parts = [names + (" et al." if ref.et_al else ""), f"({ref.year}{ref.year_suffix})",
             ref.title, ref.container, ref.volume and f"{ref.volume}: {ref.pages}".rstrip(": "),
             ref.doi and f"doi: {ref.doi}"]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def reference_from_ref(ref: Element, citation: Element, index: int) -> Reference:
    authors, et_al = _people(citation, "author")
    editors, _ = _people(citation, "editor")
    year, suffix = _year(citation)
    title = _text(_child(citation, "article-title")) or _text(_child(citation, "chapter-title"))
    container = _text(_child(citation, "source"))
    kind = _KINDS.get(citation.get("publication-type") or "", "misc")
    if not title and kind in ("book", "misc"):
        title, container = container, ""
    uri = _child(citation, "ext-link") or _child(citation, "uri")
    reference = Reference(
        id="", index=index, line=0, raw="", kind=kind, label=_text(_child(ref, "label")),
        authors=authors, et_al=et_al, editors=editors, year=year, year_suffix=suffix,
        title=title, container=container, volume=_text(_child(citation, "volume")),
        issue=_text(_child(citation, "issue")), pages=_pages(citation),
        publisher=_text(_child(citation, "publisher-name")),
        location=_text(_child(citation, "publisher-loc")), doi=_doi(citation),
        url=(uri.get("{http://www.w3.org/1999/xlink}href") or _text(uri)) if uri is not None
        else "",
    )
    mixed = _local(citation.tag) == "mixed-citation"
    printed = _printed(citation) if mixed else _render(reference)
    label = f"{reference.label} " if reference.label and not printed.startswith(
        reference.label) else ""
    return replace(reference, raw=label + printed)
