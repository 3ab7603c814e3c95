"""The model's entities with its commonest mistakes about names undone, once per Doc, before any rule reads them.

- a title's body fused with the name after it: `Minister of Health Eva Kron` tagged `Health Eva Kron`;
- a firm's name cut short: `Baltic Forge Kft` tagged `Forge Kft`;
- a body of a place tagged as two entities: `the Labour Court` and `Freedonia`;
- words that are no one's name: a style of address (`His Majesty`), a time zone (`14:00 CET`).

The repaired entities are set on the Doc (``doc.ents``), so token attributes agree with them.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.strings import get_string_id

from ..docs import forget_entities, lower_words, text_of, tokens_of
from ..rules import on, rule
from .registry import TRAILING_PATRONYMIC

NAME_APPOSED_AFTER_THE_BODY = rule("name-apposed-after-the-body", "`The head of the Tarn Red Cross, Maria Garcia, "
                                   "said`: a body after a title's `of`, with a person's name set off after it, holds "
                                   "no name of its own")
FUSED_AFTER_OF = rule("name-fused-after-of", "`Minister of Health Eva Kron`, `Mayor of Linford Eva Kron`: a body or "
                      "place and the name after it, tagged as one entity, are split into the body and the person")
TITLE_HELD_BEFORE = rule("title-held-before-its-body-fuses-no-name", "`Chiara Benvenuti, director of the "
                         "Pinacoteca Civica Ardenghi`: a title apposed to a person's name before it is theirs, so the "
                         "body after its `of` holds no second name")
PLACE_WORD_ENDS_NO_NAME = rule("place-word-ends-no-fused-name", "`chief of the Crabtree Valley Fire District`: a "
                               "body's name after a title and `of` that ends in a word for a place or an area is not "
                               "split into a body and a person's name")
BODY_WORD_ENDS_NO_NAME = rule("body-word-ends-no-fused-name", "`director of Human Rights Watch`: a body's name after "
                              "a title and `of` whose last two words open with a plural or end in a word that closes "
                              "bodies' names (`International`, `Watch`) is not split into a body and a person's name")
FUSED_POSSESSIVE = rule("name-fused-after-a-possessive", "`The Tarn Times' Ana Lind said`, tagged as one body: "
                        "a body's possessive (its name ending in a body's word) and the two or three capitalised "
                        "words it owns, the subject, are the body and a person")
BODY_OF_A_BODY = rule("body-fused-with-its-parent", "`the University of Tarn's Institute for Health Studies` tagged as "
                      "one body: the parent body's possessive and the body it owns are two bodies")
BODY_CUT_AT_AND = rule("body-name-cut-at-and", "`the Kenya Manufacturers and Traders Council`, tagged `Kenya` and "
                       "`Traders Council`: capitalised words after `the` (or opening the sentence) and before `and`, "
                       "then a body's name, are one body (not a person's name before it: `Prime Minister Ana Lind "
                       "and Labour Party leaders`)")
BODY_CUT_AT_AND_DESCRIBED = rule("body-name-cut-at-and-described-after-it", "`Clyde and Isles Ferries, the "
                                 "state-owned company that runs the routes, said`, tagged `Clyde` and `Isles "
                                 "Ferries`: a body's name cut at `and` is whole when a word for a body is apposed "
                                 "after it, whatever its last word")
SURNAME_TAGGED_WITH_ITS_PARTICLE = rule("surname-tagged-apart-with-its-particle", "`Dr Kiprono arap Bett, chairman "
                                        "of X, told a rally`, tagged `Kiprono` and `arap Bett`: a person's name "
                                        "right before a surname tagged with its particle is one name")
COUNTRY_WITH_AND_OPENS_A_BODY = rule("body-named-after-a-country-whose-name-holds-and", "`The Trinidad and "
                                     "Tobago Coast Guard estimated`, tagged `Trinidad` and `Tobago Coast Guard`: a "
                                     "country's name holding `and`, and the body named after it, are one body")
COUNTRY_WITH_AND_CLOSES_A_BODY = rule("body-named-of-a-country-whose-name-holds-and", "`The Central Bank of "
                                      "Trinidad and Tobago said`, tagged up to `Trinidad` and `Tobago` apart: a "
                                      "body's name ending in `of` and a country's name holding `and` runs to the "
                                      "country's last word")
BODY_NAMED_FOR_A_PLACE = rule("body-named-for-a-place", "`a lawmaker from the Unity for Georgia party`, tagged "
                              "`Unity` and `Georgia`: a body's name, `for` and a place, before a lower-case word for a "
                              "body that closes them, are one body")
UNTAGGED_AGED_NAME = rule("untagged-name-set-off-before-an-age", "`Tshering Yangzom, 46, said`, untagged (its "
                          "first word read as a verb): two or three capitalised words opening a phrase, set off "
                          "before an age the parser hangs on them, are a person's name")
UNTAGGED_AFTER_AN_HONORIFIC = rule("untagged-name-after-an-honorific", "`the Rev. Sione Vake led a service`, the "
                                   "name untagged: two or three capitalised words after a style of address such as "
                                   "`Rev.` or `Dr` are a person's name")
FIELDS_JOINED_BY_AND = rule("body-named-for-two-fields-joined-by-and", "`The Ministry of Science and ICT said`, "
                            "`the National Commission for Museums and Monuments announced`, tagged as a body and a "
                            "word apart: a portfolio or plural proper noun the parser joins to a word of the body's "
                            "name after `and` is the body's second field")
FIELDS_RUN_ON = rule("body-s-fields-listed-or-joined-after-it-are-its-name", "`The Ministry of Education, Science, "
                     "Culture and Sport said`, tagged `The Ministry of Education` alone, `the Ministry of Fisheries "
                     "and Maritime Economy`, tagged as two bodies: capitalised words after a body named for a field "
                     "(`Ministry of ...`, `Commission of ...`), set off by commas and the last joined by `and`, each "
                     "ending on a word for a field (`Science`, `Economy`, `Transition`; not `Oxfam`), tagged or not, "
                     "name its further fields: one body")
BODY_OF_A_COUNTRY = rule("body-fused-with-its-country", "`New Zealand's Commerce Commission` tagged as one body or "
                         "place: the country's possessive and the body it owns are a country and a body")
NOT_NAMES = rule("styles-and-time-zones", "`His Majesty`, `14:00 CET`: a style of address or a time zone is no one's "
                 "name")
COUNTRY_CLOSING_A_BODY = rule("country-after-a-body-s-name-holding-a-body-s-word-closes-it", "`The National Agency for "
                         "Cultural Heritage Preservation of Georgia said`, `the Association of Municipalities and "
                         "Towns of Slovenia`, the country tagged apart: `of` and a country's name right after a "
                         "body's name that holds a word for a body (`agency`, `association`) close that name")
ORG_OF_PLACE = rule("body-of-a-place", "`the Labour Court of Freedonia` tagged as a court and a place: one body")
PERSON_AFTER_A_BODY_S_OF = rule("name-tagged-a-person-after-a-body-s-of", "`the Administrative Court of "
                                "Mirandela` tagged as a court and a person: a body's head word, `of` and a name the "
                                "model took for a person's are one body's name, a place's after `of`")
BODY_AND_ITS_PLACE = rule("body-named-with-its-place", "`Norvision Philippines reported`, `according to CNN "
                          "Philippines`: a place after capitalised words that modify it, as the subject or the "
                          "source, is a body's edition for that place, one body")
COUNTRY_TAGGED_A_BODY_AFTER_OF = rule(
    "country-tagged-a-body-after-a-body-s-of-closes-its-name", "`The Revenue Authority of Lesotho said`, tagged `The "
    "Revenue Authority` and `Lesotho` as two bodies: a country's name after a body's head word and `of` ends that "
    "body's name")
ORG_OF_UNTAGGED = rule("body-of-an-untagged-place", "`the Tarn Civil Liberties Union of Westmark and ...` tagged up "
                       "to `Union`: a body's name runs over `of` and one capitalised word the model left untagged")
CAMPUS = rule("university-campus-after-a-comma", "`the University of Tarn, Kemiville said` tagged up to `Tarn`: a "
              "university system's name, a comma and one or two capitalised words ending the phrase are one body, "
              "the campus in its name")
PAIRED_PLACE = rule("body-of-two-places", "`the High Court of Tarnland and Wester` tagged up to `Tarnland`: a body's "
                    "name ending in `of` and a place runs over `and` and the one capitalised place after it")
JOINED_FOUNDERS = rule("body-named-after-two-founders", "`the Ana and Mark Lind Foundation` tagged `Ana` and `Mark "
                       "Lind Foundation`: a capitalised word after `the`, `and`, then a body's name are one body")
FIRM_NAME = rule("firm-name-runs-to-its-first-word", "`Baltic Forge Kft` tagged `Forge Kft`: a name ending in a legal "
                 "form takes the capitalised words before it")

PORTFOLIO_THEN_NAME = rule("name-after-a-title-s-portfolio", "`Secretary of Justice Marta Rivera Colón said`, tagged "
                           "`Justice Marta Rivera Colón`, or `Justice` and `Figueroa`: after a title, `of` and its "
                           "portfolio, the capitalised words that follow are the person's whole name")
PORTFOLIO_FOR_THEN_NAME = rule("name-after-a-title-s-portfolio-after-for", "`Minister for Health Stephen Dunne "
                               "said`, `Minister of State for Petroleum Resources Tunde Alabi`, tagged as a body or "
                               "not at all: after a title and `for`, a run of capitalised words (joined by `and` "
                               "or commas) ending right before the verb or a comma holds the portfolio and then "
                               "the holder's name, its last two words")
WEEKDAY_GIVEN_NAME = rule("day-s-name-opening-a-person-s-name", "`said Sunday Adeyemi, 34, an okada rider`, "
                          "tagged a date: a day's name and one or two capitalised names after it, with no time word "
                          "or number and no preposition before, is a person's name")
GIVEN_NAME_BEFORE_A_PATRONYMIC = rule("given-name-before-bin-or-bint-opens-the-name", "`Minister of Science "
                                      "Noura bint Ahmed Al Suwaidi said`, tagged `Science Noura` and `Ahmed Al "
                                      "Suwaidi`: the capitalised word before `bin` or `bint` is the given name of the "
                                      "person named after it, and the name runs from it")
GIVEN_NAMES_BEFORE_A_PATRONYMIC = rule("given-names-tagged-before-a-patronymic", "`Justice Daniel Kiprotich arap "
                                       "Rotich wrote`, tagged `Daniel Kiprotich` and `Rotich`: a person's name opening "
                                       "on a known given name before `arap` or `bin` is all of the name's start")
UNKNOWN_GIVEN_NAMES_BEFORE_A_PATRONYMIC = rule("names-with-no-title-tagged-before-a-patronymic", "`said Nurul "
                                               "Aina binti Ahmad Nor`, tagged `Nurul Aina` and `Ahmad Nor`: every "
                                               "capitalised word of a person's name before `binti` is a given name, "
                                               "known or not, when none is a title")
PARTICLE_OPENS_A_SURNAME_ALONE = rule("particle-opens-a-surname-used-alone", "`\"...,\" dos Santos told supporters`, "
                                      "tagged `Santos` and `dos` parsed as a verb: a lower-case particle of a surname "
                                      "(`dos`, `van`, `de`) right before a person's name, with no name word before "
                                      "it, opens the surname, and the attribution after a quotation reads past it")
SURNAME_AFTER_A_PATRONYMIC = rule("surname-after-a-patronymic-is-the-name-s", "`Deputy Minister Elnur Vagif oglu "
                                  "Huseynov told reporters`, tagged `Elnur Vagif oglu` and `Huseynov`, or only the "
                                  "surname: a surname right after a given name, a father's name and a patronymic "
                                  "(`oglu`, `gizi`, `uulu`) is the end of one name, as Azerbaijan writes it")
FATHER_S_NAME_CUT = rule("father-s-name-cut-after-a-patronymic-runs-on", "`Haji Yusri bin Pengiran Haji Omar said`, "
                         "tagged `Haji Yusri bin Pengiran` and `Haji Omar`: a name tagged right after one that holds "
                         "`bin` or `binti` and a word of the father's name is the rest of the father's name")
FUNCTION_WORD_IN_A_NAME = rule("capitalised-function-word-beside-a-name-is-part-of-it", "`Siti Khadijah binti Mohd "
                               "Nor, a lawyer,`, `said Per Olsen`, the model leaving out `Nor` and `Per`: a word "
                               "that is also a conjunction, a preposition or a pronoun, capitalised inside a sentence "
                               "right before a person's name or closing it before a comma, is a word of the name")
CLERICAL_TITLE_TAGGED_A_BODY = rule("clerical-title-opening-a-name-tagged-a-body", "`Its head teacher, Sister Ana "
                                    "Moro, said`, tagged a body: `Sister`, `Father` or `Brother` capitalised before "
                                    "two or three words shaped as a person's name opens a person's name")
HONORIFIC_OPENS_A_NAME_TAGGED_A_DOCUMENT = rule(
    "honorific-opening-a-name-tagged-a-document", "`\"We will play,\" Dr Guambe said.`, tagged a work of art: a "
    "capitalised honorific (`Dr`, `Mestre`) before one to three words shaped as a person's name opens a person's name, "
    "whatever the model tagged it")
PORTFOLIO_TAGGED_A_PERSON = rule(
    "portfolio-before-minister-tagged-a-person", "`Awqaf Minister Sheikh Khaled al-Qudah said`, `Awqaf` tagged a "
    "person: one capitalised word right before `Minister` and the name of the one who holds the office is the "
    "portfolio, no one's name")
KNOWN_GIVEN_NAME_LEFT_OUT = rule("known-given-name-left-out-before-a-person-s-name", "`said Carmen Julia Núñez del "
                                 "Prado`, tagged `Julia Núñez`: a given name the language knows, untagged right "
                                 "before a person's name and read into the same name by the parser, opens it")
TWO_KNOWN_GIVEN_NAMES_LEFT_OUT = rule("two-known-given-names-left-out-before-a-person-s-name", "`Presiding Judge "
                                     "María Fernanda Zelaya Oseguera said`, tagged `Zelaya Oseguera`: two given names "
                                     "the language knows, untagged right before a person's name and read into it by "
                                     "the parser, open it, not the title before them")
PARTICLE_NAME_TAGGED_A_BODY_BEFORE_THE_SURNAMES = rule(
    "given-name-and-particle-tagged-a-body-before-the-surnames", "`said María do Carme Lamas Piñeiro`, tagged "
    "`María do Carme` a body and `Lamas Piñeiro` a person: a known given name, a particle and a name, right before a "
    "person's name, are one person's name with it")
FIELDS_AFTER_FOR = rule("body-for-two-fields-runs-to-its-field", "`The National Authority for Electronic "
                        "Certification and Cyber Security said`, tagged up to `Certification`: a body's name with a "
                        "`for` phrase, cut before `and` and capitalised words ending in a field's word, runs to it")
CAUSE_RUN_OF_A_BODY_TAGGED_A_PERSON = rule("body-tagged-a-person-runs-past-its-cause", "`The Aga Khan Agency for "
                                           "Habitat said`, tagged `The Aga Khan Agency` a person and `Habitat` a "
                                           "body: a name ending in a body's word goes on over what the body is for")
TITLE_TAGGED_A_PERSON_BEFORE_A_NAME = rule("title-tagged-a-person-before-a-name-is-no-one", "`County Magistrate Kao "
                                           "Shu-fen said`, tagged `County Magistrate` and `Kao Shu-fen`: capitalised "
                                           "title words (and the place word of an office) right before a person's "
                                           "name are the title, no one's name")
UNTAGGED_FOREIGN_BODY = rule("untagged-body-opening-on-another-language-s-word-for-one", "`Parents at Escuela La "
                             "Palma padlocked the gate`, untagged: capitalised words opening on another language's "
                             "word for a body (`Escuela`, `Colegio`, `Fundación`) are that body's name")
STYLE_BEFORE_A_NAME_TAGGED_A_BODY = rule("style-of-honour-before-a-name-tagged-a-body", "`The union's chief "
                                         "executive, Ratu Peni Waqanivalu, denied`, tagged a body: a style of honour "
                                         "opening two or three capitalised names is cut off a person's name")
CAUSE_NAMED_AFTER_ITS_MEMBERS = rule("body-named-for-its-members-and-cause", "`NAME, executive director of Jamaicans "
                                     "for Justice, said`, tagged `Jamaicans` and `Justice`: a plural name, `for` or "
                                     "`on` and a name are one body's name")
FIRM_S_UNIT_IN_A_COUNTRY = rule("firm-s-unit-in-a-country", "`the managing director of Hanseong's Hungarian unit`, "
                                "tagged `Hanseong's Hungarian`: a firm's name, its possessive and a country's "
                                "adjective run on over the word for its part in that country")
LOCATED_BODY = rule("place-closes-the-name-of-an-embassy-or-office", "`The Australian High Commission in Apia said`: "
                    "the place after `in` that closes the name of an embassy, a consulate, a high commission, a "
                    "mission or an office is part of its name")
LEGAL_FORM_OPENS_A_NAME = rule("legal-form-before-a-firm-s-name-opens-it", "`The operator, PT Selayar Samudra Lines, "
                               "denied`, tagged without `PT`: a firm's legal form written before a name is part of it, "
                               "and makes it a firm's")
FIELDS_LISTED_IN_A_BODY_S_NAME = rule("fields-listed-in-a-body-s-name", "`The Media, Entertainment and Arts Alliance "
                                      "said`, tagged `Arts Alliance`: capitalised words listed with commas and `and` "
                                      "after `the`, right before a body's name, open it")
HYPHENED_NAME_APPOSED = rule("hyphened-untagged-name-apposed-to-a-title", "`Egypt's Minister of Water Resources, Hany "
                             "El-Sayed Abdel-Ghaffar, told`, no word tagged: words a hyphen joins count as one in an "
                             "untagged name set off after a title")
CAPITALISED_TITLE_BEFORE_AN_UNTAGGED_NAME = rule(
    "capitalised-title-before-an-untagged-name", "`Egypt's Minister of Water Resources, Hany El-Sayed Abdel-Ghaffar, "
    "told`, `Minister` tagged a proper noun: a capitalised title owned by a country or body is a title all the same")
UNIT_AFTER_A_NUMBER = rule("unit-after-a-number-is-no-body", "`demand ran about 1,700 MW above supply`, `MW` tagged "
                           "a body: a word in capitals right after a number is its unit, not a name")
PORTFOLIOS_AFTER_THE_THEN_NAME = rule("name-after-a-title-s-portfolios-after-of-the", "`Vice-Minister of the Economy "
                                      "and Innovation Rūta Vaitkutė told`, tagged as one body from `the`: the "
                                      "portfolios after `of the` are the title's, the name after them a person's")
PORTFOLIOS_JOINED_THEN_NAME = rule("name-after-a-title-s-portfolios-joined-by-and", "`Minister of Health and Social "
                                   "Care Eva Kron said`, tagged as one body, or `Minister of Trade and Industry NAME`: "
                                   "after a title, `of`, a portfolio and `and` or a comma, the run of capitalised "
                                   "words ending right before the verb or a comma holds the portfolios and then the "
                                   "holder's name, its last two words")
SEAT_AFTER_A_TITLE = rule("seat-after-a-title-is-a-place", "`Paul Brandt, the Labour MP for Leeds North, said`, "
                          "`Leeds North` tagged as a person: the name after an elected title and `for` is the "
                          "place the holder was elected for")
DEMONYM_OPENS_A_NAME = rule("body-name-opening-on-a-nationality", "`the Nigerian Manufacturers Forum`, tagged "
                            "`Nigerian` (a nationality) and `Manufacturers Forum`: a nationality after `the` and the "
                            "body name right after it are one name")
PLURAL_POSSESSIVE_IN_A_NAME = rule("body-name-split-at-a-plural-possessive", "`the Senior Staff Workers' Congress`, "
                                   "tagged `the Senior Staff Workers'` and `Congress`: a body's name ending in a "
                                   "plural possessive and the body name right after it are one name")
CUT_SHORT = rule("name-cut-short", "`Wanda Ruiz Ortega` tagged `Wanda Ruiz`, or `Wanda` and `Ruiz Ortega`: the "
                 "capitalised word the name modifies is its last word; two names side by side are one")

GIVEN_NAMED_BODY_CUT_SHORT = rule("name-on-a-given-name-tagged-a-body-cut-short", "`The mission's head, Carmen "
                                  "Quispe Villanueva, said`, `Carmen Quispe` tagged a body: a name of two or three "
                                  "capitalised words opening on a known given name runs on to the capitalised word it "
                                  "modifies, and is a person's")
EPITHET_AFTER_A_NAME = rule("epithet-after-a-name-is-part-of-it", "`Hans Holbein the Younger's portrait`: `the "
                            "Younger`, `the Elder` after a person's name are part of the name")
NAME_SET_OFF_AFTER_THE_PORTFOLIOS = rule("name-set-off-after-a-title-s-portfolios-is-whole", "`Nepal's Minister of "
                                         "Culture, Tourism and Civil Aviation, Badri Prasad Lamichhane, said`: a name "
                                         "of three words set off by a comma after the portfolios is the whole name, "
                                         "none of it the title's")
NAMES_AROUND_AN_UNTAGGED_WORD = rule("two-names-around-an-untagged-word-are-one", "`said Rosa Elena Quispe Huamán`, "
                                     "tagged `Rosa Elena` and `Huamán` with `Quispe` between them untagged: the "
                                     "words of one phrase are one person's name")
BODY_ENDING_ON_AND = rule("body-name-ending-on-and-runs-on", "`the Labour and Social Security Inspectorate`, tagged "
                          "`the Labour and` and `Social Security Inspectorate`: a body's name ending on `and` runs on "
                          "into the body's name right after it")
HYPHENED_SURNAME_AFTER_A_GIVEN_NAME = rule("given-name-left-out-of-a-hyphened-surname", "`Nurse Priya "
                                          "Raman-Whitaker said`, only `Raman-Whitaker` tagged: a given name right "
                                          "before a hyphened surname is the same person's")
PERSON_WORD_OPENING_A_NAME = rule("person-word-opening-a-sentence-is-no-name", "`Farmer Ana Lind said`, "
                                  "`Shopkeeper Rahim Uddin said`: a word for a person, capitalised only because it "
                                  "opens the sentence, before a name is what the person is, not part of the name")
PARTICLES_IN_AN_UNTAGGED_NAME = rule("particles-inside-an-untagged-name", "`Marguerite de la Salle, a senior "
                                    "fellow at ..., said`, untagged: particles between the words of a name the model "
                                    "missed are part of the person's name")
TITLE_S_BODY = rule("title-s-body-is-no-person", "`outside Birmingham Coroner's Court`, `Birmingham Coroner's` "
                    "tagged a person: a title's possessive before a word for a body is the body's name")
NAME_RUNS_ON_OVER_PARTICLES = rule("given-name-and-particle-tagged-a-body-run-on", "`María del Carmen Ruiz de "
                                   "la Fuente, 86,` tagged `María del`, a body: a given name and a particle open a "
                                   "person's name that runs on over its capitalised words and particles")
FIRST_WORD_BEFORE_WHO = rule("first-word-left-out-of-a-name-before-who", "`Harjit Singh Sandhu, who has run the "
                             "shop for 22 years, said`, tagged `Singh Sandhu`: the capitalised word opening the "
                             "sentence before a name `who` describes is the name's first")
LIST_CUT_AFTER_AND = rule("body-s-list-of-fields-cut-after-and", "`the Ministry of Environment, Forestry and "
                          "Tourism said`, tagged up to `and`: a body's list of fields runs on to its last words")
NAME_WORDS_TAGGED_A_BODY = rule("name-words-tagged-a-body-before-a-person-s", "`the building's developer, "
                                "Esteban Valdivia Rangel,` tagged `Esteban` a body and `Rangel` a person: the words "
                                "the parser compounds into a name set off after a comma are its first words")
GAVE_ONLY_A_FIRST_NAME = rule("one-name-of-someone-who-gave-only-it", "`Iván, a 19-year-old student who gave "
                              "only his first name, was pulled out`, untagged: the one word is that person's name")
TWO_PLACES_BEFORE_A_TITLE = rule("two-places-before-a-title-are-a-name", "`Marin Bašić, president of the "
                                 "Dalmatian Hotels Association, said`, tagged two places side by side: two "
                                 "capitalised words, no country's, compounded, with a title apposed, are a person")
ACRONYM_RUN = rule("body-runs-to-its-acronym", "`the Institute of Tides and Coastal Studies (ITCS)` tagged up to "
                  "`Tides`: a body's name followed by `and` and capitalised words, then its acronym in brackets, "
                  "runs to the acronym when its letters are the name's initials")

ACRONYM_RUN_OVER_ANDS = rule("body-runs-to-its-acronym-over-each-and", "`the Australian Bureau of Agricultural and "
                             "Resource Economics and Sciences (ABARES)` tagged up to `Agricultural`: a body's name "
                             "runs to its acronym over every `and` between capitalised words when the acronym spells "
                             "their initials")
FIELD_RUN = rule("body-runs-to-its-field", "`the Rosenstiel School of Marine and Atmospheric Science` tagged up to "
                 "`Marine`: a body's name with an `of` phrase, cut before `and` and capitalised words ending in a "
                 "field's word (`Science`, `Studies`, `Affairs`), runs to that word")
LIST_RUN = rule("body-runs-to-the-last-of-its-list", "`the Ministry of Agriculture, Fisheries, Food Security and "
                "Nature` tagged up to `Food Security`: a body's name listing its fields after `of` with commas, cut "
                "before `and`, runs to the capitalised words after it")

SPEAKER_OF_THE_BODY = rule("speaker-of-the-body-tagged-as-one", "`Crystal Vance of the Northern Arapaho office "
                           "told them`, tagged as one name (or a work): a speaker's name of two or three words, "
                           "then `of the` and the body")
CAUSE_RUN = rule("body-runs-past-its-cause", "`the Tarn League for the Defence of Workers' Rights` tagged as two "
                 "bodies, or up to `League`: a body's head word, `for` and capitalised words naming what it is for, "
                 "not another body, are one name")

NAME_ACROSS_A_CLAUSE_COMMA = rule("name-across-a-clause-comma-is-two", "`Born in the port city of Mokpo, Baek worked`, "
                                  "tagged `Mokpo, Baek` as one body: a name running over a comma, the words before "
                                  "it the object of a preposition and those after it the subject of a verb, is two: "
                                  "a place, and the person the sentence goes on with")
PARTICLES_BEFORE_TWO_SURNAMES = rule("particles-between-a-name-and-two-surnames", "`José Manuel dos Santos Ferreira` "
                                     "tagged `José Manuel` and `Santos Ferreira`, `Maria Odete Mendes da Costa "
                                     "Pereira` with `Costa Pereira` tagged a place: a person's name followed by "
                                     "lower-case particles and two name words, tagged as anything but a country, runs "
                                     "on to their end, two surnames as Portuguese and Spanish names have them")
CUT_BEFORE_TWO_SURNAMES = rule("name-cut-short-before-two-surnames", "`governor Rosa Elena Quispe Mamani held` tagged "
                               "`Rosa Elena`: the capitalised word the name modifies, with the one untagged "
                               "capitalised word between them that modifies it too, ends the name")
PARTICLE_LAST = rule("name-ending-in-a-particle-takes-its-surname", "`Ursula von der Leyen` tagged `Ursula von der` "
                     "and `Leyen` (a place): a name ending in a particle of a surname takes the capitalised word "
                     "after it")
PARTICLES_BETWEEN = rule("particles-between-a-name-and-its-surname", "`Erik ten Hag` tagged `Erik` (and `ten` a "
                         "number), `Dick van der Berg` tagged `Dick van` and `Berg`: a person's name followed by "
                         "lower-case particles of a surname and a capitalised word runs on to that word")
BODY_OF_A_BODY_IN_ONE = rule("body-owning-a-body-in-one-name", "`The Bank of Thailand's Monetary Policy Committee` "
                             "tagged as one name: a body's name owning another's is two bodies, the owner and the "
                             "owned")
PARTICLE_BEFORE = rule("particle-before-a-name-takes-the-given-name", "`Nyalau anak Jimbun` tagged `Nyalau` (a body) "
                       "and `Jimbun`: a name after a lower-case particle, with a capitalised word of one word before "
                       "the particle, is one person's name from that word on")
GIVEN_NAME_BEFORE_JOINED_SURNAMES = rule(
    "given-name-before-two-surnames-joined", "`Foreign Minister Meritxell Casals i Pujol` tagged `Casals i Pujol`: two "
    "surnames joined by `i` or `y` follow a given name, so the untagged name word before them opens the name")
PARTICLE = rule("surname-particle-takes-its-given-name", "`Arnel dela Vega` tagged `dela Vega`: a name that begins "
                "with a lower-case particle of a surname takes the capitalised given name just before it")

UNTAGGED_AFTER_LOWER_TITLE = rule("untagged-name-after-a-lower-case-title", "`chaired by retired judge Ana Ruiz`, "
                                  "nothing tagged: two or three capitalised words after a title word written in "
                                  "lower case are a person's name")
UNTAGGED_AFTER_TITLE = rule("untagged-name-after-a-title", "`U.S. Representative Tulsa Garrod of Hawaii secured`: "
                            "two or three capitalised words the model left untagged, right after a capitalised title, "
                            "are a person's name")
UNTAGGED_APPOSED = rule("untagged-name-apposed-to-a-title", "`The mayor of Kemiville, Ana Ruiz, said`, the name "
                        "untagged: two or three capitalised words set off by commas after `the TITLE of X` are the "
                        "title holder's name")
ABBREVIATED_GIVEN_NAME_OPENS_THE_NAME = rule(
    "abbreviated-given-name-opens-the-name", "`The forum's chairman, Md. Abdul Hannan Bhuiyan, said`, `Md.` tagged a "
    "place: a given name written short (`Md.` and `Mohd.` for Mohammad) right before a person's name opens it")
FILIATION_BETWEEN_NAMES_TAGGED_AS_ANYTHING = rule(
    "name-around-son-of-set-off-is-a-person-s", "`The longhouse's lawyer, Agnes Lidam anak Entri, said`, `Agnes Lidam` "
    "tagged a place and `Entri` a body: name words around `anak`, `bin` or `binti`, set off by commas, are one "
    "person's name")
GIVEN_NAMES_RUN_BACK_FROM_A_FILIATION = rule(
    "given-names-before-son-of-are-the-person-s", "`Siti Rahmah binti Haji Jumat, a senior fellow`, tagged `Haji "
    "Jumat` alone: the father's name after `bin` or `binti` reaches back over the one to four capitalised name words "
    "before it, however tagged, to the first style of honour, pilgrim's `Haji`, title or other word (`Yang Berhormat "
    "Dayang Hajah Nurul Huda binti Haji Mahmud`: `Nurul Huda binti Haji Mahmud`, the styles before it no one's name)")
SURNAME_AFTER_A_TRAILING_PATRONYMIC = rule(
    "surname-after-a-trailing-patronymic-is-the-person-s", "`spokeswoman Dilnoza Anvar qizi Yusupova wrote`, tagged "
    "`Dilnoza Anvar qizi` and `Yusupova` a place: one capitalised name word, tagged anything but a person's, right "
    "after a person's name closing on `qizi`, `kyzy` or `oglu`, and no other after it, is the surname, as Uzbek and "
    "Azerbaijani names have it")
ABBREVIATED_MIDDLE_NAME = rule(
    "abbreviated-middle-name-inside-a-name", "`said Dimitrios Th. Alexandropoulos`, tagged `Dimitrios Th` and "
    "`Alexandropoulos`: a name cut at the full stop of a middle name shortened to a few letters goes on after it")
FILIATION_WITH_A_SLASH = rule(
    "son-or-daughter-of-written-with-a-slash", "`Minister Muthukumar s/o Rajendran told Parliament`, `Rajendran` "
    "tagged a place: `s/o`, `d/o`, `a/l` or `a/p` between two names (son or daughter of) makes them one person's name")
TRADES_JOINED_BY_AND = rule(
    "body-of-the-people-of-two-trades", "`The National Union of Mine and Quarry Workers of Togo`, tagged `the National "
    "Union of Mine` and `Quarry Workers` apart: a body's name with `of` and a name of capitalised words ending on a "
    "plural after `and` are one body, on to the country it is of")
PLACE_SET_IN_A_COUNTRY = rule(
    "name-set-in-a-country-is-a-place", "`the ship had left Pointe-Noire, in the Republic of Congo, on Monday`, "
    "`Pointe-Noire` tagged a person: a name set off before `in` and a country's name, and no subject, is a place in "
    "that country")
NAME_BEFORE_A_PATRONYMIC_MISTAGGED = rule(
    "name-before-a-trailing-patronymic-is-a-person-s", "`said Aidai Bolotbek kyzy of X`, `Aidai` tagged a body and "
    "`Bolotbek` a product: two capitalised name words right before `kyzy`, `uulu` or `oglu` are a person's name with "
    "it, whatever the model tagged them")
GIVEN_NAME_BEFORE_A_MIDDLE_PATRONYMIC = rule(
    "untagged-given-name-before-a-patronymic-opens-the-name", "`Aliya Nurlanovna Seitkaliyeva of the Caspian Seal "
    "Research Centre said`, tagged `Nurlanovna Seitkaliyeva`: a person's name opening on a patronymic (`-ovna`, "
    "`-ovich`, `-ivna`) runs back over the capitalised given name right before it")
NAME_TAGGED_IN_PIECES_BEFORE_A_DESCRIPTION = rule(
    "name-tagged-word-by-word-before-an-age-or-title-is-a-person-s", "`Namukonda Phiri, the opposition member for "
    "Chasefu, said`, tagged a place (`Namukonda`) and a body (`Phiri`): two capitalised name words, each tagged as "
    "a one-word place or body, the first hung on the second, that an age or an apposed title follows are one "
    "person's name")
GIVEN_NAME_READ_AS_A_WORD_BEFORE_A_NAME_IN_PIECES = rule(
    "given-name-read-as-a-word-opens-a-name-tagged-in-pieces", "`Precious Namukonda Phiri, the member for Chasefu, "
    "said`, `Precious` read as an adjective: the capitalised word opening the sentence, hung on a name tagged word by "
    "word, is its given name (`Precious`, `Blessing`, `Gift`)")
GLOTTAL_SURNAME_AFTER_A_NAME = rule(
    "surname-with-a-glottal-stop-closes-the-name-before-it", "`the director, Lorraine Ta’ake, said`, tagged "
    "`Lorraine`: an untagged capitalised word with a glottal stop typed as an apostrophe inside it (`Ta’ake`, "
    "`Fa'asavalu`), right after a person's name and hung on it or it on the name, is that name's surname")
HANDED_DOWN_TITLE_AFTER_AN_HONORIFIC = rule("family-title-after-an-honorific-opens-the-name", "`the civil surgeon, "
                                            "Dr. Sheikh Anisur Karim, said`: a title that families hand down as a "
                                            "name (`Sheikh`), right after an honorific, opens the person's name")
PARTICLED_SURNAME_TAGGED_OTHERWISE = rule(
    "surname-opening-on-a-particle-tagged-a-place-or-body-is-a-person-s", "`\"...,\" da Rocha Vaz said`, `Rocha Vaz` "
    "tagged a place: capitalised words after a lower-case surname particle that opens the sentence's subject (`da`, "
    "`van`, `de`), hung on them and with no name word before it, are a person's surname with the particle")
GIVEN_NAME_BEFORE_A_DESCRIBED_NAME = rule(
    "untagged-given-name-before-a-name-and-its-age-or-description-opens-it", "`Reto Alois Marxer-Büchel, 61, is "
    "charged`, tagged `Alois Marxer-Büchel`; `Ana Lucía de la Torre Espinosa, an economist`, tagged from `Lucía`: an "
    "untagged capitalised name word right before a name that an age or an apposed title follows opens that name, "
    "and so does one word tagged a place between it and the name (`Héctor Washington Olivera Cabrera, the murga "
    "director`)")
UNTAGGED_APPOSED_TO_A_PERSON = rule(
    "untagged-name-apposed-to-a-word-for-a-person", "`His rival, Bourhane Said Anfane of the opposition MMD, had "
    "filed`, the name untagged: two or three capitalised words set off after `his rival`, `her aunt` or `their "
    "neighbour` are that person's name, set off by a comma or followed by `of` and what the person is of")
UNTAGGED_DESCRIBED = rule("untagged-name-before-an-apposed-description", "`Ivo Rant, the head of operations at the "
                          "Tarn Red Cross, said`, `Nordvision, the state broadcaster, reported`, the name untagged: "
                          "capitalised words followed by an apposed title or word for a person (`a resident of X`) "
                          "are a person's name, by an apposed word for a body, a body's")
PLACE_TAG_OPENS_A_DESCRIBED_NAME = rule("one-word-place-tag-opens-a-described-name", "`Fatou Bintou Ndoye, the RDS "
                                        "leader, claimed`, tagged `Fatou` (a place) and the rest left untagged: one "
                                        "capitalised word tagged a place or a body, compounded to the untagged "
                                        "capitalised words after it, whose last has a title apposed, opens that "
                                        "person's name")
PLACE_TAG_OPENS_AN_AGED_NAME = rule("one-word-place-tag-opens-a-name-set-off-with-an-age", "`In Coroico, the main "
                                    "town of the Yungas, Marcelina Condori Huanca, 58, who grows coca`, tagged "
                                    "`Marcelina` a place and the rest nothing: one capitalised word tagged a place, "
                                    "compounded to the untagged capitalised words after it that an age follows, "
                                    "opens that person's name")
PLURAL_POSSESSIVE_OPENS_A_BODY = rule("plural-possessive-opens-a-body-name", "`The Punjab Traders' Alliance said`, "
                                      "tagged `Alliance`, or `The Lahore Traders'` and `Alliance`: capitalised words "
                                      "ending in a plural possessive (`Traders'`, however tagged), right after `the`, "
                                      "open the body's name")
UNTAGGED_SPELT_BY_ACRONYM = rule("untagged-name-spelt-by-its-acronym", "`The Comptroller and Auditor General (CAG) "
                                 "said`, nothing tagged before the brackets: capitalised words, with the small words "
                                 "of a name between them, whose initials are the acronym in brackets right after "
                                 "them are that body's name")
UNTAGGED_GIVEN_NAME = rule("untagged-name-opening-on-a-given-name", "`Ana Ruiz and her husband lost their home`, "
                           "the name untagged: two or three capitalised words opening on a known given name, as the "
                           "subject of a verb or listed with it, are a person's name")
UNTAGGED_GIVEN_NAME_OVER_PARTICLES = rule(
    "untagged-name-opening-on-a-given-name-runs-over-particles", "`María Fernanda de la Cruz Pacheco conceded the "
    "race`, no word tagged: an untagged name opening on a known given name runs on over the particles inside it and "
    "the words after them")
UNTAGGED_TWO_GIVEN_NAMES_TWO_SURNAMES = rule(
    "untagged-name-of-two-given-names-runs-to-two-surnames", "`Ana Rita Pimentel Sousa, coordinator of ..., took a "
    "more hopeful view`, no word tagged: an untagged name opening on two known given names may hold two surnames "
    "after them, four words in all")
UNTAGGED_AFTER_A_TITLE_OVER_PARTICLES = rule(
    "untagged-name-after-a-title-runs-over-particles", "`Justice María Inés de la Fuente, who presided, wrote`, no "
    "word tagged: an untagged name after a title runs on over the particles inside it and the words after them")
SUFFIX_ENDS_A_NAME_BEFORE_WHO = rule("name-suffix-ends-a-name-before-who", "`Tyler Brooks Jr., who finished "
                                     "second,`, untagged: a name's suffix (`Jr.`, `III`) after the name words ends the "
                                     "name set off before `who`")
NATIONALITY_BEFORE_A_NAME_BEFORE_WHO = rule("nationality-before-a-name-before-who", "`The American Tyler Brooks, who "
                                            "finished second,`, untagged: a nationality right before the name words "
                                            "is no part of the name set off before `who`, and leaves it whole")
LOCATION_NAMED_BEFORE_WHO = rule("name-tagged-a-location-before-who", "`Rahmawati Siregar, who leads the group, "
                                 "told Reuters`, tagged a location: two or three name-shaped words set off before "
                                 "`, who` and a verb are a person's name, not a natural feature's")
NAMED_BEFORE_WHO = rule("name-before-who-is-a-person-s", "`Thabo Sithole, who runs a hair salon, said`, tagged "
                        "`Sithole` (a product) or nothing: two or three capitalised words set off before `who` and "
                        "its clause are a person's name, whatever the model tagged them")
BODY_NAMED_BEFORE_WHO = rule("name-tagged-a-body-before-who", "`Dina Quispe, who heads the women's committee, "
                             "said`, tagged a body: two or three name-shaped words, none a body's word, set off before "
                             "`, who` and its clause are a person's name; bodies take `which`")
NAMED_BEFORE_WHOSE_KIN = rule("name-tagged-a-body-before-whose-kin", "`Leanne Costa, whose father, Bruno Costa, lost "
                              "his savings, said`, tagged a body: two or three name-shaped words set off before "
                              "`, whose` and a word for a relative (`father`, `wife`) are a person's name")
TITLE_ENDS_BODY = rule("title-tagged-with-its-body", "`Bank of Tarn Governor Ruth Adler said`, tagged `Bank of Tarn "
                       "Governor`: title words ending a body's name right before a person's are the person's title")
DATELINE = rule("dateline-before-a-dash-is-a-place", "`JOHANNESBURG - Lerato van Wyk was elected`, tagged as one "
                "body: the capitals opening a wire report's first paragraph before a dash (`MANILA (Reuters) -`, "
                "`LIMA, Peru —`) are the place it was filed from, and a name after the dash starts there")
TEAM_BEFORE_A_ROLE = rule("name-tagged-a-person-before-a-team-role-and-a-name-is-the-team", "`Former Bafana Bafana "
                          "captain Sibusiso Ndlovu said`, `Bafana Bafana` tagged a person: a name right before a place "
                          "in a team (`captain`, `coach`) and the name of the one who holds it is the team")
STYLE_BEFORE_A_NAME = rule("style-of-honour-before-a-name-is-no-name", "`Foreign Minister Datuk Seri Hisham bin Abdul "
                           "Rahman`, `Datuk Seri` tagged a person of its own, `Tan Sri Ali Yassin` tagged whole: a "
                           "style of honour (Malaysia's `Datuk Seri`, `Tan Sri`, `Tun`) is no one's name, nor part "
                           "of it")
STYLE_BEFORE_UNTAGGED_NAME_WORDS = rule("style-tagged-alone-before-untagged-words-of-the-name",
                                       "`Chief Minister Datuk Seri Mohd Arifin Jumatin said`, `Datuk Seri` tagged a "
                                       "person, `Mohd Arifin` nothing and `Jumatin` a person: the capitalised words "
                                       "between the style and the name tagged after it are the name's first words")
NAME_ON_OVER_A_FILIATION = rule("name-runs-on-over-a-capitalised-filiation-and-the-father-s-name",
                                "`Foreign Minister Mohamed Lemine Ould Cheikh Sidiya told reporters`, tagged "
                                "`Mohamed Lemine` and the rest nothing: a person's name runs on over a capitalised "
                                "word for `son of` or `daughter of` (`Ould`, `Mint`, `Ag`) and the one to three "
                                "untagged name words after it")
BODY_AFTER_OF_THE = rule("name-after-of-the-and-an-untagged-word-is-a-body-s", "`Opposition lawmaker NAME of the "
                         "Ilankai Tamil Arasu Kachchi said`, `Tamil Arasu Kachchi` tagged a person: a name of two "
                         "words or more right after `of the` and an untagged capitalised word (no title, no style, no "
                         "known given name) is, with that word, a body's name")
PORTFOLIOS_TAGGED_BEFORE_A_TITLE = rule("portfolios-tagged-a-body-before-a-title-are-the-title-s", "`In the "
                                        "assembly, Police and Public Safety Minister Teboho Sekoati insisted`, "
                                        "`Police and Public Safety` tagged a body and taken for the speaker: "
                                        "capitalised words ending on a portfolio, right before a title and a "
                                        "person's name, are the title's portfolios, no body")
NAME_TAGGED_IN_TWO_PIECES = rule("name-tagged-in-two-pieces-one-a-body-s", "`Observatory director Carlos Eduardo "
                                 "Zúniga Rivera conceded`, tagged `Carlos Eduardo` a person and `Zúniga Rivera` a "
                                 "body: name words tagged a body right before or after a person's name, nothing "
                                 "between, no body's word among them, are the rest of that name")
NAME_IN_TWO_PERSONS_AFTER_AN_HONORIFIC = rule(
    "name-after-an-honorific-tagged-two-touching-persons", "`said Dr. Abdulrahman Salem Ba-Wazir, director of the "
    "office`, tagged `Abdulrahman` and `Salem Ba-Wazir`: two persons' names touching, nothing between, right after "
    "an honorific, are one person's name")
NAME_IN_PIECES_AROUND_AN_UNTAGGED_WORD = rule("name-tagged-in-pieces-around-an-untagged-word",
                                             "`won by Makhdoom Syed Murtaza Hussain Naqvi of the party`, tagged "
                                             "`Makhdoom Syed` a body, `Murtaza` nothing and `Hussain Naqvi` a "
                                             "person: name words tagged a body, one untagged name word and a "
                                             "person's name right after, nothing else between, are one name")
SURNAMES_WITH_A_PARTICLE_TAGGED_A_BODY = rule(
    "surnames-with-a-particle-tagged-a-body-after-a-name", "`Colonel Ramón Antonio Fermín De los Santos, conceded`, "
    "tagged `Ramón Antonio` a person and `Fermín De los Santos` a body: a surname and a second one after its particle "
    "(`De los`, `da`), tagged a body right after a person's name, are the rest of that name")
PARTICLE_IN_A_NAME_AFTER_A_PORTFOLIO = rule("name-after-a-portfolio-runs-over-particles", "`Vice-Minister of "
                                            "Education Maria de Fátima Soares Ximenes said`, tagged `Education Maria "
                                            "de Fátima ...` a body: the name after `TITLE of PORTFOLIO` runs over the "
                                            "lower-case particles between its words and the hyphen of a given name "
                                            "(`Jean-Claude`), as a name's words do")
STYLES_STACK = rule("styles-of-honour-stack-before-a-name", "`Yang Berhormat Dato Seri Setia Awang Haji Ali bin "
                    "Osman said`, tagged `Yang Berhormat Dato` and `Awang Haji Ali ...`: styles of honour stack (a "
                    "member's, a title's, Brunei's plain `Awang` or `Dayang` after them), none is part of the name, "
                    "and a name word left after them (`Pengiran`) opens the name tagged next")
LETTERS_SET_OFF = rule("letters-after-a-name-set-off-by-commas", "`Marcus de la Torre, KC, said`, `KC` tagged a "
                       "body and the name too: capital letters for a rank or an honour set off by commas after a "
                       "name are no body, and the name before them is a person's")
DESCRIBED_AS_SOMEONE_WHO = rule("untagged-name-described-as-someone-who", "`Ana Villanueva, a hydrologist who "
                                "directs the group, said`, untagged: name words set off before a noun that `who` "
                                "goes on describing are a person's name, whatever the noun")
HYPHENED_NAME_DESCRIBED = rule("untagged-hyphened-name-before-an-apposed-description", "`Ana María Villanueva-Roca, a "
                               "hydrologist, said`, untagged: a name whose surname joins two words by a hyphen, set "
                               "off before an apposed title, is a person's name as one without a hyphen is")
PARTICIPLE_OPENS_NO_NAME = rule("participle-opening-the-sentence-is-no-part-of-a-name", "`Sentencing Kell, Justice "
                                "Ruth Abbot said`, tagged `Sentencing Kell`: a word in -ing opening the sentence, "
                                "its object a name set off by a comma before another name, is no part of that name")
LONGER_NAME_AFTER_PORTFOLIO = rule("name-after-a-portfolio-opening-on-a-given-name", "`Cabinet Secretary for "
                                   "Information Joseph Mwangangi Kibet, who`, tagged whole: the name ending a title's "
                                   "portfolio runs from the given name the model's tag opens on, not its last two "
                                   "words")
LONGER_NAME_RIGHT_AFTER_THE_PORTFOLIO = rule("name-tagged-from-where-the-portfolio-ends", "`Second Minister for "
                                             "Finance Chee Hui Min said`, tagged `Chee Hui Min`: a name the model "
                                             "tags from right after a word of the portfolio is whole, however many "
                                             "words it has")
PARTICIPLE_TAGGED_OPENS_NO_NAME = rule("participle-tagged-opening-the-sentence-is-no-part-of-a-name", "`Addressing "
                                       "Fairweather and Quayle directly, the magistrate said`, tagged `Addressing "
                                       "Fairweather`: a word the tagger reads as a verb in -ing, opening the sentence, "
                                       "is no part of the name after it")
HOLIDAY_IS_NO_ONE = rule("holiday-is-no-one", "`nobody replaces her until Easter`, `Easter` tagged a person: a feast "
                         "or holiday is a time, no actor")
HOLIDAY_OF_TWO_WORDS = rule("feast-named-in-two-words-is-no-one", "`Maha Shivaratri, the great night of the god, "
                            "falls on Sunday`, tagged a person: a feast's name after a word of its own (`Maha "
                            "Navratri`, `Orthodox Easter`) is a time, no one")
KIN_WORD_ALONE = rule("word-for-a-relative-alone-is-no-name", "`every cent he put away was for Mum`, `Mum` tagged a "
                      "person: what a family calls a relative (`Mum`, `Dad`, `Grandma`) is no one's name")
TITLE_AND_GIVEN_NAME_TAGGED_A_BODY = rule("title-and-given-name-tagged-a-body-before-the-surname", "`defeating "
                                          "Bishop Ernesto Dimaculangan`, tagged `Bishop Ernesto` a body and "
                                          "`Dimaculangan` a person: a title and a name's first words tagged a body "
                                          "right before a person's tag are the title and that person's name")
TITLE_OF_A_COUNTRY = rule("title-of-a-country-tagged-a-body", "`Drugs Controller General of India Vikram Sethi "
                          "said`, `Drugs Controller General` tagged a body: capitalised words ending in a title word, "
                          "then `of` and a country right before a person's name, are the person's title")
HYPHEN_AFTER_A_TITLE = rule("untagged-name-after-a-title-runs-over-a-hyphen", "`Undersecretary Teresita "
                            "Villareal-Ong said`, untagged: an untagged name after a title runs over a hyphen "
                            "written without spaces to the capitalised word after it")
HYPHENED_SYLLABLE_AFTER_A_TITLE = rule("untagged-name-after-a-title-runs-over-a-hyphened-syllable", "`Actress Seo "
                                       "Min-ji, who played`, untagged: an untagged name after a title runs over a "
                                       "hyphen written without spaces to a short lower-case syllable, the second of a "
                                       "given name as Korean names are written")
REGNAL_NAME = rule("regnal-numeral-ends-a-name", "`appointed by Queen Margit II`, untagged: a capitalised word and "
                   "a regnal numeral after a monarch's title are the monarch's name")
UNTAGGED_NAME_BEFORE_LETTERS = rule("untagged-name-before-post-nominal-letters", "`A lawyer for X, Tunde Adebayo, "
                                    "SAN, said`, the name untagged and `SAN` tagged a body: two or three capitalised "
                                    "words set off before post-nominal letters are a person's name")
GIVEN_NAME_AFTER_A_LOWER_CASE_TITLE = rule("given-name-after-a-lower-case-title-in-a-body", "`the Lucknow writer "
                                           "Intizar` tagged a body, `Ali Jafri` a person: the word after a lower-case "
                                           "title ending the body's tag is the person's given name")
BODY_NAME_RUNS_ON_OVER_PARTICLES = rule("body-name-runs-on-over-particles", "`Unión de Productores del Norte "
                                        "said`, tagged without `del Norte`: a body's name holding a particle goes "
                                        "on over the particles and capitalised words right after it")
CABINET_IN_A_TITLE = rule("cabinet-before-a-title-is-part-of-it", "`Interior Cabinet Secretary NAME said`, "
                          "`Interior Cabinet` tagged a body: a portfolio and `Cabinet` right before a title word and "
                          "a name are the title the person holds")
GIVEN_NAME_TAGGED_A_PLACE_BEFORE_THE_REST = rule("given-name-tagged-a-place-before-the-untagged-rest", "`Marta "
                                                 "Lucía Gómez-Arango, whose son ..., said`, `Marta` tagged a place "
                                                 "and the rest untagged: a name opening the sentence and set off "
                                                 "before `who`, `whose` or an age is a person's, from its first word")
HONORIFIC_NO_GIVEN_NAME = rule("honorific-is-no-given-name", "`The Right Reverend Ann Doyle, the Bishop of X,`: an "
                               "honorific before a titled name is not its given name")
GIVEN_NAME_BEFORE = rule("given-name-before-a-titled-name", "`Tomasz Kubiak, a fire service spokesman,` tagged "
                         "`Kubiak` (as a body), `her aunt, Carmen Yulín Cruz,` or `Mayor Carmen Yulín Cruz` tagged "
                         "`Yulín Cruz`: an untagged capitalised word compounded to a name that a title is apposed "
                         "to, that is apposed after a comma, or that follows a title (`health spokesperson Ana Kell` "
                         "tagged `Kell`), is its given name")
MINISTRY_OF_ANY_FIELD = rule(
    "ministry-of-any-word-is-named-for-a-field", "`The Ministry of Buddhasasana, Religious and Cultural Affairs "
    "said`, tagged `The Ministry of Buddhasasana`: the word after `Ministry of` or `Department of` is a field, "
    "whatever it is, so the fields listed after it are the ministry's too")
OWNER_OF_A_PERSON_S_NAME = rule(
    "owner-of-a-person-s-name-is-a-body", "`Nova Stranka’s Ivana Horvat Jurić, who sits on the committee, argued` "
    "tagged one person, or `Zelena Obala’s` a person alone: a name owning a person's name is a body (`Labour’s Keir "
    "Starmer`) or a country, the name after it the person")
BODY_NAME_RUNS_ON_TO_ITS_HEAD = rule(
    "body-name-runs-on-to-the-word-it-hangs-on", "`the opposition Mouvement Mwali Debout (MMD)` tagged `Mouvement "
    "Mwali`: an untagged capitalised word right after a body's name, on which the whole name hangs, is its last word")
GIVEN_NAME_OVER_A_PARTICLE = rule(
    "given-name-of-two-words-over-a-particle", "`said María del Pilar Ayingono Nsang` tagged `Ayingono Nsang`: a given "
    "name found before a name runs back over a lower-case particle to the name word before it (`María del Pilar`, "
    "`Juan de Dios`, `María de los Ángeles`)")
POST_NOMINAL = rule("letters-after-a-name", "`Judge Helen Marchbank KC said`, `KC` tagged a body and parsed as the "
                    "subject: capital letters for a rank or honour right after a person's name belong to the name's "
                    "entity (and are left out of the name itself)")
AGENCY_OF_A_COUNTRY = rule("field-before-a-country-is-its-agency", "`Health New Zealand said`, `figures from "
                           "Statistics Canada`: a capitalised field of government right before a country's name "
                           "names that country's agency, a body")
PARTY_OF_TWO_WORDS = rule("party-name-of-two-words", "`Liberal Democrat leader Ed Dane`, tagged `Democrat`: a "
                          "capitalised word on a word for a party's members (`Liberal`, `Christian`, `Social`) is the "
                          "first word of the party's name")
LOWER_CASE_PLACE = rule("lower-case-word-is-no-place", "`the canton's chief geologist` with `canton` tagged as a "
                        "place: a place's name is written with a capital")
LOWER_CASE_BODY = rule("lower-case-words-are-no-body-name", "`announced by the electoral commission`, tagged a body: "
                       "lower-case words describe a body, they do not name it")
ADJECTIVE_OPENS_A_NAME = rule("capitalised-adjective-opens-a-body-name", "`The Victorian Volunteer Firefighters "
                              "Alliance`, tagged from `Volunteer`: a capitalised adjective the model left untagged "
                              "between `the` and a body's name is the name's first word")
PLACE_OPENS_A_NAME = rule("untagged-name-opens-a-body-name", "`The Chios Volunteer Firefighters Association`, "
                          "tagged from `Volunteer`: a capitalised name the model left untagged between `the` and a "
                          "body's name, and compounded with it, is the name's first word")
WORDS_OPEN_A_NAME = rule("untagged-words-open-a-body-name", "`The Hamburg State Opera said`, tagged from `Opera`: "
                         "two or three capitalised words the model left untagged between `the` and a body's name, "
                         "each compounded with it, are its first words")
BRANCH_NUMBER = rule("number-of-a-numbered-branch-closes-its-name", "`Tarnby Transit Workers Union Local 41 said`, "
                     "tagged without `41`: the number after a word for a union's branch closing a body's name ends "
                     "the name")
PLACE_TAGGED_OPENS_A_NAME = rule("town-opens-a-body-name", "`the Kamikawa District Hunters' Association`, tagged a "
                                 "place and a body: a place below a country, after `the` and compounded into the "
                                 "body's name right after it, is the name's first word")
SCORE_AFTER_NAME = rule("score-after-a-name", "`beating Jack Whitfield 6-4, 3-6`, tagged `Jack Whitfield 6-4`: "
                        "figures and their dashes ending a person's entity are a score, no part of the name")
SCORE_AFTER_A_TEAM = rule("score-after-a-team", "`led the Toros de Chontales 4-3`, tagged with the score: figures "
                          "joined by a dash ending a body's entity, after a word, are a score, no part of the name")
TEAM_NOT_PLACE = rule("plural-name-tagged-a-place-is-a-team", "`a ballpark for the Carolina Ironhawks`, tagged a "
                      "place: a place's name of two words or more ending in a plural (not `Islands`, not a known "
                      "country) is a team's or a group's")
TEAM_NOT_PERSON = rule("plural-name-tagged-a-person-after-the-is-a-team", "`The ruling lifts the Rimutaka Rams "
                       "into fourth place`, tagged a person: a name of two words or more after `the`, ending in a "
                       "plural, is a team's or a group's")
TEAM_WITH_A_PLURAL_VERB = rule("name-tagged-a-person-with-a-plural-verb-is-a-team", "`Cartagena open their "
                               "campaign at home`, `Cartagena` tagged a person: a name alone, the subject of a verb "
                               "agreeing with a plural, is a team's or a body's (one person takes `opens`)")
TEAM_WITH_A_PLURAL_PAST = rule("name-tagged-a-person-with-were-or-a-plural-auxiliary-is-a-team", "`Nadiya Uman, "
                               "second in the table, were on course for a win`, `Kemi Vale have won`: a name alone, "
                               "the subject of `were` or of an auxiliary agreeing with a plural, is a team's or a "
                               "body's (one person `was`, `has`), unless the verb is a wish or a condition (`if`)")
LED_BY_A_PERSON = rule("name-a-person-heads-is-a-body", "`Dana Whitfield, who chairs Harbour Watch, said`, `Harbour "
                       "Watch` tagged a person: what someone heads, chairs, runs or manages is a body")
PLACE_GONE_TO = rule("name-tagged-a-person-where-people-go-is-a-place", "`families fled south towards Lowarengak "
                     "and Kakuma`, tagged persons: a name that is where someone flees, heads or moves (after a verb "
                     "of going or a compass point) is a place")
SUFFIX_AFTER_COMMA = rule("name-suffix-after-a-comma", "`Dale R. Pike, Jr.`: a generational suffix set off by a "
                          "comma is part of the name")
SURNAME_AFTER = rule("surname-the-model-left-out", "`Didier Queloz and Michel Mayor` tagged `Michel`, `Valéry "
                     "Giscard d'Estaing` tagged `Valéry Giscard`: a capitalised word ending a name (a title word not "
                     "followed by a name, or a name with an elided particle) is its surname")
AFTER_NATIONALITY = rule("name-after-a-nationality", "`Ethiopians Dejene Debela` tagged `Debela`: the capitalised word "
                         "between a nationality and a name is the name's first word")

TRAILING_OF = rule("name-cut-after-of", "`Marcus Ellery of the Polar Center said`, `The Filmmakers Network of Japan`, "
                   "tagged `Marcus Ellery of`, `Filmmakers Network of`: a name never ends in `of`; two or three "
                   "capitalised words with no word of a body's, a title's or a place's before it are a person's")
NAME_OF_A_BODY_IN_ONE = rule("person-of-a-body-tagged-as-one", "`Nandini Rao of Surakshita said`, tagged as one "
                             "name: two or three capitalised words with no word of a body's, a title's or a place's, "
                             "then `of` and a capitalised name, are a person and the body or country they are of")
NAME_OPENING_THE_SENTENCE = rule("untagged-words-opening-the-sentence-into-a-one-word-name", "`Rolando Quispe "
                                 "Huamán, 52, was detained` tagged `Huamán`: one or two untagged capitalised words "
                                 "opening the sentence and compounded into a person's name of one word, a subject or "
                                 "set off by a comma (not `Hi Agastya.`, nor a word for a business: `Carmaker "
                                 "Velora`), are the rest of that name")
GIVEN_NAME_AFTER_A_SPEECH_VERB = rule("given-name-after-an-inverted-speech-verb", "`\"...,\" said Mamadou Lamine "
                                      "Diouf, 52,` tagged `Lamine Diouf`: an untagged capitalised word compounded to a "
                                      "name that a speech verb right before it has for its subject is its given name")
GIVEN_NAME_AFTER_A_PREPOSITION = rule("given-name-after-a-preposition", "`46.9% for Rosalina Abudo Chiziane dos "
                                      "Santos`, tagged without `Rosalina`: an untagged capitalised word compounded "
                                      "to a person's name, right after a preposition that a person's name follows "
                                      "(`for`, `by`, `against`, `with`), is its given name, however long the name; "
                                      "no title (`by Senators NAME`) nor portfolio")
GIVEN_NAME_TAGGED_A_PLACE = rule("given-name-tagged-a-place", "`Ramiro Cuevas Olmedo, 46,` tagged `Ramiro` as a "
                                 "place and `Cuevas Olmedo`: one capitalised word, no known place, tagged a place or "
                                 "a body right before a person's name it is compounded to, is the name's first word")
SURNAME_TAGGED_A_PLACE = rule("last-surname-tagged-a-place", "`Justice Helena Vasconcelos Prado said` tagged "
                              "`Helena Vasconcelos` and `Prado` as a place: one capitalised word, no known place, "
                              "tagged a place or a body right after a person's name compounded to it, and ending the "
                              "name, is the name's last word")
FOREIGN_BODY_WORD_BEFORE = rule("body-word-of-another-language-before-a-body", "`Coalizão Rede Livre` tagged from "
                                "`Rede` on (as a body or a person): another language's word for a body (`Coalizão`, "
                                "`Instituto`), untagged and capitalised right before the name, opens a body's name")
COUNTRY_AFTER_A_HYPHEN = rule("body-named-with-a-country-after-a-hyphen", "`according to Météo-France` tagged "
                              "`Météo` and `France`: a capitalised word, no country's, joined by a hyphen to a "
                              "country's name, is a body's name (`Radio-Canada`), not the country")
WORD_BEFORE_A_HEAD_FIRST_BODY = rule("capitalised-word-before-a-body-opening-on-its-head", "`Players Union Cymru` "
                                     "tagged from `Union` on: a body's name does not open on its head word (`Union`, "
                                     "`Council`); the capitalised word before it, untagged, opens it")
HYPHEN_IN_AN_UNTAGGED_BODY = rule("hyphened-words-in-an-untagged-body", "`The Kingston Short-Term Hosts Association "
                                  "said`, untagged: capitalised words joined by a hyphen are words of the body's name")
PORTFOLIOS_JOINED_IN_A_NAME = rule("body-name-runs-on-over-and", "`the Ministry of Energy and Mines said`, tagged "
                                   "`Ministry of Energy`: capitalised words no entity holds after `and`, right after a "
                                   "body's name ending in `of` and a word, are the rest of the name")
POSSESSIVE_OPENS_A_BODY_S_NAME = rule("possessive-opens-a-body-s-name", "`the Parkinson's Families Alliance`, "
                                      "tagged `Families Alliance`: an untagged capitalised word in the possessive "
                                      "between `the` and a body's name is the name's first word")
SPEECH_VERB_SPLITS_A_NAME = rule("speech-verb-inside-a-name-splits-it", "`\"...,\" Okorie told Channels "
                                 "Television`, tagged as one work: a lower-case speech verb inside a name ends the "
                                 "speaker's name, and the capitalised words after it name a body")
WORD_AFTER_A_TITLE = rule("untagged-word-between-a-title-and-a-name", "`Rovers captain Precious Banda said`, "
                          "`Banda` alone tagged, a place: a capitalised word between a lower-case title and a "
                          "one-word name opens that name, and the name is a person's")
FIRST_WORD_LEFT_OUT = rule("untagged-first-word-opening-the-sentence-opens-the-name", "`Rodrigo Fuentes Vial, rector "
                          "of X, said`, tagged from `Fuentes`: the untagged capitalised word opening the sentence, "
                          "compounded to a person's name of two words or more, is its first (no title, place or body)")
FIRST_OF_TWO_GIVEN_NAMES_TAGGED_A_PLACE = rule(
    "first-of-two-given-names-tagged-a-place", "`Yelitza Carolina Escalona Rivero, the mayor of Iribarren, defended`, "
    "tagged `Yelitza` (a place) and `Escalona Rivero`: when an untagged given name is found before a name, a word "
    "tagged a place right before it, opening the sentence, is the first given name")
GIVEN_NAME_OVER_A_PARTICLE_BEFORE_AN_AGE = rule(
    "given-name-of-two-words-over-a-particle-before-an-age", "`Yusmary del Carmen Colmenárez Piña, 44, a "
    "schoolteacher, said`, untagged: a name found before an age runs back over `del` or `de los` to the name word "
    "before it, a given name of two words")
GLOTTAL_STOP_IN_A_NAME_BEFORE_AN_AGE = rule(
    "name-with-a-glottal-stop-set-off-before-an-age", "`'Ana Tu'ipulotu, 52, moved from Neiafu`, untagged: words "
    "with a glottal stop typed as an apostrophe (`Tu'ipulotu`), and the mark opening the name (`'Ana`), are words "
    "of a name found before an age")
NAME_APPOSED_WITHOUT_A_COMMA = rule(
    "name-split-as-an-apposition-without-a-comma", "`stripped Yonas Habtom Weldemichael of his victory`, `Yonas` "
    "tagged a place and `Habtom Weldemichael` parsed as apposed to it, no comma between: the capitalised name words "
    "right before a person's name parsed as apposed to them are the name's first words")
BALINESE_NAME = rule(
    "untagged-balinese-name", "`The ruling is a blow to I Ketut Suardana, the incumbent regent`, nothing tagged: `I` "
    "or `Ni`, a Balinese name for the order of birth and name words after it are a person's name")
BALINESE_NAME_OF_A_CASTE = rule(
    "balinese-name-of-a-caste", "`said I Gusti Ngurah Putu Arsana, the bendesa`, tagged from `Ngurah`: `I` or `Ni` "
    "before a word of a caste's names (`Gusti`, `Dewa`), or `Ida` before `Bagus`, `Ayu` or a priest's `Pedanda`, opens "
    "a Balinese name, over the caste's words, the names for the order of birth and the name words after them")
BALINESE_NAME_TAGGED_IN_PIECES = rule(
    "balinese-name-tagged-in-pieces", "`Ida Pedanda Gede Made Kerta Wibawa, a high priest`, tagged `Ida Pedanda Gede` "
    "and `Kerta Wibawa` apart: a Balinese name is one person's name, whatever the model tagged of its words")
UNTAGGED_COUNTRY_OF_SEVERAL_WORDS = rule(
    "untagged-country-of-several-words", "`The Marshall Islands government declared a state of emergency`, nothing "
    "tagged: a country's name of two or three words, as the language knows it, is that country")
BODY_NAME_RUNS_BACK_TO_THE = rule(
    "body-name-runs-back-to-the", "`the Eastern Caribbean Civic Forum, which sent observers, said`, tagged `Civic "
    "Forum` (a person): untagged capitalised words between `the` and a tagged name closing on a word for a body, read "
    "into it, open that body's name")
GLUED_PARTICLE_SURNAME_BEFORE_A_HYPHEN = rule(
    "surname-glued-to-its-particle-before-a-hyphen", "`for four generations, deBrum-Jibas said`, tagged `Jibas`: a "
    "surname glued to a lower-case particle (`deBrum`, `diMaggio`) and joined by a hyphen to a person's name opens it")
KNOWN_GIVEN_NAME_TAGGED_ALONE = rule(
    "known-given-name-tagged-alone-before-a-person-s-name", "`The head of the council, Salem Othman Ag Mokhtar, "
    "posted`, `Salem` tagged a place and the rest a person: a given name the language knows, tagged alone right "
    "before a person's name it is read into, opens that name")
ARTICLE_JOINED_SURNAME_CLOSING_A_NAME = rule(
    "first-word-left-out-of-a-name-closing-on-al", "`Salem Abdullah al-Ferjani, 61, a retired teacher, said`, tagged "
    "from `Abdullah`: a surname joined to its article (`al-Ferjani`) does not keep the first word left out of the "
    "name from opening it")
FIRST_WORD_BEFORE_A_LONG_NAME = rule(
    "first-word-left-out-of-a-name-of-given-names", "`Nazir Abdul Satar Momade, who heads X, said`, tagged from "
    "`Abdul`: a name of three words or more may open on a given name and still have its first word left out, as "
    "names made of several given names do (`Mohamed Ali Hassan Omar`), unless that word is one for a person")
HYPHENED_GIVEN_NAME = rule("first-half-of-a-hyphened-given-name", "`Per-Erik Hallberg` tagged from `Erik` on: the "
                           "capitalised word joined by a hyphen before a person's name begins it")
UNTAGGED_APPOSED_AFTER_A_CHAIN_OF_OF = rule(
    "untagged-name-apposed-after-a-body-s-of-phrases", "`The president of the Order of Nurses of Albania, Mirela "
    "Çekrezi, said`, untagged and apposed to `Albania`: the name set off after a title and the body's name it is "
    "of, however many `of` phrases that name holds, is the title holder's")
BODY_WORD_OPENING_A_NAME_TAGGED_A_PERSON = rule(
    "body-word-opening-a-name-tagged-a-person", "`a state lender, Bank Amanah Sejahtera,` tagged from `Amanah` as a "
    "person: a capitalised word for a body, untagged and opening the name, makes the words after it a body's name")
PEOPLE_TAG_ON_A_NAME_AFTER_A_TITLE = rule(
    "given-name-after-a-title-tagged-a-people", "`Chief Sipho Dlamini of Nkhaba said`, `Sipho` tagged a "
    "people and `Dlamini` untagged: a capitalised word no country's people go by, between a title and a word of a "
    "name, is the name's first word")
GLOTTAL_MARK_OPENS_THE_NAME = rule(
    "glottal-mark-opening-a-person-s-name-is-part-of-it", "`Among the marchers was ’Malineo Sekhesa, 38,`, tagged from "
    "`Malineo`: a typographic apostrophe joined to the front of a person's name, after a space, is a glottal stop "
    "opening the name (Sesotho `’Ma-`), part of it")
GLOTTAL_STOP_IN_A_NAME_WORD = rule(
    "name-word-with-a-glottal-stop-inside", "`Economist Lineo Mots’oane of the Maseru Institute said`, untagged: "
    "a capitalised word with an apostrophe between small letters (`Mots’oane`, `Fa'asavalu`; no contraction, as "
    "`They’ll`) can be a word of a person's name, as a word of letters alone can")
APOSTROPHE_IN_A_NAME = rule("name-word-with-an-apostrophe", "`The Minister of Sports, Clarisse Ahoua N’Dri, said`, "
                            "untagged: a capitalised word with an apostrophe after its first letter or two (`N’Dri`, "
                            "`O'Brien`) can be a word of a person's name, as a word of letters alone can")
HYPHENED_GIVEN_NAME_TAGGED_A_BODY = rule("hyphened-given-name-tagged-a-body", "`its director, Jean-Baptiste Kouassi "
                                         "Yao, said`, tagged `Jean-Baptiste` a body and `Kouassi Yao` a person: two "
                                         "capitalised words joined by a hyphen, tagged apart right before a person's "
                                         "name, are its given name")
HYPHEN_BEFORE_A_FOUND_NAME = rule("hyphened-given-name-of-a-name-found-untagged", "`said Per-Anders Kuoljok, the "
                                  "chairman`, no word tagged: a name found by the rules for untagged names begins at "
                                  "the capitalised word hyphened to its first, as a tagged one does")
PREFIXED_SURNAME = rule("surname-capitalised-after-its-prefix", "`Her cousin, Iain MacNeil, a fisherman, said`, "
                        "tagged a body: `MacNeil`, `McAllister`, `DeSantis` are shaped as names as `Neil` is")
HYPHENATED_NAME = rule("hyphenated-name-is-one-word", "`against Chan-o-cha` tagged `Chan`: a name's word joined "
                       "by hyphens, without a space, to lower-case or capitalised parts runs to its last part")

NAME_BEFORE_ITS_KIND = rule("untagged-name-before-the-word-for-its-kind", "`The Law and Justice party said`, no "
                            "word tagged: capitalised words after `the` and right before a lower-case word for a kind "
                            "of body (party, group, union) are that body's name")
UNTAGGED_BODY = rule("untagged-body-after-the", "`The Luzon Rice Farmers Alliance said`, `The Stingrays Members' "
                     "Alliance, a supporters' group,` with no word tagged: two or more capitalised words after `the` "
                     "ending in a word for a body are a body's name")
UNTAGGED_BODY_OF_ITS_FIELDS = rule("untagged-body-named-by-its-kind-then-its-fields", "`The Agency of Rural "
                                   "Development and Soil and Water Conservation said`, tagged `Rural Development` or "
                                   "not at all: a capitalised word for a body after `the`, then `of` or `for` and "
                                   "capitalised words joined by `and`, is one body's name")
COUNTRY_NAMED_WITH_AND = rule("country-whose-name-holds-and-tagged-as-two", "`relief supplies from Antigua and "
                              "Barbuda`, tagged as two people or two places: a country's name holding `and` is one "
                              "country")
NAME_JOINED_TO_A_PLACE = rule("one-word-name-joined-to-a-place-is-a-place", "`cocaine reaching Antwerp and "
                              "Rotterdam`, `Rotterdam` tagged a person: a one-word name joined by `and` to the name of "
                              "a place that is no country is a place too")
CLUB_PREFIX_OPENS_A_BODY = rule("club-prefix-opens-a-body", "`FK Kemi Bor, one of the oldest clubs,`, `Kemi Bor` "
                                "tagged a person: an untagged letters-for-a-club (`FK`, `NK`, `SK`) right before a "
                                "name opens it, and the name is a body's")
CLUB_PREFIX_INSIDE_A_PERSON = rule("club-prefix-inside-a-person-s-tag", "`the final between Kemi Vale and FC "
                                  "Arlo`, `FC Arlo` tagged a person: a name opening on letters for a club (`FC`, "
                                  "`NK`) is a body")
NAME_OVER_PARTICLES_DESCRIBED_AS_A_PERSON = rule(
    "name-over-particles-described-as-a-person", "`Graça Lima do Rosário, a lawmaker for the opposition, wrote`, "
    "`Rannvá á Heyggi, a member of parliament,`, tagged in pieces as places and bodies: capitalised words and the "
    "lower-case particles of a surname between them, set off by a comma before a word for a person apposed to them, "
    "are one person's name")
NAME_OVER_PARTICLES_AFTER_A_PERSON_WORD = rule(
    "names-over-particles-set-off-after-a-word-for-people", "`The court appointed two administrators, Geertruida van "
    "den Bosch-Meijer and Pieter-Jan ter Horst,`, tagged as a place, a body across both names and a date: "
    "capitalised words and a surname's particles (and a second such name after `and`) set off by a comma after a "
    "word for people are each a person's name")
NAME_LISTED_AFTER_A_PERSON = rule(
    "name-listed-after-a-person-and-and", "`The court appointed two administrators, Anna Berg and Joost ter Haar,`, "
    "`Joost` tagged a place and the rest not at all: capitalised words listed after a person's name and `and`, "
    "holding a surname's particle or opening on a known given name, are a person's name")
NAME_RUNS_OVER_AN_ELIDED_WORD = rule(
    "name-runs-over-an-elided-article", "`The Cooperativa Agrícola d'Urgell said`, tagged up to `Agrícola`; "
    "`Transportistes Units d'Andorra said`, only `d'Andorra` tagged: a name runs over a word opening on another "
    "language's elided article (`d'`, `dell'`) right after it, and capitalised words right before such a word are "
    "the name's, a body's unless a known given name opens it (`Valéry Giscard d'Estaing`)")
FIELDS_LISTED_ACROSS_TWO_TAGS = rule("fields-listed-in-a-body-s-name-tagged-as-two", "`The Rwanda Mines, Petroleum "
                                     "and Gas Board said`, tagged `The Rwanda Mines,` and `Petroleum and Gas Board`: a "
                                     "body's name listing its fields with a comma and `and` is one name")
KNOWN_GIVEN_NAME_OPENING_A_SENTENCE_AS_A_NOUN = rule(
    "known-given-name-opening-a-sentence-read-as-a-noun", "`Troels Vinding Sønderby, head of the laboratory, said`, "
    "tagged `Vinding Sønderby`, `Troels` read as a common noun and a sentence of its own: a known given name opening "
    "the sentence right before a person's name opens that name, whatever part of speech the parser gave it, and "
    "where the parser cut the sentence between them")
KNOWN_GIVEN_NAME_LEFT_OUT_OF_A_BODY_TAG = rule(
    "known-given-name-left-out-of-a-name-tagged-a-body", "`Ana Lucía Rojas Brenes, 58, said`, tagged `Lucía Rojas "
    "Brenes` and a body: a known given name left out right before a name the model tagged a body, all of it "
    "capitalised words (and a surname's particles) with no word for a body, opens that name, a person's")
NAME_CUT_AFTER_ITS_PARTICLE = rule("name-with-a-particle-cut-before-its-last-word", "`Prime Minister Armindo Vaz do "
                                   "Espírito Santo, whose government ...`, tagged `Armindo Vaz do Espírito`: a "
                                   "person's name holding a surname's particle (`do`, `de`, `van`) runs on over an "
                                   "untagged capitalised word right after it")
NAME_WITH_A_PARTICLE_CUT_AT_ITS_HYPHEN = rule(
    "name-with-a-particle-cut-at-its-hyphen", "`two administrators, Marieke van den Berg-Smit and ...`, tagged "
    "`Marieke van den Berg`: a person's name holding a surname's particle runs on over a hyphen and the capitalised "
    "word joined to it")
NAME_ACROSS_A_FILIATION = rule("name-tagged-apart-at-a-capitalised-filiation", "`Ibrahim Ag Mohamed Elkhalil, who "
                               "chairs the committee, said`, tagged `Ibrahim Ag` (a body) and `Mohamed Elkhalil`, or "
                               "`Mohamed Elkhalil` alone: a capitalised word for `son of` or `daughter of` in the "
                               "Sahel's names (`Ag`, `Ould`, `Mint`, `Walet`) between a given name and a tagged name "
                               "makes them one person's name")
NAME_ACROSS_ITS_PARTICLE = rule("name-tagged-as-two-either-side-of-its-particle", "`Bernhard Mair am Tinkhof said`, "
                                "tagged `Bernhard Mair` and `Tinkhof`: two people's names either side of a surname's "
                                "particle (`am`, `wa`, `van`) are one name")
BODY_OF_ITS_MEMBERS_IN_ONE = rule("body-of-its-members-tagged-as-two", "`The Independent Union of Kreka Miners "
                                  "said`, tagged as two bodies either side of `of`: a body's name `of` people named by "
                                  "their trade in the plural is one name")
COUNTRY_S_BODY_TAGGED_AS_ONE = rule("country-s-body-tagged-as-one-name", "`Croatia’s Ministry of Environmental "
                                    "Protection said`, tagged as one body: a country named in the possessive before a "
                                    "body's name is the country, and the body's name starts after it")
POSSESSIVE_OPENS_NO_NAME = rule("possessive-ending-opens-no-name", "`according to the country’s Committee of "
                                "Emergency Situations`, tagged from `’s`: the possessive's ending belongs to the word "
                                "before, and the name starts after it")
NAME_OF_A_DIVISION = rule("name-before-the-word-for-a-division-is-a-place", "`families in the Gobi-Altai and "
                          "Bayankhongor provinces`, `Bayankhongor` tagged a body: a name written before a lower-case "
                          "word for a division of a country (`province`, `district`, `region`), or joined by `and` "
                          "to one that is, is a place")

# Parts of speech of the words a sentence is built with, not its names (Universal Dependencies' tags).
FUNCTION_WORD_POS = frozenset(("ADP", "CCONJ", "SCONJ", "DET", "PART", "AUX", "PRON"))


def repair_entities(doc, lang) -> None:
    from spacy.tokens import Span

    if doc.user_data.get("dossier_repaired"):
        return  # (a paragraph with no entity at all may still hold an untagged name after a title)
    doc.user_data["dossier_repaired"] = True
    changed = False
    if on(POSSESSIVE_OPENS_NO_NAME) and any(len(e) > 1 and e[0].tag_ == lang.possessive_tag for e in doc.ents):
        doc.ents = [Span(doc, e.start + 1, e.end, label=e.label_) if len(e) > 1 and e[0].tag_ == lang.possessive_tag
                    else e for e in doc.ents]  # "the country’s Committee of Emergency Situations", tagged from `’s`
        changed = True
    if on(COUNTRY_S_BODY_TAGGED_AS_ONE):
        parts = [part for e in doc.ents for part in _country_and_its_body(e, lang)]
        if len(parts) != len(doc.ents):  # "Croatia’s Ministry of Environmental Protection", tagged as one body
            doc.ents = parts
            changed = True
    if any(lang.of in (t.lower_ for t in e[1:]) for e in doc.ents):  # names run on to `of`, or past it
        parts = [part for e in doc.ents for part in _parts_around_of(e, lang)]
        changed = [(p.start, p.end, p.label_) for p in parts] != [(e.start, e.end, e.label_) for e in doc.ents]
        if changed:
            doc.ents = parts  # then read as any other name
    dash = dateline_dash(doc, lang) if on(DATELINE) else None
    if dash is not None:
        dated = _dated(doc, dash, lang)
        if [(x.start, x.end, x.label_) for x in dated] != [(x.start, x.end, x.label_) for x in doc.ents]:
            doc.ents = dated
            changed = True
    found = _untagged_bodies(doc, lang) if on(UNTAGGED_BODY) else []
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
        changed = True
    fields = _bodies_of_their_fields(doc, lang) if on(UNTAGGED_BODY_OF_ITS_FIELDS) else None
    if fields is not None:
        doc.ents = fields
        changed = True
    if on(PEOPLE_TAG_ON_A_NAME_AFTER_A_TITLE) and any(e.label_ == lang.ent.norp for e in doc.ents):
        kept = [e for e in doc.ents if not _given_name_tagged_a_people(e, lang)]
        if len(kept) < len(doc.ents):  # "Chief Sipho Dlamini", `Sipho` tagged a people: read as untagged
            doc.ents = kept
            changed = True
    fixed = _repaired(doc, lang)
    if on(GLOTTAL_MARK_OPENS_THE_NAME):
        marked = _glottal_marks_opening(doc, doc.ents if fixed is None else fixed, lang)
        if marked is not None:
            fixed = marked
    if fixed is None and not changed:
        return
    if fixed is not None:
        doc.ents = fixed
    forget_entities(doc)


def _body_word_opening(t, lang) -> bool:
    """`Bank` of `Bank Amanah Sejahtera`: a capitalised word for a body (no title), untagged, opening a name (no
    capitalised word before it, and no title's portfolio: `Secretary for Broadcasting NAME`), whose body's name goes
    on with the words after it."""
    doc = t.doc
    return t.is_title and not t.ent_type_ and t.pos_ == "PROPN" and t.lower_ in lang.org_heads \
        and t.lower_ not in lang.titles and not (t.i > 0 and (doc[t.i - 1].is_title or doc[t.i - 1].is_upper)) \
        and not (t.i > 1 and doc[t.i - 1].pos_ == "ADP" and doc[t.i - 2].lower_.rstrip(".") in lang.titles)


def _given_name_tagged_a_people(e, lang) -> bool:
    """`Chief Sipho Dlamini`, `Sipho` tagged a people (NORP): one capitalised word no country's people go by,
    right after a capitalised title and right before an untagged capitalised word of a name."""
    doc = e.doc
    return e.label_ == lang.ent.norp and len(e) == 1 and e.start > 0 and e.end < len(doc) \
        and doc[e.start - 1].is_title and doc[e.start - 1].lower_.rstrip(".") in lang.titles \
        and e[0].pos_ == "PROPN" and e[0].is_title and e[0].is_alpha and not lang.demonym_country(e.text) \
        and not doc[e.end].ent_type_ and _name_shaped(doc[e.end], lang)


def _glottal_marks_opening(doc, ents, lang):
    """The entities with a person's name opened by a glottal stop's mark (`’Malineo Sekhesa`) run back over it; None
    if there is none. An ASCII `'`, which may open a quotation, counts only before a name with a glottal stop inside
    (`'Ana Tu'ipulotu`)."""
    from spacy.tokens import Span

    out, changed = [], False
    for e in ents:
        i = e.start
        if e.label_ == lang.ent.person and i > 0 and glottal_mark(doc[i - 1], lang) \
                and (doc[i - 1].text in "’ʻ" or any(lang.glottal_name.match(t.text) for t in e)) \
                and (i == 1 or doc[i - 2].whitespace_ or doc[i - 2].is_punct and doc[i - 2].text not in "\"“") \
                and not (any(x.end == i - 1 for x in out)):
            out.append(Span(doc, i - 1, e.end, label=e.label_))
            changed = True
        else:
            out.append(e)
    return out if changed else None


def dateline_dash(doc, lang) -> int | None:
    """The dash ending a wire report's dateline at the paragraph's start: capitals (`SAO PAULO`), then maybe a
    place set off by a comma (`, Peru`) and an agency in brackets (`(Reuters)`); None when there is none."""
    j = _capitals_opening(doc)
    if j == 0 or j + 1 >= len(doc):
        return None
    if doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].is_title:
        j += 1
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha:
            j += 1  # "LIMA, Peru"
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 5, len(doc))) if doc[k].text == ")"), None)
        j = close + 1 if close is not None else j  # "(Reuters)"
    return j if j + 1 < len(doc) and doc[j].text in lang.dateline_dashes and doc[j - 1].whitespace_ \
        and doc[j].whitespace_ else None  # a dash set off by spaces, not `ABS-CBN`


def _capitals_opening(doc) -> int:
    """Where the words in capitals opening a paragraph (a dateline's place, `SAO PAULO`) end."""
    j = 0
    while j < len(doc) and doc[j].is_upper and doc[j].is_alpha and len(doc[j]) > 1:
        j += 1
    return j


def _dated(doc, dash: int, lang) -> list:
    """The entities with the dateline before ``dash`` a place, and a name run over the dash cut at it: the rest
    a person's name when it is shaped as one (`Lerato van Wyk`)."""
    from spacy.tokens import Span

    caps = _capitals_opening(doc)
    out = [Span(doc, 0, caps, label=lang.ent.gpe)]
    for x in doc.ents:
        if x.end <= caps:
            continue  # "SAO" of "SAO PAULO"
        if x.start < caps:
            x = Span(doc, caps, x.end, label=x.label_) if x.end <= dash else x
        if x.start <= dash < x.end:
            rest = doc[dash + 1: x.end]
            person = 2 <= len(rest) <= 4 and all(_name_shaped(t, lang) or t.lower_ in lang.name_particles
                                                 for t in rest) and _name_shaped(rest[0], lang)
            x = Span(doc, dash + 1, x.end, label=lang.ent.person if person else x.label_)
        if x.start >= caps and len(x):
            out.append(x)
    return out


def _hyphen_inside(doc, j: int, lang) -> bool:
    """`Short-Term` in `The Kingston Short-Term Hosts Association`: a hyphen joining two capitalised words."""
    return on(HYPHEN_IN_AN_UNTAGGED_BODY) and doc[j].text in lang.hyphens and not doc[j - 1].whitespace_ \
        and not doc[j].whitespace_ and j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].is_alpha


def _untagged_bodies(doc, lang) -> list:
    """Spans of capitalised words that no entity covers, right after `the`, ending in a word for a body
    (`Alliance`, `Union`) and holding at least one other word: `The Luzon Rice Farmers Alliance`."""
    from spacy.tokens import Span

    out = []
    i = 1
    while i < len(doc):
        if doc[i - 1].lower_ != lang.definite_article or doc[i].ent_type_ or not doc[i].is_title:
            i += 1
            continue
        j = i
        while j < len(doc) and not doc[j].ent_type_ and (doc[j].is_title and doc[j].is_alpha or j > i
                                                         and lang.possessive.fullmatch(doc[j].text)
                                                         and not doc[j - 1].whitespace_
                                                         or j > i and _hyphen_inside(doc, j, lang)):
            j += 1
        words = [t for t in doc[i:j] if t.is_alpha]
        if len(words) >= 2 and doc[j - 1].is_alpha and doc[j - 1].lower_ in lang.org_heads \
                and words[0].lower_ not in lang.titles and all(t.pos_ == "PROPN" for t in words):
            out.append(Span(doc, i, j, label=lang.ent.org))
        elif on(NAME_BEFORE_ITS_KIND):
            k = j
            while k + 1 < len(doc) and doc[k].lower_ in lang.coordinators and doc[k + 1].is_title \
                    and doc[k + 1].is_alpha and not doc[k + 1].ent_type_:
                k += 2  # "Law and Justice"
            named = [t for t in doc[i:k] if t.is_title]
            if named and k < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN" \
                    and doc[k].lemma_.lower() in lang.org_descriptors \
                    and all(i <= t.head.i <= k for t in doc[i:k]) \
                    and named[0].lower_ not in lang.titles and all(t.pos_ == "PROPN" for t in named):
                out.append(Span(doc, i, k, label=lang.ent.org))  # "the Law and Justice party"
                j = k
        i = max(j, i + 1)
    return out


def _bodies_of_their_fields(doc, lang):
    """The entities with `the Agency of Rural Development and Soil and Water Conservation` made one body's name: an
    untagged capitalised word for a body after `the`, `of` or `for`, then capitalised words joined by the words that
    join a name's parts, ending on a capitalised word; bodies tagged inside it (`Rural Development`) give way, any
    other name inside it, or one running past it, stops it. None when there is no such name."""
    from spacy.tokens import Span

    ents, changed = list(doc.ents), False
    for i in range(1, len(doc) - 2):
        head = doc[i]
        if doc[i - 1].lower_ != lang.definite_article or head.ent_type_ or not head.is_title \
                or head.lower_ not in lang.org_heads or doc[i + 1].lower_ not in lang.field_prepositions \
                or not doc[i + 2].is_title:
            continue
        end, j = None, i + 2
        while j < len(doc) and (doc[j].is_title and doc[j].is_alpha or doc[j].lower_ in lang.body_name_joiners
                                and j + 1 < len(doc) and doc[j + 1].is_title):
            if doc[j].ent_type_ == lang.ent.person:
                break
            end = j + 1 if doc[j].is_title else end
            j += 1
        inside = [e for e in ents if e.start < (end or 0) and e.end > i]
        if end is None or any(e.start < i + 2 or e.end > end or e.label_ != lang.ent.org for e in inside) \
                or any(lang.country_of(t.text) for t in doc[i + 2: end]):
            continue  # (`the Embassy of India in Muscat`: a body of a place, named by the rules for those)
        ents = sorted([e for e in ents if e not in inside] + [Span(doc, i, end, label=lang.ent.org)],
                      key=lambda e: e.start)
        changed = True
    return ents if changed else None


def _country_owning(e, lang) -> int | None:
    """Where the possessive ending stands in a body's name that opens on a country's name in the possessive
    (`Croatia’s Ministry of Health`), if it does and a name of two words or more follows; else None."""
    if e.label_ != lang.ent.org or len(e) < 4:
        return None
    k = next((t.i for t in e[1:4] if t.tag_ == lang.possessive_tag), None)
    if k is None or e.end - k < 3 or not lang.country_of(e.doc[e.start:k].text):
        return None
    return k


def _country_and_its_body(e, lang) -> list:
    """``e`` as the country it opens on and the body after the possessive ending, or as it is."""
    from spacy.tokens import Span

    k = _country_owning(e, lang)
    if k is None:
        return [e]
    return [Span(e.doc, e.start, k, label=lang.ent.gpe), Span(e.doc, k + 1, e.end, label=e.label_)]


def _parts_around_of(e, lang) -> list:
    """An entity holding `of` as the names it stands for: cut before a last `of` (``TRAILING_OF``), then split
    into a person and the body they are of (``NAME_OF_A_BODY_IN_ONE``)."""
    if on(TRAILING_OF):
        e = _cut_before_of(e, lang)
    return _person_and_body(e, lang) if on(NAME_OF_A_BODY_IN_ONE) else [e]


def _cut_before_of(e, lang):
    """An entity whose last word is `of`, without it: a person's name where its words could only be one."""
    from spacy.tokens import Span

    if len(e) < 2 or e[-1].lower_ != lang.of:
        return e
    words = e[:-1]
    person = 2 <= len(words) <= 3 and all(_name_shaped(t, lang) for t in words) and not lang.country_of(words.text)
    return Span(e.doc, e.start, e.end - 1, label=lang.ent.person if person else e.label_)


def _person_and_body(e, lang) -> list:
    """`Nandini Rao of Surakshita`, one entity: the person, and the body (or country) they are of;
    the entity alone where its words before `of` could be a body's, a title's or a place's."""
    from spacy.tokens import Span

    k = next((t.i for t in e[2:4] if t.lower_ == lang.of), None)
    if k is None or k + 1 >= e.end or e.label_ not in (lang.ent.person, lang.ent.org) \
            or e.start > 0 and e.doc[e.start - 1].lower_ in lang.affiliation_prepositions:
        return [e]  # not "the Islamic Republic of Iran", nor "president of Dairy Farmers of New Zealand": bodies
    name, rest = e.doc[e.start:k], e.doc[k + 1 + (e.doc[k + 1].lower_ in lang.articles):e.end]
    if not all(_name_shaped(t, lang) and t.tag_ != lang.plural_proper_tag for t in name) \
            or lang.country_of(name.text) or not len(rest) \
            or not rest[0].is_title:
        return [e]
    label = lang.ent.gpe if lang.country_of(rest.text) else lang.ent.org
    return [Span(e.doc, name.start, name.end, label=lang.ent.person), Span(e.doc, rest.start, rest.end, label=label)]


def _owner_in(e, lang) -> tuple[int, int]:
    """Where an entity's name starts (past an article) and the index of its first possessive (its end if none)."""
    doc = e.doc
    return e.start + (doc[e.start].lower_ in lang.articles), \
        next((t.i for t in e if t.tag_ == lang.possessive_tag), e.end)


def _owner_and_owned(e, start: int, k: int, owner_label: str, lang) -> list:
    """`New Zealand's Commerce Commission`, one entity: the owner before the possessive at ``k``, labelled
    ``owner_label``, and the body it owns."""
    from spacy.tokens import Span

    return [Span(e.doc, start, k, label=owner_label), Span(e.doc, k + 1, e.end, label=lang.ent.org)]

def _fields_listed_before(e, lang) -> int | None:
    """Where `Media, Entertainment and` before `Arts Alliance` starts: untagged capitalised words listed with commas
    and `and` right before a body's name ending in a body's word, after `the`; None if there are none."""
    doc = e.doc
    if e.label_ != lang.ent.org or e[-1].lower_ not in lang.org_heads or e.start < 4 \
            or doc[e.start - 1].lower_ not in lang.coordinators or not e[0].is_title:
        return None
    k = e.start - 2  # the word before `and`
    words = 0
    while k >= 1 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_:
        words += 1
        if doc[k - 1].text == ",":
            k -= 2
            continue
        break
    if words < 2 or doc[k - 1].lower_ != lang.definite_article:
        return None
    return k


def _patronym_after(e, lang):
    """The name right after `bin` or `bint` that follows entity ``e``, whose last word is a capitalised proper noun
    (a given name the model read into the name before): that name, else None."""
    doc = e.doc
    if e.end + 1 >= len(doc) or not doc[e.end].is_lower or doc[e.end].lower_ not in lang.patronymic_particles \
            or not e[-1].is_title or e[-1].pos_ != "PROPN" or (len(e) > 1 and e[-2].is_punct):
        return None
    after = next((x for x in doc.ents if x.start == e.end + 1), None)
    return after if after is not None and after[0].is_title else None


def _person_owned_at(e, lang) -> int | None:
    """Where the possessive ending of a name that owns a person's name stands in the person's name ``e`` (`Nova
    Stranka’s Ivana Horvat`, or `Zelena Obala’s` tagged alone before `Vesna Kolar`): a body, as `Labour’s Keir
    Starmer` is; None if ``e`` holds no owner of a name."""
    doc = e.doc
    k = next((t.i for t in e[1:] if t.tag_ == lang.possessive_tag), None)
    if k is None or doc[k].head.dep_ != lang.dep.poss:
        return None
    owner, owned = doc[k].head, doc[k].head.head
    if not (e.start <= owner.i < k and owned.i > k and owned.pos_ == "PROPN" and owned.is_title
            and max(owned.i + 1, e.end) - k - 1 >= 2  # a given name and a surname (not "Sally Kapp's Mayorship")
            and all(_name_shaped(t, lang) and t.lower_ not in lang.corporate_suffixes
                    and t.ent_type_ in ("", lang.ent.person) for t in doc[k + 1: max(owned.i + 1, e.end)])) \
            or _known_given_name(doc[e.start], lang):
        return None  # (not `Alexis Korner’s Blues Incorporated`: a person owning a band)
    return k


def _body_name_opening_after_the(e, lang) -> int | None:
    """Where a body's name opens whose last word, a word for a body, the model tagged with only the words before it
    (`the Eastern Caribbean Civic Forum`, tagged `Civic Forum`): on the first of one to three untagged capitalised
    words between `the` and the tagged name, all read into it; None if there are none."""
    doc = e.doc
    if e[-1].lower_ not in lang.org_heads or not e[0].is_title or e.label_ != lang.ent.person:
        return None  # (a body tagged a body: the rules on words opening its name read it)
    k = e.start
    while k > 0 and e.start - k < 3 and not doc[k - 1].ent_type_ and doc[k - 1].is_title and doc[k - 1].is_alpha \
            and doc[k - 1].pos_ in ("PROPN", "ADJ") and doc[k - 1].dep_ in (lang.dep.compound, lang.dep.amod) \
            and k <= doc[k - 1].head.i < e.end and doc[k - 1].lower_ not in lang.titles:
        k -= 1
    if k == e.start or k == 0 or doc[k - 1].lower_ != lang.definite_article:
        return None
    return k


def _balinese_names(doc, ents, lang):
    """The entities with Balinese names put in: `I` or `Ni` and a name for the order of birth (`I Ketut Suardana`),
    or a caste's words (`I Gusti Ngurah Putu Arsana`, `Ida Pedanda Gede Made Kerta Wibawa`), then the caste's words,
    the names for the order of birth and up to four more capitalised name words; in place of the pieces the model
    tagged of them. None if there is none."""
    if lang.balinese_prefixes.isdisjoint(lower_words(doc)) and lang.balinese_high_openings.isdisjoint(lower_words(doc)):
        return None
    marks = lang.birth_order_names | lang.balinese_caste_words
    found = []
    toks = tokens_of(doc)
    for t in toks[:-2]:
        second = doc[t.i + 1]
        if not t.is_title or not second.is_title or found and t.i < found[-1][1]:
            continue
        if t.lower_ in lang.balinese_prefixes and second.lower_ in lang.birth_order_names:
            rule_on = on(BALINESE_NAME)
        elif t.lower_ in lang.balinese_prefixes and second.lower_ in lang.balinese_caste_words \
                or t.lower_ in lang.balinese_high_openings and second.lower_ in lang.balinese_high_castes:
            rule_on = on(BALINESE_NAME_OF_A_CASTE)
        else:
            continue
        end = t.i + 2
        while end < len(doc) and doc[end].is_title and doc[end].lower_ in marks:
            end += 1
        names = end
        while end < len(doc) and end - names < 4 and _name_shaped(doc[end], lang):
            end += 1
        if end == names or not rule_on:
            continue
        inside = [x for x in ents if x.start < end and t.i < x.end]
        if any(x.start < t.i or x.end > end for x in inside) or inside and not on(BALINESE_NAME_TAGGED_IN_PIECES):
            continue  # (a name running past it; or pieces of it tagged, read by the rule on those)
        if not any(x.start == t.i and x.end == end and x.label_ == lang.ent.person for x in inside):
            found.append((t.i, end))
    return _person_names_put_in(doc, ents, found, lang)


def _untagged_countries(doc, ents, lang) -> list:
    """Countries named in two or three capitalised words that the model left untagged (`The Marshall Islands
    government declared`), each tagged a place of government; none of one word (`Chad`, `Jordan` name people too)."""
    from spacy.tokens import Span

    taken = _taken(ents)
    out = []
    k = 0
    while k < len(doc) - 1:
        if not doc[k].is_title or k in taken:
            k += 1
            continue
        found = next((n for n in (3, 2) if k + n <= len(doc) and not any(i in taken for i in range(k, k + n))
                      and all(t.is_title and t.is_alpha for t in doc[k: k + n])
                      and lang.country_of(doc[k: k + n].text) == doc[k: k + n].text
                      and not (k + n < len(doc) and doc[k + n].is_title and doc[k + n].pos_ == "PROPN")
                      and not (k > 0 and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN")
                      and not (k > 1 and (doc[k - 1].lower_ in lang.name_particles or doc[k - 1].lower_ == lang.of)
                               and doc[k - 2].is_title)), None)  # not "the Banca Centrale della Repubblica di ..."
        if found:
            out.append(Span(doc, k, k + found, label=lang.ent.gpe))
            k += found
            continue
        k += 1
    return out


def _head_left_out(e, lang) -> bool:
    """Whether the word right after the body's name ``e`` is an untagged capitalised proper noun that the whole name
    hangs on as compounds, its last word left out (`the opposition Mouvement Mwali Debout (MMD)`), and no title."""
    doc = e.doc
    if e.end >= len(doc) or not e.root.is_title or e.root.dep_ != lang.dep.compound or e.root.head.i != e.end \
            or len(e) <= 3 and _known_given_name(e[0], lang):
        return False  # (`Carmen Quispe` + `Villanueva`: a person's name cut short, read by the rule on those)
    t = doc[e.end]
    return not t.ent_type_ and t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in lang.titles \
        and not lang.country_of(t.text) and not lang.demonym_country(t.text) \
        and not (e.end + 1 < len(doc) and (doc[e.end + 1].is_title and doc[e.end + 1].pos_ == "PROPN"
                                           or doc[e.end + 1].lower_ in lang.body_name_joiners))  # "House of ..."


def _person_tagged_at(doc, i: int, lang):
    """The person's name the model tagged from token ``i`` on, or None."""
    return next((x for x in doc.ents if x.start == i and x.label_ == lang.ent.person), None)


def _particle_before(e, lang) -> bool:
    """Whether a lower-case particle of a surname stands right before the person's name ``e``, with no name word before
    it (`dos Santos`, `van Dijk` used alone; not `Ana dos Santos`, tagged from `Ana`)."""
    doc = e.doc
    if e.start < 1 or not doc[e.start - 1].is_lower or doc[e.start - 1].lower_ not in lang.name_particles \
            or doc[e.start - 1].lower_ in lang.surname_joiners or not e[0].is_title:
        return False
    return e.start == 1 or not (doc[e.start - 2].is_title and doc[e.start - 2].is_alpha)


def _father_named_in(e, lang) -> bool:
    """Whether entity ``e`` holds `bin` or `binti` after a name and ends on a capitalised word of the father's name."""
    return any(t.is_lower and t.lower_ in lang.patronymic_particles for t in e[1:-1]) and e[-1].is_title \
        and e[-1].is_alpha


def _weekday_given_name_end(e, lang) -> int | None:
    """`Sunday Adeyemi` tagged a date (whole, or `Sunday` alone and the surname apart): where the person's name that a
    day's name opens ends, when one or two capitalised proper nouns follow it that are no day's, month's or time's
    words, with no number after them and no preposition or determiner before (`on Sunday`); else None."""
    doc = e.doc
    if e[0].lower_ not in lang.weekdays or not e[0].is_title or len(e) > 3:
        return None
    if e.start > 0 and doc[e.start - 1].pos_ in ("ADP", "DET", "ADJ"):
        return None  # "on Sunday", "last Sunday"
    end = e.end
    if len(e) == 1:
        while end < len(doc) and end - e.end < 2 and doc[end].ent_type_ not in lang.ent.times \
                and (doc[end].ent_iob_ != "B" or end == e.end):
            if not (doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN"):
                break
            end += 1
        following = next((x for x in doc.ents if x.start == e.end), None)
        if following is not None and following.end != end:
            return None  # the name after the day runs on past what a given name and a surname make
    words = doc[e.start + 1: end]
    if not words or end < len(doc) and doc[end].like_num:
        return None
    return end if all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.lower_ not in lang.weekdays
                      and t.lower_ not in lang.months for t in words) else None


def _members_named(e, lang) -> bool:
    """Whether the name ``e`` names people by their trade, in the plural (`Kreka Miners`, `Tarn Dairy Farmers`): the
    members a body `of` them is named after."""
    last = e[-1].lower_
    return all(t.is_title for t in e) and any(
        last.endswith(plural) and last[: len(last) - len(plural)] + one in lang.person_nouns
        for plural, one in lang.person_plural_endings)


def names_a_division(span, lang) -> bool:
    """Whether the name ``span`` modifies a lower-case word for a division of a country after it (`the Kampot
    province`), itself or joined by `and` to a name that does (`the Gobi-Altai and Bayankhongor provinces`)."""
    root = span.root
    if root.dep_ == lang.dep.conj and root.head.i < span.start:
        root = root.head
    head = root.head
    return root.dep_ in (lang.dep.compound, lang.dep.nmod, lang.dep.amod) and head.i >= span.end and head.is_lower \
        and head.pos_ == "NOUN" and head.lemma_.lower() in lang.division_nouns


def _repaired(doc, lang):
    """The corrected entity list, or None when nothing changes."""
    from spacy.tokens import Span

    e_ = lang.ent
    out = []
    changed = False
    skip_to = 0
    for e in doc.ents:
        if e.start < skip_to:
            changed = True
            continue
        if on(UNIT_AFTER_A_NUMBER) and len(e) == 1 and e[0].is_upper and e.label_ in e_.bodies and e.start > 0 \
                and doc[e.start - 1].like_num and not (doc[e.start - 1].is_digit and len(doc[e.start - 1]) == 4):
            changed = True  # "about 1,700 MW more": a unit, no body (but "in 2019 NATO said": a year)
            continue
        if on(ABBREVIATED_GIVEN_NAME_OPENS_THE_NAME) and e.label_ == e_.person and e.start > 0 \
                and doc[e.start - 1].text.rstrip(".").lower() in lang.given_name_abbreviations \
                and doc[e.start - 1].text[:1].isupper():
            if out and out[-1].start == e.start - 1 and out[-1].end == e.start:
                out.pop()  # "Md." tagged a place alone
            if not out or out[-1].end < e.start:
                out.append(Span(doc, e.start - 1, e.end, label=e_.person))  # "Md." + "Abdul Hannan Bhuiyan"
                changed = True
                continue
        if on(GLUED_PARTICLE_SURNAME_BEFORE_A_HYPHEN) and e.label_ == e_.person and e.start >= 2 \
                and doc[e.start - 1].text in lang.hyphens and not doc[e.start - 1].whitespace_ \
                and not doc[e.start - 2].whitespace_ and not doc[e.start - 2].ent_type_ \
                and lang.glued_particle_surname.match(doc[e.start - 2].text) is not None \
                and (not out or out[-1].end <= e.start - 2):
            start = e.start - 2  # "deBrum" + "-" + "Jibas"
            if start > 0 and _name_word(doc[start - 1], lang) and (not out or out[-1].end < start):
                start -= 1  # "Tamara deBrum-Jibas"
            out.append(Span(doc, start, e.end, label=e_.person))
            changed = True
            continue
        opening = _body_name_opening_after_the(e, lang) if on(BODY_NAME_RUNS_BACK_TO_THE) else None
        if opening is not None and (not out or out[-1].end <= opening):
            out.append(Span(doc, opening, e.end, label=e_.org))  # "the" + "Eastern Caribbean" + "Civic Forum"
            changed = True
            continue
        if on(BODY_NAME_RUNS_ON_TO_ITS_HEAD) and e.label_ == e_.org and _head_left_out(e, lang):
            out.append(Span(doc, e.start, e.end + 1, label=e.label_))  # "Mouvement Mwali" + "Debout"
            skip_to = e.end + 1
            changed = True
            continue
        owned = _person_owned_at(e, lang) if on(OWNER_OF_A_PERSON_S_NAME) and e.label_ == e_.person else None
        if owned is not None:  # "Nova Stranka’s Ivana Horvat Jurić": the party, then the person it owns
            out.append(Span(doc, e.start, owned, label=e_.gpe if lang.country_of(doc[e.start: owned].text)
                            else e_.org))
            if owned + 1 < e.end:
                out.append(Span(doc, owned + 1, e.end, label=e_.person))
            changed = True
            continue
        patronym = _patronym_after(e, lang) if on(GIVEN_NAME_BEFORE_A_PATRONYMIC) else None
        if patronym is not None:  # "Science and Advanced Technology Noura" + "bint" + "Ahmed Al Suwaidi"
            whole = on(GIVEN_NAMES_BEFORE_A_PATRONYMIC) and e.label_ == e_.person and len(e) > 1 \
                and (_known_given_name(e[0], lang)  # "Daniel Kiprotich" + "arap" + "Rotich": one name from Daniel
                     or on(UNKNOWN_GIVEN_NAMES_BEFORE_A_PATRONYMIC)
                     and all(t.is_title and t.is_alpha and t.lower_ not in lang.titles
                             and t.lower_ not in lang.portfolios for t in e)
                     and not (e.start > 0 and doc[e.start - 1].lower_ in lang.coordinators))  # "Culture and Youth"
            if e.end - 1 > e.start and e.label_ != e_.person:  # ("Youth Mariam": no person's name left before)
                out.append(Span(doc, e.start, e.end - 1, label=e.label_))
            out.append(Span(doc, e.start if whole else e.end - 1, patronym.end, label=e_.person))
            skip_to = patronym.end
            changed = True
            continue
        if on(PARTICLE_OPENS_A_SURNAME_ALONE) and e.label_ == e_.person and _particle_before(e, lang) \
                and (not out or out[-1].end < e.start - 1):
            out.append(Span(doc, e.start - 1, e.end, label=e_.person))  # '"...," dos Santos told supporters'
            changed = True
            continue
        if on(SURNAME_AFTER_A_PATRONYMIC) and e.label_ == e_.person and e.start >= 3 and doc[e.start - 1].is_lower \
                and doc[e.start - 1].lower_ in lang.trailing_patronymics \
                and all(doc[k].is_title and doc[k].is_alpha and doc[k].lower_ not in lang.titles
                        and doc[k].ent_type_ in ("", *e_.places, e_.person) for k in (e.start - 3, e.start - 2)) \
                and doc[e.start - 2].pos_ == "PROPN":  # (a given name opening the sentence is read as anything)
            start = e.start - 3  # "Leyla" + "Tofig" (tagged a place) + "gizi" + "Abbasova"
            while out and out[-1].end > start:
                out.pop()
            out.append(Span(doc, start, e.end, label=e_.person))
            changed = True
            continue
        patronymic_at = e.end - 1 if e[-1].lower_ in lang.trailing_patronymics else e.end
        if on(SURNAME_AFTER_A_PATRONYMIC) and e.label_ == e_.person and len(e) >= 2 and patronymic_at < len(doc) \
                and doc[patronymic_at].is_lower and doc[patronymic_at].lower_ in lang.trailing_patronymics:
            rest = _person_tagged_at(doc, patronymic_at + 1, lang)
            if rest is not None and len(rest) <= 2:  # "Elnur Vagif" + "oglu" + "Huseynov"
                out.append(Span(doc, e.start, rest.end, label=e_.person))
                skip_to = rest.end
                changed = True
                continue
        if on(FATHER_S_NAME_CUT) and e.label_ == e_.person and _father_named_in(e, lang):
            rest = _person_tagged_at(doc, e.end, lang)
            if rest is not None:  # "Haji Yusri bin Pengiran" + "Haji Omar"
                out.append(Span(doc, e.start, rest.end, label=e_.person))
                skip_to = rest.end
                changed = True
                continue
        if on(GIVEN_NAME_BEFORE_A_PATRONYMIC) and e.start >= 2 and doc[e.start - 1].is_lower \
                and doc[e.start - 1].lower_ in lang.patronymic_particles and not doc[e.start - 2].ent_type_ \
                and doc[e.start - 2].is_title and doc[e.start - 2].pos_ == "PROPN" and e[0].is_title \
                and (not out or out[-1].end <= e.start - 2):
            out.append(Span(doc, e.start - 2, e.end, label=e_.person))  # "Noura bint Ahmed", `Noura` untagged
            changed = True
            continue
        if on(PORTFOLIO_TAGGED_A_PERSON) and e.label_ == e_.person and len(e) == 1 and e[0].is_title \
                and e.end + 1 < len(doc) and doc[e.end].is_title and doc[e.end].lower_ in lang.portfolio_titles \
                and any(x.label_ == e_.person and e.end < x.start <= e.end + 4 for x in doc.ents) \
                and all(t.is_title for t in doc[e.end: next(x.start for x in doc.ents if x.start > e.end)]):
            changed = True  # "Awqaf" + "Minister" + "Sheikh Dr. Khaled al-Qudah": a portfolio
            continue
        if on(HONORIFIC_OPENS_A_NAME_TAGGED_A_DOCUMENT) and e.label_ in e_.documents and 2 <= len(e) <= 4 \
                and e[0].is_title and e[0].lower_ in lang.honorifics and all(_name_shaped(t, lang) for t in e[1:]):
            out.append(Span(doc, e.start, e.end, label=e_.person))  # "Dr Guambe", tagged a work of art
            changed = True
            continue
        if on(CLERICAL_TITLE_TAGGED_A_BODY) and e.label_ == e_.org and 3 <= len(e) <= 4 and e[0].is_title \
                and e[0].lower_ in lang.clerical_titles and all(_name_shaped(t, lang) for t in e[1:]):
            out.append(Span(doc, e.start, e.end, label=e_.person))  # "Sister Ana Moro", tagged a body
            changed = True
            continue
        if on(TITLE_TAGGED_A_PERSON_BEFORE_A_NAME) and e.label_ == e_.person and e[-1].lower_ in lang.titles \
                and all(t.is_title and (t.lower_ in lang.titles or t.lower_ in lang.place_nouns) for t in e) \
                and any(x.start == e.end and x.label_ == e_.person for x in doc.ents):
            changed = True  # "County Magistrate" + "Kao Shu-fen": the title, no one's name
            continue
        start = _fields_listed_before(e, lang) if on(FIELDS_LISTED_IN_A_BODY_S_NAME) else None
        if start is not None and (not out or out[-1].end <= start):
            out.append(Span(doc, start, e.end, label=e_.org))  # "The Media, Entertainment and Arts Alliance"
            changed = True
            continue
        if on(LEGAL_FORM_OPENS_A_NAME) and e.label_ in e_.typed and e.start > 0 \
                and doc[e.start - 1].text in lang.corporate_prefixes and not doc[e.start - 1].ent_type_ \
                and e[0].is_title and (not out or out[-1].end < e.start):
            out.append(Span(doc, e.start - 1, e.end, label=e_.org))  # "PT Selayar Samudra Lines", a firm
            changed = True
            continue
        end = _weekday_given_name_end(e, lang) if on(WEEKDAY_GIVEN_NAME) and e.label_ in e_.times else None
        if end is not None:
            out.append(Span(doc, e.start, end, label=e_.person))  # "said Sunday Adeyemi, 34,"
            skip_to = end
            changed = True
            continue
        end = _untagged_name_after_a_place_tag(e, lang) if on(GIVEN_NAME_TAGGED_A_PLACE_BEFORE_THE_REST) else None
        if end is not None:
            out.append(Span(doc, e.start, end, label=e_.person))  # "Marta" + "Lucía Gómez-Arango, whose ..."
            skip_to = end
            changed = True
            continue
        split = _clause_comma_split(e, lang) if on(NAME_ACROSS_A_CLAUSE_COMMA) else None
        if split is not None:
            out += split  # "Mokpo, Baek": a place, a comma ending the phrase, and the sentence's subject
            changed = True
            continue
        verb = next((t for t in e[1:-1] if t.is_lower and t.pos_ == "VERB" and t.lemma_ in lang.report_verbs),
                    None) if on(SPEECH_VERB_SPLITS_A_NAME) else None
        if verb is not None and all(t.is_title for t in doc[e.start: verb.i]) \
                and all(t.is_title or t.is_upper for t in doc[verb.i + 1: e.end]):
            out += [Span(doc, e.start, verb.i, label=e_.person), Span(doc, verb.i + 1, e.end, label=e_.org)]
            changed = True  # "Okorie told Channels Television", one work of art: a name, the verb, a body
            continue
        if on(PLACE_TAGGED_OPENS_A_NAME) and e.label_ == e_.gpe and e.start >= 1 and e.end < len(doc) \
                and doc[e.start - 1].lower_ == lang.definite_article and doc[e.end].ent_iob_ == "B" \
                and doc[e.end].ent_type_ == e_.org and not lang.country_of(e.text):
            body = next(x for x in doc.ents if x.start == e.end)
            if all(t.dep_ == lang.dep.compound and body.start <= t.head.i < body.end for t in e) \
                    and body[-1].lower_ in lang.org_heads and all(t.is_title for t in e):
                out.append(Span(doc, e.start, body.end, label=body.label_))  # "the Kamikawa District ... Association"
                skip_to = body.end
                changed = True
                continue
        start = _plural_possessive_start(e, lang) if on(PLURAL_POSSESSIVE_OPENS_A_BODY) else None
        if start is not None and (not out or out[-1].end <= start):
            out.append(Span(doc, start, e.end, label=e.label_))  # "The Punjab Traders' Alliance"
            changed = True
            continue
        if on(POSSESSIVE_OPENS_A_BODY_S_NAME) and e.label_ == e_.org and e.start >= 3 \
                and doc[e.start - 1].tag_ == lang.possessive_tag and doc[e.start - 2].pos_ == "PROPN" \
                and doc[e.start - 2].is_title and not doc[e.start - 2].ent_type_ \
                and doc[e.start - 3].lower_ == lang.definite_article and e[-1].lower_ in lang.org_heads \
                and all(t.is_title for t in e):
            out.append(Span(doc, e.start - 2, e.end, label=e.label_))  # "the Alzheimer's Families Alliance"
            changed = True
            continue
        if on(ADJECTIVE_OPENS_A_NAME) and e.label_ == e_.org and e.start >= 2 and not doc[e.start - 1].ent_type_ \
                and doc[e.start - 1].tag_ == lang.adjective_tag and doc[e.start - 1].is_title \
                and doc[e.start - 2].lower_ == lang.definite_article and e[0].is_title and not e[0].is_upper:
            out.append(Span(doc, e.start - 1, e.end, label=e.label_))  # "The Victorian Volunteer ... Alliance"
            changed = True
            continue
        owns = next((t.i for t in e[1:-1] if t.tag_ == lang.possessive_tag or t.lower_ in lang.possessive_endings),
                    None) if on(BODY_OF_A_BODY_IN_ONE) and e.label_ == e_.org and len(e) > 3 else None
        if owns is not None and _plural_owner(doc[e.start: owns], doc[owns], lang):
            owns = None  # "the Hospital Directors' Association": the directors own it, one name
        if owns is not None and any(t.lower_ in lang.org_heads for t in doc[e.start: owns]) \
                and e[-1].lower_ in lang.org_heads and all(t.is_title for t in doc[owns + 1: e.end]):
            out += [Span(doc, e.start, owns, label=e.label_), Span(doc, owns + 1, e.end, label=e.label_)]
            changed = True  # "The Bank of Thailand" and "Monetary Policy Committee"
            continue
        if on(PLACE_OPENS_A_NAME) and e.label_ == e_.org and e.start >= 2 and not doc[e.start - 1].ent_type_ \
                and doc[e.start - 1].pos_ == "PROPN" and doc[e.start - 1].is_title \
                and doc[e.start - 1].dep_ == lang.dep.compound and doc[e.start - 1].head.i in range(e.start, e.end) \
                and doc[e.start - 2].lower_ == lang.definite_article and e[0].is_title and not e[0].is_upper:
            out.append(Span(doc, e.start - 1, e.end, label=e.label_))  # "The Chios Volunteer ... Association"
            changed = True
            continue
        if on(BRANCH_NUMBER) and e.label_ == e_.org and len(e) >= 2 and e[-1].lower_ in lang.branch_words \
                and e[-1].is_title and e.end < len(doc) and doc[e.end].is_digit and e[-1].whitespace_:
            out.append(Span(doc, e.start, e.end + 1, label=e.label_))  # "Teamsters Local 727"
            skip_to = e.end + 1
            changed = True
            continue
        if on(BODY_WORD_OPENING_A_NAME_TAGGED_A_PERSON) and e.label_ == e_.person and e.start > 0 \
                and (not out or out[-1].end < e.start) and _body_word_opening(doc[e.start - 1], lang):
            out.append(Span(doc, e.start - 1, e.end, label=e_.org))  # "a state lender, Bank Amanah Sejahtera,"
            changed = True
            continue
        if on(WORDS_OPEN_A_NAME) and e.label_ == e_.org and e[0].is_title and not e[0].is_upper \
                and (start := _untagged_words_opening(doc, e, lang)) is not None and (not out or out[-1].end <= start):
            out.append(Span(doc, start, e.end, label=e.label_))  # "The Hamburg State Opera", tagged `Opera`
            changed = True
            continue
        if on(FIELDS_LISTED_ACROSS_TWO_TAGS) and e.label_ == e_.org and out and out[-1].label_ == e_.org \
                and e[-1].lower_ in lang.org_heads and any(t.lower_ in lang.coordinators for t in e[1:-1]) \
                and e.start >= 2 and doc[e.start - 1].text == "," and out[-1].end in (e.start - 1, e.start) \
                and all(t.is_title or t.text == "," or t.lower_ == lang.definite_article for t in out[-1]) \
                and (out[-1][0].lower_ == lang.definite_article
                     or out[-1].start > 0 and doc[out[-1].start - 1].lower_ == lang.definite_article):
            out.append(Span(doc, out.pop().start, e.end, label=e_.org))  # "The Rwanda Mines," + "Petroleum and ..."
            changed = True
            continue
        if e.label_ == e_.person and len(e) >= 2 and e.start >= 3 \
                and doc[e.start - 2].lower_ == lang.definite_article and doc[e.start - 3].lower_ == lang.of \
                and (not out or out[-1].end < e.start - 1) and _name_shaped(doc[e.start - 1], lang) \
                and not doc[e.start - 1].ent_type_ and doc[e.start - 1].lower_ not in lang.given_names \
                and doc[e.start - 1].lower_.rstrip(".") not in lang.honorifics \
                and doc[e.start - 1].lower_ not in lang.pilgrim_styles and on(BODY_AFTER_OF_THE):
            out.append(Span(doc, e.start - 1, e.end, label=e_.org))  # "of the Ilankai Tamil Arasu Kachchi"
            changed = True
            continue
        if e.label_ == e_.person and e.end + 1 < len(doc) \
                and doc[e.end].is_title and doc[e.end].lower_ in lang.capitalised_filiations \
                and not doc[e.end].ent_type_ and on(NAME_ON_OVER_A_FILIATION):
            k = e.end + 1
            while k < len(doc) and k - e.end <= 3 and not doc[k].ent_type_ and _name_shaped(doc[k], lang):
                k += 1
            if k > e.end + 1:
                out.append(Span(doc, e.start, k, label=e_.person))  # "Mohamed Lemine" + "Ould Cheikh Sidiya"
                skip_to = k
                changed = True
                continue
        k = e.start - 1  # "Ibrahim Ag" + "Mohamed Elkhalil", or "Ibrahim" "Ag" untagged
        if on(NAME_ACROSS_A_FILIATION) and e.label_ == e_.person and k >= 1 and e[0].is_title \
                and doc[k].is_title and doc[k].lower_ in lang.capitalised_filiations:
            if out and out[-1].end == e.start and len(out[-1]) >= 2 and all(t.is_title for t in out[-1]):
                out.append(Span(doc, out.pop().start, e.end, label=e_.person))
                changed = True
                continue
            if not doc[k].ent_type_ and not doc[k - 1].ent_type_ and doc[k - 1].is_title \
                    and doc[k - 1].pos_ == "PROPN" and (not out or out[-1].end <= k - 1):
                out.append(Span(doc, k - 1, e.end, label=e_.person))
                changed = True
                continue
        if on(NAME_ACROSS_ITS_PARTICLE) and e.label_ == e_.person and out \
                and doc[out[-1].start].ent_type_ == e_.person and out[-1].end == e.start - 1 \
                and doc[e.start - 1].is_lower and doc[e.start - 1].lower_ in lang.name_particles and len(e) == 1 \
                and e[0].is_title:  # (two surnames after the particles: ``PARTICLES_BEFORE_TWO_SURNAMES``)
            out.append(Span(doc, out.pop().start, e.end, label=e_.person))  # "Bernhard Mair" + "am" + "Tinkhof"
            # (as the model tagged it: `am` read as a verb may have made the name before it a team)
            changed = True
            continue
        if on(BODY_OF_ITS_MEMBERS_IN_ONE) and e.label_ == e_.org and out and out[-1].label_ == e_.org \
                and out[-1].end == e.start - 1 and doc[e.start - 1].lower_ == lang.of \
                and out[-1][-1].lower_ in lang.org_heads and _members_named(e, lang):
            out.append(Span(doc, out.pop().start, e.end, label=e_.org))  # "The Independent Union of Kreka Miners"
            changed = True
            continue
        if on(NAME_OF_A_DIVISION) and e.label_ in (e_.person, e_.org, e_.fac) and names_a_division(e, lang):
            out.append(Span(doc, e.start, e.end, label=e_.gpe))  # "the Gobi-Altai and Bayankhongor provinces"
            changed = True
            continue
        if on(LOWER_CASE_PLACE) and e.label_ in e_.places and e.text.islower():
            changed = True  # "the canton's": a common noun
            continue
        if on(LOWER_CASE_BODY) and e.label_ == e_.org and e.text.islower() and e[-1].pos_ == "NOUN" \
                and all(t.is_alpha for t in e):
            changed = True  # "the electoral commission": a description
            continue
        if on(PORTFOLIOS_JOINED_IN_A_NAME) and e.label_ == e_.org and len(e) >= 3 and e[-2].lower_ == lang.of \
                and e[-1].is_title and any(t.lower_ in lang.org_heads for t in e[:-2]) and e.end + 1 < len(doc) \
                and doc[e.end].lower_ in lang.coordinators and doc[e.end].whitespace_:
            k = e.end + 1
            while k < len(doc) and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_:
                k += 1
            if k > e.end + 1:
                out.append(Span(doc, e.start, k, label=e.label_))  # "Ministry of Energy and Mines"
                skip_to = k
                changed = True
                continue
        if on(WORD_AFTER_A_TITLE) and len(e) == 1 and e.label_ in (e_.person, e_.org, *e_.places) and e.start >= 2 \
                and e[0].is_title and e[0].is_alpha and not lang.country_of(e.text) \
                and not doc[e.start - 1].ent_type_ and doc[e.start - 1].is_title and doc[e.start - 1].is_alpha \
                and doc[e.start - 1].lower_ not in lang.titles and doc[e.start - 2].is_lower \
                and doc[e.start - 2].pos_ == "NOUN" and doc[e.start - 2].lower_ in lang.titles \
                and (not out or out[-1].end <= e.start - 1):
            out.append(Span(doc, e.start - 1, e.end, label=e_.person))  # "captain Precious Banda"
            changed = True
            continue
        if on(FIRST_WORD_LEFT_OUT) and e.label_ == e_.person and len(e) >= 2 and _first_word_left_out(e, lang) \
                and (not out or out[-1].end < e.start):
            out.append(Span(doc, e.start - 1, e.end, label=e.label_))  # "Rodrigo Fuentes Vial", from `Fuentes`
            changed = True
            continue
        if on(HYPHENED_GIVEN_NAME_TAGGED_A_BODY) and e.label_ != e_.person and _hyphened_pair(e, lang):
            name = _person_tagged_at(doc, e.end, lang)
            if name is not None:  # "Jean-Baptiste" + "Kouassi Yao"
                out.append(Span(doc, e.start, name.end, label=e_.person))
                skip_to = name.end
                changed = True
                continue
        if on(HYPHENED_GIVEN_NAME) and _after_a_hyphened_given_name(e, out[-1] if out else None, lang):
            out.append(Span(doc, e.start - 2, e.end, label=e.label_))  # "Per-Erik Hallberg"
            changed = True
            continue
        if on(HYPHENATED_NAME) and e.label_ == e_.person and not doc[e.end - 1].whitespace_:
            k = e.end
            while k + 1 < len(doc) and doc[k].text in lang.hyphens and not doc[k - 1].whitespace_ \
                    and not doc[k].whitespace_ and doc[k + 1].is_alpha and not doc[k + 1].ent_type_:
                k += 2
            if k > e.end and doc[k - 1].lower_ not in lang.name_adjective_endings:  # not "Hassan-side"
                out.append(Span(doc, e.start, k, label=e.label_))  # "Chan-o-cha": one word of a name
                skip_to = k
                changed = True
                continue
        if on(POST_NOMINAL) and e.label_ == e_.person and e.end < len(doc) and post_nominal(doc[e.end], lang):
            k = e.end
            while k < len(doc) and post_nominal(doc[k], lang):
                k += 1
            out.append(Span(doc, e.start, k, label=e.label_))  # "Helen Marchbank KC", whatever "KC" was tagged
            skip_to = k
            changed = True
            continue
        if e.label_ == e_.person and len(e) > 1 and any(c.isdigit() for c in e[-1].text) and on(SCORE_AFTER_NAME):
            k = e.end
            while k > e.start and not doc[k - 1].is_alpha:
                k -= 1
            if k - e.start >= 2:  # a name of two words or more, not "Magnitude 6.3"
                out.append(Span(doc, e.start, k, label=e.label_))  # "Jack Whitfield", without "6-4"
                changed = True
                continue
        if e.label_ == e_.org and on(SCORE_AFTER_A_TEAM) and len(e) >= 4 and e[-1].like_num and e[-3].like_num \
                and (e[-2].text in lang.hyphens or e[-2].text in lang.name_dashes) and e[-4].is_alpha \
                and (not out or out[-1].end <= e.start):
            out.append(Span(doc, e.start, e.end - 3, label=e.label_))  # "the Toros de Chontales", without "4-3"
            changed = True
            continue
        first = e.start + (e[0].lower_ in lang.articles) if e.label_ == e_.gpe else e.start
        if e.label_ == e_.gpe and on(TEAM_NOT_PLACE) and (first > e.start or e.start > 0
                                                          and doc[e.start - 1].lower_ in lang.articles) \
                and e.end - first >= 2 and e[-1].is_alpha and e[-1].lower_.endswith(lang.plural_ending) \
                and not e[-1].lower_.endswith(lang.plural_ending * 2) and e[-1].lower_ not in lang.place_plurals \
                and not lang.country_of(doc[first: e.end].text):
            out.append(Span(doc, e.start, e.end, label=e_.org))  # "the Carolina Ironhawks": a team, no place
            changed = True
            continue
        if e.label_ == e_.person and on(TEAM_NOT_PERSON) and e.start > 0 and doc[e.start - 1].lower_ in lang.articles \
                and len(e) >= 2 and e[-1].is_alpha and e[-1].tag_ == lang.plural_proper_tag \
                and e[-1].lower_.endswith(lang.plural_ending) and not e[-1].lower_.endswith(lang.plural_ending * 2):
            out.append(Span(doc, e.start, e.end, label=e_.org))  # "the Rimutaka Rams": a team, no one's name
            changed = True
            continue
        if e.label_ == e_.person and on(TEAM_WITH_A_PLURAL_VERB) and e.root.dep_ == lang.dep.nsubj \
                and e.root.head.tag_ == lang.plural_verb_tag and e.root.head.i > e.root.i \
                and not any(c.dep_ in (lang.dep.conj, lang.dep.cc) for c in e.root.children) \
                and e.root.tag_ != lang.plural_proper_tag and (e[0].is_sent_start or doc[e.start - 1].is_punct):
            out.append(Span(doc, e.start, e.end, label=e_.org))  # "Cartagena open their campaign"
            changed = True
            continue
        if e.label_ == e_.person and _plural_past_subject(e, lang) and on(TEAM_WITH_A_PLURAL_PAST):
            out.append(Span(doc, e.start, e.end, label=e_.org))  # "Nadiya Uman, second in the table, were"
            changed = True
            continue
        if e.label_ == e_.person and on(LED_BY_A_PERSON) and _led_by_who(e.root, lang):
            start = e.start
            while start > 0 and not doc[start - 1].ent_type_ and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].is_title and doc[start - 1].dep_ == lang.dep.compound \
                    and e.start <= doc[start - 1].head.i < e.end:
                start -= 1  # "who leads Prairie Common Ground", tagged from `Common`
            out.append(Span(doc, start, e.end, label=e_.org))  # "who heads Lex Aequa"
            changed = True
            continue
        if e.label_ == e_.person and on(PLACE_GONE_TO) and _gone_to(e.root, lang):
            out.append(Span(doc, e.start, e.end, label=e_.gpe))  # "fled south towards Lowarengak and Kakuma"
            changed = True
            continue
        if on(AGENCY_OF_A_COUNTRY) and e.label_ == e_.gpe and e.start > 0 and doc[e.start - 1].is_title \
                and doc[e.start - 1].lower_ in lang.agency_fields and not doc[e.start - 1].ent_type_ \
                and not (e.start > 1 and doc[e.start - 2].lower_ == lang.of) and lang.country_of(e.text):
            out.append(Span(doc, e.start - 1, e.end, label=e_.org))  # "Health New Zealand": a body
            changed = True
            continue
        if on(PARTY_OF_TWO_WORDS) and e.label_ == e_.norp and len(e) == 1 and e.start > 0 \
                and e[0].lower_ in lang.party_member_words and e[0].is_title:
            first = doc[e.start - 1]
            if first.is_title and first.is_alpha and first.pos_ in ("ADJ", "PROPN") and first.head.i == e.start \
                    and first.ent_type_ in ("", e_.norp, e_.org) and first.lower_ not in lang.titles \
                    and not lang.country_of(first.text) and not lang.demonym_country(first.text):
                while out and out[-1].end > first.i:
                    out.pop()  # "Christian", tagged a group of its own
                out.append(Span(doc, first.i, e.end, label=e_.norp))  # "Liberal Democrat"
                changed = True
                continue
        if on(SEAT_AFTER_A_TITLE) and e.label_ == e_.person and e.start >= 2 \
                and doc[e.start - 1].lower_ == lang.representing_preposition \
                and doc[e.start - 2].lower_.rstrip(".") in lang.representing_titles:
            out.append(Span(doc, e.start, e.end, label=e_.gpe))  # "the MP for Leeds North": a seat
            changed = True
            continue
        if e.label_ in e_.actors and on(NOT_NAMES):
            if len(e) == 1 and e[0].lower_ in lang.time_zones \
                    and (e[0].is_upper or e.start > 0 and doc[e.start - 1].like_num) \
                    and not (on(FIELDS_JOINED_BY_AND) and e.start >= 2 and doc[e.start - 1].lower_ in lang.coordinators
                             and doc[e.start - 2].ent_type_ == e_.org):  # "Ministry of Science and ICT": a field
                changed = True
                continue
            if e[-1].lower_ in lang.styles_of_address:
                changed = True
                continue
        if e.label_ == e_.person and on(PARTICIPLE_OPENS_NO_NAME) and len(e) >= 2 \
                and (e.start == 0 or doc[e.start - 1].text in ".!?") \
                and e[0].lower_.endswith(lang.participle_ending) and e[0].is_title and e.end + 1 < len(doc) \
                and not _known_given_name(e[0], lang) \
                and (doc[e.end].text == "," and any(x.label_ == e_.person and e.end < x.start <= e.end + 3
                                                    for x in doc.ents)
                     or on(PARTICIPLE_TAGGED_OPENS_NO_NAME) and e[0].tag_ in lang.gerund_tags
                     and e[0].dep_ not in lang.dep.name_part):
            out.append(Span(doc, e.start + 1, e.end, label=e.label_))  # "Sentencing Kell, Justice NAME said"
            changed = True
            continue
        if e.label_ in e_.actors and on(HOLIDAY_IS_NO_ONE) and len(e) == 1 and e[0].lower_ in lang.holidays:
            changed = True  # "nobody replaces her until Easter"
            continue
        if e.label_ == e_.person and on(HOLIDAY_OF_TWO_WORDS) and len(e) == 2 and e[-1].lower_ in lang.holidays:
            changed = True  # "Maha Shivaratri falls on Sunday"
            continue
        if e.label_ == e_.person and on(KIN_WORD_ALONE) and len(e) == 1 and e[0].lower_ in lang.kin_address_words:
            changed = True  # "every cent he put away was for Mum"
            continue
        if on(FUSED_POSSESSIVE) and e.label_ == e_.org:
            k = next((t.i for t in e if t.tag_ == lang.possessive_tag), e.end)
            name = doc[k + 1: e.end]
            start = e.start + (doc[e.start].lower_ in lang.articles)
            if start < k < e.end - 2 and len(name) <= 3 and doc[k - 1].head.i in range(name.start, name.end) \
                    and doc[k - 1].lower_ in lang.org_heads and name.root.dep_ in lang.dep.subjects \
                    and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in lang.titles
                            and t.lower_ not in lang.org_heads for t in name):
                out.append(Span(doc, start, k, label=e_.org))  # "The Tarn Times' Ana Lind": whose Ana Lind
                out.append(Span(doc, name.start, name.end, label=e_.person))
                changed = True
                continue
        described = on(BODY_CUT_AT_AND_DESCRIBED) and e.label_ == e_.org and e.start >= 2 \
            and doc[e.start - 1].lower_ in lang.coordinators and _described_after(e, lang)
        if on(BODY_CUT_AT_AND) and e.label_ == e_.org and (e.start >= 3 or described) \
                and doc[e.start - 1].lower_ in lang.coordinators and (e[-1].lower_ in lang.org_heads or described) \
                and e[0].lower_ not in lang.articles and doc[e.start - 2].lower_ not in lang.org_heads:
            # (not "the London Ambulance Service and London Fire Brigade": two bodies, each named whole)
            s = e.start - 1
            plural = doc[s - 1].tag_ == lang.plural_proper_tag  # "Kenya Manufacturers", tagged a person: no one's name
            while s > 0 and doc[s - 1].is_title and doc[s - 1].pos_ == "PROPN" \
                    and (doc[s - 1].ent_type_ != e_.person or plural):
                s -= 1
            if s < e.start - 1 and (s > 0 and doc[s - 1].lower_ in lang.articles or s == doc[s].sent.start):
                while out and out[-1].end > s:
                    out.pop()  # "Kenya", tagged a place of its own
                out.append(Span(doc, s, e.end, label=e_.org))  # "Kenya Manufacturers and Traders Council"
                changed = True
                continue
        if on(BODY_OF_A_COUNTRY) and e.label_ in (e_.org, e_.gpe):
            start, k = _owner_in(e, lang)
            if start < k < e.end - 2 and doc[k + 1: e.end][-1].lower_ in lang.org_heads \
                    and all(t.is_title or t.lower_ in lang.name_particles for t in doc[k + 1: e.end]) \
                    and lang.country_of(doc[start: k].text):
                out += _owner_and_owned(e, start, k, e_.gpe, lang)  # "New Zealand's Commerce Commission"
                changed = True
                continue
        if on(BODY_OF_A_BODY) and e.label_ == e_.org:
            start, k = _owner_in(e, lang)
            if e.start < k < e.end - 1 and any(t.lower_ in lang.org_heads for t in doc[e.start: k]) \
                    and doc[k + 1].lower_ in lang.org_heads and doc[k + 1].is_title \
                    and not _plural_owner(doc[e.start: k], doc[k], lang):
                out += _owner_and_owned(e, start, k, e_.org, lang)  # "the University of Tarn's Institute for X"
                changed = True
                continue
        if on(FUSED_AFTER_OF) and e.label_ in (e_.org, e_.gpe, e_.person) and 3 <= len(e) <= 5 and e.start >= 2 \
                and (doc[e.start - 1].lower_ in (lang.of, lang.origin_preposition)
                     or doc[e.start - 1].lower_ in lang.posted_prepositions
                     and doc[e.start - 2].lower_ in lang.posted_titles) \
                and doc[e.start - 2].lower_.rstrip(".") in lang.titles:  # "Ambassador to Norway Ruth Wanjiru"
            name, body = e[-2:], e[:-2]
            known_place = lang.country_of(body.text)
            # a place's own name ("New York City") is split only where its first words are a known place
            # ("Hong Kong Carrie Lam"); a person's, where it holds more than a name ("Tarnow Piotr Lasko")
            fused = e.label_ == e_.org or e.label_ == e_.gpe and known_place or e.label_ == e_.person
            if fused and on(NAME_APPOSED_AFTER_THE_BODY) and e.end + 1 < len(doc) and doc[e.end].text == "," \
                    and doc[e.end + 1].ent_type_ == e_.person and doc[e.end + 1].ent_iob_ == "B":
                fused = False  # "The head of the Tarn Red Cross, Maria Garcia, said": the name comes after
            title = doc[e.start - 2]
            if fused and on(TITLE_HELD_BEFORE) and title.dep_ == lang.dep.appos and title.head.i < title.i \
                    and title.head.ent_type_ == e_.person:
                fused = False  # "NAME, director of the Pinacoteca Civica Ardenghi": the title is NAME's
            if fused and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in lang.titles
                             and t.lower_ not in lang.org_heads for t in name) \
                    and body[-1].lower_ not in lang.title_small_words \
                    and not (on(PLACE_WORD_ENDS_NO_NAME) and name[-1].lower_ in lang.place_nouns) \
                    and not (on(BODY_WORD_ENDS_NO_NAME) and (name[-1].lower_ in lang.body_closing_words
                                                             or name[0].tag_ == lang.plural_proper_tag)):
                place = known_place or doc[e.start - 1].lower_ == lang.origin_preposition \
                    or e.label_ != e_.org
                out.append(Span(doc, body.start, body.end, label=e_.gpe if place else e_.org))
                out.append(Span(doc, name.start, name.end, label=e_.person))
                changed = True
                continue
        if on(ORG_OF_PLACE) and e.label_ == e_.org and e[-1].lower_ in lang.org_heads and e.end + 1 < len(doc) \
                and doc[e.end].lower_ == lang.of and doc[e.end + 1].ent_iob_ == "B" \
                and (doc[e.end + 1].ent_type_ == e_.gpe or on(PERSON_AFTER_A_BODY_S_OF)
                     and doc[e.end + 1].ent_type_ == e_.person
                     and next(x for x in doc.ents if x.start == e.end + 1).end - e.end <= 3):
            place = next(x for x in doc.ents if x.start == e.end + 1)
            out.append(Span(doc, e.start, place.end, label=e_.org))  # "the Labour Court of Freedonia", "of Mirandela"
            skip_to = place.end
            changed = True
            continue
        if on(COUNTRY_TAGGED_A_BODY_AFTER_OF) and e.label_ == e_.org and e[-1].lower_ in lang.org_heads \
                and e.end + 1 < len(doc) and doc[e.end].lower_ == lang.of and doc[e.end + 1].ent_iob_ == "B" \
                and doc[e.end + 1].ent_type_ == e_.org:
            place = next(x for x in doc.ents if x.start == e.end + 1)
            if lang.country_of(place.text) and not (place.end < len(doc)
                                                    and doc[place.end].tag_ == lang.possessive_tag):
                out.append(Span(doc, e.start, place.end, label=e_.org))  # "The Revenue Authority of Lesotho"
                skip_to = place.end
                changed = True
                continue
        if e.label_ == e_.org and e.end + 1 < len(doc) and doc[e.end].lower_ == lang.of \
                and doc[e.end + 1].ent_iob_ == "B" and doc[e.end + 1].ent_type_ == e_.gpe \
                and any(t.lower_ in lang.org_heads for t in e) and on(COUNTRY_CLOSING_A_BODY):
            place = next(x for x in doc.ents if x.start == e.end + 1)
            owned = place.end < len(doc) and doc[place.end].tag_ == lang.possessive_tag  # "of Georgia's"
            if lang.country_of(place.text) and not owned:
                out.append(Span(doc, e.start, place.end, label=e_.org))  # "... Preservation of Georgia"
                skip_to = place.end
                changed = True
                continue
        if on(BODY_AND_ITS_PLACE) and e.label_ == e_.gpe and e.start > 0:
            j = e.start  # "CNN Philippines reported", "Norvision Philippines reported": the outlet's edition
            while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].dep_ == lang.dep.compound \
                    and e.start <= doc[j - 1].head.i < e.end and doc[j - 1].ent_type_ in ("", e_.org) \
                    and (doc[j - 1].is_title or doc[j - 1].is_upper):
                j -= 1
            source = j >= 2 and tuple(t.lower_ for t in doc[j - 2: j]) == lang.according_to
            if j < e.start and (e.root.dep_ in lang.dep.subjects or source):
                while out and out[-1].end > j:
                    out.pop()
                out.append(Span(doc, j, e.end, label=e_.org))
                changed = True
                continue
        if on(COUNTRY_AFTER_A_HYPHEN) and len(e) == 1 and e.end + 1 < len(doc) and _country_after_a_hyphen(e[0], lang):
            out.append(Span(doc, e.start, e.end + 2, label=e_.org))  # "Météo-France", "Radio-Canada"
            skip_to = e.end + 2
            changed = True
            continue
        if on(ORG_OF_UNTAGGED) and e.label_ == e_.org and e[-1].lower_ in lang.org_heads and e.end + 1 < len(doc) \
                and doc[e.end].lower_ == lang.of and not doc[e.end + 1].ent_type_ and doc[e.end + 1].pos_ == "PROPN" \
                and doc[e.end + 1].is_title and (e.end + 2 == len(doc) or not doc[e.end + 2].is_title):
            out.append(Span(doc, e.start, e.end + 2, label=e_.org))  # "the Civil Liberties Union of Montana"
            skip_to = e.end + 2
            changed = True
            continue
        if on(PAIRED_PLACE) and e.label_ == e_.org and len(e) >= 3 and e[-2].lower_ == lang.of \
                and e.end + 2 <= len(doc) and doc[e.end].lower_ in lang.coordinators \
                and doc[e.end + 1].pos_ == "PROPN" and doc[e.end + 1].is_title \
                and doc[e.end + 1].ent_type_ in e_.nations and doc[e.end + 1].ent_iob_ == "B" \
                and (e.end + 2 == len(doc) or not doc[e.end + 2].is_title):
            out.append(Span(doc, e.start, e.end + 2, label=e_.org))  # "the High Court of England and Wales"
            skip_to = e.end + 2
            changed = True
            continue
        if on(JOINED_FOUNDERS) and e.label_ in (e_.org, e_.person) and e[-1].lower_ in lang.org_heads and e.start >= 3 \
                and doc[e.start - 1].lower_ in lang.coordinators and doc[e.start - 3].lower_ in lang.articles \
                and doc[e.start - 2].pos_ == "PROPN" and doc[e.start - 2].is_title and e[0].pos_ == "PROPN":
            while out and out[-1].end > e.start - 2:
                out.pop()  # "Ana", taken for a body or a person of its own
            out.append(Span(doc, e.start - 2, e.end, label=e_.org))  # "the Bill and Melinda Gates Foundation"
            changed = True
            continue
        if on(CAMPUS) and e.label_ == e_.org:
            end = _campus_end(doc, e, lang)
            if end is not None:
                out.append(Span(doc, e.start, end, label=e_.org))  # "the University of California, Davis"
                skip_to = end
                changed = True
                continue
        if on(FIRM_NAME) and e.label_ in (e_.org, e_.person) and e[-1].lower_.rstrip(".") in lang.corporate_suffixes:
            j = e.start
            while j > 0 and doc[j - 1].is_title and doc[j - 1].pos_ in ("PROPN", "ADJ") \
                    and doc[j - 1].ent_type_ in ("", e_.norp, e_.org, e_.person) \
                    and e.start - 1 <= doc[j - 1].head.i < e.end:
                j -= 1
            if j < e.start:
                while out and out[-1].end > j:
                    out.pop()
                out.append(Span(doc, j, e.end, label=e_.org))
                changed = True
                continue
        if on(SPEAKER_OF_THE_BODY) and e.label_ in (e_.person, e_.org, *e_.documents):
            of = _fused_speaker_end(doc, e, lang)
            if of is not None:  # "Crystal Vance of the Northern Arapaho office told", tagged as one work
                out.append(Span(doc, e.start, of, label=e_.person))
                out.append(Span(doc, of + 2, e.end, label=e_.org))
                changed = True
                continue
        if on(CAUSE_RUN) and (e.label_ == e_.org or on(CAUSE_RUN_OF_A_BODY_TAGGED_A_PERSON) and e.label_ == e_.person
                              and len(e) >= 2 and all(t.pos_ == "PROPN" or t.lower_ in lang.articles for t in e)) \
                and e[-1].lower_ in lang.org_heads:
            end = _cause_end(doc, e, lang)
            if end is not None:
                while out and out[-1].end > e.start:
                    out.pop()
                out.append(Span(doc, e.start, end, label=e_.org))  # "the League for the Defence of Human Rights"
                skip_to = end
                changed = True
                continue
        if on(ACRONYM_RUN) and e.label_ == e_.org:
            end = _acronym_end(doc, e, lang) or (_field_end(doc, e, lang) if on(FIELD_RUN) else None) \
                or (_list_end(doc, e, lang) if on(LIST_RUN) else None)
            if end is not None:
                out.append(Span(doc, e.start, end, label=e_.org))
                skip_to = end
                changed = True
                continue
        if on(FIRM_S_UNIT_IN_A_COUNTRY) and e.label_ == e_.org and len(e) >= 3 and e.end < len(doc) \
                and e[-2].tag_ == lang.possessive_tag and lang.demonym_country(e[-1].text) \
                and doc[e.end].is_lower and doc[e.end].lemma_ in lang.subsidiary_nouns:
            out.append(Span(doc, e.start, e.end + 1, label=e_.org))  # "Hanseong's Hungarian" + "unit"
            changed = True
            continue
        end = _located_body_end(doc, e, lang) if on(LOCATED_BODY) and e.label_ == e_.org else None
        if end is not None:
            out.append(Span(doc, e.start, end, label=e_.org))  # "Australian High Commission" + "in Apia"
            skip_to = end
            changed = True
            continue
        if on(TRAILING_PATRONYMIC) and len(e) == 1 and e[0].is_lower and e[0].lower_ in lang.trailing_patronymics:
            before = doc[e.start - 1] if e.start > 0 else None
            if out and out[-1].end == e.start and out[-1].label_ == e_.person:
                out[-1] = Span(doc, out[-1].start, e.end, label=e_.person)  # "Aigerim Bolot" + "kyzy", tagged apart
            elif before is not None and before.pos_ == "PROPN" and before.is_title and not before.ent_type_:
                out.append(Span(doc, e.start - 1, e.end, label=e_.person))  # "Bolot" + "kyzy", tagged a body
            changed = True
            continue
        if on(TRAILING_PATRONYMIC) and e.label_ == e_.person and e.end < len(doc) and doc[e.end].is_lower \
                and doc[e.end].lower_ in lang.trailing_patronymics and not doc[e.end].ent_type_:
            out.append(Span(doc, e.start, e.end + 1, label=e_.person))  # "Azamat Temirbek" + "uulu"
            changed = True
            continue
        if on(PARTICLE_BEFORE) and e.label_ == e_.person and e.start >= 2 and doc[e.start - 1].is_lower \
                and doc[e.start - 1].lower_ in lang.name_particles and not doc[e.start - 1].ent_type_:
            given = doc[e.start - 2]
            alone = not given.ent_type_ or out and out[-1].start == out[-1].end - 1 == given.i
            if alone and given.pos_ == "PROPN" and given.is_title and given.is_alpha \
                    and given.lower_ not in lang.titles and given.lower_ not in lang.org_heads \
                    and not lang.country_of(given.text) and not lang.demonym_country(given.text):
                if given.ent_type_:
                    out.pop()  # "Nyalau", tagged alone
                start = given.i  # "Nyalau anak Jimbun"; "Meritxell Casals i Pujol", from the given name
                if on(GIVEN_NAME_BEFORE_JOINED_SURNAMES) and doc[e.start - 1].lower_ in lang.surname_joiners \
                        and start > 0 and _name_word(doc[start - 1], lang):
                    start -= 1
                out.append(Span(doc, start, e.end, label=e_.person))
                changed = True
                continue
        if on(GIVEN_NAME_BEFORE_JOINED_SURNAMES) and e.label_ == e_.person and len(e) >= 3 and e.start > 0 \
                and e[1].is_lower and e[1].lower_ in lang.surname_joiners and e[0].is_title \
                and _name_word(doc[e.start - 1], lang):
            out.append(Span(doc, e.start - 1, e.end, label=e_.person))  # "Meritxell" + "Casals i Pujol"
            changed = True
            continue
        if on(PARTICLE) and e.label_ == e_.person and len(e) > 1 and e.start > 0 and e[0].is_lower \
                and e[0].lower_ in lang.name_particles:
            given = doc[e.start - 1]
            if given.pos_ == "PROPN" and given.is_title and given.is_alpha and not given.ent_type_ \
                    and given.lower_ not in lang.titles and given.lower_ not in lang.org_heads \
                    and not lang.country_of(given.text) and not lang.demonym_country(given.text):
                out.append(Span(doc, e.start - 1, e.end, label=e_.person))  # "Arnel dela Vega"
                changed = True
                continue
        end = _surname_after_particles(doc, e, lang) if on(PARTICLES_BETWEEN) and e.label_ == e_.person else None
        if end is not None:
            out.append(Span(doc, e.start, end, label=e_.person))  # "Erik ten Hag", "Dick van der Berg"
            skip_to = end
            changed = True
            continue
        after = next((x for x in doc.ents if x.start == e.end), None) \
            if on(SURNAME_TAGGED_WITH_ITS_PARTICLE) and e.label_ == e_.person and e[-1].is_title else None
        if after is not None and after.label_ == e_.person and len(after) >= 2 and after[0].is_lower \
                and after[0].lower_ in lang.name_particles and after[-1].is_title:
            out.append(Span(doc, e.start, after.end, label=e_.person))  # "Kiprono" + "arap Bett"
            skip_to = after.end
            changed = True
            continue
        runs_on = on(NAME_RUNS_ON_OVER_PARTICLES) and e.label_ == e_.org and _known_given_name(e[0], lang)
        if on(PARTICLE_LAST) and (e.label_ == e_.person or runs_on) and len(e) > 1 and e[-1].is_lower \
                and e[-1].lower_ in lang.name_particles and e.end < len(doc):
            nxt = doc[e.end]  # "Ursula von der" tagged a person, "Leyen" a place: the surname the particle opens
            if nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and nxt.lower_ not in lang.titles \
                    and nxt.lower_ not in lang.org_heads:
                nxt_ent = next((x for x in doc.ents if x.start == e.end), None)
                end = nxt_ent.end if nxt_ent is not None and len(nxt_ent) == 1 else e.end + 1
                if runs_on:
                    end = _name_run_over_particles(doc, end, lang)  # "María del" + "Carmen Ruiz de la Fuente"
                out.append(Span(doc, e.start, end, label=e_.person))
                skip_to = end
                changed = True
                continue
        if on(BODY_NAME_RUNS_ON_OVER_PARTICLES) and e.label_ == e_.org and len(e) >= 3 \
                and any(t.is_lower and t.lower_ in lang.name_particles for t in e[1:-1]) and e.end + 1 < len(doc) \
                and doc[e.end].is_lower and doc[e.end].lower_ in lang.name_particles | lang.particle_articles:
            end = _name_run_over_particles(doc, e.end, lang)
            if end > e.end + 1 and not any(doc[k].ent_type_ for k in range(e.end, end)):
                out.append(Span(doc, e.start, end, label=e_.org))  # "Unión de Productores" + "del Norte"
                skip_to = end
                changed = True
                continue
        if on(CAUSE_NAMED_AFTER_ITS_MEMBERS) and e.label_ == e_.org and out and out[-1].end == e.start - 1 \
                and len(out[-1]) == 1 and out[-1].label_ in (e_.org, e_.norp) and out[-1][0].is_title \
                and out[-1][0].tag_ in (lang.plural_noun_tag, lang.plural_proper_tag) \
                and doc[e.start - 1].lower_ in lang.cause_prepositions \
                and e[0].is_title:
            first = out.pop()  # "Jamaicans" + "for" + "Justice"
            out.append(Span(doc, first.start, e.end, label=e_.org))
            changed = True
            continue
        if e.label_ == e_.org and out and out[-1].end == e.start and _one_body_in_two(out[-1], e, lang):
            first = out.pop()  # "the Nigerian" and "Manufacturers Forum", "the Staff Workers'" and "Congress"
            out.append(Span(doc, first.start, e.end, label=e_.org))
            changed = True
            continue
        if on(TITLE_S_BODY) and e.label_ == e_.person and len(e) >= 3 and e[-1].tag_ == lang.possessive_tag \
                and e[-2].lower_ in lang.titles and e.end < len(doc) and doc[e.end].is_title \
                and doc[e.end].lower_ in lang.org_heads:
            out.append(Span(doc, e.start, e.end + 1, label=e_.org))  # "Birmingham Coroner's Court"
            skip_to = e.end + 1
            changed = True
            continue
        if on(NAME_WORDS_TAGGED_A_BODY) and e.label_ == e_.person:
            k = _compounded_name_start(doc, e, lang)
            if k < e.start:
                while out and out[-1].start >= k:
                    out.pop()  # "Esteban", tagged a body
                out.append(Span(doc, k, e.end, label=e_.person))  # "Esteban Valdivia Rangel"
                changed = True
                continue
        if on(HYPHENED_SURNAME_AFTER_A_GIVEN_NAME) and e.label_ == e_.person and e.start > 0 and len(e) > 2 \
                and e[1].text in lang.hyphens and not e[0].whitespace_ and not e[1].whitespace_ \
                and doc[e.start - 1].is_title and doc[e.start - 1].lower_ in lang.given_names \
                and not (out and out[-1].end == e.start):
            out.append(Span(doc, e.start - 1, e.end, label=e_.person))  # "Priya" left out of "Raman-Whitaker"
            changed = True
            continue
        if on(CUT_SHORT) and e.label_ == e_.person and out and out[-1].label_ == e_.person and out[-1].end == e.start \
                and all(t.is_title or t.tag_ == lang.possessive_tag for t in doc[out[-1].start: e.end]):
            first = out.pop()  # "Wanda" and "Núñez Garced", side by side: one name
            out.append(Span(doc, first.start, e.end, label=e_.person))
            changed = True
            continue
        if on(BODY_ENDING_ON_AND) and e.label_ == e_.org and out and out[-1].label_ == e_.org \
                and out[-1].end == e.start and len(out[-1]) >= 2 and doc[e.start - 1].lower_ in lang.coordinators \
                and doc[e.start - 2].is_title:
            first = out.pop()  # "the Labour and" and "Social Security Inspectorate": one body
            out.append(Span(doc, first.start, e.end, label=e_.org))
            changed = True
            continue
        if on(NAMES_AROUND_AN_UNTAGGED_WORD) and e.label_ == e_.person and out and out[-1].label_ == e_.person \
                and out[-1].end + 1 == e.start and _name_word(doc[out[-1].end], lang) and len(e) == 1 \
                and len(out[-1]) + len(e) <= 3 \
                and all(t.is_title and t.pos_ == "PROPN" for t in doc[out[-1].start:e.end]) \
                and all(doc[x].head.i in range(out[-1].start, e.end) for x in range(out[-1].start, e.end - 1)):
            first = out.pop()  # "Rosa Elena", "Quispe" untagged, "Huamán": one name
            out.append(Span(doc, first.start, e.end, label=e_.person))
            changed = True
            continue
        if on(TWO_PLACES_BEFORE_A_TITLE) and e.label_ in e_.places and out and out[-1].label_ in e_.places \
                and out[-1].end == e.start and len(out[-1]) == 1 and len(e) == 1 \
                and _name_shaped(doc[e.start - 1], lang) and doc[e.start - 1].dep_ == lang.dep.compound \
                and doc[e.start - 1].head.i == e.start \
                and not lang.country_of(e.text) and not lang.demonym_country(e.text) \
                and any(c.dep_ == lang.dep.appos and c.i > e.end and c.lower_.rstrip(".") in lang.titles
                        for c in e.root.children):
            first = out.pop()  # "Marin" and "Bašić" tagged places, "president of ..." apposed: one person
            out.append(Span(doc, first.start, e.end, label=e_.person))
            changed = True
            continue
        if on(CUT_SHORT) and (e.label_ == e_.person or on(GIVEN_NAMED_BODY_CUT_SHORT) and e.label_ == e_.org
                              and 2 <= len(e) <= 3 and _known_given_name(e[0], lang)
                              and all(t.pos_ == "PROPN" and t.is_title for t in e)) \
                and e.end < len(doc) and e.root.dep_ == lang.dep.compound and e.root.head.i == e.end:
            nxt = doc[e.end]
            if nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and not nxt.ent_type_ \
                    and nxt.lower_ not in lang.titles and nxt.lower_ not in lang.org_heads \
                    and not lang.country_of(nxt.text) and not lang.demonym_country(nxt.text):
                out.append(Span(doc, e.start, e.end + 1, label=e_.person))  # "Wanda Vázquez Garced"
                changed = True
                continue
        if on(EPITHET_AFTER_A_NAME) and e.label_ == e_.person and len(e) >= 2 and e.end + 1 < len(doc) \
                and doc[e.end].lower_ in lang.definite_determiners and doc[e.end + 1].is_title \
                and doc[e.end + 1].lower_ in lang.epithets:
            out.append(Span(doc, e.start, e.end + 2, label=e_.person))  # "Hans Holbein the Younger"
            skip_to = e.end + 2
            changed = True
            continue
        if on(CUT_BEFORE_TWO_SURNAMES) and e.label_ == e_.person and e.end + 1 < len(doc) \
                and e.root.dep_ == lang.dep.compound and e.root.head.i == e.end + 1 \
                and all(not doc[i].ent_type_ and _name_shaped(doc[i], lang) for i in (e.end, e.end + 1)) \
                and doc[e.end].dep_ == lang.dep.compound and doc[e.end].head.i == e.end + 1:
            out.append(Span(doc, e.start, e.end + 2, label=e_.person))  # "Rosa Elena Quispe Mamani"
            skip_to = e.end + 2
            changed = True
            continue
        if on(SURNAME_AFTER) and e.label_ == e_.person and e.end < len(doc) and not doc[e.end].ent_type_ \
                and doc[e.end].is_alpha is False and _ELIDED.match(doc[e.end].text):
            out.append(Span(doc, e.start, e.end + 1, label=e_.person))  # "Valéry Giscard d'Estaing"
            changed = True
            continue
        if on(SURNAME_AFTER) and e.label_ == e_.person and len(e) == 1 and e.end < len(doc) \
                and doc[e.end].is_title and doc[e.end].pos_ == "PROPN" and not doc[e.end].ent_type_ \
                and doc[e.end].lower_ in lang.titles and (e.end + 1 == len(doc) or not doc[e.end + 1].is_title) \
                and (doc[e.end].head.i in (e.start, e.end) or e.root.head.i == e.end):
            out.append(Span(doc, e.start, e.end + 1, label=e_.person))  # "Michel Mayor", not Michel the mayor
            changed = True
            continue
        if on(SUFFIX_AFTER_COMMA) and e.label_ == e_.person and e.end + 1 < len(doc) and doc[e.end].text == "," \
                and doc[e.end + 1].lower_ in lang.name_suffixes and doc[e.end + 1].text[:1].isupper() \
                and not doc[e.end + 1].ent_type_:
            out.append(Span(doc, e.start, e.end + 2, label=e_.person))  # "Dale R. Pike, Jr."
            changed = True
            continue
        after = next((x for x in doc.ents if x.start == e.end), None) \
            if on(PARTICLE_NAME_TAGGED_A_BODY_BEFORE_THE_SURNAMES) and e.label_ == e_.org and 3 <= len(e) <= 4 else None
        if after is not None and after.label_ == e_.person and _known_given_name(e[0], lang) \
                and sum(1 for t in e if t.is_lower) == 1 and all(
                    t.is_lower and t.lower_ in lang.name_particles or t.is_title and t.is_alpha
                    and t.lower_ not in lang.org_heads for t in e) and not e[-1].is_lower \
                and all(t.is_title and t.is_alpha for t in after):
            out.append(Span(doc, e.start, after.end, label=e_.person))  # "María do Carme" + "Lamas Piñeiro"
            skip_to = after.end
            changed = True
            continue
        after_a_preposition = e.label_ == e_.person and e.start >= 3 and doc[e.start - 2].pos_ == "ADP" \
            and doc[e.start - 2].lower_ in lang.person_prepositions \
            and doc[e.start - 3].lower_ not in lang.destination_words \
            and not _title_or_portfolio(doc[e.start - 1], lang) \
            and on(GIVEN_NAME_AFTER_A_PREPOSITION)  # "for Rosalina" + "Abudo Chiziane dos Santos"
        if on(GIVEN_NAME_BEFORE) and e.label_ in (e_.person, e_.org) \
                and len(e.text.replace("-", " ").split()) <= (5 if after_a_preposition else 3) \
                and e.start >= 1 and not (on(HONORIFIC_NO_GIVEN_NAME) and doc[e.start - 1].lower_ in lang.honorifics) \
                and _name_word(doc[e.start - 1], lang) and doc[e.start - 1].dep_ == lang.dep.compound \
                and e.start <= doc[e.start - 1].head.i < e.end and (not out or out[-1].end <= e.start - 1) \
                and (any(c.dep_ == lang.dep.appos and c.i > e.end and c.lower_.rstrip(".") in lang.titles
                         for c in e.root.children)
                     or e.root.dep_ == lang.dep.appos and e.start >= 2 and doc[e.start - 2].text == ","
                     or e.start >= 2 and doc[e.start - 2].lower_.rstrip(".") in lang.titles
                     or on(GIVEN_NAME_AFTER_A_SPEECH_VERB) and e.label_ == e_.person and e.start >= 2
                     and doc[e.start - 2].pos_ == "VERB" and doc[e.start - 2].lemma_.lower() in lang.cue_verbs
                     and e.root.dep_ in lang.dep.subjects and e.root.head.i == e.start - 2
                     or after_a_preposition):
            start = _given_name_opening(doc, e.start - 1, lang) if on(GIVEN_NAME_OVER_A_PARTICLE) else e.start - 1
            if out and out[-1].end > start:
                start = e.start - 1
            if on(FIRST_OF_TWO_GIVEN_NAMES_TAGGED_A_PLACE) and out and out[-1].end == start \
                    and _given_name_tagged_a_place(out[-1], Span(doc, start, e.end), lang):
                start = out.pop().start  # "Yelitza" (a place) + "Carolina" + "Escalona Rivero"
            out.append(Span(doc, start, e.end, label=e_.person))  # "Tomasz Kubiak, a spokesman,"
            changed = True
            continue
        opening = e.sent.start if on(NAME_OPENING_THE_SENTENCE) and e.label_ == e_.person \
            and doc.has_annotation("DEP") and (
                len(e) == 1) \
            else e.start
        if 0 < e.start - opening <= 2 and (not out or out[-1].end <= opening) \
                and _name_run_to(doc, e.start, set(), lang, most=2) == opening \
                and all(t.dep_ == lang.dep.compound and e.start <= t.head.i < e.end
                        and t.lower_ not in lang.org_descriptors
                        and t.lower_ not in lang.business_nouns for t in doc[opening: e.start]) \
                and (e.root.dep_ in lang.dep.subjects or e.end < len(doc) and doc[e.end].text == ","):
            out.append(Span(doc, opening, e.end, label=e_.person))  # "Rolando Quispe Huamán, 52,"
            changed = True
            continue
        end = _described_name_end(e, lang) if on(PLACE_TAG_OPENS_A_DESCRIBED_NAME) else None
        if end is not None:
            out.append(Span(doc, e.start, end, label=e_.person))  # "Fatou Bintou Ndoye, the RDS leader,"
            changed = True
            continue
        if on(GIVEN_NAME_TAGGED_A_PLACE) and e.label_ == e_.person and out and out[-1].end == e.start \
                and _given_name_tagged_a_place(out[-1], e, lang):
            first = out.pop()
            out.append(Span(doc, first.start, e.end, label=e_.person))  # "Ramiro Cuevas Olmedo", "Ramiro" a place
            changed = True
            continue
        if e.label_ in (e_.org, e_.person) and e.start >= 1 and (not out or out[-1].end < e.start) \
                and _word_opening_a_body(doc[e.start - 1], e, lang):
            out.append(Span(doc, e.start - 1, e.end, label=e_.org))  # "Players Union Cymru", "Coalizão Rede Livre"
            changed = True
            continue
        if on(SURNAME_TAGGED_A_PLACE) and out and out[-1].label_ == e_.person and out[-1].end == e.start \
                and _surname_tagged_a_place(out[-1], e, lang):
            first = out.pop()
            out.append(Span(doc, first.start, e.end, label=e_.person))  # "Helena Vasconcelos Prado", "Prado" a place
            changed = True
            continue
        if on(AFTER_NATIONALITY) and e.label_ == e_.person and e.start >= 2 and _name_word(doc[e.start - 1], lang) \
                and doc[e.start - 1].head.i in range(e.start, e.end) and doc[e.start - 2].ent_type_ == e_.norp \
                and (not out or out[-1].end <= e.start - 1):
            out.append(Span(doc, e.start - 1, e.end, label=e_.person))  # "Ethiopians Dejene Debela"
            changed = True
            continue
        out.append(e)
    if on(UNTAGGED_AFTER_TITLE):
        taken = _taken(out)
        for t in tokens_of(doc):
            lower = on(UNTAGGED_AFTER_LOWER_TITLE) and t.is_lower and t.pos_ == "NOUN" and t.lower_ in lang.titles
            styled = on(UNTAGGED_AFTER_AN_HONORIFIC) and t.is_title and t.lower_ in lang.honorifics
            if not (t.is_title and t.lower_.rstrip(".") in lang.titles or lower or styled) \
                    or t.lower_ in lang.title_qualifiers \
                    or t.i + 1 in taken:
                continue
            j = _name_run_from(doc, t.i + 1, taken, lang)
            if on(REGNAL_NAME) and j > t.i + 1 and j < len(doc) and j not in taken and not doc[j].ent_type_ \
                    and lang.regnal_numeral.match(doc[j].text):
                j += 1  # "Queen Elizabeth II", "King Harald V"
            words = j - t.i - 1
            while on(HYPHEN_AFTER_A_TITLE) and words >= 2 and j + 1 < len(doc) and doc[j].text in lang.hyphens \
                    and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and j + 1 not in taken \
                    and _name_word(doc[j + 1], lang):
                j += 2  # "Undersecretary Teresita Villareal-Ong"
            if on(HYPHENED_SYLLABLE_AFTER_A_TITLE) and words == 2 and j + 1 < len(doc) and doc[j].text in lang.hyphens \
                    and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and j + 1 not in taken \
                    and _syllable(doc[j + 1], lang):
                j += 2  # "Actress Seo Min-ji"
            if on(UNTAGGED_AFTER_A_TITLE_OVER_PARTICLES) and 2 <= words <= 3:
                j = _untagged_particles_end(doc, j, taken, lang)  # "Justice María Inés de la Fuente"
            if 2 <= words <= 3 and not (j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN"):
                out.append(Span(doc, t.i + 1, j, label=e_.person))  # "Representative Tulsa Garrod"
                taken.update(range(t.i + 1, j))
                changed = True
        out.sort(key=lambda x: x.start)
    if on(UNTAGGED_APPOSED):
        found = _untagged_apposed(doc, out, lang)
        if found:
            out = sorted(out + found, key=lambda x: x.start)
            changed = True
    for which, mend in ((TITLE_ENDS_BODY, _title_off_bodies), (LETTERS_SET_OFF, _letters_set_off),
                        (STYLE_BEFORE_A_NAME, _styles_off), (TEAM_BEFORE_A_ROLE, _teams_before_roles),
                        (PERSON_WORD_OPENING_A_NAME, _person_words_off),
                        (TITLE_AND_GIVEN_NAME_TAGGED_A_BODY, _given_name_off_a_title),
                        (TITLE_OF_A_COUNTRY, _titles_of_a_country), (PORTFOLIO_THEN_NAME, _names_after_portfolios),
                        (PORTFOLIO_FOR_THEN_NAME, _names_after_portfolios_for),
                        (COUNTRY_WITH_AND_OPENS_A_BODY, _bodies_of_countries_with_and),
                        (COUNTRY_WITH_AND_CLOSES_A_BODY, _bodies_of_countries_with_and_after_of),
                        (FIELDS_JOINED_BY_AND, _fields_joined_by_and), (FIELDS_RUN_ON, _fields_run_on),
                        (NAME_TAGGED_IN_TWO_PIECES, _names_in_two_pieces),
                        (NAME_OVER_PARTICLES_DESCRIBED_AS_A_PERSON, _names_over_particles_described),
                        (PORTFOLIOS_TAGGED_BEFORE_A_TITLE, _portfolios_before_titles_off),
                        (BODY_NAMED_FOR_A_PLACE, _bodies_named_for_a_place),
                        (CABINET_IN_A_TITLE, _cabinet_titles_off),
                        (COUNTRY_NAMED_WITH_AND, _countries_named_with_and),
                        (NAME_JOINED_TO_A_PLACE, _names_joined_to_places),
                        (CLUB_PREFIX_OPENS_A_BODY, _club_prefixes_on),
                        (NAME_BEFORE_A_PATRONYMIC_MISTAGGED, _names_before_patronymics),
                        (PLACE_SET_IN_A_COUNTRY, _places_set_in_countries),
                        (TRADES_JOINED_BY_AND, _trades_joined_by_and),
                        (ABBREVIATED_MIDDLE_NAME, _names_over_abbreviated_middle_names),
                        (FILIATION_WITH_A_SLASH, _names_over_filiations_with_a_slash),
                        (FILIATION_BETWEEN_NAMES_TAGGED_AS_ANYTHING, _names_around_filiations),
                        (GIVEN_NAMES_RUN_BACK_FROM_A_FILIATION, _given_names_before_filiations),
                        (SURNAME_AFTER_A_TRAILING_PATRONYMIC, _surnames_after_patronymics)):
        mended = mend(doc, out, lang) if on(which) else None  # each the whole list mended, or None
        if mended is not None:
            out, changed = mended, True
    for which, mend in ((GIVEN_NAME_BEFORE_A_MIDDLE_PATRONYMIC, _given_names_before_patronymics),
                        (GIVEN_NAME_BEFORE_A_DESCRIBED_NAME, _given_names_before_descriptions),
                        (NAME_TAGGED_IN_PIECES_BEFORE_A_DESCRIPTION, _names_tagged_in_pieces_before_descriptions)):
        mended = mend(doc, out, lang)  # asked about only where it would mend something
        if mended is not None and on(which):
            out, changed = mended, True
    for which, find in ((UNTAGGED_DESCRIBED, _untagged_described), (UNTAGGED_FOREIGN_BODY, _untagged_foreign_bodies),
                        (UNTAGGED_SPELT_BY_ACRONYM, _untagged_spelt_by_acronym),
                        (UNTAGGED_GIVEN_NAME, _untagged_given_named), (UNTAGGED_AGED_NAME, _untagged_aged),
                        (UNTAGGED_COUNTRY_OF_SEVERAL_WORDS, _untagged_countries)):
        found = find(doc, out, lang) if on(which) else None  # names none of whose words was tagged
        if found:
            out, changed = sorted(out + found, key=lambda x: x.start), True
    mended = _balinese_names(doc, out, lang)  # (each kind of Balinese name under its own rule)
    if mended is not None:
        out, changed = mended, True
    for which, mend in ((NAMED_BEFORE_WHO, _named_before_who),  # then the names found so far, widened
                        (HYPHEN_BEFORE_A_FOUND_NAME, _hyphened_given_names_on),
                        (KNOWN_GIVEN_NAME_LEFT_OUT, _known_given_names_on),
                        (FUNCTION_WORD_IN_A_NAME, _function_words_in_names),
                        (NAME_CUT_AFTER_ITS_PARTICLE, _names_cut_after_their_particle),
                        (NAME_RUNS_OVER_AN_ELIDED_WORD, _names_over_elided_words),
                        (NAME_OVER_PARTICLES_AFTER_A_PERSON_WORD, _names_over_particles_after_a_person_word),
                        (NAME_LISTED_AFTER_A_PERSON, _names_listed_after_a_person),
                        (NAME_APPOSED_WITHOUT_A_COMMA, _names_apposed_without_a_comma),
                        (GLOTTAL_SURNAME_AFTER_A_NAME, _glottal_surnames_on),
                        (PARTICLED_SURNAME_TAGGED_OTHERWISE, _particled_surnames_tagged_otherwise),
                        (HANDED_DOWN_TITLE_AFTER_AN_HONORIFIC, _handed_down_titles_after_honorifics_on)):
        mended = mend(doc, out, lang) if on(which) else None
        if mended is not None:
            out, changed = mended, True
    return out if changed else None


def _names_cut_after_their_particle(doc, ents, lang):
    """Person names holding a surname's particle widened over an untagged capitalised word right after them, when no
    other follows it (`Armindo Vaz do Espírito` + `Santo`), or over a hyphen and the word joined to it (`Marieke van
    den Berg` + `-Smit`)."""
    from spacy.tokens import Span

    out, changed = list(ents), False
    for k, e in enumerate(out):
        j = e.end
        if on(NAME_WITH_A_PARTICLE_CUT_AT_ITS_HYPHEN) and e.label_ == lang.ent.person and len(e) >= 3 \
                and j + 1 < len(doc) and doc[j].text in lang.hyphens and not e[-1].whitespace_ \
                and not doc[j].whitespace_ and doc[j + 1].is_title and doc[j + 1].is_alpha \
                and any(t.is_lower and t.lower_ in lang.name_particles for t in e[1:-1]) \
                and (k + 1 == len(out) or out[k + 1].start > j + 1):
            out[k] = Span(doc, e.start, j + 2, label=e.label_)  # "Marieke van den Berg" + "-Smit"
            changed = True
            continue
        if e.label_ == lang.ent.person and len(e) >= 3 and j < len(doc) and e[-1].is_title and e[-1].whitespace_ \
                and any(t.is_lower and t.lower_ in lang.name_particles for t in e[1:-1]) \
                and doc[j].is_title and doc[j].is_alpha and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ \
                and (k + 1 == len(out) or out[k + 1].start > j) \
                and not (j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN"):
            out[k] = Span(doc, e.start, j + 1, label=e.label_)
            changed = True
    return out if changed else None


def _glottal_surnames_on(doc, ents, lang):
    """Person names run on over one or two untagged words with a glottal stop inside (`Ta’ake`) right after them,
    compounded with the name; None if there are none."""
    found = []
    for e in ents:
        j = e.end
        while e.label_ == lang.ent.person and j < len(doc) and j - e.end < 2 and not doc[j].ent_type_ \
                and doc[j].pos_ == "PROPN" and lang.glottal_name.match(doc[j].text) is not None \
                and (doc[j - 1].head.i == j or e.start <= doc[j].head.i < j):
            j += 1
        if j > e.end:
            found.append((e.start, j))
    return _person_names_put_in(doc, ents, found, lang)


def _handed_down_titles_after_honorifics_on(doc, ents, lang):
    """Person names widened to an untagged title that families hand down as a name (`Sheikh`) right before them,
    itself right after an honorific (`Dr. Sheikh Anisur Karim`); None if there are none."""
    found = [(e.start - 1, e.end) for e in ents if e.label_ == lang.ent.person and e.start >= 2
             and doc[e.start - 1].is_title and not doc[e.start - 1].ent_type_
             and doc[e.start - 1].lower_ in lang.titles_in_names and doc[e.start - 2].lower_ in lang.honorifics]
    return _person_names_put_in(doc, ents, found, lang)


def _particled_surnames_tagged_otherwise(doc, ents, lang):
    """Places and bodies of one to three capitalised words right after a lower-case surname particle hung on them,
    the subject of a verb, with no name word before the particle (`da Rocha Vaz said`), made a person's surname with
    the particle; None if there are none."""
    e_, d = lang.ent, lang.dep
    found = []
    for e in ents:
        if e.label_ not in (e_.gpe, e_.loc, e_.org) or not 1 <= len(e) <= 3 or e.start < 1 \
                or not all(t.is_title and t.is_alpha for t in e) or lang.country_of(e.text):
            continue
        particle = doc[e.start - 1]
        if not (particle.is_lower and particle.lower_ in lang.name_particles and not particle.ent_type_
                and e.start <= particle.head.i < e.end):
            continue
        if particle.i > particle.sent.start and (doc[particle.i - 1].is_title or doc[particle.i - 1].ent_type_):
            continue  # "Sérgio da Costa Lopes": the rules on particles inside a name read it
        if e.root.dep_ in d.subjects and e.root.head.pos_ == "VERB":
            found.append((e.start - 1, e.end))
    return _person_names_put_in(doc, ents, found, lang)


def _hyphened_given_names_on(doc, ents, lang):
    """Person names found by the rules above widened to a hyphened given name right before them."""
    from spacy.tokens import Span

    if not on(HYPHENED_GIVEN_NAME):
        return None
    out, changed = list(ents), False
    for k, e in enumerate(out):
        if _after_a_hyphened_given_name(e, out[k - 1] if k else None, lang):
            out[k] = Span(doc, e.start - 2, e.end, label=e.label_)  # "Per-Anders Kuoljok, the chairman"
            changed = True
    return out if changed else None


def _known_given_names_on(doc, ents, lang):
    """Person names widened to a known given name left out right before them, hung on the name."""
    from spacy.tokens import Span

    out, changed = list(ents), False
    for k, e in enumerate(out):
        person_shaped = on(KNOWN_GIVEN_NAME_LEFT_OUT_OF_A_BODY_TAG) and e.label_ == lang.ent.org \
            and all(t.is_title or t.is_lower and t.lower_ in lang.name_particles for t in e) \
            and not any(t.lower_ in lang.org_heads for t in e)  # "Ana" + "Lucía Rojas Brenes", tagged a body
        alone = on(KNOWN_GIVEN_NAME_TAGGED_ALONE) and e.label_ == lang.ent.person and k > 0 \
            and out[k - 1].start == out[k - 1].end - 1 == e.start - 1 and out[k - 1].label_ != lang.ent.person \
            and len(e) >= 2  # "Salem" tagged a place, then "Othman Ag Mokhtar"
        if (e.label_ == lang.ent.person or person_shaped) and e.start >= 1 and e[0].is_title \
                and (not doc[e.start - 1].ent_type_ or alone) and (doc[e.start - 1].pos_ == "PROPN" or on(
                    KNOWN_GIVEN_NAME_OPENING_A_SENTENCE_AS_A_NOUN) and doc[e.start - 1].is_sent_start) \
                and doc[e.start - 1].is_title \
                and _known_given_name(doc[e.start - 1], lang) and (
                    doc[e.start - 1].dep_ == lang.dep.compound and e.start <= doc[e.start - 1].head.i < e.end
                    or on(KNOWN_GIVEN_NAME_OPENING_A_SENTENCE_AS_A_NOUN) and doc[e.start - 1].is_sent_start
                    and doc[e.start].is_sent_start) \
                and (k == 0 or out[k - 1].end < e.start or alone):
            opening = e.start - 1
            if e.start >= 2 and _name_word(doc[e.start - 2], lang):
                two = doc[e.start - 2]  # "María" + "Fernanda" + "Zelaya Oseguera": both given names, or neither
                if not (on(TWO_KNOWN_GIVEN_NAMES_LEFT_OUT) and not alone and _known_given_name(two, lang)
                        and two.dep_ == lang.dep.compound and e.start <= two.head.i < e.end
                        and (k == 0 or out[k - 1].end < e.start - 1)
                        and not (e.start >= 3 and _name_word(doc[e.start - 3], lang))):
                    continue
                opening = e.start - 2
            if alone:
                out[k - 1] = None  # the given name's own tag
            # "Carmen" + "Julia Núñez del Prado"; "Ana" + "Lucía Rojas Brenes", tagged a body: a person's
            out[k] = Span(doc, opening, e.end, label=lang.ent.person if person_shaped else e.label_)
            changed = True
    return [e for e in out if e is not None] if changed else None


def _function_words_in_names(doc, ents, lang):
    """Person names widened to a capitalised word read as a function word right before or after them."""
    from spacy.tokens import Span

    out, changed = list(ents), False
    for k, e in enumerate(out):
        if e.label_ != lang.ent.person:
            continue
        start = e.start - 1 if e.start >= 2 and _capitalised_function_word(doc[e.start - 1], lang) \
            and doc[e.start - 2].is_alpha and doc[e.start - 2].is_lower \
            and (k == 0 or out[k - 1].end < e.start) else e.start  # "said Per Olsen"
        end = e.end + 1 if len(e) >= 2 and e.end < len(doc) and _capitalised_function_word(doc[e.end], lang) \
            and (e.end + 1 == len(doc) or doc[e.end + 1].text in (",", ".")) \
            and (k + 1 == len(out) or out[k + 1].start > e.end) else e.end  # "Mohd Nor, a lawyer"
        if (start, end) != (e.start, e.end):
            out[k] = Span(doc, start, end, label=e.label_)
            changed = True
    return out if changed else None


def _capitalised_function_word(t, lang) -> bool:
    """A capitalised word inside a sentence that the model reads as a conjunction, a preposition, a determiner or a
    pronoun (`Nor`, `Per`, `An`), no article."""
    return t.is_title and t.is_alpha and len(t) >= 2 and not t.is_sent_start and t.pos_ in FUNCTION_WORD_POS \
        and t.lower_ not in lang.articles


def _one_body_in_two(first, e, lang) -> bool:
    """Whether ``first`` and the body name ``e`` right after it are one body's name: a nationality after `the`
    (``DEMONYM_OPENS_A_NAME``), or a body's name ending in a plural possessive (``PLURAL_POSSESSIVE_IN_A_NAME``)."""
    doc, e_ = e.doc, lang.ent
    if not e[0].is_title:
        return False
    if first.label_ == e_.norp:
        return on(DEMONYM_OPENS_A_NAME) and len(first) == 1 and first.start > 0 \
            and doc[first.start - 1].lower_ == lang.definite_article and not e[0].is_upper
    return on(PLURAL_POSSESSIVE_IN_A_NAME) and first.label_ == e_.org and e.start >= 2 \
        and doc[e.start - 1].tag_ == lang.possessive_tag and (
            doc[e.start - 2].tag_ == lang.plural_proper_tag or on(PLURAL_POSSESSIVE_OPENS_A_BODY)
            and doc[e.start - 1].text in ("'", "\u2019") and doc[e.start - 2].lower_.endswith("s"))


def _located_body_end(doc, e, lang) -> int | None:
    """Where the name of an embassy or an office ``e`` ends when the place it stands in follows it, after `in`: the
    end of the place's name (`High Commission` + `in Apia`), one to three capitalised words ending its phrase."""
    last, k = e[-1].lower_, e.end
    if not (last in lang.located_body_words or len(e) > 1 and (e[-2].lower_, last) in lang.located_body_pairs) \
            or k + 1 >= len(doc) or doc[k].lower_ != lang.located_body_preposition or doc[k].head.i != e[-1].i:
        return None
    end = k + 1
    while end < len(doc) and end - k <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if end == k + 1 or end < len(doc) and doc[end].text in lang.hyphens:
        return None
    place = text_of(doc)[doc[k + 1].idx: doc[end - 1].idx + len(doc[end - 1].text)]
    tagged = {doc[j].ent_type_ for j in range(k + 1, end)}
    return end if tagged & set(lang.ent.places) or lang.country_of(place) else None


def _named_before_who(doc, ents, lang):
    """The entities with each run of two or three name-shaped words set off before `, who` and a verb (the run
    untagged, or tagged a thing in part or whole) made one person's name; None if there is none."""
    from spacy.tokens import Span

    d, e_ = lang.dep, lang.ent
    spans = []
    mistaken = e_.things | ({e_.loc} if on(LOCATION_NAMED_BEFORE_WHO) else set())  # "Rahmawati Siregar" a place
    if on(BODY_NAMED_BEFORE_WHO):
        mistaken = mistaken | {e_.org}  # "Dina Quispe, who heads the women's committee," tagged a body
    for t in tokens_of(doc):
        kin = on(NAMED_BEFORE_WHOSE_KIN) and t.lower_ in lang.relative_possessives and t.dep_ == d.poss \
            and t.head.lower_ in lang.kinship_nouns and t.head.dep_ in d.subjects
        if not (t.lower_ == lang.personal_relative and t.dep_ in d.subjects or kin) or t.i < 3 \
                or doc[t.i - 1].text != ",":
            continue
        clause = t.head.head if kin else t.head  # "who lost", "whose father lost"
        j = t.i - 1  # the comma: the name ends before it
        suffixed = on(SUFFIX_ENDS_A_NAME_BEFORE_WHO) and doc[j - 1].text.rstrip(".").lower() in lang.name_suffixes \
            and not doc[j - 1].ent_type_
        i = j - suffixed  # "Tyler Brooks Jr.": the name words end before the suffix
        while i > 0 and j - suffixed - i < 3 and _name_shaped(doc[i - 1], lang) \
                and (not doc[i - 1].ent_type_ or doc[i - 1].ent_type_ in mistaken):
            i -= 1
        nationality = on(NATIONALITY_BEFORE_A_NAME_BEFORE_WHO) and i > 0 and doc[i - 1].ent_type_ == e_.norp \
            and doc[i - 1].ent_iob_ == "B" and (i == 1 or doc[i - 2].pos_ == "DET") \
            and lang.demonym_country(doc[i - 1].text) is not None  # "The American Tyler Brooks"
        if not 2 <= j - suffixed - i <= 3 or i > 0 and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].ent_type_) \
                and not nationality or not _one_phrase(doc, i, j) or clause.head.i != j - 1:
            continue  # not the whole name, or "who" not of it
        if all(doc[k].ent_type_ == e_.person for k in range(i, j)):
            continue
        spans.append((i, j))
    if not spans:
        return None
    out = [x for x in ents if not any(x.start < j and i < x.end for i, j in spans)]
    out += [Span(doc, i, j, label=e_.person) for i, j in spans]
    return sorted(out, key=lambda x: x.start)


