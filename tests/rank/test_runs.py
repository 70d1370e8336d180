"""The pool's entry rules: a writer's voice, lines about another story, and which surnames
a brief may use before introducing them (those readers know)."""

import numpy as np
import pytest

from newsfuse import Article, Settings
from newsfuse.rank.runs import opens_well, readings, shortlist, shortlisted
from newsfuse.rank.story import prepare_story

OPENING = "A fire tore through the grain terminal at Port Halden on Tuesday night."


def _usable(reports: list[str]) -> dict[str, bool]:
    """Each sentence of the reports, and whether the pool lets it enter a brief."""
    articles = [Article(id=str(n), text=text) for n, text in enumerate(reports, 1)]
    story = prepare_story(articles, Settings())
    pool = shortlist(story, np.ones(len(story.candidates)))
    return {
        story.candidates[position].text: bool(pool.usable[row])
        for row, position in enumerate(pool.positions)
    }


def test_a_writers_opinion_stays_out_and_the_same_words_with_their_speaker_enter() -> None:
    usable = _usable(
        [
            f"{OPENING}\n\n"
            "It's hard to see why anyone would store grain on that quay again.\n\n"
            "Let's be honest: the harbour board ignored every warning.\n\n"
            "It is unclear whether the terminal will reopen before the harvest.",
            "Flames rose over the Port Halden grain terminal late on Tuesday.\n\n"
            '"The board ignored every warning," said the dock worker Sam Reyes.',
        ]
    )
    assert not usable["It's hard to see why anyone would store grain on that quay again."]
    assert not usable["Let's be honest: the harbour board ignored every warning."]
    assert usable["It is unclear whether the terminal will reopen before the harvest."]
    assert usable['"The board ignored every warning," said the dock worker Sam Reyes.']


def test_a_bodys_own_statement_gives_its_news_but_not_its_judgements() -> None:
    # Invented: the ferry company's statement page (its "we", nobody said) beside a news
    # report of the same death.
    usable = _usable(
        [
            "We are deeply saddened by the loss of the cat this weekend. Our crews searched "
            "the Kestrel for a week, and we thank every passenger who helped.\n\n"
            "Unfortunately, the cat Tibbs had to be put down by the vet on Sunday.\n\n"
            "Leaving pets in the hold of the Kestrel violates every rule of the sea.\n\n"
            "Kestrel Ferries must now review how pets travel on night crossings.",
            "A cat that went missing on the Kestrel ferry has died, the company said.\n\n"
            "The owner, Ana Lind, said she would not sail with the company again.\n\n"
            "Crews had searched the ship for a week, a spokesman told reporters.",
        ]
    )
    assert usable["Unfortunately, the cat Tibbs had to be put down by the vet on Sunday."]
    assert not usable["Leaving pets in the hold of the Kestrel violates every rule of the sea."]
    assert not usable["Kestrel Ferries must now review how pets travel on night crossings."]
    assert usable["The owner, Ana Lind, said she would not sail with the company again."]


def test_a_bodys_own_statement_never_gives_its_judgements_even_told_alone() -> None:
    # Two bodies' statements and no news report: their news may still enter, their
    # judgements never (a brief would open on one as its own).
    usable = _usable(
        [
            "We are saddened that the cat Tibbs died on the Kestrel ferry on Sunday. Our "
            "crews searched the ship for a week.\n\n"
            "Leaving pets in the hold of the Kestrel violates every rule of the sea.",
            "We mourn Tibbs, who travelled with our members on the Kestrel for years. We ask "
            "our friends to write to the ferry company.\n\n"
            "The Morvik Cat Club will hold a vigil at the Kestrel pier on 3 May.",
        ]
    )
    assert not usable["Leaving pets in the hold of the Kestrel violates every rule of the sea."]
    assert usable["The Morvik Cat Club will hold a vigil at the Kestrel pier on 3 May."]


