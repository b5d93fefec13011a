"""Callout forms of publishers the shared sets lack, typeset from JATS markup, with statistics.

Used by callout_styles.py. Like callout_typeset.py, every citation group of the XML
(`callout_render.Article`) is printed again and its gold links are the xref `rid`s, never
claimcheck's output. Each article draws a house form from its name (the same text on every
run) and each group a few details of its own:

- `sup-flat`: Vancouver superscripts as PDF text extraction flattens them: glued
  ("disease12,13"), after a space ("disease 12–14", one house in three), after the mark
  that closes a clause ("disease.12"), ranges with "-" or "–", commas with or without a
  space ("12, 13"), a range from two numbers on in some houses ("12-13"); and repeats of an
  earlier group after a closing parenthesis, a quotation mark, a unit or a percentage
  ("(ICU)12", "“fitness”12", "10 mg/kg12", "45%12");
- `vancouver-mix`: brackets or parentheses (one per house) with ranges and commas mixed
  ("[1,3-5,8]", "[1, 3–5]", "(2-4, 7)"), IEEE chains now and then ("[3]-[5]");
- `ay-wild`: author-year in a house form: "et al." or "et al" without its full stop, two
  names joined by "and", "&", "und", "et" or "y", a comma before the year or none, names in
  capitals in some houses (small capitals extracted as capitals: "SMITH and JONES, 2001"),
  name particles on some surnames ("van der Berg", "de Souza", "Le Roux"), page pinpoints
  ("(Smith 2001: 45)", "(Smith, 2001, p. 45)", "(Smith 2001, pp. 45–47)"), year letters
  merged ("Smith (2001a, b)"), organisations cited by acronym ("(WHO 2019)").

Every article of these styles carries a statistics-heavy sentence after every second
paragraph (`STATS_WILD`: p-values, confidence intervals, "n = 12", an equation labelled
"(3)", figures and tables, powers flattened "10 5", dates, gene names with digits); a link
found there costs precision.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from callout_render import Article, Ref
from callout_typeset import (
    add_suffixes,
    list_after,
    marks_first,
    numbering,
    sort_key,
    typeset_entry,
    years_printed,
)

Span = tuple[int, int]
WILD = ("sup-flat", "vancouver-mix", "ay-wild")
STATS_WILD = (
    "Survival was longer in the treated group (HR 0.62, 95% CI 0.48–0.80; P < 0.001; n = 212).",
    "Cells were seeded at 1 × 10 5 per well and counted after 24 h (mean ± SD, 12.3 ± 1.2).",
    "The fitted model\ny = α + β x + ε (3)\nexplained most of the variance (R 2 = 0.71), "
    "see Table 2 and Fig. 3b.",
    "Samples collected between 12 March 2019 and 30 June 2020 (n = 48) were sequenced.",
    "Carriers of BRCA1 or TP53 variants (OR 2.1, 95% CI 1.3–3.4) and IL-6 levels above "
    "12 pg/ml (p = 0.02) were compared.",
    "Antibody was diluted 1:100 (clone 4G10) and incubated at 37 °C for 2 h (Fig. 2c).",
    "Scores ranged from 1 to 5 (median 3, IQR 2–4), and 17% (95% CI 12–22) reported pain.",
    "The H3K27me3 mark and CD4+ counts (cells/µl, 350 [210–520]) differed (t 24 = 2.1).",
    # session 10 review: labels, equation labels, counts after a callout, flattened formulas
    "Hypothesis 1 was supported and Hypothesis 2 was not. Condition 1 and Condition 2 "
    "differed, and batch 2 was lost.",
    "Light was fitted (eqn 2) and summed (Fig. 2; eqns 1 and 2) in solutions containing 5, "
    "10, 25, and 50 μM HClO4.",
    "The ratio of CO 2 and O 2 was stable, the area was 4 m 2 in each plot, vitamin B 12 "
    "was low and flux was 2 mmol l 1 in adolescents 13 to 17.",
)
_PARTICLES = ("van", "van der", "de", "von", "da", "di", "Le", "De", "del", "van den")
_JOINS = (" and ", " & ", " und ", " et ", " y ")
_ET_AL = (" et al.", " et al", " et al.", " et al")
_PINPOINTS = (": 45", ", p. 45", ", pp. 45–47", ": 112–114", ", p 7")
_REPEATS = ("in intensive care (ICU){n}", "a sense of “fitness”{n}", "doses of 10 mg/kg{n}",
            "in 45%{n}", "as ‘stress’{n}", "in a cohort (n = 40){n}")


def render_wild(article: Article, style: str) -> tuple[str, list[tuple[Span, str]],
                                                       dict[int, str]]:
    """The article typeset in `style`, its gold links and the reference id of each list line."""
    house = random.Random(f"{article.name}:wild")
    if style == "ay-wild":
        article = _with_particles(article)
        add_suffixes(article)
    numbers = {} if style == "ay-wild" else numbering(article)
    setting = _house(style, house)
    text, gold = "Introduction\n\n", []
    last: tuple[str, ...] = ()
    for i, paragraph in enumerate(article.paragraphs):
        pieces = marks_first(paragraph) if setting["marks_first"] else paragraph
        for j, piece in enumerate(pieces):
            if isinstance(piece, str):
                text += re.sub(r"\s+", " ", piece)
                continue
            rng = random.Random(f"{article.name}:{i}:{j}")
            text = _group(text, (article, numbers, setting), piece, rng, gold)
            last = piece
        text = text.rstrip() + "\n\n"
        if style == "sup-flat" and i % 3 == 2 and last:
            text = _repeat(text, numbers, last, random.Random(f"{article.name}:r{i}"), gold)
        if i % 2 == 1:
            text += STATS_WILD[(i // 2) % len(STATS_WILD)] + "\n\n"
    text, lines = list_after(text, article, numbers,
                             lambda ref, number: _entry(ref, number, bool(numbers)))
    return text, gold, lines


def _house(style: str, house: random.Random) -> dict[str, object]:
    """The article's own habits, drawn once from its name."""
    return {
        "style": style, "spaced": house.random() < 0.33, "marks_first": style == "sup-flat"
        and house.random() < 0.5, "dash": house.choice(("-", "–")),
        "comma": house.choice((",", ",", ", ")), "pair_range": house.random() < 0.3,
        "opener": house.choice(("[]", "()")), "join": house.choice(_JOINS),
        "et_al": house.choice(_ET_AL), "year_comma": house.choice((", ", " ")),
        "capitals": house.random() < 0.3, "ieee": house.random() < 0.3,
    }


