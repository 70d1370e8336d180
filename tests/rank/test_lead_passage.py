"""The report and passage a backbone brief starts from (``rank.lead_passage``)."""

import numpy as np
import pytest

from newsfuse.rank.backbone import select_backbone
from newsfuse.rank.lead_passage import backbone_passage
from newsfuse.rank.select import unit_range
from newsfuse.rank.story import PreparedStory
from newsfuse.text.lede import unanchored_lede
from tests.rank.test_backbone import COURIER, KNOBS, RADIO, _story


def test_the_backbone_is_the_report_whose_opening_covers_the_story_best() -> None:
    story = _story(RADIO, COURIER)
    relevance = unit_range(np.array([1.0, 0.5, 0.2, 3.0, 2.8, 0.1, 0.1]))
    passage = backbone_passage(story, relevance, 200)
    assert {story.candidates[p].article_id for p in passage} == {"2"}


def test_the_backbone_is_the_opening_the_other_reports_tell_too() -> None:
    explainer = (
        "Grain prices across northern Europe have climbed steadily for three straight years.\n\n"
        "Traders blame dry summers, costly fuel and the long war on the eastern plains."
    )
    story = _story(explainer, COURIER, RADIO)
    relevance = np.ones(len(story.candidates))
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].text.startswith("A fire tore")


def test_a_lede_whose_subject_leans_on_its_headline_counts_as_a_skipped_line() -> None:
    # A verb outside the table is not read: a limit of the pattern, not a wish.
    assert not unanchored_lede("The blaze tore through the terminal.")
    assert unanchored_lede("The blaze is the worst in years.")
    assert unanchored_lede("The terminal, built in 1990, burned.")
    assert not unanchored_lede("The owners of the terminal said it burned.")
    assert not unanchored_lede("The Port Halden terminal burned on Tuesday.")
    story = _story(RADIO.replace("Flames lit up", "The flames were seen across"), COURIER)
    relevance = np.ones(len(story.candidates))
    passage = backbone_passage(story, relevance, 200)
    assert {story.candidates[p].article_id for p in passage} == {"2"}


def test_a_report_opening_on_a_teaser_loses_to_one_opening_on_the_news() -> None:
    # The column's opening frames the news and holds few of the story's key terms; its
    # relevance is higher, but the brief opens on the report that says what happened.
    column = (
        "For the people of the valley, the harbour may finally have gone too far.\n\n"
        "Critics of the port say the fire was a warning nobody heeded."
    )
    story = _story(column, COURIER, RADIO)
    relevance = np.ones(len(story.candidates))
    relevance[2:] = 0.4  # without the teaser's penalty, the column would win
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].article_id != "1"


def test_a_report_that_opens_on_a_teaser_starts_at_its_lede() -> None:
    feature = (
        "Marta Lind has a hard name to spell, even at her own fire station.\n\n"
        "A fire tore through the grain terminal at Port Halden on Tuesday night, crews said.\n\n"
        "Fire chief Marta Lind said crews fought the terminal blaze for six hours."
    )
    radio = RADIO.replace("Flames lit up the harbour late on Tuesday as the", "The")
    story = _story(feature, radio)
    relevance = np.ones(len(story.candidates))
    relevance[3:] = 0.1  # the feature wins the backbone on relevance alone
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].text.startswith("A fire tore")
    # The teaser before the lede is left out of the backbone.
    assert all(not story.candidates[p].text.startswith("Marta Lind has") for p in passage)


def test_a_short_lede_that_tells_an_event_keeps_the_backbone() -> None:
    # Few of the story's key terms, but it says what happened: it stays the opening.
    short = (
        "Port Halden's old grain terminal burned down on Tuesday.\n\n"
        "A fire tore through the grain terminal at Port Halden on Tuesday night, crews said.\n\n"
        "Fire chief Marta Lind said crews fought the terminal blaze for six hours."
    )
    story = _story(short, RADIO)
    relevance = np.ones(len(story.candidates))
    relevance[3:] = 0.1
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].text.startswith("Port Halden's old grain")


