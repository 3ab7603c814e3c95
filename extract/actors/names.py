"""Names as the model tags them, made into actors' names and types.

An entity's text loses a leading article, a possessive and title words
("the President Donald Trump's" is Donald Trump), and its type is corrected
where the context contradicts the model (a "Center" is an organisation, "said
on Twitter" is no person, "fighting in Tell Tamer" is a place).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from ..docs import described_as, entity_at, text_of
from ..rules import on, rule
from .registry import COUNTRY, ORG, PERSON, PLACE, TRAILING_PATRONYMIC, initials
from .repair import (
    AGENCY_OF_A_COUNTRY,
    GLOTTAL_STOP_IN_A_NAME_BEFORE_AN_AGE,
    HANDED_DOWN_TITLE_AFTER_AN_HONORIFIC,
    POST_NOMINAL,
    glottal_mark,
    name_cased,
    person_word_opening,
    post_nominal,
)

TITLE_HANDED_DOWN_IN_A_NAME = rule("title-handed-down-within-a-name-is-part-of-it", "`its speaker, Abdullahi "
                                   "Sheikh Hassan Warsame, said`, read as `Hassan Warsame`, titled `Sheikh` of "
                                   "`Abdullahi`: a religious title that families hand down as a name (`Sheikh`, "
                                   "`Sharif`), after a name word inside a person's name, is part of the name")
LEGAL_SUFFIX = rule("legal-suffix-makes-a-firm", "`Baltic Forge Kft`: a name ending in a company's legal form "
                    "is a firm, and runs to its first word")
TITLE_READ_AS_AN_ADJECTIVE = rule("title-read-as-an-adjective-before-a-name", "`chief executive Yves-Roland "
                                  "Kouame N'Dri said`, tagged a body, `executive` parsed as an adjective: a title word "
                                  "in lower case right before a name is a title, however parsed, and the name a "
                                  "person's")
FOUR_WORD_NAME_APPOSED_TO_A_TITLE = rule("name-of-four-words-apposed-to-a-title", "`Its chairman, Edwin Orlando "
                                         "Cux Ajanel, denied`, tagged a body: a name of two given names and two "
                                         "surnames set in apposition to a person's title is that person's, as one of "
                                         "two or three words is")
BODY_WORD_OPENING_A_FOREIGN_NAME = rule("body-word-opening-a-name-in-another-language", "`Consorcio Vial Arlo "
                                        "said`, `Grupo Kemi`, tagged a person: a name of two words or more opening on "
                                        "another language's word for a body is a body's")
TITLE_APPOSITION = rule("name-apposed-to-a-title", "`the president of Norland, Pia Varsk, said`: a name of two or "
                        "three capitalised words set in apposition to a person's title is that person's, whatever "
                        "the model tagged it")
TITLE_S_PLACE_APPOSITION = rule("name-apposed-to-the-place-a-title-is-for", "`Its director for Asia, Pia Varsk, "
                                "said`, the name tagged a place and hung on `Asia`: a name shaped as a person's set "
                                "off after the place a title is posted to is the title holder's, not another place")
AGE_AFTER_NAME = rule("age-after-a-name", "`said Kemi Adeyemi, 34, a nurse`, `Ana Lind (34) said`: a name of two or "
                      "three capitalised words followed by an age is a person's, whatever the model tagged it")
AGE_AFTER_A_PERSON_S_NAME = rule("age-after-one-name-after-a-word-for-a-person", "`her neighbour Halimah, 47, said`: "
                                 "a name of one word after a word for a person (a neighbour, a wife, a farmer) and "
                                 "before an age is a person's, whatever the model tagged it")
AGE_DESCRIPTION_AFTER_NAME = rule("age-description-after-a-name", "`Mara Kell, a 29-year-old hairdresser, said`: a "
                                  "name set off before an indefinite description giving an age is a person's, "
                                  "whatever the model tagged it")
DESCRIBED_AS_A_PERSON = rule("person-description-after-a-name", "`Funmi Ade, a tomato seller, said`: a name set "
                             "off before an indefinite description whose noun is a word only for a person is a "
                             "person's, whatever the model tagged it")
REPORTS_ITSELF_A_PERSON = rule("name-opening-a-report-of-he-or-she", "`Nuria Campillo, the Spanish former world No. "
                               "6, announced that she would retire`, the name tagged a body: a name shaped as a "
                               "person's opening the sentence, whose report's clause has `he` or `she` for subject "
                               "and no person named or described between, is a person's")
DESCRIBED_AS_A_BODY = rule("name-described-as-a-body", "`would keep running Segunda Bola, the academy for young "
                           "players she opened`, tagged a person: a name set off before a description whose head is a "
                           "word for a body is a body's")
SEAT_A_MEMBER_REPRESENTS = rule(
    "seat-a-member-represents-is-a-place", "`National Assembly member Karma Wangdi, who represents Bumthang, said`, "
    "`Bumthang` tagged a person: what someone elected for a place represents, in a relative clause on them, is their "
    "seat, a place")
PLACE_S_NAME_SET_OFF_TAGGED_A_BODY = rule(
    "place-s-name-set-off-after-the-place-word-tagged-a-body", "`cut the main road to the regional capital, Hinche, "
    "the agency said`, `Hinche` tagged a body: a name set off by commas right after `the` and a word for a place is "
    "that place's, not a body that could speak")
SCALE_AFTER_DEGREES = rule("name-after-degrees-is-a-scale", "`30 degrees Celsius (86 degrees Fahrenheit)`, "
                           "`Fahrenheit` tagged a person or place: a name right after `degrees` is a scale, no actor")
NAME_SET_OFF_BEFORE_WHO = rule(
    "name-set-off-before-who-is-a-person-s", "`Jean-Marc Payet, who runs the island's diving club, said`, "
    "tagged a body: two or three capitalised words, nothing of a body or a title among them, set off "
    "by a comma with a relative clause on `who` hung on them, are a person's name")
DESCRIBED_WITH_WHO_IS_NO_BODY = rule(
    "name-described-with-who-is-no-body", "`Sayed Hassanein, a kiln operator who has worked at the plant for 14 years, "
    "said`: a description of a name that goes on with `who` is a person's, whatever the word for the trade")
OWNER_NO_HEAD_OF_A_DESCRIPTION = rule("owner-is-no-head-of-a-description", "`said NAME, the agency's "
                                      "director-general`, parsed with `agency` as the head: a word in the possessive "
                                      "is not what the name is described as")
DESCRIBED_AS_A_PRODUCT = rule("name-described-as-a-product", "`The recall covers Nifelan XL, an extended-release "
                              "form of the drug`, tagged a person: a name set off before a description whose head is a "
                              "word for a product (a drug, a form, a model) names a product, no actor")
THE_BEFORE_NAMES_AND_PARTICLES = rule("article-before-names-and-particles-makes-no-person", "`told reporters at "
                                      "the Estádio Municipal do Choupal`: capitalised words and particles after "
                                      "`the` name a place or a body, never a person")
COUNTED_IN_MEMBERS = rule("name-counted-in-members-is-a-body-s", "`The 15-member Grand Bench ruled`, tagged a "
                          "person: a name after a count of members or seats (`15-member`, `450-seat`) is a body's")
NAME_WORDS_AFTER_A_TITLE = rule("name-words-after-a-title-speaking-are-a-person-s", "`Foreign ministry spokeswoman "
                                "Ngo Thi Lan Phuong said`, tagged a body: two to four capitalised name words right "
                                "after a title in lower case, the subject of a speech verb, are a person's name")
LONE_NAME_AFTER_A_TITLE = rule("lone-name-after-a-title-is-a-person-s", "`directorate spokesman Ardiansyah told "
                              "reporters`, tagged a place: one capitalised word right after a title in lower case, no "
                              "country's, is a person's name (many people go by one)")
PARTICLE_IN_A_PERSON_S_NAME = rule("particle-inside-a-person-s-name", "`Its director, Pieter de Vries, told`, "
                                  "tagged a body: a name's lowercase particles (`de`, `van`, `de la`) between its "
                                  "capitalised words leave it shaped as a person's")
ACCENTED_WORD_IN_A_NAME = rule("accented-word-in-a-name-is-a-proper-noun", "`The company's chief executive, "
                               "Jean-François Dubé, told`, `Dubé` tagged a common noun: a capitalised word with an "
                               "accented letter counts as a proper noun in a name shaped as a person's")
DESCRIBED_AS_A_PLACE = rule("name-described-as-a-place", "`sailed to Kendari, the capital of Southeast Sulawesi`, "
                            "tagged a person: a name set off before a description whose head is a word for a place "
                            "(a capital, a town, a province) is a place's")
NAME_APPOSED_TO_A_TITLE_WITH_ITS_PORTFOLIOS = rule(
    "name-apposed-to-a-title-and-its-portfolios", "`Minister of Culture, Tourism and Civil Aviation, Badri Prasad "
    "Lamichhane, said`, tagged a body: a name set off after a title and the portfolios it holds, apposed to the title, "
    "is a person's")
DESCRIPTION_READ_TO_ITS_HEAD = rule("person-description-read-to-its-head", "`Micaela, a 19-year-old first-year "
                                    "medicine student from Quilmes who did not give her surname, said`: a long "
                                    "description (hyphened words, a place, a relative clause) apposed to the name is "
                                    "read to its head noun, and a word only for a person makes the name, even a "
                                    "first name alone, a person's")
TITLE_AFTER_PLACE_SHAPED_NAME = rule("title-apposed-after-a-name-tagged-a-place", "`Wycliffe Omondi Ndege, chief "
                                     "economist at Stanbridge Capital,`, tagged a place: a name of two or three "
                                     "capitalised words, no country's, with a title apposed after it is a person's")
TITLE_BEFORE_NAME = rule("title-word-before-a-name", "`Harbour-Link spokesperson Clara Weiss said`: a name of two or "
                         "three capitalised words right after a person's title word is that person's, whatever "
                         "the model tagged it")
PERSON_WORD_BEFORE_A_NAME_TAGGED_A_PLACE = rule(
    "word-for-a-person-before-a-name-tagged-a-place", "`the 26-year-old software developer Meryem El Fassi-Fihri`, "
    "tagged a place: a name shaped as a person's right after a lower-case word only for a person that modifies it "
    "is that person's")
NAME_APPOSED_RIGHT_AFTER_A_TITLE = rule("name-apposed-right-after-a-title", "`including the crime writer Colm "
                                       "Ardagh`, tagged a body and parsed as apposed to `writer`: a name right after "
                                       "a title word it is apposed to is the title holder's")
BUSINESS_NAME = rule("name-of-a-business", "`the Tarn Rossi restaurant`, `the general manager of Tarn Rossi`: a "
                     "name written before a word for a place of business, or after a title held only at a body, and "
                     "never speaking, titled or part of a fuller name, is that business, where the person works")
PLACES_AFTER_A_COLON = rule("places-listed-after-a-colon", "`four districts: Norvale, Kemi and Tarnby`: names listed "
                            "right after a colon that follows a common noun for places are places")
PLACE_NOUN_OF = rule("place-noun-of-a-name", "`the electoral district of Groom ... Groom's MP`: a name after `the`, "
                     "a word for a place and `of` is that place, at every mention")
BODY_AFTER_NAME_OF = rule("body-after-a-name-and-of", "`Mike Carver of Pearl Jam likened it`: a name tagged as a "
                          "person's right after another's and `of` is the body that person is of")
WORKPLACE_AT = rule("workplace-after-at", "`an analyst at Oslo asset manager Sorvik Kapital`, tagged a person: "
                   "the name after `at` that a word for someone's job or role hangs on is where they work, a body")
BODYS_PERSON = rule("person-after-a-body-s-possessive", "`The Tarn Rights Fund's Jo de Moss said`: a name of two or "
                    "three capitalised words right after a body's possessive, the subject of a verb, is a person's, "
                    "whatever the model tagged it")
OWNER_OF_A_FULL_NAME = rule("one-word-owner-of-a-person-is-a-body", "`said Greenpeace's Ana Lind`, `Greenpeace` "
                            "tagged as a person: one word owning a person's full name is the body they speak for")
OWNER_OF_A_BODY_TITLE = rule("owner-of-a-body-title-is-a-body", "`Caledonia Northern's managing director, Iain "
                             "Ferguson,` with the owner tagged a person: a name owning a title held only at a body "
                             "(owner, chief executive, managing director) is that body")
RELATIVE_NAMED = rule("name-apposed-to-a-relative", "`her husband, Lars,` tagged a product: a name set off in "
                      "apposition to a word for a relative is a person's, whatever the model tagged it")
PEOPLE_OF_A_PLACE = rule("people-of-a-place", "`thanked the people of Arak`, `residents of Qom`: a name after a word "
                         "for a place's people and `of` is that place")
HOLDER_AFTER_A_POSTED_TITLE = rule("name-after-a-title-s-place", "`The UN special envoy for the region, Halvard "
                                   "Brekke of Norway, said`: a name set off after a title's place word is the "
                                   "title holder's, not a place, and the title's words are theirs")
ROUTE_END_OF = rule("route-end-named-with-of", "`from Inverness to Kyle of Lochalsh`: a place named `X of Y` at a "
                    "route's end is a place, its last word too")
PAPAL_NAME = rule("title-in-a-single-name", "`Pope Leo`: a title that goes with one name only stays in the name")
NAME_SHAPE = rule("shape-of-a-name", "`W]e`, `COVID-19`, `MAGA`, `Si el`: brackets, digits, an acronym or a "
                  "lower-case last word make no person's name")
PLACE_NAME = rule("place-head-or-list", "`Trafalgar Square`, `the towns of Beni, Lusa and Katwa`: a name ending in "
                  "a place's head word, or listed with places, is a place")
PLACE_HYPHENED_TO_A_PARTICIPLE = rule("name-hyphened-to-a-participle-is-a-modifier", "`a Dakar-registered "
                                      "company`, `Dakar-registered` tagged a person: a name that ends on a lower-case "
                                      "participle after a hyphen says where a thing is registered or based, and names "
                                      "no actor")
NAME_APPOSED_TO_A_TITLE = rule("name-apposed-to-a-title-tagged-a-building-or-body", "`The group's campaign "
                               "coordinator, Fatou Bintou Sow, was quoted`, the name tagged a building: a name of two "
                               "or three capitalised words, none a body's, apposed after a comma to a title word "
                               "before it is a person's")
BODY_DESCRIBED_AS_A_TOWN = rule("name-described-as-a-town-is-a-place", "`Tocumwal, a town of 3,000 people,` tagged "
                                "a body or a building: a name with a town, city or village apposed to it is a place")
TITLE_AFTER_NAME = rule("title-apposed-after-a-name", "`Pia Varsk Ortega, the Secretary of Justice,`, `Pia Varsk, "
                        "chief executive of the palace,`: a name of two or three capitalised words followed by a "
                        "person's title in apposition is that person's, whatever the model tagged it")
DESCRIBED_AS_HEADQUARTERED = rule(
    "name-described-as-headquartered-is-a-body", "`talks with Selat Agri, a cocoa and rubber trader headquartered in "
    "Singapore,`, tagged a person: a description set off after the name that is `headquartered` somewhere describes a "
    "body, whatever its noun (a trader, a distributor)")
STREET_IN_ONE_WORD = rule(
    "street-named-in-one-word", "`at the corner of Heerenstraat and Keizerstraat`, tagged a person: one word ending as "
    "Dutch, German and Scandinavian names of streets, canals and squares end (`-straat`, `-strasse`, `-gracht`, "
    "`-plein`, `-gatan`) is a place")
PLACE_PREFIX = rule("place-prefix", "`the mayor of Fort Arlo`, `Mount Kenya`: a name whose first word is a place's "
                    "(fort, mount, port, cape, lake) is a place")
PLACE_PREFIX_BEFORE_A_NUMBER = rule("place-prefix-before-a-number", "`a march along Avenida 18 de Julio`, `Avenida` "
                                    "tagged a person: a word that opens the names of streets and places, tagged "
                                    "alone before a number that goes on its name (a date, a street number), is a "
                                    "place")
POSSESSIVE_PLACE = rule("place-named-after-someone", "`from Hawke's Bay`, `Land's End`: a name in the possessive "
                        "before a capitalised place word is part of a place's name, not a person")
LISTED_PLACES = rule("listed-mostly-with-places", "`the towns of Arlo, Kemi, Madrid, Carmen, Nuvo and Pello`: a name "
                     "in a list most of whose other items are places, or beside `the X region`, is a place")
PLACE_OBJECT = rule("object-of-entering", "`troops entered Tell Arlo and Kemi`: the object of a verb of entering or "
                    "besieging, and whatever is listed with it, is a place")
JOINED_MODIFIER = rule("name-joined-to-a-modifier", "`the Circle and Dalton lines`: a name joined by `and` to a "
                       "word modifying a common noun modifies it too, and is no person")
THE_BEFORE_A_NAME = rule("the-before-a-single-name", "`nominated for the Oscar`, `the 'Band on the Run' album`: a "
                         "single name after `the` that is no title is a thing or a body, not a person")
LAW_NAME = rule("a-law-is-no-titled-name", "`the National Emergencies Act`: a name ending in a law's word, after a "
                "word that can be a title, is the law, not a titled person")
NEAR_A_PLACE = rule("name-near-a-place", "`finished at Linby near Dover`: a name placed `near` or `outside` a place "
                    "is a place")
NAME_ON_A_BORDER = rule("name-on-a-border-or-a-shore-is-a-place", "`the smallest, Hodoš on the Hungarian border, "
                        "has about 350`, tagged a person: a name placed `on` or `along` the border, the coast, a "
                        "river or a lake is a place")
COMPASS_ADJECTIVE_BEFORE_A_NAME = rule("name-after-a-compass-adjective-is-a-place", "`low-lying areas of western Viti "
                                       "Levu`, tagged a person: a name right after `northern`, `western` and the "
                                       "like is a place")
UPPER_OR_LOWER_OPENS_A_PLACE = rule("name-opening-on-upper-or-lower-is-a-place", "`The Diocese of Mestia and Upper "
                                    "Svaneti`, `Upper Svaneti` tagged a person: a name opening on `Upper` or `Lower` "
                                    "is a place's, no person's")
DIRECTION_OF_A_NAME = rule("name-a-direction-is-taken-from-is-a-place", "`Open water south of Svalbard`, `the reef "
                           "lies east of Tarnby`: a name after `north`, `south`, `east` or `west` used as an adverb "
                           "and `of` is a place")
STREET_AFTER_ON = rule("street-after-on-is-a-place", "`Supporters gathered on William Street`: a name ending in "
                       "`Street` or `Lane` after `on` or `along` is a street, though `Street` ends some people's names")
MEASURED_SUBJECT = rule("word-measured-by-a-number-is-no-name", "`Turnout was 53.8%`, tagged a person: one "
                        "capitalised word that is the subject of `be` with an amount, a share or a count as what "
                        "it is names no person but what was measured")
PLURAL_COMMON_NOUN = rule("plural-common-noun-is-no-name", "`Photographs showed the wreck`: one capitalised word "
                          "the tagger reads as a plural common noun names no person")
VERB_WITH_OBJECT = rule("verb-taking-an-object-is-no-name", "`..., Buy the things from the shops`, `Taken someone's "
                        "opinion` in a transcript: one capitalised word the parser reads as a verb with an object "
                        "names no one")
SENTENCE_ADVERB = rule("sentence-adverb-is-no-name", "`Majorly, thinking that ...` in a transcript: one capitalised "
                       "word ending in `-ly`, opening a sentence as its adverb and set off by a comma, names no one")
COMMON_WORD_OPENING = rule("common-word-opening-a-sentence-is-no-name", "`Turnout was 84 percent`, `\"Drop, "
                          "cover and hold\"`, tagged a person: one capitalised word the tagger reads as a common noun "
                          "or a verb, its own dictionary form, names no one where it only ever opens a sentence, never "
                          "speaks and is no word of a fuller name (`Trump` of `Donald Trump` stays)")
NAMES_A_PLACE_NOUN = rule("name-of-a-province", "`Norland's Kadir Varsh province`, `the Kadir Varsh provincial "
                          "council`: a name modifying a word for a place or a region's adjective is that place's name")
TITLED_NOT_MODIFIER = rule("titled-name-is-no-modifier", "`a ruling against President Ana Lind finding that ...`: "
                           "a full name after a title is a person even where the parser made it modify a noun")
OFFICE_OF_A_PLACE = rule("place-of-a-regional-office", "`according to the mayor of Kemi`, `Kemi in the province "
                         "of Arlo`: what a mayor or governor is of, and a name placed in a province, is a place")
LOCAL_GOVERNMENT_OWNER = rule("owner-of-a-local-government-is-a-place", "`Smederevo's city government said`, "
                              "`Kemi's mayor`, tagged a person: a name whose city or town government, council or "
                              "mayor it is, is a place")
REGION_AFTER_A_PLACE = rule("region-after-a-place", "`NAME, the mayor of Esperanza, Sultan Kudarat,`: a name after "
                            "`TITLE of PLACE,` whose title already names someone is the place's region, not a person")
HYPHENATED_GIVEN_NAME = rule("hyphenated-given-name", "`Park Won-soon`, `Yu Hoi-kwan`: a name ending in a "
                             "hyphenated given name, lower case after the hyphen, is a person's name")
WEATHER_SYSTEM = rule("weather-system-name", "`Tropical Storm Barry`, `Hurricane Dora`: a storm's name is no person")
PART_PLAYED = rule("part-played", "`the character Tasha Reyn`, `cosplaying as Sailor Nova`: a part played is no "
                   "person")
NON_HUMAN = rule("name-of-an-animal-or-craft", "`Cotton Puff, a dragon`, `the gorilla NAME`, `aboard the Kanaloa`: "
                 "a name given to an animal or a vessel is no person")
SHIP_PREFIX = rule("ship-prefix-before-a-name", "`the ferry KM Sinar Laut`, `MV Tarn Star`, `HMS Kestrel`: a name "
                   "after a vessel's prefix in capitals is the vessel")
OFFICIAL_RESIDENCE = rule("official-residence-is-a-body", "`Raj Bhavan, the governor's official residence, said`, "
                          "`the Kremlin said`: a house whose name stands for the office sitting in it is a body")
ONE_OF_THE_BODIES_BEFORE = rule("one-of-the-bodies-before-the-name", "`One of the contractors named in the report, "
                                "Kuzey Yapi, rejected the findings`: a name apposed to `one of` and a plural word for "
                                "a body or business is a body's")
ONE_OF_THE_BODIES_READ_TO_THE_NOUN = rule("one-of-the-bodies-read-to-its-noun", "`Altan Ees Cashmere, one of "
                                          "Mongolia's largest processors of cashmere,`: the plural word after `one "
                                          "of` read where the parser hangs it, past an owner and adjectives, and a "
                                          "word for a firm counts")
ONE_OF_THE_BODIES = rule("one-of-the-bodies-is-a-body", "`Highveld Coal Exports, one of the companies awarded a "
                         "slot, said`, tagged a person: a name set off before `one of` a plural word for a body is a "
                         "body's")
NAME_GIVEN_AS_ONE_S_OWN = rule("name-a-person-gives-as-their-own", "`A farmer, who gave his name only as Kemal, "
                               "said ... \"...,\" he said`, `identified only by her first name, Aroha`: the name a "
                               "person gives as theirs is a person's, whatever the model tagged it, the speaker of the "
                               "description and of a he or she after it, and no title")
NAME_GIVEN_HUNG_ELSEWHERE = rule(
    "name-given-as-one-s-own-hung-elsewhere", "`said a woman who gave her name only as Fatumata, whose husband was "
    "sentenced`, `Fatumata` parsed as the subject of `sentenced` and tagged a body: the name right after `as`, when "
    "`as` has no object of its own, is still the name given")
NAME_GIVEN_AS_THE_NEXT_VERB_S_SUBJECT = rule(
    "name-given-as-one-s-own-read-as-the-next-verb-s-subject", "`a farmer who gave his name only as Lennox said he "
    "had voted`, `as` parsed as opening a clause and `Lennox` as the subject of `said`: the name after `as` is still "
    "the name given, a person's")
OUTLET_WRITTEN_IN = rule("outlet-written-in-is-a-body", "`Writing in the magazine Tarnschau, critic NAME called it`, "
                         "`In a column for the Kemi Herald, NAME wrote`: the name written in or for is an outlet, a "
                         "body, whatever the model tagged it, and the writer's")
BODY_KNOWN_AS = rule("name-a-body-is-known-as", "`according to the agency, known as Tarnas`: the name a word for a "
                     "body is known by is that body's")
PERSON_KNOWN_AS = rule("name-a-person-is-known-as", "`the officer, known only as W17,`, tagged a body: the name a "
                       "word for a person is known by is that person's")
PARTY_NAMED_ALONE = rule("party-named-by-one-word", "`Labour promised to fix this`, tagged a person: a party "
                         "known by one word (`Labour`, `Labor`) is a body")
FLAGGED_VESSEL = rule("name-after-a-flag-is-a-vessel", "`The Malta-flagged Aurora Meridian was sailing`: a name "
                      "after a country's flag (`X-flagged`) is a ship's")
SPECIES_NAME = rule("genus-before-a-species-epithet", "`Kemiraptor zoui`: a capitalised word before a lower-case "
                    "word the tagger reads as a name is a species' genus, no person")
KIND_OF_PERSON = rule("kind-after-an-indefinite-article", "`a self-described Neo-Nazi`: a name after `a` or `an` "
                      "is a kind of person, not someone named")
NAME_OF_A_WORK = rule("name-of-a-work", "`the sitcom Kim's Corner`, `the novel Emma`: a name after a word for a work "
                      "is the work's title")
WORK_WORD_READ_AS_AN_ADJECTIVE = rule("name-after-a-work-word-read-as-an-adjective", "`scenes from the Indian epic "
                                     "Ravana`: a word for a work the parser took for an adjective (`epic`), between "
                                     "an article or a people's adjective and a name, still makes it a work's title")
FACILITY_NAMED_AFTER = rule("name-inside-a-facility-name", "`Ronald Reagan Washington National Airport`, "
                            "`General Bernardo O'Higgins Riquelme Base`: a person's name followed by capitalised "
                            "words ending in a place's or a body's head word is part of that place's name")
ROUTE_OF_A_CARRIER = rule("route-of-a-carrier", "`The ferry was carrying 96 passengers from George Town to "
                          "Langkawi`, both tagged persons: the names after `from` and `to` on a verb of carrying are "
                          "the route's ends, places")
DESTINATION_OF_TWO_WORDS = rule("destination-of-two-words", "`blocked the railway to Machu Picchu`, tagged a person: "
                                "a name of two words after `to` on a word for a journey or a way (or on the verb, "
                                "right after the way it has as object) is a place too")
NEIGHBOURING_PLACE = rule("neighbouring-place", "`an outbreak in Kozhikode and neighbouring Malappuram`, tagged a "
                          "person: a name described as neighbouring, nearby or adjacent is a place")
PLACE_LISTED_WITH_A_PLACE = rule("name-listed-after-a-place", "`the state's borders with Veracruz and Puebla`, the "
                                 "second tagged a person: a one-word name listed by `and` after a place, both the "
                                 "object of a preposition, is a place")
PLACE_WITH_AN_ARTICLE_LISTED_WITH_A_PLACE = rule(
    "name-opening-on-a-joined-article-listed-after-a-place", "`the neighbouring provinces of Shabwa and Al-Mahra`, "
    "the second tagged a person: a name of one word after an article joined to it by a hyphen (`Al-`, `El-`), "
    "listed by `and` after a place, both the object of a preposition, is a place")
RANGE_OF_PLACES = rule("ends-of-a-range-set-after-a-place-word-are-places", "`from every district of the city, "
                       "from Crater to Sheikh Othman`, tagged people: the names a range runs `from` and `to`, set off "
                       "after a word for a place, or one of them tagged a place, are places")
LISTED_AFTER_A_PLACE_PREPOSITION = rule("name-listed-after-a-place-s-preposition", "`a young couple in Surrey or "
                                        "Moncton`, both tagged people: a one-word name listed by `and` or `or` "
                                        "after the object of `in` is a place, as that object is")
SEVERAL_WORDS_LISTED_AFTER_A_PLACE = rule("name-of-several-words-listed-after-a-place-in", "`relatives in Funchal "
                                          "and Câmara de Lobos`, the second tagged a person: a name of several words "
                                          "listed by `and` or `or` after a place, the object of `in`, not opening on "
                                          "a known given name, is a place as that object is")
LISTED_WITH_PLACES = rule("two-word-name-listed-with-places", "`stations in Punjab, Sindh and Khyber Pakhtunkhwa`, "
                          "the last tagged a person: a name of two words listed after the object of `in` with "
                          "places and no person is a place")
LISTED_BEFORE_A_PLACE = rule("name-listed-before-a-place", "`parts of the state's Murray Mallee and Eyre Peninsula`, "
                             "the first tagged a person: a name listed by `and` before a place, owned by a word for "
                             "a place or the object of `in`, is a place")
REGION_AFTER_A_PLACE_COMMA = rule("name-set-off-after-a-place-is-its-region", "`at his home in Pietrasanta, "
                                  "Tuscany.`, tagged a person: one name set off by a comma right after the place "
                                  "`in` has as object, closing the phrase, is the region it is in")
DEITY = rule("deity-is-no-actor", "`Thank God, nobody was hurt`, tagged a person: God is no actor of the news")
APPOSED_TO_A_NAMED_PLACE = rule("name-apposed-to-a-named-place-is-no-place", "`In Siaya town, Mary Akinyi Ouma, "
                                "whose sons took part, said`: a name set after a word for a place that a name already "
                                "names is no name of that place")
PART_OF_A_PLACE = rule("compass-part-of-a-place", "`growers in the north of Viti Levu`, tagged a person: what a "
                       "compass point is `of` is a place")
TITLE_OPENING_THE_SENTENCE = rule("title-opening-the-sentence-before-a-name", "`Mayor Wilma Condori Apaza wrote on "
                                  "X`, the name tagged a body and `Mayor` a proper noun: a title opening the "
                                  "sentence before a person-shaped name makes it a person's")
SHORE_OF_A_PLACE = rule("shore-of-a-place", "`a resort on the south-east coast of Upolu`, tagged a person: what a "
                        "coast, a shore or the outskirts are `of` is a place")
PLACE_PEOPLE_GO_TO = rule("place-people-go-to", "`If they cannot come to Split, they will go to Kotor or Corfu`, "
                          "tagged persons: where a pronoun for people goes, comes or returns to is a place (not "
                          "`the prize went to NAME`)")
PLACE_REACHED = rule("place-gone-to", "`a ticket back to Bangalore`, `moved to Tarnby`, tagged a person: the name a "
                     "verb of going (or `back`) goes to is a place")
LISTED_WITH_A_BODY = rule("listed-with-a-body-after-from-or-at", "`scientists from the University of Bristol and UC "
                          "Davis`, `UC Davis` tagged a person: a short name listed with a body after `from` or `at` "
                          "is a body")
LISTED_AMONG_PLACES = rule("listed-after-places-and-including", "`four other provinces, including Arlo and North "
                          "Kemi`, `North Kemi` tagged a person: a name listed after the first item that `including` "
                          "hangs on a word for places is a place")
EXAMPLE_OF_AN_EVENT = rule("name-given-as-an-example-of-events-is-no-one", "`people come to the pagoda for "
                           "festivals such as Tor Ngam`, tagged a person: a name listed after `such as` and a word "
                           "for festivals, holidays or gatherings is an event's, no actor's")
EXAMPLE_OF_A_KIND = rule("name-given-as-an-example-of-places-or-bodies", "`opened sites such as Kemi and the caves "
                        "of Arlo to visitors`, `firms such as Tarn Mobile`, tagged a person: a name listed after "
                        "`such as` and a word for places is a place, and after a word for bodies a body")
LISTED_WITH_A_CLUB = rule("name-set-against-a-club-is-a-club", "`the final between Kemi Vale and FC Arlo`, tagged a "
                         "person: a name set against a club named by its letters (`FC`, `NK`) in a contest is a club")
SIDE_OF_A_MATCH = rule("name-a-match-is-played-against-or-away-to-is-a-team", "`Saturday's game against "
                       "Avanhard Poltava`, `play their next match away to Trubizh Pereiaslav`, tagged a person: a "
                       "name of two words or more, not opening on a known given name, that a match is played against "
                       "or away to is a team")
HYPHENED_NAME_APPOSED_TO_A_TITLE = rule(
    "hyphened-name-apposed-to-a-title", "`The outgoing Chief Commissioner, Louis-Marie Sylvain Rose, conceded`, "
    "tagged a body: a name apposed to a title (capitalised or not), its words joined by a hyphen counted as one, as "
    "they are in the name's shape, is a person's")
TITLE_HUNG_ON_THE_NAME_AFTER_IT = rule(
    "title-set-off-before-a-name-hung-on-it", "`The outgoing Chief Commissioner, Jean-Claude Sylvio Perrine, "
    "conceded`, tagged a body, the title parsed as a modifier of the name: a name shaped as a person's, set off by "
    "commas right after a title word hung on it, is a person's")
CRAFT_NAMED_WITH_A_STYLE = rule("craft-named-with-a-style-is-no-person", "`the bullet-riddled pirogue, the "
                                "Lady Marisol,` tagged a body: a name opening on a style (`Lady`, `Mr`) apposed to a "
                                "word for a craft or an animal is that craft's or animal's, no person's")
NAME_APPOSED_TO_A_PRODUCT_OR_EVENT = rule(
    "name-apposed-after-a-product-or-an-event", "`The firm's best-selling model, the Kemi Vintner, sells for`, `The "
    "first listening session, Sheeko Kemi, will be held`, tagged a person: a name set off after a word for a product "
    "or a gathering it is apposed to names that thing")
CARRIED_TO_A_PLACE = rule("name-goods-are-carried-to-is-a-place", "`a driver carrying furniture to Braga said`, "
                          "tagged a person: the one-word name goods are carried, shipped or hauled `to` is a place")
NAME_BEFORE_ITS_ACRONYM = rule("name-before-its-acronym-is-a-body", "`the medicines of Kemi Andina Distribuidores "
                              "(KAD), a wholesaler`, tagged a person: a name of several words followed by its "
                              "initials in brackets is a body's, unless it opens on a known given name")
LISTED_AFTER_A_PLACE = rule("listed-after-a-place-s-preposition", "`marched through Causeway Bay, Wan Chai and Tin "
                            "Hau`: a name in a list that opens on a place, the object of a preposition of place, is "
                            "a place")
PAIRED_WITH_A_PLACE = rule("listed-after-a-place-where-places-go", "`civilians in Cauca and Nariño`, `the districts "
                           "of Dadu, Jacobabad and Larkana`: a name listed after a place, the list the object of a "
                           "preposition of place or of `of` after a word for places, is a place")
FRONTED_PLACE_NO_LIST = rule("subject-after-a-fronted-place-is-no-list", "`In Karachi, Imran Malik, a "
                             "buyer, said`, parsed as a list of places: a list is joined by `and` or `or`; a name "
                             "after a place phrase and a comma, with none, is the sentence's subject")
ROUTE_BETWEEN_ON_A_WAY = rule("names-between-on-a-way-are-places", "`a 50-km stretch between Surat and Bilimora`, "
                              "`trains between Kemi and Arlo`, both tagged people: the names `between` hangs on a "
                              "word for a journey or a stretch of way (or on a place that word is in) are places")
ROUTE_BETWEEN_PLACES_OF_A_KIND = rule("names-between-on-a-kind-of-place-are-places", "`a dozen villages between "
                                      "Rosso and Kaedi`, both tagged people: the names `between` hangs on, when it "
                                      "hangs on a word for a kind of place, are places")
START_OF_A_JOURNEY = rule("start-of-a-journey-is-a-place", "`The convoy was travelling from Mora to a base at "
                          "Amchide`: a name after `from`, on a verb of going and followed by `to`, is the place the "
                          "journey starts at, whatever the other end is")
EMPLOYER_OF_A_DESCRIBED_PERSON = rule("employer-after-a-person-s-description", "`NAME, a reservoir geologist "
                                      "with Isgeo who has worked there since 2021,`, `Isgeo` tagged a person: a name "
                                      "that opens on no given name, after `with` or `for` on a title or a word for a "
                                      "person apposed to a person's name, is the body they work for")
SEAT_REPRESENTED = rule("seat-represented-in-a-legislature-is-a-place", "`NAME, who represents Lingzhi-Yaksa "
                        "in the National Assembly`, tagged a person or a body: what a person represents in a "
                        "legislature is the place they were elected for")
ROUTE_END = rule("end-of-a-route", "`from Baracoa to Havana`, `between Baracoa and Guantanamo`: a name paired with "
                 "a place as the other end of a route is a place")
TITLE_APPOSED = rule("title-apposed-is-no-name", "`Erwin Chemerinsky, Dean of the law school,`: a title word alone, "
                     "apposed to a person's name, is that person's title, not another person")
ARTICLE_CLOSING_A_TAG = rule("article-closing-a-tag-is-no-part-of-the-name", "`according to Ifremer, the French "
                             "marine research institute`, tagged `Ifremer, the`: an article that closes a tag opens "
                             "the words after the name, not the name")
ITS_OPENS_NO_NAME = rule("its-opens-no-name", "`Its Foreign Ministry said`, tagged with `Its`: the possessive that "
                         "opens the sentence is no part of the body's name")
CAPTION_LABEL = rule("caption-before-its-credit", "`Chairman Ana Ruiz Image: Tarn Party.`: a caption naming "
                     "someone ends before the credit label that follows it")
OTHER_SCRIPT = rule("name-in-another-script", "`Тюмень`, `Скажем`, `जैसे कि Ration` in an English article: a name "
                    "holding a word of another script is words quoted in another language, no person the article "
                    "names")
NAME_OF_A_THING = rule("name-given-to-a-thing", "`the withdrawal from the Union, known as Brexit`: the name a "
                       "naming participle gives a thing (not a person: `the singer, known as Queen Bee`) is no "
                       "person's")
NAME_AFTER_A_PLACE_PREFIX = rule(
    "name-after-a-street-s-word-is-a-place", "`as he left the ministry on Avenue Gamal Abdel Nasser`, tagged `Abdel "
    "Nasser`: a name right after, or a word or two after, an untagged word opening the names of streets and squares "
    "(`Avenue`, `Rue`, `Calle`) is that street's")
THING_NAMED_WITHOUT_AS = rule(
    "name-given-to-a-thing-without-as", "`The boat, a seven-metre launch named Aquila Blu, had been stolen`: the name "
    "a naming participle gives a thing without `as` (`named`, `called`) is no person's")
NAMING_VERB_WITH_AN_OBJECT = rule(
    "naming-verb-with-an-object-names-the-object", "`The ministry's note, handed over on Friday morning, named the "
    "diplomat as Gennady Petrovich Zaitsev`, the verb parsed as a participle on the note: a naming verb with an object "
    "names that object, a person when it is a word for one")
PRODUCT_MADE = rule("product-made-or-sold", "`Norvex, which makes Kemi Soft Tissue`, `sells Nordic Gold`: a name "
                    "that is what a verb of making or selling takes, with no complement saying what it made of it "
                    "(`made Jones captain`), is a product")
WORKS_IN_BRACKETS = rule("works-listed-in-brackets-after-a-name", "`Comic artist NAME (Nancy Drew, Jem and the "
                         "Misfits) said`: names listed in brackets right after a person's name are what that person "
                         "made or belongs to, never other people")
SACRED_THING = rule("sacred-thing", "`the Holy Headdress`: a name opening on `Holy` or `Sacred` is a sacred thing")
OUTLET_WORD = rule("outlet-descriptor", "`the daily Nordposten`: a name after an outlet word is the outlet")
PLACE_BEFORE_A_TITLE_IN_A_NAME = rule("place-before-a-title-inside-a-name", "`Chihuahua Governor Mariela Cordero` "
                                      "tagged as one name: the capitalised words before a title word inside a "
                                      "person's name, and the title, are not the name")
GIVEN_NAME_AS_TITLE = rule("title-word-that-is-a-given-name", "`The man's brother, Dean Hart, said`: a title word "
                           "that is also a given name, before a surname alone, is the given name (`Dean Ann Lee` is a "
                           "dean)")
TITLE_APPOSITION_READ_AS_A_LIST = rule("title-apposition-read-as-a-list", "`the family's solicitor, Imran Haque "
                                      "of Fenwick Stroud LLP, said`, the name parsed as listed with the title and "
                                      "tagged a body: a name set off after a title with no `and` is apposed to it")
CLERICAL_TITLE = rule("clerical-title-before-a-name", "`The bishops' spokesman, Father Leszek Gawryluk, told`: "
                      "`Father`, `Sister` or `Brother` capitalised before a full name is a title of the clergy")
HYPHENED_TITLE_WORD = rule("title-word-hyphened-to-a-given-name", "`Maj-Britt Henriksson`: a title's word (`Maj`) "
                           "joined by a hyphen to a word that is no title begins a given name")
AFTER_A_WORD_FOR_BODIES = rule("name-after-a-word-for-bodies-is-a-body-s", "`NAME, a spokeswoman for the residents' "
                               "group Patmos Avrio, wrote`, `Patmos Avrio` tagged a person: a name right after a word "
                               "for a body (group, union, firm) is that body's, not the speaker apposed before the "
                               "verb, and the body the title is at")
AGENCY_TAGGED_A_PERSON = rule("field-before-a-country-tagged-a-person", "`Athletics Kenya said in a statement`, "
                              "tagged a person: a field of government or a sport before a country's name names that "
                              "country's agency or federation")
PLACE_WORD_CLOSING_A_NAME = rule(
    "place-word-closing-a-name-outweighs-its-other-words", "`between Ship Channel Cay and Little Farmer's Cay`, both "
    "tagged people: a name closing on a word for a place (`Cay`, `Bay`, `Island`) is a place even when a word of it "
    "names a medium (`Channel`) or it owns that word (`Farmer's`)")
MEDIA_WORD_IN_A_NAME = rule("media-word-in-a-name-makes-a-broadcaster", "`told Sky Sport Italia that`, tagged a "
                            "person: a name of several words one of which is a broadcaster's (`Sport`, `Radio`, `TV`) "
                            "is a body")
NATIONALITY_NOUN = rule("noun-for-a-nationality-is-the-person-of-that-country", "`\"...,\" the Finn said`, "
                        "`Finn` tagged a body: a noun for one of a country's people after `the` names no actor but the "
                        "person the article gave that country, else the person named last before it")
OWNER_IN_A_NAME = rule("owner-inside-a-name", "`under Sally Kapp's Mayorship`: a person's name tagged with what "
                       "it owns is the owner's name")
BODY_OF_A_PEOPLE = rule("body-named-for-a-people-s-is-a-body", "`The opposition Christian People's Union said`, "
                        "read as the person `Christian People`: a name ending on a body's word whose possessive is a "
                        "word for many people (`People's`, `Workers'`, `Farmers'`) names a body, not its owner")
FIRM_WITH_ITS_S = rule("firm-named-with-its-s", "`an analyst with Moody's`, `McDonald's said`: a body's name the model "
                       "tagged with a closing `'s` that possesses nothing after it ends with the `'s`")
SAINT_OR_DEVOTION = rule("saint-or-devotion-is-no-person", "`the parish priest of St Julian`, `a statue of Our Lady of "
                         "Sorrows`: a name opening on a saint's title (`St`, `Saint`), or following `Our Lady of`, "
                         "names a saint, a church or a devotion, none of whom speaks in the news: no person")
NAMED_THING = rule("name-of-a-day-or-prize", "`Martin Luther King Jr. Day`, `the Baku Olympiad`: a name ending in "
                   "a word for a day, a prize, a trophy or an event is no person")
APPOSED_TO_PLACES = rule("apposed-to-a-word-for-places", "`marchers gathered in two suburbs, Arlo Vale and Kemi "
                         "Hill`: a name set in apposition to a word for places, or listed after one, is a place")
PERSON_AFTER_A_PLACE_ALREADY_NAMED = rule(
    "name-described-as-a-person-after-a-named-place-s-word-is-no-place", "`In Bassikounou, the nearest large town, "
    "Cheikhna Ould Ahmed Salem, whose two nephews were among the dead, said`: a name set off after a word for a place "
    "that is itself apposed to the place's name, and followed by `who`, `whose` or an age, is a person's")
PERSON_WORD_APPOSED_BEFORE_THE_NAME = rule("person-word-apposed-before-the-name-is-no-place-list", "`In the "
                                           "capital, Palu, a member of the legislature, NAME, said`, all three hung "
                                           "on the place: a name apposed after a word for a person names them")
WHO_BEFORE_THE_REPORT = rule("who-before-the-name-s-own-report", "`Vesna Radulovic-Markovic, who had run the paper, "
                             "said she was told`, tagged a body: a `who` clause set off after the name leaves `she` "
                             "the first pronoun of the name's own report")
MODEL_NAME = rule("name-after-a-model-number", "`the Boeing 737 Max`, `a Tarnphone 12 Pro`: a name right after a "
                  "maker's name and a model number names a product, no person")
SPOKEN_FROM = rule("name-spoken-from-is-a-place", "`\"...,\" Lemalu said by phone from Hastings`: a name after "
                   "`from` on a verb of saying is where the speaker spoke from, a place")
DESCRIBED_AS_A_LANDFORM = rule("name-described-as-a-landform-is-a-place", "`Chacaltaya, a glacier that once held a "
                               "ski run,`: a name set off with a word for a mountain, a glacier, an island or a "
                               "river after it is a place")
DESCRIBED_AS_A_CUSTOM = rule("name-described-as-a-dance-or-rite-is-no-one", "`Malipenga, the masked dance of the "
                             "Lomwe,`: a name set off with a word for a dance, a rite or a custom after it is the "
                             "custom's, no actor's")
FOLLOWERS_OF_A_FAITH = rule("followers-of-a-faith-are-no-one", "`the deity that Newar Hindus and Buddhists "
                            "worship`, tagged a person: a name ending on the plural of a faith's followers names a "
                            "people, no person")
DESCRIBED_AS_A_STRUCTURE = rule("name-described-as-a-building-or-a-route-is-a-place", "`Wat Khao Noi, a hill "
                                "temple,`, `Rail Tarnica, a 300-kilometre line,`: a name set off with a word for a "
                                "building, a port or a route after it is a place")
PLACE_WORD_BEFORE_THE_NAME = rule("name-set-off-after-a-word-for-a-place-is-its-name", "`Norland is building a new "
                                  "harbour, Vestre Kai, on the island`, tagged a person: a name set off right after an "
                                  "indefinite word for a place, a landform or a building, and no subject, names it")
DEFINITE_PLACE_WORD_BEFORE_THE_NAME = rule(
    "name-set-off-after-the-word-for-a-place-is-its-name", "`east of the provincial capital, Kaysone Phomvihane, are`, "
    "tagged a person: a name set off right after `the` or a possessive and a word for a place (`capital`, `district`), "
    "no subject, opening on no known given name, described as no one, and not after a person's office `of` the place "
    "(`the governor of the province, NAME`), names it")
NEIGHBOURING_READ_AS_A_VERB = rule("name-after-neighbouring-read-as-a-verb-is-a-place", "`fighting in Lagaip and "
                                   "neighbouring Porgera`, `neighbouring` parsed as a verb and the name as its object: "
                                   "a name neighbouring is said of is a place")
LOS_OPENS_A_GROUP = rule("name-opening-on-a-plural-article-is-a-group-s", "`Los Saltimbanquis del Cerro will go on "
                         "stage`, tagged a person: a name opening on a Spanish plural article (`Los`, `Las`) is a "
                         "group's, a band's or a team's, never one person's")
BODY_WORD_BEFORE_THE_NAME = rule("name-set-off-after-a-word-for-a-body-is-its-name", "`users opened accounts on "
                                 "its service, Savane Pay`, tagged a person: a name set off right after a word for a "
                                 "body or a service (never a person's) that an article or `its` opens, and no "
                                 "subject, names it")
PERSON_DESCRIBED_AFTER_A_BODY_WORD = rule("name-after-a-word-for-a-body-described-as-a-person-is-a-person-s",
                                          "`voted in the 125-seat chamber, Dara Vannak, a spokeswoman for the "
                                          "assembly, told reporters`: a name set off after a word for a body that a "
                                          "description only a person fits follows is no name of the body")
PLACE_ACROSS_OR_ABOVE = rule("name-across-or-above-is-a-place", "`workers at canneries across Galicia`, `the "
                             "mountains above Setesdal and Hardanger`, tagged people: a name that `across`, "
                             "`throughout`, `above`, `below` or `beyond` hangs on, or one joined to it, is a place")
BOUND_FOR = rule("name-a-ship-is-bound-for-is-a-place", "`a cargo ship bound for Malo`, `a barge headed for Epi`, "
                 "tagged a person: the name after `for` on `bound`, `headed` or `destined` is a destination")
GOVERNMENT_OF_A_PLACE = rule("name-a-government-is-of-is-a-place", "`the government of Republika Srpska said`, "
                             "tagged a person: the name after `the government of` is the place it governs")
ORIGIN_OR_DESTINATION = rule("one-word-name-someone-is-from-or-travels-to", "`a tricycle driver from Ketu`, "
                             "`flights to Tarn and Lombok`, tagged people: one word after `from` on a word for a "
                             "person, or after `to` on a word for a journey, names a place")
STRUCTURE_NAME_AFTER_A_TITLE_WORD = rule("name-of-a-structure-after-a-title-word-is-no-person-s", "`The State "
                                        "Hydraulic Works said`, tagged a body: after a title word (`State`), a name "
                                        "ending in a word for a structure or a site is no person's name")
VENUE_NAME_AFTER_A_TITLE_WORD = rule("name-of-a-venue-after-a-title-word-is-no-person-s", "`at the National "
                                    "Portrait Gallery`, tagged a body: after a title word (`National`), a name ending "
                                    "in a word for a venue (`gallery`, `museum`, `theatre`) is no person's name")
ORIGIN_OF_SEVERAL_WORDS = rule("name-of-several-words-someone-is-from", "`a retired teacher from La Chorrera`, `a "
                               "driver from Bobo-Dioulasso`, tagged people: a name of several words after `from` on "
                               "a word for a person, not opening on a known given name nor listed, is a place too")
SITE_AT_A_PLACE = rule("site-at-a-name", "`the power plant at Kemi`, `a vigil at Arlo`: a name a site or a gathering "
                       "is placed `at` is a place")
LISTED_BODIES = rule("listed-mostly-with-bodies", "`Newsweek, Politico, Tarnweek and TMZ published stories`: a "
                     "one-word name listed with two bodies or more, and with fewer people, is a body")
THING_APPOSED_TO_A_TITLE = rule("name-tagged-a-thing-apposed-to-a-title", "`Ines Barreto, director of the charity "
                                "Esperanca Viva,` tagged a product: a name of two or three capitalised words with a "
                                "title apposed after it is a person's")
COUNTRY_TAGGED_A_PERSON = rule("country-of-several-words-tagged-a-person", "`New Zealand beat Sri Lanka`, `Sri "
                               "Lanka` tagged a person: a name that is a country's whole name is the country")
PEOPLE_IN_THE_PLURAL = rule("people-named-in-the-plural-is-no-person", "`built for investors first and for "
                            "Omanis second`, tagged a person: a people named in the plural (its singular a demonym) "
                            "is no one person")
LIST_PARSED_AS_APPOSED_TO_ITS_FIRST = rule(
    "list-parsed-as-apposed-to-its-first-item", "`in Chinguetti, Ouadane, Tichitt and Oualata`, `Ouadane` parsed as "
    "apposed to `Chinguetti` and the rest as joined to it: the first name is an item of the same list")
PLACE_PEOPLE_GO_HOME_TO = rule("place-people-go-home-to", "`waiting to go home to Vella and Ranongga`, tagged "
                               "people: a name people go or come home to is a place")
PLACE_SET_OUT_FROM = rule("place-set-out-from", "`set out from Palma Soriano at 2 a.m.`, tagged a person: where "
                          "people set out or set off from is a place")
PLACE_A_WAY_LEADS_TO = rule("place-a-way-leads-to", "`checkpoints on roads leading to São Domingos and Pirada`, "
                            "tagged a person: where a road, a route or a railway leads is a place")
HONORIFIC_NAME = rule("honorific-before-a-name", "`the night Ms Moorcroft vanished`, `Dr Lund`, tagged a body: a "
                      "name of one to three capitalised words after an honorific is a person's")
STYLED_NAME_OF_A_STREET = rule("name-after-a-style-ending-in-a-street-word-is-a-place-s", "`closed on U Street`, "
                               "`Lady Bay Bridge`: a name after a style (`U`, `Lady`) whose last word is one for a "
                               "street, a square or a structure is a place's, not a person's")
ARTICLE_JOINED_SURNAME = rule("name-with-an-article-joined-to-its-surname", "`Nadia el-Shafei said`, tagged a "
                              "body: a known given name, then a surname opening on an Arabic article joined to it by "
                              "a hyphen (`el-`, `al-`), is a person's name")
PATRONYMIC_NAME = rule("name-holding-a-father-s-particle-is-a-person-s", "`The court appointed Hafiz bin Rahmat "
                       "and NAME`, tagged a body: capitalised names around a particle meaning son or daughter of "
                       "(`bin`, `binti`, `ibn`) are a person's name")
NAMES_AND_PARTICLES = rule("names-and-particles-make-a-person", "`her rival Gonzalo Ferrero de la Piedra "
                           "refused`, tagged a body: two capitalised names, the lower-case particles of a surname "
                           "and a capitalised name after them make a person's name, unless a saint's name or a "
                           "word for a body opens it (`San Juan de los Lagos`) or an acronym in brackets follows "
                           "(`Ligue Nationale de Rugby (LNR)`)")
HONORIFIC_OUTSIDE_THE_NAME = rule("honorific-before-a-body-tagged-name", "`the editor, Dr Amara Okonkwo-Bello,` with "
                                  "the name tagged a body and `Dr` left out: a name shaped as a person's right after "
                                  "an honorific is a person's")
HYPHENATED_SURNAME = rule("hyphen-joins-two-names-into-one", "`her sister, Leanne Moorcroft-Hayes,` tagged a body: "
                          "in a name apposed to a relative or after an honorific, two capitalised words joined by a "
                          "hyphen with no space are one word (not elsewhere: `Agence France-Presse`)")


@cache
def _kinds(lang) -> dict:
    e = lang.ent
    return {e.person: PERSON, e.org: ORG, e.gpe: COUNTRY, e.norp: None, e.fac: ORG, e.loc: PLACE}


def clean_name(span, lang) -> tuple[str, list]:
    """An entity's text without a leading article, trailing possessive, or title words."""
    titles, e = lang.titles, lang.ent
    toks = [t for t in span]
    paren = next((k for k, t in enumerate(toks) if t.text == "("), None)
    if paren:  # "Commission on International Religious Freedom (USCIRF": the name ends before "("
        toks = toks[:paren]
    while toks and (toks[0].lower_ in lang.articles or toks[0].is_punct and not (
            on(GLOTTAL_STOP_IN_A_NAME_BEFORE_AN_AGE) and span.label_ == e.person and len(toks) > 1
            and glottal_mark(toks[0], lang) and toks[1].is_title)  # "'Ana"
                    or on(ITS_OPENS_NO_NAME) and len(toks) > 1 and toks[0].lower_ in lang.body_possessives):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].tag_ == lang.possessive_tag
                    or toks[-1].lower_ in lang.possessive_endings
                    or on(ARTICLE_CLOSING_A_TAG) and len(toks) > 1 and toks[-1].lower_ in lang.articles):
        toks.pop()  # "Ifremer, the": the article opens the apposition after the name
    patronymic = None
    if span.label_ == e.person and on(TRAILING_PATRONYMIC) and len(toks) > 1 and toks[-1].is_lower \
            and toks[-1].lower_ in lang.trailing_patronymics:
        patronymic = toks.pop()
    if span.label_ == e.person:
        while len(toks) > 1 and toks[0].lower_.rstrip(".") in titles and not (
                on(HANDED_DOWN_TITLE_AFTER_AN_HONORIFIC) and len(toks) > 2 and toks[0].lower_ in lang.titles_in_names
                and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].lower_ in lang.honorifics) and not (
                on(GIVEN_NAME_AS_TITLE) and len(toks) == 2 and toks[0].is_title
                and toks[0].lower_ in lang.given_name_titles) and not (
                on(HYPHENED_TITLE_WORD) and len(toks) > 3 and not toks[0].whitespace_ and toks[1].text in lang.hyphens
                and not toks[1].whitespace_ and toks[2].lower_.rstrip(".") not in titles):
            toks.pop(0)
        if person_word_opening(toks, lang):
            toks.pop(0)  # "Farmer Ana Lind said"
        if on(CLERICAL_TITLE) and len(toks) > 2 and toks[0].is_title and toks[0].lower_ in lang.clerical_titles \
                and not (toks[0].i > 0 and toks[0].doc[toks[0].i - 1].dep_ == lang.dep.poss):
            toks.pop(0)  # "Father Leszek Gawryluk": a priest's title, not his given name
        if on(PLACE_BEFORE_A_TITLE_IN_A_NAME):
            toks = _after_a_title_inside(toks, lang)
        owner = next((k for k, t in enumerate(toks) if 0 < k < len(toks) - 1 and (
            t.tag_ == lang.possessive_tag or t.lower_ in lang.possessive_endings)), None) \
            if on(OWNER_IN_A_NAME) else None
        if owner is not None and on(BODY_OF_A_PEOPLE) and toks[-1].lower_ in lang.org_heads \
                and toks[owner - 1].lower_ in lang.collective_owners:
            owner = None  # "the Christian People's Union": a body of many, no one's
        if owner is not None and on(PLACE_WORD_CLOSING_A_NAME) and toks[-1].lower_ in lang.possessive_place_heads:
            owner = None  # "Little Farmer's Cay": a place, as "Hawke's Bay" is
        if owner is not None:
            toks = toks[:owner]  # "Sally Kapp's Mayorship": the person is the owner
        while len(toks) > 1 and on(POST_NOMINAL) and post_nominal(toks[-1], lang):
            toks.pop()  # "Helen Marchbank KC" is Helen Marchbank
        last = toks[-1] if toks else None
        if on(CAPTION_LABEL) and len(toks) > 1 and last.lower_ in lang.credit_labels \
                and last.i + 1 < len(last.doc) and last.doc[last.i + 1].text == ":":
            toks.pop()  # "AIP Chairman Markham Robinson Image: Markham Robinson.": a caption's name, then its credit
        if on(PAPAL_NAME) and len(toks) == 1 and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].is_title \
                and toks[0].doc[toks[0].i - 1].lower_ in lang.name_titles:
            toks.insert(0, toks[0].doc[toks[0].i - 1])  # "Pope Francis", whether or not the model tagged "Pope"
    elif span.label_ == e.org and toks and toks[0].lower_.rstrip(".") in titles:
        # "the Presidential Spokesperson Harry Roque" tagged as a body: keep the name only if what
        # follows the title words looks like a person's name, never for "the National Zoo"
        rest = list(toks)
        while len(rest) > 1 and rest[0].lower_.rstrip(".") in titles:
            rest.pop(0)
        agency = on(AGENCY_OF_A_COUNTRY) and toks[0].lower_ in lang.agency_fields \
            and lang.country_of(" ".join(t.text for t in rest))  # "Health New Zealand": no title before a name
        if len(rest) in (2, 3) and all(t.is_title and t.lower_ not in titles and t.lower_ not in lang.org_heads
                                       for t in rest) and not (on(LAW_NAME) and rest[-1].lower_ in lang.law_words) \
                and not (on(STRUCTURE_NAME_AFTER_A_TITLE_WORD) and rest[-1].lower_ in lang.structure_nouns) \
                and not (on(VENUE_NAME_AFTER_A_TITLE_WORD) and rest[-1].lower_ in lang.venue_nouns) and not agency:
            toks = rest
        elif on(HONORIFIC_NAME) and toks[0].lower_ in lang.honorifics and _shaped_after_an_honorific(rest, lang):
            toks = rest  # "Ms Moorcroft" tagged as a body: Moorcroft, a person (see ``entity_type``)

    if not toks:
        return "", []
    text = lang.possessive.sub("", text_of(toks[0].doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]).strip()
    if patronymic is not None:
        text += " " + patronymic.text  # "Azamat Temirbek uulu", judged by "Azamat Temirbek"
    if on(FIRM_WITH_ITS_S) and span.label_ == e.org and span[-1].tag_ == lang.possessive_tag \
            and span[-1].i == toks[-1].i + 1 and _possesses_nothing(span[-1]):
        text += span[-1].text  # "an analyst with Moody's", "McDonald's said": the 's is the firm's name
    return text, toks


