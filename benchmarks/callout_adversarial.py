"""Callouts in forms the shared sets lack, written by hand: link F1 through the plain-text path.

The shared JATS sets come from a few publishers; the held-out measurement found our weak
spot in other publishers' house forms. This script holds short articles written for this
benchmark (our own text, no article copied) in such forms, each with its reference list as
a user's text would carry it, and runs them through the same path as `link_accuracy.py`
(plain text -> split_document -> parse_entries -> extract_claims):

- `abnt`: Brazilian ABNT capitals ("(SILVA; SOUZA, 2018)", "(OLIVEIRA et al., 2019, p.
  45)", "(BRASIL, 2015)", "Pereira et al. (2020, p. 12-14)");
- `french`: a French house form ("(DUPONT et MARTIN, 2012)", "(voir notamment Girard,
  2004 ; Moreau, 2011)", "(cf. Bernard, 2010, p. 23-25)", a space before the semicolon);
- `english-ay`: English author-year with asides and pinpoints ("(see e.g. Smith 2001; but
  cf. Jones 2003)", "(Brown, 1999: 45)", "Taylor et al. (2010, 2012a, b)", "Smith's
  (2001) model"), with statistics, periods and tables that are no citations ("F(1, 12) =
  8.4", "(M = 3.2, SD = 1.1)", "(1995–2000)", "(Table 2)");
- `brackets`: numeric brackets with names before them ("Smith and Jones [12]"), ranges
  and lists, years in text, "[n = 12]", "[95% CI 1.2–3.4]", "Fig. 3(b)", "Eq. (3)";
- `parens`: numeric parentheses beside numbered equations and enumerations ("in 2019
  (23)", "y = ax + b (3)", "(1) ... (2) ...", "(n = 12)", "(P < 0.05)");
- `review-*` (the review of session 11): the same printed forms where they are citations
  after all ("hazard ratios of 0.78 (3)", "exon 19 (5)", "Model 1 (7)", "Krylov solvers
  (2)" beside a displayed "(2)") or listed names ("May (1976)", "the Deaten (2013)
  account"), next to the values, equations and dates that are none;
- `sup-byline` (session 12): a superscript article copied from a PDF with its front matter,
  a byline's affiliation marks ("Anna M. Berg1,2, Carl Dahl2, Eva van der Lund1,3,")
  wrapped over two lines and its affiliations, beside formulas, isotopes and powers.

A second set, `callout_adversarial_more.txt` (`--texts`), was written in session 12 for
forms the first lacks: names in capitals against a list in capitals or in mixed case
("SMITH and JONES (2001)", "(SMITH et al., 2005)"), year-letter runs and ranges with
letters the list does not print ("Kim (2020a-e)" for a list of 2020a-c: d and e link
nowhere), "(Smith 2001: 23)", "Smith et al. [2004]", "Smith (2001, 2003)", "Brown and
others (2008)", "in press" and "n.d.", particles and compound names ("van der Berg and de
la Cruz", "Al-Hassan", "Müller-Lüdenscheidt", "dos Santos"), organisations and their short
forms ("(WHO, 2019)", "Intergovernmental Panel on Climate Change [IPCC]"), "et al" without
its stop or with a comma before it, a humanities article with pinpoints ("(Bourdieu 1984,
170–75; 1990, 52)", "(Barthes 1977 [1968], 146)"), and names in Cyrillic, Greek, Arabic,
Hebrew, Hangul and Japanese ("(山田・田中, 2019)" for "山田太郎・田中花子").

A third set, `callout_adversarial_marks.txt` (`--texts`, `--groups` for its totals per
group), keeps the articles session 12's reviewers and fixers wrote to test cite6 and cite7
(superscript articles with bylines, footnotes, numbered lists and tables; author-year
callouts with qualifiers, commas before "et al.", CJK and Cyrillic names, year slips). Two
keys were added for it: '-' marks a callout to a work the list lacks (it must be found, as
an unresolved citation, and any link from it is false) and a key ending in '?' a link that
is right either way (a slipped year, linked or left unresolved); both count in
`missed_unlinked` when no callout is found there.

A fourth set, `callout_adversarial_pub.txt` (`--texts`, session 13), holds publishers' house
forms: physics "Ref. [12]" beside "Eq. (3)" and "Fig. 2(a)", "[4, Theorem 2.1]", ACS "(1, 2)"
beside "(eq 3)", Angewandte "shown.[4,5]" and a work's parts "[1a–c]", MDPI "[1,2,3]",
Elsevier Harvard, APA asides, Chicago author-date, German "S. 45 f.", ABNT "apud", Lancet's
raised decimal point, Current Opinion's "[4••–6]", Nature's "(refs 3,4)" beside superscripts,
names in capitals in a numbered list, and labels that are no citations ("[3a]" variants,
"(reference 1)" samples, compounds "3a–c", intervals "[0, 1]").

A fifth set, `callout_adversarial_sup.txt` (session 13), holds superscript articles as a
PDF's text layer flattens them ("disease.12,13", "lme46", "VarScan25") beside the digits that
are no callouts: formulas and isotopes, genes and proteins, powers and units, years and
ordinals, figure panels, software versions, a byline's marks and footnote markers with their
notes, and one article that sets its callouts after a space.

A sixth set, `callout_adversarial_rev13.txt` (session 13, the review of cite9 and its fix),
holds numbers that look like a work's parts or "(ref. 5)" but name no work: complexes in
salts and ions ("[3a]SbF6", "[2b]2+"), model sizes ("[1b, 3b, 7b]"), laboratory reference
ranges in case reports ("14.2 × 10^9/L (ref. 4–10)"), sites and materials labelled "Ref 1";
and reports that do cite "(reference 1)", "(references 2 and 3)". Later sets
(`callout_adversarial_s14.txt`, `_rev14`, `_s15`, `_rev15`) describe themselves in their
headers; `_s15` (session 15) holds superscripts before a DOI that ran into them, opening an
aside ("(16; reviewed in17)"), in spaced lists before a count, beside data DOIs and
addresses; `_rev15` (its review) counts and compounds' numbers opening such asides.

The articles are in `callout_adversarial.txt`. Every callout is marked there as
⟨printed text|key,key⟩ (the keys are the list's
entries by position, a, b, c, ..., or 1, 2, 3, ... for a list longer than 26, as in
`callout_adversarial_rev14.txt`); the marks are removed before the text is read, and a
false link anywhere (statistics, labels, years) costs precision. The figures are link
precision, recall and F1 per form and overall, paired as in `link_accuracy.py`, and
`false_callouts`: callouts found where no callout is marked (linked or not; an unlinked one
is reported to the user as an unresolved citation, an error). The text
was written after the rules it exercises were read, so read it as a regression net for
forms we know, not as a held-out estimate.

    python benchmarks/callout_adversarial.py [--show-errors] [--wrap 60] [--texts FILE] [--groups]
"""

