"""The closed word lists `citations.spaced` reads a number printed after a space with: the
words after which a number is a quantity, an ordinal or a label (`NOT_AFTER`), and the words
after which a clause goes on, so a number before them may be a raised callout
(`GOES_ON_WITH`; `OPENS_CLAUSE` for a list that runs on). In the languages of the shared
articles.
"""

from __future__ import annotations

# words after which a number is a quantity, an ordinal or a label, not a raised callout
_WORDS_BEFORE = """
    a an the of for to in at by on with than from and or nor but as into onto per via
    between among within after before until since during over under about around nearly
    approximately almost only least most up down all these those each every some any no
    is are was were be been being has have had reached received took lasted included
    contained ranged scored yielded totalled totaled equal equals equalled aged age ages
    type types group groups grade grades stage stages phase phases day week month year
    hour minute min h d step steps version release table tables figure figures fig figs
    eq eqs equation equations chapter section sections line lines page pages pp vol
    volume issue number no nr item items question questions study trial experiment
    experiments model wave visit session sessions round rounds level levels class
    classes category categories cohort arm arms site sites plot plots lane lanes panel
    panels box appendix supplement exon exons intron chromosome chromosomes domain
    helix residue residues position codon strain strains clone passage
    generation isoform dose doses block blocks set sets patient participant subject case
    sample region zone sector unit units factor component dimension cluster scale grade
    wk yr mo n p r t f z df ref refs reference mean median iqr sd se sem ci range or hr
    rr ratio total respectively vs versus above below exceeding beyond ph tabela tabla
    tableau tabelle quadro figura abbildung gráfico grafico equação equacao ecuación
    ecuacion équation gleichung hipótese hipotese hipótesis capítulo capitulo kapitel
    seção secao sección seccion anexo apêndice e de da do das dos em no na y el la los
    las en con por para entre et le les des du und der die von mit im zu com sem ao aos
    pelo pela pelos pelas até cerca sobre sob como mais menos que um uma sin al hasta más
    un una avec sans au aux sur sous plus moins une ohne bis über unter ein eine auf aus
    bei nach vor um als oder zum zur meta lei art artigo inciso decreto portaria data
    protocol protocols first last next top remaining other additional final
    initial both several previous following latter former roughly just exactly
    precisely barely merely fully
"""
NOT_AFTER = frozenset(_WORDS_BEFORE.split())
# words a citation is followed by: a clause goes on ("hours 38,39 and insulin", "Study 142
# found"); any other word after a number is what it counts ("5–10 years", "3 mice")
_WORDS_AFTER = """
    and or but nor that which who whose where when while whereas although though since
    because as in on at for with to from by of than the a an was were is are be been has
    have had may might can could will would should did does do not also thus however
    found showed shown reported suggested demonstrated observed described proposed
    identified noted argued concluded confirmed indicated revealed used using
"""
GOES_ON_WITH = frozenset(_WORDS_AFTER.split())
# words that open a clause after a callout, read after a list that runs on past a comma
# ("sensitivity,16, 19, 20, 73 albeit", "Rhomboid,12, 13, 56 we sought", "accumulation,12,
# 13 suggesting"): conjunctions, subject pronouns and the participles that report a
# finding, which no number counts; with `GOES_ON_WITH` and a verb in the past
_OPENING = """
    albeit unless despite whereby hence so yet we they it he she suggesting indicating
    showing confirming implying
"""
OPENS_CLAUSE = frozenset(_OPENING.split())
