"""Hostile and huge inputs: does every input family scale linearly, in bounded memory?

Each family builds one synthetic input at size n and at 2n; each input runs in its own fresh
process (`--child`) through the library API (`claimcheck.pipeline.check`, parts references and
claims: everything that needs no network), so its peak RSS (ru_maxrss) is its own. Prints, per
family, the CPU seconds of `check()` at n and 2n, their ratio (1 linear, 2 = doubling, 4
quadratic; target <= 2.3) and the peak RSS at 2n (target < 500 MB). CPU time, not wall time,
because the development machine is shared; a ratio is noisy when n's time is tiny, so each n
is chosen to take a few tenths of a second at least.

    python benchmarks/hostile_inputs.py [--families a,b] [--scale 1.0]
    python benchmarks/hostile_inputs.py --profile FAMILY [--scale 1.0]   # cProfile at 2n
    python benchmarks/hostile_inputs.py --limits [--only TEXT]   # at and over each default limit

Families that a default limit refuses before their 2n (`--scale` large) show "limit" and the
seconds until the refusal.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from html import escape
from pathlib import Path

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "be", "da", "go", "hu", "ja", "pe")
HEAD = "# A synthetic article\n\nIntroduction text without citations.\n\n"


def surname(i: int) -> str:
    """A distinct family name per i ("Kalomi"), so keys and links never clash by accident."""
    parts = []
    while True:
        parts.append(SYLLABLES[i % len(SYLLABLES)])
        i //= len(SYLLABLES)
        if not i:
            break
    return ("".join(parts) + "son").capitalize()


def reference(i: int) -> str:
    return (f"{surname(i)}, A. B., & {surname(i + 7)}, C. ({1950 + i % 70}). A study of "
            f"things number {i}. Journal of Things, {i % 90 + 1}({i % 12 + 1}), {i % 400 + 1}-"
            f"{i % 400 + 9}.")


def article(body: str, entries: list[str]) -> str:
    return HEAD + body + "\n\n## References\n\n" + "".join(f"- {e}\n" for e in entries)


def numbered(body: str, entries: list[str]) -> str:
    listing = "".join(f"{k}. {e}\n" for k, e in enumerate(entries, 1))
    return HEAD + body + "\n\n## References\n\n" + listing


def _cited(n: int) -> str:
    """n sentences, each citing one reference, five to a paragraph."""
    return "".join(f"Finding {i} was reported ({surname(i)} & {surname(i + 7)}, "
                   f"{1950 + i % 70})." + ("\n\n" if i % 5 == 4 else " ") for i in range(n))


# Each family: n -> (file name, content). Sizes are the n of the plain run.
def fam_references(n: int) -> tuple[str, str | bytes]:
    return "a.md", article(_cited(n), [reference(i) for i in range(n)])


def fam_identical(n: int) -> tuple[str, str | bytes]:
    return "a.md", article("Things hold (Smith, 2001).", [reference(1)] * n)


def fam_no_author_year(n: int) -> tuple[str, str | bytes]:
    """No author and one year: every entry's key is "Dataset2020" before de-duplication."""
    entries = [f"Dataset of measured things, release {i}. 2020. https://data.example.org/{i}."
               for i in range(n)]
    return "a.md", numbered("Things hold [1].", entries)


def fam_callouts_numeric_sentence(n: int) -> tuple[str, str | bytes]:
    body = "Many works agree " + ", ".join(f"[{i}]" for i in range(1, n + 1)) + "."
    return "a.md", numbered(body, [reference(i) for i in range(20)])


def fam_callouts_authoryear_parenthesis(n: int) -> tuple[str, str | bytes]:
    cites = "; ".join(f"{surname(i % 20)}, {1950 + i % 70}" for i in range(n))
    return "a.md", article(f"Many works agree ({cites}).", [reference(i) for i in range(20)])


def fam_callouts_document(n: int) -> tuple[str, str | bytes]:
    body = " ".join(f"Finding {i} holds [{i % 20 + 1}]." for i in range(n))
    return "a.md", numbered(body, [reference(i) for i in range(20)])


def fam_brackets(n: int) -> tuple[str, str | bytes]:
    body = "Open " + "(" * n + " and " + "[" * n + " never closed (Smith, 2001)."
    return "a.md", article(body, [reference(i) for i in range(5)])


def fam_hyphen_chains(n: int) -> tuple[str, str | bytes]:
    """One word of n hyphenated parts before glued digits (was quadratic in superscripts)."""
    body = "Mice die.1 Seen in " + "a-" * n + "b12. Also " + "x1-" * n + "y.2 Done.3"
    return "a.md", numbered(body, [reference(i) for i in range(20)])


