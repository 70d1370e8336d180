import pytest

from newsfuse.text.furniture import furniture_flags, is_furniture, strip_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our free newsletters",
        "Get the best updates straight to your inbox:",
        "Please select at least one mailing list.",
        "You can unsubscribe at any time by clicking the link in the footer of our emails.",
        "Read more: Port Halden's long road to a modern harbour",
        "Share this article",
        "Reuters/AP",
        "Photo: Harbour Radio",
        "We use cookies to improve your experience on our site.",
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Archive.",
        "Copyright 2026 The Associated Press. All rights reserved.",
        "© 2026 Harbour Ledger Publishing, Inc.",
        "Mar. Sci. 12:40-48, 2026. ©2026 Harbour Periodicals",
        "Tweet with a location",
        "Follow us on social media for live updates.",
        "Hide Caption 5 of 23 Photos: The fire at the grain terminal",
        "In this Aug. 15, 2014 file photo, firefighters spray water on the terminal.",
        "FILE - In this Feb. 11, 2007, file photo, the terminal burns.",
        "WATCH: Fire tears through Port Halden grain terminal",
        "You always have the option to delete your Tweet location history.",
        "RIP, harbour friends. — Ana Ortiz (@anaortiz) June 20, 2017",
        "Firefighters were still at the terminal on Wednesday and the cause ...",
        "A firefighter, left, sprays water on the terminal in Port Halden.",
        "A child looks at flowers left at the harbour, Monday, June 5, 2017.",
        "[Related: How Port Halden built its grain terminal]",
        "Staff writer Jo Lee contributed to this report.",
        "Buy Photo Harbour master Jo Lee was among those calling for the terminal to close.",
        "Caption The harbour master announced Monday that she will step down in June.",
        "Jo Lee / AP Harbour master Ana Ortiz listens as the council debates the budget.",
        "Ana Ortiz speaks to supporters at a rally Thursday, Oct. 3, 2013, in Port Halden, Maine.",
        "The charts in this post are from the report.",
        "The company then released the statement below.",
        "A handout photo from the port authority shows the terminal on fire, June 2, 2017.",
        "A 3D model of the new terminal is shown.",
        "The exterior of the grain terminal is seen on March 18, 2014.",
        "The WARC files associated with this crawl are not currently available.",
        "Click for more from Harbour Times.",
        "Skip Twitter post by @portwatch",
        "7 PM EASTERN UPDATE: The council says the vote stands.",
        "Why do grain terminals catch fire? – explainer Read more",
        "Jo Lee has details on The News Hub.",
        "Ana Ortiz has details on Lunch Break.",
        "Jo has always been very good with the harbour's money. . . .",
        "Grain prices may rise this winter, Ana Ortiz reports on Markets Hub.",
        "Click below to sign the harbour petition.",
        "Related 'The Terminal Fire' Pt.",
        "Harbour Days by Jo Lee. Copyright (c) 2012 by Jo Lee.",
        "Smoke rises over the terminal after the blast, this photo released by the port shows.",
        "Add as an interest to stay up to date on the latest news and video from Halden TV.",
        "Accuracy and availability may vary.",
        "The video contains subject matter of a graphic nature that some may find offensive",
        "Some viewers may find this disturbing.",
        "Jo Ann Lee Jo Ann Lee covers courts and the law for The Ledger.",
    ],
)
def test_recognises_page_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Netflix now has 100 million subscribers, the company said on Monday.",
        "The union has complained for years about the state of the conveyor gallery.",
        "Police said they had read the letter before the meeting began on Tuesday evening.",
        "A spokesperson for the municipality said the situation at the terminal was stable.",
        '"I just do not know what happens next..." the dock worker said.',
        "The fire happened on Saturday, June 3, 2017, police said.",
        "Video footage showed the roof of the terminal falling in.",
        "The fire started on Tuesday, Sept. 11, 2001, in Port Halden, police said.",
        "Temperatures at the harbour fell below zero overnight.",
        "The harbour master is seen as the favourite for the job.",
        "The caption contest drew 4,000 entries, the magazine said.",
        "The vote was 19 / 11 in the harbour council on Monday.",
        "Dock workers read more safety notices than before, the survey found.",
        "The harbour master skipped the meeting on Monday.",
        "The harbour master has details on the plan, a spokesman said.",
        "Related charges were filed against the dock company on Monday.",
        "Grain exports slowed in May, a report released by the ministry shows.",
        "Copyright lawyers say the terminal's logo case is weak.",
        "The plan covers the costs for families of the dock workers.",
        "Jo Lee writes about the harbour for the Ledger.",
        "Experts say some may find the results surprising.",
        "Insurers will add as many as 40 staff, the interest group said.",
        "The terminal's owner, Harbour © Holdings, bought it in 2019.",
    ],
)
def test_keeps_reporting(line: str) -> None:
    assert not is_furniture(line)


