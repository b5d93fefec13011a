"""HTML articles (`.html`, `.htm`): publisher pages, PMC and Europe PMC pages, arXiv's HTML,
bioRxiv full text, saved pages. The page's structure is read with lxml.html, not its text dump.

- References: the page's reference list (`htmlrefs.py`); when the page also carries as many
  Highwire `citation_reference` meta tags as the list has entries, those give the fields
  (`highwire.py`) and the list gives the printed text. A page with only the meta tags (IOP
  loads its list by script) is checked from the tags alone.
- Body: the `<article>` / `<main>` element (else `<body>`) without scripts, styles,
  navigation, headers, footers, asides, forms, figure images and the reference list; figure
  captions stay, since they cite works too.
- Callouts: links to an entry (`<a href="#ref-12">`, or `data-jats-rid`/`rid` as PeerJ
  writes them) are marked callouts keyed by the entry's id, so nothing is guessed. Without
  such links, a `<sup>` holding only numbers ("12", "3–5") is written as "[12]" so the
  numeric callout finder sees it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from claimcheck.ingest.highwire import reference_from_meta
from claimcheck.ingest.htmlrefs import RefList, find_ref_list, is_references_heading
from claimcheck.ingest.interface import Document, InputError, Marked, RawEntry
from claimcheck.ingest.superscript import as_brackets
from claimcheck.ingest.textbuf import TextBuffer
from claimcheck.model import Reference

# Tables are left out as the JATS input leaves them out, so an article gives the same links
# as XML and as HTML; their captions and footnotes stay.
_NOISE = ("script", "style", "noscript", "nav", "aside", "form", "button", "svg", "img",
          "iframe", "template", "select", "math", "object", "video", "audio", "table")
# A page's header and footer are chrome; inside <article>/<main> they hold the article's
# own front and back matter (PeerJ puts its reference list in <footer class="back">).
_CHROME = "//header[not(ancestor::article or ancestor::main)]" \
          "|//footer[not(ancestor::article or ancestor::main)]"
_BLOCKS = frozenset({"p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5",
                     "h6", "blockquote", "figcaption", "dd", "dt", "table", "tr", "caption",
                     "pre", "br", "ol", "ul", "figure"})


def _source(data: bytes) -> bytes | str:
    """UTF-8 when the bytes decode as it (saved pages often say no charset, and lxml would take
    them for Latin-1); otherwise the bytes, for lxml to read the page's declared charset."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a declaration in a str


