"""English: the words and labels the rules read, as one ``Language``."""

from .. import Language
from . import lexicon as lx
from .countries import country_of, demonym_country
from .labels import DEP, ENT, PLURAL_NOUN_TAG, POSSESSIVE_TAG

LANGUAGE = Language(
    code="en", dep=DEP, ent=ENT, possessive_tag=POSSESSIVE_TAG, plural_noun_tag=PLURAL_NOUN_TAG,
    report_verbs=lx.REPORT_VERBS, object_content_verbs=lx.OBJECT_CONTENT_VERBS,
    direct_only_verbs=lx.DIRECT_ONLY_VERBS, need_that=lx.NEED_THAT,
    clause_verbs=lx.CLAUSE_VERBS, past_tags=lx.PAST_TAGS, participle_tags=lx.PARTICIPLE_TAGS,
    gerund_tags=lx.GERUND_TAGS, characterising_verbs=lx.CHARACTERISING_VERBS,
    cue_verbs=lx.REPORT_VERBS | lx.DIRECT_ONLY_VERBS | lx.PHRASAL_REPORT_VERBS,
    phrasal_report_verbs=lx.PHRASAL_REPORT_VERBS, citing_verbs=lx.CITING_VERBS, judging_verbs=lx.JUDGING_VERBS,
    addressee_verbs=lx.ADDRESSEE_VERBS, needs_predicate=lx.NEEDS_PREDICATE,
    reporting_verbs=lx.REPORT_VERBS | lx.PHRASAL_REPORT_VERBS | lx.JUDGING_VERBS | lx.CITING_VERBS,
    person_pronouns=lx.PERSON_PRONOUNS, quantifiers=lx.QUANTIFIERS,
    speaking_pronouns=lx.SPEAKING_PRONOUNS, plural_pronoun=lx.PLURAL_PRONOUN,
    body_pronouns=lx.BODY_PRONOUNS,
    expletives=lx.EXPLETIVES, passive_expletives=lx.PASSIVE_EXPLETIVES, relative_pronouns=lx.RELATIVE_PRONOUNS,
    personal_relative=lx.PERSONAL_RELATIVE, honorifics=lx.HONORIFICS, gendered_titles=lx.GENDERED_TITLES,
    title_words=lx.TITLE_WORDS, titles=frozenset(w.rstrip(".") for w in lx.TITLE_WORDS),
    org_heads=lx.ORG_HEADS, org_descriptors=lx.ORG_DESCRIPTORS,
    outlet_descriptors=lx.OUTLET_DESCRIPTORS, styles_of_address=lx.STYLES_OF_ADDRESS, time_zones=lx.TIME_ZONES,
    corporate_suffixes=lx.CORPORATE_SUFFIXES,
    known_orgs=lx.KNOWN_ORGS, generic_org_nouns=lx.GENERIC_ORG_NOUNS, document_nouns=lx.DOCUMENT_NOUNS,
    speaker_nouns=lx.SPEAKER_NOUNS, national_offices=lx.NATIONAL_OFFICES,
    regional_offices=lx.REGIONAL_OFFICES, head_of_state=lx.HEAD_OF_STATE,
    law_words=lx.LAW_WORDS, name_suffixes=lx.NAME_SUFFIXES, name_titles=lx.NAME_TITLES, credit_labels=lx.CREDIT_LABELS,
    stance_prefixes=lx.STANCE_PREFIXES,
    coordinators=lx.COORDINATORS, birth_verb=lx.BIRTH_VERB, place_heads=lx.PLACE_HEADS,
    regnal_numeral=lx.REGNAL_NUMERAL,
    compass_names=lx.COMPASS_NAMES, title_small_words=lx.TITLE_SMALL_WORDS,
    articles=lx.ARTICLES, definite_article=lx.DEFINITE_ARTICLE, leading_definite=lx.LEADING_DEFINITE,
    definite_determiners=lx.DEFINITE_DETERMINERS, possessive_endings=lx.POSSESSIVE_ENDINGS,
    possessive=lx.POSSESSIVE, channel_prepositions=lx.CHANNEL_PREPOSITIONS,
    place_prepositions=lx.PLACE_PREPOSITIONS, affiliation_prepositions=lx.AFFILIATION_PREPOSITIONS,
    origin_preposition=lx.ORIGIN_PREPOSITION, origin_adverbs=lx.ORIGIN_ADVERBS,
    shared_quantifiers=lx.SHARED_QUANTIFIERS, owner_pronouns=lx.OWNER_PRONOUNS,
    membership_verbs=lx.MEMBERSHIP_VERBS, compatriot_words=lx.COMPATRIOT_WORDS, known_from=lx.KNOWN_FROM,
    partner_prepositions=lx.PARTNER_PREPOSITIONS,
    contrast_marks=lx.CONTRAST_MARKS, negative_conjunctions=lx.NEGATIVE_CONJUNCTIONS,
    contrast_conjunctions=lx.CONTRAST_CONJUNCTIONS,
    author_prepositions=lx.AUTHOR_PREPOSITIONS,
    role_prepositions=lx.ROLE_PREPOSITIONS, of=lx.OF, as_=lx.AS, complementizer=lx.COMPLEMENTIZER,
    according_to=lx.ACCORDING_TO, copula=lx.COPULA, put_it=lx.PUT_IT,
    country_of=country_of, demonym_country=demonym_country,
)
