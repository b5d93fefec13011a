"""Session 18 (cite16): glued superscripts the article's own evidence reads.

- a first citation glued to a one-letter name ("CLUSTAL X33.", "P7.p28.") where first-
  citation order says that number must first appear; never a lone digit ("T4"), nor where
  the number is cited elsewhere first;
- a repeat glued to a unit's power that the article prints on its own ("0.25 W/m232,36,"
  beside "1 W/m2"), where it prints that power glued to callouts twice;
- a repeat glued to a long title-case word closing a proper name that the article prints
  with digits only there ("the Human Connectome Consortium50.", "G. Butler-Browne33,"), or
  printed again with the digits its first print cited by order ("Samtools49 and ... using
  Samtools49."); not a name printed with other digits ("Connexin43 ... Connexin32"), a
  protein after a verb ("expressed Keratin14,"), a short stem ("Notch12."), one digit
  ("Consortium5."), nor in an article that sets its callouts after the stop.
"""

from __future__ import annotations

from .superscript_articles import cited
from .superscript_articles import ordered as _ordered


def test_a_first_citation_glued_to_a_one_letter_name_fills_its_window() -> None:
    found = cited(_ordered(1, 30, 14, "Trees were built using CLUSTAL X14."))
    assert any(f.endswith("USTAL X|14") for f in found), found
    found = cited(_ordered(1, 30, 14, "Fates differ in P5.p and P7.p14. The"))
    assert any(f.endswith("d P7.p|14") for f in found), found


def test_one_letter_names_outside_a_window_stay_names() -> None:
    # 14 is cited in its own place: "X14" later is a name
    found = cited(_ordered(1, 30, 0, "") + " Trees were built using CLUSTAL X14.")
    assert not any(f.endswith("X|14") for f in found), found
    # one digit: "T4" is a name whatever the order says
    found = cited(_ordered(1, 30, 4, "Levels of plasma T4."))
    assert not any(f.endswith("a T|4") for f in found), found


def test_a_repeat_glued_to_a_power_printed_on_its_own_is_read() -> None:
    body = _ordered(1, 30, 0, "") + (" The imbalance is about 1 W/m2 or less. Solar forcing"
                                     " is about 0.25 W/m212,16, but small. The decade saw"
                                     " about -1.5 W/m212,17, half of it.")
    found = cited(body)
    assert sum(f.endswith("W/m2|12") for f in found) == 2, found
    assert any(f.endswith("m212,|16") for f in found), found
    assert any(f.endswith("m212,|17") for f in found), found


def test_a_repeat_glued_to_a_long_word_printed_only_there_is_read() -> None:
    for sentence, glued in (
        ("Data came from the Human Connectome Consortium20.", "sortium|20"),
        ("Lines were a gift of G. Butler-Browne22, and", "-Browne|22"),
        ("Donors came from the Registry22, and", "egistry|22"),
    ):
        found = cited(_ordered(1, 30, 0, "") + " " + sentence)
        assert any(f.endswith(glued) for f in found), (sentence, found)


def test_look_alikes_of_a_glued_word_repeat_stay_unread() -> None:
    for sentence, glued in (
        ("Gap junctions used Connexin23. Others used Connexin32 and", "nexin|23"),
        ("Cells expressed Notch12.", "Notch|12"),  # a short stem: a gene's
        ("Data came from the Consortium5.", "tium|5"),  # one digit
        ("Cells expressed Syntaxin17. Later Syntaxin17 rose.", "ntaxin|17"),  # printed twice
        ("Data came from the Consortium50.", "tium|50"),  # never cited before
        ("Cells made Connexin23 channels.", "nexin|23"),  # goes on into what it names
        ("The cells also expressed Keratin14, a marker.", "eratin|14"),  # after a verb
        ("Syntaxin17, which marks autophagosomes, was not measured.", "ntaxin|17"),
        ("In Syntaxin17. Later", "ntaxin|17"),  # after a sentence's opening word
        ("We extracted reads using Samtools17. We", "amtools|17"),  # printed once
    ):
        found = cited(_ordered(1, 30, 0, "") + " " + sentence)
        assert not any(f.endswith(glued) for f in found), (sentence, found)


def test_no_glued_word_repeat_where_callouts_follow_the_stop() -> None:
    body = " ".join(f"Muscle repair was studied in mice.{n}" for n in range(1, 31))
    found = cited(body + " Data came from the Human Connectome Consortium20.")
    assert not any(f.endswith("sortium|20") for f in found), found


def test_a_long_word_printed_again_with_its_callout_cites_again() -> None:
    found = cited(_ordered(1, 30, 17, "Reads were aligned by Samtools17 and sorted.")
                  + " We extracted reads using Samtools17. We")
    assert sum(f.endswith("amtools|17") for f in found) == 2, found


def test_look_alikes_of_a_long_word_printed_again_stay_unread() -> None:
    for sentence in ("Cells expressed Syntaxin17. Later we saw Syntaxin17.",  # 17 no new one
                     "Cells expressed Syntaxin17. Later we saw Syntaxin18."):
        found = cited(_ordered(1, 30, 0, "") + " " + sentence)
        assert not any(f.endswith(("ntaxin|17", "ntaxin|18")) for f in found), (sentence, found)
    # one-letter names in a window: going on into a word, or printed twice
    for sentence, glued in (("Marks such as H14 histone rose.", "H|14"),
                            ("Levels of B14. B14 was low.", "B|14")):
        found = cited(_ordered(1, 30, 14, sentence))
        assert not any(f.endswith(glued) for f in found), (sentence, found)


def test_products_and_bare_letters_after_a_word_stay_unread() -> None:
    """Session 18 review of cite16: a vendor's product glued to a cited number ("Microsoft
    Windows10.", "IBM SPSS Statistics22."), and a one-letter name after a word or a
    preposition ("at P13.", "vitamin B12.") are names, not callouts."""
    for sentence, glued in (("Data were checked in Microsoft Windows10. Missing", "indows|10"),
                            ("Analyses were run in IBM SPSS Statistics22. Then", "istics|22"),
                            ("Images came from NASA Apollo15. Later", "pollo|15")):
        found = cited(_ordered(1, 30, 0, "") + " " + sentence)
        assert not any(f.endswith(glued) for f in found), (sentence, found)
    for sentence, glued in (("Additional litters were sampled at P14.", "t P|14"),
                            ("Mice were fed vitamin B14.", "n B|14")):
        found = cited(_ordered(1, 30, 14, sentence))
        assert not any(f.endswith(glued) for f in found), (sentence, found)