def _after_a_title_inside(toks: list, lang) -> list:
    """`Chihuahua Governor Mariela Cordero`: the name after one or two capitalised words and the title words after
    them, when two or three capitalised words that are neither titles nor given names before them are left."""
    titles = lang.titles
    k = next((k for k, t in enumerate(toks[:3]) if t.lower_.rstrip(".") in titles), None)
    if not k or not all(t.is_title and t.lower_ not in lang.given_names for t in toks[:k]):
        return toks
    if on(TITLE_HANDED_DOWN_IN_A_NAME) and toks[k].lower_ in lang.titles_in_names:
        return toks  # "Abdullahi Sheikh Hassan Warsame": a title handed down as a name, within it
    end = k
    while end < len(toks) and toks[end].lower_.rstrip(".") in titles:
        end += 1
    rest = toks[end:]
    if len(rest) in (2, 3) and all(t.is_title and t.lower_.rstrip(".") not in titles for t in rest):
        return rest
    return toks


def _possesses_nothing(tok) -> bool:
    """Whether a possessive `'s` ends its phrase: the text's end, a verb, a preposition, a conjunction or
    punctuation other than a quotation mark or a dash comes after it, not what it possesses."""
    doc = tok.doc
    if tok.i + 1 == len(doc):
        return True
    after = doc[tok.i + 1]
    if after.is_punct:
        return not after.is_quote and after.text not in "-–—"
    return after.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ")


