import random
import re
from collections import Counter

import pytest

from newsfuse.text.cohesion import cohesion
from newsfuse.text.genre import (
    _COUNTED,
    _GRADE_WORDS,
    _graded,
    genre_signals,
    gives_verdict,
    grades,
    is_opinion,
    judges,
    op_ed_author,
    reads_as_news,
    reads_as_paper,
    word_counts,
)

# Invented reports: a column, a review, and news look-alikes that must stay news.
COLUMN = (
    "I have watched the harbour council for years, and I have never seen it this lost.\n\n"
    "Why would anyone pay for a bridge nobody asked for? You would not, and neither should "
    "the town.\n\n"
    "The plan is silly. Frankly, it is the worst idea the council has had in a decade!\n\n"
    "My advice: scrap it before the vote on Friday."
)
REVIEW = (
    "The Lumo tablet is cool, and also very, very gimmicky. Here's the thing: you will "
    "love it for a week.\n\n"
    "It weighs eight kilograms, so you had better be strong. Is it worth $900? Probably not!"
)
NEWS = (
    "The harbour council voted 7-2 on Friday to build a footbridge over the Dale river, "
    "officials said.\n\n"
    "The bridge will cost 4 million crowns, the council's treasurer, Ivo Brandt, told "
    "reporters.\n\n"
    "Work is due to start in March, according to a statement from the council."
)
# A news report quoting a person at length in the first person (a multi-paragraph quotation
# opens each paragraph and closes only at its end).
QUOTING_NEWS = (
    "A ferry captain who steered a burning boat to shore on Sunday said he acted on instinct.\n\n"
    '"I saw the smoke and I knew I had maybe ten minutes. My crew was brave. I told them '
    "to get everyone to the bow.\n\n"
    '"I have sailed this route for twenty years and I never thought I would need to do '
    'that," said the captain, Tomas Ek, 52.\n\n'
    "All 64 passengers were rescued, the coast guard said."
)
# An eyewitness quoted in a news report.
EYEWITNESS_NEWS = (
    "A tornado tore the roof off a school in Farley on Tuesday, police said.\n\n"
    '"I heard a roar like a train, and then my windows blew in," said Ana Ruiz, who lives '
    'across the street. "You never forget a sound like that."\n\n'
    "No one was hurt, the fire department said."
)
# A transcript's speakers say "I" and "you": it is their words, not a writer's opinion.
INTERVIEW = (
    "HOST: Thanks for joining us. How do you feel about the vote?\n\n"
    "MAYOR LEE: I think it went well. I am proud of my town and you should be too.\n\n"
    "HOST: Will you run again?\n\n"
    "MAYOR LEE: I have not decided yet. Ask me in spring!"
)


def test_a_column_and_a_review_read_as_opinion() -> None:
    assert is_opinion(COLUMN)
    assert is_opinion(REVIEW)


def test_news_reads_as_news_even_when_it_quotes_a_first_person_account() -> None:
    assert not is_opinion(NEWS)
    assert not is_opinion(QUOTING_NEWS)
    assert not is_opinion(EYEWITNESS_NEWS)


def test_an_interview_transcript_is_its_speakers_words_not_an_opinion() -> None:
    assert genre_signals(INTERVIEW).transcript
    assert not is_opinion(INTERVIEW)


def test_the_signals_count_only_the_writers_own_words() -> None:
    quoted = genre_signals(QUOTING_NEWS)
    assert quoted.first_person == 0.0
    assert quoted.attributions > 0.0
    column = genre_signals(COLUMN)
    assert column.first_person > 0.0 and column.questions > 0.0 and column.verdicts > 0.0


def test_a_verdict_in_the_writers_voice_but_not_one_handed_to_its_owner() -> None:
    assert gives_verdict("The Lumo tablet is cool, and very gimmicky.")
    assert gives_verdict("Parents don't need an app to raise a child.")
    assert gives_verdict("The Brandt family's story is an uplifting one any parent can share.")
    assert not gives_verdict("The tablet weighs eight kilograms.")
    assert not gives_verdict("Critic Lena Moss wrote that the tablet is very gimmicky.")
    assert not gives_verdict('"It is the best bridge in the north," said Mayor Ivo Brandt.')