def _untagged_aged(doc, ents, lang) -> list:
    """Person names of two or three capitalised words, none of them tagged, opening a phrase and set off before
    `, AGE,` with the age hung on them (`Tshering Yangzom, 46, said`)."""
    from spacy.tokens import Span

    found = []
    for t in tokens_of(doc):
        if not (t.is_digit and 0 < int(t.text) <= lang.oldest_age and t.i >= 3 and t.i + 1 < len(doc)
                and doc[t.i - 1].text == "," and doc[t.i + 1].text == ","):
            continue
        j = i = t.i - 1
        glottal = on(GLOTTAL_STOP_IN_A_NAME_BEFORE_AN_AGE)
        while i > 0 and j - i < 3 and (name_cased(doc[i - 1], lang) and doc[i - 1].is_alpha
                                       or glottal and lang.glottal_name.match(doc[i - 1].text) is not None) \
                and not doc[i - 1].ent_type_ and doc[i - 1].lower_ not in lang.titles \
                and not lang.country_of(doc[i - 1].text):
            i -= 1
        if glottal and j - i >= 2 and i > 0 and glottal_mark(doc[i - 1], lang) \
                and (i == 1 or doc[i - 2].whitespace_ or doc[i - 2].is_sent_end):
            i -= 1  # "'Ana Tu'ipulotu": the mark opens the name
        if on(GIVEN_NAME_OVER_A_PARTICLE_BEFORE_AN_AGE) and j - i >= 2:
            opening = _given_name_opening(doc, i, lang)  # "Yusmary del" + "Carmen Colmenárez Piña, 44,"
            if opening < i and not any(x.start < i and opening < x.end for x in (*ents, *found)):
                i = opening
        if j - i >= 2 and not (i > 0 and (doc[i - 1].is_title or doc[i - 1].ent_type_)) and i <= t.head.i < j \
                and not any(x.start < j and i < x.end for x in (*ents, *found)):
            found.append(Span(doc, i, j, label=lang.ent.person))
    return found


