"""Rule-based repairs of the tagger's labels, for layouts where print gives a surer cue.

The tagger decides token by token; these rules use what it cannot see or often gets wrong:
- an unlabelled gap after the first field continues the field before it, as unlabelled
  punctuation does in the training data ("derivative (G 22355)." stays in the title), except
  that a cue word opening the gap leads the next field (", pp. 137" belongs to the pages);
- emphasis in the source (Markdown `*Journal*`, HTML `<i>`) marks one whole field, so the
  tokens inside one emphasised span take one label (the container when any of them is one);
- an abbreviated journal name printed after the title's full stop ("... depression. Biol.
  Psychiatry 85") is easily cut in two: abbreviation tokens between the title's stop and the
  container belong to the container;
- an author-year entry whose leading name run is unlabelled ("World Health Organization [WHO]
  (2019)") has that run as its author;
- a parenthesised date ends at its closing bracket: "(2019). (R)-Ketamine ..." starts the
  title at "(R)";
- "Journal 379:112367" or "Journal 12, 34-56" right after the container is volume and pages
  even when the tagger read the numbers as a note.
"""

from __future__ import annotations

import re

from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.text import clean_markup

_EMPHASIS = re.compile(
    r"(?<![*\w\\])\*{1,2}([^*\n]+?)\*{1,2}(?![*\w])|<(?:i|em)>(.+?)</(?:i|em)>", re.IGNORECASE
)
_CUES = frozenset({"pages", "volume", "issue", "doi", "in", "editor"})
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,7}")


def emphasised(raw: str, cleaned: str) -> tuple[tuple[int, int], ...]:
    """Character spans of `cleaned` that the raw entry printed in emphasis."""
    spans: list[tuple[int, int]] = []
    for match in _EMPHASIS.finditer(raw):
        piece = clean_markup(match.group(1) or match.group(2)).strip(" .,;:")
        start = cleaned.find(piece) if len(piece) > 1 else -1
        if start >= 0:
            spans.append((start, start + len(piece)))
    return tuple(spans)


def repair(
    tokens: tuple[Token, ...], labels: tuple[str, ...], spans: tuple[tuple[int, int], ...]
) -> tuple[str, ...]:
    out = list(labels)
    _fill_gaps(tokens, out)
    for start, end in spans:
        _one_label(tokens, out, start, end)
    _abbreviations_to_container(tokens, out)
    _leading_author(tokens, out)
    _date_ends_at_bracket(tokens, out)
    _numbers_after_container(tokens, out)
    return tuple(out)


def _fill_gaps(tokens: tuple[Token, ...], out: list[str]) -> None:
    i = 1
    while i < len(out):
        if out[i] != "O" or out[i - 1] == "O":
            i += 1
            continue
        end = i
        while end < len(out) and out[end] == "O":
            end += 1
        words = [j for j in range(i, end) if tokens[j].text[:1].isalnum()]
        cue = end < len(out) and words and all(
            LEXICON.get(tokens[j].text.lower()) in _CUES for j in words
        )
        split = words[0] if cue else end
        for j in range(i, end):
            out[j] = out[i - 1] if j < split else out[end]
        i = end


def _one_label(tokens: tuple[Token, ...], out: list[str], start: int, end: int) -> None:
    inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
    names = [out[i] for i in inside if out[i] != "O"]
    if not names:
        return
    label = "container" if "container" in names else max(set(names), key=names.count)
    for i in inside:
        out[i] = label


def _abbreviations_to_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Title. Biol. | Psychiatry" -> the "Biol." pair moves from the title to the container."""
    if "container" not in out:
        return
    first = out.index("container")
    i = first
    while (i >= 4 and out[i - 1] == "title" and tokens[i - 1].text == "."
           and _ABBREVIATION.fullmatch(tokens[i - 2].text) and tokens[i - 2].end == tokens[i - 1].start):
        i -= 2
    if i < first and tokens[i - 1].text in ".?!":
        for j in range(i, first):
            out[j] = "container"


def _leading_author(tokens: tuple[Token, ...], out: list[str]) -> None:
    """Unlabelled capitalised words opening an entry, directly before its date, are the author."""
    if "author" in out or not out or out[0] != "O":
        return
    k = 0
    while k < len(out) and out[k] == "O":
        k += 1
    words = [t.text for t in tokens[:k] if t.text[:1].isalpha()]
    if k < len(out) and out[k] == "date" and words and all(w[0].isupper() for w in words):
        opening = k - 1 if tokens[k - 1].text in "([" else k
        for j in range(opening):
            out[j] = "author"


def _date_ends_at_bracket(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "date" not in out:
        return
    first = out.index("date")
    if first == 0 or tokens[first - 1].text != "(":
        return
    end = first
    while end < len(out) and out[end] == "date":
        end += 1
    close = next((i for i in range(first, end) if tokens[i].text == ")"), -1)
    if close < 0 or end >= len(out):
        return
    stop = close + 2 if close + 1 < end and tokens[close + 1].text in ".," else close + 1
    for i in range(stop, end):
        out[i] = out[end]


def _numbers_after_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "container" not in out or "volume" in out or "pages" in out:
        return
    i = len(out) - out[::-1].index("container")
    texts = [t.text for t in tokens[i:i + 6]]
    if len(texts) < 3 or not texts[0].isdigit() or texts[1] not in ":," or not (
        texts[2][:1].isdigit() or (texts[2][:1] in "eE" and texts[2][1:].isdigit())
    ):
        return
    out[i], out[i + 1], out[i + 2] = "volume", "volume", "pages"
    if len(texts) >= 5 and texts[3] in "-–" and tokens[i + 3].start == tokens[i + 2].end:
        out[i + 3] = out[i + 4] = "pages"
