"""Digits glued to a name the cited entry prints (issue 14, session 13): "lme464" cites the
entry "Fitting linear mixed models using lme4", "ColabFold25" the ColabFold paper, "the
Registered Report2" the registered report, "Nathani and Sharma130" Sharma's work, even where
first-citation order alone cannot tell them from a gene's or a tool's digits. Names the list
itself prints with their digits ("BRCA1" in a title), short stems ("CO2", "IL-6", "p53") and
articles that do not glue their callouts are left alone."""

from __future__ import annotations

from claimcheck.citations import extract_claims
from claimcheck.ingest.plaintext import split_document
from claimcheck.parse import parse_entries

_GENERIC = "{n}. Author{n} A, Writer B. Study number {n} of obesity. J Test. 2001;{n}:1-9."
_TITLES = {
    2: "2. Bates D, Maechler M. Fitting linear mixed models using lme4. J Stat Softw. "
       "2015;67:1-48.",
    3: "3. Mirdita M, Steinegger M. ColabFold: making protein folding accessible to all. "
       "Nat Methods. 2022;19:679-82.",
    6: "6. Blum D, Hao H. Registered report: transcriptional amplification in tumour cells. "
       "eLife. 2015;4:e04275.",
    7: "7. Nathani A, Sharma CS. Electrospun fibres for sensing. Anal Chim Acta. "
       "2019;1067:1-10.",
    8: "8. King MC, Marks JH. BRCA1 and BRCA2 in breast cancer. Science. 2003;302:643-6.",
}


def cited(body: str, titles: dict[int, str] = _TITLES, count: int = 12) -> list[str]:
    entries = "\n".join(titles.get(n, _GENERIC.format(n=n)) for n in range(1, count + 1))
    document = split_document(f"Introduction\n\n{body}\n\nReferences\n\n{entries}\n", "t.txt")
    found = extract_claims(document.body, parse_entries(document.entries))
    return [f"{document.body[c.start - 9 : c.start]}|{c.text}" for c in found.callouts]


_OPENING = ("Obesity rises worldwide1. Models were fitted with lme42 and structures were "
            "predicted with ColabFold3. Diet matters in adults4,5 and in children6. ")


def test_a_repeat_glued_to_a_name_its_entry_prints_is_a_callout() -> None:
    # (the article names the Registered Report alone too: "Report6" is no version)
    body = _OPENING + ("The Registered Report set the plan. As described in the Registered "
                       "Report6, the fits used lme42 and ColabFold3 as before. Recently, "
                       "Nathani and Sharma7 built a sensor.")
    found = cited(body)
    assert "ed Report|6" in found
    assert "used lme4|2" in found
    assert "ColabFold|3" in found
    assert "nd Sharma|7" in found


def test_a_name_the_list_prints_with_its_digits_is_no_callout() -> None:
    # entry 8 prints "BRCA1": the digits belong to the gene, whatever entry 1 says
    titles = {**_TITLES, 1: "1. Roy R. Obesity, BRCA and the clinic. J Test. 2001;1:1-9."}
    body = _OPENING + "Carriers of BRCA1 were compared with adults7 and children8."
    assert not any(c.endswith("BRCA|1") for c in cited(body, titles))


def test_short_stems_formulas_and_plain_words_are_left_to_the_sequence() -> None:
    # entry 2 prints "CO" and "IL" as words: two letters are a formula's or a gene's
    titles = {**_TITLES, 2: "2. Lee K. CO and IL levels in smokers. Lung. 2015;6:1-4."}
    body = ("Obesity rises worldwide1 and in adults2,3. Smokers exhale CO2, and IL-62 rises in "
            "them4.")
    assert cited(body, titles) == ["worldwide|1", "in adults|2", " adults2,|3", "s in them|4"]


def test_an_article_that_does_not_glue_its_callouts_is_left_alone() -> None:
    body = ("Obesity rises worldwide [1]. Models were fitted with lme4 [2] and structures "
            "with ColabFold [3]. Later fits used lme42 again, and ColabFold3 too.")
    found = cited(body)
    assert not any(c.startswith("used lme4") or c.endswith("ColabFold|3") for c in found)


