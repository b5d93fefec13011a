"""Which PDF text extractor serves claimcheck better: pypdf or pdfminer.six.

Renders the bundled example as a two-column PDF (fpdf2: running header, page numbers, body in
two columns, then the reference list in two columns), extracts it with each library, runs the
same clean-up (claimcheck.ingest.pdf.text_from_pages) and the pipeline, and prints for each:
reference entries found (98 printed), entries whose DOI survived intact, citations linked and
unresolved, and extraction time; "claimcheck" is pypdf as `claimcheck check paper.pdf` reads it
(with `ingest/pdf_lines.py`). pdfminer.six is only needed for this comparison
(`pip install pdfminer.six`); it is skipped when absent.

    python benchmarks/pdf_extract.py
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from claimcheck.citations import extract_claims
from claimcheck.ingest import load_document
from claimcheck.ingest.pdf import text_from_pages
from claimcheck.ingest.plaintext import split_document
from claimcheck.parse import parse_entries

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "colla2021" / "review.md"


def _latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).replace("–", "-").replace("—", "-")
    text = re.sub(r"[*#]|</?sub>|\$", "", text)
    return text.encode("latin-1", "replace").decode("latin-1")


def render_pdf(target: Path) -> None:
    from fpdf import FPDF

    document = load_document(EXAMPLE)
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_header = None  # type: ignore[assignment]
    pdf.header = lambda: (pdf.set_font("helvetica", size=7),  # type: ignore[method-assign]
                          pdf.cell(0, 5, "Frontiers in Behavioral Neuroscience | Volume 15"),
                          pdf.ln(8))
    pdf.footer = lambda: (pdf.set_y(-12), pdf.set_font("helvetica", size=7),  # type: ignore
                          pdf.cell(0, 5, str(pdf.page_no()), align="C"))
    pdf.add_page()
    pdf.set_font("helvetica", size=8)
    with pdf.text_columns(ncols=2, gutter=6) as cols:
        for paragraph in re.split(r"\n\s*\n", document.body):
            if paragraph.strip():
                cols.write(_latin(" ".join(paragraph.split())) + "\n\n")
        cols.write("REFERENCES\n\n")
        for entry in document.entries:
            cols.write(_latin(entry.text) + "\n")
    pdf.output(str(target))


def pypdf_pages(path: Path) -> list[list[str]]:
    from pypdf import PdfReader

    return [(p.extract_text() or "").split("\n") for p in PdfReader(str(path)).pages]


def claimcheck_pages(path: Path) -> list[list[str]]:
    """pypdf as `claimcheck check paper.pdf` reads it: indents, space between lines and
    running headers read from where each run is drawn (`ingest/pdf_lines.py`)."""
    from pypdf import PdfReader

    from claimcheck.ingest.pdf import document_lines

    return document_lines(PdfReader(str(path)).pages)


def pdfminer_pages(path: Path) -> list[list[str]]:
    from pdfminer.high_level import extract_pages, extract_text

    count = sum(1 for _ in extract_pages(str(path)))
    return [extract_text(str(path), page_numbers=[i]).split("\n") for i in range(count)]


def measure(name: str, pages_of: object, pdf: Path, gold_dois: set[str]) -> dict[str, object]:
    start = time.perf_counter()
    pages = pages_of(pdf)  # type: ignore[operator]
    seconds = time.perf_counter() - start
    document = split_document(text_from_pages(pages), str(pdf), marked=True)
    references = parse_entries(document.entries)
    extraction = extract_claims(document.body, references)
    links = [c for claim in extraction.claims for c in claim.citations]
    return {
        "extractor": name, "entries": len(document.entries),
        "dois_intact": sum(1 for r in references if r.doi in gold_dois),
        "citations": len(links), "unresolved": sum(1 for c in links if not c.reference_ids),
        "seconds": round(seconds, 2),
    }


def main() -> int:
    gold = {r.doi for r in parse_entries(load_document(EXAMPLE).entries) if r.doi}
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "example.pdf"
        render_pdf(pdf)
        extractors = [("pypdf", pypdf_pages), ("claimcheck", claimcheck_pages)]
        try:
            import pdfminer  # noqa: F401

            extractors.append(("pdfminer.six", pdfminer_pages))
        except ImportError:
            print("pdfminer.six not installed: compared pypdf only")
        for name, pages_of in extractors:
            results.append(measure(name, pages_of, pdf, gold))
            print(results[-1])
    print(json.dumps({"printed_entries": 98, "printed_dois": len(gold), "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
