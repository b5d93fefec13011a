"""Author-year callouts in the forms `benchmarks/callout_forms.py` prints: year suffixes
before a locator, a listed name inside a longer capitalised run, Cyrillic particles and
"et al." forms, names of scripts without case and ABNT semicolons read off the raw entry."""

from __future__ import annotations

from claimcheck.citations import extract_claims
from claimcheck.citations.authoryear import find_author_year
from claimcheck.citations.entries import entries_of
from claimcheck.model import Reference

from .conftest import links, ref


def raw_ref(key: str, index: int, raw: str, year: str) -> Reference:
    """A reference the parser gave no authors: only its raw text and year."""
    return Reference(id=key, index=index, line=100 + index, raw=raw, authors=(), year=year)


def test_a_letter_before_a_page_is_a_locator_not_a_second_suffix() -> None:
    refs = tuple(ref(k, i, "Campus|Cagetti|Cocco", "2011",
                     raw=f"Campus, A., Cagetti, B., Cocco, C. (2011{s}). T{i}. J.")
                 for i, (k, s) in enumerate(zip("AB", "ab", strict=True), 1))
    found = links("Seen in Campus et al. (2011a, p. 23) and (Campus et al., 2011b, p 4); "
                  "both (Campus et al., 2011a, b).", refs)
    assert found == {"Campus et al. (2011a": ("A",), "Campus et al., 2011b": ("B",),
                     "Campus et al., 2011a": ("A",), "b": ("B",)}


def test_a_listed_name_inside_a_longer_capitalised_run_is_the_callout() -> None:
    refs = (ref("C", 1, "Chainani|Siddana|Reddy", "2014"), ref("P", 2, "PAN|LI|HU", "1997"),
            ref("S", 3, "Smith", "2001"))
    found = links("Reduced QHI and GI in Chainani et al.'s (2014). The Da Qing study in "
                  "China PAN et al. (1997) included. Mary and Smith (2001) wrote.", refs)
    assert found["Chainani et al.'s (2014)"] == ("C",)
    assert found["PAN et al. (1997)"] == ("P",)
    # "and" joins two authors: the unlisted one is not dropped to make a link
    assert found["Mary and Smith (2001)"] == ()
    # words of the same kind are one name, whatever the list knows of its last word
    known = frozenset({"garcia", "academies"})
    text = "Seen (MARTÍN GARCÍA, 2008) and (National Academies, 2003)."
    assert [c.names for c in find_author_year(text, known)] == [
        ("MARTÍN GARCÍA",), ("National Academies",)]


def test_a_listed_han_name_glued_after_latin_text() -> None:
    refs = (raw_ref("D", 1, "邓伟, 谢辉, 田辉. Comparative analysis[J]. J Virol, 2014, 1: 1–10.",
                    "2014"),)
    assert links("LASV is confined to Africa见邓伟等（2014）.", refs) == {"邓伟等（2014）": ("D",)}


def test_cyrillic_particles_and_et_al_forms() -> None:
    refs = (ref("V", 1, "ван ден Бринк|де Вриес", "2011"), ref("S", 2, "Смирнов|Иванов|Петров",
            "2003"), ref("T", 3, "Смирнов", "2003"))
    found = links("Known (ван ден Бринк и де Вриес, 2011), (Смирнов и соавт., 2003), "
                  "Смирнов та ін. (2003) and (Смирнов, 2003).", refs)
    assert found == {"ван ден Бринк и де Вриес, 2011": ("V",), "Смирнов и соавт., 2003": ("S",),
                     "Смирнов та ін. (2003)": ("S",), "Смирнов, 2003": ("T",)}


def test_names_without_case_are_read_off_the_raw_entry() -> None:
    one = raw_ref("A", 1, "赵静. Untitled[J]. O papel do profissional, 2022, 1: 1–10.", "2022")
    three = raw_ref("B", 2, "赵静, 唐杰, 郑娜. Untitled[J]. Política, 2022, 1: 1–10.", "2022")
    assert [e.count for e in entries_of((one, three))] == [1, 3]
    assert links("A model（赵静等，2022）and（赵静，2022）.", (one, three)) == {
        "赵静等，2022": ("B",), "赵静，2022": ("A",)}


