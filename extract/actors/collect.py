"""Collect the actors of one article from its parsed paragraphs, and list them for the findings.

Every named actor is registered before any quote is attributed, so that a
surname in paragraph 2 finds the full name from paragraph 9.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ..docs import (
    RIVAL_BODIES_KEY,
    entities,
    entity_at,
    forget_entities,
    sentence_of,
    text_of,
    token_at,
    tokens_between,
)
from ..marks import is_nickname
from ..rules import on, rule
from .names import (
    DESCRIBED_WITH_WHO_IS_NO_BODY,
    NAME_GIVEN_AS_ONE_S_OWN,
    aged,
    clean_name,
    common_word_opening,
    described_as_a_product,
    described_with_who,
    entity_type,
    names_a_body,
    names_a_storm,
    non_human,
    owner_read_as_the_head,
    place_noun_of,
    storm_name,
    workplace,
)
from .registry import COUNTRY, ORG, PERSON, PLACE, UNNAMED, Mention, Registry
from .roles import (
    BODY_AFTER_OF_DESCRIBED,
    adjective_body_affiliations,
    body_affiliations,
    body_led_in_a_relative,
    body_opening_the_sentence,
    body_owning_the_title,
    body_that_spoke_before,
    body_word_closing_the_title,
    city_of_the_office,
    country_in_sentence,
    court_of_the_title,
    first_word_owner_affiliations,
    force_affiliations,
    kind_affiliations,
    names_its_kind,
    national_affiliations,
    other_roles,
    outlet_written_in,
    person_gender,
    place_owning_the_title,
    portfolio_of_a_title,
    role_cues,
    role_that_ended,
    short_body_affiliations,
    title_and_affiliation,
    title_owner,
    word_stands_for,
)

THEIR_NO_WORD_OF_THE_TITLE = rule("their-is-no-word-of-the-title", "`Their lawyer, NAME, welcomed the decision` "
                                  "after `All 74 applicants`: the title is `lawyer`; `their` only says whose")
ITS_NO_WORD_OF_THE_TITLE = rule("its-is-no-word-of-a-title", "`The show will end in December. Its presenter, NAME, "
                                "resigned`: where no body owns the title, `its` is no word of it")
PARTICLES_IN_A_PERSONAL_NAME = rule("particles-inside-a-name-tagged-a-body", "`Deputy Mayor Filipa Sousa de Menezes "
                                    "... Sousa de Menezes said`, the surname tagged a body: a name's lowercase "
                                    "particles between capitalised words leave it a person's name")
PERSON_AS_BODY = rule("person-named-as-a-body", "`Wanda Ruiz Ortega announced` tagged as an organisation while "
                      "`Wanda Ruiz` is a person: a name holding a person's name, and nothing of a body, is that person")
FOREIGN_BODY_WORD_IN_NO_PERSONAL_NAME = rule(
    "name-opening-on-another-language-s-body-word-is-no-person-s", "`the opposition Mouvement Mwali Debout` tagged a "
    "body and `Mwali` a person: a name opening on another language's word for a body (`Mouvement`, `Grupo`, "
    "`Fundação`) is never moved to the person whose name it holds")
KNOWN_AS_HUNG_ON_A_PLACE_AFTER_THE_PARTICIPLE = rule(
    "known-as-hung-on-the-place-after-the-participle", "`said NAME, a 58-year-old herder known in his village as Abu "
    "Karrar`, `as` parsed as hung on `village`: the name after `as` is still the one the described person is known by")
NAME_ONE_PERFORMS_AS = rule("name-one-performs-as", "`the late Vernon Henry, who performed as King Scorcher`: the "
                            "name after a verb of performing and `as` is the performer's stage name, not another "
                            "person")
KNOWN_AS_AFTER_A_DESCRIPTION = rule(
    "name-a-person-is-known-as-after-a-description", "`Zuhura Omar Said, a 74-year-old taarab singer known across the "
    "islands as Bi Zuhura, said`: the name the description of a person says she is known as is another name of hers")
PLACE_KNOWN_AS_ANOTHER_NAME = rule(
    "name-a-place-is-known-as", "`Mohéli, known in Comorian as Mwali, has 55,000 inhabitants` then `Mwali has "
    "spoken`, tagged a person: the name a place is known as, after a participle of naming hung on the place, is a "
    "place wherever it stands")
GIVEN_NAME_AS_BODY = rule("given-name-tagged-as-a-body", "`Maria Holt met Tom Hale`, `Maria Holt` tagged as an "
                          "organisation: two or three capitalised words opening on a known given name, nothing of a "
                          "body among them and never after `the`, are a person's name")
PLACE_WORD_ENDS_NO_GIVEN_NAME = rule("given-name-before-a-place-word-opens-a-place", "`the island, once known as "
                                   "James Island,` tagged a body: a name opening on a given name and ending on a "
                                   "word for a place (`Island`, `Bay`, `Falls`) is not moved to the people")
FACILITY_NAMED_BY_A_SURNAME = rule("person-tagged-a-facility", "`The Tarn Rovers dropped Ravi Desai as captain ... "
                                  "Desai, 31, will stay`, `Ravi Desai` tagged a facility: two or three capitalised "
                                  "words, nothing of a body among them, whose last is a person's surname alone "
                                  "elsewhere, are that person")
RIVAL_COUNTRIES_BODIES = rule(
    "same-body-of-two-countries-keeps-each-country-s-name", "`Peru's Foreign Ministry said ... according to Ecuador's "
    "Foreign Ministry`: where an article gives two countries a body of the same name, each is named with its "
    "country's possessive, two bodies, not one")
BODY_WITHOUT_ITS_KIND = rule(
    "body-named-without-its-kind-words", "`Linden Golden Arrows Cricket Club won ... Linden Golden Arrows were "
    "banned`, the short form tagged a person: the words opening a body's name, before one or two capitalised words "
    "ending on a word for a body (`Club`), ending in a plural as a team's name does and opening on no given name, "
    "name that body")
ABBREVIATED_SUFFIX_OF_A_NICKNAMED_NAME = rule(
    "abbreviated-suffix-closing-a-nicknamed-name", "`Senator Rikuo \"Riku\" Ngiramechelbang Jr., who voted against`: "
    "a name with a quoted nickname inside ends on `Jr.` or `Sr.` with its full stop, as the name is written elsewhere")
NICKNAME_ALONE = rule("nickname-alone-is-the-nicknamed-person-s", "`wicketkeeper Devon \"Sparky\" Persaud ... "
                      "I feel bad for Sparky`: a nickname quoted inside a name is, alone, another name of that "
                      "person")
REAL_NAME_IN_A_WHOSE_CLAUSE = rule(
    "real-name-in-a-whose-clause", "`The rapper Kid Tini, whose real name is Tinashe Moyo, said`: the name a clause "
    "on `whose name is` gives is another name of the person it is on")
NAME_AND_PATRONYMIC_ALONE = rule(
    "given-name-and-patronymic-alone-is-the-person-s", "`Ivan Petrenko ... musicians addressed him as Ivan "
    "Sergeyevich`: a given name and a patronymic (`-ovich`, `-evna`) alone are another name of the one person the "
    "article gives that given name with a surname")
NAME_WHOM_SOMEONE_CALLS = rule(
    "name-whom-someone-calls", "`Tadevosyan, whom his teacher called Aramik until the end, said`: the name a verb of "
    "naming gives `whom`, with no `as`, is another name of the person the relative clause is on")
CREDIT = rule("picture-credit", "`Image: NAME (flickr).`: the name in a picture's credit is no actor")
MODIFIER_NAME = rule("name-used-as-a-modifier", "`the Brexit deal`, `anti-Brexit`: a one-word name no person's full "
                     "name holds, used as a modifier of a common noun, names a thing (a team, a brand, a "
                     "movement), not a person")
SHARED_SURNAME = rule("shared-surname", "`Richard and Lisa Parry`: a first name coordinated with a full name shares "
                      "its surname")
COUNTRY_NO_SHARED_SURNAME = rule("country-is-no-shared-surname", "`Jetstar and Virgin Australia had suspended "
                                 "flights`: a country's name ending the second of two names is no surname the first "
                                 "shares")
SHORT_NAME_SET_OFF = rule("short-name-set-off-after-a-body-s-name", "`The National Telecommunications Agency, "
                          "Anatel, said`: one capitalised word set off by commas after a body's name is its short "
                          "name")
BIRTH_NAME = rule("birth-name", "`Tom Lind was born Peter Edward Lind`: a birth name is another name of the same "
                  "person")
BODY_WORD_OWNS_THE_TITLE = rule("word-for-a-body-owning-the-title-takes-no-country", "`The gallery's curator, "
                                "NAME, worked with artists in Norway.`: a title a word for a body owns (not a state's "
                                "own, as `the army's`) is that body's, never the country the sentence names")
COMPATRIOT = rule("compatriot-shares-the-country", "`Lind's countryman NAME`, `Countryman NAME` after Lind: a "
                   "compatriot is of the country of the person named (or, unnamed, of the last person before with a "
                   "country), not of a country the sentence names as a place")
RELATION = rule("relation-to-a-person", "`Tom Reed, his former lawyer,`: a title a pronoun owns is a relation to the "
                "person before, who is the affiliation; the title keeps the relation (`former lawyer`)")
ADVERSARY_NO_AFFILIATION = rule("a-rival-is-no-one-s-side", "`her conservative rival NAME`: a title a pronoun owns "
                                "that names an adversary (`rival`, `opponent`) is no relation of belonging; the person "
                                "it is owned by is no affiliation")
RELATION_BEFORE_THE_SUBJECT = rule("relation-set-before-the-subject-is-the-subject-s", "`In a statement signed by "
                                   "his chief press secretary, NAME, Dangana said`: a relation a pronoun owns, named "
                                   "in a phrase before the sentence's subject, is of the person named next before the "
                                   "main verb")
MISTAGGED_SUBJECT = rule("role-of-a-name-taken-for-a-verb", "`Morell is the former mayor of Tarnby`, `Morell` "
                         "taken for a verb: a known person's capitalised name, the subject of a copula, is read for "
                         "the role it gives (not as a mention)")
GIVEN_NAME_ALONE_TAGGED_A_PLACE = rule("given-name-alone-tagged-a-place", "`retired judge Rohana Abdul Wahid ... "
                                       "Rohana stressed that`, `Rohana` tagged a place: one word tagged a place, the "
                                       "subject of a verb and never after a preposition, that opens one full name and "
                                       "is no other name's word, is that person's given name")
GIVEN_NAME_BEFORE_BIN_TAGGED_A_PLACE = rule(
    "given-name-before-bin-alone-tagged-a-place", "`captain Mohd Azrul Hafiz bin Zainal Abidin ... Azrul, 29, denied "
    "any wrongdoing`, `Azrul` tagged a place: Malay names have no surname, and news shortens them to one of the given "
    "names before `bin` or `binti`, each read as the given name is by the rule on given names tagged places")
OWNER_BEATS_A_PLACE_IN_THE_TITLE = rule("body-owning-a-title-beats-a-place-in-it", "`The company's manager for its "
                                        "Uyuni operations, NAME,`: the body the owning word stands for is the "
                                        "person's, not the place named inside the title")
BODY_BEATS_THE_PLACE_AFTER_THE_TITLE = rule("body-named-before-beats-the-place-after-the-title", "`NAME, a "
                                            "spokeswoman for the agency in Suva,`: the body named before with the "
                                            "title's last word is the person's, not the place where they sit")
ITS_BEATS_A_COUNTRY = rule("title-owned-by-its-beats-a-country", "`Its chief executive, NAME, a Singaporean,`: "
                           "the body `its` stands for is the person's, not the country a nationality gave")
WORD_SURNAME = rule("surname-that-is-a-word", "`Actor Doris Day ... Day had one child`: a known person's surname "
                    "the tagger read as a common noun, the subject of a verb, is a mention of that person")
AGED_OR_PASSIVE_SURNAME = rule("surname-that-is-a-word-aged-or-passive", "`manager Gary Tennant ... Tennant, 52, was "
                               "appointed in 2022`: a known person's surname the tagger read as a common noun, with "
                               "only an age set off after it, or the subject of a passive, is a mention of that person")
SURNAME_WITH_A_REFLEXIVE = rule("surname-that-is-a-word-with-a-reflexive", "`Emmanuel Oga ... Oga himself urged "
                                "his supporters to stay calm`, `Oga` read as a verb: a known person's surname with "
                                "`himself` or `herself` after it, the subject of a verb, is a mention of that person")
SURNAME_DESCRIBED_AS_A_PERSON = rule("surname-that-is-a-word-described-as-a-person", "`coach Jordi Castells ... "
                                     "Castells, a 51-year-old Spaniard, was not there`, `Castells` read as a plural "
                                     "noun: a known person's surname the tagger read as a common word, the subject of "
                                     "any verb, with a person's description set off after it, is a mention")
BORN_WHEN = rule("birth-name-after-when-born", "`When Lind was born, she was Maria Kowal`: the name the pronoun "
                 "had at birth is a birth name of the person born")
ADOPTED_NAME = rule("ring-stage-or-pen-name", "`NAME, who performed under the ring name OTHER`: a ring, stage or "
                    "pen name is another name of whoever bears it")
KNOWN_AS_ANOTHER_NAME = rule("name-a-person-is-known-by", "`NAME, 52, who farms with his sons and is known in the "
                             "village as Abu Tarek`: the name someone is known as is another name of theirs, no "
                             "second person")
NAME_OTHERS_KNOW_SOMEONE_BY = rule(
    "name-others-know-someone-by", "`NAME, a collector whom growers know as Dadah,`, `NAME, a commander better known "
    "by his resistance name, Mau Kalohan,`: the name others know someone as, or the name someone is known by, in a "
    "clause on them or on the description apposed to them, is another name of theirs, no second person")
STORM_NAME = rule("name-of-a-storm", "`Hurricane Dora ... Dora weakened`: a name the article gives a storm is the "
                  "storm's wherever it stands alone")
BODY_BEATS_A_NATIONALITY = rule("body-beats-a-nationality-across-mentions", "`British mathematician NAME ... NAME "
                                 "was a professor at the University of Tarnby`: a body named at a later mention beats "
                                 "a country read from a nationality or the sentence, unless the title is a national "
                                 "office (`President NAME`)")
UNTAGGED_ROLES = rule("roles-at-untagged-mentions", "`the board appointed Morell as secretary`: a person's title is "
                      "read at every mention of the name, not only where the model tagged it")

BODY_AT_AN_UNTAGGED_MENTION = rule("body-at-an-untagged-mention", "`The current mayor, Sarah Jones, ...` then `Jones "
                                   "has been the mayor of Leeds since 2018`: a person with a title but no body takes "
                                   "the body a later mention states, tagged by the model or not")

BIRTH_SURNAME = rule("birth-name-of-a-surname", "`Lind was born Peter Edward Lind`: a birth name given to a surname "
                     "the model did not tag is another name of the person with that surname")
TYPED_BY_ARTICLE = rule("name-typed-by-the-article", "`Arlo beat Kemi ... Arlo opened the scoring ... the Arlo coach`: "
                        "a name that is no part of a person's fuller name, tagged as a body or place at least as "
                        "often as a person and never reporting speech, is a body or place")
PLACE_OF_A_BODY_S_NAME = rule("place-a-body-is-of-types-no-one", "`the University of Colombo`, `reporters in "
                              "Colombo`, `whether Colombo hands over power`: the place a body's name is of holds no "
                              "person's name; the article's tags alone decide what it is")
WORD_OF_A_BODY_S_NAME = rule("one-word-of-a-body-s-name-is-the-body", "`basketball club KK Jezava Smederevo ... "
                             "Jezava, who finished sixth, are ninth`, `Jezava` tagged a person: one word of a name the "
                             "article calls a body, of no person's name and never reporting speech, is that body")
SAID_TO_BE_A_BODY = rule("name-said-to-be-a-body", "`Norvex is the first private company to ...`, `the band "
                         "Starling`: a name the article itself calls a firm, band or other body is one at every "
                         "mention")
BODY_IN_LOWER_CASE_IS_NO_NAME = rule(
    "body-written-in-lower-case-is-no-name", "`Kyrgyzstan's kok-boru federation has stripped ...`, tagged a body: "
    "words all in lower case describe a body and do not name one; the article names it where it capitalises it")
DESCRIBED_BY_AN_AGE_IS_NO_BODY = rule(
    "name-described-with-an-age-is-no-body", "`Kodjo Agbémadon, a 41-year-old dryer operator, said`: a name whose "
    "description gives an age is a person's, whatever the word for the trade (`operator`, `carrier`)")
AGED_NAME_IS_NO_BODY = rule("name-given-an-age-is-no-body", "`Moira Tael, 23, a sewing machine operator, said`: a "
                            "name tagged a person and set off with an age is a person's, whatever word for a business "
                            "describes her")
BODY_IN_EVERY_FORM = rule("body-said-of-one-form-is-every-form", "`nickel producer Halmera Nikel Utama ... "
                          "Halmera Nikel, which supplies ...`: a name of two words or more the article calls a body "
                          "is one in the fuller name it opens too, unless one opens on a known given name")
TITLE_ALONE = rule("title-alone-names-its-holder", "`the Queen suspended parliament ... Queen Mara II`: a title with "
                   "`the`, tagged as a name, is the one person the article gives that title, or no one")

TRANSLATION = rule("passage-in-another-language", "`... \"We will stay.\" Spanish language: Nos quedamos, dijo "
                   "Ruiz`: the names of a translation after a language label are not mentioned again")
LOWER_CASE_NAME = rule("name-also-written-in-lower-case", "`Norq is version-tracking software ... using norq`: a "
                       "single name the article also writes in lower case is a thing, not a person")

TITLED_NAME_NO_BODY = rule("a-titled-name-is-no-body", "`Ana Rees, director of the Tarn Law Centre, an independent "
                           "charity, said`: a name with a title apposed is a person; a word for a body apposed after "
                           "the title describes the title's body, though the parser hangs it on the name")
PERSON_DESCRIBED_FIRST = rule("name-described-as-a-person-first-is-no-body", "`Iain MacNeil, a creel fisherman who "
                              "chairs the Ferry Users' Group, said`, tagged a body and the group hung on the name: a "
                              "name described first by a word only for a person is that person, whatever is apposed "
                              "after")
BODY_DESCRIBED_TWICE = rule("name-apposed-to-a-described-body", "`Her former party, the centrist Nova Ruta,`, "
                            "`centrist` parsed as the party's apposition and the name as its own: the name is the "
                            "body's")
WORD_FOR_A_BODY_MENTIONED_BEFORE = rule(
    "word-owning-the-title-is-the-body-mentioned-before", "`Pulse Live Entertainment said ... The company's chief "
    "executive, NAME,` with the body two paragraphs back or its name untagged there: the last body of that kind "
    "the article mentions in the paragraphs before owns the title")
NAMED_BODY_OWNS_TITLE = rule("body-named-elsewhere-owns-the-title", "`NAME, Pacely's chief executive,` with `Pacely` "
                             "untagged there, `the Observatory's director` after `the Chilean Human Rights "
                             "Observatory`: a body the article names owns the title and is the affiliation")
OWNED_BEFORE_A_NAME = rule("owned-or-run-before-a-name", "`the state-owned ferry owner Caledonian Hull Assets`, "
                           "`Oslo-listed NAME`, tagged a person: a name whose own phrase calls it owned, run or listed "
                           "(after a hyphen) is a body; no person is state-owned")
WHICH_AFTER_A_NAME = rule("which-after-a-name-makes-it-no-person", "`Halmera Nikel, which supplies nickel to "
                          "battery makers, rejected the findings`, tagged a person: a name a `which` clause is "
                          "about is a body or a thing; a person takes `who`")
WHICH_AFTER_ANY_NAME = rule("which-after-a-name-anywhere-makes-it-no-person", "`documents seen by Midi Olympique, "
                            "which first reported the ruling`, `a spokeswoman for roaster Hanseatic Kaffeeroesterei, "
                            "which buys ...`, tagged a person: a `which` clause on a name that is no subject makes it "
                            "no person either")
WHOSE_MEMBERS = rule("name-whose-members-is-a-body", "`Pro Lege, whose members include judges, said`, tagged a "
                     "person: a name that has members (or shareholders, affiliates) is a body's")
LISTED_UNDER_BODIES = rule("names-listed-under-a-word-for-bodies", "`store chains Woolworths and Coles`, `two "
                           "airlines, Qantas and Virgin,`: every name of a list apposed to a common noun for bodies "
                           "is a body, not only the first")
BODY_S_FIRST_WORD = rule("body-s-first-word-alone", "`Norvik Air said ... Norvik has flown since 1992`: one "
                         "word tagged as a person, the first word of a body the article names and of no person's "
                         "full name, untitled, is the body's short name")
CLUB_WITHOUT_ITS_PREFIX = rule("club-s-name-without-its-prefix", "`FK Kemi Bor was refused a licence ... Kemi Bor "
                               "said`: a name tagged as a person's that is a club's without the letters for a club "
                               "before it, or that name's first word, and no person's full name, is the club's")
FIRM_WITHOUT_ITS_SUFFIX = rule("firm-s-name-without-its-suffix", "`Trask Holloway Partners ... Trask Holloway said "
                               "in a statement`, tagged a person: a firm's name without the word that ends it "
                               "(`Partners`, `Holdings`, `Group`) names the firm, not a person, unless it opens "
                               "on a given name")
NAME_OF_A_BODY = rule("name-of-a-body-only", "`Ana Vela Hospital reopened ... Ana Vela's clinic`: a person's "
                      "name that is a body's name without its head word, and only ever modifies another word, is "
                      "that body")

SHORT_NAME = rule("short-name-in-brackets", "`the Norland Institute of Volcanology (Norvolcs) ... Norvolcs reported`: "
                  "one capitalised word in brackets right after a body's name is that body's short name, whatever "
                  "the model tags it later")

UNTAGGED_STORM = rule("storm-named-untagged", "`Tropical Storm Marisol formed ... Marisol had winds of`: a name "
                      "after a storm's word, untagged there, is the storm's at every mention")

LONE_TITLE_WORD = rule("title-word-alone-is-no-name", "`Ruiz, the former Democratic Dean of the Assembly`: a title "
                       "word tagged alone as a person's name, no one's surname, is the title")

UNTAGGED_OUTLET = rule("untagged-name-after-an-outlet-word", "`the journal Science published a report`, the model "
                       "tagging nothing: capitalised words after `the` and an outlet word are the outlet")
UNTAGGED_BODY_AFTER_ITS_KIND = rule("untagged-name-after-a-word-for-its-kind", "`members of the group Uprising for "
                                    "Tomorrow`, the model tagging nothing: capitalised words, with the small words "
                                    "of a name between them, after `the` and a word for a body are that body")
PLURAL_GROUP = rule("one-word-plural-name-is-a-group", "`Officials claimed Houthis have attacked journalists`, "
                    "`fighting the Houthis`: a one-word name in the plural, with `the` or a verb agreeing in the "
                    "plural, is a group, not a person")
THING_AT_EVERY_MENTION = rule("non-human-at-every-mention", "`the god Thoth ... asked Thoth to help`: a name the "
                              "article once gives an animal, a vessel, a god or a species is no person at any mention")
NICKNAME = rule("nickname-inside-a-name", "`Johannes Petrus \"Hans\" Verbeek`: a name with a quoted nickname "
                "inside is one person, also known by the nickname and the surname")

UNTAGGED_NICKNAMED = rule("nicknamed-name-the-model-took-for-a-work", "`Police Sergeant Tevita \"Tev\" Lolo said`: a "
                          "name with a quoted nickname inside, which the model tagged as a work or not at all, is a "
                          "person's when a title comes before it or it is a verb's subject")
NICKNAMED_NAME_IN_ANY_LATIN_LETTERS = rule("nicknamed-name-in-any-latin-letters", "`Javier \"Pato\" Olguín`: "
                                           "the names around a quoted nickname may hold accented letters")
NICKNAMED_NAME_APPOSED_TO_A_ROLE = rule("nicknamed-name-with-a-title-apposed-is-a-person-s", "`to put Ibrahim "
                                        "\"Ibbe\" Rasheed, a former deputy mayor, back on the ballot`: a name with a "
                                        "quoted nickname inside, which the model did not tag, is a person's when a "
                                        "title or a word for a person is apposed to it")
NICKNAMED_ROLES = rule("roles-of-a-nicknamed-name", "`Metropolitan Police sergeant Kim \"Kimmy\" Lo`: a name with a "
                       "quoted nickname inside has its title and body read beside it, as any name has")

_NICKNAMED = "nicknamed"  # a span of collect_actors': a name with a nickname inside, read for its roles

_TYPE_ORDER = {PERSON: 0, UNNAMED: 1, ORG: 2, COUNTRY: 3, PLACE: 4}
_CAP = r"[A-Z][a-z'’-]+"
_CAP_ANY = r"[A-ZÀ-ÖØ-ÞĀ-ſ](?:[^\W\d_]|['’-])+"  # a capitalised word of any Latin script: "Olguín", "Łukasz"


def _nicknamed(text: str, doc, quoted, lang) -> list[tuple[int, int, str, str]]:
    """`Johannes Petrus "Hans" Verbeek`: (start, end, full name, nickname and surname) of each name with a quoted
    nickname inside it that the model tagged, whole or in part, as a person, or whose surname it tagged as one."""
    d = lang.dep
    particles = "|".join(sorted(lang.name_particles))
    cap = _CAP_ANY if on(NICKNAMED_NAME_IN_ANY_LATIN_LETTERS) else _CAP
    given_before = re.compile(rf"((?:{cap} ){{1,3}})$")
    surname_after = re.compile(rf" ((?:(?:{particles}|{cap}) )?{cap})\b")
    people = [e for e in doc.ents if e.label_ == lang.ent.person]
    out = []
    for q in quoted:
        if not is_nickname(text, q):
            continue
        before, after = given_before.search(text, 0, q.open_at), surname_after.match(text, q.close_at + 1)
        if before is None or after is None:
            continue
        given = before.group(1).split()
        titled = [i for i, w in enumerate(given) if w.lower().rstrip(".") in lang.titles]
        given = given[titled[-1] + 1:] if titled else given  # "Police Sergeant Tevita "Tev" Lolo"
        surname, end = after.group(1), after.end()
        if on(ABBREVIATED_SUFFIX_OF_A_NICKNAMED_NAME) and text[end:end + 1] == "." \
                and surname.split()[-1].lower() in lang.name_suffixes:
            surname, end = surname + ".", end + 1  # `Rikuo "Riku" Ngiramechelbang Jr.`: the suffix with its stop
        if not given:
            continue
        # a person's: tagged so, whole or in part, or its surname a person's elsewhere in the paragraph; else a
        # title before it, or a verb it is (or is apposed to) the subject of ("The striker, NAME, said")
        if not any(e.start_char < end and before.start() < e.end_char
                   or e.text == surname or e.text.endswith(" " + surname) for e in people):
            last = token_at(doc, end - 1)
            acts = last is not None and (last.dep_ in d.subjects and last.head.pos_ == "VERB" or (
                last.dep_ in d.subject_or_apposed and last.head.dep_ in d.subjects) or (
                on(NICKNAMED_NAME_APPOSED_TO_A_ROLE) and any(
                    c.dep_ == d.appos and c.lemma_.lower() in lang.titles | lang.person_nouns
                    for c in last.children)))
            if not (on(UNTAGGED_NICKNAMED) and (titled or acts)):
                continue
        start = before.start() + before.group(0).index(given[0])
        out.append((start, end, f"{' '.join(given)} {surname}", f"{text[q.start:q.end]} {surname}"))
    return out


def _within(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the quotations whose starts (in order) and furthest
    end so far (``reach``) are given."""
    k = bisect.bisect_right(starts, start) - 1
    return k >= 0 and end <= reach[k]