def _list_head(tok, lang):
    """The first item of the list a token stands in (the token itself if it stands in none or first)."""
    head = tok
    while head.dep_ == lang.dep.conj:
        head = head.head
    return head


def _listed_with(tok, lang) -> list:
    """The other items of the list a token stands in: `Beni, Lusa and Katwa`."""
    head = _list_head(tok, lang)
    first = head.head if on(LIST_PARSED_AS_APPOSED_TO_ITS_FIRST) and head.dep_ == lang.dep.appos \
        and head.head.pos_ == "PROPN" and head.head.i == head.i - 2 and tok.doc[head.i - 1].text == "," \
        and any(c.dep_ == lang.dep.cc for x in (head, *head.conjuncts) for c in x.children) else None
    return [t for t in [*([first] if first is not None else []), head, *head.conjuncts] if t.i != tok.i]


def _after_a_place(tok, lang) -> bool:
    """Whether a name listed after other items is in a list that a place opens, the object of a preposition of place
    (`in Cauca and NAME`), or in a list after `of` and a word for places (`the districts of Dadu and NAME`)."""
    d, e = lang.dep, lang.ent
    first = _list_head(tok, lang)
    if first.i == tok.i or first.dep_ != d.pobj:
        return False
    prep = first.head
    return prep.lower_ in lang.through_prepositions and first.ent_type_ in e.places or prep.lower_ == lang.of \
        and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in lang.place_nouns \
        or on(LISTED_AMONG_PLACES) and prep.lower_ in lang.inclusive_prepositions \
        and prep.head.lemma_.lower() in lang.place_nouns  # "four provinces, including Arlo and NAME"


