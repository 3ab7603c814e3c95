"""What a person is: the title, affiliation and gender written beside their name.

Read from the phrases around a name: compounds (`Chinese Ministry of Foreign
Affairs spokesman Lin Jian`), appositions (`Yun Sun, director of ...`), `of`
phrases (`Tong Zhao of the Carnegie Endowment`), a copula, a conjunct; and,
for a title of national office with no country, the article's main country.
"""

from __future__ import annotations

import re

from ..docs import described_as, entities, entities_within, entity_at, quoted_at, sentence_of, text_of, tokens_of
from ..rules import on, rule
from .names import (
    OUTLET_WRITTEN_IN,
    OWNER_OF_A_BODY_TITLE,
    clean_name,
    entity_type,
    in_script,
    names_a_body,
    owns_a_body_title,
    owns_a_full_name,
    works_in_brackets,
    written_in,
)
from .registry import COUNTRY, ORG, PERSON, PLACE, Mention, Registry, is_company
from .repair import (
    CABINET_IN_A_TITLE,
    NAME_OF_A_DIVISION,
    PORTFOLIOS_AFTER_THE_THEN_NAME,
    PORTFOLIOS_JOINED_THEN_NAME,
    names_a_division,
    on_who,
    style_end,
)

TITLE_APPOSED_OVER_A_BODY_S_OF_PHRASES = rule(
    "title-of-a-body-named-with-of-phrases-before-the-name", "`The president of the Order of Nurses of Albania, "
    "NAME,`, the name parsed as apposed to `Albania` or `Nurses`: the title the body's whole name is of is the name's")
ATTRIBUTE_NAMES_A_ROLE = rule("copula-attribute-names-a-role", "`Norvik has been the subject of US sanctions`: "
                              "a copula's attribute is a title only when it names a role (a title, a word for what "
                              "a person does, a noun of the body named right after it)")
TITLE_APPOSED_BESIDE = rule("title-apposed-beside-the-name", "`Speaking to the Ledger, the head of the union, "
                            "Ana Lind, said`, title and name both hung on the outlet: the title apposed before the "
                            "name is hers, not the outlet's name")
POSTED_TITLE = rule("title-posted-to-a-country", "`US Ambassador to Germany Richard Grenell`: the title runs over "
                    "`to Germany`, where the holder serves, and the country is no affiliation")
TITLE_WITH_OF = rule("title-holding-of", "`Minister of Health Eva Kron`, `Senator from Vermont NAME`: the title runs "
                     "through its body, which is the affiliation")
POSSESSIVE_TITLE = rule("organisations-title", "`The Harbour Trust's chairman, NAME`: the possessor is the affiliation")
OWNER_OF_THE_BODY = rule("place-owning-the-body", "`Ana Ferro, the director of Norland's National Tide Institute`: "
                         "the place that owns the body is no part of the title")
APPOSED_TO_A_WORD = rule("apposition-hung-on-a-word-of-the-name", "`Choi Min-soo, the governor of Gyeonggi,` "
                         "parsed with the apposition hung on `soo`: it is still the name's")
COUNTRY_IN_A_BODY = rule("country-opening-a-body-name", "`President NAME` in an article about the US Supreme Court "
                         "and the US: a body's name that opens on a country names that country too")
ANOTHER_PERSONS_NATIONALITY = rule("nationality-of-another-name-in-the-sentence", "`goals from Nigerian striker A and "
                                   "a header from captain B`: a nationality or country in another person's name "
                                   "phrase describes that person, not B")
COUNTRY_CLOSING_A_BODY = rule("body-of-a-country-names-it", "`Agriculture Minister NAME` in an article about the "
                              "Reserve Bank of Norway and Norway: a body's name that ends `of COUNTRY` names the "
                              "country too")
CHOSEN_BY_A_BODY = rule("title-given-by-a-body", "`The Tarn Space Agency has selected two astronauts, A and B`: a "
                        "title apposed to names, chosen by a body that is the subject, is held at that body")
REGION_IN_A_BODY = rule("region-opening-or-closing-a-body-name", "`Governor NAME` in an article about the Westmark "
                        "Nurses' Union, the University of Westmark and Westmark twice, which names Tarnby as often: "
                        "a region the article names as a place more than once counts once more for every body named "
                        "after it")
REGIONAL_PHRASE = rule("regional-office-of-two-words", "`Chief Minister NAME` in an article about Goa state: an "
                       "office of two words below the country serves the region the article is about")
TITLE_CONJUNCT = rule("title-parsed-as-a-conjunct", "`NAME, US sport columnist from ESPN, said` parsed as a list: "
                      "a title noun set off by commas after a name, with no `and` or `or`, is apposed to it")
NAMED_REGION_BODY = rule("body-of-a-named-region", "`NAME, of the Kadir Varsh provincial council,`: a name tagged as "
                         "a person's before a region's adjective names the region, and the council is the body")
BODY_AFTER_NAMES = rule("body-after-coordinated-names", "`Ana Lind and Tom Reyes from Tarnby State University`: the "
                        "body named after two coordinated names, neither with its own, is both names'")
APPOSED_TO_TITLES_OBJECT = rule("apposition-hung-on-the-title-s-object", "`The governor of Kemi State, Yakubu "
                                "Bello, said` parsed with the name apposed to `State`: the name is apposed to the "
                                "title")
BODY_RUNS_OVER_ITS_TAG = rule("body-runs-over-its-tag-before-a-title", "`United States House of Representatives "
                              "Speaker NAME`, `Samoa Observer editor NAME` tagged `United States`, `Samoa`: the "
                              "capitalised words after the tag, up to the title words, are the body's name too")
BODY_WITHOUT_ITS_PLACE = rule("body-named-without-its-of-phrase", "`President NAME of the Supreme Court` after "
                              "`the Supreme Court of Tarn`: a body's name without its `of` phrase, after the full "
                              "name, is that body")
LED_BY = rule("body-led-by-a-person", "`The Tarn Rowing Club, headed by NAME,`, `The court is led by President "
              "NAME`: the body a leading verb's passive puts under the person is theirs")
POSTED_IN_A_ROLE = rule("posted-title-in-an-apposed-role", "`NAME, a former US ambassador to China,`: where a title "
                        "is posted (`to China`) is part of the title, never the affiliation; the country before the "
                        "title, if any, is")
PLACE_BEFORE_APPOSED_TITLE = rule("place-before-an-apposed-title", "`according to Kemi assistant coach Ben "
                                  "Radmall`, the name apposed to the title: a place (or a team named for it) before "
                                  "the title is the affiliation, as a body there is")
BODY_BEFORE_APPOSED_TITLE = rule("body-before-an-apposed-title", "`The UN special envoy for Yemen, Ana Lind, "
                                 "said`: a body named before the title apposed to a name is the affiliation, as "
                                 "a possessor is")
POSTED_TITLE_RUN = rule("posted-title-run-before-a-name", "`US Special Representative for Iran Brian Hook said`, "
                        "the title parsed apart from the name: the title, the place it is posted to and the "
                        "country before it run up to the name")
TRAVELLED = rule("country-travelled-is-no-affiliation", "`From Israel, Secretary of State NAME spoke`, `NAME "
                  "arrived in Oslo`: the one country in a titled person's sentence gives no affiliation when it is "
                  "where the person came from, went to or visited")
TITLE_SUBJECT_AFTER = rule("title-after-the-name-parsed-as-a-second-subject", "`Kang Min-jae, the company's head "
                           "of sales, told reporters`, the name and the title both parsed as subjects of the verb: "
                           "a title set off by commas right after the name is apposed to it")
TITLE_SUBJECT_BESIDE = rule("title-subject-beside-the-name", "`A member of the Tarn Parliament, Ana Lind said`, "
                            "the comma after the name left out and the title parsed as a second subject: the "
                            "title is the name's, and the body in it the affiliation")
DASH_IN_A_NAME = rule("dash-inside-a-name", "`African Export–Import Bank president NAME`, the parser cutting the "
                      "name at the en dash: the model's body running across an unspaced dash into the title words "
                      "is the affiliation, whole")
UNTAGGED_BODY_BEFORE_TITLE = rule("untagged-body-before-a-title", "`The Tarn Institute Director Ana Kell`, the body "
                                  "untagged: capitalised words ending in a body's head word before title words are "
                                  "the body, the rest the title")
LEADS_A_BODY = rule("body-a-person-heads", "`Ivo Rant, who heads the Tarn Red Cross, said`: the body a person "
                    "heads, leads, chairs or runs is theirs")
SPEAKING_FOR_BEFORE = rule("speaking-for-a-body-before-the-name", "`Speaking for the European Commission, spokesman "
                           "NAME said`: the body a participle before the subject speaks for is the subject's")
PLACE_OF_THE_PART_LED = rule("place-of-the-part-a-person-heads", "`NAME, who heads the security department of "
                             "Westmark`: a part named by common nouns and `of PLACE` is the place's (a "
                             "lower-case word the tagger took for a proper noun is still a common noun)")
LEADS_A_PART = rule("part-of-a-body-a-person-heads", "`Ivo Rant, who heads the cardiology unit at Tarn General "
                    "Hospital`: the body whose part (a unit, a team, a programme) a person heads is theirs, before "
                    "the part itself")
NAME_BEFORE_A_TITLE_IN_ONE_ENTITY = rule("name-before-a-title-inside-a-person-s-entity", "`Chihuahua Governor "
                                         "Mariela Cordero` tagged as one name: the capitalised words before the "
                                         "title, none a title or a portfolio, are where the title is held")
TEAM_BEFORE_A_TITLE = rule("untagged-name-before-a-title-in-lower-case", "`Caloundra coach Geoff Ingram`, `Arlo "
                           "United coach NAME`: capitalised words the model left untagged before a title in lower "
                           "case name the body the title is held at")
OWNED_WORD_FOR_A_PERSON = rule("body-owning-a-word-for-a-person-before-the-name", "`The school shut. Its head "
                               "teacher, NAME, said`: a word for a person, owned by `its` or a body's word and "
                               "apposed to the name, is a title of that body")
POSSESSIVE_APPOSITION = rule("apposed-organisations-title", "`NAME, the Harbour Trust's chairman`: the title follows "
                             "the possessor, which is the affiliation")
ROLE_AS = rule("role-after-as", "`NAME was sworn in as TITLE`, `appointed NAME as TITLE`, `NAME, serving as TITLE`: "
               "the role after `as` is the person's title")
ROLE_LOST = rule("role-one-is-removed-from-is-no-title", "`The Rovers removed NAME as captain`, `NAME was sacked as "
                 "coach`: a role after `as` on a verb of removal is one the person no longer holds")
ROLE_AS_OF_A_TITLED_NAME = rule("role-after-as-gives-a-titled-name-its-body", "`Judge NAME, serving as president of "
                                "the Supreme Court`: a name titled before it still takes its body from the role "
                                "after `as`")
BODY_INSIDE_THE_TITLE = rule("body-inside-its-title", "`NAME, the top US infectious disease expert,`: a body or "
                             "country named between a title's first words and its noun leaves both in the title")
WHOSE_TITLE = rule("whose-before-a-title", "`the Tarn Workers Union, whose leader, NAME, said`: the relative "
                   "`whose` is no part of the title, and the body it stands for is the person's")
CAPITALISED_ATTRIBUTE = rule("capitalised-title-after-a-copula", "`NAME is the Lord Mayor of Leeds`: a title "
                             "written with capitals, tagged a proper noun, is the copula's role all the same")
WHO_WAS_OF_A_TITLED_NAME = rule("who-was-gives-a-titled-name-its-body", "`Professor NAME, who is head of surgery "
                                "at Kell University`: a name titled before it still takes its body from the relative "
                                "clause")
WHO_WAS = rule("who-was-title", "`NAME, who was TITLE of ORG`: a relative clause with a copula gives the title")
COORDINATED_TITLES = rule("coordinated-titles", "`Retired FBI agent and terrorism specialist NAME`: both titles, "
                          "and the body in them, are the person's")
HONORIFIC_NO_TITLE = rule("honorific-is-no-title", "`The Institute's director, Dr. NAME`: an honorific is no title, "
                          "so the title apposed to the name is read")
CAPITAL_THE = rule("capital-the-in-a-name", "`Jo Lind of The Tarn Rovers`: a capital `The` inside a sentence is "
                   "part of the affiliation's name")
OWNERS_BODY = rule("owners-body", "`Joan Lind's Harbour Trust`: the body a person's name possesses is the affiliation")
FOREIGN_TITLE = rule("title-in-another-language", "`NAME, secretario de Estado`: words of another language "
                     "(small words that are none of this language's) are no title")
BODY_BEATS_COUNTRY = rule("body-beats-nationality", "`Polish lawmaker NAME of the Civic Party`: the body named "
                          "beside a name beats the nationality or country before it")
POSSESSIVE_READ_AS_A_MODIFIER = rule("possessive-parsed-as-a-modifier", "`The museum's director, NAME,` with "
                                     "`museum` parsed as a modifier of `director`, not its possessor: a word before "
                                     "the possessive ending owns the title all the same")
WORD_BEFORE_A_SERVICE_HEAD = rule("body-word-before-a-word-for-a-service-names-it", "`The Nigeria Police Force said A. "
                                  "\"...,\" police spokesman NAME said`: a body named by the word right before a "
                                  "last word that only says it serves (`Force`, `Service`, `Department`) is the one "
                                  "the word stands for, as one named by it as its last word")
NUMBER_AFTER_THE_WORD = rule("number-after-a-body-word-is-no-name", "`the league docked the club six points. The "
                             "club's president, NAME,`: a number or a date after a word for a body is no name of "
                             "the body the word stands for")
APPOSED_ACROSS_A_CLAUSE = rule("name-apposed-across-a-clause-has-no-title-there", "`told reporters outside the "
                               "courthouse in Puno that investigators had evidence ... from the consortium, NAME,`, "
                               "the name parsed as apposed to `courthouse`: a word a clause separates from the name "
                               "is not what the name is apposed to, and gives it no title")
CONJUNCTION_OPENS_NO_TITLE = rule("sentence-s-conjunction-is-no-part-of-a-title", "`But his older brother NAME, a "
                                  "prop, posted`, `brother` parsed as the root: the conjunction opening the sentence "
                                  "is no part of the title")
QUOTATION_NO_TITLE = rule("quotation-is-no-part-of-an-apposed-title", "`\"Prices fell. It is a mess,\" the union's "
                          "general secretary, NAME, said`, the quotation parsed as a clause of `secretary`: a clause "
                          "hung before the title word is no part of the title")
NO_NAME_IN_TITLE = rule("no-name-in-a-title", "`Lind, Bruce and singer Eric Moss`: a title never holds another "
                        "person named in a list (only as a modifier: `former Trump adviser`)")
NAME_WORD_NO_TITLE = rule("first-name-is-no-title", "`Mayor Carmen Ruiz Ortega` tagged `Ruiz Ortega`: a lone "
                          "capitalised word next to the name, and no title word, is no title")
DEPARTMENT_FOR_PLACE = rule("title-of-a-department-for-a-place", "`NAME, the Secretary of Justice for Westmark`: "
                            "a department in a title is part of the title, and the place after it the affiliation")
STYLE_NO_TITLE = rule("style-of-honour-is-no-part-of-a-title", "`Trade Minister Datuk Seri Azlan bin Yusof said`, "
                      "titled `Trade Minister Datuk Seri`: styles of honour right before a name (`Tan Sri`, `Yang "
                      "Berhormat`) are no part of the title before them, nor a title alone")
TITLE_RUN_BEFORE_NAME = rule("title-words-before-a-misparsed-name", "`In a letter to The Tarn Post, BG&E President and "
                             "CEO NAME said`: title words and a body right before a name are its title, even where "
                             "the parser hangs them on another phrase")
NAME_MODIFIES_TITLE = rule("name-modifying-a-title", "`former Lind adviser and retired general NAME`: a name "
                           "modifying the title word right after it is part of the title (whose adviser), not "
                           "another person")
HYPHENATED_TITLE = rule("hyphenated-title-word", "`study co-author NAME`: a title word joined by a hyphen is one word "
                        "of the title, however the parser splits it")
NO_NUMBER_TITLE = rule("a-number-is-no-title", "`NAME, 2:05:48,`, `A and B, both from X`: a time, score, figure or "
                       "quantifier apposed to a name is no title")
BODY_AFTER_BOTH = rule("body-after-both-is-each-name-s", "`A and B, both Democrats, said`: a party or body named "
                       "right after names listed and a quantifier (`both`, `all`) is each one's")
FROM_AFTER_NAMES = rule("from-a-country-after-names", "`A and B, both from Norland`, `NAME also from Norland`: "
                        "the country someone is from, however the parser attaches `from`, is the affiliation")
OWNERS_PRONOUN = rule("his-own-body", "`NAME said his Tarn Party would ...`: the body the subject's own pronoun "
                      "possesses in the same clause is the subject's affiliation")
REGIONAL_OFFICE = rule("regional-office-is-of-its-region", "`in the Norland state of Westmark, Governor NAME`: "
                       "a governor or mayor is of the state or city the sentence names, not of its country")
LOST_SUBJECT = rule("subject-the-parser-lost", "`A resigned as mayor of X and Dana Morell was sworn in as governor`: a "
                    "name right before the auxiliary of a verb the parser left without a subject is that verb's "
                    "subject, and the role after its `as` the name's")
GIVEN_NAME_GENDER = rule("given-name-tells-the-gender", "`Maria Garcia met Paul Brandt. He said ...`: a given name "
                         "that names one gender in nearly every use tells which person a pronoun can stand for")
HYPHENED_SURNAME_NO_GIVEN_NAME = rule("hyphened-surname-opens-on-no-given-name", "`Joseph-Roberts struck a sharper "
                                     "tone. \"...,\" she said`: the first half of a double surname joined by a "
                                     "hyphen, written alone (`Joseph-`), is no given name and tells no gender, unless "
                                     "every half is a given name (`Jean-Pierre`)")
SHORT_NOUN = rule("short-common-noun-is-no-foreign-word", "`NAME, professor of law at Tarn University,`: a short "
                  "word the parser reads as a common noun is this language's (a foreign one it reads as a name)")
SHORT_ADJECTIVE = rule("short-adjective-is-no-foreign-word", "`Westmark's new governor`: a short adjective is a word "
                       "of this language, not a sign of a title in another")
BODY_AFTER_OF_DESCRIBED = rule("description-after-of-is-the-body-s", "`Nandini Rao of Surakshita, a women's safety "
                              "group, said`: a word for a body apposed after a person's `of` phrase describes that "
                              "body, though the parser hangs it on the name")
BODY_WORD_BEFORE_OF = rule("body-word-before-of-names-it", "`the Kenya Union of Contract Workers ... The union's "
                           "secretary general, NAME`: a body named by its word before `of` is the one `the union's` "
                           "stands for, as one whose name ends in it")
BODY_WORD_BEFORE_FOR = rule("body-word-before-for-names-it", "`the Centre for Volcanology and Hazard Mitigation ... "
                            "The centre's head, NAME`, `the Council on Ethics ... the council's chair`: a body named "
                            "by its word before what it is for or about is the one `the centre's` stands for, as one "
                            "named by its word before `of`")
DESCRIBED_BODY = rule("body-named-after-its-descriptor", "`NAME, of the charity The Harbour Seed`, `co-founder "
                      "of the rock band Tarn`: the name a word like charity, band or firm introduces is the "
                      "affiliation, whatever the model tagged it")
BODY_OF_A_PLACE = rule("unnamed-body-of-a-place", "`Inspector NAME of the police of the Westmark Region`: a body "
                       "named by its kind and the place it serves is the affiliation")
MEMBERSHIP = rule("membership-told-as-narrative", "`A, B and C formed Tarn`, `NAME joined the Tarn Party`, `NAME, "
                  "who was known from The Tarns`: the body a person formed, joined or was known from is the "
                  "affiliation")
LISTED_HOLDERS = rule("names-listing-a-plural-title", "`the House impeached two Presidents, Ada Holt and Ben Ode`: "
                      "names listed after the clause name the holders of the plural title it gives")
PORTFOLIO_BEFORE_A_TITLE = rule("portfolio-before-a-title", "`Cyber Security Minister NAME`, `Transportation "
                                "Secretary NAME`, the portfolio tagged a body: a portfolio right before a title and a "
                                "name is part of the title, no affiliation")
GENERIC_OWNER_IS_THE_MAIN_BODY = rule("generic-owner-of-a-title-is-the-main-body", "`The broadcaster's chief "
                                      "financial officer, NAME,` after `RTÉ` named again and again: a title owned by "
                                      "`the company's`, `the broadcaster's` and their like, no body named with that "
                                      "word, is the body the article is about so far")
CAPITAL_BEFORE_A_CITY_OFFICE = rule("capital-before-a-city-office-is-the-city", "`Wellington Mayor NAME`: a capital "
                                    "named before the title of an office below the country is the city, not its "
                                    "country")
WORKPLACE_ON_THE_OBJECT = rule("workplace-hung-on-what-the-work-is", "`NAME, who teaches labour relations at "
                               "the University of Tarnland`, `who has worked in the emergency department at X`: "
                               "`at` and a body hung on the object of a verb of working, or on the place its `in` "
                               "names, is where the person works")
PORTFOLIO_FOR_IN_TITLE = rule("portfolio-after-for-in-a-title", "`Minister for Health Stephen Dunne`, `Secretary of "
                              "State for Health and Social Care NAME`: a title, `for` and the capitalised words of "
                              "its portfolio (joined by `and` or commas) right before a name are all the title")
PORTFOLIO_IN_TITLE = rule("portfolio-in-a-title", "`Westmark Secretary of State NAME`, `Minister of Defence "
                          "NAME`: a government portfolio after `TITLE of` is part of the title, not a body")
BODY_WITH_ITS_ARTICLE = rule("possessive-body-with-its-article", "`The Tarn Rights Fund's Jo Moss said`: a body "
                             "in the possessive before a name, tagged with its `The`, is the affiliation, not a title")
COUNTED_TITLE = rule("a-counted-title-is-each-holder-s", "`selected two astronauts, A and B`, `One senator, NAME,`: "
                     "each holds the title in the singular, without the count")
FORCE_OF_A_RANK = rule("force-of-a-police-rank", "`Detective Inspector NAME said` in an article naming one police "
                       "force: the rank is held in that force")
PLACE_BEFORE_TITLE = rule("place-right-before-a-title", "`According to Westmark Senator NAME`: a place named right "
                          "before a person's title is the title's, though the parser hung it on the preposition")
SHORT_BODY = rule("body-named-by-its-end", "`Board Member NAME` in an article about the National Transport Safety "
                  "Board, `Harbor associates NAME` after the band Silent Harbor: an affiliation that ends one body's "
                  "longer name, and is no place, is that body, unless it was named on its own first")
PLACE_WORD_OPENS_TITLE = rule("place-word-opening-a-title", "`The town lies in Pike County. County sheriff NAME "
                              "said`: a title opening on a word for a place is of the last place named before it in "
                              "the paragraph whose name ends in that word")
ACRONYM_BEFORE_TITLE = rule("acronym-before-a-title-is-the-body", "`IMF managing director NAME`, `WHO "
                            "Director-General NAME`, the acronym untagged: an acronym in capitals opening the words "
                            "before a name, a title after it, is the body")
PLACE_WORD_NO_TITLE = rule("word-for-a-place-is-no-title", "`In Kostel, a municipality on the Kolpa along the "
                           "Croatian border, NAME, 67, said`, the name parsed as apposed to `border`: a phrase whose "
                           "head is a word for a place, a landform or an edge (`town`, `border`) is no one's title, "
                           "and gives no affiliation")
PARTICIPLE_NO_TITLE = rule("participle-apposed-is-no-title", "`NAME, writing in the Daily Tarn, argued`: a "
                           "participle phrase set off after a name tells what the person did, not what they are")
CITY_AROUND_ITS_MAYOR = rule("city-named-around-its-mayor", "`Winnipeg City Council rejected Mayor NAME's plan`: a "
                             "mayor or councillor of no place named is of the city named last before: a place that "
                             "is no country, or a city's council")
PLACE_OWNS_TITLE = rule("place-word-owning-a-title", "`A fire in Delhi ... NAME, the city's home minister,`: a "
                        "word for a place owning a title stands for the last place of that kind the article named "
                        "before it (a country for `the country's`), the person's affiliation")
PLACE_SET_BEFORE_THE_WORD = rule("place-named-before-the-word-owning-a-title", "`most of it in the SAVA region ... "
                                 "The region's governor, NAME,` with a broker in Bordeaux quoted between: the place "
                                 "the article set before the word (`region`, `province`) is the one it stands for")
UNTAGGED_PLACE_DESCRIBED_BY_THE_WORD = rule(
    "untagged-place-described-by-the-word-owning-a-title", "`Residents of Hadchit, a village of stone houses, ... The "
    "village's mayor, NAME,`, `Hadchit` untagged: the name the word was apposed to is the place it stands for")
ONLY_BODY_OF_ITS_KIND_AFTER_FOR = rule(
    "body-word-after-for-is-the-only-body-of-its-kind", "`the country's Committee of Emergency Situations ... The "
    "committee said ... a spokesman for the committee, NAME,` paragraphs later: the word for a kind of body after "
    "`for` stands for the one body of that kind the article names before, however far back")
STYLE_AFTER_AN_APPOSED_TITLE = rule(
    "article-and-style-after-an-apposed-title-are-none-of-it", "`The abbot, the Venerable NAME, said`: the title "
    "set off before the name ends at its comma; the article and the style of address after it are none of it")
TITLE_APPOSED_TO_AN_OWNED_TITLE = rule("title-apposed-to-an-owned-title", "`The Marlin Party called a march. Its "
                                       "leader, the former finance minister NAME, said`: the name's title apposed to "
                                       "a title that `its` or a body's word owns is read with that body")
OWNER_OWNED_BY_ITS = rule("its-owner-is-the-body-s", "`Norfeld Stone denied it. Its owner, NAME, said`: a word for "
                          "who owns or founded a body, owned by `its` at a sentence's opening, is of the body that was "
                          "the subject of the sentence before")
THEIR_IS_THE_TEAM_SUBJECT_BEFORE = rule(
    "their-owning-a-title-is-the-team-subject-before", "`The Cafeteros rejected that reading. Their general manager, "
    "NAME,`: `their` owning a title, after a sentence whose subject is a plural proper noun after `the` (a team, a "
    "band), is that body's: named there, or named before with a name opening on that word")