def test_a_line_about_another_story_stays_out() -> None:
    usable = _usable(
        [
            f"{OPENING}\n\n"
            "Firefighters from Halden and Morvik fought the blaze until dawn.\n\n"
            "In other news, the town's bakery won a national prize.\n\n"
            "Kestrel Air is expected to open a route to Lisbon in June.",
            "The grain terminal at Port Halden burned through Tuesday night.\n\n"
            "Firefighters said the blaze started in a conveyor belt.",
        ]
    )
    assert usable["Firefighters from Halden and Morvik fought the blaze until dawn."]
    assert not usable["In other news, the town's bakery won a national prize."]
    assert not usable["Kestrel Air is expected to open a route to Lisbon in June."]


def test_a_line_that_shares_no_event_word_but_names_nothing_stays_on_the_story() -> None:
    # Only a line naming what no other report names is about another story: one that names
    # nothing is kept without reading the other reports' names.
    usable = _usable(
        [
            f"{OPENING}\n\nFirefighters fought the blaze at the terminal until dawn.\n\n"
            "The terminal's grain burned through the night.\n\n"
            "Nobody expected such a quiet week to end this way.",
            "The grain terminal at Port Halden burned through Tuesday night.",
        ]
    )
    assert usable["Nobody expected such a quiet week to end this way."]


def test_a_question_enters_only_as_somebodys_quoted_words() -> None:
    usable = _usable(
        [
            f"{OPENING}\n\n"
            'The mayor mocked the board in a post, asking "who stores grain on a wooden quay?"\n\n'
            "Will the terminal ever reopen?",
        ]
    )
    assert usable[
        'The mayor mocked the board in a post, asking "who stores grain on a wooden quay?"'
    ]
    assert not usable["Will the terminal ever reopen?"]


def test_a_quotation_that_runs_on_enters_only_with_the_sentence_that_closes_it() -> None:
    lind = "Fire chief Marta Lind said the crews were exhausted by dawn on Wednesday."
    runs_on = '"It was the worst night," said Lind, "that any of us know.'
    # (A quotation that runs on into the next paragraph opens it again.)
    closes = '"We will never forget it, not one of us."'
    usable = _usable([f"{OPENING}\n\n{lind}\n\n{runs_on}\n\n{closes}"])
    # Alone it would leave the reader inside an open quotation; in the run of the sentence
    # that closes it, it may enter.
    assert not usable[runs_on]
    assert usable[closes]
    # Look-alikes: marks that close a quotation or measure a gate.
    gate = 'The terminal\'s 6\'2" gate and its "Harbour 2" crane were lost, Lind said.'
    assert _usable([f"{OPENING}\n\n{lind}\n\n{gate}"])[gate]
    closed = '"It was the worst night," said Lind, "that any of us know."'
    assert _usable([f"{OPENING}\n\n{lind}\n\n{closed}"])[closed]


def test_a_brief_does_not_open_on_an_address_to_the_reader() -> None:
    assert opens_well(OPENING)
    assert not opens_well(
        "Imagine the quay at Port Halden on Tuesday night as the terminal burned."
    )
    assert not opens_well("Grain farmers in the valley will pay for your cheap bread this winter.")


EXCERPT = (
    "In Mr. Vale's view, the harbour had been left without a plan for fires.\n\n"
    "Vale said the port should have kept a second fire boat on call."
)
REPORT = (
    "A fire closed the Port Halden harbour on Tuesday, officials said.\n\n"
    "Harbour master Ida Vale ordered every ship to leave the inner basin.\n\n"
    "Vale said the smoke was too thick for the pilots to see the channel."
)


def _needs(lead: int | None) -> set[str]:
    articles = [Article("1", EXCERPT), Article("2", REPORT)]
    story = prepare_story(articles, Settings())
    pool = shortlist(story, np.ones(len(story.candidates)), lead=lead)
    said = next(
        row
        for row, p in enumerate(pool.positions)
        if story.candidates[p].text.startswith("Vale said the smoke")
    )
    return set(pool.needs.get(said, frozenset()))


def test_one_reports_opening_does_not_make_a_surname_known() -> None:
    # Only one report opens on "Mr. Vale": the brief must still introduce her.
    assert _needs(lead=None) == {"Vale"}


def test_the_briefs_own_lead_makes_a_surname_known() -> None:
    # Look-alike: when that opening is the brief's lead, its editor's choice stands.
    assert _needs(lead=0) == set()


