"""Only the configured host is contacted, and no DOI or query can change the host, the path
or the query of a request: every request target the stand-in records is inspected."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from claimcheck.model import Doi, Unchecked
from claimcheck.resolve import ResolverOptions, build_resolver
from claimcheck.testing import StandinCrossref
from tests.faults.harness import filter_dois, reference_lines, verify, write_article

HOSTILE = (
    "10.1234/../../evil?x=#y",
    "10.1/%2F..",
    "10.1/<script>",
    "10.1/a b",
    "10.1/x.",
    "10.1/x)",
    "10.1/a,doi:10.9/injected",
    "10.1/a&rows=1000&mailto=x",
    "10.1/./x",
    "10.1/..%2F..%2Fadmin",
    "10.1/a#fragment",
)
QUERY = "Smith & Jones? rows=1000&filter=doi:10.9/evil #frag ../../admin%2F"
_PARAMS = {"filter", "rows", "query.bibliographic"}


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def assert_confined(paths: list[str]) -> None:
    """Each target is /works or /works/{one DOI}, with only the client's own parameters."""
    for target in paths:
        parts = urlsplit(target)
        assert "#" not in target and parts.fragment == ""
        assert parts.path == "/works" or parts.path.startswith("/works/"), target
        segments = unquote(parts.path).split("/")
        assert not {".", ".."} & set(segments), target
        query = parse_qs(parts.query, keep_blank_values=True)
        assert set(query) <= _PARAMS and all(len(v) == 1 for v in query.values()), target
        assert query.get("rows", ["1"])[0].isdigit(), target
        for value in query.get("filter", []):
            assert all(part.startswith("doi:") for part in value.split(",")), target


def test_hostile_dois_in_an_article_stay_in_their_place(
    tmp_path: Path, server: StandinCrossref, connections: list[tuple[str, int]]
) -> None:
    lines = [
        f"- Author, A. (2020). A work with an odd identifier {n}. *J. Tests* 1, 1–2. doi: {doi}"
        for n, doi in enumerate(HOSTILE)
    ]
    lines += reference_lines(["10.1038/nrn1846"])
    path = write_article(tmp_path, lines)
    result = verify(path, server.url, tmp_path / "cache")
    assert result.exit_code in (1, 3), result.stderr  # not-found findings or unchecked lookups
    assert set(connections) == {_host_port(server.url)}
    assert server.counters.requests == len(server.counters.paths) > 1
    assert_confined(server.counters.paths)


def test_the_client_encodes_every_doi_and_query(
    server: StandinCrossref, connections: list[tuple[str, int]]
) -> None:
    resolver = build_resolver(ResolverOptions(crossref_url=server.url, no_cache=True))
    try:
        answers = resolver.fetch([Doi(d) for d in HOSTILE])
        resolver.search(QUERY)
    finally:
        resolver.close()
    paths = server.counters.paths
    assert set(connections) == {_host_port(server.url)}
    assert_confined(paths)
    # Batched DOIs travel inside the filter value and come back out unchanged...
    batchable = [d for d in HOSTILE if "," not in d]
    assert filter_dois(p for p in paths if "filter=" in p) == batchable
    # ...and one looked up on its own is exactly one path tail, or is not sent at all.
    singles = [unquote(urlsplit(p).path.removeprefix("/works/")) for p in paths]
    dot_segments = {"10.1234/../../evil?x=#y", "10.1/./x"}
    sent = sorted(set(HOSTILE) - dot_segments)
    agencies = [s.removesuffix("/agency") for s in singles if s.endswith("/agency")]
    assert sorted(agencies) == sent  # each unknown DOI's agency asked by the same path tail
    # ...whose 404 settles a batched DOI; one never batched (a comma) is also confirmed alone
    confirmed = sorted(s for s in singles if s != "/works" and not s.endswith("/agency"))
    assert confirmed == [d for d in sent if "," in d]
    assert all(isinstance(answers[Doi(d)], Unchecked) for d in dot_segments)
    search = parse_qs(urlsplit(paths[-1]).query)
    assert search == {"query.bibliographic": [" ".join(QUERY.split())], "rows": ["5"]}