ITS_IS_THE_SUBJECT_BEFORE = rule("its-is-the-body-that-was-the-subject", "`The Environment Agency said it had "
                                 "recorded incidents linked to Tarn Water. Its deputy director, NAME,`: `Its` opening "
                                 "a sentence is the body the sentence before was about, not the one named last")
ITS_IS_THE_NAMED_SUBJECT = rule("its-is-the-body-named-after-the-subject-s-word", "`The anti-corruption group Open "
                                "Ledger called the pardon a receipt. Its director, NAME,`: the body named right after "
                                "the word for a body that is the subject before, whatever the model tagged its name")
ITS_IS_THE_DESCRIBED_SUBJECT_BEFORE = rule("its-is-the-body-a-subject-before-describes", "`The electoral "
                                           "commission rejected the claims. Its chief electoral officer, NAME,` "
                                           "after `the Electoral Commission of Tarnland`: a definite word for a body "
                                           "as the subject before stands for the body last named with that word")
ITS_AFTER_AN_UNNAMED_BODY = rule("its-after-an-unnamed-body-is-no-body-named-before", "`A petition was filed in the "
                                 "Tarn High Court. The consortium said A. Its project director, NAME,`: `its` after a "
                                 "sentence whose subject is an unnamed word for a body stands for that body, not for "
                                 "one named before it")
ITS_AFTER_IT = rule("its-after-it-is-the-body-it-stood-for", "`The Tarn Cyber Centre confirmed that it was working "
                     "with the Kemi Police. It warned callers ...` then, in a new paragraph, `Its director, NAME,`: "
                     "where the last sentence's subject is `it`, the body a sentence before it was about")
ITS_OPENING_A_PARAGRAPH = rule("its-opening-a-paragraph-is-the-body-the-last-was-about", "`The Tarn Runners' "
                                "Association said it would appeal to the Court of Arbitration for Sport.` then, in a "
                                "new paragraph, `Its secretary-general, NAME,`: the body the last sentence before was "
                                "about, not the one named last")
HYPHENED_PLACE_OWNS_NOTHING = rule("place-joined-by-a-hyphen-is-no-owner", "`a study by the Tarn Institute, a "
                                   "Lyon-based research group. Its director, NAME,`: a name joined by a hyphen to "
                                   "the word after it modifies that word; `its` does not stand for it")
LEADS_THE_BODY_NAMED_BEFORE = rule("leads-the-body-named-before", "`Severnvale Water ... NAME, who has led the "
                                   "company since 2021,`, `NAME, who heads the hospital's emergency unit`: the body "
                                   "a leading verb's definite common noun (or its owner) stands for is the last one "
                                   "named before with that word; for `the company`, the one named most before")
ONE_FIRM_LED = rule("the-company-led-is-the-one-firm-named-before", "`Calder Freight Ltd said ... NAME, who has led "
                    "the company since January`, the firm named once: where no body dominates the article, the company "
                    "a leading verb's `the company` stands for is the one firm named before, if there is only one")
LAST_FIRM_LED = rule("the-company-led-is-the-firm-named-last", "`Calder Freight Ltd dug the trench ... Tarn Rail Ltd "
                     "accepted the findings. NAME, who has led the company since January`: where no body dominates "
                     "and several firms were named, the company a leading verb's `the company` stands for is the firm "
                     "named last, in its paragraph or the one before")
BODY_WORD_BEFORE_TITLE = rule("body-word-before-a-title", "`commission chair NAME told reporters` after `the Commerce "
                              "Commission`: a word for a body written before a title, as its owner's possessive is, "
                              "stands for the last body named with that word")
TITLE_OWNED_AFTER_THE_NAME = rule("owned-title-after-the-name", "`said NAME, the agency's lead engineer`: a title "
                                  "apposed after the name, owned by a word for a body, is the body's as it is before "
                                  "the name")
CLUB_LETTERS_NAME_A_CLUB = rule("club-letters-name-a-club", "`FK Kemi Bor ... the club's captain, NAME,`: a body whose "
                                "name opens with the letters for a sports club (`FK`, `FC`, `SK`) is named with the "
                                "word `club` (or `team`, `side`), the word owning the title stands for it")
BODY_OWNS_TITLE = rule("body-word-owning-a-title", "`The Tarn Farmers' Union said ... Its president, NAME,`, `The "
                       "group's director, NAME,`: `its`, or a word for a body, owning a title stands for the last "
                       "body named before it (first one named with that word, `the Arlo Group` or `the group Arlo` "
                       "for `the group's`), the person's affiliation")
JUDGE_OF_THE_COURT = rule("judge-of-the-court-named-before", "`sentenced in U.S. Federal Court ... sentenced by "
                          "Judge NAME`: a judge, justice or magistrate with no body is of the last court named "
                          "before them, in the paragraph or else in the article")
PERSON_OWNS_APPOSED_TITLE = rule("person-owning-an-apposed-title", "`Kelly, Governor Chris Christie's deputy chief of "
                                 "staff,`: a person's possessive in an apposed title owns it: the words after it "
                                 "are the title, that person the affiliation")
TITLE_ENDS_AT_COMMA_AND = rule("apposed-title-ends-at-a-comma-and-a-conjunction", "`Anna Berg, a teacher, and her "
                                "husband, Lars,`: a comma and a conjunction before someone else (a relative, a "
                                "possessed or a named noun) end an apposed title; a list of titles goes on")
PARTICIPLE_PHRASE_NO_TITLE = rule("participle-phrase-is-no-part-of-the-title", "`NAME, a former headteacher backed "
                                  "by the Green Party and two civic lists, said`: a past participle's phrase after "
                                  "the title's noun describes the person; the title ends before it")
RELATIVE_CLAUSE_NO_TITLE = rule("relative-clause-is-no-part-of-the-title", "`NAME, a nurse who was injured in the "
                                "blast,`: the title ends before a relative clause on it (`nurse`); a body named in "
                                "the clause is still the person's")
NO_PLACE_FROM_A_RELATIVE = rule("place-in-a-relative-clause-is-not-the-person-s", "`NAME, the island's mayor, "
                                "who urged the government to move people to Sicily,`: a place named only in a relative "
                                "clause set off after the title says what the person did, not where they serve (a body "
                                "named there still is theirs)")
PEOPLE_S_WORD_IN_A_RELATIVE = rule("people-s-word-in-a-relative-clause-is-not-the-person-s", "`NAME, a sports "
                                   "journalist who has covered Danish football,`: a people's word in a relative clause "
                                   "after the title describes what the person did, not whose they are")
BODY_OPENING_THE_SENTENCE_FOR_AN_APPOSED_NAME = rule(
    "body-opening-the-sentence-for-a-name-apposed-to-the-subject", "`At Tarnby High School, the head teacher, NAME, "
    "said`: the body a phrase opening the sentence names is also of a name apposed to the subject")
TITLE_READ_AS_A_VERB = rule("title-read-as-a-verb", "`\"...,\" said engineer Paul Grant`: a word for a person's "
                            "role right after the speech verb, read by the parser as a verb whose object is the name "
                            "after it, is that person's title and the person the speaker")
TITLE_TOWARDS_A_PERSON = rule("title-held-towards-a-person", "`NAME, a former adviser to President Obama,`, `NAME, "
                              "a lawyer for Ana Lind,`: a title held towards the person named after `to` or `for` "
                              "is the role, and that person the affiliation")
GENDERED_WORD_BEFORE_A_NAME = rule("word-for-a-man-or-woman-before-a-name-gives-its-gender", "`NAME, whose "
                                   "17-year-old son Paolo was aboard, said ... \"...,\" she said`: a word that "
                                   "tells a man or a woman (`son`, `sister`, `widow`) right before a name tells that "
                                   "name's gender")
GENDERED_WORD_APPOSED_AFTER_A_NAME = rule(
    "word-for-a-man-or-woman-apposed-after-a-name-gives-its-gender", "`The complaint was brought by NAME, a "
    "58-year-old former headmistress ... \"...,\" she said`: a word that tells a man or a woman (`headmistress`, "
    "`widow`, `monk`) apposed right after a name tells that name's gender")
OUTLET_IN_A_ROLE = rule("outlet-named-after-its-kind-in-a-role", "`NAME, chief film critic of the Berlin daily "
                        "Berliner Rundblick,`, the paper's name tagged a person: a name after a word for an outlet "
                        "is the outlet the role is held at, not the city before it")
NAME_S_OWN_WORD_NO_TITLE = rule("name-s-own-word-is-no-title", "`Deputy Mayor Mercy Nakamba-Chirwa, who chairs "
                                "...`, the surname's last part parsed as apposed to its first: a word of the name "
                                "itself is no title of its bearer")
TITLE_WITH_ITS_FIELD_SET_OFF_BEFORE = rule("title-with-its-field-set-off-before-the-name", "`\"...,\" the "
                                           "regulator's deputy managing director for markets, NAME, said`, the "
                                           "title parsed into the quotation: a title and the phrase naming its "
                                           "field, set off by commas right before the name, are the name's")
DESCRIBED_BODY_AFTER_NAMES = rule("body-a-word-introduces-after-two-names-is-each-one-s", "`The court appointed "
                                  "A and B of the restructuring firm Larkin Shaw Advisory`: the body a word for a "
                                  "body introduces after the last of two names is each one's, as a tagged body is")
BODY_BY_ITS_SHORT_NAME = rule("affiliation-by-a-body-s-short-name-is-the-body", "`TTC chair NAME` in an article "
                              "that named the Toronto Transit Commission (TTC): an affiliation given by a name the "
                              "article gave a body as its short name is that body, by its full name")
PLACE_BASED_BODY = rule("place-a-body-is-based-in-is-no-affiliation", "`NAME, head of research at the Geneva-based "
                        "trading house Morland & Strauss,`: a place hyphened to a participle describes the body "
                        "named after it, which is the affiliation, however far the role's words run")
TIME_AFTER_TITLE = rule("when-a-role-was-held-is-no-part-of-it", "`NAME, the board's chairman since 2015,`, `NAME, "
                        "mayor from 2001 to 2009,`: a preposition of time with a date after a role ends it")
NO_DATE_IN_TITLE = rule("no-date-in-a-title", "`On Friday Mayor NAME said`: a date before a title is no part of it")
TITLE_WORD_TAGGED = rule("title-word-tagged-as-a-body", "`Iran's Supreme Leader NAME` with `Supreme` tagged as a "
                         "body: a name made only of title words before the title is part of it")
BANK_GOVERNOR_NOT_THE_REGION = rule("bank-governor-is-not-the-region-s", "`The Central Bank of Chile raised its "
                                    "rate ... Governor NAME told a news conference in Santiago`: a governor with no "
                                    "place written beside the title, in an article naming one country's bank (central, "
                                    "reserve, or the bank of a country) and no other, is that bank's, not the governor "
                                    "of the city or region the article names most")
GOVERNOR_OF_THE_BANK = rule("governor-of-the-article-s-bank", "`The Reserve Bank of Malawi devalued the kwacha ... "
                            "Governor NAME said`: a governor with no body, or only the country the bank is of, in an "
                            "article about a bank is its governor")
OFFICE_OF_THE_MAIN_BODY = rule("officer-of-the-article-s-body", "`Southern Pastures cut its forecast ... "
                               "\"...,\" chairman NAME said`: a body's own officer (chief executive, chairman) with no "
                               "body named beside the title serves the body the article names most")
TEAM_BEATS_NATIONALITY = rule("team-role-beats-a-nationality", "`The Tarn Rovers ... South African all-rounder "
                              "NAME ... NAME said`: a place in the team the article is about beats the country a "
                              "nationality or an apposition gave, for one who speaks in it (a rival's scorer in a "
                              "match report is only named)")
SHORT_NAME_COUNTS = rule("body-named-by-its-last-word-counts-for-it", "`The Indore Stallions dropped their captain "
                         "... the Stallions said`, `Reinhardt Antriebstechnik ... Reinhardt said`: a body called by "
                         "the last or first word of one longer body's name is that body, when counting which body "
                         "an article is about")
KIND_IN_ANOTHER_LANGUAGE = rule("word-for-a-body-in-another-language", "`Universidad del Tarn ... The university "
                                "said`: a body's word in another language (universidad, musée, banco) is its kind, "
                                "that the English word stands for")
KIND_NOT_A_MODIFIER = rule("word-describing-another-in-a-name-is-not-its-kind", "`the Tarn Federation of University "
                           "Students ... The university said`: a word for a body inside a name, describing the word "
                           "after it, is not the kind of body the name names")
OWNED_BY_ANOTHER_KIND = rule("title-owned-by-another-kind-of-body-is-not-the-article-s", "`Tarn Shipping Group "
                             "... Tarn Shipping Group ... \"...,\" NAME, the harbour's chief executive, said`: an "
                             "officer whose title opens on a word the article's main body's name does not hold, and no "
                             "word for a body the rules know, serves a body of that kind, not the main one")
BODY_OPENING_THE_SENTENCE = rule("body-set-off-opening-the-sentence", "`At Wellington Regional Hospital, chief "
                                 "operating officer NAME said`, `In the Tarn Gazette, reviewer NAME argued`: a body "
                                 "named in a phrase on `at` or `in` set off before the subject is the titled "
                                 "subject's body")
TITLE_READ_AS_A_SECOND_SUBJECT = rule("title-before-an-honorific-read-as-a-second-subject", "`Finance chief Dr. NAME "
                                      "said`, parsed as two subjects `chief` and NAME: the title before the "
                                      "honorific before a name is that name's")
WORD_HYPHENED_INTO_A_TITLE = rule("word-hyphened-into-a-title-is-part-of-it", "`Left-leaning former regional "
                                  "governor NAME`, `Left` read as an adverb and left out: a word a hyphen joins to "
                                  "the next word of a title is part of the title")
KIND_BEFORE_THE_TITLE = rule("kind-of-body-before-the-title", "`Festival director NAME said` in an article naming "
                             "the Tarn International Book Festival: a word opening a title (with no body named beside "
                             "it) that opens or ends the name of one body the article names is that body")
TEAM_ROLE_OF_THE_MAIN_BODY = rule("team-role-in-the-article-s-team", "`The Tarn Rovers sacked their manager ... "
                                  "Captain NAME said`: a place in a team or its staff (captain, coach, striker) with "
                                  "no body named beside it is held in the body the article names most; not a former "
                                  "one")
OWNER_BY_ITS_FIRST_WORD = rule("title-owned-by-a-body-s-first-word", "`Seiran Offshore Wind ... Seiran's "
                               "president, NAME,`: a title owned by a name that opens one body's longer name, and is a "
                               "word of no other actor's name, is that body's")
OWNED_TITLE_NO_NATIONAL_OFFICE = rule("owned-title-is-no-national-office", "`the union's general secretary, NAME` "
                                      "with no union found: a title a word owns is that body's, never a national "
                                      "office of the country the article is about")
COUNTRY_BY_ITS_CAPITAL = rule("country-named-by-its-capital", "`Interior Minister NAME told a news conference in "
                              "central Montevideo` in an article naming Uruguay once and Brazil's people twice: where "
                              "no country is named most, a capital named as a place counts for its country too")
COUNTRY_BY_ITS_PEOPLE_S_WORD = rule("country-named-by-its-people-s-word", "`The Dutch government will buy out "
                                    "farms ... Agriculture Minister NAME`: where no country is named most, `Dutch`, "
                                    "`South African` name their country too, when counting which country an article "
                                    "is about")
COUNTRY_OF_THE_LEAD = rule("country-of-the-lead-holds-the-national-offices", "`At least nine died off the island "
                           "of Brava in Cape Verde ...` and later `Prime Minister NAME`, with Portugal and Spain named "
                           "once each too: where no country dominates, the one country the lead names is the one the "
                           "article is about, and a title of national office with no country beside it is of it")
REGION_OF_AN_OFFICE = rule("region-of-a-regional-office", "`Governor NAME` in an article about Westmark state: a "
                           "regional office with no place beside it is of the region the article names most")
TITLE_BODY = rule("title-body-is-the-affiliation", "`the president of the Supreme Court, NAME`: the body a title "
                  "is of is the affiliation, not the country of the sentence")
FORMER_ROLE = rule("former-role", "`the former mayor NAME`, `ex-minister NAME`, `then-Senator NAME`: a role the "
                   "title says the person no longer holds came before the article's main one")
PAST_PERFECT_ROLE = rule("role-in-the-past-perfect", "`NAME, who had been mayor of Tarnby`, `NAME had been "
                         "director`: a role given in the past perfect came before the article's main one")
EARLIER_ADVERB = rule("role-told-as-earlier", "`NAME previously served as director`, `NAME, formerly chair of "
                      "X`: a role an adverb places earlier came before the article's main one")
APPOINTED_BEFORE_NEW = rule("appointment-before-a-new-role", "`the board appointed NAME as secretary ... NAME was "
                            "sworn in as the new governor`: a role someone was appointed to came before the new role "
                            "the article says they took up")
TITLED_ROLE = rule("a-role-is-headed-by-a-title-word", "`Lind is an outspoken critic of the Tarn Party`, `Lind "
                   "herself`: besides the title, only a phrase headed by a title word (`secretary of state`, `former "
                   "delegate`) is another role of the person's")
TITLE_AFTER_ITS_BODY = rule("title-after-the-body-it-serves", "`NAME, a Norland peace envoy`, `NAME, an American "
                             "lawyer`: a country or body before the title word modifies it: the title is what follows")
ABBREVIATED_TITLE = rule("abbreviated-title-after-its-body", "`NAME, a Labour MP,`: a title written as capitals "
                         "(`MP`, `MEP`), which the parser reads as a name, after the body it serves is the title")
TITLE_WITH_ITS_SEAT = rule("title-with-its-seat", "`NAME, the Labour MP for Leeds North,`: the place an elected "
                           "title is for is part of the title")
COMMON_NOUN_BODY = rule("body-named-by-common-nouns", "`NAME of the island's water authority`, `NAME, of the "
                        "Westmark provincial council`: a body with no proper name, described by a body's head noun "
                        "and its modifiers, is the affiliation as written")
SPEAKING_FOR = rule("speaking-for-a-body", "`NAME, speaking for the Health Ministry`, `speaking on behalf of X`, "
                    "`NAME, representing X`: the body a person speaks for is the affiliation")
ACTING_FOR = rule("acting-for-a-body", "`Prosecuting for the Tarn Revenue Service, NAME told the court`, `NAME, "
                  "appearing for the council,`: the body a person acts for before a court or a hearing is the "
                  "affiliation")
FOR_SET_OFF = rule("for-a-body-set-off-after-the-name", "`NAME, for the Tarn Anglers Trust, said`: a `for` phrase "
                   "set off by commas between a subject's name and its verb names the body the person speaks for")
WHO_CLAUSE_CONJUNCT = rule("second-verb-of-a-who-clause", "`NAME, who farms rice near Tarnby and chairs the Kemi "
                           "Valley Growers Association,`: a verb joined by `and` to a relative clause's verb, with "
                           "no subject of its own, is the person's too")
SUBJECT_BEFORE_OWNS_THE_TITLE = rule("owning-word-for-the-body-that-was-the-subject-before", "`Fianna Fail said "
                                     "... NAME, the party's finance spokesman, said`: a word for a body owning a "
                                     "title, with no body named with that word, stands for the body that was the "
                                     "subject of the sentence before, if its name holds no word for another kind "
                                     "of body")
GOVERNMENT_WORD_OPENS_TITLE = rule("title-opening-on-government-is-the-country-s", "`Government spokeswoman NAME "
                                   "said` in an article about France: a title opening on a word for the government "
                                   "is held in the country the article is about")
BODY_BEATS_A_HOME = rule("body-worked-for-beats-a-home-town", "`NAME, a cattle rancher from near Dauphin who leads "
                         "Prairie Common Ground`: the body a person leads or works for is the affiliation, not the "
                         "town the person comes from")
WHO_ON_THE_DESCRIPTION = rule("body-led-in-a-description-s-relative", "`Iain MacNeil, a creel fisherman who chairs the "
                              "Ferry Users' Group, said`: the body a `who` clause on the apposed description says the "
                              "person leads")
WORKS_FOR = rule("works-for-a-body", "`NAME, who works at the Tarnby Observatory`, `NAME ... works for Tarn Bank`, "
                 "`plays for the Tarn Rovers`: the body a person works, serves, plays or writes for")
NO_BODY_FROM_A_CLAUSE = rule("no-body-from-a-clause-of-the-attribute", "`Lind is the best person to take the fight "
                              "to Tarn Bank`: a body named in a clause that modifies a copula's attribute is not the "
                              "person's")
NEAREST_BODY = rule("nearest-body-after-a-name", "`NAME of the Rosenstiel School at the University of Tarn`: the "
                    "body named first after the name is the person's; a body after it says where that one is")
OWN_BODY_PHRASE = rule("a-conjunct-with-its-own-body", "`A of the Tarn Trust and B of Apex Sharks`: a name with an "
                       "`of`, `from` or `at` phrase of its own does not share the first name's role")
DESCRIBED_AFTER = rule("body-described-after-its-name", "`NAME of Apex Sharks, a company that runs dives`: a name "
                       "an apposition calls a company, a band or a charity is a body, whatever the model tagged it")
NAME_NOUN_NO_TITLE = rule("a-word-for-a-name-is-no-title", "`Jaya (a pseudonym)`, `Tom, not his real name,`: a "
                          "word for a name apposed to it is no title")
ADDRESSED = rule("a-name-addressed-has-no-title", "`These were all the questions I had for you, Akram.`: a name "
                 "apposed to a phrase speaking to `you` is the person addressed, and the phrase no title")
ADJECTIVE_OF_A_BODY = rule("adjective-of-a-named-body", "`Democratic presidential nominee NAME` in an article "
                             "naming the Democratic Party: an affiliation given as a body's adjective is that body")
APOSTROPHE_POSSESSIVE = rule("possessive-apostrophe-alone", "`Reuters' Ana Lind reported`: a body whose name ends "
                             "in `s` owns the name after its bare apostrophe, as `the BBC's Ana Lind` does")
ARTICLE_IN_TITLE = rule("article-in-a-title-s-of-phrase", "`Head of the commission Mark Oduya said`: `the` after "
                        "a title's `of` is a word of the title, which runs from the title word to the name")
ONE_OF_THE_HOLDERS = rule("one-of-the-title-holders", "`One of Tarnland's vice presidents, Ana Lind,`: a name "
                          "apposed to `one of` a plural title is one holder of that title")
APPOSED_INSIDE_A_BODY = rule("apposition-inside-a-body-s-name", "`NAME of the Ana and Mark Lind Foundation` parsed "
                             "with `Foundation` apposed to the name: a body's name, not a title, is the affiliation")
APPOSED_HOLDERS = rule("names-apposed-to-a-plural-title", "`Two Tarn Party senators, Ada Holt and Ben Ode, voted "
                       "against`: names set off after a plural title name its holders, each bearing it")
PLURAL_TITLE = rule("plural-title-before-coordinated-names", "`Senators Holt and Ode said`: a plural title before "
                    "names joined by `and` is each one's title, in the singular")
BODY_DESCRIBED = rule("words-describing-the-body-are-no-title", "`NAME, a lawmaker from the ruling Tarn Party,`: "
                      "the words before a body that describe it are no part of the person's title")
PARTY_AND_STATE = rule("party-letter-and-state", "`Sen. Ana Lind, D-Ohio,`, `Rep. NAME (R-New Mexico)`: a party's "
                       "letter and a state apposed to a name are no title; the state is the affiliation")
UNTAGGED_BODY_AFTER_NAME = rule("untagged-body-after-a-name", "`Judge Ana Lind of the Tarn High Court ruled`, the "
                                "court untagged: capitalised words after the name's `of` ending in a body's word are "
                                "the person's body")
UNTAGGED_NAME_AFTER_OF = rule("untagged-name-after-a-person-s-of", "`Maria Garcia of Human Rights Watch said`, the "
                              "body untagged: two or more capitalised words after a person's `of` are the person's "
                              "body, whatever word ends them")
OWNER_BEFORE_A_NAME = rule("owner-before-a-name-is-the-body", "`Human Rights Watch's Ana Lind`, untagged, or "
                           "`Greenpeace's Ana Lind`, tagged a person: the name owning the person's name is their "
                           "body, not a title")
BODY_NAME_RUNS_ON = rule("body-name-runs-on-after-a-person-s-of", "`Laura Chen of Clean Water Alliance Kenya said`, "
                         "`NAME of Marriage Equality Coalition Taiwan said`: capitalised words after a person's `of` "
                         "up to the verb, one of them a body's word or tag, are one body's name however the model "
                         "cut it")
CAPITAL_CITY_OFFICE = rule("office-of-a-capital-city", "`NAME, the mayor of Oslo`, `The mayor of London, NAME,`: "
                           "a capital stands for its country only as a speaker or owner; a city's office is the city's")
TITLE_CUT_OFF = rule("apposed-title-the-parser-cut-off", "`Kang Hye-soon, the mayor of Ulsan, was found`, the "
                     "title parsed as the verb's subject: a title set off by commas right after a name is the name's")
GLOSSED_TITLE = rule("title-glossed-in-brackets", "`Green Party MP (Member of Parliament) Ruth Okafor said`: the "
                     "title before a bracketed gloss of it is the name's title")
OPEN_APPOSITION = rule("apposition-opening-the-next-clause", "`According to NAME, the bridge was closed`: a noun "
                       "after the name's comma that its own verb follows opens the next clause; it is no title")
TITLE_SET_OFF_BEFORE = rule("title-set-off-before-the-name", "`According to Dunmore's first selectman, Paul Brandt, "
                            "the ...`, the name parsed apart: a title set off by commas right before a name is its")
WORKING_PARTICIPLE = rule("work-participle-after-a-name", "`Judge NAME, presiding in the Tarn District Court,`, "
                          "`NAME, working for the Red Cross,`: a participle of working after the name names the body")
PLACE_IN_A_QUOTATION = rule("place-in-a-quotation-is-spoken-of", "`President NAME said, \"Norway is our closest "
                            "friend\"`: a place named inside a quotation is what is spoken of, not where NAME serves")
