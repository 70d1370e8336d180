from newsfuse.differ import find_differences
from newsfuse.differ.align import Story
from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.claims import find_claims
from newsfuse.differ.denied import denied_statements
from newsfuse.documents import Sentence


def story(*articles: tuple[str, ...]) -> Story:
    return Story(
        [
            [Sentence(str(a), i, 0, len(t), t) for i, t in enumerate(texts)]
            for a, texts in enumerate(articles, start=1)
        ]
    )


def the_denial(s: Story) -> Claim:
    (denial,) = [c for c in find_claims(s.articles) if c.kind is Kind.DENIAL]
    return denial


def denied(s: Story) -> list[str]:
    """The sentences ("article:index") that the story's one denial rejects."""
    return [f"{st.sentence.article_id}:{st.sentence.index}" for st in
            denied_statements(the_denial(s), s)]  # fmt: skip


def test_a_denial_is_aligned_with_the_statement_it_rejects() -> None:
    s = story(
        ("An ABC News report said that Scott suffered from inoperable brain cancer.",),
        ('"It is incorrect that he has inoperable brain cancer," said Craig Harvey.',),
    )
    assert denied(s) == ["1:0"]


def test_a_denial_of_the_charges_takes_the_allegation_against_the_denier() -> None:
    s = story((
        "Prosecutors allege that Madsen murdered Wall on board the submarine.",
        "The submarine sank off Copenhagen in August.",
        "Madsen had insisted it was an accident.",
        "He denies the charges, police said.",
    ),)  # fmt: skip
    assert denied(s) == ["1:0"]


def test_a_pointing_denial_takes_the_sentence_just_before_it() -> None:
    s = story((
        "NBC assigned the story in 2017.",
        "According to two sources, Oppenheim asked if people still cared about Weinstein.",
        "Oppenheim did not respond to a request for comment.",
        "“That is absolutely false,” an NBC spokesperson said.",
    ),)  # fmt: skip
    assert denied(s) == ["1:1"]


def test_a_pointing_denial_points_at_no_sentence_past_one_not_read() -> None:
    texts = (
        "According to two sources, Oppenheim asked if people still cared about Weinstein.",
        "The network's own review found that the story had been cleared for broadcast.",
        "“That is absolutely false,” an NBC spokesperson said.",
    )
    read = [Sentence("1", i, 0, len(texts[i]), texts[i]) for i in (0, 2)]  # the review left out
    s = Story([read])
    assert denied_statements(the_denial(s), s) == []
    assert denied(story((texts[0], texts[2]),)) == ["1:0"]  # fmt: skip


def test_a_denial_whose_sentence_states_the_claim() -> None:
    s = story(("The lawsuit argues that the Fitbit tracker is inaccurate, a claim Fitbit denies.",))
    assert denied(s) == ["1:0"]


def test_the_claim_a_denial_rejects_in_its_own_sentence_names_who_stated_it() -> None:
    s = story(("The Harbour Union said 100 police had joined it, a claim the governor denied.",))
    denial = next(c for c in find_claims(s.articles) if c.kind is Kind.DENIAL)
    assert [c.claimant for c in denied_statements(denial, s)] == ["The Harbour Union"]
    s = story(("The lawsuit argues that the Fitbit tracker is inaccurate, a claim Fitbit denies.",))
    denial = next(c for c in find_claims(s.articles) if c.kind is Kind.DENIAL)
    assert [c.claimant for c in denied_statements(denial, s)] == [""]


def test_the_deniers_own_words_are_no_statement_to_deny() -> None:
    s = story(
        ("Salehi was quoted as saying the captives were retired soldiers of the Guards.",),
        ("Salehi said the captives were retired soldiers, but he denied any were Guards.",),
    )
    assert denied(s) == []


