"""A justified PDF column: the lines that stop short of its right edge end paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.ingest.pdf import pdf_text
from claimcheck.ingest.pdf_justified import (
    Fit,
    advance,
    fitted_ends,
    greedy_margin,
    justified_edge,
    stops_short,
)
from claimcheck.ingest.pdf_superscript import Run
from claimcheck.ingest.plaintext import split_document

ENTRIES = [
    "Green T, White P, Black Q (1999) Yet another long title about measurement and error in "
    "the laboratory of things. Science 285: 100-110.",
    "Kerby TA, Hake KD (1996) Monitoring growth. In: Hake SJ, editor. Cotton production "
    "manual. Oakland: University of California. pp. 335-355.",
    "Rochester WA, Zalucki MP, Ward A (2002) Testing insect movement theory: empirical "
    "analysis of pest data routinely collected from crops. Comput Electron Agric 35: 139-149.",
    "Snoke MS, Berendonk TU, Barth D, Lynch M (2006) Large global effective population sizes "
    "in Paramecium. Mol Biol Evol 23: 2474-2479.",
    "Swart EC, Nowacki M, Shum J (2012) The Oxytricha trifallax mitochondrial genome. "
    "Genome Biol Evol 4: 136-154.",
    "H. W. Chun, M. K. Han, and J. H. Jang, 'Application trends in virtual reality,' 2017 "
    "Electronics and Telecommunications Trends",
    "Sun Microsystems. Java (tm): Programming for the Internet. Mountain View, California",
    "Jenny Rose Finkel, Trond Grenager, and Christopher Manning. 2005. Incorporating "
    "non-local information into information extraction systems by Gibbs sampling. "
    "Proceedings of the 43nd Annual Meeting of the ACL, pp. 363-370.",
]


def test_a_justified_column_has_an_edge_and_its_short_lines_stop_short() -> None:
    rights = [300.0] * 8 + [250.0, 298.0]
    edge = justified_edge(rights, 10.0)
    assert edge is not None and edge.x == 300.0
    assert [stops_short(r, edge) for r in (250.0, 298.0, 299.7, 299.9, 300.0)] == [
        True, True, True, False, False]


def test_a_column_that_meets_its_edge_loosely_needs_a_line_further_short() -> None:
    rights = [300.0, 299.6, 300.4, 299.8, 300.2, 300.0, 299.7, 250.0]
    edge = justified_edge(rights, 10.0)
    assert edge is not None and edge.slack == 1.5
    assert [stops_short(r, edge) for r in (299.0, 298.0)] == [False, True]


def test_a_ragged_column_has_no_justified_edge() -> None:
    assert justified_edge([260.0 + 5 * k for k in range(10)], 10.0) is None


def test_a_few_lines_or_unknown_edges_are_not_judged() -> None:
    assert justified_edge([300.0, 300.0, 200.0], 10.0) is None
    assert justified_edge([0.0] * 10, 10.0) is None


def test_the_advance_of_a_standard_font_is_known_and_of_no_font_is_not() -> None:
    helvetica = _standard_font("/Helvetica")
    fonts: dict[int, object] = {}
    assert advance(helvetica, "ii", 10.0, fonts) < advance(helvetica, "MM", 10.0, fonts)
    assert advance(None, "MM", 10.0, fonts) == 0.0


def _justified(path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    y, width = 25.0, 80.0
    for entry in ENTRIES:
        lines: list[list[str]] = [[]]
        for word in entry.split():
            if lines[-1] and pdf.get_string_width(" ".join([*lines[-1], word])) > width:
                lines.append([])
            lines[-1].append(word)
        for k, words in enumerate(lines):
            x = 20.0
            widths = [pdf.get_string_width(w) for w in words]
            gap = (width - sum(widths)) / (len(words) - 1) if k < len(lines) - 1 else 2.0
            for word, w in zip(words, widths, strict=True):
                pdf.text(x, y, word)
                x += w + gap
            y += 4.0
    pdf.output(str(path))


def test_a_justified_pdf_list_without_indents_is_split_at_its_short_lines(
        tmp_path: Path) -> None:
    pytest.importorskip("pypdf.generic._font")
    _justified(tmp_path / "justified.pdf")
    text = "References\n\n" + pdf_text(tmp_path / "justified.pdf")
    assert [e.text for e in split_document(text, marked=True).entries] == ENTRIES


def _fit(text: str, right: float, first: float = 20.0) -> Fit:
    return Fit(text, right, 2.5, first)


def test_a_greedily_wrapped_column_has_a_margin_and_its_fitted_lines_end_entries() -> None:
    lines = [_fit("Smith J (2010) A study of", 290), _fit("things. Nature 1: 2.", 150),
             _fit("Ali S (1985) Another long", 285), _fit("study. Science 2: 3.", 120),
             _fit("Brown R (2001) A third one", 288), _fit("here. Cell 3: 4.", 100),
             _fit("Green T (1999) The last.", 200)]
    margin = greedy_margin(lines, 10.0)
    assert margin == 290
    ends, full = fitted_ends(list(enumerate(lines)), margin, 10.0)
    assert ends == {1, 3, 5} and full == {0, 2, 4}


def test_a_column_whose_short_lines_go_on_in_lower_case_is_not_greedy() -> None:
    lines = [_fit("Smith J (2010) A study", 200), _fit("of things that happen", 150),
             _fit("in the world and more", 180), _fit("of them. Nature 1: 2.", 150),
             _fit("Ali S (1985) Another", 290), _fit("study of the world", 160),
             _fit("in the laboratory.", 120)]
    assert greedy_margin(lines, 10.0) is None


def test_a_line_broken_at_a_hyphen_or_next_to_a_long_word_is_no_end() -> None:
    lines = [(0, _fit("Smith J (2010) A neuro-", 200)), (1, _fit("plasticity study.", 100)),
             (2, _fit("Ali S (1985) See", 150)), (3, _fit("http://example.org/long", 320, 200))]
    assert fitted_ends(lines, 290.0, 10.0) == ({1}, {0, 2})


def _ragged(path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("times", size=10)
    y, width = 25.0, 85.0
    for entry in ENTRIES:
        line = ""
        for word in [*entry.split(), None]:
            if word is not None and pdf.get_string_width(f"{line} {word}".strip()) <= width:
                line = f"{line} {word}".strip()
                continue
            pdf.text(20.0, y, line)
            y, line = y + 4.2, word or ""
    pdf.output(str(path))


def test_a_ragged_pdf_list_wrapped_greedily_is_split_where_the_next_word_would_fit(
        tmp_path: Path) -> None:
    pytest.importorskip("pypdf.generic._font")
    _ragged(tmp_path / "ragged.pdf")
    text = "References\n\n" + pdf_text(tmp_path / "ragged.pdf")
    assert [e.text for e in split_document(text, marked=True).entries] == ENTRIES


def test_a_font_whose_widths_cannot_be_read_gives_no_advance() -> None:
    class Broken:
        def get_text_width(self, text: str) -> float:
            raise KeyError("default")

    font = object()
    assert advance(font, "word", 10.0, {id(font): (font, Broken(), None)}) == 0.0


def test_a_character_is_measured_by_the_code_the_font_keys_its_width_by() -> None:
    times = _standard_font("/Times-Roman")
    fonts: dict[int, object] = {}
    # U+2019 is code 0x92 in WinAnsi, 333 units wide in Times (not the default 500)
    assert advance(times, "\u2019", 10.0, fonts) == pytest.approx(3.33)
    assert advance(times, "a\u4e00", 10.0, fonts) == 0.0  # not in the font: unknown


def test_a_lines_last_word_of_unknown_width_leaves_its_right_edge_unknown() -> None:
    from claimcheck.ingest.pdf_lines import laid_out

    lines, runs = [], []
    for k in range(8):
        y = 700.0 - 12 * k
        if k == 3:  # its last word, in a font whose widths are unknown, runs to the edge
            lines.append("line 3 runs to the edge in symbol")
            runs += [Run("line 3 runs to the edge in", y, 10, 50, 200), Run("symbol", y, 10, 260)]
        else:
            lines.append(f"line {k} runs to the edge")
            runs.append(Run(f"line {k} runs to the edge", y, 10, 50, 250))
    lines.append("the end.")
    runs.append(Run("the end.", 604, 10, 50, 60))
    assert "" not in laid_out("\n".join(lines), runs)


def _standard_font(name: str) -> object:
    """A PDF font dictionary of one of the 14 standard Type 1 fonts, WinAnsi encoded (the
    test is skipped where pypdf has no font metrics)."""
    pytest.importorskip("pypdf.generic._font")
    from pypdf.generic import DictionaryObject, NameObject

    return DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject(name),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
