"""PDF lines keep their indent, the space above them, and lose small running headers."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest

from claimcheck.ingest.pdf import pdf_text
from claimcheck.ingest.pdf_lines import laid_out, laid_out_pages, placements
from claimcheck.ingest.pdf_superscript import Run
from claimcheck.ingest.plaintext import split_document

ENTRIES = [
    "Smith J, Jones K (2010) A study of things that happen in the world. J Things 12: 1-9.",
    "Ali S, Ahmad A (1985) Another study. Rev Mod Phys 57: 923-930.",
    "Kojima O, Sato T, Ito M (2008) Lasers in practice and in theory of quantum wells. "
    "J Appl Phys 103: 113504.",
    "Brown R (2001) Short. Nature 400: 1-2.",
    "Green T, White P, Black Q (1999) Yet another long title about measurement and error "
    "in the laboratory. Science 285: 100-110.",
]


def _runs(lines: list[tuple[str, float, float, float]]) -> tuple[str, list[Run]]:
    """A page's text and one run a line: (text, x, y, size)."""
    return "\n".join(t for t, *_ in lines), [Run(t, y, size, x) for t, x, y, size in lines]


def test_each_line_takes_the_left_edge_and_baseline_of_its_runs() -> None:
    text, runs = _runs([("Smith J (2010) A study.", 50, 700, 10), ("Ali S (1985).", 60, 688, 10)])
    places = placements(text, runs)
    assert [(p.x, p.y) for p in places if p] == [(50, 700), (60, 688)]


def test_a_hanging_indent_becomes_leading_spaces() -> None:
    text, runs = _runs([("Smith J (2010) A study", 50, 700, 10), ("of things.", 61, 688, 10),
                        ("Ali S (1985) Another", 50, 676, 10), ("study.", 61, 664, 10)])
    assert laid_out(text, runs) == [
        "Smith J (2010) A study", "  of things.", "Ali S (1985) Another", "  study."]


def test_lines_flush_left_in_two_columns_get_no_indent() -> None:
    # a centred page number near the second column is no column edge
    text, runs = _runs([("Smith J (2010) A study", 50, 700, 10), ("of things.", 50, 688, 10),
                        ("12", 297, 30, 7), ("Ali S (1985) Another", 306, 700, 10),
                        ("study.", 306, 688, 10)])
    assert all(not line.startswith(" ") for line in laid_out(text, runs))


def test_a_line_set_apart_gets_a_blank_line_before_it() -> None:
    text, runs = _runs([("Smith J (2010) A study", 50, 700, 10), ("of things.", 50, 688, 10),
                        ("Ali S (1985) Another", 50, 670, 10), ("study.", 50, 658, 10),
                        ("Brown R (2001).", 50, 640, 10)])
    assert laid_out(text, runs) == [
        "Smith J (2010) A study", "of things.", "", "Ali S (1985) Another", "study.", "",
        "Brown R (2001)."]


def test_a_centred_line_gets_no_indent() -> None:
    text, runs = _runs([("References", 140, 720, 10), ("Smith J (2010) A study.", 50, 700, 10),
                        ("Ali S (1985) Another.", 50, 688, 10), ("Brown R (2001).", 50, 676, 10)])
    assert laid_out(text, runs)[0] == "References"


def test_evenly_spaced_lines_get_no_blank_line() -> None:
    lines = [(f"Line {k} of text", 50.0, 700.0 - 12 * k, 10.0) for k in range(6)]
    text, runs = _runs(lines)
    assert "" not in laid_out(text, runs)


def test_a_small_running_header_apart_from_the_text_is_dropped() -> None:
    pages = [_runs([(f"{n}  A. Smith et al.", 50, 800, 7), ("Smith J (2010) A study.", 50, 760, 10),
                    ("Ali S (1985) Another.", 50, 748, 10), ("Brown R (2001).", 50, 736, 10)])
             for n in (12, 13)]
    assert [lines[0] for lines in laid_out_pages(pages)] == ["Smith J (2010) A study."] * 2


