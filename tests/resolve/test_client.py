"""CrossrefClient against `responses` mocks: small bodies made here in Crossref's documented
shapes (always run), and one real recorded search read from ../shared (skipped without it)."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import requests
import responses

from claimcheck.model import Candidates, Doi, Found, NotFound, Unchecked
from claimcheck.resolve.client import ClientOptions, CrossrefClient
from claimcheck.resolve.codec import lookup_from_json, lookup_to_json
from claimcheck.resolve.interface import ResolverError
from claimcheck.resolve.limiter import RateLimiter
from claimcheck.resolve.session import SessionOptions, make_session
from claimcheck.resolve.stats import ResolverStats
from claimcheck.resolve.urls import chunks, doi_path
from tests.conftest import FakeClock

from .conftest import (
    BASE,
    NOT_FOUND,
    POLITE_HEADERS,
    VALIDATION_FAILURE,
    list_envelope,
    message,
    recorded_text,
    work_envelope,
)

PLOS = "10.1371/journal.pone.0033693"
JCP = "10.1136/jclinpath-2020-206745"
MISSING = "10.1371/notarealdoi"
WORKS = re.compile(re.escape(BASE) + r"/works\?.*")


def _client(clock: FakeClock, stats: ResolverStats, **client: int) -> CrossrefClient:
    session = make_session(SessionOptions(mailto="me@example.org", backoff=0), stats, clock.sleep)
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    return CrossrefClient(session, ClientOptions(base_url=BASE, **client), limiter, stats)


@pytest.fixture
def stats() -> ResolverStats:
    return ResolverStats()


@pytest.fixture
def client(clock: FakeClock, stats: ResolverStats) -> CrossrefClient:
    return _client(clock, stats, workers=1)


def _work(doi: str) -> str:
    return json.dumps(work_envelope(message(doi, "Methylphenidate exposure and dopamine")))


@responses.activate
def test_batch_then_confirm_absent_doi(client: CrossrefClient, stats: ResolverStats) -> None:
    body = list_envelope([message(PLOS, "Methylphenidate"), message(JCP, "KRAS reference panel")])
    responses.get(WORKS, json=body, headers=POLITE_HEADERS)
    responses.get(
        f"{BASE}/works/{MISSING}",
        body=NOT_FOUND,
        status=404,
        content_type="text/plain",
    )
    answers = client.fetch([Doi(PLOS), Doi(MISSING), Doi(JCP)])
    assert list(answers) == [PLOS, MISSING, JCP]
    assert isinstance(answers[Doi(PLOS)], Found)
    assert isinstance(answers[Doi(JCP)], Found)
    missing = answers[Doi(MISSING)]
    assert isinstance(missing, NotFound) and "Resource not found." in missing.reason
    assert missing.agency == ""  # its prefix is Crossref's (PLOS was found): no agency asked
    query = parse_qs(urlsplit(responses.calls[0].request.url).query)
    assert query["filter"] == [f"doi:{PLOS},doi:{MISSING},doi:{JCP}"]
    assert query["rows"] == ["3"]
    assert len(responses.calls) == 2
    assert stats.counts().requests == 2
    assert (client.limiter.limit, client.limiter.concurrency) == (10, 3)  # polite pool headers


@responses.activate
def test_doi_absent_from_batch_but_found_alone(client: CrossrefClient) -> None:
    responses.get(WORKS, json=list_envelope([]))
    agency = {"DOI": PLOS, "agency": {"id": "crossref", "label": "Crossref"}}
    responses.get(f"{BASE}/works/{PLOS}/agency",
                  json={"status": "ok", "message-type": "work-agency", "message": agency})
    responses.get(f"{BASE}/works/{PLOS}", body=_work(PLOS))
    answer = client.fetch([Doi(PLOS)])[Doi(PLOS)]
    assert isinstance(answer, Found) and answer.record.doi == PLOS
    assert len(responses.calls) == 3  # batch, agency (Crossref's), confirmation


@responses.activate
def test_agency_404_settles_a_doi_of_an_unseen_prefix_in_one_request(
    client: CrossrefClient,
) -> None:
    responses.get(WORKS, json=list_envelope([]))
    responses.get(f"{BASE}/works/{MISSING}/agency", status=404, body=NOT_FOUND)
    answer = client.fetch([Doi(MISSING)])[Doi(MISSING)]
    assert isinstance(answer, NotFound) and answer.agency == ""
    assert "Resource not found." in answer.reason
    assert len(responses.calls) == 2  # the batch and the agency: no confirmation


@responses.activate
def test_failed_agency_question_falls_back_to_the_confirmation(client: CrossrefClient) -> None:
    responses.get(WORKS, json=list_envelope([]))
    responses.get(f"{BASE}/works/{MISSING}/agency", status=500, body="oops")
    responses.get(f"{BASE}/works/{MISSING}", status=404, body=NOT_FOUND)
    answer = client.fetch([Doi(MISSING)])[Doi(MISSING)]
    assert isinstance(answer, NotFound) and answer.agency == ""


@responses.activate
def test_5xx_after_retries_is_unchecked(client: CrossrefClient, stats: ResolverStats) -> None:
    responses.get(WORKS, status=503, body="busy")
    answers = client.fetch([Doi(PLOS), Doi(JCP)])
    assert all(isinstance(a, Unchecked) and "503" in a.reason for a in answers.values())
    counts = stats.counts()
    assert counts.retries == SessionOptions().retries
    assert counts.requests == 1 + SessionOptions().retries
    assert len(responses.calls) == 1 + SessionOptions().retries


@responses.activate
def test_429_is_retried_and_counted(client: CrossrefClient, stats: ResolverStats) -> None:
    responses.get(f"{BASE}/works/{PLOS}", status=429, body="Too Many Requests")
    responses.get(f"{BASE}/works/{PLOS}", body=_work(PLOS))
    responses.get(WORKS, status=400, json=VALIDATION_FAILURE)
    answer = client.fetch([Doi(PLOS)])[Doi(PLOS)]
    assert isinstance(answer, Found)
    counts = stats.counts()
    assert (counts.rate_limited, counts.retries) == (1, 1)


@responses.activate
def test_429_that_outlasts_retries_pauses_the_limiter(
    client: CrossrefClient, stats: ResolverStats
) -> None:
    responses.get(WORKS, status=429, body="Too Many Requests")
    answer = client.fetch([Doi(PLOS)])[Doi(PLOS)]
    assert isinstance(answer, Unchecked) and "429" in answer.reason
    assert stats.counts().rate_limited == 1 + SessionOptions().retries


@responses.activate
@pytest.mark.parametrize(
    "body",
    [b'{"status":"ok","message-type":"work","mes', json.dumps({"message-type": "work-agency"})],
)
def test_malformed_single_answer_is_unchecked(client: CrossrefClient, body: object) -> None:
    responses.get(WORKS, json=list_envelope([]))
    responses.get(f"{BASE}/works/{PLOS}", body=body)
    answer = client.fetch([Doi(PLOS)])[Doi(PLOS)]
    assert isinstance(answer, Unchecked) and "malformed" in answer.reason


@responses.activate
def test_connection_error_is_unchecked(client: CrossrefClient) -> None:
    responses.get(WORKS, body=requests.ConnectionError("refused"))
    answer = client.fetch([Doi(PLOS)])[Doi(PLOS)]
    assert isinstance(answer, Unchecked) and "unreachable" in answer.reason


@responses.activate
def test_redirect_to_another_host_is_refused(client: CrossrefClient) -> None:
    responses.get(WORKS, json=list_envelope([]))
    responses.get(
        f"{BASE}/works/{PLOS}", status=301, headers={"Location": "https://evil.test/works/x"}
    )
    answer = client.fetch([Doi(PLOS)])[Doi(PLOS)]
    assert isinstance(answer, Unchecked) and "another host" in answer.reason
    assert all(urlsplit(c.request.url).netloc == urlsplit(BASE).netloc for c in responses.calls)


@responses.activate
def test_redirect_within_the_host_is_followed(client: CrossrefClient) -> None:
    responses.get(WORKS, json=list_envelope([]))
    responses.get(f"{BASE}/works/{PLOS}", status=302, headers={"Location": "/v1/works/x"})
    responses.get(f"{BASE}/v1/works/x", body=_work(PLOS))
    assert isinstance(client.fetch([Doi(PLOS)])[Doi(PLOS)], Found)


@responses.activate
@pytest.mark.parametrize(
    "doi",
    [
        "10.1002/(sici)1097-4636(199712)37:4<532::aid-jbm12>3.0.co;2-#",
        "10.1000/a?b=c&d#e%2f",
        "10.1000/x@evil.test/y",
    ],
)
def test_awkward_dois_stay_inside_path_and_query(client: CrossrefClient, doi: str) -> None:
    responses.get(WORKS, json=list_envelope([]))
    responses.get(
        re.compile(re.escape(BASE) + r"/works/.*"), status=404, body="Resource not found."
    )
    answer = client.fetch([Doi(doi)])[Doi(doi)]
    assert isinstance(answer, NotFound)
    # an unseen prefix: the agency is asked first, and its 404 settles it
    batch, agency = (urlsplit(c.request.url) for c in responses.calls)
    assert batch.netloc == agency.netloc == urlsplit(BASE).netloc
    assert parse_qs(batch.query)["filter"] == [f"doi:{doi}"]
    assert agency.query == "" and agency.fragment == ""
    assert unquote(agency.path) == f"/works/{doi}/agency"
    responses.calls.reset()
    assert isinstance(client._fetch_one(Doi(doi)), NotFound)
    single = urlsplit(responses.calls[0].request.url)
    assert single.netloc == urlsplit(BASE).netloc and single.query == single.fragment == ""
    assert unquote(single.path) == f"/works/{doi}"


@responses.activate
def test_dot_segments_and_commas(client: CrossrefClient) -> None:
    responses.get(WORKS, json=list_envelope([]))
    responses.get(f"{BASE}/works/10.1000/a%2Cb", status=404, body="Resource not found.")
    answers = client.fetch([Doi("10.1000/../../members"), Doi("10.1000/a,b")])
    dots = answers[Doi("10.1000/../../members")]
    assert isinstance(dots, Unchecked) and "dot-only" in dots.reason  # never sent by path
    assert isinstance(answers[Doi("10.1000/a,b")], NotFound)
    batch, single, agency = (urlsplit(c.request.url) for c in responses.calls)
    assert parse_qs(batch.query)["filter"] == ["doi:10.1000/../../members"]  # no comma DOI
    assert single.path == "/works/10.1000/a%2Cb"  # never in a batch: confirmed, then...
    assert agency.path == "/works/10.1000/a%2Cb/agency"  # ...its agency asked
    with pytest.raises(ValueError):
        doi_path("10.1/./x")


@responses.activate
def test_refused_filter_falls_back_to_single_lookups(client: CrossrefClient) -> None:
    responses.get(WORKS, status=400, json=VALIDATION_FAILURE)
    responses.get(f"{BASE}/works/{PLOS}", body=_work(PLOS))
    assert isinstance(client.fetch([Doi(PLOS)])[Doi(PLOS)], Found)


@responses.activate
def test_chunks_respect_count_and_url_length(clock: FakeClock, stats: ResolverStats) -> None:
    client = _client(clock, stats, workers=3, chunk_size=20, max_url=600)
    dois = [Doi(f"10.1000/journal.article.{i:04d}") for i in range(45)]
    responses.get(WORKS, json=list_envelope([message(d, f"Title {d}") for d in dois]))
    answers = client.fetch(dois)
    assert all(isinstance(a, Found) for a in answers.values())
    urls = [c.request.url for c in responses.calls]
    assert len(urls) >= 3 and all(len(u) <= 600 for u in urls)
    asked = [d for u in urls for d in parse_qs(urlsplit(u).query)["filter"][0].split(",")]
    assert sorted(asked) == sorted(f"doi:{d}" for d in dois)
    assert chunks([Doi("10.1/a")] * 5, 2, 1000) == [[Doi("10.1/a")] * 2] * 2 + [[Doi("10.1/a")]]


@responses.activate
def test_search_returns_scored_candidates(client: CrossrefClient) -> None:
    responses.get(WORKS, body=recorded_text("works-query-bibliographic-match-2018.json"))
    query = "Tkaczyk D. et al. CERMINE: automatic extraction ... IJDAR 18(4), 317-335 (2015) & co"
    answer = client.search(query, rows=5)
    assert isinstance(answer, Candidates)
    assert answer.records[0].doi == "10.1007/s10032-015-0249-8"
    assert answer.records[0].score == pytest.approx(167.66986)
    sent = parse_qs(urlsplit(responses.calls[0].request.url).query)
    assert sent == {"query.bibliographic": [query], "rows": ["5"]}


@responses.activate
def test_search_failures(client: CrossrefClient) -> None:
    assert client.search("   ") == Candidates(records=())
    assert len(responses.calls) == 0
    responses.get(WORKS, status=500, body="oops")
    answer = client.search("anything")
    assert isinstance(answer, Unchecked) and "500" in answer.reason


def test_identity_and_base_url_checks(client: CrossrefClient) -> None:
    agent = client._session.headers["User-Agent"]
    assert re.fullmatch(r"claimcheck/\S+ \(https?://\S+; mailto:me@example\.org\)", agent)
    with pytest.raises(ResolverError):
        CrossrefClient(requests.Session(), ClientOptions(base_url="file:///etc/passwd"))


@responses.activate
def test_nothing_asked_nothing_sent(client: CrossrefClient) -> None:
    assert client.fetch([]) == {}
    assert len(responses.calls) == 0


@responses.activate
def test_probe_takes_the_batch_word_for_absent_guesses(client: CrossrefClient) -> None:
    body = list_envelope([message(PLOS, "Methylphenidate")])
    responses.get(WORKS, json=body)
    answers = client.probe([Doi(JCP), Doi(MISSING)])
    assert isinstance(answers[Doi(MISSING)], NotFound)
    assert len(responses.calls) == 1  # the batch only: no request per guess


@responses.activate
def test_doi_another_agency_registered_is_named(client: CrossrefClient) -> None:
    # Body made here in the shape of the shared works-doi-agency-crossref.json sample.
    doi = "10.3334/cdiac/otg.ndp001"
    agency = {"DOI": doi, "agency": {"id": "datacite", "label": "DataCite"}}
    responses.get(WORKS, json=list_envelope([]))
    responses.get(f"{BASE}/works/{doi}", body=NOT_FOUND, status=404)
    responses.get(f"{BASE}/works/{doi}/agency",
                  json={"status": "ok", "message-type": "work-agency", "message": agency})
    answer = client.fetch([Doi(doi)])[Doi(doi)]
    assert isinstance(answer, NotFound) and answer.agency == "DataCite"
    assert lookup_from_json(lookup_to_json(answer)) == answer  # the cache keeps the agency
