from newsfuse.text.segment import segment_sentences
from newsfuse.text.transcript import interview_span, without_interview

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


def test_a_broadcast_that_marks_its_host_is_left_as_it_is() -> None:
    text = "JO LEE, HOST:\nThe pier fell.\nANA ORTIZ: I saw it.\nLEE: Ortiz ran.\nORTIZ: Yes."
    assert interview_span(text) is None


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
