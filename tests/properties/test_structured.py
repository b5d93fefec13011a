"""check() on generated structured inputs (JATS, BibTeX, LaTeX with its .bib, pandoc
Markdown): the declared input error or a report that keeps its invariants."""

from __future__ import annotations

from html import escape

from hypothesis import given
from hypothesis import strategies as st

from tests.properties.conftest import PROPERTIES, run_check

WORDS = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=20)
KEYS = st.sampled_from(["r1", "r2", "r3", "missing", "", "r1 r2"])


@st.composite
def jats(draw: st.DrawFn) -> str:
    """An article whose paragraphs mix text, nested inline elements and bibr xrefs."""
    pieces = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["text", "xref", "nest", "break"]))
        if kind == "xref":
            pieces.append(f'<xref ref-type="bibr" rid="{draw(KEYS)}">{escape(draw(WORDS))}'
                          "</xref>")
        elif kind == "nest":
            depth = draw(st.integers(1, 60))
            pieces.append("<italic>" * depth + escape(draw(WORDS)) + "</italic>" * depth)
        else:
            pieces.append(escape(draw(WORDS)) + ("</p><p>" if kind == "break" else ""))
    refs = "".join(
        f'<ref id="r{i}"><mixed-citation>{escape(draw(WORDS))} ({draw(st.integers(1500, 2100))})'
        f"</mixed-citation></ref>" for i in range(1, draw(st.integers(0, 4)) + 1))
    return (f"<article><body><sec><p>{''.join(pieces)}</p></sec></body><back><ref-list>{refs}"
            "</ref-list></back></article>")


@PROPERTIES
@given(jats())
def test_generated_jats(xml: str) -> None:
    run_check("a.xml", xml)


def _bib(draw: st.DrawFn) -> str:
    entries = []
    for i in range(draw(st.integers(0, 4))):
        author = draw(st.sampled_from(["Smith, J.", "{World Health Organization}", "", "and"]))
        title = draw(WORDS).replace("{", "").replace("}", "").replace("\\", "")
        entries.append(f"@article{{k{i}, author = {{{author}}}, title = {{{title}}}, "
                       f"year = {{{draw(st.integers(1500, 2100))}}}}}\n")
    return "".join(entries)


@PROPERTIES
@given(st.data())
def test_generated_bibtex(data: st.DataObject) -> None:
    run_check("a.bib", _bib(data.draw))


@PROPERTIES
@given(st.data(), st.lists(st.sampled_from([r"\cite{k0}", r"\citep[p. 3]{k0,k1}", "text ",
                                            "%comment\n", "\n", "{", "}", r"\emph{x}",
                                            r"\section{S}", "$x$", r"\cite{"]), max_size=30))
def test_generated_latex(data: st.DataObject, pieces: list[str]) -> None:
    tex = "".join(pieces) + "\n\\bibliography{a}\n"
    run_check("a.tex", tex, extra={"a.bib": _bib(data.draw)})


@PROPERTIES
@given(st.data(), st.lists(st.sampled_from(["[@k0]", "[@k0; @k1, p. 3]", "@k1 says", "[-@k0]",
                                            "text ", "\n\n", "[", "]", "@", "[@missing]"]),
                           max_size=30))
def test_generated_pandoc(data: st.DataObject, pieces: list[str]) -> None:
    text = "---\nbibliography: a.bib\n---\n\n" + "".join(pieces) + "\n"
    run_check("a.md", text, extra={"a.bib": _bib(data.draw)})
