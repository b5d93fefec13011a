"""Session 18 seg16: an undated entry's source and year alone, in the forms `undatedrest`
does not read: names written out given name first ("Susan Montgomery. Hopf Algebras ..."),
a journal's volume and pages before the year ("Journal of Parallel and Distributed
Computing, 5(5) 587-616, October 1988."), an imprint in brackets ("(Springer, Dordrecht,
2006)."). Works cited alone, an author-date list and a dated entry stay as they were."""

from tests.ingest.listings import apart, joined

# computer science, the year at the end after the venue
CS = [
    "A. Agarwal and M. Cherian. Adaptive backoff synchronization techniques. In Proceedings "
    "of ISCA, pages 396-406, 1989.",
    "T. E. Anderson. The performance of spin lock alternatives. IEEE Trans. Parallel Distrib. "
    "Syst., 1(1) 6-16, 1990.",
    "Leslie Lamport. Time, clocks, and the ordering of events in a distributed system. Commun. "
    "ACM, 21(7) 558-565, 1978.",
    "J. M. Mellor-Crummey and M. L. Scott. Algorithms for scalable synchronization. ACM Trans. "
    "Comput. Syst., 9(1) 21-65, 1991.",
    "Maurice Herlihy and J. Eliot B. Moss. Transactional memory. In Proceedings of ISCA, pages "
    "289-300, 1993.",
    "Butler W. Lampson. Hints for computer system design. In Proceedings of SOSP, pages 33-48, "
    "1983.",
    "D. Lenoski, J. Laudon, K. Gharachorloo, A. Gupta, and J. Hennessy. The directory-based "
    "cache coherence protocol for the DASH multiprocessor. In ISCA, pages 148-159, 1990.",
]
# author-date: the year right after the names
HARVARD = [
    "Adams, R. 2004. Protein folding kinetics. PhD thesis, MIT.",
    "Clark, T. 2010. Urban heat islands. Technical report, NCAR.",
    "Evans, P. 2015. Soil carbon. Working paper 12, IIASA.",
    "Green, L. 2018. Coral bleaching. Master's thesis, James Cook University.",
    "Irwin, B. 2020. Glacier retreat. PhD dissertation, ETH Zurich.",
    "Jones, A. 2012. Sea ice. Nature 480: 12-15.",
]


def test_names_written_out_given_name_first_go_on_with_their_source() -> None:
    joined(CS, "Susan Montgomery. Hopf Algebras and Their Actions on Rings, volume 82 of "
           "CBMS Regional Conference Series in Mathematics.",
           "American Mathematical Society Press, 1993.")
    joined(CS, "Étienne Renard, La gestion des domaines d’abbaye aux VIIIe – Xe siècles.",
           "Notions de base et conseils, De la Meuse à l’Ardenne, 29, 1999, 117-150.")
    joined(CS, "Anoop Gupta and Wolf-Dietrich Weber. Cache invalidation patterns in "
           "shared-memory multiprocessors.", "IEEE Transactions on Computers; 1992.")


def test_a_journal_s_volume_and_pages_before_the_year_go_on() -> None:
    joined(CS, "D. Gannon, W. Jalby, and K. Gallivan. Strategies for cache and local memory "
           "management by global program transformation.",
           "Journal of Parallel and Distributed Computing, 5(5) 587-616, October 1988.")
    joined(CS, "B. Berthomieu and M. Diaz. Modeling and verification of time dependent "
           "systems using time Petri nets.", "Distributed Computing, 6(3) 141-154, 1993.")
    joined(CS, "J. Anderson and M. Moir. Universal constructions for large objects.",
           "Distributed Computing, 12, 1999, 141-154.")


def test_an_imprint_in_brackets_goes_on_after_an_undated_entry() -> None:
    joined(CS, "A. Bejancu and H. R. Farran, Foliations and Geometric Structures",
           "(Springer, Dordrecht, 2006).")
    joined(CS, "Pater, Walter, “Conclusion” to Studies in the History of the Renaissance, in "
           "M. H. Abrams (ed.), Norton Anthology of English Literature, 5th edn. 2 vols.",
           "(New York, NY: Norton, 1986), vol. ii, pp. 1565–68.")


def test_works_alone_and_persons_stay_apart() -> None:
    """A work cited alone with numbers before its year, a title in title case read as a name
    before a work alone, an entry of given names first after a whole entry."""
    apart(CS, "Leslie Lamport. Specifying Systems.",
          "Public Law 104-191, Health Insurance Portability Act, 1996.")
    apart(CS, "Climate Change. The Physical Science Basis of the report.",
          "Oxford English Dictionary, 1989.")
    apart(CS, "Susan Montgomery. Hopf Algebras and Their Actions on Rings.",
          "Barbara Liskov and John Guttag, Abstraction and Specification, MIT Press, 1986.")
    apart(CS, "D. Gannon and W. Jalby. The influence of memory hierarchy on algorithm design.",
          "Roe v. Wade, 410 U.S. 113, 1973.")
    apart(CS, "T. Anderson. Spin locks, 1990.", "(Springer, Dordrecht, 2006).")


def test_an_author_date_list_keeps_them_apart() -> None:
    apart(HARVARD, "Susan Montgomery. Hopf Algebras and Their Actions on Rings.",
          "American Mathematical Society, 1993.")


def test_a_book_cited_alone_title_first_after_a_written_out_name_stays_apart() -> None:
    """Session 18 review of seg16: "Timothy Gowers. Lecture notes ..." read as initials
    reached `undatedrest`'s comma form, and a title-first book with its publisher and year
    after it was read as its source (33 merges in the reviewer's lists)."""
    for prev in ("Timothy Gowers. Lecture notes on additive combinatorics.",
                 "Leslie Lamport. Specifying systems, online edition."):
        for book in ("The Princeton Companion to Mathematics, Princeton University Press, 2008.",
                     "Introduction to Algorithms, MIT Press, 2009.",
                     "The Art of Computer Programming, Addison-Wesley, 1997."):
            apart(CS, prev, book)
    joined(CS, "Susan Montgomery. Hopf Algebras and Their Actions on Rings, volume 82 of "
           "CBMS Regional Conference Series in Mathematics.", "Springer-Verlag, New York, 1973.")
