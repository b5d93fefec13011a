"""The source text a claim is judged against, and how an abstract is cut into sentences.

Owns `SourceText` (title, sentences, and the basis the judgement rests on: the abstract, the
title alone, or nothing) and the sentence splitter. Markup is the caller's business: the
abstract arrives as plain text, with section titles (if any) on lines of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Basis = Literal["abstract", "fulltext", "title", "none"]


def _word_set(text: str) -> frozenset[str]:
    """A word list written as prose-wrapped text, one entry per whitespace-separated word."""
    return frozenset(text.split())


# Abbreviations whose full stop does not end a sentence in scholarly prose.
_ABBREVIATIONS = _word_set(
    """al e.g i.e etc fig figs vs cf approx ca no nos ref refs eq eqs sp spp dr mr mrs ms st
    vol pp jan feb mar apr jun jul aug sep sept oct nov dec resp incl"""
)
# A candidate boundary: terminal punctuation, optional closing quote/bracket, whitespace, and
# something that can start a sentence (capital, digit, opening bracket or quote).
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9(\[\"'])")
# Structured-abstract headings printed inline: "BACKGROUND: ...", "Methods: ...".
_HEADING = re.compile(
    r"\b(?:BACKGROUND|OBJECTIVES?|AIMS?|PURPOSE|INTRODUCTION|METHODS?|DESIGN|SETTING|"
    r"PARTICIPANTS|RESULTS?|FINDINGS|CONCLUSIONS?|INTERPRETATION|SIGNIFICANCE|"
    r"Background|Objectives?|Aims?|Purpose|Methods?|Results?|Findings|Conclusions?)\s*:\s*"
)


@dataclass(frozen=True, slots=True)
class SourceText:
    """What is openly known of a cited work's content, sentence by sentence."""

    title: str
    sentences: tuple[str, ...]
    basis: Basis


def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of an abstract; lines are hard boundaries, headings are dropped."""
    sentences: list[str] = []
    for line in text.splitlines():
        line = _HEADING.sub("\n", line)
        for part in line.split("\n"):
            sentences.extend(_split_line(part))
    return tuple(s for s in sentences if re.search(r"[A-Za-z]{2}", s) and not _is_heading(s))


def _is_heading(piece: str) -> bool:
    """A section title on a line of its own ("Conclusions"): short, no closing punctuation."""
    return len(piece.split()) <= 4 and not re.search(r"[.!?;,)\]]$", piece)


def _split_line(line: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        before = line[start : match.start()].rstrip("\"')]")
        last_word = before.rsplit(None, 1)[-1].lower().rstrip(".") if before.split() else ""
        # An abbreviation or a lone initial ("J. Smith") is not the end of a sentence.
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        pieces.append(line[start : match.start()].strip())
        start = match.end()
    pieces.append(line[start:].strip())
    return [p for p in pieces if p]


def source_from_record(title: str, abstract: str) -> SourceText:
    """The source text of a record: its abstract's sentences, else its title, else nothing."""
    title = " ".join(title.split())
    sentences = split_sentences(abstract)
    if sentences:
        return SourceText(title=title, sentences=sentences, basis="abstract")
    if title:
        return SourceText(title=title, sentences=(title,), basis="title")
    return SourceText(title="", sentences=(), basis="none")


def source_from_fulltext(title: str, text: str) -> SourceText:
    """The user's full text of a work, sentence by sentence (the judge picks the passages)."""
    sentences = split_sentences(text)
    if not sentences:
        return source_from_record(title, "")
    return SourceText(title=" ".join(title.split()), sentences=sentences, basis="fulltext")
