"""Where a name list joined by semicolons ends (parse/semicolonlist.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "last"),
    [("Hu, W.; Lin, Y.; Chen, S. Dietary Zinc Intake, Serum Zinc, and the Risk of Type 2 "
      "Diabetes: A Meta-analysis. BMC Med, 2014, 12, 119.",
      "Dietary Zinc Intake, Serum Zinc, and the Risk of Type 2 Diabetes: A Meta-analysis",
      "Chen"),
     ("Ode, K.; Sato, T. Sleep, Mood, and Memory in Adolescents. Sleep 2011, 34, 100–110.",
      "Sleep, Mood, and Memory in Adolescents", "Sato"),
     ("Roth, R.; Abel, N.; Kranz, G. Z. Mammalian ER Stress Sensors in Yeast. Mol Biol Cell "
      "2015, 26, 172–184.", "Mammalian ER Stress Sensors in Yeast", "Kranz"),
     ],
)
def test_the_title_starts_after_the_last_initials(text: str, title: str, last: str) -> None:
    parsed = parse_string(text)
    assert (parsed.title, parsed.authors[-1].family) == (title, last)


def test_a_name_suffix_after_the_last_initials_is_no_title() -> None:
    parsed = parse_string("Kim, H.; Lee, S.; Brown, K. Jr. Total Synthesis of Taxol. "
                          "J. Am. Chem. Soc. 1994, 116, 1597.")
    assert parsed.title.rstrip(".") == "Total Synthesis of Taxol"
