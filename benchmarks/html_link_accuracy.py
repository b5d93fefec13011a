"""Callout linking on the shared JATS articles served the other ways users hold them.

Modes (`--mode`):
- `html`: each article's source.xml rendered as a publisher-style HTML page (sections,
  paragraphs, figures with captions, tables, `<a href="#ID">` callouts, an `<ol>` reference
  list with `<li id="ID">` (`--style inner`: PLOS's numbered `<li>` holding an empty
  `<a id="ID">` and a menu of "View Article" links), plus page chrome: a header, a nav, a
  script and a footer that must stay out of the body), then read by claimcheck's HTML
  input. Scored against the JATS gold exactly as `jats_link_accuracy.py` scores the XML.
- `pmc-articleset`, `oai-pmh`, `xml.gz`, `tar.gz`: source.xml wrapped as efetch, PMC's
  OAI-PMH, gzip, or the PMC OA package serve it. Scored against the gold, and `same` says
  whether every link equals the unwrapped XML's (the target is exactly the same links).
- `--style plain` (with `html`): a page with no links at all, callouts found in the text by
  the plain-text finder; scored on cited entries only (as many times as cited), since found
  callouts are printed differently from the XML's ("1" vs "[1]"). Not a target: the issue's
  target is pages that carry anchors.

    python benchmarks/html_link_accuracy.py [--mode html] [--style ids|inner] [--data DIR]

Ends with one line of JSON holding the figures.
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import re
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring

from claimcheck.ingest import Document, load_document
from claimcheck.pipeline.check import CheckOptions, check_document, references_of
from jats_link_accuracy import DEFAULT, document_links, gold_links, score

MODES = ("html", "pmc-articleset", "oai-pmh", "xml.gz", "tar.gz")
_TAGS = {"sec": "section", "p": "p", "title": "h2", "list": "ul", "list-item": "li",
         "disp-quote": "blockquote", "fig": "figure", "table-wrap": "figure",
         "caption": "figcaption", "bold": "b", "italic": "i", "sup": "sup", "sub": "sub",
         "table": "table", "tr": "tr", "td": "td", "th": "th", "thead": "thead",
         "tbody": "tbody", "label": "span", "table-wrap-foot": "div", "def-list": "dl",
         "term": "dt", "def": "dd"}
_SKIP = {"graphic", "media", "inline-formula", "disp-formula", "supplementary-material",
         "alternatives", "object-id", "ref-list", "fn-group", "ack"}


_PLAIN = [False]  # `--style plain`: callouts printed as text, no links (set per run)


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _html(element: Element) -> str:
    """One JATS element as HTML, the way publisher pages render it."""
    tag = _local(element.tag)
    if tag in _SKIP:
        return html.escape(element.tail or "")
    inner = html.escape(element.text or "") + "".join(_html(child) for child in element)
    tail = html.escape(element.tail or "")
    if tag == "xref" and element.get("ref-type") == "bibr":
        rid = (element.get("rid") or "").split()
        if _PLAIN[0] or not rid:
            return inner + tail
        return f'<a href="#{html.escape(rid[0])}">{inner}</a>{tail}'
    if tag == "fig":
        inner = '<img src="figure.jpg" alt="figure">' + inner
    name = _TAGS.get(tag)
    return f"<{name}>{inner}</{name}>{tail}" if name else inner + tail


def _items(document: Document, style: str) -> str:
    """The reference list: `<li id=KEY>` ("ids"), or PLOS's way ("inner"): a numbered
    `<li>` holding an empty `<a id=KEY>` anchor and a menu of links after the entry."""
    pairs = zip(document.entry_keys, document.references, strict=True)
    if style == "plain":
        return "".join(f"<li>{html.escape(r.raw)}</li>" for _, r in pairs)
    if style == "ids":
        return "".join(f'<li id="{html.escape(k)}">{html.escape(r.raw)}</li>' for k, r in pairs)
    return "".join(
        f'<li id="ref{i}"><span class="order">{i}.</span><a name="{html.escape(k)}" '
        f'id="{html.escape(k)}" class="link-target"></a>{html.escape(r.raw)}'
        '<ul class="reflinks"><li><a href="#">View Article</a></li><li><a href="#">PubMed/NCBI'
        "</a></li><li><a href='#'>Google Scholar</a></li></ul></li>"
        for i, (k, r) in enumerate(pairs, 1))


def render_html(xml: str, document: Document, style: str = "ids") -> str:
    """The page: chrome, the abstract and body, and the reference list (JATS keys as ids)."""
    root = fromstring(xml.encode("utf-8"), forbid_dtd=False)
    # What the JATS input reads, so both inputs hold the same text: the first abstract, the
    # first body (not a sub-article's), the appendices.
    found = {name: [e for e in root.iter() if _local(e.tag) == name]
             for name in ("abstract", "body", "app-group")}
    chosen = [*found["abstract"][:1], *found["body"][:1], *found["app-group"]]
    parts = [_html(e).removesuffix(html.escape(e.tail or "")) for e in chosen]
    items = _items(document, style)
    return ("<!DOCTYPE html><html><head><title>Article</title>"
            "<script>var tracker = 'Smith et al. [1]';</script></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/about'>About (2020)</a></nav></header>"
            f"<article>{''.join(parts)}<section><h2>References</h2><ol class='references'>"
            f"{items}</ol></section></article>"
            "<footer>© 2024 Publisher. Cited by 12 [3].</footer></body></html>")


def wrapped(xml: str, mode: str, folder: Path) -> Path:
    """source.xml as the service serves it, written under `folder`."""
    body = xml.split("?>", 1)[1] if xml.lstrip().startswith("<?xml") else xml
    body = re.sub(r"<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>", "", body, count=1)
    if mode == "pmc-articleset":
        path = folder / "efetch.xml"
        path.write_text(f'<?xml version="1.0" ?>\n<pmc-articleset>{body}</pmc-articleset>\n',
                        encoding="utf-8")
    elif mode == "oai-pmh":
        path = folder / "oai.xml"
        path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns='
                        '"http://www.openarchives.org/OAI/2.0/"><GetRecord><record><header>'
                        "<setSpec>pmc-open</setSpec></header><metadata>"
                        f"{body}</metadata></record></GetRecord></OAI-PMH>\n", encoding="utf-8")
    elif mode == "xml.gz":
        path = folder / "article.xml.gz"
        path.write_bytes(gzip.compress(xml.encode("utf-8")))
    else:
        path = folder / "package.tar.gz"
        with tarfile.open(path, "w:gz") as archive:
            for name, data in (("pkg/article.nxml", xml.encode()), ("pkg/fig1.jpg", b"\xff")):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
    return path


def links(document: Document) -> Counter[tuple[str, str]]:
    """(callout text, cited key) pairs of the marked callouts and the keys a printed range
    implies, as jats_link_accuracy counts them (its gold holds both)."""
    return document_links(document)


def plain_links(document: Document) -> Counter[tuple[str, str]]:
    """(callout text, entry key) of the callouts found in the text (no marked ones)."""
    references = references_of(document)
    report = check_document(document, references, CheckOptions(parts=frozenset({"claims"})))
    key_of = {ref.id: key for ref, key in zip(references, document.entry_keys, strict=True)}
    return Counter((" ".join(c.text.split()), key_of[i]) for claim in report.claims
                   for c in claim.citations for i in c.reference_ids)


def measure(folder: Path, mode: str, style: str = "ids") -> tuple[Counter[tuple[str, str]], bool]:
    xml = (folder / "source.xml").read_text(encoding="utf-8")
    plain = load_document(folder / "source.xml")
    with tempfile.TemporaryDirectory() as tmp:
        if mode == "html":
            page = Path(tmp) / "article.html"
            page.write_text(render_html(xml, plain, style), encoding="utf-8")
            page_document = load_document(page)
            # The page's own entry ids ("ref3") name the XML's entries in list order.
            to_xml = dict(zip(page_document.entry_keys, plain.entry_keys, strict=True))
            found = plain_links(page_document) if style == "plain" else links(page_document)
            ours = Counter({(text, to_xml[key]): n for (text, key), n in found.items()})
        else:
            ours = links(load_document(wrapped(xml, mode, Path(tmp))))
    return ours, ours == links(plain)


def _targets(found: Counter[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """The cited entries only, as many times as cited (the callout's text left out)."""
    targets: Counter[tuple[str, str]] = Counter()
    for (_, key), n in found.items():
        targets[("", key)] += n
    return targets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--mode", choices=MODES, default="html")
    parser.add_argument("--style", choices=("ids", "inner", "plain"), default="ids",
                        help="html: entries as <li id=KEY>, PLOS-style inner anchors, or no "
                        "links at all (callouts found in the text)")
    args = parser.parse_args()
    _PLAIN[0] = args.style == "plain"
    articles = sorted(p for p in (args.data / "articles").glob("*") if (p / "source.xml").is_file())
    if not articles:
        print(f"no articles under {args.data}; skipped")
        print(json.dumps({"skipped": True}))
        return 0
    total_gold: Counter[tuple[str, str, str]] = Counter()
    total_ours: Counter[tuple[str, str, str]] = Counter()
    same = 0
    for folder in articles:
        gold = gold_links(folder)
        ours, equal = measure(folder, args.mode, args.style)
        if args.style == "plain":  # found callouts are printed differently ("1" vs "[1]")
            gold, ours = _targets(gold), _targets(ours)
        same += equal
        print(f"{folder.name:28} same={equal} {score(gold, ours)}")
        total_gold += Counter({(folder.name, *k): v for k, v in gold.items()})
        total_ours += Counter({(folder.name, *k): v for k, v in ours.items()})
    overall = score(total_gold, total_ours)  # type: ignore[arg-type]
    print(f"{'overall':28} mode={args.mode} same={same}/{len(articles)} {overall}")
    print(json.dumps({"mode": args.mode, "style": args.style, "same": same,
                      "articles": len(articles), **overall}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