def test_an_opening_that_tells_no_event_gives_way_to_one_that_tells_it() -> None:
    # The background line holds most of the story's key terms (it is no thin teaser), but
    # it says nothing happened: the report that opens on the fire carries the brief.
    background = (
        "The Port Halden grain terminal is the largest in the harbour, home to the dock union "
        "and its terminal workers.\n\n"
        "A fire tore through the terminal on Tuesday night, and crews fought it for six hours."
        "\n\nFire chief Marta Lind said the cause of the fire was not yet known."
    )
    radio = (
        "Fire crews fought a blaze at the Port Halden grain terminal on Tuesday night.\n\n"
        "The dock union said five terminal workers were hurt and two remain in hospital.\n\n"
        "State investigators will begin their inquiry at the terminal on Thursday, the port said."
    )
    story = _story(background, radio)
    relevance = np.ones(len(story.candidates))
    relevance[3:] = 0.6  # the background report would win on relevance alone
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].text.startswith("Fire crews fought a blaze")


# Invented: a columnist's page that opens on a plain statement of the fire.
COLUMN = (
    "The grain terminal at Port Halden burned on Tuesday night for six long hours.\n\n"
    "I have warned about that quay for years. Why did nobody listen? You know the answer.\n\n"
    "The harbour board should resign, and frankly it should have gone long ago.\n\n"
    "Grain terminals along the coast are tinderboxes, and I am tired of saying so!"
)


def test_a_columnists_page_does_not_carry_the_brief_while_a_news_report_tells_the_story() -> None:
    story = _story(COLUMN, COURIER)
    # The column's opening is scored best; the news report is the backbone all the same.
    scores = np.array([5.0 if s.article_id == "1" else 1.0 for s in story.candidates])
    passage = backbone_passage(story, unit_range(scores), 200)
    assert {story.candidates[p].article_id for p in passage} == {"2"}


def test_a_story_told_only_by_columnists_still_gets_a_backbone() -> None:
    other = COLUMN.replace("I have warned", "I have written").replace("frankly", "honestly")
    story = _story(COLUMN, other)
    choice = select_backbone(story, np.ones(len(story.candidates)), 200, KNOBS)
    assert choice is not None
    texts = [story.candidates[p].text for p in choice.order]
    assert texts[0].startswith("The grain terminal at Port Halden burned")
    assert not any("should resign" in t for t in texts)


# Invented: a journal abstract of a study and a news report of it.
PAPER = (
    "Salt fever in harbour gulls is a major cause of their decline along the northern coast."
    "\n\nAbstract\n\n"
    "This study was undertaken to test a feed additive on the gull colonies of Port Halden.\n\n"
    "We found that the feed additive lowered salt fever in the gulls by 30% over two seasons.\n\n"
    "We observed no harm to the chicks of the treated colonies."
)
GULLS = (
    "A feed additive cut salt fever in the gulls of Port Halden by 30%, researchers said on "
    "Monday.\n\n"
    "Ana Ortiz, who led the study at Halden University, said the additive could save the "
    "colonies of the northern coast.\n\n"
    "Salt fever has killed thousands of gulls along the coast in the past decade."
)


def _paper_relevance(story: PreparedStory) -> np.ndarray:
    # The abstract's sentences are scored best: on relevance alone it would carry the brief.
    return np.array([1.0 if s.article_id == "1" else 0.3 for s in story.candidates])


def test_a_journal_abstract_does_not_carry_the_brief_while_a_news_report_can() -> None:
    story = _story(PAPER, GULLS)
    passage = backbone_passage(story, _paper_relevance(story), 200)
    assert story.candidates[passage[0]].text.startswith("A feed additive cut salt fever")


def test_a_news_report_opening_in_its_writers_voice_then_opens_on_its_lede() -> None:
    # Its first two lines cannot open a brief: it bids only when the abstract would win.
    asking = "I went down to the quay this week. I counted the sick gulls myself.\n\n" + GULLS
    story = _story(PAPER, asking)
    passage = backbone_passage(story, _paper_relevance(story), 200)
    assert story.candidates[passage[0]].text.startswith("A feed additive cut salt fever")


def test_a_story_told_only_by_papers_still_gets_a_backbone() -> None:
    other = PAPER.replace("30%", "a third").replace("no harm", "no loss of weight")
    story = _story(PAPER, other)
    choice = select_backbone(story, _paper_relevance(story), 200, KNOBS)
    assert choice is not None
    assert story.candidates[choice.order[0]].text.startswith("Salt fever in harbour gulls")


def test_a_paper_keeps_the_brief_when_the_news_report_opens_only_on_a_teaser() -> None:
    # A brief opening on "For the gulls of ..." and no news after it read worse.
    framing = (
        "For the gulls of Port Halden, the winter may be long and the fever worse.\n\n"
        "Why do the gulls of the northern coast fall sick? Nobody knows for sure!"
    )
    story = _story(PAPER, framing)
    passage = backbone_passage(story, _paper_relevance(story), 200)
    assert story.candidates[passage[0]].text.startswith("Salt fever in harbour gulls")


