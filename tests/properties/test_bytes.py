"""check() on arbitrary bytes saved as every input kind: the declared input error or a
report, never another exception (a traceback in the CLI)."""

from __future__ import annotations

import io
import zipfile

from hypothesis import given
from hypothesis import strategies as st

from tests.properties.conftest import PROPERTIES, run_check

KINDS = ["a.md", "a.txt", "a.bib", "a.tex", "a.xml", "a.nxml", "a.docx", "a.pdf"]
PREFIXES = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"%PDF-1.4\n", b"PK\x03\x04",
                            b"<?xml version='1.0'?><article>", b"@article{k,"])


@PROPERTIES
@given(PREFIXES, st.binary(max_size=600), st.sampled_from(KINDS))
def test_arbitrary_bytes_as_every_kind(prefix: bytes, data: bytes, name: str) -> None:
    run_check(name, prefix + data)


def _zip(members: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return stream.getvalue()


MEMBER_NAMES = st.sampled_from(["[Content_Types].xml", "word/document.xml", "_rels/.rels",
                                "word/_rels/document.xml.rels", "word/styles.xml", "x"])


@PROPERTIES
@given(st.dictionaries(MEMBER_NAMES, st.binary(max_size=200), max_size=5))
def test_arbitrary_zip_archives_as_docx(members: dict[str, bytes]) -> None:
    run_check("a.docx", _zip(members))
