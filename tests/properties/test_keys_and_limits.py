"""Keys stay unique and stable for any list; any limit gives a report or a LimitError."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.ingest import InputError
from claimcheck.limits import MB, LimitError, Limits
from claimcheck.model import Author, Reference
from claimcheck.parse.keys import assign_keys, base_key
from claimcheck.pipeline.check import CheckOptions, check
from tests.properties.conftest import PROPERTIES

REFERENCES = st.builds(
    lambda family, year, suffix, title, index: Reference(
        id="", index=index, line=0, raw=title, authors=(Author(family=family),) if family
        else (), year=year, year_suffix=suffix, title=title),
    st.sampled_from(["", "Smith", "Müller", "山田", "Smith2"]),
    st.sampled_from(["", "2001", "2002"]), st.sampled_from(["", "a", "b"]),
    st.sampled_from(["", "Dataset", "Report 2"]), st.integers(1, 99),
)


@PROPERTIES
@given(st.lists(REFERENCES, max_size=60))
def test_keys_are_unique_stable_and_start_from_the_base(references: list[Reference]) -> None:
    keyed = assign_keys(references)
    ids = [r.id for r in keyed]
    assert len(set(ids)) == len(ids)
    assert assign_keys(references) == keyed
    for original, reference in zip(references, keyed, strict=True):
        assert reference.id == base_key(original) or reference.id.startswith(
            base_key(original) + "-")
    firsts = {base_key(r) for r in references}
    assert firsts <= set(ids)  # the first of every base keeps the bare key


ARTICLE = ("# T\n\nKetamine works fast (Smith and Jones, 2001) [1].\n\n## References\n\n"
           "- Smith, J., and Jones, K. (2001). A study of things. J. Things 12, 34–56.\n"
           "- Lee, A. (2003). Third thing. Nature 1, 2-3.\n")


def _refused(limits: Limits, text: str = ARTICLE) -> bool:
    """Whether check() stops with a LimitError of one line (and else returns a report)."""
    options = CheckOptions(parts=frozenset({"references", "claims"}), limits=limits)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_text(text, encoding="utf-8")
        try:
            check(path, options)
        except LimitError as exc:
            assert "raise it with --max-" in str(exc) and "\n" not in str(exc)
            return True
    return False


@PROPERTIES
@given(st.integers(1, 3), st.integers(1, 200), st.floats(1e-5, 1e-3))
def test_any_limit_gives_a_report_or_a_limit_error(
        references: int, line: int, text_mb: float) -> None:
    limits = Limits(max_references=references, max_line_chars=line, max_text_mb=text_mb)
    longest = max(len(row) for row in ARTICLE.split("\n"))
    over = references < 2 or line < longest or text_mb * MB < len(ARTICLE.encode())
    assert _refused(limits) == over


def test_callouts_per_sentence_limit() -> None:
    crowded = ARTICLE.replace("(Smith and Jones, 2001)", "(Smith and Jones, 2001; Lee, 2003)")
    assert not _refused(Limits(max_callouts_per_sentence=2), crowded)
    assert _refused(Limits(max_callouts_per_sentence=1), crowded)


@pytest.mark.parametrize("value", [0, -1, float("nan"), True, "10"])
def test_a_limit_must_be_a_positive_number(value: object) -> None:
    with pytest.raises(InputError, match="must be a positive number"):
        Limits(max_references=value)  # type: ignore[arg-type]
