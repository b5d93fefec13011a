"""Callout linking in citation styles the shared sets lack, with gold from the XML markup.

Each JATS article (`articles/*/source.xml` of a jats-articles folder) is re-typeset as plain
text in one citation style: its paragraphs with every group of `<xref ref-type="bibr">`
replaced by a callout of that style, and its reference list printed in that style. The
gold links are the xref `rid`s, taken from the markup; nothing comes from claimcheck. Then
the real pipeline (ingest -> parse -> citations) reads the text, and links are scored as
in link_accuracy.py (one-to-one pairs of equal target and overlapping span).

Styles: `superscript` (Vancouver, numbers glued to the word: "disease12,13";
`superscript-parens` as SciELO prints them raised in parentheses, "saúde(12,13)"), `brackets`
("[12,13]"), `ieee` (each number in its own brackets: "[1], [3], [5]–[7]"), `parentheses`
("(12, 13)"), `located` (parentheses, a single work cited with the page quoted: "(12, p.
47)", as humanities articles in numbered styles do), `apa` ("(Smith et al., 2001; Lee & Kim,
2002)"), `harvard` (no comma: "(Smith et al. 2001)"), `abnt` (capitals joined by
semicolons: "(SMITH; LEE, 2001)"). Numbers follow first citation, as those styles do.
`nature`, `caps-mixed`, `ieee-eq` and `parentheses-eq` (callout_hard.py) print what held-out
articles showed to be hard: superscripts after punctuation, author-year names in capitals,
and numbered displayed equations beside bracket or parenthesis citations. `sup-flat`,
`vancouver-mix` and `ay-wild` (callout_wild.py) print other publishers' house forms
(flattened superscripts with and without a space, mixed ranges, "et al" without its stop,
"und"/"et" joins, particles, page pinpoints, acronyms) with a statistics-heavy sentence
after every second paragraph. `physics`, `acs`, `mdpi`, `elsevier`, `chicago` and
`caps-vancouver` and `nature-named` (callout_pub.py, session 13) print more publishers'
house forms ("Ref. [12]", "Eq. (3)", "(1, 2)" beside "(eq 3)", "[1,2,3]", "(Smith et al.,
2019a, b)", "(Smith 2019, 45)", a list in capitals, superscripts beside "(refs 3,4)").
Author-year lists get year suffixes (2001a, 2001b) where two works would print alike.

Every article also carries statistics and notation that are not citations, one sentence
after every fourth paragraph ("(F[1,12] = 8.42, p = 0.013)", "x[3]", "Eq. (2)", "(1) ... ;
(2) ..." enumerations, "[0, 1]", "[95% CI 1.2–3.4]", "[3H]thymidine"); a link found there
costs precision. A statistics-only article (these sentences and callout_wild.py's, with a
numbered list) is run too and must give no callout.

    python benchmarks/callout_styles.py [--data DIR] [--half tune|check] [--style S ...] [--wrap N]
        [--show-errors] [--notes]

`--show-errors` prints each false link and each missed gold link in its context.

`--wrap 60` breaks the body's lines at 60 columns first, as text taken from a PDF is.

`--notes` prints each footnote's text as a line of its own ("1 Text of the note") right
after the paragraph whose marker names it, as a PDF prints it at the page's foot (session
12: the source's footnote markers are kept as glued digits in every style, and without
their notes the numbers alone cannot tell them from citations).

Prints per style and set the figures of link_accuracy.py, then one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from callout_forms import FORMS, render_forms
from callout_hard import HARD, render_hard
from callout_pub import PUB, render_pub
from callout_render import STATISTICS, Article, read_article
from callout_typeset import render
from callout_wild import STATS_WILD, WILD, render_wild
from claimcheck.citations import extract_claims
from claimcheck.citations.extract import ClaimExtraction
from claimcheck.ingest.plaintext import split_document
from claimcheck.parse import parse_entries
from link_accuracy import Span, _figures, _overlap, _pairs, select_half

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "jats-articles"
STYLES = ("superscript", "brackets", "parentheses", "apa", "harvard", "abnt",
          "superscript-parens", "ieee", "located", *FORMS, *HARD, *WILD, *PUB)


class Typeset(NamedTuple):
    text: str
    gold: list[tuple[Span, str]]
    lines: dict[int, str]
    found: ClaimExtraction
    to_gold: dict[str, str]


def typeset_and_read(article: Article, style: str, wrap: int = 0) -> Typeset:
    """The article typeset in `style` (wrapped at `wrap` columns) and read back by claimcheck:
    the text, the gold links, the gold entry of each printed line, the claims found, and the
    gold entry of each parsed reference id."""
    renderer = (render_forms if style in FORMS else render_hard if style in HARD
                else render_wild if style in WILD else render_pub if style in PUB else render)
    text, gold, lines = renderer(article, style)
    text, lines = wrapped(text, lines, wrap) if wrap else (text, lines)
    document = split_document(text, f"{article.name}-{style}.txt")
    references = parse_entries(document.entries)
    found = extract_claims(document.body, references)
    to_gold = {r.id: lines.get(r.line, "") for r in references}
    return Typeset(text, gold, lines, found, to_gold)


def measure(article: Article, style: str, wrap: int = 0, show: bool = False) -> Counter[str]:
    text, gold, _, found, to_gold = typeset_and_read(article, style, wrap)
    links = [
        ((c.start, c.end), to_gold.get(rid, rid))
        for claim in found.claims for c in claim.citations for rid in c.reference_ids
    ]
    if show:
        show_errors(f"{style} {article.name}", text, links, gold)
    spans = [(c.start, c.end) for c in found.callouts]
    groups = {span for span, _ in gold}
    return Counter(
        gold_callouts=len(groups), predicted=len(spans),
        found_gold=sum(any(_overlap(g, p) for p in spans) for g in groups),
        predicted_right=sum(any(_overlap(p, g) for g in groups) for p in spans),
        predicted_links=len(links), gold_links=len(gold), paired_links=_pairs(links, gold),
    )


def show_errors(label: str, text: str, links: list[tuple[Span, str]],
                gold: list[tuple[Span, str]]) -> None:
    """Prints each false link (FALSE) and each gold link not found (MISS) in its context."""
    def context(span: Span) -> str:
        return repr(text[max(0, span[0] - 50) : span[0]] + "⟦" + text[span[0] : span[1]]
                    + "⟧" + text[span[1] : span[1] + 30])

    for kind, mine, other in (("FALSE", links, gold), ("MISS", gold, links)):
        for span, key in mine:
            if not any(_overlap(span, o) and key == k for o, k in other):
                print(f"  {kind:5} {label} {context(span)}")


def wrapped(text: str, lines: dict[int, str], width: int) -> tuple[str, dict[int, str]]:
    """The body (before the list) broken at `width` columns, as a PDF's text is: a space
    becomes a line break, so every offset stays; the list's line numbers move down."""
    end = text.rindex("\nReferences\n")
    chars, column, added = list(text), 0, 0
    for i in range(end):
        column = 0 if chars[i] == "\n" else column + 1
        if chars[i] == " " and column > width:
            chars[i], column, added = "\n", 0, added + 1
    return "".join(chars), {line + added: key for line, key in lines.items()}