def test_a_negated_sentence_is_no_statement_to_deny() -> None:
    s = story(
        ("The president has never asked Comey to end the Flynn investigation, aides said.",),
        ("Trump aides dispute Comey's account of the Flynn investigation conversation.",),
    )
    dispute = next(c for c in find_claims(s.articles) if c.sentence.article_id == "2")
    assert denied_statements(dispute, s) == []


def test_an_act_said_not_to_have_happened_against_the_report_that_it_did() -> None:
    s = story(
        ("President Trump asked Comey to end the Flynn investigation, the memo says.",),
        ('"The president has never asked Mr. Comey to end any investigation," aides said.',),
    )
    assert denied(s) == ["1:0"]
    agreeing = story(
        ("Aides said the president has never asked Mr. Comey to end any investigation.",),
        ("The president did not ask Comey to end it, his aides said.",),
    )
    found = [c for c in find_claims(agreeing.articles) if c.kind is Kind.DENIAL]
    assert found and all(denied_statements(c, agreeing) == [] for c in found)


def test_a_denial_that_shares_too_little_with_any_sentence_denies_nothing() -> None:
    s = story(
        ("The mayor opened the new bridge in Ostvik on Monday.",),
        ("Knox denied that her former boyfriend was abandoning his defence of her.",),
    )
    assert denied(s) == []


def disputes(*articles: tuple[str, ...]) -> list[tuple[list[str], list[str]]]:
    """Each difference of the story as (the sentences reported, the sentences denying)."""
    s = story(*articles)
    found = find_differences(s.articles)
    return [
        tuple(  # type: ignore[misc]
            [f"{c.article_id}:{c.sentence_index}" for c in side.citations] for side in d.sides
        )
        for d in found
        if d.kind == "denial"
    ]


def test_within_one_report_an_allegation_and_its_denial() -> None:
    assert disputes((
        "According to two sources, Oppenheim asked if people still cared about Weinstein.",
        "“That is absolutely false,” an NBC spokesperson said.",
    ),) == [(["1:0"], ["1:1"])]  # fmt: skip
    assert disputes((
        "House Republicans accused former IRS official Lois Lerner of breaking agency rules.",
        "The committee voted on Wednesday.",
        "Her lawyer, William Taylor, maintained Lerner's innocence.",
    ),) == [(["1:0"], ["1:2"])]  # fmt: skip
    assert disputes((
        "Issa said Lerner had waived her Fifth Amendment right by speaking.",
        "Taylor and Democrats on the oversight committee disagree.",
    ),) == [(["1:0"], ["1:1"])]  # fmt: skip


def test_agreeing_reports_and_lone_denials_give_no_dispute() -> None:
    assert (
        disputes(
            ("Smith denied the charges at his arraignment on Monday.",),  # no charge stated
            ("The court will hear the case in May, the clerk said.",),
        )
        == []
    )
    assert (
        disputes(
            (
                "The mayor opened the bridge on Monday.",  # stated by nobody: no claim to point at
                "“That is absolutely false,” a spokesperson said.",
            ),
        )
        == []
    )
    assert (
        disputes(
            ("Putin has repeatedly denied any Russian meddling in the election.",),
            ("Putin denied the Russian meddling allegations again on Thursday, Tass reported.",),
        )
        == []
    )  # one party's denials and nothing they deny
    assert disputes((
        "She said: “Spouses disagree.”",
        "Conway said she supports the president.",
    ),) == []  # fmt: skip


def test_a_sentence_that_calls_the_claim_false_itself_is_no_statement_of_it() -> None:
    s = story(
        ("A genie film named Shazaam starring Sinbad is one of the internet's greatest myths.",),
        ("Sinbad has long denied that he starred in a genie film named Shazaam.",),
    )
    assert denied(s) == []
    stated = story(
        ("Fans remember a genie film named Shazaam starring Sinbad, the site reported.",),
        ("Sinbad has long denied that he starred in a genie film named Shazaam.",),
    )
    assert denied(stated) == ["1:0"]
