"""Explicit limits on what one input may hold, so that no upload can stall a run or exhaust
the machine: the size of the file and of its text, references per article, callouts per
sentence, characters per line, pages per PDF, and the uncompressed size of a .docx member.

The defaults are generous enough for any real article or book (the largest reviews cite a
few thousand works, a book's text is a few megabytes); within them every input is read in
seconds and a few hundred megabytes (benchmarks/hostile_inputs.py). Each limit is raised with
an option of the same name (`--max-references 50000`) or the key in `[tool.claimcheck]`.
Over a limit, `LimitError`: an InputError whose one line names the limit, the value found and
how to raise it. Each check runs before the work it protects wherever the value is known
first (file and member sizes, page and reference counts).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from claimcheck.ingest.interface import InputError

MB = 1_000_000  # limits in megabytes are decimal: 3 MB of text is 3 million bytes


class LimitError(InputError):
    """An input over one of the limits; the message says which, by how much, and the fix."""


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits one run applies; each field is also an option and a config key."""

    max_input_mb: float = 100.0  # a file on disk (PDF and Word files carry images)
    max_text_mb: float = 3.0  # a text input's bytes, or the text a PDF or Word file holds
    max_references: int = 10_000  # entries of one reference list (or .bib)
    max_callouts_per_sentence: int = 1_000  # citations in one claim's sentence
    max_line_chars: int = 1_000_000  # characters in one line of the text read
    max_pdf_pages: int = 1_000
    max_member_mb: float = 20.0  # one member of a .docx (zip), uncompressed, as declared

    def __post_init__(self) -> None:
        for spec in fields(self):
            value = getattr(self, spec.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise InputError(f"{option(spec.name)} must be a positive number, not {value!r}")

    def exceeded(self, name: str, found: float, where: str) -> LimitError:
        """The one-line error for `found` over the limit `name` (a field of Limits):
        "paper.md: line 3 has 250,000 characters, over the limit of 200,000 (max-line-chars);
        raise it with --max-line-chars 2000000 or max-line-chars in [tool.claimcheck]"."""
        limit, unit, key = getattr(self, name), _UNITS[name], name.replace("_", "-")
        shown = _megabytes(found) if unit == "MB" else f"{found:,}"
        return LimitError(
            f"{where} {shown} {unit}, over the limit of {_number(limit)} {unit} ({key}); raise it "
            f"with {option(name)} {_raised(limit)} or {key} in [tool.claimcheck]"
        )

    def check(self, name: str, found: float, where: str) -> None:
        """Raises LimitError when `found` (bytes for the *_mb limits) is over limit `name`."""
        limit = getattr(self, name)
        if found > (limit * MB if name.endswith("_mb") else limit):
            raise self.exceeded(name, found, where)

    def check_file(self, path: Path, container: bool) -> None:
        """The file's size on disk, before it is read: a PDF or Word file against
        max-input-mb, a text file (whose bytes are its text) against max-text-mb."""
        try:
            size = path.stat().st_size
        except OSError:
            return  # the reader reports an unreadable file in its own words
        name = "max_input_mb" if container else "max_text_mb"
        self.check(name, size, f"{path}: the file has")

    def check_text(self, text: str, where: str) -> None:
        """The text read from an input: its size and its longest line."""
        self.check("max_text_mb", len(text), f"{where}: the text has")
        longest, number = max((len(line), -i) for i, line in enumerate(text.split("\n"), 1))
        self.check("max_line_chars", longest, f"{where}: line {-number} has")

    def check_zip(self, path: Path) -> None:
        """Every member's uncompressed size as the archive declares it, before anything is
        inflated (zipfile never inflates a member past its declared size), and their total."""
        import zipfile  # only for .docx: start-up time counts

        try:
            with zipfile.ZipFile(path) as archive:
                members = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return  # not a zip: the .docx reader reports it in its own words
        for member in members:
            self.check("max_member_mb", member.file_size, f"{path}: member {member.filename} has")
        total = sum(member.file_size for member in members)
        self.check("max_input_mb", total, f"{path}: its members together have")


_UNITS = {"max_input_mb": "MB", "max_text_mb": "MB", "max_member_mb": "MB",
          "max_references": "references", "max_callouts_per_sentence": "callouts",
          "max_line_chars": "characters", "max_pdf_pages": "pages"}


def option(name: str) -> str:
    return "--" + name.replace("_", "-")


def _megabytes(size: float) -> str:
    value = size / MB
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}" if value >= 1 else f"{value:.3f}"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _raised(limit: float) -> str:
    """A suggested higher value: ten times the limit."""
    return _number(limit * 10).replace(",", "")


DEFAULT = Limits()
