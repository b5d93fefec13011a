"""The HTML report in a real browser: headless Chromium renders it, runs only our script.

Skipped when no Chromium is installed (Debian: `apt-get install -y chromium`).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.render import renderer_for

from .conftest import sample_report
from .test_html import parse

PWN = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','1')\">"


def _browser() -> str:
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    pytest.skip("no Chromium installed")


def dump_dom(page: Path, profile: Path) -> str:
    command = [
        _browser(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", f"--user-data-dir={profile}", "--dump-dom", page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def dom(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The DOM after Chromium loaded the page and ran its scripts; one browser run per module."""
    tmp_path = tmp_path_factory.mktemp("browser")
    report = sample_report()
    hostile = replace(report.findings[0], printed=PWN)
    report = replace(report, findings=(hostile, *report.findings[1:]))
    page = tmp_path / "report.html"
    page.write_text(renderer_for("html").render(report), encoding="utf-8")
    return dump_dom(page, tmp_path / "profile")


def test_findings_table_renders_and_script_runs(dom: str) -> None:
    tags = parse(dom)
    rows = [a for t, a in tags.tags if t == "tr" and "data-severity" in a]
    assert len(rows) == 5
    html_attrs = next(a for t, a in tags.tags if t == "html")
    assert html_attrs.get("data-js") == "ready"  # the CSP hash lets our own script run
    assert "5 of 5 findings shown" in dom


def test_no_injected_element_exists_or_ran(dom: str) -> None:
    tags = parse(dom)
    assert not [t for t, _ in tags.tags if t == "img"]
    assert [t for t, _ in tags.tags].count("script") == 2
    html_attrs = next(a for t, a in tags.tags if t == "html")
    assert "data-pwned" not in html_attrs
    assert "&lt;img src=x onerror=alert(1)&gt;" in dom