def test_a_quotation_after_a_line_that_names_nobody_cannot_enter_even_in_a_run() -> None:
    report = (
        f"{OPENING}\n\n"
        "Fire chief Marta Lind spoke to reporters at the harbour on Wednesday.\n\n"
        '"It was the worst fire this port has seen in fifty years," she added.\n\n'
        '"We lost three engines and nearly lost a crew, and the grain burns still."'
    )
    usable = _usable([report])
    assert usable['"It was the worst fire this port has seen in fifty years," she added.']
    # "she added" names nobody: the quotation after it would read as nobody's words.
    assert not usable['"We lost three engines and nearly lost a crew, and the grain burns still."']


def test_a_quotation_after_a_line_whose_only_name_is_a_place_cannot_enter() -> None:
    report = (
        f"{OPENING}\n\n"
        "The deckhand had been looking forward to sailing to Port Ashby next month.\n\n"
        '"He had just packed his bags, he was going to Port Ashby with his crew."'
    )
    usable = _usable([report])
    # "Port Ashby" is where he was going, not who speaks: the quotation would be nobody's.
    assert not usable['"He had just packed his bags, he was going to Port Ashby with his crew."']


def test_a_quotation_after_a_line_naming_a_person_beside_a_place_can_enter() -> None:
    report = (
        f"{OPENING}\n\n"
        "Harbour master Ida Vale flew to Port Ashby on Wednesday to meet the crews.\n\n"
        '"We will rebuild the terminal before the harvest comes in next autumn."'
    )
    usable = _usable([report])
    assert usable['"We will rebuild the terminal before the harvest comes in next autumn."']


def test_a_demonstrative_inside_a_sentence_enters_only_after_the_sentence_it_points_at() -> None:
    articles = [
        Article(
            id="1",
            text=f"{OPENING}\n\nEngineers found a crack in the main silo's steel frame.\n\n"
            "Inspectors believe this crack let the grain dust reach the dryer.",
        )
    ]
    story = prepare_story(articles, Settings())
    pool = shortlist(story, np.ones(len(story.candidates)))
    texts = [story.candidates[p].text for p in pool.positions]
    row = texts.index("Inspectors believe this crack let the grain dust reach the dryer.")
    run = [texts[r] for r in pool.chains[row].tolist() if r >= 0]
    assert run == [
        "Engineers found a crack in the main silo's steel frame.",
        "Inspectors believe this crack let the grain dust reach the dryer.",
    ]


# Invented: a columnist's page on the fire, beside a plain news report of it.
FIRE_COLUMN = (
    "I have walked past the Port Halden grain terminal every morning for ten years.\n\n"
    "Why did nobody act? You would think the harbour board had learned something by now.\n\n"
    "Grain terminals along the coast are tinderboxes waiting for a single spark.\n\n"
    "The harbour board should resign before the next harvest comes in.\n\n"
    "The terminal burned for six hours on Tuesday, and 40 workers were sent home."
)
FIRE_NEWS = (
    f"{OPENING}\n\n"
    "Fire chief Marta Lind said crews fought the blaze for six hours, officials said.\n\n"
    "The port said five workers were hurt, according to a statement."
)
CLAIM = "Grain terminals along the coast are tinderboxes waiting for a single spark."
VERDICT = "The harbour board should resign before the next harvest comes in."
FACT = "The terminal burned for six hours on Tuesday, and 40 workers were sent home."


def test_a_columnists_verdicts_and_general_claims_stay_out_and_its_facts_may_enter() -> None:
    usable = _usable([FIRE_NEWS, FIRE_COLUMN])
    assert not usable[VERDICT]
    assert not usable[CLAIM]
    assert usable[FACT]


def test_when_only_columnists_tell_a_story_their_claims_stay_and_their_verdicts_do_not() -> None:
    other = (
        "Have you ever smelled burning wheat? I have, and I will not forget it.\n\n"
        "The Port Halden fire was the worst disaster the harbour has seen, and it should "
        "never have happened."
    )
    usable = _usable([FIRE_COLUMN, other])
    assert usable[CLAIM]
    assert not usable[VERDICT]


def test_a_sentence_cut_at_any_short_title_cannot_open() -> None:
    for title in ("Mr.", "Sgt.", "Supt.", "Cmdr."):
        assert not opens_well(f"In a long statement on the pier works on Thursday, {title}")
    assert opens_well("In a long statement on Thursday, the harbour police chief resigned.")