def test_a_name_that_goes_on_into_what_it_names_or_numbers_a_series_is_no_callout() -> None:
    # entry 4 is about hepcidin and entry 5 about Notch, both cited already, but "Hepcidin4
    # levels" names the peptide, and "Notch5" is one of a series ("Notch1", "Notch3")
    titles = {**_TITLES, 4: "4. Ganz T. Hepcidin and iron regulation. Blood. 2011;117:4425-33.",
              5: "5. Kopan R. Notch signalling in development. Cell. 2009;137:216-33."}
    body = _OPENING + ("Hepcidin4 levels rose and Notch1 and Notch3 fell, as did Notch5, in all "
                       "mice7.")
    found = cited(body, titles)
    assert not any(c.endswith(("Hepcidin|4", "Notch|5")) for c in found)


def test_digits_glued_to_a_name_the_list_prints_with_them_are_no_callout() -> None:
    # 2 is the next work to cite, but "PALB2" is a gene the list prints in a title; "disease2"
    # is no word the list prints, so the same number glued to it still cites
    titles = {**_TITLES, 2: "2. Antoniou AC. Breast-cancer risk in families with mutations in "
                            "PALB2. N Engl J Med. 2014;371:497-506."}
    body = ("Risk is high in carriers1. Variants in PALB2, CHEK2 and ATM confer lower risks, "
            "as does a family history of the disease2, and age3.")
    assert cited(body, titles) == [" carriers|1", "e disease|2", ", and age|3"]


_SPACED = ("Obesity rises worldwide 1. Models were fitted by least squares 2 and structures were "
           "predicted by deep learning 3. Diet matters in adults 4,5 and in children 6. ")


def test_a_spaced_repeat_after_a_name_its_entry_prints_is_a_callout() -> None:
    # an article that sets its superscripts after a space: the repeats after names count too
    # (the article names the Registered Report alone as well: no version "Report 6")
    body = _SPACED + ("The Registered Report set the plan, and ColabFold is fast. As described "
                      "in the Registered Report 6, the fits used ColabFold 3, as in the "
                      "Registered Report 6. Cats agree 7.")
    found = cited(body)
    assert found.count("d Report |6") == 2
    assert "olabFold |3" in found


def test_a_spaced_label_or_a_name_the_list_prints_with_its_number_is_no_callout() -> None:
    # entry 3 prints "Table" but "Table 3" is a label; entry 2 prints "ImageJ2", so "ImageJ 2"
    # is the program's version, whatever its entry
    titles = {**_TITLES, 2: "2. Rueden CT, Schindelin J. ImageJ2: ImageJ for the next generation "
                            "of image data. BMC Bioinformatics. 2017;18:529.",
              3: "3. Lee K. Table and figure design for readers. J Test. 2001;3:1-9."}
    body = _SPACED + ("Images were read in ImageJ 2, and counts are in Table 3. Cats agree 7,8.")
    found = cited(body, titles)
    assert not any(c.endswith(("ImageJ |2", "Table |3")) for c in found)


def test_digits_after_a_hyphen_belong_to_the_name() -> None:
    # "Hepcidin-25", "Interleukin-6": the number after the hyphen is the name's, even where
    # entries 5, 6 and 25 are about hepcidin and interleukins
    titles = {**_TITLES, 5: "5. Ganz T. Hepcidin and iron regulation. Blood. 2011;117:4425-33.",
              6: "6. Tanaka T. Interleukin and its receptors. CSH Perspect. 2014;6:a016295.",
              25: "25. Nemeth E. Hepcidin in anaemia. Annu Rev Med. 2009;60:347-59."}
    body = _OPENING + ("Hepcidin-25 was measured, and Interleukin-6 was raised, in all mice7.")
    found = cited(body, titles, count=30)
    assert not any(c.endswith(("Hepcidin-|25", "epcidin-2|5", "rleukin-|6")) for c in found)