def _given_name_positions(doc, lang) -> list[int]:
    """Where the words the language knows as given names stand in ``doc``, found from the lower-case forms the
    tokenizer stored (no token object made for the others)."""
    from spacy.attrs import LOWER

    wanted = _GIVEN_NAME_IDS.get(id(lang))
    if wanted is None:
        wanted = _GIVEN_NAME_IDS[id(lang)] = frozenset(get_string_id(w) for w in lang.given_names)
    return [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in wanted]


_GIVEN_NAME_IDS: dict[int, frozenset] = {}


def _untagged_given_named(doc, ents, lang) -> list:
    """`Ana Ruiz and her husband lost ...`: untagged name words opening on a known given name, the whole run
    the subject of a verb or listed with one."""
    from spacy.tokens import Span

    d = lang.dep
    taken = _taken(ents)
    out = []
    for i in _given_name_positions(doc, lang):
        t = doc[i]
        if t.i in taken:
            continue
        opened = t.i > 0 and person_word_opening(doc[t.i - 1: t.i + 2], lang)  # "Reviewer Priya Raman-Whitaker"
        if not _name_word(t, lang) \
                or t.i > 0 and not opened and (doc[t.i - 1].is_title and doc[t.i - 1].is_alpha
                                               and not doc[t.i - 1].is_sent_start
                                               or doc[t.i - 1].pos_ in ("PROPN", "DET")):
            continue  # not the whole name, or a thing named after someone ("the Maria Luisa")
        two_given = on(UNTAGGED_TWO_GIVEN_NAMES_TWO_SURNAMES) and t.i + 1 < len(doc) \
            and _known_given_name(doc[t.i + 1], lang) and doc[t.i + 1].is_title  # "Ana Rita Pimentel Sousa"
        j = _name_run_from(doc, t.i, taken, lang, most=4 if two_given else 3, over_hyphens=opened)
        run_end = j
        if j - t.i >= 2 and on(UNTAGGED_GIVEN_NAME_OVER_PARTICLES):
            j = _untagged_particles_end(doc, j, taken, lang)  # "María Fernanda de la Cruz Pacheco"
        over = j > run_end
        if j - t.i < 2 or j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" \
                or doc[j - 1].lower_ in lang.place_heads:
            continue
        root = doc[j - 1]
        if not (_one_phrase(doc, t.i, j) or over and all(t.i <= doc[x].head.i < j for x in range(t.i, j - 1))):
            continue
        if root.dep_ in d.subjects or root.dep_ in (d.conj, d.appos) and root.head.dep_ in d.subjects:
            out.append(Span(doc, t.i, j, label=lang.ent.person))
            taken.update(range(t.i, j))
    return out