def test_a_headline_printed_twice_before_the_first_sentence_cannot_open_or_enter() -> None:
    glued = (
        "Pier Fire Spreads To Second Shed In Port Halden Pier Fire Spreads To Second Shed "
        "In Port Halden Crews fought the blaze at the grain terminal through the night."
    )
    assert not opens_well(glued)
    assert opens_well("Crews fought the blaze at the grain terminal through the night.")
    # Prose may repeat a few words: "Scale for the Assessment of ... Scale for the
    # Assessment of ..." in a study.
    assert opens_well(
        "The Scale for the Assessment of Positive Symptoms and the Scale for the Assessment "
        "of Negative Symptoms were used on all 40 patients in the harbour trial."
    )


# Invented: a film's write-up that reads neither as a column nor as news (no "I", no
# "said"; genre score between the two thresholds).
FILM_PIECE = (
    "The new ferry film Harbour Lights opens in cinemas across the north on Friday.\n\n"
    "Directed by Ana Ortiz, it follows a ferry captain through the last winter of the Port "
    "Halden crossing.\n\n"
    "The captain is played by Rui Costa, who spent a month on the real ferry to learn the job."
    "\n\n"
    "Costa is wonderful as the captain, a gruff man who hums old songs on the night crossings."
    "\n\n"
    "The film runs 112 minutes and was shot on the quay in 2023.\n\n"
    "Some of the storm scenes may be too loud for young children."
)
FILM_NEWS = (
    "A film about the last winter of the Port Halden ferry opens on Friday, its studio said."
    "\n\nThe actor Rui Costa plays the ferry's captain in Harbour Lights, the studio said."
)


def test_a_grade_from_a_report_the_genre_test_cannot_place_stays_out() -> None:
    usable = _usable([FILM_NEWS, FILM_PIECE])
    assert not usable[
        "Costa is wonderful as the captain, a gruff man who hums old songs on the night crossings."
    ]
    assert usable["The film runs 112 minutes and was shot on the quay in 2023."]
    # Its "may be too loud" is no grade: a brief may report it.
    assert usable["Some of the storm scenes may be too loud for young children."]


def test_a_run_does_not_end_on_the_first_point_of_an_argument() -> None:
    announce = "Fire chief Marta Lind gave two reasons for the slow response on Tuesday."
    first = "Firstly, the crews had to wait for the harbour gate to be opened."
    second = "Secondly, the hydrants on the quay had been shut off for repairs."
    usable = _usable([f"{OPENING}\n\n{announce}\n\n{first}\n\n{second}"])
    assert not usable[first]
    assert usable[second]  # in the run that holds the first point and its announcement


def test_the_rows_read_only_when_asked_are_the_pools_usable_rows_with_their_runs() -> None:
    # The backbone asks whether a row may enter only when it needs to (``shortlisted``);
    # asked of every row, the answers and runs are the eager pool's.
    lind = "Fire chief Marta Lind said the crews were exhausted by dawn on Wednesday."
    reports = [
        f"{OPENING}\n\n{lind}\n\n"
        '"It was the worst night," said Lind, "that any of us know.\n\n'
        '"We will never forget it, not one of us."\n\n'
        "It's hard to see why anyone would store grain on that quay again.\n\n"
        "Firstly, the quay had no sprinklers at all.",
        f"{FIRE_NEWS}\n\nIn other news, the town's bakery won a national prize.",
        FIRE_COLUMN,
        FILM_PIECE,
    ]
    articles = [Article(id=str(n), text=text) for n, text in enumerate(reports, 1)]
    story = prepare_story(articles, Settings())
    scores = np.ones(len(story.candidates))
    pool = shortlist(story, scores)
    rows = shortlisted(story, scores, frozenset(), None, readings(story))
    assert rows.positions == pool.positions
    entering = [rows.enters(row) for row in range(len(rows.positions))]
    assert entering == pool.usable.tolist()
    assert not all(entering)  # (the test holds rows that may not enter)
    for row in np.flatnonzero(pool.usable).tolist():
        assert rows.chains[row].tolist() == pool.chains[row].tolist()
        assert rows.needs.get(row) == pool.needs.get(row)