def test_a_small_page_number_apart_from_the_text_is_dropped() -> None:
    text, runs = _runs([("Smith J (2010) A study.", 50, 760, 10), ("Ali S (1985).", 50, 748, 10),
                        ("Brown R (2001).", 50, 736, 10), ("12", 297, 40, 7)])
    assert laid_out(text, runs)[-1] == "Brown R (2001)."


def test_a_small_line_apart_at_a_pages_edge_that_recurs_nowhere_is_kept() -> None:
    # a caption atop a page and a footnote at its foot, set small, in a document of three
    # pages (where a recto or verso header would recur): text, not furniture
    body = [("Body line one says things.", 50, 760, 10), ("Body line two says more.", 50, 748, 10),
            ("Body line three ends.", 50, 736, 10)]
    first = _runs([("Figure 1. Sleep in rodents [1].", 50, 800, 8), *body,
                   ("* Corresponding author.", 50, 60, 7)])
    out = laid_out_pages([first, _runs(body), _runs(body)])[0]
    assert (out[0], out[-1]) == ("Figure 1. Sleep in rodents [1].", "* Corresponding author.")


def test_on_a_single_page_a_small_entry_apart_at_its_edge_is_kept() -> None:
    text, runs = _runs([("Smith J (2010) A study.", 50, 800, 8), ("Ali S (1985).", 50, 760, 10),
                        ("Brown R (2001).", 50, 748, 10), ("Green T (1999).", 50, 736, 10)])
    assert laid_out(text, runs)[0] == "Smith J (2010) A study."


def test_a_reference_list_set_smaller_than_the_body_keeps_its_first_and_last_entries() -> None:
    body = _runs([(f"Body line {k} of the article.", 50, 760 - 12 * k, 10) for k in range(30)])
    refs = [(f"Author{c} A ({1990 + k}) Title {k}. J Things {k}: 1-9.", 50, 760 - 20 * k, 8)
            for k, c in enumerate("BCDEFGH")]
    out = laid_out_pages([body, _runs([("References", 50, 790, 10), *refs]), _runs(refs)])
    assert [line for line in out[1] + out[2] if line.startswith("Author")] == [
        t for t, *_ in refs] * 2


def test_a_line_in_the_texts_size_at_the_top_is_kept() -> None:
    # the same line in the text's own size (a heading, the list's first entry) is no header
    text, runs = _runs([("A. Smith et al.", 50, 800, 10), ("Smith J (2010) A study.", 50, 760, 10),
                        ("Ali S (1985) Another.", 50, 748, 10), ("Brown R (2001).", 50, 736, 10)])
    assert laid_out(text, runs)[0] == "A. Smith et al."


def test_a_page_whose_runs_are_not_found_is_left_as_it_is() -> None:
    assert laid_out("one\ntwo", [Run("elsewhere", 700, 10, 50)]) == ["one", "two"]


