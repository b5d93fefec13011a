"""Publisher house forms the other styles lack, typeset from JATS markup (session 13).

Used by callout_styles.py. Like callout_typeset.py, every citation group of the XML
(`callout_render.Article`) is printed again and its gold links are the xref `rid`s, never
claimcheck's output; the gold span is the printed group ("[12]", "(1, 2)", "Smith et al.,
2019a"), a lead word such as "Ref." or "Refs." left outside it. Styles:

- `physics` (Springer, APS, IOP): "[12]", "[3–5]", "[3, 7]"; a single work now and then
  as "Ref. [12]", several as "Refs. [3–5]"; numbered displayed equations named "Eq. (3)",
  "Eqs. (3) and (4)", figures "Fig. 2(a)", "Figs. 1(b) and 1(c)", tables "Table I"; list
  lines "[12] A. Smith, B. Jones, Journal 12, 1 (2019).";
- `acs`: "(1, 2)", "(3−5)" where the xref stood, beside "(Figure 1)", "(Figures S1
  and S2)", "(eq 3)", "(Table 2)", concentrations and times "(1.0 M)", "(2 h)"; displayed
  equations labelled "(3)"; list lines "(1) Smith, A.; Jones, B. Title. Journal 2019, 12,
  1−10.";
- `mdpi`: "[1,2,3]" (every number of a run printed, a run of four or more as "[4–7]"),
  "Smith et al. [5]" narrative, "Equation (1)" displayed and named, "Figure 2a", "Table 1";
  list lines "1. Smith, A.; Jones, B. Title. Journal 2019, 12, 1–10.";
- `elsevier` (Harvard): "(Smith et al., 2019a, b; Jones and Lee, 2020)", narrative "Smith
  et al. (2019a)", "Smith and Jones (2020)"; list lines "Smith, A., Jones, B., 2020. Title.
  Journal 12, 1–10.";
- `chicago` (author-date): "(Smith 2019, 45)", "(Smith and Jones 2020, 12–14)", "(see
  Smith 2019; Jones 2020)", narrative "Smith (2019, 45)"; list lines with full given names,
  "Smith, Anna, and Ben Jones. 2020. “Title.” Journal 12: 1–10.";
- `caps-vancouver`: brackets ("[4,5]", "[6-8]") beside a list whose names are in capitals
  ("1. SMITH A, JONES B. Title. J Test. 2019;12:1-10.");
- `nature-named`: Nature's superscripts glued to the word ("disease12,13"), and one group
  in four naming its works in a parenthesis ("(ref. 5)", "(refs 3,4)") or in the running
  text ("as in ref. 7"), as Nature's house does beside its superscripts; list lines as
  `mdpi`'s.

Every article carries a sentence of notation and statistics after every third paragraph
(`callout_render.STATISTICS`) and, in the numeric styles, a numbered displayed equation after
every fourth paragraph with a sentence naming it; a link found there costs precision.
"""

from __future__ import annotations

import random
import re

from callout_render import STATISTICS, Article, Ref
from callout_typeset import add_suffixes, list_after, numbering, years_printed