UNTAGGED_BODY_IN_A_ROLE = rule("untagged-body-in-a-role-phrase", "`NAME, a Tarn Party lawmaker,`, `Tarn Rail "
                               "Council's chairman, NAME,`, the body untagged: the body's name and the title after it")
OWNED_TITLE_BEFORE_A_COMMA = rule("owned-title-set-off-before-the-name", "`the chamber's secretary-general, NAME,` "
                                  "and `the agency's deputy head of operations, NAME,` parsed with the name as the "
                                  "head: the title before the comma, read to its head through `of` or `for`, is the "
                                  "one a body's word may own")
NAME_ON_THE_TITLE_S_LAST_NOUN = rule("name-apposed-to-the-last-noun-of-an-owned-title", "`the association's "
                                     "vice-president for labour relations, NAME, said` parsed with the name apposed "
                                     "to `relations`: the title is read to its head through `of` or `for`, and a "
                                     "body's word may own it")
BODY_DESCRIBED_WITH_THE_WORD = rule("body-described-with-the-owning-word", "`Skogvakt, an Oslo-based campaign group "
                                    "... the group's campaign director` (or `The group, Skogvakt,`): a body "
                                    "described with the word that owns the title, in an apposition on either side "
                                    "of its name, is named with it")
GOVERNMENT_OWNS_THE_TITLE = rule("government-s-title-is-the-country-s", "`the government's chief negotiator, NAME,` "
                                 "in an article about Colombia: a title the government owns serves the country the "
                                 "article is about")
PROVINCIAL_TITLE = rule("provincial-title-is-regional", "`Provincial Finance Minister NAME` in an article about "
                        "Sindh: a title of a province's, a region's or a town's office serves the region the article "
                        "is about, not the country")
BUSINESS_WORD_NO_PUBLIC_BODY = rule(
    "word-for-a-business-stands-for-no-public-body", "`the company's chief executive` with an agency named more "
    "often than the firm, or named last: a word for a business owning a title stands for a body named as a business "
    "(`Norrvik Foods`, `Tarn Holdings`), not one named as a public body (`the Swedish Food Agency`)")
LAST_BODY_OWNS_THE_TITLE = rule("owning-word-for-the-body-named-last", "`the leak was detected, according to "
                                "Caspian Trunk Pipelines ... the company's vice-president`: `the company's` (or a "
                                "firm's, an operator's), no body named with the word and none the article is about, "
                                "is the body named last outside quotation marks in its paragraph or the one before")
PLACE_NAMED_SO_FIRST = rule("place-named-with-the-word-beats-places-since", "`the Italian island of Lampedusa ... "
                            "Sfax ... Rome ... NAME, the island's mayor`: a place the article named with the word that "
                            "owns the title (`island of`) is the one, however many places were named since")
PLACE_NAMED_WITH_THE_WORD = rule("place-named-with-the-owning-word", "`the Swiss canton of Valais ... the canton's "
                                 "chief geologist`: the place named with the word that owns the title is its place, "
                                 "whatever the tagger called the name")
PLACE_DESCRIBED_BY_THE_WORD = rule("place-described-by-the-owning-word", "`Tarvik, a town of 35,000 people west "
                                   "of Kemi ... The town's mayor`: the place described with the word that owns the "
                                   "title is its place, whatever places were named since")
CAPITAL_OF_A_MAYOR = rule("capital-of-a-mayor", "`Voters in Vilnius backed a tram line, handing Mayor NAME a "
                          "victory`: a capital named as a place (`in Vilnius`) before a mayor is the mayor's city, "
                          "not its country")
TOWN_DESCRIBED = rule("place-described-as-a-town-is-a-mayor-s", "`In Tocumwal, a town of 3,000 people, Mayor NAME "
                      "said`, the town tagged a body or a person: a name described as a town, city or village is "
                      "a city for a mayor, whatever the model tagged it")
OFFICER_OF_THE_BODY_BEFORE = rule("officer-of-the-body-that-spoke-before", "`Laurentia Air said it would appeal. "
                                  "\"...,\" spokeswoman NAME said`, `The company reported a loss. Chief Financial "
                                  "Officer NAME told the call`: a body's officer or voice titled by the office alone "
                                  "serves the body that was the subject of the sentence right before")
MODIFIED_BODY_WORD_CLOSING_THE_TITLE = rule("body-word-with-its-field-closing-a-title", "`The Ministry of Fisheries "
                                            "and Coasts ... A spokesman for the fisheries ministry, NAME,`: the body "
                                            "named with the word and with each word before it")
KINDLESS_BODY_WORD_CLOSING_THE_TITLE = rule("organisation-closing-a-title-is-the-body-named-before", "`The Red "
                                            "Crescent of Arland sent tents. ... said NAME, a spokeswoman for the "
                                            "organisation.`: a word for any kind of body closing a title stands for "
                                            "the body last named in the paragraph or the one before")
BODY_WORD_CLOSING_THE_TITLE = rule("body-word-closing-a-title-is-the-body-named-before", "`Researchers at the "
                                   "Tarn Polar Institute ... NAME, a sea-ice physicist at the institute,`: a title "
                                   "ending in `at the` (or `of the`) and a word for a body serves the body last "
                                   "named before with that word")
BODY_WORD_AFTER_FOR_CLOSING_THE_TITLE = rule("body-word-after-for-closing-a-title-is-a-body-of-that-kind-before",
                                             "`Tarnfield Mills denied any involvement. A spokeswoman for the "
                                             "company, NAME, said`: a "
                                             "title ending in `for the` and a word for a body serves the body of "
                                             "that kind last named in the paragraph or the one before")
COLUMN_WRITTEN_FOR = rule("column-written-for-an-outlet-is-the-writer-s", "`NAME, a sports journalist, wrote in a "
                          "column for the Kemi Herald that`: the outlet a column its subject wrote is for, named after "
                          "the writer, is the writer's")
OTHER_ROLES = rule("every-role-of-a-person", "`Lind, the new governor ... Lind was appointed as secretary`: every "
                   "role the article gives a person is kept, the first as the title and the others beside it")


def _role_words(title: str, lang) -> set[str]:
    return {w for w in re.split(r"[\s\-–]+", title.lower().replace("’", "'")) if w and w not in lang.articles}


def _parts(title: str, lang) -> tuple[set[str], set[str]]:
    """A title's words before its complement, a former role's word aside, and those of the complement:
    `former secretary | of state`."""
    words = [w for w in re.split(r"[\s\-–]+", title.lower().replace("’", "'")) if w and w not in lang.articles]
    cut = next((i for i, w in enumerate(words) if w in lang.role_complements), len(words))
    return set(words[:cut]) - lang.former_role_words, set(words[cut + 1:])


def one_role(a: str, b: str, lang) -> bool:
    """Two titles of one article that name one role: the words before the complement (`exiting governor`,
    `governor`) one within the other's, and so the complements (`governor of Westmark`, `governor`); but not
    `secretary of state` and `secretary of justice`, and a former role is another (`former governor`)."""
    if bool(_role_words(a, lang) & lang.former_role_words) != bool(_role_words(b, lang) & lang.former_role_words):
        return False
    (ca, xa), (cb, xb) = _parts(a, lang), _parts(b, lang)
    return (ca <= cb or cb <= ca) and (xa <= xb or xb <= xa)


def _titled(title: str, lang) -> bool:
    """Whether a title is headed by a title word: `secretary` of `secretary of state`, not `outspoken critic`."""
    words = title.lower().split()
    cut = next((i for i, w in enumerate(words) if w in lang.role_complements), len(words))
    head = words[cut - 1].strip(".,;:") if cut else ""
    return head in lang.titles and head not in lang.title_qualifiers


def role_that_ended(title: str, lang) -> str | None:
    """`governor` of `now-former governor`; None for a title that says no role is over."""
    words = re.split(r"[\s\-–]+", title)
    kept = [w for w in words if w.lower() not in lang.former_role_words and w.lower() != lang.present_adverb]
    return " ".join(kept) if kept and len(kept) < len(words) else None


def role_cues(span, title: str, lang) -> tuple[bool, str | None]:
    """What a mention says of the time of the role it gives: whether the role came before the article's main one
    (`former mayor`, `had been mayor`, `previously served as director`); and how the role was given:
    `appointed` (`appointed NAME as secretary`), `taken` (`sworn in as governor`, `the new governor`) or None."""
    d, doc, root = lang.dep, span.doc, span.root
    words = _role_words(title, lang)
    before = on(FORMER_ROLE) and bool(words & lang.former_role_words)
    heads = []  # the verbs and phrases after the name that a role can hang on
    if root.dep_ in d.subjects or root.dep_ in (d.dobj, d.oprd):
        heads.append(root.head)
    if span.end < len(doc) and doc[span.end].dep_ in (d.aux, d.auxpass) and doc[span.end].head.i > span.end:
        heads.append(doc[span.end].head)  # "... and NAME was sworn in as governor", parsed into the clause before
    heads += [c for c in root.children if c.dep_ in (d.relcl, d.appos) and c.i > root.i]
    last = title.lower().split()[-1]
    heads = [h for h in heads if any(t.i >= span.end and t.lower_ == last for t in h.subtree)]  # the role's own
    for h in heads:
        kids = list(h.children)
        if on(PAST_PERFECT_ROLE) and in_the_pluperfect(h, lang):
            before = True  # "had been": before the time the article tells of
        if on(EARLIER_ADVERB) and any(c.dep_ == d.advmod and c.lower_ in lang.earlier_adverbs for c in kids):
            before = True
    how = None
    if any(h.lemma_.lower() in lang.appointment_verbs and any(c.dep_ == d.prep and c.lower_ == lang.as_
                                                              for c in h.children) for h in heads):
        how = "appointed"
    elif words & lang.new_role_words or any(h.lemma_.lower() in lang.taking_office_verbs for h in heads):
        how = "taken"
    return before, how


def other_roles(actor, found: list[tuple], lang) -> list[dict]:
    """The roles an article gives a person besides their title (the first role read), in text order, one
    entry a role: ``found`` holds (title, affiliation, paragraph, before, how) for every mention that gives a
    role. A role before the main one (by its own words or clause, or an appointment before a new role taken
    up) is marked ``when: before``; the list is in time order as far as the article tells it: the roles over
    (`former`, `had been`, `previously`) first, then an appointment that led to the new role, then the rest,
    each group in text order."""
    if not on(OTHER_ROLES) or not actor.title:
        return []
    main_how = next((how for t, _, _, _, how in found if t == actor.title), None)
    roles: list[dict] = []
    step: dict[int, int] = {}  # id of a role -> 0 over, 1 the appointment before the new role, 2 the rest
    for title, aff, para, before, how in found:
        if on(TITLED_ROLE) and not _titled(title, lang):
            continue
        led = False
        if on(APPOINTED_BEFORE_NEW) and how == "appointed" and main_how == "taken":
            led = not before
            before = True  # "appointed as secretary", then "sworn in as the new governor"
        if one_role(title, actor.title, lang) or (on(FORMER_ROLE) and role_that_ended(actor.title, lang)
                                                   and one_role(title, role_that_ended(actor.title, lang), lang)):
            continue  # the main role again; or, of a `former governor`, the `governor` the main role says he was
        same = next((r for r in roles if one_role(title, r["title"], lang)), None)
        if same is not None:
            if before:
                same["when"] = "before"
                step[id(same)] = min(step[id(same)], 1 if led else 0)
            continue
        role = {"title": title}
        if aff and aff != actor.name:
            role["affiliation"] = aff
        role["paragraph"] = para
        if before:
            role["when"] = "before"
        step[id(role)] = 2 if not before else 1 if led else 0
        roles.append(role)
    return sorted(roles, key=lambda r: step[id(r)])


def person_gender(span, lang) -> str | None:
    """Gender cues written beside a name: an honorific or a gendered title before it, else a given name that
    names one gender."""
    doc = span.doc
    honorifics = lang.honorifics
    for i in range(max(span.start - 3, 0), span.start):
        w = doc[i].lower_
        if w in honorifics and honorifics[w]:
            return honorifics[w]
        if w in lang.gendered_titles:
            return lang.gendered_titles[w]
    if span[0].lower_ in honorifics and honorifics[span[0].lower_]:
        return honorifics[span[0].lower_]
    if on(GENDERED_WORD_BEFORE_A_NAME) and span.start > 0:
        before = doc[span.start - 1].lower_  # "whose 17-year-old son Paolo": a son
        gender = next((g for g, words in lang.unnamed_person_nouns.items() if g and before in words), None)
        if gender is not None:
            return gender
    if on(GENDERED_WORD_APPOSED_AFTER_A_NAME) and span.end < len(doc) and doc[span.end].text == ",":
        apposed = next((c for c in span.root.children if c.dep_ == lang.dep.appos and c.i > span.end
                        and c.left_edge.i == span.end + 1 and c.left_edge.lower_ in lang.articles
                        and c.pos_ == "NOUN"), None)  # (not "NAME, whose son NAME2, ...")
        gender = next((g for g, words in lang.gendered_nouns.items() if apposed.lower_ in words), None) \
            if apposed is not None else None
        if gender is not None:
            return gender  # "NAME, a former headmistress": a woman
    if on(GIVEN_NAME_GENDER):  # "Maria Garcia met Paul Brandt. He said": Paul Brandt
        words = [t for t in span if t.is_alpha and t.lower_.rstrip(".") not in lang.titles
                 and t.lower_ not in honorifics]
        if len(words) >= 2 and all(not t.whitespace_ for t in span[:-1]) and any(t.text in lang.hyphens for t in span) \
                and not all(t.lower_ in lang.given_names for t in words) and on(HYPHENED_SURNAME_NO_GIVEN_NAME):
            return None  # "Joseph-Roberts" alone: a double surname, no given name (not "Jean-Pierre")
        if len(words) >= 2 and words[0].is_title:
            return lang.given_names.get(words[0].lower_)
    return None


def _phrase(doc, start: int, end: int, lang) -> str:
    """Text of doc[start:end] with a leading article and surrounding punctuation dropped."""
    while start < end and (doc[start].is_punct or doc[start].lower_ in lang.articles
                           or on(WHOSE_TITLE) and doc[start].lower_ in lang.relative_possessives):
        start += 1  # "the union, whose leader, NAME": the title is "leader"
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start >= end:
        return ""
    return text_of(doc)[doc[start].idx: doc[end - 1].idx + len(doc[end - 1].text)]


def _affiliation_of(ent, lang) -> str:
    text, toks = clean_name(ent, lang)
    if ent.label_ in lang.ent.nations:
        return lang.demonym_country(text) or lang.country_of(text) or text
    if on(CAPITAL_THE) and toks:
        # "of The Rolling Stones": a capital "The" inside a sentence is part of the body's name
        doc = ent.doc
        the = toks[0].i - 1
        if the > 0 and doc[the].text == "The" and not doc[the].is_sent_start and doc[the - 1].text not in "\"“‘'(":
            return "The " + text
    return text


def _office_place(place, lang) -> str:
    """The place a regional office is of: a capital as the city itself (`the mayor of Oslo`), not its country."""
    name = clean_name(place, lang)[0]
    return name if lang.capital_city(name) else _affiliation_of(place, lang)


def _role_phrase(doc, a: int, b: int, lang) -> tuple[str | None, str | None]:
    """Title and affiliation in the phrase doc[a:b] that names a role: `interim director of the Lumen
    Institute` is the title `interim director`, of the Lumen Institute; `Puerto Rico's governor` the title
    `governor`, of Puerto Rico."""
    e = lang.ent
    b = min(b, a + 14)
    if on(TIME_AFTER_TITLE):  # "chairman since 2015": when the role was held, not the role
        b = next((t.i for t in doc[a + 1:b] if t.lower_ in lang.time_prepositions and t.i + 1 < b
                  and doc[t.i + 1].ent_type_ in e.times), b)
    within = [x for x in entities_within(doc, a, b) if any(t.is_title or t.is_upper for t in x)]  # not "state"
    relative = next((t.left_edge.i for t in doc[a + 1:b] if t.dep_ == lang.dep.relcl and a <= t.head.i < t.i
                     and t.left_edge.i > a), b) if on(RELATIVE_CLAUSE_NO_TITLE) else b  # "a nurse who was hurt"
    # "a former headteacher backed by the Green Party": no `backed` in the title
    described = next((t.i for t in doc[a + 1:relative] if t.dep_ == lang.dep.acl and t.tag_ in lang.participle_tags
                      and a <= t.head.i < t.i and t.left_edge.i == t.i and t.head.pos_ == "NOUN"),
                     relative) if on(PARTICIPLE_PHRASE_NO_TITLE) else relative
    places_to = relative if on(NO_PLACE_FROM_A_RELATIVE) and relative < b and doc[relative - 1].text == "," else b
    peoples_to = relative if on(PEOPLE_S_WORD_IN_A_RELATIVE) else b  # "who has covered Danish football"
    # "the island's mayor, who urged ... to move people to Sicily": not "a judge in Gdańsk who heads Pro Lege"
    described_from = None  # where the words describing the affiliation begin, when they hold its place
    if on(PLACE_BASED_BODY):
        based = next((x for x in reversed(within) if x.label_ in e.nations and x.end + 1 < len(doc)
                      and doc[x.end].text in lang.hyphens and doc[x.end + 1].tag_ in lang.participle_tags), None)
        if based is not None:  # "at the Geneva-based trading house Morland & Strauss": the house, not Geneva
            stop = next((t.i for t in doc[based.end: min(len(doc), based.end + 12)] if t.text in (",", ";", ".")),
                        min(len(doc), based.end + 12))
            body = next((y for y in entities_within(doc, based.end, stop) if (y.label_ in e.bodies
                         or names_a_body(y, lang)) and not any(t.pos_ == "ADP" for t in doc[based.end: y.start])), None)
            # (not "NAME, Sydney-based campaign director of the group X": the place describes the title)
            within = [y for y in within if y is not based and (body is None or y.start < body.start)]
            if body is not None:
                within.append(body)
                b, described_from = max(b, body.end), based.start
    ents = [x for x in within if x.label_ in e.bodies or names_a_body(x, lang)
            or on(OUTLET_IN_A_ROLE) and x.start > a and doc[x.start - 1].lower_ in lang.outlet_descriptors
            and x.label_ not in e.nations] \
        or [x for x in within if x.label_ in e.nations and x.start < places_to
            and not (x.label_ == e.norp and x.start >= peoples_to)]
    if not ents:
        if on(UNTAGGED_BODY_IN_A_ROLE):
            split = _untagged_body_and_title(doc, a, b, lang)
            if split is not None:
                return split
        return _phrase(doc, a, described, lang) or None, None
    ent = ents[-1]
    posted = _posted(doc, ent.start - 1, lang) if on(POSTED_IN_A_ROLE) and ent.start - 1 > a else None
    if posted is not None and posted.start == ent.start and ent.end <= b:
        # "a former US ambassador to China": the envoy's own country, the post part of the title
        sender = next((x for x in reversed(within) if x.label_ in e.nations and x.end <= ent.start - 2), None)
        if sender is None:
            return _phrase(doc, a, ent.end, lang) or None, None
        words = [w for w in (_phrase(doc, a, sender.start, lang), _phrase(doc, sender.end, ent.end, lang)) if w]
        return " ".join(words) or None, _affiliation_of(sender, lang)
    city_office = False
    if on(CAPITAL_CITY_OFFICE) and ents[0].label_ in e.nations and ents[0].start > a \
            and doc[ents[0].start - 1].lower_ in lang.role_prepositions \
            and (len(ents) == 1 or doc[ents[0].end].text == ",") \
            and _regional(_phrase(doc, a, ents[0].start, lang), lang):
        ent, city_office = ents[0], True  # "the mayor of Oslo, Norway": the city's mayor
    if on(DEPARTMENT_FOR_PLACE) and ent.label_ in e.bodies and ent.start >= a + 2 \
            and doc[ent.start - 1].lower_ == lang.of and doc[ent.start - 2].lower_.rstrip(".") in lang.titles:
        # "Secretary of Justice for Westmark": the department is the title's, the place after it the affiliation
        place = [x for x in within if x.label_ in e.nations and x.start == ent.end + 1
                 and doc[ent.end].lower_ in lang.role_prepositions]
        ent = place[0] if place else ent
    cut = ent.start
    owner = entity_at(doc, cut - 2) if cut - 2 >= a and doc[cut - 1].tag_ == lang.possessive_tag else None
    if on(OWNER_OF_THE_BODY) and owner is not None and owner.end in (cut - 1, cut) and owner.start > a \
            and (owner.label_ in e.affiliations or names_a_body(owner, lang)):
        cut = owner.start  # "director of Norland's National Tide Institute": the body's place is no title
    while on(BODY_DESCRIBED) and ent.label_ == e.org and cut > a + 1 and doc[cut - 1].pos_ != "ADP" \
            and _describes(doc[cut - 1], ent) \
            and not (doc[cut - 1].is_punct and (doc[cut - 1].text not in lang.hyphens or doc[cut - 1].whitespace_)):
        cut -= 1  # "a lawmaker from the ruling Tarn Party": "ruling" describes the party, not the lawmaker
    if described_from is not None and ent.start >= described_from:
        cut = min(cut, described_from)  # "at the Geneva-based trading house": the body's description
    if on(OUTLET_IN_A_ROLE) and cut == ent.start and cut > a + 1 and doc[cut - 1].lower_ in lang.outlet_descriptors:
        while cut > a + 1 and doc[cut - 1].pos_ not in ("ADP", "DET") and not doc[cut - 1].is_punct:
            cut -= 1  # "of the Berlin daily": the outlet's description
    while cut > a and (doc[cut - 1].pos_ in ("ADP", "DET") or doc[cut - 1].is_punct):
        cut -= 1
    title = before = _phrase(doc, a, min(cut, described), lang)
    if not title and on(POSSESSIVE_APPOSITION):  # "the Harbour Trust's chairman"
        after = ent.end
        while after < b and (doc[after].tag_ == lang.possessive_tag or doc[after].is_punct):
            after += 1
        if after > ent.end or ent[-1].tag_ == lang.possessive_tag:
            title = _phrase(doc, after, b, lang)
    head = ent.root.head
    modifies = ent.end < b and head.i >= ent.end and head.i < b and ent.root.dep_ in lang.dep.noun_modifiers \
        and (head.pos_ == "NOUN" or on(ABBREVIATED_TITLE) and head.pos_ == "PROPN" and _title_word(head, lang))
    if not title and on(TITLE_AFTER_ITS_BODY) and modifies:
        end = head.i + 1
        if on(TITLE_WITH_ITS_SEAT) and end < b and doc[end].lower_ == lang.representing_preposition \
                and head.lower_.rstrip(".") in lang.representing_titles:
            seat = [t for c in doc[end].children if c.dep_ == lang.dep.pobj for t in c.subtree]
            if seat and seat[-1].i < b and all(t.is_title and t.pos_ == "PROPN" or t.lower_ in lang.title_small_words
                                              for t in seat):
                end = seat[-1].i + 1  # "the Labour MP for Leeds North": elected for the place
        title = _phrase(doc, ent.end, end, lang)  # "a Norland peace envoy": the country's envoy
    elif before and on(BODY_INSIDE_THE_TITLE) and modifies and ent[-1].tag_ != lang.possessive_tag \
            and doc[ent.end].tag_ != lang.possessive_tag \
            and all(t.pos_ == "ADJ" for t in doc[a:cut] if t.lower_ not in lang.articles):
        # "the top US infectious disease expert": the words on both sides of the body, one noun phrase
        title = f"{before} {_phrase(doc, ent.end, ent.root.head.i + 1, lang)}"
    return title or None, _office_place(ent, lang) if city_office else _affiliation_of(ent, lang)


def _place_opening_the_title(doc, title: str, before: int, lang) -> str | None:
    """`County sheriff` after `Pike County` in the paragraph: the last place named before ``before`` whose name
    ends in the title's first word, a word for a place; None if there is none."""
    words = title.split()
    if len(words) < 2 or words[0].lower() not in lang.place_nouns:
        return None
    for ent in reversed(entities(doc)):
        if ent.end <= before and ent.label_ in lang.ent.places:
            name = clean_name(ent, lang)[0]
            if len(name.split()) >= 2 and name.split()[-1].lower() == words[0].lower():
                return name
    return None


def _court_before(doc, before: int, lang) -> str | None:
    """The last court (a body's name holding a word for a court) named before ``before`` in the paragraph."""
    court = _last_named_before([doc], 0, before, lambda ent: _names_a_court(ent, lang))
    return _affiliation_of(court, lang) if court is not None else None


def _names_a_court(ent, lang) -> bool:
    return ent.label_ in lang.ent.bodies and any(t.lower_ in lang.court_words for t in ent)


def court_of_the_title(docs, k: int, title: str, span, lang) -> tuple[str, str] | None:
    """`Chief Justice NAME` in ``docs[k]`` with no court in its paragraph: the last court the article named in the
    paragraphs before, and the title; None for any other title or where no court was named."""
    if not on(JUDGE_OF_THE_COURT) or title.split()[-1].lower() not in lang.court_titles:
        return None
    court = _last_named_before(docs, k, span.start, lambda ent: _names_a_court(ent, lang))
    return (_affiliation_of(court, lang), title) if court is not None else None


