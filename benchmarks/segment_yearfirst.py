"""Year-first reference lists made from author-date strings, to measure the segmenter on them.

Usage:
    python benchmarks/segment_yearfirst.py --out /tmp/seg-yearfirst.jsonl
    python benchmarks/segment_accuracy.py --sets /tmp/seg-yearfirst.jsonl

Some lists (chronological bibliographies, German and French technical reports, an author's
own publication list) print the year first: "1954, Werle, H., 'Quelques résultats ...'",
"2007: Volker Schönwiese, Petra Flieger: ...". The shared sets hold a handful of such
entries, each alone among other styles. This script rewrites the CC BY JATS mixed-citation
strings "Authors (2010). Rest" as year-first entries, one form per paper (group), so that a
list keeps one style: "2010, Authors. Rest", "2010: Authors: Rest" or "2010. Authors. Rest".
Strings without an "(year)" after the authors are left out. Output: a refstrings.jsonl
(id, group, string) that `segment_accuracy.py --sets` scores whole.
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
    kept = 0
    with args.out.open("w", encoding="utf-8") as out:
        for line in (SOURCE / "refstrings.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            form = FORMS[zlib.crc32(record["group"].encode()) % len(FORMS)]
            string = year_first(record["string"], form)
            if string is not None:
                kept += 1
                row = {"id": record["id"], "group": record["group"], "string": string}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{kept} year-first strings -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