def _run_of(reports: list[str], text: str) -> list[str]:
    """The run a pool gives the sentence ``text`` of ``reports``: the sentences it leans on
    and itself."""
    articles = [Article(id=str(n), text=report) for n, report in enumerate(reports, 1)]
    story = prepare_story(articles, Settings())
    pool = shortlist(story, np.ones(len(story.candidates)))
    texts = [story.candidates[p].text for p in pool.positions]
    row = texts.index(text)
    return [texts[r] for r in pool.chains[row].tolist() if r >= 0]


HEARING = "The board held a hearing on the quay tax at the town hall on Monday."
LASTED = "The hearing, which lasted more than nine hours, ended without a vote."


def test_a_thing_the_sentence_before_introduces_enters_with_that_sentence() -> None:
    report = (
        f"{OPENING}\n\nFirefighters fought the blaze until dawn.\n\n"
        f"Five workers were hurt, the port said.\n\n{HEARING}\n\n{LASTED}"
    )
    assert _run_of([report], LASTED) == [HEARING, LASTED]


def test_a_thing_the_storys_openings_name_stands_alone() -> None:
    # Look-alike: two reports open on the hearing; every reader of the brief knows it.
    report = f"{HEARING}\n\nFirefighters fought the blaze until dawn.\n\n{HEARING}\n\n{LASTED}"
    other = "A hearing on the Port Halden quay tax ran late into Monday night at the town hall."
    assert _run_of([report, other], LASTED) == [LASTED]


def test_one_of_a_series_enters_with_the_sentence_that_names_the_series() -> None:
    second = "The second suspect wore a red cap and a grey coat, police said."
    third = "The third suspect is between 5 feet 6 inches and 5 feet 8 inches tall."
    report = f"{OPENING}\n\nPolice are looking for three men seen near the terminal.\n\n"
    assert _run_of([f"{report}{second}\n\n{third}"], third) == [second, third]


def test_a_line_that_leads_into_a_list_it_does_not_print_stays_out() -> None:
    lead_in = "Couples spend the most on their weddings in the following areas in the US."
    day = "On the following Monday, the harbour board met to discuss the terminal fire."
    usable = _usable([f"{OPENING}\n\nCrews fought the fire until dawn.\n\n{lead_in}\n\n{day}"])
    assert not usable[lead_in]
    assert usable[day]


AGREED = "Halden Shipping agreed to buy the Morvik ferry company for $40 million on Monday."
MOVE = "The move comes two months after a rival bought a ferry line in the north."


def test_a_happening_the_sentence_before_tells_enters_with_that_sentence() -> None:
    report = f"{OPENING}\n\nFirefighters fought the blaze until dawn.\n\n{AGREED}\n\n{MOVE}"
    assert _run_of([report], MOVE) == [AGREED, MOVE]


def test_a_happening_the_storys_openings_tell_stands_alone() -> None:
    # Look-alike: two reports open on the decision ("decided"); readers of the brief know it.
    decided = "The harbour board decided on Monday to close the Port Halden grain quay."
    decision = "The decision angered farmers who ship their grain through the quay."
    report = f"{decided}\n\nFirefighters fought the blaze until dawn.\n\n{decided}\n\n{decision}"
    other = "Port Halden's harbour board decided to shut the grain quay after Tuesday's fire."
    assert _run_of([report, other], decision) == [decision]


QUAY = "The harbour board closed the quay to lorries for the night."
# Sentences that keep what follows out of the report's first three, which readers of a
# story of one report know.
FILLER = (
    f"{OPENING}\n\nFirefighters fought the blaze until dawn.\n\n"
    "Five workers were hurt, the port said.\n\n"
)


def test_a_thing_introduced_two_sentences_back_enters_with_both_sentences() -> None:
    report = f"{FILLER}{HEARING}\n\n{QUAY}"
    ended = "The hearing ended at noon without a vote on the tax."
    assert _run_of([f"{report}\n\n{ended}"], ended) == [HEARING, QUAY, ended]