def _cabinet_titles_off(doc, ents, lang):
    """The entities without a portfolio and `Cabinet` tagged a body right before a title word and a person's name
    (`Interior Cabinet Secretary NAME`): words of the title the person holds, not a body; None if there is none."""
    starts = {x.start for x in ents if x.label_ == lang.ent.person}
    out = [x for x in ents if not (x.label_ == lang.ent.org and x[-1].lower_ in lang.cabinet_words
                                   and x.end + 1 < len(doc) and x.end + 1 in starts and doc[x.end].is_title
                                   and doc[x.end].lower_ in lang.titles)]
    return out if len(out) < len(ents) else None


def _title_off_bodies(doc, ents, lang):
    """The entities with title words cut off the end of a body's name that a person's name follows, or None."""
    from spacy.tokens import Span

    starts = {x.start for x in ents if x.label_ == lang.ent.person}
    out, changed = [], False
    for x in ents:
        end = x.end
        if x.label_ == lang.ent.org and end in starts:
            while end - x.start > 1 and doc[end - 1].is_title and doc[end - 1].lower_ in lang.titles \
                    and doc[end - 1].lower_ not in lang.org_heads:
                end -= 1  # "Bank of Tarn Deputy Governor"
        if end != x.end and doc[end - 1].pos_ == "PROPN":
            out.append(Span(doc, x.start, end, label=x.label_))
            changed = True
        else:
            out.append(x)
    return out if changed else None


