"""Passages of a report that tell another incident (rank.passages), with invented reports:
a wreck's report that tells another wreck after "It's not the first", and the look-alikes
that must stay (the story's own past, a cue the brief took with its passage, "Separately")."""

from newsfuse import Article, Settings
from newsfuse.pipeline import build
from newsfuse.rank.passages import passages
from newsfuse.rank.story import PreparedStory, prepare_story

WRECK = """Marine archaeologists have found a Roman merchant ship off Alicante, in southeast
Spain, a mile from the shore.
The team's leader, Marta Ruiz, said the hull lies under 70 feet of water and holds hundreds
of jars of fish sauce.
Ruiz said the ship probably sank in a storm on its way to Rome from the port of Cadiz.
It's not the first Roman wreck found along this coast in recent years.
In 2019, police divers located the remains of a smaller vessel off Denia, near Valencia.
That ship carried wine jars and was studied by a team from Genoa led by Luca Bruni.
Bruni said the two ships may have sailed the same route two centuries apart.
Ruiz's team will raise a few of the Alicante jars next month, the museum said.
"It is a jewel of the ancient trade," Ruiz told reporters in Alicante on Tuesday."""

OWN_PAST = WRECK.replace(
    """It's not the first Roman wreck found along this coast in recent years.
In 2019, police divers located the remains of a smaller vessel off Denia, near Valencia.
That ship carried wine jars and was studied by a team from Genoa led by Luca Bruni.
Bruni said the two ships may have sailed the same route two centuries apart.""",
    """It's not the first find for Ruiz, who has led dives along this coast for years.
In 2019, Ruiz located the remains of a smaller vessel a few miles away from the site.
Ruiz said that ship carried wine jars and sank two centuries after the new one.
The museum in Alicante still shows the jars that Ruiz's divers raised from it.""",
)


def story_of(text: str) -> PreparedStory:
    return prepare_story([Article(id="a", text=" ".join(text.split()))], Settings())


def position(story: PreparedStory, start: str) -> int:
    return next(p for p, s in enumerate(story.candidates) if s.text.startswith(start))


def test_lines_of_another_wreck_taken_without_their_cue_go() -> None:
    story = story_of(WRECK)
    first, denia, bruni = (position(story, s) for s in ("Marine", "In 2019", "Bruni said"))
    gone = passages(story, "a", [first, denia, bruni])
    assert gone == [denia, denia + 1, bruni]


def test_the_story_s_own_past_stays() -> None:
    # The lines after the cue name Ruiz, the brief's own report's protagonist.
    story = story_of(OWN_PAST)
    first, past = position(story, "Marine"), position(story, "In 2019")
    assert passages(story, "a", [first, past]) == []


def test_a_passage_taken_with_its_cue_stays() -> None:
    # The brief says what it is: "It's not the first ..." then the other wreck.
    story = story_of(WRECK)
    first, cue, denia = (position(story, s) for s in ("Marine", "It's not", "In 2019"))
    assert passages(story, "a", [first, cue, denia]) == []


def test_a_line_opening_separately_is_no_cue() -> None:
    story = story_of(WRECK.replace("It's not the first", "Separately, it is the first"))
    first, denia = position(story, "Marine"), position(story, "In 2019")
    assert passages(story, "a", [first, denia]) == []


SHORT_WRECK = """Marine archaeologists have found a Roman merchant ship off Alicante, in southeast
Spain, a mile from the shore.
Ruiz said the ship probably sank in a storm on its way to Rome from the port of Cadiz.
It's not the first ancient wreck found along this coast in recent years.
In 2019, police divers found an ancient merchant ship holding hundreds of jars of fish sauce
off Denia, near Valencia.
The team from Genoa led by Luca Bruni said the ancient ship probably sank in a storm with
its jars of fish sauce.
Bruni said the ship lies under 70 feet of water, a mile from the shore, and its jars still
carry their seals.
"It is a jewel of the ancient trade," Ruiz told reporters in Alicante on Tuesday."""

FOLLOW_UP = """Marine archaeologists have found an ancient merchant ship off Alicante, in
southeast Spain, a mile from the shore.
The team's leader, Marta Ruiz, said the hull lies under 70 feet of water and holds hundreds
of jars of fish sauce.
Divers first saw the site in 2000, but the find was confirmed only this spring.
The jars still carry their seals, and Ruiz's team will raise a few of them next month."""


def test_a_brief_tells_no_line_of_another_wreck_without_its_cue() -> None:
    # Without the test, the brief told three lines of the wreck off Denia after its first
    # line, as the Alicante wreck's.
    articles = [
        Article(id="1", text=" ".join(SHORT_WRECK.split())),
        Article(id="2", text=" ".join(FOLLOW_UP.split())),
    ]
    for words in (100, 230):
        brief = build(Settings(words=words)).brief(articles)
        told = " ".join(s.text for s in brief.sentences)
        assert "Denia" not in told and "Bruni" not in told
