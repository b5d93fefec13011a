"""Whether a speed change kept what the tagger sees and gives: every token's attribute list
(`tokenfeatures.features`, which python-crfsuite is given and trained on), every token's state
scores from numpy's encoder (`encode.Encoder.scores`), and numpy's labels and marginals
(`tagger.tag_many`), for every shared reference string.

Usage:
    .venv/bin/python benchmarks/parse_features_same.py --write /tmp/features-before.pkl --src OLD
    .venv/bin/python benchmarks/parse_features_same.py --check /tmp/features-before.pkl

The strings are those of `parse_same.py` (the bundled example and every
../shared/data/refstrings-*/ set), cleaned and tokenised as the parser does. Attribute lists
must be equal, in order; state scores equal bit for bit (the encoder is given the strings in
batches of `tagger.BATCH`, in list order, from a cold start, as a long list is), labels and
marginals equal bit for bit (all strings as one list, in numpy). Attribute names are compared
as text (they are UTF-8 bytes since session 17). `--check`
prints the first differences and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _token_lists() -> list[tuple[Any, ...]]:
    from claimcheck.ingest import load_document
    from claimcheck.parse import _clean, patterns
    from claimcheck.parse.tokens import tokenize
    from parse_same import EXAMPLE, _sets

    texts = [e.text for e in load_document(EXAMPLE).entries]
    texts += [t for _, strings in _sets() for t in strings]
    return [tokenize(patterns.strip_notes(patterns.split_label(_clean(t), 1)[1])) for t in texts]


def _seen() -> tuple[list[list[list[str]]], list[Any], list[Any]]:
    import numpy as np

    from claimcheck.parse.tagger import BATCH, MODEL_PATH, loaded, tag_many
    try:
        from claimcheck.parse.tokenfeatures import features
    except ImportError:  # code before session 16, where `tokens` held the features
        from claimcheck.parse.tokens import features  # type: ignore[attr-defined,no-redef]

    strings = _token_lists()
    # (as text: the names are bytes from session 17 on, str before; the same names either way)
    attributes = [[[a.decode() if isinstance(a, bytes) else a for a in token]
                   for token in features("", tokens)] for tokens in strings]
    encoder = loaded(MODEL_PATH)[1]
    encoder.clear()
    kept = [tokens for tokens in strings if tokens]
    scores = [np.asarray(encoder.scores(kept[i:i + BATCH])) for i in range(0, len(kept), BATCH)]
    return attributes, scores, tag_many(strings, numpy=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path)
    parser.add_argument("--check", type=Path)
    parser.add_argument("--src", type=Path, help="import claimcheck from this directory")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    started = time.process_time()
    import claimcheck

    print(f"claimcheck from {Path(claimcheck.__file__).parent}")
    attributes, scores, tags = _seen()
    if args.write:
        args.write.write_bytes(pickle.dumps((attributes, scores, tags)))
        print(f"{len(attributes)} strings written ({time.process_time() - started:.1f} s CPU)")
        return 0
    if not args.check:
        parser.error("--write or --check")
    old_attributes, old_scores, old_tags = pickle.loads(args.check.read_bytes())
    lists = sum(a != b for a, b in zip(attributes, old_attributes, strict=True))
    batches = sum(a.shape != b.shape or (a != b).any()
                  for a, b in zip(scores, old_scores, strict=True))
    tagged = sum(a != b for a, b in zip(tags, old_tags, strict=True))
    tokens = sum(len(a) for a in attributes)
    print(f"{lists} of {len(attributes)} strings' attribute lists different ({tokens} tokens); "
          f"{batches} of {len(scores)} batches' state scores different; "
          f"{tagged} strings' labels or marginals different")
    return 1 if lists or batches or tagged else 0


if __name__ == "__main__":
    sys.exit(main())
