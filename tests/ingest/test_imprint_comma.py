"""An imprint alone after a dated entry's title stop is its rest also as a known place, a
comma and a publisher ("New York, Basic Books."), or a place with its state before the
colon ("Rutherford, NJ: Fairleigh Dickinson University Press."); a place and a title's
words, or a place alone, stay an entry of their own."""

from claimcheck.ingest.entryalone import imprint_only
from tests.ingest.listings import APA
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined


def test_a_place_a_comma_and_a_publisher_go_on_after_a_title() -> None:
    _joined(APA, "Piore, M., & Sabel, C. (1984). The second industrial divide.",
            "New York, Basic Books.")
    _joined(APA, "Kerr, C. (1960). Industrialism and industrial man.",
            "Cambridge, Harvard University Press.")
    _joined(APA, "Kraus, R. (1981). The crisis in urban recreational services.",
            "Rutherford, NJ: Fairleigh Dickinson University Press.")


def test_a_place_and_other_words_are_no_imprint() -> None:
    assert not imprint_only("Berlin, A Biography.")
    assert not imprint_only("Paris, France.")
    assert not imprint_only("Chicago, IL: A History of the City.")
    _apart(APA, "Kraus, R. (1981). The crisis in urban recreational services.",
           "London, Ontario: A Guide to the City.")
