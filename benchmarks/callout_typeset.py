"""Typesets an `Article` (callout_render.py) as plain text in one citation style.

Returns the text, the gold links ((start, end) of each printed group, target id) and the
reference id of each list line. Numeric styles number the works in order of first citation
(uncited ones follow in list order); author-year styles sort the list by name and year and
give year suffixes to works that would print alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from callout_render import STATISTICS, Article, Piece, Ref

Span = tuple[int, int]
NUMERIC = ("superscript", "brackets", "parentheses", "superscript-parens", "ieee", "located")
GLUED = ("superscript", "superscript-parens")


def render(article: Article, style: str) -> tuple[str, list[tuple[Span, str]], dict[int, str]]:
    numbers = numbering(article) if style in NUMERIC else {}
    if style not in NUMERIC:
        add_suffixes(article)
    text = "Introduction\n\n"
    gold: list[tuple[Span, str]] = []
    for i, paragraph in enumerate(article.paragraphs):
        for piece in paragraph:
            if isinstance(piece, str):
                text += re.sub(r"\s+", " ", piece)
                continue
            text, span = _place(text, typeset_callout(article, piece, numbers, style), style)
            gold.extend((span, target) for target in piece)
        text = text.rstrip() + "\n\n"
        if i % 4 == 3:
            text += STATISTICS[(i // 4) % len(STATISTICS)] + "\n\n"
    text += "References\n\n"
    lines: dict[int, str] = {}
    ordered = sorted(article.refs, key=lambda k: numbers[k]) if numbers else sorted(
        article.refs, key=lambda k: sort_key(article.refs[k]))
    for key in ordered:
        lines[text.count("\n") + 1] = key
        text += typeset_entry(article.refs[key], numbers.get(key, 0), style) + "\n"
    return text, gold, lines


def numbering(article: Article) -> dict[str, int]:
    order: dict[str, int] = {}
    for paragraph in article.paragraphs:
        for piece in paragraph:
            for key in piece if isinstance(piece, tuple) else ():
                order.setdefault(key, len(order) + 1)
    for key in article.order:
        order.setdefault(key, len(order) + 1)
    return order


def add_suffixes(article: Article) -> None:
    seen: dict[str, list[Ref]] = {}
    for ref in article.refs.values():
        ref.suffix = ""
        seen.setdefault(_names(ref, "apa") + ref.year, []).append(ref)
    for same in seen.values():
        for i, ref in enumerate(same if len(same) > 1 else []):
            ref.suffix = "abcdefghijklmnopqrstuvwxyz"[i % 26]


def sort_key(ref: Ref) -> tuple[str, str, str]:
    return ref.surnames[0].lower(), ref.year, ref.suffix


def _names(ref: Ref, style: str) -> str:
    names = [n.upper() for n in ref.surnames] if style == "abnt" else ref.surnames
    if len(names) >= 3:
        return f"{names[0]} et al."
    joiner = {"apa": " & ", "harvard": " and ", "abnt": "; "}[style]
    return joiner.join(names)


def typeset_callout(article: Article, targets: tuple[str, ...], numbers: dict[str, int],
             style: str) -> str:
    if style in NUMERIC:
        printed = _compress(sorted(numbers[t] for t in targets))
        if style == "ieee":  # every number in its own brackets: "[1], [3], [5]–[7]"
            return re.sub(r"\d+", r"[\g<0>]", printed).replace(",", ", ")
        if style == "located" and printed.isdigit():
            return f"({printed}, p. {3 * int(printed) + 11})"  # a quotation's page
        return {"superscript": printed, "brackets": f"[{printed}]", "located": f"({printed})",
                "parentheses": f"({printed})", "superscript-parens": f"({printed})"}[style]
    comma = "" if style == "harvard" else ","
    cites = [f"{_names(article.refs[t], style)}{comma} {article.refs[t].year}"
             f"{article.refs[t].suffix}" for t in targets]
    return "(" + "; ".join(cites) + ")"


def _compress(numbers: list[int]) -> str:
    parts: list[str] = []
    run: list[int] = []
    for n in [*numbers, -1]:
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            parts.append(f"{run[0]}–{run[-1]}" if len(run) >= 3 else ",".join(map(str, run)))
        run = [n]
    return ",".join(parts)


def _place(text: str, callout: str, style: str) -> tuple[str, Span]:
    """The callout after the text: glued for superscripts, after one space otherwise."""
    text = text.rstrip() if style in GLUED else text.rstrip() + " "
    if text.endswith("\n "):
        text = text[:-1]
    return text + callout, (len(text), len(text) + len(callout))


def typeset_entry(ref: Ref, number: int, style: str) -> str:
    if style in NUMERIC:
        authors = ", ".join(f"{n} A" for n in ref.surnames[:6])
        published = f"{ref.year};{ref.volume}:{ref.pages}"
        return f"{number}. {authors}. {ref.title}. {ref.source}. {published}."
    year = f"{ref.year}{ref.suffix}"
    if style == "apa":
        authors = ", ".join(f"{n}, A." for n in ref.surnames)
        return f"{authors} ({year}). {ref.title}. {ref.source}, {ref.volume}, {ref.pages}."
    if style == "harvard":
        authors = ", ".join(f"{n}, A." for n in ref.surnames)
        return f"{authors} {year}. {ref.title}. {ref.source} {ref.volume}: {ref.pages}."
    authors = "; ".join(f"{n.upper()}, A." for n in ref.surnames)
    return f"{authors} {ref.title}. {ref.source}, v. {ref.volume}, p. {ref.pages}, {year}."


def list_after(text: str, article: Article, numbers: dict[str, int],
               entry: Callable[[Ref, int], str]) -> tuple[str, dict[int, str]]:
    """The text with the reference list after it (each line `entry(ref, number)`, in number
    order, else alphabetical), and the reference id of each list line."""
    text += "References\n\n"
    keys = sorted(article.refs, key=lambda k: numbers[k] if numbers else sort_key(
        article.refs[k]))
    lines: dict[int, str] = {}
    for key in keys:
        lines[text.count("\n") + 1] = key
        text += entry(article.refs[key], numbers.get(key, 0)) + "\n"
    return text, lines


def marks_first(paragraph: list[Piece]) -> list[Piece]:
    """Nature sets raised numbers after the punctuation that closes a clause: the mark
    after a group moves before it ("disease12,13." is printed "disease.12,13")."""
    pieces = list(paragraph)
    for j in range(1, len(pieces) - 1):
        before, after = pieces[j - 1], pieces[j + 1]
        if isinstance(pieces[j], tuple) and isinstance(before, str) and isinstance(after, str) \
                and after[:1] in (".", ",", ";", ":"):
            pieces[j - 1], pieces[j + 1] = before.rstrip() + after[0], after[1:]
    return pieces


def years_printed(years: list[str]) -> str:
    """One author's years as a callout prints them: "2019a, b" for letters of one year,
    else "2018, 2019"."""
    same = len(years) > 1 and all(y[:4] == years[0][:4] and y[4:] for y in years)
    return years[0] + ", " + ", ".join(y[4:] for y in years[1:]) if same else ", ".join(years)
