"""Words and pattern pieces that several stages recognise, written once.

Ingest (where an entry starts and ends), parse (fields of an entry) and citations (years in
running text) all look for the same things: a year of publication, an editor's or a
translator's credit, a "no place" mark, a family name's particle. Each module builds the
regex shape it needs from the pieces here, so a word added for one language reaches every
rule that reads that kind of word.
"""

from __future__ import annotations

# A year of publication as printed in references: 1500-2099 (earlier numbers are pages or
# volumes far more often than years; later ones do not occur). Four digits, no bounds: each
# pattern adds the lookarounds its context needs.
YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"

# An imprint's "no place" (or no publisher, no date) mark, without its final stop: "s. l."
# (sine loco), "s. n." (sine nomine), "s. d.", "o. O." / "o. J." (ohne Ort / Jahr), "n. p." /
# "n. d.".
NO_PLACE_MARK = r"s\.\s?[lnd]|o\.\s?[OJ]|n\.\s?[pd]"

# A translator's cue word, as printed before or after the names without its stop: the English
# ones, then French, Spanish, Italian and German.
TRANSLATOR_WORDS_EN = ("trans", "transl", "translated", "tr")
TRANSLATOR_WORDS = (*TRANSLATOR_WORDS_EN, "übers", "trad", "traduit", "traducido", "tradotto")
TRANSLATOR_CUE = "|".join(TRANSLATOR_WORDS)  # an alternation: put a word boundary after it

# Lower-case particles printed before a family name ("van der Berg", "de la Cruz", "le Moal"):
# the seven that every name rule reads (Dutch, German, French), then with the Dutch, Italian
# and Iberian ones that lists print nearly as often. Each rule adds what its context allows
# ("al", "el" would cut ordinary words where particles may be glued; "y", "e" join names).
NAME_PARTICLES = ("van", "von", "de", "der", "du", "la", "le")
NAME_PARTICLES_MORE = (*NAME_PARTICLES, "den", "da", "di", "del", "ter", "ten", "dos")

# Articles that open a title or a phrase (English, German, French, Spanish, Italian,
# Portuguese, Dutch): an abbreviated journal's words or a name do not open with one.
ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "les",
                      "un", "une", "el", "los", "las", "una", "il", "lo", "gli", "o", "os",
                      "um", "uma", "het", "een"})

# German function words a title prints and an English one does not (`parse.journalcuts`,
# `parse.givennames`: each adds words of its own)
GERMAN_FUNCTION_WORDS = frozenset({"der", "die", "das", "und", "dem", "den", "im", "zur", "zum",
                                   "für", "über", "vom", "mit", "einer", "eines", "aus", "bei",
                                   "nach"})

# An editor's cue word, as printed without its stop: English and German ("Hrsg.", "Hg."), then
# with the French roles ("dir." for sous la direction de, "coord.").
EDITOR_WORDS_EN_DE = ("ed", "eds", "editor", "editors", "hrsg", "hg")
EDITOR_WORDS = (*EDITOR_WORDS_EN_DE, "dir", "coord")

# An access note's lead words, as a reference prints them before its date or link ("Retrieved
# from", "Accessed 6 July 2015", "Available at"): English, then French or Spanish and German;
# and the words that tie a lead to its link ("Available at", "Disponible sur", "Verfügbar
# unter"), English, French or Spanish, then German. Alternations: each rule adds what its
# context allows around them.
ACCESS_LEADS = "Retrieved|Accessed|Available|Disponible|Verfügbar|Abgerufen"
ACCESS_LINKS_EN = "at|from|online|on"
ACCESS_LINKS_FR_ES = "sur|en"
ACCESS_LINKS = f"{ACCESS_LINKS_EN}|{ACCESS_LINKS_FR_ES}|unter|am"

# An entry's note that it is not yet printed where it will be ("in press", "Forthcoming"), as
# words in lower case (`either_case` makes the first letter free)
NOT_YET_PRINTED = ("forthcoming", "in press", "to appear")