def test_a_thing_introduced_further_back_that_readers_know_stands_alone() -> None:
    # Look-alike: two reports open on the hearing; every reader of the brief knows it.
    ended = "The hearing ended at noon without a vote on the tax."
    report = f"{HEARING}\n\nFirefighters fought the blaze until dawn.\n\n{HEARING}\n\n{QUAY}"
    other = "A hearing on the Port Halden quay tax ran late into Monday night at the town hall."
    assert _run_of([f"{report}\n\n{ended}", other], ended) == [ended]


def test_a_thing_the_report_named_before_its_indefinite_phrase_stands_alone() -> None:
    # Look-alike: "a hearing" two sentences back is no introduction; the report told of
    # the hearing before it, and a brief with its other sentences names it too.
    ended = "The hearing ended at noon without a vote on the tax."
    told = "The quay tax hearing drew farmers from three counties to the town hall."
    again = "The board held a hearing on the tax for the second time in a year."
    report = f"{FILLER}{told}\n\nFarmers spoke first.\n\n{again}\n\n{QUAY}\n\n{ended}"
    assert _run_of([report], ended) == [ended]


def test_a_happening_after_a_quotation_enters_with_the_sentence_that_tells_it() -> None:
    planned = "Mayor Ana Ortiz planned a trip to the Morvik ferry yard in the spring."
    quoted = '"I would like to see the new ferries myself," Ortiz wrote to the yard.'
    canceled = "The trip was canceled after the fire, but she tried again in June."
    report = f"{FILLER}{planned}\n\n"
    assert _run_of([f"{report}{quoted}\n\n{canceled}"], canceled) == [planned, quoted, canceled]


def test_a_quoted_opening_on_a_thing_enters_with_the_sentence_that_introduces_it() -> None:
    quoted = '"The hearing was a farce from start to finish," a harbour pilot told reporters.'
    report = f"{FILLER}{HEARING}\n\n{quoted}"
    assert _run_of([report], quoted) == [HEARING, quoted]


def test_a_quoted_opening_on_a_happening_stands_alone() -> None:
    # Look-alike: a speaker's "The incident ..." names the story's event in their words.
    quoted = '"The incident is under investigation and we are cooperating," the port said.'
    report = f"{FILLER}Tenants said the terminal was being rebuilt.\n\n{quoted}"
    assert _run_of([report], quoted) == [quoted]


RAISED = "Halden raised its tax on Morvik ferries to $40 a car on Monday."
RESPONDED = "Morvik responded with its own tax on Halden lorries, officials said."


def test_an_answer_enters_with_the_sentence_that_tells_what_it_answers() -> None:
    report = f"{FILLER}{RAISED}\n\n{RESPONDED}"
    assert _run_of([report], RESPONDED) == [RAISED, RESPONDED]


def test_an_answer_after_a_sentence_that_leans_itself_stands_alone() -> None:
    # Look-alike: the sentence before is a quotation of nobody named; another report may
    # tell what the answer answers, and the answer stands alone as before.
    quoted = '"It is a tax on our sailors and nothing else."'
    answered = "A day later, Morvik responded with its own tax on Halden lorries."
    report = f"{FILLER}{quoted}\n\n{answered}"
    assert _run_of([report], answered) == [answered]


def test_an_answer_that_names_what_it_answers_stands_alone() -> None:
    named = "Morvik responded to the ferry tax with a tax on Halden lorries."
    report = f"{FILLER}{RAISED}\n\n{named}"
    assert _run_of([report], named) == [named]


DENIED = "Ortiz said the new toll is no tax, though some councillors say it is."
FIRST_OF_ALL = '"First of all, a tax is paid by everyone," Ortiz said.'


def test_a_quotation_opening_on_a_replys_first_point_enters_with_what_it_answers() -> None:
    report = f"{FILLER}{DENIED}\n\n{FIRST_OF_ALL}"
    assert _run_of([report], FIRST_OF_ALL) == [DENIED, FIRST_OF_ALL]


ASKED = "Harbour officials were asked whether the grain quay would reopen in May."
REPLIED = '"Not before the summer," the harbour master replied.'


def test_a_question_told_in_the_writers_words_enters_only_with_its_answer() -> None:
    report = f"{FILLER}{ASKED}\n\n{REPLIED}"
    assert _run_of([report], REPLIED) == [ASKED, REPLIED]
    assert not _usable([report])[ASKED]


