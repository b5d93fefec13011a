"""Session 16 (cite13): an article that sets its superscripts after a full stop or a comma
("mice.12 The", "mice,3 and") and never before one prints digits glued to a word before a
stop or a comma only as a name's ("available for COVID19.", "computed with VGG16."), even
where the name is printed bare ("COVID", "VGG") and the digits are a number cited before, or
the next new one. In an article that sets them before the stop ("mice12. The") the same
digits stay a callout, and after the stop ("VGG16.59 The") they are one."""

from __future__ import annotations

from .superscript_articles import cited


def _after(first: int, last: int, at: int = 0, sentence: str = "") -> str:
    """Sentences citing `first`..`last` after the stop, `sentence` in place of `at`'s."""
    return " ".join(sentence if n == at else f"Muscle repair was studied in mice.{n}"
                    for n in range(first, last + 1))


def _before(first: int, last: int, at: int = 0, sentence: str = "") -> str:
    return " ".join(sentence if n == at else f"Muscle repair was studied in mice{n}."
                    for n in range(first, last + 1))


_BARE = "Long COVID is common. Staff met COVID early. The VGG and the ResNet were used. "


def test_digits_before_the_stop_in_an_after_stop_article_are_a_names() -> None:
    for sentence, glued in (
        ("Many were infected before vaccines for COVID19.", "COVID|19"),  # a repeat
        ("Maps are still computed with VGG16, as before.", "VGG|16"),
        ("Most often it is ResNet50.", "esNet|50"),
    ):
        body = _BARE + _after(1, 25) + " " + sentence + " " + _after(26, 30)
        found = cited(body)
        assert not any(f.endswith(glued) for f in found), (sentence, found)
        assert sum(f.endswith("mice.|26") for f in found) == 1, found
    # the next new number of the order, glued before the stop: still a name's digits
    body = _BARE + _after(1, 18) + " We followed staff with COVID19. " + _after(20, 30)
    assert not any(f.endswith("COVID|19") for f in cited(body))


def test_a_repeat_glued_to_a_name_printed_bare_before_the_stop_stays_a_name() -> None:
    # `named_repeats` reads "ID20." after "an ID", but not where the article sets its
    # callouts after the stop
    bare = "Youth who showed an ID quickly were served; the ID was read, and no ID was kept. "
    body = bare + _after(1, 30) + " Youth were served without using any ID20."
    assert not any(f.endswith(" ID|20") for f in cited(body))


def test_the_same_digits_still_cite_after_the_stop_or_in_a_before_stop_article() -> None:
    body = _BARE + _after(1, 18) + " We report VGG16.19 " + _after(20, 30)
    found = cited(body)
    assert any(f.endswith("VGG16.|19") for f in found), found
    body = _BARE + _before(1, 18, 0) + " We followed staff with COVID19. " + _before(20, 30)
    found = cited(body)
    assert any(f.endswith("COVID|19") for f in found), found
    # a lower-case word glued before the stop reads as ever in a before-stop article
    assert sum(f.endswith("mice|20") for f in found) == 1, found


def test_a_persons_name_before_a_comma_still_cites_in_an_after_stop_article() -> None:
    body = (_after(1, 9) + " Absorption was first described by Holm10, Berg11 and Lund12 in"
            " small trials. " + _after(13, 30))
    found = cited(body)
    assert any(f.endswith("Holm|10") for f in found) and any(
        f.endswith("Berg|11") for f in found), found


def test_a_named_list_that_is_the_next_new_numbers_cites_whole() -> None:
    # "CD4+ T cells" prints "CD4" as a name, but "with CD4,5" where 4 and 5 are the next
    # two new numbers of the order is the name "CD" and two callouts
    for first, glued in ((4, ("h CD|4", "CD4,|5")), (12, ("CD|12", "CD12,|13"))):
        body = ("Crohn's disease (CD) is a chronic inflammation. CD4+ T cells drive it. "
                + _after(1, first - 1) + f" Fistulas occur in patients with CD{first},"
                f"{first + 1} and are hard to heal. " + _after(first + 2, 30))
        found = cited(body)
        assert all(any(f.endswith(g) for f in found) for g in glued), found
    # a list that skips is not the next numbers: its first stays the name's ("CD4,8")
    body = ("CD4+ T cells drive it. " + _after(1, 3) + " Seen with CD4,8 and more. "
            + _after(5, 30))
    assert not any(f.endswith("h CD|4") for f in cited(body))


