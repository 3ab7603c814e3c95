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
    "United Kingdom": (("UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"),
                       ("London", "Downing Street", "Number 10", "No 10", "No. 10", "Whitehall"), ("British",)),
    "China": (("People's Republic of China", "PRC", "mainland China"), ("Beijing", "Zhongnanhai"), ("Chinese",)),
    "Russia": (("Russian Federation",), ("Moscow", "the Kremlin", "Kremlin"), ("Russian",)),
    "North Korea": (("DPRK", "Democratic People's Republic of Korea"), ("Pyongyang",), ("North Korean",)),
    "South Korea": (("Republic of Korea", "ROK"), ("Seoul",), ("South Korean",)),
    "Japan": ((), ("Tokyo",), ("Japanese",)),
    "Taiwan": ((), ("Taipei",), ("Taiwanese",)),
    "Ukraine": ((), ("Kyiv", "Kiev"), ("Ukrainian",)),
    "Germany": ((), ("Berlin",), ("German",)),
    "France": ((), ("Paris", "the Élysée", "Élysée", "the Elysee", "Elysee", "Élysée Palace"), ("French",)),
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
    # The other sovereign states, with their demonyms; a capital only where it names nothing else as often
    # (not "Victoria", "Kingston", "Santiago", "Male", "Colombo"), and no demonym two countries share
    # ("Congolese", "Dominican" for Dominica).
    "Albania": ((), ("Tirana",), ("Albanian",)),
    "Algeria": ((), ("Algiers",), ("Algerian",)),
    "Andorra": ((), (), ("Andorran",)),
    "Angola": ((), ("Luanda",), ("Angolan",)),
    "Antigua and Barbuda": ((), (), ("Antiguan",)),
    "Armenia": ((), ("Yerevan",), ("Armenian",)),
    "Azerbaijan": ((), ("Baku",), ("Azerbaijani",)),
    "Bahamas": (("the Bahamas",), (), ("Bahamian",)),
    "Bahrain": ((), ("Manama",), ("Bahraini",)),
    "Bangladesh": ((), ("Dhaka",), ("Bangladeshi",)),
    "Barbados": ((), ("Bridgetown",), ("Barbadian",)),
    "Belize": ((), ("Belmopan",), ("Belizean",)),
    "Bhutan": ((), ("Thimphu",), ("Bhutanese",)),
    # La Paz the seat of government, Sucre the constitutional capital
    "Bolivia": ((), ("La Paz", "Sucre"), ("Bolivian",)),
    "Bosnia and Herzegovina": (("Bosnia", "Bosnia-Herzegovina"), ("Sarajevo",), ("Bosnian",)),
    "Botswana": ((), ("Gaborone",), ("Botswanan",)),
    "Brunei": ((), ("Bandar Seri Begawan",), ("Bruneian",)),
    "Bulgaria": ((), ("Sofia",), ("Bulgarian",)),
    "Burkina Faso": ((), ("Ouagadougou",), ("Burkinabe", "Burkinabé")),
    "Cambodia": ((), ("Phnom Penh",), ("Cambodian",)),
    "Cameroon": ((), ("Yaoundé", "Yaounde"), ("Cameroonian",)),
    "Cape Verde": (("Cabo Verde",), (), ("Cape Verdean",)),
    "Central African Republic": (("the Central African Republic",), ("Bangui",), ()),
    "Chad": ((), ("N'Djamena",), ("Chadian",)),
    "Chile": ((), (), ("Chilean",)),
    "Colombia": ((), ("Bogotá", "Bogota"), ("Colombian",)),
    "Comoros": (("the Comoros",), (), ("Comorian",)),
    "Costa Rica": ((), (), ("Costa Rican",)),
    "Croatia": ((), ("Zagreb",), ("Croatian",)),
    "Cyprus": ((), ("Nicosia",), ("Cypriot",)),
    "Czech Republic": (("Czechia",), ("Prague",), ("Czech",)),
    "Democratic Republic of the Congo": (("DR Congo", "DRC", "Congo-Kinshasa", "the Democratic Republic of the Congo"),
                                         ("Kinshasa",), ()),
    "Republic of the Congo": (("Congo-Brazzaville",), ("Brazzaville",), ()),
    "Djibouti": ((), (), ("Djiboutian",)),
    "Dominican Republic": (("the Dominican Republic",), ("Santo Domingo",), ()),
    "East Timor": (("Timor-Leste",), ("Dili",), ("Timorese",)),
    "Ecuador": ((), ("Quito",), ("Ecuadorian",)),
    "El Salvador": ((), ("San Salvador",), ("Salvadoran", "Salvadorian")),
    "Equatorial Guinea": ((), ("Malabo",), ("Equatoguinean",)),
    "Eritrea": ((), ("Asmara",), ("Eritrean",)),
    "Estonia": ((), ("Tallinn",), ("Estonian",)),
    "Eswatini": (("Swaziland",), ("Mbabane",), ("Swazi",)),
    "Fiji": ((), ("Suva",), ("Fijian",)),
    "Gabon": ((), ("Libreville",), ("Gabonese",)),
    "Gambia": (("The Gambia", "the Gambia"), ("Banjul",), ("Gambian",)),
    "Georgia": ((), ("Tbilisi",), ()),
    "Ghana": ((), ("Accra",), ("Ghanaian",)),
    "Grenada": ((), (), ("Grenadian",)),
    "Guatemala": ((), ("Guatemala City",), ("Guatemalan",)),
    "Guinea": ((), ("Conakry",), ("Guinean",)),
    "Guinea-Bissau": ((), ("Bissau",), ("Bissau-Guinean",)),
    "Guyana": ((), (), ("Guyanese",)),
    "Haiti": ((), ("Port-au-Prince",), ("Haitian",)),
    "Honduras": ((), ("Tegucigalpa",), ("Honduran",)),
    "Iceland": ((), ("Reykjavík", "Reykjavik"), ("Icelandic",)),
    "Ivory Coast": (("Côte d'Ivoire", "Cote d'Ivoire"), ("Yamoussoukro",), ("Ivorian",)),
    "Jamaica": ((), (), ("Jamaican",)),
    "Kazakhstan": ((), ("Astana", "Nur-Sultan"), ("Kazakh", "Kazakhstani")),
    "Kiribati": ((), ("Tarawa",), ()),
    "Kuwait": ((), ("Kuwait City",), ("Kuwaiti",)),
    "Kyrgyzstan": ((), ("Bishkek",), ("Kyrgyz",)),
    "Laos": ((), ("Vientiane",), ("Laotian",)),
    "Latvia": ((), ("Riga",), ("Latvian",)),
    "Lesotho": ((), ("Maseru",), ("Basotho", "Mosotho")),
    "Liberia": ((), ("Monrovia",), ("Liberian",)),
    "Libya": ((), (), ("Libyan",)),
    "Liechtenstein": ((), ("Vaduz",), ("Liechtensteiner",)),
    "Lithuania": ((), ("Vilnius",), ("Lithuanian",)),
    "Madagascar": ((), ("Antananarivo",), ("Malagasy",)),
    "Malawi": ((), ("Lilongwe",), ("Malawian",)),
    "Maldives": (("the Maldives",), (), ("Maldivian",)),
    "Mali": ((), ("Bamako",), ("Malian",)),
    "Malta": ((), ("Valletta",), ("Maltese",)),
    "Marshall Islands": (("the Marshall Islands",), ("Majuro",), ("Marshallese",)),
    "Mauritania": ((), ("Nouakchott",), ("Mauritanian",)),
    "Mauritius": ((), ("Port Louis",), ("Mauritian",)),
    "Micronesia": ((), ("Palikir",), ("Micronesian",)),
    "Moldova": ((), ("Chișinău", "Chisinau"), ("Moldovan",)),
    "Monaco": ((), (), ("Monégasque", "Monegasque")),
    "Mongolia": ((), ("Ulaanbaatar", "Ulan Bator"), ("Mongolian",)),
    "Montenegro": ((), ("Podgorica",), ("Montenegrin",)),
    "Morocco": ((), ("Rabat",), ("Moroccan",)),
    "Mozambique": ((), ("Maputo",), ("Mozambican",)),
    "Namibia": ((), ("Windhoek",), ("Namibian",)),
    "Nauru": ((), (), ("Nauruan",)),
    "Nepal": ((), ("Kathmandu",), ("Nepali", "Nepalese")),
    "Nicaragua": ((), ("Managua",), ("Nicaraguan",)),
    "Niger": ((), ("Niamey",), ("Nigerien",)),
    "North Macedonia": (("Macedonia",), ("Skopje",), ("Macedonian",)),
    "Oman": ((), ("Muscat",), ("Omani",)),
    "Palau": ((), (), ("Palauan",)),
    "Panama": ((), (), ("Panamanian",)),
    "Papua New Guinea": ((), ("Port Moresby",), ("Papua New Guinean",)),
    "Paraguay": ((), ("Asunción", "Asuncion"), ("Paraguayan",)),
    "Peru": ((), ("Lima",), ("Peruvian",)),
    "Romania": ((), ("Bucharest",), ("Romanian",)),
    "Rwanda": ((), ("Kigali",), ("Rwandan",)),
    "Saint Lucia": ((), ("Castries",), ("Saint Lucian",)),
    "San Marino": ((), (), ("Sammarinese",)),
    "Senegal": ((), ("Dakar",), ("Senegalese",)),
    "Serbia": ((), ("Belgrade",), ("Serbian",)),
    "Seychelles": (("the Seychelles",), (), ("Seychellois",)),
    "Sierra Leone": ((), ("Freetown",), ("Sierra Leonean",)),
    "Slovakia": ((), ("Bratislava",), ("Slovak",)),
    "Slovenia": ((), ("Ljubljana",), ("Slovenian", "Slovene")),
    "Solomon Islands": (("the Solomon Islands",), ("Honiara",), ("Solomon Islander",)),
    "Somalia": ((), ("Mogadishu",), ("Somali",)),
    "South Sudan": ((), ("Juba",), ("South Sudanese",)),
    "Sri Lanka": ((), (), ("Sri Lankan",)),
    "Sudan": ((), ("Khartoum",), ("Sudanese",)),
    "Suriname": ((), ("Paramaribo",), ("Surinamese",)),
    "Tajikistan": ((), ("Dushanbe",), ("Tajik",)),
    "Tanzania": ((), ("Dodoma",), ("Tanzanian",)),
    "Togo": ((), ("Lomé", "Lome"), ("Togolese",)),
    "Tonga": ((), (), ("Tongan",)),
    "Trinidad and Tobago": (("Trinidad",), ("Port of Spain",), ("Trinidadian",)),
    "Turkmenistan": ((), ("Ashgabat",), ("Turkmen",)),
    "Tuvalu": ((), ("Funafuti",), ("Tuvaluan",)),
    "Uganda": ((), ("Kampala",), ("Ugandan",)),
    "Uruguay": ((), ("Montevideo",), ("Uruguayan",)),
    "Uzbekistan": ((), ("Tashkent",), ("Uzbek",)),
    "Vanuatu": ((), ("Port Vila",), ("Ni-Vanuatu",)),
    "Zambia": ((), ("Lusaka",), ("Zambian",)),
    "Zimbabwe": ((), ("Harare",), ("Zimbabwean",)),
}

