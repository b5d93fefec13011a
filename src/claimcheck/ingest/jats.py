"""JATS XML (`.xml`, `.nxml`): references from `ref-list`, callouts from `xref ref-type="bibr"`.

The article is rendered to plain text (abstract, section titles, paragraphs, figure and table
captions) with every bibr `xref` kept as a marked callout at its offsets, so the citation
stage links it by the XML's own `rid` instead of guessing. Parsing goes through defusedxml:
an article from a stranger must not be able to expand entities or reach the network.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from claimcheck.ingest.interface import Document, InputError, Marked, RawEntry
from claimcheck.ingest.jats_refs import reference_from_ref
from claimcheck.ingest.pmc import article_element
from claimcheck.ingest.textbuf import TextBuffer
from claimcheck.model import Reference

_BLOCKS = {"p", "title", "caption", "list-item", "disp-quote", "def", "term"}
_SKIP = {"table", "graphic", "media", "supplementary-material", "inline-formula-alt",
         "alternatives", "object-id", "ref-list", "fn-group", "ack"}
_CITATION = re.compile(r"^(?:element-citation|mixed-citation|citation|nlm-citation)$")


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


class _Builder(TextBuffer):
    """Renders the article's elements to text, keeping bibr xrefs as marked callouts."""

    def add(self, text: str) -> None:
        """Collapsed `text`; a leading space is dropped only after a space or a line break
        (not at the very start). A piece emptied by that is not kept: an empty last piece
        would hide the space before it, so the next piece's space would double it."""
        text = re.sub(r"\s+", " ", text)
        if self.parts and self.parts[-1].endswith((" ", "\n")) and text.startswith(" "):
            text = text[1:]
        if text:
            self.add_raw(text)

    def inline(self, element: Element) -> None:
        """Renders `element`, its children and its tail. A stack, not recursion: a hostile
        file nests thousands of elements deep, past Python's recursion limit."""
        stack: list[Element | Callable[[], None]] = [element]
        while stack:
            item = stack.pop()
            if callable(item) and not isinstance(item, Element):
                item()
            else:
                stack.extend(reversed(self._steps(item)))

    def _steps(self, element: Element) -> list[Element | Callable[[], None]]:
        """What rendering `element` takes, in order: breaks, text, children, tail."""
        tag = _local(element.tag)
        tail = partial(self._tail, element)
        if tag in _SKIP:
            return [tail]
        if tag == "xref" and element.get("ref-type") == "bibr":
            return [partial(self._xref, element), tail]
        opens = tag in _BLOCKS or tag in ("sec", "fig", "table-wrap", "label", "abstract")
        closes = tag in _BLOCKS or tag in ("sec", "fig", "table-wrap", "label")
        steps: list[Element | Callable[[], None]] = [self.paragraph_break] if opens else []
        steps.append(partial(self.add, element.text or ""))
        steps.extend(element)
        return [*steps, *([self.paragraph_break] if closes else []), tail]

    def _xref(self, element: Element) -> None:
        text = re.sub(r"\s+", " ", "".join(element.itertext())).strip()
        start = self.size
        self.add(text)
        keys = tuple((element.get("rid") or "").split())
        self.marked.append(Marked(text=text, start=start, end=start + len(text), keys=keys))

    def _tail(self, element: Element) -> None:
        if element.tail:
            self.add(element.tail)


def _root(text: str, path: str) -> Element:
    try:
        root: Element = fromstring(text.encode("utf-8"), forbid_dtd=False)
    except (ParseError, DefusedXmlException) as exc:
        raise InputError(f"{path}: not well-formed XML ({exc})") from exc
    return article_element(root, path)  # the article itself, or the one inside PMC's wrapper


def _find(root: Element, name: str) -> list[Element]:
    return [e for e in root.iter() if _local(e.tag) == name]


def _outermost(root: Element, name: str) -> list[Element]:
    """The `name` elements not inside another one, in document order. Each is read through
    its whole subtree, so a ref nested in a ref (never in real JATS) would make the reading
    quadratic in the nesting depth."""
    found: list[Element] = []
    stack = [root]
    while stack:
        element = stack.pop()
        if _local(element.tag) == name:
            found.append(element)
        else:
            stack.extend(reversed(element))
    return found


def _references(root: Element) -> tuple[tuple[Reference, ...], tuple[str, ...]]:
    refs: list[Reference] = []
    keys: list[str] = []
    for ref in _outermost(root, "ref"):
        citation = next((c for c in ref.iter() if _CITATION.match(_local(c.tag))), None)
        if citation is None:
            continue
        refs.append(reference_from_ref(ref, citation, len(refs) + 1))
        keys.append(ref.get("id") or f"ref{len(refs)}")
    return tuple(refs), tuple(keys)


def split_jats(text: str, path: str = "<xml>") -> Document:
    """The article rendered as text, its structured references and its marked callouts."""
    root = _root(text, path)
    builder = _Builder()
    for part in ("abstract", "body"):
        for element in _find(root, part)[:1]:
            builder.inline(element)
            builder.paragraph_break()
    for app in _find(root, "app-group"):
        builder.inline(app)
    references, keys = _references(root)
    if not references:
        raise InputError(f"{path}: the JATS article has no ref-list entries")
    body = builder.text().rstrip() + "\n\n"
    heading_line = body.count("\n") + 1
    listing = "\n".join(re.sub(r"\s+", " ", r.raw) for r in references)
    entries = tuple(
        RawEntry(text=re.sub(r"\s+", " ", r.raw), index=r.index, line=heading_line + 1 + i)
        for i, r in enumerate(references)
    )
    return Document(
        path=path, text=f"{body}References\n{listing}\n", body=body, entries=entries,
        references_line=heading_line, references=references, entry_keys=keys,
        marked=tuple(builder.marked),
    )
