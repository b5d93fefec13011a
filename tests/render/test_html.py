"""The HTML report escapes every article and record value and loads nothing from the network."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.model import Doi, Record, Report
from claimcheck.render import renderer_for, report_to_dict
from claimcheck.render.htmlreport import asset, csp_hash, script_json

from .conftest import XSS_TITLE, sample_report


class Tags(HTMLParser):
    """Records every element and attribute the browser's tokenizer would see."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: dict[str, list[str]] = {}
        self._open = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open = tag

    def handle_endtag(self, tag: str) -> None:
        self._open = ""

    def handle_data(self, data: str) -> None:
        self.data.setdefault(self._open, []).append(data)


def parse(text: str) -> Tags:
    parser = Tags()
    parser.feed(text)
    parser.close()
    return parser


def render(report: Report) -> str:
    return renderer_for("html").render(report)


def test_injected_markup_is_escaped(report: Report) -> None:
    page = render(report)
    tags = parse(page)
    assert not [t for t, _ in tags.tags if t == "img"]
    assert [t for t, _ in tags.tags].count("script") == 2  # the data block and our own script
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert XSS_TITLE not in page.replace(json.dumps(XSS_TITLE)[1:-1], "")
    assert page.count("</script>") == 2
    assert "<!--" not in page


def test_no_event_handler_or_foreign_url_attributes(report: Report) -> None:
    for tag, attrs in parse(render(report)).tags:
        assert not [a for a in attrs if a.startswith("on")], tag
        assert "src" not in attrs, tag
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://doi.org/")), href


def test_csp_allows_exactly_the_inline_style_and_script(report: Report) -> None:
    tags = parse(render(report))
    csp = next(a["content"] for t, a in tags.tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None
    assert "default-src 'none'" in csp
    assert "unsafe" not in csp
    assert f"style-src {csp_hash(asset('report.css'))}" in csp
    assert f"script-src {csp_hash(asset('report.js'))}" in csp
    assert "".join(tags.data["style"]) == asset("report.css")


def test_embedded_json_is_the_json_report(report: Report) -> None:
    page = render(report)
    block = re.search(r'<script type="application/json" id="claimcheck-report">(.*?)</script>',
                      page, re.DOTALL)
    assert block is not None
    assert json.loads(block.group(1)) == report_to_dict(report)
    assert "</" not in block.group(1)


def test_each_reference_shows_printed_and_record_values_and_citing_claims(report: Report) -> None:
    page = render(report)
    zarate = page[page.index('id="ref-2"'):page.index('id="ref-3"')]
    assert "Archives of General Psychiatry" in zarate and "Arch Gen Psychiatry" in zarate
    assert 'class="differs"><th scope="row">title' in zarate
    assert "Ketamine has rapid antidepressant effects" in zarate
    assert "López-Gil X. &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in page


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_record_title_or_raw_reference_stays_text(title: str) -> None:
    """Whatever a title or a raw entry holds, the page has the same elements as with plain text."""
    def page_with(value: str) -> Tags:
        report = sample_report()
        result = report.references[0]
        record = replace(result.record or Record(doi=Doi(result.reference.doi)), title=value)
        ref = replace(result.reference, raw=value)
        references = (replace(result, reference=ref, record=record),)
        return parse(render(replace(report, references=references, claims=())))

    assert [t for t, _ in page_with(title).tags] == [t for t, _ in page_with("plain").tags]


@settings(max_examples=50)
@given(st.recursive(st.text() | st.integers() | st.none(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(), inner, max_size=4), max_leaves=8))
def test_script_json_round_trips_and_cannot_close_a_script(value: object) -> None:
    text = script_json(value)
    assert json.loads(text) == value
    assert "<" not in text and ">" not in text