def fam_source_marks(n: int) -> tuple[str, str | bytes]:
    """n bylines with their affiliations and n footnotes with their notes, beside glued
    superscripts (session 12, `citations/source_marks.py`): each note and byline looks back
    a bounded window only."""
    body = "".join(
        f"Anna Berg{i % 9 + 1},2, Carl Dahl2 and Eva Lund1,3\n\n{i % 9 + 1} Department of "
        f"Paediatrics, Uppsala\n\nMice die.{i % 20 + 1} Our study{i % 9 + 1} was funded.\n"
        f"{i % 9 + 1} The trial was registered with the national board.\n\n" for i in range(n))
    return "a.md", numbered(body, [reference(i) for i in range(20)])


def fam_named_digits(n: int) -> tuple[str, str | bytes]:
    """n glued superscripts after names that the entries print ("as in Kalomison3."), and
    as many glued to names no entry prints (session 13, `citations/named_digits.py`)."""
    body = "Mice die.1 Rats die.2 Dogs die.3 " + " ".join(
        f"As in {surname(i % 20)}{i % 20 + 1}. Seen in Tool{i}{i % 20 + 1}, too."
        for i in range(n))
    return "a.md", numbered(body, [reference(i) for i in range(20)])


def fam_glued_names(n: int) -> tuple[str, str | bytes]:
    """n sentences with superscripts and names whose digits run into more ("ucp4512"): each
    split of each run once searched the whole body (its square: 4,000 sentences took 80 s of
    `superscripts` alone, session 14's final read; `citations/run_splits.py`)."""
    body = " ".join(f"Cells were grown.{i % 90 + 1} The ucp{i % 97}{i * 7 % 90 + 10} strain "
                    f"and Kin{i}{i * 3 % 90 + 10} too." for i in range(n))
    return "a.md", numbered(body, [reference(i) for i in range(100)])


def fam_nesting_xml(n: int) -> tuple[str, str | bytes]:
    inner = '<xref ref-type="bibr" rid="r1">1</xref>'
    body = "<p>" + "<italic>" * n + "Deep " + inner + "</italic>" * n + "</p>"
    refs = ('<ref id="r1"><mixed-citation>Smith J. A study. J Things. 2001;1:1-2.'
            "</mixed-citation></ref>")
    return "a.xml", (f"<article><body><sec>{body}</sec></body><back><ref-list>{refs}"
                     "</ref-list></back></article>")


def fam_nesting_latex(n: int) -> tuple[str, str | bytes]:
    body = "{" * n + r"Deep \cite{smith}" + "}" * n
    return "a.tex", body + "\n\\bibliography{a}\n"


def fam_nesting_jats_refs(n: int) -> tuple[str, str | bytes]:
    """Refs nested in refs: every level a reference of its own."""
    refs = ("<ref id=\"r{0}\"><mixed-citation>Smith J. Study {0}. J Things. 2001;1:1-2."
            "</mixed-citation>")
    nested = "".join(refs.format(i) for i in range(n)) + "</ref>" * n
    return "a.xml", ('<article><body><p>Deep <xref ref-type="bibr" rid="r1">1</xref></p>'
                     f"</body><back><ref-list>{nested}</ref-list></back></article>")


def fam_jats_references(n: int) -> tuple[str, str | bytes]:
    refs = "".join(f'<ref id="r{i}"><mixed-citation>{escape(reference(i))}</mixed-citation></ref>'
                   for i in range(n))
    body = "".join(f'<p>Finding {i} <xref ref-type="bibr" rid="r{i}">{i}</xref>.</p>'
                   for i in range(n))
    return "a.xml", (f"<article><body>{body}</body><back><ref-list>{refs}</ref-list></back>"
                     "</article>")


def fam_latex_cites_per_line(n: int) -> tuple[str, str | bytes]:
    body = " ".join(r"Finding \cite{smith}." for _ in range(n))
    return "a.tex", body + "\n\\bibliography{a}\n"


def fam_pandoc_citations(n: int) -> tuple[str, str | bytes]:
    body = " ".join("Finding [@smith] as @smith says." for _ in range(n))
    return "a.md", f"---\nbibliography: a.bib\n---\n\n{body}\n"


