"""Author-year callouts in the mixed forms real articles print, typeset from JATS markup.

Used by callout_styles.py. Like callout_typeset.py, every citation group of the XML
(`callout_render.Article`) is printed again and its gold links are the xref `rid`s, never
claimcheck's output; unlike it, each group takes one of many forms, chosen by a seeded
random draw per group (the same text on every run):

- names: "et al." for three or more, or (APA's first citation) all of up to five, "Smith,
  Jones, & Lee"; two joined by "&" in parentheses, by "and" (or now and then "&") in text;
- narrative, for a group of one author list: "Smith and Jones (2001)", "Smith et al.
  (2001a, b)", "Smith's (2001)", "Smith et al.'s (2001)", "Smith and colleagues (2001)",
  "Smith (2001, p. 23)", after a lead-in ("as shown by") or none;
- parenthetical, works of one author list merged ("Smith et al., 2001a, b", "Lee, 2001,
  2003"), with cue words ("e.g.", "see also", "cf.", "reviewed in", "but see"), a cue
  before the last work ("; see also"), a page or chapter locator, a trailing remark
  (", for a review"), or Harvard's bare space before the year ("(Smith et al. 2001)").

Styles: `apa-forms` (English, "&" in parentheses), `caps-forms` (ABNT: capitals in
parentheses "(SMITH; LEE, 2001)", narrative in title case or capitals "SMITH e LEE (2001)";
the list prints no year letters, the text does: "2001a" is the first such work listed),
`cyrillic` (every name transliterated, "и" and "и др.", a GOST-like list) and `cjk`
(every name a two-character Chinese name, full-width punctuation, "等" for et al., "、"
between two names, narrative glued to the Han word before: "见王伟等（2001）").

Gold spans are one per printed author list (its years included), so a link to the right
work from the wrong part of a group does not count.
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from dataclasses import replace

from callout_render import STATISTICS, Article, Ref
from callout_typeset import add_suffixes, sort_key

Span = tuple[int, int]
FORMS = ("apa-forms", "caps-forms", "cyrillic", "cjk")
_CYR = dict(zip("abcdefghijklmnopqrstuvwyz", "абкдефгхийклмнопкрстувуыз", strict=True))
_HAN_FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘"
_HAN_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰辉建国志红"
_CUES = ("e.g., ", "see ", "see also ", "cf. ", "reviewed in ", "but see ")
_LEADS = ("", "", "as shown by ", "according to ", "in ")


def render_forms(article: Article, style: str) -> tuple[str, list[tuple[Span, str]],
                                                        dict[int, str]]:
    """The article typeset in `style`, its gold links and the reference id of each list line."""
    refs = {k: replace(r, surnames=[_script(n, style) for n in r.surnames])
            for k, r in article.refs.items()}
    article = Article(article.name, refs, article.order, article.paragraphs)
    add_suffixes(article)
    text, gold = "Introduction\n\n", []
    for i, paragraph in enumerate(article.paragraphs):
        for j, piece in enumerate(paragraph):
            if isinstance(piece, str):
                text += re.sub(r"\s+", " ", piece)
                continue
            rng = random.Random(f"{article.name}:{i}:{j}")
            text = text.rstrip() + ("" if style == "cjk" else " ")
            text = _group(text, [refs[t] for t in piece], list(piece), style, rng, gold)
        text = text.rstrip() + "\n\n"
        if i % 4 == 3:
            text += STATISTICS[(i // 4) % len(STATISTICS)] + "\n\n"
    text += "References\n\n"  # under "参考文献" ingest found no list in these texts
    lines: dict[int, str] = {}
    for key in sorted(refs, key=lambda k: sort_key(refs[k])):
        lines[text.count("\n") + 1] = key
        text += _entry(refs[key], style) + "\n"
    return text, gold, lines


def _script(name: str, style: str) -> str:
    if style == "cjk":
        code = zlib.crc32(name.encode())
        return _HAN_FAMILY[code % len(_HAN_FAMILY)] + _HAN_GIVEN[(code >> 8) % len(_HAN_GIVEN)]
    if style != "cyrillic":
        return name
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if c.isalpha() or c in " -")
    out = (_CYR.get(c.lower(), "кс" if c.lower() == "x" else c) for c in plain)
    return "".join(o.capitalize() if c.isupper() else o for c, o in zip(plain, out, strict=True))


def _units(refs: list[Ref], keys: list[str]) -> list[tuple[Ref, list[str], list[str]]]:
    """Works in list order, those of one author list merged: (first ref, years, keys)."""
    order = sorted(range(len(refs)), key=lambda i: sort_key(refs[i]))
    units: list[tuple[Ref, list[str], list[str]]] = []
    for i in order:
        ref = refs[i]
        if units and units[-1][0].surnames == ref.surnames:
            units[-1][1].append(ref.year + ref.suffix)
            units[-1][2].append(keys[i])
        else:
            units.append((ref, [ref.year + ref.suffix], [keys[i]]))
    return units


def _years(years: list[str]) -> str:
    """ "2001a, b" for one year's works, "2001, 2003" otherwise."""
    if len(years) > 1 and all(y[:4] == years[0][:4] and y[4:] for y in years):
        return years[0] + ", " + ", ".join(y[4:] for y in years[1:])
    return ", ".join(years)


