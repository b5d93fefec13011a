"""The tagger shared between threads: several threads tagging different strings at once get
what each would alone (crfsuite's tagger and numpy's encoder keep state between calls)."""

from __future__ import annotations

import threading

import pytest

from claimcheck.ingest import load_document
from claimcheck.parse import _clean, patterns
from claimcheck.parse.tagger import tag_many
from claimcheck.parse.tokens import Token, tokenize
from tests.conftest import EXAMPLE


def _strings() -> list[tuple[Token, ...]]:
    entries = load_document(EXAMPLE).entries
    texts = [patterns.split_label(_clean(e.text), e.index)[1] for e in entries]
    return [tokenize(text) for text in texts]


@pytest.mark.parametrize("numpy", [False, True])
def test_threads_tag_as_one_thread_does(numpy: bool) -> None:
    strings = _strings()
    # each thread tags its own rotation of the list, so their strings differ at each step
    parts = [strings[k:] + strings[:k] for k in range(0, 4 * 7, 7)]
    alone = [tag_many(part, numpy=numpy) for part in parts]
    got: dict[int, list[object]] = {}
    errors: list[BaseException] = []

    def run(k: int) -> None:
        try:
            got[k] = [tag_many(parts[k], numpy=numpy) for _ in range(6)]
        except BaseException as error:  # reported by the main thread below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(len(parts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for k, runs in got.items():
        assert all(result == alone[k] for result in runs)