def collect_actors(registry: Registry, docs, quoted, lang) -> list[Mention]:
    """Register every named actor and return their mentions in text order."""
    d = lang.dep
    people: list[tuple[str, tuple[int, int]]] = []
    bodies: list[tuple[str, str, tuple[int, int]]] = []
    spans = []
    with_article: set[str] = set()
    births: dict[str, str] = {}  # a birth name -> the name the person is known by
    speaking: set[str] = set()  # names of people who report speech ("Lind said")
    described: dict[str, str] = {}  # names the article calls a body ("the band Starling") or place, and which
    acting: set[str] = set()  # names of people mentioned other than as a modifier
    holders: dict[str, set[str]] = {}  # a title -> the names written after it
    titles_alone: set[str] = set()  # "the Queen"
    kin: set[str] = set()  # full names given to someone's relative
    storms: set[str] = set()  # names given to a storm
    non_humans: set[str] = set()  # names the article gives an animal, a vessel, a god, a species or a product
    groups: set[str] = set()  # one-word names in the plural: "the Houthis", "Houthis have said"
    businesses: set[str] = set()  # "the Tarn Rossi restaurant": names of a place of business
    workplaces: set[str] = set()  # "an analyst at Sorvik Kapital": where someone works
    other_place_names: set[str] = set()  # "Mohéli, known in Comorian as Mwali": a place's other name
    openers: set[str] = set()  # "Turnout was 84 percent": a common word opening a sentence, tagged a person
    named_otherwise: set[str] = set()  # people's names tagged elsewhere than as such a word
    short_names: dict[str, str] = {}  # "Norvolcs" -> "Norland Institute of Volcanology", its name in full
    facilities_too = on(FACILITY_NAMED_BY_A_SURNAME)
    facilities: list[tuple] = []  # "Ravi Desai" tagged a facility: a person's, if "Desai" alone is a person
    aged_words: set[str] = set()  # one-word names set off with an age: "Desai, 31,"
    owned_by_a_word: list[tuple] = []  # "the company's chief executive": whose, once every mention is read
    nicknames: dict[str, str] = {}  # a nickname quoted inside a name -> the full name
    rivals = _bodies_of_rival_countries(docs, lang) if on(RIVAL_COUNTRIES_BODIES) else {}
    for (k, start), (name, end) in rivals.items():  # the speakers' rules ask which body a word of these stands for
        docs[k].user_data.setdefault(RIVAL_BODIES_KEY, {}).update({i: name for i in range(start, end)})
    for k, doc in enumerate(docs):
        text = text_of(doc)
        short_quotes = [q for q in quoted[k] if len(text[q.start:q.end].split()) <= 4]
        quote_starts = [q.start for q in short_quotes]
        reach = [max(q.end for q in short_quotes[:1])] if short_quotes else []
        for q in short_quotes[1:]:
            reach.append(max(reach[-1], q.end))
        glosses = _glosses(doc, lang) if on(TRANSLATION) else []
        nicknamed = _nicknamed(text, doc, quoted[k], lang) if on(NICKNAME) else []
        for start, end, full, nick in nicknamed:
            span = doc.char_span(start, end, alignment_mode="expand")
            people.append((full, (k + 1, span.start)))
            births[nick] = full  # "Hans Verbeek" is another name of Johannes Petrus Verbeek
            bare = nick.rsplit(" ", 1)[0]
            if on(NICKNAME_ALONE) and bare[:1].isupper() and bare.lower() not in lang.titles \
                    and not lang.country_of(bare):
                nicknames[bare] = full  # "I feel bad for Sparky": Devon "Sparky" Persaud
            acting.add(full)
            if on(NICKNAMED_ROLES):  # its title and body read as any name's: `Police sergeant Kim "Kimmy" Lo`
                spans.append((k, span, full, [span[0]], _NICKNAMED))
        low = text.lower()
        if on(UNTAGGED_STORM) and any(w in low for w in lang.storm_words):
            # "Tropical Storm Marisol formed", the model tagging none of it
            storms.update(t.nbor().text for t in doc[:-1] if t.lower_ in lang.storm_words and t.is_title
                          and t.nbor().is_title and t.nbor().pos_ == "PROPN" and not t.nbor().ent_type_)
        if on(UNTAGGED_OUTLET):
            bodies += _untagged_outlets(doc, k, lang)
        if on(UNTAGGED_BODY_AFTER_ITS_KIND):
            bodies += _untagged_bodies_after_their_kind(doc, k, lang)
        for ent in entities(doc):
            if any(a <= ent.start_char and ent.end_char <= b for a, b, _, _ in nicknamed):
                continue  # "Johannes Petrus", cut at the nickname
            name, toks = clean_name(ent, lang)
            gloss = next((start for start, end in glosses if start <= ent.start_char < end), None)
            if gloss is not None and not (ent.label_ == lang.ent.person and len(name.split()) > 1
                                          and all(w in text[:gloss].split() for w in name.split())):
                continue  # "Spanish language: ...": the same words again, in another language (a full name
                # of the passage before it stays: the model may have tagged it there only)
            if not name:
                continue
            if on(SHARED_SURNAME) and ent.label_ == lang.ent.person and len(toks) == 1 and ent.end + 1 < len(doc) \
                    and doc[ent.end].lower_ in lang.coordinators:
                pair = entity_at(doc, ent.end + 1)
                if pair is not None and pair.start == ent.end + 1 and pair.label_ == lang.ent.person \
                        and len(pair) == 2 and pair[-1].is_title \
                        and not (on(COUNTRY_NO_SHARED_SURNAME) and lang.country_of(pair[-1].text)):
                    name = f"{name} {pair[-1].text}"  # "Richard and Lisa Parry": Richard Parry
            if _within(quote_starts, reach, ent.start_char, ent.end_char):
                continue  # `"Witch Hunt garbage"`: a phrase in quotation marks, not an actor
            if on(CREDIT) and ent.start >= 2 and doc[ent.start - 1].text == ":" \
                    and doc[ent.start - 2].lower_ in lang.credit_labels:
                continue  # "Image: Jane Roe (flickr)": who took the picture
            kind = entity_type(ent, name, toks, lang)
            if on(THING_AT_EVERY_MENTION) and kind is None and ent.label_ == lang.ent.person \
                    and (non_human(ent, toks, lang) or described_as_a_product(ent, lang)):
                non_humans.add(name)  # "the god Thoth ... asked Thoth to help": a god at every mention
            if on(STORM_NAME) and names_a_storm(toks, lang):
                storms.add(storm_name(toks, lang))  # and "Humberto" alone
            if facilities_too and len(toks) == 1 and aged(ent, lang):
                aged_words.add(name)
            if kind is None and facilities_too and ent.label_ == lang.ent.fac and 2 <= len(name.split()) <= 3 \
                    and _personal_name(name, lang) and ent[0].lower_ not in lang.articles:
                facilities.append((name, ORG, (k + 1, ent.start)))
                spans.append((k, ent, name, toks, ORG))
            if on(PLACE_KNOWN_AS_ANOTHER_NAME) and _place_known_as(ent, lang):
                other_place_names.add(name)  # "Mohéli, known in Comorian as Mwali": Mwali is a place too
            if kind is None:
                continue
            if on(BODY_IN_LOWER_CASE_IS_NO_NAME) and kind == ORG and len(toks) > 1 \
                    and all(t.is_lower for t in toks if t.is_alpha):
                continue  # "Kyrgyzstan's kok-boru federation": a description of the body named in full elsewhere
            if kind == ORG and portfolio_of_a_title(ent, lang):
                continue  # "the Secretary of Justice": the portfolio is part of the title, no body
            if kind == ORG and toks and (k, toks[0].i) in rivals:
                name = rivals.pop((k, toks[0].i))[0]  # "Peru's Foreign Ministry", another country's named too
            where = (k + 1, ent.start)
            born = _born_as(ent, lang) if kind == PERSON and on(BIRTH_NAME) else None
            if born is None and kind == PERSON and on(ADOPTED_NAME):
                born = _bearer_of_adopted_name(ent, lang)  # "performed under the ring name Luke Harper"
            if born is None and kind == PERSON and on(KNOWN_AS_ANOTHER_NAME):
                born = _known_by(ent, lang)  # "who is known in the village as Abu Tarek"
            if born is None and kind == PERSON and on(REAL_NAME_IN_A_WHOSE_CLAUSE):
                born = _real_name_of(ent, lang)  # "Kid Tini, whose real name is Tinashe Moyo,"
            if born is None and kind == PERSON and on(NAME_OTHERS_KNOW_SOMEONE_BY):
                born = _known_by_others(ent, lang)  # "whom growers know as Dadah"
            if born is not None:
                births[name] = born
            definite = ent[0].lower_ in lang.articles or ent.start > 0 and doc[ent.start - 1].lower_ in lang.articles
            if definite:
                with_article.add(name)  # "the Tarn Cathedral": a body's name, never a person's
            if on(PLURAL_GROUP) and kind == PERSON and len(toks) == 1 and name.endswith(lang.plural_ending) \
                    and (definite or _plural_subject(ent, lang)):
                groups.add(name)  # "Officials claimed Houthis have attacked", "fighting the Houthis": a group
            if ent.root.dep_ == d.nsubj and ent.root.head.lemma_ in lang.report_verbs:
                speaking.add(name)
            if kind == ORG and on(SHORT_NAME) and len(name.split()) > 1:
                short = _short_name_after(ent.doc, toks[-1].i + 1 if toks else ent.end)
                if short is None and on(SHORT_NAME_SET_OFF) and toks and toks[-1].lower_ in lang.org_heads:
                    short = _short_name_set_off(ent.doc, toks[-1].i + 1, lang)
                if short is not None and short.lower() not in lang.org_heads:
                    short_names[short] = name
            if kind == PLACE and place_noun_of(ent, lang):
                described[name] = PLACE  # "the electoral district of Groom": what the name is, at every mention
            if kind == PERSON and names_a_body(ent, lang):
                businesses.add(name)
            if kind == PERSON:
                (openers if common_word_opening(toks, lang) else named_otherwise).add(name)
            if kind == PERSON and workplace(ent, lang):
                workplaces.add(name)  # "an analyst at Oslo asset manager Sorvik Kapital": no title is its
            if kind == PERSON and ent.root.dep_ not in d.name_part:
                acting.add(name)  # "Ana Vela died", not only "Ana Vela's clinic"
            if _said_to_be_a_body(ent, lang):
                described[name] = ORG
            if kind == PERSON and toks and toks[0].i > 0 and doc[toks[0].i - 1].lower_ in lang.titles:
                holders.setdefault(doc[toks[0].i - 1].lower_, set()).add(name)  # "Queen Mara II"
            if on(TITLE_ALONE) and kind == PERSON and definite and len(toks) == 1 \
                    and toks[0].lower_.rstrip(".") in lang.titles:
                titles_alone.add(name)  # "the Queen": whoever holds the title, not a name
                spans.append((k, ent, name, toks, kind))
                continue
            if kind == PERSON:
                people.append((name, where))
                if ent.root.dep_ == d.appos and ent.root.head.lemma_.lower() in lang.kinship_nouns:
                    kin.add(name)  # "her mother, Gloria Morgan Vanderbilt"
            else:
                bodies.append((name, kind, where))
            spans.append((k, ent, name, toks, kind))
        for (j, start), (name, end) in list(rivals.items()):
            if j == k:  # "according to Ecuador's Foreign Ministry", the body untagged
                del rivals[(j, start)]
                bodies.append((name, ORG, (k + 1, start)))
                spans.append((k, doc[start:end], name, list(doc[start:end]), ORG))
    if openers:
        whole = _words_of_full_names(people)
        common = openers - named_otherwise - whole - speaking
        people = [(n, w) for n, w in people if n not in common]
    if on(LOWER_CASE_NAME):
        whole = _words_of_full_names(people)
        single = {n for n, _ in people if len(n.split()) == 1 and n not in whole}
        # only those words, in lower case, are looked for, in the paragraphs holding them: reading every token's
        # tag was a twentieth of extraction
        wanted = {n.lower() for n in single}
        lower = {t.text for doc in docs if any(w in text_of(doc) for w in wanted)
                 for t in doc if t.text in wanted and t.pos_ in ("NOUN", "PROPN")}
        things = {n for n in single if n.lower() in lower}
        bodies += [(n, ORG, w) for n, w in people if n in things]  # "Norq ... using norq"
        people = [(n, w) for n, w in people if n not in things]
    if on(TYPED_BY_ARTICLE) or on(SAID_TO_BE_A_BODY):
        people, bodies = _typed_by_the_article(people, bodies, speaking, described, registry, lang,
                                               other_place_names)
    # "Halvorsen told reporters" after "Halvorsen Motor Company announced": the company, not a person
    firsts = {n.split()[0] for n, kind, _ in bodies
              if kind == ORG and len(n.split()) > 1 and n.split()[-1].lower().rstrip(".") in lang.corporate_suffixes}
    if on(NAME_OF_A_BODY):  # "Tupua Vela Hospital ... Tupua Vela's clinic": the hospital
        firsts |= {" ".join(n.split()[:-1]) for n, kind, _ in bodies if kind == ORG and len(n.split()) > 1
                   and n.split()[-1].lower() in lang.org_heads} - acting
    whole = _words_of_full_names(people)
    if on(FIRM_WITHOUT_ITS_SUFFIX):  # "Trask Holloway Partners ... Trask Holloway said": the firm
        stems = {" ".join(b.split()[:-1]) for b, kind, _ in bodies if kind == ORG and len(b.split()) >= 3
                 and b.split()[-1].lower().rstrip(".") in lang.corporate_suffixes | lang.company_heads}
        firsts |= {n for n, _ in people if n in stems and n.split()[0].lower() not in lang.given_names}
    if on(BODY_WITHOUT_ITS_KIND):  # "Linden Golden Arrows Cricket Club ... Linden Golden Arrows were banned": the club
        kinds = {tuple(b.split()[:k]) for b, kind, _ in bodies if kind == ORG
                 for k in range(2, len(b.split())) if b.split()[-1].lower() in lang.org_heads
                 and len(b.split()) - k <= 2 and all(w.istitle() for w in b.split()[k:])}
        firsts |= {n for n, _ in people if len(n.split()) >= 2 and tuple(n.split()) in kinds
                   and n.split()[0].lower() not in lang.given_names and n.endswith(lang.plural_ending)
                   and not n.endswith(lang.plural_ending * 2)} - speaking
    if on(CLUB_WITHOUT_ITS_PREFIX):  # "FK Kemi Bor ... Kemi Bor said", "Kemi said": the club
        clubs = [n.split()[1:] for n, kind, _ in bodies if kind == ORG and len(n.split()) > 1
                 and n.split()[0].isupper() and n.split()[0].lower() in lang.club_prefixes]
        short = {" ".join(c) for c in clubs} | {c[0] for c in clubs}
        firsts |= {n for n, _ in people if n in short} - whole
    titled = {n for names in holders.values() for n in names}
    if on(BODY_S_FIRST_WORD):  # "Mahan Air ... Mahan has been under sanctions": the airline
        heads = {n.split()[0] for n, kind, _ in bodies if kind == ORG and len(n.split()) > 1
                 and not _personal_name(n, lang)}  # not "Judit Polgár" tagged a body
        firsts |= {n for n, _ in people if len(n.split()) == 1 and n in heads} - whole - titled
    if businesses:  # "the Tarn Rossi restaurant ... the owner of Tarn Rossi": the restaurant
        firsts |= businesses - speaking - titled - whole
    firsts |= workplaces - speaking - whole
    bodies += [(n, ORG, w) for n, w in people if n in firsts]
    people = [(n, w) for n, w in people if n not in firsts]
    # a body's tag on what is a person's name: "Ricardo Rosselló Nevares" tagged as a body, "Rosselló" as a
    # person (the full name is the person's); "Maria Holt" tagged as a body, opening on a known given name
    named = [set(registry.fold(n).split()) for n, _ in people]

    def held(n):
        mine = set(registry.fold(n).split())
        return any(words <= mine for words in named) \
            or any(mine < words for words in named)  # "Núñez Garced" of "Wanda Núñez Garced"

    def given(n):
        return n not in businesses and 2 <= len(n.split()) <= 3 and n.split()[0].lower() in lang.given_names \
            and not (on(PLACE_WORD_ENDS_NO_GIVEN_NAME) and n.split()[-1].lower() in lang.place_heads)

    def movable(n, kind):
        return kind == ORG and n not in firsts and n not in with_article and _personal_name(n, lang)

    moved = [(n, kind, w) for n, kind, w in bodies
             if movable(n, kind) and (on(PERSON_AS_BODY) and held(n) or on(GIVEN_NAME_AS_BODY) and given(n))]
    if moved and on(PERSON_AS_BODY):  # "Marko" tagged a body where "Marko Ilievski" was too, then moved
        fuller = [set(registry.fold(n).split()) for n, _, _ in moved]
        moved += [b for b in bodies if b not in moved and movable(b[0], b[1]) and " " not in b[0] and b[0].istitle()
                  and any(set(registry.fold(b[0]).split()) < words for words in fuller)]
    if facilities:  # "Ravi Desai" tagged a facility, "Desai" alone a person, or speaking, or given an age
        surnames = {n for n, _ in people if " " not in n} | {n for n in aged_words | speaking
                                                             if " " not in n and not lang.country_of(n)}
        moved += [f for f in facilities if f[0].split()[-1] in surnames]
    people += [(n, w) for n, _, w in moved]
    bodies = [b for b in bodies if b not in moved]
    if on(LONE_TITLE_WORD):  # "the former Democratic Dean of the House": a title, no one's name
        whole = _words_of_full_names(people)
        lone = {n for n, _ in people if len(n.split()) == 1 and n.lower() in lang.titles} - whole - speaking
        people = [(n, w) for n, w in people if n not in lone]
    if on(MODIFIER_NAME):
        modifiers = _modifier_words(docs, {n for n, _ in people if len(n.split()) == 1}, lang)
        whole = _words_of_full_names(people)
        things = [(n, w) for n, w in people if n in modifiers and n not in whole]
        people = [p for p in people if p not in things]
        bodies += [(n, ORG, w) for n, w in things]  # "the Wynnum coach": a team, a brand, a movement
    if groups:
        whole = _words_of_full_names(people)
        bodies += [(n, ORG, w) for n, w in people if n in groups - whole]
        people = [(n, w) for n, w in people if n not in groups - whole]
    if on(NAME_AND_PATRONYMIC_ALONE):
        births.update(_names_and_patronymics(people, births, lang))
    if nicknames:  # a nickname the article uses alone (never a name of another person it gives in full)
        alone = {n for n, _ in people}
        whole = _words_of_full_names([(n, w) for n, w in people if n not in nicknames.values()])
        births.update({n: full for n, full in nicknames.items() if n in alone and n not in whole and n not in births})
    people = [(n, w) for n, w in people if n not in births and n not in storms and n not in short_names
              and n not in non_humans]
    registry.add_people(people, frozenset(kin))
    for birth, known in births.items():
        actor = registry.lookup(known)
        if actor is not None and actor.type == PERSON:
            registry.alias(actor, birth)
        else:
            registry.add_people([(birth, (0, 0))])
    for title in titles_alone:
        found = (registry.lookup(n) for n in holders.get(title.lower(), set()))
        actors = {a.id: a for a in found if a is not None and a.type == PERSON}
        if len(actors) == 1:
            registry.alias(next(iter(actors.values())), title)  # "the Queen" is Queen Mara II
    if on(GIVEN_NAME_ALONE_TAGGED_A_PLACE):
        short_names.update(_given_names_tagged_places(spans, people, lang))
    for name, kind, where in bodies:
        known = registry.lookup(short_names.get(name, name))
        if known is not None:
            registry.alias(known, name)
            continue
        registry.add_body(name, kind, where)
    for short, full in short_names.items():  # "Norvolcs reported", tagged as a person: the institute
        known = registry.lookup(full)
        if known is not None and registry.lookup(short) is None:
            registry.alias(known, short)

    typed_back = _bodies_labelled_as_typed(spans, registry, docs, lang) if on(ROLES_READ_BODIES_AS_TYPED) else {}
    mentions = []
    compatriots = []  # (actor, title, index of the mention): whose countryman, resolved once all are read
    relations = []  # (actor, index of the mention): whose lawyer, brother or client
    found: dict[str, list[tuple]] = {}  # actor id -> (title, affiliation, paragraph, before, how) of each mention
    by_nationality: set[str] = set()  # people whose affiliation is only a country their nationality or sentence gave
    covered: set[tuple[int, int]] = set()
    for k, ent, name, toks, kind in spans:
        actor = registry.lookup(name)
        if actor is None:
            continue
        doc = docs[k]
        sent = sentence_of(doc)[ent.root.i]
        subject = ent.root.dep_ in d.subjects or (
            ent.root.dep_ in d.subject_or_apposed and ent.root.head.dep_ in d.subjects)
        mentions.append(Mention(actor.id, k + 1, sent, ent.end - 1, subject))
        if kind is not _NICKNAMED:  # its surname is still found as a name of its own: "Verbeek"
            covered.update((k, i) for i in range(ent.start, ent.end))
        actor.paragraphs.add(k + 1)
        if actor.type == PERSON:
            gender = person_gender(ent, lang)
            if gender and not actor.gender:
                actor.gender = gender
            if toks:
                title, aff = title_and_affiliation(ent, toks[0].i, lang)
                if title and on(NAME_GIVEN_AS_ONE_S_OWN) and title.split()[-1].lower() in lang.name_nouns:
                    title = None  # "who gave only his first name, Didier": the name he gave, no title
                if title and on(COMPATRIOT) and _compatriot(title, lang) and not (aff and lang.country_of(aff)):
                    # "Lind's countryman": Lind's country, once every name is read; never the one named as a place
                    compatriots.append((actor, aff or _possessor(title, lang), len(mentions) - 1))
                    aff = None
                elif title and on(ADVERSARY_NO_AFFILIATION) and title.split()[0].lower() in lang.owner_pronouns \
                        and title.split()[-1].lower() in lang.adversary_nouns:
                    title = title.split(None, 1)[1]  # "her conservative rival NAME": no one's side the rival is on
                elif title and on(RELATION) and title.split()[0].lower() in lang.owner_pronouns \
                        and len(title.split()) > 1 and not aff:
                    relations.append((actor, len(mentions) - 1))  # "his former lawyer": whose, once all are read
                    title = title.split(None, 1)[1]
                elif title and (not aff or on(OWNER_BEATS_A_PLACE_IN_THE_TITLE)
                                and _place_in_a_title_owned_by_a_body(title, aff, lang)
                                or on(ITS_BEATS_A_COUNTRY) and len(title.split()) > 1
                                and title.split()[0].lower() in lang.body_possessives and lang.country_of(aff)):
                    # a court named paragraphs before only for a judge of no body yet: `U.S. District Judge NAME ...
                    # Judge NAME` stays of the U.S., whatever court was named in between
                    owned = place_owning_the_title(docs, k, title, ent, lang) \
                        or body_owning_the_title(docs, k, title, ent, lang) \
                        or (None if actor.affiliation else court_of_the_title(docs, k, title, ent, lang)) \
                        or _body_named_owning_the_title(title, registry, lang) \
                        or city_of_the_office(docs, k, title, ent, lang) \
                        or _body_that_spoke_before(docs, k, title, ent, registry, lang) \
                        or body_word_closing_the_title(docs, k, title, ent, lang)
                    if owned is not None:  # "the city's home minister" after "Delhi", "Its president"
                        aff, title = owned
                    elif on(ITS_NO_WORD_OF_THE_TITLE) and len(title.split()) > 1 \
                            and (title.split()[0].lower() in lang.body_possessives or on(THEIR_NO_WORD_OF_THE_TITLE)
                                 and title.split()[0].lower() in lang.plural_possessives):
                        title = title.split(None, 1)[1]  # "Its presenter", whose show is no body: "presenter"
                    elif not aff:
                        aff = outlet_written_in(ent, lang) or body_opening_the_sentence(ent, lang)
                        if aff is None and not (on(BODY_WORD_OWNS_THE_TITLE) and _owned_by_a_body_word(title, lang)):
                            aff = country_in_sentence(ent, lang, title)
                        if aff is None and on(WORD_FOR_A_BODY_MENTIONED_BEFORE):
                            owned_by_a_word.append((actor, title, mentions[-1]))
                elif title and on(BODY_BEATS_THE_PLACE_AFTER_THE_TITLE) and _place_after_the_title(ent, title, lang):
                    owned = body_word_closing_the_title(docs, k, title, ent, lang)
                    if owned is not None:  # "a spokeswoman for the agency in Suva": the agency named before
                        aff, title = owned
                elif not title and not aff:
                    aff = body_led_in_a_relative(docs, k, ent, lang) \
                        or outlet_written_in(ent, lang)  # "NAME, who has led the company", "In a column for X, NAME"
                if title and not (compatriots and compatriots[-1][2] == len(mentions) - 1):
                    found.setdefault(actor.id, []).append((title, aff, k + 1, *role_cues(ent, title, lang)))
                if title and not actor.title:
                    actor.title = title
                _affiliate(actor, title, aff, by_nationality, registry, lang)
    # names the model did not tag: "Zhao also noted", "ABS-CBN's franchise"
    aged_or_passive = on(AGED_OR_PASSIVE_SURNAME)
    subject_deps = d.subjects if aged_or_passive else {d.nsubj}
    for k, doc in enumerate(docs):
        for start, end, actor in registry.find_names(text_of(doc)):
            toks = [doc[i] for i in tokens_between(doc, start, end)]
            if not toks or any((k, t.i) in covered for t in toks):
                continue
            if registry.is_first_surname(text_of(doc)[start:end]) and not _stands_alone(toks, doc):
                continue  # "Native American", "Grand Masters": not the middle word of a name standing for it
            last = toks[-1]
            by_description = False  # a mention only for its description of a person: no role read there
            if len(toks) == 1 and (last.pos_ != "PROPN" or not (last.is_title or last.is_upper)):
                if on(MISTAGGED_SUBJECT) and actor.type == PERSON and last.is_title and last.dep_ == d.nsubj \
                        and last.head.lemma_ == lang.copula and actor.title:
                    title, aff = title_and_affiliation(doc[last.i: last.i + 1], last.i, lang)
                    if title:
                        found.setdefault(actor.id, []).append((title, aff, k + 1,
                                                               *role_cues(doc[last.i: last.i + 1], title, lang)))
                word_surname = on(WORD_SURNAME) and actor.type == PERSON and last.is_title \
                    and last.dep_ in subject_deps and last.head.pos_ in ("VERB", "AUX") and " " in actor.name
                plain = word_surname and last.head.lemma_ != lang.copula \
                    and all(aged_or_passive and _an_age(c, lang) or on(SURNAME_WITH_A_REFLEXIVE)
                            and c.lower_ in lang.person_reflexives for c in last.children)
                by_description = not plain and word_surname and _described_as_a_person(last, lang)
                if not (plain or by_description):
                    continue  # "Day had one child" after "Doris Day": the surname, read as a common noun, acts
            if actor.type == PERSON:
                registry.alias(actor, text_of(doc)[start:end])
                if on(UNTAGGED_ROLES) and not by_description:
                    span = doc[toks[0].i: last.i + 1]
                    title, aff = title_and_affiliation(span, toks[0].i, lang)
                    if title:
                        found.setdefault(actor.id, []).append((title, aff, k + 1, *role_cues(span, title, lang)))
                    if title and not actor.title:
                        actor.title = title
                        _affiliate(actor, title, aff, by_nationality, registry, lang)
                    elif title:  # a body for someone who has none: "Jones has been the mayor of Leeds since 2018"
                        _affiliate(actor, title, aff, by_nationality, registry, lang,
                                   only_better=not (on(BODY_AT_AN_UNTAGGED_MENTION) and actor.affiliation is None))
            subject = any(t.dep_ in d.subjects for t in toks)
            mentions.append(Mention(actor.id, k + 1, sentence_of(doc)[last.i], last.i, subject))
            covered.update((k, t.i) for t in toks)
            actor.paragraphs.add(k + 1)
    for actor, owner, k in compatriots:
        country = _compatriots_country(registry, mentions, actor, owner, k, lang)
        if country and not actor.affiliation:
            actor.affiliation = country
    in_order = sorted(mentions, key=lambda m: (m.para, m.tok)) if relations else []
    for actor, k in relations:
        here = mentions[k]
        verb = docs[here.para - 1][here.tok].sent.root  # the sentence's main verb
        after = next((m for m in in_order if on(RELATION_BEFORE_THE_SUBJECT)
                      and not here.subject and (m.para, m.sent) == (here.para, here.sent) and here.tok < m.tok < verb.i
                      and m.actor != actor.id and registry.get(m.actor).type == PERSON), None)
        if after is not None and not actor.affiliation:  # "In a statement signed by his press secretary, A, B said"
            actor.affiliation = registry.get(after.actor).name
            continue
        before = sorted((m for m in mentions if (m.para, m.tok) < (here.para, here.tok)
                         and here.para - 1 <= m.para and m.actor != actor.id
                         and registry.get(m.actor).type == PERSON), key=lambda m: (m.para, m.tok))
        other = registry.get(before[-1].actor) if before else None
        if other is not None and not actor.affiliation:
            actor.affiliation = other.name
    mentions.sort(key=lambda m: (m.para, m.tok))
    for actor, title, here in owned_by_a_word:
        body = None if actor.affiliation else _body_the_word_stands_for(title, here, mentions, registry, lang, docs)
        if body is not None:
            actor.affiliation = body.name
            if actor.title == title:
                actor.title = title_owner(title, lang)[1]
    force_affiliations(registry, lang)
    short_body_affiliations(registry, lang)
    first_word_owner_affiliations(registry, lang)
    adjective_body_affiliations(registry, lang)
    kind_affiliations(registry, lang)
    peoples: dict[str, int] = {}  # "the Dutch government": the Netherlands, by its people's word
    capitals: dict[str, int] = {}  # "in central Montevideo": Uruguay, by its capital
    for doc in docs:
        for ent in entities(doc):
            country = lang.demonym_country(ent.text) if ent.label_ == lang.ent.norp else None
            if country:
                name = lang.country_of(country) or country
                peoples[name] = peoples.get(name, 0) + 1
            elif ent.label_ not in (lang.ent.person, *lang.ent.places) and lang.capital_city(ent.text) \
                    and (name := lang.country_of(ent.text)):  # a capital tagged a place counts as its country already
                capitals[name] = capitals.get(name, 0) + 1
    national_affiliations(registry, mentions, lang, peoples, capitals)
    body_affiliations(registry, mentions, lang, frozenset(speaking))
    for aid, roles in found.items():
        actor = registry.get(aid)
        actor.roles = other_roles(actor, sorted(roles, key=lambda r: r[2]), lang)
    for k, ents in typed_back.items():  # the quotes' rules read the names as the model and the repairs left them
        docs[k].ents = ents
        forget_entities(docs[k])
    return mentions


