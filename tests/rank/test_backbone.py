from dataclasses import replace

import numpy as np

from newsfuse import Article, Settings
from newsfuse.rank.backbone import (
    BackboneSettings,
    Choice,
    select_backbone,
)
from newsfuse.rank.story import PreparedStory, prepare_story
from newsfuse.text.vectors import cosines_to

KNOBS = BackboneSettings.of(Settings())
COURIER = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.\n\n"
    "Fire chief Marta Lind said crews fought the blaze for six hours before it was contained.\n\n"
    "She said the cause of the fire was not yet known to investigators.\n\n"
    "The terminal stores wheat for farmers across the northern valleys of the region."
)
RADIO = (
    "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours.\n\n"
    # (It shares a word with the backbone, "terminal": a last line of another report that
    # shares none stands apart from the brief, ``test_a_last_sentence_of_another_report...``.)
    "The dock union said five terminal workers were hurt and two remain in hospital.\n\n"
    "State investigators will begin their inquiry at the terminal on Thursday, the port said."
)
SCORES = [3.0, 2.0, 1.5, 1.0, 1.0, 2.5, 2.0]


def _story(*texts: str) -> PreparedStory:
    articles = [Article(id=str(n), text=text) for n, text in enumerate(texts, start=1)]
    return prepare_story(articles, Settings())


def _brief(
    story: PreparedStory,
    scores: list[float],
    words: int = 200,
    knobs: BackboneSettings | None = None,
) -> list[str]:
    choice = select_backbone(
        story, np.array(scores), words, knobs or BackboneSettings.of(Settings())
    )
    assert choice is not None
    return [story.candidates[p].text for p in choice.order]


def test_the_brief_opens_on_the_backbone_and_keeps_its_order() -> None:
    story = _story(COURIER, RADIO)
    texts = _brief(story, SCORES)
    courier = [s.text for s in story.candidates if s.article_id == "1"]
    assert texts[0] == courier[0]
    kept = [t for t in texts if t in courier]
    assert kept == [t for t in courier if t in kept]
    # "She said ..." follows the sentence that names Lind, as in the report.
    she = texts.index(courier[2])
    assert texts[she - 1] == courier[1]


def test_a_second_lede_stays_out_and_an_addition_follows_the_sentence_it_is_like() -> None:
    story = _story(COURIER, RADIO)
    texts = _brief(story, SCORES)
    # Another report's opening tells the same event again: it stays out, unless the
    # test is switched off.
    assert not any(t.startswith("Flames lit up") for t in texts)
    loose = _brief(story, SCORES, knobs=replace(KNOBS, lede_cosine=1.0))
    assert any(t.startswith("Flames lit up") for t in loose)
    # The inquiry goes after the sentence on investigators; the union's count, like no
    # backbone sentence, at the end.
    inquiry = next(i for i, t in enumerate(texts) if t.startswith("State investigators"))
    assert texts[inquiry - 1].startswith("She said the cause")
    assert texts[-1].startswith("The dock union")


FLAMES = "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
UNION = "The dock union said five terminal workers were hurt and two remain in hospital."


def test_a_second_lede_its_report_prints_again_further_on_stays_out() -> None:
    # The report prints its lede twice (a teaser, then the story): the later copy, third
    # in its report, is held to the test of a second lede as the first is.
    radio = (
        f"{FLAMES}\n\n{UNION}\n\n{FLAMES}\n\n"
        "State investigators will begin their inquiry at the terminal on Thursday, the port said."
    )
    texts = _brief(_story(COURIER, radio), [3.0, 2.0, 1.5, 1.0, 1.0, 2.4, 2.0, 2.6])
    assert FLAMES not in texts
    # Look-alike: a later line printed twice is no opening, and enters.
    radio = f"{FLAMES}\n\nThe harbour board met on Wednesday.\n\n{UNION}\n\n{UNION}"
    assert UNION in _brief(_story(COURIER, radio), [3.0, 2.0, 1.5, 1.0, 1.0, 0.1, 2.6, 2.6])


def test_the_budget_drops_the_backbones_later_sentences_first() -> None:
    story = _story(COURIER, RADIO)
    texts = _brief(story, [3.0, 2.0, 1.5, 0.0, 1.0, 2.5, 2.0], words=50)
    assert texts[0].startswith("A fire tore")
    assert not any(t.startswith("The terminal stores") for t in texts)
    assert sum(len(t.split()) for t in texts) <= 50


def test_no_report_opening_on_a_plain_statement_gives_no_backbone() -> None:
    story = _story('"We will rebuild the terminal by spring," said the mayor Ana Ortiz.')
    assert select_backbone(story, np.array([1.0]), 100, KNOBS) is None


def test_an_addition_that_prints_a_figure_the_brief_has_repeats_it() -> None:
    other = (
        "Farmers met at the town hall in Port Halden on Wednesday to count their losses.\n\n"
        "The port said insurers would pay out 4,250,000 crowns to the terminal's owners."
    )
    courier = COURIER.replace(
        "The terminal stores wheat", "Insurers will pay 4,250,000 crowns; the terminal stores wheat"
    )
    texts = _brief(_story(courier, other), [3.0, 2.0, 1.5, 1.0, 1.0, 2.5])
    assert sum("4,250,000" in t for t in texts) == 1
    texts = _brief(_story(COURIER, other), [3.0, 2.0, 1.5, 1.0, 1.0, 2.5])
    assert any(t.startswith("The port said insurers") for t in texts)


PILOT = (
    "Harbour pilot Ove Brandt has steered ships through the northern channel for years.\n\n"
    "The ship's crew of eleven reached open water without harm.\n\n"
    "Brandt said the smoke was thick enough to hide the water from the bridge."
)