def place_owning_the_title(docs, k: int, title: str, span, lang) -> tuple[str, str] | None:
    """`the city's home minister` near a name in ``docs[k]``, after `Delhi` in it or a paragraph before: the last
    place of that kind named before (a country for `country` or `nation`; a capital city or any other place for
    `city`, `state`, `province`) and the title after the possessive; None if no such word owns the title or no
    place is named before it."""
    if not on(PLACE_OWNS_TITLE):
        return None
    doc = docs[k]
    sent = doc[span.start].sent
    owner = next((t for t in doc[max(sent.start, span.start - 12): min(sent.end, span.end + 12)]
                  if t.tag_ == lang.possessive_tag and t.i > 0 and doc[t.i - 1].lower_ in lang.place_nouns
                  and title.startswith(doc[t.i - 1].text + t.text)), None)
    if owner is None:
        return None
    word = doc[owner.i - 1]
    rest = title[len(word.text + owner.text):].strip()
    if not rest:
        return None

    def nation(ent):
        name = clean_name(ent, lang)[0]
        return bool(lang.country_of(name) and not lang.capital_city(name)) if name else None

    def named_so(ent) -> bool:  # "the canton of Valais", whatever the name was tagged
        before = ent.doc[ent.start - 2: ent.start] if ent.start >= 2 else ()
        after = ent.doc[ent.end: ent.end + 4]  # "Tarvik, a town of 35,000 people", not "NAME, the town's mayor"
        return on(PLACE_NAMED_WITH_THE_WORD) and len(before) == 2 and before[1].lower_ == lang.of \
            and before[0].lower_ == word.lower_ and ent[0].is_title \
            or on(PLACE_DESCRIBED_BY_THE_WORD) and len(after) == 4 and after[0].text == "," \
            and after[1].lower_ in lang.articles and after[2].lower_ == word.lower_ and ent[0].is_title \
            and ent.label_ != lang.ent.person and after[3].tag_ != lang.possessive_tag

    place = _last_named_before(docs, k, word.i, named_so) if on(PLACE_NAMED_SO_FIRST) else None
    if place is None and on(PLACE_SET_BEFORE_THE_WORD):
        named = _name_set_before_the_word(docs, k, word, lang)
        if named is not None:  # "the SAVA region ... The region's governor"
            return named, rest
    place = place or _last_named_before(docs, k, word.i, lambda ent: named_so(ent) or ent.label_ in lang.ent.places
                                        and nation(ent) == (word.lower_ in lang.nation_nouns))
    if place is None:
        return None
    return (_affiliation_of(place, lang) if nation(place) else clean_name(place, lang)[0]), rest  # "Delhi" itself


def _name_set_before_the_word(docs, k: int, word, lang) -> str | None:
    """`in the SAVA region`, `the Kampot province`: the last name (tagged or not) written right before the lower-case
    word ``word`` for a kind of place, in its paragraph before it or in the ones before; None if there is none."""
    for j in range(k, -1, -1):
        doc = docs[j]
        for t in reversed(tokens_of(doc)[: word.i] if j == k else tokens_of(doc)):
            if t.lower_ != word.lower_ or not t.is_lower or t.i == 0:
                continue
            start = t.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == t.i \
                    and doc[start - 1].dep_ == lang.dep.compound and not doc[start - 1].is_lower:
                start -= 1
            name = doc[start: t.i].text if start < t.i and doc[start - 1].lower_ in lang.definite_determiners \
                else _untagged_name_described(doc, t, lang) if on(UNTAGGED_PLACE_DESCRIBED_BY_THE_WORD) else None
            if name and not lang.country_of(name):
                return name
    return None


def _untagged_name_described(doc, word, lang) -> str | None:
    """`Residents of Hadchit, a village of stone houses,`: the untagged name that ``word`` (`village`), after `a`,
    is apposed to; None if there is none."""
    head = word.head
    if word.dep_ != lang.dep.appos or head.i != word.i - 3 or doc[word.i - 2].text != "," \
            or doc[word.i - 1].lower_ not in lang.indefinite_articles or head.pos_ != "PROPN" or not head.is_title \
            or head.ent_type_:
        return None
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
            and doc[start - 1].head.i == head.i:
        start -= 1
    return doc[start: head.i + 1].text


def city_of_the_office(docs, k: int, title: str, span, lang) -> tuple[str, str] | None:
    """`Mayor NAME` in ``docs[k]`` of no place: the city named last before it (a place that is no country, or a
    city's council), and the title; None for other titles or where no city is named before."""
    words = title.lower().split()
    if not on(CITY_AROUND_ITS_MAYOR) or not set(words) & lang.city_offices or lang.of in words:
        return None  # "mayor of London": its city is in the title

    def city(ent):
        name = clean_name(ent, lang)[0]
        if not name or on(NAME_OF_A_DIVISION) and names_a_division(ent, lang):
            return False  # (not "the Puno region": a region's mayor is a city's)
        if on(CAPITAL_OF_A_MAYOR) and lang.capital_city(name) and ent.root.dep_ == lang.dep.pobj \
                and ent.root.head.lower_ in lang.place_prepositions:
            return True  # "Voters in Vilnius ... Mayor NAME": the city, not its country's government
        if on(TOWN_DESCRIBED) and not lang.country_of(name) \
                and any(described_as(ent.root, noun, lang) for noun in lang.municipality_nouns):
            return True  # "In Tocumwal, a town of 3,000 people, Mayor NAME", tagged a body
        if ent.label_ == lang.ent.gpe:
            return not lang.country_of(name)
        return ent.label_ == lang.ent.org and name.lower().endswith(lang.city_councils)

    found = _last_named_before(docs, k, span.start, city)
    return (clean_name(found, lang)[0], title) if found is not None else None


def body_that_spoke_before(docs, k: int, title: str, span, lang) -> tuple[str, str] | None:
    """`Laurentia Air said it would appeal. "...," spokeswoman NAME said`: the body that is the subject of the
    sentence right before ``span``'s (in its paragraph, or the last of the one before), for a body's officer or
    voice with no body named (see ``OFFICER_OF_THE_BODY_BEFORE``), and the title; else None."""
    words = _title_words(title)
    offices = (*lang.body_offices, *lang.voice_offices)
    noun = words[0] if words[1:] in offices and words[0] in lang.body_nouns else None  # "ministry spokesman"
    if not on(OFFICER_OF_THE_BODY_BEFORE) or words not in offices and noun is None:
        return None  # the office alone: not "Merkel's spokesperson", "ABS-CBN CEO"
    doc, sent = docs[k], span.sent
    if sent.start > 0:
        before, j = doc[sent.start - 1].sent, k
    elif k > 0 and len(docs[k - 1]):
        before, j = docs[k - 1][-1].sent, k - 1
    else:
        return None
    subj = _main_subject(before, lang)
    if subj is None:
        return None
    found = entity_at(before.doc, subj.i) if subj.ent_type_ in lang.ent.bodies else None
    word = subj.lemma_.lower()
    if found is None and subj.pos_ == "NOUN" and not subj.ent_type_ and word in lang.body_nouns \
            and any(c.lower_ == lang.definite_article for c in subj.children):
        # "The Hyderabad-based company ... reported", "The board, known as COCOBOD, set"
        found = _last_named_before(docs, j, subj.i, lambda ent: ent.label_ == lang.ent.org and (
            word_stands_for(word, _affiliation_of(ent, lang), lang) or _named_with(ent, word, lang, loosely=True)))
    if found is not None and noun is not None and not _named_with(found, noun, lang):
        return None  # "company spokeswoman" after a campaign group spoke: not the group's
    return (_affiliation_of(found, lang), title) if found is not None else None


def body_word_closing_the_title(docs, k: int, title: str, span, lang) -> tuple[str, str] | None:
    """`Mia Holt, a sea-ice physicist at the institute,` in ``docs[k]``: for a title ending in a preposition of
    role, `the` and a word for a body, the body last named before with that word, and the title before the
    preposition; else None. `a spokesman for the fisheries ministry`: the body named with the word and with each
    lower-case word before it; `a spokeswoman for the organisation`: the body last named before."""
    words = title.split()
    if not on(BODY_WORD_CLOSING_THE_TITLE) or len(words) < 4:
        return None
    j = len(words) - 2
    modifiers = []
    while on(MODIFIED_BODY_WORD_CLOSING_THE_TITLE) and j > 2 and len(modifiers) < 2 and words[j].isalpha() \
            and words[j].islower() and words[j] != lang.definite_article:
        modifiers.insert(0, words[j])  # "the fisheries ministry"
        j -= 1
    noun = words[-1].lower()
    prepositions = lang.belonging_prepositions if modifiers or noun in lang.kindless_body_words \
        else lang.affiliation_prepositions  # "a spokesman for the fisheries ministry" ("for the court": named later)
    if words[j - 1].lower() not in prepositions or words[j].lower() != lang.definite_article \
            or noun not in lang.body_nouns:
        if on(BODY_WORD_AFTER_FOR_CLOSING_THE_TITLE) and not modifiers and noun in lang.body_nouns \
                and words[j - 1].lower() in lang.belonging_prepositions and words[j].lower() == lang.definite_article:
            def of_its_kind(ent) -> bool:
                return ent.label_ == lang.ent.org and not quoted_at(ent.doc, ent.start) \
                    and word_stands_for(noun, _affiliation_of(ent, lang), lang)

            found = _last_named_before(docs, k, span.start, of_its_kind, back=1)
            if found is None and on(ONLY_BODY_OF_ITS_KIND_AFTER_FOR) and noun not in lang.business_nouns:
                kind = {_affiliation_of(ent, lang): ent for j in range(k + 1) for ent in entities(docs[j])
                        if (j < k or ent.end <= span.start) and of_its_kind(ent)}
                found = next(iter(kind.values())) if len(kind) == 1 else None  # "a spokesman for the committee"
            return (_affiliation_of(found, lang), " ".join(words[:j - 1])) if found is not None else None
        return None

    def named(ent) -> bool:
        names = {t.lower_ for t in ent}
        return _named_with(ent, noun, lang) and all(m in names for m in modifiers)

    found = _last_named_before(docs, k, span.start, named)
    if found is None and on(KINDLESS_BODY_WORD_CLOSING_THE_TITLE) and not modifiers \
            and noun in lang.kindless_body_words:
        found = _last_named_before(docs, k, span.start, lambda ent: ent.label_ == lang.ent.org
                                   and not quoted_at(ent.doc, ent.start), back=1)  # "for the organisation"
    return (_affiliation_of(found, lang), " ".join(words[:j - 1])) if found is not None else None


def body_owning_the_title(docs, k: int, title: str, span, lang) -> tuple[str, str] | None:
    """`Its president, NAME` or `The group's director, NAME` in ``docs[k]``: the body last named before (for a
    word for a body, one named with that word: `the Arlo Group`, `environmental group Arlo`; for `its`, any in
    the paragraph or the one before) and the title less its owner; None if no such word owns the title word the
    name is apposed to (or follows, or has apposed after it). `Its director, the seismologist NAME`: the title
    read is the owned one's."""
    if not on(BODY_OWNS_TITLE):
        return None
    d, doc = lang.dep, docs[k]
    root = span.root
    before = root.head if root.dep_ == d.appos and root.head.i < span.start else \
        doc[span.start - 1] if span.start > 0 else None
    climb = False  # "deputy head of operations": read to the head
    if on(OWNED_TITLE_BEFORE_A_COMMA) and before is not None and before.text == "," and before.i == span.start - 1 \
            and before.i > 0:
        before, climb = doc[before.i - 1], True  # "the chamber's secretary-general, NAME"
    elif on(NAME_ON_THE_TITLE_S_LAST_NOUN) and before is not None and before.i < span.start - 1:
        climb = True  # "vice-president for labour relations, NAME" with the name apposed to "relations"
    while climb and before.dep_ == d.pobj and before.head.dep_ == d.prep \
            and before.head.lower_ in lang.role_prepositions and before.head.head.i < before.i:
        before = before.head.head
    heads = [before] if before is not None and (
        before.lower_ in lang.titles  # "Its director, NAME"
        or on(OWNED_WORD_FOR_A_PERSON) and before.pos_ == "NOUN" and before.lemma_.lower() in lang.person_nouns
        and before.lower_ not in lang.body_titles) else []  # "Its head teacher, NAME" (an owner: whose name says)
    its = next((c for c in before.children if c.dep_ == d.poss and c.lower_ in lang.body_possessives
                and c.i == before.sent.start), None) \
        if on(OWNER_OWNED_BY_ITS) and not heads and before is not None and before.lower_ in lang.body_titles else None
    found = _body_subject_before(doc, its, lang) if its is not None else None
    if found is not None:  # "Norfeld Stone denied it. Its owner, NAME"
        return _affiliation_of(found, lang), title.split(None, 1)[1] if title.lower().startswith(
            its.lower_ + " ") else title
    if on(TITLE_APPOSED_TO_AN_OWNED_TITLE) and before is not None and before.dep_ == d.appos \
            and before.head.i < before.i and (before.head.lower_ in lang.titles or on(OWNED_WORD_FOR_A_PERSON)
                                              and before.head.lemma_.lower() in lang.person_nouns):
        heads.append(before.head)  # "Its leader, the former finance minister NAME"
    if on(TITLE_OWNED_AFTER_THE_NAME) and span.end < len(doc) and doc[span.end].text == ",":
        heads += [c for c in root.children if c.dep_ == d.appos and c.i > span.end
                  and c.text in title.split()]  # "NAME, the agency's lead engineer": the title read
    for head in heads:
        owned = _owned_title(docs, k, title, head, lang)
        if owned is not None:
            return owned
    return None


def _owned_title(docs, k: int, title: str, head, lang) -> tuple[str, str] | None:
    """The body that the word owning the title word ``head`` stands for, and the title less that word."""
    d, doc = lang.dep, docs[k]
    word = next((c for c in head.children if c.dep_ == d.poss or on(POSSESSIVE_READ_AS_A_MODIFIER)
                 and c.dep_ == d.nmod and c.i < head.i and c.i + 1 < len(doc)
                 and doc[c.i + 1].tag_ == lang.possessive_tag), None)  # "The museum's director", `museum` a modifier
    compound = None  # "commission chair": a word for a body written before the title, not its possessive
    if word is None and on(BODY_WORD_BEFORE_TITLE):
        word = compound = next((c for c in head.children if c.dep_ == d.compound and c.i < head.i and c.is_lower
                                and c.pos_ == "NOUN" and c.lemma_.lower() in lang.body_nouns), None)
    if word is None:
        return None
    if on(THEIR_IS_THE_TEAM_SUBJECT_BEFORE) and word.lower_ in lang.plural_possessives:
        found = _team_subject_before(docs, k, word, lang)  # "The Cafeteros rejected it. Their general manager"
        owner = word.text
    elif word.lower_ in lang.body_possessives:  # "its"
        owner = word.text
        found = _body_subject_before(doc, word, lang) if on(ITS_IS_THE_SUBJECT_BEFORE) else None
        if found is None and on(ITS_IS_THE_DESCRIBED_SUBJECT_BEFORE):
            found = _body_described_before(docs, k, word, lang)
        if found is None and on(ITS_OPENING_A_PARAGRAPH) and word.i == 0 and k > 0 and len(docs[k - 1]):
            found = _body_subject_of(docs[k - 1][-1].sent, lang)  # the paragraph before's last sentence
            if found is None and on(ITS_AFTER_IT):
                found = _body_it_stood_for(docs[k - 1][-1].sent, lang)
        if found is None and on(ITS_AFTER_AN_UNNAMED_BODY) and _unnamed_body_subject_before(doc, word, lang):
            return None  # "The consortium said A. Its project director": the consortium, not a court named before
        found = found or _last_named_before(docs, k, word.i, lambda ent: ent.label_ in lang.ent.bodies
                                            and not (on(HYPHENED_PLACE_OWNS_NOTHING) and _hyphened(ent, lang)), back=1)
    elif word.lemma_.lower() in lang.body_nouns and (word is compound or word.i + 1 < len(doc)
                                                      and doc[word.i + 1].tag_ == lang.possessive_tag):
        # "the group's", "the ruling party's", "commission chair"
        owner = word.text if word is compound else \
            doc[next(t.i for t in doc[word.left_edge.i: word.i + 1] if t.dep_ != d.det): word.i + 2].text
        noun = word.lemma_.lower()
        found = _last_named_before(docs, k, word.i, lambda ent: _named_with(ent, noun, lang, loosely=True))
        def business(ent) -> bool:  # "the company's": no agency or court
            return not on(BUSINESS_WORD_NO_PUBLIC_BODY) or noun not in lang.business_nouns \
                or word_stands_for(noun, _affiliation_of(ent, lang), lang)

        if found is None and on(GENERIC_OWNER_IS_THE_MAIN_BODY) and noun in lang.generic_org_nouns \
                and word is not compound:
            found = _most_named_before(docs, k, word.i, lang, business)  # "the broadcaster's CFO": the one it is about
        if found is None and on(LAST_BODY_OWNS_THE_TITLE) and noun in lang.generic_org_nouns and word is not compound:
            found = _last_named_before(docs, k, word.i, lambda ent: ent.label_ == lang.ent.org
                                       and not quoted_at(ent.doc, ent.start) and business(ent), back=1)
        if found is None and on(SUBJECT_BEFORE_OWNS_THE_TITLE) and word is not compound \
                and noun not in lang.business_nouns:
            found = _unnamed_subject_before(doc, word, lang)
    else:
        return None
    rest = title[len(owner):].strip() if title.startswith(owner + " ") else title
    return (_affiliation_of(found, lang), rest) if found is not None else None


def _unnamed_body_subject_before(doc, word, lang) -> bool:
    """Whether the sentence before ``word``'s, in its paragraph, has as its subject a definite word for a body with
    no name before it or apposed to it (`the joint venture said`)."""
    subj = _subject_of_the_sentence_before(doc, word, lang)
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ \
        and subj.lemma_.lower() in lang.body_nouns \
        and any(c.lower_ in lang.definite_determiners for c in subj.children) \
        and all(c.is_lower or c.dep_ == lang.dep.det for c in subj.lefts) \
        and not any(t.ent_type_ for t in subj.subtree)  # not "The Peace and Bread party", "the party, the Front,"


def _unnamed_subject_before(doc, word, lang):
    """The body that is the subject of the sentence before ``word``'s, in its paragraph, if its name holds no word
    for a kind of body (`Fianna Fail`, not `the Tarn Ministry of Finance`); else None."""
    subj = _subject_of_the_sentence_before(doc, word, lang)
    ent = entity_at(doc, subj.i) if subj is not None and subj.ent_type_ == lang.ent.org else None
    if ent is None or any(w in lang.org_heads for w in _affiliation_of(ent, lang).lower().replace("-", " ").split()):
        return None
    return ent


def _named_with(ent, noun: str, lang, loosely: bool = False) -> bool:
    """Whether ``ent`` is a body named with the word ``noun``: as its last word (`the Tarn Union`), or as its word
    before `of` or `for` (`the Union of Contract Workers`, `the Centre for Volcanology`). ``loosely``, also a name
    of any kind after the word (`the union Unite`) or with a description headed by the word apposed to it
    (`Skogvakt, an Oslo-based campaign group`, whatever the model tagged the name)."""
    if on(NUMBER_AFTER_THE_WORD) and ent.label_ in lang.ent.quantities | lang.ent.times:
        return False  # "docking the club six points": a count, not the club's name
    if loosely and (ent.start > 0 and ent.doc[ent.start - 1].lemma_.lower() == noun
                    or on(BODY_DESCRIBED_WITH_THE_WORD) and described_as(ent.root, noun, lang)):
        return True
    if on(CLUB_LETTERS_NAME_A_CLUB) and noun in lang.club_words and len(ent) > 1 and ent.label_ in lang.ent.bodies \
            and ent[0].lower_ in lang.club_prefixes and ent[0].is_upper:
        return True  # "FK Kemi Bor": a club
    return ent.label_ in lang.ent.bodies and (ent[-1].lemma_.lower() == noun or any(
        _named_before(t, lang) and t.i > ent.start and ent.doc[t.i - 1].lemma_.lower() == noun for t in ent)
        or on(WORD_BEFORE_A_SERVICE_HEAD) and len(ent) >= 2 and ent[-1].lower_ in lang.service_heads
        and ent[-2].lemma_.lower() == noun)  # "Nigeria Police Force", "Kenya Prisons Service"


def _named_before(word, lang) -> bool:
    """Whether a body's name, where ``word`` stands in it, is named by the word before: `Union` in `the Union of
    Contract Workers`, `Centre` in `the Centre for Volcanology`."""
    return on(BODY_WORD_BEFORE_OF) and word.lower_ == lang.of \
        or on(BODY_WORD_BEFORE_FOR) and word.lower_ in lang.cause_prepositions


def _hyphened(ent, lang) -> bool:
    """`Lyon-based`: a name joined by a hyphen to the word after it."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text in lang.hyphens and not doc[ent.end].whitespace_ \
        and not doc[ent.end - 1].whitespace_


def body_led_in_a_relative(docs, k: int, span, lang) -> str | None:
    """`NAME, who has led the company since 2021`, `NAME, who chairs the council`, `NAME, who heads the hospital's
    emergency unit`, in ``docs[k]``: the body the definite common noun led (or its owner) stands for, named before;
    None if there is none."""
    if not on(LEADS_THE_BODY_NAMED_BEFORE):
        return None
    d, root = lang.dep, span.root
    for verb in root.children:
        if verb.dep_ != d.relcl or verb.i < root.i or verb.lemma_.lower() not in lang.leading_verbs \
                or not on_who(verb, lang):
            continue
        obj = next((c for c in verb.children if c.dep_ == d.dobj and c.pos_ == "NOUN"), None)
        if obj is None or obj.ent_type_:
            continue
        owner = next((c for c in obj.children if c.dep_ == d.poss and c.pos_ == "NOUN"), None)
        word = owner if owner is not None else obj  # "the hospital's emergency unit": the hospital
        noun = word.lemma_.lower()
        if noun not in lang.body_nouns or not any(c.lower_ == lang.definite_article for c in word.children):
            continue
        if noun in lang.generic_org_nouns:
            found = _most_named_before(docs, k, word.i, lang)  # "the company": the one the article is about
            if found is None and on(ONE_FIRM_LED) and noun in lang.firm_nouns:
                found = _only_firm_named_before(docs, k, word.i, lang)
            if found is None and on(LAST_FIRM_LED) and noun in lang.firm_nouns:
                found = _firm_named_last_before(docs, k, word.i, lang)
        else:
            found = _last_named_before(docs, k, word.i, lambda ent, noun=noun: _named_with(ent, noun, lang))
        if found is not None:
            return _affiliation_of(found, lang)
    return None


def _only_firm_named_before(docs, k: int, before: int, lang):
    """The one firm (see ``_a_firm``) named before token ``before`` of paragraph ``k``, as named there last, or
    None when none or several were."""
    firms: dict[str, object] = {}
    for j in range(k + 1):
        for ent in entities(docs[j]):
            if (j < k or ent.end <= before) and _a_firm(ent, lang):
                firms[_affiliation_of(ent, lang)] = ent
    return next(iter(firms.values())) if len(firms) == 1 else None


def _a_firm(ent, lang) -> bool:
    """Whether ``ent`` names a firm (see ``is_company``); a name holding `of` (`the Annals of Tropical
    Therapeutics`) is none here."""
    name = _affiliation_of(ent, lang)
    return ent.label_ == lang.ent.org and is_company(name, lang) and lang.of not in name.lower().split()


def _firm_named_last_before(docs, k: int, before: int, lang):
    """The firm (see ``_a_firm``) named last before token ``before`` of paragraph ``k``, in that paragraph or the
    one before, or None."""
    for j in range(k, max(k - 2, -1), -1):
        for ent in reversed(entities(docs[j])):
            if (j < k or ent.end <= before) and _a_firm(ent, lang):
                return ent
    return None


def _most_named_before(docs, k: int, before: int, lang, accept=None):
    """The body (of those ``accept`` takes, if given) that dominates the article before token ``before`` of
    paragraph ``k`` (see ``_dominant``), as named there last, or None."""
    named: dict[str, list] = {}
    for j in range(k + 1):
        for ent in entities(docs[j]):
            if ent.label_ == lang.ent.org and (j < k or ent.end <= before) and (accept is None or accept(ent)):
                named.setdefault(_affiliation_of(ent, lang), []).append(ent)
    top = _dominant({name: len(ents) for name, ents in named.items()})
    return named[top][-1] if top is not None else None


def _body_subject_before(doc, word, lang):
    """The body subject of the main clause of the sentence before the one ``word`` (`Its`) opens, in its
    paragraph: `The Environment Agency said it had recorded incidents linked to Tarn Water. Its deputy director,
    NAME,` is the agency's, not the firm's named last."""
    subj = _subject_before(doc, word, lang)
    if subj is not None and not subj.ent_type_ and on(ITS_IS_THE_NAMED_SUBJECT) and subj.pos_ == "NOUN" \
            and subj.lemma_.lower() in lang.body_nouns:
        named = next((c for c in subj.children if c.dep_ == lang.dep.appos and c.left_edge.i == subj.i + 1
                      and c.ent_type_ and c.pos_ == "PROPN"), None)  # "The anti-corruption group Open Ledger"
        return entity_at(doc, named.i) if named is not None else None
    return entity_at(doc, subj.i) if subj is not None and subj.ent_type_ in lang.ent.bodies else None


def _team_subject_before(docs, k: int, word, lang):
    """`The Cafeteros rejected that reading. Their general manager, NAME,`: the body that the subject of the sentence
    before the one ``word`` (`Their`) opens stands for, when that subject is a proper noun in the plural after `the`
    (a team, a band): the last body named before whose name opens on it, else the body it is tagged as; else None."""
    subj = _subject_before(docs[k], word, lang)
    if subj is None or subj.pos_ != "PROPN" or not subj.is_title or subj.tag_ != lang.plural_proper_tag \
            and not subj.lower_.endswith(lang.plural_ending) \
            or not any(c.dep_ == lang.dep.det and c.lower_ == lang.definite_article for c in subj.children):
        return None
    named = _last_named_before(docs, k, subj.i, lambda ent: ent.label_ in lang.ent.bodies and next(
        (t.text for t in ent if t.lower_ not in lang.articles), None) == subj.text)
    tagged = entity_at(docs[k], subj.i) if subj.ent_type_ in lang.ent.bodies else None
    return named or tagged  # "The Tiburones", short for "the Tiburones de Puntarenas" named before


def _body_described_before(docs, k: int, word, lang):
    """`The electoral commission rejected the claims. Its ...`: the body last named with the definite word for a body
    that is the subject of the sentence before the one ``word`` opens, in its paragraph; else None."""
    subj = _subject_before(docs[k], word, lang)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() not in lang.body_nouns \
            or not any(c.lower_ == lang.definite_article for c in subj.children):
        return None
    noun = subj.lemma_.lower()
    return _last_named_before(docs, k, subj.i, lambda ent: _named_with(ent, noun, lang))


def _subject_before(doc, word, lang):
    """The subject of the main clause of the sentence before the one ``word`` opens, in its paragraph, or None."""
    return _subject_of_the_sentence_before(doc, word, lang) if word.i == word.sent.start else None


def _subject_of_the_sentence_before(doc, word, lang):
    """The subject of the main clause of the sentence before ``word``'s, in its paragraph, or None."""
    start = word.sent.start
    return _main_subject(doc[start - 1].sent, lang) if start > 0 else None