def _names(ref: Ref, style: str, narrative: bool, rng: random.Random) -> str:
    names = ref.surnames
    caps = style == "caps-forms" and (not narrative or rng.random() < 0.3)
    names = [n.upper() for n in names] if caps else names
    etal = {"cyrillic": " и др.", "cjk": "等"}.get(style, " et al.")
    draw = rng.random()
    if style == "apa-forms" and 3 <= len(names) <= 5 and draw < 0.2:  # APA's first citation
        return ", ".join(names[:-1]) + (", and " if narrative else ", & ") + names[-1]
    if len(names) >= 3:
        return names[0] + etal
    join = {"cyrillic": " и ", "cjk": "、", "caps-forms": " e " if narrative else "; "}
    ampersand = " & " if not narrative or draw < 0.15 else " and "
    return join.get(style, ampersand).join(names)


def _group(text: str, refs: list[Ref], keys: list[str], style: str, rng: random.Random,
           gold: list[tuple[Span, str]]) -> str:
    units = _units(refs, keys)
    cjk = style == "cjk"
    open_, close, semi, comma = ("（", "）", "；", "，") if cjk else ("(", ")", "; ", ", ")
    if len(units) == 1 and rng.random() < 0.4:
        return _narrative(text, units[0], style, rng, gold, (open_, close))
    latin = style in ("apa-forms", "caps-forms")
    if style == "apa-forms" and rng.random() < 0.2:
        comma = " "  # Harvard: "(Smith et al. 2001; Lee 2003)"
    text += open_ + (rng.choice(_CUES) if latin and rng.random() < 0.25 else "")
    for n, (ref, years, targets) in enumerate(units):
        if n:
            cue = latin and n == len(units) - 1 and rng.random() < 0.15
            text += semi + ("see also " if cue else "")
        start = len(text)
        text += _names(ref, style, False, rng) + comma + _years(years)
        gold.extend(((start, len(text)), t) for t in targets)
        if latin and len(years) == 1 and rng.random() < 0.1:
            text += rng.choice((", p. 23", ", pp. 112–114", ", chap. 3", ": 45"))
    if latin and rng.random() < 0.08:
        text += rng.choice((", for a review", ", and references therein"))
    return text + close


def _narrative(text: str, unit: tuple[Ref, list[str], list[str]], style: str,
               rng: random.Random, gold: list[tuple[Span, str]], marks: tuple[str, str]) -> str:
    ref, years, targets = unit
    text += "见" if style == "cjk" else rng.choice(_LEADS) if style == "apa-forms" else ""
    start = len(text)
    names, draw = _names(ref, style, True, rng), rng.random()
    if style == "apa-forms" and draw < 0.25:
        many = len(ref.surnames) >= 3
        mark = "'s" if draw < 0.17 else "’s"
        names = f"{ref.surnames[0]} and colleagues" if many and draw < 0.1 else names + mark
    located = len(years) == 1 and draw > 0.85 and style != "cjk"
    text += names + ("" if style == "cjk" else " ") + marks[0] + _years(years)
    text += (", p. 23" if located else "") + marks[1]
    gold.extend(((start, len(text)), t) for t in targets)
    return text


def _entry(ref: Ref, style: str) -> str:
    year = ref.year + ref.suffix
    if style == "cjk":
        return f"{', '.join(ref.surnames)}. {ref.title}[J]. {ref.source}, {year}, " \
               f"{ref.volume}: {ref.pages}."
    if style == "cyrillic":
        authors = ", ".join(f"{n} А." for n in ref.surnames)
        return f"{authors} {ref.title} // {ref.source}. {year}. Т. {ref.volume}. С. {ref.pages}."
    if style == "caps-forms":  # as many ABNT lists: no letters after the year, only in text
        authors = "; ".join(f"{n.upper()}, A." for n in ref.surnames)
        return f"{authors} {ref.title}. {ref.source}, v. {ref.volume}, p. {ref.pages}, {ref.year}."
    authors = ", ".join(f"{n}, A." for n in ref.surnames)
    return f"{authors} ({year}). {ref.title}. {ref.source}, {ref.volume}, {ref.pages}."