def test_a_bare_surname_enters_with_the_sentence_of_its_report_that_introduces_the_person() -> None:
    story = _story(COURIER, PILOT)
    # The pilot's words score high, his introduction low: they enter as a pair.
    scores = [3.0, 0.1, 0.1, 0.1, 0.0, 0.0, 2.9]
    texts = _brief(story, scores, words=45)
    said = next(i for i, t in enumerate(texts) if t.startswith("Brandt said"))
    assert any(t.startswith("Harbour pilot Ove Brandt") for t in texts[:said])
    # Look-alike: with room for one more sentence only, the pair does not fit and the
    # bare surname stays out rather than enter alone.
    short = _brief(story, scores, words=30)
    assert not any(t.startswith("Brandt said") for t in short)


COUNCIL = (
    "The ship's crew of eleven reached open water without harm.\n\n"
    "Councillor Jo Lee, who sits for the harbour ward, said the terminal must be rebuilt.\n\n"
    '"We will not let the port die," the harbour ward Democrat told reporters.'
)


def test_a_quotation_whose_speaker_is_a_description_enters_after_the_speakers_name() -> None:
    story = _story(COURIER, COUNCIL)
    # The councillor's words score high, the line naming her low: the quotation's speaker,
    # "the harbour ward Democrat", is nobody without it.
    scores = [3.0, 0.1, 0.1, 0.1, 0.0, 0.0, 5.0]
    texts = _brief(story, scores, words=80)
    quoted = next(i for i, t in enumerate(texts) if t.startswith('"We will not'))
    assert texts[quoted - 1].startswith("Councillor Jo Lee")
    # Without room for the pair the quotation stays out (it used to enter alone).
    short = _brief(story, scores, words=40)
    assert not any(t.startswith('"We will not') for t in short)


TOLL = (
    "A fire tore through the grain terminal at Port Halden on Tuesday, killing 12 people.\n\n"
    "Fire chief Marta Lind said crews fought the blaze for six hours before it was contained."
)
OTHER_TOLL = (
    "Harbour workers watched as cranes collapsed into the water at Port Halden.\n\n"
    "At least 14 people died as the blaze spread along the docks, the port said.\n\n"
    "Police arrested 3 men seen near the silos before the fire began, the port said."
)


def test_a_toll_given_again_with_another_count_stays_out() -> None:
    story = _story(TOLL, OTHER_TOLL)
    texts = _brief(story, [3.0, 2.0, 0.5, 2.9, 2.5])
    tolls = [t for t in texts if "killing 12" in t or t.startswith("At least 14 people died")]
    assert len(tolls) == 1
    # Look-alike: a count of something else (arrests) is a new fact and enters.
    assert any(t.startswith("Police arrested 3 men") for t in texts)


FERRY = (
    "Smoke from the Port Halden fire drifted across the bay on Tuesday night.\n\n"
    "Ferries kept running through the evening despite the thick smoke, the company said.\n\n"
    "Harbour pilot Ove Brandt guided the last ferry out of Port Halden that night.\n\n"
    "The ferry carried 40 passengers away from the burning grain terminal at the port.\n\n"
    "It reached the northern pier of the valley an hour later, the ferry company said.\n\n"
    "But Brandt said the smoke over the water was so thick he could not see the bow."
)


def test_a_run_that_continues_an_addition_takes_no_introducer_between_them() -> None:
    # The ferry's two sentences enter first as an addition; the pilot's words continue it
    # and need his introduction, which would have to come between them (an addition
    # continued by [introducer, pilot] failed with a KeyError).
    story = _story(COURIER, FERRY)
    scores = [2.0, 0.2, 2.1, 1.2, 1.5, 0.3, 1.5, 1.6, 2.3, 1.7]
    texts = _brief(story, scores, words=200)
    if "But Brandt said" in " ".join(texts):
        said = next(i for i, t in enumerate(texts) if t.startswith("But Brandt said"))
        assert texts[said - 1].startswith("It reached")


def test_a_lede_quoting_a_few_words_of_its_subject_opens_the_brief() -> None:
    # The lede quotes a few words of the person it names: it opens the brief, not the
    # report's first plain statement ("The harbour master has been criticised ..." tells
    # the second half of the story).
    report = (
        "Mayor Ana Ortiz slammed the port board as a “gang of amateurs” after the grain "
        "terminal burned in Port Halden on Tuesday night.\n\n"
        "“They were warned about the wiring twice,” Ortiz said on local radio.\n\n"
        "“Nobody listened to us,” the fire chief Marta Lind told reporters.\n\n"
        "The harbour master has been criticised for the state of the terminal before."
    )
    story = _story(report)
    texts = _brief(story, [1.0, 1.0, 1.0, 1.0])
    assert texts[0].startswith("Mayor Ana Ortiz slammed")


def test_a_lede_that_opens_on_its_quotation_does_not_open_the_brief() -> None:
    story = _story(
        "“They were warned about the wiring twice,” Mayor Ana Ortiz said on Tuesday night.\n\n"
        "“We will rebuild the terminal by spring,” Ortiz told local radio on Wednesday."
    )
    assert select_backbone(story, np.array([1.0, 1.0]), 100, KNOBS) is None


TUG = (
    "Smoke from the Port Halden fire drifted across the bay on Tuesday night.\n\n"
    "A tug pulled the stranded barge clear for Brandt before dawn, the port said.\n\n"
    "Harbour pilot Ove Brandt said he had worked the channel for years and never seen such a"
    " blaze."
)


