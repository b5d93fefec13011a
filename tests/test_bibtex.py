from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.bibtex import dumps, loads
from claimcheck.model import Author, Reference


def _reference(**fields: object) -> Reference:
    base: dict[str, object] = {"id": "Key2001", "index": 1, "line": 1, "raw": "raw"}
    base.update(fields)
    return Reference(**base)  # type: ignore[arg-type]


def test_names_particles_suffixes_and_organisations_round_trip() -> None:
    authors = (
        Author("aan het Rot", "M."),
        Author("Zarate", "C. A.", "Jr."),
        Author("López-Gil", "X."),
        Author("World Health Organization", literal=True),
    )
    ref = _reference(authors=authors, et_al=True, title="T", year="2010")
    (back,) = loads(dumps([ref]))
    assert back.authors == authors
    assert back.et_al


def test_fields_and_entry_types() -> None:
    ref = _reference(kind="chapter", title="A & B: 50% of $x$ #1 under_score -- or --- not",
                     container="Book",
                     pages="139-145", doi="10.1016/s0006-3223(99)00230-9", volume="7",
                     issue="2", year="2001", url="https://example.org/a_b%20c--d",
                     notes=("[Epub ahead of print]",))
    text = dumps([ref])
    assert text.startswith("@incollection{Key2001,")
    assert 'pages = "139--145"' in text
    (back,) = loads(text)
    for name in ("title", "container", "pages", "doi", "volume", "issue", "year", "url", "notes"):
        assert getattr(back, name) == getattr(ref, name), name
    assert back.kind == "chapter"


printable = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs"),
                           exclude_characters="{}\\"),
    min_size=1, max_size=40,
).map(lambda s: " ".join(s.split())).filter(bool)


@settings(max_examples=60, deadline=None)
@given(title=printable, container=printable, family=st.from_regex(r"[A-Z][a-zé]{1,10}",
                                                                   fullmatch=True))
def test_what_claimcheck_writes_pybtex_reads_back(title: str, container: str, family: str) -> None:
    ref = _reference(title=title, container=container, authors=(Author(family, "J."),))
    (back,) = loads(dumps([ref]))
    assert (back.title, back.container, back.authors) == (ref.title, ref.container, ref.authors)