from __future__ import annotations

import argparse
import json
import re
import string
from collections import Counter
from pathlib import Path

from claimcheck.citations import extract_claims
from claimcheck.ingest.plaintext import split_document
from claimcheck.parse import parse_entries
from link_accuracy import Span, _figures, _overlap, _pairs

_MARK = re.compile(r"⟨([^|⟩]+)\|([^⟩]*)⟩")
TEXTS = Path(__file__).with_name("callout_adversarial.txt")


def articles(path: Path = TEXTS) -> dict[str, tuple[str, list[str]]]:
    """name -> (marked body, reference entries) from the texts file (format in its header)."""
    found: dict[str, tuple[str, list[str]]] = {}
    for block in path.read_text(encoding="utf-8").split("\n=== ")[1:]:
        name, rest = block.split("\n", 1)
        body, entries = rest.split("\n--- references\n")
        found[name.strip()] = (body + "\n", [e for e in entries.splitlines() if e.strip()])
    return found


def unmark(body: str) -> tuple[str, list[tuple[Span, str]]]:
    """The body without its marks, and the gold links (span of the printed text, key; the
    key '-' or one ending in '?' as marked, see `measure`)."""
    out: list[str] = []
    gold: list[tuple[Span, str]] = []
    at = 0
    size = 0
    for m in _MARK.finditer(body):
        out.append(body[at:m.start()])
        size += m.start() - at
        span = (size, size + len(m.group(1)))
        gold.extend((span, _letter(k)) for k in m.group(2).split(",") if k)
        out.append(m.group(1))
        size += len(m.group(1))
        at = m.end()
    out.append(body[at:])
    return "".join(out), gold


def key(position: int) -> str:
    """The key of the list's entry at `position` (from 0): a letter, a number past "z"."""
    return string.ascii_lowercase[position] if position < 26 else str(position + 1)


def _letter(mark: str) -> str:
    """A numbered key ("3", "30?") as `key` names it ("c", "30?"), so both forms pair."""
    number = mark.rstrip("?")
    return key(int(number) - 1) + mark[len(number):] if number.isdigit() else mark