def _bodies_of_rival_countries(docs, lang) -> dict[tuple[int, int], tuple[str, int]]:
    """Bodies of the same name owned by two or more countries' possessives in one article (`Peru's Foreign
    Ministry`, `Ecuador's Foreign Ministry`): (paragraph, first token of the body) -> (its name with its country's
    possessive, end of the body)."""
    found = []
    for k, doc in enumerate(docs):
        for ent in entities(doc):
            if ent.label_ != lang.ent.gpe:
                continue
            p = ent.end - 1 if ent[-1].tag_ == lang.possessive_tag else ent.end
            if p >= len(doc) or doc[p].tag_ != lang.possessive_tag or p == ent.start:
                continue
            country = lang.country_of(doc[ent.start:p].text)
            end = p + 1
            while end < len(doc) and end - p <= 4 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                    and doc[end].ent_type_ != lang.ent.person:
                end += 1
            while end > p + 1 and doc[end - 1].lower_ not in lang.org_heads:
                end -= 1
            if country and end > p + 2:  # two words at least: `Foreign Ministry`, not `Ministry`
                found.append((k, p + 1, end, country, text_of(doc)[doc[ent.start].idx: doc[end - 1].idx
                                                                  + len(doc[end - 1].text)]))
    owners: dict[str, set[str]] = {}
    for k, start, end, country, _ in found:
        owners.setdefault(docs[k][start:end].text.lower(), set()).add(country)
    return {(k, start): (name, end) for k, start, end, _, name in found
            if len(owners[docs[k][start:end].text.lower()]) > 1}


