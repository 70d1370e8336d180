import random

from newsfuse.text.segment import segment_sentences
from newsfuse.text.transcript import _LABEL, _labels_at_colons, interview_span, without_interview

INTERVIEW = (
    "The mayor spoke to Harbour Radio on Monday.\n"
    "JO LEE: Thanks for joining us.\n"
    "MAYOR ANA ORTIZ: Great to be here.\n"
    "JO LEE: Is the pier safe? Many people ask.\n"
    "MAYOR ANA ORTIZ: ...Safe for the future. We test it every week.\n"
)


def _kept(text: str) -> list[str]:
    return [s.text for s in without_interview(text, segment_sentences("1", text))]


def test_an_interviews_turns_stay_out_and_its_introduction_stays() -> None:
    assert _kept(INTERVIEW) == ["The mayor spoke to Harbour Radio on Monday."]


def test_a_speaker_may_come_back_by_surname() -> None:
    text = "Intro.\nANA ORTIZ: Yes.\nJO LEE: Why?\nORTIZ: Tests.\n"
    assert interview_span(text) == (len("Intro.\n"), len(text) - 1)


def test_a_report_that_goes_on_after_the_exchange_keeps_what_follows() -> None:
    text = INTERVIEW + "The pier reopened on Tuesday.\nFerries ran late."
    assert _kept(text) == [
        "The mayor spoke to Harbour Radio on Monday.",
        "The pier reopened on Tuesday.",
        "Ferries ran late.",
    ]


BROADCAST = (
    "A ferry captain wants the old pier saved.\n"
    "JO LEE, HOST:\n"
    "This week the council votes on the pier. We met the captain who started it all.\n"
    "ANA ORTIZ: I sailed from it for forty years. It is our history.\n"
    "LEE: That's Ana Ortiz. She has gathered 4,000 names.\n"
    "ORTIZ: People stop me on the quay.\n"
    "LEE: Now she takes the names to the council.\n"
)


def _lines(text: str) -> list[tuple[int, str]]:
    return [(s.index, s.text) for s in without_interview(text, segment_sentences("1", text))]


def test_a_broadcasts_host_narrates_without_labels_and_its_guests_turns_stay_out() -> None:
    assert interview_span(BROADCAST) is None
    # The host's lines follow one another: the guest's turns between them are gone.
    assert _lines(BROADCAST) == [
        (0, "A ferry captain wants the old pier saved."),
        (1, "This week the council votes on the pier."),
        (2, "We met the captain who started it all."),
        (3, "That's Ana Ortiz."),
        (4, "She has gathered 4,000 names."),
        (5, "Now she takes the names to the council."),
    ]


def test_a_host_line_keeps_offsets_that_slice_the_text() -> None:
    for sentence in without_interview(BROADCAST, segment_sentences("1", BROADCAST)):
        assert BROADCAST[sentence.start : sentence.end] == sentence.text


def test_a_broadcast_goes_on_after_its_last_host_line() -> None:
    text = BROADCAST + "Copyright Harbour Radio."
    assert _lines(text)[-1] == (6, "Copyright Harbour Radio.")


def test_a_hearings_titled_label_names_the_speaker_who_comes_back() -> None:
    hearing = (
        "REP. JO LEE (R-IN): Why was the pier left open in May?\n"
        "FMR. MASTER OF HARBOURS ORTIZ: Well, Congresswoman, we shut it at night.\n"
        "ORTIZ: And we posted guards.\n"
    )
    assert _kept(hearing) == []


def test_a_dateline_kickers_and_a_newsletters_headings_are_no_interview() -> None:
    assert interview_span("PORT HALDEN: A mob gathered.\nUPDATE: It left.\nUPDATE: Calm.") is None
    newsletter = (
        "HARBOUR TODAY: The pier reopens.\nFERRY TODAY: Ferries run late.\n"
        "TOP TALKER: A new quay.\n"
    )
    assert interview_span(newsletter) is None
    assert _kept(newsletter) == [
        "HARBOUR TODAY: The pier reopens.",
        "FERRY TODAY: Ferries run late.",
        "TOP TALKER: A new quay.",
    ]


def test_a_text_with_no_labels_keeps_every_sentence() -> None:
    assert _kept("The pier fell. Crews came.") == ["The pier fell.", "Crews came."]


def test_the_labels_read_at_colons_are_the_patterns_matches() -> None:
    # The labels found only at the starts of lines with a colon against the pattern's
    # search of the whole text, on made-up pages of labels, kickers and prose.
    rng = random.Random(39)
    pieces = [
        "JO LEE:", "ORTIZ:", "ANA ORTIZ, HOST:", "REP. JO LEE (R-IN):", "UPDATE:", "  LEE:",
        "The pier fell.", "Safe?", "at 10:30", ":", "\n", "\n", "\t", " ", "Note: none",
    ]  # fmt: skip
    texts = ["", ":", "LEE:", "LEE: a\nORTIZ:\n", "a:\n\nLEE: b"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in _LABEL.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _labels_at_colons(text)] == expected
