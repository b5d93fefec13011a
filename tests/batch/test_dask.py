"""The dask.bag recipe of docs/scale.md (benchmarks/dask_batch.py), when the optional extra
is installed: same reports as batch mode, one bad article does not stop the others."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from claimcheck.pipeline.check import CheckOptions
from claimcheck.resolve import ResolverOptions
from tests.conftest import EXAMPLE, REPO, SNAPSHOT

pytest.importorskip("dask.bag")


def _recipe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_batch", REPO / "benchmarks" /
                                                  "dask_batch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dask_batch"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_bag_of_articles(tmp_path: Path) -> None:
    recipe = _recipe()
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(EXAMPLE, articles / "colla2021.md")
    (articles / "empty.md").write_text("", encoding="utf-8")
    resolver = ResolverOptions(offline=True, snapshot=SNAPSHOT, snapshot_complete=True,
                               cache_dir=tmp_path / "cache")
    job = recipe.Job(out_dir=tmp_path / "reports", resolver=resolver,
                     options=CheckOptions(parts=recipe.VERIFY_PARTS))
    rows = recipe.run(sorted(articles.iterdir()), job, partitions=2, scheduler="synchronous")
    assert [(Path(r["article"]).name, r["exit"]) for r in rows] == [
        ("colla2021.md", 1), ("empty.md", 2)
    ]
    report = json.loads((tmp_path / "reports" / "colla2021.json").read_text(encoding="utf-8"))
    assert len(report["references"]) == 98 and report["complete"]