def _example_noun(tok, lang):
    """The common noun a name is given as an example of, after `such as` (`sites such as Kemi`); None if none."""
    first = _list_head(tok, lang)
    prep = first.head
    if first.dep_ != lang.dep.pobj or prep.lower_ != lang.as_ or not prep.i \
            or prep.doc[prep.i - 1].lower_ != lang.such:
        return None
    noun = prep.head.head if prep.head.lower_ == lang.such else prep.head  # "such" may carry `as` itself
    return noun if noun.pos_ == "NOUN" else None


def _example_of(tok, lang) -> str | None:
    """The kind of actor a name is given as an example of, after `such as` and a common noun: a place after a word
    for places (`sites such as Kemi and the caves of Arlo`), a body after a word for bodies (`firms such as Tarn
    Mobile`); None otherwise."""
    noun = _example_noun(tok, lang)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if lemma in lang.place_nouns or lemma in lang.landform_nouns or lemma in lang.visited_place_nouns:
        return PLACE
    return ORG if lemma in lang.body_nouns else None


def _set_against_a_club(tok, lang) -> bool:
    """Whether a name and a club named by its letters (`FC Arlo`) are the two sides of a contest: `between Kemi Vale
    and FC Arlo`, `against FC Arlo and Kemi Vale`."""
    first = _list_head(tok, lang)
    if first.dep_ != lang.dep.pobj or first.head.lower_ not in lang.contest_prepositions:
        return False
    opening = [t.doc[t.left_edge.i] for t in _listed_with(tok, lang)]
    return any(o.is_upper and o.lower_ in lang.club_prefixes for o in opening)


def _side_of_a_match(prep, lang) -> bool:
    """Whether a preposition opens the other side of a match between teams: `the game against`, or `away to` in a
    clause that plays one (`play their next match away to`)."""
    head = prep.head
    if prep.lower_ == lang.contest_against:
        return head.pos_ == "NOUN" and head.lemma_.lower() in lang.team_match_nouns
    if prep.lower_ != lang.route_prepositions[1] or head.lower_ != lang.away_word:
        return False
    verb = head.head
    return verb.lemma_.lower() == lang.playing_verb or any(
        c.dep_ == lang.dep.dobj and c.lemma_.lower() in lang.team_match_nouns for c in verb.children)


