"""OpenAlexClient against `responses` mocks of hand-made OpenAlex bodies."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import requests
import responses

from claimcheck.model import Doi, Unchecked
from claimcheck.resolve.stats import ResolverStats
from claimcheck.sources import FoundAbstract, NoAbstract, OpenAlexClient, SourceError
from claimcheck.sources.client import OpenAlexOptions, filter_dois
from claimcheck.sources.openalex import SELECT

from .conftest import (
    BASE,
    MISSING,
    PEERJ,
    PLOS,
    FakeClock,
    fixture_json,
    fixture_text,
    make_client,
    page,
    work,
)

LIST = re.compile(re.escape(BASE) + r"/works\?.*")


def _query(index: int) -> dict[str, list[str]]:
    return parse_qs(urlsplit(responses.calls[index].request.url or "").query)


@responses.activate
def test_one_batch_answers_found_and_no_abstract_then_confirms_the_absent_doi(
    client: OpenAlexClient, stats: ResolverStats
) -> None:
    responses.get(LIST, json=fixture_json("works-list-batch.json"))
    responses.get(
        f"{BASE}/works/doi:10.1234/not-in-openalex",
        body=fixture_text("work-404-not-found.json"),
        status=404,
    )
    answers = client.abstracts([Doi(PEERJ), Doi(MISSING), Doi(PLOS), Doi(PEERJ)])
    assert list(answers) == [PEERJ, MISSING, PLOS]
    peerj = answers[Doi(PEERJ)]
    assert isinstance(peerj, FoundAbstract) and peerj.text.endswith("remains poorly known.")
    assert isinstance(answers[Doi(PLOS)], FoundAbstract)
    missing = answers[Doi(MISSING)]
    assert isinstance(missing, NoAbstract) and "no record" in missing.reason
    query = _query(0)
    assert query["filter"] == [f"doi:{PEERJ}|{MISSING}|{PLOS}"]
    assert query["select"] == [SELECT]
    assert len(responses.calls) == 2 and stats.counts().requests == 2


@responses.activate
def test_every_request_carries_mailto_and_the_api_key_when_given(
    clock: FakeClock, stats: ResolverStats
) -> None:
    options = OpenAlexOptions(base_url=BASE, mailto="me@example.org", api_key="k3y", workers=1)
    client = make_client(clock, stats, options)
    responses.get(LIST, json=page([]))
    responses.get(f"{BASE}/works/doi:{PEERJ}", json=fixture_json("work-200-no-abstract.json"))
    client.abstracts([Doi(PEERJ)])
    for index in range(2):
        query = _query(index)
        assert query["mailto"] == ["me@example.org"] and query["api_key"] == ["k3y"]
    agent = responses.calls[0].request.headers["User-Agent"]
    assert "mailto:me@example.org" in agent


@responses.activate
def test_no_identity_parameters_without_mailto_or_key(
    clock: FakeClock, stats: ResolverStats
) -> None:
    client = make_client(clock, stats, OpenAlexOptions(base_url=BASE, workers=1))
    responses.get(LIST, json=page([work(PEERJ, "Five words make an abstract")]))
    client.abstracts([Doi(PEERJ)])
    assert "mailto" not in _query(0) and "api_key" not in _query(0)


@responses.activate
def test_single_work_404_is_no_abstract_and_200_without_index_too(
    client: OpenAlexClient,
) -> None:
    responses.get(LIST, json=page([]))
    responses.get(f"{BASE}/works/doi:{PLOS}", body=fixture_text("work-200-no-abstract.json"))
    responses.get(f"{BASE}/works/doi:{MISSING}", json={"error": "404"}, status=404)
    answers = client.abstracts([Doi(PLOS), Doi(MISSING)])
    assert isinstance(answers[Doi(PLOS)], NoAbstract)
    assert "no abstract" in answers[Doi(PLOS)].reason  # type: ignore[union-attr]
    assert "no record" in answers[Doi(MISSING)].reason  # type: ignore[union-attr]


def test_filter_values_are_percent_encoded_and_joined_with_pipes() -> None:
    value = filter_dois(["10.1000/a b", "10.1000/x%y", "10.1000/(sici)q;2-#"])
    assert value == "doi:10.1000/a%20b|10.1000/x%25y|10.1000/%28sici%29q%3B2-%23"


@responses.activate
def test_dois_that_would_break_the_filter_are_asked_alone_and_encoded(
    client: OpenAlexClient,
) -> None:
    awkward = [Doi("10.1000/a|b"), Doi("10.1000/c,d"), Doi("10.1000/e&f?g#h")]
    for doi in awkward:
        responses.get(re.compile(re.escape(f"{BASE}/works/doi:") + ".*"), json=work(doi, "x y"))
    client.abstracts(awkward)
    paths = [urlsplit(c.request.url or "").path for c in responses.calls]
    assert paths == [
        "/works/doi:10.1000/a%7Cb",
        "/works/doi:10.1000/c%2Cd",
        "/works/doi:10.1000/e%26f%3Fg%23h",
    ]
    assert [unquote(p.removeprefix("/works/doi:")) for p in paths] == awkward


@responses.activate
def test_a_dot_segment_doi_is_never_put_in_a_path(client: OpenAlexClient) -> None:
    responses.get(LIST, json=page([]))  # inside a query value it is harmless
    answer = client.abstracts([Doi("10.1000/../admin")])[Doi("10.1000/../admin")]
    assert isinstance(answer, Unchecked) and "dot-only" in answer.reason
    assert len(responses.calls) == 1


@responses.activate
def test_batches_hold_at_most_fifty_dois(client: OpenAlexClient) -> None:
    dois = [Doi(f"10.1000/{n}") for n in range(120)]
    responses.get(LIST, json=page([work(d, "a b c d e") for d in dois[:50]]))
    responses.get(LIST, json=page([work(d, "a b c d e") for d in dois[50:100]]))
    responses.get(LIST, json=page([work(d, "a b c d e") for d in dois[100:]]))
    answers = client.abstracts(dois)
    assert all(isinstance(a, FoundAbstract) for a in answers.values())
    sizes = [len(_query(i)["filter"][0].split("|")) for i in range(len(responses.calls))]
    assert sizes == [50, 50, 20]


@responses.activate
def test_a_refused_filter_falls_back_to_single_lookups(client: OpenAlexClient) -> None:
    responses.get(LIST, json={"error": "Invalid query parameters"}, status=400)
    responses.get(f"{BASE}/works/doi:{PEERJ}", json=work(PEERJ, "Rebuilt from the index"))
    answer = client.abstracts([Doi(PEERJ)])[Doi(PEERJ)]
    assert answer == FoundAbstract(text="Rebuilt from the index", origin="openalex")


@responses.activate
def test_server_errors_after_retries_are_unchecked(
    client: OpenAlexClient, stats: ResolverStats
) -> None:
    responses.get(LIST, status=503)
    answer = client.abstracts([Doi(PEERJ)])[Doi(PEERJ)]
    assert answer == Unchecked(reason="OpenAlex answered HTTP 503")
    assert stats.counts().retries == 4 and len(responses.calls) == 5


@responses.activate
def test_a_429_that_survives_retries_stops_further_requests(
    client: OpenAlexClient, stats: ResolverStats
) -> None:
    responses.get(LIST, status=429)
    first = client.abstracts([Doi(PEERJ)])[Doi(PEERJ)]
    sent = len(responses.calls)
    second = client.abstracts([Doi(PLOS)])[Doi(PLOS)]
    assert isinstance(first, Unchecked) and "daily limit" in first.reason
    assert second == first and len(responses.calls) == sent  # nothing more was sent
    assert stats.counts().rate_limited == 5


@responses.activate
def test_network_errors_and_malformed_bodies_are_unchecked(client: OpenAlexClient) -> None:
    responses.get(LIST, body=requests.ConnectionError("refused"))
    answer = client.abstracts([Doi(PEERJ)])[Doi(PEERJ)]
    assert isinstance(answer, Unchecked) and "OpenAlex unreachable" in answer.reason
    responses.replace(responses.GET, LIST, body="<html>maintenance</html>")
    answer = client.abstracts([Doi(PLOS)])[Doi(PLOS)]
    assert isinstance(answer, Unchecked) and "malformed OpenAlex response" in answer.reason


@responses.activate
def test_merged_work_redirect_is_followed_on_the_same_host_only(
    client: OpenAlexClient,
) -> None:
    responses.get(LIST, json=page([]))
    responses.get(f"{BASE}/works/doi:{PEERJ}", status=301, headers={"Location": f"{BASE}/works/W2"})
    responses.get(f"{BASE}/works/W2", json=work(PEERJ, "The merged work's abstract"))
    responses.get(
        f"{BASE}/works/doi:{PLOS}", status=302, headers={"Location": "https://evil.test/x"}
    )
    answers = client.abstracts([Doi(PEERJ), Doi(PLOS)])
    assert isinstance(answers[Doi(PEERJ)], FoundAbstract)
    plos = answers[Doi(PLOS)]
    assert isinstance(plos, Unchecked) and "another host" in plos.reason


@pytest.mark.parametrize("url", ["api.openalex.org", "ftp://api.openalex.org", "https://"])
def test_a_bad_base_url_is_refused(url: str, clock: FakeClock, stats: ResolverStats) -> None:
    with pytest.raises(SourceError, match="OpenAlex URL"):
        make_client(clock, stats, OpenAlexOptions(base_url=url))