def test_an_addition_is_not_introduced_by_a_later_sentence_of_its_own_report() -> None:
    # Both go to the end, in their report's order: the pilot's introduction, chosen first,
    # would follow the sentence that needs it ("Smith's wife, Racquel Smith, ..." after
    # "the vehicle that hit Smith", dev 0032).
    story = _story(COURIER, TUG)
    scores = [3.0, 2.8, 2.6, 2.4, 0.0, 1.0, 1.2]
    texts = _brief(story, scores, words=200)
    pilot = next(i for i, t in enumerate(texts) if t.startswith("Harbour pilot Ove Brandt"))
    tug = [i for i, t in enumerate(texts) if t.startswith("A tug pulled")]
    assert all(i > pilot for i in tug)
    assert not tug  # it has no introduction before it in its report either


LETTER = (
    "Terminal owner Jo Kessler wrote to his staff on Tuesday night about the blaze.\n\n"
    "Trading in oats went on as usual in the valley markets on Wednesday morning.\n\n"
    '"We will rebuild the grain terminal before the harvest, whatever it costs," Kessler wrote.'
)


def test_an_introducer_that_opens_its_report_is_no_second_lede() -> None:
    story = _story(COURIER, LETTER)
    owner = [s.text for s in story.candidates if s.article_id == "2"]
    # The owner's opening tells the fire again: alone, it would be a second lede.
    cosine = float(cosines_to(story.vectors, 0)[4])  # the courier's lede, the owner's
    assert KNOBS.lede_cosine <= cosine < KNOBS.repeat_cosine
    # His promise scores high and names him by surname: it enters with the opening that
    # introduces him, which comes only to introduce him.
    texts = _brief(story, [3.0, 0.5, 0.5, 0.5, 0.2, 0.0, 2.9], words=90)
    assert texts[-2:] == [owner[0], owner[2]]
    # Look-alike: the owner's opening alone (nobody to introduce) stays out.
    alone = _story(COURIER, LETTER.split("\n\n", 1)[0])
    assert owner[0] not in _brief(alone, [3.0, 0.5, 0.5, 0.5, 2.9], words=90)


# A backbone whose second sentence tells at length how the fire was put out.
LONG_COURIER = COURIER.replace(
    "Fire chief Marta Lind said crews fought the blaze for six hours before it was contained.",
    "Fire chief Marta Lind said crews from four towns fought the blaze with foam and river"
    " water for most of the night before it was contained near the silos.",
)
UNION = (
    "The dock union said five workers were hurt and two remain in hospital with burns from the"
    " terminal fire."
)


def test_an_addition_that_restates_a_backbone_sentence_in_other_words_stays_out() -> None:
    # TF-IDF cosine 0.28 to the backbone's sentence: under the repeat threshold, yet every
    # word of it is there ("blazes", "contained", "crews", "Lind").
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\nLind says the blazes were contained by crews.\n\n{UNION}"
    )
    texts = _brief(_story(LONG_COURIER, radio), SCORES)
    assert not any(t.startswith("Lind says") for t in texts)
    assert texts[-1] == UNION


def test_a_last_sentence_of_another_report_that_shares_no_word_with_the_brief_gives_way() -> None:
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\n{UNION}"
    )
    gazette = (
        "The harbour board met on Wednesday morning.\n\n"
        "Tickets for the autumn regatta go on sale next month.\n\n"
        "Grain prices rose across the northern valleys on Wednesday."
    )
    scores = [3.0, 2.0, 1.5, 1.0, 1.0, 2.4, 0.1, 2.0, 1.2]
    texts = _brief(_story(LONG_COURIER, radio, gazette), scores, words=100)
    assert not any("regatta" in t for t in texts)
    # The budget it freed goes to the next best addition.
    assert "Grain prices rose across the northern valleys on Wednesday." in texts
    assert texts[-1] == UNION


LAST_FERRY = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.\n\n"
    "Harbour pilot Ove Brandt steered the last ferry out of the port through thick smoke.\n\n"
    "The terminal stores wheat for farmers across the northern valleys of the region.\n\n"
    "State investigators will begin their inquiry at the terminal on Thursday, the port said.\n\n"
    "Brandt said the smoke was thick enough to hide the water from the bridge of the ship."
)


def test_a_backbone_surname_enters_with_the_backbones_own_introduction_of_the_person() -> None:
    story = _story(LAST_FERRY)
    pilot, said = story.candidates[1].text, story.candidates[4].text
    # The pilot's words score high, his introduction lowest: room for two more sentences
    # after the lede takes them as a pair, in the report's order, before the middling
    # lines (his words had waited for the introduction to win a place on its own).
    scores = [3.0, 0.0, 1.0, 1.0, 2.9]
    room = sum(story.words[p] for p in (0, 1, 4))
    texts = _brief(story, scores, words=room)
    assert texts == [story.candidates[0].text, pilot, said]
    # Look-alike: with room for one more sentence only, the pair does not fit and the bare
    # surname stays out rather than enter alone.
    short = _brief(story, scores, words=room - 1)
    assert said not in short


def _ending_with(last: str) -> list[str]:
    """A brief of ``LONG_COURIER`` and two other reports: the radio's union line, and a
    gazette whose best line is ``last`` and whose next best tells the grain prices."""
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\n{UNION}"
    )
    gazette = (
        "The harbour board met on Wednesday morning.\n\n"
        f"{last}\n\n"
        "Grain prices rose across the northern valleys on Wednesday."
    )
    scores = [3.0, 2.0, 1.5, 1.0, 1.0, 2.4, 0.1, 2.0, 1.2]
    return _brief(_story(LONG_COURIER, radio, gazette), scores, words=100)


def test_a_last_sentence_of_another_report_introducing_the_brief_s_person_again_gives_way() -> None:
    # "Marta Lind" is introduced by the backbone: the gazette's line starts the story over.
    texts = _ending_with("Marta Lind grew up on a sheep farm above the bay.")
    assert not any("sheep farm" in t for t in texts)
    assert "Grain prices rose across the northern valleys on Wednesday." in texts


