"""Output formats: a registry of renderers by name, plus the JSONL claim stream and summary line.

`renderer_for("json")` returns a ready `Renderer`; `FORMATS` lists the names the CLI accepts.
"""

from __future__ import annotations

from claimcheck.render.htmlreport import HtmlRenderer
from claimcheck.render.interface import Renderer, RenderError, RenderOptions, UnknownFormatError
from claimcheck.render.jsonreport import JsonRenderer, jsonl_claims, report_to_dict
from claimcheck.render.markdown import MarkdownRenderer
from claimcheck.render.sarif import SarifRenderer, report_to_sarif
from claimcheck.render.summary import summary_line
from claimcheck.render.table import TableRenderer

FORMATS: tuple[str, ...] = ("table", "json", "markdown", "html", "sarif")

RENDERERS: dict[str, type[Renderer]] = {
    cls.name: cls
    for cls in (TableRenderer, JsonRenderer, MarkdownRenderer, HtmlRenderer, SarifRenderer)
}


def renderer_for(name: str, options: RenderOptions | None = None) -> Renderer:
    """The renderer registered as `name`; `UnknownFormatError` (a ValueError) otherwise."""
    try:
        return RENDERERS[name](options)
    except KeyError:
        raise UnknownFormatError(name, FORMATS) from None


__all__ = [
    "FORMATS",
    "RENDERERS",
    "RenderError",
    "RenderOptions",
    "Renderer",
    "UnknownFormatError",
    "jsonl_claims",
    "renderer_for",
    "report_to_dict",
    "report_to_sarif",
    "summary_line",
]
