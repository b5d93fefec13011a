"""Callouts printed with the slips and shortcuts of real articles: a stray full stop after a
name, joint short forms, a superscript that runs into the next word or jumps ahead."""

from __future__ import annotations

from claimcheck.citations import extract_claims
from claimcheck.citations.documents import entry_document
from claimcheck.citations.numeric import find_numeric
from claimcheck.citations.superscripts import superscripts
from claimcheck.model import Author, Reference

from .conftest import links, ref


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_a_full_stop_after_a_listed_name_does_not_end_the_callout() -> None:
    refs = (ref("A", 1, "Abu-Rabia", "2004"), ref("B", 2, "Xi-Li|Kim", "2010"),
            ref("C", 3, "Martín García", "2008"))
    found = links("Seen (Abu-Rabia., 2004) and (Xi-Li. & Kim, 2010). Abu-Rabia. (2004) "
                  "said so (MARTÍN GARCÍA. 2008, p. 188).", refs)
    assert found == {"Abu-Rabia., 2004": ("A",), "Xi-Li. & Kim, 2010": ("B",),
                     "Abu-Rabia. (2004)": ("A",), "MARTÍN GARCÍA. 2008": ("C",)}


def test_a_full_stop_after_a_word_the_list_lacks_still_ends_the_sentence() -> None:
    refs = (ref("A", 1, "Abu-Rabia", "2004"),)
    text = "It was found by Mendes. 2004 was a dry year. The trial ended. (2004) data."
    assert extract_claims(text, refs).callouts == ()


def test_joint_short_forms_are_one_author_listed_under_the_first_body() -> None:
    refs = (ref("O", 1, "OECD/FAO", "2008", raw="OECD/FAO (2008). Outlook. Paris."),
            ref("W", 2, "WHO", "2001", raw="WHO (2001). A title. Geneva."))
    found = links("Prices (OECD-FAO, 2008; OECD/FAO, 2008) and water (WHO-UNICEF, 2001).",
                  refs)
    assert found == {"OECD-FAO, 2008": ("O",), "OECD/FAO, 2008": ("O",),
                     "WHO-UNICEF, 2001": ("W",)}


def test_a_superscript_running_into_the_next_word_after_punctuation() -> None:
    text = "Mice die.1 Rats live.2,3The cells grow,4and divide.5–7Then the 2nd and 3rd."
    assert sup(text) == ["1", "2,3", "4", "5–7"]


def test_digits_before_a_word_after_a_letter_or_with_a_zero_stay_names() -> None:
    text = "Mice die.1 Sugars (Glc3Man9 chains) at apweiler04uniprot and,04Then more.2"
    assert sup(text) == ["1", "2"]


def test_a_sure_superscript_that_jumped_ahead_is_kept_when_the_article_gets_there() -> None:
    text = ("Mice die.1 Rats live.2,3 In the table.40 Cells grow.4 More.5-7 Then.8 And.9 "
            "Also.10 Later.11 Then.12-39 So.41")
    assert "40" in sup(text, 50)
    early = "Mice die.1 Rats live.2,3 In the table.40 Cells grow.4 More.5-7 Then.8"
    assert "40" not in sup(early, 50)  # the article never cites that far


def test_a_short_form_the_article_defines_for_an_organisation_in_the_list() -> None:
    capes = "Coordenação de Aperfeiçoamento de Pessoal de Nível Superior. (2022). Relatório."
    oecd = "Organisation for Economic Co-operation and Development (2019). Education. Paris."
    refs = (Reference(id="C", index=1, line=101, raw=capes, year="2022"),
            Reference(id="O", index=2, line=102, raw=oecd, year="2019"),
            ref("S", 3, "Smith", "2005"))
    text = ("Segundo a Coordenação de Aperfeiçoamento de Pessoal de Nível Superior (Capes), a "
            "produção cresceu (Capes, 2022). The Organisation for Economic Co-operation and "
            "Development (OECD) agrees (OECD, 2019). Smith (Sm) is cited (Sm, 2005).")
    assert links(text, refs) == {"Capes, 2022": ("C",), "OECD, 2019": ("O",), "Sm, 2005": ()}