# nouns for a person of a country that are not its adjective ("the Finn said"; "the Kenyan" is both)
_PERSON_DEMONYMS: dict[str, str] = {
    "Finn": "Finland", "Pole": "Poland", "Spaniard": "Spain", "Briton": "United Kingdom", "Dane": "Denmark",
    "Swede": "Sweden", "Scot": "Scotland", "Turk": "Turkey", "Serb": "Serbia", "Croat": "Croatia",
    "Slovene": "Slovenia", "Icelander": "Iceland", "Kiwi": "New Zealand",
    "Luxembourger": "Luxembourg", "Filipino": "Philippines", "Filipina": "Philippines",
    "Frenchman": "France", "Frenchwoman": "France", "Dutchman": "Netherlands", "Dutchwoman": "Netherlands",
    "Englishman": "England", "Englishwoman": "England", "Welshman": "Wales", "Welshwoman": "Wales",
    "Irishman": "Ireland", "Irishwoman": "Ireland", "Scotsman": "Scotland", "Scotswoman": "Scotland",
}

# Countries pycountry does not list: parts of the United Kingdom, and states that govern themselves without others'
# recognition.
_EXTRA_COUNTRIES = ("Kosovo", "Palestine", "Scotland", "Wales", "England", "Northern Ireland", "Vatican City",
                    "Somaliland", "Transnistria", "Abkhazia", "South Ossetia", "Northern Cyprus")


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


def capital_city(text: str) -> bool:
    """'Oslo', 'the Kremlin': a capital that news uses for its country's government, and no country's name."""
    names, capitals, _ = _index()
    key = _strip(text).lower()
    return key in capitals and key not in names


def demonym_country(text: str) -> str | None:
    """'Chinese' -> 'China', 'North Korean' -> 'North Korea'."""
    return _index()[2].get(text.strip().lower())


def person_demonym_country(text: str) -> str | None:
    """'Finn' -> 'Finland', 'Spaniard' -> 'Spain': the country of a noun naming one of its people."""
    return _PERSON_DEMONYMS.get(text.strip())


def _iso_country(text: str) -> str | None:
    if not text or not text[0].isupper() or len(text) < 4:
        return None
    if text in _EXTRA_COUNTRIES:
        return text
    return _iso_names().get(text)


@lru_cache(maxsize=1)
def _iso_names() -> dict[str, str]:
    """Every ISO 3166 country's name, common name and official name -> the name news uses for it, the first
    country holding a name winning (looked up per name: a cache of past answers missed on every article once
    an article's names outnumbered it)."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        common = getattr(c, "common_name", None) or c.name
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                out.setdefault(name, common)
    return out
