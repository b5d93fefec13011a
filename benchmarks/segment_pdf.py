"""How many entries the segmenter finds in reference lists set as PDF and read back by our PDF path.

Usage:
    python benchmarks/segment_pdf.py                       # every set, every layout, 10 lists a set
    python benchmarks/segment_pdf.py --lists 40 --sets grobid --layouts 2col-num --show 5
    python benchmarks/segment_pdf.py --keep /tmp/pdfs      # also keep the PDFs

The strings are those of `segment_accuracy.py` (held-out groups of anystyle, grobid, jats-mixed;
excite and parscit, measure-only, whole), cut into lists of `--size` (40); `--lists` lists a set,
evenly spaced. Each list is typeset with fpdf2 (our own greedy line breaking in a proportional
core font, so every line's width is the font's, not a character count) in one of the layouts
below, with a running header and a page number on every page, then read back with
`claimcheck.ingest.pdf.pdf_text` (pypdf, furniture dropped, hyphenation undone), as `claimcheck
check paper.pdf` reads it. The read lines are matched back to the strings (whitespace ignored);
a line matching no string is furniture. Then `segment_accuracy.score` scores the lines exactly
as it scores the text layouts: an entry is found when one starts on its first line and the next
starts after its last line and no later than the next string's first; a start on a furniture
line is fabricated ("+k").

PDF layouts (name: columns, font and size, indent, numbering, space between entries, right
edge, running header):

    1col-hang      1, Times 10, hanging indent, -, no space, ragged, journal title + page
    1col-just      1, Helvetica 9, no indent, -, space, justified, author header + page
    1col-first     1, Times 11, first-line indent, -, no space, justified, page number only
    1col-num       1, Helvetica 10, number aligned, "1.", no space, ragged, recto/verso header
    2col-num       2, Times 8, number aligned, "[1]", no space, justified, journal title + page
    2col-dot       2, Helvetica 8, no indent, "1.", space, ragged, author header + page
    2col-hang      2, Times 9, hanging indent, -, no space, justified, recto/verso header
    2col-plain     2, Helvetica 7.5, no indent, -, no space, justified, page number only
    1col-ragged    1, Helvetica 10, no indent, -, no space, ragged, author header + page
    2col-ragged    2, Times 9, no indent, -, no space, ragged, journal title + page
    body-small     1, Times 8 after three pages of body text at 10, hanging indent, -, a line's
                   space, ragged, journal title + page; curly quotes kept (Windows-1252)

Text layouts of one entry a line (no wrapping: a list as a user pastes it):

    oneline        every string on its own line
    oneline-long   only strings of 120 characters or more, each on its own line
    oneline-bare   every string on its own line, its closing full stop taken off

Output: found/total per set and layout (+k fabricated), the lines no string matched that were
not furniture ("unmatched", a check of the benchmark itself), then a JSON line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from claimcheck.ingest.pdf import pdf_text
from segment_accuracy import MEASURING_SETS, SHARED, TUNING_SETS, Lines, load, score

PAGE_W, PAGE_H, MARGIN, GUTTER = 210.0, 297.0, 18.0, 6.0
PT = 0.3528  # millimetres a point


@dataclass(frozen=True)
class Style:
    """How one PDF layout sets a list."""

    columns: int
    font: str
    size: float
    indent: str  # "hang", "first", "none", or "number" (continuations under the text)
    number: str  # "", "[n]", "n."
    space: bool  # space between entries
    justify: bool
    header: str  # "journal", "author", "recto", "none" (a page number on every page)
    body: int = 0  # pages of body text (two points larger than the list) before the list
    gap: float = 0.5  # the space between entries (with `space`), in lines


PDF_LAYOUTS: dict[str, Style] = {
    "1col-hang": Style(1, "times", 10, "hang", "", False, False, "journal"),
    "1col-just": Style(1, "helvetica", 9, "none", "", True, True, "author"),
    "1col-first": Style(1, "times", 11, "first", "", False, True, "none"),
    "1col-num": Style(1, "helvetica", 10, "number", "n.", False, False, "recto"),
    "2col-num": Style(2, "times", 8, "number", "[n]", False, True, "journal"),
    "2col-dot": Style(2, "helvetica", 8, "none", "n.", True, False, "author"),
    "2col-hang": Style(2, "times", 9, "hang", "", False, True, "recto"),
    "2col-plain": Style(2, "helvetica", 7.5, "none", "", False, True, "none"),
    "1col-ragged": Style(1, "helvetica", 10, "none", "", False, False, "author"),
    "2col-ragged": Style(2, "times", 9, "none", "", False, False, "journal"),
    # an article: body pages at 10 pt, then the list at 8 pt with its curly quotes kept
    "body-small": Style(1, "times", 8, "hang", "", True, False, "journal", body=3, gap=1.0),
}
_BODY = ["Body", "text", "of", "the", "article", "says", "what", "was", "found", "and", "how",
         "it", "was", "measured,", "and", "cites", "the", "work", "it", "builds", "on", "[1];"]


def latin(text: str, curly: bool = False) -> str:
    """The string as the core fonts can set it (Latin-1, or with `curly` Windows-1252 and
    its curly quotes; dashes as hyphens)."""
    text = unicodedata.normalize("NFKC", text).replace("–", "-").replace("—", "-")
    if curly:
        return text.encode("cp1252", "replace").decode("cp1252")
    text = text.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
    return text.encode("latin-1", "replace").decode("latin-1")


def prefix(style: Style, i: int) -> str:
    return {"": "", "[n]": f"[{i + 1}] ", "n.": f"{i + 1}. "}[style.number]


class Setter:
    """Greedy line breaking and placement, column by column, page by page."""

    def __init__(self, style: Style) -> None:
        from fpdf import FPDF

        self.style, self.pdf = style, FPDF(unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        if style.body:
            self.pdf.core_fonts_encoding = "windows-1252"  # curly quotes
        self.lead = style.size * PT * 1.25
        self.col_w = (PAGE_W - 2 * MARGIN - GUTTER * (style.columns - 1)) / style.columns
        self.column, self.y = 0, 0.0
        self._page()
        for page in range(style.body):
            self._body(last=page == style.body - 1)

    def _body(self, last: bool) -> None:
        """A page of body text, two points larger than the list; the last one ends with the
        list's heading, and the list starts on the next page."""
        pdf, size = self.pdf, self.style.size + 2
        pdf.set_font(self.style.font, size=size)
        words = _BODY * 200
        while self.y < PAGE_H - MARGIN - 12:
            line: list[str] = []
            while pdf.get_string_width(" ".join([*line, words[0]])) <= PAGE_W - 2 * MARGIN:
                line.append(words.pop(0))
            pdf.text(MARGIN, self.y, " ".join(line))
            self.y += size * PT * 1.25
        if last:
            pdf.text(MARGIN, self.y + 4, "References")
        self._page()

    def _page(self) -> None:
        pdf, style = self.pdf, self.style
        pdf.add_page()
        page = pdf.page_no() + 10
        pdf.set_font(style.font, size=7)
        top = {"journal": "Journal of Applied Studies 2019; 12: 1-9",
               "author": "A. Smith et al.",
               "recto": (f"{page}    A. Smith et al." if page % 2 == 0
                         else f"Reading lists closely    {page}"),
               "none": ""}[style.header]
        if top:
            pdf.text(MARGIN, 12, top)
        if style.header != "recto":
            pdf.text(PAGE_W / 2, PAGE_H - 10, str(page))
        pdf.set_font(style.font, size=style.size)
        self.column, self.y = 0, MARGIN + 4

    def _advance(self) -> None:
        self.y += self.lead
        if self.y > PAGE_H - MARGIN:
            self.column += 1
            self.y = MARGIN + 4
            if self.column == self.style.columns:
                self._page()

    def entry(self, text: str, numbered: str) -> None:
        pdf, style = self.pdf, self.style
        step = 4.0 if style.indent in ("hang", "first") else 0.0
        under = pdf.get_string_width(numbered) if style.indent == "number" else 0.0
        lines = self._broken(text.split(), step, under)
        left = MARGIN + self.column * (self.col_w + GUTTER)
        for k, words in enumerate(lines):
            left = MARGIN + self.column * (self.col_w + GUTTER)
            shift = (step if (k == 0) == (style.indent == "first") else 0.0) + (under if k else 0)
            last = k == len(lines) - 1
            self._line(words, left + shift, self.col_w - shift, style.justify and not last)
            self._advance()
        if style.space:
            self.y += self.lead * style.gap

    def _broken(self, words: list[str], step: float, under: float) -> list[list[str]]:
        out: list[list[str]] = [[]]
        for word in words:
            k = len(out) - 1
            room = self.col_w - (step if (k == 0) == (self.style.indent == "first") else 0.0) - (
                under if k else 0.0)
            if out[-1] and self.pdf.get_string_width(" ".join([*out[-1], word])) > room:
                out.append([word])
            else:
                out[-1].append(word)
        return out

    def _line(self, words: list[str], x: float, width: float, justify: bool) -> None:
        pdf = self.pdf
        if not justify or len(words) < 2:
            pdf.text(x, self.y, " ".join(words))
            return
        widths = [pdf.get_string_width(w) for w in words]
        gap = max((width - sum(widths)) / (len(words) - 1), pdf.get_string_width(" "))
        for word, w in zip(words, widths, strict=True):
            pdf.text(x, self.y, word)
            x += w + gap