def statistics_only() -> int:
    """Callouts claimcheck finds in an article made only of statistics and notation."""
    body = "\n\n".join(["Results", *STATISTICS, *STATS_WILD, *STATISTICS, *STATS_WILD])
    entries = "\n".join(f"{i}. Author{i} A. Title {i}. J Test. 2001;{i}:1-2." for i in range(1, 40))
    document = split_document(f"{body}\n\nReferences\n\n{entries}\n", "statistics.txt")
    return len(extract_claims(document.body, parse_entries(document.entries)).callouts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=("tune", "check"), help="one half of the set")
    parser.add_argument("--style", action="append", choices=STYLES, help="default: all")
    parser.add_argument("--quiet", action="store_true", help="totals and JSON only")
    parser.add_argument("--show-errors", action="store_true",
                        help="print every false link and every missed gold link in context")
    parser.add_argument("--wrap", type=int, default=0,
                        help="break the body's lines at this width first, as a PDF would")
    parser.add_argument("--notes", action="store_true",
                        help="print each footnote's text after the paragraph marking it")
    args = parser.parse_args()
    folders = sorted(p.parent for p in args.data.glob("articles/*/source.xml"))
    folders = select_half(folders, args.half)
    if not folders:
        print(f"skipped: no articles under {args.data}")
        print(json.dumps({"skipped": True}))
        return 0
    articles = [a for f in folders if (a := read_article(f, args.notes)) is not None]
    figures: dict[str, object] = {}
    for style in args.style or STYLES:
        total: Counter[str] = Counter()
        for article in articles:
            counts = measure(article, style, args.wrap, args.show_errors)
            total.update(counts)
            if not args.quiet and counts["paired_links"] < counts["gold_links"]:
                print(f"  {style:11} {article.name:28} " + _short(counts))
        figures[style] = _figures(total)
        print(f"{style:11} " + " ".join(f"{k}={v}" for k, v in _figures(total).items()))
    figures["statistics_only_callouts"] = statistics_only()
    print(f"statistics-only article: {figures['statistics_only_callouts']} callouts")
    print(json.dumps(figures, sort_keys=True))
    return 0


def _short(counts: Counter[str]) -> str:
    values = _figures(counts)
    return re.sub(r"link_|callout_", "", " ".join(f"{k}={v}" for k, v in values.items()))


if __name__ == "__main__":
    sys.exit(main())