def _bodies_labelled_as_typed(spans, registry, docs, lang) -> dict[int, list]:
    """Label as bodies, in their paragraphs, the names the model tagged people that the article's actors are
    bodies (`Norsk Industri, which represents manufacturers,`, tagged a person), so that the rules finding a title's
    body see them; the entities of each paragraph changed, as they were, by its index."""
    from spacy.tokens import Span

    relabel: dict[int, set[tuple[int, int]]] = {}
    for k, ent, name, _toks, kind in spans:
        actor = registry.lookup(name)
        if kind is not _NICKNAMED and actor is not None and actor.type == ORG and ent.label_ == lang.ent.person \
                and len(actor.name.replace("-", " ").split()) > 1:  # (a one-word name typed a body by its mentions
            # alone may be a river's or a boat's; `Brenninger` for Brenninger AG is the body's)
            relabel.setdefault(k, set()).add((ent.start, ent.end))
    before = {}
    for k, where in relabel.items():
        doc = docs[k]
        before[k] = list(doc.ents)
        doc.ents = [Span(doc, e.start, e.end - (len(e) > 1 and e[-1].tag_ == lang.possessive_tag), label=lang.ent.org)
                    if (e.start, e.end) in where else e for e in doc.ents]  # (without the `'s` a person's name held)
        forget_entities(doc)
    return before


