"""No DOI can change the host, path or query of a request (property test over prepared URLs)."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import requests
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.resolve.urls import doi_path, filter_value

BASE = "https://api.crossref.org"
_AWKWARD = "/;()<>#?%&=+:@,.[]{}|\\^`'\" \t"
suffixes = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(_AWKWARD),
    min_size=1,
    max_size=40,
)


def _prepared(url: str) -> str:
    prepared = requests.Request("GET", url).prepare().url
    assert prepared is not None
    return prepared


@given(suffixes)
def test_path_keeps_host_and_route(suffix: str) -> None:
    doi = f"10.1234/{suffix}"
    try:
        tail = doi_path(doi)
    except ValueError:
        assert any(s and set(s) == {"."} for s in doi.split("/"))
        return
    parts = urlsplit(_prepared(f"{BASE}/works/{tail}"))
    assert parts.netloc == "api.crossref.org"
    assert parts.query == "" and parts.fragment == ""
    assert parts.path.startswith("/works/10.1234/")
    assert unquote(parts.path) == f"/works/{doi}"


@given(st.lists(suffixes.filter(lambda s: "," not in s), min_size=1, max_size=5))
def test_filter_keeps_host_and_parameters(suffixes_: list[str]) -> None:
    dois = [f"10.1234/{s}" for s in suffixes_]
    parts = urlsplit(_prepared(f"{BASE}/works?filter={filter_value(dois)}&rows={len(dois)}"))
    assert parts.netloc == "api.crossref.org" and parts.path == "/works"
    query = parse_qs(parts.query, keep_blank_values=True)
    assert set(query) == {"filter", "rows"}
    assert query["filter"] == [",".join(f"doi:{d}" for d in dois)]
