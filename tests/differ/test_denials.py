import random
import re

import pytest

from newsfuse.differ import denial_words as w
from newsfuse.differ.claim import Claim, Kind, Reach
from newsfuse.differ.claims import find_claims
from newsfuse.differ.denials import is_denial
from newsfuse.documents import Sentence


def denials(*texts: str) -> list[Claim]:
    """Denials of one article made of ``texts``."""
    article = [Sentence("1", i, 0, len(t), t) for i, t in enumerate(texts)]
    return [c for c in find_claims([article]) if c.kind is Kind.DENIAL]


@pytest.mark.parametrize(
    ("text", "denier", "reach"),
    [
        ("The ministry flatly denied the report about the weapons.", "The ministry", "object"),
        ("Contacted via email, Peinovich denied he was Enoch.", "Peinovich", "object"),
        ('"It is incorrect that he has cancer," said Craig Harvey.', "Craig Harvey", "object"),
        ('"That is absolutely false," a spokesperson said.', "a spokesperson", "pointing"),
        ("Cohen has denied the allegations.", "Cohen", "charges"),
        ("A spokesperson for NBC vigorously denied those allegations.", "A spokesperson for NBC",
         "pointing"),
        ("“Absolutely false,” the spokesperson told The Daily Beast.", "the spokesperson",
         "pointing"),
        ("“This conversation is made up out of whole cloth, never happened,” the spokesperson "
         "said.", "the spokesperson", "pointing"),
        ("The administration official said that statement was not accurate.",
         "The administration official", "pointing"),
        ("The story though was all a lie according to police.", "police", "pointing"),
        ("Poole, who was released in 2006, insists he is innocent.", "Poole", "charges"),
        ("Lerner's lawyer William Taylor maintained his client's innocence.",
         "Lerner's lawyer William Taylor", "charges"),
        ("Taylor and Democrats on the oversight committee disagree.",
         "Democrats on the oversight committee", "pointing"),
        ("The suit argues the tracker is inaccurate, a claim Fitbit denies.", "Fitbit", "inline"),
        ('"We believe the plaintiffs\' allegations do not have any merit," Fitbit said.', "Fitbit",
         "charges"),
        ("Lawyer Robert Wallack says, despite the reports, he has not met with Kim.",
         "Lawyer Robert Wallack", "object"),
        ("UNFPA argued it was \"erroneous\" to suggest it was complicit in China's policies.",
         "UNFPA", "object"),
    ],
)  # fmt: skip
def test_denials_in_many_words_with_who_denies_and_where_the_claim_is(
    text: str, denier: str, reach: str
) -> None:
    (claim,) = denials(text)
    assert (claim.claimant, claim.reach) == (denier, Reach(reach))


def test_he_denies_is_the_party_the_sentence_before_named() -> None:
    found = denials(
        "Madsen had insisted it was an accident.", "He denies the charges, police said."
    )
    assert [c.claimant for c in found] == ["Madsen"]


@pytest.mark.parametrize(
    "text",
    [
        "The judge denied bail to the Ostvik suspect, officials said.",
        "Norsemen met at the Thing to settle disputes that arose.",
        "Rather than denying it, Peinovich said he was proud.",
        "California voters rejected labeling of modified food.",
        "He denied it.",  # who "he" is, nobody said
        "A judge dismissed the charges against Gosnell on Tuesday.",  # a court, not a party
        "She said: “Spouses disagree.”",  # no named party
        "Some members believed that Smith was wrong to introduce polygamy.",  # an opinion
        "These devices simply are not accurate at measuring heart rates, the suit says.",
        "Burr said the burden is on the Times, but that's absurd.",  # the writer's aside
        "The call turned out to be a false alarm.",
    ],
)
def test_requests_opinions_and_unnamed_deniers_are_no_denials(text: str) -> None:
    assert denials(text) == []


def test_an_act_said_not_to_have_happened_is_a_denial_of_it() -> None:
    (claim,) = denials("The president has never asked Mr. Comey to end any investigation.")
    assert (claim.reach, claim.context) == (Reach.ACT, "asked Comey")
    assert denials("The police did not name Weinstein.") == []  # naming is no act denied
    assert is_denial("The White House denied the report.")


def test_denials_named_and_denials_by_a_party_named_after_which() -> None:
    (issued,) = denials("His legal team has issued a number of denials.")
    assert (issued.claimant, issued.reach) == ("His legal team", Reach.POINTING)
    (which,) = denials(
        "Rezko said he discussed gaming laws with the official, which the public official "
        "denies having had."
    )
    assert (which.claimant, which.reach) == ("the public official", Reach.INLINE)


def test_an_act_done_to_a_thing_said_not_to_have_happened() -> None:
    (claim,) = denials(
        "Okoro told deputies he was at the party.",
        "He also claimed that he did not push the guard and that he left early.",
    )
    assert (claim.claimant, claim.reach, claim.context) == ("Okoro", Reach.ACT, "push guard")
    assert denials("She said the mayor did not give the reason for the delay.") == []


def test_a_claim_its_own_sentence_says_someone_denied() -> None:
    (claim,) = denials(
        "Lund was jailed in 2009 on charges - denied by his family - that he set the fire."
    )
    assert (claim.claimant, claim.reach) == ("his family", Reach.INLINE)


@pytest.mark.parametrize(
    "text",
    [
        'Building there, "It\'s wrong. They made it look as if nothing was there."',
        "Furthermore, in the report, the room went quiet, rejecting it.",
        'Asked about it, "Well, not being an accused thief," he might have said.',
    ],
)
def test_words_around_a_party_deny_nothing(text: str) -> None:
    assert denials(text) == []


def test_a_denier_after_when_or_that_is_the_party_named() -> None:
    (when,) = denials("When Romney rejected the report, the room went quiet.")
    (that,) = denials("Sanders said in a briefing that Trump denies the allegations.")
    assert (when.claimant, that.claimant) == ("Romney", "Trump")


def test_the_look_aheads_of_deny_and_reject_keep_their_matches() -> None:
    # Each pattern against itself without its look-ahead of first letters, on made-up
    # sentences of its own words in any case (with "ſ" and the kelvin sign, which a
    # case-insensitive pattern reads as "s" and "k") and the claims it names.
    rng = random.Random(40)
    for pattern, look_ahead in ((w.DENY, "(?=d)"), (w.REJECT, "(?=[bcdprst])")):
        plain = re.compile(pattern.pattern.removeprefix(look_ahead), pattern.flags)
        assert plain.pattern != pattern.pattern
        pieces = [
            *re.findall(r"[A-Za-z]+", plain.pattern[:900]),
            "the allegations", "any wrongdoing", "that he", "the report", "ſ", "\u212a", "Lee",
            "was", "is", "been", '"', "“", ",", ".", "DENIED", "Rejected",
        ]  # fmt: skip
        matched = 0
        for _ in range(4000):
            words = [rng.choice(pieces) for _ in range(rng.randint(1, 9))]
            text = "".join(word + rng.choice(["", " ", " ", "  "]) for word in words)
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == expected, text
            matched += bool(expected)
        assert matched > 100
