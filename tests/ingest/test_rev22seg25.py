"""Review of seg25 (session 22): entries that END on a mark the new cues read as a cut, and
lines that open as the new cues' rests but start entries of their own, stay apart: a count
of volumes ("1889–91. 9 vols."), an author named Press after a list's entry without its stop,
the same author's undated work after a single dash ("— n.d.", "— forthcoming"), a German
title ending on a verb's infinitive ("Demokratie verteidigen", "Weichen stellen")."""

from tests.ingest.listings import apart, joined

CHICAGO = [
    ("Bailyn, Bernard. The Ideological Origins of the American Revolution. Cambridge, MA: Belknap "
    "Press, 1967."),
    ("Cronon, William. Nature’s Metropolis: Chicago and the Great West. New York: W. W. Norton, "
    "1991."),
    ("Davis, Natalie Zemon. The Return of Martin Guerre. Cambridge, MA: Harvard University Press, "
    "1983."),
    "Foner, Eric. Reconstruction: America’s Unfinished Revolution. New York: Harper & Row, 1988.",
    "Morgan, Edmund S. American Slavery, American Freedom. New York: Norton, 1975.",
    "Schama, Simon. Citizens: A Chronicle of the French Revolution. New York: Knopf, 1989.",
]
NOSTOP = [
    "Ang, I. (1985) Watching Dallas. London: Methuen",
    "Baym, N. K. (2015) Personal Connections in the Digital Age. Cambridge: Polity",
    "Fiske, J. (1987) Television Culture. London: Methuen",
    "Hermes, J. (1995) Reading Women’s Magazines. Cambridge: Polity",
    "Livingstone, S. (2009) Children and the Internet. Cambridge: Polity",
    "Radway, J. A. (1984) Reading the Romance. Chapel Hill: University of North Carolina Press",
]
ANTHRO = [
    ("Abu-Lughod, Lila. 1986. Veiled Sentiments: Honor and Poetry in a Bedouin Society. Berkeley: "
    "University of California Press"),
    ("Appadurai, Arjun. 1996. Modernity at Large: Cultural Dimensions of Globalization. "
    "Minneapolis: University of Minnesota Press"),
    "Bateson, Gregory. 1958. Naven. 2nd ed. Stanford, CA: Stanford University Press",
    "Boas, Franz. 1911. The Mind of Primitive Man. New York: Macmillan",
    ("Clifford, James, and George E. Marcus, eds. 1986. Writing Culture: The Poetics and Politics "
    "of Ethnography. Berkeley: University of California Press"),
    "Douglas, Mary. 1966. Purity and Danger. London: Routledge and Kegan Paul",
    "Evans-Pritchard, E. E. 1940. The Nuer. Oxford: Clarendon Press",
    "Ferguson, James. 1990. The Anti-Politics Machine. Cambridge: Cambridge University Press",
    "Gluckman, Max. 1955. Custom and Conflict in Africa. Oxford: Basil Blackwell",
    "Graeber, David. 2011. Debt: The First 5,000 Years. Brooklyn, NY: Melville House",
    "Haraway, Donna. 1991. Simians, Cyborgs, and Women. New York: Routledge",
    "Harding, Susan. 2000. The Book of Jerry Falwell. Princeton, NJ: Princeton University Press",
    "Ingold, Tim. 2000. The Perception of the Environment. London: Routledge",
    "Latour, Bruno. 1993. We Have Never Been Modern. Cambridge, MA: Harvard University Press",
    "Lévi-Strauss, Claude. 1969. The Elementary Structures of Kinship. Boston: Beacon Press",
    "Malinowski, Bronislaw. 1922. Argonauts of the Western Pacific. London: Routledge",
    "Mauss, Marcel. 1990. The Gift. New York: W. W. Norton",
    "Mead, Margaret. 1928. Coming of Age in Samoa. New York: William Morrow",
    "Mintz, Sidney. 1985. Sweetness and Power. New York: Viking",
    "Ong, Aihwa. 1999. Flexible Citizenship. Durham, NC: Duke University Press",
    ("Rabinow, Paul. 1977. Reflections on Fieldwork in Morocco. Berkeley: University of California "
    "Press"),
    "Rosaldo, Renato. 1989. Culture and Truth. Boston: Beacon Press",
    "Sahlins, Marshall. 1985. Islands of History. Chicago: University of Chicago Press",
    "Scheper-Hughes, Nancy. 1992. Death without Weeping. Berkeley: University of California Press",
    "Scott, James C. 1985. Weapons of the Weak. New Haven, CT: Yale University Press",
    "Strathern, Marilyn. 1988. The Gender of the Gift. Berkeley: University of California Press",
    ("Taussig, Michael. 1980. The Devil and Commodity Fetishism in South America. Chapel Hill: "
    "University of North Carolina Press"),
    ("Tsing, Anna Lowenhaupt. 2015. The Mushroom at the End of the World. Princeton, NJ: Princeton "
    "University Press"),
    "Turner, Victor. 1969. The Ritual Process. Chicago: Aldine",
    "Weiner, Annette B. 1992. Inalienable Possessions. Berkeley: University of California Press",
    ("Wolf, Eric R. 1982. Europe and the People without History. Berkeley: University of "
    "California Press"),
]
GERMAN_HUM = [
    "Adorno, Theodor W.: Negative Dialektik, Frankfurt a. M. 1966",
    "Arendt, Hannah: Elemente und Ursprünge totaler Herrschaft, Frankfurt a. M. 1955",
    "Frei, Norbert: Vergangenheitspolitik, München 1996",
    "Herbert, Ulrich: Geschichte Deutschlands im 20. Jahrhundert, München 2014",
    "Mommsen, Hans: Der Nationalsozialismus und die deutsche Gesellschaft, Reinbek 1991",
    "Wirsching, Andreas: Abschied vom Provisorium, München 2006",
]


