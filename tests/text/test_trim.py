import pytest

from newsfuse.documents import Sentence
from newsfuse.text.trim import dateline_outlet, strip_dateline, trim_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DENVER (AP) — Snow fell.", "Snow fell."),
        ("ALLENTOWN, Pa. - The dogs were rescued.", "The dogs were rescued."),
        ("LONDON (Reuters) - Shares rose.", "Shares rose."),
        ("(CNN) -- A man was arrested.", "A man was arrested."),
        ("US President Lee said so.", "US President Lee said so."),
        ("— The girls walk up the street.", "The girls walk up the street."),
        ("Five — or six — boats sank.", "Five — or six — boats sank."),
    ],
)
def test_trims_datelines_and_keeps_offsets_exact(text: str, expected: str) -> None:
    article = "Intro. " + text
    sentence = Sentence("1", 1, 7, len(article), text)
    trimmed = trim_dateline(sentence)
    assert trimmed.text == expected
    assert article[trimmed.start : trimmed.end] == expected


def test_an_outlet_in_parentheses_without_a_dash_is_a_dateline() -> None:
    sentence = Sentence("1", 0, 0, 32, "(CNN) Two EMTs sued the county.")
    assert trim_dateline(sentence).text == "Two EMTs sued the county."
    assert dateline_outlet(sentence.text) == "CNN"
    assert strip_dateline("(Photo) A man waves.") == "(Photo) A man waves."
    assert strip_dateline("PRETORIA/KHARTOUM (Reuters) - Sudan said.") == "Sudan said."


@pytest.mark.parametrize(
    ("text", "outlet", "rest"),
    [
        ("Port Halden, Norland (CNN) Gunmen stormed a hotel.", "CNN", "Gunmen stormed a hotel."),
        ("HALDEN (KHON2) - Students were served.", "KHON2", "Students were served."),
        ("Halden (Reuters) - Shares fell.", "Reuters", "Shares fell."),
        ("Halden, Norland is lovely in May.", "", "Halden, Norland is lovely in May."),
        ("Acme (ACME) shares rose.", "", "Acme (ACME) shares rose."),
        ("Halden (CNN) Seven sailors are missing.", "CNN", "Seven sailors are missing."),
        ("Port Halden (AP) The mayor resigned.", "AP", "The mayor resigned."),
        ("Acme (NYSE) Shares rose.", "", "Acme (NYSE) Shares rose."),
        ("HALDEN—The mayor resigned.", "", "The mayor resigned."),
        ("PORT HALDEN, Norland—Acme said it would close.", "", "Acme said it would close."),
        ("HALDEN, Norland, Feb. 25 (UPI) -- Lee was freed.", "UPI", "Lee was freed."),
        ("MONDAY, July 2 (HealthDay News) -- Sleep helps.", "HealthDay News", "Sleep helps."),
        ("PORT HALDEN, Nor. (WANE) The mother spoke.", "WANE", "The mother spoke."),
        ("NORLAND—the agency—said so.", "", "NORLAND—the agency—said so."),
        ("A CAR park was built.", "", "A CAR park was built."),
        ("MAYOR LEE: We will rebuild.", "", "MAYOR LEE: We will rebuild."),
        ("- A man was beaten at the station.", "", "A man was beaten at the station."),
        ("Analysis There was talk of a deal.", "", "There was talk of a deal."),
        (
            "Updated | When the dam broke, the town flooded.",
            "",
            "When the dam broke, the town flooded.",
        ),
        ("Update: The fire is out.", "", "The fire is out."),
        (
            "UPDATE: March 4 -- Port spokesman Ivo Marek said the line would reopen.",
            "",
            "Port spokesman Ivo Marek said the line would reopen.",
        ),
        ("UPDATE — 5:48 p.m. ET: Mayor Ana Ortiz answered.", "", "Mayor Ana Ortiz answered."),
        ("Update, July 7th, 6:40PM ET: The fund fell.", "", "The fund fell."),
        ("BREAKING: The mayor resigned.", "", "The mayor resigned."),
        ("THE FACT CHECKER | Mayor Ana Ortiz said so.", "", "Mayor Ana Ortiz said so."),
        ("Fees rose | the port said.", "", "Fees rose | the port said."),
        ("Analysis shows the deal failed.", "", "Analysis shows the deal failed."),
        ("-5 degrees was the low.", "", "-5 degrees was the low."),
    ],
)
def test_title_case_datelines_name_their_outlet(text: str, outlet: str, rest: str) -> None:
    assert dateline_outlet(text) == outlet
    assert strip_dateline(text) == rest


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("By By Jo Lee Oct 31, 2015 in Entertainment A photograph of the pier is a fake.",
         "A photograph of the pier is a fake."),
        ("By Ana Ortiz Jan. 5, 2018 The pier held.", "The pier held."),
        ("AP Halden Ferries on Thursday said it would cut sailings.",
         "Halden Ferries on Thursday said it would cut sailings."),
        # Look-alikes: a byline with no date, and "AP" as a subject, stay.
        ("By Ana Ortiz, staff writer.", "By Ana Ortiz, staff writer."),
        ("AP reporters found the boat.", "AP reporters found the boat."),
    ],
)  # fmt: skip
def test_a_glued_byline_or_wire_credit_is_trimmed(text: str, trimmed: str) -> None:
    assert strip_dateline(text) == trimmed


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("VARNA/ASHBY, Ferries stopped on Monday.", "Ferries stopped on Monday."),
        ("PORT HALDEN/VARNA, “We are ready,” she said.", "“We are ready,” she said."),
        ("NASA, the space agency, said no.", "NASA, the space agency, said no."),
        ("AC/DC, The band, played the pier.", "AC/DC, The band, played the pier."),
        ("ANA ORTIZ, HOST:", "ANA ORTIZ, HOST:"),
    ],
)
def test_two_cities_of_a_dateline_that_lost_its_outlet_are_trimmed(text: str, trimmed: str) -> None:
    assert strip_dateline(text) == trimmed
