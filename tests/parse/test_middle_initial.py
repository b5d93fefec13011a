"""A person's name with an initial closing a title, its surname read as the journal's first
word ("... of George W. | Bush. Pres. Stud. Q."): the surname goes back to the title; a noun
that takes a letter, a Roman numeral's letter and a title-case title are left alone."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [("Edwards, G. C. (2007). Leading the public: the presidency of George W. Bush. Pres. "
      "Stud. Q., 37, 1–20.", "Leading the public: the presidency of George W. Bush",
      "Pres. Stud. Q."),
     ("Edwards GC, King JA. The presidency of George W. Bush. Pres Stud Q. 2007;37:1-20.",
      "The presidency of George W. Bush", "Pres Stud Q"),
     ("Hamby, A. L. (1991). An American democrat: a reevaluation of the personality of Harry "
      "S. Truman. Polit. Sci. Q., 106, 33–55.",
      "An American democrat: a reevaluation of the personality of Harry S. Truman",
      "Polit. Sci. Q."),
     ("Suppe, F. (1998). Understanding scientific theories: an assessment of developments "
      "since Thomas S. Kuhn. Stud. Hist. Philos. Sci., 29, 1–20.",
      "Understanding scientific theories: an assessment of developments since Thomas S. Kuhn",
      "Stud. Hist. Philos. Sci."),
     ("Young, R. (2006). A reappraisal of the ethics of Joseph F. Fletcher. J. Med. Ethics, "
      "32, 1–5.", "A reappraisal of the ethics of Joseph F. Fletcher", "J. Med. Ethics"),
     ("Khan, M. A., Ahmad, S., 2015. Anti-inflammatory activity of Alstonia scholaris (L.) R. "
      "Br. Asian Pac. J. Trop. Med. 8, 1–6.",
      "Anti-inflammatory activity of Alstonia scholaris (L.) R. Br.", "Asian Pac. J. Trop. Med."),
     ("Gomez, R. (2011). Essential oil of Lippia alba (Mill.) N.E. Br. Ind. Crops Prod., 33, "
      "1–6.", "Essential oil of Lippia alba (Mill.) N.E. Br.", "Ind. Crops Prod."),
     ],
)
def test_the_surname_closes_the_title(text: str, title: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.title.rstrip("."), parsed.container.rstrip(".")) == \
        (title.rstrip("."), container.rstrip("."))


@pytest.mark.parametrize(
    ("text", "container"),
    [("Reed, M. (2012). Risk factors for chronic Hepatitis B. Clin. Infect. Dis., 54, 1–7.",
      "Clin. Infect. Dis."),
     ("Sharpe, K. (1992). Royal finances in the reign of Charles I. Hist. J., 35, 1–20.",
      "Hist. J."),
     ("Keegan, J. (2001). Naval blockades during World War I. Int. Hist. Rev., 23, 1–20.",
      "Int. Hist. Rev."),
     ("Muller, K. (2004). Deficiency of coagulation Protein S. Thromb. Haemost., 91, 1–6.",
      "Thromb. Haemost."),
     ("Evans, J. (2012). Early Detection and Control of Hepatitis C. Clin. Liver Dis., 16, "
      "1–10.", "Clin. Liver Dis."),
     ],
)
def test_a_lettered_noun_keeps_the_journal(text: str, container: str) -> None:
    assert parse_string(text).container.rstrip(".") == container.rstrip(".")