def _main_subject(sent, lang):
    """The subject of ``sent``'s main clause, or None."""
    return next((c for c in sent.root.children if c.dep_ in lang.dep.subjects), None)


def _body_subject_of(sent, lang):
    """The body that is the subject of ``sent``'s main clause, or None."""
    subj = _main_subject(sent, lang)
    return entity_at(sent.doc, subj.i) if subj is not None and subj.ent_type_ in lang.ent.bodies else None


def _body_it_stood_for(sent, lang):
    """Where ``sent``'s main subject is `it`: the body that is the main subject of a sentence before it in its
    paragraph, over other sentences with `it` for subject (`The Centre confirmed ... It warned ...`); else None."""
    doc = sent.doc
    while True:
        subj = _main_subject(sent, lang)
        if subj is None or subj.lower_ != lang.thing_pronoun or sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        found = _body_subject_of(sent, lang)
        if found is not None:
            return found


def _last_named_before(docs, k: int, before: int, accept, back: int | None = None):
    """The last entity ``accept`` takes, named before token ``before`` of paragraph ``k``, in it or in the ``back``
    paragraphs before it (all of them when None)."""
    for j in range(k, -1 if back is None else max(-1, k - back - 1), -1):
        for ent in reversed(entities(docs[j])):
            if (j < k or ent.end <= before) and accept(ent):
                return ent
    return None


def word_stands_for(word: str, name: str, lang) -> bool:
    """Whether a lower-case word for a body (`company`, `union`) can stand for the body named ``name``: a word for
    a business (`company`, `broadcaster`) for a name not ending in a word for another kind of body (`Norrvik Foods`,
    `Tarn Holdings`, `RTÉ`, not `Swedish Food Agency`); any other word (`union`, `regulator`) for a name of that
    kind (``names_its_kind``)."""
    words = name.lower().replace("-", " ").split()
    if word not in lang.business_nouns:
        return names_its_kind(word, name, lang)
    last = words[-1].rstrip(".") if words else ""  # "Ltd." is "ltd"
    return bool(words) and (last in lang.corporate_suffixes or last in lang.company_heads or last not in lang.org_heads)


def names_its_kind(word: str, name: str, lang) -> bool:
    """Whether the name ``name`` holds the lower-case word for a body ``word`` (`university`) as its kind: the word
    itself, or its like in another language (`Universidad del Tarn`); a word for a body opening or closing the name
    or before a small word such as `of` (`University of Tarn`), not describing another word inside it (`Tarn
    Federation of University Students`)."""
    words = name.lower().replace("-", " ").split()
    foreign = lang.foreign_kind_words if on(KIND_IN_ANOTHER_LANGUAGE) else {}
    for i, w in enumerate(words):
        if w != word and foreign.get(w) != word:
            continue
        if not on(KIND_NOT_A_MODIFIER) or word not in lang.body_nouns or i in (0, len(words) - 1) \
                or words[i + 1] in lang.kind_linkers \
                or words[i + 1].isdigit():  # "Teamsters Local 727"
            return True
    return False


def title_owner(title: str, lang) -> tuple[str, str] | None:
    """`union's general secretary`: the word a title opens on in the possessive, and the title after it; None if the
    title opens on no possessive (or is nothing else)."""
    owner, sep, rest = title.partition(" ")
    ending = next((e for e in lang.possessive_endings if owner.endswith(e)), None) if sep and rest else None
    return (owner[: -len(ending)], rest) if ending is not None else None


def in_the_pluperfect(verb, lang) -> bool:
    """`had accepted`, `had been mayor`: the verb has the past of the perfect's auxiliary."""
    return any(c.dep_ == lang.dep.aux and c.lemma_ == lang.perfect_auxiliary and c.tag_ == lang.past_tag
               for c in verb.children)


def title_read_as_a_verb(word, lang):
    """The person's name a word for a role (`engineer`), parsed as a verb, has as its object right after it: `said
    engineer Paul Grant`; None if it has none."""
    d = lang.dep
    if word.pos_ != "VERB" and word.dep_ != d.xcomp or not word.is_lower \
            or word.lower_ not in lang.titles and word.lower_ not in lang.person_role_nouns:
        return None
    return next((g for g in word.children if g.dep_ == d.dobj and g.ent_type_ == lang.ent.person
                 and g.left_edge.i == word.i + 1), None)


def _title_towards_a_person(noun, sub, lang) -> tuple[str, str] | None:
    """`a former adviser to President Obama`, `a lawyer for NAME`: for an apposed noun held towards the one person
    named in its phrase (`to`, `for` them), the title before the preposition and that person's name."""
    doc, d = noun.doc, lang.dep
    if noun.pos_ != "NOUN":
        return None
    prep = next((c for c in noun.children if c.dep_ == d.prep and c.lower_ in lang.posted_prepositions), None)
    held = next((g for g in prep.children if g.dep_ == d.pobj), None) if prep is not None else None
    person = entity_at(doc, held.i) if held is not None else None
    if person is None or person.label_ != lang.ent.person or person.end - 1 != sub[-1].i \
            and doc[person.end].pos_ != "PUNCT":
        return None
    title = _phrase(doc, sub[0].i, prep.i, lang)
    name = clean_name(person, lang)[0]
    return (title, name) if title and name else None


def _party_and_state(child, lang) -> str | None:
    """`D-Ohio`, `(R-New Mexico)` apposed to a name: the state, when the apposition is a party's letter, a hyphen
    and capitalised words."""
    doc = child.doc
    left = child.left_edge.i
    if left + 2 > child.i or doc[left].text + doc[left + 1].text not in lang.party_prefixes \
            or doc[left].whitespace_ or doc[left + 1].whitespace_:
        return None
    words = doc[left + 2: child.right_edge.i + 1]
    if not all(t.is_title or t.is_upper for t in words):
        return None
    return text_of(doc)[words[0].idx: words[-1].idx + len(words[-1].text)]


def _describes(tok, ent) -> bool:
    """Whether ``tok``, before the body ``ent``, modifies it, directly or through the words between them
    (`the state-run Tarn Oil Company`)."""
    for _ in range(ent.start - tok.i):
        if ent.start <= tok.head.i < ent.end:
            return True
        if not tok.i < tok.head.i < ent.start:
            return False
        tok = tok.head
    return False


def portfolio_of_a_title(ent, lang) -> bool:
    """`Secretary of State`, `Minister of Health`: a government portfolio after `TITLE of`, part of the title."""
    doc = ent.doc
    if on(PORTFOLIO_BEFORE_A_TITLE) and ent.end + 1 < len(doc) and doc[ent.end].is_title \
            and doc[ent.end].lower_.rstrip(".") in lang.titles and doc[ent.end + 1].ent_type_ == lang.ent.person \
            and ent[-1].lower_ in lang.portfolios and all(t.is_title and t.lower_ not in lang.org_heads for t in ent):
        return True  # "Cyber Security Minister NAME", "Federal Transport Minister NAME": the minister's portfolio
    return on(PORTFOLIO_IN_TITLE) and ent.start >= 2 and doc[ent.start - 1].lower_ == lang.of \
        and doc[ent.start - 2].lower_.rstrip(".") in lang.titles and all(t.lower_ in lang.portfolios for t in ent)


def _foreign(text: str, doc, lang) -> bool:
    """Whether a phrase is in another language: it holds small words that are none of this language's (an
    adjective the parser reads as one, `new`, `top`, is this language's)."""
    if not on(FOREIGN_TITLE):
        return False
    if any(c.isalpha() and not in_script(c, lang.name_script) for c in text):
        return True  # "꺼져 있다": another script than the article's
    small = [w for w in text.split() if len(w) <= 3 and w.isalpha() and w.islower() and not doc.vocab[w].is_stop]
    if not small:
        return False  # the paragraph's adjectives are read only when a small word needs them
    adjectives = {t.lower_ for t in doc if t.pos_ == "ADJ"} if on(SHORT_ADJECTIVE) else ()
    nouns = {t.lower_ for t in doc if t.pos_ == "NOUN"} if on(SHORT_NOUN) else ()  # "law": not the `NNP` of "de"
    return any(w not in adjectives and w not in nouns for w in small)


def _title_word(tok, lang) -> bool:
    """Whether a word is a title (`minister`, `Ministers`)."""
    return tok.lower_ in lang.titles or tok.lemma_.lower() in lang.titles


def _of_a_body(nouns, lang, anywhere: bool = False) -> bool:
    """Whether one of ``nouns`` is set in a body by a preposition of role (`of`, `at`): the body its object,
    or with ``anywhere`` named anywhere in the phrase (`of the band Cream`)."""
    d = lang.dep
    return any(c.dep_ == d.prep and c.lower_ in lang.role_prepositions
               and any(g.ent_type_ in lang.ent.affiliations
                       for g in (c.subtree if anywhere else (g for g in c.children if g.dep_ == d.pobj)))
               for n in nouns for c in n.children)


def _names_a_role(tok, lang) -> bool:
    """Whether a copula's attribute is a role: a title or a word for what a person does, or a noun of a body
    named right after it (`the deputy commander of the Forces`, `a member of Tarn`), not of a noun it modifies
    (`the subject of US sanctions`)."""
    return _title_word(tok, lang) or tok.lemma_.lower() in lang.person_role_nouns or _of_a_body([tok], lang)


def _is_role(tok, lang) -> bool:
    """Whether a noun names a role someone holds: a title word, or a noun of a body (`drummer of Cream`,
    `drummer and co-founder of Cream`)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
        return False
    nouns = [tok] + [c for c in tok.children if c.dep_ == lang.dep.conj and c.pos_ == "NOUN"]
    return _title_word(tok, lang) or _of_a_body(nouns, lang, anywhere=True)


def _role_after_as(root, lang, end: int | None = None) -> tuple[str | None, str | None]:
    """`sworn in as governor of Westmark`, `appointed NAME as secretary`, `NAME, serving as director`."""
    d = lang.dep
    doc = root.doc
    verbs = []
    if root.dep_ in (d.dobj, d.oprd) or root.dep_ in d.subjects and not any(
            c.dep_ in (d.dobj, d.oprd) for c in root.head.children):
        verbs.append(root.head)  # "X appointed Y as secretary": Y's role, not X's
    if on(LOST_SUBJECT) and end is not None and end < len(doc) and root.dep_ not in d.subjects \
            and doc[end].dep_ in (d.aux, d.auxpass) and doc[end].head.pos_ == "VERB" and doc[end].head.i > end \
            and not any(c.dep_ in d.subjects for c in doc[end].head.children):
        verbs.append(doc[end].head)  # "... and NAME was sworn in as governor", the name parsed into the clause before
    verbs += [c for c in root.children if c.dep_ in d.noun_clauses and c.pos_ in ("VERB", "AUX")]
    for verb in verbs:
        if on(ROLE_LOST) and verb.lemma_.lower() in lang.removal_verbs:
            continue  # "removed NAME as captain": no longer captain
        for prep in verb.children:
            if prep.dep_ != d.prep or prep.lower_ != lang.as_ or prep.i < root.i:
                continue
            obj = next((g for g in prep.children if g.dep_ == d.pobj), None)
            if obj is not None and _is_role(obj, lang):
                sub = list(obj.subtree)
                return _role_phrase(obj.doc, sub[0].i, sub[-1].i + 1, lang)
    return None, None


def _who_was(root, lang) -> tuple[str | None, str | None]:
    """`NAME, who was the mayor of Linford`: the attribute of a relative clause's copula."""
    d = lang.dep
    for rel in root.children:
        if rel.dep_ != d.relcl or rel.lemma_ != lang.copula:
            continue
        if not any(c.dep_ == d.nsubj and c.lower_ == lang.personal_relative for c in rel.children):
            continue
        attr = next((c for c in rel.children if c.dep_ == d.attr and c.pos_ in ("NOUN", "PROPN")), None)
        if attr is not None and not attr.ent_type_:
            sub = list(attr.subtree)
            return _role_phrase(attr.doc, sub[0].i, sub[-1].i + 1, lang)
    return None, None


def _portfolio_for_title(doc, start: int, lang) -> int | None:
    """Where `TITLE for PORTFOLIO` (or `TITLE of State for PORTFOLIO`) opens right before ``start``: the title
    word's index, or None. The portfolio is capitalised words, with `and` or commas between them."""
    i = start - 1
    while i > 0 and (doc[i].is_title and doc[i].is_alpha or doc[i].lower_ in lang.coordinators or doc[i].text == ","):
        i -= 1
    first = i + 1  # the first portfolio word
    if on(PORTFOLIOS_AFTER_THE_THEN_NAME) and i > 1 and i < start - 1 and doc[i].lower_ in lang.articles \
            and doc[i - 1].lower_ == lang.of:
        i -= 1  # "Minister of the Economy and Innovation NAME"
    joined = on(PORTFOLIOS_JOINED_THEN_NAME) and first < start and doc[i].lower_ == lang.of \
        and doc[first].lower_ in lang.portfolios and any(  # "Minister of Trade and Industry NAME"
            doc[x].lower_ in lang.coordinators or doc[x].text == "," for x in range(first, start))
    if first >= start or doc[i].lower_ not in lang.portfolio_prepositions and not joined \
            or not doc[first].is_title or not doc[start - 1].is_title:
        return None
    j = i - 1
    while j > 1 and doc[j].is_title and doc[j].lower_ in lang.portfolios:
        j -= 1  # "of State"
    if j < i - 1:
        j = j - 1 if doc[j].lower_ == lang.of else -1
    return j if j >= 0 and doc[j].is_title and doc[j].lower_.rstrip(".") in lang.titles \
        and not (j == i - 1 and doc[j].lower_ in lang.posted_titles) else None  # "Envoy for Syria": a posting


def _title_run(doc, start: int, lang) -> int:
    """Where a run of title words (`President and CEO`), with a body's name before them (`BG&E`), ends
    left of ``start``; ``start`` itself when no title word is right before it."""
    e = lang.ent
    i = start - 1
    titled = False
    place = entity_at(doc, i) if on(POSTED_TITLE_RUN) and i >= 0 and doc[i].ent_type_ else None
    if place is not None and place.end == start and place.start >= 2 and _posted(doc, place.start - 1, lang):
        i = place.start - 2  # "Special Representative for Iran NAME": the title the place is posted to
    while i >= 0:
        t = doc[i]
        if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ and t.lower_.rstrip(".") in lang.titles:
            titled = True
        elif on(POSTED_TITLE_RUN) and titled and t.lower_ in lang.title_qualifiers and not t.ent_type_:
            pass  # "Special Representative": a word that qualifies the title after it
        elif t.pos_ == "CCONJ" and titled and i > 0 and doc[i - 1].lower_.rstrip(".") in lang.titles:
            pass
        elif titled and t.ent_type_ in e.affiliations and t.ent_iob_ == "B":
            i -= 1  # "BG&E President": the body's name ends the run
            break
        elif titled and t.ent_type_ in e.affiliations:
            pass
        else:
            break
        i -= 1
    return i + 1 if titled else start


def _gloss_before(doc, start: int, lang) -> int | None:
    """`MP (Member of Parliament) NAME`: where a short bracketed gloss of a title opens, right before ``start``."""
    if start < 4 or doc[start - 1].text != ")":
        return None
    k = start - 2
    while k > start - 9 and doc[k].text != "(":
        if not (doc[k].is_alpha or doc[k].text in lang.hyphens) or doc[k].pos_ in ("VERB", "AUX", "PRON"):
            return None
        k -= 1
    return k if doc[k].text == "(" and k > 0 and doc[k - 1].lower_.rstrip(".") in lang.titles else None


def _untagged_body(g, lang) -> str | None:
    """`of the Tarn High Court`, `of Kemiville Police`, the model having tagged none of it: capitalised proper nouns
    ending in a body's head word (not a title's, as in `of Foreign Affairs Minister NAME`)."""
    doc = g.doc
    if g.pos_ != "PROPN" or not g.is_title or g.lower_ not in lang.org_heads and not (
            on(UNTAGGED_NAME_AFTER_OF) and g.head.head.ent_type_ == lang.ent.person):
        return None  # with no body's word, only right after a person's name: "Maria Garcia of Human Rights Watch"
    start = g.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
            and start <= doc[start - 1].head.i <= g.i and doc[start - 1].dep_ == lang.dep.compound:
        start -= 1
    words = doc[start: g.i + 1]
    if len(words) < 2 or any(t.lower_.rstrip(".") in lang.titles for t in words):
        return None
    return text_of(doc)[words[0].idx: g.idx + len(g.text)]


def _body_run_after_of(span, lang) -> tuple[int, int] | None:
    """`Laura Chen of Clean Water Alliance Kenya said`: the capitalised words right after a person's `of`, up to
    what is no noun, when one of them is a body's word or tagged as a body's and the model tagged them otherwise
    than as one body. Returns their token range."""
    doc, e = span.doc, lang.ent
    if span.end + 2 >= len(doc) or doc[span.end].lower_ != lang.of:
        return None
    start = span.end + 1 + (doc[span.end + 1].lower_ in lang.articles)
    k = start
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1
    words = doc[start:k]
    if len(words) < 2 or k < len(doc) and (doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "ADP", "CCONJ")
                                           or doc[k].tag_ == lang.possessive_tag):
        return None  # "of Tarn Union Beijing office", "of Tarn Union's board", "of the Carnegie Endowment for
        # International Peace": the body is not all of it
    if any(t.lower_.rstrip(".") in lang.titles for t in words) \
            or not any(t.lower_ in lang.org_heads or t.ent_type_ in e.institutions for t in words):
        return None
    one = entity_at(doc, start)
    if one is not None and one.end >= k and one.label_ in e.institutions:
        return None  # tagged as one body already
    return start, k


def _described_body(g, lang) -> str | None:
    """`of the charity The Harbour Seed`, `of the rock band Tarn`: the name a descriptor of a body introduces,
    whatever the model tagged it."""
    doc = g.doc
    if g.pos_ == "NOUN" and g.lemma_.lower() in lang.org_descriptors:
        name = next((c for c in g.children if c.dep_ == lang.dep.appos and c.pos_ == "PROPN" and c.i > g.i), None)
    elif g.pos_ == "PROPN" and g.is_title and any(c.dep_ == lang.dep.compound and c.pos_ == "NOUN"
                                                  and c.lemma_.lower() in lang.org_descriptors for c in g.children):
        name = g
    elif g.pos_ == "PROPN" and g.is_title and on(DESCRIBED_AFTER) and any(
            c.dep_ == lang.dep.appos and c.pos_ == "NOUN" and c.i > g.i and c.lemma_.lower() in lang.org_descriptors
            for c in g.children):
        name = g  # "of Apex Shark Expeditions, a company that ..."
    else:
        return None
    if name is None:
        return None
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].head.i == name.i:
        start -= 1
    if start > 0 and doc[start - 1].text == "The":  # "The Harbour Seed": a capital The is the name's
        start -= 1
    words = doc[start: name.i + 1]
    if any(t.ent_type_ == lang.ent.person for t in words) and not (len(words) >= 2 and name.lower_ in lang.org_heads):
        return None  # (but "of the restructuring firm Larkin Shaw Advisory", tagged a person, ends on a body's word:
        # where the actors are read, a body tagged a person is read as a body, the rules for pronouns and speakers
        # read it here)
    return text_of(doc)[words[0].idx: name.idx + len(name.text)]


def _member_of(root, lang) -> str | None:
    """The body a person joined, formed or was known from: `NAME joined the Tarn Party`, `A, B and C formed
    Tarn` (every conjunct of the subject), `NAME, who was known from The Tarns`."""
    d, doc = lang.dep, root.doc
    verb_of_known, prep_of_known = lang.known_from
    head = root
    while head.dep_ == d.conj or head.dep_ == d.appos and head.head.i < head.i:
        head = head.head  # "Baker, Bruce and NAME formed": the list's first name is the subject
    found = []
    if head.dep_ == d.nsubj and head.head.lemma_.lower() in lang.membership_verbs:
        found += [c for c in head.head.children if c.dep_ == d.dobj]
    for rel in root.children:
        if rel.dep_ == d.relcl and rel.lemma_.lower() == verb_of_known:
            found += [g for p in rel.children if p.dep_ == d.prep and p.lower_ == prep_of_known
                      for g in p.children if g.dep_ == d.pobj]
    for g in found:
        ent = entity_at(doc, g.i)
        if ent is not None and ent.label_ in lang.ent.bodies:
            return _affiliation_of(ent, lang)
        if g.pos_ == "PROPN" and g.is_title and g.ent_type_ != lang.ent.person and head.dep_ == d.nsubj:
            return _phrase(doc, g.left_edge.i, g.i + 1, lang) or None  # "formed Cream", tagged as a product
    return None


def _common_noun_body(g, lang) -> str | None:
    """`the island's water authority`, `the Westmark provincial council`: a body's head noun with a noun or a name
    before it, as written (its article kept: it has no name of its own)."""
    d, doc = lang.dep, g.doc
    noun = g.pos_ == "NOUN" or g.pos_ == "PROPN" and g.is_lower  # "the Calbayog diocese", tagged a proper noun
    if not noun or g.lemma_.lower() not in lang.org_heads or g.i - g.left_edge.i > 7:
        return None
    if not any(c.dep_ in (d.poss, d.compound, d.nmod) and c.i < g.i for c in g.children):
        return None
    if any(t.pos_ == "PRON" or t.ent_type_ == lang.ent.person and not (
            on(NAMED_REGION_BODY) and t.dep_ != d.poss and any(
                a.lower_ in lang.place_adjectives for a in doc[t.i + 1: g.i]))
           for t in doc[g.left_edge.i: g.i]):
        return None  # "of Lind's party", "of his party": whose, not which body (but "the Kadir provincial council")
    start = g.left_edge.i
    while start < g.i and doc[start].is_punct:
        start += 1
    return text_of(doc)[doc[start].idx: g.idx + len(g.text)]


def _body_at(g, lang) -> str | None:
    """The body a phrase's head names: a body's name, or a body described by common nouns."""
    ent = entity_at(g.doc, g.i)
    if ent is not None and ent.label_ in lang.ent.bodies:
        return _affiliation_of(ent, lang)
    return _common_noun_body(g, lang) if on(COMMON_NOUN_BODY) else None


def _speaks_for(root, lang) -> str | None:
    """`NAME, speaking for the Health Ministry`, `speaking on behalf of X`, `NAME, representing X`."""
    d = lang.dep
    verbs = [v for v in root.children if v.dep_ in (d.acl, d.relcl) and v.pos_ == "VERB" and v.i > root.i]
    if on(SPEAKING_FOR_BEFORE) and root.dep_ in d.subjects:  # "Speaking for the Commission, spokesman NAME said"
        verbs += [v for v in root.head.children if v.dep_ == d.advcl and v.pos_ == "VERB" and v.i < root.i
                  and v.tag_ in lang.gerund_tags and not any(c.dep_ in d.subjects for c in v.children)]
    doc = root.doc
    if on(FOR_SET_OFF) and root.dep_ in d.subjects and root.head.i > root.i:  # "NAME, for the Tarn Trust, said"
        for prep in [*root.head.children, *root.children]:  # hung on the verb or on the name
            if prep.dep_ == d.prep and prep.lower_ == lang.behalf[2] and prep.i == root.i + 2 \
                    and doc[root.i + 1].text == "," and prep.right_edge.i + 1 < root.head.i \
                    and doc[prep.right_edge.i + 1].text == ",":
                for g in prep.children:
                    body = _body_at(g, lang) if g.dep_ == d.pobj else None
                    if body:
                        return body
    for verb in verbs:
        lemma = verb.lemma_.lower()
        objects = []
        if lemma == lang.representing_verb:
            objects = [c for c in verb.children if c.dep_ == d.dobj]
        elif lemma in lang.speaking_verbs or on(ACTING_FOR) and lemma in lang.acting_for_verbs:
            for prep in verb.children:
                if prep.dep_ != d.prep:
                    continue
                for g in prep.children:
                    if g.dep_ != d.pobj:
                        continue
                    if prep.lower_ == lang.behalf[0] and g.lower_ == lang.behalf[1]:  # "on behalf of X"
                        objects += [o for p in g.children if p.dep_ == d.prep and p.lower_ == lang.of
                                    for o in p.children if o.dep_ == d.pobj]
                    elif prep.lower_ == lang.behalf[2]:  # "speaking for X"
                        objects.append(g)
        for g in objects:
            body = _body_at(g, lang)
            if body:
                return body
    return None