def test_a_list_glued_to_an_acronym_whose_digits_name_a_cell_line_reads_as_a_run() -> None:
    # "PC3 cells" three times makes "PC3" a name, but "advanced PC3,4" where 3 and 4 are
    # the next new numbers of the order is "PC" (printed bare) and two callouts, once each
    body = ("Prostate cancer (PC) is common. PC3 cells lack the receptor; PC3 cells grow; "
            "PC3 cells were used. Doses were 0.25 mg. " + _after(1, 2)
            + " Therapy for advanced PC3,4 and most tumours relapse. " + _after(5, 30))
    found = cited(body)
    assert [f for f in found if "PC3" in f or f.endswith("PC|3")] == [
        "anced PC|3", "ced PC3,|4"], found
    # not where 3 was cited already: then "PC3" is the name, 4 the callout
    body = ("Prostate cancer (PC) is common. PC3 cells lack the receptor; PC3 cells grow; "
            "PC3 cells were used. " + _after(1, 3) + " Therapy for advanced PC3,4 matters. "
            + _after(5, 30))
    assert not any(f.endswith("PC|3") for f in cited(body))


def test_a_name_printed_before_what_it_names_keeps_its_digits_before_the_stop() -> None:
    # an article that sets callouts before the stop ("mice12."): "ResNet50 backbone" says
    # that "ResNet50" is a name, so "with ResNet50." cites no work cited before
    for named, glued in (("A ResNet50 backbone was used. The ResNet family grew. ", "esNet|50"),
                         ("HPV16 oncogenes drive it. HPV testing is common. ", " HPV|16")):
        body = named + _before(1, 29) + f" Most tumours were typed with {glued[-6:-3]}" + (
            f"{glued[-2:]}. Muscle repair was studied in mice30.")
        found = cited(body)
        assert not any(f.endswith(glued) for f in found), found
        assert any(f.endswith("mice|30") for f in found), found
    # a person's name glued to a callout before a verb stays one ("Smith12 showed"), and so
    # does a tool's printed once ("MyNCBI12 allows": the print before a word is this one)
    for name in ("Smith", "MyNCBI"):
        body = _before(1, 11) + f" {name}12 allows it. " + _before(13, 30)
        assert any(f.endswith(f"{name[-3:]}|12") for f in cited(body)), name


def test_callouts_after_et_al_say_nothing_of_the_house() -> None:
    # "Jones et al.12 found" sets a callout after an abbreviation's point in any house
    body = _BARE + " ".join(f"Jones et al.{n} found it in mice." for n in range(1, 19)) + (
        " We followed staff with COVID19. " + _before(20, 30))
    assert any(f.endswith("COVID|19") for f in cited(body))


def test_before_a_comma_only_the_next_new_number_reads() -> None:
    # "in COPD10, ILD11 and asthma12": a list of names, each with its callout, may set the
    # callout before the comma even where sentences end "mice.12"; a repeat there is a name's
    body = _BARE + "COPD and ILD are common. " + _after(1, 9) + (
        " It is seen in COPD10, ILD11 and asthma12 alike. ") + _after(13, 30)
    assert any(f.endswith("n COPD|10") for f in cited(body))
    body = _BARE + _after(1, 25) + " Maps used VGG16, as before. " + _after(26, 30)
    assert not any(f.endswith("VGG|16") for f in cited(body))



def test_a_series_written_short_is_no_run_of_callouts() -> None:
    # (review of cite13) "TLR7,8" beside "TLR8" alone: members of one series, not a name and
    # the next new numbers
    body = ("TLR8 senses RNA; TLR7 does too; TLR ligands vary. " + _after(1, 6)
            + " The TLR7,8 agonist resiquimod was given. " + _after(9, 30))
    assert not any(f.endswith("TLR|7") for f in cited(body)), cited(body)
