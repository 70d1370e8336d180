import pytest

from newsfuse.text.furniture import furniture_flags, is_furniture, strip_furniture
from newsfuse.text.notices import is_notice, notice_at


@pytest.mark.parametrize(
    "line",
    [
        # tip lines: a number to call, a text code, "anyone ... should call", Crime Stoppers
        "Anyone with information is asked to call the Ashby Sheriff's Office at (555) 010-0142.",
        "After hours, please call 1-855-ASHBY-PD (1-855-274-2973).",
        "Tipsters may also contact Harbour Crime Stoppers by texting the word HALDEN.",
        'All text messages should begin with the word "HARBOUR."',
        "Anyone wishing to stay anonymous can call Crimestoppers on 0800 555 010.",
        "Witnesses should contact the harbour police, who have set up a hotline.",
        "He asked witnesses to call Halden County Crime Stoppers.",
        # contact lines of the reporter or the desk
        "Contact Jo Lee at 555.010.0199.",
        "Write to Ana Ortiz at ana.ortiz@haldenpost.example.com",
        "To contact the reporter on this story: Jo Lee in Halden at jlee@ledger.example.org",
        "jlee@haldenpost.com or 555-010-0143",
        "You can reach Ana Ortiz at the harbour desk.",
        # correction and update notes
        "Correction: An earlier version of this article misspelled the harbour master's name.",
        "This story has been updated to include a statement from the port.",
        "Editor's note: The names of the dock workers have been withheld.",
        "This article first appeared in the May issue of Harbour Life.",
        # a police log's disclaimers about itself
        "The information in this report covers incidents reported on the day before.",
        "This report is not a comprehensive list of every call to the harbour police.",
        "Some incidents may appear a few days after they happen.",
        "Later investigations may reveal different facts.",
        "For more information on crime in your area, visit our online map.",
        # an archive's catalogue line
        "Harbour at dawn. Reproduction No. LC-USZ99-10001 (LOC) Photograph of the pier.",
        # an update note, and a web archive's notice where the page was not saved
        "Update, March 3, 12:03 PT: adds the port's statement.",
        "UPDATE (4:15 p.m.): The ferry has docked.",
        "Updated at 9:23 a.m. to correct the name of the skipper.",
        "Updated on Friday to add the council's statement.",
        "Crawl of outlinks from harbourpost.com started March, 2016.",
        "These files are currently not publicly accessible.",
    ],
)
def test_notices_are_furniture(line: str) -> None:
    assert is_notice(line.lower())
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        # reporting that police asked the public for help is news
        "Police asked anyone who saw the car to come forward.",
        "Police appealed on Monday for witnesses to the harbour fire, and several called in.",
        "The sheriff said anyone with information had called the station by Friday.",
        "A Crime Stoppers tip led police to the dock worker's flat.",
        "Ana Ortiz called Crime Stoppers the next morning, her lawyer said.",
        # calls, contact and numbers that are part of the story
        "The harbour master did not return a call for comment.",
        "Contact with the ferry was lost at 3 a.m., the coast guard said.",
        "Call of the Sea, the port's film, opened on Friday.",
        'The band played its song "1-800-555-0100," named after a helpline.',
        "The council voted 555-100 in favour, with 2,000 abstaining.",
        # versions, reports and information in the news
        "An earlier version of the bill had capped the harbour fee at $10.",
        "The report was updated in 2015 to include the new terminal.",
        "This report is the first to count the harbour's injuries.",
        "The investigation may reveal why the crane fell, the minister said.",
        "The port did not respond to a request for more information.",
        "Call numbers of the old harbour maps are listed in the archive.",
        "Updated harbour rules were released on Monday.",
        "The update, released Monday, fixed the ferry's radio.",
        "Updated on Friday, the harbour guidance tells skippers to stay in port when gales blow.",
        "The records are not publicly accessible, the court said.",
        # an update that goes on to tell news: its stamp is trimmed, the news stays
        "UPDATE: March 4 -- Port spokesman Ivo Marek on Thursday said the ferry line would reopen.",
        "UPDATE — 5:48 p.m. ET Mayor Ana Ortiz answered the union late on Tuesday, calling it rash",
    ],
)
def test_reporting_that_looks_like_a_notice_is_kept(line: str) -> None:
    assert not is_notice(line.lower())
    assert not is_furniture(line)


def test_notices_are_found_in_the_spans_of_one_text() -> None:
    text = "Rain fell. Call 555-010-0199. Mail jo@lee.com today. Ferries ran."
    spans = [(0, 10), (11, 29), (30, 52), (53, 65)]
    assert [notice_at(text.lower(), a, b, True, True) for a, b in spans] == [
        False,
        True,
        True,
        False,
    ]
    assert furniture_flags(text, spans) == [False, True, True, False]


def test_a_paragraph_loses_only_its_tip_line() -> None:
    paragraph = (
        "Fire crews fought the blaze at the grain terminal through the night, and the harbour "
        "master said on Monday that the ferries would run again by the weekend if the wind "
        "dropped. Anyone with information should call the harbour police at 555-010-0142."
    )
    assert strip_furniture(paragraph) == paragraph[: paragraph.index(" Anyone")]
