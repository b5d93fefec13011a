"""A one-a-line author-date list without final stops, its longest lines ending on a word and
a few entries cut by extraction, is read as one entry a line (its long lines are followed by
names and a year: whole entries), not as a hard-wrapped list; a list wrapped at a width keeps
its wrapped reading."""

import textwrap

from claimcheck.ingest import segment
from tests.ingest.listings import entries

GERMAN = [
    "Adorno, Theodor W. (1951): Minima Moralia. Reflexionen aus dem beschädigten Leben. "
    "Frankfurt am Main: Suhrkamp",
    "Blumenberg, Hans (1966):",
    "Die Legitimität der Neuzeit. Frankfurt am Main: Suhrkamp",
    "Bourdieu, Pierre (1987): Sozialer Sinn. Kritik der theoretischen Vernunft. Frankfurt am "
    "Main: Suhrkamp",
    "Elias, Norbert (1969): Die höfische Gesellschaft.",
    "Untersuchungen zur Soziologie des Königtums und der höfischen Aristokratie. "
    "Neuwied/Berlin: Luchterhand",
    "Gadamer, Hans-Georg (1960): Wahrheit und Methode. Grundzüge einer philosophischen "
    "Hermeneutik. Tübingen: Mohr",
    "Habermas, Jürgen (1962): Strukturwandel der Öffentlichkeit. Untersuchungen zu einer "
    "Kategorie der bürgerlichen Gesellschaft.",
    "Neuwied: Luchterhand",
    "Luhmann, Niklas (1997): Die Gesellschaft der Gesellschaft. 2 Bde. Frankfurt am Main: "
    "Suhrkamp",
    "Rosa, Hartmut (2005): Beschleunigung. Die Veränderung der Zeitstrukturen in der Moderne. "
    "Frankfurt am Main: Suhrkamp",
    "Statistisches Bundesamt (2020): Datenreport 2021. Ein Sozialbericht für die "
    "Bundesrepublik Deutschland. Bonn: bpb",
    "Weber, Max (1920): Gesammelte Aufsätze zur Religionssoziologie. Bd. 1. Tübingen: Mohr",
]


def test_whole_entries_after_the_longest_lines_make_a_one_a_line_list() -> None:
    layout = segment.first_pass(list(enumerate(GERMAN)))[0]
    assert layout.kind == "bare"
    found = entries(GERMAN)
    for name in ("Gadamer", "Habermas", "Statistisches", "Weber", "Luhmann"):
        assert sum(entry.startswith(name) for entry in found) == 1, found


def test_the_same_entries_wrapped_at_a_width_stay_wrapped() -> None:
    whole = [GERMAN[0], GERMAN[1] + " " + GERMAN[2], GERMAN[3], GERMAN[4] + " " + GERMAN[5],
             GERMAN[6], GERMAN[7] + " " + GERMAN[8], *GERMAN[9:]]
    lines = [line for entry in whole for line in textwrap.wrap(entry, 90)]
    assert segment.first_pass(list(enumerate(lines)))[0].kind == "wrapped"
    assert len(entries(lines)) == len(whole)