def test_a_last_quotation_of_another_report_by_a_speaker_nobody_knows_gives_way() -> None:
    texts = _ending_with('"Nobody slept that night," one farmer told the Gazette.')
    assert not any("Nobody slept" in t for t in texts)
    assert "Grain prices rose across the northern valleys on Wednesday." in texts


def test_an_addition_inside_the_brief_that_shares_no_word_with_it_gives_way() -> None:
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\n{UNION}"
    )
    post = (
        "Smoke from the Port Halden blaze drifted over the town on Wednesday.\n\n"
        "Schools near the harbour kept pupils indoors because of the smoke from the terminal."
    )
    scores = [3.0, 2.0, 1.5, 1.0, 1.0, 2.4, 0.1, 2.0, 1.0, 1.9]

    def brief(board: str) -> list[str]:
        gazette = f"{board}\n\nTickets for the autumn regatta go on sale next month."
        return _brief(_story(LONG_COURIER, radio, gazette, post), scores, words=110)

    # The board's meeting, followed by the gazette's regatta, is no last line, yet it
    # follows nothing in the brief: it gives way, and the room goes to the schools.
    texts = brief("The harbour board met on Wednesday morning.")
    assert not any("board" in t for t in texts)
    assert texts[-1].startswith("Schools near the harbour")
    # Look-alike: a meeting about the terminal goes on from the brief.
    assert "The harbour board met about the terminal on Wednesday." in brief(
        "The harbour board met about the terminal on Wednesday."
    )


def test_a_last_line_whose_speaker_the_brief_never_named_gives_way() -> None:
    # "Ostrander" is printed nowhere before: somebody nobody has met.
    texts = _ending_with("The grain silos will open again in May, Ostrander says.")
    assert not any("Ostrander" in t for t in texts)
    assert "Grain prices rose across the northern valleys on Wednesday." in texts
    assert not any("Ostrander" in t for t in _ending_with("Ostrander died in the terminal fire."))
    # Look-alikes: the fire chief the backbone introduced, a speaker given by a role.
    for speaker in ("Lind", "the chief"):
        last = f"The grain silos will open again in May, {speaker} says."
        assert _ending_with(last)[-1] == last


def test_another_reports_first_line_at_the_end_of_the_brief_gives_way() -> None:
    # A report's first line (its headline or lede) tacked on last tells the story over, or
    # tells a side of it the brief never set up.
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\n{UNION}"
    )
    first = "Bakers say the price of wheat will climb before the spring."
    gazette = (
        f"{first}\n\nThe harbour board met on Wednesday morning.\n\n"
        "Grain prices rose across the northern valleys on Wednesday."
    )
    scores = [3.0, 2.0, 1.5, 1.0, 1.0, 2.4, 2.0, 0.1, 1.2]
    texts = _brief(_story(LONG_COURIER, radio, gazette), scores, words=100)
    assert first not in texts
    assert "Grain prices rose across the northern valleys on Wednesday." in texts


DAY_LATER = "A day later, the port reopened its west dock to the grain ships."
TOLD_FRIDAY = "The harbour board said on Friday that the port terminal would be rebuilt soon."


def _day_later_brief(courier_day: str | None, radio_day: str) -> list[str]:
    """A 60-word brief of a courier (the backbone: the fire, Lind, perhaps ``courier_day``,
    Friday's plan) and a radio whose best line after its lede is ``radio_day``, printed
    after a line the brief leaves out."""
    courier = [
        "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.",
        "Fire chief Marta Lind said crews fought the blaze for six hours before it was contained.",
        *([courier_day] if courier_day else []),
        TOLD_FRIDAY,
    ]
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\nThe dock union said five terminal workers were hurt.\n\n{radio_day}"
    )
    scores = [3.0, 2.0, *([0.1] if courier_day else []), 1.5, 1.0, 0.1, 2.5]
    return _brief(_story("\n\n".join(courier), radio), scores, words=60)


def test_an_addition_counting_its_time_from_another_reports_event_stays_out() -> None:
    # The radio's "A day later" counts from a line the brief leaves out, and the courier
    # does not print it: anywhere in the brief it would count from another event.
    assert DAY_LATER not in _day_later_brief(None, DAY_LATER)
    # Look-alike: a line that gives its own day enters.
    own_day = "On Thursday, the port reopened its west dock to the grain ships."
    assert own_day in _day_later_brief(None, own_day)


LIND_COURIER = (
    "Fire chief Marta Lind led crews against a fire that tore through the grain terminal at"
    " Port Halden on Tuesday night.\n\n"
    "Lind said crews fought the blaze for six hours before it was contained.\n\n"
    "She said the cause of the fire was not yet known to investigators.\n\n"
    "The terminal stores wheat for farmers across the northern valleys of the region.\n\n"
    "Grain prices rose across the northern valleys on Wednesday as traders feared shortages.\n\n"
    "The port authority said insurers would inspect the damaged silos next week.\n\n"
    "Farmers were told to hold their harvest in local barns until the terminal reopens."
)
LIND_RADIO = (
    "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours.\n\n"
    "Lind told the radio that two of her firefighters were treated for smoke.\n\n"
    "Lind said the terminal would stay shut until Friday."
)
GOVERNOR = "The governor praised {} at a dinner in the capital on Monday."
LIND_SCORES = [3.0, 2.0, 1.0, 0.2, 0.2, 0.2, 0.2, 0.5, 0.5, 0.5, 2.5, 2.4, 2.3]


def _lind_choice(first_line: str, words: int = 120) -> tuple[list[str], Choice]:
    """A brief of the courier (its opening introduces Marta Lind), the radio, and a third
    report opening on ``first_line`` whose next lines score best."""
    third = (
        f"{first_line}\n\n{GOVERNOR.format('her')}\n\n"
        "The swimmers were pulled from the water near the old mill bridge."
    )
    story = _story(LIND_COURIER, LIND_RADIO, third)
    choice = select_backbone(story, np.array(LIND_SCORES), words, KNOBS)
    assert choice is not None
    return [story.candidates[p].text for p in choice.order], choice