def test_an_opening_whose_first_two_sentences_tell_no_event_gives_way() -> None:
    # Both reports open on a line that tells nothing happened; the scene setter's second
    # line is a question, the other's says what happened. The scene setter is scored
    # better, but a brief from it would say what happened only on its third line.
    scene = (
        "Summer on the Halden coast is long, slow and full of ferries.\n\n"
        "But how far can an old ferry of the Halden line go in one day?\n\n"
        "The Halden ferry sank on Tuesday night with 40 people aboard, the coast guard said."
    )
    report = (
        "Halden's ferries are the oldest boats of the northern coast.\n\n"
        "The Halden ferry sank on Tuesday night with 40 people aboard, the coast guard said.\n\n"
        "All 40 were pulled from the water by fishing boats, officials said."
    )
    story = _story(scene, report)
    relevance = np.array([1.0 if s.article_id == "1" else 0.7 for s in story.candidates])
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].article_id == "2"


FACT_SHEET = (
    "Halden Spotted Fever is a notifiable disease in the northern valleys.\n\n"
    "Halden Spotted Fever is a disease caused by a bacterium that gulls carry.\n\n"
    "In Halden, the gull most closely associated with the fever is the herring gull.\n\n"
    "The symptoms of the fever usually begin a week after the bite of a gull."
)


FISHERMAN = (
    "A fisherman from Port Halden had both legs amputated after a gull bite gave him "
    "Halden Spotted Fever, his wife said.\n\n"
    "Jo Berg is in the intensive care unit of the Halden hospital, where the fever is "
    "being treated.\n\n"
    "The fever is carried by herring gulls, the health office said."
)


def test_an_opening_that_tells_nothing_that_happened_gives_way_to_one_that_does() -> None:
    # The health office's fact sheet is scored better, but its first three sentences say
    # what the fever is; the news report says what happened to a fisherman.
    story = _story(FACT_SHEET, FISHERMAN)
    relevance = np.array([1.0 if s.article_id == "1" else 0.5 for s in story.candidates])
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].text.startswith("A fisherman from Port Halden")


def test_an_opening_told_in_the_present_of_what_is_said_keeps_the_backbone() -> None:
    # "says" tells what somebody said: news told in the present, not a fact sheet.
    present = (
        "The Halden health office says Halden Spotted Fever should be reported at once.\n\n"
        "Its chief says the fever is spreading along the northern coast.\n\n"
        "Herring gulls carry the fever, she says."
    )
    story = _story(present, FISHERMAN)
    relevance = np.array([1.0 if s.article_id == "1" else 0.5 for s in story.candidates])
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].article_id == "1"


def test_a_fact_sheet_still_carries_a_story_no_report_tells_as_news() -> None:
    story = _story(FACT_SHEET)
    passage = backbone_passage(story, np.ones(len(story.candidates)), 200)
    assert story.candidates[passage[0]].text.startswith("Halden Spotted Fever is a notifiable")


def test_a_teaser_with_no_lede_after_it_gives_way_to_a_lede_a_few_lines_into_a_report() -> None:
    # The blog's opening frames the news and no lede follows it; the other report opens on
    # its headline, its dateline and its translator, then on the news.
    blog = (
        "Unlike the harbour board, the ferry line has no gallery of photographs.\n\n"
        "Its page on the sinking of the old ferry is all of three lines long."
    )
    wire = (
        "Halden ferry sinks with forty aboard\n\n"
        "(Halden Courier) 09:25, November 27, 2012\n\n"
        "Edited and translated by Jo Lee, Halden Courier\n\n"
        "The old Halden ferry sank on Tuesday night with 40 people aboard, the coast guard "
        "said.\n\n"
        "All 40 were pulled from the water by fishing boats, officials said."
    )
    story = _story(blog, wire)
    relevance = np.array([1.0 if s.article_id == "1" else 0.5 for s in story.candidates])
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].text.startswith("The old Halden ferry sank")


