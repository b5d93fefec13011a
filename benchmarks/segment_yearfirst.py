"""Year-first reference lists made from author-date strings, to measure the segmenter on them.

Usage:
    python benchmarks/segment_yearfirst.py --out /tmp/seg-yearfirst
    python benchmarks/segment_accuracy.py --sets /tmp/seg-yearfirst/heldout/refstrings.jsonl
    python benchmarks/segment_accuracy.py --sets /tmp/seg-yearfirst/tune/refstrings.jsonl

Some lists (chronological bibliographies, German and French technical reports, an author's
own publication list) print the year first: "1954, Werle, H., 'Quelques résultats ...'",
"2007: Volker Schönwiese, Petra Flieger: ...". The shared sets hold a handful of such
entries, each alone among other styles. This script rewrites the CC BY JATS mixed-citation
strings "Authors (2010). Rest" as year-first entries, one form per paper (group), so that a
list keeps one style: "2010, Authors. Rest", "2010: Authors: Rest" or "2010. Authors. Rest".
Strings without an "(year)" after the authors are left out. Output: two refstrings.jsonl
(id, group, string) that `segment_accuracy.py --sets` scores whole, `heldout/` for the groups
`segment_accuracy.py` holds out (crc32(group) % 4 == 0) and `tune/` for the others.
"""

from __future__ import annotations

import argparse
import json
import re
import zlib
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1].parent / "shared/data/refstrings-jats-mixed"
_AUTHOR_DATE = re.compile(r"^([^()]{3,200}?)[\s,.]*\(((?:1[5-9]|20)\d\d[a-z]?)\)[.,:]?\s+(.+)$")
FORMS = ("{year}, {authors}. {rest}", "{year}: {authors}: {rest}", "{year}. {authors}. {rest}")


def year_first(string: str, form: str) -> str | None:
    """`string` with its year moved before its authors, None if it is not author-date."""
    found = _AUTHOR_DATE.match(" ".join(string.split()))
    if found is None:
        return None
    authors, year, rest = found.groups()
    return form.format(year=year, authors=authors.rstrip(" ,.:"), rest=rest)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows: dict[str, list[str]] = {"heldout": [], "tune": []}
    for line in (SOURCE / "refstrings.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        code = zlib.crc32(record["group"].encode())
        string = year_first(record["string"], FORMS[code % len(FORMS)])
        if string is not None:
            row = {"id": record["id"], "group": record["group"], "string": string}
            rows["heldout" if code % 4 == 0 else "tune"].append(json.dumps(row, ensure_ascii=False))
    for split, lines in rows.items():
        path = args.out / split / "refstrings.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        print(f"{len(lines)} year-first strings ({split}) -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