def test_a_report_telling_another_event_about_the_briefs_person_gives_no_line() -> None:
    # The third report names the fire chief again but tells her medal for a river rescue:
    # its lines would splice a second story into the brief of the fire.
    award = (
        "Marta Lind will receive the state medal for bravery from the governor next month for"
        " her rescue of two young swimmers from the flooded Arne river in June."
    )
    texts, choice = _lind_choice(award)
    assert not any("swimmers" in t or "governor" in t for t in texts)
    assert [report for report, _ in choice.other_events] == ["3"]
    assert dict(choice.other_events)["3"] == frozenset({"Lind"})


def test_a_report_telling_the_same_event_or_naming_nobody_known_still_adds() -> None:
    # Look-alikes: a report that names her and tells the fire, and one that does not name
    # her, are sources as before.
    for first_line in (
        "Marta Lind said the grain terminal fire at Port Halden burned for six hours.",
        "Two young swimmers were pulled from the flooded Arne river by a passing fire crew.",
    ):
        texts, choice = _lind_choice(first_line)
        assert choice.other_events == ()
        assert GOVERNOR.format("her") in texts


def test_a_report_of_another_event_stays_in_when_the_brief_would_be_left_short() -> None:
    # With a budget the story cannot fill without it, it is the story's only other news.
    award = (
        "Marta Lind will receive the state medal for bravery from the governor next month for"
        " her rescue of two young swimmers from the flooded Arne river in June."
    )
    texts, choice = _lind_choice(award, words=400)
    assert choice.other_events == ()
    assert GOVERNOR.format("her") in texts


def _harbour(quote: str, rest: str) -> PreparedStory:
    """A report whose second line is ``quote`` and whose third ``rest``."""
    return _story(
        "A fire tore through the grain terminal at Port Halden on Tuesday night, officials"
        f" said.\n\n{quote}\n\n{rest}\n\n"
        "The terminal stores wheat for farmers across the northern valleys of the region."
    )


GOES_ON = '"The smoke hid the water from the bridge and two crews had to turn back."'


def test_a_few_words_quoted_whose_speaker_goes_on_do_not_enter_without_the_rest() -> None:
    story = _harbour('"It was a hard night," said harbour master Ana Ortiz.', GOES_ON)
    lede, quote, rest, wheat = (c.text for c in story.candidates)
    # Room for all but the rest of the statement, which scores lowest: the few words
    # quoted would stop the statement halfway, and stay out.
    room = sum(story.words[p] for p in (0, 1, 3))
    assert _brief(story, [3.0, 2.5, 0.0, 1.0], words=room) == [lede, wheat]
    # With room for the rest, the statement enters whole, in its report's order.
    assert _brief(story, [3.0, 2.5, 1.0, 1.0]) == [lede, quote, rest, wheat]


def test_a_quotation_that_makes_its_point_or_whose_next_line_names_a_speaker_stays() -> None:
    scores = [3.0, 2.5, 0.0, 1.0]
    # Look-alikes: a longer quotation makes its point whole ...
    long_quote = (
        '"We fought the fire all night and saved the silos by the river," said harbour master'
        " Ana Ortiz."
    )
    story = _harbour(long_quote, GOES_ON)
    room = sum(story.words[p] for p in (0, 1, 3))
    assert long_quote in _brief(story, scores, words=room)
    # ... and a next line that gives its own speaker is another statement.
    quote = '"It was a hard night," said harbour master Ana Ortiz.'
    story = _harbour(quote, GOES_ON[:-2] + ",” the pilot said.")
    room = sum(story.words[p] for p in (0, 1, 3))
    assert quote in _brief(story, scores, words=room)


def test_the_middle_of_a_statement_whose_speaker_goes_on_does_not_enter_without_the_rest() -> None:
    story = _story(
        "A fire tore through the grain terminal at Port Halden on Tuesday night, officials"
        " said.\n\n"
        '"We held the fire at the silos," harbour master Ana Ortiz told reporters.\n\n'
        '"The wind turned at midnight and the crews from four towns could finally reach the'
        ' sheds by the river," she continued.\n\n'
        f"{GOES_ON}\n\n"
        "The terminal stores wheat for farmers across the northern valleys of the region."
    )
    lede, held, _, _, wheat = (c.text for c in story.candidates)
    room = sum(story.words[p] for p in (0, 1, 2, 4))
    assert _brief(story, [3.0, 2.5, 2.5, 0.0, 1.0], words=room) == [lede, held, wheat]


QUOTING_COURIER = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.\n\n"
    "The terminal stores wheat for farmers across the northern valleys of the region.\n\n"
    '"We fought the blaze with foam and river water for most of the night," fire chief Marta'
    " Lind said.\n\n"
    '"The silos by the river were saved, but the sheds burned to the ground," Lind said.'
)
STEWARD = '"I have never seen a fire like it in thirty years on the docks," said steward Jo Berg.'
PRICES = "Grain prices rose across the northern valleys on Wednesday."


def test_another_reports_quotation_making_three_in_a_row_gives_way() -> None:
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\n{STEWARD}\n\n{PRICES}"
    )
    story = _story(QUOTING_COURIER, radio)
    scores = [3.0, 1.0, 2.0, 2.0, 0.1, 2.5, 1.5]
    texts = _brief(story, scores)
    # Lind's two quotations and the steward's after them read as a stack of voices: the
    # steward's, the addition, stays out, and the grain prices take its room.
    assert STEWARD not in texts
    assert PRICES in texts


