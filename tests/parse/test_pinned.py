"""Pins what the speed work on the parser must not change: the tagger's features (their exact
strings and order), the emphasis spans, the cleaning shortcuts and the doubt rule."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from claimcheck.ingest import load_document
from claimcheck.parse import _clean, patterns
from claimcheck.parse.doubt import doubtful_fields
from claimcheck.parse.repair import emphasised
from claimcheck.parse.tokenfeatures import features
from claimcheck.parse.tokens import tokenize

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "colla2021" / "review.md"

# Recorded from the parser before the speed work (commit 3baca64).
SHORT = "Li, X. (2001a) IEEE"
SHORT_FEATURES = [
    ["periods:0", "segments:0", "w:li", "shape:Xx", "kind:word", "suf3:li", "title", "pos:0",
     "k:<edge>|punct", "b:|li", "w-2:<edge>", "w-1:<edge>", "w+1:,", "w+2:x", "first", "glue_a"],
    ["periods:0", "segments:0", "w:,", "shape:,", "kind:punct", "suf3:,", "pos:1",
     "k:word|initial", "b:li|,", "w-2:<edge>", "w-1:li", "w+1:x", "w+2:.", "glue_b"],
    ["periods:0", "segments:0", "w:x", "shape:X", "kind:initial", "suf3:x", "roman", "pos:2",
     "k:punct|punct", "b:,|x", "w-2:li", "w-1:,", "w+1:.", "w+2:(", "glue_a"],
    ["periods:0", "segments:0", "w:.", "shape:.", "kind:punct", "suf3:.", "pos:3",
     "k:initial|punct", "b:x|.", "w-2:,", "w-1:x", "w+1:(", "w+2:2001", "glue_b"],
    ["periods:1", "segments:0", "w:(", "shape:(", "kind:punct", "suf3:(", "pos:4",
     "k:punct|year", "b:.|(", "w-2:x", "w-1:.", "w+1:2001", "w+2:a", "glue_a"],
    ["periods:1", "segments:0", "paren", "w:2001", "shape:dd", "kind:year", "suf3:001", "pos:5",
     "k:punct|word", "b:(|2001", "w-2:.", "w-1:(", "w+1:a", "w+2:)", "glue_b", "glue_a"],
    ["periods:1", "segments:0", "seen_year", "paren", "w:a", "shape:x", "kind:word", "suf3:a",
     "pos:6", "k:year|punct", "b:2001|a", "w-2:(", "w-1:2001", "w+1:)", "w+2:ieee", "glue_b",
     "glue_a"],
    ["periods:1", "segments:0", "seen_year", "paren", "w:)", "shape:)", "kind:punct", "suf3:)",
     "pos:7", "k:word|word", "b:a|)", "w-2:2001", "w-1:a", "w+1:ieee", "w+2:<edge>", "glue_b"],
    ["periods:1", "segments:0", "seen_year", "w:ieee", "shape:XX", "kind:word", "suf3:eee",
     "upper", "pos:8", "k:punct|<edge>", "b:)|ieee", "w-2:a", "w-1:)", "w+1:<edge>",
     "w+2:<edge>", "last"],
]
# sha256 of the JSON of every example entry's features, in order, recorded as above.
EXAMPLE_DIGEST = "48ebfe971fd5cb1b4a68647c3c70b9541e3fe60eca2ea312217b50b0cb78ecbe"


def _as_text(attributes: list[list[bytes]]) -> list[list[str]]:
    """The attribute names as text (UTF-8 bytes since session 17: the recorded names)."""
    return [[name.decode() for name in token] for token in attributes]


def test_features_of_a_short_string_are_the_recorded_ones() -> None:
    assert _as_text(features(SHORT, tokenize(SHORT))) == SHORT_FEATURES


def test_features_of_the_example_are_the_recorded_ones() -> None:
    digest = hashlib.sha256()
    for entry in load_document(EXAMPLE).entries:
        text = patterns.strip_notes(patterns.split_label(_clean(entry.text), entry.index)[1])
        digest.update(json.dumps(_as_text(features(text, tokenize(text)))).encode())
    assert digest.hexdigest() == EXAMPLE_DIGEST


def test_star_and_tag_emphasis_give_the_same_span() -> None:
    cleaned = "Smith J. A title. Nature Neurosci. 3, 1-9."
    want = ((18, 33),)  # "Nature Neurosci", its full stop trimmed
    assert emphasised("Smith J. A title. *Nature Neurosci.* 3, 1-9.", cleaned) == want
    assert emphasised("Smith J. A title. <I>Nature Neurosci.</I> 3, 1-9.", cleaned) == want
    assert emphasised("Smith J. A title. Nature Neurosci. 3, 1-9.", cleaned) == ()


def test_cleaning_joins_a_spaced_formula_and_opens_an_autolink() -> None:
    assert _clean("$\\beta$ -hydroxybutyrate <https://x.org/a>") == "β-hydroxybutyrate https://x.org/a"
    assert _clean("A *title* of snake_case") == "A title of snake_case"


def test_a_field_is_doubtful_from_its_first_unsure_unrepaired_token() -> None:
    tagged = ("author", "title", "title", "container", "O")
    final = ("author", "title", "container", "container", "O")
    confidence = (0.9, 0.4, 0.1, 0.3, 0.1)
    # The relabelled token (0.1) is not the tagger's; the "O" token fills no field.
    assert doubtful_fields(tagged, final, confidence) == ("title", "container")
    assert doubtful_fields(tagged, final, (0.9, 0.6, 0.1, 0.6, 0.1)) == ()