def test_strip_furniture_drops_lines_and_normalises_paragraphs() -> None:
    raw = "Storm hits coast.  \r\n \n Read more: weather\nPower is\u200b out."
    assert strip_furniture(raw) == "Storm hits coast.\n\nPower is out."


def test_windows_punctuation_read_as_control_characters_is_repaired() -> None:
    raw = "\x97 Lifeguards said \x93it held\x94."
    assert strip_furniture(raw) == "— Lifeguards said “it held”."


def test_one_control_character_late_in_a_text_is_still_read_as_windows_punctuation() -> None:
    # (The translation runs only on texts that hold one: it must find one anywhere.)
    raw = "Lifeguards closed the beach at Ashby on Monday.\nIt reopened \x96 briefly."
    assert strip_furniture(raw).endswith("It reopened – briefly.")
    assert strip_furniture("Lifeguards said it held\x9d.") == "Lifeguards said it held."


def test_a_text_without_control_characters_keeps_its_other_non_ascii() -> None:
    raw = "The café’s owner said “no” — twice — in Zürich."
    assert strip_furniture(raw) == raw


def test_a_paragraph_holding_a_notice_keeps_its_reporting() -> None:
    # HTML extraction can join a sign-up box into the paragraph around it; only the notice
    # may go, not the whole paragraph (this lost whole articles before).
    paragraph = (
        "A fire tore through the grain terminal at Port Halden on Tuesday night, forcing "
        "the evacuation of about 200 nearby homes. Two workers were taken to hospital with "
        "burns, the fire service said. Sign up for our newsletter. Fire chief Marta Lind said "
        "crews had the fire under control by 2 a.m. on Wednesday, hours after it started."
    )
    kept = strip_furniture(paragraph)
    assert "newsletter" not in kept
    assert kept.startswith("A fire tore") and kept.endswith("hours after it started.")


def test_a_paragraph_losing_a_notice_is_cut_at_sentences_not_abbreviations() -> None:
    # A bare ". " split left "Louis, on Friday, ..." behind as a sentence of its own.
    paragraph = (
        "Embed x Share The mayor spoke with a radio station in St. Louis, on Friday, about "
        "the flood barriers along the river. Crews raised the barriers by two feet overnight "
        "and said they would hold. " + "Volunteers filled sandbags at the depot all day. " * 3
    )
    kept = strip_furniture(paragraph)
    assert kept.startswith("Crews raised the barriers")
    assert "Louis" not in kept


def test_a_blog_teaser_after_the_jump_is_furniture() -> None:
    assert is_furniture("Details on the mayor's flood plan after the jump!")


def test_a_video_close_button_marks_the_clip_description() -> None:
    assert is_furniture("CLOSE Crews battled the blaze overnight at the harbour. Ana Ruiz reports")
    assert not is_furniture("Close to 200 homes were evacuated overnight, officials said.")
    kept = strip_furniture("CLOSE Crews battled the blaze overnight.\nThe fire is out, crews said.")
    assert kept == "The fire is out, crews said."