def _works_for(root, lang) -> str | None:
    """`NAME, who works at X`, `NAME is a banker and works for X`: the body after a verb of working
    (``lang.work_frames``, with the prepositions that name the body) whose subject is the person."""
    d = lang.dep
    verbs = [c for c in root.children if c.dep_ == d.relcl and c.i > root.i and on_who(c, lang)]
    if on(WHO_CLAUSE_CONJUNCT):  # "NAME, who grows pecans and heads X"
        verbs += [c for v in verbs for c in v.children if c.dep_ == d.conj and c.pos_ == "VERB"
                  and not any(s.dep_ in d.subjects for s in c.children)]
    if on(WHO_ON_THE_DESCRIPTION):  # "NAME, a creel fisherman who chairs X": `who` hung on the apposed noun
        verbs += [c for a in root.children if a.dep_ == d.appos and a.pos_ == "NOUN" and a.i > root.i
                  for c in a.children if c.dep_ == d.relcl and c.lemma_.lower() in lang.leading_verbs
                  and on_who(c, lang)]
    if on(WORKING_PARTICIPLE):  # "NAME, presiding in the Tarn District Court,", hung on the name or on its verb
        verbs += [c for c in root.children if c.dep_ == d.acl and c.tag_ in lang.gerund_tags and c.i > root.i]
        if root.dep_ in d.subjects:
            verbs += [c for c in root.head.children if c.dep_ == d.advcl and c.tag_ in lang.gerund_tags
                      and root.i < c.i < root.head.i]
    if root.dep_ in d.subjects:
        verbs.append(root.head)
        verbs += [c for c in root.head.children if c.dep_ == d.conj and c.pos_ in ("VERB", "AUX")
                  and not any(s.dep_ in d.subjects for s in c.children)]  # "is a banker and works for X"
    for verb in verbs:
        preps = lang.work_frames.get(verb.lemma_.lower(), ())
        if on(LEADS_A_BODY) and verb.lemma_.lower() in lang.leading_verbs and verb.pos_ == "VERB":
            obj = next((c for c in verb.children if c.dep_ == d.dobj), None)
            body = _body_at(obj, lang) if obj is not None else None
            if obj is not None and (obj.pos_ == "NOUN" or obj.is_lower and on(PLACE_OF_THE_PART_LED)) \
                    and on(LEADS_A_PART):
                # the part a common noun names (`the insect programme`) is of the body named after it
                preps = [*obj.children, *(c for c in verb.children if c.i > obj.i)]  # "at X" hung on either
                body = next((b for p in preps if p.dep_ == d.prep and p.lower_ in lang.affiliation_prepositions
                             for g in p.children if g.dep_ == d.pobj
                             for b in [_body_at(g, lang) or _place_of_a_part(p, g, obj, lang)] if b), body)
            if body:
                return body  # "NAME, who heads the Tarn Red Cross", "the cardiology unit at X"
        for prep in verb.children:
            if prep.dep_ == d.prep and prep.lower_ in preps:
                for g in prep.children:
                    body = _body_at(g, lang) if g.dep_ == d.pobj else None
                    if body:
                        return body
        if on(WORKPLACE_ON_THE_OBJECT) and preps:
            # "who teaches labour relations at X", "who has worked in the emergency department at X": the
            # parser hung `at X` on what is taught, or on where in the body the work is done
            nouns = [c for c in verb.children if c.dep_ == d.dobj] + [
                g for p in verb.children if p.dep_ == d.prep for g in p.children if g.dep_ == d.pobj]
            for noun in nouns:
                for prep in noun.children:
                    if prep.dep_ == d.prep and prep.lower_ in preps and prep.lower_ in lang.workplace_prepositions:
                        body = next((b for g in prep.children if g.dep_ == d.pobj for b in [_body_at(g, lang)] if b),
                                    None)
                        if body:
                            return body
    return None


def _home_town(root, aff: str, lang) -> bool:
    """Whether ``aff`` is a town (no country) the phrase on the name ``root`` says the person is from: `NAME, a
    rancher from near Dauphin`."""
    for x in entities_within(root.doc, root.i, root.right_edge.i + 1):
        if x.label_ not in lang.ent.nations or _affiliation_of(x, lang) != aff or lang.country_of(aff):
            continue
        t = x.root.head
        while t.pos_ == "ADP" and t.lower_ != lang.origin_preposition and t.head.i != t.i:
            t = t.head  # "from near Dauphin"
        if t.lower_ == lang.origin_preposition:
            return True
    return False


def _place_of_a_part(prep, g, obj, lang) -> str | None:
    """`the security department of Westmark`: the place after `of` on the common noun led."""
    if not on(PLACE_OF_THE_PART_LED) or prep.lower_ != lang.of or prep.head.i != obj.i:
        return None
    ent = entity_at(g.doc, g.i)
    return _affiliation_of(ent, lang) if ent is not None and ent.label_ in lang.ent.nations else None


def _led_by(root, lang) -> str | None:
    """`The Tarn Rowing Club, headed by NAME`, `The court is led by President NAME`: the body a leading verb's
    passive makes the person head of; `the court` alone is the last body named before it with that head word."""
    d, doc = lang.dep, root.doc
    agent = root.head
    if root.dep_ != d.pobj or agent.dep_ != d.agent:
        return None
    verb = agent.head
    if verb.lemma_.lower() not in lang.leading_verbs:
        return None
    led = verb.head if verb.dep_ == d.acl else next((c for c in verb.children if c.dep_ == d.nsubjpass), None)
    if led is None or led.pos_ not in ("NOUN", "PROPN"):
        return None
    body = _body_at(led, lang)
    if body is None and led.pos_ == "NOUN" and led.lemma_.lower() in lang.org_heads \
            and any(c.lower_ in lang.articles for c in led.children):
        named = [x for x in entities(doc) if x.end <= led.i and x.label_ in lang.ent.bodies
                 and x[-1].lemma_.lower() == led.lemma_.lower()]
        body = _affiliation_of(named[-1], lang) if named else None  # "The Tarn Supreme Court ... the court"
    return body


def _ends_a_list(span, lang) -> bool:
    """Whether only other names (and `and`, commas) follow a name to the end of its sentence."""
    doc = span.doc
    for t in doc[span.end:]:
        if t.is_sent_start:
            return True
        if not (t.ent_type_ == lang.ent.person or t.lower_ in lang.coordinators or t.is_punct):
            return False
    return True


def _same_clause(tok, verb, d) -> bool:
    """Whether ``tok`` hangs on ``verb`` through no coordinated verb (`A said X, and B said her Y`)."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == d.conj and tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return tok.i == verb.i


def _country_after(span, lang) -> str | None:
    """`NAME also from Norland`, `A and B, both from Norland`: the country named after `from` right after the
    name (past other names listed with it, when a quantifier says the place is all of theirs); `A and B, both
    Democrats`: the body right after the quantifier."""
    doc, e = span.doc, lang.ent
    j, others, shared = span.end, False, False
    while j < len(doc) and j < span.end + 10:
        t = doc[j]
        if t.ent_type_ == e.person or t.lower_ in lang.coordinators or t.text == ",":
            others = others or t.ent_type_ == e.person
        elif t.lower_ in lang.origin_adverbs:
            shared = shared or t.lower_ in lang.shared_quantifiers
        else:
            break
        j += 1
    if on(BODY_AFTER_BOTH) and shared and j < len(doc) and doc[j].lower_ != lang.origin_preposition:
        body = entity_at(doc, j)  # "A and B, both Democrats,"
        if body is not None and body.start == j and body.label_ in e.affiliations:
            return _affiliation_of(body, lang)
    if j + 1 >= len(doc) or doc[j].lower_ != lang.origin_preposition or (others and not shared):
        return None
    place = entity_at(doc, j + 1)
    if place is None or place.start != j + 1 or place.label_ not in e.nations:
        return None
    return lang.country_of(place.text) and _affiliation_of(place, lang)


def _posted(doc, i: int, lang):
    """The country or body a posted title is held towards, when ``doc[i]`` is the `to` of `Ambassador to
    Germany`: the entity right after it."""
    if not on(POSTED_TITLE) or doc[i].lower_ not in lang.posted_prepositions or i == 0 or i + 1 >= len(doc) \
            or doc[i - 1].lower_ not in lang.posted_titles:
        return None
    ent = entity_at(doc, i + 1)
    return ent if ent is not None and ent.start == i + 1 and ent.label_ in lang.ent.affiliations else None


def _body_word(t, lang) -> bool:
    """A capitalised word that can be part of a body's name: no title word, no person's."""
    return t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in lang.titles \
        and t.ent_type_ != lang.ent.person


def _acronym(word: str, lang) -> bool:
    """`IMF`, `WHO`: two to six capital letters that are no title's abbreviation (`MP`, `CEO`)."""
    return word.isalpha() and word.isupper() and 2 <= len(word) <= lang.longest_acronym \
        and word.lower() not in lang.titles and word.lower() not in lang.honorifics and not lang.country_of(word)


def _body_run(doc, ent, name_start: int, lang) -> int:
    """Where a body's name tagged only in part before title words ends: `United States` `House of
    Representatives` before `Speaker NAME`, `Samoa` `Observer` before `editor NAME`. The run must be followed by
    title words alone, and either the first is in lower case or the run holds a body's head word; a
    nationality opens a body's name only with such a word (`Dutch Safety Board`, never `Kenyan Olympic`)."""
    k = ent.end
    while k < name_start and (_body_word(doc[k], lang) or doc[k].lower_ == lang.of and k > ent.end
                              and k + 1 < name_start and _body_word(doc[k + 1], lang)):
        k += 1
    if k == ent.end or k == name_start or not all(t.lower_.rstrip(".") in lang.titles for t in doc[k: name_start]):
        return ent.end
    headed = any(t.lower_ in lang.org_heads for t in doc[ent.start: k])
    if ent.label_ == lang.ent.norp and not headed or not (doc[k].is_lower or headed):
        return ent.end
    return k


def _owner_before_a_name(doc, pre_start: int, stop: int, lang) -> tuple[int, int] | None:
    """The words of `Human Rights Watch's` (untagged) or `Greenpeace's` (tagged a person) before a person's
    name: where a run of capitalised words, none a title word, ends in the possessive that opens the words
    before the name. (start, end) of the run, the possessive at ``end``."""
    p = next((k for k in range(max(pre_start - 1, 0), stop) if doc[k].tag_ == lang.possessive_tag), None)
    related = lang.kinship_nouns | lang.relation_nouns
    if p is None or p == 0 or any(t.lemma_.lower() in related for t in doc[p + 1: stop]):
        return None  # "Day's son, Terry Melcher": the owner of a relation is a person
    k = p - 1
    if doc[k].ent_type_ == lang.ent.person:
        tagged = next((x for x in doc.ents if x.start <= k < x.end), None)
        if tagged is None or len(tagged) != 1 or not owns_a_full_name(tagged, lang):
            return None
        return (k, p) if k >= pre_start - 1 else None
    while k >= 0 and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_ \
            and doc[k].lower_ not in lang.titles:
        k -= 1
    start = k + 1
    return (start, p) if start < p and start == pre_start else None


def _apposed_title_words(head, name_start: int, lang) -> list:
    """The words of the title ``head`` heads, set off before the name at ``name_start`` ("The general
    secretary of the union, Jane Doe"), without what the parser hung on that title and is none of it."""
    doc, d, e = head.doc, lang.dep, lang.ent
    sub = [t for t in head.subtree if t.i < name_start]
    if on(APPOSED_ACROSS_A_CLAUSE) and any(t.i > head.i and t.pos_ in ("VERB", "AUX")
                                           and t.dep_ not in d.not_a_cue for t in sub):
        return []  # "the courthouse in Puno that investigators had evidence ..., NAME": no title of the name's
    while on(CONJUNCTION_OPENS_NO_TITLE) and sub and sub[0].dep_ == d.cc and sub[0].i == sub[0].sent.start:
        sub.pop(0)  # "But his older brother NAME, ... posted": the sentence's conjunction, parsed on the title
    if on(QUOTATION_NO_TITLE):  # "\"...,\" the union's general secretary, NAME": the quotation hung on it
        clauses = {t.i for c in head.children if c.i < head.i and c.dep_ in (d.ccomp, d.parataxis)
                   for t in c.subtree}
        sub = [t for t in sub if t.i not in clauses]
    if on(NO_NAME_IN_TITLE):  # "Lind, Bruce and singer Eric Moss": the title is what follows the other names
        others = [t.i for t in sub if t.ent_type_ == e.person and entity_at(doc, t.i).root.dep_ not in d.name_part]
        sub = [t for t in sub if not others or t.i > max(others)]
        while others and sub and (sub[0].is_punct or sub[0].pos_ == "CCONJ"):
            sub.pop(0)  # "and singer"
    while on(STYLE_AFTER_AN_APPOSED_TITLE) and sub and sub[-1].i > head.i \
            and (sub[-1].is_punct or sub[-1].pos_ == "DET" or sub[-1].lower_ in lang.honorifics):
        sub.pop()  # "The abbot, the Venerable NAME": the title ends before its comma
    return sub


def title_and_affiliation(span, name_start: int, lang, depth: int = 0) -> tuple[str | None, str | None]:
    """Title and affiliation stated beside a person's name, if any; none where the title found is a word for a place
    (`the nearest large town`, `the Croatian border`)."""
    title, aff = _title_and_affiliation(span, name_start, lang, depth)
    if title:
        words = title.lower().split()
        stops = {lang.of, lang.site_preposition, lang.motion_from} | lang.place_prepositions \
            | lang.employer_prepositions | lang.person_prepositions
        head = next((k for k, w in enumerate(words) if w in stops), len(words))  # "mayor" of "mayor of the town"
        if head and words[head - 1] in lang.place_nouns | lang.landform_nouns | lang.edge_nouns \
                and not any(w in lang.titles or w in lang.person_nouns for w in words) and on(PLACE_WORD_NO_TITLE):
            return None, None  # (not "City of Busselton Mayor")
    return title, aff