def test_abnt_semicolons_and_cyrillic_initials_count_raw_authors() -> None:
    abnt = raw_ref("A", 1, "MENDES, A.; SANTOS, B.; SEBIN, C. Política. v. 1, 2022.", "2022")
    gost = raw_ref("B", 2, "Иванов А., Сантос Б., Себин В. Заголовок // Журнал. 2020.", "2020")
    assert [e.count for e in entries_of((abnt, gost))] == [3, 3]


def test_year_letters_the_list_lacks_follow_list_order() -> None:
    refs = (raw_ref("A", 1, "BRASIL. Decreto nº 5.622, de 19 de dezembro de 2005. Brasília, 2005.",
                    "2005"),
            raw_ref("B", 2, "BRASIL. Lei nº 11.096, de 13 de janeiro de 2005. Brasília, 2005.",
                    "2005"))
    text = "Desde 1960 (BRASIL, 2005a, 2005b) e (BRASIL, 2005c; BRASIL, 2005)."
    found = links(text, refs)
    assert found["BRASIL, 2005a"] == ("A",)
    assert found["2005b"] == ("B",)
    assert found["BRASIL, 2005c"] == found["BRASIL, 2005"] == ("A", "B")  # still ambiguous
    rules = {(f.printed, f.rule) for f in extract_claims(text, refs).findings}
    assert ("BRASIL, 2005b", "citation-mismatch") in rules  # the list still lacks letters


def test_apud_glued_to_both_callouts_when_markup_lost_its_spaces() -> None:
    refs = (ref("G", 1, "Goodman|Sorj|Wilkinson", "1985"),
            ref("N", 2, "Nascimento|Silva|Lima", "2008"))
    found = links("Goodman, Sorj e Wilkinson (1985apudNascimento et al., 2008) destacam. "
                  "Em 1985apudamente.", refs)
    assert found == {"Goodman, Sorj e Wilkinson (1985": ("G",),
                     "Nascimento et al., 2008": ("N",)}


def test_and_colleagues_across_a_line_break() -> None:
    refs = (ref("N", 1, "Nerio|Olivero|Stashenko", "2010"),)
    assert links("As shown by Nerio and\ncolleagues (2010), and Nerio and co-workers\n(2010).",
                 refs) == {"Nerio and\ncolleagues (2010)": ("N",),
                           "Nerio and co-workers\n(2010)": ("N",)}


def test_in_press_and_no_date_choose_the_entry_that_says_so() -> None:
    refs = (raw_ref("P", 1, "Smith, A. (in press). Title three. Journal.", ""),
            raw_ref("D", 2, "Smith, A. (n.d.). Title four. Retrieved from a site.", ""))
    found = links("Seen (Smith, in press) and (Smith, n.d.); (Smith, forthcoming).", refs)
    assert found == {"Smith, in press": ("P",), "Smith, n.d.": ("D",),
                     "Smith, forthcoming": ("P", "D")}  # neither says so: still ambiguous


def test_a_year_in_square_brackets_inside_parentheses() -> None:
    refs = (ref("A", 1, "Smith|Jones|Lee", "2001"),)
    found = links("Shown before (see Smith et al. [2001] for details). Version [2001] of it.",
                  refs)
    assert found == {"Smith et al. [2001]": ("A",)}


def test_a_semicolon_after_et_al_is_a_slip_for_the_comma() -> None:
    refs = (ref("A", 1, "ANDRADE|LAROS", "2007"), ref("F", 2, "FERRÃO|BELTRÃO|FERNANDES", "2001"),
            ref("S", 3, "SOARES", "2003"))
    found = links("Frequentes (ANDRADE; LAROS, 2007; FERRÃO et al.; 2001; SOARES, 2003).", refs)
    assert found["FERRÃO et al.; 2001"] == ("F",)
    assert found["SOARES, 2003"] == ("S",)


def test_a_classics_book_and_section_inside_a_narrative_parenthesis() -> None:
    refs = (ref("D", 1, "DIÓGENES LAERCIO", "2010"), ref("S", 2, "SADE", "1797"))
    found = links("Según cuenta Diógenes Laercio (VI 71, 2010, p. 228), que Sade (1797) leyó.",
                  refs)
    assert found["Diógenes Laercio (VI 71, 2010"] == ("D",)
    assert found["Sade (1797)"] == ("S",)