def test_a_teaser_stays_when_no_report_has_a_lede_a_few_lines_on() -> None:
    blog = (
        "Unlike the harbour board, the ferry line has no gallery of photographs.\n\n"
        "Its page on the sinking of the old ferry is all of three lines long."
    )
    story = _story(blog, "Halden ferry sinks with forty aboard\n\nWhy did it sink?")
    passage = backbone_passage(story, np.ones(len(story.candidates)), 200)
    assert story.candidates[passage[0]].text.startswith("Unlike the harbour board")


EXCERPT = (
    "Ms. Varga said a fire tore through the grain terminal at Port Halden on Tuesday night.\n\n"
    "Ms. Varga said the crews fought the blaze at the grain terminal for six hours."
)
# The port director, named in full only further on in the other report.
DIRECTOR = "Port director Ida Varga was away from the terminal that night."


def test_a_lede_that_uses_a_stranger_s_surname_gives_way_to_another_reports() -> None:
    # An excerpt opens on "Ms. Varga", whom no report's opening names: readers would meet
    # her by surname alone. The report that says what happened carries the brief.
    story = _story(EXCERPT, f"{COURIER}\n\n{DIRECTOR}")
    relevance = np.ones(len(story.candidates))
    relevance[2:] = 0.6  # on relevance alone, the excerpt would win
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].text.startswith("A fire tore")


def test_a_surname_that_opens_the_lede_as_an_owner_is_used_alone() -> None:
    # "Fey's first book, Bossypants, ..." (anchor 45994): the surname opens the lede, with
    # no word before it, and was never read as used alone there.
    from newsfuse.rank.lead_passage import _alone_in

    assert _alone_in("Varga's crews said a fire tore through the terminal.", "Varga")
    # Look-alikes: after another capitalised word, or a nickname's closing mark.
    assert not _alone_in("Ida Varga's crews said a fire tore through it.", "Varga")
    assert not _alone_in('Ida "Red" Varga\'s crews said so.', "Varga")


def _reaction_story(lede: str) -> PreparedStory:
    """A report that opens on ``lede`` (a reaction to the fire) and wins on relevance,
    and one that says what happened."""
    reaction = f"{lede}\n\nShe said crews fought the blaze at the grain terminal for six hours."
    return _story(reaction, COURIER)


def _opening(story: PreparedStory) -> str:
    relevance = np.ones(len(story.candidates))
    relevance[2:] = 0.3  # on relevance alone, the reaction would win
    passage = backbone_passage(story, relevance, 200)
    return story.candidates[passage[0]].text


def test_a_lede_that_reacts_to_a_thing_it_never_names_gives_way_to_the_news() -> None:
    # "... called the work an "insult."" (dev 0185): which work? The report that says what
    # happened carries the brief.
    story = _reaction_story("Port pilot Lena Moss called the blaze a warning nobody heeded.")
    assert _opening(story).startswith("A fire tore")
    # So does one that mourns a death another report tells (dev 0111).
    story = _reaction_story("Port pilot Lena Moss is mourning the death of a terminal guard.")
    assert _opening(story).startswith("A fire tore")


@pytest.mark.parametrize(
    "lede",
    [
        # Look-alikes: a thing every reader knows, one the sentence explains, a definite
        # subject every reader knows, and a quotation followed by who said it.
        "Port pilot Lena Moss called the president a coward after the terminal fire.",
        "Port pilot Lena Moss called the fire at the grain terminal a warning nobody heeded.",
        "The police called the fire at the grain terminal arson on Tuesday night.",
    ],
)
def test_a_reaction_to_a_named_or_known_thing_keeps_the_brief(lede: str) -> None:
    assert _opening(_reaction_story(lede)) == lede


def test_a_reaction_keeps_the_brief_when_no_other_report_opens_on_a_lede() -> None:
    lede = "Port pilot Lena Moss called the blaze a warning nobody heeded."
    teaser = "For the people of the valley, the harbour may finally have gone too far."
    story = _story(f"{lede}\n\nShe said crews fought the blaze for six hours.", teaser)
    assert _opening(story) == lede


def test_a_lede_that_uses_a_surname_another_reports_opening_names_keeps_the_brief() -> None:
    # Look-alike: the other report opens on her in full: she is the story's own, as in a
    # headline, and the excerpt's bid stands.
    opening = "Port director Ida Varga said a fire tore through the terminal on Tuesday night."
    story = _story(EXCERPT, f"{opening}\n\n{COURIER}")
    relevance = np.ones(len(story.candidates))
    relevance[2:] = 0.6
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].text.startswith("Ms. Varga said a fire")