def test_a_grade_or_a_hedge_in_the_writers_voice_but_not_a_fact_or_a_title() -> None:
    assert grades("The Lumo tablet is a truly silly gadget.")
    assert grades("Kong is still great fun, if occasionally a sadistic kind.")
    assert grades("She played a ferry captain, perhaps the perfect preparation for the part.")
    assert grades("Obviously, the harbour will keep growing.")
    # Words news prose also uses of facts are left to the broader gives_verdict.
    assert not grades("The tablet was the most popular of the year and sold very well.")
    assert not grades("Two workers were seriously injured, and the port should reopen Friday.")
    assert not grades("The judge, a fan of comics, decided to have some fun with the ruling.")
    # The writer's feeling about a fact leaves the fact news.
    assert not grades("Unfortunately, the ferry's cat had to be put down on Monday.")
    assert grades("The ferry film is an uplifting and remarkable piece of work.")
    # A title is no grade; a grade handed to its owner is its owner's.
    assert not grades("The quote comes from Amazing Tales, a comic of the 1960s.")
    assert not grades("Critic Lena Moss wrote that the tablet is truly silly.")


def test_a_columnists_sentence_reads_as_news_only_when_it_tells_a_particular() -> None:
    assert reads_as_news("The council voted 7-2 on Friday to build the bridge.")
    assert reads_as_news("Last week, Mayor Ivo Brandt signed the order.")
    # A general claim or a verdict is the columnist's.
    assert not reads_as_news("Bridges are a public good.")
    assert not reads_as_news("The council should scrap the plan before Friday.")


# A word of a lower-cased report: a run of letters and apostrophes from its first letter.
_WORD = re.compile(r"[a-z][a-z']*")


def test_the_words_counted_are_the_runs_of_letters_and_apostrophes_from_a_letter() -> None:
    lowered = "i'm 'tis '' rock'n'roll—café o'neil's\nyou? 42 said' ''should i"
    # ("''should" is the word "should"; "said'" is no "said")
    assert _WORD.findall(lowered)[-2:] == ["should", "i"]
    assert word_counts(lowered) == (9, Counter({"i'm": 1, "you": 1, "should": 1, "i": 1}))


def test_word_counts_are_the_words_and_the_counted_words_of_the_plain_form() -> None:
    # The pre-counted form against the list of words it spares making, on made-up texts
    # with apostrophes where words start and end, counted words side by side, non-ASCII.
    rng = random.Random(18)
    pieces = ["i", "i'm", "we", "you", "said", "very", "'", "''", " ", "  ", "\n", "-", "é", "x"]
    texts = ["", "i", "i i", " said said ", "'i'm' 'we", *COLUMN.lower().split("\n")]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for text in texts:
        words = _WORD.findall(text)
        assert word_counts(text) == (len(words), Counter(w for w in words if w in _COUNTED))


@pytest.mark.parametrize(
    ("head", "label"),
    [
        ("OPINION | Why the harbour should stay shut", True),
        ("Hands-on: the new Kestrel tablet", True),
        ("In my view, the board failed the port.", True),
        ('The mayor called it "my opinion only" and left.', False),  # a quotation's words
        ("The board met on Tuesday to discuss the port.", False),
        # Ignoring case, "İ" is an "i" to the pattern, though lower() makes it two characters.
        ("İn my view, the board failed the port.", True),
    ],
)
def test_a_page_that_calls_itself_an_opinion_is_labelled(head: str, label: bool) -> None:
    assert genre_signals(head).label is label


def test_every_grade_word_is_found_in_lower_case_and_first_but_not_as_a_title() -> None:
    # (The cue pass that rules sentences out first must let each of them through.)
    for word in _GRADE_WORDS:
        assert _graded(f"the show was {word} all week")
        assert _graded(f"{word.capitalize()} the show ran all week")
        assert not _graded(f"the show ran in {word.capitalize()} Hall all week")
    # In any case the pattern's "s" matches a long s: the cue pass lets it through too.
    assert _graded("the show was \u017filly all week")


# Invented: a journal abstract, a paper's discussion with its reference numbers, and news
# reports of a study (look-alikes that stay news).
ABSTRACT = (
    "Salt fever in harbour gulls is a major cause of their decline along the coast.\n\n"
    "Abstract\n\n"
    "This study was undertaken to test a feed additive on wild gull colonies. "
    "We found that the additive lowered salt fever by 30% over two seasons."
)
DISCUSSION = (
    "Several earlier surveys have seen weak salt fever at other colonies of the coast4,6,8 "
    "(Fig. 1), including a fall in central Halden3. The inferred decline has been put down to "
    "warmer water11,12,13. However, this is only a rough estimate (ref. 12)."
)
NEWS_OF_A_STUDY = (
    "A feed additive cut salt fever in harbour gulls by 30%, researchers said on Monday.\n\n"
    '"We found that the additive works in the wild," said Ana Ortiz, who led the study.\n\n'
    "This study is the first to test it on wild colonies, according to the university."
)
FEATURE_OF_A_STUDY = (
    "Gulls on the Halden coast are dying of salt fever, and a new study may help.\n\n"
    "This study, by the university's bird unit, tested a feed additive on two colonies. "
    "Fever fell by a third, Ana Ortiz said."
)