def test_an_entry_ending_on_its_count_of_volumes_keeps_the_next() -> None:
    apart(CHICAGO, "Nevins, Allan. Ordeal of the Union. New York: Scribner, 1947–71. 8 vols.",
          "Parkman, Francis. France and England in North America. Boston: Little, Brown, 1865–92.")
    apart(CHICAGO, "Beard, Charles A. The Rise of American Civilization. New York: Macmillan, "
                   "1927. 2 Vols.",
          "Bloch, Marc. Feudal Society. Chicago: University of Chicago Press, 1961.")
    apart(CHICAGO, "Lavisse, Ernest, dir. Histoire de France. Paris: Hachette, 1903–11. 9 t.",
          "Le Goff, Jacques. La Naissance du Purgatoire. Paris: Gallimard, 1981.")


def test_vols_before_its_numbers_still_goes_on() -> None:
    from claimcheck.ingest.markcut import abbreviation_cut

    assert abbreviation_cut("Gibbon, Edward. The Decline and Fall. Edited by J. B. Bury. vols.",
                            "1–3. London: Methuen, 1896.")


def test_an_author_named_press_opens_an_entry() -> None:
    apart(NOSTOP, "Couldry, N. (2017) The Mediated Construction of Reality. Cambridge: Polity",
          "Press, A. L. (1991) Women Watching Television. Philadelphia: University of "
          "Pennsylvania Press")
    apart(ANTHRO, "Ortner, Sherry B. 2006. Anthropology and Social Theory. Durham, NC: Duke "
                  "University Press",
          "Press, Irwin. 1979. The City as Context. Urbana: University of Illinois Press")
    joined(NOSTOP, "Gillespie, T. (2018) Custodians of the Internet. Oxford: Oxford University",
           "Press, Oxford")


def test_the_same_authors_undated_work_after_one_dash_opens_an_entry() -> None:
    apart(ANTHRO, "Asad, Talal. 1993. Genealogies of Religion. Baltimore: Johns Hopkins "
                  "University Press",
          "— n.d. Notes toward a Genealogy of the Secular. Unpublished manuscript, CUNY")
    apart(ANTHRO, "Comaroff, Jean. 1991. Of Revelation and Revolution. Chicago: University of "
                  "Chicago Press",
          "— forthcoming. Theory from the South. Boulder, CO: Paradigm")


def test_a_german_title_ending_on_a_verb_keeps_the_next_entry() -> None:
    apart(GERMAN_HUM, "Die Zeit, 14.1.2020: Demokratie verteidigen",
          "Doering-Manteuffel, Anselm/Raphael, Lutz: Nach dem Boom, Göttingen 2008")
    apart(GERMAN_HUM, "Frankfurter Allgemeine Zeitung, 12.3.2019: Weichen neu stellen",
          "Frei, Norbert: Vergangenheitspolitik. Die Anfänge der Bundesrepublik, München 1996")
    # an adjective in -en after its article still shows the cut
    from claimcheck.ingest.adjectiveend import adjective_end

    assert adjective_end("Roth, E. (1994): Zur Theorie der sozialen",
                         "Ungleichheit in der Bundesrepublik. Stuttgart: Klett.")


def test_a_bracketed_list_number_before_a_title_opening_with_a_number_opens_an_entry() -> None:
    from claimcheck.ingest.markcut import bracket_rest

    # ACS numbers its entries "(n)"; a title or a body may open with digits
    assert not bracket_rest("(3) 3GPP. TS 23.501: System Architecture for the 5G System; 2020.")
    assert not bracket_rest("(5) 2019 Novel Coronavirus Situation Report 1; WHO: Geneva, 2020.")
    assert not bracket_rest("(12) 1000 Genomes Project Consortium. Nature 2015, 526, 68–74.")
    assert not bracket_rest("(16) 3D Printing in Chemistry; RSC: Cambridge, 2019.")
    # an issue's number before its pages still goes on
    assert bracket_rest("(2): Art. 14")
    assert bracket_rest("(4) 12-19.")
