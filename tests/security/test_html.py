"""The HTML report through the real CLI, with hostile values from both sides: a Crossref record
whose title carries an `<img onerror>` and an article whose reference carries `</script>`.
Every value is escaped, a Content-Security-Policy is set, and nothing is loaded from outside.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from claimcheck.testing import StandinCrossref
from tests.faults.harness import LIMITS, reference_lines, verify, write_article
from tests.faults.harness import SNAPSHOT as RECORDS

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"
TARGET, OTHER = "10.1038/nm.4050", "10.1038/nrn1846"
_SOURCE_ATTRS = {"src", "href", "srcset", "data", "action", "formaction", "poster", "background"}


class Elements(HTMLParser):
    """Start tags with their attributes, and the text of each <script> element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _records() -> list[dict[str, Any]]:
    """The example's records; the target's title carries the payload twice: as a tag (which
    markup cleaning drops) and escaped twice over, as some Crossref titles are, which
    cleaning decodes into the literal text `<img ...>`."""
    messages = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]
    for message in messages:
        if message["DOI"].lower() == TARGET:
            escaped = IMG.replace("<", "&amp;lt;").replace(">", "&amp;gt;")
            message["title"] = [f"Synaptic plasticity {IMG} and depression {escaped}"]
    return messages


@pytest.fixture
def page(tmp_path: Path, connections: list[tuple[str, int]]) -> str:
    lines = [
        line.replace("New approaches", f"New {SCRIPT} approaches")
        for line in reference_lines([TARGET, OTHER])
    ]
    path = write_article(tmp_path, lines)
    out = tmp_path / "report.html"
    with StandinCrossref(_records(), LIMITS) as server:
        result = verify(path, server.url, tmp_path / "cache", "--format", "html", "-o", str(out))
        assert {port for _, port in connections} == {urlsplit(server.url).port}
    assert result.exit_code == 0, result.stderr
    return out.read_text(encoding="utf-8")


def test_hostile_values_are_escaped(page: str) -> None:
    assert IMG not in page and "<script>alert" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # the record value did reach the page
    assert "&lt;/script&gt;" in page  # and so did the printed reference
    parsed = Elements()
    parsed.feed(page)
    names = [tag for tag, _ in parsed.tags]
    assert "img" not in names and names.count("script") == 2
    assert page.count("</script") == 2
    handlers = [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    assert handlers == []


def test_the_embedded_json_keeps_the_values_exactly(page: str) -> None:
    parsed = Elements()
    parsed.feed(page)
    data = json.loads(parsed.scripts[0])
    titles = {r["fields"]["doi"]: r["record"]["title"] for r in data["references"]}
    assert titles[TARGET] == f"Synaptic plasticity and depression {IMG}"
    raws = [r["raw"] for r in data["references"]]
    assert any(SCRIPT in raw for raw in raws)


def test_a_strict_policy_and_no_external_assets(page: str) -> None:
    parsed = Elements()
    parsed.feed(page)
    policies = [
        attrs.get("content") or ""
        for tag, attrs in parsed.tags
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "content-security-policy"
    ]
    assert len(policies) == 1 and "default-src 'none'" in policies[0]
    assert "unsafe-inline" not in policies[0] and "unsafe-eval" not in policies[0]
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            if name in _SOURCE_ATTRS and value:
                # Only in-page anchors and links to doi.org: nothing is fetched to show the page.
                assert tag == "a", (tag, name, value)
                assert urlsplit(value).netloc in ("", "doi.org"), value
    assert not [t for t, _ in parsed.tags if t in ("link", "iframe", "object", "embed", "base")]
    assert "url(" not in page and "@import" not in page


def test_doi_links_cannot_leave_the_doi_path(tmp_path: Path, server: StandinCrossref) -> None:
    line = "- Evil, A. (2020). A hostile identifier. *J. Tests* 1, 1–2. doi: 10.1234/../../evil"
    out = tmp_path / "report.html"
    result = verify(write_article(tmp_path, [line]), server.url, None, "-f", "html", "-o", str(out))
    assert result.exit_code == 3, result.stderr  # the dot segments are never sent: unchecked
    parsed = Elements()
    parsed.feed(out.read_text(encoding="utf-8"))
    hrefs = [attrs.get("href") or "" for tag, attrs in parsed.tags if tag == "a"]
    paths = [urlsplit(h).path for h in hrefs if urlsplit(h).netloc == "doi.org"]
    assert not [p for p in paths if {".", ".."} & set(p.split("/"))]
    assert "10.1234/../../evil" in out.read_text(encoding="utf-8")  # shown, not linked
