"""Synthetic contradicted claims for training the support judge: supported claims turned over.

Usage: .venv/bin/python benchmarks/support_synth.py [--data DIR] [--out DIR]

For every SUPPORT claim of the shared benchmark sets (claims-scifact, -citint, -checkcovid;
tuning parts only) whose wording allows it, writes one REFUTE claim against the same source:
the first direction word swapped for its opposite ("increased" -> "decreased", "higher" ->
"lower", "promotes" -> "inhibits"), else a negation added to or taken from its first verb
("is" -> "is not", "does not" -> "does"). This is how the composed contradictions of SciFact
and Check-COVID were written by their annotators, so it teaches the judge to read a flip
against the evidence rather than a word's topic. Each row keeps its claim's dataset and cited
work as `group` ("claims-scifact:..."), so cross-validation folds never split a claim from
its flipped copy. Output: DIR/claims-synthflip/pairs.jsonl (default /tmp/cc-support-synth).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from support_accuracy import DEFAULT_DATA, dataset_folders, load_dataset

OUT = Path("/tmp/cc-support-synth")
_PAIRS = (
    ("increased", "decreased"), ("increases", "decreases"), ("increase", "decrease"),
    ("increasing", "decreasing"), ("higher", "lower"), ("more", "less"), ("greater", "smaller"),
    ("improves", "worsens"), ("improved", "worsened"), ("improve", "worsen"),
    ("reduces", "increases"), ("reduced", "increased"), ("reduce", "increase"),
    ("promotes", "inhibits"), ("promoted", "inhibited"), ("promote", "inhibit"),
    ("enhances", "suppresses"), ("enhanced", "suppressed"), ("activates", "inhibits"),
    ("upregulates", "downregulates"), ("upregulated", "downregulated"),
    ("induces", "prevents"), ("raises", "lowers"), ("positively", "negatively"),
    ("risk", "protective"), ("beneficial", "harmful"), ("effective", "ineffective"),
)
_SWAP = dict(_PAIRS) | {b: a for a, b in _PAIRS if b not in dict(_PAIRS)}
_WORD = re.compile(r"[A-Za-z]+")
_ADD_NOT = re.compile(r"\b(is|are|was|were|can|does|do|did|has|have|will|may)\b(?! not| only)")
_DROP_NOT = re.compile(r"\b(is|are|was|were|can|does|do|did|has|have|will|may) not\b")


def flipped(claim: str) -> str:
    """The claim turned over, or "" when no rule applies."""
    for match in _WORD.finditer(claim):
        word = match.group(0)
        swap = _SWAP.get(word.lower())
        if swap:
            swap = swap.capitalize() if word[0].isupper() else swap
            return claim[: match.start()] + swap + claim[match.end():]
    if _DROP_NOT.search(claim):
        return _DROP_NOT.sub(lambda m: m.group(1), claim, count=1)
    if _ADD_NOT.search(claim):
        return _ADD_NOT.sub(lambda m: m.group(1) + " not", claim, count=1)
    return ""


def rows(data: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for folder in dataset_folders(data):
        for item in load_dataset(folder):
            claim = flipped(item.claim) if item.label == "SUPPORT" else ""
            if claim:
                out.append({"uid": f"synthflip-{item.uid}", "claim": claim,
                            "title": item.source.title,
                            "evidence_sentences": list(item.source.sentences),
                            "label": "REFUTE", "group": f"{folder.name}:{item.group}"})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    made = rows(args.data)
    folder = args.out / "claims-synthflip"
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "pairs.jsonl").open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in made)
    print(f"wrote {len(made)} flipped claims to {folder / 'pairs.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