def _followed_by_its_acronym(span, text: str) -> bool:
    """Whether a name is followed by its initials in brackets: `Kemi Andina Distribuidores (KAD)`."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return False
    acronym = doc[span.end + 1].text
    return acronym.isupper() and len(acronym) >= 2 and initials(text) == acronym


def _coordinated(tok, lang) -> bool:
    """Whether a conjunct stands in a list joined by a coordinator (`and`, `or`) anywhere along it."""
    first = _list_head(tok, lang)
    return any(c.dep_ == lang.dep.cc for t in (first, *first.conjuncts) for c in t.children)


def _list_items(tok, lang) -> list:
    """The names of the list a name stands in, however the parser hung them: `Newsweek, Politico, Time Magazine
    and TMZ` is often parsed as appositions and conjuncts in a chain."""
    d = lang.dep
    top = tok
    while top.dep_ in (d.conj, d.appos) and top.head.pos_ == "PROPN":
        top = top.head
    return [top, *(t for t in top.subtree if t.pos_ == "PROPN" and t.dep_ in (d.conj, d.appos) and t.i != top.i)]


def names_a_storm(toks, lang) -> bool:
    """Whether a name's words are a storm's: `Hurricane Dora`, `Tropical Storm Dora`, or `Dora` right after
    `Hurricane`."""
    if not toks or toks[-1].lower_ in lang.org_heads:
        return False  # "the National Hurricane Center": a body
    return any(t.lower_ in lang.storm_words for t in toks[:-1]) \
        or toks[0].i > 0 and toks[0].doc[toks[0].i - 1].lower_ in lang.storm_words


def storm_name(toks, lang) -> str:
    """`Dora` of `Tropical Storm Dora`: the words after the last word for a storm."""
    last = max((k for k, t in enumerate(toks) if t.lower_ in lang.storm_words), default=-1)
    return " ".join(t.text for t in toks[last + 1:])


def _apposed_to_places(root, lang) -> bool:
    """The name, or the list it ends, is set in apposition to (or listed after) a common noun for places."""
    d = lang.dep
    t = root
    if on(PERSON_WORD_APPOSED_BEFORE_THE_NAME) and root.dep_ == d.appos and any(
            c.dep_ == d.appos and c.pos_ == "NOUN" and c.i < root.i and (
                c.lemma_.lower() in lang.person_role_nouns or c.lemma_.lower() in lang.titles)
            for c in root.head.children):
        return False  # "In the capital, Palu, a member of the legislature, NAME, said": the member's name
    for _ in range(8):
        if t.dep_ not in (d.conj, d.appos) or t.head.i >= t.i:
            return _after_places_colon(t, lang)
        t = t.head
        if t.pos_ == "NOUN":
            if on(APPOSED_TO_A_NAMED_PLACE) and any(c.dep_ == d.compound and c.pos_ == "PROPN" and c.i < t.i
                                                    for c in t.children):
                return False  # "In Siaya town, NAME, whose ...": the town has its name
            if _described_as_someone_after(root, lang) and (
                    t.dep_ == d.appos and t.head.pos_ == "PROPN" and t.head.i < t.i
                    or t.left_edge.i >= 2 and t.doc[t.left_edge.i - 1].text == ","
                    and t.doc[t.left_edge.i - 2].pos_ == "PROPN") and on(PERSON_AFTER_A_PLACE_ALREADY_NAMED):
                return False  # "In Bassikounou, the nearest large town, NAME, whose two nephews ..."
            return t.lemma_.lower() in lang.place_nouns and not (
                on(HOLDER_AFTER_A_POSTED_TITLE) and t.dep_ == d.pobj and t.head.head.pos_ == "NOUN"
                and t.head.head.lower_ in lang.titles)  # "the envoy for the region, NAME": the envoy's name
    return False


def _described_as_someone_after(root, lang) -> bool:
    """Whether the name ending on ``root`` is followed by `, who`, `, whose` or `, 34,`."""
    doc, k = root.doc, root.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    nxt = doc[k + 1]
    return nxt.lower_ == lang.personal_relative or nxt.lower_ in lang.relative_possessives \
        or nxt.is_digit and k + 2 < len(doc) and doc[k + 2].text == ","


def _after_places_colon(first, lang) -> bool:
    """`four districts: Mysore, Mandya, Chikmagalur and Kodagu`, the list hung elsewhere by the parser: the list
    right after a colon that follows a common noun for places."""
    doc = first.doc
    start = first.left_edge.i if first.left_edge.i <= first.i else first.i
    return on(PLACES_AFTER_A_COLON) and start >= 2 and doc[start - 1].text == ":" \
        and doc[start - 2].pos_ == "NOUN" and doc[start - 2].lemma_.lower() in lang.place_nouns


def foreign_body_name(toks, lang) -> bool:
    """Whether the name of words ``toks`` is a body's, opened by another language's word for one (`Consorcio
    Vial Titicaca`, `Instituto Proteja`), whatever the model tagged it or left untagged."""
    return on(BODY_WORD_OPENING_A_FOREIGN_NAME) and len(toks) > 1 and toks[0].lower_ in lang.body_openers


def typed_a_person(doc, tok, lang) -> bool:
    """Whether the name ``tok`` stands in is a person's, whatever the model tagged it (`Its director for Asia, Pia
    Varsk,` tagged a place; `NAME, 24,` tagged a body)."""
    ent = entity_at(doc, tok.i)
    return ent is not None and entity_type(ent, *clean_name(ent, lang), lang) == PERSON


def nationality_noun(tok, lang) -> str | None:
    """The country of `the Finn`, `the Spaniard`: a noun for one of its people right after a definite article; None
    for anything else (`Finn Larsen`, `Tom Finn`)."""
    country = lang.person_demonym_country(tok.text)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if country is None or before is None or before.lower_ not in lang.definite_determiners \
            or before.is_title and not before.is_sent_start:
        return None  # not "in The Scotsman", a newspaper's name
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN" and tok.doc[tok.i + 1].is_title:
        return None  # "the Finn Aino Rautio": the word describes the name after it
    return country


def entity_type(span, text: str, toks, lang) -> str | None:
    e, d, titles, country_of = lang.ent, lang.dep, lang.titles, lang.country_of
    label = _kinds(lang).get(span.label_)
    if on(RELATIVE_NAMED) and span.label_ != e.person and _named_relative(span, toks, lang):
        return PERSON
    if on(THING_APPOSED_TO_A_TITLE) and span.label_ in e.things and _title_apposed_after(span, toks, lang):
        return PERSON
    if on(NAME_GIVEN_AS_ONE_S_OWN) and given_as_one_s_name(span.root, lang):
        return PERSON
    if on(OUTLET_WRITTEN_IN) and written_in(span.root, lang) and all(t.is_title or not t.is_alpha for t in toks):
        return ORG
    if on(PARTY_NAMED_ALONE) and len(toks) == 1 and toks[0].is_title and toks[0].lower_ in lang.party_words:
        return ORG  # "Labour promised to fix this", tagged a person
    if label is None and span.label_ not in e.typed:
        return None
    if on(SPOKEN_FROM) and span.label_ in (e.person, e.org) and span.root.dep_ == d.pobj \
            and span.root.head.lower_ == lang.motion_from and span.root.head.head.pos_ == "VERB" \
            and span.root.head.head.lemma_ in lang.report_verbs:
        return PLACE  # "Lemalu said by phone from Hastings", "she said by telephone from Lyon"
    if on(BOUND_FOR) and span.label_ == e.person and span.root.dep_ == d.pobj \
            and span.root.head.lower_ == lang.destination_preposition \
            and span.root.head.head.lower_ in lang.destination_words:
        return PLACE  # "a cargo ship bound for Malo"
    if on(GOVERNMENT_OF_A_PLACE) and span.label_ == e.person and len(toks) <= 3 and span.root.dep_ == d.pobj \
            and span.root.head.lower_ == lang.of and span.start == span.root.head.i + 1 \
            and span.root.head.head.lemma_.lower() in lang.government_nouns:
        return COUNTRY if country_of(text) else PLACE  # "the government of Republika Srpska"
    if on(PLACE_HYPHENED_TO_A_PARTICIPLE) and len(span) >= 3 and span[-1].is_lower and span[-1].is_alpha \
            and span[-1].tag_ in lang.participle_tags and span[-2].text in lang.hyphens:
        return None  # "a Dakar-registered company", "the Miami-based firm"
    if on(MEDIA_WORD_IN_A_NAME) and span.label_ == e.person and len(toks) > 1 \
            and any(t.lower_ in lang.media_words for t in toks) \
            and not (on(PLACE_WORD_CLOSING_A_NAME) and toks[-1].lower_ in lang.place_heads):  # "Ship Channel Cay"
        return ORG  # "told Sky Sport Italia that", tagged a person
    if on(NATIONALITY_NOUN) and len(toks) == 1 and nationality_noun(toks[0], lang) is not None:
        return None  # "the Finn said": one of a country's people, whom the speaker's rules find
    if on(AGENCY_TAGGED_A_PERSON) and span.label_ == e.person and len(toks) >= 2 and toks[0].is_title \
            and toks[0].lower_ in lang.agency_fields and country_of(" ".join(t.text for t in toks[1:])):
        return ORG  # "Athletics Kenya said in a statement", tagged a person
    last = toks[-1].lower_ if toks else ""
    if on(SAINT_OR_DEVOTION) and span.label_ == e.person and toks and (
            len(toks) > 1 and toks[0].lower_ in lang.saints_titles
            or any(span.start >= len(opening) and opening == tuple(t.lower_ for t in span.doc[
                span.start - len(opening): span.start]) for opening in lang.devotion_openings)):
        return None  # "the parish priest of St Julian", "a statue of Our Lady of Sorrows"
    if on(NAMED_THING) and span.label_ == e.person and len(toks) > 1 and last in lang.named_thing_heads \
            and toks[-1].is_title \
            and (len(toks) > 2 or last not in lang.named_thing_surnames):
        return None  # "Martin Luther King Jr. Day": a day named after someone
    if on(PLACE_S_NAME_SET_OFF_TAGGED_A_BODY) and span.label_ == e.org and 1 <= len(toks) <= 2 \
            and _place_s_name_set_off(span, lang):
        return PLACE  # "cut the road to the regional capital, Hinche, the agency said", tagged a body
    if on(SEAT_A_MEMBER_REPRESENTS) and span.label_ == e.person and _seat_of_the_member(span, lang):
        return PLACE  # "National Council member NAME, who represents Bumthang,": the member's seat
    if on(SCALE_AFTER_DEGREES) and toks and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].lower_ in lang.degree_words:
        return None  # "86 degrees Fahrenheit": a scale, no actor
    if on(WEATHER_SYSTEM) and names_a_storm(toks, lang):
        return None  # "Tropical Storm Barry", "Hurricane Dora": a storm, not an actor
    if on(LEGAL_SUFFIX) and len(toks) > 1 and last.rstrip(".") in lang.corporate_suffixes:
        return ORG  # "Védelmi Ipari Kft", "Nordsee Holding GmbH": a firm, whatever the model's label
    if on(NAME_BEFORE_ITS_ACRONYM) and span.label_ == e.person and len(toks) >= 2 \
            and toks[0].lower_ not in lang.given_names and _followed_by_its_acronym(span, text):
        return ORG  # "Kemi Andina Distribuidores (KAD)": a person's name is seldom spelled out before its initials
    if foreign_body_name(toks, lang):
        return ORG  # "Consorcio Vial Titicaca", "Grupo Kemi": a body, whatever the model's label
    if last in lang.org_heads and span.label_ in e.typed and not (span.label_ == e.gpe and country_of(text)):
        return ORG
    if on(BODY_DESCRIBED_AS_A_TOWN) and span.label_ in (e.org, e.fac) and not country_of(text) and any(
            described_as(span.root, noun, lang) for noun in lang.municipality_nouns):
        return PLACE  # "Tocumwal, a town of 3,000 people," tagged a body
    if on(TITLE_AFTER_NAME) and span.label_ in (e.org, e.fac) and not country_of(text) \
            and _title_apposed_after(span, toks, lang):
        return PERSON
    if on(NAME_SET_OFF_BEFORE_WHO) and span.label_ == e.org and not country_of(text) \
            and _set_off_before_who(span, toks, lang):
        return PERSON  # "Jean-Marc Payet, who runs the island's diving club, said", tagged a body
    if on(TITLE_AFTER_PLACE_SHAPED_NAME) and span.label_ == e.gpe and len(toks) >= 2 and not country_of(text) \
            and _title_apposed_after(span, toks, lang):
        return PERSON  # "Wycliffe Omondi Ndege, chief economist at Stanbridge Capital," tagged a place
    if on(NAME_APPOSED_TO_A_TITLE) and span.label_ in (e.org, e.fac) and not country_of(text) \
            and _apposed_to_a_title_before(span, toks, lang):
        return PERSON
    if span.label_ in (e.org, *e.places) and (on(LONE_NAME_AFTER_A_TITLE) and len(toks) == 1
                                              or on(NAME_WORDS_AFTER_A_TITLE) and 2 <= len(toks) <= 4) \
            and toks[0].i == span.start and span.start > 0 and not country_of(text) \
            and all(t.is_title and t.is_alpha and t.lower_ not in lang.titles and t.lower_ not in lang.org_heads
                    for t in toks) and text.lower() not in lang.known_orgs \
            and span.doc[span.start - 1].is_lower and span.doc[span.start - 1].pos_ == "NOUN" \
            and span.doc[span.start - 1].lower_ in lang.titles \
            and span.root.dep_ in lang.dep.subjects and span.root.head.lemma_.lower() in lang.cue_verbs:
        return PERSON  # "directorate spokesman Ardiansyah told reporters", "Foreign ministry spokeswoman Ngo Thi Lan
        # Phuong said": the name tagged a place or a body
    if on(TITLE_BEFORE_NAME) and span.label_ == e.fac and _titled_name(span, toks, lang):
        return PERSON  # "Opposition lawmaker Ryota Nakagawa", tagged a building
    if on(PERSON_WORD_BEFORE_A_NAME_TAGGED_A_PLACE) and span.label_ in e.places and span.start >= 1 and toks \
            and toks[0].i == span.start and not country_of(text) and _person_word(span.doc[span.start - 1], lang) \
            and (span.doc[span.start - 1].head.i in range(span.start, span.end)  # (or the two read as two
                 or span.doc[span.start - 1].head.i == span.root.head.i != span.root.i
                 or span.root.head.i == span.start - 1) \
            and shaped_like_a_persons(toks, lang):  # subjects of one verb)
        return PERSON  # "the 26-year-old software developer Meryem El Fassi-Fihri", tagged a place
    if span.label_ == e.fac:
        return None
    if text.lower() in lang.known_orgs:
        return ORG
    if on(BODY_KNOWN_AS) and span.label_ == e.person and (named := _known_as(span.root, lang)) is not None \
            and named.lemma_.lower() in lang.body_nouns:
        return ORG  # "the agency, known as Tarnas"
    if on(PERSON_KNOWN_AS) and span.label_ != e.person and (named := _known_as(span.root, lang)) is not None \
            and (named.lemma_.lower() in lang.person_nouns or named.lower_ in lang.titles):
        return PERSON  # "the officer, known only as W17", tagged a body
    if on(ONE_OF_THE_BODIES) and span.label_ == e.person and _one_of_the_bodies(span, lang):
        return ORG  # "Highveld Coal Exports, one of the companies awarded a slot,"
    if on(OFFICIAL_RESIDENCE) and text.lower() in lang.official_residences:
        return ORG  # "Raj Bhavan said", tagged a person
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in lang.org_descriptors:
        return ORG  # "law firm Sidley Austin", "broadcaster Nordvision"
    if before is not None and on(OUTLET_WORD) and before.lower_ in lang.outlet_descriptors and len(toks) <= 3:
        return ORG  # "the daily Nordposten"
    if span.label_ == e.person and len(toks) == 1 and span.root.dep_ == d.pobj \
            and span.root.head.lower_ in lang.channel_prepositions:
        return ORG  # "said on Twitter": people are not something one says things on
    if on(TITLE_S_PLACE_APPOSITION) and span.label_ in e.places and not country_of(text) \
            and _apposed_to_a_title_s_place(span, toks, lang):
        return PERSON
    if on(TITLE_APPOSITION) and span.label_ in (e.org, e.gpe) and not country_of(text) \
            and _apposed_to_title(span, toks, lang):
        return PERSON
    if on(TITLE_BEFORE_NAME) and span.label_ == e.org and _titled_name(span, toks, lang):
        return PERSON
    if on(HONORIFIC_NAME) and span.label_ == e.org and toks and toks[0].i > span.start \
            and span.doc[toks[0].i - 1].lower_ in lang.honorifics:
        if on(CRAFT_NAMED_WITH_A_STYLE) and _non_human(span, toks, span.root, span.root, lang):
            return None  # "the pirogue, the Lady Shanice,": a boat's name, though it opens on a style
        return PERSON  # ``clean_name`` kept the name after the honorific only where it is shaped as one
    if on(NAMES_AND_PARTICLES) and span.label_ in (e.org, *e.places) and 4 <= len(toks) <= 6 \
            and _names_and_particles(toks, lang) and not (span.end < len(span.doc) and span.doc[span.end].text == "(") \
            and not (on(THE_BEFORE_NAMES_AND_PARTICLES) and toks[0].i > 0
                     and toks[0].doc[toks[0].i - 1].lower_ in lang.definite_determiners):
        return PERSON  # "Gonzalo Ferrero de la Piedra"
    if on(ARTICLE_JOINED_SURNAME) and span.label_ in (e.org, *e.places) and 4 <= len(toks) <= 6 \
            and toks[0].is_title and toks[0].lower_ in lang.given_names and _article_joined_surname(toks[1:], lang):
        return PERSON  # "Nadia el-Shafei said", tagged a body: a given name, then `el-` or `al-` and a surname
    if on(PATRONYMIC_NAME) and span.label_ in (e.org, *e.places) and 3 <= len(toks) <= 5 \
            and any(t.lower_ in lang.patronymic_particles and t.is_lower for t in toks[1:-1]) \
            and _patronymic_name(toks, lang):
        return PERSON  # "Hafiz bin Rahmat", tagged a body: `bin`, son of, is in people's names only
    if on(HONORIFIC_OUTSIDE_THE_NAME) and span.label_ == e.org and span.start > 0 and toks \
            and toks[0].i == span.start and span.doc[span.start - 1].lower_ in lang.honorifics \
            and span.doc[span.start - 1].is_title and len(name_words(toks, lang)) >= 2 \
            and _shaped_after_an_honorific(toks, lang):
        return PERSON  # "Dr Amara Okonkwo-Bello", the name tagged a body without "Dr"
    if span.label_ in (e.person, e.org) and described_as_a_product(span, lang):
        return None  # "Nifelan XL, an extended-release form of the drug nifedipine,"
    if on(PEOPLE_IN_THE_PLURAL) and span.label_ == e.person and len(toks) == 1 \
            and text.endswith(lang.plural_ending) and lang.demonym_country(text[:-len(lang.plural_ending)]):
        return None  # "built for investors first and for Omanis second": a people, no one person
    if on(COUNTED_IN_MEMBERS) and span.label_ == e.person and toks and toks[0].i >= 3 \
            and span.doc[toks[0].i - 1].lower_ in lang.size_words and span.doc[toks[0].i - 2].text in lang.hyphens \
            and span.doc[toks[0].i - 3].like_num:
        return ORG  # "the 15-member Grand Bench"
    if on(DESCRIBED_AS_A_PLACE) and span.label_ == e.person \
            and _described_as(span, lang, lang.place_nouns - lang.person_nouns):
        return COUNTRY if country_of(text) else PLACE  # "Kendari, the capital of Southeast Sulawesi,"
    if on(DESCRIBED_AS_A_LANDFORM) and span.label_ == e.person and _described_as(span, lang, lang.landform_nouns):
        return PLACE  # "Chacaltaya, a glacier that once held the world's highest ski run,"
    if on(DESCRIBED_AS_A_CUSTOM) and span.label_ in (e.person, e.org) and _described_as(span, lang, lang.custom_nouns):
        return None  # "Malipenga, the masked dance of the Lomwe,"
    if on(FOLLOWERS_OF_A_FAITH) and span.label_ == e.person and toks and toks[-1].lower_ in lang.faithful_plurals:
        return None  # "Newar Hindus": a people
    if on(DESCRIBED_AS_A_STRUCTURE) and span.label_ == e.person and _described_as(span, lang, lang.structure_nouns) \
            and not _description_opens_a_clause(span, lang):
        return PLACE  # "Wat Khao Noi, a hill temple, ..." (not "According to a spokesman, NAME, the bridge was shut")
    if on(PLACE_WORD_BEFORE_THE_NAME) and span.label_ == e.person and _set_off_after_a_place_word(span, lang):
        return PLACE  # "building a new harbour, Vestre Kai, on the island"
    if span.label_ == e.person and toks and toks[0].lower_ not in lang.given_names \
            and _set_off_after_the_place_word(span, lang) and on(DEFINITE_PLACE_WORD_BEFORE_THE_NAME):
        return PLACE  # "east of the provincial capital, Kaysone Phomvihane, are"
    if span.label_ == e.person and span.root.dep_ == lang.dep.dobj \
            and span.root.head.lower_ in lang.neighbouring_words and span.root.head.i == span.start - 1 \
            and on(NEIGHBOURING_READ_AS_A_VERB):
        return PLACE  # "in Lagaip and neighbouring Porgera", `neighbouring` a verb
    if span.label_ == e.person and len(toks) >= 2 and toks[0].is_title \
            and toks[0].lower_ in lang.plural_articles_opening_groups and on(LOS_OPENS_A_GROUP):
        return ORG  # "Los Saltimbanquis del Cerro"
    if on(BODY_WORD_BEFORE_THE_NAME) and span.label_ == e.person and _set_off_after_a_body_word(span, lang):
        return ORG  # "accounts on its service, Savane Pay"
    if on(DESCRIBED_AS_A_BODY) and span.label_ == e.person and _described_as_a_body(span, lang):
        return ORG  # "Segunda Bola, the academy for young players she opened,"
    if on(DESCRIBED_AS_HEADQUARTERED) and span.label_ == e.person and _described_as(span, lang, None):
        return ORG  # "Selat Agri, a cocoa and rubber trader headquartered in Singapore,"
    if on(BODYS_PERSON) and span.label_ == e.org and _bodys_speaker(span, toks, lang):
        return PERSON
    if on(AGE_AFTER_NAME) and span.label_ in (e.org, *e.places) and not country_of(text) \
            and shaped_like_a_persons(toks, lang) and aged(span, lang):
        return PERSON
    if on(AGE_AFTER_A_PERSON_S_NAME) and span.label_ in (e.org, *e.places) and len(toks) == 1 \
            and not country_of(text) and _shaped_after_an_honorific(toks, lang) and aged(span, lang) \
            and toks[0].i > 0 and _person_word(toks[0].doc[toks[0].i - 1], lang):
        return PERSON  # "Rusdin's neighbour Halimah, 47,": one name after a word for a person, and an age
    if on(DESCRIBED_AS_A_PERSON) and span.label_ in (e.org, *e.places) and not country_of(text) \
            and (shaped_like_a_persons(toks, lang) or on(DESCRIPTION_READ_TO_ITS_HEAD) and len(toks) == 1
                 and _shaped_after_an_honorific(toks, lang)) and described_as_a_person(span, lang) is not None:
        return PERSON  # "Micaela, a 19-year-old medicine student,": a first name alone, too
    if on(REPORTS_ITSELF_A_PERSON) and span.label_ == e.org and not country_of(text) \
            and text.lower() not in lang.known_orgs and shaped_like_a_persons(toks, lang) \
            and _reports_itself_a_person(span, lang):
        return PERSON  # "Nuria Campillo, ..., announced on Tuesday that she would retire", tagged a body
    if span.label_ in e.places:
        if text.lower() in lang.compass_names:
            return None
        return COUNTRY if country_of(text) else PLACE
    if span.label_ == e.person and country_of(text) and (len(toks) == 1 or on(COUNTRY_TAGGED_A_PERSON)):
        return COUNTRY
    if on(SEAT_REPRESENTED) and span.label_ in (e.person, e.org) and _seat_represented(span.root, lang):
        return PLACE  # "who represents Lingzhi-Yaksa in the National Assembly"
    if on(OWNER_OF_A_FULL_NAME) and span.label_ == e.person and len(toks) == 1 and owns_a_full_name(span, lang):
        return ORG
    if on(OWNER_OF_A_BODY_TITLE) and span.label_ == e.person and owns_a_body_title(span, lang):
        return ORG  # "Caledonia Northern's managing director"
    if span.label_ == e.person:
        if any(t.is_digit or t.like_num and t.lower_ not in lang.name_particles for t in toks) or text.islower() \
                or any(c in text for c in '"“”'):
            return None  # "max", `Twitter "Youtube-dl`: not a person's name
        hyphenated = on(HYPHENATED_GIVEN_NAME) and len(toks) >= 3 and toks[-2].text in lang.hyphens \
            and not toks[-3].whitespace_ and not toks[-2].whitespace_  # "Park Won-soon", "Yu Hoi-kwan"
        if on(NAME_SHAPE) and (any(c.isdigit() or c in "[]{}#@" for c in text) or toks[-1].is_lower and not hyphenated
                               or len(toks) == 1 and text.isupper() and len(text) > 2):
            return None  # "W]e", "COVID-19", "MAGA", "Si el"
        if on(DEITY) and text.lower() in lang.deities:
            return None  # "Thank God"
        if on(PLURAL_COMMON_NOUN) and len(toks) == 1 and toks[0].tag_ == lang.plural_noun_tag:
            return None  # "Photographs showed ..."
        if on(MEASURED_SUBJECT) and len(toks) == 1 and toks[0].dep_ in d.subjects \
                and toks[0].head.lemma_ == lang.copula and any(
                    c.dep_ in (d.attr, d.acomp) and c.ent_type_ in e.quantities for c in toks[0].head.children):
            return None  # "Turnout was 53.8%"
        if on(VERB_WITH_OBJECT) and len(toks) == 1 and toks[0].pos_ == "VERB" \
                and any(c.dep_ == d.dobj for c in toks[0].children):
            return None  # "..., Buy the things": a verb, capitalised in a transcript
        if on(SENTENCE_ADVERB) and len(toks) == 1 and toks[0].dep_ == d.advmod and toks[0].is_sent_start \
                and toks[0].lower_.endswith(lang.adverb_suffix) and toks[0].i + 1 < len(toks[0].doc) \
                and toks[0].doc[toks[0].i + 1].text == ",":
            return None  # "Majorly, ..."
        if on(MODEL_NAME) and toks[0].i >= 2 and span.doc[toks[0].i - 1].like_num \
                and span.doc[toks[0].i - 2].is_title and not span.doc[toks[0].i - 2].is_sent_start:
            return None  # "the Boeing 737 Max"
        root = span.root
        if root.dep_ == d.pobj and root.head.lower_ in lang.place_prepositions:
            return PLACE  # "fighting in Tell Tamer"
        head = root
        while head.dep_ == d.conj:
            head = head.head
            if head.ent_type_ and head.ent_iob_ != "O":  # "Tell Arlo and Kemi": the name's own root
                head = next((x.root for x in span.doc.ents if x.start <= head.i < x.end), head)
        if on(PLACE_ACROSS_OR_ABOVE) and head.dep_ == d.pobj and head.head.lower_ in lang.stretch_prepositions \
                and toks[0].lower_ not in lang.given_names:
            return PLACE  # "canneries across Galicia", "the mountains above Setesdal and Hardanger"
        if on(DIRECTION_OF_A_NAME) and root.dep_ == d.pobj and root.head.lower_ == lang.of \
                and root.head.head.lower_ in lang.compass_words and root.head.head.pos_ != "NOUN":
            return PLACE  # "south of Svalbard" (`the north of X`, a noun, is ``PART_OF_A_PLACE``'s)
        if on(STREET_AFTER_ON) and len(toks) >= 2 and toks[-1].lower_ in lang.street_words \
                and root.dep_ == d.pobj and root.head.lower_ in lang.street_prepositions:
            return PLACE  # "gathered on William Street"
        if span.label_ == e.person and any(
                c.dep_ == d.prep and c.lower_ in lang.street_prepositions and c.i == span.end and any(
                    g.dep_ == d.pobj and g.lemma_.lower() in lang.edge_nouns
                    and any(x.dep_ == d.det and x.lower_ == lang.definite_article for x in g.children)
                    for g in c.children) for c in root.children) and on(NAME_ON_A_BORDER):
            return PLACE  # "Hodoš on the Hungarian border"
        if span.label_ == e.person and span.start > 0 \
                and span.doc[span.start - 1].lower_ in lang.compass_adjectives and on(COMPASS_ADJECTIVE_BEFORE_A_NAME):
            return PLACE  # "low-lying areas of western Viti Levu"
        if span.label_ == e.person and len(toks) >= 2 and toks[0].is_title \
                and toks[0].lower_ in lang.upper_and_lower and on(UPPER_OR_LOWER_OPENS_A_PLACE):
            return PLACE  # "Upper Svaneti"
        if on(NEAR_A_PLACE) and any(c.dep_ == d.prep and c.lower_ in lang.near_prepositions and any(
                g.dep_ == d.pobj and g.ent_type_ in e.places for g in c.children) for c in root.children):
            return PLACE  # "at Cliffe near Dover"
        if on(EXAMPLE_OF_A_KIND) and (kind := _example_of(root, lang)) is not None:
            return kind  # "sites such as Kemi", "firms such as Tarn Mobile"
        if on(EXAMPLE_OF_AN_EVENT) and (noun := _example_noun(root, lang)) is not None \
                and noun.lemma_.lower() in lang.event_nouns | lang.holiday_nouns:
            return None  # "for festivals such as Pchum Ben": a festival, no actor
        if on(LISTED_WITH_A_CLUB) and _set_against_a_club(root, lang):
            return ORG  # "the final between Kemi Vale and FC Arlo"
        if len(toks) >= 2 and toks[0].lower_ not in lang.given_names \
                and root.dep_ == d.pobj and _side_of_a_match(root.head, lang) and on(SIDE_OF_A_MATCH):
            return ORG  # "Saturday's game against Avanhard Poltava", "their next match away to Trubizh Pereiaslav"
        if on(OFFICE_OF_A_PLACE) and len(toks) <= 2 and (
                root.dep_ == d.pobj and root.head.lower_ == lang.of and root.head.head.lower_ in lang.regional_offices
                and span.start == root.head.i + 1 and not (span.end < len(span.doc) and span.doc[span.end].is_title)
                or len(toks) == 1 and span.end < len(span.doc) and span.doc[span.end].lower_ in lang.place_prepositions
                and any(g.dep_ == d.pobj and g.lemma_.lower() in lang.place_nouns for g in span.doc[span.end].children)
                or root.dep_ == d.pobj and root.head.head.lemma_.lower() in lang.place_nouns
                and root.head.lower_ in lang.inclusive_prepositions):
            return PLACE  # "the mayor of Kemi", "Kemi in the province of Arlo", "towns, including Kemi"
        if on(LOCAL_GOVERNMENT_OWNER) and len(toks) <= 2 and root.dep_ == d.poss and (
                root.head.lemma_.lower() in lang.regional_offices
                or root.head.lemma_.lower() in lang.local_government_nouns and any(
                    c.dep_ in (d.compound, d.amod) and c.lower_ in lang.place_nouns | lang.place_adjectives
                    for c in root.head.children)):
            return PLACE  # "Smederevo's city government", "Kemi's mayor"
        if place_noun_of(span, lang):
            return PLACE  # "the electoral district of Groom", "the city of Kemi"
        if on(PEOPLE_OF_A_PLACE) and len(toks) <= 2 and root.dep_ == d.pobj and root.head.lower_ == lang.of \
                and span.start == root.head.i + 1 and root.head.head.lemma_.lower() in lang.inhabitant_nouns:
            return PLACE  # "the people of Arak", "residents of Qom"
        doc = span.doc
        if on(REGION_AFTER_A_PLACE) and root.dep_ == d.appos and root.head.lower_ in titles and span.start >= 2 \
                and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ in e.places \
                and root.head.dep_ == d.appos and root.head.head.ent_type_ == e.person:
            return PLACE  # "NAME, the mayor of Esperanza, Sultan Kudarat,"
        if on(PLACE_OBJECT) and head.dep_ == d.dobj and head.head.lemma_.lower() in lang.place_object_verbs:
            return PLACE  # "entered Tell Arlo and Kemi"
        if on(THE_BEFORE_A_NAME) and len(toks) == 1 and toks[0].i > 0 \
                and span.doc[toks[0].i - 1].lower_ == lang.definite_article and toks[0].lower_ not in titles:
            return ORG  # "the Oscar"
        if on(PLACE_NAME) and len(toks) > 1 and last in lang.place_heads:
            return PLACE  # "Trafalgar Square"
        if on(STREET_IN_ONE_WORD) and len(toks) == 1 and toks[0].is_title and toks[0].is_alpha \
                and any(toks[0].lower_.endswith(end) and len(toks[0]) > len(end) + 2 for end in lang.street_endings):
            return PLACE  # "Keizerstraat"
        if on(PLACE_PREFIX) and len(toks) > 1 and toks[0].lower_ in lang.place_prefixes:
            return PLACE  # "Fort Lee"
        if on(NAME_AFTER_A_PLACE_PREFIX) and toks and _after_a_place_prefix(toks[0], lang):
            return PLACE  # "on Avenue Gamal Abdel Nasser", tagged `Abdel Nasser`: the avenue
        if on(PLACE_PREFIX_BEFORE_A_NUMBER) and len(toks) == 1 and toks[0].lower_ in lang.place_prefixes \
                and span.end < len(span.doc) and span.doc[span.end].like_num:
            return PLACE  # "along Avenida 18 de Julio", the model tagging `Avenida` alone
        if on(POSSESSIVE_PLACE) and root.dep_ == d.poss and root.head.i >= span.end and root.head.is_title \
                and root.head.lower_ in lang.possessive_place_heads:
            return PLACE  # "Hawke's Bay"
        if on(SITE_AT_A_PLACE) and root.dep_ == d.pobj and root.head.lower_ == lang.site_preposition \
                and root.head.head.pos_ == "NOUN" and root.head.head.lemma_.lower() in lang.site_nouns:
            return PLACE  # "the power plant at Kemi"
        if on(ORIGIN_OR_DESTINATION) and (len(toks) == 1 or on(DESTINATION_OF_TWO_WORDS) and len(toks) == 2
                                          and head.head.lower_ == lang.route_prepositions[1]
                                          or on(ORIGIN_OF_SEVERAL_WORDS) and head.head.lower_ == lang.motion_from
                                          and root.dep_ == d.pobj and toks[0].lower_ not in lang.given_names) \
                and head.dep_ == d.pobj and head.head.lower_ in lang.motion_prepositions \
                and _origin_or_destination(head.head, lang):
            return PLACE  # "a tricycle driver from Ketu", "flights to Java and Lombok", "the railway to Machu Picchu"
        if root.dep_ == d.pobj and _end_of_a_range_of_places(root, lang) and on(RANGE_OF_PLACES):
            return PLACE  # "every district of the city, from Crater to Sheikh Othman"
        if on(NEIGHBOURING_PLACE) and any(c.dep_ in (d.amod, d.compound) and c.lower_ in lang.neighbouring_words
                                          and c.i == span.start - 1 for c in root.children):
            return PLACE  # "Kozhikode and neighbouring Malappuram"
        joined = len(toks) == 3 and toks[0].lower_ in lang.name_articles_joined and toks[1].text in lang.hyphens \
            and toks[2].is_title and on(PLACE_WITH_AN_ARTICLE_LISTED_WITH_A_PLACE)
        if on(PLACE_LISTED_WITH_A_PLACE) and (len(toks) == 1 and toks[0].lower_ not in lang.given_names or joined) \
                and root.dep_ == d.conj and root.head.i < root.i \
                and root.head.ent_type_ in (e.gpe, e.loc) and root.head.dep_ == d.pobj \
                and not any(c.dep_ == d.conj for c in root.children) \
                and any(c.dep_ == d.cc for c in root.head.children):
            return PLACE  # "the state's borders with Veracruz and Puebla"
        if on(LISTED_AFTER_A_PLACE_PREPOSITION) and len(toks) == 1 and root.dep_ == d.conj and head.i < root.i \
                and head.dep_ == d.pobj and head.head.lower_ in lang.place_prepositions \
                and toks[0].lower_ not in lang.given_names and any(c.dep_ == d.cc for c in head.children):
            return PLACE  # "a young couple in Surrey or Moncton", both tagged people
        if on(SEVERAL_WORDS_LISTED_AFTER_A_PLACE) and len(toks) >= 2 and root.dep_ == d.conj and head.i < root.i \
                and head.dep_ == d.pobj and head.head.lower_ in lang.place_prepositions \
                and head.ent_type_ in e.places and toks[0].lower_ not in lang.given_names \
                and any(c.dep_ == d.cc for c in head.children):
            return PLACE  # "relatives in Funchal and Câmara de Lobos", the second tagged a person
        if on(LISTED_WITH_PLACES) and len(toks) == 2 and root.dep_ == d.conj and head.i < root.i \
                and head.dep_ == d.pobj and head.head.lower_ in lang.place_prepositions \
                and any(c.dep_ == d.cc for c in root.head.children):
            items = [t for t in _list_items(head, lang) if t.i != root.i]
            if any(t.ent_type_ in (e.gpe, e.loc) for t in items) and not any(t.ent_type_ == e.person for t in items):
                return PLACE  # "in Punjab, Sindh and Khyber Pakhtunkhwa"
        if on(LISTED_BEFORE_A_PLACE) and len(toks) <= 2 and (
                any(c.dep_ == d.poss and c.lemma_.lower() in lang.place_nouns for c in root.children)
                or root.dep_ == d.pobj and root.head.lower_ in lang.place_prepositions) \
                and any(c.dep_ == d.cc for c in root.children) \
                and any(c.dep_ == d.conj and c.ent_type_ in (e.gpe, e.loc) for c in root.children):
            return PLACE  # "the state's Murray Mallee and Eyre Peninsula"
        if on(REGION_AFTER_A_PLACE_COMMA) and len(toks) == 1 and span.start >= 2 and doc[span.start - 1].text == "," \
                and doc[span.start - 2].ent_type_ in (e.gpe, e.loc) and span.end < len(doc) \
                and doc[span.end].is_punct and doc[span.end].text != "," and _place_of_in(doc[span.start - 2], lang):
            return PLACE  # "at his home in Pietrasanta, Tuscany."
        if on(APPOSED_TO_PLACES) and _apposed_to_places(root, lang):
            return PLACE  # "two suburbs, Arlo Vale and Kemi Hill"
        others = _listed_with(root, lang) if on(PLACE_NAME) else []
        if len(others) >= 2 and all(t.ent_type_ in e.places for t in others):
            return PLACE  # "the towns of Beni, Lusa and Katwa"
        if on(LISTED_BODIES) and len(toks) == 1 and span.label_ == e.person:
            items = [t for t in _list_items(root, lang) if t.i != root.i]
            bodies = sum(1 for t in items if t.ent_type_ in e.bodies)
            if bodies >= 2 and bodies > sum(1 for t in items if t.ent_type_ == e.person):
                return ORG  # "Newsweek, Politico, Tarnweek and TMZ"
        if on(LISTED_PLACES) and others:
            places = [t for t in others if t.ent_type_ in e.places
                      or t.pos_ == "NOUN" and t.lemma_.lower() in lang.place_nouns
                      and any(c.dep_ == d.compound and c.pos_ == "PROPN" for c in t.children)]  # "the Sulu region"
            if 2 * len(places) > len(others) and (len(others) >= 3 or any(t.pos_ == "NOUN" for t in places)):
                return PLACE  # "Carrascal, Cantilan, Madrid, Carmen, Lanuza": most of the list are places
        if on(NAMES_A_PLACE_NOUN) and root.dep_ in (d.compound, d.nmod) and root.head.i >= span.end \
                and any(t.lemma_.lower() in lang.place_nouns or t.lower_ in lang.place_adjectives
                        for t in span.doc[span.end: root.head.i + 1]):
            return PLACE  # "Afghanistan's Kadir Varsh province", "the Kadir Varsh provincial council"
        titled = on(TITLED_NOT_MODIFIER) and len(toks) >= 2 and toks[0].i > 0 \
            and span.doc[toks[0].i - 1].lower_.rstrip(".") in titles
        if root.dep_ == d.compound and root.head.pos_ == "NOUN" and root.head.i >= span.end and not titled:
            return None  # "the Lewinsky affair": a modifier, not a mention of someone who acts
        if on(JOINED_MODIFIER) and root.dep_ == d.conj and head.dep_ in (d.compound, d.amod, d.nmod) \
                and head.head.pos_ == "NOUN" and head.head.i >= span.end:
            return None  # "the Circle and Dalton lines": joined to a modifier, a modifier too
        if on(ROUTE_END) and _route_end(root, head, lang):
            return PLACE  # "from Baracoa to Havana"
        if on(PLACE_REACHED) and root.dep_ == d.pobj and root.head.lower_ == lang.route_prepositions[1] \
                and (root.head.head.lemma_.lower() in lang.going_verbs or root.head.head.lower_ == lang.back_word):
            return PLACE  # "a ticket back to Bangalore"
        if on(ROUTE_OF_A_CARRIER) and head.dep_ == d.pobj and head.head.lower_ in lang.route_prepositions[:2] \
                and head.head.head.lemma_.lower() in lang.carrying_verbs and sum(
                    1 for c in head.head.head.children if c.dep_ == d.prep and c.lower_ in lang.route_prepositions[:2]
                    and any(g.dep_ == d.pobj and g.pos_ == "PROPN" for g in c.children)) == 2:
            return PLACE  # "carrying 96 passengers from George Town to Langkawi"
        if on(PART_OF_A_PLACE) and head.dep_ == d.pobj and head.head.lower_ == lang.of \
                and head.head.head.lower_ in lang.compass_names and head.head.head.pos_ == "NOUN":
            return PLACE  # "in the north of Viti Levu"
        if on(SHORE_OF_A_PLACE) and root.dep_ == d.pobj and root.head.lower_ == lang.of \
                and root.head.head.lower_ in lang.shore_nouns and root.head.head.pos_ == "NOUN":
            return PLACE  # "a resort on the south-east coast of Upolu"
        if on(PLACE_PEOPLE_GO_TO) and head.dep_ == d.pobj and head.head.lower_ == lang.route_prepositions[1] \
                and head.head.head.lemma_.lower() in lang.people_going_verbs and any(
                    c.dep_ == d.nsubj and c.lower_ in lang.speaking_pronouns for c in head.head.head.children):
            return PLACE  # "they will go to Kotor or Corfu"
        if on(PLACE_PEOPLE_GO_HOME_TO) and head.dep_ == d.pobj and head.head.lower_ == lang.route_prepositions[1] \
                and head.head.head.lower_ == lang.home_word and head.head.head.head.i != head.head.head.i \
                and head.head.head.head.lemma_.lower() in lang.people_going_verbs:
            return PLACE  # "waiting to go home to Vella and Ranongga"
        if on(LISTED_WITH_A_BODY) and len(toks) <= 2 and head.dep_ == d.pobj \
                and head.head.lower_ in lang.affiliation_prepositions and toks[0].lower_ not in lang.given_names \
                and not any(c.dep_ in (d.appos, d.prep) for c in root.children):  # "and NAME of Apex, a firm"
            others = _listed_with(root, lang)
            if others and all(t.ent_type_ == e.org for t in others):
                return ORG  # "from the University of Bristol and UC Davis"
        listed = _listed_with(root, lang) if on(LISTED_AFTER_A_PLACE) and head.i != root.i else []
        if len(listed) >= 2 and head.dep_ == d.pobj and head.head.lower_ in lang.through_prepositions \
                and head.ent_type_ in e.places | {e.fac} and not any(t.ent_type_ == e.org for t in listed) \
                and any(c.dep_ == d.cc for t in (root, *listed) for c in t.children):  # three or more, with "and"
            return PLACE  # "through Causeway Bay, Wan Chai and Tin Hau"
        if on(PAIRED_WITH_A_PLACE) and len(toks) <= 2 and root.dep_ == d.conj and _after_a_place(root, lang) \
                and toks[0].lower_ not in lang.given_names \
                and not (on(FRONTED_PLACE_NO_LIST) and not _coordinated(root, lang)):
            return PLACE  # "in Cauca and Nariño"
        if _no_one(span, toks, root, head, lang):
            return None
    if span.label_ == e.org and country_of(text) and len(toks) <= 3:
        return COUNTRY
    stripped = [t for t in span if toks and t.i < toks[0].i]
    if span.label_ == e.org and any(t.lower_.rstrip(".") in titles for t in stripped) \
            and len(toks) in (2, 3) and all(t.is_title and t.lower_ not in titles for t in toks) \
            and not (on(LAW_NAME) and toks[-1].lower_ in lang.law_words) \
            and not (on(PLACE_NAME) and last in lang.place_heads):  # "the Federal Military Memorial Cemetery"
        return PERSON  # "the Presidential Spokesperson Harry Roque": a titled name the model took for a body
    return label