def test_one_reports_own_quotations_in_a_row_stay() -> None:
    # Look-alike: three quotations in a row from the backbone's report are its own order.
    courier = QUOTING_COURIER + f"\n\n{STEWARD}"
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\n{PRICES}"
    )
    story = _story(courier, radio)
    texts = _brief(story, [3.0, 1.0, 2.0, 2.0, 2.5, 0.1, 1.5])
    assert texts[-3:] == [story.candidates[p].text for p in (2, 3, 4)]


LIND_QUOTED = (
    '"No one was hurt in the blaze and the cause is not yet known. Crews will stay at the'
    ' terminal overnight," fire chief Marta Lind said.'
)


def _with_radio_line(line: str) -> list[str]:
    courier = (
        "A fire tore through the grain terminal at Port Halden on Tuesday night, officials"
        f" said.\n\n{LIND_QUOTED}\n\n"
        "The terminal stores wheat for farmers across the northern valleys of the region."
    )
    # (``line`` comes third: the first two lines of a report are its opening, held to the
    # test of a second lede.)
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\nThe harbour board met on Wednesday morning.\n\n{line}\n\n{PRICES}"
    )
    return _brief(_story(courier, radio), [3.0, 2.0, 1.0, 0.1, 0.1, 2.5, 1.5])


def test_a_paraphrase_of_a_quoted_statement_stays_out() -> None:
    # Four of its seven words are in the quotation (under the 0.7 of a restatement): a
    # report's own words for what the chief said.
    paraphrase = (
        "Officials said no one was hurt at the terminal and the cause of the fire remained unknown."
    )
    texts = _with_radio_line(paraphrase)
    assert LIND_QUOTED in texts
    assert paraphrase not in texts
    # Look-alike: the same share of words told as the report's own fact, not as what was
    # said, is held to the share of a restatement, and enters.
    fact = "No one was hurt at the terminal and the cause of the fire remained unknown on Friday."
    assert fact in _with_radio_line(fact)


def test_a_longer_quotation_that_only_sets_up_its_speakers_turn_does_not_enter_alone() -> None:
    scores = [3.0, 2.5, 0.0, 1.0]
    quote = (
        '"We fought the fire all night and saved the silos by the river," said harbour master'
        " Ana Ortiz."
    )
    # The rest opens on a turn ("However"): the words before it only set it up.
    story = _harbour(quote, '"However, the sheds are lost and the terminal will stay shut."')
    room = sum(story.words[p] for p in (0, 1, 3))
    assert quote not in _brief(story, scores, words=room)
    # A quotation that points at what its speaker says next does not make its point either.
    ahead = '"I have waited all year to tell you this next part of the plan," said Ana Ortiz.'
    story = _harbour(ahead, GOES_ON)
    room = sum(story.words[p] for p in (0, 1, 3))
    assert ahead not in _brief(story, scores, words=room)


AWARDS = (
    "A fan rushed the stage at the Lisbon music awards on Sunday and knocked over singer Nora"
    " Vale.\n\n"
    "Guards led the man out of the hall before the next act began.\n\n"
    "Vale said she finished her song after a short pause."
)


def _awards_brief(line: str) -> list[str]:
    # (``line`` comes third: the first two lines of a report are its opening, held to the
    # cosine test of a second lede.)
    blog = f"The evening had opened quietly.\n\nTickets sold out in a day.\n\n{line}"
    return _brief(_story(AWARDS, blog), [3.0, 2.0, 1.0, 0.1, 0.1, 2.5])


def test_another_report_introducing_the_openings_person_again_stays_out() -> None:
    # Another report tells the story over from its own start, in words too unlike the
    # opening's for a second lede's cosine: Vale is introduced twice.
    again = "Nora Vale got quite a fright on Sunday when a stranger leapt up beside her."
    assert again not in _awards_brief(again)
    # Look-alikes: her name in a quotation's attribution, and her surname alone, go on
    # from the opening, and enter. (A namesake: ``test_wording``.)
    quoted = '"I was frightened, but the fans in the front rows cheered me on," Nora Vale said.'
    assert quoted in _awards_brief(quoted)
    surname = "Vale got quite a fright on Sunday when a stranger leapt up beside her."
    assert surname in _awards_brief(surname)


STORES = (
    "The terminal, which opened in 1961 and employs two hundred dock workers, stores wheat and"
    " barley for farmers across the northern valleys of the region and ships it abroad."
)
# Five of its eight words are in ``STORES`` (0.62), at a TF-IDF cosine of 0.32 (under the
# repeat threshold): the same fact in another report's words.
KEEP = "Farmers in the northern valleys bring their wheat to the terminal every autumn by truck."


def _stores_brief(line: str) -> list[str]:
    courier = (
        "A fire tore through the grain terminal at Port Halden on Tuesday night, officials"
        f" said.\n\n{LIND_QUOTED}\n\n{STORES}"
    )
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\nThe harbour board met on Wednesday morning.\n\n{line}\n\n{PRICES}"
    )
    return _brief(_story(courier, radio), [3.0, 2.0, 2.0, 0.1, 0.1, 1.5, 1.0])


def test_another_reports_line_telling_a_fact_again_in_other_words_stays_out() -> None:
    # Another report tells the backbone's fact in its own words: fewer of them meet than
    # the 0.7 of a restatement within one report.
    texts = _stores_brief(KEEP)
    assert STORES in texts
    assert KEEP not in texts
    # Look-alike: four of its seven words in the backbone's line (0.57), it tells another
    # fact.
    barley = "Farmers in the valleys sell barley to the mills beside the terminal each autumn."
    assert barley in _stores_brief(barley)


