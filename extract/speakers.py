"""Resolve the token that names a speaker to an actor of the article.

No coreference model installs offline, so the rules are written out, each small:

- a name: the actor registry knows every name and alias ("Zhao" -> Tong Zhao);
- he / she: the nearest earlier person of a compatible gender, looking first in
  the same sentence, then sentence by sentence back, preferring each sentence's
  subject (speakers of earlier quotes count as mentions, so quotation turns
  carry over);
- it / they: the nearest earlier organisation or country in subject position;
- "the spokesman", "the ministry": the actor whose title or name has that head noun;
- a statement or ruling: whoever issued it ("Facebook's statement");
- anything else ("a South Korean government official"): an unnamed actor that
  keeps its description.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .actors import (
    COUNTRY,
    DOCUMENT,
    ORG,
    PERSON,
    PLACE,
    UNNAMED,
    Mention,
    Registry,
    clean_name,
    entity_type,
    is_company,
    title_and_affiliation,
)
from .actors.names import (
    HOLDER_AFTER_A_POSTED_TITLE,
    NAME_GIVEN_AS_ONE_S_OWN,
    NAME_GIVEN_HUNG_ELSEWHERE,
    NATIONALITY_NOUN,
    TITLE_S_PLACE_APPOSITION,
    foreign_body_name,
    given_as_one_s_name,
    nationality_noun,
    shaped_like_a_persons,
    typed_a_person,
)
from .actors.registry import STYLE_AND_GIVEN_NAME, initials
from .actors.repair import POST_NOMINAL, person_word_opening, portfolio_run_end, post_nominal
from .actors.roles import names_its_kind, word_stands_for
from .docs import RIVAL_BODIES_KEY, described_as, entity_at, quoted_at, sentence_of, text_of
from .marks import DOUBLE_MARKS
from .quotes import (
    BODY_NAMED_AFTER_ITS_WORD,
    PARTICIPLE_READ_AS_A_CLAUSE_BEFORE_THE_VERB,
    PERSON_APPOSED_TO_A_PLACE_WORD_SUBJECT,
    PERSON_BEFORE_A_RELATIVE_ENDING_ON_A_BODY,
    SUBJECT_APPOSED_TO_A_FRONTED_PLACE,
    apposed_to_a_fronted_phrase,
    described_before_its_relative,
    described_by_a_participle_before,
    document_owner,
    person_apposed_to_a_place_subject,
)
from .rules import on, rule

LOOKBACK_PARAGRAPHS = 3
OPENING_PARAGRAPHS = 3  # the dateline and the two paragraphs a story opens on, where a title may come before its name
_QUOTE_MARKS = re.compile(f"[{DOUBLE_MARKS}]")
_QUOTED_NICKNAME = re.compile(f"[{DOUBLE_MARKS}][^{DOUBLE_MARKS}]*[{DOUBLE_MARKS}]")

SOURCE_OF_THE_SENTENCE_BEFORE = rule("he-or-she-after-a-sentence-given-according-to-someone-unnamed", "`..., "
                                     "according to a nurse who asked not to be named. \"...,\" she said`: the "
                                     "unnamed person a sentence is given according to is whom `he` or `she` opening "
                                     "the next stands for, as its subject would be")
UNNAMED_TITLE_HOLDER = rule("he-or-she-after-an-unnamed-title-holder-or-specialist", "`A village chief, who asked "
                            "not to be named, said ... \"...,\" he said`, `an endocrinologist ... said`: someone "
                            "unnamed described by a title (`chief`, `agent`) or a specialist's word (`-ologist`, "
                            "`-ician`), with `a` or `an`, is whom `he` or `she` opening the next sentence stands for, "
                            "as a nurse is (not `the presiding judge`, who is someone named before)")
LESSER_RANK = rule("lesser-rank-is-another-office", "`said the minister`, after `Defence Minister NAME` and `NAME2, "
                   "the assistant deputy minister`: a title under a word of lesser rank (`deputy`, `assistant`, "
                   "`vice`) is another office than the bare title")
HIGHER_RANK = rule("higher-rank-is-another-office", "`the minister acknowledged`, after `National Security Minister "
                   "NAME` and `Prime Minister NAME2`: a title under `prime` or `first` is another office than the "
                   "bare title")
LEAD_TITLE_NAMED_LATER = rule("title-in-the-lead-named-later", "`the coroner said` in a story's opening, and "
                              "`Birmingham's senior coroner, NAME, said` further down: a title no one held before, in "
                              "the opening paragraphs, is the one person named later with that title")
THE_DOCUMENT_NAMED_BEFORE = rule(
    "the-document-is-the-one-named-before", "`In a brief statement issued through her lawyers, NAME said ...` then "
    "`\"...,\" the statement said`: `the statement`, owned by no one, is the one its author was said to speak in or "
    "to issue a few paragraphs before, and speaks for that author")
LEAD_BODY_NAMED_LATER = rule("body-in-the-lead-named-later", "`Kyrgyzstan's kok-boru federation has stripped ..., "
                             "the federation said` in a story's opening, `the National Kok-Boru Federation` further "
                             "down: a word for a body no body named before answers to, in the opening paragraphs, is "
                             "the one body named later that it names the kind of")
DESCRIBED_FIRST_NAMED_AFTER = rule("someone-described-first-is-the-one-named-after-with-that-word", "`A "
                                   "glaciologist who surveyed the lake warned that ... || The glaciologist, NAME, "
                                   "said`: an indefinite word for a person is the one person named within the next "
                                   "two paragraphs with the same word, definite, apposed to the name")
ATTRIBUTION_UNDER_THE_QUOTATION = rule("attribution-parsed-under-its-quotation", "`\"Riders choose Snelr because "
                                      "they decide when, where and how much they work,\" a company spokeswoman said. "
                                      "... She said`, the speech verb hung on the quotation's verb: the sentence's "
                                      "subject is the speech verb's")
TITLE_IN_THE_NAME = rule("title-in-a-single-name-describes-its-holder", "`Princess Haruna ... the princess "
                        "said`: the title a one-name person's name opens on names that person")
NICKNAME_MARK_IN_A_NAME = rule("nickname-mark-in-a-tagged-name", "`Tevita \"Tev\" Lolo said`, the model tagging "
                               "`Tev\" Lolo`: the name with its stray mark is the nickname and surname, a name of the "
                               "person the article calls Tevita Lolo")

SEAT_OF_GOVERNMENT = rule("seat-of-government-speaks-for-its-country", "`Downing Street said`, `\"...,\" the "
                          "Élysée said`, the model tagging nothing, a work or a number: a seat of government that news "
                          "uses for its country's government is the country")

BODY_TITLE_NAME = rule("name-after-its-body-s-title", "`Tarn Bank president Ana Lind said`, the name parsed as "
                       "the bank's apposition and the bank as the subject: the speaker is the person")
PORTFOLIOS_BEFORE_A_TITLE = rule("portfolios-joined-before-a-title-are-no-name", "`Climate Crisis and Civil "
                                 "Protection Minister Nikos Stamatopoulos insisted`, parsed as two subjects: "
                                 "capitalised words joined by `and` to capitalised words ending in a title word before "
                                 "a person's name are that title's portfolio, the speaker the name")
HOLDER_AFTER_A_NAMED_BODY = rule("holder-set-off-after-the-title-s-named-body", "`the editor-in-chief of the "
                                 "African Journal of Clinical Vaccinology, Dr Amara Okonkwo-Bello, called`, the name "
                                 "parsed as apposed to the journal: a person's name set off by commas right after "
                                 "the body a title is of stands for the title holder, whatever the model tagged it")
PLURAL_TITLE_NO_ONE = rule("plural-word-for-people-is-no-one-of-them", "`the study's lead author, NAME ... the "
                           "authors wrote`: a plural word for people is never one person whose title it heads")
BODY_NAMED_AFTER = rule("body-described-before-it-is-named", "`according to results announced by the electoral "
                        "commission ... the president of the National Autonomous Electoral Commission`: a definite "
                        "word for a body with the words describing it, no body of its kind named before, stands for "
                        "the body named later whose name ends in those words")
KIND_SPELT_OUT_BEATS_AN_ACRONYM = rule("body-naming-its-kind-beats-an-acronym-that-may", "`the Collectif des Usagers "
                                       "de Tarn ... the opposition MDC ... The collective said`: a body whose name "
                                       "holds the word for its kind, in English or another language, is what `the "
                                       "collective` stands for, before a body named later by letters that may end "
                                       "on it and that has not spoken as a subject")
ACRONYM_OF_ITS_KIND = rule("acronym-ending-on-the-word-s-initial", "`the NHL said in a statement ... The league said`: "
                           "a body's acronym whose last letter is the first of a word for a body (`L` of `league`) "
                           "can be what the word stands for, as a name ending in the word")
UNTAGGED_SOURCE_NAME = rule("untagged-source-name", "`News 12 reported`, `Airfleets, a database of aircraft, "
                            "states`, the model tagging no name: a proper noun with a number after it, or a word "
                            "for a body or a document apposed, is a body's name and speaks")
QUOTE_NOT_ANTECEDENT = rule("pronoun-not-named-in-its-quote", "`\"NAME is the best,\" he said`: he is never someone "
                            "named in the words he is said to have spoken")
PRONOUN_CHAIN = rule("pronoun-chain", "`NAME ... She married X. She said`: a sentence whose subject is the same "
                     "pronoun passes the antecedent on; its other names are not candidates")
THEY_PEOPLE = rule("they-for-people", "`Residents met the board. They said`: they is the plural people of the "
                   "sentence before, not an organisation")
NATIONALITY_NAMES = rule("the-nationality-or-party-names-the-person", "`Australian swimmer Kate Moss won ... "
                         "\"...,\" the Australian said`, `NAME, a Democrat, ... the Democrat told`: a capitalised "
                         "word for a nationality or a party after `the` is the last person the article gave it")
TITLE_AGREES = rule("description-agrees-with-the-title", "`the health minister` refers back to a minister "
                    "whose title says health, not to any minister")
SOME_OF_A_GROUP = rule("some-of-a-group-speaks", "`Some of the protesters said`, `several said`: a quantifier "
                       "subject is an unnamed part of a group, not a pronoun with an antecedent")
BARE_QUANTIFIER_GROUP = rule("bare-quantifier-is-part-of-the-people-before", "`Pharmacists told a different "
                             "story. Several said ...`: a quantifier subject with no group of its own (or `of them`) "
                             "speaks for the plural people the sentence before is about")
NAMED_AS_A_CONJUNCT_IN_THE_SUBJECT = rule("unnamed-antecedent-named-as-a-conjunct", "`One of the survivors, "
                                          "Polish climber NAME, 41, recorded a message. In it, she said:`, the name "
                                          "parsed as a conjunct or a second subject: set off by a comma with no "
                                          "`and` before it, it is the name of the one described")
NAME_TYPED_A_PERSON_IN_THE_SUBJECT = rule(
    "unnamed-antecedent-named-by-a-name-typed-a-person", "`A monk at one of the monasteries, U Pyinnya Thiri, told "
    "reporters ... \"...,\" he said`: a name apposed in the subject's phrase that the model tagged a body but that "
    "reads as a person's (a style before it) names the subject, as one tagged a person does")
NAMED_DEEPER_IN_THE_SUBJECT = rule("unnamed-antecedent-named-in-its-phrase", "`A spokesman for the RVD, Nitin "
                                   "Shirodkar, denied it. ..., he said`, `The president of the Guild, NAME, urged ... "
                                   "She wrote`: a subject whose phrase holds a person's name in apposition, wherever "
                                   "the parser hung it, is that person, not someone unnamed or titled alike before")
GROUP_ENDS_BEFORE_ITS_CLAUSE = rule("group-named-up-to-its-relative-clause", "`One of the council's five members, "
                                    "who spoke on condition of anonymity, said`: an unnamed part of a group is named "
                                    "by its `of` phrase up to a comma (what is set off after it describes it)")
DESCRIPTION_HEAD_BEFORE_ITS_OWNER = rule("description-head-before-whom-it-belongs-to", "`A spokeswoman for "
                                         "Tarn Hospital said A. It said B`: a description is of a person by the "
                                         "word before its `for` or `of`, whatever body it ends on")
SURNAME_WITH_A_CAPITALISED_PARTICLE = rule(
    "surname-with-its-particle-capitalised-is-the-person-s", "`Marieke van den Berg-Smit ... Van den Berg-Smit told "
    "the newspaper that`, the surname untagged: a surname opening on its particle, capitalised as a sentence opens, "
    "is the one person named before whose name ends on it")
UNNAMED_BODY = rule("an-unnamed-body-is-they", "`The star's animal foundation said A. She, they said, B`: a body "
                    "described, not named, that spoke is what a later they or it stands for")
PARTNER_NOT_SUBJECT = rule("partner-is-not-the-pronoun", "`In an interview with NAME, she said`: the person "
                           "someone talked with, in the same sentence, is not who the subject pronoun stands for")
ADDRESSED_IN_AN_OPENING = rule("one-addressed-in-an-opening-participle-is-not-the-pronoun", "`Responding to NAME, "
                               "she argued`: the one an opening participle of the pronoun's verb is addressed to is "
                               "not who the pronoun stands for")
THEY_ACROSS_SEMICOLON = rule("they-across-a-semicolon", "`Harbour officials said A; B, they reported, C`: they "
                              "after a semicolon is the plural people who are the subject before it")
ACRONYM_NOT_PRONOUN = rule("acronym-spelt-like-a-pronoun", "`the World Health Organization ... WHO said`: capitals "
                            "spelling a pronoun are the acronym of an organisation the article names")
SAME_PRONOUN_ASKED_BEFORE_AN_UNNAMED_ANTECEDENT = rule(
    "same-pronoun-asked-before-it-stands-for-the-unnamed-person-before", "`One survivor, a woman who asked not to be "
    "named, said ... Asked what she would do next, she said: ...`: the same pronoun in the question before it is "
    "no one else before the pronoun, which stands for the unnamed person of the sentence before")
TRADING_AS = rule("body-that-trades-as-a-name", "`The consortium building the road, a joint venture that trades as "
                  "Narew Road Partners, said`: the body a word for a body stands for is the one its phrase says it "
                  "trades or operates as")
DESCRIPTION_ENDS_BEFORE_BRACKETS = rule("unnamed-speaker-s-description-ends-before-brackets", "`The licensing "
                                       "committee of the Football Federation of Tarn (FFT) said`: the letters in "
                                       "brackets after the body's name are no part of the description (the "
                                       "description as written, with them, is kept as an alias)")
DESCRIPTION_ENDS_AT_A_COMMA = rule("unnamed-speaker-s-description-ends-at-a-comma", "`An observation mission from "
                                   "Ojo Ciudadano, a Lima-based civic group, said`: the phrase naming the body an "
                                   "unnamed speaker is from runs to the comma, the name kept, its apposition left "
                                   "out")
PLACE_IN_DESCRIPTION = rule("place-in-a-description", "`the embassy in Kemi said`: a named place after `in` is part "
                             "of an unnamed speaker's description")
CAPITAL_IN_DESCRIPTION = rule("capital-tagged-a-body-in-a-description", "`The Russian embassy in Vilnius said`, "
                              "`Vilnius` tagged a body: a country's name or capital after `in` is a place, part of "
                              "the description")
AGE_DESCRIPTION = rule("age-description-is-the-person-of-that-age", "`NAME, 45, was arrested. \"...,\" the 45-year-old "
                       "said`: a definite age description is the person the article gave that age, else the last "
                       "person named")
QUESTIONED_ANSWERS = rule("who-was-questioned-answers", "`Dumortier pressed Claessens on whether the firm had "
                          "written. She said it had`: after a question put to someone in the sentence before, a "
                          "pronoun that speaks is the one questioned, not the questioner")
ASKED_TO_ACT = rule("one-asked-to-act-is-not-questioned", "`NAME wrote that she had asked NAME2 to consider "
                    "charges. She said`: one asked to do something was not put a question, and does not answer")
NAMED_IN_A_RELATIVE_CLAUSE = rule("subject-named-in-a-relative-clause-comes-last", "`A, whose mother, B, died "
                                  "in March, said ... \"...,\" she said`: a person named inside a relative clause "
                                  "about another is not whom the pronoun takes up first")
LAST_SPEAKER = rule("nearest-subject-of-the-sentence-before", "`A said ..., while B wrote .... He tweeted`: of "
                    "the subjects of the sentence before, the nearest is what the pronoun takes up")
QUOTED_NAME_LAST = rule("a-name-inside-an-earlier-quotation-comes-last", "`NAME said \"Munk was a treasure.\" She "
                        "described him as ...`: a person named inside a quotation is the antecedent of a later "
                        "pronoun only when no one named outside quotations is")
NAMED_IN_A_REPORT = rule("a-name-inside-a-report-comes-after-its-reporter", "`NAME said Ana Lind had lied. He added "
                         "that ...`: a person who is the subject inside what someone reported is the antecedent of "
                         "a later pronoun only after the sentence's own subjects")
NAME_SET_OFF_AFTER_THE_NAME_GIVEN = rule("name-set-off-after-the-name-given", "`A supporter of the president who "
                                         "gave only his first name, Ramil, said`, `Ramil` hung on `supporter`: the "
                                         "name right after the comma closing `his first name` is the one given")
REPORTER_INSIDE_A_REPORT = rule("reporter-inside-a-report-comes-after-its-reporter", "`NAME said Ana Lind had "
                                "told him the price would fall. \"...,\" he said`: one who reported something inside "
                                "what another reported is the antecedent of a later pronoun only after that other")
FIRM_SPEAKING_BEFORE = rule("the-company-is-the-firm-speaking-before", "`Harbour Grocers, which is owned by "
                            "Maplecrest Capital, said A. The company said B.`: `the company` opening the next sentence "
                            "is the body the sentence before has as its subject, whichever firm is named most")
IT_SPEAKS_AGAIN_AS_NAMED = rule("it-speaks-again-as-the-name-its-subject-gave", "`..., airport operator Kestravia "
                                "said. It said B.`: `it` after a sentence whose subject is a word for a body with "
                                "the body's name apposed is that body, not the word")
IT_SPEAKS_AGAIN_AS_A_NAMED_PLACE = rule("it-speaks-again-as-a-name-tagged-a-place", "`Mopani Ridge, which is "
                                        "owned by X, said A. It said B.`: `it` after a sentence whose speaker is a "
                                        "name tagged a place (a mine, a country) is that name, not a body named "
                                        "inside the sentence")
IT_SPEAKS_AGAIN_AS_A_NAMED_BODY = rule("it-speaks-again-as-the-body-that-spoke", "`The Central Bank of Tarnia "
                                       "said Coinvault was not a bank. It urged ...`: `it` after a sentence whose "
                                       "speaker is a named body is that body, not one named in what it said")
IT_AFTER_ITS_REPORT = rule("it-after-its-report-is-the-document-before", "`The report found that A. B, it said.`: "
                          "`it` in an attribution after its report is the document the sentence before has as its "
                          "subject, as an `It` opening the sentence is")
ONE_OF_THEM_DESCRIBED = rule("one-of-a-group-described-is-that-one", "`About 30 women waited. One of them, a retired "
                             "nurse, said ...`: one of a group, with a description of a person set off after it, is "
                             "that one person (the nurse), not the group")
ONE_OF_THEM_WHO_GAVE_A_NAME = rule("one-of-a-group-who-gave-a-name-is-named", "`One of them, a fish trader who gave "
                                   "her name only as Dona Rosa, put it simply: \"...\"`: the name given in the "
                                   "clause of the description set off after `One of them` is the speaker's")
NAME_GIVEN_IN_A_CLAUSE = rule("name-given-in-a-clause-names-the-speaker", "`A man waiting beside her, who gave "
                             "only his first name, Didier, said`: the name apposed to the name he gave is the "
                             "speaker's, whatever the model tagged it")
NAME_TAGGED_AS_A_WORK = rule("speaking-name-tagged-as-a-work", "`\"We go on,\" Ange Postecoglou added`, the name "
                            "tagged as a work or a law: two or three capitalised words with no article, number or "
                            "word of a law or document, speaking, are a person's name")
WORK_NAME_OF_A_KNOWN_PERSON = rule(
    "speaking-name-tagged-as-a-work-of-one-named-before", "`\"Today they are grandparents,\" Pengiran Rosli said`, "
    "tagged as a work, after `Pengiran Haji Rosli bin Pengiran Haji Omar`: the person's name a work's tag hid is "
    "read as any other, the shorter form of the one named before whose name holds all its words")
QUOTATION_BEFORE_THE_PRONOUN = rule("quotation-before-an-unnamed-speaker-s-pronoun", "`A nurse, who asked not to "
                                    "be named, said staff were tired. \"We are worn out,\" she said.`: the words of "
                                    "the quotation before the pronoun name no one it could stand for")
TITLED_SUBJECT_BEFORE = rule("pronoun-after-a-titled-subject", "`Chief executive Ana Rowe ... NAME said X. The "
                             "chief executive dismissed the idea. She said ...`: he or she after a sentence whose "
                             "subject is `the TITLE` standing for a named person is that person")
AFTER_ITS_REPORT = rule("pronoun-after-its-report", "`A spokeswoman said A. || B would follow, she said.`: the "
                        "report before the pronoun's own speech verb names no one and is no subject before it")
REPORT_AROUND_THE_PRONOUN = rule("pronoun-inside-its-report", "`A spokeswoman said A. || Any deal, she added, "
                                 "must be fair.`: the words of the report before a mid-sentence attribution name no "
                                 "one and are no subject before its pronoun")
OWN_QUOTATION_NO_ANTECEDENT = rule("quotation-s-own-sentences-are-no-antecedent", "`\"Our officer held back. "
                                   "...,\" he told radio`: the sentences of the quotation the pronoun attributes are "
                                   "its speaker's words, not the sentence before the pronoun")
ONE_FOR_HE_OR_SHE = rule("he-or-she-is-one-person", "`NAME said officers had held back. \"...,\" he said`: a "
                         "plural subject before is no antecedent for he or she")
ITS_DOCUMENT = rule("its-document-is-the-body-s", "`Tarn Water paid him £1.4 million, according to its annual "
                    "report`: a document `its` owns is the body's before it")
DESCRIBED_AGAIN = rule("pronoun-after-an-unnamed-person-described-again", "`A nurse at the hospital said A. The "
                       "nurse asked not to be named. \"B,\" she said.`: he or she after a sentence whose subject is "
                       "`the nurse` standing for a person the article described and did not name is that person")
PART_OF_A_DOCUMENT = rule("part-of-a-document", "`Part of the judge's statement reads \"...\"`: a part of a "
                          "document speaks for the document, and so for whoever issued it")
EARLIER_SAME_PRONOUN = rule("pronoun-subject-said-twice", "`While he believes Harris is wrong, he says ...`: a "
                            "subject pronoun said again in its sentence is who the first one is, not anyone named "
                            "between them")
THEY_MAIN_SUBJECT = rule("they-for-the-sentence-s-people", "`The shops were reluctant, according to a report in "
                         "which they said ...`: they in a clause inside the sentence is its plural subject's people")
MISTAGGED_KNOWN_NAME = rule("known-name-whatever-its-tag", "`Senator Maria Lopez ... Lopez, a Democrat, said`, "
                            "`Lopez` tagged an adjective: a capitalised word naming someone the article introduced "
                            "is them, before any apposition describing them")
KNOWN_NAME_BEFORE_APPOSITION = rule("known-untagged-name-before-its-apposition", "`Chief Executive Ana van der Berg "
                                    "... Van der Berg, a Dutchwoman who ..., said`, the name untagged and the "
                                    "nationality tagged a place: a name the article gave a person is them, before "
                                    "any apposition describing them")
COMMON_APPOSITION = rule("only-a-name-in-apposition-names-the-speaker", "`according to the minister, the most "
                         "militant`: a common noun apposed to the speaker describes; only a name apposed names them")
ONE_OF_THEM_NAMED = rule("one-of-a-group-named-after-it", "`One of the plaintiffs, NAME, a retired postal worker, "
                         "said`: the person named in apposition to the group `one of` takes from is the speaker")
ONE_OF_THEM_A_NAMED_BODY = rule("one-of-a-group-named-after-it-a-body", "`One of the licence holders, Atlantic "
                                "Sahel Peche, a Dakar-registered company, said`: the body named in apposition to the "
                                "group `one of` takes from is the speaker")
KNOWN_BODY_UNTAGGED = rule("body-named-before-found-untagged-as-the-subject", "`the group Uprising for Tomorrow ... "
                           "Uprising for Tomorrow wrote on X that`, untagged and read as a verb: the subject's words "
                           "that are a body's name given before are that body")
ONE_OF_A_BODY_S = rule("one-of-a-body-s-members", "`data collected by one of the Tarn Weather Service's \"Storm "
                       "Chasers\"`: one unnamed member of a named body's group stands for the body")
IT_FOR_AN_UNNAMED_BODY = rule("it-for-an-unnamed-body", "`The ministry issued a statement. It said ...`: with no "
                              "named body before, `it` is the unnamed body the sentence before has as its subject")
IT_CLOSING_A_REPORT = rule("it-after-its-report-is-the-speaker-before", "`The festival said A. B, it said.`: `it` "
                           "attributing the report before it is the unnamed subject (no document) that spoke in the "
                           "sentence before, in its paragraph, not a body named before that")
ITS_FAMILY_S_DOCUMENT = rule("its-statement-is-the-family-s-before", "`The family said A. \"...,\" its statement "
                             "said.`: with no named body before, a document `its` owns is the family (or unnamed "
                             "body) the sentence before has as its subject")
IT_IS_THE_DOCUMENT_BEFORE = rule("it-is-the-document-the-sentence-before-is-about", "`An independent review said "
                                 "A. The review, led by NAME, examined 1,900 cases. It found that ...`: `it` opening a "
                                 "sentence, right after one in its paragraph whose subject is a document that spoke "
                                 "before unnamed, is that document, not a body named earlier (a body's own report "
                                 "stays the body's)")
IT_OF_THE_SECOND_CONJUNCT = rule("it-of-a-second-conjunct-is-the-first-s-subject", "`The statement said the governor "
                                 "would stay, and it accused the opposition of trying \"to win in court\"`: `it`, "
                                 "subject of a verb joined to a reporting verb, is that verb's subject (a thing or a "
                                 "body), not a body named before")
IT_AFTER_A_DESCRIBED_BODY = rule("it-after-a-body-described-as-the-subject-before", "`The same court rejected a "
                                 "request last year. In its ruling, it found that ...`: `it` as a subject right after "
                                 "a sentence in its paragraph whose subject is a definite word for a body is that "
                                 "body, not one named before that sentence")
RELATIVE_OF_SOMEONE = rule("relative-of-someone-is-a-new-person", "`The sister of one of the dead men wept as she "
                           "spoke. \"...,\" she said`: a definite word for a relative, with `of` and whose relative "
                           "follows, introduces a person, so described, whom a pronoun after it stands for")
BODY_DESCRIBED_BY_THE_WORD = rule("body-described-by-the-word-before", "`The utility, Aguas Potosinas, said A. ... "
                                  "the utility said B`: a definite word for a body stands for the body that was named "
                                  "in apposition to that word before")
WORD_NOT_NAMED_IN_ITS_REPORT = rule("the-word-is-someone-named-before-its-report", "`NAME, who ran the Tarn Football "
                                    "Association, won 131 votes, the association said`: a definite word for a body or "
                                    "a title stands for one named before the report it attributes, before one named "
                                    "inside it")
IT_AFTER_A_BODY_S_DOCUMENT = rule("it-is-the-body-whose-document-was-the-subject-before", "`A report by the Tarn "
                                  "Water Agency painted a different picture. It said ...`: `it` opening a sentence "
                                  "after one whose subject is a document a body issued is that body")
GROUP_WAS_THE_SUBJECT = rule("the-group-is-the-named-body-the-sentence-before-was-about", "`Tarn Watch celebrated the "
                             "ruling. \"...\" the group wrote`: a word for any body (`the group`) stands for the body "
                             "named as the subject of the sentence before it, whose name gives no kind of its own, "
                             "before a body described as a group earlier")
IT_SPEAKS_AGAIN = rule("it-is-the-thing-that-spoke-before", "`In a statement, the festival said A. It said B.`: "
                       "`it` opening a sentence that reports, after one reporting what an unnamed thing said, is that "
                       "thing, not a body named earlier")
CALLING_ITSELF = rule("body-calling-itself-by-a-name-is-named-so", "`A criminal group calling itself \"Tidewater\" "
                      "claimed responsibility ..., writing that it had stolen ...`: the group, the man or the account "
                      "that calls itself by a name is named by it")
QUOTED_WORDS_NO_SUBJECT = rule("quoted-words-are-no-subject-of-the-attribution", "`\"Nobody came. Not one person,\" "
                               "NAME said. He said ...`: words inside the quotation the parser made a subject of the "
                               "verb attributing it are the speaker's words, not the sentence's subject")
UNNAMED_ANTECEDENT = rule("pronoun-after-an-unnamed-person", "`One of the victims spoke out. She said ...`: a "
                          "pronoun opening a sentence after one whose subject is an unnamed person is that person")
TITLE_HEAD = rule("description-names-the-titles-head", "`the study` is no `study co-author`: a definite description "
                  "refers back to a person whose title has it as a title word or as its head, not as a modifier")
HEAD_BEFORE_ANY_ROLE_PREPOSITION = rule("title-s-head-comes-before-for-or-at", "`the ministry said` after `NAME, "
                                       "director general for export strategy at the trade ministry`: the body a "
                                       "title names after `for`, `at` or `from` is no word of its holder's")
OFFICE_HOLDER_NOT_PLACE = rule("office-holder-is-not-the-place", "`according to the mayor of Yartsevo` with the town "
                               "tagged as a person: the speaker is the mayor, not the place the article types it")
TITLE_OF_NAME = rule("title-of-name-is-the-name", "`Minister of Health Eva Kron said`: the title the parser made the "
                     "subject stands for the name after it")
UNTAGGED_BODY_NAME = rule("untagged-body-name-ending-on-its-word-is-a-body-of-its-own", "`The Colorado Party won. "
                          "... The opposition Authentic Radical Liberal Party, whose candidate ..., said`, the name "
                          "untagged: three capitalised words or more ending on a word for a body (`Party`, `Union`) "
                          "name a body of their own, not the one named before with that word")
TITLED_GIVEN_NAME = rule("titled-given-name", "`Princess Ubolratana pointed out` after `Princess Ubolratana "
                         "Mahidol`: a title and one name that is the given name of exactly one person named before "
                         "is that person")
PORTFOLIO_HOLDER = rule("name-after-a-title-s-portfolio-is-the-speaker", "`Minister for Health Stephen Dunne "
                        "said`, parsed with the title as the subject and the name as the object of `for`: the "
                        "speaker is the name after the portfolio")
BODY_WORD_NO_PORTFOLIO = rule("word-for-a-body-before-the-name-is-no-portfolio", "`A spokeswoman for Hamburg-based "
                              "roaster Tarn Kaffee said`, the firm tagged a person: a name after `for` and a word for "
                              "a body is the body the speaker acts for, not a portfolio's holder")
A_PERSON_S_TEAM = rule("a-person-s-team-is-no-named-body", "`Her management team said`: a team (or firm) that `his` "
                       "or `her` owns is the person's own, not the body the article names most")
ASKER_NOT_ANSWERER = rule("asker-is-not-the-answerer", "`Asked by NAME whether ..., she replied`: the person "
                          "who asked, the `by` of a participle opening the sentence, is not who the pronoun answering "
                          "stands for")
ASKER_NAMED_AFTER_THE_AGENT = rule("asker-named-after-the-by-phrase", "`Asked by the presiding judge, NAME, "
                                   "whether he understood ..., he said`: the name set off right after the `by` "
                                   "phrase is the asker's too, and no antecedent of the answering pronoun")
FIRM_NAMED_IN_THE_SENTENCE = rule("the-company-named-earlier-in-its-sentence", "`Shares in turbine maker Vestby Wind "
                                  "fell after the company cut its forecast`: `the company` is the firm named before it "
                                  "in its own sentence as a firm (`maker`, `firm`, `group` before its name)")
PERSON_OF_A_BODY_PARSED_UNDER_ITS_WORD = rule(
    "person-of-a-body-parsed-under-the-body-s-word", "`Moana Tehaamoana of the opposition Ora Nui party called`, "
    "parsed with `party` the subject and the name hung on it: a subject whose phrase opens on a person's name and "
    "`of` is that person")
PEOPLE_COUNTED_BY_A_QUANTIFIER = rule(
    "people-counted-by-a-quantifier-are-they", "`Dozens of strikers sat outside the plant. They said ...`, `Dozens` "
    "tagged a number: a quantifier of people as the subject before stands for the people `they` are")
UNTAGGED_NAME_OPENING_ON_A_COUNTRY = rule(
    "untagged-name-opening-on-a-country-is-a-body", "`The Solomon Islands Red Cross said`, untagged: a name of three "
    "or more capitalised words opening on a country's name (not a given name) is a body's, not a person's")
BODY_BEFORE_ITS_KIND = rule("body-named-before-the-word-for-its-kind", "`The Tarn Civic party said`: the party is "
                            "the body named right before the word for its kind (not an acronym: `the U.N. agency` is "
                            "the UN's)")
PERSON_S_BODY = rule("a-person-s-body-is-not-the-person", "`Choque's group argued`, the name and its `'s` tagged a "
                     "body: the group a person leads is the body the article gave them, else the group as written, "
                     "never the person")
BODY_THAT_ACTED = rule("the-body-is-the-one-that-acted", "`The Fiji Sugar Corporation said ... She told the Fiji "
                       "Broadcasting Corporation ... The corporation said`: of the bodies whose name holds the word, "
                       "one that was only ever an object or a listener is not the one meant")
FIRM_BY_ITS_KIND = rule("firm-named-after-its-kind", "`Finnish software maker Tervasoft will cut 240 jobs ... The "
                        "Helsinki-listed company said`: a body named after a word for a kind of business is a company, "
                        "one `the company` can stand for")
BODY_BEFORE_ITS_DESCRIPTION = rule("body-named-before-its-description", "`On Wednesday, Transport Scotland, the "
                                   "government agency that oversees ferries, said`, the name parsed as apposed to the "
                                   "day and the description as the subject: the body named right before the "
                                   "description is the speaker")
POSTED_TITLE_NAME = rule("posted-title-before-the-name", "`Ambassador to Germany Richard Grenell said`: a title "
                         "held towards a country, parsed as the subject, stands for the name after the country")
NAME_AFTER_TITLES_BODY = rule("name-after-a-title-s-body", "`Speaker of the parliament Ana Lind said`, the name parsed "
                              "as apposed to `parliament`: the title's subject stands for the name right after it")


def _given_as(word: str, actor, lang) -> bool:
    """Whether the article gave ``actor`` the nationality or party ``word`` (`Australian`, `Democrat`)."""
    country = lang.demonym_country(word)
    if country is not None and actor.affiliation == country:
        return True
    return word == actor.affiliation or bool(actor.title) and word in actor.title.split()


def _personal_words(toks, lang) -> bool:
    """A name shaped like a person's (`shaped_like_a_persons`) with no word of a law, a document or a title,
    and no number: `Ange Postecoglou`, not `Republic Act No. 3846` or `The Crown`."""
    return shaped_like_a_persons(toks, lang) and all(
        t.is_alpha and t.lower_ not in lang.law_words and t.lower_ not in lang.document_nouns
        and t.lower_ not in lang.titles and t.lower_ not in lang.title_small_words for t in toks)


def _holder_apposed_to(body, lang):
    """The person's name apposed to a title's object, which stands for the title holder: right after it
    (`Speaker of the parliament Ana Lind said`) or set off by a comma after a common noun (`The UN special
    envoy for the region, Halvard Brekke of Norway, said`)."""
    d, e, doc = lang.dep, lang.ent, body.doc
    for a in body.children:
        if a.dep_ != d.appos or a.i < body.i:
            continue
        if on(TITLE_S_PLACE_APPOSITION) and a.ent_type_ in e.places and body.ent_type_ in e.places \
                and typed_a_person(doc, a, lang):
            return a  # "Its director for Asia, NAME,", the name tagged a place: typed a person all the same
        if on(HOLDER_AFTER_A_NAMED_BODY) and body.pos_ == "PROPN" and body.ent_type_ in e.bodies \
                and doc[a.left_edge.i - 1].text == "," and a.right_edge.i + 1 < len(doc) \
                and doc[a.right_edge.i + 1].text == "," and typed_a_person(doc, a, lang):
            return a  # "the editor-in-chief of the African Journal of X, Dr NAME,"
        if a.ent_type_ != e.person:
            continue
        if on(NAME_AFTER_TITLES_BODY) and not any(t.is_punct for t in doc[body.i + 1: a.i]):
            return a
        if on(HOLDER_AFTER_A_POSTED_TITLE) and body.pos_ == "NOUN" and doc[a.left_edge.i - 1].text == ",":
            return a
    return None


def _definite(noun, lang) -> bool:
    """A noun with a definite determiner or a possessive: `the victim`, `his son`, not `a nurse`."""
    return any(c.lower_ in lang.definite_determiners or c.dep_ == lang.dep.poss for c in noun.children)


def _title_heads(title: str, lang) -> set[str]:
    """The words of a title a description can name its holder by: all of them, or (``TITLE_HEAD``) its
    title words and its head, the last word before an `of` (`director` of `study director of the lab`)."""
    words = title.lower().split()
    if not on(TITLE_HEAD):
        return set(words)
    cut = next((i for i, w in enumerate(words) if w == lang.of or on(HEAD_BEFORE_ANY_ROLE_PREPOSITION)
                and w in lang.role_prepositions), len(words))
    core = words[:cut]  # "director general for export strategy at the trade ministry": its head is "general"
    return {w for w in core if w.rstrip(".") in lang.titles} | set(core[-1:])


def _lesser_rank_of(head: str, title: str, left, lang, ranks=None) -> bool:
    """Whether ``title`` holds ``head`` after a word making it a lesser office (`assistant deputy minister`), or
    another of ``ranks`` (`prime minister`), that the description (its words before the head, ``left``) does not
    give."""
    words = title.lower().split()
    k = next((k for k, w in enumerate(words) if w == head), None)
    return bool(k) and words[k - 1] in (lang.lesser_ranks if ranks is None else ranks) \
        and words[k - 1] not in {t.lower_ for t in left}


def _place(m: Mention) -> tuple[int, int]:
    return (m.para, m.tok)


def _of_object(tok, lang):
    """The object of a token's `of`: `victims` in `one of the victims`, `statement` in `part of the statement`."""
    return next((g for c in tok.children if c.dep_ == lang.dep.prep and c.lower_ == lang.of
                 for g in c.children if g.dep_ == lang.dep.pobj), None)