def test_a_gallery_paragraph_goes_whole() -> None:
    gallery = (
        "Hide Caption 1 of 3 Photos: The fire A crane stands over the terminal. "
        + "Smoke rises over the harbour as crews arrive in the evening light. " * 5
    )
    assert strip_furniture(f"Crews fought the blaze all night.\n{gallery}") == (
        "Crews fought the blaze all night."
    )


def test_headlines_are_title_lines() -> None:
    from newsfuse.text.furniture import looks_like_headline

    assert looks_like_headline("Fire Tears Through Port Halden Grain Terminal")
    assert looks_like_headline("Make Your Minds Up, Led Zeppelin!")
    assert not looks_like_headline("The fire tore through the terminal on Tuesday.")


@pytest.mark.parametrize(
    "credit",
    ["(Port Authority photo)", "(Photo: Jo Lee, AP)", "(Jo Lee/The Halden Post)",
     "(AP Photo/Jo Lee, File)", "(JO LEE / Staff Photographer)"],
)  # fmt: skip
def test_a_paragraph_that_ends_on_a_photo_credit_is_its_caption(credit: str) -> None:
    text = (
        "Crews fought the blaze at the grain terminal all night, the fire service said.\n"
        f"Fire chief Ana Ortiz, 51, of Halden, at the pier on Friday. {credit}\n"
        "The terminal will stay closed for a week."
    )
    assert strip_furniture(text) == (
        "Crews fought the blaze at the grain terminal all night, the fire service said.\n\n"
        "The terminal will stay closed for a week."
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "The pier reopened on Friday, officials said (see the map).",
        "The vote was close in the poll (CNN/ORC).",
        "Ortiz (D-Halden) said the pier reopened on Friday.",
        # A long paragraph that ends on a credit keeps its reporting.
        "Crews fought the blaze all night and the fire service said it was out by dawn. " * 6
        + "(Jo Lee/The Halden Post)",
    ],
)
def test_a_paragraph_with_other_parentheses_is_kept(paragraph: str) -> None:
    assert strip_furniture(paragraph).startswith(paragraph[:40])


@pytest.mark.parametrize(
    "line", ["Above: the pier at dawn after the storm.", "Pictured: Ana Ortiz at the pier."]
)
def test_above_and_pictured_open_a_caption(line: str) -> None:
    assert is_furniture(line)
    assert not is_furniture("The water rose above the pier on Friday, officials said.")


@pytest.mark.parametrize(
    "embed",
    [
        "Skip Twitter post by @jolee The mayor drove herself to the pier. No limo. " * 3,
        "The pier held through the night, and the ferries ran again at dawn, and the harbour "
        "master thanked the crews who stayed. — Jo Lee (@jolee) June 21, 2018",
        "The pier held. pic.twitter.com/abc — Jo Lee (@jolee) Jan. 5, 2018 Report",
    ],
)
def test_an_embedded_post_goes_whole_whatever_its_length(embed: str) -> None:
    text = f"Crews fought the blaze all night, the fire service said.\n{embed}\nThe pier reopened."
    assert strip_furniture(text) == (
        "Crews fought the blaze all night, the fire service said.\n\nThe pier reopened."
    )
    # Look-alike: a handle in a sentence of the report is not a post.
    kept = "The mayor (@anaortiz on Twitter) said on June 21, 2018 that the pier held."
    assert strip_furniture(kept) == kept


@pytest.mark.parametrize(
    "caption",
    [
        "The mayor toured the flooded harbour on Monday. (May 4) AP",
        "Harbour police seek the public's help in finding a missing boat. HALDEN PD",
        "Crews battled the blaze at the grain terminal overnight. KHLD News",
        "A crane lies on the pier in Port Halden, May 4, 2018. HARBOUR NEWS/Jo Lee",
        "Ana Ortiz at the harbour council on Monday. Jo Lee/Halden Post/File Photo",
        "Ana Ortiz at the harbour council on Monday. Photo: Jo Lee/TT",
        "Harbour fire Port Halden burns, board warned ‘They knew about the wiring,’ says "
        "mayor in letter now released Crews fought the blaze for hours. Photograph: Jo Lee/BBC",
    ],
)
def test_a_caption_ending_on_its_source_goes_whole(caption: str) -> None:
    text = (
        f"Crews fought the blaze all night, the fire service said.\n{caption}\nThe pier reopened."
    )
    assert strip_furniture(text) == (
        "Crews fought the blaze all night, the fire service said.\n\nThe pier reopened."
    )


