"""Callout styles held-out articles print and the shared sets rarely do, typeset from JATS.

Used by callout_styles.py. Like callout_typeset.py, every citation group of the XML
(`callout_render.Article`) is printed again and its gold links are the xref `rid`s, never
claimcheck's output. Styles:

- `nature`: superscripts as a PDF's text layer gives them, glued after the punctuation
  that ends a clause ("disease.12,13 The", "shown,4 that") and to the word otherwise
  ("shown1,3"), ranges with a hyphen ("12-14");
- `caps-mixed`: author-year with surnames in capitals (small capitals extracted as
  capitals), each article with one house form drawn from its name: names joined by ";",
  "and", "&" or "e", a comma before the year or none ("(SMITH and JONES 2001)"), works
  joined by ";", narrative "SILVA et al. (2010)"; its list in capitals or in mixed case;
- `ieee-eq`: IEEE brackets in an article with numbered displayed equations, which the text
  names bare, as IEEE articles do ("from (3) and (4)", "Eq. (3)");
- `parentheses-eq`: "(12)" citations in an article with numbered equations "(3)", "Eq.
  (3)", "eqn (3)", "Fig. 2(a)", "Table 1" and statistics.

The equation styles print every displayed formula of the XML with its label ("T = Σ S i
(1)"), and one more after every third paragraph, numbered on, with a sentence naming
equations, figures and tables right after it, in forms drawn per article and per place.
"""

from __future__ import annotations

import random
import re

from callout_render import STATISTICS, Article, Ref
from callout_typeset import (
    add_suffixes,
    list_after,
    marks_first,
    numbering,
    typeset_callout,
    typeset_entry,
)

Span = tuple[int, int]
HARD = ("nature", "caps-mixed", "ieee-eq", "parentheses-eq")
_FORMULAS = (
    "y i = β x i + ε i", "f ( x ) ≤ g ( x ) + ε ,", "L ( θ ) ∝ ∏ i p ( x i | θ )",
    "E [ Y | D = 1 ] = Σ w i Y i / Σ w i .", "d N / d t = r N ( 1 − N / K )",
    "τ ≡ Σ i n i σ i", "x → ∞ ,", "a = b + c\n+ d e −1",
)
_EQ_NAMES = ("Eq. ({k})", "Equation ({k})", "equation ({k})", "Eqs. ({j}) and ({k})",
             "eqn ({k})", "equations ({j})–({k})", "formula ({k})", "Eq. {k}")
_SENTENCES = (
    "Substituting {eq} gives the estimate shown in Fig. 2(a), and Table 1 lists its values.",
    "The bound of {eq} holds for every sample (n = 12; P < 0.05), as Figure 3(b) shows.",
    "With {eq}, the fitted curve (Fig. 4) agrees with Table 2 (mean 4.2, SD 1.1).",
)
_BARE = "From ({j}) and ({k}), the estimate in ({k}) follows; see Fig. 1(c)."


def render_hard(article: Article, style: str) -> tuple[str, list[tuple[Span, str]],
                                                       dict[int, str]]:
    """The article typeset in `style`, its gold links and the reference id of each list line."""
    numbers = {} if style == "caps-mixed" else numbering(article)
    add_suffixes(article)
    house = random.Random(f"{article.name}:house")
    form = (house.choice(("; ", " and ", " & ", " e ")), house.choice((", ", " ")),
            house.random() < 0.5)
    text, gold, equation = "Introduction\n\n", [], 0
    for i, paragraph in enumerate(article.paragraphs):
        pieces = marks_first(paragraph) if style == "nature" else paragraph
        for j, piece in enumerate(pieces):
            if isinstance(piece, str):
                text += re.sub(r"\s+", " ", piece)
                continue
            rng = random.Random(f"{article.name}:{i}:{j}")
            text = _group(text, article, piece, (style, numbers, form), rng, gold)
        text = text.rstrip() + "\n\n"
        if style.endswith("-eq"):
            text, equation = _equations(text, article, i, equation, style)
        if i % 4 == 3:
            text += STATISTICS[(i // 4) % len(STATISTICS)] + "\n\n"
    style = "brackets" if numbers else "abnt" if form[2] else "apa"
    text, lines = list_after(text, article, numbers,
                             lambda ref, number: typeset_entry(ref, number, style))
    return text, gold, lines


def _group(text: str, article: Article, targets: tuple[str, ...],
           setting: tuple[str, dict[str, int], tuple[str, str, bool]], rng: random.Random,
           gold: list[tuple[Span, str]]) -> str:
    style, numbers, form = setting
    if style == "caps-mixed":
        return _caps(text.rstrip() + " ", [article.refs[t] for t in targets], list(targets),
                     (form[0], form[1], rng), gold)
    if style == "nature":  # a PDF's text layer: glued, ranges with a hyphen
        text = text.rstrip()
        start = len(text)
        text += typeset_callout(article, targets, numbers, "superscript").replace("–", "-")
    else:
        printed = typeset_callout(article, targets, numbers, "ieee" if style == "ieee-eq"
                           else "parentheses")
        text = text.rstrip() + " "
        start = len(text)
        text += printed
    gold.extend(((start, len(text)), t) for t in targets)
    return text


def _caps(text: str, refs: list[Ref], keys: list[str],
          form: tuple[str, str, random.Random], gold: list[tuple[Span, str]]) -> str:
    join, comma, rng = form
    names = [_caps_names(r, join) for r in refs]
    if len(refs) == 1 and rng.random() < 0.4:  # narrative: "SILVA et al. (2010)"
        start = len(text)
        narrative = names[0].replace("; ", " e ") if rng.random() < 0.5 else names[0]
        text += f"{narrative} ({refs[0].year}{refs[0].suffix})"
        gold.append(((start, len(text)), keys[0]))
        return text
    text += "("
    for n, (ref, key) in enumerate(zip(refs, keys, strict=True)):
        text += "; " if n else ""
        start = len(text)
        text += f"{names[n]}{comma}{ref.year}{ref.suffix}"
        gold.append(((start, len(text)), key))
    return text + ")"


def _caps_names(ref: Ref, join: str) -> str:
    names = [n.upper() for n in ref.surnames]
    return f"{names[0]} et al." if len(names) >= 3 else join.join(names)


def _equations(text: str, article: Article, paragraph: int, equation: int,
               style: str) -> tuple[str, int]:
    """The article's displayed formulas after `paragraph`, and one of ours after every third
    paragraph with a sentence naming it; returns the text and the last equation number."""
    for at, formula, label in article.formulas:
        if at == paragraph and formula:
            number = re.sub(r"\D", "", label)
            equation = max(equation, int(number)) if number else equation
            text += f"{formula} ({number})\n\n" if number else f"{formula}\n\n"
    if paragraph % 3 != 2:
        return text, equation
    equation += 1
    rng = random.Random(f"{article.name}:eq:{paragraph}")
    formula = rng.choice(_FORMULAS)
    label = f"({equation})"
    text += f"{formula}\n{label}\n\n" if rng.random() < 0.3 else f"{formula} {label}\n\n"
    j, k = max(1, equation - 1), equation
    if style == "ieee-eq" and j < k and rng.random() < 0.5:
        return text + _BARE.format(j=j, k=k) + "\n\n", equation
    named = rng.choice(_EQ_NAMES if j < k else _EQ_NAMES[:3]).format(j=j, k=k)
    return text + rng.choice(_SENTENCES).format(eq=named) + "\n\n", equation