GROUP_S_TITLE_OF_THE_BODY_SPOKEN_OF = rule(
    "group-s-title-of-the-body-spoken-of", "`Repair First, a coalition of repair shops, said ... NAME, the group's "
    "campaigns director,`: a word for a body of any kind owning a title stands for the last body that was a "
    "sentence's subject in the paragraphs before, whatever its name")
FORMER_BODY_NOT_CURRENT = rule("body-of-a-former-role-is-no-affiliation-now", "`Vice Minister NAME told a "
                               "briefing ... NAME, a former engineer at Samsung Electronics, said`: the body of a role "
                               "that is over is not that of someone who holds an office of state now")
ONLY_BODY_NAMED_BEFORE = rule("title-s-body-of-its-kind-is-one-named-before", "`the agency's chairman, NAME` in "
                              "an article naming the European Space Agency only paragraphs later: the one body of "
                              "its kind a title's word stands for is one the article has named before the title")
ONLY_BODY_OF_ITS_KIND = rule(
    "title-owned-by-the-only-body-of-its-kind", "`the Altenhof Museum of World Cultures ... The museum's curator, "
    "NAME,` paragraphs later: a word for a kind of body owning a title stands for the one body of that kind the "
    "article names, however far back")
ROLES_READ_BODIES_AS_TYPED = rule(
    "title-s-body-read-among-the-bodies-as-typed", "`Norsk Industri, which represents manufacturers, warned ... Its "
    "energy director, NAME,`, `Norsk Industri` tagged a person: the rules finding whose a title is read a name the "
    "article's actors make a body as a body, whatever the model tagged it")