@pytest.mark.parametrize(
    "kept",
    [
        "The mayor toured the flooded harbour on Monday with officials from the AP.",
        "The harbour reopened on Monday, said Ana Ortiz of the HPA.",
        "The harbour reopened on Monday. Fees rose 5%, the port said (halden.example/news).",
        # a long paragraph keeps its reporting even when a name in capitals ends it
        "Crews fought the blaze all night and the fire service said it was out by dawn. " * 7
        + "HALDEN FD",
        # a link to a gallery ends a paragraph of reporting
        "Crews fought the blaze all night, the fire service said. [Photos: The harbour fire]",
        "Crews fought the blaze all night and the fire service said it was out by dawn. " * 7
        + "Photo: Jo Lee/TT",
    ],
)
def test_a_paragraph_ending_on_a_name_is_not_a_caption(kept: str) -> None:
    assert strip_furniture(kept).startswith(kept[:40])


def test_a_box_title_opens_furniture() -> None:
    assert is_furniture("What to Know A dock worker was hurt when a crane fell, police said")
    assert is_furniture("Background on Monday's vote in Halden, from the old mayor to the new.")
    assert is_furniture("Key facts")
    assert not is_furniture("The background on the vote was given by the mayor on Monday.")
    assert not is_furniture("What the harbour needs to know is how much the crane cost.")


@pytest.mark.parametrize(
    "post",
    [
        "Great crowd at the harbour tonight. The new pier will be built, I promise!",
        "So sad that the ferry was late again. Fix it now!",
        "Why is nobody talking about the harbour fees?",
    ],
)
def test_a_report_that_is_one_post_is_all_furniture(post: str) -> None:
    assert strip_furniture(post) == ""


@pytest.mark.parametrize(
    "report",
    [
        "The harbour reopened on Monday after the storm, the port authority said.",
        '"I was on the pier when the crane fell," a dock worker told the Ledger on Monday.',
        "Ferries are cancelled. The harbour stays shut until Friday!\nPort officials met on "
        "Monday.",
        "Storm Edda closed the port of Varna on Monday, and my ferry was one of the twelve "
        "cancelled, one passenger wrote. The port reopened on Tuesday. " * 3,
    ],
)
def test_a_short_report_is_not_a_post(report: str) -> None:
    assert strip_furniture(report) != ""


def test_a_video_caption_goes_whole_after_its_close_button() -> None:
    text = (
        "Crews fought the blaze all night, the fire service said.\n \n CLOSE The mayor toured "
        "the harbour. It was her first visit since the storm. Jo Lee, Halden Post\nThe pier "
        "reopened."
    )
    assert strip_furniture(text) == (
        "Crews fought the blaze all night, the fire service said.\n\nThe pier reopened."
    )


def test_links_to_a_person_s_other_stories_are_cut_from_the_sentence() -> None:
    text = (
        "Harbour master Ortiz Ana Maria OrtizPier plan fails again Ortiz: fees must rise MORE "
        "said on Monday that the pier will reopen."
    )
    assert strip_furniture(text) == "Harbour master Ortiz said on Monday that the pier will reopen."
    # Look-alike: "MORE" shouted in a sentence, with no glued name before it, stays.
    shouted = "Ortiz said the harbour needs MORE MONEY, and the council agreed on Monday."
    assert strip_furniture(shouted) == shouted


@pytest.mark.parametrize(
    "caption",
    [
        "Getty - Contributor Ana Ortiz, the harbour master who raised the alarm",
        "AFP/Getty Images Crews fight the blaze at the grain terminal on Monday",
        "Rex Features The pier after the fire",
        "Hulton Archive - Getty The harbour in 1911",
        "AP Photo Harbour fire spreads to a second shed",
    ],
)
def test_a_credit_printed_before_its_caption_marks_the_caption(caption: str) -> None:
    assert is_furniture(caption)