def test_a_quoted_question_may_end_a_run() -> None:
    # Look-alike: the question is in its asker's words; it stands as before.
    quoted = '"Will the grain quay reopen in May?" a farmer asked the harbour board.'
    report = f"{FILLER}{quoted}\n\n{REPLIED}"
    assert _run_of([report], REPLIED) == [quoted, REPLIED]
    assert _usable([report])[quoted]


ARGUED = "Ferry owners argued the quay tax broke the harbour's own charter."
REJECTED = "The harbour court rejected that argument, and the tax stayed."


def test_that_before_a_noun_enters_with_the_sentence_that_tells_it() -> None:
    report = f"{FILLER}{ARGUED}\n\n{REJECTED}"
    assert _run_of([report], REJECTED) == [ARGUED, REJECTED]


def test_that_before_a_noun_the_report_names_earlier_stands_alone() -> None:
    # Look-alike: the report names the argument before the sentence right before, where
    # "that" points further back than a run reaches; the thing is the report's own.
    named = "Ferry owners made an argument against the quay tax in court."
    report = f"{FILLER}{named}\n\n{QUAY}\n\n{REJECTED}"
    assert _run_of([report], REJECTED) == [REJECTED]


def test_a_pronoun_of_nobody_enters_with_the_sentence_before() -> None:
    named = "The crew relied on one of its deckhands, Ana Ortiz, to buy the tickets."
    bought = "In May, one of the tickets she bought won the draw."
    report = f"{FILLER}{named}\n\n{bought}"
    assert _run_of([report], bought) == [named, bought]


def test_a_his_of_nobody_enters_with_the_sentence_before_that_tells_a_person() -> None:
    fined = "In May, the ferrywoman was fined $800 for the wreck."
    extended = "If the fine is not paid her term will be extended."
    report = f"{FILLER}{fined}\n\n{extended}"
    assert _run_of([report], extended) == [fined, extended]


def test_a_his_of_nobody_after_a_sentence_that_tells_no_person_stands_alone() -> None:
    # Look-alike: the sentence before is a schedule line; "his" points further back in the
    # report, at a person the sentence before does not bring.
    schedule = "The harbour film airs on Channel Four at 22:35 GMT on Tuesday."
    tests = "None of his tests since then showed any sign of a fault."
    report = f"{FILLER}{schedule}\n\n{tests}"
    assert _run_of([report], tests) == [tests]


def test_one_more_of_the_sentence_before_enters_with_it() -> None:
    told = "The first report on the ferry named only the harbour."
    explicit = "The second report was more explicit."
    report = f"{FILLER}{told}\n\n{explicit}"
    assert _run_of([report], explicit) == [told, explicit]


def test_a_memo_computes_each_positions_value_once_even_when_values_lean_on_others() -> None:
    # speed35: Memo is a dict whose missing values are computed on the first call.
    from newsfuse.rank.runs import Memo

    calls: list[int] = []

    def chain_length(position: int) -> int:
        calls.append(position)
        return 0 if position == 0 else 1 + memo(position - 1)

    memo = Memo(chain_length)
    assert [memo(3), memo(3), memo(1), memo(4)] == [3, 3, 1, 4]
    assert calls == [3, 2, 1, 0, 4]
    empty = Memo(chain_length)
    assert not empty and empty(0) == 0  # (a dict: empty, and false, until a value is made)


def test_the_quotation_and_question_patterns_read_as_their_plain_forms_did() -> None:
    # speed35: both open on a character now (the engine skips to it); the plain forms are
    # the reference.
    import re

    from newsfuse.rank.runs import _ASKS, _QUOTATION_MARK

    marks = re.compile(r"[“”]|''|\ufffd\?|(?<!\d'\d)(?<!\d'\d\d)\"")
    asks = re.compile(r"\b(?:asked|asking|asks) (?:if|whether|about|why|what|how|when)\b")
    texts = [
        "\"We held,\" she said, 6'2\" tall, 5'11\" wide, a ''quote'' and \ufffd? “fine”.",
        '"Ortiz asked if the pier held," basked if, 9asks when, _asks how, re-asked why.',
        "Asked whether it held, she was asking about the tide and asks  if twice.",
    ]
    for text in texts:
        assert [m.span() for m in _QUOTATION_MARK.finditer(text)] == [
            m.span() for m in marks.finditer(text)
        ]
        found, reference = _ASKS.search(text), asks.search(text)
        assert (found and found.span()) == (reference and reference.span())
    assert [m.group() for m in _QUOTATION_MARK.finditer(texts[0])] == [
        '"', '"', "''", "''", "\ufffd?", "“", "”",
    ]  # fmt: skip


