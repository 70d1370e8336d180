"""Closed lists of words that several readers share: the calendar's months and weekdays, the
short titles written before a person's name, and the irregular verbs' past forms. One list
each, so that the readers of names, dates, speakers and events cannot drift apart."""

from __future__ import annotations

# In the calendar's order (``differ.compare`` counts the days between two weekdays).
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Capitalised in every sentence, yet no one's name.
CALENDAR = frozenset(MONTHS + WEEKDAYS)
CALENDAR_LOWER = frozenset(word.lower() for word in CALENDAR)
# The titles written short before a person's name, with a full stop or without ("Sgt.
# Riley", "Mr Lee"); ``text.names.TITLES`` holds them with the titles written in full.
SHORT_TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Sgt", "Col", "Capt",
    "Cmdr", "Adm", "Prof", "Rev", "St", "Pres", "Supt", "Det",
)  # fmt: skip

# The irregular verbs news tells its events with, by base form: (past, past participle).
# One table for the readers of a subject's first predicate (``attribute``), of a sentence
# that tells something that happened (``text.lede``) and of a denied act's other forms
# (``differ.predicates``). Written here: a lemmatizer (lemminflect) costs about 0.7 s to
# load for a few dozen verbs. The auxiliaries "be" and "have" are left out ("was", "had"
# tell no event by themselves); a reader that wants them names them.
IRREGULAR_VERBS: dict[str, tuple[str, str]] = {
    "bear": ("bore", "born"), "beat": ("beat", "beaten"), "begin": ("began", "begun"),
    "bite": ("bit", "bitten"), "bleed": ("bled", "bled"), "blow": ("blew", "blown"),
    "break": ("broke", "broken"), "bring": ("brought", "brought"),
    "build": ("built", "built"), "buy": ("bought", "bought"),
    "catch": ("caught", "caught"), "choose": ("chose", "chosen"), "come": ("came", "come"),
    "dig": ("dug", "dug"), "do": ("did", "done"), "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"), "eat": ("ate", "eaten"), "fall": ("fell", "fallen"),
    "feed": ("fed", "fed"), "fight": ("fought", "fought"), "find": ("found", "found"),
    "flee": ("fled", "fled"), "fly": ("flew", "flown"), "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"), "freeze": ("froze", "frozen"),
    "get": ("got", "gotten"), "give": ("gave", "given"), "go": ("went", "gone"),
    "grow": ("grew", "grown"), "hang": ("hung", "hung"), "hear": ("heard", "heard"),
    "hide": ("hid", "hidden"), "hit": ("hit", "hit"), "hold": ("held", "held"),
    "hurt": ("hurt", "hurt"), "keep": ("kept", "kept"), "know": ("knew", "known"),
    "lay": ("laid", "laid"), "lead": ("led", "led"), "leave": ("left", "left"),
    "lend": ("lent", "lent"), "lose": ("lost", "lost"), "make": ("made", "made"),
    "meet": ("met", "met"), "pay": ("paid", "paid"), "put": ("put", "put"),
    "quit": ("quit", "quit"), "ride": ("rode", "ridden"), "ring": ("rang", "rung"),
    "rise": ("rose", "risen"), "run": ("ran", "run"), "say": ("said", "said"),
    "see": ("saw", "seen"), "seek": ("sought", "sought"), "sell": ("sold", "sold"),
    "send": ("sent", "sent"), "set": ("set", "set"), "shake": ("shook", "shaken"),
    "shoot": ("shot", "shot"), "show": ("showed", "shown"), "sing": ("sang", "sung"),
    "sink": ("sank", "sunk"), "sit": ("sat", "sat"), "sleep": ("slept", "slept"),
    "slide": ("slid", "slid"), "speak": ("spoke", "spoken"), "spend": ("spent", "spent"),
    "stand": ("stood", "stood"), "steal": ("stole", "stolen"), "stick": ("stuck", "stuck"),
    "sting": ("stung", "stung"), "strike": ("struck", "stricken"),
    "swear": ("swore", "sworn"), "sweep": ("swept", "swept"), "swim": ("swam", "swum"),
    "swing": ("swung", "swung"), "take": ("took", "taken"), "teach": ("taught", "taught"),
    "tear": ("tore", "torn"), "tell": ("told", "told"), "think": ("thought", "thought"),
    "throw": ("threw", "thrown"), "wake": ("woke", "woken"), "wear": ("wore", "worn"),
    "weep": ("wept", "wept"), "win": ("won", "won"), "write": ("wrote", "written"),
}  # fmt: skip
IRREGULAR_PAST = frozenset(past for past, _ in IRREGULAR_VERBS.values())
# (Less the participles that are the base form too: "come", "run" are as often present.)
IRREGULAR_PARTICIPLES = frozenset(
    participle for base, (_, participle) in IRREGULAR_VERBS.items() if participle != base
)