@pytest.mark.parametrize(
    "news",
    [
        "AFP reported that the talks had failed.",
        "Getty Museum officials said the vase was stolen overnight.",
        "Pa. Gov. Tom Wolf said on Monday that the plan would fail.",
        "Most read in the capital, the paper backed the mayor.",
    ],
)
def test_an_agency_or_museum_opening_a_sentence_is_news(news: str) -> None:
    assert not is_furniture(news)


def test_share_buttons_and_a_most_read_list_are_furniture() -> None:
    page = (
        "Click to share on Facebook (Opens in new window)\n\n"
        "Fire crews fought the blaze overnight.\n\n"
        "MOST READ IN NEWS PIER PANIC Harbour shed burns WATER WORRY Tap water safe"
    )
    assert strip_furniture(page) == "Fire crews fought the blaze overnight."


def test_a_statement_printed_after_its_announcement_without_quotation_marks_goes() -> None:
    page = (
        "Fire crews fought the blaze overnight.\n\n"
        "The port board sent the following statement:\n\n"
        "The board regrets the fire and thanks the crews. Safety is our first concern.\n\n"
        "Chief Marta Lind said the terminal would stay shut."
    )
    assert strip_furniture(page) == (
        "Fire crews fought the blaze overnight.\n\n"
        "The port board sent the following statement:\n\n"
        "Chief Marta Lind said the terminal would stay shut."
    )


def test_a_statements_own_sources_do_not_end_it() -> None:
    # "according to" inside the statement is the statement citing its sources, not the
    # reporter speaking again.
    page = (
        "The campaign then released the statement below.\n\n"
        "Mr. Vale has won every debate so far, according to all the online polls.\n\n"
        "He knows a bad deal when he sees one."
    )
    assert "according to" not in strip_furniture(page)


def test_an_excerpt_in_its_authors_voice_goes_after_a_line_ending_on_a_colon() -> None:
    page = (
        "The harbour firm issued a statement taking the blame for the mix-up:\n\n"
        "We sincerely apologize to the crews. The wrong gate was opened by our staff.\n\n"
        "The gate stayed open for an hour before a pilot noticed.\n\n"
        "Columnist Ana Ortiz writes:\n\n"
        "The board is no steward of the port. It should step aside now.\n\n"
        "Kestrel Ferries resumed sailings on Friday."
    )
    assert strip_furniture(page) == (
        "The harbour firm issued a statement taking the blame for the mix-up:\n\n"
        "The gate stayed open for an hour before a pilot noticed.\n\n"
        "Columnist Ana Ortiz writes:\n\n"
        "Kestrel Ferries resumed sailings on Friday."
    )


@pytest.mark.parametrize(
    "excerpt",
    [
        # a plain announcement: news in the brief's voice too
        "The harbour board is happy to announce that the ferry was found in the north dock.",
        # "I" of initials is nobody speaking
        "Mr. Lind shared the memo with senior F.B.I. officials and close associates.",
        # quoted: its lead-in attributes it
        "“We regret the fire,” the board wrote.",
    ],
)
def test_an_excerpt_that_reads_as_news_or_is_quoted_stays(excerpt: str) -> None:
    page = f"The harbour board posted a statement to its page:\n\n{excerpt}"
    assert strip_furniture(page) == page


def test_only_one_paragraph_follows_an_excerpts_lead_in() -> None:
    # The reporter may go on after an excerpt without a "said": only the paragraph right
    # after the colon is the excerpt's.
    page = (
        "Part of the post read:\n\n"
        "I was wrong and I won't deny it.\n\n"
        "The post drew hundreds of replies within the hour."
    )
    assert strip_furniture(page) == (
        "Part of the post read:\n\nThe post drew hundreds of replies within the hour."
    )


def test_a_statement_in_quotation_marks_stays_for_its_lead_in_to_attribute() -> None:
    page = (
        "The port board sent the following statement:\n\n"
        "“The board regrets the fire and thanks the crews.”"
    )
    assert strip_furniture(page) == page


