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


def test_a_denial_whose_sentence_states_the_claim() -> None:
    s = story(("The lawsuit argues that the Fitbit tracker is inaccurate, a claim Fitbit denies.",))
    assert denied(s) == ["1:0"]


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