def test_numbered_documents_are_cited_by_kind_and_number() -> None:
    lei = "Lei n° 13.146, de 6 de julho de 2015. Institui a Lei Brasileira de Inclusão."
    alters = "Lei nº 13.409, de 28 de dezembro de 2016. Altera a Lei nº 12.711, de 2012."
    nota = "Nota Técnica nº 4, de 23 de janeiro de 2014. Orientação quanto a documentos."
    res = "Resolução nº 4, de 2 de outubro de 2009. Institui Diretrizes Operacionais."
    refs = tuple(Reference(id=k, index=i, line=100 + i, raw=raw, year=y)
                 for i, (k, raw, y) in enumerate(
                     (("L", lei, "2015"), ("A", alters, "2016"), ("N", nota, "2014"),
                      ("R", res, "2009")), 1))
    text = ("Como diz a lei (Lei n° 13.146/2015), e a Lei nº 13.409, de 28 de dezembro de "
            "2016, que alterou a Lei n° 12.711, de 29 de agosto de 2012. Segundo a Resolução "
            "nº 4/2009 e a Nota Técnica n° 4/2014, o Decreto nº 6.949 vale.")
    assert links(text, refs) == {
        "Lei n° 13.146/2015": ("L",), "Lei nº 13.409, de 28 de dezembro de 2016": ("A",),
        "Resolução nº 4/2009": ("R",), "Técnica n° 4/2014": ("N",)}


def test_every_number_mark_opens_an_entry_s_document() -> None:
    # each form of the mark, after a space, a no-break space or a line break
    assert [entry_document(raw) for raw in (
        "Lei nº 1, de 2015.", "Lei\u00a0n° 2, de 2015.", "Lei no 3, de 2015.",
        "Lei n. º 4, de 2015.", "Decreto-Lei n.º 74/2004.", "Law No. 25 of 2010.",
        "Gesetz Nr. 6 vom 2015.", "Resolución\nnúm. 7, de 2015.", "Smith J. Title 1.")] == [
        "lei1", "lei2", "lei3", "lei4", "decretolei74", "law25", "gesetz6", "resolucion7", ""]


def test_a_long_body_joined_by_and_before_its_bracketed_short_form() -> None:
    raw = "Conselho Nacional de Desenvolvimento Científico e Tecnológico. (2024). Tabela."
    refs = (Reference(id="C", index=1, line=101, raw=raw, year="2024"),
            ref("S", 2, "Soares|Mendonça", "2003"))
    text = ("A área é grande (Conselho Nacional de Desenvolvimento Científico e Tecnológico "
            "[CNPq], 2024) e cresce (CNPq, 2024), como Soares e Mendonça (2003) viram.")
    assert links(text, refs) == {
        "Conselho Nacional de Desenvolvimento Científico e Tecnológico [CNPq], 2024": ("C",),
        "CNPq, 2024": ("C",), "Soares e Mendonça (2003)": ("S",)}
    cut = "(Conselho Nacional de Desenvolvimento Científico e\nTecnológico\n[CNPq], 2024)"
    assert list(links(cut, refs).values()) == [("C",)]


def test_a_plus_glued_to_a_word_is_a_charge_or_marker_not_an_operator() -> None:
    text = "Cited (1). CD4+ (2) cells and Ca2+ (3) flux, x + (4) no, Smith* (5). Then (6)."
    assert [c.number for c in find_numeric(text, 10)] == [1, 2, 3, 5, 6]


def test_an_author_list_and_initials_cut_by_a_line_break() -> None:
    refs = (ref("A", 1, "Smith|Jones|Lee|Park", "2010"),
            Reference(id="B", index=2, line=102, year="2015", raw="Nguyen, T. B. (2015). T.",
                      authors=(Author(family="Nguyen", given="T. B."),)),
            Reference(id="C", index=3, line=103, year="2015", raw="Nguyen, T. K. V. (2015). T.",
                      authors=(Author(family="Nguyen", given="T. K. V."),)))
    text = ("Seen (Smith, Jones,\nLee, & Park, 2010) and (T. K. V.\nNguyen, 2015), not "
            "(T. B. Nguyen, 2015).")
    found = extract_claims(text, refs)
    assert [(c.text, c.reference_ids) for claim in found.claims for c in claim.citations] == [
        ("Smith, Jones,\nLee, & Park, 2010", ("A",)), ("Nguyen, 2015", ("C",)),
        ("Nguyen, 2015", ("B",))]


