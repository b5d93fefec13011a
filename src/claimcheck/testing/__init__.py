"""Test helpers shipped with the package so tests and benchmarks share them: a stand-in
Crossref server (`standin.StandinCrossref`) that needs no network.
"""

from claimcheck.testing.services import StandinServices
from claimcheck.testing.standin import Fault, StandinCounters, StandinCrossref, StandinOptions

__all__ = ["Fault", "StandinCounters", "StandinCrossref", "StandinOptions", "StandinServices"]