def non_human(span, toks, lang) -> bool:
    """Whether the article says here that a name the model took for a person's is an animal's, a god's or a
    species' (``_non_human``; not a craft's, often named after someone): what it says holds at every mention."""
    head = span.root
    while head.dep_ == lang.dep.conj and head.head.i != head.i:
        head = head.head
    return _non_human(span, toks, span.root, head, lang, lang.non_human_nouns - lang.craft_nouns)


def _non_human(span, toks, root, head, lang, nouns=None) -> bool:
    d, doc = lang.dep, span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    craft = nouns is None
    nouns = lang.non_human_nouns if nouns is None else nouns
    if on(NON_HUMAN) and (before is not None and before.is_lower and before.pos_ in ("NOUN", "PROPN")
                          and before.lemma_.lower() in nouns
                          or any(c.dep_ == d.appos and c.lemma_.lower() in nouns for c in root.children)
                          or root.dep_ == d.appos and root.head.lemma_.lower() in nouns
                          or craft and head.dep_ == d.pobj and head.head.lower_ in lang.vehicle_prepositions
                          or craft and on(SHIP_PREFIX) and _after_a_ship_prefix(span, toks, lang)
                          or craft and on(FLAGGED_VESSEL) and before is not None and before.lower_ == lang.flagged
                          and before.i > 0 and doc[before.i - 1].text in lang.hyphens  # "the Malta-flagged NAME"
                          or head.i >= 2 and doc[head.i - 1].text == ":" and doc[head.i - 2].pos_ == "NOUN"
                          and doc[head.i - 2].lemma_.lower() in nouns):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return on(SPECIES_NAME) and len(toks) == 1 and after is not None and after.is_lower and after.is_alpha \
        and after.pos_ in ("PROPN", "X") and after.lower_ not in lang.name_particles  # "Caudipteryx zoui"


def _after_a_ship_prefix(span, toks, lang) -> bool:
    """`KM Sinar Laut`, `HMS Kestrel`: a name whose span opens on, or follows, a ship's prefix in capitals."""
    doc = span.doc
    first = toks[0].i if toks else span.start
    return any(doc[i].text in lang.ship_prefixes for i in (first - 1, span.start, span.start - 1)
               if 0 <= i < first)


def works_in_brackets(span, lang) -> range | None:
    """`NAME (Nancy Drew, Jem and the Misfits)`: the tokens of a list in brackets right after the person's name
    ``span``, or None."""
    end = _bracketed_list_end(span.doc, span.end, lang) if on(WORKS_IN_BRACKETS) else None
    return range(span.end, end + 1) if end is not None else None


def _bracketed_list_end(doc, k: int, lang) -> int | None:
    """Where the brackets opening at ``k`` close, when they hold a list (a comma) and nothing bracketed."""
    if k + 2 >= len(doc) or doc[k].text != "(":
        return None
    end = next((j for j in range(k + 1, min(len(doc), k + lang.bracket_reach)) if doc[j].text in "()"), None)
    if end is None or doc[end].text != ")" or not any(t.text == "," for t in doc[k + 1:end]):
        return None
    return end


def _listed_in_brackets_after_a_person(span, lang) -> bool:
    """`NAME (Nancy Drew, Jem and the Misfits)`: the span is one of a list in brackets that open right after a
    person's name."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and span.start - k <= lang.bracket_reach and doc[k].text not in "()":
        k -= 1
    return k >= 1 and doc[k - 1].ent_type_ == lang.ent.person and (_bracketed_list_end(doc, k, lang) or 0) >= span.end


def _no_one(span, toks, root, head, lang) -> bool:
    """Whether a name the model took for a person's names something else: a part played, an animal or a vessel,
    a work, a place named after someone, a title apposed to a name, a word in another script, a kind of person,
    a sacred thing. ``head`` is the first of the names ``root`` is listed with."""
    d, doc = lang.dep, span.doc
    before = doc[span.start - 1] if span.start > 0 else None

    def after_noun(words) -> bool:  # "the character NAME", "the gorilla NAME", "the sitcom NAME"
        return before is not None and before.is_lower and before.pos_ in ("NOUN", "PROPN") \
            and before.lemma_.lower() in words  # the lemma of a noun: not "born" (lemma: bear)

    if on(PART_PLAYED) and (
            after_noun(lang.character_nouns)
            or head.dep_ == d.pobj and head.head.lower_ == lang.as_ and head.head.head.lemma_.lower() in lang.role_verbs
            or head.dep_ == d.dobj and any(c.dep_ == d.prep and c.lower_ == lang.as_ and c.i >= span.end and any(
                g.dep_ == d.pobj and g.lemma_.lower() in lang.character_nouns for g in c.children)
                for c in head.head.children)):
        return True  # "the character Tasha Reyn", "cosplaying as Sailor Nova", "list Sailor Nova as dream roles"
    if on(THING_NAMED_WITHOUT_AS) and head.dep_ == d.oprd and head.head.dep_ == d.acl \
            and head.head.lemma_.lower() in lang.naming_participles and head.head.i == head.head.head.i + 1 \
            and not any(c.lower_ == lang.as_ for c in head.head.children):  # not "The party named NAME as its ..."
        named = head.head.head  # "a seven-metre launch named Aquila Blu": the noun the participle describes
        if named.pos_ == "NOUN" and not named.ent_type_ and named.lemma_.lower() not in lang.titles \
                and named.lemma_.lower() not in lang.person_role_nouns \
                and named.lemma_.lower() not in lang.person_nouns and named.lemma_.lower() not in lang.kinship_nouns \
                and named.lemma_.lower() not in lang.speaker_nouns \
                and not named.lemma_.lower().endswith(lang.person_noun_endings):
            return True
    if on(NAME_OF_A_THING) and head.dep_ == d.pobj and head.head.lower_ == lang.as_ \
            and head.head.head.dep_ == d.acl and head.head.head.lemma_.lower() in lang.naming_participles:
        named = head.head.head.head  # "the withdrawal ..., known as Brexit": the noun the participle describes
        taken = next((c for c in head.head.head.children if c.dep_ == d.dobj), None) \
            if on(NAMING_VERB_WITH_AN_OBJECT) else None
        if taken is not None:
            named = taken  # "the note, handed over on Friday, named the diplomat as NAME": the diplomat is named
        if named.ent_type_ and named.ent_type_ != lang.ent.person:
            return True  # "the European Union, known as ...": what names a body or a place names no person
        if named.pos_ == "NOUN" and not named.ent_type_ and named.lemma_.lower() not in lang.titles \
                and named.lemma_.lower() not in lang.person_role_nouns \
                and named.lemma_.lower() not in lang.speaker_nouns \
                and not named.lemma_.lower().endswith(lang.person_noun_endings):  # "the singer, known as ..."
            return True
    if on(PRODUCT_MADE) and head.dep_ == d.dobj and head.head.lemma_.lower() in lang.product_verbs \
            and not any(c.dep_ in (d.oprd, d.xcomp, d.ccomp) for c in head.head.children):
        return True  # "Kimberly-Clark, which makes Kleenex Toilet Tissue": what a firm makes or sells
    if _non_human(span, toks, root, head, lang):
        return True  # "Cotton Puff, a dragon", "the gorilla Tano", "aboard the Kanaloa", "three lions: A, B and C"
    if on(NAME_OF_A_WORK) and after_noun(lang.work_nouns):
        return True  # "the sitcom Kim's Corner"
    if on(WORK_WORD_READ_AS_AN_ADJECTIVE) and before is not None and before.is_lower \
            and before.pos_ == "ADJ" and before.lower_ in lang.work_nouns and before.i > 0 \
            and (doc[before.i - 1].pos_ == "DET" or doc[before.i - 1].ent_type_ == lang.ent.norp):
        return True  # "the Indian epic Ramayana", "epic" read as an adjective
    if on(WORKS_IN_BRACKETS) and _listed_in_brackets_after_a_person(span, lang):
        return True  # "Comic artist NAME (Nancy Drew, Jem and the Misfits)"
    owned = any(t.lower_ in lang.possessive_endings for t in doc[span.end - 1: span.end + 1])
    if on(FACILITY_NAMED_AFTER) and not owned:  # not "John Lydon's Public Image Ltd": a person's band
        after = span.end
        while after < len(doc) and after - span.end < 4 and doc[after].is_title and doc[after].pos_ == "PROPN":
            after += 1
        last = doc[after - 1].lower_
        if after > span.end and (last in lang.place_heads or last in lang.org_heads):
            return True  # "Ronald Reagan Washington National Airport"
    if on(TITLE_APPOSED) and len(toks) == 1 and toks[0].lower_ in lang.titles and root.dep_ == d.appos \
            and root.head.ent_type_ == lang.ent.person:
        return True  # "Erwin Chemerinsky, Dean of ..."
    if on(OTHER_SCRIPT) and any(_all_in_another_script(w, lang.name_script) for w in span.text.split()):
        return True  # "Скажем", "जैसे कि Ration": words of another language (around an English one)
    left = root.left_edge.i
    if on(KIND_OF_PERSON) and left < span.start and doc[left].lower_ in lang.indefinite_articles \
            and not any(t.pos_ == "PROPN" for t in doc[left + 1: span.start]) and sum(t.is_alpha for t in toks) <= 2:
        return True  # "a self-described Neo-Nazi"
    return on(SACRED_THING) and bool(toks) and toks[0].lower_ in lang.sacred_words  # "the Holy Headdress"


def _describes_a_person(noun, lang) -> bool:
    """`a reservoir geologist` in `NAME, a reservoir geologist with Isgeo`: ``noun`` is a title or a word for a person,
    apposed to a person's name."""
    return noun.pos_ == "NOUN" and noun.dep_ == lang.dep.appos and noun.head.ent_type_ == lang.ent.person \
        and (noun.lower_ in lang.titles or noun.lemma_.lower() in lang.person_nouns)


def _seat_represented(root, lang) -> bool:
    """Whether ``root`` is what a person represents in a legislature: the object of `represent`, with `in` and a
    word for a legislature (or a body named with one) hung on the verb or on the object."""
    d, verb = lang.dep, root.head
    return root.dep_ == d.dobj and verb.lemma_.lower() == lang.representing_verb and any(
        c.dep_ == d.prep and c.lower_ == lang.located_body_preposition and any(
            g.dep_ == d.pobj and g.lower_ in lang.legislature_words for g in c.children)
        for c in (*verb.children, *root.children))


def _route_end(root, head, lang) -> bool:
    """`from Baracoa to Havana`, `from Havana to Baracoa`, `between Baracoa and Guantanamo`: the other end of
    the route the name stands at is a place."""
    d, e = lang.dep, lang.ent
    start, end, between = lang.route_prepositions
    while on(ROUTE_END_OF) and head.dep_ == d.pobj and head.head.lower_ == lang.of and head.head.head.dep_ == d.pobj \
            and head.head.head.pos_ == "PROPN":
        head = head.head.head  # "to Kyle of Lochalsh": the route's end is the whole name
    if head.dep_ != d.pobj:
        return False
    prep, doc = head.head, head.doc
    if prep.lower_ == between:
        return any(c.ent_type_ in e.places for c in head.conjuncts) \
            or on(ROUTE_BETWEEN_ON_A_WAY) and bool(head.conjuncts) and _on_a_way(prep, lang) \
            or on(ROUTE_BETWEEN_PLACES_OF_A_KIND) and bool(head.conjuncts) and prep.head.pos_ == "NOUN" \
            and prep.head.lemma_.lower() in lang.place_nouns  # "villages between Rosso and Kaedi"
    if prep.lower_ == start:  # "from NAME to PLACE"
        to = head.right_edge.i + 1
        if on(START_OF_A_JOURNEY) and to < len(doc) and doc[to].lower_ == end \
                and prep.head.lemma_.lower() in lang.going_verbs and doc[to].head.i == prep.head.i:
            return True  # "travelling from Mora to a forward base"
        return to < len(doc) and doc[to].lower_ == end and any(
            g.dep_ == d.pobj and g.ent_type_ in e.places for g in doc[to].children)
    if prep.lower_ == end and prep.i > 0 and doc[prep.i - 1].ent_type_ in e.places:  # "from PLACE to NAME"
        first = prep.i - 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return first > 0 and doc[first - 1].lower_ == start
    return False


