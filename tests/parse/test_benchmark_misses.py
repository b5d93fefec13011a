"""The miss classes of `benchmarks/parse_misses.py` (how a predicted field relates to the
gold), on normalised values."""

import pytest

from tests.conftest import load_benchmark

bench = load_benchmark("parse_misses")


@pytest.mark.parametrize(("gold", "pred", "kind"), [
    ("a study", "", "missing"),
    ("", "nature", "spurious"),
    ("a study", "a study nature", "runs on"),
    ("a study of rats", "a study", "cut short"),
    ("a study", "smith a study", "starts early"),
    ("a study of rats", "of rats", "starts late"),
    ("a study", "x a study y", "wider"),
    ("x a study y", "a study", "narrower"),
    ("a study", "the journal", "other"),
])
def test_each_miss_falls_in_one_class(gold: str, pred: str, kind: str) -> None:
    assert bench.cause(gold, pred) == kind