def _render(path: Path, hang: float, space: float, body: int = 0, size: float = 10) -> None:
    """The entries as a list of two pages, after `body` pages of body text at 10 pt, set at
    `size`, with a running header on every page."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    words = ["Body", "text", "of", "the", "article", "says", "what", "was", "found", "and",
             "how", "it", "was", "measured"]
    for page in range(body):
        pdf.add_page()
        pdf.set_font("times", size=10)
        for k in range(50):  # no two pages' first or last lines alike (repeated furniture)
            turn = (k + 5 * page) % len(words)
            pdf.text(20, 25 + 5 * k, " ".join(words[turn:] + words[:turn]))
    y = 0.0
    for k, entry in enumerate(ENTRIES):
        if k in (0, 3):  # two pages, each with its running header
            pdf.add_page()
            pdf.set_font("helvetica", size=7)
            pdf.text(20, 12, f"Journal of Applied Studies 2019; 12: {pdf.page}-9")
            pdf.set_font("times", size=size)
            y = 25.0
        words, line, first = entry.split(), "", True
        for word in [*words, None]:
            room = 90 - (0 if first else hang)
            if word is not None and pdf.get_string_width(f"{line} {word}".strip()) <= room:
                line = f"{line} {word}".strip()
                continue
            pdf.text(20 + (0 if first else hang), y, line)
            y, line, first = y + 0.45 * size, word or "", False
        y += space
    pdf.output(str(path))


def _entries(path: Path) -> list[str]:
    return [e.text for e in split_document("References\n\n" + pdf_text(path), marked=True).entries]


def test_a_pdf_list_with_a_hanging_indent_is_split_by_it(tmp_path: Path) -> None:
    _render(tmp_path / "hang.pdf", hang=4, space=0)
    assert _entries(tmp_path / "hang.pdf") == ENTRIES


def test_a_pdf_list_set_smaller_than_the_body_keeps_its_hanging_indent(tmp_path: Path) -> None:
    # body at 10 pt, the list at 8: its indents are read in its own size, not the body's
    _render(tmp_path / "small.pdf", hang=3.5, space=0, body=2, size=8)
    text = pdf_text(tmp_path / "small.pdf")
    assert text.startswith("Body text")  # the body's lines: the document's text size is 10
    listed = text.replace("Smith J", "References\n\nSmith J", 1)
    lines = [line for line in listed.split("References")[1].splitlines() if line.strip("\f")]
    starts = [line for line in lines if any(e.startswith(line) for e in ENTRIES)]
    assert starts == [e[:len(line)] for e, line in zip(ENTRIES, starts, strict=True)]
    assert all(line.startswith("  ") for line in lines if line not in starts)
    assert [e.text for e in split_document(listed, marked=True).entries] == ENTRIES


def test_a_pdf_list_with_space_between_entries_is_split_by_it(tmp_path: Path) -> None:
    _render(tmp_path / "space.pdf", hang=0, space=2.5)
    text = pdf_text(tmp_path / "space.pdf")
    assert "Journal of Applied Studies" not in text
    assert _entries(tmp_path / "space.pdf") == ENTRIES


def test_a_last_page_of_one_line_is_read_with_the_documents_measure() -> None:
    first = _runs([("Smith J (2010) A study", 50, 700, 10), ("of things.", 61, 688, 10),
                   ("Ali S (1985) Another", 50, 676, 10), ("study.", 61, 664, 10)])
    first = _runs([("A. Smith et al.", 50, 800, 7), *_page_lines(first)])
    last = _runs([("A. Smith et al.", 50, 800, 7), ("Brown R (2001) Short.", 50, 760, 10)])
    assert laid_out_pages([first, last])[1] == ["Brown R (2001) Short."]


def _page_lines(page: tuple[str, list[Run]]) -> list[tuple[str, float, float, float]]:
    return [(run.text, run.x, run.y, run.size) for run in page[1]]


def test_pages_join_with_a_blank_line_unless_the_text_runs_on() -> None:
    from claimcheck.ingest.pdf import text_from_pages
    from claimcheck.ingest.pdf_lines import RUNS_ON

    assert text_from_pages([["a", "b"], ["c"]]) == "a\nb\n\f\nc"
    assert text_from_pages([["a", "b" + RUNS_ON], ["c"]]) == "a\nb\f\nc"


def test_a_justified_page_whose_last_line_runs_to_the_edge_runs_on() -> None:
    edge = [(f"line {k} runs to the edge", 50.0, 700.0 - 12 * k, 10.0, 300.0) for k in range(7)]
    short = [("the end.", 50.0, 616.0, 10.0, 120.0)]
    last = [("the last line.", 50.0, 676.0, 10.0, 150.0)]
    pages = [_placed_runs(edge[:3] + short + edge[3:]), _placed_runs(edge[:2] + last)]
    first, second = laid_out_pages(pages)
    assert first[-1].endswith("\f") and "" in first
    assert second == ["line 0 runs to the edge", "line 1 runs to the edge", "the last line."]


def _placed_runs(lines: list[tuple[str, float, float, float, float]]) -> tuple[str, list[Run]]:
    """A page's text and one run a line: (text, x, y, size, right edge)."""
    return "\n".join(t for t, *_ in lines), [
        Run(t, y, size, x, right - x) for t, x, y, size, right in lines]


