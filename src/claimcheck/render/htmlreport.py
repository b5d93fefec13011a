"""The HTML report: one self-contained file with a strict Content-Security-Policy.

Styles and the small sorting/filtering script are inlined from `assets/` and allowed by their
SHA-256 hashes, so the policy needs no 'unsafe-inline': even a value that escaped escaping could
not run a script, load an image or send anything anywhere (`default-src 'none'`). The JSON
report is embedded as a data block for tools that read the file.
"""

from __future__ import annotations

import base64
import hashlib
import json
from importlib.resources import files

import claimcheck
from claimcheck.model import Report
from claimcheck.render import htmlparts
from claimcheck.render.htmlparts import esc
from claimcheck.render.interface import Renderer
from claimcheck.render.jsonreport import report_to_dict, visible
from claimcheck.render.summary import summary_line

# Inside <script> the HTML parser looks only for `</script` and `<!--`; escaping every `<`, `>`
# and `&` as a JSON \u escape keeps the data valid JSON while making both impossible. U+2028
# and U+2029 are escaped too because older JavaScript parsers end a line on them.
_SCRIPT_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                "\u2029": "\\u2029"}


def script_json(value: object) -> str:
    """`value` as JSON that can be placed verbatim inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "".join(_SCRIPT_SAFE.get(ch, ch) for ch in text)


def asset(name: str) -> str:
    return files("claimcheck.render").joinpath("assets", name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(style: str, script: str) -> str:
    # frame-ancestors and sandbox are ignored in a <meta> policy, so they are not listed.
    return (f"default-src 'none'; style-src {csp_hash(style)}; script-src {csp_hash(script)}; "
            "img-src 'none'; base-uri 'none'; form-action 'none'")


def _header(report: Report) -> str:
    banner = ('<p class="incomplete">Some lookups could not be made; references marked '
              "unchecked were not verified. Rerun to complete them.</p>")
    return (f'<header><h1>claimcheck report</h1><p class="input">{esc(report.input)}</p>'
            f'<p class="summary-line">{esc(summary_line(report))}</p>'
            f"{'' if report.complete else banner}</header>")


class HtmlRenderer(Renderer):
    name = "html"

    def render(self, report: Report) -> str:
        report = visible(report)
        style, script = asset("report.css"), asset("report.js")
        version = esc(claimcheck.__version__)
        return "\n".join((
            "<!DOCTYPE html>",
            '<html lang="en">',
            '<head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" '
            # Written as is: the policy is ours, holds no data and no double quote.
            f'content="{content_security_policy(style, script)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f'<meta name="generator" content="claimcheck {version}">',
            f"<title>claimcheck report: {esc(report.input)}</title>",
            f"<style>{style}</style></head>",
            "<body>",
            _header(report),
            htmlparts.summary(report),
            htmlparts.findings(report),
            htmlparts.references(report),
            f"<footer>claimcheck {version}. The JSON report (schema version 1) is embedded in "
            "this file as the script element #claimcheck-report.</footer>",
            f'<script type="application/json" id="claimcheck-report">'
            f"{script_json(report_to_dict(report))}</script>",
            f"<script>{script}</script>",
            "</body>",
            "</html>",
            "",
        ))