def test_a_name_the_article_prints_going_on_into_what_it_names_is_no_callout() -> None:
    # entry 1 is about Notch, and "Notch1." closes a sentence, but the article also prints
    # "Notch1 signalling": "Notch1" is a gene's name wherever it stands
    titles = {**_TITLES, 1: "1. Kopan R. Notch signalling in development. Cell. 2009;137:216-33."}
    body = _OPENING + ("Mice lacked Notch1. Their Notch1 signalling was low, as in cats7.")
    found = cited(body, titles)
    assert not any(c.endswith("Notch|1") for c in found)


def test_a_line_break_after_the_digits_reads_as_the_space_it_stands_for() -> None:
    # text from a PDF breaks its lines anywhere: "lme42\nand" closes as "lme42 and" does
    body = _OPENING + ("As described in the Registered Report6, the fits used lme42\nand the "
                       "models were run\nagain.")
    assert "used lme4|2" in cited(body)


def test_a_name_the_list_prints_with_its_number_after_a_space_is_no_callout() -> None:
    # entry 3 is about phase 3 trials: "Phase3." is the phase the list names, not work 3
    titles = {**_TITLES, 3: "3. Lee K. Phase 3 trials of statins in obesity. Lancet. 2001;3:1-9."}
    body = ("Obesity rises worldwide1. Models were fitted with lme42 and trials run3. Diet "
            "matters in adults4,5 and in children6. Two drugs reached Phase3. Cats agree7.")
    assert not any(c.endswith("d Phase|3") for c in cited(body, titles))



def test_a_name_of_a_numbered_series_is_no_callout() -> None:
    # entry 3 prints "MMP1", but the article prints MMP1, MMP12 and MMP13: "MMP13" is the
    # third of a series, not MMP1 and work 3
    titles = {**_TITLES, 3: "3. Mercer BA. A smoke-responsive region in the MMP1 promoter. "
                            "Am J Respir Cell Mol Biol. 2009;40:4-12."}
    body = ("Emphysema follows elastin loss1. Macrophages release collagenases2, and MMP1 is "
            "induced by smoke3. Mice lacking MMP12 are protected4, and MMP13 is raised5. We "
            "measured MMP12 and MMP13 in sputum6.")
    found = cited(body, titles)
    assert not any(c.endswith("MMP1|3") for c in found)
    assert [c[-1] for c in found] == ["1", "2", "3", "4", "5", "6"]


def test_a_spaced_name_printed_with_two_numbers_is_a_series() -> None:
    # entry 2 prints "Hospital"; "Hospital 1 ... Hospital 2" numbers the article's sites
    titles = {**_TITLES, 2: "2. Dyrbye LN. Burnout among nurses: the Hospital survey. J Occup "
                            "Med. 2019;61:689-98."}
    body = _SPACED + ("Hospital 1 was a university hospital and Hospital 2 a district one. "
                      "Cats agree 7.")
    assert not any(c.endswith("ospital |2") for c in cited(body, titles))


def test_a_capitalised_spaced_name_must_stand_so_in_the_entry() -> None:
    # entry 2 prints "a method" and "the hospital" in lower case: "Method 2 of the
    # consensus" numbers a method, "Hospital 2" a site
    titles = {**_TITLES, 2: "2. Wentholt IM. A method for detecting hypoglycaemia in the "
                            "hospital. Diabet Med. 2007;24:527-32."}
    body = _SPACED + "Method 2 of the consensus defined an event 7. At Hospital 2, cats agree 8."
    assert not any(c.endswith(("Method |2", "ospital |2")) for c in cited(body, titles))


def test_a_version_glued_to_a_tool_the_article_prints_again_is_no_callout() -> None:
    # entry 2 is the AlphaFold paper, cited at "accuracy2"; the article prints "AlphaFold2"
    # twice and never "AlphaFold" alone: the version, not a repeat of work 2
    titles = {**_TITLES, 2: "2. Jumper J. Highly accurate protein structure prediction with "
                            "AlphaFold. Nature. 2021;596:583-9."}
    body = ("Prediction changed the field1. Deep learning reached accuracy2 and ColabFold3 made "
            "it fast. We predicted the pumps with AlphaFold2 and ColabFold, aligned with care4. "
            "Domains predicted by AlphaFold2 were compared with the family5.")
    found = cited(body, titles)
    assert not any(c.endswith("haFold|2") for c in found)
    assert "ColabFold|3" in found


