"""Session 16: a repeat glued to a name the article prints on its own ("not using any ID20."
after "an ID quickly" and an earlier callout 20), and its look-alikes: a name printed with
those digits before a word ("CD44 expression"), a family numbered past 9 ("IL10", "IL17"),
one digit ("GLP1R5."), a number never cited before, a name never printed bare. And a list
glued to a name whose first number is the name's own ("encoded by Traf3ip2,4 whose" beside
"Traf3ip2−/− mice"): only the rest of the list cites."""

from __future__ import annotations

from .superscript_articles import cited
from .superscript_articles import ordered as _ordered

_BARE = "Youth who showed an ID quickly were served; the ID was read, and no ID was kept. "


def _article(sentence: str, bare: str = _BARE) -> str:
    return bare + _ordered(1, 30, 0, "") + " " + sentence + " Bars were studied in mice."


def test_a_repeat_glued_to_a_name_printed_bare_is_read() -> None:
    found = cited(_article("Youth were served without using any ID20. Few had an ID20."))
    assert sum(f.endswith(" ID|20") for f in found) == 2, found
    found = cited(_article("Updates came by RSS or ATOM16.", "Feeds in ATOM were read. "))
    assert any(f.endswith("ATOM|16") for f in found), found
    found = cited(_article("The peptide binds via its N-terminus to GLP1R23.",
                           "The GLP1R was cloned; GLP1R binds. "))
    assert any(f.endswith("GLP1R|23") for f in found), found


def test_look_alikes_of_a_named_repeat_stay_unread() -> None:
    for sentence, bare, glued in (
        ("Cells were sorted by CD44.", "The CD marker CD44 expression rose. ", "CD|44"),
        ("Cells made IL10.", "The IL family: IL17 and IL10 rose. ", "IL|10"),  # a series
        ("Cells made GLP1R5.", "The GLP1R binds. ", "GLP1R|5"),  # one digit: a member
        ("Youth were served without using any ID20.", "", "ID|20"),  # never bare
        ("Levels were high for PM10.", "PM and PM2.5 rose; PM10 levels doubled. ", "PM|10"),
        ("Levels were high for PM10.", "PM rose. Levels of PM10, too. ", "PM|10"),  # rarer bare
        ("Lines were sorted from HEK293.", "HEK cells grew. ", "K2|93"),  # past the list
        ("Its area was 5 mm12.", "Sizes in mm and MM were read. ", "mm|12"),
    ):
        found = cited(_article(sentence, bare))
        assert not any(f.endswith(glued) or f.endswith(glued.replace("|", "")) for f in found), (
            sentence, found)
    # a number the article never cited before is no repeat
    body = _BARE + _ordered(1, 19, 0, "") + " Youth were served without using any ID25."
    assert not any(f.endswith("y ID|25") for f in cited(body))


def test_a_lists_first_number_printed_with_the_name_elsewhere_is_the_names() -> None:
    for elsewhere in ("Traf3ip2−/− mice were used.", "Traf3ip2 mice were used.",
                      "Mice lacking Traf3ip2\nwere used."):
        body = _ordered(1, 30, 14, "Signals need Act1, encoded by Traf3ip2,14 whose variants"
                                   " matter.") + " " + elsewhere
        found = cited(body)
        assert any(f.endswith("f3ip2,|14") for f in found), found
        assert not any(f.endswith(("Traf3ip|2", "Traf3ip|2,14")) for f in found), found


def test_a_list_glued_to_a_name_printed_only_with_callouts_is_kept() -> None:
    body = _ordered(1, 30, 14, "Aerosol forms from IEPOX-SOA14,15 in the dark.") + (
        " Yields of IEPOX-SOA14. Yields were studied in mice.")
    found = cited(body)
    assert any(f.endswith(("X-SOA|14,15", "X-SOA|14")) for f in found), found
    assert any(f.endswith(("X-SOA|14,15", "SOA14,|15")) for f in found), found