def _with_particles(article: Article) -> Article:
    """Some surnames given a particle, the same one wherever the surname is printed."""
    def particled(name: str) -> str:
        draw = random.Random(f"{name}:particle")
        if not re.fullmatch(r"[A-Z][a-z]+", name) or draw.random() >= 0.12:
            return name
        return f"{draw.choice(_PARTICLES)} {name}"

    refs = {key: replace(ref, surnames=[particled(n) for n in ref.surnames])
            for key, ref in article.refs.items()}
    return Article(article.name, refs, article.order, article.paragraphs, article.formulas)


def _compress(numbers: list[int], setting: dict[str, object], rng: random.Random) -> str:
    """Numbers printed with ranges and commas in the house's way, a detail drawn per group."""
    shortest = 2 if setting["pair_range"] else 3
    parts: list[str] = []
    run: list[int] = []
    for n in [*sorted(set(numbers)), -1]:
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run and len(run) >= shortest:
            parts.append(f"{run[0]}{setting['dash']}{run[-1]}")
        elif run:
            parts.extend(map(str, run))
        run = [n]
    comma = str(setting["comma"]) if rng.random() < 0.8 else ", "
    return comma.join(parts)


def _group(text: str, context: tuple[Article, dict[str, int], dict[str, object]],
           targets: tuple[str, ...], rng: random.Random, gold: list[tuple[Span, str]]) -> str:
    article, numbers, setting = context
    if setting["style"] == "ay-wild":
        return _author_year(text.rstrip() + " ", article, targets, (setting, rng), gold)
    printed = _compress([numbers[t] for t in targets], setting, rng)
    if setting["style"] == "sup-flat":
        text = text.rstrip() + (" " if setting["spaced"] and not text.rstrip().endswith(
            (".", ",", ";", ":")) else "")
    else:
        opener = str(setting["opener"])
        if setting["ieee"] and opener == "[]" and rng.random() < 0.5:
            printed = re.sub(r"\d+", r"[\g<0>]", printed)
        else:
            printed = opener[0] + printed + opener[1]
        text = text.rstrip() + " "
    start = len(text)
    text += printed
    gold.extend(((start, len(text)), t) for t in targets)
    return text