@dataclass
class Resolver:
    registry: Registry
    mentions: list[Mention]  # in text order
    lang: object = None
    docs: list | None = None  # the article's parsed paragraphs, for the sentences around a pronoun
    _depth: int = field(default=0, repr=False)

    def __post_init__(self):
        if self.lang is None:
            self.lang = self.registry.lang
        self._index()

    def note(self, mention: Mention) -> None:
        """Record a resolved speaker as a mention, so later pronouns can find it."""
        bisect.insort_right(self.mentions, mention, key=_place)
        self._add_to_index(mention)

    def _holder_named_later(self, para: int, tok, head: str, left) -> str | None:
        """The one person named in a paragraph after ``tok``'s whose title a description with head word ``head``
        names; None if no one or more than one person is."""
        lang = self.lang
        found = {m.actor for m in self.mentions[self._before(para, tok.i):]
                 if m.para > para and (a := self.registry.get(m.actor)).type == PERSON and a.title
                 and head in _title_heads(a.title, lang) and not _lesser_rank_of(head, a.title, left, lang)}
        return found.pop() if len(found) == 1 else None

    def _body_named_later(self, para: int, tok, head: str) -> str | None:
        """The one body named in a paragraph after ``tok``'s whose name ``head`` names the kind of (`the federation`,
        `the National Kok-Boru Federation`); None if none or more than one is."""
        found = {m.actor for m in self.mentions[self._before(para, tok.i):]
                 if m.para > para and (a := self.registry.get(m.actor)).type == ORG
                 and names_its_kind(head, a.name, self.lang)}
        return found.pop() if len(found) == 1 else None

    def _before(self, para: int, tok_i: int) -> int:
        """How many mentions come before a place in the text."""
        return bisect.bisect_left(self.mentions, (para, tok_i), key=_place)

    def _seat_of_government(self, name: str, para: int, tok_i: int) -> str | None:
        """`Downing Street`, `Number 10`: the id of the country whose government a seat of government stands for,
        or None when the name is no such seat."""
        lang = self.lang
        if not (on(SEAT_OF_GOVERNMENT) and name and lang.capital_city(name) and lang.country_of(name)):
            return None
        return self.registry.add_body(name, COUNTRY, (para, tok_i)).id

    def resolve(self, doc, para: int, tok_i: int | None, quoted=()) -> str | None:
        """The actor a speaker token names; ``quoted`` are the character spans of what it is said to
        have said (no pronoun refers to someone named there)."""
        if tok_i is None:
            return None
        if self._depth > 8:  # an appositive or a document's owner, followed: a parse is a tree, but be sure
            return None
        self._depth += 1
        try:
            return self._resolve(doc, para, tok_i, quoted)
        finally:
            self._depth -= 1

    def _resolve(self, doc, para: int, tok_i: int, quoted=()) -> str | None:
        lang = self.lang
        d, e = lang.dep, lang.ent
        pronouns = lang.person_pronouns
        tok = doc[tok_i]
        low = tok.lower_
        rival = doc.user_data.get(RIVAL_BODIES_KEY, {}).get(tok_i)
        body = self.registry.lookup(rival) if rival is not None else None
        if body is not None:
            return body.id  # "Ecuador's Foreign Ministry", Peru's named too
        if on(POST_NOMINAL) and post_nominal(tok, lang) and tok.i > 0 and doc[tok.i - 1].head.i == tok.i \
                and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].is_title:
            return self.resolve(doc, para, tok.i - 1, quoted)  # "Pia Lund MP said": the name the letters follow
        group = _of_object(tok, lang) if low in lang.partitive_heads else None
        if on(ONE_OF_THEM_NAMED) and group is not None:  # the name apposed to `One` or to the group
            named = next((c for c in (*tok.children, *group.children) if c.dep_ == d.appos
                          and (c.ent_type_ == e.person or on(ONE_OF_THEM_A_NAMED_BODY) and c.ent_type_ == e.org)
                          and c.i > group.i), None)
            if named is not None:
                return self.resolve(doc, para, named.i, quoted)  # "One of the plaintiffs, NAME, said": NAME
        if on(CALLING_ITSELF) and tok.pos_ == "NOUN" and tok.lemma_.lower() not in lang.name_nouns:
            named = self._self_named(doc, para, tok)
            if named is not None:  # 'A criminal group calling itself "Tidewater" claimed ...': Tidewater
                return named
        if on(TRADING_AS) and tok.pos_ == "NOUN" and low in lang.body_nouns:
            named = self._trading_as(doc, para, tok)
            if named is not None:  # "The consortium, a joint venture ... that trades as Narew Road Partners, said"
                return named
        if on(NAME_GIVEN_IN_A_CLAUSE) and (tok.pos_ == "NOUN" or on(ONE_OF_THEM_WHO_GAVE_A_NAME) and group is not None):
            named = self._named_in_its_clause(doc, para, tok)
            if named is not None:  # "A man, who gave only his first name, Didier, said": Didier
                return named
        if on(ONE_OF_THEM_DESCRIBED) and group is not None:  # "One of them, a retired nurse, said": the nurse
            described = next((c for c in tok.children if c.dep_ == d.appos and c.pos_ == "NOUN" and c.i > group.i
                              and (c.lemma_.lower() in lang.person_nouns or c.lemma_.lower() in lang.titles)
                              and c.tag_ != lang.plural_noun_tag), None)
            if described is not None:  # (a name given in its clause was read just before)
                return self.nominal(doc, para, described)
        if on(BODY_NAMED_AFTER_ITS_WORD) and tok.pos_ == "NOUN" and low in lang.body_nouns and tok.i + 3 < len(doc) \
                and doc[tok.i + 1].text == "," and tok.dep_ not in d.subjects:  # (the verb's own subject: its rule)
            named = entity_at(doc, tok.i + 2)
            if named is not None and named.label_ == e.org and named.start == tok.i + 2 and named.end < len(doc) \
                    and doc[named.end].text == ",":
                return self.resolve(doc, para, named.root.i, quoted)  # "the U.N. refugee agency, UNHCR, said"
        if on(ONE_OF_A_BODY_S) and low in lang.partitive_heads:  # "one of the agency's \"Storm Chasers\"": the agency
            body = None if group is None else group if group.ent_type_ in e.bodies else next(
                (c for c in group.children if c.dep_ == d.poss and c.ent_type_ in e.bodies), None)
            if body is not None:
                return self.resolve(doc, para, body.i, quoted)
        if on(SOME_OF_A_GROUP) and low in lang.quantifiers and tok.pos_ in ("PRON", "ADJ", "NUM", "DET", "NOUN") \
                and tok.dep_ in d.subjects and tok.ent_type_ not in (e.person, e.org):
            group = _of_object(tok, lang)
            if on(BARE_QUANTIFIER_GROUP) and (group is None or group.lower_ in lang.group_pronouns):
                people = self.people_before(para, sentence_of(doc)[tok_i])
                if people is not None:
                    return people  # "Pharmacists told a different story. Several said"
            return self.part_of_group(doc, para, tok)
        if on(ACRONYM_NOT_PRONOUN) and len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha:
            body = next((a for a in self.registry.by_type(ORG) if initials(a.name) == tok.text), None)
            if body is not None:
                self.registry.alias(body, tok.text)
                return body.id  # "WHO said", "IT said": the parser read a pronoun
        if tok.pos_ == "PRON" or low in pronouns or low in lang.body_pronouns:
            if low in pronouns:
                skip = [(a, b, doc) for a, b in quoted] if on(QUOTE_NOT_ANTECEDENT) else []
                if on(ASKER_NOT_ANSWERER) and tok.dep_ in d.subjects:
                    # "Asked by NAME whether ..., she replied": she was asked, NAME asked
                    askers = [(g, _asker_end(g, lang)) for c in doc[tok.sent.start: tok.i]
                              if c.dep_ == d.advcl and c.tag_ in lang.participle_tags and tok.head.is_ancestor(c)
                              for g in c.children if g.dep_ == d.agent]
                    skip += [(g.left_edge.idx, end.idx + len(end.text), doc) for g, end in askers]
                if on(UNNAMED_ANTECEDENT) and tok.dep_ in d.subjects and self.docs is not None:
                    unnamed = self.unnamed_before(doc, para, tok_i, pronouns[low])
                    if unnamed is not None:
                        return unnamed  # "One of the victims spoke out. She said ..."
                if on(TITLED_SUBJECT_BEFORE) and tok.dep_ in d.subjects and self.docs is not None:
                    titled = self.titled_before(doc, para, tok_i, pronouns[low])
                    if titled is not None:
                        return titled  # "The chief executive dismissed the idea. She said ..."
                at = tok_i
                if on(EARLIER_SAME_PRONOUN) and tok.dep_ in d.subjects and self.docs is not None:
                    # "While he believes Harris is wrong, he says ...": he is who the first he is
                    sent = self._sentences(para)[sentence_of(doc)[tok_i]]
                    at = next((t.i for t in doc[sent.start: tok_i] if t.lower_ == low and t.dep_ in d.subjects
                               and not quoted_at(doc, t.i)), tok_i)
                return self.person_before(para, sentence_of(doc)[tok_i], at, pronouns[low], skip)
            if low == lang.plural_pronoun and on(THEY_ACROSS_SEMICOLON):
                people = self.people_before_semicolon(doc, para, tok_i)
                if people is not None:
                    return people
            if low == lang.plural_pronoun and on(THEY_MAIN_SUBJECT) and self.docs is not None:
                people = self.people_of_the_sentence(doc, para, tok_i)
                if people is not None:
                    return people
            if low == lang.plural_pronoun and on(THEY_PEOPLE):
                people = self.people_before(para, sentence_of(doc)[tok_i])
                if people is not None:
                    return people
            if low in lang.body_pronouns or on(ITS_DOCUMENT) and low in lang.body_possessives:
                first = self._first_conjunct_s_subject(tok) if on(IT_OF_THE_SECOND_CONJUNCT) else None
                if first is not None:  # "The statement said A, and it accused B": the statement
                    return self.resolve(doc, para, first.i)
                again = self._speaker_speaking_again(doc, para, tok) if on(IT_SPEAKS_AGAIN) else None
                if again is not None:
                    return again
                document = self._document_before(doc, para, tok) if on(IT_IS_THE_DOCUMENT_BEFORE) else None
                if document is not None:
                    return document
                described = self._described_body_subject_before(doc, para, tok) \
                    if on(IT_AFTER_A_DESCRIBED_BODY) else None
                if described is None and on(IT_CLOSING_A_REPORT):
                    described = self._speaker_before_the_report(doc, para, tok)
                if described is not None:  # "The same court rejected a request. In its ruling, it found ..."
                    return described
                body = self.body_before(para, tok_i)  # "according to its annual report": the body before
                owns = on(ITS_FAMILY_S_DOCUMENT) and tok.dep_ == d.poss \
                    and tok.head.lemma_.lower() in lang.document_nouns
                if body is None and (on(IT_FOR_AN_UNNAMED_BODY) and tok.dep_ in d.subjects or owns) \
                        and self.docs is not None:
                    # "The ministry issued a statement. It said ...": the body the sentence before is about
                    before = self._sentence_before(para, sentence_of(doc)[tok_i])
                    subj = self._subject(*before) if before is not None else None
                    if subj is not None and subj.pos_ == "NOUN" and (
                            self._is_body(subj.text) or owns and subj.lemma_.lower() in lang.family_nouns):
                        return self.nominal(self.docs[before[0] - 1], before[0], subj)
                return body
            return None
        age = self._age_described(doc, tok) if on(AGE_DESCRIPTION) and self.docs is not None else None
        if age is not None:  # "the 45-year-old said": whoever the article gave that age, else the last person
            return self._person_of_age(para, tok_i, age) \
                or self.person_before(para, sentence_of(doc)[tok_i], tok_i, None)
        country = nationality_noun(tok, lang) if on(NATIONALITY_NOUN) and self.docs is not None else None
        if country is not None:  # "the Finn said": whom the article gave that country, else the last person
            return self._person_of_country(para, tok_i, country) \
                or self.person_before(para, sentence_of(doc)[tok_i], tok_i, None,
                                      fits=lambda actor: self._compatriot_or_unknown(actor, country)) \
                or self.nominal(doc, para, tok)  # no one it can be: "The Pole", as the article put it
        ent = entity_at(doc, tok_i)
        if ent is not None and on(BODY_TITLE_NAME) and ent.label_ in e.bodies:
            # "Tarn Bank president Ana Lind said", the name parsed as the bank's apposition: the person
            for c in tok.children:
                named = entity_at(doc, c.i) if c.dep_ == d.appos and c.ent_type_ == e.person else None
                if named is not None and named.start > ent.end \
                        and all(t.lower_.rstrip(".") in lang.titles for t in doc[ent.end: named.start]):
                    return self.resolve(doc, para, c.i)
        if ent is not None:
            name, toks = clean_name(ent, lang)
            known = (self.registry.lookup(name) or self.registry.ending_in(name)) if name else None
            if known is None and name and on(NICKNAME_MARK_IN_A_NAME) and _QUOTE_MARKS.search(name):
                # `Tev" Lolo`, the model's cut through `Tevita "Tev" Lolo`: the nickname and surname, a name of his;
                # `Kim "Kimmy" Lo` tagged whole: the name without its nickname
                known = self.registry.lookup(" ".join(_QUOTE_MARKS.sub(" ", name).split())) \
                    or self.registry.lookup(" ".join(_QUOTED_NICKNAME.sub(" ", name).split()))
            if known:
                return known.id
            seat = self._seat_of_government(name, para, tok_i)  # "Number 10 said", tagged as a number
            if seat is not None:
                return seat
            kind = entity_type(ent, name, toks, lang)
            if kind is None and ent.label_ in e.documents and name:
                if on(NAME_TAGGED_AS_A_WORK) and _personal_words(toks, lang):
                    if on(WORK_NAME_OF_A_KNOWN_PERSON):
                        self.registry.add_people([(name, (para, tok_i))])  # "Pengiran Rosli" of one named before
                        known = self.registry.lookup(name)
                        if known is not None and known.type == PERSON:
                            return known.id
                    return self.registry.add(name, PERSON, (para, tok_i)).id  # "Ange Postecoglou added"
                return self.registry.add(name, DOCUMENT, (para, tok_i)).id  # "Republic Act No. 3846 states"
            if kind in (PERSON, ORG, COUNTRY):
                return self.registry.add_body(name, kind, (para, tok_i)).id if kind != PERSON else \
                    self.registry.add(name, PERSON, (para, tok_i)).id
        if on(UNTAGGED_SOURCE_NAME) and ent is None and tok.pos_ in ("PROPN", "NOUN") and tok.is_title:
            name = self._untagged_source(doc, tok)
            if name is not None:  # "News 12 reported", "Airfleets, a database of aircraft, states"
                return (self.registry.lookup(name) or self.registry.add_body(name, ORG, (para, tok_i))).id
        if on(MISTAGGED_KNOWN_NAME) and ent is None and tok.is_title and tok.is_alpha and tok.pos_ != "PROPN":
            known = self.registry.lookup(tok.text)
            if known is not None and known.type == PERSON:
                return known.id
        if on(KNOWN_BODY_UNTAGGED) and ent is None and tok.is_title and tok.is_alpha \
                and tok.right_edge.i - tok.i <= 5 and tok.left_edge.i == tok.i:
            known = self.registry.lookup(text_of(doc)[tok.idx: tok.right_edge.idx + len(tok.right_edge.text)])
            if known is not None and known.type == ORG:
                return known.id  # "Uprising for Tomorrow wrote on X", read as a verb and its object
        if on(KNOWN_NAME_BEFORE_APPOSITION) and ent is None and tok.pos_ == "PROPN":
            name = text_of(doc)[doc[_compound_start(doc, tok, lang)].idx: tok.idx + len(tok)]
            known = self.registry.lookup(name) or self.registry.ending_in(name)
            if known is not None and known.type == PERSON:
                return known.id
        for c in tok.children:  # "the spokesman, Lin Jian,"
            if c.dep_ == d.appos and not (on(COMMON_APPOSITION) and c.pos_ != "PROPN" and not c.ent_type_):
                found = self.resolve(doc, para, c.i)
                if found:
                    return found
        if on(TITLE_OF_NAME) and tok.lower_.rstrip(".") in lang.titles:
            # "Minister of Health Eva Kron said": the subject is the title, the speaker the name it holds
            for c in tok.children:
                portfolio = on(PORTFOLIO_HOLDER) and c.lower_ in lang.portfolio_prepositions
                if c.dep_ == d.prep and (c.lower_ in (lang.of, lang.origin_preposition) or portfolio
                                         or c.lower_ in lang.posted_prepositions
                                         and tok.lower_ in lang.posted_titles and on(POSTED_TITLE_NAME)):
                    named = next((g for g in c.children if g.dep_ == d.pobj and g.ent_type_ == e.person), None)
                    if portfolio and named is None:  # "Minister for Culture, Media and Sport NAME", parsed apart
                        k = portfolio_run_end(doc, c.i + 1, lang)
                        named = doc[k - 1] if k - 1 > c.i and doc[k - 1].ent_type_ == e.person else None
                    if portfolio and named is not None and (entity_at(doc, named.i).start == c.i + 1 or any(
                            t.lower_.rstrip(".") in lang.titles and t.lower_ not in lang.portfolios
                            or on(BODY_WORD_NO_PORTFOLIO) and t.pos_ == "NOUN"
                            and t.lemma_.lower() in lang.generic_org_nouns | lang.org_descriptors
                            for t in doc[c.i + 1: entity_at(doc, named.i).start])):
                        continue  # "a lawyer for Ana Ruiz", "a spokesman for Health Minister NAME": whom the
                        # speaker acts for, not a portfolio
                    body = next((g for g in c.children if g.dep_ == d.pobj), None)
                    if named is None and body is not None:
                        named = _holder_apposed_to(body, lang)
                    ent = entity_at(doc, named.i) if named is not None else None
                    if ent is not None and on(OFFICE_HOLDER_NOT_PLACE) \
                            and entity_type(ent, *clean_name(ent, lang), lang) != PERSON:
                        named = None  # "according to the mayor of Yartsevo": the mayor, not the town
                    if named is not None:
                        return self.resolve(doc, para, named.i)
        if on(PORTFOLIOS_BEFORE_A_TITLE) and tok.pos_ == "PROPN" and ent is None:
            holder = _holder_after_joined_portfolios(tok, lang)
            if holder is not None:  # "Climate Crisis and Civil Protection Minister NAME insisted"
                return self.resolve(doc, para, holder.i)
        if tok.pos_ == "PROPN":
            text = text_of(doc)
            start = _compound_start(doc, tok, lang)
            chain = list(doc[start: tok.i + 1])
            name = text[chain[0].idx: tok.idx + len(tok.text)]
            known = self.registry.lookup(name)
            if known is None and len(chain) >= 3 and tok.lower_ in lang.org_heads \
                    and not tok.ent_type_ and all(t.is_title and t.is_alpha and not t.ent_type_ for t in chain) \
                    and chain[0].lower_ not in lang.title_words and on(UNTAGGED_BODY_NAME):
                return self.registry.add_body(name, ORG, (para, tok_i)).id  # "Authentic Radical Liberal Party"
            known = known or self.registry.lookup(tok.text)
            if known:
                return known.id
            seat = self._seat_of_government(name, para, tok_i)  # "Downing Street said", untagged
            if seat is not None:
                return seat
            if any(t.lower_ in lang.law_words for t in chain):  # "Republic Act No. 3846 states"
                end = tok.i
                while end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].text == "."):
                    end += 1
                law = text[chain[0].idx: doc[end].idx + len(doc[end].text)].rstrip(".") \
                    if doc[end].text == "." else text[chain[0].idx: doc[end].idx + len(doc[end].text)]
                return self.registry.add(law, DOCUMENT, (para, tok_i)).id
            titled = False
            while chain and (chain[0].lower_ in lang.title_words or person_word_opening(chain, lang)):
                chain.pop(0)
                titled = True

            def name_word(t):
                return (t.is_title and t.is_alpha or lang.regnal_numeral.match(t.text)) \
                    and t.lower_ not in lang.title_words

            if not titled and all(name_word(t) for t in chain) and foreign_body_name(chain, lang):
                return self.registry.add_body(text[chain[0].idx: tok.idx + len(tok.text)], ORG, (para, tok_i)).id
            if on(UNTAGGED_NAME_OPENING_ON_A_COUNTRY) and not titled and len(chain) >= 3 \
                    and all(name_word(t) for t in chain) and chain[0].lower_ not in lang.given_names \
                    and any(lang.country_of(" ".join(t.text for t in chain[:n])) for n in (1, 2)):
                # "The Solomon Islands Red Cross said": a country's body, no person
                return self.registry.add_body(text[chain[0].idx: tok.idx + len(tok.text)], ORG, (para, tok_i)).id
            if chain and (len(chain) >= 2 or titled) and all(name_word(t) for t in chain) \
                    and tok.lower_ not in lang.org_heads and (tok.ent_type_ == "" or tok.ent_type_ in e.actors):
                name = text[chain[0].idx: tok.idx + len(tok.text)]
                given = self.registry.given_name_of(name) if titled and len(chain) == 1 and on(TITLED_GIVEN_NAME) \
                    else None
                if given is None and len(chain) == 2 and chain[0].lower_ in lang.given_name_styles \
                        and on(STYLE_AND_GIVEN_NAME):
                    given = self.registry.given_name_of(chain[1].text)  # "Ratu Peceli said"
                if given is not None:  # "Princess Ubolratana" after "Princess Ubolratana Mahidol"
                    given.paragraphs.add(para)
                    return given.id
                actor = self.registry.add(name, PERSON, (para, tok_i))  # a name the model missed
                span = doc[start: tok.i + 1]
                title, aff = title_and_affiliation(span, chain[0].i, lang)
                actor.title = actor.title or title
                actor.affiliation = actor.affiliation or aff
                actor.paragraphs.add(para)
                return actor.id
            if len(chain) == 1 and tok.is_title and tok.is_alpha and not titled and tok.lower_ not in lang.org_heads \
                    and not any(True for _ in tok.lefts):
                # one capitalised word that names no one the article introduced: in news, an outlet
                # or a body ("Rudaw reported"); people are introduced by their full name first
                return self.registry.add_body(tok.text, ORG, (para, tok_i)).id
        if on(PART_OF_A_DOCUMENT) and tok.lemma_.lower() in lang.partitive_nouns:  # "Part of the statement"
            whole = _of_object(tok, lang)
            if whole is not None and whole.lemma_.lower() in lang.document_nouns:
                tok = whole
        if tok.lemma_.lower() in lang.document_nouns or tok.lower_ in lang.document_nouns:  # "data": lemma "datum"
            owner = document_owner(tok, lang)
            if owner is not None and owner.i != tok.i:
                return self.resolve(doc, para, owner.i)
            author = self._author_of_the_document_named_before(doc, para, tok) \
                if on(THE_DOCUMENT_NAMED_BEFORE) and owner is None else None
            if author is not None:
                return author  # "In a statement, NAME said ... "...," the statement said": NAME's statement
        return self.nominal(doc, para, tok, quoted)

    def _author_of_the_document_named_before(self, doc, para: int, tok) -> str | None:
        """Who put out the document `the statement` (``tok``, definite and owned by no one) stands for: the speaker
        of `said in a statement` or the subject of `issued a statement` in this paragraph or the three before, the
        nearest first, when that speaker is named; None if there is none."""
        lang, d = self.lang, self.lang.dep
        if self.docs is None or not any(c.dep_ == d.det and c.lower_ == lang.definite_article for c in tok.children):
            return None
        for p in range(para, max(0, para - 4), -1):
            pdoc = self.docs[p - 1]
            for t in reversed(pdoc):
                if p == para and t.i >= tok.i or t.lemma_.lower() != tok.lemma_.lower():
                    continue
                verb = t.head.head if t.dep_ == d.pobj and t.head.lower_ in lang.medium_prepositions else \
                    t.head if t.dep_ == d.dobj and t.head.lemma_.lower() in lang.issuing_verbs else None
                if verb is None or verb.pos_ != "VERB":
                    continue
                if any(c.dep_ == d.poss for c in t.children):
                    return None  # "wrote in the company's report": the owner's, read by the rules on owners
                subj = next((c for c in verb.children if c.dep_ == d.nsubj), None)
                if subj is not None and subj.ent_type_ in lang.ent.actors:
                    return self.resolve(pdoc, p, subj.i)  # a name: whom a description or `it` stands for are
                return None  # read by the rules on those
        return None

    def _index(self) -> None:
        """Mentions by what pronouns look for: people by sentence, bodies and companies in text order."""
        self._people: dict[tuple[int, int], list[Mention]] = {}  # (para, sent) -> people's mentions
        self._people_keys: list[tuple[int, int]] = []
        self._bodies: list[Mention] = []
        self._body_subjects: list[Mention] = []
        self._companies: list[Mention] = []
        for m in self.mentions:
            self._add_to_index(m)

    def _add_to_index(self, m: Mention) -> None:
        actor = self.registry.get(m.actor)
        if actor.type == PERSON:
            key = (m.para, m.sent)
            if key not in self._people:
                self._people[key] = []
                bisect.insort(self._people_keys, key)
            bisect.insort_right(self._people[key], m, key=_place)
        elif actor.type in (ORG, COUNTRY) or actor.type == UNNAMED and m.subject and self._is_body(actor.name):
            bisect.insort_right(self._bodies, m, key=_place)
            if m.subject:
                bisect.insort_right(self._body_subjects, m, key=_place)
            if actor.type == ORG and (is_company(actor.name, self.lang)
                                      or on(FIRM_BY_ITS_KIND) and self._kind_of_firm(m)):
                bisect.insort_right(self._companies, m, key=_place)

    def _kind_of_firm(self, m: Mention) -> str | None:
        """The word for a kind of business a body's name is written after (`maker` in `software maker Tervasoft`),
        or None."""
        if self.docs is None:
            return None
        doc = self.docs[m.para - 1]
        ent = entity_at(doc, m.tok)
        before = doc[ent.start - 1] if ent is not None and ent.start > 0 else None
        kind = before.lemma_.lower() if before is not None and before.is_lower else None
        return kind if kind in self.lang.firm_nouns else None

    def _untagged_source(self, doc, tok) -> str | None:
        """The name of a source the model left untagged, when the text shows it is a body's: a number after it
        (`News 12`, `Channel 4`) or a word for a body or a document apposed to it (`Airfleets, a database`)."""
        lang, d = self.lang, self.lang.dep
        number = next((c for c in tok.children if c.dep_ == d.nummod and c.i == tok.i + 1 and c.like_num), None)
        described = any(c.dep_ == d.appos and c.pos_ == "NOUN" and (
            c.lemma_.lower() in lang.generic_org_nouns or c.lemma_.lower() in lang.source_nouns)
            for c in tok.children)
        if number is None and not described or number is not None and tok.pos_ != "PROPN":
            return None
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == d.compound and doc[start - 1].head.i == tok.i \
                and doc[start - 1].is_title and not doc[start - 1].ent_type_:
            start -= 1
        end = number.i if number is not None else tok.i
        return text_of(doc)[doc[start].idx: doc[end].idx + len(doc[end].text)]

    def _partner_of(self, doc, name_i: int, pronoun_i: int) -> bool:
        """Whether a name is the object of `with` in a phrase hung on the verb of a subject pronoun."""
        if not 0 <= name_i < len(doc) or not 0 <= pronoun_i < len(doc):
            return False
        name, verb = doc[name_i], doc[pronoun_i].head
        prep = name.head
        d = self.lang.dep
        if on(ADDRESSED_IN_AN_OPENING) and name.dep_ == d.pobj and prep.lower_ == self.lang.addressee_preposition \
                and prep.head.tag_ in self.lang.gerund_tags and prep.head.dep_ == d.advcl \
                and prep.head.head.i == verb.i and name.i < pronoun_i and doc[pronoun_i].dep_ in d.subjects:
            return True  # "Responding to NAME, she argued"
        return name.dep_ == d.pobj and prep.lower_ in self.lang.partner_prepositions \
            and verb.left_edge.i <= prep.i < pronoun_i and name.i < pronoun_i \
            and doc[pronoun_i].dep_ in d.subjects

    def _is_body(self, description: str) -> bool:
        """`the star's animal foundation`: an unnamed body, that `they` or `it` can stand for."""
        words = description.lower().split()
        if on(DESCRIPTION_HEAD_BEFORE_ITS_OWNER):
            words = words[:next((k for k, w in enumerate(words) if k and w in self.lang.belonging_prepositions),
                                len(words))]
        head = words[-1] if words else ""
        return on(UNNAMED_BODY) and (head in self.lang.org_heads or head in self.lang.generic_org_nouns)

    def _sentences(self, para: int) -> list:
        doc = self.docs[para - 1]
        sents = doc.user_data.get("dossier_sents")
        if sents is None:
            sents = doc.user_data["dossier_sents"] = list(doc.sents)
        return sents

    def _sentence(self, para: int, sent: int):
        """Sentence ``sent`` of paragraph ``para``, or None when there is no such sentence (or no parse)."""
        if self.docs is None or para < 1:
            return None
        sents = self._sentences(para)
        return sents[sent] if 0 <= sent < len(sents) else None

    def _according_to(self, para: int, sent: int):
        """The common noun a sentence is given `according to` (`according to a nurse`), or None."""
        sentence = self._sentence(para, sent)
        if sentence is None:
            return None
        first, second = self.lang.according_to
        return next((t for t in sentence if t.dep_ == self.lang.dep.pobj and t.pos_ == "NOUN"
                     and t.head.lower_ == second and t.head.i > 0 and t.doc[t.head.i - 1].lower_ == first), None)

    def _subject(self, para: int, sent: int):
        """The subject of a sentence's main verb, or None."""
        sentence = self._sentence(para, sent)
        if sentence is None:
            return None
        root = sentence.root
        doc = self.docs[para - 1]
        if on(ATTRIBUTION_UNDER_THE_QUOTATION) and quoted_at(doc, root.i):
            said = next((c for c in root.children if c.dep_ in self.lang.dep.subordinate | {self.lang.dep.parataxis}
                         and not quoted_at(doc, c.i) and c.lemma_.lower() in self.lang.report_verbs), None)
            root = said if said is not None else root  # '"Riders choose it when, where ...," a spokeswoman said'
        subj = next((c for c in root.children if c.dep_ in self.lang.dep.subjects
                     and not (on(QUOTED_WORDS_NO_SUBJECT) and not quoted_at(doc, root.i) and quoted_at(doc, c.i))),
                    None)
        if subj is None and on(SUBJECT_APPOSED_TO_A_FRONTED_PLACE):
            subj = apposed_to_a_fronted_phrase(root, self.lang)  # "Back at the clinic, a nurse ... said"
        if subj is None and on(PARTICIPLE_READ_AS_A_CLAUSE_BEFORE_THE_VERB):
            subj = described_by_a_participle_before(root, self.lang)  # "Three workers interviewed there said"
        if subj is None:
            described = described_before_its_relative(root, self.lang)  # "a drummer who ... for the group said"
            subj = described if described is not None and on(PERSON_BEFORE_A_RELATIVE_ENDING_ON_A_BODY) else None
        if subj is not None:
            apposed = person_apposed_to_a_place_subject(subj, root, self.lang)  # "the capital, a trader"
            subj = apposed if apposed is not None and on(PERSON_APPOSED_TO_A_PLACE_WORD_SUBJECT) else subj
        return subj

    def people_before_semicolon(self, doc, para: int, tok_i: int) -> str | None:
        """`they` for the plural people who are the subject of the clause before a semicolon in its sentence."""
        if self.docs is None:
            return None
        sent = self._sentences(para)[sentence_of(doc)[tok_i]]
        semi = next((i for i in range(tok_i - 1, sent.start - 1, -1) if doc[i].text == ";"), None)
        if semi is None:
            return None
        subj = next((t for t in doc[sent.start: semi] if t.dep_ in self.lang.dep.subjects and t.head.i < semi), None)
        return self._plural_people(doc, para, subj)

    def _self_named(self, doc, para: int, tok) -> str | None:
        """The body or person a noun stands for that the participle after it says calls itself by a name (`a
        criminal group calling itself "Tidewater"`, `a man calling himself Kofi`), or None."""
        d, lang = self.lang.dep, self.lang
        for c in tok.children:
            if c.dep_ != d.acl or c.i < tok.i or c.lemma_.lower() not in lang.self_naming_verbs:
                continue
            own = next((g for g in c.children if g.dep_ == d.dobj and g.lower_ in lang.self_naming_reflexives), None)
            name = next((g for g in c.children if g.dep_ in (d.oprd, d.xcomp, d.dobj) and g is not own
                         and g.pos_ == "PROPN" and g.is_title), None) if own is not None else None
            if name is None:
                continue
            words = [t for t in name.subtree if not t.is_punct]
            text = text_of(doc)[words[0].idx: words[-1].idx + len(words[-1].text)]
            kind = lang.self_naming_reflexives[own.lower_]
            known = self.registry.lookup(text)
            return (known or self.registry.add(text, kind, (para, words[0].i))).id
        return None

    def _trading_as(self, doc, para: int, tok) -> str | None:
        """The body a noun for a body stands for whose own phrase says the name it trades or operates as (`The
        consortium, a joint venture of X and Y that trades as Narew Road Partners,`), or None."""
        d, lang = self.lang.dep, self.lang
        named = next((g for t in tok.subtree if t.i > tok.i and t.lemma_.lower() in lang.trading_verbs
                      for c in t.children if c.dep_ == d.prep and c.lower_ == lang.as_
                      for g in c.children if g.dep_ == d.pobj and g.ent_type_ == lang.ent.org), None)
        ent = entity_at(doc, named.i) if named is not None else None
        return self.resolve(doc, para, ent.root.i) if ent is not None else None

    def _named_in_its_clause(self, doc, para: int, tok) -> str | None:
        """The person a noun stands for whose relative clause gives their name (`A man, who gave only his first name,
        Didier,`; `A farmer, who gave his name only as Kemal,`), or None."""
        d, e, lang = self.lang.dep, self.lang.ent, self.lang
        named = next((n for c in tok.subtree if c.dep_ == d.relcl for o in c.children
                      if o.dep_ == d.dobj and o.lemma_.lower() in lang.name_nouns for n in o.children
                      if n.dep_ == d.appos and n.pos_ == "PROPN" and n.is_title), None)
        if named is None and on(NAME_SET_OFF_AFTER_THE_NAME_GIVEN):  # "who gave only his first name, Ramil," the
            named = next((doc[o.right_edge.i + 2] for c in tok.subtree if c.dep_ == d.relcl  # name hung elsewhere
                          for o in c.children if o.dep_ == d.dobj and o.lemma_.lower() in lang.name_nouns
                          and o.right_edge.i + 2 < len(doc) and doc[o.right_edge.i + 1].text == ","
                          and doc[o.right_edge.i + 2].pos_ == "PROPN" and doc[o.right_edge.i + 2].is_title), None)
        if named is None and on(NAME_GIVEN_AS_ONE_S_OWN):
            named = next((n for c in tok.subtree if c.dep_ == d.relcl for n in c.subtree
                          if n.pos_ == "PROPN" and n.is_title and given_as_one_s_name(n, lang)), None)
        if named is None and on(NAME_GIVEN_HUNG_ELSEWHERE):  # "who gave her name only as Fatumata", the name hung on
            named = next((doc[a.i + 1] for c in tok.subtree if c.dep_ == d.relcl for a in c.subtree  # another verb
                          if a.lower_ == lang.as_ and a.i + 1 < len(doc) and doc[a.i + 1].pos_ == "PROPN"
                          and doc[a.i + 1].is_title and given_as_one_s_name(doc[a.i + 1], lang)), None)
        if named is None:
            return None
        ent = entity_at(doc, named.i)
        name = ent.text if ent is not None and ent.label_ == e.person else named.text
        known = self.registry.lookup(name)
        if known is not None and known.type == ORG and known.name == name:
            known.type = PERSON  # tagged a body only: the man who gave it as his name
        return (known or self.registry.add(name, PERSON, (para, named.i))).id

    def unnamed_before(self, doc, para: int, tok_i: int, gender: str | None) -> str | None:
        """`he` or `she` opening a sentence after one whose subject is a person the article does not name (`One
        of the victims decided to speak out. She said ...`): that person, as described."""
        d = self.lang.dep
        sent_i = sentence_of(doc)[tok_i]
        start = self._past_its_report(doc, self._sentences(para)[sent_i].start, tok_i)
        if not self._opens_its_sentence(doc, start, tok_i, on(QUOTATION_BEFORE_THE_PRONOUN),
                                        same_pronoun=on(SAME_PRONOUN_ASKED_BEFORE_AN_UNNAMED_ANTECEDENT)):
            return None  # someone named or a subject before the pronoun in its own sentence
        before = self._sentence_before(para, sent_i)
        if on(OWN_QUOTATION_NO_ANTECEDENT):
            before = self._before_the_quotation(before)  # '"Our officers held back," he said': the quotation's own
        if before is None:
            return None
        p, k = before
        subj = self._subject(p, k)
        if on(SOURCE_OF_THE_SENTENCE_BEFORE):
            subj = self._according_to(p, k) or subj  # "..., according to a nurse who asked not to be named."
        if subj is None or on(ONE_FOR_HE_OR_SHE) and subj.tag_ == self.lang.plural_noun_tag:
            return None  # "Officers" is no "he"
        noun = subj
        definite = False
        if subj.lower_ in self.lang.partitive_heads:  # "One of the victims"
            noun = _of_object(subj, self.lang)
        elif subj.ent_type_ or subj.pos_ != "NOUN":
            return None
        elif _definite(subj, self.lang):
            if not on(DESCRIBED_AGAIN):
                return None  # "the victim", "his son": a definite description, read as one
            definite = True
        if noun is None or noun.ent_type_ or _named_in(subj, self.lang) is not None:
            return None  # "A police spokeswoman, Lena Marković,": named (`A spokesman for the RVD, NAME,`)
        lemma = noun.lemma_.lower()
        nouns = self.lang.unnamed_person_nouns
        titled = (lemma in self.lang.titles or lemma.endswith(self.lang.specialist_endings)) and any(
            c.dep_ == d.det and c.lower_ in self.lang.indefinite_articles for c in noun.children)  # "a village chief"
        if not (lemma in nouns[None] or lemma in nouns.get(gender, ()) or gender is None and any(
                lemma in v for v in nouns.values()) or on(UNNAMED_TITLE_HOLDER) and titled):
            return None
        if definite and on(RELATIVE_OF_SOMEONE) and lemma in self.lang.kinship_nouns \
                and any(c.dep_ == d.prep and c.lower_ == self.lang.of for c in subj.children):
            definite = False  # "The sister of one of the dead men wept. \"...,\" she said": a new person
        if definite:  # "A nurse at the hospital said ... The nurse asked not to be named": the one described before
            return self._described_before(p, subj, lemma)
        if noun is not subj:
            return self.part_of_group(self.docs[p - 1], p, subj)
        named = self._named_in_its_clause(self.docs[p - 1], p, subj) if on(NAME_GIVEN_AS_ONE_S_OWN) else None
        return named or self.nominal(self.docs[p - 1], p, subj)  # "A farmer, who gave his name as Kemal, ..."

    def _described_before(self, para: int, subj, lemma: str) -> str | None:
        """The person last described, unnamed, as the subject of a sentence before ``subj`` in its paragraph or the
        one before, with the head noun ``lemma`` and no definite determiner (`A nurse at the hospital` for `The
        nurse`), or None."""
        lang = self.lang
        for p in (para, para - 1):
            if p < 1:
                break
            doc = self.docs[p - 1]
            for t in reversed(doc[: subj.i] if p == para else doc):
                if t.dep_ in lang.dep.subjects and t.pos_ == "NOUN" and t.lemma_.lower() == lemma \
                        and not _definite(t, lang):
                    return self.nominal(doc, p, t)
        return None

    def _before_the_quotation(self, before: tuple[int, int] | None) -> tuple[int, int] | None:
        """The sentence at or before ``before`` (paragraph, sentence) that is not wholly inside quotation marks:
        the sentences of a quotation are its speaker's words, not the sentence before the pronoun attributing it."""
        while before is not None and all(quoted_at(self.docs[before[0] - 1], t.i) or t.is_punct
                                         for t in self._sentences(before[0])[before[1]]):
            before = self._sentence_before(*before)
        return before

    def _past_its_report(self, doc, start: int, tok_i: int) -> int:
        """Where the words before the pronoun at ``tok_i`` that could name someone begin: past the clause its
        own speech verb reports, when that clause opens the sentence (`B would follow, she said`)."""
        if not on(AFTER_ITS_REPORT):
            return start
        head = doc[tok_i].head
        if on(REPORT_AROUND_THE_PRONOUN) and head.dep_ == self.lang.dep.parataxis and head.head.i > head.i \
                and tok_i > start and doc[tok_i - 1].text == "," \
                and not any(t.ent_type_ == self.lang.ent.person for t in doc[start: tok_i]):
            return tok_i  # "Any deal, she added, must be fair": the report's words before the aside
        report = next((c for c in head.children if c.dep_ == self.lang.dep.ccomp and c.i < tok_i), None)
        if report is None or head.i < tok_i or report.left_edge.i > start \
                or report.lemma_.lower() in self.lang.report_verbs \
                or any(t.ent_type_ == self.lang.ent.person for t in doc[start: report.right_edge.i + 1]):
            return start  # '"...," said NAME; he described': an attribution of its own, not a report
        return max(start, report.right_edge.i + 1)

    def _opens_its_sentence(self, doc, start: int, tok_i: int, skip_quoted: bool, same_pronoun: bool = False) -> bool:
        """Whether no one named and no subject stands before the pronoun at ``tok_i`` in its sentence (from
        ``start``): not counting the words of a quotation (`"We are worn out," she said`) when ``skip_quoted``,
        nor the same pronoun said before (`Asked whether she would stay, she replied`) when ``same_pronoun``."""
        e, d = self.lang.ent, self.lang.dep
        return not any((t.ent_type_ == e.person or t.dep_ in d.subjects and not (
            same_pronoun and t.lower_ == doc[tok_i].lower_)) and not (skip_quoted and quoted_at(doc, t.i))
            for t in doc[start: tok_i])

    def titled_before(self, doc, para: int, tok_i: int, gender: str | None) -> str | None:
        """`he` or `she` opening its sentence after one whose subject is `the TITLE` standing for a person the
        article named with that title (`Chief executive Ana Rowe ... The chief executive dismissed the idea. She
        said ...`): that person, whoever else was named since."""
        lang = self.lang
        sent_i = sentence_of(doc)[tok_i]
        start = self._past_its_report(doc, self._sentences(para)[sent_i].start, tok_i)
        if not self._opens_its_sentence(doc, start, tok_i, True, same_pronoun=True):
            return None  # someone else before the pronoun in its own sentence
        before = self._before_the_quotation(self._sentence_before(para, sent_i))  # `"Yes. Fully," she said.`
        subj = self._subject(*before) if before is not None else None
        if subj is None or subj.ent_type_ or subj.pos_ != "NOUN" or subj.lower_ not in lang.titles \
                or not any(c.lower_ in lang.definite_determiners for c in subj.children):
            return None
        named = _named_in(subj, lang) if on(NAMED_DEEPER_IN_THE_SUBJECT) else None
        # "The president of the Guild, NAME, urged ... She wrote": NAME, not another president named before
        found = self.resolve(self.docs[before[0] - 1], before[0], (named or subj).i)
        actor = self.registry.get(found) if found else None
        if actor is None or actor.type != PERSON or gender and actor.gender and actor.gender != gender:
            return None
        return found

    def _plural_people(self, doc, para: int, subj) -> str | None:
        """The people a plural common-noun subject names (`Residents`, `The shops`), not a body's word or a name."""
        counted = on(PEOPLE_COUNTED_BY_A_QUANTIFIER) and subj is not None and subj.lower_ in self.lang.quantifiers \
            and subj.ent_type_ in self.lang.ent.quantities  # "Dozens of strikers", `Dozens` tagged a number
        if subj is None or subj.tag_ != self.lang.plural_noun_tag or subj.ent_type_ and not counted \
                or subj.lemma_.lower() in self.lang.generic_org_nouns:
            return None
        return self.nominal(doc, para, subj)

    def people_of_the_sentence(self, doc, para: int, tok_i: int) -> str | None:
        """`they` in a clause hung inside its sentence for the plural people the sentence is about: `The shops
        were reluctant, according to a report in which they said ...`."""
        sent = self._sentences(para)[sentence_of(doc)[tok_i]]
        verb = doc[tok_i].head
        if verb.i == sent.root.i or doc[tok_i].dep_ not in self.lang.dep.subjects:
            return None
        subj = next((c for c in sent.root.children if c.dep_ in self.lang.dep.subjects and c.i < tok_i), None)
        return self._plural_people(doc, para, subj)

    def people_before(self, para: int, sent: int) -> str | None:
        """`they` for the plural people who are the subject of the sentence before."""
        before = self._sentence_before(para, sent) if self.docs is not None else None
        if before is None:
            return None
        p, k = before
        return self._plural_people(self.docs[p - 1], p, self._subject(p, k))

    def _document_before(self, doc, para: int, tok) -> str | None:
        """`The review ... examined the cases. It found`: the document the sentence before ``tok`` (`It`, opening
        its sentence as a subject) in its paragraph has as its subject; None if it has none."""
        sent = sentence_of(doc)[tok.i]
        after_its_report = on(IT_AFTER_ITS_REPORT) and tok.i > 0 and doc[tok.i - 1].text == "," \
            and tok.head.i == tok.i + 1 and tok.head.i + 2 >= tok.sent.end  # "..., it said."
        if sent == 0 or tok.dep_ not in self.lang.dep.subjects or tok.i != tok.sent.start and not after_its_report:
            return None
        subj = self._subject(para, sent - 1)
        if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ \
                or subj.lemma_.lower() not in self.lang.document_nouns:
            return None
        owner = document_owner(subj, self.lang) if on(IT_AFTER_A_BODY_S_DOCUMENT) else None
        if owner is not None and owner.ent_type_ in self.lang.ent.bodies:
            return self.resolve(self.docs[para - 1], para, owner.i)  # "A report by the agency ... It said"
        if not any(c.lower_ == self.lang.definite_article for c in subj.children):
            return None
        noun = subj.lemma_.lower()  # one that spoke before, unnamed: "an independent review said", not a body's report
        return next((a.id for a in self.registry.actors.values()
                     if a.type == UNNAMED and a.name.lower().split()[-1:] == [noun]), None)

    def _sentence_before(self, para: int, sent: int) -> tuple[int, int] | None:
        """(paragraph, sentence) of the sentence before, across a paragraph break; None at the article's start."""
        if sent > 0:
            return para, sent - 1
        if para > 1:
            return para - 1, len(self._sentences(para - 1)) - 1
        return None

    def person_before(self, para: int, sent: int, tok_i: int, gender: str | None, skip=(), fits=None) -> str | None:
        """The nearest earlier person of a compatible gender: in the same sentence the closest
        before, in earlier sentences (back to LOOKBACK_PARAGRAPHS) each sentence's subjects first.
        Names within ``skip`` (character spans of paragraph ``para``) are no candidates, nor people
        ``fits`` (given the actor) turns down."""
        here = (para, tok_i)
        pronouns = self.lang.person_pronouns
        k = bisect.bisect_right(self._people_keys, (para, sent))
        just_before = True  # the first sentence before this one that names someone
        while k > 0:
            k -= 1
            key = self._people_keys[k]
            if key[0] < para - LOOKBACK_PARAGRAPHS:
                break
            ms = [m for m in self._people[key] if _place(m) < here and not (
                m.para == para and any(a <= doc[m.tok].idx < b for a, b, doc in skip))]
            if key == (para, sent):
                order = sorted(ms, key=lambda m: -m.tok)
                if on(PARTNER_NOT_SUBJECT) and self.docs is not None:
                    # "In an interview with NAME, she said": whom she talked with is not who she is
                    doc = self.docs[para - 1]
                    order = [m for m in order if not self._partner_of(doc, m.tok, tok_i)]
            else:
                if on(PRONOUN_CHAIN) and not any(m.subject for m in ms):
                    subj = self._subject(*key)
                    if subj is not None and subj.lower_ in pronouns and pronouns[subj.lower_] in (gender, None):
                        continue  # "She married X": X is not who "she" is
                subjects = [m for m in ms if m.subject]
                if on(LAST_SPEAKER) and len({m.actor for m in subjects}) > 1:
                    subjects.sort(key=lambda m: -m.tok)  # "A said ..., while B wrote .... He tweeted": B
                    if on(NAMED_IN_A_REPORT) and self.docs is not None:  # "A said B had lied. He added": A
                        subjects.sort(key=lambda m: self._inside_a_report(m))
                    if on(NAMED_IN_A_RELATIVE_CLAUSE) and self.docs is not None:
                        subjects.sort(key=lambda m: self._inside_a_relative_clause(m))  # "A, whose mother B died,"
                order = subjects + sorted((m for m in ms if not m.subject), key=lambda m: m.tok)
                if on(QUESTIONED_ANSWERS) and just_before and self.docs is not None:
                    doc = self.docs[key[0] - 1]
                    asked = [m for m in ms if doc[m.tok].dep_ == self.lang.dep.dobj
                             and doc[m.tok].head.lemma_.lower() in self.lang.questioned_verbs
                             and not (on(ASKED_TO_ACT) and any(c.dep_ == self.lang.dep.xcomp and c.i > m.tok
                                                               for c in doc[m.tok].head.children))]
                    order = asked + [m for m in order if m not in asked]  # "pressed NAME on whether ..."
                just_before = False
                if on(QUOTED_NAME_LAST) and self.docs is not None:
                    outside = [m for m in order if not self._within_quotation(m)]
                    order = outside + [m for m in order if m not in outside]
            for m in order:
                actor = self.registry.get(m.actor)
                if gender and actor.gender and actor.gender != gender:
                    continue
                if fits is not None and not fits(actor):
                    continue
                if gender and not actor.gender:
                    actor.gender = gender
                return actor.id
        return None

    def _countries_at(self, m: Mention) -> set[str]:
        """The countries the words around a person's mention give them: `Poland's NAME`, `Spanish coach NAME`,
        `NAME of Romania`, `NAME, a former Spanish Davis Cup player,`."""
        lang = self.lang
        doc = self.docs[m.para - 1]
        ent = entity_at(doc, m.tok)
        start = ent.start if ent is not None else m.tok
        words = list(doc[max(doc[start].sent.start, start - 4): start])
        after = doc[m.tok + 1] if m.tok + 1 < len(doc) else None
        if after is not None and (after.text == "," or after.lower_ in lang.affiliation_prepositions):
            for t in doc[m.tok + 2: min(m.tok + 12, doc[m.tok].sent.end)]:
                if t.text == "," or t.is_sent_end or t.pos_ in ("VERB", "AUX", "PRON"):
                    break  # not "NAME, who will face NAME of Romania,"
                words.append(t)
        return {c for t in words for c in [lang.demonym_country(t.text) or lang.country_of(t.text)] if c}

    def _person_of_country(self, para: int, tok_i: int, country: str) -> str | None:
        """The nearest person before a place whom the article gave ``country``: their body, or the words around
        a mention of them."""
        for m in reversed(self.mentions[:self._before(para, tok_i)]):
            if m.para < para - LOOKBACK_PARAGRAPHS:
                break
            actor = self.registry.get(m.actor)
            if actor is not None and actor.type == PERSON and (actor.affiliation == country
                                                               or country in self._countries_at(m)):
                return actor.id
        return None

    def _compatriot_or_unknown(self, actor, country: str) -> bool:
        """Whether a person may be of ``country``: none other is their body, nor given them at a mention."""
        if actor.affiliation and self.lang.country_of(actor.affiliation) not in (None, country):
            return False
        return not any(m.actor == actor.id and self._countries_at(m) - {country} for m in self.mentions)

    def _age_described(self, doc, tok) -> str | None:
        """The age in `the 45-year-old`, when ``tok`` heads such a description."""
        ent = entity_at(doc, tok.i)
        m = self.lang.age_description.fullmatch(ent.text) if ent is not None else None
        if m is None or ent.start == 0 or doc[ent.start - 1].lower_ not in self.lang.articles:
            return None
        return m.group(1)

    def _person_of_age(self, para: int, tok_i: int, age: str) -> str | None:
        """The nearest person before a place whose name the article follows with that age (`NAME, 45,`)."""
        for m in reversed(self.mentions[:self._before(para, tok_i)]):
            if m.para < para - LOOKBACK_PARAGRAPHS:
                break
            actor = self.registry.get(m.actor)
            doc = self.docs[m.para - 1]
            if actor is not None and actor.type == PERSON and m.tok + 2 < len(doc) and doc[m.tok + 1].text == "," \
                    and doc[m.tok + 2].text == age:
                return actor.id
        return None

    def _inside_a_relative_clause(self, m: Mention) -> bool:
        """Whether a mention stands inside a relative clause describing someone else (`A, whose mother, B, died
        in March, said`): a person the sentence tells of, not its subject."""
        t = self.docs[m.para - 1][m.tok]
        return any(a.dep_ == self.lang.dep.relcl for a in t.ancestors)

    def _inside_a_report(self, m: Mention) -> bool:
        """Whether a mention stands inside the clause a verb of speaking reports (`said B had lied`)."""
        lang = self.lang
        t = self.docs[m.para - 1][m.tok]
        if self._within_quotation(m):
            return False  # a name inside quotation marks is ranked by its own rule
        if t.dep_ in lang.dep.subjects and t.head.lemma_.lower() in lang.reporting_verbs and not (
                on(REPORTER_INSIDE_A_REPORT) and t.head.dep_ == lang.dep.ccomp
                and t.head.head.lemma_.lower() in lang.reporting_verbs):
            return False  # a reporter's own report, however the parser hung it ("..., while B wrote that")
        while t.head.i != t.i:
            if t.dep_ == lang.dep.ccomp and t.head.lemma_.lower() in lang.reporting_verbs:
                return True
            t = t.head
        return False

    def _within_quotation(self, m: Mention) -> bool:
        """Whether a mention stands inside quotation marks, straight or curly, in its paragraph."""
        return quoted_at(self.docs[m.para - 1], m.tok)

    def _body_subject_before(self, doc, para: int, tok) -> str | None:
        """The body named as the subject of the sentence before ``tok``'s in its paragraph (before the quotation
        it attributes), its name holding no word for a kind of body (`Tarn Watch`, not `the Tarn Forum`), or
        None."""
        before = self._before_the_quotation(self._sentence_before(para, sentence_of(doc)[tok.i])) \
            if self.docs is not None else None
        subj = self._subject(*before) if before is not None and before[0] == para else None
        named = entity_at(doc, subj.i) if subj is not None else None
        if named is None or named.label_ != self.lang.ent.org:
            return None
        actor = self.registry.lookup(named.text)
        if actor is None or actor.type != ORG or any(w in self.lang.body_nouns for w in actor.name.lower().split()):
            return None
        return actor.id

    def _described_body_subject_before(self, doc, para: int, tok) -> str | None:
        """`The same court rejected a request. In its ruling, it found ...`: `it`, the first subject of its sentence,
        right after a sentence of its paragraph whose subject is a definite word for a body, is that body (as the
        word resolves), not a body named before that sentence."""
        d = self.lang.dep
        if tok.dep_ not in d.subjects or self.docs is None \
                or any(t.dep_ in d.subjects for t in doc[tok.sent.start: tok.i]):  # "X said A, though it noted B"
            return None
        subj = self._definite_subject_before(doc, para, tok)
        if subj is None or not self._is_body(subj.text):
            return None
        return self.nominal(self.docs[para - 1], para, subj)

    def _definite_subject_before(self, doc, para: int, tok):
        """The subject of the sentence before ``tok``'s, in its paragraph, when it is a definite common noun that
        names nothing (`The festival`, `The same court`); else None."""
        before = self._sentence_before(para, sentence_of(doc)[tok.i])
        subj = self._subject(*before) if before is not None and before[0] == para else None
        if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ \
                or not any(c.lower_ in self.lang.definite_determiners for c in subj.children):
            return None
        return subj

    def _speaker_before_the_report(self, doc, para: int, tok) -> str | None:
        """`The festival said A. B, it said.`: `it`, the subject of a reporting verb after the report it attributes
        (the only subjects before it that report's own), right after a sentence of its paragraph whose subject is a
        definite, unnamed noun reporting speech (no document), is what that noun resolves to."""
        lang, d = self.lang, self.lang.dep
        verb = tok.head
        report = next((c for c in verb.children if c.dep_ == d.ccomp and c.i < tok.i), None)
        if tok.dep_ not in d.subjects or self.docs is None or report is None \
                or verb.lemma_.lower() not in lang.report_verbs \
                or any(t.dep_ in d.subjects and not report.is_ancestor(t) and t is not report
                       for t in doc[tok.sent.start: tok.i]):
            return None
        subj = self._definite_subject_before(doc, para, tok)
        if subj is None or subj.head.lemma_.lower() not in lang.report_verbs \
                or subj.lemma_.lower() in lang.document_nouns:
            return None  # a document is the document rules' (`The report found that A. B, it said.`)
        return self.nominal(self.docs[para - 1], para, subj)

    def _first_conjunct_s_subject(self, tok):
        """`The statement said A, and it accused the opposition of B`: `it`, the subject of a verb joined by `and`
        to a reporting verb, is that verb's own subject where it is a thing or a body, not a person or pronoun."""
        lang, d = self.lang, self.lang.dep
        verb = tok.head
        if tok.lower_ != lang.thing_pronoun or tok.dep_ not in d.subjects or verb.dep_ != d.conj \
                or verb.head.lemma_.lower() not in lang.reporting_verbs:
            return None
        subj = next((c for c in verb.head.children if c.dep_ in d.subjects and c.i < verb.head.i), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == lang.ent.person \
                or any(subj.lemma_.lower() in nouns for nouns in lang.unnamed_person_nouns.values()):
            return None
        return subj

    def _speaker_speaking_again(self, doc, para: int, tok) -> str | None:
        """`In a statement, the festival said A. It said B.`: `it` opening a sentence as the subject of a reporting
        verb, after a sentence whose own reporting verb has an unnamed thing, no person, as its subject, is that
        thing, whatever body was named before it."""
        lang, d = self.lang, self.lang.dep
        if tok.lower_ != lang.thing_pronoun or tok.dep_ not in d.subjects or tok.i != tok.sent.start \
                or tok.head.lemma_.lower() not in lang.reporting_verbs or self.docs is None:
            return None
        before = self._sentence_before(para, sentence_of(doc)[tok.i])
        subj = self._subject(*before) if before is not None else None
        if on(IT_SPEAKS_AGAIN_AS_A_NAMED_PLACE) and subj is not None and subj.ent_type_ \
                and subj.dep_ == d.nsubj and subj.head.lemma_.lower() in lang.reporting_verbs:
            found = self.resolve(self.docs[before[0] - 1], before[0], subj.i)
            kinds = (PLACE, COUNTRY, ORG) if on(IT_SPEAKS_AGAIN_AS_A_NAMED_BODY) else (PLACE, COUNTRY)
            if found is not None and self.registry.get(found).type in kinds:
                return found  # not a body named inside what it said: "X said Coinvault was not a bank. It urged"
        if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or subj.tag_ == lang.plural_noun_tag \
                or subj.head.lemma_.lower() not in lang.reporting_verbs \
                or any(subj.lemma_.lower() in nouns for nouns in lang.unnamed_person_nouns.values()):
            return None
        named = next((c for c in subj.children if c.dep_ == d.appos and c.pos_ == "PROPN" and c.i > subj.i),
                     None) if on(IT_SPEAKS_AGAIN_AS_NAMED) else None
        if named is not None:  # "airport operator Kestravia said A. It said B.": Kestravia
            return self.resolve(self.docs[before[0] - 1], before[0], named.i)
        return self.nominal(self.docs[before[0] - 1], before[0], subj)

    def body_before(self, para: int, tok_i: int) -> str | None:
        """The nearest earlier organisation or country in subject position, else the nearest at all."""
        for ms in (self._body_subjects, self._bodies):
            k = bisect.bisect_left(ms, (para, tok_i), key=_place)
            if k > 0 and ms[k - 1].para >= para - LOOKBACK_PARAGRAPHS:
                return ms[k - 1].actor
        return None

    def salient_org(self, para: int, tok_i: int, word=None) -> str | None:
        """The company most mentioned so far: what "the network" or "the company" refers to.

        Only companies (a corporate suffix, or a known platform or outlet): "the administration"
        or "the government" is not whichever body the article names most. Named once, the one firm named after a
        word for its kind is what ``word`` (`the company`, not `the regulator` or `the two companies`) stands for."""
        counts: dict[str, int] = {}
        kinds: set[str] = set()  # the words for their kind of business they were named after
        for m in self._companies[:bisect.bisect_left(self._companies, (para, tok_i), key=_place)]:
            counts[m.actor] = counts.get(m.actor, 0) + 1
            kind = self._kind_of_firm(m) if on(FIRM_BY_ITS_KIND) else None
            if kind:
                kinds |= {kind} | self.lang.firm_words  # "software maker Tervasoft": the maker, the company
        if not counts:
            return None
        best = max(counts.values())
        one_firm = len(counts) == 1 and word is not None and word.lemma_.lower() in kinds \
            and word.tag_ != self.lang.plural_noun_tag  # "software maker Tervasoft ... the company": the one firm
        if best < 2 and not one_firm:
            return None
        return next(a for a, n in counts.items() if n == best)

    def _firm_named_in_the_sentence(self, doc, para: int, tok, left) -> str | None:
        """`turbine maker Vestby Wind ... the company`: the firm named last before ``tok`` in its sentence, when a
        word for a kind of firm comes before its name; or None."""
        if not on(FIRM_NAMED_IN_THE_SENTENCE) or not any(t.lower_ == self.lang.definite_article for t in left):
            return None
        k = self._before(para, tok.i) - 1
        m = self.mentions[k] if k >= 0 else None
        if m is None or (m.para, m.sent) != (para, sentence_of(doc)[tok.i]) or self.registry.get(m.actor).type != ORG:
            return None
        named = entity_at(doc, m.tok)
        before = doc[named.start - 1] if named is not None and named.start > 0 else None
        if before is not None and before.is_lower and (before.lemma_.lower() in self.lang.org_descriptors
                                                       or before.lemma_.lower() in self.lang.generic_org_nouns):
            return m.actor
        return None

    def _firm_speaking_before(self, doc, para: int, tok) -> str | None:
        """`Harbour Grocers, which ..., said A. The company said B.`: the body the sentence before has as its subject,
        when ``tok`` (`the company`, opening its sentence as a subject) can stand for it; None otherwise."""
        if not on(FIRM_SPEAKING_BEFORE) or self.docs is None or tok.dep_ not in self.lang.dep.subjects \
                or tok.left_edge.i != tok.sent.start:
            return None
        before = self._sentence_before(para, sentence_of(doc)[tok.i])
        subj = self._subject(*before) if before is not None else None
        if subj is None or subj.pos_ != "PROPN":
            return None
        found = self.resolve(self.docs[before[0] - 1], before[0], subj.i)
        actor = self.registry.get(found) if found else None
        if actor is None or actor.type != ORG or not word_stands_for(tok.lemma_.lower(), actor.name, self.lang) \
                or not any(m.actor == actor.id for m in self._companies):
            return None  # a company named as one (`supermarket chains Harbour Grocers`, `Tarnwell Biosciences`)
        return actor.id

    def _person_by_surname_with_a_particle(self, text: str) -> str | None:
        """The person named before whose name ends on ``text``, a surname opening on its particle written with a
        capital at the start of a sentence (`Van den Berg-Smit`, `De la Cruz`); None if there is none."""
        words = self.registry.fold(text).split()
        if len(words) < 2 or words[0] not in self.lang.name_particles:
            return None
        found = {a.id for a in self.registry.actors.values() if a.type == PERSON
                 and len(self.registry.fold(a.name).split()) > len(words)
                 and self.registry.fold(a.name).split()[-len(words):] == words}
        return found.pop() if len(found) == 1 else None

    def part_of_group(self, doc, para: int, tok) -> str | None:
        """`Some of the protesters Wikinews interviewed`, `Several`: an unnamed part of a group, named by
        its words up to the end of its `of` phrase."""
        end = tok.i
        for c in tok.rights:
            if c.dep_ != self.lang.dep.prep or c.lower_ != self.lang.of:
                continue
            last = _phrase_end(c, self.lang) if on(GROUP_ENDS_BEFORE_ITS_CLAUSE) else c.right_edge.i
            if last - tok.i <= 8:
                end = last
        text = text_of(doc)[tok.idx: doc[end].idx + len(doc[end].text)].strip(" ,")
        return self.registry.add(text[0].upper() + text[1:], UNNAMED, (para, tok.i)).id

    def _person_owning(self, doc, para: int, named):
        """The person a name in the possessive before a word for a body stands for (`Choque's group`), or None."""
        if doc[named.end - 1].tag_ != self.lang.possessive_tag:
            return None
        owner = self.resolve(doc, para, named.root.i)
        actor = self.registry.get(owner) if owner is not None else None
        return actor if actor is not None and actor.type == PERSON else None

    def _body_naming_its_kind_before(self, acronym, head: str, k: int, order: list[int]):
        """The body of a mention before mention ``k`` (in the ``order`` the mentions are read) whose name holds the
        word ``head`` for its kind, when the body ``acronym`` (named by letters that may stand for it) was never the
        subject of a sentence up to there; None otherwise."""
        if any(m.subject and m.actor == acronym.id for m in self.mentions[:k + 1]):
            return None  # "the NHL said ... The league said": the acronym that spoke
        for j in order:
            actor = self.registry.get(self.mentions[j].actor)
            if j < k and actor.type == ORG and names_its_kind(head, actor.name, self.lang):
                return actor
        return None

    def _only_told(self, actor, head: str, k: int) -> bool:
        """Whether a body named before mention ``k`` was never the subject of a sentence there, while another
        body whose name holds the word ``head`` was."""
        acted = {m.actor for m in self.mentions[:k + 1] if m.subject}
        return actor.id not in acted and any(
            a in acted and a != actor.id and self.registry.get(a).type == ORG
            and head in self.registry.get(a).name.lower().split() for a in acted)

    def nominal(self, doc, para: int, tok, quoted=()) -> str | None:
        """The actor a common noun (`the ministry`, `the minister`, `a spokeswoman`) stands for, added as an unnamed
        one when it is no one named before; ``quoted`` are the character spans of what it is said to have said."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        lang = self.lang
        if on(PERSON_OF_A_BODY_PARSED_UNDER_ITS_WORD) and tok.dep_ in lang.dep.subjects:
            named = entity_at(doc, tok.left_edge.i)
            if named is not None and named.label_ == lang.ent.person and named.start == tok.left_edge.i \
                    and named.end < tok.i and doc[named.end].lower_ == lang.of:
                return self.resolve(doc, para, named.end - 1)  # "NAME of the X party called": NAME
        if on(BODY_BEFORE_ITS_KIND) and tok.pos_ == "NOUN" and tok.lemma_.lower() in lang.org_descriptors \
                and tok.i > 0:
            named = entity_at(doc, tok.i - 1)
            owner = self._person_owning(doc, para, named) if on(PERSON_S_BODY) and named is not None \
                and named.end == tok.i else None
            if owner is not None:  # "Choque's group argued": the body he heads, or the group as the article says
                aff = owner.affiliation
                body = self.registry.lookup(aff) if aff else None
                if body is None and aff and not lang.country_of(aff):
                    body = self.registry.add_body(aff, ORG, (para, tok.i))  # "a lawyer who heads Centro Pachamama"
                if body is not None and body.type == ORG:
                    return body.id
                named = None
            if named is not None and named.end == tok.i and named.label_ in lang.ent.bodies \
                    and not named.text.replace(".", "").isupper() \
                    and all(named.start <= t.head.i <= tok.i for t in named):  # not "the U.N. agency": its parent
                return self.resolve(doc, para, named.root.i)  # "the Law and Justice party": Law and Justice
        left = [t for t in tok.lefts if t.dep_ in lang.dep.noun_modifiers]
        definite = any(t.lower_ in lang.definite_determiners or t.dep_ == lang.dep.poss for t in left)
        head = tok.lemma_.lower()
        if on(BODY_BEFORE_ITS_DESCRIPTION) and definite and tok.dep_ in lang.dep.subjects \
                and (head in lang.body_nouns or head in lang.generic_org_nouns):
            named = _body_before_its_description(doc, tok, lang)
            if named is not None:
                return self.resolve(doc, para, named.root.i)  # "Transport Scotland, the agency that ..., said"
        if definite and on(GROUP_WAS_THE_SUBJECT) and head in lang.kindless_body_words \
                and tok.dep_ in lang.dep.subjects:
            subject_before = self._body_subject_before(doc, para, tok)
            if subject_before is not None:
                return subject_before
        if definite:
            order = list(range(self._before(para, tok.i) - 1, -1, -1))
            if on(WORD_NOT_NAMED_IN_ITS_REPORT) and quoted:  # those named in the report last
                inside = {k for k in order if self.mentions[k].para == para
                          and any(a <= doc[self.mentions[k].tok].idx < b for a, b in quoted)}
                order = [k for k in order if k not in inside] + [k for k in order if k in inside]
            for k in order:
                m = self.mentions[k]
                actor = self.registry.get(m.actor)
                if actor.type == PERSON and on(TITLE_IN_THE_NAME) and head in lang.name_titles \
                        and actor.name.split()[0].lower() == head and tok.tag_ != lang.plural_noun_tag:
                    return actor.id  # "the princess said", after "Princess Haruna"
                if actor.type == PERSON and actor.title and head in _title_heads(actor.title, lang) \
                        and not (on(PLURAL_TITLE_NO_ONE) and tok.tag_ == lang.plural_noun_tag):
                    if on(TITLE_AGREES) and any(t.dep_ == lang.dep.compound and t.pos_ == "NOUN" and not t.ent_type_
                                                and t.lower_ not in actor.title.lower().split() for t in left):
                        continue  # "the health minister" is not the transport minister named earlier
                    if on(LESSER_RANK) and _lesser_rank_of(head, actor.title, left, lang):
                        continue  # "the minister" is not the assistant deputy minister named since
                    if on(HIGHER_RANK) and _lesser_rank_of(head, actor.title, left, lang, lang.higher_ranks):
                        continue  # "the minister" is not the prime minister named since
                    return actor.id
                if actor.type == ORG and (names_its_kind(head, actor.name, lang) or on(ACRONYM_OF_ITS_KIND)
                                          and head in lang.body_nouns and _acronym_of_its_kind(actor.name, head)):
                    if on(BODY_THAT_ACTED) and self._only_told(actor, head, k):
                        continue  # "She told the Fiji Broadcasting Corporation ... The corporation said": the other
                    if on(KIND_SPELT_OUT_BEATS_AN_ACRONYM) and not names_its_kind(head, actor.name, lang):
                        spelt = self._body_naming_its_kind_before(actor, head, k, order)
                        if spelt is not None:
                            return spelt.id  # "the Collectif des Usagers ... the MDC ... the collective said"
                    return actor.id
                if on(BODY_DESCRIBED_BY_THE_WORD) and actor.type == ORG and self.docs is not None \
                        and tok.tag_ != lang.plural_noun_tag \
                        and described_as(self.docs[m.para - 1][m.tok], head, lang):
                    return actor.id  # "The utility, Aguas Potosinas, said ... the utility said"
                if on(NATIONALITY_NAMES) and actor.type == PERSON and tok.is_title and tok.i > 0 \
                        and _given_as(tok.text, actor, lang):
                    return actor.id  # "the Australian said", after "Australian swimmer NAME"
            if on(LEAD_TITLE_NAMED_LATER) and para <= OPENING_PARAGRAPHS and head in lang.titles \
                    and tok.tag_ != lang.plural_noun_tag:
                later = self._holder_named_later(para, tok, head, left)
                if later is not None:
                    return later  # "the coroner said" in the lead, "Birmingham's senior coroner, NAME," later
            if on(LEAD_BODY_NAMED_LATER) and para <= OPENING_PARAGRAPHS and tok.tag_ != lang.plural_noun_tag \
                    and not any(t.dep_ == lang.dep.poss or t.pos_ == "PROPN" for t in left) \
                    and head not in lang.government_nouns:  # not "the Marshall Islands government": whose it is said
                later = self._body_named_later(para, tok, head)
                if later is not None:
                    return later  # "the federation said" in the lead, "the National Kok-Boru Federation" later
            if head in lang.generic_org_nouns and not (on(A_PERSON_S_TEAM) and any(
                    t.dep_ == lang.dep.poss and t.lower_ in lang.owner_pronouns for t in left)):
                firm = self._firm_named_in_the_sentence(doc, para, tok, left) \
                    or self._firm_speaking_before(doc, para, tok) or self.salient_org(para, tok.i, tok)
                if firm:
                    return firm
        if on(DESCRIBED_FIRST_NAMED_AFTER) and not definite and self.docs is not None \
                and any(t.lower_ in lang.indefinite_articles for t in left) and tok.tag_ != lang.plural_noun_tag \
                and (head in lang.person_nouns or head in lang.titles):
            named = {m.actor for m in self.mentions[self._before(para, tok.i):]
                     if para <= m.para <= para + 2 and (m.para, m.tok) > (para, tok.i)
                     and self.registry.get(m.actor).type == PERSON and described_as(
                         self.docs[m.para - 1][m.tok], head, lang, definite=True)}
            if len(named) == 1:
                return named.pop()  # "A glaciologist warned ... The glaciologist, NAME, said"
        # not "the country's federation": there its owner tells which
        if on(BODY_NAMED_AFTER) and definite and head in lang.body_nouns \
                and not any(t.dep_ == lang.dep.poss for t in left):
            words = [t.lower_ for t in left if t.dep_ in (lang.dep.amod, lang.dep.compound) and t.is_lower
                     and t.is_alpha] + [tok.lower_]
            for m in self.mentions[self._before(para, tok.i):] if len(words) >= 2 else ():
                actor = self.registry.get(m.actor)
                if actor.type == ORG and actor.name.lower().split()[-len(words):] == words:
                    return actor.id  # "the electoral commission", the National ... Electoral Commission named later
        start = min([t.left_edge.i for t in left] + [tok.i])
        end = tok.i + 1
        for c in tok.rights:  # "spokesman of the ministry", "a group of protesters"
            last = _end_before_apposition(c, lang) if on(DESCRIPTION_ENDS_AT_A_COMMA) else c.right_edge.i
            if c.dep_ == lang.dep.prep and c.lower_ in lang.role_prepositions and last - tok.i <= 8:
                end = last + 1  # "A delegation from the IMF, a Washington-based lender,": to the comma
            elif on(PLACE_IN_DESCRIPTION) and c.dep_ == lang.dep.prep and c.lower_ in lang.place_prepositions \
                    and c.right_edge.i - tok.i <= 5 and any(g.dep_ == lang.dep.pobj and (
                        g.ent_type_ in lang.ent.places or on(CAPITAL_IN_DESCRIPTION) and g.pos_ == "PROPN"
                        and lang.country_of(text_of(doc)[g.left_edge.idx: g.idx + len(g.text)])) for g in c.children):
                end = c.right_edge.i + 1  # "the embassy in Kemi"
        written = None
        if on(DESCRIPTION_ENDS_BEFORE_BRACKETS):
            opened = next((t.i for t in doc[tok.i + 1: end] if t.text == "("), None)  # "... of Tarn (FFT)"
            closed = next((t.i for t in doc[opened + 1: opened + 4] if t.text == ")"), None) if opened else None
            if opened is not None:
                written = (start, closed + 1 if closed is not None else end)  # as written: an alias
                end = opened
        text = text_of(doc)[doc[start].idx: doc[end - 1].idx + len(doc[end - 1].text)].strip(" ,")
        if not text:
            return None
        if on(SURNAME_WITH_A_CAPITALISED_PARTICLE) and doc[start].is_title:
            named = self._person_by_surname_with_a_particle(text)
            if named is not None:
                return named  # "Van den Berg-Smit told", after "Marieke van den Berg-Smit"
        actor = self.registry.add(text[0].upper() + text[1:], UNNAMED, (para, tok.i))
        if written is not None:
            whole = text_of(doc)[doc[written[0]].idx: doc[written[1] - 1].idx + len(doc[written[1] - 1].text)]
            self.registry.alias(actor, whole.strip(" ,"))
        return actor.id


def _compound_start(doc, tok, lang) -> int:
    """Where the name a proper noun ends starts, its proper nouns before it parsed as its compounds: `Van der
    Linden`."""
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == lang.dep.compound:
        start -= 1
    return start


def _named_in(subj, lang):
    """The person's name apposed in the phrase of the subject ``subj`` (`A police spokeswoman, NAME,`; with
    ``NAMED_DEEPER_IN_THE_SUBJECT`` anywhere in it, `A spokesman for the RVD, NAME,`), or None."""
    words = list(subj.subtree if on(NAMED_DEEPER_IN_THE_SUBJECT) else subj.children)
    named = next((c for c in words if c.dep_ == lang.dep.appos and c.ent_type_ == lang.ent.person), None)
    if named is None and on(NAME_TYPED_A_PERSON_IN_THE_SUBJECT):
        named = next((c for c in words if c.dep_ == lang.dep.appos and c.ent_type_ and c.i > subj.i
                      and typed_a_person(subj.doc, c, lang)), None)
    if named is None and on(NAMED_AS_A_CONJUNCT_IN_THE_SUBJECT):
        doc = subj.doc
        named = next((c for c in (*subj.children, *subj.head.children, *subj.subtree)  # the nearest hung first
                      if (c.dep_ == lang.dep.conj and (c.head.i == subj.i or not any(
                          g.lower_ in lang.coordinators for g in c.head.children))
                          or c.dep_ == lang.dep.nsubj and c.i != subj.i)
                      and c.ent_type_ == lang.ent.person and c.i > subj.i and doc[c.left_edge.i - 1].text == ","
                      and not any(t.lower_ in lang.coordinators for t in doc[subj.i: c.left_edge.i])), None)
    return named


def _end_before_apposition(prep, lang) -> int:
    """The last token of the phrase ``prep`` opens, without the apposition set off after the body it names (`from
    Ojo Ciudadano, a Lima-based civic group,`: `Ciudadano`); its last token where it names no body so."""
    d = lang.dep
    named = next((g for g in prep.children if g.dep_ == d.pobj and g.ent_type_), None)
    apposed = [c for c in named.children if c.dep_ == d.appos and c.i > named.i] if named is not None else []
    if not apposed:
        return prep.right_edge.i
    first = min(c.left_edge.i for c in apposed)
    end = max(t.i for t in prep.subtree if t.i < first)
    while end > prep.i and prep.doc[end].is_punct:
        end -= 1  # the comma, or the bracket of a short name: `the National Civil Defence Institute (INDECI)`
    return end


def _phrase_end(prep, lang) -> int:
    """The last token of the phrase ``prep`` opens, before any comma (`of the council's five members, who spoke
    on condition of anonymity,`: `members`; `of the protesters Wikinews interviewed`, whole)."""
    end = prep.i
    for t in prep.subtree:
        if t.text == ",":
            break
        end = t.i
    return end


def _asker_end(agent, lang):
    """The last token of the one who asked: the `by` phrase's, or (``ASKER_NAMED_AFTER_THE_AGENT``) of a person's
    name set off by commas right after it, however the parser hung it (`Asked by the presiding judge, NAME,
    whether`)."""
    doc, end = agent.doc, agent.right_edge
    if on(ASKER_NAMED_AFTER_THE_AGENT) and end.i + 2 < len(doc) and doc[end.i + 1].text == ",":
        named = entity_at(doc, end.i + 2)
        if named is not None and named.label_ == lang.ent.person and named.start == end.i + 2 \
                and named.end < len(doc) and doc[named.end].text == ",":
            return doc[named.end - 1]
    return end


def _body_before_its_description(doc, tok, lang):
    """`Transport Scotland, the government agency that oversees ferries, said`: the body named right before the
    description ``tok`` heads, set off by commas on both sides, when the parser hung the name elsewhere; or None."""
    sub = [t.i for t in tok.subtree]  # not left_edge/right_edge: they can disagree with the subtree
    start, end = min(sub), max(sub)
    if start < 2 or doc[start - 1].text != "," or end + 1 >= len(doc) or "," not in (doc[end].text, doc[end + 1].text):
        return None
    named = entity_at(doc, start - 2)
    return named if named is not None and named.end == start - 1 and named.label_ == lang.ent.org \
        and named.root.dep_ not in lang.dep.subjects else None


def _holder_after_joined_portfolios(tok, lang):
    """`Climate Crisis and Civil Protection Minister Nikos Stamatopoulos`, parsed as `Crisis` joined to the name:
    the last word of the name after `and`, capitalised words and a title word, when ``tok`` and the words before it
    are untagged and capitalised; None otherwise."""
    d, doc = lang.dep, tok.doc
    start = tok.left_edge.i
    if any(t.ent_type_ or not (t.is_title and t.is_alpha) for t in doc[start: tok.i + 1]) \
            or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in lang.coordinators:
        return None
    conj = next((c for c in tok.children if c.dep_ == d.conj and c.ent_type_ == lang.ent.person), None)
    if conj is None:
        return None
    name = entity_at(doc, conj.i)
    words = doc[tok.i + 2: name.start]
    if not words or not all(t.is_title and t.is_alpha for t in words) or words[-1].lower_ not in lang.titles:
        return None
    return conj


def _acronym_of_its_kind(name: str, word: str) -> bool:
    """`NHL` for `league`, `FIFA` for `association`: an acronym of capitals whose last letter is the word's first."""
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper() and name[-1] == word[0].upper()