# Invented: two reviews of one film, neither read as news (each has its critic's "I").
REVIEW = (
    "The Harbour Light is a quiet film about a lighthouse keeper on the island of Morvik.\n\n"
    "Director Ana Lind shot it over two winters with a crew of nine.\n\n"
    "The keeper, played by Ove Brandt, finds a stranded sailor after a storm in 1952.\n\n"
    "It plays like a smart and stylish ghost story for most of its length.\n\n"
    "I was surprised by how much I liked it."
)
OTHER_REVIEW = (
    "Ana Lind's The Harbour Light opens in cinemas across the country on Friday.\n\n"
    "It seems the keeper's gift is less a blessing than a curse.\n\n"
    "The film will leave such viewers vaguely uneasy.\n\n"
    "Kestrel Pictures paid Ana Lind 4 million crowns for the keeper film in 2019.\n\n"
    "I left the cinema moved."
)


def test_another_critics_judgement_does_not_join_a_review_that_carries_the_brief() -> None:
    # Two critics' verdicts in a row read as one voice; the other critic's particulars (a
    # sum, a name) are news and may join.
    story = _story(REVIEW, OTHER_REVIEW)
    scores = [3.0 if s.article_id == "1" else 2.0 for s in story.candidates]
    texts = _brief(story, scores)
    assert texts[0].startswith("The Harbour Light is a quiet film")
    assert "The film will leave such viewers vaguely uneasy." not in texts
    assert "Kestrel Pictures paid Ana Lind 4 million crowns for the keeper film in 2019." in texts


ISLAND_REPORT = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.\n\n"
    "Fire chief Marta Lind said crews fought the blaze for six hours before it was contained.\n\n"
    "The terminal stores wheat for farmers across the northern valleys of the region.\n\n"
    "Dockers gathered at the gates on Wednesday to watch the smoke clear over the silos.\n\n"
)


def _island_brief(last: str) -> list[str]:
    """A 60-word brief of one report whose fourth line, a long one of low score, does not fit
    once ``last`` (its fifth, shorter and better) is in."""
    story = _story(ISLAND_REPORT + last)
    return _brief(story, [3.0, 2.0, 1.5, 0.0, 1.0], words=60)


def test_a_last_line_that_shares_no_word_with_the_brief_around_it_gives_way() -> None:
    # Another thing altogether, far down its report: a jump at the end of the brief.
    island = "Singer Ada Morrow also spoke out against hatred."
    texts = _island_brief(island)
    assert island not in texts
    assert texts[-1].startswith("Dockers gathered at the gates")


def test_a_last_line_with_a_figure_a_pronoun_or_a_shared_word_stays() -> None:
    for last in (
        # A figure: a fact a reader wants.
        "Singer Ada Morrow spoke out against hatred at 3 rallies.",
        # A pronoun and no name: it goes on from somebody before it.
        "The college said they would close for a week.",
        # A word of the brief's.
        "Singer Ada Morrow bought wheat from the farmers.",
        # A person the brief has met.
        "Lind also spoke out against hatred.",
    ):
        assert _island_brief(last)[-1] == last


def test_an_island_ending_stays_in_a_brief_far_from_full() -> None:
    # All the story has is under three quarters of the budget: a reader took the island
    # away as a loss of the little there was (reading 24).
    island = "Singer Ada Morrow also spoke out against hatred."
    story = _story(ISLAND_REPORT + island)
    texts = _brief(story, [3.0, 2.0, 1.5, 0.0, 1.0], words=200)
    assert texts[-1] == island


# A last line that leads in to its report's next sentence (``_Builder.lead_in_ending``,
# ``text.leadin``): the brief would promise what it never tells. The lines share "Dockers" or
# "terminal" with the brief, so none is an island.
LEAD_INS = (
    "Dockers feel let down by the port for several reasons.",
    "The terminal's owner was more blunt on the radio.",
    "Dockers had a message for the terminal's owners.",
)


def test_a_last_line_that_leads_in_to_a_point_the_brief_leaves_out_is_left_off() -> None:
    # Left off, not replaced: the brief is the one it was less that line (the long fourth
    # line, which did not fit beside it, is not brought in by a new fill).
    for lead_in in LEAD_INS:
        texts = _island_brief(lead_in)
        assert lead_in not in texts
        assert (
            texts[-1]
            == "The terminal stores wheat for farmers across the northern valleys of the region."
        )
        assert not any(t.startswith("Dockers gathered at the gates") for t in texts)


def test_a_last_line_that_tells_its_point_stays() -> None:
    for last in (
        # The count told, what was said, a "Not all" (a fact of its own), a plain fact.
        "Dockers feel let down by the port for two reasons, pay and safety.",
        "Dockers had a message for the owners, saying the terminal must be rebuilt.",
        "Not all dockers will return, but the terminal reopens Monday.",
        "Not all dockers will return to the terminal, however.",
        "Dockers will return to the terminal on Monday.",
    ):
        assert _island_brief(last)[-1] == last


def test_a_lead_in_ends_a_brief_far_from_full() -> None:
    # Under three quarters of the budget, as an island ending: the story has little else.
    lead_in = LEAD_INS[0]
    story = _story(ISLAND_REPORT + lead_in)
    assert _brief(story, [3.0, 2.0, 1.5, 0.0, 1.0], words=200)[-1] == lead_in


# A radio report whose second line tells what a poll asked and whose third gives a share of
# the answers: the second is long and scores nothing, so it does not fit a 68-word brief.
SHARE_RATING = (
    "The port authority's approval rating among dockers has fallen to 40 percent in a new union"
    " survey of its members."
)


def _share_brief(line: str) -> list[str]:
    radio = (
        "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
        f"\n\n{SHARE_RATING}\n\n{line}"
    )
    return _brief(_story(COURIER, radio), [3.0, 2.0, 1.5, 1.0, 1.0, 0.0, 2.5], words=68)