def wrapped(text: str, width: int) -> str:
    """A space turned into a line break wherever a line passes `width` (offsets stay), as
    text taken from a PDF is broken."""
    chars = list(text)
    column = 0
    for i, char in enumerate(chars):
        column = 0 if char == "\n" else column + 1
        if char == " " and column > width:
            chars[i], column = "\n", 0
    return "".join(chars)


def measure(body: str, entries: list[str], wrap: int = 0) -> tuple[Counter[str], list[str]]:
    """Counts of one article, and its errors in context."""
    text, marked = unmark(body)
    text = wrapped(text, wrap) if wrap else text
    document = split_document(text + "\n\nReferences\n\n" + "\n".join(entries) + "\n", "x")
    references = parse_entries(document.entries)
    keys = {r.id: key(i) for i, r in enumerate(references)}
    found = extract_claims(document.body, references)
    # A key ending in '?' is a link either way right (a slip of the year: linked to its
    # entry or left unresolved, reported both ways), so a link to it is not counted; '-'
    # marks a callout to a work the list lacks (reported unresolved): no link is right.
    gold = [(g, k) for g, k in marked if k != "-" and not k.endswith("?")]
    either = [(g, k[:-1]) for g, k in marked if k.endswith("?")]
    links = [link for claim in found.claims for c in claim.citations for link in
             (((c.start, c.end), keys[rid]) for rid in c.reference_ids)
             if not _pairs([link], either)]
    stray = [c for c in found.callouts
             if not any(_overlap((c.start, c.end), g) for g, _ in marked)]
    lost = [(g, k) for g, k in marked if (k == "-" or k.endswith("?")) and not any(
        _overlap((c.start, c.end), g) for c in found.callouts)]
    counts = Counter(gold_links=len(gold), predicted_links=len(links),
                     paired_links=_pairs(links, gold), false_callouts=len(stray),
                     missed_unlinked=len(lost),
                     entries=len(references), expected_entries=len(entries))
    def seen(s: int, e: int) -> str:
        return f"{document.body[s:e]!r}: …{document.body[max(0, s - 40):e + 20]!r}"

    errors = [f"  FALSE {k} {seen(s, e)}" for (s, e), k in links if not _pairs([((s, e), k)], gold)]
    errors += [f"  MISSED {k} {seen(s, e)}" for (s, e), k in gold
               if not _pairs([((s, e), k)], links)]
    errors += [f"  FALSE CALLOUT {seen(c.start, c.end)}" for c in stray]
    errors += [f"  MISSED CALLOUT {k} {seen(s, e)}" for (s, e), k in lost]
    return counts, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--wrap", type=int, default=0,
                        help="break the body's lines at this width first, as a PDF would")
    parser.add_argument("--groups", action="store_true",
                        help="also totals per group of articles (a name's part before '-')")
    parser.add_argument("--texts", type=Path, default=TEXTS,
                        help="the articles' file (default callout_adversarial.txt; more sets: "
                             "callout_adversarial_more.txt, callout_adversarial_marks.txt)")
    args = parser.parse_args()
    if not args.texts.exists():  # a bare name is one of the files beside this script
        args.texts = TEXTS.with_name(args.texts.name)
    totals: Counter[str] = Counter()
    groups: dict[str, Counter[str]] = {}
    figures = {}
    for name, (body, entries) in articles(args.texts).items():
        counts, errors = measure(body, entries, args.wrap)
        totals.update(counts)
        groups.setdefault(name.split("-")[0], Counter()).update(counts)
        figures[name] = {k: v for k, v in _figures(counts).items() if k.startswith("link")}
        figures[name].update({k: counts[k] for k in ("gold_links", "false_callouts",
                                                     "missed_unlinked")
                              if counts[k] or k != "missed_unlinked"})
        print(f"{name:14} " + " ".join(f"{k}={v}" for k, v in figures[name].items())
              + f" entries={counts['entries']}/{counts['expected_entries']}")
        if args.show_errors and errors:
            print("\n".join(errors))
    for group, counts in (sorted(groups.items()) if args.groups else []) + [("", totals)]:
        key = f"group {group}" if group else "overall"
        figures[key] = {k: v for k, v in _figures(counts).items() if k.startswith("link")}
        figures[key].update({k: counts[k] for k in ("gold_links", "false_callouts",
                                                    "missed_unlinked")
                             if counts[k] or k != "missed_unlinked"})
        print(f"{key:14} " + " ".join(f"{k}={v}" for k, v in figures[key].items()))
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