def test_a_callout_after_a_comma_before_a_wrapped_line_is_read() -> None:
    # an article that sets its callouts after marks ("mice.4 Muscle"); a PDF's line break
    # stands where the space was ("in 2004,14⏎graphene")
    for gap in (" ", "\n"):
        body = "Doses were 0.25 mg. " + " ".join(
            f"Sheets were first made in 2004,14{gap}graphene was next." if n == 14
            else f"Muscle repair was studied in mice.{n}" for n in range(1, 31))
        assert any(f.endswith("n 2004,|14") for f in cited(body)), repr(gap)
    # not a thousands group or a decimal comma before the line's end
    body = "Doses were 0.25 mg. " + " ".join(
        f"Muscle repair was studied in mice.{n}" for n in range(1, 31)) + (
        " Of 1,200\nmice and 3,14\nrats none died.")
    assert not any(f.endswith(("1,|200", "3,|14")) for f in cited(body))


def test_digits_of_a_name_a_label_noun_introduces_are_no_callout() -> None:
    for named in ("(clone IM7, 1:200)", "(strain KM7)", "from allele GT7.", "(lot XB7; Sigma)"):
        body = _ordered(1, 30, 7, f"Cells were stained with anti-CD44 {named} and washed.")
        assert not any(f.split("|")[1] == "7" and f.split("|")[0][-1].isalpha()
                       for f in cited(body)), named
    # a callout after a name that no label introduces is still read as the next number
    body = _ordered(1, 30, 7, "Cells were stained as described by Kim and Lee in KM7.")
    assert any(f.endswith("in KM|7") for f in cited(body))


def test_a_number_named_as_a_reference_after_a_wrapped_line_is_read() -> None:
    for gap in (" ", "\n"):
        body = _ordered(1, 30, 0, "") + f" Viability was read as in ref.{gap}12 and normalised."
        assert any(f.endswith(f"n ref.{gap}|12") for f in cited(body)), repr(gap)
    # not a paragraph's number after a blank line
    body = _ordered(1, 30, 0, "") + " The value was read from the ref.\n\n12 Results were new."
    assert not any(f.endswith("|12") and "ref" in f for f in cited(body))


def test_a_count_after_a_named_list_is_no_item() -> None:
    for gap in (" ", "\n"):
        body = _ordered(1, 30, 0, "") + (
            f" Ages were reported as in refs{gap}24,25,27–29, 13 on gender, and more.")
        found = cited(body)
        assert any(f.endswith("|27–29") for f in found), found
        assert not any(f.endswith("29, |13") for f in found), found
    # a rising last item stays in the list
    body = _ordered(1, 30, 0, "") + " Ages were reported as in refs 24,25, 27 on gender."
    assert any(f.endswith("25, |27") for f in cited(body))



def test_a_name_with_a_family_of_numbers_or_printed_three_times_is_no_repeat() -> None:
    # (review of cite12) "PM2.5" beside "PM10", "CD4+" beside "CD14": one digit is a member
    # of the name's family too; and a name printed with the digits three times is a name's
    # ("the EU27" of trade statistics), as `never_glued` reads any glued digits
    for sentence, bare, glued in (
        ("Trade with the EU27. Imports into the EU27, 2015. Rules of the EU27.",
         "The EU grew; EU law and EU members and the EU budget and EU staff. ", "EU|27"),
        ("Coarse particles such as PM10. Street washing lowers PM10, at least for a day. "
         "Means of PM2.5 and of PM10. PM was read.",
         "PM rose; PM fell; PM was read; PM grew; PM is dust. ", "PM|10"),
        ("Monocytes were sorted on CD14, then stained. Non-classical cells carried little "
         "CD14.", "CD flares; in CD the CD4+ T cells rose; CD was read; CD is Crohn. ",
         "CD|14"),
    ):
        found = cited(_article(sentence, bare))
        assert not any(f.endswith(glued) for f in found), (sentence, found)
