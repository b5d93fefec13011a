"""`counters.texts_traits`, the batch form of `text_traits` with its long-text branch written
inline, gives each text's `text_traits`."""

from claimcheck.parse.counters import text_traits, texts_traits


def test_the_batch_traits_equal_each_texts_traits() -> None:
    texts = [".", "(", ")", "[", "]", "\"", "“", "in", "In", "IN", "a", "ab", "abc", "2001",
             "Phys.", "et", ",", "", "in:", "Journal"]
    kinds = ["year", "word", "number", "punct"]
    pairs = [(text, kind) for text in texts for kind in kinds]
    assert texts_traits([t for t, _ in pairs], [k for _, k in pairs]) == \
        [text_traits(t, k) for t, k in pairs]
