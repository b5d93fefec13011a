"""The numpy tagger against python-crfsuite's own: same labels, same marginals, read from
whatever model file is present (the shipped one, or one trained here)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import _clean, patterns
from claimcheck.parse.crf import load
from claimcheck.parse.tagger import (
    _MERGED,
    MODEL_PATH,
    SUMMED_BELOW,
    loaded,
    same_field,
    tag,
    tag_many,
)
from claimcheck.parse.tokenfeatures import features
from claimcheck.parse.tokens import Token, tokenize
from tests.conftest import load_benchmark

STRINGS = [
    "Li, X. (2001a) IEEE",
    "Smith J, Jones K. A study of things. Nature. 2010;12(3):34-56. doi:10.1000/xyz123",
    "Doe, J. (2019). Title: a subtitle. In A. Editor (Ed.), The Book (pp. 1-9). Springer.",
    "[4] A. B. Author, \u201cQuoted title,\u201d Phys. Rev. Lett. 100, 228502 (2008).",
    "x",
]


def _tokens(entries: tuple[RawEntry, ...]) -> list[tuple[str, tuple[Token, ...]]]:
    out = []
    for entry in entries:
        text = patterns.strip_notes(patterns.split_label(_clean(entry.text), entry.index)[1])
        out.append((text, tokenize(text)))
    return out


def _crfsuite(path: Path, strings: list[tuple[str, tuple[Token, ...]]]) -> list[object]:
    """crfsuite's labels, and per token its label's marginal, or below SUMMED_BELOW the summed
    marginals of the labels read as its field."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    names = tagger.labels()
    out = []
    for text, tokens in strings:
        labels = tagger.tag(features(text, tokens)) if tokens else []
        out.append((tuple(labels), tuple(
            sum(tagger.marginal(other, i) for other in names
                if _MERGED.get(other, other) == _MERGED.get(y, y))
            if tagger.marginal(y, i) < SUMMED_BELOW else tagger.marginal(y, i)
            for i, y in enumerate(labels))))
    return out


def _assert_same(got: list[object], want: list[object]) -> None:
    for (labels, sure), (want_labels, want_sure) in zip(got, want, strict=True):  # type: ignore[misc]
        assert labels == want_labels
        assert sure == pytest.approx(want_sure, abs=1e-9)


def test_the_shipped_model_tags_as_crfsuite_does(example_entries: tuple[RawEntry, ...]) -> None:
    strings = _tokens(example_entries)
    strings += [(s, tokenize(s)) for s in STRINGS]
    got = tag_many([tokens for _, tokens in strings], numpy=True)
    _assert_same(got, _crfsuite(MODEL_PATH, strings))
    # The short-list way (crfsuite itself) gives the same.
    _assert_same(tag_many([tokens for _, tokens in strings], numpy=False), got)


def test_scores_are_the_sums_of_the_feature_strings_weights(
    example_entries: tuple[RawEntry, ...],
) -> None:
    weights, encoder = loaded(MODEL_PATH)
    strings = _tokens(example_entries)[:30] + [(s, tokenize(s)) for s in STRINGS]
    strings = [(text, tokens) for text, tokens in strings if tokens]
    scores = encoder.scores([tokens for _, tokens in strings])
    unknown = len(weights.attributes)
    want = [weights.state[[weights.attributes.get(a, unknown) for a in attributes]].sum(axis=0)
            for text, tokens in strings for attributes in features(text, tokens)]
    assert scores.shape == (len(want), len(weights.labels))
    assert scores == pytest.approx(np.array(want), abs=1e-12)