def test_a_share_with_a_bare_verb_does_not_end_a_brief_without_the_line_it_counts() -> None:
    # "Fifty-five percent disapprove, a record." counts the answers to the line before it:
    # without that line the brief ends on a figure of nothing it told (dev 0177).
    share = "Fifty-five percent disapprove, a record for the terminal."
    texts = _share_brief(share)
    assert share not in texts
    assert texts[-1].startswith("The terminal stores wheat")


def test_a_share_that_names_its_people_or_what_they_did_ends_a_brief() -> None:
    for share in (
        "Fifty-five percent of dockers disapprove, a record for the terminal.",
        "55 percent favor rebuilding the terminal at once.",
    ):
        assert _share_brief(share)[-1] == share


def _two_chiefs(second: str) -> list[str]:
    one = (
        "A fire tore through the grain terminal at Port Halden on Tuesday night.\n\n"
        "Fire chief Marta Lindqvist said crews fought the blaze for six hours.\n\n"
        "The terminal stores wheat for farmers across the northern valleys."
    )
    other = (
        "Flames destroyed the main grain shed of the Port Halden terminal overnight.\n\n"
        f"{second}\n\n"
        "Dock workers were sent home until the shed is declared safe."
    )
    story = _story(one, other)
    return _brief(story, [3.0, 2.5, 1.0, 1.0, 2.4, 1.0], words=200)


def test_a_line_that_spells_a_person_otherwise_gives_way() -> None:
    # Dev 0119 ("Judge Jeffrey Minehart", then "Judge Jeffery Minehart") and anchor 52810
    # ("Abdul Jabar Perdili", then "Purdeli"): readers took the spellings for two people.
    for second in (
        "Fire chief Marta Lindquist said the cause of the fire was not yet known.",
        "Fire chief Martha Lindqvist said the cause of the fire was not yet known.",
    ):
        texts = _two_chiefs(second)
        assert "Fire chief Marta Lindqvist said crews fought the blaze for six hours." in texts
        assert second not in texts


def test_two_people_of_one_surname_or_of_names_unlike_enough_both_stay() -> None:
    # Look-alikes: another person of the surname, a name that is the start of another, a
    # hyphenated name written family name first ("Kim Jong-il" / "Kim Jong-un").
    for second in (
        "Harbour master Ana Lindqvist said the cause of the fire was not yet known.",
        "Fire chief Marta Lindqvistson said the cause of the fire was not yet known.",
        "Fire chief Marta Lind-Ostby said the cause of the fire was not yet known.",
    ):
        assert second in _two_chiefs(second), second


def _pilots(middle: str) -> list[str]:
    one = (
        "Harbour pilot Ove Brandt steered the burning grain ship out of Port Halden on Tuesday.\n\n"
        "The crews fought the blaze on the ship for six hours before it was contained.\n\n"
        f"{middle}\n\n"
        '"We are all grateful to the crews who saved the harbour," Brandt said.'
    )
    other = (
        "A burning grain ship was towed out of Port Halden by a harbour pilot on Tuesday.\n\n"
        "Dock workers were sent home until the terminal is declared safe."
    )
    story = _story(one, other)
    return _brief(story, [3.0, 2.0, 0.1, 2.5, 1.0, 1.0], words=45)


def test_a_surname_alone_that_means_another_person_of_it_gives_way() -> None:
    # Dev 0141: the brief named the boy, Jordan Belliveau; '"She doesn't deserve a bond,"
    # Belliveau said.' was his grandmother's, named in full only in the line before.
    quote = '"We are all grateful to the crews who saved the harbour," Brandt said.'
    assert quote not in _pilots("His sister, Ida Brandt, said she was relieved at the news.")
    # Look-alikes: the line before names the same person (a short form of the name), or
    # another person of another surname.
    assert quote in _pilots("Pilot Ove Brandt said he was relieved at the news.")
    assert quote in _pilots("His sister, Ida Lind, said she was relieved at the news.")


STALL = (
    "A speeding van struck a fruit stall on Mill Road in Ashby on Sunday, injuring two.\n\n"
    "Stall owner Ana Ortiz said she opened a fruit stall on the corner of her street two weeks"
    " ago to keep the children near their homes and far from the traffic of the busy main"
    " road.\n\n"
    "Police said the driver of the van was arrested at the scene."
)


def _stall_brief(line: str) -> list[str]:
    # (``line`` comes third: the first two lines of a report are its opening, held to the
    # test of a second lede.)
    blog = f"Ashby is a quiet market town.\n\nThe road is busy on market days.\n\n{line}"
    return _brief(_story(STALL, blog), [3.0, 2.5, 2.0, 0.1, 0.1, 2.9])


def test_a_quotation_retelling_what_its_speaker_was_reported_saying_stays_out() -> None:
    # Its speaker is the one the backbone's line reports (Ortiz), and 0.43 of its words are
    # in that line (0.2 of the line's in it; TF-IDF cosine 0.33, under the repeat's 0.35):
    # the statement told twice, in her words and the writer's.
    retold = (
        '"I opened up the stall for the kids so they would not be running back and forth on'
        ' the road all day because there is so much traffic," Ortiz said.'
    )
    assert retold not in _stall_brief(retold)
    # Look-alikes that enter: the same words said by another speaker; the same speaker
    # telling another fact (a name and a verb shared, "Ortiz said"); the statement retold
    # with a new fact in most of its words (the van's other crash).
    other_speaker = retold.replace("Ortiz said", "Mayor Jo Lee said")
    assert other_speaker in _stall_brief(other_speaker)
    another_fact = '"The stall sold out of plums within an hour on its first morning," Ortiz said.'
    assert another_fact in _stall_brief(another_fact)
    adds = (
        '"I opened up the stall for the kids, and an hour earlier the same van had hit a bakery'
        ' across the square and driven off," Ortiz said.'
    )
    assert adds in _stall_brief(adds)