def test_an_entry_opening_with_a_bare_number_where_it_stands_is_labelled_by_it() -> None:
    refs = tuple(
        Reference(id=f"R{i}", index=i, line=100 + i, raw=raw, label=label, year="2001")
        for i, (raw, label) in enumerate((
            ("1. Lee K. A. J. 2001.", "1"), ("2. Kim J. B. J. 2001.", "2"),
            ("3 Smith J. C. J. 2001.", ""), ("4. Park S. D. J. 2001.", "4"),
            ("100 Genomes Project. E. 2001.", "")), 1)
    )
    found = links("Known [1, 2]. Then [3] and [4].", refs)
    assert found["3"] == ("R3",) and found["4"] == ("R4",)
    assert links("Known [1, 2]. Then [100].", refs).get("100", ()) == ()


def test_a_document_number_is_read_whole_and_a_compound_kind_kept() -> None:
    assert entry_document("BRASIL. Lei n.º 6001, de 19 de dezembro de 1973.") == "lei6001"
    assert entry_document("Decreto-Lei n.º 74/2004, de 26 de março.") == "decretolei74"
    assert entry_document("Lei nº 74, de 2004.") == "lei74"


def test_possessives_unicode_hyphens_and_years_joined_by_and() -> None:
    refs = (ref("A", 1, "Smith|Lee|Park", "2005"), ref("B", 2, "Smith|Lee|Park", "2006"),
            ref("J", 3, "Jones", "2007"), ref("M", 4, "Müller‐Lyer", "2010"))
    found = extract_claims("Smith et al.’s (2005) study, Jones's (2007) view, (Smith et al., "
                           "2005 and 2006) and Müller‐Lyer (2010).", refs)
    assert [(c.text, c.reference_ids) for claim in found.claims for c in claim.citations] == [
        ("Smith et al.’s (2005)", ("A",)), ("Jones's (2007)", ("J",)),
        ("Smith et al., 2005", ("A",)), ("2006", ("B",)), ("Müller‐Lyer (2010)", ("M",))]
    assert found.findings == ()
    junior = (Reference(id="S", index=1, line=101, year="2005", raw="Smith, J., Jr. (2005). T.",
                        authors=(Author(family="Smith", given="J."),)),)
    assert links("Seen (Smith Jr., 2005) and Smith Jr. (2005).", junior) == {
        "Smith Jr., 2005": ("S",), "Smith Jr. (2005)": ("S",)}


def test_numbers_named_as_references_in_any_numeric_form() -> None:
    text = ("Known (1). Seen (refs 2–4) and (ref. 5) and (see 6) and (e.g., 7, 8) and "
            "(reviewed in 9) and (10).")
    assert [c.number for c in find_numeric(text, 20)] == list(range(1, 11))
    text = "Known.1 Seen in refs 2–4 and ref. 5, and Ref. 6. Not reference 9 mM or ref 8.5 here.7"
    assert [c.number for c in find_numeric(text, 20)] == [1, 2, 3, 4, 5, 6, 7]


def test_et_al_without_its_space_and_ranges_printed_with_a_minus_or_unicode_hyphen() -> None:
    refs = (ref("A", 1, "Smith|Lee|Park", "2005"), ref("B", 2, "Jones|Kim|Cho", "2006"))
    found = links("Seen (Smith et.al., 2005) and Jones etal. (2006).", refs)
    assert found == {"Smith et.al., 2005": ("A",), "Jones etal. (2006)": ("B",)}
    text = "Known (1). Seen (2−4) and (5‐7). Values 5 (3−9) and [0−1]."
    assert [c.number for c in find_numeric(text, 20)] == [1, 2, 3, 4, 5, 6, 7]
    raised = "Mice die.1 Rats live.2−4 and cells.5‐7 at 3 mol L−1 and 10 s−1 with kg−1 then.8"
    assert sup(raised, 20) == ["1", "2−4", "5‐7", "8"]


def test_a_bracketed_number_cited_at_a_place_in_the_work() -> None:
    text = ("Known [1]. By [12, Theorem 2] and [3, Sec. 4.1] and [7, Ch. 2] and [5, §3] and "
            "[4, Eq. (4)] and [6, Appendix A] and [8, p. 4]. Also [2].")
    assert [c.number for c in find_numeric(text, 20)] == [1, 12, 3, 7, 5, 4, 6, 8, 2]
    text = "Known (1). Values (3, Table 2) differ (12, Fig. 3) as said (4, p. 5)."
    assert [c.number for c in find_numeric(text, 20)] == [1, 4]