def test_et_al_as_more_languages_write_it() -> None:
    refs = (ref("G", 1, "Παπαδόπουλος|Γεωργίου", "2007"), ref("K", 2, "김민수|이영", "2009"),
            ref("P", 3, "احمدی|رضایی", "2015"), ref("N", 4, "Novák|Dvořák", "2011"),
            ref("H", 5, "Kovács|Nagy", "2012"), ref("S", 6, "Santoso|Wijaya", "2016"),
            ref("T", 7, "Nguyễn|Trần", "2017"))
    found = links("Παπαδόπουλος κ.ά. (2007) and 김민수 외 (2009) and احمدی و همکاران (2015) and "
                  "Novák a kol. (2011), Kovács és mtsai (2012), Santoso dkk. (2016) and "
                  "Nguyễn và cộng sự (2017).", refs)
    assert sorted(ids for ids in found.values()) == [(k,) for k in "GHKNPST"]
    assert "Santoso dkk. (2016)" in found and "Nguyễn và cộng sự (2017)" in found


def test_an_abnt_work_without_author_is_cited_by_its_titles_first_word() -> None:
    raw = "PROFESSOR Edson Kayapó e a literatura. Daniel Munduruku. YouTube. 2015."
    refs = (raw_ref("P", 1, raw, "2015"), ref("S", 2, "SANTOS", "2016"))
    found = links("Essa riqueza grande. (PROFESSOR..., 2015, 1′ 03″). Outro (SANTOS, 2016).", refs)
    assert found["PROFESSOR..., 2015"] == ("P",)


def test_a_bare_year_and_page_cites_the_author_the_paragraph_names() -> None:
    refs = (ref("B", 1, "BARTHES", "1987"), ref("L", 2, "LIMA", "2012"),
            ref("F", 3, "FERREIRA", "2012"))
    found = links("Barthes chama atenção ao afirmar que “a literatura sabe” (1987, p.19). "
                  "Em 1987 (1987) nada.", refs)
    assert found == {"1987": ("B",)}  # "(1987)" without a page is no callout
    # the closest name before chooses: Ferreira for p. 26, Lima for p.41; none without one
    spans = extract_claims("Lima e Ferreira dizem “isso” (2012, p. 26). Lima diz “aquilo” "
                           "(2012, p.41).\n\nSem nome “algo” (2012, p. 3).", refs)
    linked = [c.reference_ids for claim in spans.claims for c in claim.citations]
    assert linked == [("F",), ("L",)]


def test_a_bare_year_and_page_needs_a_quotation_and_its_author_named_last() -> None:
    refs = (ref("S", 1, "Smith", "1987"), ref("R", 2, "aan het Rot", "1990"),
            ref("G", 3, "García Márquez", "1990"))
    # Jones, whom the list lacks, is quoted: no link to Smith, named in the sentence before
    assert links("Smith studied this. Jones argued that “x” (1987, p. 3).", refs) == {}
    assert links("Smith and Jones argued that “x” (1987, p. 3).", refs) == {}
    # no quotation closes before the parenthesis: plain prose, no callout
    assert links("Smith studied this. The figures in the census (1987, p. 3) fell.", refs) == {}
    assert links("Smith wrote it (1987, p. 3).", refs) == {}
    # the linker's own name keys: a particle dropped, a compound's last part
    assert links("As Rot argues, “y” (1990, p. 4).", refs) == {"1990": ("R",)}
    assert links("For Márquez, “z” (1990, p. 5).", refs) == {"1990": ("G",)}
    assert links("Smith says “w.” (1987, p. 6).", refs) == {"1987": ("S",)}
    # a narrative callout the author-year reader cannot read: the names right before it
    pair = (ref("A", 4, "Asensi-Fabado|Munné-Bosch", "2010"),)
    assert links("It is shown by Asensi-Fabado and Munne'-Bosch (2010, p. 23).", pair) == {
        "2010": ("A",)}
    assert links("Asensi-Fabado studied the membranes (2010, p. 23).", pair) == {}