def test_a_last_page_with_one_entrys_start_keeps_the_hanging_indent() -> None:
    first = _runs([("Smith J (2010) A study", 50, 700, 10), ("of things.", 61, 688, 10),
                   ("Ali S (1985) Another", 50, 676, 10), ("study.", 61, 664, 10)])
    last = _runs([("of the world.", 61, 700, 10), ("Brown R (2001) A long", 50, 688, 10),
                  ("title of a", 61, 676, 10), ("book.", 61, 664, 10)])
    assert laid_out_pages([first, last])[1] == [
        "  of the world.", "Brown R (2001) A long", "  title of a", "  book."]


def test_a_list_heading_set_small_atop_a_page_is_kept() -> None:
    text, runs = _runs([("REFERENCES", 50, 800, 7), ("Smith J (2010) A study.", 50, 760, 10),
                        ("Ali S (1985) Another.", 50, 748, 10), ("Brown R (2001).", 50, 736, 10)])
    assert laid_out(text, runs)[0] == "REFERENCES"


class _Failing:
    """A font reader of a later pypdf whose private API changed: it raises what it likes."""

    character_map: ClassVar[dict[str, str]] = {}
    encoding = None

    def get_text_width(self, text: str) -> float:
        raise RuntimeError("changed")


@pytest.mark.parametrize("reader", [None, _Failing()])
def test_without_font_widths_indents_and_headers_are_still_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader: object) -> None:
    # pypdf's Font is private API: the lookup gives no reader, or one that fails
    monkeypatch.setattr("claimcheck.ingest.pdf_justified._font", lambda font: (reader, None))
    _render(tmp_path / "hang.pdf", hang=4, space=0)
    assert "Journal of Applied Studies" not in pdf_text(tmp_path / "hang.pdf")
    assert _entries(tmp_path / "hang.pdf") == ENTRIES


def _spaced(hang: float, first: float, top: float) -> tuple[str, list[Run]]:
    """Two entries of two lines each, set apart by space, the first line `first` in and the
    second `hang` in, from `top` down."""
    lines = []
    for k, y in enumerate((top, top - 36)):
        lines += [(f"Author{k} A ({2000 + k}) A title", 50 + first, y, 8),
                  (f"of study {k}. J Things {k}: 1-9.", 50 + hang, y - 10, 8)]
    return _runs(lines)


def test_a_hanging_entry_set_apart_that_goes_on_over_the_page_runs_on() -> None:
    from claimcheck.ingest.pdf import text_from_pages

    first = _spaced(hang=9, first=0, top=700)
    second = _runs([("in the field.", 59, 750, 8), *_page_lines(_spaced(9, 0, 700))])
    text = text_from_pages(laid_out_pages([first, second]))
    assert "1-9.\f\n  in the field." in text


def test_a_first_line_indent_set_apart_opening_a_page_keeps_the_break() -> None:
    from claimcheck.ingest.pdf import text_from_pages

    first = _spaced(hang=0, first=9, top=700)
    second = _runs([("Author9 Z (2009) Opens", 59, 750, 8), *_page_lines(_spaced(0, 9, 700))])
    text = text_from_pages(laid_out_pages([first, second]))
    assert "1-9.\n\f\n  Author9" in text


def test_an_indented_subheading_opening_a_page_keeps_the_break() -> None:
    from claimcheck.ingest.pdf import text_from_pages

    first = _spaced(hang=9, first=0, top=700)
    second = _runs([("Secondary literature", 59, 750, 8), *_page_lines(_spaced(9, 0, 700))])
    text = text_from_pages(laid_out_pages([first, second]))
    assert "1-9.\n\f\n  Secondary literature" in text
    entries = split_document("References\n\n" + text, marked=True).entries
    assert not any("Secondary" in entry.text and "1-9" in entry.text for entry in entries)


def test_a_page_runs_on_only_from_a_page_of_hanging_entries() -> None:
    from claimcheck.ingest.pdf import text_from_pages

    first = _spaced(hang=0, first=9, top=700)  # first-line indents: no entry hangs here
    second = _runs([("in the field.", 59, 750, 8), *_page_lines(_spaced(9, 0, 700))])
    text = text_from_pages(laid_out_pages([first, second]))
    assert "1-9.\n\f\n  in the field." in text