def _place_of_in(tok, lang) -> bool:
    """Whether the place name ``tok`` ends is the object of a place's preposition (`in Pietrasanta`)."""
    ent = entity_at(tok.doc, tok.i)
    root = ent.root if ent is not None else tok
    return root.dep_ == lang.dep.pobj and root.head.lower_ in lang.place_prepositions


def _on_a_way(prep, lang) -> bool:
    """`a stretch between`, `trains between`, `the section in Gujarat between`: the preposition hangs on a word for
    a journey or a stretch of way, or on a place that such a word is in."""
    d, noun = lang.dep, prep.head
    if noun.ent_type_ in lang.ent.places and noun.dep_ == d.pobj and noun.head.lower_ in lang.place_prepositions:
        noun = noun.head.head  # "the section in Gujarat between ..."
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in lang.journey_nouns or noun.lemma_.lower() in lang.way_parts)


def in_script(c: str, script: str) -> bool:
    """Whether the letter ``c`` is of ``script`` (the start of its Unicode names: `LATIN`)."""
    return unicodedata.name(c, "").startswith(script)


def _all_in_another_script(text: str, script: str) -> bool:
    """Whether every letter of ``text`` is of another script than ``script``."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(in_script(c, script) for c in letters)


def _title_apposed_after(span, toks, lang) -> bool:
    """`Pia Varsk, the chief executive of the firm,`: a name of two or three capitalised words, none a body's,
    with a title word as the head of an apposition after a comma."""
    d, root, doc = lang.dep, span.root, span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    if not shaped_like_a_persons(toks, lang) or any(t.lower_ in lang.titles for t in toks):
        return False
    return any(c.dep_ == d.appos and c.i > span.end and c.lower_.rstrip(".") in lang.titles
               and not c.ent_type_ for c in root.children)


def _apposed_to_a_title_before(span, toks, lang) -> bool:
    """`The group's campaign coordinator, Fatou Bintou Sow,`: a name of two or three capitalised words, none a body's
    or a title's, set off by commas and apposed to a title word before it, or with the title word hung on it."""
    d, root, doc = lang.dep, span.root, span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    title = doc[span.start - 2]
    hung = on(TITLE_HUNG_ON_THE_NAME_AFTER_IT) and title.head.i == root.i and title.pos_ in ("NOUN", "PROPN") \
        and title.dep_ in (d.nmod, d.compound, d.appos) and not title.ent_type_ \
        and title.lower_.rstrip(".") in lang.titles
    hyphened = (hung or on(HYPHENED_NAME_APPOSED_TO_A_TITLE)) and len(name_words(toks, lang)) <= 3  # "Jean-Claude"
    if not (2 <= len(_without_inner_particles(toks, lang)) <= 3 or hyphened) \
            or not shaped_like_a_persons(toks, lang) \
            or any(t.lower_ in lang.titles or t.lower_ in lang.org_heads for t in toks):
        return False
    if hung:
        return True  # "The outgoing Chief Commissioner, Jean-Claude Sylvio Perrine, conceded", the title hung on it
    head = root.head
    if on(NAME_APPOSED_TO_A_TITLE_WITH_ITS_PORTFOLIOS) and root.dep_ == d.appos and head.i < span.start - 2 \
            and head.is_title and not head.ent_type_ and head.lower_ in lang.titles:
        within = {t.i for c in head.children if c.dep_ == d.prep and c.i > head.i for t in c.subtree}
        if all(k in within for k in range(head.i + 1, span.start - 1)):
            return True  # "Minister of Culture, Tourism and Civil Aviation, Badri Prasad Lamichhane,"
    return root.dep_ == d.appos and head.i == span.start - 2 and not head.ent_type_ \
        and (head.pos_ == "NOUN" or on(HYPHENED_NAME_APPOSED_TO_A_TITLE) and head.pos_ == "PROPN" and hyphened) \
        and head.lower_.rstrip(".") in lang.titles


def place_noun_of(span, lang) -> bool:
    """`the electoral district of Groom`: the name right after `the`, a word for a place, and `of`."""
    root, d = span.root, lang.dep
    return on(PLACE_NOUN_OF) and root.dep_ == d.pobj and root.head.lower_ == lang.of \
        and span.start == root.head.i + 1 and root.head.head.pos_ == "NOUN" \
        and root.head.head.lemma_.lower() in lang.place_nouns \
        and any(c.lower_ == lang.definite_article for c in root.head.head.children)


def names_a_body(ent, lang) -> bool:
    """A name tagged as a person's that names a body: after another person's name and `of` (`Mike Carver of
    Velvet Jam`), after a job's `at` (`an analyst at Sorvik Kapital`), modifying a word for a place of business
    (`the Tarn Rossi restaurant`), or after `of` and a
    title held only at a body (`the general manager of Tarn Rossi`)."""
    root, doc = ent.root, ent.doc
    if ent.label_ != lang.ent.person:
        return False
    if on(BODY_AFTER_NAME_OF) and ent.start >= 2 and doc[ent.start - 1].lower_ == lang.of \
            and doc[ent.start - 2].ent_type_ == lang.ent.person and doc[ent.start - 2].text[:1].isupper():
        return True  # "Mike Carver of Pearl Jam": a person is of a body (or a place), never of another person
    if workplace(ent, lang) or on(AFTER_A_WORD_FOR_BODIES) and after_a_word_for_bodies(ent, lang):
        return True
    if not on(BUSINESS_NAME):
        return False
    if root.dep_ == lang.dep.compound and root.head.i >= ent.end and root.head.lemma_.lower() in lang.venue_nouns:
        return True
    if root.dep_ != lang.dep.pobj or root.head.lower_ != lang.of:
        return False
    title = root.head.head
    two = f"{doc[title.i - 1].lower_} {title.lower_}" if title.i > 0 else ""
    return title.pos_ == "NOUN" and (title.lower_ in lang.body_titles or two in lang.body_title_phrases)


def after_a_word_for_bodies(ent, lang) -> bool:
    """Whether the name ``ent`` comes right after a common noun for a body: `the group Patmos Avrio`."""
    before = ent.doc[ent.start - 1] if ent is not None and ent.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in lang.org_descriptors


def workplace(ent, lang) -> bool:
    """`an analyst at Sorvik Kapital`: a name after `at` that a word for a job or a role hangs on is where
    someone works; no one works at a person. `NAME, a geologist with Isgeo`: after `with` or `for`, when the word
    is apposed to a person's name and the name opens on no given name."""
    root = ent.root
    if ent.label_ != lang.ent.person or root.dep_ != lang.dep.pobj:
        return False
    if on(EMPLOYER_OF_A_DESCRIBED_PERSON) and root.head.lower_ in lang.employer_prepositions \
            and ent[0].lower_ not in lang.given_names and _describes_a_person(root.head.head, lang):
        return True  # "NAME, a reservoir geologist with Isgeo"
    return on(WORKPLACE_AT) and root.head.lower_ in lang.workplace_prepositions and root.head.head.pos_ == "NOUN" \
        and (root.head.head.lower_ in lang.titles or root.head.head.lower_ in lang.person_nouns)


def opens_its_sentence(t) -> bool:
    """Whether a word opens its sentence, or a quotation: where any word is capitalised."""
    doc = t.doc
    return all(not x.is_alpha for x in doc[t.sent.start: t.i]) or t.i > 0 and doc[t.i - 1].is_quote \
        and not doc[t.i - 1].whitespace_


def common_word_opening(toks, lang) -> bool:
    """`Turnout was 84 percent`, `"Drop, cover and hold"`: one capitalised word opening a sentence (or a
    quotation) that the tagger reads as a common noun or a verb, and is its own dictionary form."""
    if not on(COMMON_WORD_OPENING) or len(toks) != 1:
        return False
    t = toks[0]
    return t.tag_ in lang.common_word_tags and t.lemma_ == t.lower_ and t.lower_ not in lang.given_names \
        and opens_its_sentence(t)


def written_in(head, lang) -> bool:
    """`Writing in the magazine Kinoschau`, `In a column for the Kemi Herald`: ``head`` names the outlet a phrase of
    writing, fronted before its sentence's subject, is in or for."""
    d = lang.dep
    if head.dep_ == d.appos and head.head.dep_ == d.pobj:
        head = head.head  # "in the film magazine Kinoschau", the name apposed to the outlet's word
    prep = head.head
    if head.dep_ != d.pobj or prep.lower_ not in lang.writing_prepositions:
        return False
    word = prep.head
    return word.lemma_.lower() in lang.writing_words and word.i < head.i \
        and any(c.dep_ in d.subjects and c.i > head.i for t in (word, *word.ancestors) for c in t.children)


def given_as_one_s_name(head, lang) -> bool:
    """`who gave his name only as Kemal`, `would only be identified as Marta` (not `who identify as Sami`),
    `identified only by her first name, Aroha`: ``head`` is the name a person gives as their own."""
    d = lang.dep
    before = head.doc[head.i - 1] if head.i > 0 else None
    if on(NAME_GIVEN_HUNG_ELSEWHERE) and head.dep_ != d.pobj and before is not None and before.lower_ == lang.as_ \
            and before.dep_ == d.prep and not any(c.dep_ == d.pobj for c in before.children):
        head = before  # "who gave her name only as Fatumata, whose husband ... was sentenced": the name hung on
        # the sentence's verb, `as` left with no object
        verb = head.head
        return verb.lemma_.lower() in lang.name_giving_verbs and any(
            c.dep_ == d.dobj and c.lemma_.lower() in lang.name_nouns or c.dep_ == d.auxpass for c in verb.children)
    if on(NAME_GIVEN_AS_THE_NEXT_VERB_S_SUBJECT) and head.dep_ in d.subjects and before is not None \
            and before.lower_ == lang.as_ and before.dep_ == d.mark and before.head.i == head.head.i \
            and head.head.head.i != head.head.i:
        verb = head.head.head  # "who gave his name only as Lennox said": `as` marks `said`, hung on `gave`
        return verb.lemma_.lower() in lang.name_giving_verbs and any(
            c.dep_ == d.dobj and c.lemma_.lower() in lang.name_nouns for c in verb.children)
    if head.dep_ == d.pobj and head.head.lower_ == lang.as_:
        verb = head.head.head
        kids = verb.children
        return verb.lemma_.lower() in lang.name_giving_verbs and any(
            c.dep_ == d.dobj and c.lemma_.lower() in lang.name_nouns or c.dep_ == d.auxpass for c in kids)
    return head.dep_ == d.appos and head.head.lemma_.lower() in lang.name_nouns \
        and any(c.dep_ == d.poss and c.lower_ in lang.person_pronouns for c in head.head.children)


def _known_as(head, lang):
    """`the agency, known as Tarnas`: the common noun a naming participle gives ``head`` to as its name, or None."""
    d = lang.dep
    if head.dep_ == d.pobj and head.head.lower_ == lang.as_ and head.head.head.dep_ == d.acl \
            and head.head.head.lemma_.lower() in lang.naming_participles:
        named = head.head.head.head
        return named if named.pos_ == "NOUN" and not named.ent_type_ else None
    return None


def _article_joined_surname(toks, lang) -> bool:
    """`el-Shafei`, `al-Masri`, `Abdel el-Naggar`: capitalised names and one surname opening on an article joined
    to it by a hyphen, and nothing else."""
    k = next((k for k, t in enumerate(toks) if t.is_lower and t.lower_ in lang.name_articles_joined), None)
    return k is not None and k + 3 == len(toks) and toks[k + 1].text in lang.hyphens \
        and not toks[k + 1].whitespace_ and not toks[k].whitespace_ and toks[k + 2].is_title \
        and all(t.is_title and t.is_alpha and t.lower_ not in lang.org_heads for t in toks[:k])


def _patronymic_name(toks, lang) -> bool:
    """`Hafiz bin Rahmat`, `Nur Aisyah binti Hassan`: capitalised proper nouns with one lower-case particle naming a
    father between them, and no title or body's word."""
    return toks[0].is_title and toks[-1].is_title and sum(1 for t in toks if t.is_lower) == 1 \
        and all(t.is_lower and t.lower_ in lang.patronymic_particles
                or t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.lower_ not in lang.org_heads
                and t.lower_ not in lang.titles and t.lower_ not in lang.body_openers for t in toks)


def _names_and_particles(toks, lang) -> bool:
    """`Gonzalo Ferrero de la Piedra`: two or more capitalised proper nouns, one or two particles (an article after
    one: `de la`), a capitalised last word; no saint's name or article opening it (`El Faro del Sur`), no title or
    body's word in it."""
    first = next((k for k, t in enumerate(toks) if t.is_lower), 0)
    return first >= 2 and toks[-1].is_title and toks[0].lower_ not in lang.saint_words \
        and toks[0].lower_ not in lang.name_articles \
        and 1 <= sum(1 for t in toks if t.is_lower) <= 2 \
        and all(t.is_lower and (t.lower_ in lang.name_particles or t.lower_ in lang.particle_articles
                                and t.i > 0 and t.doc[t.i - 1].lower_ in lang.name_particles)
                or t.is_title and t.is_alpha and t.pos_ == "PROPN"
                and t.lower_ not in lang.org_heads and t.lower_ not in lang.titles and t.lower_ not in lang.body_openers
                for t in toks)


def shaped_like_a_persons(toks, lang, most: int = 3) -> bool:
    """Two or three (up to ``most``) capitalised proper nouns, none a body's head word or a firm's legal form: `Pia
    Varsk`, `Pia Varsk-Hart` (two words joined by a hyphen are one, ``name_words``)."""
    toks = _without_inner_particles(toks, lang)
    words = name_words(toks, lang)
    joined = [t for t in toks if t.text in lang.hyphens]  # "Agence France-Presse": no name joins a country's
    return 2 <= len(words) <= most and all(name_cased(t, lang) and (t.pos_ == "PROPN" or _accented_name_word(t))
                                        and t.lower_ not in lang.org_heads
                                        and t.lower_.rstrip(".") not in lang.corporate_suffixes for t in words) \
        and not any(lang.country_of(h.doc[h.i + k].text) for h in joined for k in (-1, 1))


def _without_inner_particles(toks, lang) -> list:
    """A name's tokens without the lowercase particles between its capitalised words (`de`, `van`, `de la` of
    `Pieter de Vries`, `Rosario de la Fuente`); the tokens as they are where a particle opens or ends the name."""
    toks = list(toks)
    if not on(PARTICLE_IN_A_PERSON_S_NAME) or len(toks) < 3 or not toks[0].is_title or not toks[-1].is_title:
        return toks
    inner = toks[1:-1]
    particle = [t.is_lower and (t.lower_ in lang.name_particles or k > 0 and inner[k - 1].lower_ in lang.name_particles
                                and t.lower_ in lang.particle_articles) for k, t in enumerate(inner)]
    return [toks[0], *(t for t, p in zip(inner, particle) if not p), toks[-1]] if any(particle) else toks


def _accented_name_word(t) -> bool:
    """`Dubé` tagged a common noun: a capitalised word inside a sentence with a letter English writes with no accent
    is a name's, whatever the tagger made it."""
    return on(ACCENTED_WORD_IN_A_NAME) and t.is_title and not t.is_sent_start \
        and any(c.isalpha() and not c.isascii() for c in t.text)  # not `O’Halloran`'s typeset apostrophe


def _shaped_after_an_honorific(toks, lang) -> bool:
    """One to three capitalised proper nouns, none a title or a body's head word: `Moorcroft`, `Moorcroft-Hayes`."""
    words = name_words(toks, lang)
    if on(STYLED_NAME_OF_A_STREET) and words and (words[-1].lower_ in lang.place_heads
                                                  or words[-1].lower_ in lang.street_words
                                                  or words[-1].lower_ in lang.structure_nouns):
        return False  # "U Street", "Lady Bay Bridge": a place's name
    return 1 <= len(words) <= 3 and all(name_cased(t, lang) and t.pos_ == "PROPN" and t.lower_ not in lang.titles
                                        and t.lower_ not in lang.org_heads for t in words)


def name_words(toks, lang) -> list:
    """A name's words, each by its first token: a hyphen with no space on either side joins the two capitalised
    words around it into one (`Moorcroft-Hayes`)."""
    if not on(HYPHENATED_SURNAME):
        return list(toks)
    out, second = [], False
    for t in toks:
        if second:
            second = False  # "Hayes" of "Moorcroft-Hayes"
        elif out and _joins(t, lang):
            second = True
        else:
            out.append(t)
    return out


def _joins(t, lang) -> bool:
    """A hyphen written with no space on either side, between two capitalised words: `Moorcroft-Hayes`."""
    doc = t.doc
    return t.text in lang.hyphens and not t.whitespace_ and 0 < t.i < len(doc) - 1 \
        and not doc[t.i - 1].whitespace_ and doc[t.i - 1].is_title and doc[t.i + 1].is_title


def _bodys_speaker(span, toks, lang) -> bool:
    """`The Tarn Rights Fund's Jo de Moss said`: two or three capitalised words, none a body's, right after a
    body's possessive, the subject of a verb."""
    doc = span.doc
    if not toks or span.start < 2 or toks[0].i != span.start or span.root.dep_ not in lang.dep.subjects:
        return False
    owner = doc[span.start - 1]
    if owner.tag_ != lang.possessive_tag or lang.ent.org not in (owner.ent_type_, doc[span.start - 2].ent_type_):
        return False
    return shaped_like_a_persons(toks, lang)


def owns_a_full_name(span, lang) -> bool:
    """`Greenpeace's Ana Lind`, `Greenpeace's campaigns director Ana Lind`: the span's possessive owns a
    person's name of two words or more that follows it."""
    doc, e = span.doc, lang.ent
    if span.end >= len(doc) or doc[span.end].tag_ != lang.possessive_tag or span.root.dep_ != lang.dep.poss:
        return False
    owned = span.root.head
    named = next((x for x in doc.ents if x.start <= owned.i < x.end), None)
    if named is None and owned.pos_ == "PROPN":  # the person's name left untagged: its own words
        start = owned.i
        while start > span.end + 1 and doc[start - 1].dep_ == lang.dep.compound and doc[start - 1].is_title:
            start -= 1
        if not shaped_like_a_persons(list(doc[start: owned.i + 1]), lang) \
                or any(t.ent_type_ for t in doc[start: owned.i + 1]):
            return False
        return all(t.is_lower for t in doc[span.end + 1: start])
    return named is not None and named.label_ == e.person and named.start > span.end and len(named) >= 2 \
        and all(t.is_lower for t in doc[span.end + 1: named.start])


def owns_a_body_title(span, lang) -> bool:
    """`Caledonia Northern's managing director`, `Tarn Rossi's owner`: the name owns a title held only at a body."""
    doc, k = span.doc, span.end
    if doc[k - 1].tag_ == lang.possessive_tag:
        k -= 1  # the possessive tagged with the name
    if k + 1 >= len(doc) or doc[k].tag_ != lang.possessive_tag:
        return False
    one = doc[k + 1].lower_
    two = f"{one} {doc[k + 2].lower_}" if k + 2 < len(doc) else ""
    return one in lang.body_titles or two in lang.body_title_phrases


def _titled_name(span, toks, lang) -> bool:
    """`spokesperson Clara Weiss`: two or three capitalised words, none a body's, right after a title word
    (a noun, in the same phrase) that modifies them."""
    if not toks or span.start < 1 or toks[0].i != span.start:
        return False
    title = span.doc[span.start - 1]
    apposed = on(NAME_APPOSED_RIGHT_AFTER_A_TITLE) and span.root.dep_ == lang.dep.appos and span.root.head.i == title.i
    noun = title.pos_ == "NOUN" or on(TITLE_OPENING_THE_SENTENCE) and title.pos_ == "PROPN" and title.is_sent_start \
        or on(TITLE_READ_AS_AN_ADJECTIVE) and title.pos_ == "ADJ" and title.is_lower  # "chief executive NAME"
    if not noun or title.lower_ not in lang.titles \
            or title.head.i not in range(span.start, span.end) and not apposed:
        return False  # "spokesperson Clara Weiss"; "the crime writer Colm Ardagh", the name apposed to the title
    return shaped_like_a_persons(toks, lang)


def _person_word(tok, lang) -> bool:
    """Whether a lower-case word (the parser may take it into the name) is one only for a person: a role
    (`farmer`), a relation (`neighbour`) or kin (`wife`)."""
    lemma = tok.lemma_.lower()
    return tok.is_lower and tok.pos_ in ("NOUN", "PROPN") and (
        lemma in lang.person_nouns or lemma in lang.relation_nouns or lemma in lang.kinship_nouns)