def test_an_aside_in_parentheses_enters_with_the_line_before() -> None:
    told = "The harbour film was shot over nine days in the winter of 2019."
    aside = "(The film's title comes from an old ferryman's song.)"
    report = f"{FILLER}{told}\n\n{aside}"
    assert _run_of([report], aside) == [told, aside]


def _run_of(reports: list[str], text: str) -> list[str]:
    """The run a sentence of the reports enters with (itself last)."""
    articles = [Article(id=str(n), text=t) for n, t in enumerate(reports, 1)]
    story = prepare_story(articles, Settings())
    pool = shortlist(story, np.ones(len(story.candidates)))
    texts = [story.candidates[p].text for p in pool.positions]
    return [texts[r] for r in pool.chains[texts.index(text)].tolist() if r >= 0]


# Two reports, so the words readers know are those both openings print.
LIND_CALLED = (
    "The crews were slow to arrive.\n\nAna Lind, who runs the ferry office, called the police."
)
OTHER_REPORT = "Flames rose over the Port Halden grain terminal late on Tuesday."


def test_a_quoted_he_enters_with_the_line_that_tells_him() -> None:
    # Issue 18: "He" is a man only the line before tells ("a man on a bike"); alone, a
    # reader takes him for the man the brief named last (dev 0050, 0121, anchor 39565).
    bike = "She looked outside as the harbour guard stopped a man on a bike."
    quote = '"He was outside, in front, shouting at the guard," Lind said.'
    report = f"{OPENING}\n\n{LIND_CALLED}\n\n{bike}\n\n{quote}"
    # (the line before leans in turn on the one naming her)
    assert _run_of([report, OTHER_REPORT], quote)[-2:] == [bike, quote]


def test_a_quoted_he_after_a_line_that_names_someone_stands_alone() -> None:
    # The line before names a person ("Reyes"): the pronoun may be his, whom the brief
    # names too; the quotation enters alone, as before.
    named = "Later, the police said the man on the bike was Tom Reyes, a neighbour."
    quote = '"He was outside, in front, shouting at the guard," Lind said.'
    report = f"{OPENING}\n\n{LIND_CALLED}\n\n{named}\n\n{quote}"
    assert _run_of([report, OTHER_REPORT], quote) == [quote]


@pytest.mark.parametrize(
    "attribution",
    ["said Ana Lind, Carl Lind's mother.", "Lind said of Mr. Ortiz."],
)
def test_a_quoted_he_whose_sentence_tells_its_person_stands_alone(attribution: str) -> None:
    # The quotation's own words say whom "He" means (a possessive, "of" a name): it needs
    # no line before it.
    bike = "She looked outside as the harbour guard stopped a man on a bike."
    quote = f'"He was outside, in front, shouting at the guard," {attribution}'
    report = f"{OPENING}\n\n{LIND_CALLED}\n\n{bike}\n\n{quote}"
    assert _run_of([report, OTHER_REPORT], quote) == [quote]


def test_a_quoted_he_for_a_person_readers_know_stands_alone() -> None:
    # Both reports' openings print "man": the man of the line before is one readers know.
    man = "She looked outside as a man ran to the gate."
    quote = '"He was outside, in front, shouting at the crews," Lind said.'
    opening = f"{OPENING[:-1]}, and a man was hurt."
    other = f"{OTHER_REPORT[:-1]}, and a man was hurt."
    report = f"{opening}\n\n{LIND_CALLED}\n\n{man}\n\n{quote}"
    assert _run_of([report, other], quote) == [quote]
    # (Where only that line tells him, he comes with it.)
    report = f"{OPENING}\n\n{LIND_CALLED}\n\n{man}\n\n{quote}"
    assert _run_of([report, OTHER_REPORT], quote)[-2:] == [man, quote]