@pytest.mark.parametrize(
    "line",
    [
        "Credit: Harbour Survey",
        "(Credit: Port Halden Radio)",
        "Image credit: Jo Lee, Harbour Pictures",
        "Source: Harbour Board figures for 2025",
        "Photos via Ana Ortiz/Facebook",
        "Harbour Board via AP",
        "Port Halden Co./Handout via REUTERS",
        "Refresh the page – 4.2 million.",
        "Refresh again – 15 fewer.",
        "Click through the gallery below for the pier's best days.",
        "Scroll down for the full list of closures.",
        "Please check your email and click on the link to confirm.",
        "Below is the full text of the harbour board's letter.",
        "Below, the five things the report left out.",
        "The 2025 figures are also provided below for reference.",
        "The new fees are as shown below.",
        "Ferry boss Ana Ortiz was on the shortlist. | AP Photo Port plan passes The pier reopens.",
        "The pier is closed, and Channel 9 will update this story as we learn more.",
        "Check back later for updates.",
        "Raw: Storm waves batter the Halden pier",
        "Subscriptions are $120 per year.",
        "Or, keep up-to-date with the latest news with the Channel 9 apps for phones.",
        "Harbour chief Ana Ortiz (C) speaks with Mayor Jo Lee at the pier in Varna.",
        "Ferry captain Jo Lee (left) and Ana Ortiz share a laugh after the launch.",
        "MUST WATCH Ferry skipper speaks out on the storm 02:41",
    ],
)
def test_credits_sources_and_page_instructions_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "news",
    [
        "Harbour workers were alerted via email on Monday.",
        "Mayor hits back at critics via Twitter",
        "The board said the loan was sent via a state fund.",
        "Click, the ferry company's booking app, stopped working on Monday.",
        "Tap water in the harbour district is safe to drink again, officials said.",
        "The source of the leak was found on Tuesday.",
        "Credit card charges at the pier were refunded, the board said.",
        "Scrolling through her messages, the mayor found the warning.",
        "Below the pier, divers found the wreck.",
        "The crane fell onto the deck three floors below, police said.",
        "Temperatures fell below freezing on Monday.",
        "Ferry fares rise | Reuters",
        "The ferry company's subscription is $5 a month, the board said.",
        "Ferry subscriptions are up 10% this year.",
        "Residents should keep up to date with the latest advice from the council.",
        "Rawlings said the pier would reopen.",
        "Harbour Sen. Jo Lee (R) said the pier would reopen.",
        "Senator Ana Ortiz (left) said the bill would pass.",
        "She posted a picture on Twitter (left) that showed the pier.",
        "The harbour meeting starts at 10:30",
        "Ferries ran from 9:00 until 17:00",
    ],
)
def test_news_that_names_credit_via_or_a_page_verb_is_kept(news: str) -> None:
    assert not is_furniture(news)


@pytest.mark.parametrize(
    "caption",
    [
        "A diver in her 30s inspects the hull. She found the crack, engineers believe. "
        "Credit: Image courtesy Jo Lee",
        "The crane landed on the pier's roof, two floors below. (via Facebook)",
        "Mourners gather at the pier. (Ana Ortiz via Facebook)",
    ],
)
def test_a_caption_ending_on_a_credit_or_via_goes_whole(caption: str) -> None:
    assert strip_furniture(f"The pier reopened on Friday.\n{caption}") == (
        "The pier reopened on Friday."
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor said the plan, which she shared (via email), would pass.",
        "The board sent its answer to the union (which it sent via email).",
        "The pier was rebuilt with a state loan. Credit unions paid the rest.",
    ],
)
def test_a_paragraph_mentioning_via_or_credit_is_kept(paragraph: str) -> None:
    assert strip_furniture(paragraph) == paragraph


def test_a_lost_closing_quotation_mark_is_put_back_at_ingest() -> None:
    text = "“The pier held,\ufffd? the mayor said. She called it “a miracle\ufffd?)."
    assert strip_furniture(text) == "“The pier held,” the mayor said. She called it “a miracle”)."