def aged(span, lang) -> bool:
    """`NAME, 34,` or `NAME (34)`: the name followed by a number a person's age can be, set off as an age is,
    and not as one of a list of numbered names (`from Port Harcourt, 12, and Abuja, 9`)."""
    doc, k = span.doc, span.end
    if doc[span.start].lower_ in lang.place_prefixes:
        return False  # "Port Harcourt", "Mount Kenya"
    if on(AGE_DESCRIPTION_AFTER_NAME) and k + 2 < len(doc) and doc[k].text == "," \
            and doc[k + 1].lower_ in lang.indefinite_articles:
        described = lang.age_description.match(doc[k + 2: k + 7].text)  # "NAME, a 29-year-old hairdresser,"
        return described is not None and 0 < int(described.group(1)) <= lang.oldest_age
    if k + 2 >= len(doc) or (doc[k].text, doc[k + 2].text) not in ((",", ","), (",", "."), ("(", ")")):
        return False
    listed = k + 3 < len(doc) and (doc[k + 3].lower_ in lang.coordinators or doc[k + 3].like_num)
    age = doc[k + 1]
    return age.is_digit and 0 < int(age.text) <= lang.oldest_age and not listed


def _origin_or_destination(prep, lang) -> bool:
    """`from` on a word for a person (`a driver from`), or `to` on a word for a journey (`flights to`)."""
    noun = prep.head
    if on(CARRIED_TO_A_PLACE) and noun.pos_ == "VERB" and prep.lower_ == lang.route_prepositions[1] \
            and noun.lemma_.lower() in lang.carrying_verbs:
        return True  # "carrying furniture to Braga"
    if on(PLACE_SET_OUT_FROM) and noun.pos_ == "VERB" and prep.lower_ == lang.motion_from \
            and any(c.dep_ == lang.dep.prt and c.lower_ in lang.departing_particles for c in noun.children):
        return True  # "set out from Palma Soriano at 2 a.m."
    if on(PLACE_A_WAY_LEADS_TO) and noun.pos_ == "VERB" and prep.lower_ == lang.route_prepositions[1] \
            and noun.lemma_.lower() in lang.way_verbs and noun.dep_ == lang.dep.acl \
            and noun.head.lemma_.lower() in lang.journey_nouns:
        return True  # "checkpoints on roads leading to São Domingos and Pirada"
    if on(DESTINATION_OF_TWO_WORDS) and noun.pos_ == "VERB" and prep.lower_ != lang.motion_from \
            and prep.i >= 1 and prep.doc[prep.i - 1].dep_ == lang.dep.dobj and prep.doc[prep.i - 1].head.i == noun.i:
        noun = prep.doc[prep.i - 1]  # "blocked the railway to X": `to` hung on the verb, after the way it names
    if noun.pos_ != "NOUN":
        return False
    word = noun.lemma_.lower()
    if prep.lower_ == lang.motion_from:
        return word in lang.person_nouns or word in lang.titles
    return word in lang.journey_nouns


def _end_of_a_range_of_places(root, lang) -> bool:
    """Whether a name is one end of a range of names (`from Crater to Sheikh Othman`) that is set off after a word for
    a place (`every district of the city, from ...`) or whose other end is tagged a place."""
    prep, d = root.head, lang.dep
    to = lang.route_prepositions[1]
    if prep.lower_ == to and prep.head.lower_ == lang.motion_from:
        start = prep.head
        ends = [g for g in start.children if g.dep_ == d.pobj]
    elif prep.lower_ == lang.motion_from:
        start = prep
        ends = [g for c in prep.children if c.dep_ == d.prep and c.lower_ == to for g in c.children if g.dep_ == d.pobj]
    else:
        return False
    other = [t for t in ends if t.i != root.i]
    if len(other) != 1 or other[0].pos_ != "PROPN":
        return False
    doc = root.doc
    if other[0].ent_type_ in (lang.ent.gpe, lang.ent.loc):
        return True
    before = doc[max(0, start.i - 7): start.i - 1]
    return start.i > 0 and doc[start.i - 1].text == "," and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in lang.place_nouns for t in before)


def _one_of_the_bodies(span, lang) -> bool:
    """`NAME, one of the companies awarded a slot,`: a name set off before `one of` and a plural word for a body;
    `One of the contractors named, NAME,`: a name apposed after them."""
    doc, k = span.doc, span.end
    root = span.root
    if on(ONE_OF_THE_BODIES_BEFORE) and root.dep_ == lang.dep.appos and root.head.i < span.start \
            and root.head.lower_ in lang.partitive_heads:  # "One of the contractors named in the report, NAME,"
        return any(g.tag_ == lang.plural_noun_tag and g.lemma_.lower() in lang.body_nouns | lang.business_nouns
                   for c in root.head.children if c.dep_ == lang.dep.prep and c.lower_ == lang.of
                   for g in c.children if g.dep_ == lang.dep.pobj)
    if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in lang.partitive_heads \
            or doc[k + 2].lower_ != lang.of:
        return False
    noun = doc[k + 4] if doc[k + 3].lower_ in lang.definite_determiners and k + 4 < len(doc) else doc[k + 3]
    if noun.tag_ == lang.plural_noun_tag and noun.lemma_.lower() in lang.body_nouns:
        return True
    if not (on(ONE_OF_THE_BODIES_READ_TO_THE_NOUN) and doc[k + 1].dep_ == lang.dep.appos
            and doc[k + 1].head.i == root.i):
        return False
    noun = next((g for g in doc[k + 2].children if g.dep_ == lang.dep.pobj), noun)  # "Mongolia's largest X"
    return noun.tag_ == lang.plural_noun_tag and noun.lemma_.lower() in lang.body_nouns | lang.firm_nouns \
        and noun.lemma_.lower() not in lang.person_nouns


def described_as_a_person(span, lang):
    """`NAME, a tomato seller,`: the noun of an indefinite description set off right after the name, when it is a
    word only for a person (not `a grain trader`, which a firm can be); None otherwise."""
    doc, k = span.doc, span.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in lang.indefinite_articles:
        return None
    head = next((c for c in span.root.children if c.dep_ == lang.dep.appos and c.left_edge.i == k + 1
                 and c.pos_ == "NOUN"), None) if on(DESCRIPTION_READ_TO_ITS_HEAD) else None
    if head is not None and head.lemma_.lower() in lang.person_nouns \
            and head.lemma_.lower() not in lang.shared_role_nouns:
        return head  # "a 19-year-old first-year medicine student from Quilmes who ...,"
    end = next((t.i for t in doc[k + 2: k + 7] if t.is_punct), None)
    if end is None or doc[end].text not in (",", "."):
        return None
    noun = doc[end - 1]
    word = noun.lemma_.lower()
    return noun if noun.pos_ == "NOUN" and word in lang.person_nouns and word not in lang.shared_role_nouns else None


def described_as_a_product(span, lang) -> bool:
    """`Nifelan XL, an extended-release form of the drug,`: a description set off right after the name whose head is
    a word for a product; `The firm's best-selling model, the Kemi Vintner,`, `The first session, Codka Kemi,`: the
    name apposed after a word for a product or an event. What it says holds at every mention."""
    if on(DESCRIBED_AS_A_PRODUCT) and _described_as(span, lang, lang.product_nouns - lang.person_nouns):
        return True
    root = span.root
    return on(NAME_APPOSED_TO_A_PRODUCT_OR_EVENT) and root.dep_ == lang.dep.appos and root.head.i < span.start \
        and root.head.pos_ == "NOUN" and span.start > 0 and span.doc[span.start - 1].text == "," \
        and root.head.lemma_.lower() in (lang.product_nouns | lang.event_nouns) - lang.person_nouns


def _after_a_place_prefix(first, lang) -> bool:
    """Whether a name opening on ``first`` comes right after, or one or two untagged capitalised words after, a
    capitalised word opening the names of streets and squares (`Avenue Gamal Abdel Nasser`, `Rue Didouche Mourad`)."""
    doc, k = first.doc, first.i
    while k > 0 and first.i - k < 2 and doc[k - 1].is_title and doc[k - 1].is_alpha and not doc[k - 1].ent_type_ \
            and doc[k - 1].lower_ not in lang.place_prefixes and doc[k - 1].lower_ not in lang.titles:
        k -= 1
    return k > 0 and doc[k - 1].is_title and doc[k - 1].lower_ in lang.place_prefixes \
        and doc[k - 1].lower_ not in lang.titles and not doc[k - 1].ent_type_


def _described_as_a_body(span, lang) -> bool:
    """`NAME, the academy for young players she opened,`: a description set off right after the name, apposed to it,
    whose head noun is a word for a body and never for a person, and which does not go on with `who`."""
    if on(DESCRIBED_WITH_WHO_IS_NO_BODY) and any(c.dep_ == lang.dep.appos and c.i > span.root.i
                                                and described_with_who(c, lang) for c in span.root.children):
        return False  # "NAME, a kiln operator who has worked at the plant for 14 years,": a person
    return _described_as(span, lang, lang.body_nouns - lang.person_nouns - lang.place_nouns)  # not `the capital`


def _seat_of_the_member(span, lang) -> bool:
    """`member NAME, who represents Bumthang`, `the senator who represents Kemi County`: the object of `represent`
    in a relative clause on someone elected for a place (a member, a senator) is their seat."""
    root, d = span.root, lang.dep
    verb = root.head
    if root.dep_ != d.dobj or verb.lemma_.lower() != lang.representing_verb or verb.dep_ != d.relcl:
        return False
    holder = verb.head
    return any(t.lower_.rstrip(".") in lang.representing_titles for t in holder.subtree if t.i <= holder.i)


def _place_s_name_set_off(span, lang) -> bool:
    """`to the regional capital, Hinche, the agency said`: a name set off by commas right after a word for a place
    that `the` opens (`the capital`, `the provincial town`), no body's word in the name."""
    doc, k = span.doc, span.start
    if k < 3 or doc[k - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    noun = doc[k - 2]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lang.place_nouns and not noun.ent_type_ \
        and any(c.dep_ == lang.dep.det and c.lower_ == lang.definite_article for c in noun.children) \
        and not any(t.lower_ in lang.org_heads for t in span) and not lang.country_of(span.text) \
        and span[0].lower_ not in lang.given_names and not aged(span, lang)  # (not `the city, NAME, 24,`)


def _set_off_before_who(span, toks, lang) -> bool:
    """`Jean-Marc Payet, ..., who runs the diving club`: two or three capitalised words (a hyphen may join two),
    no word of a body's or a title's among them, set off by a comma and with a relative clause opening on `who` hung
    on them."""
    words = [t for t in toks if t.text not in lang.hyphens]
    if not (2 <= len(words) <= 3 and toks[0].i == span.start and span.end < len(span.doc)
            and span.doc[span.end].text == "," and span.text.lower() not in lang.known_orgs
            and span.root.pos_ == "PROPN" and span.root.dep_ != lang.dep.pobj):  # (not `a farmer from the village
        # of X, who`: the farmer)
        return False
    if not all(t.is_title and t.is_alpha and t.lower_ not in lang.org_heads and t.lower_ not in lang.titles
               and not lang.country_of(t.text) for t in words):
        return False
    if any(t.lower_ in lang.person_pronouns and t.dep_ in lang.dep.subjects for t in span.doc[span.end:span.sent.end]):
        return False  # `NAME, who ..., said she`: the rule for a name's own report reads it
    return any(c.dep_ == lang.dep.relcl and c.i > span.end and c.left_edge.lower_ == lang.personal_relative
               and c.left_edge.dep_ in lang.dep.subjects for c in span.root.children)


def described_with_who(noun, lang) -> bool:
    """Whether the description ``noun`` goes on with a relative clause opening on `who` (`a kiln operator who has
    worked at the plant for 14 years`): what it describes is a person."""
    word = noun.lemma_.lower()
    return (word not in lang.person_nouns or word in lang.shared_role_nouns) and any(  # (a word only for a person:
        g.dep_ == lang.dep.relcl and g.left_edge.lower_ == lang.personal_relative for g in noun.children)  # its rule)


def _set_off_after_a_place_word(span, lang) -> bool:
    """`a new harbour, Vestre Kai, on the island`: the name set off by a comma right after an indefinite common noun
    for a place, a landform or a building (what the parser hangs the name on varies), and the subject of nothing."""
    doc, k = span.doc, span.start
    if k < 3 or doc[k - 1].text != "," or span.root.dep_ in lang.dep.subjects:
        return False
    noun = doc[k - 2]
    return noun.pos_ == "NOUN" and not noun.ent_type_ \
        and noun.lemma_.lower() in lang.placing_nouns \
        and any(c.dep_ == lang.dep.det and c.lower_ in lang.indefinite_articles for c in noun.children)


def _set_off_after_the_place_word(span, lang) -> bool:
    """`east of the provincial capital, Kaysone Phomvihane, are`: the name set off by commas right after a word for a
    place that `the` or a possessive opens, the subject of nothing, described as no one, and the place no person's
    office is `of` (`the governor of the province, NAME`)."""
    doc, k = span.doc, span.start
    if k < 3 or doc[k - 1].text != "," or span.root.dep_ in lang.dep.subjects \
            or span.end >= len(doc) or doc[span.end].text not in (",", "."):
        return False
    if any(t.lower_ in lang.capitalised_filiations or t.lower_ in lang.patronymic_particles for t in span) \
            or span.end + 1 < len(doc) and (doc[span.end + 1].lower_ == lang.personal_relative
                                            or doc[span.end + 1].lower_ in lang.relative_possessives):
        return False  # "Cheikhna Ould Ahmed Salem", "NAME, whose nephews were killed,": a person's
    noun = doc[k - 2]
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() not in lang.place_nouns \
            or not any(c.dep_ in (lang.dep.det, lang.dep.poss) and c.lower_ in lang.definite_determiners | {"its"}
                       for c in noun.children):
        return False
    if noun.dep_ == lang.dep.pobj and (noun.head.head.lower_ in lang.titles
                                       or noun.head.head.lemma_.lower() in lang.person_nouns):
        return False  # "the mayor of the town, NAME"
    return described_as_a_person(span, lang) is None


def _set_off_after_a_body_word(span, lang) -> bool:
    """`accounts on its service, Savane Pay`: the name set off by a comma right after a common noun for a body that an
    article or a body's possessive opens, and the subject of nothing; not where the body is whom someone named
    before it works for (`a spokesman for the committee, NAME`)."""
    doc, k = span.doc, span.start
    if k < 3 or doc[k - 1].text != "," or span.root.dep_ in lang.dep.subjects:
        return False
    noun = doc[k - 2]
    if noun.dep_ == lang.dep.pobj and (noun.head.head.lower_ in lang.titles
                                       or noun.head.head.lemma_.lower() in lang.person_nouns):
        return False  # "a spokesman for the committee, NAME": the spokesman's name
    if on(PERSON_DESCRIBED_AFTER_A_BODY_WORD) and described_as_a_person(span, lang) is not None:
        return False  # "in the 125-seat chamber, NAME, a spokeswoman for the assembly, told": a person's name
    return noun.pos_ == "NOUN" and not noun.ent_type_ \
        and noun.lemma_.lower() in lang.body_nouns - lang.person_nouns - lang.place_nouns \
        and any(c.dep_ in (lang.dep.det, lang.dep.poss) and c.i < noun.i
                and c.lower_ in lang.articles | lang.body_possessives for c in noun.children)


def _description_opens_a_clause(span, lang) -> bool:
    """Whether the description apposed after the name is the subject of a verb right after it, misread as a
    description (`According to a spokesman, NAME, the bridge was closed`)."""
    head = next((c for c in span.root.children if c.dep_ == lang.dep.appos and c.i > span.end), None)
    after = head.right_edge.i + 1 if head is not None else len(span.doc)
    return after < len(span.doc) and span.doc[after].pos_ in ("VERB", "AUX")


def owner_read_as_the_head(noun, lang) -> bool:
    """`NAME, the agency's director-general`, parsed with `agency` as the apposition's head: ``noun`` is in the
    possessive, the owner of the description's head, not the head."""
    doc = noun.doc
    return on(OWNER_NO_HEAD_OF_A_DESCRIPTION) and noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ == lang.possessive_tag


def _described_as(span, lang, nouns) -> bool:
    """Whether a description set off right after the name, opening on an article and apposed to it, has one of
    ``nouns`` for its head noun (with ``nouns`` None: any noun a participle of a body's seat hangs on, `a trader
    headquartered in Singapore`)."""
    doc, k = span.doc, span.end
    if k + 2 >= len(doc) or doc[k].text != "," \
            or doc[k + 1].lower_ not in lang.definite_determiners | lang.indefinite_articles:
        return False
    head = next((c for c in span.root.children if c.dep_ == lang.dep.appos and c.left_edge.i == k + 1), None)
    if head is not None and owner_read_as_the_head(head, lang):
        return False  # "NAME, the agency's director-general", parsed headed by `agency`: the agency owns the title
    if nouns is None:  # any noun, headquartered somewhere
        return head is not None and any(c.dep_ == lang.dep.acl and c.lower_ in lang.seat_participles
                                        for c in head.children)
    return head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in nouns


def _reports_itself_a_person(span, lang) -> bool:
    """`NAME, ..., announced on Tuesday that she would retire`: ``span`` opens its sentence, and the first pronoun
    after it is `he` or `she`, the subject of a clause reported by a verb after the name whose subject, if the parser
    gave it one, is the name; no person is named or described between (`NAME, whose chief executive resigned, said
    she`)."""
    d, doc = lang.dep, span.doc
    sent = span.root.sent
    if span.start != sent.start:
        return False
    for t in doc[span.end:sent.end]:
        if t.ent_type_ == lang.ent.person or t.pos_ == "NOUN" and (t.lemma_.lower() in lang.person_nouns
                                                                  or t.lower_ in lang.titles):
            return False
        if t.pos_ != "PRON" or on(WHO_BEFORE_THE_REPORT) and t.lower_ == lang.personal_relative \
                and t.i == span.end + 1 and doc[span.end].text == ",":
            continue  # ("NAME, who had run the paper, said she": the relative describes the name)
        verb = t.head.head
        return t.lower_ in lang.person_pronouns and t.dep_ in d.subjects and t.head.dep_ == d.ccomp \
            and verb.lemma_ in lang.report_verbs and verb.i > span.end \
            and all(c.i == span.root.i for c in verb.children if c.dep_ in d.subjects)
    return False


def _named_relative(span, toks, lang) -> bool:
    """`her husband, Lars,`, `his daughter, Mira Holt,`: one to three capitalised proper nouns, none a body's or a
    country's, set off in apposition to a word for a relative."""
    root, doc = span.root, span.doc
    words = name_words(toks, lang)
    if root.dep_ != lang.dep.appos or span.start < 1 or doc[span.start - 1].text != "," or not 1 <= len(words) <= 3:
        return False
    if lang.country_of(span.text) or not all(name_cased(t, lang) and t.pos_ == "PROPN"
                                             and t.lower_ not in lang.org_heads for t in words):
        return False
    head = root.head
    return head.pos_ == "NOUN" and head.i < span.start and head.lemma_.lower() in lang.kinship_nouns


def _apposed_to_a_title_s_place(span, toks, lang) -> bool:
    """`Its director for Asia, Pia Varsk,`, `the envoy to Yemen, Pia Varsk,`: a name of two or three capitalised
    words, set off by commas, hung on the place a title is posted to."""
    d, root, doc = lang.dep, span.root, span.doc
    if root.dep_ != d.appos or span.start < 1 or doc[span.start - 1].text != "," or not 2 <= len(toks) <= 3 \
            or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    place = root.head
    return shaped_like_a_persons(toks, lang) and place.dep_ == d.pobj and place.ent_type_ in lang.ent.places \
        and place.head.lower_ in lang.posted_prepositions and place.head.head.pos_ == "NOUN" \
        and place.head.head.lower_ in lang.titles


def _apposed_to_title(span, toks, lang) -> bool:
    """`the president of Norland, Pia Varsk,`, `the firm's chairman, Pia Varsk,`: a name of two or three
    capitalised words, none a body's, in apposition to a title (or to the body the title is of)."""
    d, root = lang.dep, span.root
    listed = on(TITLE_APPOSITION_READ_AS_A_LIST) and root.dep_ == d.conj and root.head.i < root.i and not any(
        c.dep_ == d.cc for c in root.head.children if root.head.i < c.i < root.i)  # "solicitor, NAME of FIRM,"
    if root.dep_ != d.appos and not listed or span.start < 1 or span.doc[span.start - 1].text != ",":
        return False
    if not shaped_like_a_persons(toks, lang, 4 if on(FOUR_WORD_NAME_APPOSED_TO_A_TITLE) else 3):
        return False
    head = root.head
    if head.dep_ == d.pobj and head.head.lower_ == lang.of and span.label_ == lang.ent.org:
        # "the president of Norland, NAME": the parser hangs the name on the body (a place there may be
        # the body's: "the mayor of Portland, New Hampshire")
        head = head.head.head
    return head.pos_ == "NOUN" and head.lower_ in lang.titles
