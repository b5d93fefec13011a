"""Session 22 seg26: in a one-a-line list whose lines end as references end, a line that
stops inside a publisher's name after its place and colon ("New York: Russell Sage") goes
on with the name's last words alone ("Foundation."). A whole imprint, a longer next line
and a line that is no imprint stay apart."""

from tests.ingest.listings import APA, apart, joined


def test_a_publisher_cut_in_its_name_goes_on() -> None:
    joined(APA, "Ashby, R. (1998). Labour and the state. New York: Russell Sage", "Foundation.")
    joined(APA, "Finch, J. (1977). Kinship and obligation. Oxford: Basil", "Blackwell.")
    joined(APA, "Dobbs, M. (1985). Memory and testimony. Hillsdale, NJ: Lawrence",
           "Erlbaum, 1985.")


def test_other_lines_stay_apart() -> None:
    from claimcheck.ingest.imprintcut import publisher_cut

    assert publisher_cut("Hale, P. (1969). Rural reform. New York: Free")
    assert not publisher_cut("Hale, P. (1969). Rural reform. New York: Free Press.")
    assert not publisher_cut("Hale, P. (1969). Rural reform: Essays on Land")  # no place
    apart(APA, "Hale, P. (1969). Rural reform. New York: Free Press.", "Beowulf.")
    apart(APA, "Hale, P. (1969). Rural reform. New York: Free",
          "Smith, J. (1990). Land. London: Verso.")