def _letters_set_off(doc, ents, lang):
    """The entities without post-nominal letters set off by commas after a name (`NAME, KC,`), that name a
    person's when it is shaped as one; None if there are none."""
    from spacy.tokens import Span

    out, changed = [], False
    for x in ents:
        last = out[-1] if out else None
        if len(x) == 1 and post_nominal(x[0], lang) and last is not None and last.end + 1 == x.start \
                and doc[last.end].text == "," and x.end < len(doc) and doc[x.end].text in (",", "."):
            if last.label_ != lang.ent.person and len(last) >= 2 and _name_shaped(last[0], lang) \
                    and all(_name_shaped(t, lang) or t.lower_ in lang.name_particles | lang.particle_articles
                            for t in last):
                out[-1] = Span(doc, last.start, last.end, label=lang.ent.person)
            changed = True  # "KC": no body
        elif on(UNTAGGED_NAME_BEFORE_LETTERS) and len(x) == 1 and post_nominal(x[0], lang) and x.start >= 3 \
                and doc[x.start - 1].text == "," and x.end < len(doc) and doc[x.end].text in (",", ".") \
                and (last is None or last.end < x.start - 3):
            start = _name_run_to(doc, x.start - 1, {t for e in out for t in range(e.start, e.end)}, lang)
            if 2 <= x.start - 1 - start <= 3 and (start == 0 or doc[start - 1].text == ","):
                out.append(Span(doc, start, x.start - 1, label=lang.ent.person))  # "NAME, SAN," the name untagged
            changed = True
        else:
            out.append(x)
    return out if changed else None