def _parse(data: bytes, path: str) -> HtmlElement:
    parser = lxml.html.HTMLParser(remove_comments=True, no_network=True)
    try:
        root: HtmlElement = lxml.html.document_fromstring(_source(data), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{path}: not readable as HTML ({exc})") from exc
    return root


def _strip_noise(root: HtmlElement) -> None:
    hidden = "|".join(f"//{tag}" for tag in _NOISE)
    for element in root.xpath(f"{hidden}|{_CHROME}|//*[@role='navigation']|//*[@hidden]"):
        element.drop_tree()


def _main(root: HtmlElement) -> HtmlElement:
    for query in ("//article", "//main", "//*[@role='main']", "//body"):
        found = root.xpath(query)
        if found:
            return max(found, key=lambda e: len(e.text_content()))
    return root


def link_key(element: HtmlElement, targets: dict[str, str]) -> str:
    """The entry a link points at: its `#fragment` (also in a full URL of the page), or the
    `data-jats-rid`/`rid` PeerJ and JATS-derived pages carry; "" when none of the list's."""
    if element.tag != "a":
        return ""
    fragment = urlsplit(element.get("href", "")).fragment
    rid = element.get("data-jats-rid") or element.get("rid") or ""
    return targets.get(fragment, "") or targets.get(rid, "")


class _Text(TextBuffer):
    """Rendered page text; a leading space is dropped at the start and after a space or a
    line break, and a piece left empty is not kept."""

    def add(self, text: str) -> None:
        text = re.sub(r"\s+", " ", text)
        if text.startswith(" ") and (not self.parts or self.parts[-1].endswith((" ", "\n"))):
            text = text[1:]
        if text:
            self.add_raw(text)


class _HtmlBuilder(_Text):
    """The page's text: blocks break paragraphs, links to entries become marked callouts."""

    def __init__(self, targets: dict[str, str], numeric_sups: bool) -> None:
        super().__init__()
        self.targets = targets  # any id inside an entry -> the entry's key
        self.numeric_sups = numeric_sups

    def walk(self, element: HtmlElement) -> None:
        key = self._target(element)
        if key:
            self._mark(element, key)
        elif not (element.tag == "sup" and self.numeric_sups and self._raised_citation(element)):
            block = element.tag in _BLOCKS
            if block:
                self.paragraph_break()
            self.add(element.text or "")
            for child in element:
                self.walk(child)
            if block:
                self.paragraph_break()
        if element.tail:
            self.add(element.tail)

    def _raised_citation(self, element: HtmlElement) -> bool:
        """A numeric `<sup>` list, not an exponent, added in brackets as Markdown's are."""
        before = "".join(self.parts[-3:])[-8:]
        bracketed = as_brackets(before, " ".join(element.text_content().split()))
        if bracketed is not None:
            self.add(bracketed)
        return bracketed is not None

    def _target(self, element: HtmlElement) -> str:
        return link_key(element, self.targets)

    def _mark(self, element: HtmlElement, key: str) -> None:
        text = " ".join(element.text_content().split())
        start = self.size
        self.add(text)
        self.marked.append(Marked(text=text, start=start, end=self.size, keys=(key,)))


def _references(root: HtmlElement, found: RefList | None) -> tuple[Reference, ...]:
    """Fields from the meta tags when they agree in number with the list (or there is no list)."""
    metas = [str(c) for c in root.xpath("//meta[@name='citation_reference']/@content")]
    texts = [e.text for e in found.entries] if found else []
    if not metas or (texts and len(texts) != len(metas)):
        return ()
    raws = texts or [""] * len(metas)
    return tuple(reference_from_meta(m, i, raw) for i, (m, raw) in enumerate(zip(metas, raws,
                                                                               strict=True), 1))


def split_html(data: bytes, path: str = "<html>") -> Document:
    """The article's body text with its marked callouts, and its references."""
    root = _parse(data, path)
    _strip_noise(root)
    found = find_ref_list(root)
    references = _references(root, found)
    entries = found.entries if found else ()
    keys = tuple(e.ids[0] if e.ids else f"ref{i}" for i, e in enumerate(entries, 1))
    targets = {i: key for e, key in zip(entries, keys, strict=True) for i in e.ids}
    if found is not None:
        found.container.drop_tree()
    for heading in root.xpath("//h1|//h2|//h3|//h4|//h5|//h6"):
        if is_references_heading(heading):
            heading.drop_tree()
    has_links = any(link_key(a, targets) for a in root.iter("a"))
    builder = _HtmlBuilder(targets, numeric_sups=not has_links)
    builder.walk(_main(root))
    raws = [e.text for e in entries] or [r.raw for r in references]
    if not raws:
        raise InputError(f"{path}: no reference list found in the HTML (no list named as "
                         "references, no citation_reference meta tags)")
    return _document(path, builder, raws, references, keys)


def _document(path: str, builder: _Text, raws: list[str],
              references: tuple[Reference, ...], keys: tuple[str, ...]) -> Document:
    body = builder.text().strip() + "\n\n"
    heading_line = body.count("\n") + 1
    entries = tuple(RawEntry(text=t, index=i, line=heading_line + i)
                    for i, t in enumerate(raws, 1))
    if references:
        references = tuple(_at_line(r, e.line) for r, e in zip(references, entries, strict=True))
    return Document(
        path=path, text=f"{body}References\n" + "\n".join(raws) + "\n", body=body,
        entries=entries, references_line=heading_line, references=references,
        entry_keys=keys if keys else tuple(f"ref{i}" for i in range(1, len(raws) + 1)),
        marked=tuple(builder.marked),
    )


def _at_line(reference: Reference, line: int) -> Reference:
    return replace(reference, line=line)