BODY_NAMED_BEFORE_ITS_KIND = rule(
    "body-named-before-the-word-for-its-kind-owns-the-title", "`on the Plovdiv Summer Opera Nights festival ... The "
    "festival's artistic director, NAME,`: a body whose name the article set before a lower-case word for its kind "
    "is what that word stands for when it owns a title, whatever the name's own words")
KIND_WORDS_AFTER_A_NAME = 3  # "the Miryang Park clan association": the kind's word, and up to two words before it
BODY_REACH = 3  # paragraphs back a word for a body ("the company's") looks for the body it stands for


def _named_before_its_kind(m: Mention, word: str, docs, lang) -> bool:
    """Whether the name of mention ``m`` comes right before the lower-case noun ``word`` its words describe, in its
    phrase (`the Plovdiv Summer Opera Nights festival`, `the Miryang Park clan association`)."""
    doc = docs[m.para - 1]
    for t in doc[m.tok + 1: m.tok + 1 + KIND_WORDS_AFTER_A_NAME]:
        if not (t.is_lower and t.is_alpha and t.pos_ == "NOUN"):
            return False
        if t.lower_ == word or t.lemma_ == word:
            return doc[m.tok].head.i == t.i or doc[m.tok].head.head.i == t.i
    return False


def _body_the_word_stands_for(title: str, here: Mention, mentions: list[Mention], registry, lang, docs):
    """`the company's chief executive`, `the union's president`: the last body mentioned before ``here`` (in its
    paragraph or the ``BODY_REACH`` before; ``mentions`` in text order) that the lower-case word owning the title
    can stand for; None if none.

    A word for a business stands for a body named as one, any other word for a body named with it (see
    ``word_stands_for``)."""
    owned = title_owner(title, lang)
    word = owned[0] if owned is not None else ""
    if on(BODY_NAMED_BEFORE_ITS_KIND) and word.isalpha() and word.islower():
        kind = {m.actor for m in mentions if (m.para, m.tok) < (here.para, here.tok)
                and registry.get(m.actor).type == ORG and _named_before_its_kind(m, word, docs, lang)}
        if len(kind) == 1:  # "the Plovdiv Summer Opera Nights festival ... the festival's artistic director"
            return registry.get(kind.pop())
    if word not in lang.body_nouns:  # lower-case only: "Pacely's" is a name
        return None
    before = [m for m in mentions if here.para - BODY_REACH <= m.para and (m.para, m.tok) < (here.para, here.tok)]
    if on(GROUP_S_TITLE_OF_THE_BODY_SPOKEN_OF) and word in lang.kindless_body_words:
        last = next((m for m in reversed(before) if m.subject and registry.get(m.actor).type == ORG), None)
        if last is not None:  # "Repair First, a coalition of repair shops, said ... the group's director": the
            # first body that is a subject in that sentence, not one in a clause it reports
            return registry.get(next(m for m in before if m.subject and (m.para, m.sent) == (last.para, last.sent)
                                     and registry.get(m.actor).type == ORG).actor)
    for m in reversed(before):
        body = registry.get(m.actor)
        if body.type == ORG and len(body.name.split()) > 1 and word_stands_for(word, body.name, lang):
            return body
    if on(ONLY_BODY_OF_ITS_KIND) and word not in lang.business_nouns:
        named_before = {m.actor for m in mentions if (m.para, m.tok) < (here.para, here.tok)}
        kind = [b for b in registry.actors.values() if b.type == ORG and len(b.name.split()) > 1
                and names_its_kind(word, b.name, lang)
                and (b.id in named_before or not on(ONLY_BODY_NAMED_BEFORE))]
        if len(kind) == 1:  # "the museum's curator", the one museum named paragraphs before
            return kind[0]
    return None


def _body_that_spoke_before(docs, k: int, title: str, span, registry, lang) -> tuple[str, str] | None:
    """``body_that_spoke_before``, unless the name the model tagged a body is a person's the article already knows
    (`Verhaegen told the committee`, tagged a body)."""
    found = body_that_spoke_before(docs, k, title, span, lang)
    named = registry.lookup(found[0]) if found is not None else None
    return None if named is not None and named.type != ORG else found


def _body_named_owning_the_title(title: str, registry, lang) -> tuple[str, str] | None:
    """`NAME, Pacely's chief executive` with `Pacely` untagged here, `the Observatory's director` after `the
    Chilean Human Rights Observatory`: a body the article names elsewhere (or the last word of its name) owning the
    title; its name and the title less the owner, or None."""
    if not on(NAMED_BODY_OWNS_TITLE):
        return None
    owned = title_owner(title, lang)
    if owned is None:
        return None
    word, rest = owned
    if not word[:1].isupper():
        return None
    body = registry.lookup(word)
    if body is None or body.type != ORG:
        named = registry.bodies_ending_in(word)  # as an affiliation is read (``short_body_affiliations``)
        body = named[0] if len(named) == 1 else None
    return (body.name, rest) if body is not None and body.type == ORG else None


def _stands_alone(toks, doc) -> bool:
    """Whether the words at ``toks`` are a name of their own, no capitalised word right before or after them."""
    before = doc[toks[0].i - 1] if toks[0].i > 0 else None
    after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
    return not any(t is not None and t.is_title and t.is_alpha for t in (before, after))


def _described_as_a_person(tok, lang) -> bool:
    """`Castells, a 51-year-old Spaniard who ...,`: a word with nothing hung on it but commas and a description of a
    person set off after it (a nationality, a title or a word for a person at its head)."""
    d = lang.dep
    described = [c for c in tok.children if c.dep_ == d.appos and c.i > tok.i and (
        c.ent_type_ == lang.ent.norp or c.lower_.rstrip(".") in lang.titles
        or c.lemma_.lower() in lang.person_role_nouns)]
    return on(SURNAME_DESCRIBED_AS_A_PERSON) and len(described) == 1 \
        and all(c.is_punct and c.text == "," or c in described for c in tok.children)


def _an_age(tok, lang) -> bool:
    """A word hung on a name that is its age set off by commas (`Tennant, 52,`), or one of those commas."""
    return tok.is_punct and tok.text == "," or tok.dep_ == lang.dep.appos and tok.like_num \
        and tok.n_lefts + tok.n_rights == 0


def _place_after_the_title(ent, title: str, lang) -> bool:
    """`NAME, a spokeswoman for the agency in Suva`: whether the title apposed after ``ent`` ends in `the` and a word
    for a body, followed by a preposition of setting and a place."""
    words = title.split()
    if len(words) < 3 or words[-2].lower() != lang.definite_article or words[-1].lower() not in lang.body_nouns:
        return False
    doc = ent.doc
    end = ent.sent.end if ent.sent is not None else len(doc)
    for i in range(ent.end, min(end, len(doc)) - 3):
        if doc[i].lower_ == lang.definite_article and doc[i + 1].text == words[-1]:
            return doc[i + 2].lower_ in lang.setting_prepositions and doc[i + 3].ent_type_ in lang.ent.places
    return False


def _place_in_a_title_owned_by_a_body(title: str, aff: str, lang) -> bool:
    """`The company's manager for its Uyuni operations`: a title a word for a body owns, whose affiliation is only
    a place named inside it."""
    first = title.split()[0].lower()
    owner = next((first[: -len(p)] for p in ("'s", "’s") if first.endswith(p)), None)
    return owner is not None and (owner in lang.body_nouns or owner in lang.generic_org_nouns) \
        and aff.lower() in title.lower() and not lang.country_of(aff)


def _given_names_tagged_places(spans, people, lang) -> dict[str, str]:
    """`Rohana stressed that ...` after `judge Rohana Abdul Wahid`, `Rohana` tagged a place: one word tagged a place
    that is the subject of a verb and the given name of one person named in full, no one's other name, is theirs."""
    d = lang.dep
    acting = {name for _, ent, name, toks, kind in spans if kind == PLACE and len(toks) == 1
              and ent.root.dep_ in d.subjects and ent.root.head.pos_ == "VERB"}
    placed = {name for _, ent, name, toks, kind in spans if kind == PLACE and ent.root.dep_ == d.pobj}
    fulls: dict[str, set[str]] = {}
    later: set[str] = set()
    for n, _ in people:
        words = n.split()
        if len(words) >= 2:
            fulls.setdefault(words[0], set()).add(n)
            father = next((k for k, w in enumerate(words) if w in lang.patronymic_particles), None) \
                if on(GIVEN_NAME_BEFORE_BIN_TAGGED_A_PLACE) else None
            for w in words[1:father] if father is not None else ():
                fulls.setdefault(w, set()).add(n)  # "Azrul" of "Mohd Azrul Hafiz bin Zainal Abidin"
            later.update(words[father or 1:])
    return {w: next(iter(fulls[w])) for w in acting - placed - later
            if len(fulls.get(w, ())) == 1 and not lang.country_of(w)}


def _untagged_outlets(doc, k: int, lang) -> list[tuple]:
    """`the journal Science published`, the model tagging nothing (or a work): the capitalised words after `the` and
    an outlet word name the outlet."""
    return _names_after_their_kind(doc, k, lang, lang.outlet_descriptors, lang.ent.documents, proper=True)


def _untagged_bodies_after_their_kind(doc, k: int, lang) -> list[tuple]:
    """`the group Uprising for Tomorrow`, no word tagged: the capitalised words after `the` and a word for a body,
    with a name's small words between them (two capitalised words at least), name the body."""
    return _names_after_their_kind(doc, k, lang, lang.org_descriptors, lang.ent.times,
                                   joiners=lang.body_name_joiners, least=2)


def _names_after_their_kind(doc, k: int, lang, kinds, tags, proper=False, joiners=frozenset(), least=1) -> list[tuple]:
    """The capitalised words (untagged or tagged one of `tags`; proper nouns only if `proper`) after `the` and a word
    of `kinds`, with `joiners` between them, at least `least` of them: the name of an organisation."""
    out = []
    for t in doc[1:-1]:
        if t.lower_ not in kinds or doc[t.i - 1].lower_ not in lang.articles:
            continue
        j, last = t.i + 1, None
        while j < len(doc) and (not doc[j].ent_type_ or doc[j].ent_type_ in tags) and (
                doc[j].is_title and doc[j].is_alpha and (not proper or doc[j].pos_ == "PROPN")
                or last is not None and doc[j].lower_ in joiners):
            if doc[j].is_title:
                last = j
            j += 1
        words = [x for x in doc[t.i + 1: (last or t.i) + 1] if x.is_title]
        if last is not None and len(words) >= least and not doc[t.i + 1].is_sent_start:
            out.append((text_of(doc)[doc[t.i + 1].idx: doc[last].idx + len(doc[last].text)], ORG, (k + 1, t.i + 1)))
    return out