def test_a_model_trained_here_is_read_from_its_file(tmp_path: Path) -> None:
    """Another model (other labels, attributes, weights): everything comes from the file."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, labels in [("Smith J. Title here. Journal 2001", "AAATTTJD"),
                         ("Jones K. Other title. Press 1999", "AAATTTPD")]:
        tokens = tokenize(text)
        trainer.append(features(text, tokens), list(labels))
    trainer.set_params({"c2": 0.01, "max_iterations": 30})
    path = tmp_path / "tiny.crfsuite"
    trainer.train(str(path))
    strings = [(s, tokenize(s)) for s in [*STRINGS, "Brown A. A title. Journal 2005"]]
    got = tag_many([tokens for _, tokens in strings], path, numpy=True)
    _assert_same(got, _crfsuite(path, strings))
    assert set(load(path).labels) <= set("ATJDP")


def test_a_model_that_learns_where_fields_start_gives_the_plain_fields(tmp_path: Path) -> None:
    """parse_train.py --begin: the first token of a title or journal is its own label
    ("B-title"); the tagger reports it as the field, by either way of tagging."""
    begun = load_benchmark("parse_train").begun
    trainer = pycrfsuite.Trainer(verbose=False)
    names = {"A": "author", "T": "title", "J": "journal", "D": "date", "P": "publisher"}
    for text, letters in [("Smith J. Title here. Journal 2001", "AAATTTJD"),
                          ("Jones K. Other title. Press 1999", "AAATTTPD")] * 3:
        tokens = tokenize(text)
        labels = begun([names[c] for c in letters], frozenset({"title", "journal"}))
        trainer.append(features(text, tokens), labels)
    trainer.set_params({"c2": 0.01, "max_iterations": 50})
    path = tmp_path / "begun.crfsuite"
    trainer.train(str(path))
    assert {"B-title", "B-journal", "title"} <= set(load(path).labels)
    text = "Brown A. A title. Journal 2005"
    tokens = tokenize(text)
    assert tag(text, tokens, path) == ("author",) * 3 + ("title",) * 3 + ("container", "date")
    strings = [(s, tokenize(s)) for s in [*STRINGS, text]]
    _assert_same(tag_many([t for _, t in strings], path, numpy=True), _crfsuite(path, strings))


def test_a_field_s_certainty_sums_the_labels_read_as_that_field() -> None:
    """A field's first token may be "B-title" and its inside "title"; the tagger unsure
    between the two is sure of the title."""
    same = same_field(("author", "B-title", "title", "journal", "container", "B-journal", "O"))
    assert same["title"] == ("title", "B-title")
    assert same["B-title"] == ("B-title", "title")
    assert set(same["journal"]) == {"journal", "container", "B-journal"}
    assert same["author"] == ("author",) and same["O"] == ("O",)


def test_a_file_that_is_no_crfsuite_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "not.crfsuite"
    path.write_bytes(b"\0" * 64)
    with pytest.raises(ValueError, match="not a crfsuite"):
        load(path)


def test_the_doubt_s_cut_is_where_the_tagger_sums_a_field_s_labels() -> None:
    from claimcheck.parse.doubt import DOUBT_BELOW

    assert DOUBT_BELOW <= SUMMED_BELOW


@pytest.mark.parametrize("numpy", [False, True])
def test_a_floor_changes_no_answer_to_whether_a_token_is_below_it(
    example_entries: tuple[RawEntry, ...], numpy: bool,
) -> None:
    """With a floor, a sure string's tokens get the whole labelling's probability (crfsuite:
    one call, not one a token; numpy: no backward pass): at most each token's marginal, and
    below the floor exactly where the marginal is; an unsure string keeps its marginals."""
    strings = [tokens for _, tokens in _tokens(example_entries)]
    strings += [tokenize(s) for s in STRINGS]
    exact = tag_many(strings, numpy=numpy)
    floored = tag_many(strings, numpy=numpy, floor=0.5)
    shortened = 0
    for (labels, sure), (floor_labels, floor_sure) in zip(exact, floored, strict=True):
        assert floor_labels == labels
        assert [s < 0.5 for s in floor_sure] == [s < 0.5 for s in sure]
        assert all(f <= s + 1e-12 for f, s in zip(floor_sure, sure, strict=True))
        if min(floor_sure, default=1.0) >= 0.5 and len(set(floor_sure)) == 1 and len(sure) > 1:
            shortened += floor_sure != sure
        else:
            assert floor_sure == pytest.approx(sure, abs=1e-12)
    assert 0 < shortened < len(strings)  # both kinds of string are in the sample
    # Either way of tagging gives the same figures with a floor.
    _assert_same(floored, tag_many(strings, numpy=not numpy, floor=0.5))


@pytest.mark.parametrize("numpy", [False, True])
def test_labels_are_the_one_interned_copy_of_their_name(numpy: bool) -> None:
    """The rules compare labels with literals; either way of tagging gives the interned
    names (the same text, so the same answers, only found by identity)."""
    strings = [tokenize("Smith, J. (2001). A title. J. Phys. 12, 34-56.")] * 3
    for labels, _ in tag_many(strings, numpy=numpy):
        assert labels and all(label is sys.intern(label) for label in labels)


@pytest.mark.parametrize("floor", [None, 0.5])
def test_a_batch_in_any_order_of_lengths_decodes_each_sequence_as_alone(
    example_entries: tuple[RawEntry, ...], floor: float | None,
) -> None:
    """`crf.decode` with sequences not sorted by length, one of a single token among them:
    each gets crfsuite's labels and the figures it gets decoded alone (the way back starts
    each sequence at its own end, whatever stands beyond it)."""
    from claimcheck.parse.crf import decode

    weights, encoder = loaded(MODEL_PATH)
    strings = [*_tokens(example_entries)[:12], ("x", tokenize("x"))]
    strings = [strings[i] for i in (5, 12, 0, 11, 3, 7, 1, 9, 2, 10, 4, 8, 6)]
    lengths = [len(tokens) for _, tokens in strings]
    assert lengths != sorted(lengths) and 1 in lengths
    together = decode(weights, encoder.scores([t for _, t in strings]), lengths, None, 1.0, floor)
    want = _crfsuite(MODEL_PATH, strings)
    for (_, tokens), (labels, sure), (want_labels, _) in zip(strings, together, want, strict=True):
        assert tuple(weights.labels[i] for i in labels) == want_labels
        [(_, alone)] = decode(weights, encoder.scores([tokens]), [len(tokens)], None, 1.0, floor)
        assert sure == pytest.approx(alone, abs=1e-12)
