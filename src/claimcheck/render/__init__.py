"""Output formats: a registry of renderers by name, plus the JSONL claim stream and summary line.

`renderer_for("json")` returns a ready `Renderer`; `FORMATS` lists the names the CLI accepts.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from claimcheck.render.interface import Renderer, RenderError, RenderOptions, UnknownFormatError
from claimcheck.render.jsonreport import jsonl_claims, report_to_dict
from claimcheck.render.summary import summary_line

FORMATS: tuple[str, ...] = ("table", "json", "markdown", "html", "sarif")
# Each renderer is imported when its format is asked for: the table needs rich, and start-up
# time counts (a JSON report never loads it).
_MODULES = {
    "table": ("claimcheck.render.table", "TableRenderer"),
    "json": ("claimcheck.render.jsonreport", "JsonRenderer"),
    "markdown": ("claimcheck.render.markdown", "MarkdownRenderer"),
    "html": ("claimcheck.render.htmlreport", "HtmlRenderer"),
    "sarif": ("claimcheck.render.sarif", "SarifRenderer"),
}


def renderer_class(name: str) -> type[Renderer]:
    module, attribute = _MODULES[name]
    cls: type[Renderer] = getattr(import_module(module), attribute)
    return cls


def renderer_for(name: str, options: RenderOptions | None = None) -> Renderer:
    """The renderer registered as `name`; `UnknownFormatError` (a ValueError) otherwise."""
    if name not in _MODULES:
        raise UnknownFormatError(name, FORMATS)
    return renderer_class(name)(options)


def __getattr__(name: str) -> Any:
    if name == "RENDERERS":
        return {fmt: renderer_class(fmt) for fmt in FORMATS}
    if name == "report_to_sarif":
        from claimcheck.render.sarif import report_to_sarif

        return report_to_sarif
    raise AttributeError(name)


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
