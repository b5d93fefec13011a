"""DOIs printed with characters that mean something elsewhere: HTML (`<script>`), URLs (`#`,
`?`, `%2F`), whitespace from line breaks, and sentence punctuation (a trailing `.` or `)`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from claimcheck.testing import StandinCrossref
from tests.badinput.conftest import assert_no_traceback, invoke, offline_flags

Writer = Callable[[str, str | bytes], Path]
GOOD = "10.1016/j.biopsych.2009.08.038"  # in the example snapshot
# printed DOI -> the DOI that should be looked up
PRINTED = {
    "doi: 10.1000/abc<script>alert(1)</script>": None,  # anything, as long as it is inert
    "doi: 10.1000/ abc 123": "10.1000/abc123",  # a line break inside the DOI
    f"doi: {GOOD}.": GOOD,
    f"(doi: {GOOD})": GOOD,
    "doi: 10.1016/S0006-3223(99)00230-9": "10.1016/s0006-3223(99)00230-9",
    "doi: 10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O":
        "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o",
}
URL_FORMS = {
    "https://doi.org/10.1000%2Fabc.123": "10.1000/abc.123",
    "https://doi.org/10.1000/abc#section-2": "10.1000/abc",
    "https://doi.org/10.1000/abc?locatt=mode:legacy": "10.1000/abc",
}


def _article(article: Writer, printed: list[str]) -> Path:
    names = [f"Author{chr(65 + i)}" for i in range(len(printed))]
    body = "; ".join(f"{name}, {2000 + i}" for i, name in enumerate(names))
    refs = "".join(
        f"- {name}, A. ({2000 + i}). A title about things number {i}. *J. Things* 1, 1–2. {doi}\n"
        for i, (name, doi) in enumerate(zip(names, printed, strict=True))
    )
    return article("dois.md", f"# T\n\nText ({body}).\n\n## References\n\n{refs}")


def _dois(path: Path) -> list[str]:
    run = invoke("refs", path, "-f", "json")
    assert_no_traceback(run)
    assert run.code == 0, run.stderr
    return [r["fields"].get("doi") or "" for r in json.loads(run.stdout)["references"]]


def test_printed_dois_are_repaired_or_kept_inert(article: Writer) -> None:
    dois = _dois(_article(article, list(PRINTED)))
    assert len(dois) == len(PRINTED)
    for doi, expected in zip(dois, PRINTED.values(), strict=True):
        assert not any(ch.isspace() for ch in doi)
        assert "<script" not in doi
        if expected is not None:
            assert doi == expected


@pytest.mark.parametrize("printed", list(URL_FORMS))
def test_resolver_links_are_read_as_urls(article: Writer, printed: str) -> None:
    assert _dois(_article(article, [printed])) == [URL_FORMS[printed]]


def test_the_html_report_keeps_a_script_doi_inert(article: Writer) -> None:
    path = _article(article, list(PRINTED))
    run = invoke("verify", path, "-f", "html", *offline_flags())
    assert_no_traceback(run)
    assert run.code in (0, 1), run.stderr
    assert "<script>alert(1)" not in run.stdout
    assert "alert(1)</script>" not in run.stdout


ODD = ("10.1000/a,b", "10.1000/x&rows=1000", "10.1000/a;b", "10.1000/a#b", "10.1000/a?b=c",
       "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o")


def _record(doi: str, i: int) -> dict[str, object]:
    return {
        "DOI": doi, "type": "journal-article", "title": [f"A title about things number {i}"],
        "author": [{"family": f"Author{chr(65 + i)}", "given": "A."}],
        "issued": {"date-parts": [[2000 + i]]}, "container-title": ["J. Things"],
        "volume": "1", "page": "1-2",
    }


def test_odd_dois_never_leave_the_works_route(article: Writer, tmp_path: Path) -> None:
    """Against the stand-in, which holds each odd DOI: every request stays on /works, and
    every DOI is found, so none was cut by a `,` `&` `;` `#` or `?` on its way into the URL."""
    path = _article(article, [f"doi: {doi}" for doi in ODD])
    records = [_record(doi, i) for i, doi in enumerate(ODD)]
    with StandinCrossref(records) as server:
        run = invoke("dois", path, "-f", "json", "--crossref-url", server.url,
                     "--cache-dir", tmp_path / "cache", "--mailto", "t@example.org")
        paths = list(server.counters.paths)
    assert_no_traceback(run)
    assert run.code in (0, 1), run.stderr
    references = json.loads(run.stdout)["references"]
    assert [r["fields"]["doi"] for r in references] == list(ODD)
    assert [r["status"] for r in references] == ["verified"] * len(ODD)
    for target in paths:
        parts = urlsplit(target)
        assert parts.path == "/works" or parts.path.startswith("/works/"), target
        assert not parts.fragment and " " not in target and "<" not in target, target
        allowed = {"filter", "rows", "mailto", "query.bibliographic", "select"}
        assert set(parse_qs(parts.query)) <= allowed, target