def _person_words_off(doc, ents, lang):
    """The entities without a word for a person that opens the sentence, tagged on its own right before a person's
    name (`Nurse` in `Nurse Priya Raman-Whitaker said`, tagged a place); None if there is none."""
    out = [x for k, x in enumerate(ents)
           if not (len(x) == 1 and k + 1 < len(ents) and ents[k + 1].start == x.end
                   and ents[k + 1].label_ == lang.ent.person and person_word_opening(doc[x.start: x.end + 2], lang))]
    return out if len(out) < len(ents) else None


def _one_style_end(doc, i: int, styles) -> int:
    """Where one of ``styles`` starting at ``i`` ends; ``i`` when none starts there."""
    if i >= len(doc) or not doc[i].is_title:
        return i
    first = doc[i].lower_.rstrip("'’")
    for style in styles:
        if style[0] == first and i + len(style) <= len(doc) \
                and all(doc[i + k].is_title and doc[i + k].lower_.rstrip("'’") == w for k, w in enumerate(style)):
            return i + len(style)
    return i


def style_end(doc, i: int, lang) -> int:
    """Where the styles of honour starting at ``i`` (`Datuk Seri`, `Tan Sri`; stacked, `Yang Berhormat Dato Seri
    Setia Awang`) end; ``i`` when none starts there."""
    end = _one_style_end(doc, i, lang.styles_of_honour)
    while end > i and on(STYLES_STACK):
        further = _one_style_end(doc, end, lang.styles_of_honour + lang.stacked_styles)
        if further == end:
            break
        end = further
    return end


def _plural_past_subject(e, lang) -> bool:
    """`Nadiya Uman, second in the table, were on course`, `Kemi Vale have won`: a name alone (not listed, not a
    plural word), the subject of `were` or of an auxiliary agreeing with a plural, in no clause of wish or condition."""
    root, doc = e.root, e.doc
    if len(e) == 1 and root.lower_.endswith(lang.plural_ending):
        return False  # "Bananas do not wait": a plural word, no team's name
    if root.dep_ != lang.dep.nsubj or root.head.i < root.i or root.tag_ == lang.plural_proper_tag \
            or any(c.dep_ in (lang.dep.conj, lang.dep.cc) for c in root.children) \
            or not (e[0].is_sent_start or doc[e.start - 1].is_punct):
        return False
    verb = root.head
    if any(c.dep_ == lang.dep.mark for c in verb.children):
        return False  # "if Kemi were to resign"
    forms = [verb, *(c for c in verb.children if c.dep_ in (lang.dep.aux, lang.dep.auxpass) and c.i < verb.i)]
    first = min(forms, key=lambda t: t.i)
    return first.i > root.i and (first.lower_ == lang.plural_past or first is not verb
                                 and first.tag_ == lang.plural_verb_tag)


def _styles_off(doc, ents, lang):
    """The entities with a style of honour cut off a person's name (`Tan Sri Ali Yassin`), and a style tagged as
    a person of its own right before a person's name (`Datuk Seri` + `Hisham ...`) dropped; None if none."""
    from spacy.tokens import Span

    ents, out, changed = list(ents), [], False
    for k, x in enumerate(ents):
        end = style_end(doc, x.start, lang) if x.label_ == lang.ent.person or on(STYLE_BEFORE_A_NAME_TAGGED_A_BODY) \
            and x.label_ == lang.ent.org else x.start
        if end == x.start:
            out.append(x)
        elif x.label_ == lang.ent.org:
            rest = doc[end:x.end]
            if 2 <= len(rest) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha
                                           and t.lower_ not in lang.org_heads for t in rest):
                out.append(Span(doc, end, x.end, label=lang.ent.person))  # "Ratu" + "Peni Waqanivalu"
                changed = True
            else:
                out.append(x)
        elif end < x.end and on(STYLES_STACK) and k + 1 < len(ents) and ents[k + 1].start == x.end \
                and ents[k + 1].label_ == lang.ent.person:
            ents[k + 1] = Span(doc, end, ents[k + 1].end, label=lang.ent.person)  # `Pengiran` + `Haji Ismail ...`
            changed = True
        elif end < x.end:
            out.append(Span(doc, end, x.end, label=x.label_))
            changed = True
        elif k + 1 < len(ents) and ents[k + 1].start == x.end and ents[k + 1].label_ == lang.ent.person:
            changed = True  # the style alone, the name after it
        elif on(STYLES_STACK) and k + 1 < len(ents) and ents[k + 1].label_ == lang.ent.person \
                and ents[k + 1].start <= end < ents[k + 1].end:
            ents[k + 1] = Span(doc, end, ents[k + 1].end, label=lang.ent.person)  # the styles run on into it
            changed = True
        elif end == x.end and k + 1 < len(ents) \
                and ents[k + 1].label_ == lang.ent.person and 0 < ents[k + 1].start - end <= 3 \
                and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_
                        and t.lower_ not in lang.pilgrim_styles and t.lower_ not in lang.honorifics
                        for t in doc[end:ents[k + 1].start]) and on(STYLE_BEFORE_UNTAGGED_NAME_WORDS):
            ents[k + 1] = Span(doc, end, ents[k + 1].end, label=lang.ent.person)  # `Datuk Seri` `Mohd Arifin` `Jumatin`
            changed = True
        else:
            out.append(x)
    return out if changed else None


def _teams_before_roles(doc, ents, lang):
    """The entities with a name tagged a person right before a place in a team and the person holding it
    (`Bafana Bafana captain NAME`) tagged a body, or None if there is none."""
    from spacy.tokens import Span

    out, changed = list(ents), False
    for k, x in enumerate(out[:-1]):
        if x.label_ == lang.ent.person and out[k + 1].label_ == lang.ent.person and out[k + 1].start == x.end + 1 \
                and (doc[x.end].lower_,) in lang.team_roles:
            out[k] = Span(doc, x.start, x.end, label=lang.ent.org)
            changed = True
    return out if changed else None


def _known_org_word(t, lang) -> bool:
    """A word that names or ends a body's name: `Institute`, `Bank`."""
    return t.lower_ in lang.org_heads or t.lower_ in lang.known_orgs


def _given_name_off_a_title(doc, ents, lang):
    """The entities with `Title Given` tagged a body right before a person's tag (`Bishop Ernesto` +
    `Dimaculangan`) joined into the person's name after the title, or None."""
    from spacy.tokens import Span

    out, changed = [], False
    for x in ents:
        last = out[-1] if out else None
        if x.label_ == lang.ent.person and last is not None and last.label_ == lang.ent.org and last.end == x.start \
                and 2 <= len(last) <= 3 and doc[last.start].lower_.rstrip(".") in lang.titles \
                and doc[last.start].is_title and all(_name_shaped(t, lang) for t in last[1:]):
            out[-1] = Span(doc, last.start + 1, x.end, label=x.label_)
            changed = True
        elif on(GIVEN_NAME_AFTER_A_LOWER_CASE_TITLE) and x.label_ == lang.ent.person and last is not None \
                and last.label_ == lang.ent.org and last.end == x.start and len(last) >= 3 \
                and doc[last.end - 2].is_lower and doc[last.end - 2].lower_ in lang.titles \
                and _name_shaped(doc[last.end - 1], lang) and not _known_org_word(doc[last.end - 1], lang):
            out[-1] = Span(doc, last.end - 1, x.end, label=x.label_)  # "the Lucknow writer Intizar" + "Ali Jafri"
            changed = True
        else:
            out.append(x)
    return out if changed else None


def _titles_of_a_country(doc, ents, lang):
    """The entities less those tagged a body that are title words before `of`, a country and a person's name
    (`Drugs Controller General of India Vikram Sethi`), with the country tagged a place; None if there are none."""
    from spacy.tokens import Span

    if not any(x.label_ == lang.ent.org and x[-1].lower_ in lang.titles for x in ents):
        return None  # the common case, read without building the sets below
    person_starts, taken = {e.start for e in ents if e.label_ == lang.ent.person}, _taken(ents)

    def name_at(i: int) -> bool:  # tagged a person's, or two or three untagged name words
        return i in person_starts or i < len(doc) and _name_run_from(doc, i, taken, lang) - i >= 2

    out, changed = [], False
    for x in ents:
        if x.label_ == lang.ent.org and x[-1].lower_ in lang.titles and all(t.is_title for t in x) \
                and x.end + 2 < len(doc) and doc[x.end].lower_ == lang.of:
            i = x.end + 1
            n = next((n for n in (1, 2, 3) if name_at(i + n) and lang.country_of(doc[i: i + n].text)), 0)
            if n:
                changed = True
                if not any(j in taken for j in range(i, i + n)):
                    out.append(Span(doc, i, i + n, label=lang.ent.gpe))  # "India", left untagged
                continue
        out.append(x)
    return out if changed else None


def _joined_across_and(doc, ents, lang, joins, label=None, joiners=None):
    """The entities with each name and the next one after `and` (or one of ``joiners``) that ``joins(first,
    second)`` accepts made one body (or one name of ``label``); None if there is none."""
    from spacy.tokens import Span

    joiners = lang.coordinators if joiners is None else joiners
    out, changed = list(ents), False
    k = 0
    while k + 1 < len(out):
        x, y = out[k], out[k + 1]
        if y.start == x.end + 1 and doc[x.end].lower_ in joiners and joins(x, y):
            out[k: k + 2] = [Span(doc, x.start, y.end, label=label or lang.ent.org)]
            changed = True
            continue
        k += 1
    return out if changed else None


def _countries_named_with_and(doc, ents, lang):
    """The entities with a country's name holding `and` (`Antigua and Barbuda`), tagged as two names of any kind,
    made one country; None if there is none."""
    def joins(x, y) -> bool:
        name = doc[x.start: y.end].text
        return lang.country_of(name) == name
    return _joined_across_and(doc, ents, lang, joins, label=lang.ent.gpe)


def _names_joined_to_places(doc, ents, lang):
    """The entities with a one-word name tagged a person and joined by `and` to a place's name that is no country's
    (`cocaine reaching Antwerp and Rotterdam`) tagged as that place is; None if there is none."""
    from spacy.tokens import Span

    out, changed = list(ents), False
    for k in range(len(out) - 1):
        x, y = out[k], out[k + 1]
        if y.start != x.end + 1 or doc[x.end].lower_ not in lang.coordinators \
                or x.start and doc[x.start - 1].is_punct or x.root.dep_ == lang.dep.pobj \
                or y.end < len(doc) and doc[y.end].pos_ == "NOUN":
            continue  # lists, places after a preposition and names modifying a noun have rules of their own
        for j, place in ((k, y), (k + 1, x)):
            if out[j].label_ == lang.ent.person and len(out[j]) == 1 and place.label_ in lang.ent.places \
                    and not lang.country_of(place.text):
                out[j] = Span(doc, out[j].start, out[j].end, label=place.label_)
                changed = True
    return out if changed else None


def _names_over_abbreviated_middle_names(doc, ents, lang):
    """The entities with a person's name cut at the full stop of a middle name shortened to two letters or one
    (`Dimitrios Th.` and `Alexandropoulos`, `Ana Ma. Reyes`) made one name; None if there is none."""
    from spacy.tokens import Span

    def joins(x, y) -> bool:
        last = x[-1]
        return x.label_ == lang.ent.person and len(x) >= 2 and last.is_title and last.is_alpha and len(last) <= 2 \
            and not last.whitespace_ and y.label_ == lang.ent.person and y[0].is_title  # ("Mr. Brodie Lee. Jon's")
    out, changed, k = list(ents), False, 0
    while k + 1 < len(out):
        x, y = out[k], out[k + 1]
        if y.start == x.end + 1 and doc[x.end].text == "." and joins(x, y):
            out[k: k + 2] = [Span(doc, x.start, y.end, label=lang.ent.person)]  # "Dimitrios Th. Alexandropoulos"
            changed = True
            continue
        k += 1
    return out if changed else None


def _names_around_filiations(doc, ents, lang):
    """The entities with a name set off by commas around a lower-case word for `son of` or `daughter of` (`The
    lawyer, Agnes Lidam anak Entri, said`), one or two name words on each side, tagged anything but a person's name
    or not at all, made one person's name; None if there is none."""
    if lang.filiation_particles.isdisjoint(lower_words(doc)):
        return None
    found = []
    for t in doc[2:-1]:
        if not t.is_lower or t.lower_ not in lang.filiation_particles or t.ent_type_ == lang.ent.person:
            continue
        a = t.i
        while a > 0 and t.i - a < 2 and _name_shaped(doc[a - 1], lang) and doc[a - 1].ent_type_ != lang.ent.person:
            a -= 1
        b = t.i + 1
        while b < len(doc) and b - t.i <= 2 and _name_shaped(doc[b], lang) and doc[b].ent_type_ != lang.ent.person:
            b += 1
        if a == t.i or b == t.i + 1 or a == 0 or doc[a - 1].text != "," or b >= len(doc) or doc[b].text != ",":
            continue
        found.append((a, b))
    return _person_names_put_in(doc, ents, found, lang)


def _given_names_before_filiations(doc, ents, lang):
    """The entities with a person's name that holds or opens on `bin` or `binti` (the father's name after it) widened
    back over the one to four capitalised name words before the particle, however tagged, up to a style of honour, the
    pilgrim's `Haji` (unless a title handed down, `Pengiran`, opens it), a title or any other word; a name the styles
    before it alone were tagged as is dropped (given names tagged a person's right before the particle are read by the
    rules on names before a patronymic). None if none is widened."""
    from spacy.tokens import Span

    if lang.patronymic_particles.isdisjoint(lower_words(doc)):
        return None
    out, changed = list(ents), False
    for p in tokens_of(doc)[1:-1]:
        if not p.is_lower or p.lower_ not in lang.patronymic_particles:
            continue
        father = next((e for e in out if e.label_ == lang.ent.person and e.start <= p.i + 1 < e.end), None)
        if father is None and p.i + 2 < len(doc) and not doc[p.i + 1].ent_type_ and _name_shaped(doc[p.i + 1], lang):
            father = next((e for e in out if e.label_ == lang.ent.person and e.start == p.i + 2), None)
            father = father and Span(doc, p.i + 1, father.end, label=lang.ent.person)  # `Pengiran` + `Haji Omar`
        if father is None:
            continue  # (the father's name tagged with the particle or the given names before it, or after it)
        before = doc[p.i - 1]
        if before.ent_type_ == lang.ent.person and before.ent_iob_ == "I" \
                or any(x.label_ == lang.ent.person and x.end == p.i for x in out):
            continue  # (given names the model tagged a person's before it: read by the rules on names before those)
        start = p.i
        while start > 0 and p.i - start < 4 and _name_shaped(doc[start - 1], lang) \
                and doc[start - 1].lower_ not in lang.style_words and doc[start - 1].lower_ not in lang.portfolios:
            start -= 1  # (not `Minister of Culture and Youth` + `Mariam bint Saeed`)
        if start < p.i and start >= 2 and doc[start - 1].lower_ in lang.pilgrim_styles \
                and doc[start - 2].is_title and doc[start - 2].lower_ in lang.hereditary_titles:
            start -= 2  # "Pengiran Haji Rosli": the title handed down, and the style after it, are of the name
        if start == p.i or start >= father.start:
            continue  # no given name, or the name already opens there or before
        styled = start
        while styled > 0 and doc[styled - 1].is_title and doc[styled - 1].lower_ in lang.style_words:
            styled -= 1  # "Yang Berhormat Dayang Hajah" before "Nurul Huda binti ..."
        if any(x is not father and x.start < styled and start < x.end for x in out):
            continue  # a name of other words running into it
        kept = [x for x in out if x.end <= styled or x.start >= father.end]
        out = sorted(kept + [Span(doc, start, father.end, label=lang.ent.person)], key=lambda x: x.start)
        changed = True
    return out if changed else None


def _names_over_filiations_with_a_slash(doc, ents, lang):
    """The entities with a name around `s/o`, `d/o`, `a/l` or `a/p` (son or daughter of, as Singapore and Malaysia
    write Indian names: `Muthukumar s/o Rajendran`), tagged apart, in part or as anything, made one person's name;
    None if there is none."""
    if "/" not in lower_words(doc):
        return None
    found = []
    for t in doc[1:-2]:
        if t.text != "/" or t.whitespace_ or doc[t.i - 1].whitespace_ \
                or f"{doc[t.i - 1].lower_}/{doc[t.i + 1].lower_}" not in lang.slashed_filiations:
            continue
        before, after = doc[t.i - 2] if t.i >= 2 else None, doc[t.i + 2] if t.i + 2 < len(doc) else None
        if before is None or after is None or not _name_shaped(before, lang) or not _name_shaped(after, lang):
            continue
        start = next((e.start for e in ents if e.start <= before.i < e.end and e.label_ == lang.ent.person),
                     before.i)
        end = next((e.end for e in ents if e.start <= after.i < e.end and e.label_ in (lang.ent.person,
                                                                                      *lang.ent.places)), after.i + 1)
        found.append((start, end))
    return _person_names_put_in(doc, ents, found, lang)


def _trades_joined_by_and(doc, ents, lang):
    """The entities with a body named for the people of two trades (`the National Union of Mine and Quarry Workers of
    Togo`), tagged as the body with the first trade and the people of the second apart, made one body, on to `of`
    and the place it is of; None if there is none."""
    from spacy.tokens import Span

    def joins(x, y) -> bool:
        return x.label_ == lang.ent.org and len(x) >= 3 and x[-1].is_title \
            and any(t.lower_ in lang.cause_prepositions | {lang.of} for t in x[1:-1]) \
            and y.label_ == lang.ent.org and len(y) <= 3 and all(t.is_title and t.is_alpha for t in y) \
            and y[-1].tag_ in (lang.plural_proper_tag, lang.plural_noun_tag)
    joined = _joined_across_and(doc, ents, lang, joins)
    if joined is None:
        return None
    out = []
    for e in joined:
        end = e.end
        if e.label_ == lang.ent.org and len(e) >= 6 and end + 1 < len(doc) and doc[end].lower_ == lang.of \
                and doc[end + 1].is_title and lang.country_of(doc[end + 1].text) \
                and (end + 2 == len(doc) or not doc[end + 2].is_title):
            end += 2  # "... Quarry Workers" + "of Togo"
        out.append(Span(doc, e.start, end, label=e.label_) if end > e.end else e)
    return [e for e in out if not any(o.start < e.start and e.end <= o.end for o in out)]


def _places_set_in_countries(doc, ents, lang):
    """The entities with a name tagged a person that is set off before `in` and a country's name (`had left
    Pointe-Noire, in the Republic of Congo, on Monday`), and is no subject, tagged a place; None if there is none."""
    from spacy.tokens import Span

    out, changed = list(ents), False
    for k, e in enumerate(out[:-1]):
        country = out[k + 1]
        if e.label_ != lang.ent.person or e.end + 2 >= len(doc) or doc[e.end].text != "," \
                or doc[e.end + 1].lower_ not in lang.place_prepositions or e.root.dep_ in lang.dep.subjects:
            continue
        opening = (e.end + 2, e.end + 3) if doc[e.end + 2].lower_ in lang.articles else (e.end + 2,)
        if country.start in opening and country.label_ in lang.ent.places and lang.country_of(country[-1].text) \
                and (country.end == len(doc) or doc[country.end].is_punct):
            out[k] = Span(doc, e.start, e.end, label=country.label_)  # "Pointe-Noire, in the Republic of Congo,"
            changed = True
    return out if changed else None


def _person_names_put_in(doc, ents, found, lang):
    """The entities with person's names put in at the (start, end) pairs of ``found``, in place of whatever they
    overlap; None if ``found`` is empty."""
    from spacy.tokens import Span

    if not found:
        return None
    out = [e for e in ents if not any(a < e.end and e.start < b for a, b in found)]
    out += [Span(doc, a, b, label=lang.ent.person) for a, b in found]
    return sorted(out, key=lambda e: e.start)


def _names_before_patronymics(doc, ents, lang):
    """The entities with two capitalised words right before a trailing patronymic (`Aidai Bolotbek kyzy`), tagged
    anything but one person's name or not at all, made that person's name with it; None if there is none."""
    if lang.trailing_patronymics.isdisjoint(lower_words(doc)):
        return None
    found = []
    for t in doc[2:]:
        if not t.is_lower or t.lower_ not in lang.trailing_patronymics or t.ent_type_:
            continue
        given, father = doc[t.i - 2], doc[t.i - 1]
        if not all(_name_shaped(w, lang) for w in (given, father)) or t.i >= 3 and _name_shaped(doc[t.i - 3], lang):
            continue
        end = t.i + 2 if t.i + 1 < len(doc) and _name_shaped(doc[t.i + 1], lang) else t.i + 1  # "Rauf Nadir oglu
        # Mammadli": the surname after it, as Azerbaijani names have it
        if any(e.start == given.i and e.end >= father.i + 1 and e.label_ == lang.ent.person for e in ents):
            continue  # tagged as one person's name: the patronymic is added to it where it is read
        found.append((given.i, end))
    return _person_names_put_in(doc, ents, found, lang)


