"""check() on arbitrary and article-like text: a report that keeps its invariants, or the
declared input error, never another exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.properties.conftest import PROPERTIES, run_check

# Pieces an article is made of, and the pieces that break naive parsers: headings, entries
# with and without authors and years, callouts of every style, brackets left open.
FRAGMENTS = st.sampled_from([
    "# Title\n", "## References\n", "References\n", "Bibliography\n", "\n", "\n\n", " ",
    "Ketamine works fast (Smith and Jones, 2001). ", "As shown [1], [2-4] and [3]–[5]. ",
    "Smith et al. (2001a, b) agree. ", "(Smith, 2001; Jones, 2002; Lee, 2003)", "mice.12,13 ",
    "- Smith, J., and Jones, K. (2001). A study of things. *J. Things* 12, 34–56.\n",
    "1. Jones, K. (2002). Other things. J. Other 3, 1-9. doi: 10.1000/xyz\n",
    "[1] Lee, A. 2003. Third thing. Nature 1:2.\n",
    "- Dataset of things. https://example.org/data.\n", "- World Health Organization. (2019).\n",
    "(", ")", "[", "]", "((((", "]]]]", "{", "}", "\\cite{x}", "[@key]", "@key", "&amp;",
    "Müller, Ä. (1999). Über Dinge. Z. 3, 1-9.\n", "山田（2020）によれば", "et al.", "pp. ",
    "\f", "\t", "\u00a0", "\u200b", "10.1000/", "n.d.", "in press", "2001", "1999a",
])
ARTICLES = st.lists(FRAGMENTS | st.text(max_size=30), max_size=60).map("".join)
PRINTABLE = st.text(st.characters(blacklist_categories=["Cc", "Cs"]), max_size=30)


@PROPERTIES
@given(st.text(max_size=400), st.sampled_from(["a.md", "a.txt"]))
def test_arbitrary_text(text: str, name: str) -> None:
    run_check(name, text)


@PROPERTIES
@given(ARTICLES, st.sampled_from(["a.md", "a.txt"]))
def test_article_like_text(text: str, name: str) -> None:
    run_check(name, text)


@PROPERTIES
@given(st.lists(FRAGMENTS | PRINTABLE, max_size=60).map("".join))
def test_article_like_text_always_keeps_a_found_list(text: str) -> None:
    """With a reference list appended, the run succeeds: the list is always found."""
    tail = ("\n\n## References\n\n- Smith, J., and Jones, K. (2001). A study of things. "
            "J. Things 12, 34–56.\n- Lee, A. (2003). Third thing. Nature 1, 2-3.\n")
    report = run_check("a.md", text.replace("#", "") + tail)
    assert report is not None
    assert len(report.references) >= 2
