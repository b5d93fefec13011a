"""Rule-based repairs of the tagger's labels, for layouts where print gives a surer cue.

The tagger decides token by token; these rules use what it cannot see or often gets wrong:
- an unlabelled gap after the first field continues the field before it, as unlabelled
  punctuation does in the training data ("derivative (G 22355)." stays in the title), except
  that a cue word opening the gap leads the next field (", pp. 137" belongs to the pages);
- emphasis in the source (Markdown `*Journal*`, HTML `<i>`) marks one whole field, so the
  tokens inside one emphasised span take one label: the container when any of them is one or
  when the span follows a finished title (a title is not set in italics after a title);
- an abbreviated journal name printed after the title's full stop ("... depression. Biol.
  Psychiatry 85") is easily cut in two: abbreviation tokens between the title's stop and the
  container belong to the container;
- an author-year entry whose leading name run is unlabelled ("World Health Organization [WHO]
  (2019)") has that run as its author;
- a parenthesised date ends at its closing bracket: "(2019). (R)-Ketamine ..." starts the
  title at "(R)", and a suffix letter glued to the year ("2013a") is part of the date;
- a title printed in quotes ends at its closing quote: what the tagger ran on after it
  (',” in Religions in Antiquity') is the container when none is labelled;
- "Title. In Proceedings of ..." run together: after the title's full stop, "In" opens the
  container when none is labelled;
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
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
# "12, 34-56", "379:112367", "5:e15092" (Frontiers, PLOS, eLife article numbers).
_VOLUME_PAGES = re.compile(r"[.,]?\s*(\d+)\s*[:,]\s*([A-Za-z]?\d+[A-Za-z]?\d*(?:\s?[-–]\s?\w+)?)")
_QUOTES = {'"': '"”', "“": "”\"", "„": "“”", "«": "»", "'": "'’", "‘": "’'"}
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
    text: str, tokens: tuple[Token, ...], labels: tuple[str, ...],
    spans: tuple[tuple[int, int], ...],
) -> tuple[str, ...]:
    """The labels with the rules above applied, in that order."""
    out = list(labels)
    _fill_gaps(tokens, out)
    for start, end in spans:
        _one_label(tokens, out, start, end)
    _abbreviations_to_container(tokens, out)
    _leading_author(tokens, out)
    _year_suffix_in_date(tokens, out)
    _date_ends_at_bracket(tokens, out)
    _quoted_title(tokens, out)
    _in_container(tokens, out)
    _numbers_after_container(text, tokens, out)
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
    # After a finished title ("... patients. *Biol. Psychiatry*"), not inside it ("The *role*").
    before = inside[0] - 1
    titled = before >= 0 and "title" in out[:before] and tokens[before].text in ".?!,"
    label = "container" if "container" in names or titled else max(set(names), key=names.count)
    for i in inside:
        out[i] = label


def _abbreviations_to_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Title. Biol. | Psychiatry" -> the "Biol." pair moves from the title to the container."""
    if "container" not in out:
        return
    first = out.index("container")
    i = first
    while i >= 4 and out[i - 1] == "title" and _abbreviation(tokens[i - 2], tokens[i - 1]):
        i -= 2
    if i < first and tokens[i - 1].text in ".?!":
        for j in range(i, first):
            out[j] = "container"


def _abbreviation(word: Token, dot: Token) -> bool:
    """"Biol." as one abbreviated word: a short capitalised word glued to its full stop."""
    return dot.text == "." and word.end == dot.start and bool(_ABBREVIATION.fullmatch(word.text))


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


def _year_suffix_in_date(tokens: tuple[Token, ...], out: list[str]) -> None:
    for i in range(len(out) - 1):
        year, nxt = tokens[i], tokens[i + 1]
        if (out[i] == "date" and _YEAR.fullmatch(year.text) and nxt.start == year.end
                and len(nxt.text) == 1 and nxt.text.islower()):
            out[i + 1] = "date"
            if i + 2 < len(out) and tokens[i + 2].text in ")]":
                out[i + 2] = "date"


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


def _quoted_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "title" not in out:
        return
    first = out.index("title")
    start = first + 1 if tokens[first].text in _QUOTES else first
    opening = tokens[start - 1].text if start > 0 else ""
    if opening not in _QUOTES:
        return
    closing = next((i for i in range(start, len(out)) if out[i] != "title"
                    or _closes(tokens, i, _QUOTES[opening])), len(out))
    if closing >= len(out) or out[closing] != "title":
        return
    end = closing + 1
    while end < len(out) and out[end] == "title" and not tokens[end].text[:1].isalnum():
        end += 1  # the punctuation after the closing quote
    rest = "note" if "container" in out else "container"
    while end < len(out) and out[end] == "title":
        out[end] = rest
        end += 1


def _in_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "title" not in out or "container" in out:
        return
    first = out.index("title")
    for i in range(first + 2, len(out) - 1):
        if out[i] != "title":
            return
        if tokens[i - 1].text in ".?!" and tokens[i].text in ("In", "in"):
            nxt = i + 2 if tokens[i + 1].text == ":" else i + 1
            if nxt < len(out) and tokens[nxt].text[:1].isupper():
                label = "note"
                for j in range(i, len(out)):
                    if out[j] != "title":
                        break
                    if j == nxt:
                        label = "container"
                    elif LEXICON.get(tokens[j].text.lower()) in _CUES:
                        label = "note"  # ", pp. 440": the pages' cue ends the container
                    out[j] = label
                return


def _closes(tokens: tuple[Token, ...], i: int, closers: str) -> bool:
    """A closing quote, not an apostrophe inside a word ("Buchberger's")."""
    if tokens[i].text not in closers:
        return False
    inside_word = (i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end
                   and tokens[i + 1].text[:1].isalpha() and tokens[i - 1].end == tokens[i].start)
    return not inside_word


def _numbers_after_container(
    text: str, tokens: tuple[Token, ...], out: list[str]
) -> None:
    if "container" not in out or "volume" in out or "pages" in out:
        return
    after = tokens[len(out) - out[::-1].index("container") - 1].end
    match = _VOLUME_PAGES.match(text, after)
    if not match:
        return
    for i, token in enumerate(tokens):
        if match.start(1) <= token.start < match.end(1):
            out[i] = "volume"
        elif match.start(2) <= token.start < match.end(2):
            out[i] = "pages"