def _given_names_before_patronymics(doc, ents, lang):
    """The entities with a person's name opening on a patronymic (`Nurlanovna Seitkaliyeva`) run back over the
    untagged capitalised given name right before it (`Aliya`); None if none."""
    found = []
    for e in ents:
        first = e[0]
        if e.label_ != lang.ent.person or len(e) < 2 or e.start < 1 or not first.is_title \
                or not first.lower_.endswith(lang.patronymic_endings) or len(first) < 7:
            continue
        given = doc[e.start - 1]
        if not given.ent_type_ and _name_shaped(given, lang) and given.lower_ not in lang.honorifics:
            found.append((given.i, e.end))
    return _person_names_put_in(doc, ents, found, lang)


def _given_names_before_descriptions(doc, ents, lang):
    """The entities with a name of two words or more that an age or an apposed title follows (`Alois Marxer-Büchel,
    61,`, `Lucía de la Torre Espinosa, an economist`) run back, as a person's, over the untagged capitalised name word
    right before it (`Reto`, `Ana`), or over such a word and one word tagged a place after it (`Héctor` `Washington`),
    when what comes before is no capitalised word but an honorific; None if none."""
    found = []
    for e in ents:
        if e.label_ not in (lang.ent.person, lang.ent.org) or len(e) < 2 or e.start < 1 or e.end + 2 >= len(doc) \
                or doc[e.end].text != "," or not _aged_or_titled_after(e, lang):
            continue
        if e.label_ == lang.ent.org and not all(_name_shaped(t, lang) or t.is_lower and (
                t.lower_ in lang.name_particles or t.i > e.start and doc[t.i - 1].lower_ in lang.name_particles)
                for t in e):
            continue  # "Lucía de la Torre Espinosa" tagged a body: name words and particles (`de la`) alone
        start = e.start - 1
        if doc[start].ent_type_ in (lang.ent.gpe, lang.ent.loc) and doc[start].ent_iob_ == "B" and start >= 1 \
                and (start + 1 == len(doc) or doc[start + 1].ent_iob_ != "I"):
            start -= 1  # "Héctor" + "Washington" (tagged a place) + "Olivera Cabrera"
        given = doc[start]
        before = doc[start - 1] if start else None
        if given.ent_type_ or not _name_shaped(given, lang) or given.lower_ in lang.honorifics \
                or given.lower_ in lang.pilgrim_styles:
            continue
        if before is not None and before.is_title and before.pos_ == "PROPN" and not given.is_sent_start \
                and before.lower_.rstrip(".") not in lang.honorifics:
            continue
        found.append((start, e.end))
    return _person_names_put_in(doc, ents, found, lang)


def _names_tagged_in_pieces_before_descriptions(doc, ents, lang):
    """Two one-word entities side by side, each tagged a place or a body, the first compounded into the second, that
    an age or an apposed title follows (`Namukonda` `Phiri`, `, the member for Chasefu,`), made one person's name
    when no capitalised word runs on before them; None if there are none."""
    kinds = (lang.ent.org, *lang.ent.places)
    found = []
    for k, e in enumerate(ents):
        if k == 0 or len(e) != 1 or e.label_ not in kinds or e.end + 2 >= len(doc) or doc[e.end].text != ",":
            continue
        first = ents[k - 1]
        if len(first) != 1 or first.end != e.start or first.label_ not in kinds \
                or first[0].dep_ != lang.dep.compound or first[0].head.i != e.start \
                or not (_name_shaped(first[0], lang) and _name_shaped(e[0], lang)):
            continue
        start = first.start
        if start == 1 and on(GIVEN_NAME_READ_AS_A_WORD_BEFORE_A_NAME_IN_PIECES) and doc[0].is_title \
                and doc[0].is_alpha and not doc[0].ent_type_ and doc[0].head.i == e.start \
                and doc[0].dep_ in (lang.dep.amod, lang.dep.compound) and doc[0].lower_ not in lang.titles:
            start = 0  # "Precious" (read as an adjective) + "Namukonda" + "Phiri"
        elif start > 0 and doc[start - 1].is_title and not first[0].is_sent_start:
            continue  # (a longer name, or a title, before them)
        if _aged_or_titled_after(e, lang):
            found.append((start, e.end))
    return _person_names_put_in(doc, ents, found, lang)


def _aged_or_titled_after(e, lang) -> bool:
    """Whether a name is followed by its age (`, 61,`) or by an apposed title or word for a person (`, an
    economist at`, `, the murga director`)."""
    doc = e.doc
    age = doc[e.end + 1]
    if age.is_digit and doc[e.end + 2].text == "," and 0 < int(age.text) <= lang.oldest_age:
        return True
    return any(c.dep_ == lang.dep.appos and c.i > e.end and (c.lemma_.lower() in lang.titles
                                                              or c.lemma_.lower() in lang.person_nouns)
               for c in e.root.children)


def _surnames_after_patronymics(doc, ents, lang):
    """The entities with a person's name closing on a trailing patronymic (`Dilnoza Anvar qizi`) run on over the one
    capitalised name word right after it, tagged anything but a person's, when no other follows; None if none."""
    if lang.trailing_patronymics.isdisjoint(lower_words(doc)):
        return None
    found = []
    for e in ents:
        k = e.end
        if e.label_ != lang.ent.person or len(e) < 3 or not e[-1].is_lower \
                or e[-1].lower_ not in lang.trailing_patronymics or k >= len(doc) or not _name_shaped(doc[k], lang) \
                or doc[k].ent_type_ == lang.ent.person:
            continue  # (a surname tagged a person's: read by the rule on surnames after a patronymic)
        if k + 1 < len(doc) and (_name_shaped(doc[k + 1], lang) or doc[k + 1].text in lang.hyphens):
            continue  # (a name of its own after it)
        if any(x.start == k and x.end > k + 1 for x in ents):
            continue  # (the word opens a longer name)
        found.append((e.start, k + 1))
    return _person_names_put_in(doc, ents, found, lang)


def _club_prefixes_on(doc, ents, lang):
    """The entities right after an untagged abbreviation for a sports club (`FK Kemi Bor`) widened to it and tagged a
    body; None if there is none."""
    from spacy.tokens import Span

    out, changed = list(ents), False
    for k, e in enumerate(out):
        before = doc[e.start - 1] if e.start else None
        if before is not None and not before.ent_type_ and before.text.isupper() \
                and before.lower_ in lang.club_prefixes and (k == 0 or out[k - 1].end < e.start):
            out[k] = Span(doc, e.start - 1, e.end, label=lang.ent.org)
            changed = True
        elif on(CLUB_PREFIX_INSIDE_A_PERSON) and e.label_ == lang.ent.person and len(e) >= 2 and e[0].is_upper \
                and e[0].lower_ in lang.club_prefixes:
            out[k] = Span(doc, e.start, e.end, label=lang.ent.org)  # "FC Arlo" tagged a person
            changed = True
    return out if changed else None


def _bodies_of_countries_with_and(doc, ents, lang):
    """The entities with a body named after a country whose name holds `and` (`The Trinidad and Tobago Coast
    Guard`), tagged as the country's first part and a body opening on its second, made one body; None if none."""
    def joins(x, y) -> bool:
        joined = f" {doc[x.end].text} "  # the country's own name holds the conjunction
        return x.label_ in lang.ent.nations and y.label_ == lang.ent.org and len(y) >= 2 and any(
            joined in (lang.country_of(doc[x.start: y.start + n].text) or "") for n in (1, 2) if n < len(y))
    return _joined_across_and(doc, ents, lang, joins)


def _bodies_of_countries_with_and_after_of(doc, ents, lang):
    """The entities with a body's name that ends in `of` and the first part of a country's name holding `and`
    (`the Central Bank of Trinidad`, then `and Tobago`; `the Pharmacy Council of Antigua and`, then `Barbuda`) run
    to the country's last word, and whatever was tagged inside that run dropped; None if none."""
    from spacy.tokens import Span

    out, changed = list(ents), False
    k = -1
    while k + 1 < len(out):
        k += 1
        x = out[k]
        ofs = [t.i for t in x if t.lower_ == lang.of]
        if x.label_ != lang.ent.org or not ofs or ofs[-1] + 1 >= x.end:
            continue
        rest = x.end if x[-1].lower_ in lang.coordinators else x.end + 1
        if rest >= len(doc) or doc[rest - 1].lower_ not in lang.coordinators:
            continue
        first = doc[ofs[-1] + 1: rest - 1]
        end = next((rest + n for n in (3, 2, 1) if rest + n <= len(doc)
                    and all(t.is_title for t in doc[rest: rest + n])
                    and (lang.country_of(f"{first.text} {doc[rest - 1].text} {doc[rest: rest + n].text}") or "")
                    == f"{first.text} {doc[rest - 1].text} {doc[rest: rest + n].text}"), None)
        if end is None or not first or not all(t.is_title for t in first):
            continue
        out[k] = Span(doc, x.start, end, label=lang.ent.org)
        out = out[: k + 1] + [y for y in out[k + 1:] if y.start >= end]
        changed = True
    return out if changed else None


def _fields_joined_by_and(doc, ents, lang):
    """The entities with a body named for two fields joined by `and` (`The Ministry of Science and ICT`, `the
    National Commission for Museums and Monuments`), tagged as the body with its first field and the second field
    alone, made one body; None if none. The second field is a portfolio or a plural proper noun the parser joined
    to a word of the body's name, right before a word that is no name's."""
    def joins(x, y) -> bool:
        return x.label_ == lang.ent.org and len(x) >= 3 \
            and any(t.lower_ in lang.cause_prepositions | {lang.of} for t in x[1:-1]) \
            and len(y) == 1 and (y[0].lower_ in lang.portfolios or y[0].tag_ == lang.plural_proper_tag) \
            and (y[0].is_title or y[0].is_upper) and y.root.dep_ == lang.dep.conj \
            and x.start <= y.root.head.i < x.end and (y.end == len(doc) or not doc[y.end].is_title)
    return _joined_across_and(doc, ents, lang, joins)


def _portfolios_before_titles_off(doc, ents, lang):
    """The entities without the portfolios tagged a body right before a title and a person's name (`Police and Public
    Safety` + `Minister` + `Teboho Sekoati`): they are the title's; None if there are none."""
    e_ = lang.ent
    out = [x for x in ents if not (
        x.label_ == e_.org and x.end + 1 < len(doc) and x[-1].lower_ in lang.portfolios
        and all(t.is_title or t.lower_ in lang.coordinators for t in x) and x[0].is_title
        and not any(t.lower_ in lang.org_heads and t.lower_ not in lang.portfolios for t in x)
        and doc[x.end].is_title and doc[x.end].lower_ in lang.titles and doc[x.end + 1].ent_type_ == e_.person)]
    return out if len(out) < len(ents) else None


def _names_in_two_pieces(doc, ents, lang):
    """The entities with a person's name tagged in two touching pieces, one a person's and the other a body's of
    name words alone (`Carlos Eduardo` + `Zúniga Rivera`, `Gustavo Adolfo` + `Cáceres Villalba`), made one person's
    name; None if there is none."""
    from spacy.tokens import Span

    e_ = lang.ent
    out, changed, k = [], False, 0
    while k < len(ents):
        x = ents[k]
        y = ents[k + 1] if k + 1 < len(ents) else None
        if on(SURNAMES_WITH_A_PARTICLE_TAGGED_A_BODY) and y is not None and y.start == x.end \
                and x.label_ == e_.person and y.label_ == e_.org and len(x) <= 3 and _surnames_over_a_particle(y, lang):
            out.append(Span(doc, x.start, y.end, label=e_.person))  # "Ramón Antonio" + "Fermín De los Santos"
            changed = True
            k += 2
            continue
        if y is not None and y.start == x.end and {x.label_, y.label_} == {e_.person, e_.org} \
                and _name_words_alone(y if y.label_ == e_.org else x, lang) and len(x) + len(y) <= 5 \
                and x[-1].tag_ != lang.possessive_tag \
                and not (x.start > 0 and doc[x.start - 1].lower_ in lang.articles):
            out.append(Span(doc, x.start, y.end, label=e_.person))  # "Carlos Eduardo Zúniga Rivera"
            changed = True
            k += 2
            continue
        if y is not None and y.start == x.end \
                and x.label_ == y.label_ == e_.person and len(x) + len(y) <= 5 and x.start > 0 \
                and doc[x.start - 1].lower_.rstrip(".") in lang.honorifics and x[-1].tag_ != lang.possessive_tag \
                and on(NAME_IN_TWO_PERSONS_AFTER_AN_HONORIFIC):
            out.append(Span(doc, x.start, y.end, label=e_.person))  # "Dr." + "Abdulrahman" + "Salem Ba-Wazir"
            changed = True
            k += 2
            continue
        if on(NAME_IN_PIECES_AROUND_AN_UNTAGGED_WORD) and y is not None and y.start == x.end + 1 \
                and x.label_ == e_.org and y.label_ == e_.person and _name_words_alone(x, lang) \
                and not doc[x.end].ent_type_ and _name_shaped(doc[x.end], lang) and len(x) + len(y) <= 5 \
                and not (x.start > 0 and (doc[x.start - 1].lower_ in lang.articles or doc[x.start - 1].is_title
                                          or doc[x.start - 1].text == ",")):  # (set off: the compounding rule's)
            out.append(Span(doc, x.start, y.end, label=e_.person))  # "Makhdoom Syed" + "Murtaza" + "Hussain Naqvi"
            changed = True
            k += 2
            continue
        out.append(x)
        k += 1
    return out if changed else None


def _names_over_particles_described(doc, ents, lang):
    """The entities with a person's name that holds a surname's particle (`Graça Lima do Rosário`, `Rannvá á
    Heyggi`), tagged in pieces or not at all, made one person's name when a word for a person is apposed to it after
    a comma (`, a lawmaker for ...`); None if there is none."""
    found, i = [], 0
    while i < len(doc):
        first = _name_word_however_parsed(doc[i], lang) or i + 1 < len(doc) and doc[i].is_title and doc[i].is_alpha \
            and doc[i].lower_ not in lang.titles and doc[i + 1].is_lower and doc[i + 1].lower_ in lang.name_particles
        if not first or i > 0 and (_name_or_particle(doc[i - 1], lang) or doc[i - 1].lower_ in lang.articles):
            i += 1  # (a given name before a particle may be parsed as anything: `Annelies` as a verb)
            continue
        j = _name_or_particle_run_end(doc, i, lang, opened=True)
        words = doc[i:j]
        inside = [e for e in ents if i <= e.start and e.end <= j]  # (not untagged, nor tagged as two pieces either
        # side of the particle with a person after it, nor set off before an age: the rules on those read it)
        across = any(e.label_ == lang.ent.person and doc[e.start - 1].is_lower
                     and doc[e.start - 1].lower_ in lang.name_particles and any(f.end == e.start - 1 for f in inside)
                     for e in inside if e.start > i)
        if 3 <= len(words) <= 6 and any(t.is_lower for t in words) and j + 1 < len(doc) and doc[j].text == "," \
                and inside and not across and not doc[j + 1].like_num \
                and doc[j + 1].lower_ not in lang.relative_possessives \
                and any(c.dep_ == lang.dep.appos and c.i > j and c.pos_ == "NOUN" and _person_noun(c, lang)
                        for c in doc[j - 1].children):  # (not "Corticeira Vale do Sorraia, whose manager, NAME,")
            found.append((i, j))
        i = max(j, i + 1)
    return _persons_put_over(doc, ents, found, lang)


def _names_over_particles_after_a_person_word(doc, ents, lang):
    """The entities with the person's names that hold a surname's particle set off after a word for people
    (`two administrators, Geertruida van den Bosch-Meijer and Pieter-Jan ter Horst,`, `its chairman, Jan van Dijk,`),
    tagged in pieces or across both names, made one person's name each; None if there is none."""
    from spacy.tokens import Span

    def run_at(i):  # (a given name set off so may be parsed as anything: `Pieter` as a verb)
        if not (doc[i].is_title and doc[i].is_alpha and doc[i].lower_ not in lang.titles
                and doc[i].lower_ not in lang.org_heads):
            return None
        j = _name_or_particle_run_end(doc, i, lang, opened=True)
        words = doc[i:j]
        return j if 3 <= len(words) <= 7 and any(t.is_lower for t in words) else None

    groups = []
    for k in range(1, len(doc) - 1):
        if doc[k].text != "," or doc[k - 1].pos_ != "NOUN" or not _person_noun(doc[k - 1], lang):
            continue
        first = run_at(k + 1)
        if first is None or first < len(doc) and doc[first].text not in (",", *lang.coordinators):
            continue
        names = [(k + 1, first)]
        if first + 1 < len(doc) and doc[first].lower_ in lang.coordinators:
            second = run_at(first + 1)
            if second is not None and (second == len(doc) or doc[second].text in (",", ".")):
                names.append((first + 1, second))  # "... and Pieter-Jan ter Horst,"
        a, b = names[0][0], names[-1][1]
        if any((e.start, e.end) == n for e in ents for n in names):
            continue  # a name tagged whole, whatever its tag, is read by the rules on a name's shape
        if all(a <= e.start and e.end <= b or e.end <= a or e.start >= b for e in ents) \
                and not all(any(e.label_ == lang.ent.person and (e.start, e.end) == n for e in ents) for n in names):
            groups.append((a, b, names))
    if not groups:
        return None
    kept = [e for e in ents if not any(a <= e.start and e.end <= b for a, b, _ in groups)]
    spans = [Span(doc, i, j, label=lang.ent.person) for _, _, names in groups for i, j in names]
    return sorted(kept + spans, key=lambda x: x.start)


def _names_listed_after_a_person(doc, ents, lang):
    """The entities with a person's name listed after another's and `and` (`Anna Berg and Kees de Wit`), untagged
    or tagged in pieces as anything else, made a person's name when it holds a surname's particle or opens on a
    known given name; None if there is none."""
    found = []
    for e in ents:
        i = e.end + 1
        if e.label_ != lang.ent.person or i >= len(doc) or doc[e.end].lower_ not in lang.coordinators \
                or not _name_word_however_parsed(doc[i], lang):
            continue
        j = _name_or_particle_run_end(doc, i, lang)
        words = doc[i:j]
        if 2 <= len(words) <= 5 and (any(t.is_lower for t in words) or words[0].lower_ in lang.given_names) \
                and words[-1].lower_ not in lang.place_heads and not (j < len(doc) and doc[j].is_title):
            found.append((i, j))
    return _persons_put_over(doc, ents, found, lang)


def _names_over_elided_words(doc, ents, lang):
    """The entities run on over a word joined to another language's elided article right after them (`Cooperativa
    Agrícola` + `d'Urgell`), and one made of such a word alone run back over the capitalised words before it
    (`Transportistes Units` + `d'Andorra`); None if there is none."""
    from spacy.tokens import Span

    def elided(t):
        low = t.lower_
        return any(low.startswith(w) and len(low) > len(w) + 1 and t.text[len(w)].isupper()
                   for w in lang.elided_name_words)

    out, changed = list(ents), False
    for k, e in enumerate(out):
        j = e.end
        if j < len(doc) and elided(doc[j]) and not doc[j].ent_type_ and e[-1].is_title:
            out[k] = Span(doc, e.start, j + 1, label=e.label_)  # "Cooperativa Agrícola d'Urgell"
            changed = True
        elif elided(e[0]) and all(t.is_punct for t in e[1:]) and e.start > 0:  # (the model may tag a bracket on)
            i = e.start
            while i > 0 and not doc[i - 1].ent_type_ and doc[i - 1].is_title and doc[i - 1].is_alpha \
                    and doc[i - 1].lower_ not in lang.articles and not doc[i - 1].is_sent_start:
                i -= 1
            if i > 0 and doc[i - 1].is_sent_start and doc[i - 1].is_title and doc[i - 1].is_alpha \
                    and not doc[i - 1].ent_type_:
                i -= 1  # the sentence's first word
            if i < e.start:
                label = lang.ent.person if doc[i].lower_ in lang.given_names else lang.ent.org
                out[k] = Span(doc, i, e.start + 1, label=label)  # "Transportistes Units d'Andorra"
                changed = True
    return out if changed else None


def _name_word_however_parsed(t, lang) -> bool:
    """A capitalised word that can stand in a person's name, whatever the parser took it for: a rare given name
    taken for a common noun (`Rannvá`), a surname that names a city (`Lima`); no title's, body's or people's word."""
    return t.pos_ in ("PROPN", "NOUN") and t.is_title and t.is_alpha and name_cased(t, lang) \
        and t.lower_ not in lang.titles and t.lower_ not in lang.org_heads and not lang.demonym_country(t.text)


def _name_or_particle(t, lang) -> bool:
    """A word of a person's name: a capitalised name word or a surname's lower-case particle (`do`, `van`, `á`)."""
    return _name_word_however_parsed(t, lang) or t.is_lower and t.lower_ in lang.name_particles


def _name_or_particle_run_end(doc, i: int, lang, opened: bool = False) -> int:
    """Where the name words and particles from ``i`` end within the sentence, on a capitalised word, over hyphens
    joining two words of a name (`Jan-Willem`); ``opened``: the word at ``i`` opens the name whatever it is."""
    j = i + 1 if opened else i
    while j < len(doc):
        if _name_or_particle(doc[j], lang):  # (not stopped at a sentence start: a name can split the parse)
            j += 1
        elif j > i and j + 1 < len(doc) and doc[j].text in lang.hyphens and not doc[j - 1].whitespace_ \
                and not doc[j].whitespace_ and _name_word_however_parsed(doc[j + 1], lang):
            j += 2  # "Jan-Willem", "Berg-Smit"
        else:
            break
    while j > i + opened and not _name_word_however_parsed(doc[j - 1], lang):
        j -= 1
    return j


def _names_apposed_without_a_comma(doc, ents, lang):
    """The person names whose root the parser apposed, no comma between, to the name words right before them (`Yonas`
    + `Habtom Weldemichael`), run back over those words when at most two, none a title's, a body's or a country's,
    and no capitalised word before them; None if there is none."""
    found = []
    for e in ents:
        head = e.root.head
        if e.label_ != lang.ent.person or e.root.dep_ != lang.dep.appos or not e.start - 2 <= head.i < e.start \
                or len(e) > 2:
            continue
        words = doc[head.i: e.start]
        if all(_name_shaped(t, lang) and t.whitespace_ for t in words) \
                and not (head.i > 0 and (doc[head.i - 1].is_title or doc[head.i - 1].pos_ == "PROPN")) \
                and all(t.ent_type_ in ("", *lang.ent.places) for t in words):
            found.append((head.i, e.end))
    return _persons_put_over(doc, ents, found, lang)


def _persons_put_over(doc, ents, found, lang):
    """The entities with a person's name over each (start, end) of ``found`` that is not one already and that no
    entity crosses, the entities inside it dropped; None if there is none."""
    from spacy.tokens import Span

    spans = [Span(doc, i, j, label=lang.ent.person) for i, j in found
             if not any(e.label_ == lang.ent.person and e.start == i and e.end == j for e in ents)
             and all(i <= e.start and e.end <= j or e.end <= i or e.start >= j for e in ents)]
    if not spans:
        return None
    kept = [e for e in ents if not any(f.start <= e.start and e.end <= f.end for f in spans)]
    return sorted(kept + spans, key=lambda x: x.start)


def _person_noun(t, lang) -> bool:
    """Whether a common noun names a person by role or office: `lawmaker`, `member`, `farmer`."""
    lemma = t.lemma_.lower()
    return lemma in lang.titles or lemma in lang.person_nouns or lemma in lang.person_role_nouns


def _surnames_over_a_particle(e, lang) -> bool:
    """Whether ``e`` is a surname, a particle of a name in either case (an article after it: `De los`) and a second
    surname: `Fermín De los Santos`, `Peña da Silva`."""
    words = list(e)
    if len(words) < 3 or len(words) > 4 or not _name_shaped(words[0], lang) or not _name_shaped(words[-1], lang):
        return False
    middle = [t.lower_ for t in words[1:-1]]
    return middle[0] in lang.name_particles and all(w in lang.particle_articles for w in middle[1:])


def _name_words_alone(e, lang) -> bool:
    """Whether ``e`` is one to three words each shaped as a word of a person's name, and no body the language knows."""
    return 1 <= len(e) <= 3 and all(_name_shaped(t, lang) for t in e) and e.text.lower() not in lang.known_orgs


def _fields_run_on(doc, ents, lang):
    """The entities with a body named for a field (`The Ministry of Education`, `the Commission of Fisheries`) run
    on over the fields listed and joined after it (`, Science, Culture and Sport`, `and Maritime Economy`), tagged
    apart or not at all, made one body; None if none."""
    from spacy.tokens import Span

    e_ = lang.ent
    ents, out, changed, k = list(ents), [], False, 0
    while k < len(ents):
        e = ents[k]
        end = _fields_end(doc, e.end, lang) if e.label_ == e_.org and _named_for_a_field(e, lang) else None
        j = k + 1
        while end is not None and j < len(ents) and ents[j].start < end:
            if ents[j].end > end or ents[j].label_ not in (e_.org, *e_.things):
                end = None  # a name running past the fields, or a person's or a place's among them
            j += 1
        if end is None:
            out.append(e)
            k += 1
            continue
        out.append(Span(doc, e.start, end, label=e_.org))  # "Ministry of Education, Science, Culture and Sport"
        changed = True
        k = j
    return out if changed else None


def _named_for_a_field(e, lang) -> bool:
    """Whether body ``e`` is named for a field: `of` or `for` inside it, a word for a field last."""
    words = [t for t in e if t.lower_ not in lang.articles]
    if on(MINISTRY_OF_ANY_FIELD) and len(words) >= 3 and words[0].lower_ in lang.portfolio_bodies \
            and words[1].lower_ == lang.of and words[-1].is_title and words[-1].is_alpha:
        return True  # "the Ministry of Buddhasasana": a ministry is named for its field, whatever the word
    return len(e) >= 3 and any(t.lower_ in lang.cause_prepositions | {lang.of} for t in e[1:-1]) \
        and _field_word(e[-1], lang)


def _field_word(t, lang) -> bool:
    """A capitalised word for a field: a portfolio (`Fisheries`), a field's word (`Science`) or one ending as the names
    of fields do (`Transition`, `Development`)."""
    w = t.lower_
    return (t.is_title or t.is_upper) and t.is_alpha and w not in lang.org_heads \
        and (w in lang.portfolios or w in lang.field_words or w.endswith(lang.field_endings))


def _fields_end(doc, j: int, lang) -> int | None:
    """Where the fields listed after a body's name ending at ``j`` end: each one to four capitalised words, set off
    by a comma, the last joined by `and` and ending on a word for a field (`, Science, Culture and Sport`, `, Children
    and Youth`); None when no such field closes the list."""
    while j + 1 < len(doc) and (doc[j].text == "," or doc[j].lower_ in lang.coordinators):
        closing = doc[j].lower_ in lang.coordinators
        k = j + 1
        while k < len(doc) and k - j <= 4 and doc[k].is_title and doc[k].is_alpha \
                and doc[k].lower_ not in lang.org_heads and doc[k].ent_type_ not in (lang.ent.person, *lang.ent.places):
            k += 1
        if k == j + 1 or closing and not _field_word(doc[k - 1], lang):
            return None
        if closing:
            return k  # the last field, after `and`, ends on a word for a field (`Youth`; one before may be `Children`)
        j = k
    return None


def _bodies_named_for_a_place(doc, ents, lang):
    """The entities with a body's name, `for` and a place, tagged apart before a lower-case word for a body (`the
    Unity for Georgia party`), made one body; None if there is none."""
    def joins(x, y) -> bool:
        return x.label_ == lang.ent.org and y.label_ in lang.ent.nations and y.end < len(doc) and doc[y.end].is_lower \
            and doc[y.end].pos_ == "NOUN" and doc[y.end].lemma_.lower() in lang.body_nouns
    return _joined_across_and(doc, ents, lang, joins, joiners=lang.cause_prepositions)


def _names_after_portfolios(doc, ents, lang):
    """The entities with each name after `TITLE of PORTFOLIO` tagged whole as a person's and the portfolio as
    no entity (it is the title's), or None when every such name was tagged so already."""
    from spacy.tokens import Span

    e_ = lang.ent
    out, changed = list(ents), False
    for t in doc[:-3]:
        if not t.is_title or t.lower_.rstrip(".") not in lang.titles or doc[t.i + 1].lower_ != lang.of:
            continue
        j = t.i + 2
        while j < len(doc) and doc[j].is_title and doc[j].lower_ in lang.portfolios:
            j += 1  # "Secretary of Justice", "Minister of Foreign Affairs"
        k, words = j, 0
        while k < len(doc) and words < 4:
            if on(PARTICLE_IN_A_NAME_AFTER_A_PORTFOLIO) and k > j and doc[k].is_lower \
                    and doc[k].lower_ in lang.name_particles and k + 1 < len(doc) and doc[k + 1].is_title:
                k += 1  # "Minister of Education Maria de Fátima Soares Ximenes"
                continue
            if on(PARTICLE_IN_A_NAME_AFTER_A_PORTFOLIO) and k > j and doc[k].text in lang.hyphens \
                    and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and k + 1 < len(doc) \
                    and doc[k + 1].is_title:
                k += 1  # "Superintendent of Police Jean-Claude Lam Po Tang": the two halves one word
                words -= 1
                continue
            if not (doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].is_alpha
                    and doc[k].ent_type_ in ("", e_.person, e_.org) and doc[k].lower_ not in lang.titles
                    and doc[k].lower_ not in lang.org_heads and doc[k].lower_ not in lang.portfolios
                    and not lang.country_of(doc[k].text) and not lang.demonym_country(doc[k].text)):
                break
            k += 1
            words += 1
        if j == t.i + 2 or not 2 <= words <= 4 or k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN":
            continue
        if any(x.start == j and x.end == k and x.label_ == e_.person for x in out):
            continue
        out = [x for x in out if x.end <= t.i + 2 or x.start >= k] + [Span(doc, j, k, label=e_.person)]
        out.sort(key=lambda x: x.start)
        changed = True
    return out if changed else None


def _names_after_portfolios_for(doc, ents, lang):
    """The entities with the name ending a `TITLE for PORTFOLIO NAME` run (see ``PORTFOLIO_FOR_THEN_NAME``) tagged
    as a person's and the portfolio as no entity (it is the title's), or None when there is none to mend."""
    from spacy.tokens import Span

    out, changed = list(ents), False
    for t in doc[:-4]:
        if not t.is_title or t.lower_.rstrip(".") not in lang.titles:
            continue
        j, joined = t.i + 1, False
        if doc[j].lower_ == lang.of:  # "Minister of State for ..."
            j += 1
            if on(PORTFOLIOS_AFTER_THE_THEN_NAME) and j + 1 < len(doc) and doc[j].lower_ in lang.articles \
                    and doc[j + 1].is_title and doc[j + 1].lower_ in lang.portfolios:
                j += 1  # "Minister of the Economy and Innovation NAME"
            first = j
            while j < len(doc) and doc[j].is_title and doc[j].lower_ in lang.portfolios:
                j += 1
            if j == first:
                continue
            joined = on(PORTFOLIOS_JOINED_THEN_NAME) and j < len(doc) \
                and (doc[j].lower_ in lang.coordinators or doc[j].text == ",")  # "of Trade and Industry NAME"
            if joined:
                j = first - 1  # the run starts at the first portfolio
        elif j >= len(doc) or doc[j].lower_ not in lang.portfolio_prepositions:
            continue
        k = portfolio_run_end(doc, j + 1, lang)
        words = [t.i for t in doc[j + 1:k] if t.is_title and t.is_alpha]
        if k >= len(doc) or len(words) < 3 or words[-2:] != [k - 2, k - 1] \
                or doc[k].pos_ not in ("VERB", "AUX") and doc[k].text != ",":
            continue
        name = doc[k - 2:k]
        if not all(_name_shaped(w, lang) and w.lower_ not in lang.portfolios for w in name):
            continue
        comma = next((c for c in range(k - 1, j, -1) if doc[c].text == ","), None)
        if on(NAME_SET_OFF_AFTER_THE_PORTFOLIOS) and comma is not None and 2 < k - comma - 1 <= 4 \
                and all(_name_shaped(w, lang) and w.lower_ not in lang.portfolios for w in doc[comma + 1:k]):
            continue  # "Minister of Culture, Tourism and Civil Aviation, Badri Prasad Lamichhane,": the whole name
            # set off after the last portfolio, not its last two words
        if any(x.start == name.start and x.end == name.end and x.label_ == lang.ent.person for x in out):
            continue
        if on(LONGER_NAME_AFTER_PORTFOLIO) and any(x.label_ == lang.ent.person and x.end == k and j + 1 < x.start
                                                   < name.start and _known_given_name(doc[x.start], lang) for x in out):
            continue  # "Cabinet Secretary for Information Joseph Mwangangi Kibet": the model's name, opening on a
            # given name, is longer than two words
        if on(LONGER_NAME_RIGHT_AFTER_THE_PORTFOLIO) and any(
                x.label_ == lang.ent.person and x.end == k and j + 1 < x.start < name.start
                and doc[x.start - 1].lower_ in lang.portfolios and doc[x.start].lower_ not in lang.portfolios
                for x in out):
            continue  # "Second Minister for Finance Chee Hui Min said": the model's name starts where the
            # portfolio ends
        out = [x for x in out if x.end <= j or x.start >= k] + [Span(doc, name.start, name.end, label=lang.ent.person)]
        out.sort(key=lambda x: x.start)
        changed = True
    return out if changed else None


def portfolio_run_end(doc, i: int, lang) -> int:
    """Where a run of capitalised words starting at ``i`` ends, with `and` or a comma only between two of them:
    `Culture, Media and Sport Ana Lind` after `Minister for`."""
    k = i
    while k < len(doc) and (doc[k].is_title and doc[k].is_alpha or k > i and k + 1 < len(doc) and doc[k + 1].is_title
                            and (doc[k].lower_ in lang.coordinators or doc[k].text == ",")):
        k += 1
    return k


def _untagged_described(doc, ents, lang) -> list:
    """`Ivo Rant, the head of ..., said`, `Nordvision, the state broadcaster, reported`: untagged name words
    right before a comma and an apposed title (a person) or word for a body (a body)."""
    from spacy.tokens import Span

    d = lang.dep
    taken = _taken(ents)
    out = []
    for comma in tokens_of(doc):
        if comma.text != "," or comma.i < 1 or comma.i + 2 >= len(doc):
            continue
        j = _name_run_to(doc, comma.i, taken, lang, over_hyphens=on(HYPHENED_NAME_DESCRIBED),
                         over_particles=on(PARTICLES_IN_AN_UNTAGGED_NAME))
        words = sum(doc[k].text not in lang.hyphens for k in range(j, comma.i))
        if not words or (j > 0 and (doc[j - 1].is_alpha and doc[j - 1].is_title or doc[j - 1].i in taken
                                    or doc[j - 1].pos_ == "PROPN")):
            continue  # not the whole name ("Pedro R. Pierluisi Urrutia, secretary of state")
        root = doc[comma.i - 1]
        if not _one_phrase(doc, j, comma.i):
            continue
        said = next((c for c in root.children if c.dep_ == d.appos and c.i > comma.i and c.pos_ == "NOUN"), None)
        if said is None:
            continue
        one_name = on(GAVE_ONLY_A_FIRST_NAME) and words == 1 and any(
            c.dep_ == d.relcl and any(g.lemma_.lower() in lang.name_nouns for g in c.subtree) for c in said.children)
        if (words >= 2 or one_name) and (said.lower_ in lang.titles or said.lemma_.lower() in lang.person_role_nouns
                           or on(DESCRIBED_AS_SOMEONE_WHO) and any(
                               c.dep_ == d.relcl and c.left_edge.lower_ == lang.personal_relative
                               for c in said.children)):
            label = lang.ent.person  # "Ivo Rant, the head of operations", "NAME, a hydrologist who ..."
        elif said.lemma_.lower() in lang.org_descriptors and root.dep_ in d.subjects:
            label = lang.ent.org  # "Nordvision, the state broadcaster, reported"
        else:
            continue
        out.append(Span(doc, j, comma.i, label=label))
        taken.update(range(j, comma.i))
    return out