def fam_line_length(n: int) -> tuple[str, str | bytes]:
    line = " ".join(f"word{i % 97}" for i in range(n // 6))
    return "a.md", article(line + " (Smith, 2001).", [reference(i) for i in range(5)])


def fam_entry_length(n: int) -> tuple[str, str | bytes]:
    entry = "Smith, J. (2001). " + " ".join(f"word{i % 97}" for i in range(n // 6)) + "."
    return "a.md", article("Things (Smith, 2001).", [entry, reference(1)])


def fam_authors_per_reference(n: int) -> tuple[str, str | bytes]:
    names = ", ".join(f"{surname(i)}, {chr(65 + i % 26)}." for i in range(n))
    return "a.md", article("Things (Smith, 2001).", [f"{names} (2001). A study. J 1, 1-2."])


def fam_editors_in_chapter(n: int) -> tuple[str, str | bytes]:
    # a chapter's editors with an unbracketed cue: once 2^k tries for k editors (session 11)
    names = ", ".join(f"{surname(i)} {chr(65 + i % 26)}" for i in range(n))
    entry = f"Smith J. A chapter. In: {names}, editors. A book. London: Press; 2001. p. 1-20."
    return "a.md", numbered("Things [1].", [entry, reference(1)])


def fam_capital_word(n: int) -> tuple[str, str | bytes]:
    """A one-a-line list with one capitalised word of n // 50 letters ("ABCDEF..."):
    a journal-tail pattern once tried every split of it at each capital (4x per 4 more
    letters; 200 agency names in capitals took 14 s, session 12)."""
    word = "".join(chr(65 + i % 26) for i in range(n // 50))
    lines = [reference(i) for i in range(5)] + [f"{word} x"] + [reference(i) for i in range(5, 9)]
    return "a.txt", HEAD + "Things (Smith, 2001).\n\nReferences\n\n" + "\n".join(lines) + "\n"


def fam_digit_run(n: int) -> tuple[str, str | bytes]:
    """A one-a-line list with one line of n digits after a dated entry: the pattern that
    blanks a container's links tried every digit of the run as a start (quadratic, session
    13's maintenance read: 16,000 digits took 3.7 s)."""
    lines = [reference(i) for i in range(5)] + ["1" * n] + [reference(i) for i in range(5, 9)]
    return "a.txt", HEAD + "Things (Smith, 2001).\n\nReferences\n\n" + "\n".join(lines) + "\n"


def fam_space_runs(n: int) -> tuple[str, str | bytes]:
    """A one-a-line list's lines holding a run of n blanks: names before it ("Putnam Robert
    ... Leonardi Raffa", `namesline`'s separator began a try at every blank) and a volume
    before it ("Journal of Stuff 1 ... x", `containerline`'s two "\\s*" in a row tried every
    split: both square, session 16's maintenance read)."""
    lines = [reference(i) for i in range(5)] + [
        "Putnam Robert" + " " * n + "Leonardi Raffa", "Journal of Stuff 1" + " " * n + "x"] + [
        reference(i) for i in range(5, 9)]
    return "a.txt", HEAD + "Things (Smith, 2001).\n\nReferences\n\n" + "\n".join(lines) + "\n"


def fam_glued_digit_run(n: int) -> tuple[str, str | bytes]:
    """A word glued to a run of n digits and a letter in a body with superscripts ("x11...1a":
    `named_repeats` let each digit of the run end the name, a try to the run's end each,
    square: 20,000 digits took 4.9 s, session 16's maintenance read)."""
    body = "Mice die.1 Rats die.2 Dogs die.3 As in ID2. The x" + "1" * n + "a word. ID rose."
    return "a.md", numbered(body, [reference(i) for i in range(20)])


def fam_furniture_links(n: int) -> tuple[str, str | bytes]:
    """A reference list's line of n "www." and a word: the footer pattern ".*www\\.\\S+.*\\|"
    tried every split of the line (its cube: 2,000 took 31 s, session 14's maintenance
    read), and a wrapped journal's name after n initials (square)."""
    lines = [reference(i) for i in range(5)] + ["www." * n + " x"] + [
        "Smith, J. (2001). Title " + "A. " * n + "B.", "Lett. 15, 798 (1965)."] + [
        reference(i) for i in range(5, 9)]
    return "a.txt", HEAD + "Things (Smith, 2001).\n\nReferences\n\n" + "\n".join(lines) + "\n"


def fam_in_cues(n: int) -> tuple[str, str | bytes]:
    """n chapter cues in one entry ("in Book, in Book, ..."): the chapter patterns once
    scanned from every "in" to the entry's end (quadratic, session 12)."""
    entry = "Smith, J. Title, " + "in Book, " * n + "eds"
    return "a.md", article("Things (Smith, 2001).", [entry, reference(1)])


def fam_initials_run(n: int) -> tuple[str, str | bytes]:
    initials = " ".join(f"{chr(65 + i % 26)}." for i in range(n))
    return "a.md", article("Things (Smith, 2001).", [f"Smith, {initials} (2001). A. J 1, 1-2."])


def fam_repeated_headings(n: int) -> tuple[str, str | bytes]:
    blocks = "".join(f"## References\n\n- {reference(i)}\n\n" for i in range(n))
    return "a.md", HEAD + "Things (Smith, 2001).\n\n" + blocks


def fam_bib_entries(n: int) -> tuple[str, str | bytes]:
    entries = "".join(
        f"@article{{k{i},\n  author = {{{surname(i)}, A.}},\n  title = {{Study {i}}},\n"
        f"  journal = {{J}},\n  year = {{{1950 + i % 70}}}\n}}\n" for i in range(n))
    return "a.bib", entries


def fam_pdf_pages(n: int) -> tuple[str, str | bytes]:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for i in range(n):
        pdf.add_page()
        pdf.multi_cell(0, 5, f"Page {i}. " + _cited(12).replace("&", "and"))
    pdf.add_page()
    pdf.multi_cell(0, 5, "References\n" + "\n".join(reference(i) for i in range(20)))
    return "a.pdf", bytes(pdf.output())


def fam_docx_paragraphs(n: int) -> tuple[str, str | bytes]:
    import docx

    document = docx.Document()
    for i in range(n):
        document.add_paragraph(f"Finding {i} holds ({surname(i % 20)} & {surname(i % 20 + 7)}, "
                               f"{1950 + i % 20}).")
    document.add_heading("References", level=1)
    for i in range(20):
        document.add_paragraph(reference(i))
    stream = io.BytesIO()
    document.save(stream)
    return "a.docx", stream.getvalue()


FAMILIES: dict[str, tuple[Callable[[int], tuple[str, str | bytes]], int]] = {
    "references": (fam_references, 400),
    "identical-references": (fam_identical, 1000),
    "no-author-no-year": (fam_no_author_year, 1000),
    "callouts-per-sentence-numeric": (fam_callouts_numeric_sentence, 4000),
    "callouts-per-parenthesis-author-year": (fam_callouts_authoryear_parenthesis, 1000),
    "callouts-per-document": (fam_callouts_document, 4000),
    "brackets": (fam_brackets, 50_000),
    "hyphen-chains": (fam_hyphen_chains, 50_000),
    "source-marks": (fam_source_marks, 1000),
    "named-digits": (fam_named_digits, 2000),
    "glued-names": (fam_glued_names, 2000),
    "nesting-xml": (fam_nesting_xml, 5000),
    "nesting-latex": (fam_nesting_latex, 50_000),
    "nesting-jats-refs": (fam_nesting_jats_refs, 500),
    "jats-references": (fam_jats_references, 1000),
    "latex-cites-per-line": (fam_latex_cites_per_line, 5000),
    "pandoc-citations": (fam_pandoc_citations, 5000),
    "line-length": (fam_line_length, 400_000),
    "entry-length": (fam_entry_length, 20_000),
    "authors-per-reference": (fam_authors_per_reference, 500),
    "editors-in-chapter": (fam_editors_in_chapter, 2000),
    "initials-run": (fam_initials_run, 2000),
    "capital-word": (fam_capital_word, 2000),
    "digit-run": (fam_digit_run, 8000),
    "space-runs": (fam_space_runs, 10_000),
    "glued-digit-run": (fam_glued_digit_run, 10_000),
    "in-cues": (fam_in_cues, 2000),
    "furniture-links": (fam_furniture_links, 4000),
    "repeated-headings": (fam_repeated_headings, 500),
    "bib-entries": (fam_bib_entries, 2000),
    "pdf-pages": (fam_pdf_pages, 40),
    "docx-paragraphs": (fam_docx_paragraphs, 1000),
}


def docx_member(n: int) -> tuple[str, str | bytes]:
    """A .docx whose document.xml holds n paragraphs, written straight into the zip (python-
    docx would take minutes to build a big one)."""
    paragraph = ("<w:p><w:r><w:t>Ketamine produces rapid effects in resistant patients, as "
                 "reported before (Kason and Vison, 1950).</w:t></w:r></w:p>")
    listing = "".join(f"<w:p><w:r><w:t>{escape(reference(i))}</w:t></w:r></w:p>"
                      for i in range(20))
    body = paragraph * n + "<w:p><w:r><w:t>References</w:t></w:r></w:p>" + listing
    template = fam_docx_paragraphs(1)[1]
    assert isinstance(template, bytes)
    stream = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as source, \
            zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                head = data.decode().split("<w:body>")[0]
                data = f"{head}<w:body>{body}</w:body></w:document>".encode()
            out.writestr(item, data)
    return "a.docx", stream.getvalue()


def zip_bomb(n: int) -> tuple[str, str | bytes]:
    """A .docx whose document.xml declares n MB of spaces: kilobytes on disk."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(n):
                member.write(b" " * 1_000_000)
    return "a.docx", stream.getvalue()


def text_mb(n: int) -> tuple[str, str | bytes]:
    """About n bytes of prose dense with callouts (two per 150 characters), then a list."""
    paragraph = ("Ketamine produces rapid effects in resistant patients, as reported before "
                 "(Kason & Vison, 1950). Further work confirmed it. ") * 5 + "\n\n"
    return "a.md", article(paragraph * (n // len(paragraph)), [reference(i) for i in range(20)])


def long_line(n: int) -> tuple[str, str | bytes]:
    """One paragraph of n characters on one line, a callout every few sentences."""
    sentence = "Ketamine produces rapid effects in resistant patients (Kason & Vison, 1950). "
    return "a.md", article((sentence * (n // len(sentence) + 1))[:n] + ".",
                           [reference(i) for i in range(20)])


def key_sharing(n: int) -> tuple[str, str | bytes]:
    """n short entries with no author and one year: one key base for all ("Dataset2020")."""
    return "a.md", numbered("Things hold [1].", [f"Dataset. Release {i}. 2020." for i in
                                                 range(n)])


def pdf_pages(n: int) -> tuple[str, str | bytes]:
    """n pages of text and a page of references: n + 1 pages."""
    return fam_pdf_pages(n)


# Inputs at (just under) each default limit, and over it: (what, builder, n, command, flags).
LIMIT_CASES: list[tuple[str, Callable[[int], tuple[str, str | bytes]], int, str,
                        tuple[str, ...]]] = [
    ("text 2.9 MB, dense callouts", text_mb, 2_900_000, "claims", ()),
    ("text 3.1 MB (over max-text-mb)", text_mb, 3_100_000, "claims", ()),
    ("10,000 references, each cited", fam_references, 10_000, "claims", ()),
    ("10,001 references (over max-references)", fam_references, 10_001, "refs", ()),
    ("50,000 key-sharing references, raised limit", key_sharing, 50_000, "refs",
     ("--max-references", "50000")),
    ("one line of 990,000 characters", long_line, 990_000, "claims", ()),
    ("one line of 1,010,000 characters (over max-line-chars)", long_line, 1_010_000, "claims",
     ()),
    ("10,000 author-year callouts in one parenthesis (over max-callouts-per-sentence)",
     fam_callouts_authoryear_parenthesis, 10_000, "claims", ()),
    ("PDF of 1,000 pages", pdf_pages, 999, "claims", ()),
    ("PDF of 1,001 pages (over max-pdf-pages)", pdf_pages, 1_000, "claims", ()),
    (".docx of 28,000 paragraphs (2.9 MB of text)", docx_member, 28_000, "claims", ()),
    (".docx whose document.xml is 19 MB (text over max-text-mb)", docx_member, 145_000,
     "claims", ()),
    (".docx whose document.xml is 21 MB (over max-member-mb)", docx_member, 160_000,
     "claims", ()),
    (".docx member declaring 1,000 MB (over max-member-mb)", zip_bomb, 1_000, "claims", ()),
    (".bib of 10,000 entries", fam_bib_entries, 10_000, "refs", ()),
    ("JATS nested 100,000 deep", fam_nesting_xml, 100_000, "claims", ()),
]


def run_cli(path: Path, command: str, flags: tuple[str, ...]) -> dict[str, object]:
    """`claimcheck COMMAND PATH FLAGS` in a fresh process: exit code, CPU seconds (user +
    system, imports included), wall seconds, peak RSS, the last line on stderr."""
    wall = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", command, str(path), "-q", "-o",
         str(path.parent / "out.txt"), *flags],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    lines = [line for line in stderr.splitlines() if line.strip()]
    return {"code": process.returncode, "cpu": usage.ru_utime + usage.ru_stime,
            "wall": time.perf_counter() - wall, "rss_mb": usage.ru_maxrss / 1024,
            "message": lines[-1] if lines else ""}


def _write_case(build: Callable[[int], tuple[str, str | bytes]], n: int, folder: Path) -> Path:
    """The input written, and nothing of it left in this process: a child forked while this
    process holds a big input would count those pages in its own peak RSS."""
    name, content = build(n)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def limit_table(only: str) -> None:
    print("| input | command | bytes | exit | CPU s | wall s | peak RSS MB | message |\n"
          "|---|---|---|---|---|---|---|---|")
    for what, build, n, command, flags in LIMIT_CASES:
        if only not in what:
            continue
        with tempfile.TemporaryDirectory() as folder:
            path = _write_case(build, n, Path(folder))
            result = run_cli(path, command, flags)
            size = path.stat().st_size
        message = str(result["message"]).replace("|", "/").replace(folder, "")[:150]
        print(f"| {what} | {command} {' '.join(flags)} | {size:,} | {result['code']} | "
              f"{result['cpu']:.1f} | {result['wall']:.1f} | {result['rss_mb']:.0f} | "
              f"{message} |", flush=True)


def write_input(family: str, n: int, folder: Path) -> Path:
    name, content = FAMILIES[family][0](n)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    if path.suffix == ".tex" or family == "pandoc-citations":  # they need their .bib
        (folder / "a.bib").write_text("@article{smith, author={Smith, J.}, title={A}, "
                                      "journal={J}, year={2001}}\n", encoding="utf-8")
    return path


def child(path: Path, profile: bool) -> None:
    """One check() of the input; prints JSON: CPU and wall seconds, outcome, peak RSS."""
    from claimcheck.ingest import InputError
    from claimcheck.limits import Limits
    from claimcheck.pipeline.check import CheckOptions, check

    # The families measure the algorithms, so no limit stops them (--limits measures those).
    unlimited = Limits(**dict.fromkeys(Limits.__dataclass_fields__, 10**9))
    options = CheckOptions(parts=frozenset({"references", "claims"}), limits=unlimited)
    profiler = cProfile.Profile() if profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    outcome = "ok"
    try:
        if profiler:
            profiler.enable()
        report = check(path, options)
        outcome = f"ok: {len(report.references)} refs, {len(report.claims)} claims"
    except InputError as exc:
        outcome = f"input error: {str(exc)[:100]}"
    finally:
        if profiler:
            profiler.disable()
    result = {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
              "outcome": outcome,
              "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if profiler:
        stats = io.StringIO()
        pstats.Stats(profiler, stream=stats).sort_stats("tottime").print_stats(20)
        print(stats.getvalue(), file=sys.stderr)
    print(json.dumps(result))


def measure(family: str, n: int, profile: bool = False) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        path = write_input(family, n, Path(folder))
        size = path.stat().st_size
        command = [sys.executable, __file__, "--child", str(path)]
        if profile:
            command.append("--profile-child")
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if profile:
        print(done.stderr, file=sys.stderr)
    if done.returncode != 0:
        return {"cpu": float("nan"), "wall": float("nan"), "rss_mb": float("nan"),
                "outcome": "crash: " + done.stderr.strip().splitlines()[-1][:100], "bytes": size}
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "bytes": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    parser.add_argument("--profile", help="cProfile one family at 2n")
    parser.add_argument("--limits", action="store_true",
                        help="inputs at and over each default limit, through the CLI")
    parser.add_argument("--only", default="", help="with --limits: cases whose name has this")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.profile_child)
        return
    if args.limits:
        limit_table(args.only)
        return
    if args.profile:
        n = max(1, int(FAMILIES[args.profile][1] * args.scale))
        print(measure(args.profile, 2 * n, profile=True))
        return
    print("| family | n | bytes at 2n | CPU s at n | CPU s at 2n | ratio | peak RSS MB at 2n "
          "| outcome at 2n |\n|---|---|---|---|---|---|---|---|")
    for family in args.families.split(","):
        n = max(1, int(FAMILIES[family][1] * args.scale))
        small, large = measure(family, n), measure(family, 2 * n)
        ratio = float(large["cpu"]) / max(float(small["cpu"]), 1e-9)  # type: ignore[arg-type]
        print(f"| {family} | {n:,} | {large['bytes']:,} | {small['cpu']:.2f} | "
              f"{large['cpu']:.2f} | {ratio:.2f} | {large['rss_mb']:.0f} | "
              f"{large['outcome']} |", flush=True)


if __name__ == "__main__":
    random.seed(0)
    main()