def render(style: Style, refs: list[str], target: Path) -> list[str]:
    """Typeset `refs` at `target`; returns each entry as printed (number included)."""
    setter = Setter(style)
    printed = []
    for i, ref in enumerate(refs):
        number = prefix(style, i)
        printed.append(number + latin(ref, curly=bool(style.body)))
        setter.entry(printed[-1], number)
    setter.pdf.output(str(target))
    return printed


def labelled(text: str, printed: list[str]) -> tuple[Lines, int]:
    """The read lines, each with the entry its first character belongs to (-1: furniture),
    and how many lines matched no entry though they were not plainly furniture."""
    stream: list[str] = []
    owner: list[int] = []
    for i, entry in enumerate(printed):
        chars = re.sub(r"\s+", "", entry)
        stream.append(chars)
        owner += [i] * len(chars)
    joined = "".join(stream)
    out: Lines = []
    cursor, unmatched = 0, 0
    for line in text.split("\n"):
        chars = re.sub(r"\s+", "", line)
        at = cursor if chars and joined.startswith(chars, cursor) else -1
        if chars and at < 0 and len(chars) > 25:  # pypdf changed a character: resynchronise
            at = joined.find(chars, cursor, cursor + 4000)
            unmatched += at < 0
        if at < 0:
            out.append((line, -1))
            continue
        out.append((line, owner[at]))
        cursor = at + len(chars)
    return out, unmatched


