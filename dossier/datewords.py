"""English words for dates, as data: what a story's timeline resolves against an article's date.

Another language is another module with the same names; the logic in
``dossier/story_facts.py`` holds no words of its own.
"""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

# Relative expressions: the phrase (lower case, whole words) -> days from the article's date.
RELATIVE_DAYS = {
    "today": 0, "earlier today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
    "yesterday": -1, "last night": -1, "yesterday evening": -1, "yesterday morning": -1,
    "tomorrow": 1, "the day before yesterday": -2,
}
# Vaguer spans: the phrase -> (days from the article's date, what the timeline shows after the date).
RELATIVE_SPANS = {
    "last week": (-7, "week of"),
    "earlier this week": (-2, "week of"),
    "this week": (0, "week of"),
    "next week": (7, "week of"),
    "last month": (-30, "month of"),
    "earlier this month": (-10, "month of"),
}
# Words before a weekday that put it after the article's date ("will vote on Tuesday").
FUTURE_CUES = ("will", "would", "is to", "are to", "is expected to", "are expected to", "is scheduled",
               "are scheduled", "plans to", "is set to", "are set to", "is due to", "are due to", "next",
               "is slated", "scheduled for", "planned for", "set for", "upcoming")
# A weekday preceded by these is the article's own date line, not an event.
DATELINE_MONTH_FIRST = True  # "August 4, 2019" (Wikinews, US style); "4 August 2019" is read too

# -- roles -------------------------------------------------------------------------------------------
# Words that make an actor's title a role worth a timeline ("Prime Minister", "governor"); a title
# without one ("only two presidents", a clause the extractor took for a title) is left out.
ROLE_HEADS = frozenset("""
president president-elect vice-president minister premier chancellor secretary senator representative
congressman congresswoman governor mayor king queen prince princess pope leader speaker chairman chairwoman
chair director director-general administrator ambassador judge justice commissioner spokesman spokeswoman
spokesperson correspondent adviser advisor mp lord general ceo chief head taoiseach attorney delegate
""".split())
# Words that qualify a role without changing it: "current prime minister" is "Prime Minister".
ROLE_QUALIFIERS = frozenset("current incumbent the us u.s. uk then now sitting".split())