def _repeat(text: str, numbers: dict[str, int], targets: tuple[str, ...], rng: random.Random,
            gold: list[tuple[Span, str]]) -> str:
    """A sentence citing the last group again after a parenthesis, a quote, a unit or "%"."""
    printed = ",".join(str(n) for n in sorted(numbers[t] for t in targets))
    phrase = rng.choice(_REPEATS)
    head = "The same effect was seen " + phrase[: phrase.index("{n}")]
    start = len(text) + len(head)
    gold.extend(((start, start + len(printed)), t) for t in targets)
    return text + head + printed + " as before.\n\n"


def _names(ref: Ref, setting: dict[str, object], narrative: bool) -> str:
    names = list(ref.surnames)
    if setting["capitals"]:
        names = [n.upper() for n in names]
    if len(names) >= 3:
        return names[0] + str(setting["et_al"])
    join = str(setting["join"])
    if setting["capitals"] and not narrative and join == " et ":
        join = " & "  # "(SMITH et JONES" reads as a broken "et al."; no house prints it
    return join.join(names)


def _organisation(ref: Ref) -> str:
    """The acronym of a body named by two to five capitalised words and "of", "and", "for"
    ("World Health Organization" is "WHO"); "" for a person or another name."""
    words = ref.surnames[0].split() if len(ref.surnames) == 1 else []
    if not 2 <= len(words) <= 5 or not all(
            re.fullmatch(r"[A-Z][a-z]+|of|and|for", w) for w in words):
        return ""
    return "".join(w[0] for w in words if w[0].isupper())


def _author_year(text: str, article: Article, targets: tuple[str, ...],
                 context: tuple[dict[str, object], random.Random],
                 gold: list[tuple[Span, str]]) -> str:
    setting, rng = context
    refs = [article.refs[t] for t in targets]
    if len(refs) == 1 and rng.random() < 0.35:  # narrative: "Smith et al. (2001: 45)"
        start = len(text)
        ref = refs[0]
        pin = rng.choice(_PINPOINTS) if rng.random() < 0.2 else ""
        text += f"{_names(ref, setting, True)} ({ref.year}{ref.suffix}{pin})"
        gold.append(((start, len(text)), targets[0]))
        return text
    text += "("
    units = _units(refs, list(targets))
    for n, (ref, years, keys) in enumerate(units):
        text += "; " if n else ""
        start = len(text)
        name = _names(ref, setting, False)
        if short := _organisation(ref):  # APA: "World Health Organization [WHO], 2019" first
            seen = bool(setting.setdefault(short, False))
            name, setting[short] = (short if seen else f"{ref.surnames[0]} [{short}]"), True
        text += f"{name}{setting['year_comma']}{years}"
        gold.extend(((start, len(text)), k) for k in keys)
        if len(keys) == 1 and rng.random() < 0.15:
            text += rng.choice(_PINPOINTS)
    return text + ")"


def _units(refs: list[Ref], keys: list[str]) -> list[tuple[Ref, str, list[str]]]:
    """Works of one author list merged: "2001a, b" or "2001, 2003"."""
    order = sorted(range(len(refs)), key=lambda i: sort_key(refs[i]))
    units: list[tuple[Ref, list[str], list[str]]] = []
    for i in order:
        if units and units[-1][0].surnames == refs[i].surnames:
            units[-1][1].append(refs[i].year + refs[i].suffix)
            units[-1][2].append(keys[i])
        else:
            units.append((refs[i], [refs[i].year + refs[i].suffix], [keys[i]]))
    out = []
    for ref, years, ks in units:
        printed = years_printed(years)
        out.append((ref, printed, ks))
    return out


def _entry(ref: Ref, number: int, numbered: bool) -> str:
    """One list line: bracket-numbered, or APA with a body listed without initials."""
    if not numbered and _organisation(ref):
        return f"{ref.surnames[0]}. ({ref.year}{ref.suffix}). {ref.title}. {ref.source}."
    return typeset_entry(ref, number, "brackets" if numbered else "apa")
