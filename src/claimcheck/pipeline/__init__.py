"""Pipeline layer: one article in, a Report out; never prints or exits.

- `check.py`: `check()` and `CheckOptions`, the library API (re-exported by
  `claimcheck.engine`): read, parse, look up, link, compare, judge support.
- `prefetch.py`: printed DOIs looked up while the entries are parsed.
- `parsed.py`: parsed entries kept between runs (a warm run parses nothing).
- `support.py`: the support stage, claims against the cited works' abstracts or full texts (the
  judging itself is `claimcheck/support/`).

The stages themselves live in their own packages (`ingest`, `parse`, `resolve`, `citations`,
`compare`, `support`, `render`); this package strings them together.
"""