def test_mojibake_is_undone_at_ingest() -> None:
    damaged = "The harbourâ€™s cafÃ© reopened â€” â€œfinally,â€\x9d Ortiz said."
    assert strip_furniture(damaged) == "The harbour’s café reopened — “finally,” Ortiz said."


def test_a_sentence_with_a_character_lost_for_good_is_furniture() -> None:
    assert is_furniture("Jos\ufffd Ortiz reopened the pier on Friday.")
    long_paragraph = "Crews worked all night. " * 8 + "Jos\ufffd Ortiz thanked them."
    assert "\ufffd" not in strip_furniture(long_paragraph)
    assert strip_furniture(long_paragraph).startswith("Crews worked all night.")


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("Ana Ortiz , the mayor, spoke .", "Ana Ortiz, the mayor, spoke."),
        ("The clip went viral . Then it was gone.", "The clip went viral. Then it was gone."),
        ("Redacted part : The board met.", "Redacted part: The board met."),
        ("Is it open ? Yes.", "Is it open? Yes."),
    ],
)
def test_a_space_before_a_comma_or_stop_is_dropped(text: str, tidied: str) -> None:
    assert strip_furniture(text) == tidied


@pytest.mark.parametrize(
    "kept",
    [
        "It was allowed “in limited cases . . . for safety,” she said.",
        "The score was 3 : 1 at the pier.",
        "Pi is 3 .14 here.",
    ],
)
def test_ellipses_scores_and_numbers_keep_their_spaces(kept: str) -> None:
    assert strip_furniture(kept) == kept


def test_a_video_teaser_ending_on_its_length_is_furniture_anywhere_in_a_text() -> None:
    text = "Crews fought the fire all night.\nMUST WATCH Ferry skipper speaks out 02:41\nIt held."
    assert strip_furniture(text) == "Crews fought the fire all night.\n\nIt held."


@pytest.mark.parametrize(
    "credit",
    [
        "Starring Ana Ortiz and Jo Lee.",
        "Directed by Jo Lee.",
        "Directed by Jo Lee and written by Ana Ortiz, Ed Marr and Tom Vale.",
        "Produced by Ana Ortiz, Jo Lee, Ed Marr.",
        "Screenplay, Lee, Ortiz, based on the novel “The Pier” by Ed Marr.",
        "Running time: 98 minutes.",
        "Running time: 1 hour, 38 minutes",
        "MPAA rating: R for language and some harbour violence",
        "MPAA Rating: R. Running time: 98 MIN.",
        "Rated PG-13 (for storm sequences and brief strong language).",
        "(PG-13.",
        "98 minutes.",
        "In English and in Norwegian with English subtitles.",
        "Harbour Pictures presents a film directed by Jo Lee and written by Ana Ortiz.",
    ],
)
def test_a_reviews_credit_lines_are_furniture(credit: str) -> None:
    assert is_furniture(credit)
    assert strip_furniture(f"The film opens on a quay.\n{credit}\nIt ends at sea.") == (
        "The film opens on a quay.\n\nIt ends at sea."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Directed by Jo Lee (“Pier”), “Harbour” follows two sisters home.",
        "Written by Ana Ortiz with Jo Lee, the story begins on a quay.",
        "Directed by Jo Lee, the film opens on Friday.",
        "In English, the word means harbour.",
        "In 2010 the pier was rebuilt.",
        "Rated by critics as the best of the year, the film won.",
        "R. Ortiz was arrested on Monday.",
        "100 people were evacuated.",
        "Rating agencies cut the port's score.",
        "Harbour Pictures presents a film about two sisters who run a ferry.",
    ],
)
def test_a_sentence_opening_like_a_credit_is_news(sentence: str) -> None:
    assert not is_furniture(sentence)


