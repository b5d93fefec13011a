"""A book's, series' or proceedings' name whose first words the tagger left at the end of an
unstopped sentence-case title ("... systems Lecture Notes in Computer | Science 6262"), and
proceedings read into the title with no container ("... learners Proceedings of NeurIPS 33");
parse/nametail.py."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [("Kim H, Park S (2010) Efficient indexing of moving objects in spatial database systems "
      "Lecture Notes in Computer Science 6262, 120–131",
      "Efficient indexing of moving objects in spatial database systems",
      "Lecture Notes in Computer Science"),
     ("Lee K, Chan M (2018) Attention-based models for speech recognition Advances in Neural "
      "Information Processing Systems 31, 577–585",
      "Attention-based models for speech recognition",
      "Advances in Neural Information Processing Systems"),
     ("Ng K (2014) Cell fate decisions in the embryo Trends in Cell Biology 27, 1–5",
      "Cell fate decisions in the embryo", "Trends in Cell Biology"),
     ("Brown T 2020 Language models are few-shot learners Proceedings of NeurIPS 33 1877–1901",
      "Language models are few-shot learners", "Proceedings of NeurIPS"),
     ],
)
def test_the_name_is_the_container(text: str, title: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.title, parsed.container) == (title, container)


@pytest.mark.parametrize(
    ("text", "title"),
    [  # a place closing a sentence-case title, after "the"
     ("Ortiz L, Reyes M (2012) Hypoxia and fish kills in the Gulf of Mexico Marine Pollution "
      "Bulletin 35, 1–12", "Hypoxia and fish kills in the Gulf of Mexico"),
     # a body's or a place's name joined with "of"
     ("Hill A, Ward B (2009) Survey of patients attending Royal Hospital of Wales Clinical "
      "Medicine 59, 1–5", "Survey of patients attending Royal Hospital of Wales"),
     ("Hill A (2009) Teaching history students Isle of Man Historical Journal 59, 1–5",
      "Teaching history students Isle of Man"),
     # a body's name before a journal whose first word is cut
     ("Hill A, Ward B (2009) Survey of patients attending Royal Hospital of Wales Br J Gen "
      "Pract 59, 1–5", "Survey of patients attending Royal Hospital of Wales"),
     ],
)
def test_the_title_keeps_its_name(text: str, title: str) -> None:
    assert parse_string(text).title == title