def _one_a_line(keep: Callable[[str], bool], edit: Callable[[str], str]
                ) -> Callable[[list[str]], Lines]:
    return lambda refs: [(edit(r), i) for i, r in enumerate(r for r in refs if keep(r))]


TEXT_LAYOUTS: dict[str, Callable[[list[str]], Lines]] = {
    "oneline": _one_a_line(lambda r: True, lambda r: r),
    "oneline-long": _one_a_line(lambda r: len(r) >= 120, lambda r: r),
    "oneline-bare": _one_a_line(lambda r: True, lambda r: r[:-1] if r.endswith(".") else r),
}


def measure(layout: str, chunk: list[str], keep: Path | None, tag: str
            ) -> tuple[int, int, int, int, list[str]]:
    if layout in TEXT_LAYOUTS:
        lines = TEXT_LAYOUTS[layout](chunk)
        if not lines:
            return 0, 0, 0, 0, []
        found, total, fabricated, misses = score(lines)
        return found, total, fabricated, 0, misses
    with tempfile.TemporaryDirectory() as scratch:  # a run of its own: two runs never meet
        target = (keep or Path(scratch)) / f"segpdf-{tag}-{layout}.pdf"
        printed = render(PDF_LAYOUTS[layout], chunk, target)
        text = pdf_text(target)  # the list from its heading on (body pages before it)
    lines, unmatched = labelled(text[text.rfind("\nReferences\n") + 1:], printed)
    found, total, fabricated, misses = score(lines)
    return found, total, fabricated, unmatched, misses


def run(args: argparse.Namespace) -> dict[str, dict[str, list[int]]]:
    result: dict[str, dict[str, list[int]]] = {}
    for name in args.sets.split(","):
        refs = load(name, "held")
        lists = [refs[k : k + args.size] for k in range(0, len(refs), args.size)]
        lists = [c for c in lists if len(c) >= min(args.size, 5)]
        step = max(1, len(lists) // args.lists)
        lists = lists[::step][: args.lists]
        result[name] = {}
        for layout in args.layouts.split(","):
            totals, shown = [0, 0, 0, 0], 0
            for n, chunk in enumerate(lists):
                *counts, misses = measure(layout, chunk, args.keep, f"{name}{n}")
                totals = [a + b for a, b in zip(totals, counts, strict=True)]
                for miss in misses[: max(0, args.show - shown)]:
                    print(f"--- miss ({name}, {layout}, list {n}):\n{miss}")
                    shown += 1
            result[name][layout] = totals
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(TUNING_SETS + MEASURING_SETS))
    parser.add_argument("--layouts", default=",".join([*PDF_LAYOUTS, *TEXT_LAYOUTS]))
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--lists", type=int, default=10, help="lists a set (evenly spaced)")
    parser.add_argument("--show", type=int, default=0, help="print the first K misses")
    parser.add_argument("--keep", type=Path, help="a folder to keep the PDFs in")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared/data is not present; nothing to measure")
        return 0
    began = time.perf_counter()
    result = run(args)
    layouts = args.layouts.split(",")
    print(f"{'set':<11}" + "".join(f"{name:>14}" for name in layouts))
    for name, row in result.items():
        cells = [f"{f}/{t}" + (f"+{x}" if x else "") for f, t, x, _ in row.values()]
        print(f"{name:<11}" + "".join(f"{c:>14}" for c in cells))
    unmatched = sum(row[3] for by in result.values() for row in by.values())
    print(f"({time.perf_counter() - began:.1f} s; '+k' = k fabricated entries; "
          f"{unmatched} read lines matched no string)", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