def test_a_newsletters_sponsored_message_goes_whole_over_its_paragraphs() -> None:
    text = (
        "The port reopened on Monday.\n"
        "** A message from the Harbour Fund: Ports work for all of us. They fund jobs.\n"
        "Groups agree: keep the ports open.\n"
        "Visit www.example.org. **\n"
        "The ferry ran again on Tuesday."
    )
    assert (
        strip_furniture(text) == "The port reopened on Monday.\n\nThe ferry ran again on Tuesday."
    )


def test_a_message_from_somebody_in_the_news_stays() -> None:
    text = "A message from the mayor was read at the quay. ** Bold ** type stays."
    assert strip_furniture(text) == text


def test_a_credited_caption_is_as_long_as_a_caption_at_most() -> None:
    # (Its words are counted only up to the longest caption's: a longer line is read no
    # further.)
    credit = "(Photo: Jo Lee/AP)"
    caption = " ".join(["Crews"] + ["worked"] * 53) + " at the pier. " + credit
    assert len(caption.split()) == 60
    assert strip_furniture(caption) == ""
    longer = "Tired " + caption
    assert strip_furniture(longer) == longer.removesuffix(" " + credit)  # (its text kept)


@pytest.mark.parametrize(
    "caption",
    [
        "The USS Kestrel heads to port beside a tugboat, off Shimoda, Japan on Saturday.",
        "Mayor Ana Ortiz takes part in a hockey match at the ice dome in Sochi, Russia, on Sunday.",
        "A protester holds a sign outside the courthouse in Ashby, Maine, on Monday.",
    ],
)
def test_a_present_tense_caption_dated_by_its_weekday_is_furniture(caption: str) -> None:
    assert is_furniture(caption)
    assert furniture_flags(f"The river rose. {caption}", [(0, 15), (16, 16 + len(caption))]) == [
        False,
        True,
    ]


@pytest.mark.parametrize(
    "reporting",
    [
        "About 300 armed men stormed the naval base in Ashby on Wednesday.",
        "The harbour authority will hold a memorial service for the crew on Thursday.",
        "Amid signs the standoff could turn violent, police officers stand guard on Monday.",
        "Ana Ortiz speaks to reporters, who said she was calm, on Monday.",
        "The council meets again on Tuesday.",
        "Ana Ortiz testifies in Ashby on Monday.",
    ],
)
def test_reporting_dated_by_its_weekday_is_no_caption(reporting: str) -> None:
    assert not is_furniture(reporting)


@pytest.mark.parametrize("blank", ["", " ", " \t ", "\u00a0"])
def test_blank_lines_between_paragraphs_go_unread_and_change_nothing(blank: str) -> None:
    # strip_furniture reads only the written lines (a page's blank lines are dropped whatever
    # they hold): a blank line or none between two paragraphs gives the same text.
    page = "Storm hits coast.\nRead more: weather\nPower is out, officials said.\nThe pier held."
    spaced = page.replace("\n", f"\n{blank}\n")
    assert strip_furniture(spaced) == strip_furniture(page.replace("\n", "\n\n"))
    assert strip_furniture(spaced) == (
        "Storm hits coast.\n\nPower is out, officials said.\n\nThe pier held."
    )


def test_a_caption_printed_twice_between_its_credits_is_a_caption() -> None:
    caption = (
        "Harbour pilot Ove Brandt, 52, wears his old uniform during a news conference on the "
        "fire that destroyed the grain terminal where he worked for twenty years before it "
        "closed."
    )
    text = (
        "Crews fought the blaze at the grain terminal all night, the fire service said.\n"
        f"Jo Lee / For The Post {caption} {caption} (Jo Lee / For The Post) (Jo Lee / For The"
        " Post)\n"
        "The terminal will stay closed for a week."
    )
    assert strip_furniture(text) == (
        "Crews fought the blaze at the grain terminal all night, the fire service said.\n\n"
        "The terminal will stay closed for a week."
    )
    # Look-alike: a long paragraph of two different sentences before a credit keeps its text.
    other = caption.replace("wears his old uniform", "wore his old uniform")
    kept = f"{caption} {other} (Jo Lee / For The Post)"
    assert strip_furniture(kept) == kept