def _title_and_affiliation(span, name_start: int, lang, depth: int = 0) -> tuple[str | None, str | None]:
    """Title and affiliation stated beside a person's name, if any.

    ``name_start`` is the first token of the name itself: tokens of the entity
    before it ("President" in "President Trump") are title words.
    """
    doc = span.doc
    d, e = lang.dep, lang.ent
    root = span.root
    title = aff = nation = seat = None
    # 1. words before the name in its own noun phrase: "Chinese ... spokesman Lin Jian"
    in_phrase = {t.i for t in root.subtree}
    if on(COORDINATED_TITLES) and root.dep_ == d.conj and root.head.pos_ == "NOUN" and root.head.i < span.start \
            and root.head.lower_ in lang.titles:
        in_phrase |= {t.i for t in root.head.subtree if t.i < span.start}  # "adviser and retired general NAME"
    if root.dep_ == d.pobj and root.head.i > 0 and _posted(doc, root.head.i, lang) is not None \
            and root.head.head.i == root.head.i - 1:
        in_phrase |= {t.i for t in root.head.head.subtree if t.i < span.start}  # "Ambassador to Germany NAME"

    if on(TITLE_READ_AS_A_SECOND_SUBJECT) and root.dep_ in d.subjects:
        k = span.start - 1
        while k > 0 and doc[k].lower_ in lang.honorifics:
            k -= 1  # "Finance chief Dr. NAME said", `chief` and the name both parsed as subjects of `said`
        if k >= 0 and k < span.start - 1 and doc[k].dep_ in d.subjects and doc[k].head.i == root.head.i \
                and doc[k].lower_.rstrip(".") in lang.titles:
            in_phrase |= {t.i for t in doc[k].subtree if t.i < span.start} | set(range(k, span.start))
    portfolio_for = _portfolio_for_title(doc, span.start, lang) if on(PORTFOLIO_FOR_IN_TITLE) else None
    if portfolio_for is not None:
        in_phrase |= {t.i for t in doc[portfolio_for].subtree if t.i < span.start}

    def joins_title(i: int) -> bool:
        t = doc[i]
        if portfolio_for is not None and portfolio_for <= i < span.start:
            return True  # "Minister for Housing, Local Government and Heritage NAME"
        if on(ARTICLE_IN_TITLE) and i in in_phrase and t.lower_ in lang.articles and i >= 2 \
                and doc[i - 1].lower_ == lang.of and doc[i - 2].lower_.rstrip(".") in lang.titles:
            return True  # "Head of the commission NAME": "the" inside the title
        if i not in in_phrase or t.pos_ in ("AUX", "DET", "PRON"):
            return False
        posted_at = entity_at(doc, i) if t.ent_type_ else None
        if posted_at is not None and posted_at.start > 0 and posted_at.start - 1 not in in_phrase \
                and _posted(doc, posted_at.start - 1, lang) is not None:
            return False  # "Ambassador to Norway, NAME" parsed apposed: the place is the title's, read with it
        if on(NO_DATE_IN_TITLE) and t.ent_type_ in lang.ent.times:
            return False  # "On Friday Mayor NAME said": the day is no part of the title
        if t.pos_ == "VERB" and not (on(COORDINATED_TITLES) and t.dep_ == d.amod and t.head.i > i):
            return False  # "retired general" is a title, "said" is not
        if t.ent_type_ == e.person:
            if on(NAME_MODIFIES_TITLE):  # "former Lind adviser": whose adviser
                k = i
                while k + 1 < span.start and doc[k + 1].ent_type_ == e.person and doc[k + 1].ent_iob_ == "I":
                    k += 1
                nxt = doc[k + 1] if k + 1 < span.start else None
                return nxt is not None and nxt.pos_ == "NOUN" and not nxt.ent_type_ \
                    and nxt.lower_.rstrip(".") in lang.titles and doc[k].head.i == nxt.i
            return False  # "US President Donald Trump and Turkish President ...": another person
        if t.text in lang.hyphens and i > 0 and not doc[i - 1].whitespace_:
            return True  # "Secretary-General", "ABS-CBN"
        if on(APOSTROPHE_POSSESSIVE) and t.tag_ == lang.possessive_tag and i > 0 and not doc[i - 1].whitespace_:
            return True  # "Reuters' NAME": the apostrophe alone is the possessive of a name ending in s
        if t.is_punct:
            return False
        if t.pos_ == "CCONJ":  # "Retired FBI agent and terrorism specialist NAME"
            return on(COORDINATED_TITLES) and t.head.pos_ == "NOUN" and t.head.i < i and i + 1 < span.start \
                and doc[i + 1].ent_type_ != e.person
        if t.pos_ == "ADP":  # "Chief Executive of Hong Kong Carrie Lam"
            return bool(t.ent_type_) or (t.lower_ == lang.of and i + 1 < len(doc) and bool(doc[i + 1].ent_type_)) \
                or (on(BODY_RUNS_OVER_ITS_TAG) and t.lower_ == lang.of and 0 < i < span.start - 1
                    and _body_word(doc[i - 1], lang) and _body_word(doc[i + 1], lang)) \
                or (on(TITLE_WITH_OF) and t.lower_ == lang.of and i > 0 and doc[i - 1].lower_ in lang.titles) \
                or _posted(doc, i, lang) is not None
        return True

    i = span.start - 1
    while i >= 0:
        if not joins_title(i):
            if on(HYPHENATED_TITLE) and i + 2 < span.start and doc[i + 1].text in lang.hyphens \
                    and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and doc[i].is_alpha:
                in_phrase |= {t.i for t in doc[i].subtree}  # "co-author": the parser hung "co" elsewhere
                if joins_title(i):
                    i -= 1
                    continue
            break
        i -= 1
    pre_start = i + 1
    if pre_start == span.start and on(TITLE_RUN_BEFORE_NAME) \
            and not (root.dep_ == d.appos and root.head.i < span.start):  # an apposed title is read in step 4
        pre_start = _title_run(doc, span.start, lang)
    if on(PLACE_BEFORE_TITLE) and 0 < pre_start < name_start and doc[pre_start].lower_.rstrip(".") in lang.titles:
        place = entity_at(doc, pre_start - 1)
        if place is not None and place.label_ in e.nations and place.end == pre_start and place.root.dep_ == d.pobj:
            nation = _affiliation_of(place, lang)  # "According to Westmark Senator NAME"
    stop = name_start  # where the title words end: the name, or a bracketed gloss of the title
    if on(STYLE_NO_TITLE):  # "Trade Minister Datuk Seri NAME": the style, before the name, is no part of the title
        stop = next((j for j in range(pre_start, stop) if style_end(doc, j, lang) == stop), stop)
    if on(GLOSSED_TITLE) and pre_start == name_start:
        gloss = _gloss_before(doc, name_start, lang)
        if gloss is not None:
            pre_start, stop = max(doc[gloss - 1].left_edge.i, gloss - 6), gloss  # the title's own phrase
    owner = _owner_before_a_name(doc, pre_start, stop, lang) if on(OWNER_BEFORE_A_NAME) else None
    if owner is not None:
        aff = _phrase(doc, owner[0], owner[1], lang)
        pre_start = owner[1] + 1  # the title, if any, after the possessive
    if pre_start < stop:
        words = []
        j = pre_start
        while j < stop:
            posted = _posted(doc, j, lang) if j > pre_start else None
            if posted is not None and posted.end <= stop:
                words += doc[j: posted.end]  # "Ambassador to Germany": where the holder serves, a part of the title
                j = posted.end
                continue
            ent = entity_at(doc, j)
            if ent is not None and ent.start == j and portfolio_of_a_title(ent, lang):
                if j - 2 < pre_start and doc[j - 1].lower_ == lang.of:  # "Minister of Health Eva Kron": the title
                    # is read whole in step 3b
                    j = ent.end
                    continue
                ent = None  # "Secretary of State": the portfolio is the title's
            if ent is not None and on(TITLE_WORD_TAGGED) and ent.start == j and ent.end <= stop \
                    and all(t.lower_.rstrip(".") in lang.titles for t in ent):
                ent = None  # "Supreme Leader NAME" with "Supreme" tagged as a body: a word of the title
            with_article = ent is not None and ent.start == j - 1 == pre_start - 1 and on(BODY_WITH_ITS_ARTICLE) \
                and doc[ent.start].lower_ in lang.articles
            across_dash = ent is not None and ent.start < j == pre_start and on(DASH_IN_A_NAME) \
                and doc[j - 1].text in lang.name_dashes and not doc[j - 1].whitespace_ \
                and not doc[j - 2].whitespace_  # "African Export–Import Bank", the parser cutting it at the dash
            if ent is not None and ent.label_ in e.affiliations and ent.end <= stop \
                    and (ent.start >= j or with_article or across_dash):
                run = _body_run(doc, ent, stop, lang) if on(BODY_RUNS_OVER_ITS_TAG) else ent.end
                if run > ent.end:  # "Samoa Observer editor NAME" tagged `Samoa`: the body is the whole run
                    aff = aff or _phrase(doc, ent.start, run, lang)
                    j = run
                    continue
                if ent.label_ in e.nations and on(BODY_BEATS_COUNTRY):
                    nation = nation or _affiliation_of(ent, lang)  # "Polish": unless a body is named too
                    seat = seat or ent
                else:
                    aff = aff or _affiliation_of(ent, lang)
                j = ent.end
                continue
            hyphened = on(WORD_HYPHENED_INTO_A_TITLE) and doc[j].is_alpha and not doc[j].whitespace_ \
                and j + 1 < stop and doc[j + 1].text in lang.hyphens \
                and doc[j].lower_ not in lang.former_role_words  # "Left-leaning former governor", not "then-"
            if (doc[j].pos_ in ("NOUN", "PROPN", "ADJ") or doc[j].text in lang.hyphens or hyphened) \
                    and not (on(HONORIFIC_NO_TITLE) and doc[j].lower_ in lang.honorifics):
                words.append(doc[j])  # "Dr." is how a name is addressed, not what the person is
            j += 1
        while words and words[-1].lower_ == lang.of:
            words.pop()
        spaced = len(words) - sum(1 for w in words if not w.whitespace_ and w.i + 1 < stop) \
            if on(HYPHENATED_TITLE) else len(words)  # "study co-author" is two words
        if spaced > 3 and not any(_title_word(w, lang) for w in words):
            words = []  # a clause the parser hung on the name (or words of another language), not a title
        if on(NAME_WORD_NO_TITLE) and len(words) == 1 and words[0].i == stop - 1 and words[0].pos_ == "PROPN" \
                and words[0].is_title and words[0].lower_.rstrip(".") not in lang.titles and not aff and not nation:
            words = []  # "Sadiq Khan" tagged "Khan": a name's first word the model left out is no title
        # a head word alone ("Police Sergeant NAME") names no body: it is part of the title
        head = next((n for n, w in enumerate(words[:-1]) if n and w.lower_ in lang.org_heads and not (
            on(CABINET_IN_A_TITLE) and w.lower_ in lang.cabinet_words)), None) \
            if on(UNTAGGED_BODY_BEFORE_TITLE) and aff is None else None  # ("Interior Cabinet Secretary": a title)
        if head is None and on(TEAM_BEFORE_A_TITLE) and aff is None and nation is None:
            # "Caloundra coach Geoff Ingram", "Arlo United coach NAME": the name before a title word in lower case
            head = next((n - 1 for n, w in enumerate(words) if n and w.is_lower and w.lower_ in lang.titles), None)
            if head is not None and any(w.lower_ in lang.titles or not w.is_title for w in words[:head + 1]):
                head = None
        if head is None and on(NAME_BEFORE_A_TITLE_IN_ONE_ENTITY) and aff is None and nation is None and words \
                and words[0].i >= span.start:
            n = next((n for n, w in enumerate(words[:3]) if n and w.lower_.rstrip(".") in lang.titles), None)
            if n is not None and words[n].is_title and all(
                    w.pos_ == "PROPN" and w.is_title and not _title_word(w, lang) and w.lower_ not in lang.portfolios
                    and w.lower_ not in lang.title_qualifiers for w in words[:n]):
                head = n - 1  # "Chihuahua Governor NAME", all one name to the model
        before = doc[words[0].i - 1] if words and words[0].i > 0 else None
        if head is None and on(ACRONYM_BEFORE_TITLE) and aff is None and nation is None and before is not None \
                and words[-1].lower_.rstrip(".") in lang.titles and _acronym(before.text, lang) \
                and not before.ent_type_ \
                and (before.i == 0 or doc[before.i - 1].is_punct or doc[before.i - 1].lower_ in lang.articles):
            aff = before.text  # "WHO Director-General NAME", the acronym parsed as a pronoun (one in the title
            # itself, "IMF managing director NAME", is split off the title at the end)
        if head is not None and all(w.pos_ == "PROPN" and w.is_title for w in words[:head + 1]) \
                and all(w.lower_ in lang.titles for w in words[head + 1:]):
            # "The Tarn Institute Director NAME", the institute untagged: its name, then the title
            aff = text_of(doc)[words[0].idx: words[head].idx + len(words[head].text)]
            words = words[head + 1:]
        if words:
            title = text_of(doc)[words[0].idx: words[-1].idx + len(words[-1].text)]
            last = words[-1]
            if on(PLURAL_TITLE) and last.lower_.endswith("s") and last.lower_[:-1] in lang.titles \
                    and last.lower_ not in lang.titles and any(c.dep_ == d.conj for c in root.children):
                title = title[:-1]  # "Senators Holt and Ode": each one a senator
    # 2. an apposition after the name: "Yun Sun, director of the China Program at the Stimson Center"
    body_run = _body_run_after_of(span, lang) if on(BODY_NAME_RUNS_ON) else None
    works = works_in_brackets(span, lang)
    if body_run is not None:
        aff = aff or _phrase(doc, *body_run, lang)
    hung = [c for t in span if t.i != root.i for c in t.children if c.i >= span.end] if on(APPOSED_TO_A_WORD) else []
    beside = [c for c in root.head.children if c.dep_ == d.nsubj and c.i != root.i and c.pos_ == "NOUN"
              and _title_word(c, lang) and c.left_edge.i == span.end + 1 and doc[span.end].text == ","
              and "," in (c.right_edge.text, doc[min(c.right_edge.i + 1, len(doc) - 1)].text)] \
        if on(TITLE_SUBJECT_AFTER) and root.dep_ == d.nsubj and span.end < len(doc) else []
    for child in [*root.children, *hung, *beside]:  # "Choi Min-soo, the governor": hung on "soo", not the root
        if body_run is not None and body_run[0] <= child.i < body_run[1]:
            continue  # "NAME of Marriage Equality Coalition Taiwan", "Taiwan" parsed as apposed to the name
        if works is not None and child.i in works:
            continue  # "Comic artist NAME (Nancy Drew, Jem and the Misfits)": the works, no title
        if on(PARTICIPLE_NO_TITLE) and child.dep_ == d.appos and child.tag_ in lang.gerund_tags:
            continue  # "NAME, writing in the Daily Tarn,": what they did
        if on(NAME_S_OWN_WORD_NO_TITLE) and span.start <= child.i < span.end:
            continue  # "Deputy Mayor Mercy Nakamba-Chirwa", `Chirwa` parsed as apposed to `Nakamba`: the name's
        inside = entity_at(doc, child.i)
        if inside is not None and inside.start < child.i and names_a_body(inside, lang):
            continue  # "Mike Carver of Pearl Jam" with "Jam" hung on the name: a word of the band's name
        if on(APPOSED_INSIDE_A_BODY) and inside is not None and inside.start < child.i and child.dep_ == d.appos \
                and inside.label_ in e.institutions and inside.start > span.end:
            aff = aff or _affiliation_of(inside, lang)  # "NAME of the Bill and Melinda Gates Foundation"
            break
        if on(PARTY_AND_STATE) and child.dep_ == d.appos and child.i > root.i:
            state = _party_and_state(child, lang)
            if state is not None:
                aff = aff or state  # "Sen. NAME, D-Ohio,": a party's letter, and the state the person represents
                break
        if on(BODY_AFTER_OF_DESCRIBED) and child.dep_ == d.appos and child.pos_ == "NOUN" \
                and (child.lemma_.lower() in lang.org_descriptors or child.lemma_.lower() in lang.generic_org_nouns) \
                and any(c.dep_ == d.prep and c.lower_ == lang.of and span.end <= c.i < child.i for c in root.children):
            continue  # "NAME of Surakshita, a women's safety group,": what Surakshita is, not the person's title
        if (child.dep_ == d.appos or _title_conjunct(root, child, lang) or child in beside) and child.i > root.i:
            if on(NAME_NOUN_NO_TITLE) and (child.lemma_.lower() in lang.adopted_name_nouns
                                           or child.lemma_.lower() == lang.name_noun):
                continue  # "Jaya (a pseudonym)": what the name is, not what the person is
            sub = list(child.subtree)
            if on(TITLE_ENDS_AT_COMMA_AND) and child.dep_ == d.appos:
                related = lang.kinship_nouns | lang.relation_nouns
                cut = next((t.i for t in sub if t.dep_ == d.cc and t.head.i == child.i and t.i > child.i
                            and doc[t.i - 1].text == "," and any(  # not a list of titles: "mayor, and member"
                                c.dep_ == d.conj and c.i > t.i and (c.lemma_.lower() in related or any(
                                    g.dep_ in (d.poss, d.appos) for g in c.children)) for c in child.children)),
                           None)
                sub = [t for t in sub if cut is None or t.i < cut - 1]  # "NAME, a teacher, and her husband"
            owner = next((t for t in sub if t.dep_ == d.poss and t.head.i == child.i and t.ent_type_ == e.person),
                         None) if on(PERSON_OWNS_APPOSED_TITLE) and child.dep_ == d.appos else None
            owner = entity_at(doc, owner.i) if owner is not None else None
            if owner is not None and owner.end <= child.i:
                after = owner.end + (doc[owner.end].tag_ == lang.possessive_tag)
                t = _phrase(doc, after, sub[-1].i + 1, lang)
                name = clean_name(owner, lang)[0]
                if t and name:  # "Governor Chris Christie's deputy chief of staff"
                    title, aff = title or t, aff or name
                    break
            if on(OPEN_APPOSITION) and child.dep_ == d.appos and child.pos_ == "NOUN" and len(sub) <= 3 \
                    and not _names_a_role(child, lang) and child.lower_ not in lang.partitive_heads \
                    and sub[-1].i + 1 < len(doc) and doc[sub[-1].i + 1].pos_ in ("VERB", "AUX"):
                continue  # "NAME, the bridge was closed": the next clause's subject (not "NAME, one of X wrote")
            if on(NO_NAME_IN_TITLE) and any(x.label_ == e.person and x.root.dep_ not in d.name_part
                                            and entity_type(x, *clean_name(x, lang), lang) == PERSON
                                            and not names_a_body(x, lang)
                                            for x in entities_within(doc, sub[0].i, sub[-1].i + 1)):
                held = _title_towards_a_person(child, sub, lang) if on(TITLE_TOWARDS_A_PERSON) else None
                if held is not None:  # "NAME, a former adviser to President Obama,": the title, and whose
                    title, aff = title or held[0], aff or held[1]
                break  # "Lind, Bruce and singer Eric Moss, who ...": another person, not a role
            t, body = _role_phrase(doc, sub[0].i, sub[-1].i + 1, lang)
            if t and _foreign(t, doc, lang):
                t = body = None
            if t and on(NO_NUMBER_TITLE) and (not any(c.isalpha() for c in t) or t.lower() in lang.quantifiers):
                continue  # "Asefa Lemma, 2:05:48,", "A and B, both from X": a time or a quantifier, not a title
            title = title or t
            aff = aff or body
            break
    if title is None and on(TITLE_CUT_OFF):
        title, body = _title_cut_off(span, lang)
        aff = aff or body
    # 2a. "NAME was sworn in as governor", "NAME, who was the mayor of Linford"
    if title is None and on(ROLE_AS):
        t, body = _role_after_as(root, lang, span.end)
        title, aff = t, aff or body
    elif aff is None and on(ROLE_AS_OF_A_TITLED_NAME):
        aff = _role_after_as(root, lang, span.end)[1]
    if title is None and on(WHO_WAS):
        t, body = _who_was(root, lang)
        title, aff = t, aff or body
    elif aff is None and on(WHO_WAS_OF_A_TITLED_NAME):  # "Professor NAME, who is head of X at ORG": the body
        aff = _who_was(root, lang)[1]
    # 2b. a copula: "al-Muhandis was the deputy commander of the Popular Mobilization Forces"
    if title is None and aff is None and root.dep_ == d.nsubj and root.head.lemma_ == lang.copula:
        attr = next((c for c in root.head.children if c.dep_ == d.attr and (
            c.pos_ == "NOUN" or on(CAPITALISED_ATTRIBUTE) and c.pos_ == "PROPN" and not c.ent_type_
            and _title_word(c, lang))), None)  # "NAME is the Lord Mayor of Leeds": a title, capitalised
        if attr is not None and on(ATTRIBUTE_NAMES_A_ROLE) and not _names_a_role(attr, lang):
            attr = None  # "Norvik has been the subject of US sanctions": what befell it, not a role
        if attr is not None:
            sub = list(attr.subtree)
            a, b = sub[0].i, min(sub[-1].i + 1, sub[0].i + 14)
            clauses = {t.i for c in attr.children if c.dep_ in d.noun_clauses for t in c.subtree} \
                if on(NO_BODY_FROM_A_CLAUSE) else set()
            ents = [x for x in entities_within(doc, a, b) if x.label_ in e.affiliations and x.start not in clauses]
            if ents:
                ent = ents[-1] if any(x.label_ == e.org for x in ents) else ents[0]
                cut = ent.start
                while cut > a and (doc[cut - 1].pos_ in ("ADP", "DET") or doc[cut - 1].is_punct):
                    cut -= 1
                title = _phrase(doc, a, cut, lang) or None
                aff = _affiliation_of(ent, lang)
    # 3. "Tong Zhao of the Carnegie Endowment"
    if aff is None:
        for child in root.children:
            if child.dep_ == d.prep and child.lower_ in lang.affiliation_prepositions and child.i > root.i:
                for g in child.children:
                    ent = entity_at(doc, g.i)
                    if aff is not None and on(NEAREST_BODY):
                        break  # "of the Rosenstiel School at the University of Miami": the school
                    if g.dep_ == d.pobj and ent is not None and (ent.label_ in e.institutions
                                                                 or names_a_body(ent, lang)):
                        aff = _affiliation_of(ent, lang)
                    elif g.dep_ == d.pobj and child.lower_ == lang.origin_preposition and g.pos_ == "NOUN" \
                            and g.right_edge.i - g.left_edge.i < 5:
                        # "from the pro-Beijing camp"
                        aff = _phrase(doc, g.left_edge.i, g.right_edge.i + 1, lang) or None
                    elif g.dep_ == d.pobj and on(DESCRIBED_BODY):
                        aff = _described_body(g, lang) or aff
                    if aff is None and g.dep_ == d.pobj and on(BODY_OF_A_PLACE) and g.pos_ == "NOUN" \
                            and g.lemma_.lower() in lang.org_heads and g.right_edge.i - g.i <= 10 \
                            and any(c.dep_ == d.prep and c.lower_ == lang.of and any(
                                x.ent_type_ in e.institutions for x in c.subtree) for c in g.children):
                        # "of the police of Westmark": a body described by the place it serves
                        aff = _phrase(doc, g.i, g.right_edge.i + 1, lang) or None
                    if aff is None and g.dep_ == d.pobj and on(COMMON_NOUN_BODY) and child.lower_ == lang.of:
                        aff = _common_noun_body(g, lang)
                    if aff is None and g.dep_ == d.pobj and on(UNTAGGED_BODY_AFTER_NAME) and ent is None:
                        aff = _untagged_body(g, lang)  # "Judge NAME of the Tarn High Court", the court untagged
    if aff is None and on(SPEAKING_FOR):
        aff = _speaks_for(root, lang)
    if aff is None and on(WORKS_FOR):
        aff = _works_for(root, lang)
    elif aff is not None and on(BODY_BEATS_A_HOME) and _home_town(root, aff, lang):
        aff = _works_for(root, lang) or aff
    if aff is None and on(LED_BY):
        aff = _led_by(root, lang)
    # 3. "A and B, both from Norland", "NAME also from Norland"
    if aff is None and on(FROM_AFTER_NAMES):
        aff = _country_after(span, lang)
    # 3. "NAME said his Tarn Party would ...": the subject's own body
    if aff is None and on(OWNERS_PRONOUN) and root.dep_ in d.subjects:
        for t in root.head.subtree:
            owned = entity_at(doc, t.head.i) if t.dep_ == d.poss and t.lower_ in lang.owner_pronouns else None
            if t.i > span.end and t.ent_type_ == e.person:
                break  # "NAME met Lind and his party": another person's
            if owned is not None and owned.label_ == e.org and t.i == owned.start - 1 \
                    and _same_clause(t, root.head, d):
                aff = _affiliation_of(owned, lang)
                break
    # 3. "A, B and C formed Tarn", "NAME, who was known from The Tarns": membership told as narrative
    if aff is None and on(MEMBERSHIP):
        aff = _member_of(root, lang)
    # 3a. "Joan Lind's Harbour Trust": the body a person owns or leads
    if aff is None and on(OWNERS_BODY) and root.dep_ == d.poss:
        owned = entity_at(doc, root.head.i)
        if owned is not None and owned.label_ == e.org and owned.start > span.end - 1:
            aff = _affiliation_of(owned, lang)
    # 3b. a title holding `of`: "Minister of Health Eva Kron", "Senator from Vermont Bernie Sanders"
    if title is None and on(TITLE_WITH_OF) and root.dep_ == d.pobj \
            and root.head.lower_ in (lang.of, lang.origin_preposition) \
            and root.head.head.lower_.rstrip(".") in lang.titles and root.head.head.i < span.start:
        holder = root.head.head
        body = entity_at(doc, span.start - 1)
        if body is not None and body.start > root.head.i:
            title = _phrase(doc, holder.left_edge.i, span.start, lang) or None
            portfolio = on(PORTFOLIO_IN_TITLE) and all(t.lower_ in lang.portfolios for t in body)
            aff = aff or (None if portfolio else _affiliation_of(body, lang))  # "of Health" is no body
    # 4. reverse apposition: "The general secretary of the union, Jane Doe, said"
    addressed = on(ADDRESSED) and root.dep_ == d.appos and any(
        t.lower_ in lang.second_person for t in root.head.subtree if t.i < span.start)
    before_comma = None  # "The Arctic Council's secretary-general, NAME": the title before the name's comma
    if on(TITLE_SUBJECT_BESIDE) and title is None and root.dep_ == d.nsubj \
            and span.start >= 2 and doc[span.start - 1].text == ",":
        # "A member of the Tarn Parliament, Ana Lind said", the second comma left out: two subjects of one verb
        before_comma = next((c for c in root.head.children if c.dep_ == d.nsubj and c.i < span.start - 1
                             and c.right_edge.i == span.start - 2 and c.pos_ == "NOUN"
                             and (c.lower_.rstrip(".") in lang.titles or c.lower_ in lang.person_role_nouns)), None)
    if before_comma is None and on(TITLE_SET_OFF_BEFORE) and title is None and root.dep_ != d.appos \
            and span.start >= 2 and doc[span.start - 1].text == "," and span.end < len(doc) \
            and doc[span.end].text == "," and doc[span.start - 2].pos_ == "NOUN" \
            and doc[span.start - 2].lower_.rstrip(".") in lang.titles:
        before_comma = doc[span.start - 2]  # "Windsor Locks' first selectman, Chris Kervick, there were"
    if before_comma is None and on(TITLE_WITH_ITS_FIELD_SET_OFF_BEFORE) and title is None and root.dep_ != d.appos \
            and span.start >= 4 and doc[span.start - 1].text == "," and span.end < len(doc) \
            and doc[span.end].text == ",":
        head = doc[span.start - 2]
        while head.dep_ in (d.pobj, d.prep) and head.head.i < head.i:
            head = head.head  # "markets", "for", "director"
        if head.i < span.start - 2 and head.pos_ == "NOUN" and head.lower_.rstrip(".") in lang.titles \
                and head.right_edge.i == span.start - 2:
            before_comma = head  # '"...," the regulator's deputy managing director for markets, NAME, said'
    holders = None
    if on(ONE_OF_THE_HOLDERS) and title is None and root.dep_ == d.appos and root.head.i < span.start \
            and root.head.lower_ in lang.partitive_heads:  # "One of Tarnland's vice presidents, Ana Lind,"
        of = next((c for c in root.head.children if c.dep_ == d.prep and c.lower_ == lang.of), None)
        holders = next((g for g in of.children if g.dep_ == d.pobj and g.tag_ == lang.plural_noun_tag
                        and g.lemma_.lower() in lang.titles), None) if of is not None else None
    if (root.dep_ == d.appos and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < span.start and title is None
            or before_comma is not None or holders is not None) \
            and not addressed:  # "These were all the questions I had for you, Akram.": the person addressed
        head = root.head if before_comma is None else before_comma  # "The Arctic Council's secretary-general, NAME"
        head = holders if holders is not None else head
        if on(TITLE_APPOSED_BESIDE) and head.pos_ == "PROPN" and head.ent_type_:
            beside = [c for c in head.children if c.dep_ == d.appos and c.pos_ == "NOUN" and c.i < span.start
                      and c.lower_.rstrip(".") in lang.titles]
            head = beside[-1] if beside else head  # "Speaking to the Ledger, the head of X, NAME": the head
        if on(TITLE_APPOSED_OVER_A_BODY_S_OF_PHRASES):  # "The president of the Order of Nurses of Albania, NAME"
            k = head
            while k.dep_ == d.pobj and k.head.lower_ == lang.of and k.head.head.pos_ == "PROPN" and k.head.head.i < k.i:
                k = k.head.head
            if k is not head and k.dep_ == d.pobj and k.head.lower_ in lang.role_prepositions \
                    and k.head.head.pos_ in ("NOUN", "PROPN") and k.head.head.lower_ in lang.titles:
                head = k.head.head
        if on(APPOSED_TO_TITLES_OBJECT) and head.dep_ == d.pobj and head.head.lower_ in lang.role_prepositions \
                and head.head.head.pos_ in ("NOUN", "PROPN") and head.head.head.lower_ in lang.titles:
            head = head.head.head  # "The governor of Kemi State, Yakubu Bello,": apposed to the governor
        sub = _apposed_title_words(head, span.start, lang)
        owner = next((c for c in head.children if c.dep_ == d.poss), None) if on(POSSESSIVE_TITLE) else None
        if owner is None and on(BODY_BEFORE_APPOSED_TITLE):  # "The UN special envoy for Yemen, NAME"
            owner = next((c for c in head.children if c.dep_ in (d.compound, d.nmod) and c.i < head.i
                          and c.ent_type_ in e.bodies), None)
        if owner is None and on(PLACE_BEFORE_APPOSED_TITLE) and head.lower_ in lang.titles:
            owner = next((c for c in head.children if c.dep_ in (d.compound, d.nmod) and c.i < head.i
                          and c.ent_type_ == e.gpe), None)  # "Kemi assistant coach NAME", the name apposed
        owner_ent = entity_at(doc, owner.i) if owner is not None else None
        if owner_ent is not None and (owner_ent.label_ in e.affiliations or on(OWNER_OF_A_BODY_TITLE)
                                      and owns_a_body_title(owner_ent, lang)):
            # "The Harbour Trust's chairman, Rena Walsh": the title after the possessor, the possessor the body
            sub = [t for t in sub if t.i >= owner_ent.end and t.i > owner.i and t.dep_ != "case"]
            aff = aff or _affiliation_of(owner_ent, lang)
        elif owner is not None and owner_ent is None and on(OWNER_BEFORE_A_NAME) \
                and _owner_before_a_name(doc, owner.left_edge.i, span.start, lang) == (owner.left_edge.i, owner.i + 1):
            # "Human Rights Watch's Asia director, NAME", the body untagged: the possessor the body
            sub = [t for t in sub if t.i > owner.i + 1]
            aff = aff or _phrase(doc, owner.left_edge.i, owner.i + 1, lang)
        elif owner is not None and on(WHOSE_TITLE) and owner.lower_ in lang.relative_possessives \
                and head.dep_ == d.appos:
            whose = entity_at(doc, head.head.i)  # "the Tarn Workers Union, whose leader, NAME,": the union's
            if whose is not None and whose.label_ in e.affiliations:
                aff = aff or _affiliation_of(whose, lang)
        if sub and on(NAME_WORD_NO_TITLE) and sub[-1].i == span.start - 1 and sub[-1].pos_ == "PROPN" \
                and sub[-1].is_alpha and sub[-1].is_title and sub[-1].lower_ not in lang.titles \
                and len(sub) > 2 and sub[-2].is_punct:
            sub.pop()  # "The mayor of Leeds, Sadiq [Lund]": the first name, not the title
        while sub and on(HONORIFIC_NO_TITLE) and (sub[-1].is_punct or sub[-1].lower_ in lang.honorifics):
            sub.pop()  # "director, Dr."
        title = _phrase(doc, sub[0].i, sub[-1].i + 1, lang) if sub else None
        if title and holders is not None:  # one of the vice presidents: a vice president
            title = " ".join([t.text for t in sub if t.i < head.i and t.head.i == head.i
                              and t.dep_ in (d.compound, d.amod)] + [head.lemma_])
        if title and on(COUNTED_TITLE) and any(c.dep_ == d.nummod for c in head.children):
            words = [t for t in sub if t.i <= head.i and t.dep_ not in (d.nummod, d.det) and not t.is_punct]
            title = " ".join([t.text for t in words if t.i < head.i] + [head.lemma_]) if words else title
        if aff is None and sub and on(CHOSEN_BY_A_BODY) and head.dep_ == d.dobj \
                and head.head.lemma_.lower() in lang.choosing_verbs:
            # "The Tarn Space Agency has selected two astronauts, A and B": the agency's astronauts
            chooser = next((entity_at(doc, c.i) for c in head.head.children if c.dep_ == d.nsubj), None)
            if chooser is not None and chooser.label_ in e.affiliations:
                aff = _affiliation_of(chooser, lang)
        if aff is None and sub and on(TITLE_BODY):
            # "the president of the Supreme Court, Ivo Rant": of the court, not of the country around it
            of = next((t for t in head.children if t.dep_ == d.prep and t.lower_ in lang.role_prepositions
                       and _posted(doc, t.i, lang) is None), None)  # "envoy to Libya": where, not whose
            body = next((x for x in entities_within(doc, of.i, span.start) if x.label_ in e.bodies), None) \
                if of is not None else None
            if body is not None:
                aff = _affiliation_of(body, lang)
    # 5. "two presidents were impeached: Andrew Johnson and Bill Clinton": a conjunct shares the first's role
    own_phrase = on(OWN_BODY_PHRASE) and any(c.dep_ == d.prep and c.lower_ in lang.affiliation_prepositions
                                             and c.i > root.i for c in root.children)
    if title is None and aff is None and root.dep_ == d.conj and root.head.ent_type_ == e.person and depth < 3 \
            and not own_phrase:  # "A of the Tarn Trust and B of Apex Sharks": B's own body, whatever it is
        first = entity_at(doc, root.head.i)
        if first is not None and first.root.dep_ != d.conj:
            title, aff = title_and_affiliation(first, first.start, lang, depth + 1)
    # 5b. "Ana Lind and Tom Reyes from Tarnby State University": the body after the last name is each one's
    if aff is None and on(BODY_AFTER_NAMES) and not own_phrase and root.dep_ != d.conj and depth < 3:
        last = [c for c in root.children if c.dep_ == d.conj and c.ent_type_ == e.person]
        cc = [c for c in root.children if c.dep_ == d.cc]
        if len(last) == 1 and cc and cc[0].i < last[0].i and all(
                t.ent_type_ == e.person or t.dep_ == d.compound for t in doc[span.end: cc[0].i]):
            for prep in last[0].children:
                if prep.dep_ == d.prep and prep.lower_ in lang.affiliation_prepositions and prep.i > last[0].i:
                    body = next((entity_at(doc, g.i) for g in prep.children if g.dep_ == d.pobj), None)
                    if body is not None and body.label_ in e.institutions:
                        aff = _affiliation_of(body, lang)
                    elif body is None and on(DESCRIBED_BODY_AFTER_NAMES):  # "of the restructuring firm X"
                        aff = next((x for g in prep.children if g.dep_ == d.pobj
                                    for x in [_described_body(g, lang)] if x), None)
    # 5a. "the House impeached two Presidents, Bill Clinton and Andrew Johnson": names listing a plural title
    if title is None and aff is None and on(LISTED_HOLDERS) and root.dep_ not in d.subjects \
            and span.start > 0 and (doc[span.start - 1].text in (",", ":") or doc[span.start - 1].lower_ in
                                    lang.coordinators) and _ends_a_list(span, lang):
        verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        plural = next((c for c in verb.children if c.dep_ in (d.dobj, d.nsubjpass, d.attr) and c.i < span.start
                       and c.tag_ == lang.plural_noun_tag and c.lemma_.lower() in lang.titles), None) \
            if verb is not None else None
        if plural is not None:
            title = plural.lemma_  # the title each holder bears: "president" of "two Presidents"
    # 5b. "Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed": names set off after it
    if title is None and on(APPOSED_HOLDERS):
        title = _plural_title_apposed(root, lang)
    verbal = title is None and on(TITLE_READ_AS_A_VERB) and root.dep_ == d.dobj and root.head.i == span.start - 1
    named = title_read_as_a_verb(root.head, lang) if verbal else None
    if named is not None and named.i == root.i:
        title = root.head.text  # "said engineer Paul Grant", "engineer" parsed as a verb
    if aff is None and nation is None and title and on(ACRONYM_BEFORE_TITLE) and len(title.split()) >= 2 \
            and _acronym(title.split()[0], lang) and title.split()[-1].lower().rstrip(".") in lang.titles:
        aff, title = title.split(maxsplit=1)  # "IMF managing director, NAME,": the fund's managing director
    if aff is None and title and on(PLACE_WORD_OPENS_TITLE):
        aff = _place_opening_the_title(doc, title, span.start, lang)  # "County sheriff NAME" after "Pike County"
    if aff is None and nation is None and title and on(JUDGE_OF_THE_COURT) \
            and title.split()[-1].lower() in lang.court_titles:
        aff = _court_before(doc, span.start, lang)  # "sentenced in U.S. Federal Court ... by Judge NAME"
    if on(CAPITAL_BEFORE_A_CITY_OFFICE) and aff is None and seat is not None and title and _regional(title, lang):
        nation = _office_place(seat, lang)  # "Wellington Mayor NAME": the city, not New Zealand
    aff = aff or nation
    if title and _foreign(title, doc, lang):
        title = None  # "secretario de Estado": a quotation in another language, whose words are no title here
    if title:
        title = title.strip(" ,-–—")  # "Tanzanian-born ex-Muslim NAME": no dash left over as a title
        if len(title.split()) > 10:
            title = " ".join(title.split()[:10])
    return title or None, aff or None


def _plural_title_apposed(root, lang) -> str | None:
    """The title, made singular, of a plural title word that a list of names (``root`` one of them) is set off
    after by a comma: `Two Democratic Representatives, A and B,`, `the two senators, A and B,`."""
    d, doc = lang.dep, root.doc
    first = root
    while first.dep_ == d.conj and first.head.i < first.i and first.head.pos_ == "PROPN" \
            and "Plur" not in first.head.morph.get("Number"):
        first = first.head
    plural = first.head
    if first.dep_ not in (d.appos, d.conj) or plural.i >= first.i or plural.pos_ not in ("NOUN", "PROPN") \
            or "Plur" not in plural.morph.get("Number") or not plural.lower_.endswith(lang.plural_ending) \
            or plural.lower_[:-len(lang.plural_ending)] not in lang.titles \
            or doc[first.left_edge.i - 1].text != "," or first.left_edge.i - 1 != plural.i + 1:
        return None
    owned = {t.i for c in plural.children if c.dep_ == d.poss for t in c.subtree}  # "The study's lead authors"
    words = [t for t in doc[plural.left_edge.i: plural.i + 1] if t.i not in owned and t.dep_ not in (d.det, d.nummod)
             and t.lower_ not in lang.articles and not t.like_num and not t.is_punct]
    if not words or [w.i for w in words] != list(range(words[0].i, plural.i + 1)):
        return None  # one unbroken run of words up to the title
    text = text_of(doc)[words[0].idx: plural.idx + len(plural.text)]
    return text[:-len(lang.plural_ending)]


