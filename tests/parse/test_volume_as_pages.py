"""A journal's volume the tagger read as the first pages, the work's pages printed after it
("J Ornithol 139 (1998): 173–177", "Behaviour, 145 (2008), pp. 983–1001", OSCOLA's
"(2011) 1 Brain Connect, 169–183")."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [("Smith, John. “Title of Work.” Journal of Things 139 (1998): 173–177.", "139", "173-177"),
     ("Che, Y., G. Zhang, Y. Zhang, et al. “Solution-processed Graphene”. Opt. Commun. 425 "
      "(2018): 161–165.", "425", "161-165"),
     ("118 Asensio, N. and others, ‘Intragroup Aggression, Fission-fusion Dynamics and Feeding "
      "Competition in Spider Monkeys’, Behaviour, 145 (2008), Edition, pp. 983–1001", "145",
      "983-1001"),
     ("S. Jbabdi & H. Johansen-Berg, 'Tractography: Where Do We Go from Here?', (2011) 1 Brain "
      "Connect, 169–183.", "1", "169-183"),
     ("Patel, R. et al. (2019): “Development of fluorescent protein-based biosensing strains: a "
      "new tool”. In: Ecotoxicol. Environ. Saf., 182 (2019), p. 109450.", "182", "109450"),
     ("S. A. Deventer, F. Uhl, T. Bugnyar, [et al.], Behavioural type affects space use in a wild "
      "population of crows (Corvus corone), «Ethology», 122 (2016), p. 881–891.", "122",
      "881-891")],
)
def test_the_volume_before_the_pages(text: str, volume: str, pages: str) -> None:
    ref = parse_string(text)
    assert (ref.volume, ref.pages) == (volume, pages)


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [  # a chapter's pages and the cited page after the imprint: no volume
     ("Jane Doe, ‘A Chapter’, in A Book, ed. by J. Roe (London: Verso, 2001), 145–60 (p. 150).",
      "", "145-160"),
     # a volume already read, the number after it the first page
     ("J. Smith, ‘Title’, Journal of Things, 12 (1998), 145, 150.", "12", "145")],
)
def test_left_alone(text: str, volume: str, pages: str) -> None:
    ref = parse_string(text)
    assert (ref.volume, ref.pages) == (volume, pages)