def _plural_subject(ent, lang) -> bool:
    """Whether a name is the subject of a verb agreeing in the plural: `Houthis have attacked`, `Houthis were`."""
    root = ent.root
    if root.dep_ != lang.dep.nsubj:
        return False
    verb = root.head
    forms = [verb, *(c for c in verb.children if c.dep_ == lang.dep.aux and c.i < verb.i)]
    first = min(forms, key=lambda t: t.i)  # the finite form agrees: "have" in "have attacked"
    return first.tag_ == lang.plural_verb_tag or first.lower_ == lang.plural_past


def _short_name_after(doc, end: int) -> str | None:
    """`Norland Institute of Volcanology (Norvolcs)`: the one capitalised word in brackets right after."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        word = doc[end + 1]
        if word.is_alpha and word.text[:1].isupper() and len(word.text) > 1:
            return word.text
    return None


def _short_name_set_off(doc, end: int, lang) -> str | None:
    """`The National Telecommunications Agency, Anatel, said`: one capitalised word set off by commas right after a
    body's name and hung on it, tagged a body or not at all (a place set off so says where the body is)."""
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 2].text == ",":
        word = doc[end + 1]
        if word.is_alpha and word.text[:1].isupper() and len(word.text) > 1 and word.ent_type_ in ("", lang.ent.org) \
                and word.head.i == end - 1 and not lang.country_of(word.text):
            return word.text
    return None


def _words_of_full_names(people) -> set[str]:
    """Every word of the people's names of more than one word: "Lind" of "Tom Lind"."""
    return {w for n, _ in people if len(n.split()) > 1 for w in n.split()}


def _compatriot(title: str, lang) -> bool:
    return title.split()[-1].lower() in lang.compatriot_words


def _affiliate(actor, title: str | None, aff: str | None, by_nationality: set[str], registry: Registry, lang,
               only_better: bool = False) -> None:
    """The affiliation a mention gives, kept if the person has none yet (unless ``only_better``); a body replaces a
    country that only a nationality or the sentence gave, for anyone but a holder of national office."""
    if not aff or aff == actor.name:
        return
    if on(FORMER_BODY_NOT_CURRENT) and title and actor.title and title != actor.title \
            and role_that_ended(title, lang) is not None and role_that_ended(actor.title, lang) is None \
            and _national_office(actor.title, lang):
        return  # "Vice Minister NAME ... NAME, a former engineer at Samsung Electronics,": not Samsung's now (but
        # "Under-21s coach NAME ... NAME, a former Corinthians defender,": the club's still)
    national = bool(title) and _national_office(actor.title or title, lang)
    if not actor.affiliation and not only_better:
        actor.affiliation = aff
        if lang.country_of(aff) and not national:
            by_nationality.add(actor.id)
    elif actor.id in by_nationality and on(BODY_BEATS_A_NATIONALITY) and not national and _a_body(aff, registry, lang):
        actor.affiliation = aff
        by_nationality.discard(actor.id)


def _national_office(title: str, lang) -> bool:
    words = {w.strip(",.").lower() for w in title.replace("-", " ").split()}
    return bool(words & lang.national_offices) or lang.head_of_state in title.lower()


def _a_body(name: str, registry: Registry, lang) -> bool:
    """Whether an affiliation names a body: one the article names, or a head noun of a body (`the island's water
    authority`)."""
    known = registry.lookup(name)
    if known is not None:
        return known.type == ORG
    return not lang.country_of(name) and name.split()[-1].lower() in lang.org_heads


def _owned_by_a_body_word(title: str, lang) -> bool:
    """`museum's curator`: the title opens on a lower-case word for a body, in the possessive, not a state's own."""
    owned = title_owner(title, lang)
    word = owned[0] if owned is not None else ""
    return word in lang.body_nouns and word not in lang.state_body_nouns


def _possessor(title: str, lang) -> str | None:
    """`Lind's` of `Lind's countryman`."""
    words = title.split()
    return lang.possessive.sub("", words[-2]).strip() if len(words) > 1 and lang.possessive.search(words[-2]) \
        else None


def _compatriots_country(registry, mentions, actor, owner: str | None, k: int, lang) -> str | None:
    """The country of the person whose compatriot ``actor`` is: the one named (`Lind's countryman`), else the
    last person mentioned before with a country as affiliation."""
    if owner:
        known = registry.lookup(owner)
        if known is not None and known.type == PERSON and known.affiliation and lang.country_of(known.affiliation):
            return known.affiliation
        return None
    for m in reversed(mentions[:k]):
        other = registry.get(m.actor)
        if other is not actor and other.type == PERSON and other.affiliation and lang.country_of(other.affiliation):
            return other.affiliation
    return None


def _born_as(ent, lang) -> str | None:
    """The name of the person born under the name ``ent``: "Tom Lind was born Peter Edward Lind" -> Tom Lind."""
    root = ent.root
    verb = root.head
    if on(BORN_WHEN) and root.dep_ == lang.dep.attr and verb.lemma_ == lang.copula and any(
            c.dep_ == lang.dep.nsubj and c.lower_ in lang.person_pronouns for c in verb.children):
        # "When Lind was born, she was Maria Kowal": the birth clause names whom the pronoun means
        verb = next((c for c in verb.children if c.dep_ == lang.dep.advcl and c.lemma_ == lang.birth_verb), verb)
    if root.dep_ not in (lang.dep.dobj, lang.dep.oprd, lang.dep.attr) or verb.lemma_ != lang.birth_verb \
            or not any(c.dep_ == lang.dep.auxpass for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == lang.dep.nsubjpass), None)
    known = entity_at(ent.doc, subject.i) if subject is not None else None
    if on(BIRTH_SURNAME) and subject is not None and subject.pos_ == "PROPN" and subject.is_title \
            and (known is None or known.label_ not in lang.ent.actors) \
            and not any(c.dep_ in (lang.dep.compound, lang.dep.poss) for c in subject.children):
        return subject.text  # "Lind was born Peter Edward Lind", "Lind" tagged as a date or not at all
    if known is None or known.label_ != lang.ent.person:
        return None
    name, _ = clean_name(known, lang)
    return name or None


def _bearer_of_adopted_name(ent, lang) -> str | None:
    """Who bears ``ent`` as a ring, stage or pen name: the subject of the verb the name's phrase hangs on."""
    doc, d = ent.doc, lang.dep
    i = ent.start - 1
    performed = on(NAME_ONE_PERFORMS_AS) and i >= 1 and doc[i].lower_ == lang.as_ \
        and doc[i].head.lemma_.lower() in lang.performing_verbs and doc[i].head.i < i  # "who performed as NAME"
    if i < 1 or not (doc[i].lower_ == lang.name_noun and doc[i - 1].lower_ in lang.name_kinds
                     or doc[i].lower_ in lang.adopted_name_nouns or performed):
        return None
    verb = doc[i]
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in d.subjects), None)
    if subject is not None and subject.lower_ in lang.relative_pronouns and verb.dep_ == d.relcl:
        subject = verb.head  # "Jon Huber, who performed under the ring name ..."
    bearer = entity_at(doc, subject.i) if subject is not None else None
    return _name_of_another(bearer, ent, lang)


def _place_known_as(ent, lang) -> bool:
    """Whether ``ent`` is the name a place is known as: `Mohéli, known in Comorian as Mwali`, `Bioko, formerly called
    Fernando Pó`, the participle hung on the place's name."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != lang.as_:
        return False
    verb = doc[ent.start - 1]
    for _ in range(4):
        verb = verb.head
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
    return verb.lemma_.lower() in lang.naming_participles and verb.dep_ == lang.dep.acl \
        and verb.head.ent_type_ in lang.ent.places


def _known_by(ent, lang) -> str | None:
    """The person whose other name ``ent`` is, after `known as` (`NAME, who ... is known in the village as Abu
    Tarek`): the subject of `known`, or of the verb it is listed with, or the name a relative pronoun stands
    for; None if that is no person named apart from ``ent``."""
    doc, d = ent.doc, lang.dep
    if ent.start < 2 or doc[ent.start - 1].lower_ != lang.as_:
        return None
    verb = doc[ent.start - 1]
    for _ in range(4):
        verb = verb.head
        if verb.pos_ == "VERB":
            break
    described = doc[ent.start - 1].head  # the participle `as` hangs on, or the description both hang on
    if described.dep_ == d.acl and described.lemma_.lower() in lang.naming_participles:
        described = described.head
    elif on(KNOWN_AS_HUNG_ON_A_PLACE_AFTER_THE_PARTICIPLE):
        participle = next((a for a in list(doc[ent.start - 1].ancestors)[:4] if a.dep_ == d.acl
                           and a.lemma_.lower() in lang.naming_participles), None)
        if participle is not None:  # "a herder known in his village as NAME", `as` hung on `village`
            described = participle.head
    if on(KNOWN_AS_AFTER_A_DESCRIPTION) and described.pos_ == "NOUN" and described.dep_ == d.appos and any(
            c.dep_ == d.acl and c.lemma_.lower() in lang.naming_participles and c.i < ent.start
            for c in described.children):
        bearer = entity_at(doc, described.head.i)  # "NAME, a taarab singer known across the islands as Bi Zuhura"
        if bearer is not None and bearer.label_ == lang.ent.person and bearer.start != ent.start:
            name, _ = clean_name(bearer, lang)
            return name or None
    if verb.lemma_.lower() not in lang.naming_participles or not any(c.dep_ == d.auxpass for c in verb.children):
        return None
    while verb.dep_ == d.conj and not any(c.dep_ in d.subjects for c in verb.children):
        verb = verb.head  # "who farms ... and is known as"
    subject = next((c for c in verb.children if c.dep_ in d.subjects), None)
    if subject is not None and subject.lower_ in lang.relative_pronouns and verb.dep_ == d.relcl:
        subject = verb.head
    bearer = entity_at(doc, subject.i) if subject is not None else None
    return _name_of_another(bearer, ent, lang)


def _known_by_others(ent, lang) -> str | None:
    """The person whose other name ``ent`` is, in a clause on them or on their apposed description: `whom growers
    know as NAME` (an active naming verb whose object is `whom`), `known by his resistance name, NAME` (the name
    apposed to `name` after `known by`); None if that is no person named apart from ``ent``."""
    doc, d = ent.doc, lang.dep
    if ent.start < 2:
        return None
    before, described = doc[ent.start - 1], None
    verb = before.head
    if before.lower_ == lang.as_ and verb.lemma_.lower() in lang.naming_participles and verb.dep_ == d.relcl \
            and any(c.lower_ == lang.relative_object for c in verb.children):
        described = verb.head  # "a collector in Andapa whom growers know as NAME"
    if described is None and on(NAME_WHOM_SOMEONE_CALLS) and ent.root.dep_ == d.oprd \
            and ent.root.head.lemma_.lower() in lang.naming_participles and ent.root.head.dep_ == d.relcl \
            and any(c.lower_ == lang.relative_object and c.dep_ == d.dobj for c in ent.root.head.children):
        # "NAME, whom his teacher called Aramik until the end,": `whom` is a person's, however the model tagged NAME
        return _name_of_another(entity_at(doc, ent.root.head.head.i), ent, lang,
                                (lang.ent.person, lang.ent.org, lang.ent.gpe))
    noun = ent.root.head
    if ent.root.dep_ == d.appos and (noun.lower_ == lang.name_noun or noun.lower_ in lang.adopted_name_nouns) \
            and noun.head.head.lemma_.lower() in lang.naming_participles and noun.head.head.dep_ == d.acl:
        described = noun.head.head.head  # "a commander better known by his resistance name, NAME"
    if described is None:
        return None
    bearer = entity_at(doc, described.i)
    if bearer is None and described.dep_ == d.appos:
        bearer = entity_at(doc, described.head.i)  # the description's, apposed to the name
    return _name_of_another(bearer, ent, lang)


def _real_name_of(ent, lang) -> str | None:
    """`Kid Tini, whose real name is Tinashe Moyo,`: the name of the person a clause on `whose name is` describes,
    whose other name ``ent`` is; None if that is no person named apart from ``ent``."""
    d, verb = lang.dep, ent.root.head
    if ent.root.dep_ != d.attr or verb.lemma_ != lang.copula or verb.dep_ != d.relcl:
        return None
    if not any(c.dep_ in d.subjects and c.lemma_.lower() == lang.name_noun
               and any(g.lower_ in lang.relative_possessives for g in c.children) for c in verb.children):
        return None
    return _name_of_another(entity_at(ent.doc, verb.head.i), ent, lang)


def _names_and_patronymics(people, births, lang) -> dict[str, str]:
    """`Ivan Sergeyevich` after `Ivan Petrenko`: a given name and a patronymic alone, the polite address of
    Russian and its neighbours, are another name of the one person of the article with that given name and a
    surname -> that person's name."""
    full = {n for n, _ in people if len(n.split()) >= 2 and n not in births}
    out = {}
    for n in full:
        given, last = n.split()[0], n.split()[-1]
        if len(n.split()) != 2 or not last.lower().endswith(lang.patronymic_endings):
            continue
        bearers = [m for m in full if m != n and m.split()[0] == given
                   and not m.split()[-1].lower().endswith(lang.patronymic_endings)]
        if len(bearers) == 1:
            out[n] = bearers[0]
    return out


