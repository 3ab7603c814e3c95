"""Language data, kept apart from the rules as spaCy keeps ``spacy/lang/``.

The rules read every word and label they treat specially from one ``Language``
object, made once per process by :func:`get_language` from the pipeline's
language code (``get_language(nlp.lang)``). A language is a folder here
(``en/``) whose ``__init__`` defines ``LANGUAGE``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from re import Pattern
from types import SimpleNamespace


@dataclass(frozen=True, eq=False)
class Language:
    code: str
    dep: SimpleNamespace  # dependency labels, one attribute per label and per group of labels
    ent: SimpleNamespace  # entity labels, likewise
    possessive_tag: str
    adjective_tag: str  # "JJ": a plain adjective
    plural_noun_tag: str
    common_word_tags: frozenset  # tags of a word that is no name: a singular common noun, a verb's base form
    plural_proper_tag: str  # a plural proper noun: `Manufacturers`
    plural_verb_tag: str  # "Houthis have attacked": a verb agreeing with a plural subject
    plural_past: str  # "were": the past of the copula with a plural subject
    plural_ending: str  # "Houthis": how a plural ends
    finite_tags: frozenset  # Penn Treebank tags of a tensed verb
    wh_tags: frozenset  # tags of a relative word ("which", "who", "whose")
    modal_tag: str
    infinitive_tag: str  # the "to" of an infinitive: "would return to testify"
    # speech
    report_verbs: frozenset
    object_content_verbs: frozenset
    direct_only_verbs: frozenset
    gerund_content_verbs: frozenset  # "described witnessing the crash": a gerund clause reported
    lesser_ranks: frozenset  # "deputy", "assistant": before a title, a lesser office
    higher_ranks: frozenset  # "prime": before a title, an office of its own above it
    party_words: frozenset  # "Labour": a party named by one word that is also a common noun
    quoting_verb: str  # "quote": "the release said, quoting NAME"
    term_markers: tuple  # "so-called": before quoted words, a name in use
    clerical_titles: frozenset  # "Father": before a full name, a priest's title
    flagged: str  # "flagged": "the Malta-flagged NAME" is a ship
    need_that: frozenset
    clause_verbs: frozenset  # "said several acres burned": an object here is a misread clause
    past_tags: frozenset
    participle_tags: frozenset
    gerund_tags: frozenset
    characterising_verbs: frozenset  # "referred to it as ..."
    naming_participles: frozenset  # "a process called \"...\""
    intention_nouns: frozenset  # "expressed a desire to ..."
    assigning_verbs: frozenset  # "blaming ..."
    cue_verbs: frozenset
    phrasal_report_verbs: frozenset  # "point out"
    citing_verbs: frozenset  # "quoted X as saying"
    judging_verbs: frozenset  # "deemed X unfair"
    addressee_verbs: frozenset  # "told Reuters": the object is spoken to
    needs_predicate: frozenset  # "called X a disgrace", never "called the race"
    reporting_verbs: frozenset  # every verb whose content the reported-speech rules read
    # people and bodies
    person_pronouns: dict
    person_reflexives: frozenset  # "Lind himself said": a pronoun that only stresses the name it follows
    self_naming_verbs: frozenset  # "calling itself X": verbs of calling oneself by a name
    self_naming_reflexives: dict  # "itself": org, "himself": person: who calls itself by a name
    quantifiers: frozenset  # "some of the protesters", "several"
    speaking_pronouns: frozenset
    plural_pronoun: str
    group_pronouns: frozenset  # "several of them": the group the quantifier takes is the one before
    body_pronouns: frozenset
    reading_verb: str  # "read": '"...," the post read', what a written thing says
    thing_pronoun: str  # "it": one thing or body
    aspectual_verbs: frozenset  # "began", "continued": words only when someone who can speak is the subject
    body_possessives: frozenset  # "Its president": the body named before
    plural_possessives: frozenset  # "Their general manager": a team's, or people's
    person_plural_endings: tuple  # ("men", "man"): a plural's ending and its singular's, "Fishermen", "Miners"
    kindless_body_words: frozenset  # "group": a word for a body of any kind, "Tarn Watch ... the group"
    body_nouns: frozenset  # "the group's director": words for a body that own a title
    expletives: frozenset
    passive_expletives: frozenset
    relative_pronouns: frozenset
    told_things: frozenset  # "told the story he had heard": what is told, not whom
    passive_addressee_verbs: frozenset  # "Residents were warned that ...": the passive subject was told
    relative_possessives: frozenset  # "whose"
    member_nouns: frozenset  # "whose members": what only a body has
    removal_verbs: frozenset  # "removed NAME as captain": a role taken away
    personal_relative: str
    participle_ending: str  # "ing": a present participle's ending, "Sentencing Pettifer, Justice NAME said"
    thing_relative: str  # "which": a relative pronoun no person takes
    honorifics: dict
    gendered_titles: dict
    given_names: dict  # a given name -> the gender ("f", "m") it gives a pronoun: "Maria", "Paul"
    title_words: frozenset
    titles: frozenset  # title words without a final dot
    hyphens: frozenset  # "-", and Unicode's hyphen and non-breaking hyphen: the marks joining a name's words
    styles_of_honour: tuple  # ("tan", "sri"): styles of honour before a name, as lower-case words, longest first
    stacked_styles: tuple  # ("awang",): styles only after another style of honour
    style_words: frozenset  # every word of those styles and of the pilgrim's ("seri", "dayang", "haji")
    titles_in_names: frozenset  # "sheikh": titles handed down as names, part of a name after a given name
    person_prepositions: frozenset  # "for", "by": prepositions a person's whole name often follows
    specialist_endings: tuple  # "ologist": how the words for a specialist end
    collective_owners: frozenset  # "people": words for many people that own a body in its name
    hyphened_prefixes: frozenset  # "re" of "re-grade": a prefix a hyphen joins to the word it makes
    verb_prefixes: frozenset  # "co" of "could co-finance": a prefix joined to a verb where a verb stands
    verb_openers: frozenset  # "could", "will": words a verb follows
    adversary_nouns: frozenset  # "rival": "her rival NAME" is on no side of hers
    holidays: frozenset  # "Easter", "Diwali": times the model takes for names
    kin_address_words: frozenset  # "Mum", "Dad": what a family calls a relative, no one's name
    setting_prepositions: frozenset  # "At Tarn Hospital, chief nurse NAME said": the body where they work
    dateline_dashes: frozenset  # "LONDON - ": the dashes that end a wire report's dateline
    hyphenated_titles: frozenset  # "secretary-general": kept one word by the tokenizer, in any capitalisation
    name_words_kept_whole: frozenset  # "Id" of "Fatima Id Bella": kept one word by the tokenizer, as written
    org_heads: frozenset
    club_prefixes: frozenset  # "FK Kemi Bor": letters for a sports club written before its name
    club_words: frozenset  # "the club's captain": words for a sports club that those letters stand for
    field_prepositions: frozenset  # "the Agency of Rural Development": a body named by its kind, then its fields
    field_words: frozenset  # "School of Marine and Atmospheric Science": the word ending a field's name
    outlet_descriptors: frozenset
    styles_of_address: frozenset
    time_zones: frozenset
    org_descriptors: frozenset
    media_words: frozenset  # `Sky Sport Italia`: a word that makes a name a broadcaster's
    body_name_joiners: frozenset  # `Uprising for Tomorrow`: small words inside a body's name
    corporate_prefixes: frozenset  # "PT Selayar Samudra Lines": a legal form before the name, in capitals
    corporate_suffixes: frozenset
    body_openers: frozenset  # "Consorcio", "Grupo": another language's word for a body, opening its name
    company_heads: frozenset  # last words of a business's name: "Motors", "Holdings"
    business_nouns: frozenset  # "company", "firm": words for a business
    firm_nouns: frozenset  # "software maker Tervasoft": words for a company that is no outlet
    firm_words: frozenset  # "the company": a word for any firm
    known_orgs: frozenset
    official_residences: frozenset  # "Raj Bhavan said": an office speaking by the name of its house
    generic_org_nouns: frozenset
    source_nouns: frozenset  # "Airfleets, a database of aircraft, states": a source neither person nor body
    document_nouns: frozenset
    issuing_verbs: frozenset  # "publish", "issue": how a body puts out a document
    speaker_nouns: frozenset
    government_nouns: frozenset  # "the government's chief negotiator": the country's
    name_giving_verbs: frozenset  # "who gave his name only as Kemal", "identified only as Marta"
    foreign_kind_words: dict  # "universidad" -> "university": what `the university` can stand for
    kind_linkers: frozenset  # "University of Tarn": after these a word for a body is still the name's kind
    writing_words: frozenset  # "Writing in the magazine Kinoschau", "In a column for the Kemi Herald"
    writing_prepositions: frozenset  # "in", "for": before the outlet written in
    employer_prepositions: frozenset  # "a geologist with Isgeo", "a lawyer for Tarn Mining": before whom they work for
    legislature_words: frozenset  # "represents Lingzhi in the National Assembly": an elected house, lower case
    column_words: frozenset  # "wrote in a column for the Kemi Herald": a regular piece, its writer the outlet's
    branch_words: frozenset  # "Teamsters Local 727": a numbered branch's word, before its number
    state_body_nouns: frozenset  # "the army's spokesman": a country's own institution, may be the country's
    national_offices: frozenset
    body_offices: tuple  # word sequences of a body's own officers' titles: ("chief", "executive")
    voice_offices: tuple  # titles of those who speak for a body or head an agency: ("spokeswoman",)
    team_roles: tuple  # word sequences of roles in a team: ("captain",), ("club", "president")
    regional_offices: frozenset  # "governor": of the state or city the sentence names, not of its country
    head_of_state: str
    regional_office_phrases: tuple  # "chief minister": an office of two words below the country
    law_words: frozenset
    name_suffixes: frozenset
    post_nominals: frozenset  # letters after a name for a rank or honour, in capitals: "kc", "mp", "obe"
    prepositional_senses: dict  # a speech verb -> the preposition giving it another sense: "add" -> "to"
    temporal_marks: frozenset  # words opening a clause of time: "before", "after"
    place_plurals: frozenset  # plural words ending a place's name: "islands", "mountains"
    party_member_words: frozenset  # a party's members, ending its name: "democrat" in "Liberal Democrat leader"
    name_titles: frozenset
    given_name_styles: frozenset  # "Don Segundo", "Ratu Peceli": a style of address used before a given name alone
    given_name_titles: frozenset  # "Dean Hart": a title word that is a given name before a surname alone
    credit_labels: frozenset
    stance_prefixes: frozenset
    coordinators: frozenset
    birth_verb: str
    place_heads: frozenset
    place_prefixes: frozenset
    possessive_place_heads: frozenset
    place_nouns: frozenset
    municipality_nouns: frozenset  # "Tocumwal, a town of 3,000 people": a place that has a mayor
    division_nouns: frozenset  # "the Kampot province": a name before the word is a place's
    stretch_prepositions: frozenset  # "across Galicia", "above Setesdal": what hangs on them is a place
    body_closing_words: frozenset  # "Human Rights Watch": a last word that closes a body's name, never a person's
    nation_nouns: frozenset  # "the country's finance minister": a word for a country among the place nouns
    oldest_age: int  # "NAME, 34,": the highest number read as a person's age after a name
    bracket_reach: int  # "NAME (A, B and C)": tokens a bracketed list after a name is looked through
    longest_acronym: int  # "IMF managing director NAME": the most capitals read as a body's acronym
    longest_syllable: int  # "Min-ji": the longest second syllable of a hyphened given name
    saints_titles: frozenset  # "St Julian": a saint's title opening a name, no person's who speaks
    devotion_openings: tuple  # ("our", "lady", "of"): the words before a devotion's name ("Our Lady of Sorrows")
    saint_words: frozenset  # "San Juan de los Lagos": a saint's title opening a place's or a body's name
    name_articles: frozenset  # "El Faro del Sur": another language's article opening a name, no person's
    weekdays: frozenset  # "Sunday Adeyemi", tagged a date: a day's name that is a given name too
    months: frozenset
    particle_articles: frozenset  # "de la Piedra": an article after a particle of a surname
    court_titles: frozenset  # "Judge NAME": titles held on a court
    court_words: frozenset  # "High Court": words that make a name a court's
    feelings: frozenset  # "NAME was furious. \"...\"": how someone felt, told before their words
    name_particles: frozenset
    patronymic_particles: frozenset  # "bin", "binti": a father named in a person's name, never in another kind
    capitalised_filiations: frozenset  # "Ibrahim Ag Mohamed": a capitalised word for "son of" inside a name
    trailing_patronymics: frozenset  # "uulu", "kyzy": after a father's name, closing a person's
    patronymic_endings: tuple  # "Nurlanovna": how a patronymic ends, the middle word of an East Slavic name
    landform_nouns: frozenset  # "glacier", "river": what a name set off with one names is a place
    structure_nouns: frozenset  # "temple", "port", "railway": what a name set off with one names is a place
    placing_nouns: frozenset  # the three above together: "a new harbour, Vestre Kai," names a place
    destination_words: frozenset  # "bound", "headed": the name after their `for` is a place
    destination_preposition: str  # "for"
    faithful_plurals: frozenset  # "Hindus", "Buddhists": a name ending on one names a people
    bank_word: str  # "bank"
    bank_office: str  # "governor": the head of a bank
    central_bank_words: frozenset  # "the Central Bank of Chile": words that make a bank a country's own
    field_endings: tuple  # "Green Transition": endings of the abstract nouns naming a ministry's field
    abbreviated_titles: frozenset  # "Cllr", "Insp": joined to the stop the tokenizer splits off before a name
    relative_object: str  # "whom": "many of whom"
    located_body_words: frozenset  # "embassy", "office": a body whose place after `in` is part of its name
    located_body_pairs: frozenset  # ("high", "commission")
    located_body_preposition: str  # "in": before the place that closes an embassy's name
    subsidiary_nouns: frozenset  # "unit", "subsidiary": a firm's part in a country
    name_articles_joined: frozenset  # "el", "al": an article joined by a hyphen to the surname it opens
    prefixed_surname: Pattern  # "MacNeil": a surname capitalised after its prefix
    glued_particle_surname: Pattern  # "deBrum": a surname glued to its particle in lower case
    apostrophe_name: Pattern  # "O'Brien", "N’Dri": a name with an apostrophe after its first letter or two
    glottal_name: Pattern  # "Tu'ipulotu": a word of a Polynesian name, its glottal stop typed as an apostrophe
    naming_time_adverbs: frozenset  # "X, then called Y": a name another time had
    object_pronouns: frozenset  # "found him correcting": no finite clause's subject
    degree_words: frozenset  # "86 degrees Fahrenheit": the word after one names a scale
    contraction_endings: frozenset  # "they'll", "we've": what follows an apostrophe in English words
    glottal_marks: str  # "'Ana": the marks that can open such a name, each one character
    place_object_verbs: frozenset
    translation_label: Pattern
    title_qualifiers: frozenset
    english_markers: frozenset
    regnal_numeral: Pattern
    compass_names: frozenset
    shore_nouns: frozenset  # "coast", "outskirts": what they are `of` is a place
    motion_verbs: frozenset  # "fled south towards Lowarengak": going somewhere
    direction_prepositions: frozenset  # "towards", "to": where someone goes
    title_small_words: frozenset
    # function words
    articles: frozenset
    definite_article: str
    leading_definite: Pattern
    definite_determiners: frozenset
    possessive_endings: frozenset
    possessive: Pattern
    channel_prepositions: frozenset
    place_prepositions: frozenset
    near_prepositions: frozenset
    affiliation_prepositions: frozenset
    cabinet_words: frozenset  # "Interior Cabinet Secretary NAME": a body's word inside a title
    not_yet_words: frozenset  # "has yet to say": a report not made so far
    belonging_prepositions: frozenset  # "a spokeswoman for X": the description's head is before it
    authored_works: frozenset  # "a paper by the trial's investigators": written by whom `by` names
    origin_preposition: str
    posted_prepositions: frozenset  # "Ambassador to Germany NAME", "Envoy for Syria NAME": a posted title's preposition
    posted_titles: frozenset  # the titles held towards a country or body (ambassador, envoy)
    origin_adverbs: frozenset  # "both from Ethiopia", "also from Kenya"
    shared_quantifiers: frozenset  # "A and B, both from X": X is both's
    owner_pronouns: frozenset  # "his Labour Party": a person's own body
    compatriot_words: frozenset  # "Kosgei's countryman NAME": of Kosgei's country
    membership_verbs: frozenset  # "A and B formed Cream", "NAME joined the Tarn Party"
    known_from: tuple  # "NAME, who was known from The Tarns": the verb and preposition of a former membership
    work_frames: dict  # "NAME works at X": verbs of working for a body, with the prepositions naming the body
    leading_verbs: frozenset  # "NAME, who heads X": verbs of leading a body named as the object
    speaking_occasions: frozenset  # "said in an interview that ...": occasions a report is given in
    anonymity_frame: tuple[str, str, str]  # "on condition of anonymity": preposition, noun, the word after `of`
    medium_prepositions: frozenset  # "in", "during", "at": placing a report in a document or an occasion
    representing_verb: str  # "NAME, representing the union"
    behalf: tuple  # "speaking on behalf of X", "speaking for X": the words of both frames
    compass_adjectives: frozenset  # "western Viti Levu": what a name after one names is a place
    edge_nouns: frozenset  # "on the Hungarian border": the edges a place lies on
    upper_and_lower: frozenset  # "Upper Svaneti": words a place's name opens on, never a person's
    compass_words: frozenset  # "south of Svalbard": directions a place is placed by
    street_words: frozenset  # "Street", "Lane": last words of streets' names that end people's names too
    street_prepositions: frozenset  # "on William Street"
    platform_stops: frozenset  # "posted on X.": a platform's one-letter name and the stop joined to it
    platform_prepositions: frozenset  # "on", "via": before a platform's name
    particles_read_as_words: frozenset  # "dos" of "Rui dos Santos": a name's particle that is an English word too
    particle_norm: str  # "de": the particle the model reads those as
    acting_for_verbs: frozenset  # "Prosecuting for the Tarn Revenue Service, NAME said": acting for a party
    partner_prepositions: frozenset  # "an interview with NAME": the other party
    addressee_preposition: str  # `Responding to NAME, she argued`: whom the words were addressed to
    contrast_conjunctions: frozenset  # "According to X, A, but B"
    negative_conjunctions: frozenset  # "nor"
    no_one_words: frozenset  # "nobody": a subject that says nothing
    no_determiner: str  # "no one", "no official"
    identity_nouns: frozenset  # "asked that her name not be published": a request for anonymity
    request_verbs: frozenset  # "asked", "requested" (that her name not be used)
    withholding_verbs: frozenset  # "withheld": a name kept back
    contrast_marks: frozenset  # "while B wrote ...": a second report beside the first
    subordinate_marks: frozenset  # "While A according to X, B": X vouches for A alone
    cause_marks: frozenset  # "because": a clause giving a cause
    continuing_conjunctions: frozenset  # "said A, but B": B goes on with the report
    member_openers: frozenset  # "said A, among them B": B goes on with the report
    result_marks: frozenset  # "said A, so B": B goes on with the report
    author_prepositions: frozenset
    role_prepositions: frozenset
    aside_dashes: frozenset  # "on the matter — which the BBC noted — ": the dashes setting off an aside
    motion_prepositions: frozenset  # "From Israel, NAME spoke": where someone came from or went to
    motion_from: str  # "a driver from Ketu": the preposition of where someone comes from
    journey_nouns: frozenset  # "flights to Java": words for a journey, whose `to` names a place
    way_parts: frozenset  # "a stretch between Surat and Bilimora": words for a stretch of way, `between` its ends
    representing_titles: frozenset  # "the MP for Leeds North": a title of someone elected for a place
    representing_preposition: str
    time_prepositions: frozenset  # "chairman since 2015": when a role was held
    travel_verbs: frozenset  # "visited Kenya", "arrived in Oslo"
    going_verbs: frozenset  # "moved to NAME": verbs of going somewhere
    back_word: str  # "a ticket back to NAME"
    home_word: str  # "to go home to NAME"
    departing_particles: frozenset  # "set out from NAME": the particles of leaving
    way_verbs: frozenset  # "roads leading to NAME": what a way does towards a place
    team_match_nouns: frozenset  # "the game against NAME": a match between two sides, the other side a team
    contest_against: str  # "against": the preposition of the other side
    plural_articles_opening_groups: frozenset  # "Los Saltimbanquis": an article no one person's name opens on
    away_word: str  # "play the match away to NAME": the side a team visits
    playing_verb: str  # "play" a match
    through_prepositions: frozenset  # "through Causeway Bay, Wan Chai and Tin Hau": a list of places' prepositions
    name_dashes: frozenset  # "Export–Import Bank": a dash with no space around it, inside a name
    cause_prepositions: frozenset  # "League for the Defence of Human Rights", "Council on Ethics": its cause
    partitive_heads: frozenset
    campus_bodies: frozenset
    adverb_suffix: str
    party_prefixes: frozenset
    of: str
    as_: str
    trading_verbs: frozenset  # `a venture that trades as NAME`: the name a body goes by
    surname_joiners: frozenset  # `Puig i Serra`: the word before one is a first surname
    epithets: frozenset  # `Hans Holbein the Younger`: written after a name with `the`, part of it
    size_words: frozenset  # `the 15-member Grand Bench`: a body counted by its members or seats
    product_nouns: frozenset  # `NAME, an extended-release form of the drug`: a product, no actor
    filing_verbs: frozenset  # `set aside as "observed"`: a category's name after `as`, no one's words
    complementizer: str
    question_verbs: frozenset  # "asked whether ...": a question reported
    questioned_verbs: frozenset  # "NAME, pressed on the matter, said": a question put to the subject
    term_nouns: frozenset  # `the term "subject to"`: words named, not said
    term_naming_verbs: frozenset  # `a practice riders call a "sticky bottle"`: a term the thing goes by
    interviewer_labels: frozenset  # `((Wikinews))`: an interviewer's turn in a transcript
    interview_cue: str  # the cue of an interviewee's answer
    first_person: frozenset  # "I", "we": in an interviewer's turn, the interviewer
    second_person: frozenset  # "you": in an interviewer's turn, the person interviewed
    question_auxiliaries: frozenset  # "Can you tell us ...": a question put, not words reported
    question_marks: frozenset  # "whether", "if"
    according_to: tuple
    according_words: frozenset  # "Per the decree, ...": a one-word `according to`
    copula: str
    put_it: tuple  # `as the report put it`: a verb and its object that attribute the words before
    reply_nouns: frozenset  # `NAME's response: "..."`
    age_description: Pattern  # `the 45-year-old`: its age in group 1
    unrealising_verbs: frozenset  # `declined to say`: a report under them is none
    excess_adverbs: frozenset  # `too slow to admit`: the report after them was not made
    haste_adjectives: frozenset  # `too quick to say`: made all the same
    arrival_verbs: frozenset  # `went back to school to find that ...`: what one found on arriving was not said
    finding_verbs: frozenset  # `to find that`, `to discover that`, `to learn that`
    viewing_verbs: frozenset  # "documents seen by the website": who came by a document, not its author
    publishing_verbs: frozenset  # `results published by X`: the text speaks for X
    agency_fields: frozenset  # `Health New Zealand`: a field before a country names its agency
    city_offices: frozenset  # `Mayor NAME`: an office of the city named around it
    city_councils: tuple  # `Winnipeg City Council`: the endings of a city council's name
    number_signs: frozenset  # `fell 10%`: signs written onto a number, part of it
    in_words: tuple  # `in NAME's words`: the preposition, the noun and the preposition of its owner
    inclusive_prepositions: frozenset  # "towns, including Kemi": members of what comes before
    elided_name_words: tuple  # "d'": an article or preposition written joined to the next word of a name
    event_nouns: frozenset  # "session", "festival": a gathering, whose name apposed to it is no one's
    holiday_nouns: frozenset  # "holiday", "feast": a day kept, whose name given as an example is no one's
    custom_nouns: frozenset  # "dance", "rite": a custom, whose name set off before it is no one's
    such: str  # "sites such as Kemi": the word before `as` that gives examples of a kind
    visited_place_nouns: frozenset  # "site", "resort": places people visit, named as places are
    contest_prepositions: frozenset  # "between", "against": what sets two sides of a contest apart
    storm_words: frozenset  # "Tropical Storm Barry": a storm, not a person
    named_thing_heads: frozenset  # "Martin Luther King Jr. Day", "the Tarn Peace Prize": no person
    choosing_verbs: frozenset  # "the agency selected two astronauts, A and B": the agency's
    inhabitant_nouns: frozenset  # "the people of Arak": a place's people
    venue_nouns: frozenset  # "the Tarn Rossi restaurant": a name of a place of business
    site_nouns: frozenset  # "the power plant at Kemi": a site placed `at` a name, which is a place
    site_preposition: str  # "at"
    body_titles: frozenset  # "the owner of Tarn Rossi": a title held only at a body
    body_title_phrases: frozenset  # "the general manager of Tarn Rossi": two words held only at a body
    named_thing_surnames: frozenset  # "Doris Day": of those heads, the ones that are also surnames
    character_nouns: frozenset  # "the character NAME": a part played
    role_verbs: frozenset  # "cosplaying as NAME": a part played
    non_human_nouns: frozenset  # "NAME, a rabbit", "the research vessel NAME": named, but no person
    craft_nouns: frozenset
    ship_prefixes: frozenset  # "MV", "HMS": written in capitals before a vessel's name
    vehicle_prepositions: frozenset  # "aboard NAME": a vessel or a craft
    route_prepositions: tuple  # (from, to, between): "from NAME to Havana"
    work_nouns: frozenset  # "the sitcom NAME": a work's title
    indefinite_articles: frozenset  # "a self-described Neo-Nazi": a kind, not a name
    occasion_verbs: frozenset  # "in an interview he gave to the BBC": a relative clause on the occasion
    content_nouns: frozenset  # "after reports that ...": a noun whose `that` clause is its own content
    condition_auxiliaries: frozenset  # "had the bank not settled": an inverted condition's opening auxiliary
    neighbouring_words: frozenset  # "neighbouring Malappuram": a place next to another
    occasion_time_nouns: frozenset  # "acknowledging for the first time that ...": the clause is the report
    free_relative_words: frozenset  # "confirmed what workers had been saying": a thing, not a report
    name_nouns: frozenset  # "A man, who gave only his first name, Didier, said": the name he gave
    family_nouns: frozenset  # "The family said A. "...," its statement said.": a household speaking as one
    comment_nouns: frozenset  # "..., a claim the police disputed": the writer's comment on a report
    sacred_words: frozenset  # "the Holy Headdress": a sacred thing, not a person
    name_script: str  # the Unicode script names are written in: "Тюмень" is no English article's person
    name_kinds: frozenset  # "ring name", "stage name": a name someone takes
    name_noun: str  # the noun those kinds qualify
    adopted_name_nouns: frozenset  # "the pseudonym NAME"
    performing_verbs: frozenset  # "who performed as NAME": a stage name's verbs
    kinship_nouns: frozenset  # "her mother, NAME": a relative, another person than the one named before
    balinese_prefixes: frozenset  # "I", "Ni": opening a Balinese name, before a name for the order of birth
    birth_order_names: frozenset  # "Ketut", "Made": Balinese names for the order of birth
    balinese_caste_words: frozenset  # "Gusti", "Dewa": words of the names of Bali's castes
    balinese_high_openings: frozenset  # "Ida", "Cokorda": opening the names of Bali's priestly and royal castes
    balinese_high_castes: frozenset  # "Bagus", "Pedanda": after "Ida" or "Cokorda"
    pilgrim_styles: frozenset  # "Haji", "Hajah": the style of one who made the pilgrimage, in Malay names
    hereditary_titles: frozenset  # "Pengiran": a title handed down in Brunei's noble families, part of the name
    portfolio_titles: frozenset  # "Minister": the title a portfolio's word opens ("Awqaf Minister NAME")
    street_endings: tuple  # "straat", "gatan": ending streets' names written in one word
    seat_participles: frozenset  # "headquartered": seating a body somewhere, never a person
    filiation_particles: frozenset  # "anak", "bin": son or daughter of, between a given name and a father's
    given_name_abbreviations: frozenset  # "Md.", "Mohd": a given name written short, opening a name
    slashed_filiations: frozenset  # "s/o", "d/o": son or daughter of, written with a slash inside a name
    awaiting_marks: frozenset  # "once", "if": a report in such a clause, inside another's report, is not yet said
    causing_verbs: frozenset  # "prompting the temple to warn that": the object does what the verb after says
    report_continuing_marks: frozenset  # "A, he insisted, until B": a clause going on with a report past an aside
    portfolio_bodies: frozenset  # "the Ministry of X": a body of government named for its fields after `of`
    relation_nouns: frozenset  # "his roommates said": people someone has around them, besides kin
    partitive_nouns: frozenset  # "Part of the statement reads": a part of a document
    source_prepositions: frozenset  # "a tweet from NAME's account": where a message came from
    absolute_preposition: str  # "with officials saying ...": the preposition of an absolute phrase
    police_ranks: frozenset  # "Detective Inspector": a rank held in a police force
    police_heads: frozenset  # "Tarn Police": a word naming a police force
    deities: frozenset  # "Thank God": names of a god, no actor
    service_heads: frozenset  # "Nigeria Police Force": last words of a name that only say it serves
    portfolios: frozenset  # "Secretary of State": a title's portfolio after `of`
    portfolio_prepositions: frozenset  # "Minister for Health": the preposition a title's portfolio follows
    workplace_prepositions: frozenset  # "an analyst at Sorvik Kapital": the preposition of where someone works
    ownership_participles: frozenset  # "state-owned", "family-run": a body's, after a hyphen
    place_adjectives: frozenset  # "the Kadir Varsh provincial council": a place's name before it
    carrying_verbs: frozenset  # "carrying passengers from X to Y": both ends are places
    people_going_verbs: frozenset  # "they will go to Kotor": where people go is a place
    local_government_nouns: frozenset  # "Smederevo's city government": the owner is a place
    person_role_nouns: frozenset  # "NAME, a resident of Kemi,": a person by what they do, never a body
    to_effect: tuple  # "a statement to the effect that ...": the preposition and the noun
    unnamed_person_nouns: dict  # gender ("f", "m", None) -> words for an unnamed person: "One of the victims"
    gendered_nouns: dict  # gender ("f", "m") -> words for a person of that gender: "headmistress", "monk"
    shared_role_nouns: frozenset  # "Acme, a grain trader,": a word for a person a firm can be described by too
    person_nouns: frozenset  # every word for a person above: the role words and the unnamed-person words
    person_noun_endings: tuple  # "singer", "activist": endings of nouns for people
    product_verbs: frozenset  # "which makes Kemi Soft Tissue": what these verbs take is a product
    name_adjective_endings: frozenset  # "Hassan-side", "Moscow-based": a hyphen's word that ends no name
    speaking_verbs: frozenset  # "talked of ...": a verb of speaking whose quoted topic is the speaker's words
    speaking_manners: frozenset  # "NAME was defiant. \"...\"": how someone spoke, before their words
    # roles as they change
    former_role_words: frozenset  # "the former mayor", "ex-minister", "then-Senator": a role before
    present_adverb: str  # "the now-former governor": a role over by now
    earlier_adverbs: frozenset  # "NAME previously served as director"
    perfect_auxiliary: str  # "NAME had been mayor": the auxiliary of the perfect, in the past
    do_auxiliary: str  # "did not rule out": the auxiliary of negation and emphasis
    concessive_marks: frozenset  # "..., the service said, although police detained four": the narrator's
    backshifted_modals: frozenset  # "said it would review ...": the modals of a future reported in the past
    past_tag: str
    appointment_verbs: frozenset  # "appointed NAME as secretary"
    new_role_words: frozenset  # "the new governor"
    taking_office_verbs: frozenset  # "sworn in as governor"
    role_complements: frozenset  # "secretary of state": where a title's complement begins
    # countries as the language names them
    country_of: Callable[[str], str | None]
    capital_city: Callable[[str], bool]  # "Oslo": a capital, standing for the government only as a speaker
    demonym_country: Callable[[str], str | None]
    person_demonym_country: Callable[[str], str | None]  # "the Finn": a noun for one of a country's people


@cache
def get_language(code: str = "en") -> Language:
    try:
        module = importlib.import_module(f"{__name__}.{code}")
    except ModuleNotFoundError:
        raise ValueError(f"no language data for `{code}` in extract/lang/") from None
    return module.LANGUAGE
