"""Finds the reference list of an HTML article: its entries, and the ids callouts point at.

A reference list is a list (`<ol>`/`<ul>` with `<li>` items), a run of `<div>`/`<p>` entries
(`<div class="ref">`), or the plain paragraphs of a section headed "References", that is named
as one: by a class or id token of it or of a near
ancestor (`ref-list`, `references`, `c-article-references`, `ltx_biblist`, `back-ref-list`,
`cit-list`, `section id="references"`), or by the heading just before it ("References",
"Bibliography", "Literature cited"). A list under such a heading wins over one that is only
named so; among equals, the biggest. Each entry keeps the ids of
its element and of every element inside it, since pages link to either (`<li id="ref1">`
vs. PLOS's `<a id="pone.0213978.ref001">` inside it; PeerJ's `<div id="ref-1">`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

_TOKENS = frozenset({"ref", "refs", "reference", "references", "reflist", "bibliography",
                     "biblist", "bib", "bibl", "bibitem", "citations", "cit", "literature"})
_HEADING = re.compile(r"^\s*(?:\d+\.?\s*)?(references?(?: and notes)?|bibliography|"
                      r"literature cited|works cited|cited literature|literatur)\s*:?\s*$",
                      re.IGNORECASE)
_ITEM_CLASSES = frozenset({"ref", "reference", "citation", "bibitem", "bib-entry", "cit"})
_LINK_MENUS = frozenset({"links", "reflinks", "toolbar", "actions"})
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@dataclass(frozen=True, slots=True)
class ListEntry:
    text: str
    ids: tuple[str, ...]  # the entry's id and the ids inside it


@dataclass(frozen=True, slots=True)
class RefList:
    container: HtmlElement
    entries: tuple[ListEntry, ...]


def _tokens(element: HtmlElement) -> set[str]:
    words = " ".join(element.get(a, "") for a in ("class", "id", "aria-labelledby", "data-title"))
    return {w.lower() for w in re.split(r"[\s_\-.]+", words) if w}


def _named(element: HtmlElement) -> bool:
    """The element, or one of its three nearest ancestors, is named as a reference list."""
    node: HtmlElement | None = element
    for _ in range(4):
        if node is None:
            return False
        if _tokens(node) & _TOKENS:
            return True
        node = node.getparent()
    return False


def _after_heading(element: HtmlElement) -> bool:
    previous = element.getprevious()
    while previous is not None and not previous.text_content().strip():
        previous = previous.getprevious()
    return previous is not None and previous.tag in _HEADINGS and is_references_heading(previous)


def is_references_heading(element: HtmlElement) -> bool:
    return bool(_HEADING.match(element.text_content()))


def _first_heading(container: HtmlElement) -> bool:
    first = next((c for c in container if c.text_content().strip()), None)
    return first is not None and first.tag in _HEADINGS and is_references_heading(first)


def _headed(container: HtmlElement) -> bool:
    """The container is itself the references section: named so, or its heading says so."""
    return _first_heading(container) or bool(_tokens(container) & _TOKENS) or _after_heading(
        container)


def _under_heading(container: HtmlElement) -> bool:
    """A "References" heading opens the container or one of its three nearest ancestors."""
    node: HtmlElement | None = container
    for _ in range(4):
        if node is None:
            return False
        if _after_heading(node) or _first_heading(node):
            return True
        node = node.getparent()
    return False


def _items(container: HtmlElement) -> list[HtmlElement]:
    if container.tag in ("ol", "ul"):
        return [c for c in container if c.tag == "li"]
    classed = [c for c in container if c.tag in ("div", "p") and _tokens(c) & _ITEM_CLASSES]
    if classed or not _headed(container):
        return classed
    return [c for c in container if c.tag == "p"]  # plain paragraphs under "References"


def _entry(item: HtmlElement) -> ListEntry:
    ids = [item.get("id")] + [e.get("id") or e.get("name") for e in item.iterdescendants()]
    for nested in item.xpath(".//ul | .//ol | .//script | .//style | .//button"):
        nested.drop_tree()  # PLOS's per-entry link menus ("View Article", "PubMed")
    for inner in list(item.iterdescendants()):
        if _tokens(inner) & _LINK_MENUS and inner.getparent() is not None:
            inner.drop_tree()  # Springer's "Article Google Scholar" links
    text = " ".join(item.text_content().split())
    return ListEntry(text=text, ids=tuple(i for i in ids if i))


def find_ref_list(root: HtmlElement) -> RefList | None:
    """The page's reference list, or None when it has none the rules above recognise."""
    # A list under a "References" heading beats any merely named one ("cited by" lists are
    # often named `citations`); among equals, the longest wins.
    best: tuple[bool, int] = (False, 0)
    chosen, items = None, []
    for container in root.iter("ol", "ul", "div", "section"):
        found = _items(container)
        if not found or not (_named(container) or _headed(container)):
            continue
        rank = (_under_heading(container), len(found))
        if rank > best:
            best, chosen, items = rank, container, found
    if chosen is None:
        return None
    entries = tuple(_entry(item) for item in items)
    return RefList(container=chosen, entries=tuple(e for e in entries if e.text))