def _untagged_foreign_bodies(doc, ents, lang) -> list:
    """Spans of two to five words no entity covers that open on another language's word for a body and run over
    capitalised words and the small words joining them (`Escuela La Palma`, `Colegio San José de Calasanz`)."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if t.i in taken or t.ent_type_ or not t.is_title or t.lower_ not in lang.body_openers:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < 5 and j not in taken and not doc[j].ent_type_ and doc[j].is_alpha \
                and (doc[j].is_title or doc[j].lower_ in lang.kind_linkers):
            j += 1
        while j > i + 1 and not doc[j - 1].is_title:
            j -= 1  # "Escuela de": no name ends on a small word
        if j - i >= 2:
            out.append(Span(doc, i, j, label=lang.ent.org))
        i = j
    return out


def _untagged_spelt_by_acronym(doc, ents, lang) -> list:
    """`The Comptroller and Auditor General (CAG)`: untagged capitalised words, and the small words of a name
    between them, right before an acronym in brackets that spells their initials."""
    from spacy.tokens import Span

    taken = _taken(ents)
    out = []
    for t in tokens_of(doc):
        if t.text != "(" or t.i < 2 or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")":
            continue
        acronym = doc[t.i + 1].text
        if not (acronym.isalpha() and acronym.isupper() and 3 <= len(acronym) <= lang.longest_acronym):
            continue
        j = t.i
        while j > 0 and doc[j - 1].i not in taken and (doc[j - 1].is_title and doc[j - 1].is_alpha
                                                     or doc[j - 1].lower_ in lang.title_small_words):
            j -= 1
        if j > 0 and doc[j - 1].i in taken:
            continue  # the name may open inside a tagged one: ``ACRONYM_RUN``'s
        while j < t.i and doc[j].lower_ in lang.title_small_words:
            j += 1  # "the", "and" before the name are no part of it
        if doc[j].lower_ in lang.titles and any(w.lower_ == lang.of for w in doc[j: t.i]) \
                or doc[t.i - 1].lower_ in lang.titles and t.i + 3 < len(doc) \
                and doc[t.i + 3].lower_ in lang.role_prepositions:
            continue  # "the Inspector General of Police (IGP)", "the Divisional Railway Manager (DRM) for Mysore": an
            # office someone holds, not a body
        if sum(w.lower_ not in lang.title_small_words for w in doc[j: t.i]) >= 2 \
                and doc[t.i - 1].lower_ not in lang.title_small_words and _initials(doc[j: t.i], lang) == acronym:
            out.append(Span(doc, j, t.i, label=lang.ent.org))
            taken.update(range(j, t.i))
    return out


def _untagged_apposed(doc, ents, lang) -> list:
    """`The mayor of Kemiville, Ana Ruiz, said`: untagged name words between commas, apposed to the title
    or to what the title is of."""
    from spacy.tokens import Span

    d = lang.dep
    taken = _taken(ents)
    out = []
    for t in tokens_of(doc):
        if t.text != "," or t.i + 3 >= len(doc):
            continue
        j = _name_run_from(doc, t.i + 1, taken, lang, over_hyphens=on(HYPHENED_NAME_APPOSED))
        words = sum(-1 if doc[k].text in lang.hyphens else 1 for k in range(t.i + 1, j))  # "El-Sayed": one word
        if not 2 <= (words if on(HYPHENED_NAME_APPOSED) else j - t.i - 1) <= 3 or j >= len(doc):
            continue
        closed = doc[j].text == ","  # "the mayor, Ana Ruiz,"; or "his rival, Ana Ruiz of the X party,"
        if not closed and not (on(UNTAGGED_APPOSED_TO_A_PERSON) and doc[j].lower_ == lang.of):
            continue
        root = doc[j - 1]
        hyphened = on(HYPHENED_NAME_APPOSED) and any(doc[k].text in lang.hyphens for k in range(t.i + 1, j))
        one = _one_phrase(doc, t.i + 1, j)
        if on(APOSTROPHE_IN_A_NAME) and not one \
                and any(lang.apostrophe_name.match(doc[k].text) is not None for k in range(t.i + 1, j)):
            if root.dep_ == d.appos and t.i < root.head.i < j - 1:
                root = root.head  # "Clarisse Ahoua N’Dri": the word with the apostrophe apposed to the name before
            one = all(t.i < doc[k].head.i < j for k in range(t.i + 1, j) if k != root.i)  # or hung in a chain
        if root.dep_ != d.appos or not (one or hyphened and all(
                t.i < doc[k].head.i < j for k in range(t.i + 1, j - 1))):  # "Hany El-Sayed Abdel-Ghaffar"
            continue
        head = root.head
        if head.dep_ == d.pobj and head.head.lower_ in lang.role_prepositions:
            head = head.head.head  # apposed to what the title is of
            while on(UNTAGGED_APPOSED_AFTER_A_CHAIN_OF_OF) and head.dep_ == d.pobj and head.pos_ == "PROPN" \
                    and head.head.lower_ == lang.of and head.head.head.i < head.i:
                head = head.head.head  # "The president of the Order of Nurses of Albania, NAME,": the president
        if head.i < t.i and (head.pos_ == "NOUN" or on(CAPITALISED_TITLE_BEFORE_AN_UNTAGGED_NAME)
                             and head.pos_ == "PROPN" and head.is_title) \
                and (head.lower_ in lang.titles or on(UNTAGGED_APPOSED_TO_A_PERSON) and head.pos_ == "NOUN"
                     and (head.lemma_ in lang.adversary_nouns or head.lemma_ in lang.kinship_nouns
                          or head.lemma_ in lang.relation_nouns)) \
                and any(c.dep_ in (d.det, d.poss) for c in head.children):  # "the mayor", "the firm's chief"
            out.append(Span(doc, t.i + 1, j, label=lang.ent.person))
            taken.update(range(t.i + 1, j))
    return out


_ELIDED = re.compile(r"^[dD]['’][A-Z]\w+$")  # "d'Estaing"


def _capitalised_run(doc, j: int, lang) -> int:
    """Where a run of capitalised words, untagged or a body's, starting at ``j`` ends."""
    while j < len(doc) and doc[j].is_title and doc[j].is_alpha and doc[j].ent_type_ in ("", lang.ent.org):
        j += 1
    return j


def _acronym_end(doc, e, lang) -> int | None:
    """Where a body's name cut before `and Capitalised Words (ACRONYM)` ends, when the acronym spells the
    initials of its capitalised words (`National Institute of Tides and Coastal Studies (NITCS)`), a list
    of fields set off by commas among them (`United Nations Educational, Scientific and Cultural Organization
    (UNESCO)`), the model's entity ending on the comma or on a small word (`Baltic Agency for`)."""
    j = e.end
    if doc[j - 1].text == ",":
        j -= 1
    elif doc[j - 1].lower_ in lang.title_small_words:
        j = _capitalised_run(doc, j, lang)
    while j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].is_title and doc[j + 1].is_alpha:
        j = _capitalised_run(doc, j + 1, lang)
    if j >= len(doc) or doc[j].lower_ not in lang.coordinators:
        return None
    j = _capitalised_run(doc, j + 1, lang)
    while on(ACRONYM_RUN_OVER_ANDS) and j + 1 < len(doc) and doc[j].lower_ in lang.coordinators \
            and doc[j + 1].is_title and doc[j + 1].is_alpha:
        j = _capitalised_run(doc, j + 1, lang)  # "... Agricultural and Resource Economics and Sciences (ABARES)"
    if doc[j - 1].lower_ in lang.coordinators or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")" \
            or not doc[j + 1].is_upper or not doc[j + 1].is_alpha:
        return None
    return j if len(doc[j + 1].text) >= 3 and _initials(doc[e.start: j], lang).endswith(doc[j + 1].text) else None


def _initials(tokens, lang) -> str:
    """What an acronym of a name's words spells: the first letter of each capitalised word, its small words
    (`of`, `and`, `the`) left out."""
    return "".join(t.text[0] for t in tokens if t.is_title and t.lower_ not in lang.title_small_words)


def _fused_speaker_end(doc, e, lang) -> int | None:
    """Where `of` stands in an entity that is a speaker's name and their body, `Crystal Vance of the Northern
    Arapaho` as the subject of `told`: two or three words of a person's name, `of the`, capitalised words."""
    of = next((t.i for t in e if t.lower_ == lang.of), None)
    if of is None or not 2 <= of - e.start <= 3 or of + 2 >= e.end or doc[of + 1].lower_ not in lang.articles:
        return None
    if not all(_name_word(t, lang) or t.ent_type_ and t.pos_ == "PROPN" and t.is_title
               and t.lower_ not in lang.titles and t.lower_ not in lang.org_heads for t in doc[e.start: of]):
        return None
    return of if e.root.dep_ in lang.dep.subjects and e.root.head.lemma_.lower() in lang.report_verbs else None


def _cause_end(doc, e, lang) -> int | None:
    """Where a body's name that goes on with what the body is for ends: `League` `for the Defence of Workers'
    Rights`, the rest untagged or tagged as a body of its own; never when the rest is a time, a place, a person
    or a body with a name of its own (`the Tarn Party for the Senate`)."""
    j = e.end
    if j + 1 >= len(doc) or doc[j].lower_ not in lang.cause_prepositions:
        return None
    j += 1 + (doc[j + 1].lower_ in lang.articles)
    first = end = j
    while j < len(doc) and doc[j].ent_type_ in ("", lang.ent.org) \
            and (doc[j].is_title and doc[j].is_alpha or doc[j].lower_ in lang.title_small_words
                 or doc[j].tag_ == lang.possessive_tag and not doc[j - 1].whitespace_):  # "Workers' Rights"
        j += 1
        if doc[j - 1].is_title:
            end = j
    if end == first or not doc[end - 1].is_title or doc[end - 1].lower_ in lang.org_heads:
        return None
    return end


def _field_end(doc, e, lang) -> int | None:
    """Where a body's name with an `of` phrase, cut before `and Capitalised Words` that end in a field's word,
    ends (`School of Marine and Atmospheric Science`, `Institute of Volcanology and Seismology Studies`)."""
    joins = {lang.of} | (lang.cause_prepositions if on(FIELDS_AFTER_FOR) else frozenset())  # "Authority for"
    if not any(t.lower_ in joins for t in e[1:]) or e.end >= len(doc) or doc[e.end].lower_ not in lang.coordinators:
        return None
    j = e.end + 1
    while j < len(doc) and j - e.end <= 4 and doc[j].is_title and doc[j].is_alpha \
            and doc[j].ent_type_ in ("", lang.ent.org, lang.ent.person):
        if doc[j].lower_ in lang.field_words:
            return j + 1
        j += 1
    return None


def _list_end(doc, e, lang) -> int | None:
    """Where a body's name listing its fields after `of` (`Ministry of Agriculture, Fisheries, Food Security`),
    cut before `and`, ends: after the one to three capitalised words that close the list."""
    of = next((t.i for t in e[1:] if t.lower_ == lang.of), None)
    cut = e.end - 1 if on(LIST_CUT_AFTER_AND) and e[-1].lower_ in lang.coordinators else e.end  # "..., Forestry and"
    if of is None or not any(t.text == "," for t in doc[of + 2: cut]) or cut + 1 >= len(doc) \
            or doc[cut].lower_ not in lang.coordinators:
        return None
    j = cut + 1
    while j < len(doc) and j - cut <= 3 and doc[j].is_title and doc[j].is_alpha and doc[j].pos_ == "PROPN" \
            and doc[j].ent_type_ in ("", lang.ent.org, lang.ent.person):
        j += 1
    return j if j > cut + 1 else None


def post_nominal(tok, lang) -> bool:
    """Capital letters after a name for a rank, an office or an honour: `KC`, `MP`, `OBE`."""
    return tok.is_upper and tok.is_alpha and tok.lower_ in lang.post_nominals


def _taken(ents) -> set[int]:
    """The token indices the entities cover."""
    return {i for x in ents for i in range(x.start, x.end)}


def _plural_possessive_start(e, lang) -> int | None:
    """Where a body's name tagged from its last word opens, when untagged capitalised words ending in a plural
    possessive stand between `the` and it (`The Punjab Traders' Alliance`); None otherwise."""
    doc = e.doc
    if e.label_ != lang.ent.org or e.start < 3 or doc[e.start - 1].tag_ != lang.possessive_tag \
            or not doc[e.start - 1].text.startswith("'") and doc[e.start - 1].text not in ("\u2019",) \
            or doc[e.start - 1].text.lower().endswith("s") or not e[0].is_title:
        return None
    j = e.start - 1
    while j > 0 and doc[j - 1].is_title and doc[j - 1].is_alpha and not doc[j - 1].ent_type_ \
            and doc[j - 1].pos_ in ("PROPN", "NOUN"):
        j -= 1
    plural = doc[e.start - 2]
    if j >= e.start - 1 or not plural.text.endswith("s") or j == 0 or doc[j - 1].lower_ != lang.definite_article:
        return None
    return j


def _described_name_end(e, lang) -> int | None:
    """Where the person's name ends that a one-word place or body tag ``e`` opens: one or two untagged capitalised
    proper nouns after it, the last the head of ``e``'s word, a comma and a title or a word for a person apposed to
    it (`Fatou Bintou Ndoye, the RDS leader,`); None otherwise."""
    doc, d = e.doc, lang.dep
    if len(e) != 1 or e.label_ not in (lang.ent.gpe, lang.ent.loc, lang.ent.org) or lang.capital_city(e.text) \
            or lang.country_of(e.text) or not _name_shaped(e[0], lang):
        return None
    if not (e.start == 0 or doc[e.start - 1].is_punct or e[0].is_sent_start):
        return None
    k = e.end
    while k < len(doc) and k - e.end < 2 and not doc[k].ent_type_ and doc[k].pos_ == "PROPN" \
            and _name_shaped(doc[k], lang):
        k += 1
    if k == e.end or k >= len(doc) or doc[k].text != "," or e[0].head.i != k - 1 \
            or any(doc[i].dep_ != d.compound or doc[i].head.i != k - 1 for i in range(e.end, k - 1)):
        return None
    described = any(c.dep_ == d.appos and c.i > k and (c.lower_ in lang.titles or c.lemma_.lower() in lang.person_nouns)
                    for c in doc[k - 1].children)
    aged = not described and k + 2 < len(doc) and doc[k + 1].is_digit \
        and doc[k + 2].text == "," and 0 < int(doc[k + 1].text) <= lang.oldest_age and on(PLACE_TAG_OPENS_AN_AGED_NAME)
    return k if described or aged else None


def _untagged_name_after_a_place_tag(e, lang) -> int | None:
    """`Marta Lucía Gómez-Arango, whose son ..., said`, `Marta` tagged a place and the rest untagged: where the
    person's name ends, for one name-shaped word tagged a place that opens the sentence, no known place, and the
    untagged words of a name (particles and hyphens between) up to a comma and `who`, `whose` or an age."""
    doc = e.doc
    if len(e) != 1 or e.label_ not in (lang.ent.gpe, lang.ent.loc) or e.start != e[0].sent.start \
            or not _name_shaped(e[0], lang) or lang.capital_city(e.text) or lang.country_of(e.text):
        return None
    end = e.end
    particles = lang.name_particles | lang.particle_articles
    while end < len(doc) and end - e.end < 6 and not doc[end].ent_type_ and (
            _name_shaped(doc[end], lang) or doc[end].is_lower and doc[end].lower_ in particles
            or doc[end].text in lang.hyphens and not doc[end].whitespace_):
        end += 1
    if end == e.end or end + 1 >= len(doc) or doc[end].text != "," or doc[end - 1].is_lower:
        return None
    after = doc[end + 1]
    return end if after.lower_ in (lang.personal_relative, *lang.relative_possessives) or after.like_num else None


def _given_name_tagged_a_place(first, name, lang) -> bool:
    """`Ramiro Cuevas Olmedo, 46,`, tagged `Ramiro` (a place) and `Cuevas Olmedo`: one capitalised word tagged a
    place or a body, that no list knows as a place, compounded to the person's name right after it, opening the
    sentence or a phrase set off by punctuation (not `Senator from Vermont Ana Lind`: a place where it stands)."""
    t = first[0]
    before = first.doc[t.i - 1] if t.i > 0 else None
    if len(first) != 1 or not (before is None or before.is_punct or t.is_sent_start):
        return False
    return first.label_ in (lang.ent.gpe, lang.ent.loc, lang.ent.org) and _name_shaped(t, lang) \
        and t.dep_ == lang.dep.compound and name.start <= t.head.i < name.end and t.whitespace_ \
        and not lang.capital_city(t.text)


def _country_after_a_hyphen(t, lang) -> bool:
    """`Météo-France` from `Météo`: a capitalised word, no country's or nationality's, a hyphen and a country's
    name, with no space between them and no further hyphen (not `Austria-Hungary`, `Franco-German`)."""
    doc = t.doc
    dash, country = doc[t.i + 1], doc[t.i + 2]
    return t.is_title and t.is_alpha and not t.whitespace_ and dash.text in lang.hyphens and not dash.whitespace_ \
        and bool(lang.country_of(country.text)) and not lang.country_of(t.text) and not lang.demonym_country(t.text) \
        and (country.i + 1 == len(doc) or doc[country.i + 1].text not in lang.hyphens)


def _untagged_words_opening(doc, e, lang) -> int | None:
    """Where a body's name opens when two or three untagged capitalised proper nouns, each compounded to a word of
    the name, stand between `the` and it (`The Hamburg State` `Opera`); None if they do not."""
    j = e.start
    while j > 0 and e.start - j < 3 and not doc[j - 1].ent_type_ and doc[j - 1].pos_ == "PROPN" \
            and doc[j - 1].is_title and doc[j - 1].is_alpha and doc[j - 1].dep_ == lang.dep.compound \
            and e.start <= doc[j - 1].head.i < e.end:
        j -= 1
    return j if e.start - j >= 2 and j > 0 and doc[j - 1].lower_ == lang.definite_article else None


def _first_word_left_out(e, lang) -> bool:
    """Whether the word before a person's name of two words or more, not opening on a known given name (not
    `Heiress Gloria Tarnow`) and set off by a title in apposition after it (or `who`), is an untagged
    capitalised name word opening the sentence, compounded into the name, that is no title, place or word for a
    body."""
    if e.start < 1:
        return False
    t = e.doc[e.start - 1]
    return t.is_sent_start and not t.ent_type_ and t.is_title and t.is_alpha and t.pos_ == "PROPN" \
        and t.dep_ == lang.dep.compound and e.start <= t.head.i < e.end and t.lower_ not in lang.titles \
        and t.lower_ not in lang.org_heads and t.lower_ not in lang.honorifics and not lang.country_of(t.text) \
        and not lang.demonym_country(t.text) and all(
            w.is_title and w.is_alpha
            or on(ARTICLE_JOINED_SURNAME_CLOSING_A_NAME) and _in_article_joined_surname(w, lang) for w in e) \
        and (e[0].lower_ not in lang.given_names
             or on(FIRST_WORD_BEFORE_A_LONG_NAME) and len(e) >= 3 and t.lower_ not in lang.person_nouns) \
        and any(c.dep_ == lang.dep.appos and c.i > e.end and c.pos_ == "NOUN" or on(FIRST_WORD_BEFORE_WHO)
                and c.dep_ == lang.dep.relcl and c.i > e.end and c.left_edge.lower_ == lang.personal_relative
                and c.left_edge.i == e.end + 1 and t.lower_ not in lang.person_nouns
                and not _known_given_name(t, lang) for c in e.root.children)


def _in_article_joined_surname(w, lang) -> bool:
    """Whether ``w`` is the article or the hyphen of a surname joined to its article (`al-Ferjani`, `el-Naggar`)."""
    doc = w.doc
    if w.is_lower and w.lower_ in lang.name_articles_joined:
        return w.i + 2 < len(doc) and doc[w.i + 1].text in lang.hyphens and not w.whitespace_ \
            and not doc[w.i + 1].whitespace_ and doc[w.i + 2].is_title
    return w.text in lang.hyphens and w.i > 0 and doc[w.i - 1].is_lower \
        and doc[w.i - 1].lower_ in lang.name_articles_joined and not w.whitespace_


def _title_or_portfolio(t, lang) -> bool:
    """Whether word ``t`` is a title, in the singular or the plural (`Senators`), or a portfolio (`Information`)."""
    w = t.lower_
    return w in lang.titles or w in lang.portfolios \
        or w.endswith(lang.plural_ending) and w[:-len(lang.plural_ending)] in lang.titles


def _hyphened_pair(e, lang) -> bool:
    """Whether ``e`` is two capitalised words joined by a hyphen and nothing else (`Jean-Baptiste`), no body's word."""
    return len(e) == 3 and e[1].text in lang.hyphens and not e[0].whitespace_ and not e[1].whitespace_ \
        and all(t.is_title and t.is_alpha and t.lower_ not in lang.org_heads and not lang.country_of(t.text)
                for t in (e[0], e[2]))


def _after_a_hyphened_given_name(e, before, lang) -> bool:
    """Whether the person's name ``e`` begins after a capitalised word and a hyphen, untagged (`Per-Erik Hallberg`
    tagged from `Erik`), ``before`` the name found before it, if any."""
    doc = e.doc
    return e.label_ == lang.ent.person and e.start >= 2 and e[0].is_title and doc[e.start - 1].text in lang.hyphens \
        and not doc[e.start - 1].whitespace_ and not doc[e.start - 2].whitespace_ and doc[e.start - 2].is_title \
        and doc[e.start - 2].is_alpha and not doc[e.start - 2].ent_type_ \
        and (before is None or before.end <= e.start - 2)


def _described_after(e, lang) -> bool:
    """Whether a word for a body is apposed right after the name ``e``, set off by a comma: `..., the state-owned
    company that runs ...`."""
    doc, k = e.doc, e.end
    if k + 2 >= len(doc) or doc[k].text != ",":
        return False
    kinds = lang.org_descriptors | lang.generic_org_nouns
    noun = next((t for t in doc[k + 1: k + 7] if t.pos_ == "NOUN" and t.dep_ != lang.dep.compound
                 and not (t.i + 1 < len(doc) and doc[t.i + 1].text in lang.hyphens)), None)
    return noun is not None and noun.dep_ == lang.dep.appos and noun.lemma_.lower() in kinds


def on_who(verb, lang) -> bool:
    """Whether `who` is the subject of ``verb``: `NAME, who heads X`."""
    return any(s.dep_ in lang.dep.subjects and s.lower_ == lang.personal_relative for s in verb.children)


def _led_by_who(tok, lang) -> bool:
    """Whether ``tok`` is the object of a verb of leading (`heads`, `chairs`) in a relative clause on `who`."""
    verb, d = tok.head, lang.dep
    return tok.dep_ == d.dobj and verb.dep_ == d.relcl and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in lang.leading_verbs and on_who(verb, lang)


def _gone_to(tok, lang) -> bool:
    """Whether ``tok`` (or the first of the names it is listed with) is the object of `towards` or `to` hung on a
    verb of going (`fled`, `headed`) or a compass point (`south towards`)."""
    while tok.dep_ == lang.dep.conj and tok.head.i < tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != lang.dep.pobj or prep.lower_ not in lang.direction_prepositions:
        return False
    return prep.head.lower_ in lang.compass_names or prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in lang.motion_verbs


def _word_opening_a_body(t, name, lang) -> bool:
    """Whether the untagged capitalised word ``t`` right before the tagged ``name`` opens a body's name: another
    language's word for a body (`Coalizão` before `Rede Livre`), or any capitalised noun, no title, article or
    country of its own, before a name that opens on a body's head word (`Players` before `Union Cymru`)."""
    if t.ent_type_ or not t.is_title:
        return False
    if on(FOREIGN_BODY_WORD_BEFORE) and t.lower_ in lang.body_openers:
        return True
    return on(WORD_BEFORE_A_HEAD_FIRST_BODY) and len(name) >= 2 and name[0].lower_ in lang.org_heads \
        and t.is_alpha and t.pos_ in ("NOUN", "PROPN") and t.lower_ not in lang.titles \
        and t.lower_ not in lang.articles and t.lower_ not in lang.org_heads \
        and not lang.country_of(t.text) and not lang.demonym_country(t.text)


def _plural_owner(owner, mark, lang) -> bool:
    """Whether the possessive ``mark`` after the words ``owner`` is a bare apostrophe after a plural
    (`Directors'`) and ``owner`` no body's name of its own (no `of`): people owning a body's name (`the Hospital
    Directors' Association`), not a body owning another (`the House of Representatives' Committee`)."""
    return on(PLURAL_POSSESSIVE_IN_A_NAME) and mark.lower_ not in lang.possessive_endings \
        and not any(t.lower_ == lang.of for t in owner)


def _surname_tagged_a_place(name, last, lang) -> bool:
    """`Helena Vasconcelos Prado said`, tagged `Helena Vasconcelos` and `Prado` (a place): one capitalised word
    tagged a place or a body, that no list knows as a place, right after the person's name, which the parser
    compounded to it, and no capitalised word after it (not `Ana Lind Oslo Marathon`)."""
    t, doc = last[0], last.doc
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return len(last) == 1 and last.label_ in (lang.ent.gpe, lang.ent.loc, lang.ent.org) and _name_shaped(t, lang) \
        and name[-1].whitespace_ and name.root.dep_ == lang.dep.compound and name.root.head.i == t.i \
        and not lang.capital_city(t.text) and (after is None or not after.is_title or after.is_punct)


def _name_run_from(doc, i: int, taken, lang, most: int = 3, over_hyphens: bool = False) -> int:
    """Where a run of at most ``most`` untagged name words (`_name_word`) starting at ``i`` ends; with
    ``over_hyphens``, two words a hyphen joins (`Raman-Whitaker`) count as one."""
    j, words = i, 0
    while j < len(doc) and words < most and j not in taken and _name_word(doc[j], lang):
        j += 1
        words += 1
        if over_hyphens and j + 1 < len(doc) and doc[j].text in lang.hyphens and not doc[j].whitespace_ \
                and not doc[j - 1].whitespace_ and j + 1 not in taken and _name_word(doc[j + 1], lang):
            j += 2
    return j


def _name_run_to(doc, end: int, taken, lang, most: int = 3, over_hyphens: bool = False,
                 over_particles: bool = False) -> int:
    """Where a run of at most ``most`` untagged name words ending just before ``end`` starts; with
    ``over_hyphens``, two words a hyphen joins (`Villanueva-Roca`) count as one; with ``over_particles``, the run
    goes on over particles between its words (`Marguerite de la Salle`)."""
    j, words = end, 0
    while j > 0 and words < most and j - 1 not in taken and _name_word(doc[j - 1], lang):
        j -= 1
        words += 1
        if over_hyphens and j >= 2 and doc[j - 1].text in lang.hyphens and not doc[j - 1].whitespace_ \
                and not doc[j - 2].whitespace_ and j - 2 not in taken and _name_word(doc[j - 2], lang):
            j -= 2  # "Villanueva-Roca": one surname
        if over_particles:
            k = j
            while k > 0 and j - k < 2 and k - 1 not in taken and doc[k - 1].is_lower \
                    and doc[k - 1].lower_ in lang.name_particles | lang.particle_articles:
                k -= 1
            if k < j and k > 0 and k - 1 not in taken and _name_word(doc[k - 1], lang):
                j = k  # "Marguerite de la Salle": the particles, then the words before them
    return j


def person_word_opening(toks, lang) -> bool:
    """`Farmer Ana Lind said`: a word for a person, capitalised because it opens the sentence, before a name of two
    words or more; it says what the person is."""
    return on(PERSON_WORD_OPENING_A_NAME) and len(toks) > 2 and toks[0].lower_ in lang.person_nouns \
        and toks[0].lower_ not in lang.given_names and toks[1].is_title and toks[0].is_sent_start


def _one_phrase(doc, i: int, j: int) -> bool:
    """Every word of ``doc[i:j]`` hangs on its last word: `Ana Ruiz`, not `Ana` and `Ruiz` apart."""
    return all(doc[k].head.i == j - 1 for k in range(i, j - 1))


def _name_run_over_particles(doc, j: int, lang, most: int = 4) -> int:
    """Where a name going on at ``j`` ends, over at most ``most`` more capitalised words and the particles between
    them (`Carmen Ruiz de la Fuente`): a particle counts only with a word of the name after it."""
    words = 0
    while j < len(doc) and words < most:
        if _name_shaped(doc[j], lang) and doc[j].ent_type_ not in lang.ent.times:
            j, words = j + 1, words + 1
            continue
        k = j
        while k < len(doc) and k - j < 2 and doc[k].is_lower \
                and doc[k].lower_ in lang.name_particles | lang.particle_articles:
            k += 1
        if k == j or k >= len(doc) or not _name_shaped(doc[k], lang):
            break
        j = k
    return j


def _untagged_particles_end(doc, j: int, taken, lang) -> int:
    """Where an untagged name ending at ``j`` ends once run on over the particles right after it and the words after
    them (`María Fernanda` + `de la Cruz Pacheco`); ``j`` where no particle follows or the words after it are
    tagged or taken."""
    if j >= len(doc) or not doc[j].is_lower or doc[j].lower_ not in lang.name_particles:
        return j
    k = _name_run_over_particles(doc, j, lang)
    if k > j + 1 and not taken.intersection(range(j, k)) and all(not doc[x].ent_type_ for x in range(j, k)):
        return k
    return j


def _compounded_name_start(doc, e, lang) -> int:
    """Where a person's name set off after a comma starts when the parser compounded capitalised words before the
    model's entity into it (`, Esteban Valdivia Rangel,` tagged `Esteban` a body and `Rangel` a person): at most
    two words, untagged or a one-word body, none a title's, a body's or a country's; ``e.start`` otherwise."""
    k = e.start
    while k > 0 and e.start - k < 2 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == lang.dep.compound \
            and e.start <= doc[k - 1].head.i < e.end and _name_shaped(doc[k - 1], lang) \
            and (not doc[k - 1].ent_type_ or doc[k - 1].ent_type_ == lang.ent.org and doc[k - 1].ent_iob_ == "B"
                 and (k == e.start or doc[k].ent_iob_ != "I")):
        k -= 1
    return k if k < e.start and k > 0 and doc[k - 1].text == "," else e.start


def _known_given_name(t, lang) -> bool:
    """Whether a capitalised word opening a sentence is a given name the language knows, accents aside (`Sebastián`),
    not a word for someone written before a name (`Promoter`, `Ecologist`, `Prop`)."""
    folded = "".join(c for c in unicodedata.normalize("NFD", t.lower_) if not unicodedata.combining(c))
    return folded in lang.given_names


def _given_name_opening(doc, i: int, lang) -> int:
    """Where a given name whose last word is token ``i`` opens: on the name word before a lower-case particle and any
    article after it (`María del Pilar`, `María de los Ángeles`), else at ``i``."""
    k = i - 1
    if k >= 1 and doc[k].lower_ in lang.particle_articles and doc[k].is_lower:
        k -= 1
    if k >= 1 and doc[k].is_lower and doc[k].lower_ in lang.name_particles and not doc[k].ent_type_ \
            and doc[k].lower_ not in lang.surname_joiners and _name_word(doc[k - 1], lang):
        return k - 1
    return i


def _name_word(t, lang) -> bool:
    """A capitalised word the model left untagged that can be part of a person's name."""
    return not t.ent_type_ and _name_shaped(t, lang)


def glottal_mark(t, lang) -> bool:
    """Whether ``t`` is a glottal stop's mark joined to the word after it: the `'` of `'Ana`."""
    return len(t.text) == 1 and t.text in lang.glottal_marks and not t.whitespace_


def name_cased(t, lang) -> bool:
    """A word capitalised as a name is: `Ruiz`, and `MacNeil`, capitalised again after a surname's prefix."""
    return t.is_title or on(PREFIXED_SURNAME) and lang.prefixed_surname.match(t.text) is not None


def _name_shaped(t, lang) -> bool:
    """A capitalised word, however tagged, that can be part of a person's name: no title's, body's or country's."""
    return t.pos_ == "PROPN" and (name_cased(t, lang) and (
        t.is_alpha or on(APOSTROPHE_IN_A_NAME) and lang.apostrophe_name.match(t.text) is not None)
        or on(GLOTTAL_STOP_IN_A_NAME_WORD) and _glottal_word(t.text, lang)) \
        and t.lower_ not in lang.titles \
        and t.lower_ not in lang.org_heads and not lang.country_of(t.text) and not lang.demonym_country(t.text)


def _glottal_word(text: str, lang) -> bool:
    """`Mots’oane`, `Fa'asavalu`: a capitalised word whose glottal stop is typed as an apostrophe between small
    letters; not an English contraction (`They’ll`)."""
    return lang.glottal_name.match(text) is not None \
        and not any(part in lang.contraction_endings or len(part) < 2 for part in re.split("['’ʻ]", text)[1:])


def _campus_end(doc, e, lang) -> int | None:
    """Where `the University of Tarn, Kemiville` ends when the model stopped before the comma: one or two
    capitalised words after it (a place, or a single word taken for a name), then no further capitalised word."""
    words = [t.lower_ for t in e]
    comma = e.end - 1 if e[-1].text == "," else e.end  # "the University of Tarn," tagged with its comma
    if not (set(words) & lang.campus_bodies and lang.of in words) or comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    j = comma + 1
    ent = next((x for x in doc.ents if x.start == j), None)
    if ent is not None:
        end = ent.end - (doc[ent.end - 1].tag_ == lang.possessive_tag)  # "San Diego's chancellor"
        if end - j > 2 or ent.label_ not in lang.ent.places and not (ent.label_ == lang.ent.person and end - j == 1):
            return None
    elif doc[j].pos_ == "PROPN":
        end = j + 1  # one word: two untagged are more likely a person's name ("..., Ana Lind said")
    else:
        return None
    if not all(t.is_title and t.is_alpha for t in doc[j:end]) or end < len(doc) and doc[end].is_title \
            and doc[end].pos_ == "PROPN":
        return None
    return end


def _clause_comma_split(e, lang) -> list | None:
    """`Mokpo, Baek` tagged as one name: what stands before the comma (the object of a preposition; a place where the
    preposition places, `in X`, `the city of X`) and the person after it (one or two capitalised words, the subject of a
    verb outside the name) as two; None otherwise."""
    from spacy.tokens import Span

    d, doc = lang.dep, e.doc
    comma = next((t.i for t in e[1:-1] if t.text == ","), None)
    if comma is None:
        return None
    before, after = doc[e.start: comma], doc[comma + 1: e.end]
    if not 1 <= len(after) <= 2 or not all(t.is_title and t.is_alpha for t in (*before, *after)):
        return None
    if before.root.dep_ != d.pobj or not before.root.head.i < e.start or after.root.dep_ not in d.subjects \
            or e.start <= after.root.head.i < e.end or lang.country_of(after.text):
        return None
    prep = before.root.head
    placed = prep.lower_ in lang.place_prepositions \
        or prep.lower_ == lang.of and prep.head.lemma_.lower() in lang.place_nouns
    return [Span(doc, e.start, comma, label=lang.ent.gpe if placed else e.label_),
            Span(doc, comma + 1, e.end, label=lang.ent.person)]


def _syllable(tok, lang) -> bool:
    """Whether ``tok``, after a hyphen in a name, is the second syllable of a given name (`ji` in `Min-ji`): a short
    lower-case word, no verb, adjective or word of its own after it."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.is_lower and tok.is_alpha and len(tok) <= lang.longest_syllable and tok.pos_ not in ("VERB", "ADJ") \
        and (nxt is None or not nxt.is_alpha or not nxt.is_lower or nxt.pos_ in ("VERB", "AUX", "PRON", "ADP"))


def _surname_after_particles(doc, e, lang) -> int | None:
    """Where the surname ends that a person's name ``e`` runs on to across lower-case particles (`Erik` and
    `ten Hag`; `Dick van` and `der Berg`): one to three particles, none of them inside another name, then a
    capitalised proper noun, no title or body word, alone or tagged as a one-word name. None if there is none."""
    j = e.end
    while j < len(doc) and j - e.end < 3 and doc[j].is_lower and doc[j].lower_ in lang.name_particles \
            and doc[j].ent_type_ not in lang.ent.actors:
        j += 1
    if j == e.end or j >= len(doc):
        return None  # no particle after the name (`name-ending-in-a-particle` takes the surname right after one)
    surname = doc[j]
    if not (surname.pos_ == "PROPN" and surname.is_title and surname.is_alpha and surname.lower_ not in lang.titles
            and surname.lower_ not in lang.org_heads):
        return None
    tagged = next((x for x in doc.ents if x.start == j), None)
    if tagged is not None and on(PARTICLES_BEFORE_TWO_SURNAMES) and len(tagged) == 2 and not lang.country_of(
            tagged.text) and (tagged.label_ == lang.ent.person and all(t.is_title and t.is_alpha for t in tagged)
                              or all(_name_shaped(t, lang) for t in tagged)):
        return tagged.end  # "José Manuel" and "dos" and "Santos Ferreira"; "Costa Pereira", tagged a place
    if tagged is not None and len(tagged) != 1:
        return None  # a one-word name of any tag is the surname (`Brink` tagged a body); a longer one is another
    if on(PARTICLES_BEFORE_TWO_SURNAMES) and tagged is None and j + 1 < len(doc) and surname.dep_ == lang.dep.compound \
            and surname.head.i == j + 1 and not doc[j + 1].ent_type_ and _name_shaped(doc[j + 1], lang):
        return j + 2  # "José Maria" and "dos Reis Tavares", both surnames untagged
    return j + 1

