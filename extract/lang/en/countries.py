"""Countries as news names them: short names, abbreviations, capitals used for
governments ("Beijing said") and demonyms ("the Chinese premier" is China's).

ISO names (pycountry) are what a registry calls a country ("Korea, Democratic
People's Republic of"), not what an article does, so the common names are
listed here and pycountry only answers "is this a country at all?" for the rest.
"""

from __future__ import annotations

from functools import lru_cache

# name: (aliases, capitals, demonyms)
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "United States": (("U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the United States"),
                      ("Washington", "Washington, D.C."), ("American", "U.S.")),
    "United Kingdom": (("UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"), ("London",),
                       ("British",)),
    "China": (("People's Republic of China", "PRC", "mainland China"), ("Beijing",), ("Chinese",)),
    "Russia": (("Russian Federation",), ("Moscow", "the Kremlin", "Kremlin"), ("Russian",)),
    "North Korea": (("DPRK", "Democratic People's Republic of Korea"), ("Pyongyang",), ("North Korean",)),
    "South Korea": (("Republic of Korea", "ROK"), ("Seoul",), ("South Korean",)),
    "Japan": ((), ("Tokyo",), ("Japanese",)),
    "Taiwan": ((), ("Taipei",), ("Taiwanese",)),
    "Ukraine": ((), ("Kyiv", "Kiev"), ("Ukrainian",)),
    "Germany": ((), ("Berlin",), ("German",)),
    "France": ((), ("Paris",), ("French",)),
    "Italy": ((), ("Rome",), ("Italian",)),
    "Spain": ((), ("Madrid",), ("Spanish",)),
    "Portugal": ((), ("Lisbon",), ("Portuguese",)),
    "Netherlands": (("the Netherlands", "Holland"), ("Amsterdam", "The Hague"), ("Dutch",)),
    "Belgium": ((), ("Brussels",), ("Belgian",)),
    "Austria": ((), ("Vienna",), ("Austrian",)),
    "Switzerland": ((), ("Bern",), ("Swiss",)),
    "Sweden": ((), ("Stockholm",), ("Swedish",)),
    "Norway": ((), ("Oslo",), ("Norwegian",)),
    "Denmark": ((), ("Copenhagen",), ("Danish",)),
    "Finland": ((), ("Helsinki",), ("Finnish",)),
    "Ireland": (("Republic of Ireland",), ("Dublin",), ("Irish",)),
    "Poland": ((), ("Warsaw",), ("Polish",)),
    "Hungary": ((), ("Budapest",), ("Hungarian",)),
    "Greece": ((), ("Athens",), ("Greek",)),
    "Turkey": (("Türkiye",), ("Ankara",), ("Turkish",)),
    "Iran": (("Islamic Republic of Iran",), ("Tehran",), ("Iranian",)),
    "Iraq": ((), ("Baghdad",), ("Iraqi",)),
    "Syria": ((), ("Damascus",), ("Syrian",)),
    "Israel": ((), ("Jerusalem",), ("Israeli",)),
    "Saudi Arabia": ((), ("Riyadh",), ("Saudi",)),
    "Egypt": ((), ("Cairo",), ("Egyptian",)),
    "Afghanistan": ((), ("Kabul",), ("Afghan",)),
    "Pakistan": ((), ("Islamabad",), ("Pakistani",)),
    "India": ((), ("New Delhi",), ("Indian",)),
    "Philippines": (("the Philippines",), ("Manila",), ("Filipino", "Philippine")),
    "Indonesia": ((), ("Jakarta",), ("Indonesian",)),
    "Vietnam": (("Viet Nam",), ("Hanoi",), ("Vietnamese",)),
    "Thailand": ((), ("Bangkok",), ("Thai",)),
    "Australia": ((), ("Canberra",), ("Australian",)),
    "New Zealand": ((), ("Wellington",), ("New Zealander",)),
    "Canada": ((), ("Ottawa",), ("Canadian",)),
    "Mexico": ((), ("Mexico City",), ("Mexican",)),
    "Brazil": ((), ("Brasília", "Brasilia"), ("Brazilian",)),
    "Argentina": ((), ("Buenos Aires",), ("Argentine", "Argentinian")),
    "Venezuela": ((), ("Caracas",), ("Venezuelan",)),
    "Cuba": ((), ("Havana",), ("Cuban",)),
    "Nigeria": ((), ("Abuja",), ("Nigerian",)),
    "Benin": ((), ("Porto-Novo",), ("Beninese",)),
    "South Africa": ((), ("Pretoria",), ("South African",)),
    "Kenya": ((), ("Nairobi",), ("Kenyan",)),
    "Ethiopia": ((), ("Addis Ababa",), ("Ethiopian",)),
    "Burundi": ((), ("Gitega",), ("Burundian",)),
    "Tunisia": ((), ("Tunis",), ("Tunisian",)),
    "Samoa": ((), ("Apia",), ("Samoan",)),
    "Luxembourg": ((), (), ("Luxembourgish",)),
    "Qatar": ((), ("Doha",), ("Qatari",)),
    "United Arab Emirates": (("UAE",), ("Abu Dhabi",), ("Emirati",)),
    "Yemen": ((), ("Sanaa",), ("Yemeni",)),
    "Lebanon": ((), ("Beirut",), ("Lebanese",)),
    "Jordan": ((), ("Amman",), ("Jordanian",)),
    "Belarus": ((), ("Minsk",), ("Belarusian",)),
    "Myanmar": (("Burma",), ("Naypyidaw",), ("Burmese",)),
    "Singapore": ((), (), ("Singaporean",)),
    "Malaysia": ((), ("Kuala Lumpur",), ("Malaysian",)),
}

_EXTRA_COUNTRIES = ("Kosovo", "Palestine", "Scotland", "Wales", "England", "Northern Ireland", "Vatican City")


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for name, (aliases, caps, dems) in _COUNTRIES.items():
        names[name.lower()] = name
        for a in aliases:
            names[a.lower()] = name
        for c in caps:
            capitals[c.lower()] = name
        for d in dems:
            demonyms[d.lower()] = name
    return names, capitals, demonyms


def _strip(text: str) -> str:
    t = text.strip()
    if t.lower().startswith("the "):
        t = t[4:]
    if t.endswith("'s") or t.endswith("’s"):
        t = t[:-2]
    return t


def country_of(text: str) -> str | None:
    """The country a name, abbreviation or capital stands for, or None."""
    names, capitals, _ = _index()
    key = _strip(text).lower()
    if key in names:
        return names[key]
    if key in capitals:
        return capitals[key]
    if ("the " + key) in names:
        return names["the " + key]
    return _iso_country(_strip(text))


def demonym_country(text: str) -> str | None:
    """'Chinese' -> 'China', 'North Korean' -> 'North Korea'."""
    return _index()[2].get(text.strip().lower())


@lru_cache(maxsize=4096)
def _iso_country(text: str) -> str | None:
    if not text or not text[0].isupper() or len(text) < 4:
        return None
    if text in _EXTRA_COUNTRIES:
        return text
    import pycountry

    for c in pycountry.countries:
        if text in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            return getattr(c, "common_name", None) or c.name
    return None
