from newsfuse.dedup import syndication_groups, word_shingles
from newsfuse.text.tokens import content_terms, word_tokens
from newsfuse.text.vectors import term_counts, tfidf


def groups_of(texts: list[str], threshold: float = 0.55) -> list[list[int]]:
    tokens = [word_tokens(t) for t in texts]
    vectors = tfidf(term_counts([content_terms(t) for t in tokens]))
    return syndication_groups(tokens, vectors, threshold)


def test_wire_copy_with_small_edits_is_one_group() -> None:
    texts = [
        "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.",
        "Police are investigating the cause of the blaze at the harbour.",
        "A fire swept through the grain terminal at Port Halden on Tuesday night, officials said.",
    ]
    assert groups_of(texts) == [[0, 2], [1]]


def test_sentences_on_the_same_topic_are_not_copies() -> None:
    texts = [
        "The fire at the grain terminal injured two workers on Tuesday.",
        "The union said five workers were hurt in the grain terminal fire.",
    ]
    assert groups_of(texts) == [[0], [1]]


def test_shingles_of_a_short_sentence_are_its_words() -> None:
    assert word_shingles(["a", "b"]) == frozenset({"a", "b"})
    assert word_shingles(["a", "b", "c", "d"]) == frozenset({"a b c", "b c d"})
