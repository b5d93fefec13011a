"""Claim text without its citation markers: the words a source has to support.

Strips the markers the pipeline and the tuning corpora leave in a citing sentence: numeric
brackets (`[12]`, `[3, 5-8]`), author-year callouts (`(Smith et al., 2020; Lee 2019a)`,
`Smith et al. (2020)`) and the Citation-Integrity corpus' `[<|cit|>]`-style tokens. Also
tells whether one callout cites a group of works (`cites_a_group`), which the judge weighs.
"""

from __future__ import annotations

import re

_TOKEN = r"<\|(?:multi_|other_)?cit\|>"
_NUM = r"\d{1,4}[a-z]?"
_NUM_LIST = rf"{_NUM}(?:\s*[-–—,;]\s*{_NUM})*"
# `[<|multi_cit|>,7]`, `[<|cit|>–11]`, `(<|cit|>)`: a marker token with numbers around it.
_TOKEN_GROUP = re.compile(rf"\s*[\[(]\s*(?:{_NUM_LIST}\s*[-–,;]\s*)?{_TOKEN}[^\])]*[\])]")
_BARE_TOKEN = re.compile(rf"\s*{_TOKEN}")
_NUMERIC = re.compile(rf"\s*\[\s*{_NUM_LIST}\s*\]")
_YEAR = r"(?:19|20)\d{2}[a-z]?"
# One author-year callout: optional "e.g.", names, optional "et al.", a year (or several).
_AUTHOR_YEAR = (
    rf"(?:(?:e\.g\.|i\.e\.|see(?: also)?|cf\.|reviewed in)\s*,?\s*)?"
    rf"[A-Z][^;()\[\]]{{0,80}}?,?\s*{_YEAR}(?:\s*,\s*{_YEAR})*"
)
_AUTHOR_YEAR_GROUP = re.compile(
    rf"\s*[(\[]\s*{_AUTHOR_YEAR}(?:\s*;\s*{_AUTHOR_YEAR})*\s*[)\]]"
)
_YEAR_ONLY = re.compile(rf"\s*\(\s*{_YEAR}(?:\s*[,;]\s*{_YEAR})*\s*\)")
# Parenthesised plain numbers are references in Vancouver-style text: "(12)", "(3, 4)".
_PAREN_NUMERIC = re.compile(rf"\s*\(\s*{_NUM_LIST}\s*\)")


def strip_citation_markers(text: str) -> str:
    """The claim without citation markers, whitespace collapsed and stray spaces before
    punctuation removed."""
    for pattern in (_TOKEN_GROUP, _BARE_TOKEN, _NUMERIC, _AUTHOR_YEAR_GROUP, _YEAR_ONLY,
                    _PAREN_NUMERIC):
        text = pattern.sub("", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    text = re.sub(r"([(\[])\s*[,;]?\s*([)\]])", "", text)  # brackets left empty
    return text.strip()


_GROUP_TOKEN = re.compile(r"<\|multi_cit\|>")
_BRACKET_LIST = re.compile(rf"\[\s*{_NUM}\s*[-–—,;]\s*{_NUM_LIST}\s*\]")
_PAREN_LIST = re.compile(rf"\(\s*{_NUM}\s*[,;]\s*{_NUM_LIST}\s*\)")
# Two or more author-year items ("Smith 2020; Lee 2019"), or one author's several years.
_AUTHOR_YEAR_LIST = re.compile(
    rf"[(\[]\s*{_AUTHOR_YEAR}(?:\s*;\s*{_AUTHOR_YEAR})+\s*[)\]]"
    rf"|[(\[][A-Z][^;()\[\]]{{0,80}}?,?\s*{_YEAR}\s*,\s*{_YEAR}[^()\[\]]*[)\]]"
)


def cites_a_group(text: str) -> bool:
    """The sentence cites several works in one callout ("[3, 5-8]", "(Smith 2020; Lee
    2019)"): each work of such a group often backs only part of the sentence, so one of them
    alone is less likely to substantiate it (issue 16, fifth pass)."""
    return any(p.search(text) for p in (_GROUP_TOKEN, _BRACKET_LIST, _PAREN_LIST,
                                        _AUTHOR_YEAR_LIST))
