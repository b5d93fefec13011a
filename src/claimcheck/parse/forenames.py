"""Given names common enough in bibliographies to be known as given names (`is_forename`).

A list that prints given names as initials sometimes copies a name as its bearer signs it,
the first given name an initial and the second written out ("H. Eugene Stanley", "J. Craig
Venter", "R. Duncan Luce"); the same shape is also a family name of two words ("A. Govind
Rajan", "J. M. García Pérez"). A word known here as a given name is read as the middle name.
The list is hand-written and short: widespread English, French, German, Iberian, Italian and
Dutch given names, and a few of East Asia's in their common romanisation. It does not name
families that are also given names only rarely (a given name that is also a common family
name, "Thomas", "Martin", is included: after an initial it is far more often the middle name).
"""

from __future__ import annotations

_NAMES = """
Aaron Adam Adrian Alan Albert Alexander Alfred Alice Allen Amy Andrew Angela Ann Anna Anne
Anthony Arnold Arthur Barbara Barry Benjamin Bernard Betty Bradley Brent Brian Bruce Bryan
Carl Carol Caroline Catherine Charles Christian Christine Christopher Claire Colin Craig
Daniel David Dean Dennis Diana Donald Douglas Duncan Edward Edwards Elizabeth Ellen Emily
Eric Eugene Frances Francis Frank Frederick Gary George Gerald Gordon Graham Gregory Harold
Harry Helen Henry Howard Hugh Ian Jack James Jane Janet Jason Jean Jeffrey Jennifer Jerome
Joan John Jonathan Joseph Judith Julia Julian Karen Keith Kenneth Kevin Larry Laura
Lawrence Leonard Lewis Linda Louis Louise Margaret Maria Marie Mark Martin Mary Matthew
Michael Michelle Nancy Neil Nicholas Norman Oliver Patricia Patrick Paul Peter Philip
Rachel Ralph Raymond Rebecca Richard Robert Roger Ronald Rose Russell Ruth Samuel Sarah
Scott Sean Sharon Simon Stanley Stephen Steven Stewart Stuart Susan Thomas Timothy Victor
Vincent Walter Wayne William
Alain André Antoine Bernd Carlos Claude Dieter Eduardo Emilio Enrique Francesco François
Franz Fernando Friedrich Giovanni Giuseppe Günter Hans Heinrich Helmut Ignacio Jacques Javier
Jesús Johann Jorge José Juan Jürgen Karl Klaus Luis Manuel Marco Miguel Pablo Pedro Philippe
Pierre Rafael Ramón Ricardo Roberto Stefan Ulrich Wolfgang
Hyun Jae Jin Jun Min Seung Sung Young
"""
FORENAMES = frozenset(_NAMES.split())


def is_forename(word: str) -> bool:
    """Whether a capitalised word is a given name known above."""
    return word in FORENAMES