def _untagged_body_and_title(doc, a: int, b: int, lang) -> tuple[str, str] | None:
    """`a Tarn Party lawmaker`, `Tarn Rail Council's chairman`, the body untagged: capitalised words ending in a
    body's word, then (after its possessive) the title words that end the phrase."""
    while a < b and (doc[a].lower_ in lang.articles or doc[a].is_punct):
        a += 1
    while b > a and doc[b - 1].is_punct:
        b -= 1
    k = a
    while k < b and doc[k].pos_ == "PROPN" and doc[k].is_title and not doc[k].ent_type_:
        k += 1
    if k - a < 2 or doc[k - 1].lower_ not in lang.org_heads:
        return None
    t = k + 1 if k < b and doc[k].tag_ == lang.possessive_tag else k
    words = doc[t:b]
    if not words or not all(w.is_lower or w.lower_ in lang.titles for w in words) \
            or words[-1].lemma_.lower() not in lang.titles and words[-1].lower_ not in lang.titles:
        return None
    return _phrase(doc, t, b, lang), _phrase(doc, a, k, lang)


def _title_cut_off(span, lang) -> tuple[str | None, str | None]:
    """`Kang Hye-soon, the mayor of Ulsan, South Korea, was found`, the parser making the title the verb's
    subject and the name a modifier: the title phrase set off by commas right after the name."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return None, None
    noun = next((t for t in doc[span.end + 1: span.end + 4] if t.pos_ == "NOUN"), None)
    if noun is None or noun.lower_ not in lang.titles or noun.head.i in range(span.start, span.end) \
            or any(t.pos_ not in ("DET", "ADJ") for t in doc[span.end + 1: noun.i]):
        return None, None
    end = noun.right_edge.i + 1
    if doc[end - 1].text != "," and (end >= len(doc) or doc[end].text != ","):
        return None, None  # not set off: "Lind, the mayor said" is no apposition
    return _role_phrase(doc, span.end + 1, end, lang)


def _travelled(place, lang) -> bool:
    """`From Israel, NAME spoke`, `NAME flew to Oslo`, `visited Kenya`: a place someone came from, went to or
    visited, said of the verb (not `troops in Iraq`)."""
    root, d = place.root, lang.dep
    head = root.head
    if root.dep_ == d.pobj and head.lower_ in lang.motion_prepositions:
        return head.head.pos_ in ("VERB", "AUX")
    if root.dep_ == d.pobj and head.head.pos_ == "VERB" and head.head.lemma_.lower() in lang.travel_verbs:
        return True  # "arrived in Oslo"
    return root.dep_ == d.dobj and head.lemma_.lower() in lang.travel_verbs


def outlet_written_in(ent, lang) -> str | None:
    """`Writing in the magazine Kinoschau, critic NAME called it`: the outlet a fronted phrase of writing names, for
    the subject of the verb it hangs on; None if there is none."""
    root = ent.root
    if not on(OUTLET_WRITTEN_IN) or root.dep_ not in lang.dep.subjects:
        return None
    sent_of = sentence_of(ent.doc)
    for x in entities(ent.doc):
        if x.start >= ent.start:
            break
        if sent_of[x.start] == sent_of[ent.start] and written_in(x.root, lang) and root.head.is_ancestor(x.root):
            return _affiliation_of(x, lang)
    return _column_written_for(ent, lang) if on(COLUMN_WRITTEN_FOR) else None


def _column_written_for(ent, lang) -> str | None:
    """`NAME wrote in a column for the Kemi Herald`: the outlet named after ``ent``, in its sentence, that a column
    its verb was written in is for; None if there is none."""
    d, doc, verb = lang.dep, ent.doc, ent.root.head
    for column in verb.subtree:
        if column.i < ent.end or column.lemma_.lower() not in lang.column_words or column.dep_ != d.pobj \
                or column.head.head != verb:
            continue
        for prep in column.children:
            outlet = next((c for c in prep.children if c.dep_ == d.pobj), None) \
                if prep.dep_ == d.prep and prep.lower_ in lang.writing_prepositions else None
            if outlet is None:
                continue
            x = entity_at(doc, outlet.i)
            if x is not None:
                return _affiliation_of(x, lang)
            start = outlet.left_edge.i  # "for The Citizen", the paper's name untagged: as written, its `The` too
            if doc[start].lower_ == lang.definite_article and doc[start].text != doc[start].text.title():
                start += 1
            if outlet.pos_ == "PROPN" and all(t.is_title for t in doc[start: outlet.i + 1]):
                return doc[start: outlet.i + 1].text
    return None


def body_opening_the_sentence(ent, lang) -> str | None:
    """`At Wellington Regional Hospital, chief operating officer NAME said`: the body a phrase on `at` or `in` opening
    the subject's sentence names, set off by a comma; None if there is none."""
    root = ent.root
    if on(BODY_OPENING_THE_SENTENCE_FOR_AN_APPOSED_NAME) and root.dep_ == lang.dep.appos \
            and root.head.dep_ in lang.dep.subjects and root.head.i < root.i:
        root = root.head  # "At Tarnby High School, the head teacher, NAME, said"
    if not on(BODY_OPENING_THE_SENTENCE) or root.dep_ not in lang.dep.subjects:
        return None
    doc, d = ent.doc, lang.dep
    first = doc[root.sent.start]
    if first.lower_ not in lang.setting_prepositions or first.head.i != root.head.i:
        return None
    body = next((c for c in first.children if c.dep_ == d.pobj), None)
    named = entity_at(doc, body.i) if body is not None else None
    if named is None or named.label_ != lang.ent.org or named.end >= len(doc) or doc[named.end].text != "," \
            or named.end >= ent.start:
        return None
    return _affiliation_of(named, lang)


def country_in_sentence(ent, lang, title: str | None = None) -> str | None:
    """The one country named in a titled person's sentence: "the Syrian Army, whose commander-in-chief
    is President Bashar al-Assad" -> Syria; for a governor or mayor, the one state or city named there."""
    e = lang.ent
    doc = ent.doc
    sent_of = sentence_of(doc)
    here = sent_of[ent.start]
    quoted = on(PLACE_IN_A_QUOTATION) and not quoted_at(doc, ent.start)

    def said_of(x) -> bool:  # 'President NAME said, "Norway is our closest friend"': what is spoken of
        return quoted and quoted_at(doc, x.start)
    if title and on(REGIONAL_OFFICE) and _regional(title, lang):
        places = [x for x in entities(doc) if sent_of[x.start] == here and x.label_ == e.gpe
                  and (x.start, x.end) != (ent.start, ent.end) and not said_of(x)]
        if on(CAPITAL_CITY_OFFICE):  # "mayor of London": the place its title names, a capital as the city
            own = [x for x in places if title.lower().endswith(f" {lang.of} {x.text.lower()}")]
            if own:
                return _office_place(own[0], lang)
        regions = {_affiliation_of(x, lang) for x in places if not lang.country_of(x.text)}
        if len(regions) == 1:
            return regions.pop()
    found = set()
    for x in entities(doc):
        if sent_of[x.start] == here and x.label_ in e.affiliations and not said_of(x) \
                and (x.start, x.end) != (ent.start, ent.end) \
                and not (x.start > 0 and _posted(doc, x.start - 1, lang) is not None) \
                and not (on(TRAVELLED) and _travelled(x, lang)) \
                and not (on(ANOTHER_PERSONS_NATIONALITY) and _in_another_name(x, ent, lang)) \
                and not (on(PEOPLE_S_WORD_IN_A_RELATIVE) and x.label_ == e.norp and _in_a_relative_of(x, ent, lang)):
            # a country of the sentence: not a posting (`Envoy to Syria`), a journey (`From Israel, NAME spoke`) or
            # another person's nationality (`Nigerian striker A and captain B`)
            if x.label_ == e.org:  # "the Syrian Army"
                first = x[1] if x[0].lower_ == lang.definite_article and len(x) > 1 else x[0]
                c = lang.demonym_country(first.text)
            else:
                c = lang.demonym_country(x.text) or lang.country_of(x.text)
            if c:
                found.add(c)
    return found.pop() if len(found) == 1 else None


def _in_a_relative_of(x, ent, lang) -> bool:
    """Whether ``x`` stands in a relative clause on the person ``ent`` or on a word apposed to it (`NAME, a journalist
    who has covered Danish football`)."""
    d, root = lang.dep, ent.root
    own = {root.i} | {c.i for c in root.children if c.dep_ == d.appos}
    return any(t.dep_ == d.relcl and t.head.i in own for t in (x.root, *x.root.ancestors))


def _in_another_name(place, ent, lang) -> bool:
    """Whether ``place`` modifies the name phrase of a person other than ``ent``, and tells what that person is
    (`Nigerian striker NAME`), not whose government they serve (`Ukrainian President NAME`: an office of the
    country the other titles in the sentence may be of too)."""
    d = lang.dep
    t = place.root
    for _ in range(3):
        if t.dep_ not in d.noun_modifiers or t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in lang.national_offices or t.lower_ == lang.head_of_state:
            return False
        if t.ent_type_ == lang.ent.person:
            return not ent.start <= t.i < ent.end
    return False


def national_affiliations(registry: Registry, mentions: list[Mention], lang, peoples: dict[str, int],
                          capitals: dict[str, int]) -> None:
    """"President Donald Trump" in an article about the United States is its president.

    Only for titles of national office, and only where one country dominates the article
    (named at least twice, and half as often again as any other country). ``peoples``: how often the
    article names each country by its people's word (`Dutch`, `South African`); ``capitals``, by its capital
    (`Montevideo`)."""
    counts: dict[str, int] = {}  # a country's name -> how often the article names it
    places: dict[str, int] = {}  # regions below a country: "Westmark", "Louisiana"
    regions = {a.name for a in registry.actors.values()
               if a.type in (COUNTRY, PLACE) and not lang.country_of(a.name)} if on(REGION_IN_A_BODY) else set()
    in_bodies: dict[str, int] = {}  # a region -> how often bodies named after it are named
    for m in mentions:
        actor = registry.get(m.actor)
        if actor.type == COUNTRY:
            counts[actor.name] = counts.get(actor.name, 0) + 1
        elif actor.type == ORG:
            # "the US Supreme Court": a court of the US
            country = _country_opening(actor.name, lang) if on(COUNTRY_IN_A_BODY) else None
            if country is None and on(COUNTRY_CLOSING_A_BODY):
                country = _country_closing(actor.name, lang)  # "the Reserve Bank of Norway": Norway's
            if country is not None:
                counts[country] = counts.get(country, 0) + 1
            region = _region_naming(actor.name, regions, lang) if country is None else None
            if region is not None:  # "the Westmark Nurses' Union", "the University of Westmark"
                in_bodies[region] = in_bodies.get(region, 0) + 1
        if actor.type in (COUNTRY, PLACE) and not lang.country_of(actor.name):
            places[actor.name] = places.get(actor.name, 0) + 1

    for name, n in in_bodies.items():
        if places.get(name, 0) >= 2:  # only a region the article names on its own more than once
            places[name] += n
    top, tally = _dominant(counts), dict(counts)
    for which, more in ((COUNTRY_BY_ITS_PEOPLE_S_WORD, peoples), (COUNTRY_BY_ITS_CAPITAL, capitals)):
        for country, n in more.items():  # no country named most: its people's word, then its capital, count too
            tally[country] = tally.get(country, 0) + n
        if top is None and on(which) and more:
            top = _dominant(tally)
    # no country dominating: the one the lead names, for people named after the lead (in the lead, its own words
    # about a country named there, travelled to or spoken of, have been read already)
    lead, lead_country = _country_of_the_lead(registry, mentions) if top is None and on(COUNTRY_OF_THE_LEAD) \
        and mentions else (0, None)
    region = _dominant(places) if on(REGION_OF_AN_OFFICE) else None
    if top is None and region is None and lead_country is None:
        return
    whole_article = top
    for a in registry.actors.values():
        top = whole_article if whole_article is not None or not a.paragraphs or min(a.paragraphs) <= lead \
            else lead_country
        owned = title_owner(a.title, lang) if a.type == PERSON and a.title else None
        if on(GOVERNMENT_OWNS_THE_TITLE) and owned is not None and owned[0].lower() in lang.government_nouns \
                and (lang.country_of(a.affiliation or "") or not a.affiliation and top is not None):
            a.affiliation, a.title = a.affiliation or top, owned[1]  # "the government's chief negotiator"
            continue
        if a.type == PERSON and a.title and not a.affiliation:
            if on(OWNED_TITLE_NO_NATIONAL_OFFICE) and owned is not None:
                continue  # "the union's general secretary": the union's, whatever country the article is about
            words = set(_title_words(a.title))
            if region is not None and _regional(a.title, lang):
                bank = _country_s_bank(registry, lang) if on(BANK_GOVERNOR_NOT_THE_REGION) \
                    and lang.bank_office in _title_words(a.title) else None
                a.affiliation = bank or region  # "Governor NAME" in an article about Westmark
                continue
            if top is not None and (words & lang.national_offices or lang.head_of_state in a.title.lower()):
                a.affiliation = top
            elif top is not None and on(GOVERNMENT_WORD_OPENS_TITLE) and len(_title_words(a.title)) > 1 \
                    and _title_words(a.title)[0] in lang.government_nouns:
                a.affiliation = top  # "Government spokeswoman NAME"


def _country_s_bank(registry: Registry, lang) -> str | None:
    """The one country's bank the article names (`Central Bank of Chile`, `Reserve Bank of Malawi`, `Bank of
    Ghana`), if it names one and no other bank."""
    banks = [a.name for a in registry.actors.values() if a.type == ORG and lang.bank_word in a.name.lower().split()]
    central = [b for b in banks if lang.central_bank_words & set(b.lower().split())
               or _country_closing(b, lang) or _country_opening(b, lang)]
    return central[0] if len(banks) == 1 and central else None


def _country_of_the_lead(registry: Registry, mentions: list[Mention]) -> tuple[int, str | None]:
    """The article's lead (the first paragraph naming anyone), and the country it names if it names one alone."""
    lead = min(m.para for m in mentions)
    named = {registry.get(m.actor).name for m in mentions if m.para == lead and registry.get(m.actor).type == COUNTRY}
    return lead, next(iter(named)) if len(named) == 1 else None


def _region_naming(name: str, regions: set[str], lang) -> str | None:
    """`Westmark Nurses' Union`, `University of Westmark`: the region, among those named as places, that a body's
    name opens on (a body of people, by its last word) or ends on after `of`."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        head, tail = " ".join(words[:n]), " ".join(words[-n:])
        if head in regions and words[-1].lower() in lang.org_heads:  # a body of people, not "Jolo Cathedral"
            return head
        if tail in regions and words[-n - 1].lower() == lang.of:
            return tail
    return None


def _dominant(counts: dict[str, int]) -> str | None:
    """The name an article names most, if named at least twice and half as often again as any other."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if ranked and ranked[0][1] >= 2 and (
        len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]) else None


def _title_words(title: str) -> tuple[str, ...]:
    """A title's words, lower-cased, its hyphens and trailing commas or stops dropped: `Vice-President` is
    `vice`, `president`."""
    return tuple(w.strip(",.").lower() for w in title.replace("-", " ").split())


LEAD_PARAGRAPHS = 4  # the dateline (where there is one), the lead and the two paragraphs after it


def body_affiliations(registry: Registry, mentions: list[Mention], lang, speaking=frozenset()) -> None:
    """`chairman NAME` in an article about Southern Pastures is its chairman, `Captain NAME` in one about the Tarn
    Rovers their captain: only for a body's own officers and a team's places (not a former one), and only where one
    body dominates the article (named at least twice, half as often again as any other, and a
    subject in its opening paragraphs). ``speaking`` are the names that report speech somewhere in the article:
    a team member among them takes the team over the country a nationality gave."""
    teams = lang.team_roles if on(TEAM_ROLE_OF_THE_MAIN_BODY) else ()
    offices = (lang.body_offices if on(OFFICE_OF_THE_MAIN_BODY) else ()) + teams
    if not offices:
        return
    counts: dict[str, int] = {}
    leading = set()  # bodies that are a subject in the article's opening paragraphs: what the article is about
    for m in mentions:
        actor = registry.get(m.actor)
        if actor.type == ORG:
            longer = _longer_bodies(registry, actor) if on(SHORT_NAME_COUNTS) and " " not in actor.name else []
            name = longer[0].name if len(longer) == 1 else actor.name  # "the Stallions": the Indore Stallions
            counts[name] = counts.get(name, 0) + 1
            if m.subject and m.para <= LEAD_PARAGRAPHS:
                leading.add(name)
    top = _dominant(counts)
    if top is None or top not in leading:
        return
    for a in registry.actors.values():
        if a.type != PERSON or not a.title:
            continue
        national = on(TEAM_BEATS_NATIONALITY) and bool(teams) and a.affiliation is not None \
            and lang.country_of(a.affiliation) is not None and bool({a.name, *a.aliases} & speaking) \
            and not any(lang.country_of(w) or lang.demonym_country(w) for w in a.title.split())  # not "Wales lock"
        if on(GOVERNOR_OF_THE_BANK) and lang.bank_word in top.lower().split() \
                and lang.bank_office in _title_words(a.title) \
                and (not a.affiliation or a.affiliation == _country_closing(top, lang)):
            a.affiliation = top  # "Governor NAME" in an article about the Reserve Bank of Malawi: its governor
            continue
        if not a.affiliation or national:
            if on(OWNED_BY_ANOTHER_KIND) and _owned_by_another_kind(a.title, top, lang):
                continue
            words = _title_words(a.title)
            held = [o for o in offices if any(words[i:i + len(o)] == o for i in range(len(words)))]
            if national and not (held and all(o in teams for o in held)):
                continue  # only a place in the team beats the country
            if held and all(o in teams for o in held) and role_that_ended(a.title, lang) is not None:
                continue  # "former fast bowler": no longer in the team
            if held:
                a.affiliation = top


def _owned_by_another_kind(title: str, body: str, lang) -> bool:
    """Whether a title opens on a lower-case word in the possessive (`harbour's chief executive`) that is no word
    for a body the rules know and that the name ``body`` does not hold: the title is of another body."""
    owned = title_owner(title, lang)
    word = owned[0] if owned is not None else ""
    return word.isalpha() and word.islower() and word not in lang.body_nouns and word not in lang.titles \
        and word not in body.lower().replace("-", " ").split()


def _longer_bodies(registry: Registry, short) -> list:
    """The bodies named before ``short`` whose longer names open or end on its one word: `Reinhardt
    Antriebstechnik` for `Reinhardt`, the `Indore Stallions` for `Stallions` (a body is introduced by its full
    name, then shortened; `Giralda TV`, named after the club `Giralda`, is another body)."""
    key = registry.fold(short.name)
    return [b for b in registry.actors.values() if b.type == ORG and len(registry.fold(b.name).split()) > 1
            and key in (registry.fold(b.name).split()[0], registry.fold(b.name).split()[-1])
            and b.first_seen < short.first_seen]


def _title_conjunct(root, child, lang) -> bool:
    """`NAME, US sport columnist from ESPN, said` parsed as NAME and a conjunct: a title noun set off by
    commas, with no `and` or `or`, is apposed to the name."""
    d, doc = lang.dep, root.doc
    first = child.left_edge
    return on(TITLE_CONJUNCT) and child.dep_ == d.conj and child.pos_ == "NOUN" \
        and child.lemma_.lower() in lang.titles and first.i > 0 and doc[first.i - 1].text == "," \
        and not any(c.dep_ == d.cc for c in (*root.children, *child.children)) \
        and child.right_edge.i + 1 < len(doc) and doc[child.right_edge.i + 1].text == ","


def _regional(title: str, lang) -> bool:
    """`Governor`, `Chief Minister`: a title of an office below the country."""
    words = {w.strip(",.").lower() for w in title.split()}
    return bool(words & lang.regional_offices) or on(REGIONAL_PHRASE) and any(
        phrase in " ".join(title.lower().split()) for phrase in lang.regional_office_phrases) \
        or on(PROVINCIAL_TITLE) and bool(words & lang.place_adjectives)


def _country_opening(name: str, lang) -> str | None:
    """`US Supreme Court`, `United States Congress`: the country a body's name opens on."""
    words = name.split()
    for n in (3, 2, 1):
        country = lang.country_of(" ".join(words[:n])) if len(words) > n and words[0][:1].isupper() else None
        if country is not None:
            return country
    return None


def _country_closing(name: str, lang) -> str | None:
    """`Reserve Bank of New Zealand`, `Central Bank of the Philippines`: the country a body's name ends on, after
    `of`; not a capital (`University of Oslo` is no body of Norway's)."""
    words = name.split()
    for n in (4, 3, 2, 1):
        tail = " ".join(words[-n:])
        if len(words) > n + 1 and words[-n - 1].lower() == lang.of and words[0][:1].isupper() \
                and not lang.capital_city(tail):
            country = lang.country_of(tail)
            if country is not None:
                return country
    return None


def force_affiliations(registry: Registry, lang) -> None:
    """`Detective Inspector NAME` in an article that names one police force serves in it."""
    if not on(FORCE_OF_A_RANK):
        return
    forces = [a for a in registry.actors.values()
              if a.type == ORG and set(a.name.lower().split()) & lang.police_heads]
    if len(forces) != 1:
        return
    for a in registry.actors.values():
        if a.type == PERSON and a.title and not a.affiliation \
                and {w.strip(",.").lower() for w in a.title.split()} & lang.police_ranks:
            a.affiliation = forces[0].name


def adjective_body_affiliations(registry: Registry, lang) -> None:
    """`Democratic presidential nominee NAME` in an article naming the Democratic Party: the adjective is the
    party's, when the article names one body of two words that opens on it and ends in a body's head noun."""
    if not on(ADJECTIVE_OF_A_BODY):
        return
    for a in registry.actors.values():
        if a.type != PERSON or not a.affiliation or len(a.affiliation.split()) != 1 or lang.country_of(a.affiliation):
            continue
        named = registry.lookup(a.affiliation)
        if named is not None and named.type in (COUNTRY, PLACE):
            continue  # "Toronto" is the city, not the Toronto Police
        bodies = [b for b in registry.actors.values() if b.type == ORG and len(b.name.split()) == 2
                  and b.name.split()[0] == a.affiliation and b.name.split()[1].lower() in lang.org_heads]
        if len(bodies) == 1:
            a.affiliation = bodies[0].name


def kind_affiliations(registry: Registry, lang) -> None:
    """`Festival director NAME`: a person with no affiliation whose title opens on a word that is no title, no
    portfolio and no place, when exactly one body the article names opens or ends on that word, is that body's."""
    if not on(KIND_BEFORE_THE_TITLE):
        return
    bodies = [b for b in registry.actors.values() if b.type == ORG]
    for a in registry.actors.values():
        words = _title_words(a.title) if a.type == PERSON and a.title and not a.affiliation else ()
        if len(words) < 2 or not words[0].isalpha() or words[0] in lang.titles or words[0] in lang.portfolios \
                or words[-1] not in lang.titles:
            continue  # not "Education Minister": a portfolio, the minister of a government
        place = registry.lookup(words[0])
        if place is not None and place.type in (COUNTRY, PLACE) or lang.country_of(words[0]):
            continue  # "Tottori Governor": a place's office
        named = [b for b in bodies if words[0] in (registry.fold(b.name).split()[0], registry.fold(b.name).split()[-1])]
        if len(named) == 1:
            a.affiliation = named[0].name


def first_word_owner_affiliations(registry: Registry, lang) -> None:
    """`Seiran's president` after `Seiran Offshore Wind`: a person with no affiliation whose title a capitalised name
    owns, that name the first word of one body's name and of no other actor's, is that body's (title `president`)."""
    if not on(OWNER_BY_ITS_FIRST_WORD):
        return
    for a in registry.actors.values():
        owned = title_owner(a.title, lang) if a.type == PERSON and a.title and not a.affiliation else None
        if owned is None or not owned[0][:1].isupper() or " " in owned[0]:
            continue
        first = registry.fold(owned[0])
        named = [b for b in registry.actors.values() if b is not a and first in registry.fold(b.name).split()]
        if len(named) == 1 and named[0].type == ORG and registry.fold(named[0].name).split()[0] == first \
                and len(named[0].name.split()) > 1:  # not "Kaya's lawyer" where Ferhat Kaya owns the firm
            a.affiliation, a.title = named[0].name, owned[1]


def short_body_affiliations(registry: Registry, lang) -> None:
    """`Board Member NAME` after `the National Transport Safety Board`, `Harbor associates NAME` after the band
    Silent Harbor: an affiliation that is the end of one body's longer name, and no place, is that body."""
    if not on(SHORT_BODY):
        return
    for a in registry.actors.values():
        if a.type != PERSON or not a.affiliation or lang.country_of(a.affiliation):
            continue
        named = registry.lookup(a.affiliation)
        if named is not None and named.type != ORG:
            continue  # "Toronto" is the city, not the University of Toronto
        rest = named.name[len(a.affiliation):].split() if named is not None \
            and named.name.startswith(a.affiliation + " ") else []
        if on(BODY_BY_ITS_SHORT_NAME) and named is not None and len(named.name.split()) > 1 and (
                " " not in a.affiliation or rest and all(w[:1].isupper() for w in rest)):
            # (not "Blues Incorporated for The Rolling Stones": words of the sentence run on after the name)
            a.affiliation = named.name  # "TTC chair NAME", the Toronto Transit Commission (TTC) named before
            continue
        tail = registry.fold(a.affiliation).split()
        bodies = registry.bodies_ending_in(a.affiliation)
        # a body is introduced by its full name and then called by its end: a bare `Senate` named before the
        # `U.S. Senate` is another senate
        if not bodies and on(BODY_WITHOUT_ITS_PLACE):  # "the Supreme Court" after "the Supreme Court of Tarn"
            bodies = [b for b in registry.actors.values() if b.type == ORG
                      and registry.fold(b.name).split()[:len(tail) + 1] == [*tail, lang.of]]
        if len(bodies) == 1 and not (named is not None and named.first_seen < bodies[0].first_seen):
            a.affiliation = bodies[0].name