def test_a_lede_that_names_a_head_of_state_by_title_keeps_the_brief() -> None:
    # Look-alike: "President Obama's" names him with a head of state's title (a place's
    # "'s", "Alaska's race", is no person's: ``text.names.uses_as_a_person``).
    lede = "President Obama's envoy said a fire tore through the grain terminal on Tuesday night."
    story = _story(
        f"{lede}\n\nThe crews fought the blaze at the grain terminal for six hours, she said.",
        f"{COURIER}\n\nPresident Barack Obama said the port would be rebuilt.",
    )
    relevance = np.ones(len(story.candidates))
    relevance[2:] = 0.6
    passage = backbone_passage(story, relevance, 200)
    assert story.candidates[passage[0]].text == lede


def test_a_report_whose_opening_paragraph_speaks_to_the_reader_loses_to_a_news_report() -> None:
    # A feature casting the reader in its opening scene: relevance alone would let it
    # carry the brief over the report that opens on the news.
    news = (
        "\n\nCrews fought the blaze at the Port Halden grain terminal for six hours on Tuesday."
        "\n\nFire chief Marta Lind said two workers were treated for smoke at the scene."
        "\n\nThe port said the terminal would stay closed while investigators search the site."
        "\n\nFarmers across the northern valleys store their wheat at the terminal each autumn."
    )
    opening = "Port Halden lost its grain terminal to a fire on Tuesday, but not its heroes."
    for scene, carrier in (
        (" You wake up. You smell smoke. You run.", "2"),
        # Without the reader in it, the same opening carries the brief.
        (" Crews woke. Crews smelled smoke. Crews ran.", "1"),
    ):
        story = _story(opening + scene + news, COURIER)
        relevance = np.array([1.0 if c.article_id == "1" else 0.7 for c in story.candidates])
        passage = backbone_passage(story, relevance, 200)
        assert story.candidates[passage[0]].article_id == carrier


# A report whose first line names the person in full but reads as a teaser, so the brief's
# lede is its second line, which uses the surname alone.
POLL_REST = (
    "The poll of 900 registered voters shows Ortiz at 49 percent and Mayor Dan Reyes at 45"
    " percent.\n\n"
    "Reyes won the city's election last fall by four points after a long and bitter race.\n\n"
    "The poll was taken over three days last week by the Ashby Courier and the local radio"
    " station."
)
POLL_OTHER = (
    "Ashby voters have soured on the mayor a year after the election, a new poll shows.\n\n"
    "Residents said the city's new parking rules and higher water bills weighed on their views."
)
POLL_LEDE = (
    "{} would hold a narrow lead over the mayor if the election were held again today, a new"
    " poll found."
)


def _poll_brief(first: str, lede: str) -> tuple[str, list[str]]:
    """The passage's lede and the brief of a poll story whose report opens on ``first``."""
    story = _story(f"{first}\n\n{lede}\n\n{POLL_REST}", POLL_OTHER)
    relevance = np.ones(len(story.candidates))
    relevance[-2:] = 0.3
    passage = backbone_passage(story, relevance, 200)
    choice = select_backbone(story, relevance, 200, KNOBS)
    assert choice is not None
    return story.candidates[passage[0]].text, [story.candidates[p].text for p in choice.order]


def test_the_line_that_names_the_ledes_person_in_full_comes_in_before_it() -> None:
    # The report's first line names Ana Ortiz; the lede after it says "Ortiz would ...":
    # the naming line opens the brief, as a quotation's speaker comes in with it.
    first = "For council member Ana Ortiz, the Ashby election came a year too early."
    lede = POLL_LEDE.format("Ortiz")
    passage_lede, brief = _poll_brief(first, lede)
    assert passage_lede == lede
    assert brief[:2] == [first, lede]


def test_a_lede_that_needs_no_naming_line_opens_the_brief() -> None:
    # Look-alikes: a head of state's title introduces the person ("President Obama"); a
    # name the report never gives in full ("Madonna") has no line to bring in; a lede that
    # names another person of the surname in full ("Luis Ortiz") introduces him itself.
    for who, name in (
        ("President Barack Obama", "President Obama"),
        ("the singer", "Madonna"),
        ("council member Ana Ortiz", "Luis Ortiz"),
    ):
        first = f"For {who}, the Ashby election came a year too early."
        lede = POLL_LEDE.format(name)
        passage_lede, brief = _poll_brief(first, lede)
        assert passage_lede == lede
        assert brief[0] == lede, name