def test_a_tool_cited_in_order_and_printed_again_with_its_callout_is_cited() -> None:
    # "OpenID7" is first cited in order (after 6), so its second printing cites work 7 again
    titles = {**_TITLES, 7: "7. Recordon D. OpenID 2.0: a platform for user-centric identity. "
                            "Proc DIM. 2006;7:11-6."}
    body = _OPENING + ("Schemes such as OpenID7 (the latter in wide use) help. Tools should use "
                       "schemes such as OpenID7 to give access, as cats do8.")
    assert cited(body, titles).count("as OpenID|7") == 2


def test_a_spaced_name_two_entries_print_cites_both() -> None:
    # entries 6 and 7 both print "Connotea": two works about one tool, no series; and only
    # the capital must match the entry's ("Colabfold 3" for a title's "ColabFold")
    titles = {**_TITLES, 6: "6. Lund B. Social bookmarking: Connotea and kin. D-Lib. 2005;11:4.",
              7: "7. Hull D. Connotea tools for scientists. PLoS Comput Biol. 2008;4:e1000204."}
    body = _SPACED + ("Connotea and Colabfold are named alone too. A paper in Connotea 6 is "
                      "tagged. Connotea 7 is run by a publisher. Deep folds came from Colabfold 3.")
    found = cited(body, titles)
    assert "Connotea |6" in found and "Connotea |7" in found
    assert "olabfold |3" in found


def test_one_digit_after_a_name_the_article_never_prints_alone_is_a_version() -> None:
    # entries 2 and 3 print "AlphaFold" and "Python", and both are cited already, but the
    # article never names either without its digit: "AlphaFold2", "Python3" are versions
    titles = {**_TITLES,
              2: "2. Jumper J. Structure prediction with AlphaFold. Nature. 2021;596:583-9.",
              3: "3. Python Software Foundation. Python language reference manual. 2022."}
    body = ("Prediction changed the field1, reached accuracy2 and needs code3. Domains predicted "
            "by AlphaFold2 were compared. Analyses were written in Python3. Cats agree4.")
    found = cited(body, titles)
    assert not any(c.endswith(("haFold|2", "Python|3")) for c in found)


def test_a_number_the_entry_prints_as_the_version_is_no_callout() -> None:
    # entry 17 is the manual of release 17: "Stata 17" names the release, not the manual
    titles = {**_TITLES, 17: "17. StataCorp. Stata statistical software: release 17. College "
                             "Station: StataCorp; 2021."}
    body = _SPACED + "Analyses used Stata 17. Cats agree 7."
    assert not any(c.endswith("Stata |17") for c in cited(body, titles, count=20))


def test_a_spaced_name_with_digits_of_its_own_is_read_whole() -> None:
    # "MEGA7 2" in a spaced article: the name's own digits are no number set after it
    body = _SPACED + "Trees were drawn in MEGA7 2 and in the Registered Report 6. Cats agree 7."
    assert "ts agree |7" in cited(body)


def test_a_number_the_entry_prints_after_any_other_word_still_cites() -> None:
    # entry 12 prints "of 12 trials": no release of Connotea, so "Connotea 12" cites it
    titles = {**_TITLES, 12: "12. Lund B, Hammond T. Social bookmarking with Connotea: results "
                             "of 12 trials. D-Lib Mag. 2005;11:4."}
    body = _SPACED + "Tags were shared with Connotea 12. Cats agree 7."
    assert "Connotea |12" in cited(body, titles, count=20)


def test_a_spaced_hyphen_range_after_a_name_its_entry_prints_is_read() -> None:
    # a text layer may print a range's dash as a hyphen: "(as in Connotea 7-9)" cites as
    # "(as in Connotea 7–9)" does (a lone range in a parenthesis: the entry's reading only)
    titles = {**_TITLES, 7: "7. Lund B, Hammond T. Social bookmarking tools: Connotea. D-Lib "
                            "Mag. 2005;11:4."}
    for dash in "–-":
        body = _SPACED + f"Tags were shared (as in Connotea 7{dash}9). Cats agree 10."
        assert f"Connotea |7{dash}9" in cited(body, titles, count=20)