def _name_of_another(bearer, ent, lang, labels=None) -> str | None:
    """The name of the person ``bearer`` when it is one named apart from ``ent``, whose other name ``ent`` is;
    ``labels``: the entity labels a person's name may bear there (a person's only, unless given)."""
    if bearer is None or bearer.label_ not in (labels or (lang.ent.person,)) or bearer.start == ent.start:
        return None
    name, _ = clean_name(bearer, lang)
    return name or None


def _glosses(doc, lang) -> list[tuple[int, int]]:
    """Where a paragraph gives words again in another language, after a label (`Spanish language: Nos
    quedamos.`): up to the first English word again (`... lefegyverzett by 2010`) or the paragraph's end."""
    text = text_of(doc)
    out = []
    for m in lang.translation_label.finditer(text):
        end = next((t.idx for t in doc if t.idx >= m.end() and t.lower_ in lang.english_markers), len(text))
        out.append((m.end(), end))
    return out


def _said_to_be_a_body(ent, lang) -> bool:
    """`the band Starling`, `Norvex, a firm`, `Norvex is the first private company`: the article says what the
    name is."""
    d, root = lang.dep, ent.root
    kinds = lang.org_descriptors | lang.generic_org_nouns
    if on(AGED_NAME_IS_NO_BODY) and ent.label_ == lang.ent.person and aged(ent, lang):
        return False  # "NAME, 23, a sewing machine operator who survived": a person, whatever her trade's word
    if on(DESCRIBED_BY_AN_AGE_IS_NO_BODY) and any(
            c.dep_ == d.appos and c.i > root.i and lang.age_description.search(ent.doc[c.left_edge.i: c.i].text)
            for c in root.children):
        return False  # "NAME, a 41-year-old dryer operator,": a person, whatever the trade's word
    if on(DESCRIBED_WITH_WHO_IS_NO_BODY) and any(c.dep_ == d.appos and c.i > root.i and described_with_who(c, lang)
                                                for c in root.children):
        return False  # "NAME, a kiln operator who has worked at the plant for 14 years,": a person
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in lang.org_descriptors:
        return True
    if root.dep_ == d.appos and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in kinds:
        return True
    if on(WHOSE_MEMBERS) and any(c.dep_ == d.relcl and c.i > root.i and any(
            g.dep_ in d.subjects and g.lemma_.lower() in lang.member_nouns
            and any(p.lower_ in lang.relative_possessives for p in g.children) for g in c.children)
            for c in root.children):
        return True  # "Pro Lege, whose members include judges,"
    first = root
    while on(LISTED_UNDER_BODIES) and first.dep_ == d.conj and first.head.i < first.i:
        first = first.head  # "store chains Woolworths and Coles", "two airlines, Qantas and Virgin,"
    if on(BODY_DESCRIBED_TWICE) and first.dep_ == d.appos and first.head.dep_ == d.appos \
            and first.head.pos_ == "NOUN" and first.head.lower_ not in lang.titles:
        first = first.head  # "Her former party, the centrist Nova Ruta,": "centrist" read as the party's apposition
    if first is not root and first.dep_ == d.appos and first.head.pos_ == "NOUN" \
            and first.head.lemma_.lower() in kinds:
        return True
    said = [c for c in root.children if c.dep_ == d.appos and c.pos_ == "NOUN" and c.lemma_.lower() in kinds
            and not owner_read_as_the_head(c, lang)]
    if said:  # not `Ana Rees, director of the Tarn Law Centre, an independent charity,`: a person's title comes first
        if on(BODY_AFTER_OF_DESCRIBED) and ent.label_ == lang.ent.person and any(
                c.dep_ == d.prep and c.lower_ == lang.of and ent.end <= c.i < said[0].i for c in root.children):
            return False  # "NAME of Surakshita, a safety group,": the group is Surakshita
        return not (on(TITLED_NAME_NO_BODY) and ent.label_ == lang.ent.person and any(
            c.dep_ == d.appos and c.pos_ == "NOUN" and c.lower_ in lang.titles and c.i < said[0].i
            for c in root.children)) and not (on(PERSON_DESCRIBED_FIRST) and any(
                c.dep_ == d.appos and c.pos_ == "NOUN" and c.lemma_.lower() in lang.person_nouns
                and c.lemma_.lower() not in lang.shared_role_nouns and c.i < said[0].i for c in root.children))
    doc = ent.doc
    if on(WHICH_AFTER_A_NAME) and ent.label_ == lang.ent.person and ent.end + 1 < len(doc) \
            and (root.dep_ in d.subjects or on(WHICH_AFTER_ANY_NAME) and root.dep_ != d.conj
                 and not any(t.tag_ == lang.possessive_tag for t in ent)) \
            and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == lang.thing_relative \
            and doc[ent.end + 1].head.dep_ == d.relcl and doc[ent.end + 1].head.head.i == root.i:
        return True  # "Halmera Nikel, which supplies nickel"
    if on(OWNED_BEFORE_A_NAME):
        head = root.head if root.dep_ == d.appos and root.head.i == ent.start - 1 else root  # parsed apposed
        if any(t.lower_ in lang.ownership_participles and t.i > 0 and doc[t.i - 1].text in lang.hyphens
               for t in doc[head.left_edge.i: ent.start]):
            return True  # "the state-owned ferry owner NAME"
    return root.dep_ == d.nsubj and root.head.lemma_ == lang.copula and any(
        c.dep_ == d.attr and c.pos_ == "NOUN" and c.lemma_.lower() in kinds for c in root.head.children)


def _typed_by_the_article(people, bodies, speaking, described, registry, lang, other_place_names=frozenset()):
    """People's names the article as a whole shows to be bodies or places: a name that no person's fuller name
    holds (nor holds a shorter person's name), which the article calls a body or a place (``described``), or
    tags as a body or place at least as often as a person (a tie only for a single word that never reports
    speech)."""
    body_names = {n for n, kind, _ in bodies if kind == ORG and len(n.split()) > 1}
    names = {n for n, _ in people} | body_names
    said_bodies = {n for n in body_names if described.get(n) == ORG}  # "basketball club KK Jezava Smederevo"
    words = {n: set(registry.fold(n).split()) for n in names}  # "van Dijk" and "Van Dijk" both kept
    tally = Counter(n for n, _ in people)
    kinds: dict[str, Counter] = {}
    for n, kind, _ in bodies:
        kinds.setdefault(n, Counter())[kind] += 1
    moved = {}
    bodies_said = {n for n, kind in described.items() if kind == ORG and n in words} \
        if on(BODY_IN_EVERY_FORM) and on(SAID_TO_BE_A_BODY) else set()
    for n, count in tally.items():
        if n in other_place_names:
            moved[n] = PLACE  # "Mohéli, known in Comorian as Mwali ... Mwali has spoken": the island again
            continue
        variants = {o for o in bodies_said if len(o.split()) > 1 and _opens(n, o)}
        if variants and not any(m.split()[0].lower() in lang.given_names for m in variants | {n}):
            moved[n] = ORG  # "Halmera Nikel Utama", "Halmera Nikel, which supplies ..."
            continue
        if on(WORD_OF_A_BODY_S_NAME) and len(words[n]) == 1 and n not in speaking \
                and any(words[n] < w for other, w in words.items() if other in said_bodies) \
                and not any(words[n] < w for other, w in words.items() if other not in said_bodies):
            moved[n] = ORG  # "Jezava, who finished sixth, are ninth": a word of "KK Jezava Smederevo" and of no one's
            continue
        if any(other != n and (words[n] < w or w < words[n]) and not (
                on(PLACE_OF_A_BODY_S_NAME) and other in body_names and other.endswith(f" {lang.of} {n}"))
               for other, w in words.items()):
            continue  # "Lind" of "Tom Lind", or "Tom Lind" itself; not "Colombo" of "the University of Colombo"
        theirs = kinds.get(n, Counter())
        others = sum(theirs.values())
        said = described.get(n) if on(SAID_TO_BE_A_BODY) or described.get(n) == PLACE else None
        voted = on(TYPED_BY_ARTICLE) and others and (
            others > count or others == count and len(n.split()) == 1 and n not in speaking)
        if said or voted:
            moved[n] = said or theirs.most_common(1)[0][0]
    if not moved:
        return people, bodies
    bodies = bodies + [(n, moved[n], w) for n, w in people if n in moved]
    return [(n, w) for n, w in people if n not in moved], bodies


def _opens(a: str, b: str) -> bool:
    """Whether one name is the other or opens it: `Halmera Nikel` of `Halmera Nikel Utama` (a body's short name is
    its first words, a person's their last)."""
    x, y = a.split(), b.split()
    return x[:len(y)] == y or y[:len(x)] == x


def _modifier_words(docs, names: set[str], lang) -> set[str]:
    """Those of ``names`` the article uses as a modifier of a common noun (`the Brexit deal`) or after a
    prefix of stance (`anti-Brexit`)."""
    found = set()
    if not names:
        return found
    for doc in docs:
        text = text_of(doc)
        if not any(n in text for n in names):
            continue  # none of the names in this paragraph: no token need be read
        for t in doc:
            if t.text not in names:
                continue
            modifier = t.dep_ in (lang.dep.compound, lang.dep.amod) and t.head.pos_ == "NOUN" and t.head.i > t.i \
                and not t.head.ent_type_  # "the Brexit deal"
            stance = t.i >= 2 and doc[t.i - 1].text in lang.hyphens and doc[t.i - 2].lower_ in lang.stance_prefixes
            if modifier or stance:
                found.add(t.text)
    return found


def _personal_name(name: str, lang) -> bool:
    """Whether a name could be a person's: one to four capitalised words, none a body's or firm's."""
    words = name.split()
    if on(PARTICLES_IN_A_PERSONAL_NAME) and len(words) >= 3 and words[0][:1].isupper() and words[-1][:1].isupper() \
            and not any(w.isupper() and len(w) > 1 for w in words):
        words = [words[0], *(w for w in words[1:-1] if w not in lang.name_particles), words[-1]]  # "Sousa de Menezes"
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and w.lower().rstrip(".") not in lang.org_heads
                                        and w.lower().rstrip(".") not in lang.corporate_suffixes for w in words) \
        and name.lower() not in lang.known_orgs and not lang.country_of(name) \
        and not (on(FOREIGN_BODY_WORD_IN_NO_PERSONAL_NAME) and len(words) > 1 and words[0].lower() in lang.body_openers)


def actors_out(registry: Registry, quotes: list[dict]) -> list[dict]:
    """The actors as the findings list them: people first, then by first mention."""
    quoted = {q["speaker"] for q in quotes if q["speaker"]}
    out = []
    actors = sorted(registry.actors.values(), key=lambda a: (_TYPE_ORDER.get(a.type, 9), a.first_seen))
    for a in actors:
        if a.type == UNNAMED and a.id not in quoted:
            continue
        out.append(actor_dict(a))
    return out


def actor_dict(a) -> dict:
    d = {"id": a.id, "name": a.name, "type": a.type}
    if a.title:
        d["title"] = a.title
    if a.affiliation:
        d["affiliation"] = a.affiliation
    if a.roles:
        d["roles"] = a.roles
    d["aliases"] = sorted(a.aliases)
    d["paragraphs"] = sorted(a.paragraphs)
    return d