@pytest.mark.parametrize("text", [ABSTRACT, DISCUSSION])
def test_an_abstract_or_a_papers_discussion_reads_as_a_paper(text: str) -> None:
    assert reads_as_paper(text)


@pytest.mark.parametrize("text", [NEWS_OF_A_STUDY, FEATURE_OF_A_STUDY])
def test_a_news_report_of_a_study_does_not_read_as_a_paper(text: str) -> None:
    # Its "we found" is a researcher's, in quotation marks; one "This study" and a
    # reporter's "said" make no paper.
    assert not reads_as_paper(text)


# Invented: a ferry company's own statement (a page in its "we"), and news look-alikes: a
# report quoting the statement, and a report whose reporter says "we" once among "said"s.
STATEMENT = (
    "We are deeply saddened by the loss of the Kestrel's cat this weekend. Our crews searched "
    "the ship for a week, and we know how many of you followed the search.\n\n"
    "Unfortunately, the cat had to be put down by the vet on Sunday. We thank all of our "
    "passengers for their kindness, and our hearts go out to the owner."
)
QUOTING_THE_STATEMENT = (
    "The cat that went missing on the Kestrel ferry has died, the ferry company said.\n\n"
    '"We are deeply saddened by the loss," the company said in a statement. "Our crews '
    'searched the ship for a week."\n\n'
    "The owner, Ana Lind, told reporters she would not sail with the company again."
)
REPORTER_WE = (
    "The ferry company said on Monday that the missing cat had died. As we reported last "
    "week, the cat escaped from its carrier on the Kestrel.\n\n"
    "The owner, Ana Lind, said she was heartbroken, according to a family friend."
)


def test_a_bodys_own_statement_is_a_document_but_a_report_of_it_is_not() -> None:
    assert genre_signals(STATEMENT).document()
    assert not genre_signals(QUOTING_THE_STATEMENT).document()
    assert not genre_signals(REPORTER_WE).document()
    assert not genre_signals(NEWS).document()
    assert not genre_signals(INTERVIEW).document()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bowing to ultimatums violates every standard of the trade.", True),
        ("The board must resign, and it is time the town said so.", True),
        ("Our hearts go out to the owner and her family.", True),
        ("Accuracy of information is very important.", True),
        ("Unfortunately, the cat had to be put down by the vet on Sunday.", False),
        ("The ferry will sail to Morvik again from 3 May.", False),
        # its "we" handed to a speaker stays the speaker's
        ('"We must do better," said the ferry chief Ove Brandt.', False),
    ],
)
def test_a_documents_judgements_calls_and_we_but_not_its_news(text: str, expected: bool) -> None:
    assert judges(text, cohesion(text).unquoted) is expected


OP_ED = (
    "When I ran the harbour board in Ashby, I learned that ports live on trust. "
    "I saw the dock fall to ruin after the board cut its budget.\n\n"
    "I know what it takes to turn a port around. My plan would cut the fees.\n\n"
    "Ms. Lind is the Harbour Party candidate for mayor of Ashby.\n\n"
    "A version of this article appeared in print on page 11.\n"
)


def test_an_op_ed_ending_on_its_author_line_names_its_author() -> None:
    author = op_ed_author(OP_ED)
    assert author is not None and author.name == "Ms. Lind"
    assert author.line == "Ms. Lind is the Harbour Party candidate for mayor of Ashby."
    full = OP_ED.replace("Ms. Lind is", "Ana Lind is")
    assert (author := op_ed_author(full)) is not None and author.name == "Ana Lind"


def test_op_ed_author_reads_the_signals_its_caller_has_read() -> None:
    # The brief passes the signals selection read (rank.runs.Readings): the same answer.
    assert op_ed_author(OP_ED, genre_signals(OP_ED)) == op_ed_author(OP_ED)
    news = genre_signals("The mill closed on Monday, officials said.")
    assert op_ed_author(OP_ED, news) is None  # the signals given are the ones read


@pytest.mark.parametrize(
    "text",
    [
        # a news report ending on a line about its subject: no writer's "I"
        "The mill closed on Monday, officials said. Its workers were told by letter.\n\n"
        "Ana Lind is a coach who never quit.\n",
        # a first-person piece ending on a line that names no person
        OP_ED.replace("Ms. Lind is the Harbour Party candidate", "Ashby is a port town"),
        # a line on "he" is no author line
        OP_ED.replace("Ms. Lind is", "He is"),
    ],
)
def test_no_author_for_news_or_a_line_that_names_no_person(text: str) -> None:
    assert op_ed_author(text) is None