Span = tuple[int, int]
Gold = list[tuple[Span, str]]
PUB = ("physics", "acs", "mdpi", "elsevier", "chicago", "caps-vancouver", "nature-named")
_NUMERIC = ("physics", "acs", "mdpi", "caps-vancouver", "nature-named")
_GIVEN = ("Anna", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hugo", "Ines", "Jon")
_FORMULAS = ("E = m c 2", "ψ ( x , t ) = A e i ( k x − ω t )", "Δ G = Δ H − T Δ S",
             "k obs = k 1 [ S ] / ( K M + [ S ] )", "J = − D ∂ c / ∂ x")
_NAMED = {  # how each style names equation k (j = k - 1) in the sentence after it
    "physics": ("Eq. ({k})", "Eqs. ({j}) and ({k})", "Equation ({k})"),
    "acs": ("eq {k}", "eqs {j} and {k}", "(eq {k})"),
    "mdpi": ("Equation ({k})", "Equations ({j}) and ({k})", "Equation ({k})"),
    "caps-vancouver": ("Eq. ({k})", "equation ({k})", "Eqs. ({j})–({k})"),
    "nature-named": ("equation ({k})", "equations ({j}) and ({k})", "equation ({k})"),
}
_AFTER = {  # figures, tables and quantities in each numeric style's own form
    "physics": "Using {eq}, the spectra of Fig. 2(a) and Figs. 1(b) and 1(c) agree with "
               "Table I within 3%.",
    "acs": "Using {eq}, the rate at 298 K (Figure 2) matched the values in Table 2 (1.0 M "
           "NaCl, 2 h; Figures S1 and S2).",
    "mdpi": "Using {eq}, the curves in Figure 2a and the data in Table 1 (n = 5) agree.",
    "caps-vancouver": "Using {eq}, the results of Figure 2(b) and Table 3 agree (p < 0.05).",
    "nature-named": "Using {eq}, the fits of Fig. 2b and Extended Data Fig. 3 agree (n = 12 "
                    "mice; P = 0.02).",
}


def render_pub(article: Article, style: str) -> tuple[str, Gold, dict[int, str]]:
    """The article typeset in `style`, its gold links and the reference id of each list line."""
    numbered = style in _NUMERIC
    numbers = numbering(article) if numbered else {}
    if not numbered:
        add_suffixes(article)
    text, gold, equation = "Introduction\n\n", [], 0
    for i, paragraph in enumerate(article.paragraphs):
        for j, piece in enumerate(paragraph):
            if isinstance(piece, str):
                text += re.sub(r"\s+", " ", piece)
                continue
            rng = random.Random(f"{article.name}:pub:{i}:{j}")
            if numbered:
                text = _numeric(text, [numbers[t] for t in piece], piece, (style, rng), gold)
            else:
                text = _author_year(text, article, piece, (style, rng), gold)
        text = text.rstrip() + "\n\n"
        if numbered and i % 4 == 3:
            equation += 1
            text += _equation(article.name, style, equation)
        if i % 3 == 2:
            text += STATISTICS[(i // 3) % len(STATISTICS)] + "\n\n"
    text, lines = list_after(text, article, numbers, lambda r, n: _entry(r, n, style))
    return text, gold, lines


def _equation(name: str, style: str, k: int) -> str:
    """A displayed formula labelled (k), on its line or the next, and a sentence naming it."""
    rng = random.Random(f"{name}:pub-eq:{k}")
    formula = rng.choice(_FORMULAS)
    shown = f"{formula}\n({k})" if rng.random() < 0.3 else f"{formula} ({k})"
    forms = _NAMED[style] if k > 1 else _NAMED[style][:1]
    named = rng.choice(forms).format(j=k - 1, k=k)
    return f"{shown}\n\n{_AFTER[style].format(eq=named)}\n\n"


def _numbers(numbers: list[int], style: str) -> str:
    """The group's numbers in the style's own way: runs of three (MDPI: four) or more as a
    range, the rest listed."""
    dash, comma = {"physics": ("–", ", "), "acs": ("−", ", "), "mdpi": ("–", ","),
                   "caps-vancouver": ("-", ","), "nature-named": ("–", ",")}[style]
    shortest = 4 if style == "mdpi" else 3
    parts: list[str] = []
    run: list[int] = []
    for n in [*sorted(set(numbers)), -1]:
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            parts.extend([f"{run[0]}{dash}{run[-1]}"] if len(run) >= shortest else map(str, run))
        run = [n]
    return comma.join(parts)


def _numeric(text: str, numbers: list[int], targets: tuple[str, ...],
             context: tuple[str, random.Random], gold: Gold) -> str:
    style, rng = context
    printed = _numbers(numbers, style)
    if style == "nature-named":
        return _nature(text, printed, targets, rng, gold)
    printed = f"({printed})" if style == "acs" else f"[{printed}]"
    text = text.rstrip() + " "
    if style == "physics" and rng.random() < 0.2:  # "as shown in Ref. [12]"
        text += "Refs. " if len(targets) > 1 else "Ref. "
    start = len(text)
    text += printed
    gold.extend(((start, len(text)), t) for t in targets)
    return text


def _nature(text: str, printed: str, targets: tuple[str, ...], rng: random.Random,
            gold: Gold) -> str:
    """Nature's superscripts glued to the word, or, one group in four, the works named in a
    parenthesis ("(ref. 5)", "(refs 3,4)") or the running text ("as in ref. 7")."""
    text = text.rstrip()
    draw = rng.random()
    if draw < 0.15:
        text += " (refs " if len(targets) > 1 else " (ref. "
    elif draw < 0.25:
        text += " as in refs " if len(targets) > 1 else " as in ref. "
    start = len(text)
    text += printed
    gold.extend(((start, len(text)), t) for t in targets)
    return text + (")" if draw < 0.15 else "")


def _author_year(text: str, article: Article, targets: tuple[str, ...],
                 context: tuple[str, random.Random], gold: Gold) -> str:
    style, rng = context
    refs = [article.refs[t] for t in targets]
    chicago = style == "chicago"
    comma = "" if chicago else ","
    text = text.rstrip() + " "
    if len(refs) == 1 and rng.random() < 0.3:  # narrative: "Smith et al. (2019a)"
        pin = f", {rng.randint(3, 300)}" if chicago and rng.random() < 0.4 else ""
        start = len(text)
        text += f"{_names(refs[0])} ({refs[0].year}{refs[0].suffix}{pin})"
        gold.append(((start, len(text)), targets[0]))
        return text
    text += "(" + ("see " if chicago and rng.random() < 0.15 else "")
    for n, (names, years, keys) in enumerate(_units(refs, list(targets))):
        text += "; " if n else ""
        start = len(text)
        text += f"{names}{comma} {years}"
        gold.extend(((start, len(text)), k) for k in keys)
        if chicago and len(keys) == 1 and rng.random() < 0.35:
            page = rng.randint(3, 300)
            text += f", {page}" if rng.random() < 0.6 else f", {page}–{page + 4}"
    return text + ")"


def _names(ref: Ref) -> str:
    names = ref.surnames
    return f"{names[0]} et al." if len(names) >= 3 else " and ".join(names)


def _units(refs: list[Ref], keys: list[str]) -> list[tuple[str, str, list[str]]]:
    """Works of one author list merged as Elsevier prints them: "2019a, b", "2001, 2003"."""
    units: list[tuple[str, list[str], list[str]]] = []
    for ref, key in zip(refs, keys, strict=True):
        found = next((u for u in units if u[0] == _names(ref)), None)
        if found:
            found[1].append(ref.year + ref.suffix)
            found[2].append(key)
        else:
            units.append((_names(ref), [ref.year + ref.suffix], [key]))
    out = []
    for names, years, ks in units:
        printed = years_printed(years)
        out.append((names, printed, ks))
    return out


def _entry(ref: Ref, number: int, style: str) -> str:
    year, names = ref.year + ref.suffix, ref.surnames
    if style == "physics":
        authors = ", ".join(f"{chr(65 + i % 26)}. {n}" for i, n in enumerate(names[:6]))
        return f"[{number}] {authors}, {ref.source} {ref.volume}, {ref.pages} ({year})."
    if style in ("acs", "mdpi", "nature-named"):
        authors = "; ".join(f"{n}, {chr(65 + i % 26)}." for i, n in enumerate(names[:8]))
        label = f"({number})" if style == "acs" else f"{number}."
        pages = ref.pages.replace("–", "−") if style == "acs" else ref.pages
        return f"{label} {authors} {ref.title}. {ref.source} {year}, {ref.volume}, {pages}."
    if style == "caps-vancouver":
        authors = ", ".join(f"{n.upper()} {chr(65 + i % 26)}" for i, n in enumerate(names[:6]))
        return f"{number}. {authors}. {ref.title}. {ref.source}. {year};{ref.volume}:{ref.pages}."
    if style == "elsevier":
        authors = ", ".join(f"{n}, {chr(65 + i % 26)}." for i, n in enumerate(names))
        return f"{authors}, {year}. {ref.title}. {ref.source} {ref.volume}, {ref.pages}."
    given = [_GIVEN[sum(map(ord, n)) % len(_GIVEN)] for n in names]
    people = [f"{names[0]}, {given[0]}"] + [f"{g} {n}" for g, n in zip(given[1:], names[1:],
                                                                       strict=True)]
    authors = people[0] if len(people) == 1 else (
        ", ".join(people[:-1]) + ", and " + people[-1])
    return f"{authors}. {year}. “{ref.title}.” {ref.source} {ref.volume}: {ref.pages}."