def either_case(words: tuple[str, ...]) -> str:
    """The words as an alternation whose first letter may be a capital ("[Ii]n press")."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in words)


# A publisher's own word ("Oxford University Press", "Springer Verlag", "Wiley Publishing"), as
# an alternation; each rule adds the names and words its context allows.
PUBLISHER_WORDS = r"Press|Publishers?|Publishing|Publications|Verlag"

# A word no entry ends on (an article, a preposition, a conjunction: "The Politics of Water
# in", "Proceedings of the"), in English, French, German, Italian and Spanish, as an alternation
FUNCTION_WORDS = (
    r"[Tt]he|An?|an?|[Oo]ur|[Tt]heir|[Oo]f|[Ff]or|[Ii]n|[Oo]n|[Tt]o|[Ww]ith|[Aa]nd|[Oo]r"
    r"|de|des|du|la|le|les|der|die|das|und|von|zur|zum|del|della|di|et|y|e")

# The common seats of scholarly publishers and universities, in English, German, French and
# other spellings, as an alternation ("New York", "München", "St. Louis"): a line that opens
# with one ends the entry before (`ingest.kinds`); places joined by "and" in a note's imprint
# are no firm ("(Chicago and Toronto, 1961)", `parse.notefields`).
PLACE_NAMES = (
    "Aachen|Aldershot|Amsterdam|Ann Arbor|Athens|Atlanta|Auckland|Austin|Baltimore|Bangalore|"
    "Barcelona|Basel|Basingstoke|Beijing|Belmont|Bergen|Berkeley|Berlin|Bern|Bielefeld|"
    "Bloomington|Bologna|Bonn|Boca Raton|Boston|Boulder|Bremen|Brighton|Bristol|Brussels|"
    "Bruxelles|Budapest|Buenos Aires|Cambridge|Canberra|Cape Town|Chapel Hill|Cheltenham|"
    "Chicago|Chichester|Cleveland|Columbus|Copenhagen|Darmstadt|Delhi|Den Haag|Detroit|"
    "Dordrecht|Dresden|Dublin|Durham|Düsseldorf|Edinburgh|Englewood Cliffs|Erlangen|Evanston|"
    "Farnham|Firenze|Florence|Frankfurt|Freiburg|Geneva|Genève|Glasgow|Göttingen|Graz|"
    "Greenwich|Hamburg|Hannover|Harlow|Harmondsworth|Heidelberg|Helsinki|Hillsdale|Hoboken|"
    "Hong Kong|Honolulu|Houston|Innsbruck|Ithaca|Jena|Karlsruhe|Kiel|Köln|Koln|Cologne|Kyoto|"
    "Lanham|Lausanne|Leiden|Leipzig|Lisboa|Lisbon|London|Los Angeles|Madison|Madrid|Mahwah|"
    "Mainz|Manchester|Mannheim|Marburg|Melbourne|Menlo Park|Mexico|Milano|Milan|Minneapolis|"
    "Montreal|Montréal|Moscow|München|Munich|Münster|Nairobi|New Brunswick|New Delhi|"
    "New Haven|New York|Newbury Park|Norwood|Nürnberg|Opladen|Oslo|Ottawa|Oxford|Palo Alto|"
    "Paris|Philadelphia|Piscataway|Pittsburgh|Potsdam|Prague|Praha|Princeton|Providence|"
    "Reading|Redwood City|Regensburg|Reinbek|Rio de Janeiro|Roma|Rome|Rotterdam|"
    "Saarbrücken|San Diego|San Francisco|San Jose|Santa Barbara|Santa Monica|São Paulo|"
    "Sao Paulo|Seattle|Seoul|Shanghai|Singapore|St\\. Louis|Stanford|Stockholm|Stuttgart|"
    "Sydney|Thousand Oaks|Tokyo|Toronto|Tübingen|Tubingen|Upper Saddle River|Urbana|Utrecht|"
    "Vancouver|Vienna|Warszawa|Warsaw|Washington|Weinheim|Westport|Wien|Wiesbaden|Würzburg|"
    "Zürich|Zurich"
)
# the same places as plain strings, for a lookup of a name read whole ("St. Louis")
PLACE_SET = frozenset(name.replace("\\", "") for name in PLACE_NAMES.split("|"))

# The states' and provinces' cut names, printed with a stop after a town ("Gary, Ind.",
# "Boston, Mass.", "Ont."), an alternation without the stop
STATE_CUTS = (
    "Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kans|Kan|Ky|La|Md|Mass|Mich|Minn|"
    "Miss|Mo|Mont|Nebr|Neb|Nev|Okla|Ore|Oreg|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo|Ont|"
    "Que|Alta|Man|Sask")

# Countries and the states or provinces of federations, as an imprint or a meeting prints
# them after a town ("Budapest, Hungary", "Seoul, Korea", "Honolulu, Hawaii", "Halifax, Nova
# Scotia"): a closed set, English names and the local names imprints print, an alternation.
COUNTRY_NAMES = (
    "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Österreich|"
    "Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belgique|België|Belize|"
    "Benin|Bhutan|Bolivia|Bosnia(?: and Herzegovina)?|Botswana|Brazil|Brasil|Brunei|Bulgaria|"
    "Burkina Faso|Burma|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|"
    "Costa Rica|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Czechoslovakia|"
    "Denmark|Danmark|Dominican Republic|Ecuador|Egypt|El Salvador|England|Eritrea|Estonia|"
    "Ethiopia|Fiji|Finland|Suomi|France|Gabon|Gambia|Georgia|Germany|Deutschland|Ghana|"
    "Great Britain|Britain|Greece|Hellas|Guatemala|Guinea|Guyana|Haiti|Holland|Honduras|"
    "Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Éire|Israel|Italy|Italia|"
    "Jamaica|Japan|Jordan|Kazakhstan|Kenya|Korea|South Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|"
    "Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macedonia|"
    "North Macedonia|Madagascar|Malawi|Malaysia|Mali|Malta|Mauritania|Mauritius|Mexico|México|"
    "Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|"
    "(?:The |the )?Netherlands|Nederland|New Zealand|Nicaragua|Niger|Nigeria|Northern Ireland|"
    "Norway|Norge|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|"
    "Poland|Polska|Portugal|Puerto Rico|Qatar|Romania|România|Russia|Rwanda|Saudi Arabia|"
    "Scotland|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|"
    "Spain|España|Sri Lanka|Sudan|Sweden|Sverige|Switzerland|Schweiz|Suisse|Svizzera|Syria|"
    "Taiwan|Tajikistan|Tanzania|Thailand|Togo|Trinidad(?: and Tobago)?|Tunisia|Turkey|Türkiye|"
    "Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|United States|"
    "USA|U\\.S\\.A\\.|U\\.S\\.|U\\.K\\.|Uruguay|Uzbekistan|Venezuela|Vietnam|Viet Nam|Wales|Yemen|"
    "Yugoslavia|Zambia|Zimbabwe|"
    # the states of the United States, Australia, the provinces of Canada, the Länder
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|"
    "Hawai'i|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
    "Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    "New South Wales|Queensland|South Australia|Tasmania|Victoria|Western Australia|"
    "Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Nova Scotia|Ontario|"
    "Prince Edward Island|Québec|Quebec|Saskatchewan|"
    "Bavaria|Bayern|Baden-Württemberg|Hessen|Sachsen|Saxony|Niedersachsen|Westfalen|Tirol|"
    # the states' abbreviations with a stop ("Mass.", "Calif.", "N.Y.", "Ont.")
    f"(?:{STATE_CUTS})\\.?"
)

# Languages, as a note on an entry's language names them ("[In Russian]", "In Japanese, with
# English summary", "[In Russ., Engl. abstr.]"): English adjectives and their common
# abbreviations, as words; no journal is named by one alone.
LANGUAGE_NAMES = frozenset({
    "English", "French", "German", "Russian", "Japanese", "Chinese", "Korean", "Polish",
    "Spanish", "Italian", "Portuguese", "Dutch", "Czech", "Slovak", "Hungarian", "Swedish",
    "Norwegian", "Danish", "Finnish", "Greek", "Turkish", "Arabic", "Hebrew", "Persian",
    "Ukrainian", "Romanian", "Croatian", "Serbian", "Bulgarian", "Slovenian", "Lithuanian",
    "Latvian", "Estonian", "Latin", "Catalan", "Icelandic", "Indonesian", "Thai", "Vietnamese",
    "Hindi", "Russ", "Engl", "Germ", "Jpn", "Chin", "Ital", "Span", "Port"})
