"""Shared locations for the compare tests (the fakes themselves live in fakes.py).

Every test here runs offline: on the bundled example and its snapshot, and on real recorded
Crossref searches read from ../shared/data/crossref-samples/ (skipped without it).
"""

