"""Find quotations in one parsed paragraph: direct quotes and reported speech.

Each finding carries the token that names its speaker (a name, a pronoun, a
description); turning that token into an actor needs the whole article and is
done in `speakers.py`. The rules, in the order they are tried:

direct quote (words inside paired marks, see `marks.py`)
  after   `"...," said X` / `"...," X said`: a cue verb right after the closing mark
  before  `X said, "..."` / `X wrote: "..."`: a cue verb right before the opening mark
  within  `X said the plan was "nowhere near enough"`: a partial quotation inside
          the content clause of a cue verb
  colon   `In its ruling, the court wrote:` then the quotation
  none    no cue in the sentence: decided with the article (a quote interrupted by
          its attribution, a quotation running over paragraphs, turn-taking)
reported speech
  clause  `X said (that) [clause]`, `[clause], X said`
  object  `X described [object ...]`, `X mentioned [object]`
  according `[clause], according to X`
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actors.names import (
    AFTER_A_WORD_FOR_BODIES,
    DESCRIBED_AS_A_PERSON,
    after_a_word_for_bodies,
    described_as_a_person,
    typed_a_person,
)
from .actors.repair import DATELINE, PARTICLE_OPENS_A_SURNAME_ALONE, dateline_dash, post_nominal
from .actors.roles import TITLE_READ_AS_A_VERB, in_the_pluperfect, title_read_as_a_verb
from .docs import (
    entity_at,
    inside_quotations,
    sentence_of,
    set_quotations,
    text_of,
    token_at,
    tokens_between,
    tokens_of,
)
from .marks import SINGLE_CLOSERS, Quoted, is_nickname
from .rules import on, rule

REPORT_AWAITED_INSIDE_A_REPORT = rule(
    "report-awaited-inside-a-report-is-none", "`NAME added that the temple could reapply once a veterinarian had "
    "confirmed the animal had recovered`: a speech verb in a clause of condition or time inside another's report is "
    "what would be said, not what was")
OBJECT_OF_A_CAUSING_VERB_SPEAKS = rule(
    "object-of-a-causing-verb-speaks", "`The authorities barred the elephant, prompting the temple to warn that the "
    "pageant might not go ahead`: after `prompt`, `force` or `lead` someone to say, the one made to say it speaks, not "
    "the subject")
APPOSED_PARTICIPLE_GOES_ON = rule(
    "noun-and-participle-apposed-go-on-with-the-report", "`said the centre had run out of ceftriaxone, the antibiotic "
    "used to treat the disease, for two days`, `the antibiotic used` parsed as a second clause: a noun and its "
    "participle set off after the report are an apposition inside it, and the report goes on past them")
REPORT_GOES_ON_AFTER_THE_ASIDE = rule(
    "report-goes-on-past-the-aside", "`The backup route had worked, he insisted, until the storm knocked down a "
    "tower`: a clause opened by `until`, `because` or `unless` after an attribution set off in the middle of the "
    "sentence goes on with the report before it")
THAT_BEFORE_A_PARTICIPLE_OF_SPEECH = rule(
    "that-before-a-participle-of-speech-is-no-complementizer", "`The ministry rejected that in a statement, saying its "
    "officers had held four meetings`, `that` parsed as opening a clause whose verb is `saying`: `that` right after "
    "the verb is what it took, and the participle of speech set off later reports on its own")
PHRASAL = rule("phrasal-verbs", "a verb with a particle is its own verb: `pointed out` reports, `called off` does not")
GERUND_AFTER_PREP = rule("gerund-after-preposition", "`closed by saying ...`: the speaker performs the verb the "
                         "preposition hangs on")
QUOTED_AS_SAYING = rule("quoted-as-saying", "`quoted X as saying ...`: the words are X's, not the quoting outlet's")
NESTED_QUOTATION_ENDS_IT = rule("quotation-closing-on-a-quotation-inside-it", "`\"They ask one thing: 'Will there "
                                "be water?'\" Lotfy said.`: the stop or question mark inside a quotation that closes "
                                "a quotation ends it too, for the attribution after it")
TENSED_VERB_ON_A_SECOND_SUBJECT = rule("tensed-verb-on-a-noun-read-as-a-second-subject", "`NAME, president of the "
                                       "Tarn Traders Federation, said members expected to sign contracts`, `members` "
                                       "read as a second subject of `said` and `expected` as a participle on it: the "
                                       "noun and its verb are the report")
THAT_CLAUSE_READ_AS_A_MODIFIER = rule("that-clause-read-as-a-modifier-of-its-object", "`said that the researchers "
                                      "had compared temperatures`, parsed as the object `temperatures` with `compared` "
                                      "its adjective, and `that` and the subject hung on that: the object's phrase, "
                                      "from `that`, is the report")
TOLD_CLAUSE_READ_AS_A_MODIFIER = rule(
    "clause-told-read-as-a-modifier-of-its-object", "`told reporters the monks had only confirmed dates of death`, "
    "parsed as a second object `dates` with `confirmed` its adjective, the subject and `had` hung on that: right "
    "after the one told, the object's phrase is the report")
THAT_ON_THE_OCCASION_TOLD = rule("that-clause-hung-on-the-occasion-told", "`told an online news briefing that the "
                                 "team had compared ...`, the clause hung on `briefing` as a relative: the clause "
                                 "after a speaking occasion told is the report")
SHORT_AFTER = rule("cue-after-a-closed-sentence", "`\"Why now?\" Rubio asked.`: a quotation ending its sentence "
                   "is attributed by a bare subject and cue verb right after it")
BARE_ATTRIBUTION_WITH_A_PARTICIPLE = rule("bare-attribution-with-a-participle", "`\"...'Then stay home.'\" NAME "
                                          "said, holding their son.`: a participle set off after the cue verb leaves "
                                          "the subject and verb a bare attribution of the quotation before them")
ADD_TO = rule("add-to-is-no-report", "`the findings added to \"a growing body of evidence\" that sleep matters`: a "
              "speech verb with a preposition that gives it another sense (`add to` a thing) reports nothing")
DOCUMENT_S_CONTENT_HOLDS_IT = rule("content-of-a-document-holds-the-quotation", "`said in a statement that the "
                                   "findings added to \"a growing body of evidence\"`: the that-clause the parser "
                                   "hung on a document, meeting, event or time is the report's content, not a clause "
                                   "of its own")
CALL_FRAME = rule("call-needs-a-predicate", "`called the plan a disgrace` reports, `called the race for X` does not")
APPOSED_NAME = rule("apposed-name-before-the-verb", "`ORG's director, NAME, said`: the person named in apposition "
                    "right before the verb speaks, whatever the parser made the subject")
APPOSED_NAME_TYPED_A_PERSON = rule(
    "apposed-name-typed-a-person-before-the-verb", "`One of the collective's members, the software developer Meryem "
    "El Fassi-Fihri, wrote`, the name tagged a place: a name apposed right before the verb that reads as a person's "
    "speaks, as one tagged a person does")
BODY_NAME_SET_OFF = rule("body-s-name-set-off-before-the-verb", "`The UN refugee agency, UNHCR, said`: a body's name "
                         "between commas after a described subject, right before the verb, names the speaker, "
                         "whatever arc the parser gave it")
ADDRESSEE = rule("addressee-is-not-the-speaker", "`NAME ..., told Reuters \"...\"` with no subject arc: the "
                 "name before the verb speaks, never the one told")
ADDRESSEE_AFTER_A_NAME_TAGGED_A_PLACE = rule(
    "name-tagged-a-place-before-an-addressee", "`\"...,\" NAME, leader of X, told the crowd`, the model tagging NAME "
    "a place and hanging it on the quotation: a name that stands for a person speaks, whatever it was tagged")
MIXED_QUOTE = rule("reported-clause-holding-a-quotation", "`said the deal was \"a disgrace\" and would fail`, `said "
                   "the singer known as \"Queen B\" would tour`: the reported clause is reported whole, besides the "
                   "quotation inside it")
WHOSE_APPOSITION = rule("whose-apposition-names-another", "`The firm, whose chief executive, NAME, resigned, said "
                        "profits fell`: what follows `whose` names someone else than the subject, never its speaker")
AGENT_HUNG_ON_THE_WORDS = rule("passive-agent-under-the-quoted-words", "`The plan was called \"a disgrace\" by NAME`: "
                               "a `by` agent the parser hung on the quoted words is still the passive verb's agent, "
                               "and speaks")
BY_AGENT = rule("passive-by-agent", "`dismissed as \"a fantasy\" by NAME`: the agent of a passive speaks")
MID_SENTENCE = rule("attribution-in-mid-sentence", "`The plan, NAME said, will cost more`: the sentence around the "
                    "attribution is the report, in two parts")
NOUN_CONTENT = rule("noun-with-a-content-clause", "`denied reports that ...`, `cited a source that ...`: the clause "
                    "after the noun is the report (the source, when cited, its speaker)")
NAME_SET_OFF_BEFORE_A_SUBJECTLESS_VERB = rule("titled-name-set-off-before-a-verb-with-no-subject", "`In a post on "
                                              "X, the Minister of State for Fisheries, Dr. NAME, congratulated the "
                                              "team`, the name hung on the title's words: a person's name set off "
                                              "by commas after the title it is apposed to is the subject the verb "
                                              "lacks")
NAME_OPENING_A_MISREAD_DESCRIPTION = rule(
    "name-opening-the-sentence-before-a-described-subjectless-verb", "`NAME, the Catalan former world No. 9 and "
    "Wimbledon doubles finalist, said on Monday that ...`, the description misread as a clause of its own: the name "
    "opening the sentence, set off before a description that a comma closes right before the reporting verb, is the "
    "subject the verb lacks")
DESCRIPTION_WITH_A_RELATIVE_CLAUSE = rule(
    "name-opening-the-sentence-before-a-description-with-a-relative-clause", "`NAME, a French conservation architect "
    "who has advised the International Council on Monuments and Sites (ICOMOS), warned that ...`, the parser giving "
    "`warned` no subject: a description set off after the name opening the sentence may end on a relative clause, "
    "with an acronym in brackets, and the name is the verb's subject")
WHOSE_NAME_TYPED_A_PERSON = rule("name-described-with-whose-typed-a-person", "`Florentina Dobre, 29, whose "
                                 "two-year-old daughter spent eight days in hospital, said`, the name tagged a body: a "
                                 "name the article's rules type a person's (by an age, a description) is the person "
                                 "the clause with `whose` describes, and speaks")
NAME_OPENING_A_MISREAD_RELATIVE_CLAUSE = rule(
    "name-opening-the-sentence-before-a-relative-clause-and-a-subjectless-verb", "`The Mondego Supporters' Trust, "
    "which represents 6,000 of the club's 14,000 members, said it was ...`, the parser giving `said` no subject: the "
    "name opening the sentence, set off before a relative clause a comma closes right before the reporting verb, is "
    "its subject")
HYPHENED_NAME_AFTER_THE_VERB_READ_INTO_A_CLAUSE = rule(
    "hyphened-name-after-the-verb-read-into-a-later-clause", "`\"...,\" said Karoline Ahlgren-Holst, who took over "
    "after her predecessor resigned`, the parser making the name the subject of `resigned`: a hyphened name after the "
    "verb is read whole, and speaks")
BODY_NAMED_AFTER_ITS_WORD = rule("body-named-right-after-the-word-for-it", "`the U.N. refugee agency, UNHCR, said`, "
                                 "the name parsed as no apposition: a body's name set off by commas right after the "
                                 "word for a body is the body that word stands for")
TIME_IS_NO_AUTHOR = rule("time-after-from-is-no-author", "`A council inspection report from March noted that ...`: "
                         "a time after an author's preposition is when the document was made, not who made it")
QUOTED_VERB_WITH_ITS_SUBJECT_OUTSIDE = rule(
    "quoted-verb-with-its-subject-outside-lends-it", "`said that it was \"deeply troubled\" by the verdicts and called "
    "for the release of \"...\"`: a verb inside a partial quotation whose subject stands outside it still lends that "
    "subject to the verb joined to it; only a verb quoted with its own subject is climbed out of")
ACTIVE_CONJUNCT_OF_A_PASSIVE = rule("active-verb-joined-to-a-passive-shares-its-subject", "`Pulsewise, which was "
                                    "founded by NAME and says it has 22 million users, said`: a verb in the active "
                                    "joined to a passive one shares its subject, not the agent that did the passive "
                                    "verb's deed")
OBJECT_OF_A_DEED = rule("object-of-a-deed-is-no-inverted-subject", "`NAME congratulated the team and called the "
                        "launch \"a proud day\"`, the name hung elsewhere: the object of a verb that reports nothing "
                        "is whom the deed was done to, not a subject after its verb (`said the minister`)")
JUDGEMENT = rule("object-and-predicate-judgement", "`deemed the dismissal unfair`: object and predicate are the report")
COLON_PARAGRAPH = rule("colon-ends-the-paragraph-before", "`He said:` closing a paragraph attributes the quotation "
                       "opening the next")
CUE_WITHIN = rule("cue-within", "`said the plan was \"nowhere near enough\"`: a partial quotation inside the content "
                  "clause of a cue verb is that speaker's")
COPULA_MAIN_CLAUSE_BEFORE_COLON = rule(
    "copula-main-clause-before-a-colon", "`The commissioner was blunt about what the seizure meant: \"...\"`: where "
    "the sentence before a colon is a copula with its subject and every verb before the colon stands inside its "
    "complement, the copula's subject (a name, or a title such as `the commissioner`) speaks, not the subject of a "
    "verb inside the complement")
RELATIVE_CLAUSE_JOINED_BEFORE_A_COLON = rule(
    "relative-clause-however-parsed-is-no-colon-s-verb", "`A rancher who lost 64 animals, and who spoke on condition "
    "of anonymity, put it more bluntly: \"...\"`, `spoke` parsed as joined to `rancher`: a verb whose subject is a "
    "relative pronoun is a relative clause's, ranked after the main verb before the colon")
REPORT_HUNG_ON_A_NAME_DESCRIBED = rule(
    "report-hung-on-a-name-described-before-it", "`The Ngwane Democratic Forum, a movement whose leaders live in "
    "exile, posted on X that ...`, the speech verb parsed as a participle on the name and the sentence left with no "
    "verb: the person or body named, its description set off between, speaks")
REPORT_HUNG_ON_THE_SUBJECT_OF_A_JOINED_VERB = rule(
    "report-hung-on-the-subject-of-the-verb-joined-after-it", "`His lawyer, NAME, conceded in court that A but argued "
    "that B`, `conceded` parsed as a participle on `lawyer` and `argued` as the sentence's verb: the first report is "
    "the named person's too")
COLON_INTRO = rule("colon-introduction", "`In its ruling, the court set out: \"...\"`: the main verb before a colon "
                   "attributes the quotation after it")
GOVERNED = rule("governed-quotation", "`dismissed the report as \"...\"`: a quotation with no speech verb is the words "
                "of whoever performs the verb governing it")
FILED_UNDER_A_CATEGORY = rule("quoted-category-a-thing-is-filed-under", "`sheets that officials set aside as "
                              "\"observed\"`, `listed as \"missing\"`: one or two quoted words after `as` that a "
                              "verb of filing puts something under name a category, and are no one's words")
REPORT_GOES_ON_OVER_A_COLON = rule("report-goes-on-over-a-colon", "`said the flood exposed a basic weakness of the "
                                   "barrier system: it depends on forecasts ...`, the parser hanging `said` on the "
                                   "clause after the colon: the report runs on to the sentence's end")
REPORT_GOES_ON_OVER_A_SECOND_SUBJECT = rule(
    "report-goes-on-over-a-phrase-read-as-a-second-subject", "`Sixty people were rescued, most of them by fishermen, "
    "officials said`, `most` parsed as a second subject of `said`: a phrase set off by commas between the reported "
    "clause and the verb's subject is the report's")
ACCORDING_TO = rule("according-to", "`[clause], according to X`: X is the speaker of the clause")
OBJECT_CONTENT = rule("object-content", "`described the summit as ...`: the object of a describing verb is the report")
BARE_OBJECT_DESCRIBED = rule("a-thing-described-with-no-words-is-no-report", "`Residents described a chaotic night`: a "
                             "describing verb's object with no `as`, no predicate and no clause of its own tells "
                             "what was described, not what was said")
DESCRIBED_WITH_NO_AS = rule("a-thing-described-with-no-as-is-no-report", "`Survivors described a sudden list to one "
                            "side shortly after 9 p.m., as vehicles broke loose`: a describing verb's object with no "
                            "`as`, no predicate and no clause of its own tells what was described, whatever words of "
                            "time or place follow it")
PREDICATE_SET_OFF_NAMES_NOTHING = rule("word-set-off-after-the-called-is-no-name-given", "`Prosecutors called 64 "
                                       "witnesses, among them his former secretary, NAME, who testified ...`: a noun "
                                       "set off by a comma after what was called is no name it was called, and "
                                       "`called` summoned someone")
AND_THAT = rule("and-that-continues-the-report", "`announced A, and that B`: a coordinated that-clause is part of the "
                "report")
AND_THAT_READ_AS_A_DETERMINER = rule("and-that-read-as-a-determiner-continues-the-report", "`added that voters were "
                                     "tired, and that turnout could fall`, `that` parsed as the determiner of "
                                     "`turnout`: a clause joined to the speech verb by `and that`, `that` opening "
                                     "its subject, is part of the report")
BUT_THAT_READ_AS_A_DETERMINER = rule("but-that-read-as-a-determiner-continues-the-report", "`said hotels were full, "
                                     "but that farms had lost their best day`, `that` parsed as the determiner of "
                                     "`farms`: a clause joined to the speech verb by `but that`, `that` opening its "
                                     "subject, is part of the report, as after `and that`")
PREDICATES_LISTED = rule("predicates-listed-after-the-report", "`said his athlete was healthy, had completed a "
                         "training block and had told the federation ...`: a clause of the speech verb with no subject "
                         "of its own, after a comma right after the report, is more of the report")
AND_CLAUSE = rule("and-clause-continues-the-report", "`said 14 officers were injured and 31 people were detained`: a "
                  "clause joined by `and` right after the report, with its own subject, a tense and no speech verb, "
                  "is reported too")
SECOND_REPORT = rule("second-report-joined-to-the-first", "`said A and added that B`: a speech verb the parser "
                     "joined to the reported clause is a second report by the same speaker, not part of the first")
OWN_SUBJECT_UNNEGATED = rule("conjunct-with-its-own-subject-keeps-its-report", "`The umpires did not change the "
                             "ball, and the board said they had not seen it`: a negation carries over to a joined "
                             "speech verb with no subject of its own, never to one with its own subject")
TENSED_CONJUNCT_UNNEGATED = rule("tensed-conjunct-keeps-its-report", "`He said he would not sign it, and "
                                 "predicted others would refuse`: a negation over a verb after `would not` or `did "
                                 "not` never reaches a joined verb in a tense of its own")
PARTICIPLE_AFTER_ITS_ATTRIBUTION = rule("participle-after-an-attribution-is-its-speaker-s", "`The minister had "
                                        "\"erred,\" the court said, adding that ...`, `adding` hung on the quoted "
                                        "sentence's verb: a participle of speech right after `X said,` is X's")
TWO_CLAUSES_BEFORE_THE_VERB = rule("two-clauses-before-the-verb-are-one-report", "`At least 14 people were "
                                   "killed and 23 are missing, officials said`, the two clauses hung apart on the "
                                   "speech verb after them: joined by `and`, they are one report")
PARTITIVE_SET_OFF_BEFORE_THE_VERB = rule("some-of-them-set-off-after-the-report-is-part-of-it", "`Nine people "
                                         "have died, most of them children, the ministry said`, the phrase read as "
                                         "a second subject of the speech verb: a phrase opening on `most of them` "
                                         "(`many of whom`) set off after the report goes on with it")
REPORTED_THAT_CLAUSE_JOINED = rule("second-that-clause-with-a-speech-verb-is-still-reported", "`said the fault "
                                   "was rare and that it had found no flaw`: a second `that` clause joined to the "
                                   "report is still what the speech verb reports, even when its own verb is one of "
                                   "speaking or finding")
SECOND_REPORT_AS_A_CLAUSE = rule("second-report-parsed-as-a-second-clause", "`NAME said the plan was sound and "
                                 "added that costs would fall`, `added` parsed as a second clause of `said` after the "
                                 "first one's `and`: a second report by the same speaker")
SUBJECT_SET_OFF = rule("subject-with-a-modifier-set-off-by-commas", "`announced the new region, to be called Norvale, "
                       "would govern itself`: the subject parsed as the verb's object keeps the modifier its "
                       "commas set off")
PASSIVE_RELATIVE = rule("a-passive-relative-clause-reports-nothing", "`said the plan, which was announced in May, "
                        "would cost more`, `the region, to be called Norvale,`: a passive relative clause with a "
                        "speech verb dates or names what it modifies; it is no report inside the report")
THAT_AS_PRONOUN = rule("that-parsed-as-a-pronoun", "`informed the board that she would resign`, `that` parsed as "
                       "the clause's object: before the clause's subject it is the complementizer, no word of the "
                       "report")
NAMED_SUBJECT = rule("a-named-subject-among-several", "`said study co-author NAME`: of the subjects the parser "
                     "gave a verb, the name speaks")
PLACE_AMONG_SUBJECTS = rule("a-place-among-subjects-is-where", "`NAME of the University of Tarn, Los Angeles "
                            "disagreed`: of the subjects the parser gave a verb, a place set off by commas speaks last")
INVERTED_MID = rule("inverted-attribution-in-mid-sentence", "`Because water is lighter, says the study, it "
                    "rises`: a verb and its subject set off by commas inside a sentence attribute the sentence")
PARTICIPLE_CLAUSE = rule("clause-read-as-a-participle", "`said several acres burned`: after `say`, an object "
                         "with a past participle is a clause the parser misread")
PUBLISHED_AFTER_ITS_OF = rule("document-published-after-its-of-phrase", "`A survey of 38 economists published "
                              "last week by the central bank found that`, the participle parsed on `economists`: a "
                              "verb of issuing with `by` after a document's `of` phrase names its author")
POSTED_BY = rule("document-released-by", "`according to figures released by ORG`, `a memo posted by NAME`: the "
                 "agent of the participle issued the document")
SEEN_BY_IS_NO_AUTHOR = rule("document-seen-by-is-no-author-s", "`according to court filings seen by Reuters`: who saw "
                            "or obtained a document did not write it; the document is the source")
ISSUED_IN_A_RELATIVE = rule("document-its-owner-put-out", "`according to figures it published`, `a statement the "
                            "ministry issued`: the subject of a relative clause putting out the document issued it")
ADVERBIAL_CLAUSE = rule("clause-read-as-an-adverbial", "`said as a child she was sent away`: a clause with its "
                        "own subject right after a speech verb is its content, though the parser made it an adverbial")
ONE_WORD_SUBJECT = rule("one-word-subject-before-a-mid-sentence-attribution", "`Day, they said, wanted no "
                        "memorial`: a sentence split by its attribution after a one-word subject is reported")
NAMED_IN_THE_DOCUMENT = rule("organisation-naming-its-document", "`according to a NATO press release`: the "
                             "organisation named before a document noun issued it")
BRACKETED_PUNCT = rule("editorial-punctuation-ends-a-quotation", "`\"... each other[,]\" she wrote`: punctuation an "
                       "editor put in brackets ends the quotation as its own would")
CAUSED_PASSIVE = rule("by-saying-after-a-caused-passive", "`tried to have him freed by saying ...`: the one "
                      "freed does not speak; whoever had it done does")
RELATIVE_DESCRIBED_AS = rule("described-as-in-a-relative-clause", "`a process NAME described as tricky`: in a "
                             "relative clause, what follows `as` is the description")
DESCRIBED_THEN_QUOTED = rule("description-given-as-a-quotation", "`described the actress to the BBC: \"...\"`: the "
                             "quotation after the colon is the description, not the object")
DESCRIBED_AS_QUOTED = rule("description-after-as-a-quotation", "`described Kroll, one of the officials, as \"a fair "
                           "umpire\"`: the quotation after `as` is the description, a quote; the object is no report")
WHILE_ANOTHER_REPORTS = rule("while-another-reports", "`A said X, while B wrote Y`: a subordinate report with "
                             "its own speaker ends the first report")
MANNER_OF_A_NOUN = rule("by-gerund-after-a-verb-read-as-a-modifier", "`Members protested by shouting \"...\"`: "
                        "when the parser hangs the verb on the noun before it, the noun still performs the gerund")
ACRONYM_OWNS_THE_DOCUMENT = rule("according-to-an-acronym-s-document", "`according to the official WHO report`, "
                                 "`WHO` read as a pronoun and `report` as its verb: the body is the source")
ACCORDING_TO_THE_OWNED_BODY = rule("according-to-a-body-s-body", "`according to the University of Tarn's Institute "
                                   "for X`: the body the possessive owns is the source, not its parent")
ACCORDING_AFTER_AND = rule("according-to-set-off-after-and", "`The group is largely rural and, according to the "
                          "ministry, funded from abroad`: what X says is the part after the phrase set off by commas")
ACCORDING_THEN_AND_CLAUSE = rule("according-to-before-an-and-clause", "`The club has debts of 180 million euros, "
                                 "according to its accounts, and spending limits leave it little room`: a clause with "
                                 "its own subject after `, and` past the source phrase is the writer's")
ACCORDING_MID_SENTENCE = rule("according-to-in-mid-sentence", "`The plan, according to the minister, will cost "
                            "more`: the subject before the phrase is part of what X says, however short")
DOCUMENT_CONTENT = rule("clause-held-by-a-document-s-noun", "`The ministry issued a statement that the border "
                        "would stay closed`, `a statement to the effect the king ...`: the issuer reports the clause")
ACCORDING_IN_A_SUBORDINATE = rule("according-to-inside-a-subordinate-clause", "`While few own a suit according "
                                  "to a study, organisers counted 900`: X vouches for the clause of contrast or "
                                  "cause the phrase sits in, not for the main clause")
PARTICIPLE_READ_AS_THE_VERB = rule("participle-after-the-subject-read-as-the-verb", "`Lorry drivers stuck in "
                                   "the queue said they were running out of water`, the parser making `stuck` the "
                                   "sentence's verb and `said` a loose word on it: the participle describes the "
                                   "subject, who speaks")
PARTICIPLE_SET_OFF_READ_AS_A_CLAUSE = rule("participle-set-off-after-the-subject-read-as-a-clause", "`The "
                                          "communique, agreed after talks ran past midnight, said ...`, `Yoon, asked "
                                          "whether he would resign, said`, the parser making the participle a clause "
                                          "of its own with the noun or name in it: a participle set off by commas "
                                          "right after a noun or a name describes it, and it speaks")
PARTICIPLE_READ_AS_A_CLAUSE_BEFORE_THE_VERB = rule("participle-after-the-subject-read-as-a-clause-before-the-verb",
                                                  "`Three workers interviewed at the compound said their passports "
                                                  "had been taken`, the parser making `workers interviewed ...` a "
                                                  "clause reported by `said`, which is left with no subject: a past "
                                                  "participle right after a noun, ending right before the verb, "
                                                  "describes the noun, which speaks")
WHO_AFTER_A_NAME_S_APPOSITION = rule("who-after-a-name-s-apposition-is-that-one", "`defended in the chamber by "
                                     "Tina Rozman, state secretary at the ministry, who told members that ...`, `who` "
                                     "hung on `chamber`: `who` right after the title apposed to a person's name is "
                                     "that person")
ACCOUNT_OF_A_BODY_WORD = rule("document-on-a-body-s-site-is-the-body-s", "`Service was restored at 7:48 p.m., "
                              "according to a notice on the company's website`: a notice or a post on the site or the "
                              "page of `the company`, `the ministry` is that body's, as one on a named body's is")
PARTICIPLE_AFTER_A_NOUN_S_CLAUSE = rule("participle-after-a-noun-s-clause-is-the-main-subject-s", "`The minister "
                                       "dismissed reports that lawmakers had been paid, calling them \"lies\"`, "
                                       "the participle hung on the clause the noun holds: a participle of speech set "
                                       "off after the clause of a verb's object (`reports that ...`) is said by that "
                                       "verb's subject, not the clause's")
OPENING_PARTICIPLE_READ_AS_A_NOUN = rule("opening-participle-read-as-a-noun-s-modifier", "`Sentencing Pettifer, "
                                         "Justice Ana Ruiz said ...`, parsed as one subject `Sentencing Pettifer` "
                                         "with the name listed after it: a sentence opening on a word in -ing and its "
                                         "object set off by a comma is a participle phrase, and the name after the "
                                         "comma speaks")
VERBLESS_REST_GOES_ON = rule("verbless-rest-after-a-comma-goes-on", "`said the meetings were held in the town of "
                             "Uyuni, three hours' drive from the villages, and mostly in Spanish`, the parser making "
                             "the words after the comma a second clause of `said`: with no verb of their own they go "
                             "on with the report")
MEMBERS_GO_ON = rule("members-named-after-a-comma-go-on-with-the-report", "`told the judge the Crown planned "
                     "to call 38 witnesses, among them a buyer in Vermont`, the parser hanging the buyer on `told`: a "
                     "phrase after a comma opening with `among`, `including` or `notably` and running to the "
                     "sentence's end goes on with the report")
REPORT_GOES_ON = rule("report-goes-on-after-a-comma", "`said the purchase was paid by a loan, so it is no burden`, "
                      "`said he was keen, but there are no facilities`: a clause the parser joined to the speech verb "
                      "after the report by a comma and `and`, `but` or `so`, with a subject of its own and no speech "
                      "verb, goes on with the report")
PER_SOURCE = rule("per-set-off-is-according-to", "`Per the decree, priests must report abuse`, `..., per the "
                  "ministry.`: `per` set off by commas before a document, a body or a person is `according to` "
                  "(not `per the request of X`)")
QUOTED_NAME_IN_THE_SOURCE = rule("quoted-name-in-the-source", "`According to the charity \"Bread for All\", demand "
                                 "doubled`: a quotation inside the source's phrase is its name, and leaves what the "
                                 "source says a plain report")
HALF_A_HYPHENED_WORD = rule("clause-opening-inside-a-hyphened-word", "`said NAME, of the Tarn Party, which "
                            "co-signed the motion`, the parser taking `signed the motion` for what was said: a "
                            "clause never opens on the second half of a word joined by a hyphen")
TWO_WORD_CLAUSE = rule("two-word-clause", "`The company said that profits fell.`: a noun and its tensed verb are a "
                       "whole report, short as it is")
SOURCE_DESCRIBED_AFTER = rule("according-source-described-after-it", "`A, according to the Tarn Teachers' Union "
                              "(TTU), the largest of the five unions that called the strike.`: a noun phrase set off "
                              "after the source describes it, whatever the parser hung it on; it is no report")
ACCORDING_ENDS_AT_BUT = rule("according-to-ends-at-but", "`According to X, A, but B`: what X says ends "
                             "before the contrast the writer adds")
ACCORDING_QUOTES = rule("according-to-attributes-a-quotation", "`According to a memo by NAME, the vote failed "
                        "because X did \"...\"`, `according to NAME, it is \"...\"`: with no speech verb, the "
                        "quotation is the document's or the person's (an outlet passes on others' words)")
LETTER_CLOSING_A_NAME = rule("letter-in-quotation-marks-closing-a-name", "`the trial opened at Criminal Court 'C' "
                             "on Monday`: one capital letter (or a letter and a digit) in quotation marks right after "
                             "a capitalised word closes that name; it is no quotation")
INVERTED_SPEAKER_READ_AS_THE_OBJECT = rule(
    "inverted-speaker-read-as-the-object", "`\"... and then what?\" asked a market vendor near the gate`, the "
    "quotation's words parsed as the subject and the driver as the object: right after the closing mark, the one "
    "who can speak after the verb is its subject")
ACCORDING_TO_A_PERSON_S_PRONOUN_QUOTES = rule(
    "according-to-a-person-s-pronoun-attributes-a-quotation", "`NAME was unconvinced. According to her, candidates "
    "would depend on \"whoever holds the papers.\"`: `him` or `her` after `according to` stands for a person, whose "
    "words the quotation is")
ACCORDING_MIXED = rule("according-to-a-clause-holding-a-quotation", "`According to NAME, the outbreak is "
                       "\"unprecedented.\"`: the clause is reported besides the quotation in it")
PARTICIPLE_AFTER = rule("participle-after-a-quotation-introduces-the-next", "`NAME said, \"A\", calling it "
                        "\"B\"`: a participle after a quotation that a speech verb introduced belongs to what follows")
ACCORDING_WITHIN_SEMICOLONS = rule("according-to-within-semicolons", "`A; B, according to X`: what X says stays "
                                   "between the semicolons around it")
NAMING_PARTICIPLE_WITH_AN_OBJECT = rule("participle-with-an-object-names-nothing", "`NAME, president of a group "
                                        "representing 60,000 firms, called the decision \"a cold shower\"`, `called` "
                                        "read as the firms': a participle with an object of its own gives no name, "
                                        "and the quotation is someone's words")
NAMED_BY_A_PARTICIPLE = rule("a-name-given-by-a-participle", "`a process called \"extraction.\"`, `a method known "
                             "as \"cold pressing\"`: a quotation a participle gives a thing as its name is no quote")
NAMED_BY_A_SUBJECT = rule("a-name-a-subject-gives-is-their-words", "`a decision the country's federation called "
                          "\"a bureaucratic ambush\"`: a verb of naming on a noun with a subject of its own is no "
                          "participle; the words are the subject's")
QUOTED_IN_A_MID_SENTENCE_REPORT = rule("quotation-in-a-report-attributed-mid-sentence", "`Botnaru, he added, had "
                                       "been \"in tears\" in the lobby`: a quotation in a clause whose attribution is "
                                       "set off inside it is the words of the one it names")
PARTICIPLE_AFTER_THE_SOURCE = rule("participle-after-according-to-is-the-writer-s", "`The index reached 684, "
                                   "according to IQAir, making it the most polluted city in the world`: a participle "
                                   "clause after the source, with no subject of its own, is the writer's comment on "
                                   "the report")
REPORTER_APPOSED_TO_THE_CLAUSE_END = rule("reporter-apposed-to-the-clause-s-last-word", "`... through the port of "
                                          "Antwerp, a Belgian prosecutor told a court on Wednesday`, the parser "
                                          "apposing the prosecutor to Antwerp and joining `told` to the clause's "
                                          "verb: the clause before the comma is the prosecutor's report")
WRITER_S_COMMENT_ENDS_THE_REPORT = rule(
    "writer-s-comment-after-a-report-is-no-part-of-it", "`said 40,000 drivers had marched, a figure the police "
    "disputed`, `..., a claim that could not be verified`: a noun summing up the report, set off after it with a "
    "clause of its own, is the writer's comment and ends the report")
DESCRIBED_SUBJECT_S_OWN_PREDICATE = rule(
    "verb-with-a-complement-before-a-subjectless-predicate-reports-nothing", "`41 ballots declared void in the count "
    "were found to be valid`, parsed as `ballots declared void` reporting `were found ...`: a verb with its object's "
    "complement (`declared void`, `declared dead`) before a clause that has no subject and opens on its auxiliary "
    "describes the subject; the clause is the sentence's own predicate, no report")
TITLE_READ_AS_THE_MAIN_VERB = rule(
    "title-before-a-name-read-as-the-main-verb", "`In a commentary, epidemiologist NAME of the X Institute wrote that "
    "...`, `epidemiologist` parsed as the sentence's verb with the name its object and `wrote` its clause: the name "
    "the word for a role has as its object writes")
REPORTER_APPOSED_TO_THE_CLAUSE_S_SUBJECT = rule(
    "reporter-apposed-inside-the-clause", "`..., a 40-bed block was opened overnight, the hospital's superintendent, "
    "NAME, said`, the reporter parsed as apposed to a word of the clause and the verb left with no subject: the "
    "clause ends before the reporter, who speaks (the name set off after a title, where one is)")
REPORTER_LISTED_INSIDE_THE_CLAUSE = rule(
    "reporter-listed-inside-the-clause", "`The crew returned from Apia, the skipper, NAME, said`, the reporter "
    "parsed as listed with the clause's last name with no `and` and the verb left with no subject: the clause ends "
    "before the reporter, who speaks")
ACTIONS_LISTED_AFTER_THE_OBJECT = rule(
    "actions-listed-after-an-object-are-no-report", "`has declared nine wards containment zones, shut schools and "
    "banned gatherings`, parsed as a clause whose subject is `zones`: a verb right after the comma that closes its "
    "subject, listed with another by `and`, is one more action of the sentence's subject, not a report")
QUOTATION_IN_THE_SOURCE_S_CLAUSE = rule(
    "quotation-in-the-source-s-own-clause", "`A died on Monday, according to a statement from the family, which said "
    "she had been \"surrounded by music.\"`: a quotation ending the source's own relative clause is the source's "
    "words there, and leaves the clause the source vouches for reported")
PARTICIPLE_READ_AS_THE_REPORTING_VERB = rule(
    "reported-to-someone-is-a-participle", "`Sightings reported to police reached 2,870, according to X`, parsed as "
    "`Sightings reported` with `reached` its clause: a speech verb followed by `to` and its listener, whose clause has "
    "a finite verb and no subject, is a participle describing the subject, and reports nothing")
ASIDE_ON_THE_LISTENERS_BEFORE_THAT = rule(
    "aside-on-the-listeners-before-that", "`told his congregation, many of them sitting on mats, that the island had "
    "come through worse`: a phrase set off by commas between the listeners and the report's `that` describes them; "
    "the report begins after `that`")
LISTENERS_DESCRIBED_READ_AS_A_CLAUSE = rule(
    "listeners-described-by-a-participle", "`told several hundred people gathered in a tent`, parsed as the clause "
    "`people gathered`: a verb of telling needs its listener before what it tells, so a clause right after it, with no "
    "`that` and no other listener, is the listeners and a participle describing them, not a report")
INVERTED_CONDITION_GOES_ON = rule(
    "inverted-condition-goes-on-with-the-report", "`said the fine would have been higher had the bank not settled`, "
    "parsed as a second clause of `said`: a clause opened by its auxiliary before its subject, right after the "
    "report, is the report's condition and part of it")
VERDICT_ON_A_NOUN_CLAUSE = rule("verdict-holding-a-clause-on-a-noun-is-no-report", "`a jury found PacifiCorp "
                                "liable for fires that swept through Oregon`: a verdict, its only verbs in a clause "
                                "on a noun, reports no words")
ASIDE_INSIDE_A_REPORT = rule("attribution-aside-inside-a-report-is-no-report", "`said the ruling would expose "
                             "emails, including messages in which, she said, managers discussed it`: an attribution "
                             "set off inside another's report makes no report of its own")
INTENTION_HOLDER = rule("an-intention-s-holder-carries-it-out", "`NAME expressed a desire to work with X to "
                        "\"...\"`: an infinitive on an intention the verb's object names is done by the verb's subject")
REPORTER_S_PARTICIPLE = rule("a-participle-closing-a-report-is-the-reporter-s", "`Officials admitted the army "
                             "had fired, blaming \"a faulty radar\"`: a speech or blaming participle after a reported "
                             "clause is the reporter's, not the clause subject's")
PARTICIPLE_DEEP_IN_A_REPORT = rule("a-participle-closing-a-report-hung-deep-in-it", "`NAME said Labour would "
                                   "restore it if it won, calling the plan \"a farce\"`, `calling` hung on `won`: a "
                                   "speech or blaming participle closing the sentence, hung on a clause inside a "
                                   "report, is the reporter's")
ACCORDING_AFTER_A_COLON = rule("according-to-after-a-colon", "`The fund can draw on other budgets: potentially, "
                               "according to X, A, B and C`: what X says starts after the colon before it")
NEGATION_OVER_NOR = rule("negation-over-nor", "`did not list any case, nor mention any damages`: a speech verb "
                         "joined to a negated verb, or by `nor`, reports nothing")
NO_ONE_SAID = rule("no-one-reports-nothing", "`No one from the ministry came to ask how firms were coping`, `Nobody "
                   "has said the plant will close`: a report whose speaker is no one reports nothing")
ANONYMITY_ASKED = rule("a-request-for-anonymity-is-no-report", "`a shopkeeper who asked that his name not be used`, "
                       "`who requested that her identity be withheld`: a report whose content is the speaker's name "
                       "kept back is the article's convention, not something said")
GERUND_CONTENT = rule("what-a-gerund-reports", "`described witnessing 35 bodies`, `denied taking the money`: "
                      "after a verb of telling, recalling or denying, the gerund clause is what is reported")
WHO_IS_NO_PLACE = rule("who-is-no-place", "`Priya Ram, a nurse from Malvern, who said ...`: `who` the parser "
                       "hung on the place that ends a person's description is the person described, not the place")
WHO_IS_NO_THING = rule("who-is-no-thing", "`a former fisherman from a village near the plant, who said ...`: "
                       "`who` the parser hung on a thing that ends a person's description is the person the words "
                       "before name, through the `from` and `near` phrases: the first word for someone, else the "
                       "description's head")
WHICH_PAST_AN_AGENT = rule("which-after-a-participle-s-agent", "`the Tarn Council, a panel appointed by the "
                           "ministry, which said`: a relative set off after the agent of a participle describing a "
                           "name is that name's, not the agent's")
WHICH_PAST_A_PARTICIPLE_S_OBJECT = rule(
    "which-after-the-object-of-a-participle-s-preposition", "`by Shabab 2030, a loose online collective organised "
    "mainly on Discord and Instagram, which says`: a relative set off after the object of a preposition on a "
    "participle describing a noun is that noun's, or the name the noun describes, not the object's")
WHO_PAST_A_PARTICIPLE = rule("who-is-no-place-after-a-participle-phrase", "`NAME, a driver taking fruit from Spain "
                              "to Germany, who said`: `who` after a place that ends a participle phrase stands for "
                              "the person the phrase describes")
RELATIVE_ON_A_DESCRIPTION = rule("relative-clause-on-a-named-person-s-description", "`Marta Kovac, 34, a nurse "
                                 "who said her rent had doubled`, `Nordvision, a broadcaster which reported`: the "
                                 "relative clause hangs on the description apposed to a name; its speaker is the one "
                                 "named")
THING_BEGAN = rule("a-thing-that-began-says-nothing", "`NAME addressed the crowd before the clashes began: "
                   "\"...\"`: `began` or `continued` introduces words only when someone who can speak is its subject")
NAME_AFTER_THE_SOURCE = rule("name-set-off-after-an-according-to-source", "`A, according to the presiding officer "
                             "of the assembly, Speaker Jonas Albrecht.`: the name set off after a described source is "
                             "the source, and no part of what it says")
NAME_AFTER_THE_SOURCE_WITH_A_RELATIVE = rule(
    "name-set-off-after-an-according-to-source-with-a-relative-clause", "`A, according to the club's captain, NAME, "
    "who said B.`: the name set off after a described source, with a relative clause closing the sentence, is the "
    "source, and neither it nor its clause is part of what it says")
PERCEIVED_ACTION = rule("participle-clause-is-a-perception", "`officers found the suspect hiding in a garage`, `saw "
                        "him leaving`: a clause after the verb headed by a bare participle with its own subject is "
                        "what was found or seen, no words reported, unless a tensed verb goes on from it (`found "
                        "people sleeping less were at risk`: the participle was the subject's)")
FINITE_CLAUSE_WITHOUT_THAT = rule("finite-clause-without-that", "`The court ruled Governor Ives lacked authority`: "
                                  "a verb that otherwise reports only with `that` reports a clause that follows it "
                                  "with its own subject and a tensed verb or auxiliary (`clarified her rulings were "
                                  "not connected`)")
SUBJECT_AS_OBJECT = rule("subject-parsed-as-the-object", "`The ministry reported Typhoon Lan near the coast had "
                         "weakened`: a tensed clause with no subject, after the verb's object, opens on that object")
INFINITIVE_AFTER_THE_OBJECT = rule("infinitive-after-the-object-is-no-clause", "`insisted he had been promised "
                                   "money to strengthen the squad`: an infinitive after the object of a passive "
                                   "speech verb says what the object is for, not a clause it opens")
TENSED_VERB_AFTER_A_RELATIVE_ON_THE_OBJECT = rule(
    "tensed-verb-after-a-relative-on-the-object-opens-a-report", "`insisted the problem the law had tried to fix was "
    "real`, parsed as the object `problem` with a relative clause and `was` hung on it: a tensed verb right after a "
    "relative clause on the object makes the object's phrase the report, as one right after the object does")
TENSED_VERB_ON_THE_OBJECT = rule("tensed-verb-hung-on-the-object", "`insisted the deal complied with European "
                                 "law`, parsed as the object `the deal` and a verb describing it: a tensed verb (no "
                                 "participle) hung on the object right after the speech verb makes the object its "
                                 "subject, and the two the clause")
REPORT_AFTER_AS_A_CONJUNCT = rule("report-parsed-as-a-conjunct-after-its-clause", "`Tarnland will abolish the "
                                  "licence and replace it with a charge, whether or not it owns a set, Minister NAME "
                                  "said on Tuesday`, `said` parsed as joined to the clause's verb: a speech verb "
                                  "joined to a verb before it with no `and`, its subject right after a comma, "
                                  "reports everything before that comma")
BODY_DESCRIBED_BEFORE_ITS_REPORT = rule(
    "body-described-before-a-report-parsed-as-a-conjunct-is-its-subject", "`Corruption trials take 4.7 years to reach "
    "a verdict, the Open Justice Centre, a Bucharest think-tank, said in a report`, `said` joined to `take` with no "
    "subject and the body apposed to a noun of its clause: a body's name set off by a comma, described by an apposed "
    "noun, right before the speech verb is its subject, as a person's name is")
BODY_APPOSED_RIGHT_BEFORE_ITS_REPORT = rule(
    "body-apposed-right-before-a-report-parsed-as-a-conjunct-is-its-subject", "`Kemi has closed the border and halted "
    "trade near the town of Arlo, the Ministry of Trade said`, `said` joined to `closed` with no subject and the body "
    "apposed to the clause's last noun: a body's name set off by a comma right before the speech verb is its subject, "
    "and the clause before that comma its report")
NAME_LISTED_BEFORE_ITS_REPORT = rule("name-listed-before-a-report-parsed-as-a-conjunct-is-its-subject",
                                     "`The court lifted the immunity of Kim Sovann, Sok Dara, a spokeswoman for the "
                                     "assembly, told reporters`, `told` joined to the verb before with no subject and "
                                     "the name listed with a noun in its clause: the person's name set off by a comma "
                                     "right before the speech verb is its subject, and the clause before that comma "
                                     "what it reports")
QUOTED_TERM_SPLITS = rule("quoted-term-splits-the-clause", "`said the term \"subject to\" requires parents to be "
                          "citizens`: a clause the parser split after a quoted term is one clause")
QUOTED_TERM_BEFORE_ITS_VERB = rule("quoted-term-before-its-verb", "`says the phrase \"subject to\" referred to "
                                   "children born abroad`, the parser lost in the quotation: a word for words, its "
                                   "quoted term and a tensed verb after it open the reported clause")
AND_CLAUSE_AFTER_A_QUOTATION = rule("and-clause-after-a-quotation", "`said it was possible \"that the airline is a "
                                    "risk,\" and the ban followed talks with the US`: a clause with a subject of its "
                                    "own after `and`, past a partial quotation, is a report of its own")
SECOND_THAT_CLAUSE = rule("quotation-in-a-second-that-clause", "`She said her husband had asked for help, but that "
                          "the button \"never worked\"`: a quotation in a `that` clause joined to a reported clause is "
                          "in what the reporting verb reports, not in what the first clause's verb does")
PREPOSITIONAL_ACTION_INSIDE_A_REPORT = rule("speech-verb-with-a-preposition-s-object-inside-a-report-is-an-action",
                                            "`NAME said A, and that the two sides had agreed on \"the principle of "
                                            "return\"`: a speech verb whose quoted object is a preposition's, in a "
                                            "report (or its second clause), is an action told there, not the cue")
ACTION_INSIDE_A_REPORT = rule("speech-verb-with-an-object-inside-a-report-is-an-action", "`Brennan said Tierney had "
                              "rejected her changes \"about half the time\"`: a speech verb with an object and no "
                              "clause of its own, inside another's report, is an action told; the quotation is the "
                              "reporter's")
INFINITIVE_ON_A_NOUN = rule("infinitive-on-a-noun-is-no-nested-report", "`said NAME had turned down invitations to "
                            "read in London because ...`: a speech verb in the infinitive on a noun in the report is "
                            "part of it, not a report of its own that ends it")
CONCESSION_WITH_ITS_OWN_REPORT = rule(
    "concession-with-its-own-report-ends-the-report", "`said that it had recorded no crossings, though it noted that "
    "patrols had grown`: a concessive clause whose verb reports a clause of its own ends the first report (its own "
    "report is found by itself)")
SECOND_THAT_CLAUSE_OF_QUOTED_AS_SAYING = rule(
    "quotation-in-a-second-that-clause-of-quoted-as-saying", "`He was quoted as saying that A, and that the dispute "
    "was \"an internal matter\"`, the second clause parsed as a conjunct of `quoted`: the quotation is in what "
    "`saying` reports")
RELATIVE_AS_CONJUNCT = rule("relative-clause-parsed-as-a-conjunct", "`according to the Tarn Times who reported that "
                            "...`: a `who` clause the parser joined to the sentence is the source's own report")
RELATIVE_AS_A_CLAUSE = rule("relative-clause-parsed-as-a-clause", "`according to CNN who reported that ...`, the "
                            "`who` clause parsed as the sentence's content clause: its speaker is the name before "
                            "`who`")
RELATIVE_EVENT = rule("relative-clause-with-an-object-stays", "`said she founded the firm around the time when Kemi "
                      "announced the merger`: a relative clause whose verb of speaking has an object tells an event "
                      "within the report, not a report of its own")
THING_PROMISED_STAYS = rule("relative-clause-on-the-thing-said-stays", "`said the water trucks the city had "
                            "promised for elderly people had come only once`: a relative clause with no relative word "
                            "and no clause of its own, whose verb of speaking has the noun before it for object, tells "
                            "what was promised, within the report")
RELATIVE_PROMISE = rule("relative-clause-of-a-promise-stays", "`said the state would call 20 witnesses, among "
                        "them a driver who has agreed to testify against his employer`: a relative clause whose verb "
                        "of speaking has an infinitive and no clause of its own tells what someone undertook, within "
                        "the report")
SOMEONE_S_PEOPLE = rule("people-of-someone-speak", "`NAME said his roommates said they last saw him`: someone's "
                        "kin, friends or colleagues (`his`, `her`) are people who can speak")
MUTE_NESTED = rule("a-speechless-subject-inside-a-report", "`told reporters the data suggested a pattern`: a "
                   "speech verb inside another report, whose subject cannot speak, is no report of its own")
MODAL_NESTED = rule("a-speech-verb-under-a-modal-inside-a-report", "`said Russia would respond \"in due course\"`: "
                    "a speech verb with a modal inside another report foretells words not yet said; the "
                    "quotation in it is the outer speaker's")
MUTE_UNDER_AN_ASIDE = rule("a-speechless-subject-under-an-aside", "`The findings, the researchers wrote, suggest "
                           "the virus spread earlier`: a speech verb whose subject cannot speak, attributed by an "
                           "aside, is the aside speaker's report, not one of its own")
ASIDE_AS_THE_ROOT = rule("aside-attribution-parsed-as-the-root", "`Many towns in Kemi, the report pointed out, have "
                         "no doctor`: a subject and speech verb set off by commas attribute the sentence though the "
                         "parser made them its root and hung the rest on them")
COLON_ENDS_CLAUSE = rule("colon-ends-the-reported-clause", "`told X the data suggested a pattern: \"...\"`: the "
                         "reported clause ends at a colon that opens a quotation")
CHARACTERISED_AS = rule("characterised-as-in-capitals", "`referred to the vote as \"The Impeachment Hoax\"`: "
                        "capitals after a characterising `as` are the speaker's words, not a title")
CLAUSE_BEFORE_ASIDE = rule("clause-before-an-aside-attribution", "`A, NAME said, and B`: the clause before an "
                           "attribution set off by commas is reported, up to the attribution")
ASIDE_BEFORE_A_PHRASE = rule("clause-before-an-aside-with-a-phrase-hung-on-it", "`Limits had led to layoffs, she "
                             "noted, without any effect on rents`: the parser hung the phrase after the aside on its "
                             "verb; the clause before the aside is reported")
CLAUSE_BEFORE_CLOSING_INVERTED = rule("clause-before-a-closing-inverted-attribution", "`Each day of the strike "
                                      "costs the airline 20 million euros, said NAME, an analyst.`: the same, the "
                                      "attribution's subject after its verb and ending the sentence")
THAT_READ_AS_OBJECT = rule("that-read-as-the-verb-s-object", "`pointed out that each month of lost traffic cost the "
                           "country $500 million`: `that` parsed as the object of the speech verb, the clause after "
                           "it torn apart; the rest of the sentence is the report")
CLAUSE_BEFORE_CLOSING = rule("clause-before-a-closing-attribution", "`Yet the prices barely moved afterwards, she "
                             "noted.`: the parser hung the words before the attribution on its verb as anything but "
                             "its content; a clause before `, she noted.` ending the sentence is reported")
MESSAGE_SAYING = rule("message-saying", "`issued a statement saying ...`: a participle hung on a statement, letter "
                      "or post speaks for whoever issued it")
OBJECT_BEFORE_PARTICIPLE = rule("object-before-a-participle", "`tweeted her verdict saying ...`: a common noun "
                                "between a verb and a participle is the verb's object, not the participle's "
                                "subject; the clause is no content clause and the verb's subject speaks")
MID_WITHIN_SEMICOLONS = rule("mid-sentence-attribution-within-semicolons", "`A; B, they said, C`: the report "
                              "around an attribution in mid-sentence starts after the semicolon before it")
NESTED_REPORT = rule("report-of-a-report", "`A, Radio Norland reported the mayor said`: the clause before a report "
                     "of someone's saying is that someone's; the outlet passing it on is not the speaker")
SPEECHLESS_NOT_BARE = rule("a-speechless-subject-is-no-report-of-a-report", "`The mayor said that talks continued.`: "
                           "a verb that can report (`continue`), closing a reported clause, whose subject cannot "
                           "speak, is what is said, not someone's report passed on")
MODAL_NOT_BARE = rule("a-modal-verb-is-no-report-of-a-report", "`NAME said the truce must hold`: a verb that can "
                      "report, after a modal, closing a reported clause, is what is said, not someone's report "
                      "passed on")
PASSIVE_NOT_BARE = rule("a-passive-verb-is-no-report-of-a-report", "`acknowledged that the owner had been "
                        "informed`: a verb of speaking in the passive, closing a reported clause, is what is said; "
                        "its subject was told, and reports nothing")
THAT_ON_THE_MEDIUM = rule("that-clause-hung-on-the-medium", "`The ministry said in a statement that it had raised "
                          "$5 million`: a `that` clause the parser hung on the statement, interview or letter the "
                          "verb speaks in is what the verb reports")
REPORT_WITHOUT_THAT_ON_THE_MEDIUM = rule(
    "report-without-that-hung-on-the-medium", "`The firm said in a statement it had cut output`: a clause with a "
    "subject of its own, right after the statement or interview the verb speaks in and parsed as its relative clause, "
    "is the report, unless it only tells who made the statement (`in an interview he gave to the BBC`)")
THAT_ON_A_TIME = rule("that-clause-hung-on-a-time", "`wrote on X the next day that his mother had walked the path`: "
                      "a `that` clause with a subject of its own, hung by the parser on a time phrase after the verb, "
                      "is what the verb reports")
THAT_ON_A_TIME_AFTER_A_PREPOSITION = rule(
    "that-clause-hung-on-a-time-after-a-preposition", "`told reporters at the end of the day that the movement would "
    "return`: a clause opening on `that`, with a subject of its own, hung by the parser as a relative on the time "
    "named in a phrase after the verb, is what the verb reports")
THAT_ON_AN_EVENT_AFTER = rule("that-clause-hung-on-an-event-after", "`wrote on Facebook after the clashes that the "
                              "opposition had shown \"its true face\"`: a `that` clause with a subject of its own, "
                              "hung by the parser on the event after `before`, `after` or `since`, is what the verb "
                              "reports (not on `reports` or `claims`, whose clause is their own)")
THAT_AFTER_ANONYMITY = rule("that-clause-hung-on-a-condition-of-anonymity", "`told Reuters on condition of "
                            "anonymity that the minister had been briefed`: a `that` clause with its own subject the "
                            "parser hung on `condition` as a relative clause is what the verb reports")
THAT_READ_AS_A_RELATIVE_ON_THE_MEDIUM = rule("that-clause-read-as-a-relative-on-the-medium", "`The tournament "
                                             "announced in a statement that Rautio had withdrawn`, `that` parsed as "
                                             "a relative pronoun: a clause with its own subject opening on `that` is "
                                             "what the verb reports, unless its verb puts the document out (`a "
                                             "statement that it issued`)")
NAME_READ_AS_AN_ADVERB = rule("name-read-as-an-adverb-is-the-subject", "`Long said the cooperative was holding "
                              "meetings`, the surname `Long` parsed as an adverb and the verb left with no subject: a "
                              "capitalised proper noun hung on the verb before it as an adverb is its subject")
THAT_DEEP_IN_THE_MEDIUM = rule("that-clause-hung-deeper-in-the-medium", "`said in a brief filed with the court that "
                               "compliance cost $38,000`, `in a written response to questions that ...`: a `that` "
                               "clause the parser hung on a word further inside the document's phrase")
THAT_ON_THE_OCCASION_AFTER = rule("that-clause-hung-on-the-occasion-before-or-after", "`told reporters after the "
                                  "cabinet meeting that France remained opposed`: a `that` clause the parser hung on "
                                  "the meeting or briefing the verb came before or after is what the verb reports")
CLAUSE_SPLIT_AFTER_THE_VERB = rule("clause-split-in-two-after-the-verb", "`said relief worth 212 million pesos ($3.7 "
                                   "million) had been recorded as delivered`: a second clause the parser hung on the "
                                   "verb, right after the first, with no subject, conjunction or `that` of its own, is "
                                   "the rest of the first")
INFINITIVE_IN_A_REPORT = rule("infinitive-speech-verb-in-a-report-is-no-cue", "`said her client would return to "
                              "testify \"at the earliest opportunity\"`: a speech verb in the infinitive inside "
                              "another's report is something still to be done; the quotation is the report's")
WHOSE_CLAUSE = rule("clause-opened-by-whose-reports-nothing", "`said NAME, a cleaner in Leeds whose mother was "
                    "admitted on Tuesday`: a clause the parser hung on the verb that opens on `whose` describes "
                    "someone; it reports nothing")
VERBLESS_CLAUSE = rule("a-clause-without-a-verb-reports-nothing", "`The jury found NAME guilty`, `declared the "
                       "vote void`: a subject and an adjective with no verb, a verdict or a judgement given, is no "
                       "report of words")
ADDRESSEE_THEN_CLAUSE = rule("report-read-as-a-relative-clause-on-the-addressee", "`NAME told the court he had "
                             "acted in self-defence`: a clause with a subject of its own right after the person told, "
                             "which the parser read as a relative clause on them, is what was told")
ACCORDING_AFTER_QUOTE = rule("according-to-after-a-quotation", "`\"The data is clear,\" according to Ana Kell.`: a "
                             "quotation closed by a comma and followed by `according to` a person or a document is "
                             "theirs")
COPULA_BEFORE_COLON = rule("someone-characterised-before-a-colon", "`Kell was blunt: \"We failed.\"`, `Kell's "
                           "message was simple: \"...\"`: a person described before a colon, then quoted, is who "
                           "speaks")
COPULA_HUNG_ON_THE_QUOTATION = rule("copula-before-a-colon-hung-on-the-quotation-is-the-main-clause",
                                    "`The spokesman, NAME, was blunt when asked whether officials would face "
                                    "prosecution: \"...\"`, `was` parsed as a clause of the quoted sentence's verb: "
                                    "the copula is still the main clause before the colon")
NAME_APPOSED_CHARACTERISED_BEFORE_A_COLON = rule("name-apposed-to-a-title-characterised-before-a-colon",
                                                 "`The commission's spokesman, NAME, was blunt: \"...\"`: the name "
                                                 "apposed to the title of the subject characterised is who speaks")
CLAUSE_BEFORE_THE_CONJUNCT = rule("report-after-a-clause-is-its-subject-s", "`Shares fell after the company cut its "
                                  "forecast and said it would close plants`: a report the parser joined to the "
                                  "sentence's verb, after a clause whose subject can speak, is that subject's where "
                                  "the sentence's subject is a thing that says nothing")
KEEN_TO_SAY = rule("keen-to-say", "`Ana Lind was keen to stress that ...`, `was quick to point out that ...`: a speech "
                  "verb after an adjective of the copula has the copula's subject")
REPLY_WAS_BEFORE_COLON = rule("reply-described-before-a-colon", "`Lind's response was swift: \"This is nonsense.\"`: "
                              "a reply described by a copula before the colon is its owner's, as a bare one is")
REPLY_BEFORE_COLON = rule("someone-s-reply-before-a-colon", "`Ana Lind's response: \"We will appeal.\"`: a "
                          "quotation after a colon and someone's reply, answer or message named without a verb is "
                          "theirs")
PRONOUN_OWNS_THE_REPLY = rule("pronoun-owns-the-reply-before-a-colon", "`Her verdict was blunt: \"...\"`, `His "
                              "advice to residents was simple: \"...\"`: a reply owned by `his` or `her` is the "
                              "words of the person the pronoun stands for")
QUESTION_PUT_TO = rule("a-question-put-to-someone-is-not-theirs", "`Ana Lind was asked whether she would resign`: "
                       "the question, put to the subject in the passive, is no report of theirs")
QUESTION_OPENING_THE_SENTENCE = rule("a-question-opening-the-sentence-is-not-the-answer-s",
                                     "`Asked how a start-up could compete, she said ...`: a participle of asking "
                                     "that opens the sentence puts a question to its subject, and reports nothing")
SUBJECT_TAKEN_BY_A_DESCRIPTION = rule("speaker-taken-by-the-clause-describing-them", "`NAME, an astrophysicist "
                                      "who studies red dwarfs and was not involved in the research, warned that ...`, "
                                      "the name parsed as the subject of `was not involved`: a speech verb with no "
                                      "subject takes the described name the clause before it took")
SPEAKER_AFTER_THE_CLOSING_MARK = rule("speaker-between-the-quotation-and-its-verb", "`\"..., because we will have "
                                      "no doctors at all,\" the union's chairwoman, NAME, told a crowd`: the "
                                      "parser read the speaker into the quoted clause; the name between the closing "
                                      "mark and the verb is the speaker")
BACKSHIFTED_PREDICATE = rule("backshifted-predicate-on-the-speech-verb", "`said it had frozen hiring and would "
                             "review its course offerings`: a predicate with `would` (or `could`, `might`, `should`) "
                             "and no subject that the parser joined to a past speech verb, right after its report, is "
                             "more of the report")
VERB_OF_A_VERBLESS_CLAUSE = rule("verb-of-a-verbless-report-hung-on-the-speech-verb", "`argued that leases granted "
                                 "to agribusiness since then have entrenched those losses`, the report parsed as "
                                 "headed by the noun `agribusiness` and `have entrenched` hung on `argued`: a tensed "
                                 "verb with no subject right after a report that has no verb is that report's verb")
CAUSE_GIVEN_IN_THE_REPORT = rule("cause-after-a-report-hung-on-the-speech-verb", "`She said she did not mind, "
                                 "because they bought coffee`, the `because` clause hung on `said`: a cause given "
                                 "right after what was reported is the speaker's, part of the report")
SHARED_PLUPERFECT = rule("conjunct-sharing-the-pluperfect-is-the-same-report", "`said the president had accepted "
                         "the resignation and ordered all ministries to review their contracts`: a verb with no "
                         "auxiliary and no clause of its own joined to a reported verb in the pluperfect shares its "
                         "`had`, and is more of what was reported, not a second report (`and cautioned that ...`, "
                         "`and accused X of ...` are)")
OBJECT_AND_PARTICIPLE_IS_NO_CLAUSE = rule(
    "object-and-participle-is-no-clause-of-its-own", "`said she had gone to the farm and found him feeding "
    "the goats`: `him feeding ...`, parsed as a clause, is an object and what it was doing, so the joined verb "
    "has no clause of its own and shares the report's `had`")
SHARED_PROGRESSIVE = rule("conjunct-sharing-the-progressive-is-the-same-report", "`said families were driving to "
                          "Tunisia or asking relatives to bring the drugs`: a verb's -ing form with no auxiliary of "
                          "its own joined to a reported verb in the progressive shares its `were`, and is more of what "
                          "was reported, not a second report")
HYPHENED_NAME_SUBJECT = rule("hyphened-name-among-subjects-stays", "`Choi Min-seok, the company's head of safety, "
                             "told`, `Min` and `head` both parsed as subjects: a word of a person's name before its "
                             "hyphen is no split word (`co-author`) to drop, and the title set off after the name is "
                             "its apposition, no topic before the speaker")
NEGATION_NOT_SHARED = rule("speech-verb-after-a-negated-report-is-the-speaker-s", "`said the herders had not been "
                           "consulted and called on the government to pause the permit`: a speech verb joined to a "
                           "negated report shares neither its `had` nor its `not`; it is the speaker's own act")
BACKSHIFTED_CONJUNCT = rule("backshifted-conjunct-is-the-same-report", "`said it had closed the road and had "
                            "asked the government for help`, `said the council would listen and would write to "
                            "residents`: a speech verb joined to the reported clause in the pluperfect or with a "
                            "modal is more of what was reported, not a second report")
RELATIVE_THAT_ON_THE_OBJECT = rule("relative-that-after-the-verb-s-object-is-no-report", "`added two storeys that "
                                   "the building permit did not allow`: a `that` after the speech verb's object, a "
                                   "thing (not one told, as in `informed the board that`), itself the only object "
                                   "of the clause after it, opens a relative clause on that object, not what was "
                                   "said")
MUTE_DEEPER_IN_A_REPORT = rule("speechless-subject-deeper-in-a-report-reports-nothing", "`noted that the chamber's "
                               "survey after the quake had found that ...`, `Hearings like this are meant to tell "
                               "investors that ..., said NAME`: a speech verb in a clause inside what another "
                               "reports, whose subject (or its head verb's) is a thing that says nothing, reports "
                               "nothing of its own")
NARRATIVE_PAST_ENDS_A_REPORT = rule("conjunct-in-the-narrative-past-ends-a-backshifted-report", "`said they "
                                    "would hold a second march and did not rule out blockades`: a verb with `did` "
                                    "joined to a reported clause in `would` is in the narrative's own past, an act of "
                                    "the speaker's; the report ends before `and`")
THAT_BESIDE_READ_AS_A_RELATIVE = rule("that-clause-beside-the-verb-read-as-a-relative", "`Its spokesman, NAME, "
                                      "posted on X that drivers had voted for a strike`, the verb and the clause both "
                                      "hung on `spokesman` and `that` parsed as a relative pronoun: the clause, with "
                                      "a subject of its own, is what the verb reports")
QUOTATION_TACKED_ON_BESIDE = rule("quotation-tacked-on-to-a-report-beside-the-verb", "`Its spokesman, NAME, "
                                  "posted on X that drivers had voted for a strike, \"until the plan is dropped.\"`, "
                                  "the verb, its report and the quotation all hung on `spokesman`: a quotation right "
                                  "after the report and its comma is the speaker's")
WHICH_PAST_A_DESCRIPTION_S_PHRASE = rule("which-past-the-phrase-of-a-body-s-description", "`Tarnby Home, a Danish "
                                         "chain with about 300 stores, which said`: `which` after the phrase that "
                                         "ends a named body's description is the body, not the phrase's noun")
NAME_APPOSED_TO_A_QUOTED_TITLE = rule("name-apposed-to-a-quoted-title-read-as-the-subject", "`In a note to clients "
                                      "titled \"West Africa: The Third Shortfall\", NAME, head of research at X, "
                                      "wrote that`: the work's title, inside quotation marks, is no subject; the "
                                      "name the parser apposed to it is")
THAT_TOLD_READ_AS_A_RELATIVE_ON_THE_PLACE = rule(
    "that-clause-told-read-as-a-relative-on-where-it-was-told", "`NAME told the crowd outside the gates that the "
    "workers would not leave`, `that` parsed as the object of a relative clause on `gates`: after a verb of telling "
    "with its addressee and nothing told yet, a clause opening on `that` with a subject of its own, on the noun of "
    "the phrase saying where, is what was told")
THAT_ON_THE_PLACE = rule("that-clause-hung-on-where-the-verb-spoke", "`told reporters at a hotel in San Fernando "
                         "that the crew had followed every procedure`, `acknowledged in his evidence that`: a `that` "
                         "clause read as a relative clause of a noun in the phrase saying where the verb spoke, "
                         "`that` no word of it but the clause's opening, is what the verb reports (not after a "
                         "passive verb: `were found near X, in a case that media came to call ...`)")
THAT_ON_THE_FIRST_TIME = rule("that-clause-hung-on-the-first-time", "`acknowledging for the first time that the "
                              "target was slipping`: a `that` clause with a subject of its own, hung by the parser on "
                              "the time or occasion the verb speaks on, is what the verb reports")
FREE_RELATIVE_IS_NO_REPORT = rule("object-clause-on-what-is-no-report", "`the report confirmed what workers "
                                  "had been saying for weeks`: a clause opening on `what` as its own verb's object "
                                  "names a thing, as a noun would; the verb reports nothing")
PARTICIPLE_AFTER_A_NOUN_IS_NO_REPORT = rule("participle-after-a-noun-is-no-report", "`Firms face a lower cap, the "
                                            "Commission said in guidance published in April`, `published` parsed as "
                                            "the verb's clause: a bare participle right after a noun describes the "
                                            "noun; the report is the clause before the verb")
REPORT_OF_ITS_OWN_AFTER_THE_VERB = rule(
    "report-of-its-own-after-the-verb-is-no-report-of-it", "`[report], the authority said on Tuesday, a cut growers "
    "warned could wipe out the crop`, `warned` parsed as a second clause of `said`: a clause after the verb, set off "
    "by a comma, that is a speech verb with a subject of its own is no report of the verb, and the report is the "
    "clause before it")
PARTICIPLE_SET_OFF_OPENING_A_LATER_CLAUSE = rule(
    "participle-set-off-opening-a-later-clause-is-no-report", "`[report], the ministry said on Tuesday, extending a "
    "drive to hire nationals as unemployment stays high`, the participle parsed as the subject of `stays`, a clause of "
    "`said`: a clause after the verb that opens on a participle set off by a comma is the narrator's, and the report "
    "is the clause before the verb")
SUBJECT_OF_THE_NEARER_CONJUNCT = rule("subject-of-the-nearer-conjunct", "`The commission declared NAME the winner, "
                                      "but the opposition party rejected the result and said it would go to court`, "
                                      "`said` hung on `declared`: a verb with no subject of its own, right after a "
                                      "conjunct that has one, shares that conjunct's subject")
WRITER_S_AS_CLAUSE_ENDS_THE_REPORT = rule("writer-s-as-clause-about-the-speaker-ends-the-report", "`said she "
                                          "would treat the final as \"just another match,\" as the 22-year-old Swede "
                                          "prepared to face NAME`: a clause on `as` after a comma, its subject the "
                                          "speaker described anew by an age or a nationality, is the writer's")
NAME_APPOSED_TO_A_TITLE_TAGGED_A_BODY = rule("name-apposed-to-a-title-tagged-a-body-posts", "`Its spokesman, "
                                             "Laurent Ferrand, posted on X that ...`, the name tagged a body and the "
                                             "verb hung on `spokesman`: the name apposed to the title is who posted")
WHICH_AFTER_THE_ATTRIBUTION = rule("which-after-a-mid-attribution-is-no-part-of-the-report", "`Results were "
                                   "posted 12 hours late, she said, which \"created room for suspicion\"`: a clause "
                                   "on `which` after the attribution comments on the report; the report is what comes "
                                   "before it")
QUOTED_COMMENT_AFTER_THE_ATTRIBUTION = rule("quoted-comment-after-a-mid-attribution-is-the-speaker-s", "`Results "
                                            "were posted late, she said, which \"created room for suspicion\"`: a "
                                            "quotation in the clause on `which` right after the attribution is the "
                                            "speaker's")
SIMPLE_PAST_ENDS_A_REPORT = rule("speech-verb-in-the-simple-past-ends-a-report-in-would", "`said his client "
                                 "would appeal within days and called the ruling \"a political judgment\"`, `... and "
                                 "declined to comment`: a verb of speaking (or of declining to) in the simple past, "
                                 "joined to a report in `would`, is the speaker's act; the report ends before `and`")
REPORT_BEFORE_A_CLOSING_QUOTATION = rule("report-before-an-attribution-a-quotation-follows", "`Any cattle found "
                                         "would be handed back, NAME said, \"once we are sure whose they are.\"`: "
                                         "the clause before the attribution is reported too, when the parser made "
                                         "the quotation after it the verb's content")
QUOTED_AS_SAYING_AFTER = rule("quoted-as-saying-after-the-quotation", "`\"...,\" NAME was quoted as saying by the "
                              "agency`: the attribution after a quotation may be a passive `quoted as saying`, the "
                              "cue its `saying`")
COLON_AFTER_A_VERB_HUNG_ON_THE_NAME = rule("quotation-after-a-colon-on-a-verb-hung-on-the-name", "`The party's "
                                           "spokeswoman, NAME, posted on X: \"...\"`, `posted` parsed as a participle "
                                           "on `spokeswoman`: the name speaks the quotation after the colon, as it "
                                           "would a clause")
REPORT_HUNG_ON_ITS_SPEAKER = rule("report-hung-on-the-noun-before-it", "`The authority estimated in its assessment "
                                  "that ...`, `estimated` parsed as a participle on `authority` and the sentence left "
                                  "with no verb: the noun right before it is its subject")
VERB_HUNG_ON_THE_NAME_AS_ROOT = rule("speech-verb-hung-on-a-name-left-as-the-root", "`Prop NAME, who is not related, "
                                     "posted on X: \"...\"`, `posted` parsed as a participle on the name and the "
                                     "name left as the sentence's root: the name is the subject")
VERB_HUNG_INSIDE_THE_ROOT_NAME_S_APPOSITION = rule(
    "speech-verb-hung-inside-the-root-name-s-apposition", "`NAME, president of Pymes Unidas, an association "
    "representing 60,000 firms, called the decision \"...\"`, `called` parsed as a participle on `firms` and the name "
    "left as the sentence's root: the name is the subject")
INVERTED_SPEAKER_BEFORE_A_PARTICIPLE = rule(
    "inverted-speaker-before-a-participle", "`\"...,\" said one man walking his dog near the cordon`, the speaker "
    "parsed as the subject of `walking` and the participle as what was said: the speaker is that subject")
INVERTED_SPEAKER_BEFORE_A_PAST_PARTICIPLE = rule(
    "inverted-speaker-before-a-past-participle", "`\"...,\" said a farmer wrapped in a blanket`, the speaker "
    "parsed as the subject of `wrapped` and the participle as what was said: after a quotation, the one described (no "
    "name) is that subject, as before a participle in `-ing`")
CHARACTERISED_CLAIM_WITH_ITS_CLAUSE = rule(
    "thing-characterised-keeps-its-own-clause", "`She dismissed the defence's claim that his signatures had been "
    "forged as \"wholly without merit\"`, `as` hung on the object's own clause: the characterising verb governs the "
    "quotation")
ATTRIBUTION_BEFORE_AND = rule("attribution-between-a-clause-and-its-conjunct", "`The plan remained on track, he "
                              "said, and its programme had cut run-off by a fifth`: both clauses around the "
                              "attribution are reported")
GOVERNED_UNDER_AN_ASIDE = rule("partial-quotation-under-a-mid-sentence-attribution", "`Swiss law, he argued, offers "
                               "employees \"no door to knock on\"`: a partial quotation in a clause attributed in "
                               "mid-sentence is the words of whoever the attribution names, not of the clause's "
                               "subject")
WHO_IS_NO_BODY = rule("who-after-a-person-s-body-or-town", "`a retired schoolteacher from Lucerne, who said`, the "
                      "town tagged a body: `who` stands for the person the description names, not the body after "
                      "its preposition")
NARRATOR_S_CLAUSE_AFTER = rule("narrator-s-clause-after-a-closing-attribution", "`The march ended peacefully, the "
                               "city's emergency service said, although police detained four people`: a clause of "
                               "`although` after the attribution is the narrator's; what was said is before it")
CUE_PAST_A_LONG_APPOSITION = rule("cue-after-a-name-and-a-long-description", "`\"...,\" NAME, the council's "
                                  "president and rector of the National University of the Pampas, told reporters`: "
                                  "the verb after a name and the description set off after it is the quotation's "
                                  "cue, however far from the closing mark")
RELATIVE_INSIDE_A_REPORT = rule("relative-clause-inside-a-report-holds-its-quotation", "`noted that the drug stays "
                                "in the body, which makes it \"a very poor choice\"`: a partial quotation in a "
                                "relative clause (with no speech verb) inside a reported clause is the reporter's")
TOPIC_BEFORE_THE_ATTRIBUTION = rule("subject-set-off-before-the-verb-is-the-speaker", "`Solar panels, he pointed "
                                    "out, \"do nothing for you at night\"` parsed with two subjects: the pronoun or "
                                    "description between the commas right before the verb, if it can speak, is the "
                                    "speaker, the one before it the topic of what was said (a name there is "
                                    "``NAMED_SUBJECT``'s)")
QUESTION_ASIDE = rule("question-set-off-after-the-subject", "`Ana Lind, asked about the leak, said it was wrong`, "
                      "`Lind, asked whether she would run, said: \"Of course.\"`: a participle of asking between "
                      "commas after the subject is the question put to them; the verb after it is the subject's")
WHO_MAKES_A_PERSON = rule("noun-with-who-is-a-person", "`At a hall in Visp, a former ski instructor who was born "
                          "in the village said`: a noun the parser apposed to the opening phrase's place is a "
                          "person when a `who` clause describes it, whatever the word")
SUBJECT_APPOSED_TO_A_FRONTED_PLACE = rule("subject-read-as-apposed-to-a-fronted-place", "`Back at the clinic, a "
                                          "nurse who asked not to be named said ...`, the nurse parsed as apposed "
                                          "to the clinic and the verb left without a subject: the person set off "
                                          "after the opening phrase's comma speaks")
SUBJECT_APPOSED_IN_A_FRONTED_PARTICIPLE = rule(
    "subject-read-as-apposed-inside-a-fronted-participle", "`Asked about the vote at a briefing in Beijing, a "
    "spokeswoman for the ministry said ...`, the spokeswoman parsed as apposed to Beijing and the verb left without a "
    "subject: a participle phrase opening the sentence is read as a fronted phrase is, the person after its comma "
    "speaks")
SUBJECT_APPOSED_TO_A_FRONTED_PLACE_S_DESCRIPTION = rule(
    "subject-read-as-apposed-to-a-fronted-place-s-description", "`In Kemi, the regional capital, the mother of one of "
    "the soldiers said ...`, the mother parsed as apposed to the capital, itself apposed to the town the sentence "
    "opens on, and the verb left without a subject: the person set off after the place's description speaks")
NAME_JOINED_TO_A_FRONTED_PLACE = rule("subject-read-as-joined-to-a-fronted-place", "`In the town of Arlo, Ana "
                                      "Ruiz, 38, said ...`, the name parsed as a conjunct of the town with no `and`, "
                                      "the verb left without a subject: the person named after the comma speaks")
NAME_AND_OTHERS_AFTER_A_FRONTED_PHRASE = rule(
    "name-and-others-read-as-joined-to-a-fronted-phrase", "`In a paper published in the Revista Andina, Villamizar and "
    "two colleagues wrote that ...`, the name parsed as a conjunct of the journal and the verb left without a subject: "
    "the name set off after the comma, with the people joined to it, writes")
NAME_TAGGED_AN_ADVERB = rule("name-tagged-an-adverb-before-said", "`\"...,\" Tuohy said.`, `Tuohy` tagged an adverb of "
                             "`said` (and a place): a capitalised word the model also tagged a name is the subject")
NAME_TAGGED_AN_INTERJECTION = rule("name-tagged-an-interjection-before-said", "`\"...,\" Oh said.`, the surname `Oh` "
                                   "parsed as an interjection of `said`: a capitalised word right before the verb, "
                                   "which has no subject, is its subject")
SOURCE_OF_A_DOCUMENT_S_REPORT = rule("source-of-what-a-document-said", "`A 2019 survey of the church had warned that "
                                     "its wiring was obsolete, according to NAME, a historian`: the source after the "
                                     "comma tells the whole clause, the document's report and all")
CUE_AFTER_A_LONG_SUBJECT = rule("cue-after-a-long-subject", "`\"...,\" Egypt's Minister of Water Resources and "
                                "Irrigation, NAME, told a news conference`: a cue verb whose subject, however long, "
                                "fills the words between the closing mark and it, closes the quotation")
QUOTING_SOMEONE_AS_SAYING = rule("quotation-closed-by-quoting-someone-as-saying", "`\"...,\" the statement quoted "
                                 "chief executive NAME as saying`: the one quoted as saying, after the closing mark, "
                                 "speaks")
AUTHOR_OF_THE_DOCUMENT = rule("according-to-a-document-by-its-authors", "`according to a paper by the trial's "
                              "investigators published on Wednesday`: the authors a document is by say it")
TITLE_AFTER_A_NAMING_PARTICIPLE = rule("quotation-after-titled-is-a-name", "`In a paper published last year, titled "
                                       "\"After the Engine,\" NAME wrote`: words quoted right after `titled` or "
                                       "`dubbed`, with no `by` after them, are a name given, no one's words")
RELATIVE_READ_AS_A_REPORT = rule("relative-clause-is-no-report", "`NAME said, standing on the floor that is all "
                                 "that remains of her home`, the parser hanging `that is all ...` on `said`: a clause "
                                 "whose subject is a relative pronoun after a noun describes the noun; it is no "
                                 "report")
UNREALISED_REPORT = rule("a-report-declined-or-expected-is-none", "`declined to say whether the plan was sound`, "
                         "`is expected to say ...`: a speech verb under a verb of refusing, failing, expecting or "
                         "planning reports nothing said")
YET_TO_SAY = rule("report-after-yet-to-is-none", "`ministers have yet to say whether they will appeal`, `is yet "
                  "to announce`: a speech verb in the infinitive after `yet` reports nothing said so far")
TOO_MUCH_TO_SAY = rule("report-after-too-is-none", "`had been too slow to admit there was a shortage`: a speech "
                       "verb in the infinitive after a word of excess reports nothing said")
FOUND_ON_ARRIVAL = rule("what-one-found-on-arriving-is-no-report", "`went back to school on Tuesday to find "
                        "that most lessons would be in Estonian`: a verb of finding in an infinitive on a verb of "
                        "going, coming or waking tells what met the subject, not what anyone said")
SIGN_OF_A_NUMBER = rule("sign-of-a-number-stays", "`said revenue fell 10%`: a sign written onto the number before it "
                        "is part of the report, not punctuation to trim")
IN_WORDS_OF = rule("in-someone-s-words", "`The plan is, in Ana Lind's words, \"a disaster\"`, `in the words of "
                   "NAME`: a quotation in a sentence that says whose words it gives is theirs")
AS_X_PUT_IT = rule("as-x-put-it", "`traffic \"ground to a halt\" - as the report put it -`: a quotation followed "
                   "by `as X put it` or `as X said` is X's")
AS_X_PUT_IT_BEFORE = rule("as-x-put-it-before-the-quotation", "`moved to New York with, as she later put it, "
                          "\"one suitcase and no plan\"`: a quotation right after a set-off `as X put it` or `as X "
                          "said` is X's")
WHAT_WAS_AGREED_IS_NO_SPEAKER = rule("subject-of-a-passive-cue-is-no-speaker", "`said corridors must be agreed "
                                     "with the capital \"and not imposed by others\"`: a speech verb in the passive "
                                     "has what was said as its subject, no speaker; the quotation looks further")
PERSON_APPOSED_TO_A_PLACE_WORD_SUBJECT = rule(
    "word-for-a-person-apposed-to-a-place-word-read-as-the-subject-speaks", "`In Wabag, the provincial capital, a "
    "trader at the main market said`, the parser making `capital` the subject and `trader` apposed to it: a word for a "
    "person apposed after a word for a place that is the subject speaks, not the place, and so does a person's name "
    "set off inside it right before the verb (`In Kostel, a municipality of 650 people on the river, NAME, 67, said`)")
PERSON_OF_TWO_SUBJECTS = rule("word-for-a-person-of-two-subjects-speaks", "`a woman selling chipa, the cheese bread "
                              "sold on every corner, said`, both `woman` and `bread` parsed as subjects: of two "
                              "common nouns read as one verb's subjects, the one word for a person, the first, speaks")
PLACE_OF_AN_OPENING_AS_SUBJECT = rule("place-of-an-opening-read-as-the-subject", "`In Tawila, where thousands live "
                                      "in shelters, NAME, 34, said`, the parser making the place the subject and NAME "
                                      "listed or apposed inside it: the place opening the sentence is where, the name "
                                      "set off before the verb speaks")
NAME_DESCRIBED_WITH_WHOSE_READ_AS_A_CLAUSE = rule(
    "name-described-with-whose-read-as-a-clause", "`NAME, 71, a trapper whose family land would be flooded by the "
    "reservoir, said`, the parser reading the description as a clause the verb reports: the name that opens it, "
    "described by a `whose` clause, speaks")
SUBJECT_AFTER_AND_SPEAKS = rule("subject-after-and-speaks", "`Long queues formed at petrol stations, and the "
                                "airport operator said 14 flights had been cancelled`, both parsed as subjects of "
                                "`said`: the subject right before the verb, after the comma and `and`, speaks; the "
                                "one before, its own verb read as a participle on it, is another clause's")
QUOTED_WORD_IN_A_RELATIVE = rule("a-quoted-word-in-a-relative-clause-stays-reported", "`said the money went to "
                                 "contractors, who were paid for \"repairs\"`: a report runs on through a clause "
                                 "after a comma that quotes a word, unless a speech verb opens that clause")
INVERTED_AS_CONTENT = rule("inverted-attribution-read-as-a-content-clause", "`Because fees are capped, reads the "
                           "complaint, the charge is unlawful`: a verb with its subject after it, set off by commas, "
                           "attributes the sentence though the parser made it the content of the verb after it")
CONJUNCT_ON_THE_HEAD = rule("participle-clause-split-onto-the-sentence", "`filed a motion claiming the rule is void "
                            "and breached their rights`: a clause after a participle, which the parser split into the "
                            "participle's object and verbs joined to the sentence's, is the participle's content")
ACCORDING_TITLED_NAME = rule("according-to-a-place-s-titled-name", "`According to Westmark Senator Ana Lind, ...`: "
                             "the source is the person the place's title names, not the place")
CITING_PARTICIPLE = rule("citing-participle-ends-the-report", "`said the rate cut was likely, citing weak growth`: "
                         "a participle of citing after a comma gives the speaker's grounds in the writer's words, "
                         "no part of the report")
ACCORDING_SOURCE_ASIDE = rule("according-to-source-s-participle-aside", "`According to the survey, published on "
                              "Monday, 40% of voters ...`: a participle phrase set off by commas right after the "
                              "source describes the source; what it says starts after it")
ACCORDING_SOURCE_NO_QUANTITY = rule("according-to-source-ends-before-a-quantity", "`according to the Ledger, "
                                    "$3 billion from roads and ...`: an amount the parser set beside the source "
                                    "opens what the source says")
CUE_WITH_ITS_OWN_QUOTATION = rule("a-cue-leading-to-its-own-quotation", "`NAME said \"A.\" She described it as "
                                  "\"B\"`: a cue verb after a closed quotation whose own words run on to another "
                                  "quotation introduces that one, not the one before")
SPOKEN_OF = rule("a-quoted-topic-of-speaking", "`talked of the river's \"long memory of floods\"`: a quoted phrase "
                 "of three words or more that a verb of speaking takes as its topic is the speaker's words")
TITLE_IN_A_SPLIT_SUBJECT = rule("a-titled-name-in-a-subject-split-at-a-comma", "`said University of Tarn, "
                                "Westport's chancellor, NAME`: when a comma in a body's name made the parser join "
                                "the title to the body, the name apposed to the title speaks")
NAME_AFTER_PORTFOLIOS_READ_AS_JOINED_TO_THE_TITLE = rule(
    "name-after-portfolios-joined-by-and-read-as-joined-to-the-title", "`Minister of Lands and Water Kabo Sebina told "
    "parliament ...`, the name parsed as joined by `and` to `Minister`, the title then read as the subject: the person "
    "named after the title's portfolios speaks")
REST_HUNG_ON_THE_ASIDE = rule("rest-of-the-clause-hung-on-the-attribution-in-mid-sentence", "`Turnout was 64 "
                              "percent, the commission said, higher than in 2022`, the comparison hung on `said`: "
                              "what comes after the attribution set off by commas is still the report's")
PLACE_S_NAME_READ_AS_THE_SUBJECT = rule(
    "place-s-name-set-off-read-as-the-subject", "`Floods cut the road to the regional capital, Hinche, the "
    "country's civil protection agency said`, `Hinche` parsed as the subject and the agency as apposed to it: a name "
    "set off after a word for a place is that place's; the words apposed to it, right before the verb, speak")
ACCORDING_DOCUMENT_S_RELATIVE_READ_AS_THE_SUBJECT = rule(
    "according-to-a-document-its-owner-put-out-read-as-the-subject", "`According to figures the council released in "
    "April, donations reached a record`, `the council` parsed as the subject of `reached`: the words after the "
    "document up to the comma are a relative clause on it, whose subject put it out and speaks")
NAME_ANOTHER_TIME_HAD = rule(
    "name-given-for-another-time-is-no-report", "`a student from the University of Kemi, then called the "
    "University of Tarn, who was studying kalela`: a verb of naming after a comma and `then`, `formerly` or "
    "`now`, with a proper name for its object, gives a name the thing had at another time; it reports nothing")
PERSON_OF_A_PLACE_BEFORE_WHOSE = rule(
    "person-named-of-a-place-before-whose-is-the-antecedent", "`Chief Sipho Dlamini of Nkhaba, whose council "
    "backs the claim, said`: where a person's name and `of` a place or body come before `whose`, the person is who "
    "the clause is on and who speaks")
INFINITIVE_HUNG_ON_THE_ASIDE = rule(
    "infinitive-hung-on-the-attribution-in-mid-sentence", "`She refused, her brother said, to sell the house`, the "
    "infinitive hung on `said`: it completes the verb before the attribution, and is still the report's")
WHAT_SOMEONE_SAYS = rule("speech-verb-in-a-free-relative-reports-nothing", "`immunity protects what deputies say, "
                         "not what they take`: a speech verb whose object is `what` before it names what is said, "
                         "and reports no clause after it")
KNOWN_AS_IN_A_RELATIVE_CLAUSE = rule("quoted-name-someone-is-known-as-in-a-relative-clause", "`Ivo Ruso, who is "
                                     "known to fans as \"Bull,\" said`: the quotation after `as` in a passive "
                                     "relative clause of a naming verb (`who is known as`) is a name, not words "
                                     "said")
NICKNAME_IS_NO_QUOTATION = rule("nickname-is-no-quotation", "`\"We will find them,\" said commissioner Johannes "
                                "\"Hans\" Verbeek`: a nickname in marks inside a name is neither words said nor a "
                                "second part of the quotation before it")
APPOSED_TITLE = rule("a-title-set-in-apposition", "`Pruitt says his event, \"Storm the Lake, They Can't Stop Us\", "
                     "was a joke`: a quotation in title case set off by commas after a common noun is the thing's "
                     "name, neither words said nor a break in the report around it")
WITH_ABSOLUTE = rule("with-someone-saying", "`The vote passed, with officials saying the count was fair`: in an "
                     "absolute phrase after `with`, whoever the participle hangs on says the clause after it")
OBJECT_SPEAKS_NEXT = rule("a-speaker-read-as-the-object-of-a-report", "`The Times reported officials, after an "
                          "inquiry, stated it was a bottle`: a speaking noun the parser made the first speech verb's "
                          "object is the subject of the speech verb joined to it without `and`")
ACCOUNT_OWNER = rule("document-from-someone-s-account", "`A tweet sent from NAME's account said`, `a post on "
                     "NAME's page`: the owner of the account or page a message came from issued it")
IN_A_DOCUMENT = rule("in-a-document", "`In a situational report of the council, the tremor damaged 143 "
                     "buildings.`: a sentence opened by `In a report of X,` with no speech verb of its own is X's "
                     "report")
CUE_FIRST = rule("cue-verb-opening-the-sentence", "`Remarked Tarn Institute scientist NAME, \"...\"`: a cue verb "
                 "opening the sentence, then the speaker and a comma, introduces the quotation")
ACCORDING_AFTER_BUT = rule("according-to-after-but", "`The family gave no cause, but, according to his agent, he "
                           "had had surgery`: what X says starts after the contrast before `according to`")
ASIDE_AFTER_OBJECT = rule("aside-inside-a-misread-clause", "`claimed Norland, especially, amongst others, is "
                          "influencing it`: an aside between the clause's subject and its verb does not stop the "
                          "clause the parser split into an object and a conjunct")
SPEAKER_BEFORE_THE_VERB = rule("speaking-noun-right-before-the-verb", "`In findings published in Tarn One, a team "
                               "of scientists report ...`: a speaking noun right before a speech verb the parser left "
                               "without a subject is its subject")
PERSON_BEFORE_A_RELATIVE_ENDING_ON_A_BODY = rule(
    "word-for-a-person-before-a-relative-clause-ending-on-a-body-speaks", "`At the shack, where members were cutting "
    "cardboard, a drummer who was not authorised to speak for the group said`, `said` left without a subject: the "
    "word for a body ending the relative clause right before the verb is no speaker; the person the clause describes "
    "is")
BODY_NAMED_IN_QUOTES = rule("body-named-in-quotation-marks", "`Ana Lind of \"Have no fear\", a victims' charity, "
                            "told Reuters`: a short quotation right after a person's `of` is the name of their body, "
                            "not words said")
TITLE_WITH_ITS_COMMA_INSIDE = rule("apposed-title-with-its-comma-inside-the-marks", "`In a 2025 paper, \"Twenty Years "
                                   "at the Table,\" he argued`: a title apposed to a noun for a work, set off by "
                                   "commas the American way (the second inside the marks), is no quotation")
TERM_NAMED = rule("term-named-not-said", "`the term \"subject to\"`, `the slogan \"Think different\"`: words a noun "
                  "names as words are no quotation")
TERM_A_THING_IS_CALLED_BY = rule(
    "term-a-thing-is-called-by-is-no-quotation", "`a practice riders call a \"sticky bottle\"`, `what locals call "
    "\"ghost netting\"`: the quoted words right after `call` or `dub` in the present, a habit's (an article "
    "between), the verb with no object of its own, are the term the thing before goes by, no one's quotation (`a "
    "move the union called \"a cynical stunt\"` is the union's words)")
SO_CALLED = rule("so-called-words-are-no-quotation", "`one of about 120 so-called \"rhino rangers\"`: words "
                 "after `so-called` are a name in use, not anyone's quoted words")
SO_CALLED_INSIDE_A_REPORT = rule("so-called-words-leave-a-report-whole", "`wrote that attacks had tripled since "
                                 "2020, driven by so-called \"double extortion\", in which gangs ...`: words quoted "
                                 "after `so-called` are a name in use, and the report goes on past them")
READ_TAGGED_A_NOUN = rule("read-after-a-document-tagged-a-noun", "`\"Noor-1 is home,\" the centre's post read.`, "
                          "`read` tagged a noun compounded with `post`: after a quotation, `read` closing the "
                          "sentence right after a word for a document is the cue, and the document speaks")
SPEAKER_READ_AS_AN_APPOSITION = rule("speaker-after-the-report-read-as-apposed-to-its-last-noun", "`Authorities "
                                     "deported 63 Venezuelans, the National Commissioner of the Icelandic Police "
                                     "said`, the speaker parsed as apposed to `Venezuelans` and the verb left with no "
                                     "subject: the words set off right before a speech verb that follows its report "
                                     "are its subject")
WORK_S_TITLE_QUOTED = rule("work-s-title-is-no-quotation", "`the investigative programme \"Fakty a tiene\"`: "
                           "quoted words right after a noun for a work are its title")
ASKED_WHETHER = rule("question-reported", "`asked whether the plan was legal`: a question reported with `whether` "
                     "or `if` is reported speech, though `ask` reports nothing else without `that`")
ASKED_AS_A_PARTICIPLE = rule("asked-as-a-participle-reports-nothing", "`Asked whether she would resign, Kell said "
                             "...`: a question put to the speaker, told by a participle, is nobody's report")
CLAUSE_BEFORE_A_RULING = rule("clause-before-a-ruling", "`The ban was unlawful, the court ruled.`: a clause set "
                              "off by a comma before a verb that reports only with `that` (rule, agree, urge) is "
                              "what it reports")
DOCUMENT_THEN_QUOTED = rule("document-given-then-quoted", "`He provided Wikinews with the text of a message he sent:` "
                            "then a quotation in the next paragraph: the message is the subject's words")
LEAD_IN_THEN_QUOTED = rule("lead-in-before-a-quotation", "`Asked whether he would resign, \"Never,\" the minister "
                           "said`: a quotation whole before its attribution is the report; the words before it set "
                           "the scene and report nothing")
ASIDE_READ_AS_CONTENT = rule("aside-attribution-read-as-a-content-clause", "`If the geese had been farmed, they "
                             "reasoned, the specimens would differ`: a subject and speech verb set off by commas "
                             "attribute the sentence though the parser made them the content of the verb after them")
SUBJECT_IN_AN_OPENING = rule("subject-hung-on-an-opening-phrase", "`Speaking to the Ledger, the head of the "
                             "union, Ana Lind, said`: with no subject arc, a name set off by commas right before "
                             "the verb, which the parser hung on the opening phrase, is the speaker")
AGED_SUBJECT_IN_AN_OPENING = rule("aged-subject-hung-on-the-opening-phrase", "`In Kiirua, a village on the slopes "
                                  "of Mount Kenya, NAME, 54, said`, the name listed with the mountain: a person's "
                                  "name and age set off right before the verb are its subject")
TAIL_REPORT_ON_AN_APPOSITION = rule("report-after-a-clause-parsed-as-an-apposition", "`Tarn Rovers have agreed to "
                                    "sell a stake to X, the club announced on Saturday`, the reporter parsed as "
                                    "apposed to the clause's subject: the clause before the comma is the report")
TAIL_REPORT_READ_AS_AN_ADVERBIAL = rule(
    "tail-report-read-as-an-adverbial", "`Six condors were found dead near Quito, after feeding on a carcass, the "
    "ministry said on Thursday`, `said` parsed as an adverbial clause of the report's verb: a speech verb with its "
    "subject after a comma and nothing but a time after it reports the sentence before that comma")
TAIL_REPORT_READ_AS_A_RELATIVE = rule("report-closing-the-sentence-read-as-a-relative-clause", "`Two cubs were "
                                     "born at the zoo, the first of their kind bred here in decades, the zoo announced "
                                     "on Friday`, `announced` parsed as a relative clause of `first`: a speech verb "
                                     "with its own subject after a comma, no relative word and nothing after it, "
                                     "reports the sentence before that comma")
REPORT_HUNG_ON_AN_APPOSITION_S_END = rule("report-hung-on-the-end-of-an-apposition", "`But his older brother NAME, "
                                          "a prop who plays at the Wanderers, posted on Instagram: \"...\"`, the "
                                          "speech verb hung on the apposition's last noun and the sentence left "
                                          "with no verb: the name apposed to the sentence's head says it")
TITLED_BODY_IN_AN_OPENING = rule("titled-name-tagged-a-body-in-an-opening", "`In a statement issued in Goma, the "
                                 "group's spokesman, Patrice Nyembo, said`, the name tagged a body: a name apposed to "
                                 "a title word, hung on the opening phrase, is the speaker all the same")
THAT_CLAUSE_AFTER = rule("that-clause-after-a-quotation-attributes-nothing", "`said the offer was \"too little\", "
                         "and that the union would call a strike`: a verb after `that` following a quotation is in a "
                         "clause of its own, not the quotation's attribution")
PARTICIPLE_AFTER_THAT = rule("participle-after-that-is-no-cue", "`saying that promised firebreaks \"exist "
                            "only in press releases\"`, `promised` parsed as a verb with no subject: a participle "
                            "right after `that` modifies the noun after it and reports nothing")
WHO_PAST_A_TITLE_S_FIELD = rule("who-past-a-title-s-field", "`NAME, the department's assistant deputy minister "
                               "for materiel, who told MPs`: `who` after a title's field (`for materiel`, `of "
                               "operations`) is the title holder, not the field")
ANSWERER_AFTER_THE_QUESTION = rule("answerer-after-the-question", "`Asked by the committee's chair, Liberal MP "
                                  "Priya Raghunathan, whether ..., Okafor-Lindqvist said`, the asker parsed as the "
                                  "subject: the name set off right before the verb answers, the asker asks")
COMMENT_NOUN_READ_AS_A_SUBJECT = rule("comment-noun-read-as-a-subject", "`accused the government of \"hiding "
                                     "the real number,\" a charge the minister rejected`, the charge and the minister "
                                     "both parsed as the verb's subjects: the writer's comment, no attribution")
NAME_HUNG_ON_THE_OPENING = rule("name-hung-on-the-opening-phrase", "`Speaking outside Birmingham Coroner's "
                               "Court, the family's solicitor, NAME of FIRM, said`, the title and the name parsed "
                               "into the opening phrase: the name set off right before the verb, after a title, "
                               "is its subject")
PARTICIPLE_AFTER_WITH = rule("participle-after-with-is-no-cue", "`because the airline would not fly with so "
                            "few passengers confirmed, according to a source`: a participle after `with` and a noun "
                            "tells the noun's state; it reports nothing")
QUOTING_NAMES_THE_SPEAKER = rule("quoting-names-the-speaker", "`\"...,\" the release said, quoting the bureau's "
                                "head of prices statistics, Miriam Castellanos`: the quotation is the words of the "
                                "person the document quotes")
ADDRESSEE_IS_NO_SUBJECT = rule("addressee-is-no-subject-of-the-report", "`told a news conference that "
                              "scientific tests carried out ... had found pigments`: the object of `tell` is whom the "
                              "speaker told, never the reported clause's subject")
LISTED_PREDICATES_GO_ON = rule("listed-predicates-go-on-with-the-report", "`said that it had accepted the "
                              "findings, had added a rest day and had retrained its crews`, the second and third "
                              "predicates parsed as the verb's own: the report runs on over the list")
TITLED_NAME_AFTER_THE_VERB_READ_AS_A_LATER_SUBJECT = rule("titled-name-after-the-verb-read-as-a-later-subject",
                                                         "`\"...,\" said Colonel NAME, a spokesman for the "
                                                         "officers, who read the statement ... surrounded by "
                                                         "soldiers`, the name parsed as the subject of `surrounded`: "
                                                         "a titled name set off right after a speech verb with no "
                                                         "subject is its speaker")
WHOSE_AFTER_AN_OPENING_PHRASE = rule("name-described-with-whose-after-an-opening", "`In Iloilo City, NAME, "
                                    "whose younger brother NAME2 is among those kidnapped, said she had ...`: the "
                                    "name set off after the opening phrase is the speaker, not the one `whose` holds")
NAMING_PARTICIPLE_SET_OFF = rule("naming-participle-set-off-after-its-clause", "`data had appeared for sale, "
                                 "listed as \"the Harbour dump\"`, the participle parsed as a clause of its own: the "
                                 "quoted words are a name given, not a quotation")
LETTERS_AFTER_THE_APPOSED_NAME = rule("post-nominal-letters-after-the-apposed-name", "`A lawyer for X, Tunde "
                                      "Adebayo, SAN, said`: the name set off before the letters that close the "
                                      "subject is its speaker")
WHICH_PAST_A_PARTICIPLE_AFTER_A_NAME = rule("which-past-a-participle-set-off-after-a-body-s-name", "`a "
                                            "recommendation by the Harbour Board, set up by the government, which "
                                            "concluded that`, the participle hung on `recommendation`: the body named "
                                            "right before the participle is what `which` stands for")
WHOSE_ANTECEDENT_SET_OFF = rule("whose-antecedent-set-off-before-the-verb", "`Dignity Choice Scotland, whose "
                                "report collected ..., said`, `In the village of X, NAME, 27, whose daughter ..., "
                                "said`: the named person or body right before `whose` (its age between) speaks")
VERB_JOINED_TO_A_WHOSE_CLAUSE = rule(
    "verb-joined-to-a-whose-clause-is-the-antecedent-s", "`NAME, whose bloc voted for the amendments, accused the "
    "opposition of ... and said ...`: a verb after the comma closing a `whose` clause, parsed as joined to that "
    "clause's verb, is the named person's or body's, not the subject of the clause")
PARTICIPLE_AFTER_A_REPORT_HUNG_ON_ITS_SPEAKER = rule("participle-after-a-report-hung-on-its-speaker",
                                                    "`A, the health minister announced on Tuesday, saying B`, "
                                                    "`announced` and `saying` both parsed as participles on "
                                                    "`minister`: the one who announced says it")
TITLE_BEFORE_A_LONG_APPOSED_NAME = rule("title-before-a-name-with-a-long-apposition", "`\"...,\" Dr Hesham "
                                       "Abdel-Fattah el-Shazly, secretary-general of the Supreme Council of "
                                       "Antiquities, told reporters`: the name past its title words is the speaker")
NAME_AFTER_THE_VERB_READ_INTO_A_CLAUSE = rule("name-after-the-verb-read-into-a-clause", "`\"...,\" said Ana "
                                              "Lind, 39, whose brother is missing`, the name parsed as the subject of "
                                              "the relative clause read as the verb's content: a name set off right "
                                              "after a speech verb with no subject is its speaker")
EVENT_READ_AS_THE_SUBJECT = rule("event-read-as-the-speaker", "`Campaigners who gathered outside before the "
                                 "session said`, parsed as `before the session said`: a speech verb whose subject is "
                                 "a thing after `before` or `after`, in a relative clause, is the antecedent's")
SAID_AFTER_A_RELATIVE_IN_AN_APPOSITION = rule(
    "speech-verb-after-a-relative-in-an-apposition", "`A spokeswoman for NAME, a snack maker that the report "
    "identified as a buyer, said ...`, `said` parsed as the relative clause's verb: the head of the sentence, left "
    "with no verb, says it, not the relative clause's subject")
TOLD_WITH_NO_SUBJECT = rule("told-in-the-passive-with-no-subject", "`said she had applied twice, only to be told that "
                            "the fund was empty`: a passive of telling with no subject and no agent reports what "
                            "someone unnamed told, not what the subject of the verb above it says")
WHO_USES_THE_NAME = rule("speaker-who-uses-a-name", "`Its spokeswoman, who uses the nom de guerre Julia Andrade, "
                         "claimed ...`: a speaker described, then named by the name they use in a relative clause, is "
                         "that person")
REPORT_HUNG_ON_THE_NAME = rule(
    "report-read-as-a-participle-on-the-speaker-s-name", "`The high commissioner, Ana Lind, posted on X that ...`, "
    "the sentence left with no verb of its own: a past speech verb with a content clause, hung on a name apposed to "
    "the sentence's head, is the sentence's verb and the name its subject")
CLAUSE_AS_THE_SUBJECT_BESIDE_THE_VERB = rule(
    "that-clause-beside-the-verb-with-a-clause-for-subject", "`NAME, a member of parliament, posted on X that closing "
    "the clinic was wrong`: a `that` clause beside the verb whose subject is itself a clause (`closing the clinic`) "
    "is what the verb reports, as one with a noun for subject is")
THAT_CLAUSE_BESIDE_THE_VERB = rule("that-clause-hung-beside-the-report-verb", "`NAME, who taps trees near "
                                   "Plessisville, posted on Facebook that the theft proved ...`, the verb and its "
                                   "`that` clause both hung on the name: the clause opening on `that` right after the "
                                   "verb's words is what it reports")
CUE_READ_AS_A_MODIFIER = rule("speech-verb-read-as-the-title-s-adjective", "`\"...,\" tweeted opposition leader "
                              "Ana Lind`: a past speech verb right after a quotation, parsed as an adjective of the "
                              "title before a person's name, is the cue and the name the speaker")
DESCRIPTION_BEFORE_A_LISTENER = rule("description-and-verb-read-as-modifiers-of-the-listener", "`\"...,\" the "
                                     "24-year-old told reporters`, the description and the verb both parsed as "
                                     "adjectives of the ones told: the verb is the cue and the description before it "
                                     "the speaker")
REPORT_READ_AS_A_MODIFIER = rule("report-verb-read-as-an-adjective-of-the-clause-s-subject", "`Its spokeswoman, "
                                 "Ana Lind, predicted departures would keep rising`, `predicted` parsed as an "
                                 "adjective of `departures`: a past speech verb right before the subject of a tensed "
                                 "verb that has a subject of its own before it reports that clause, and that subject "
                                 "speaks")
DESCRIPTION_AS_MODIFIER = rule("description-parsed-as-a-modifier-of-the-verb", "`\"...,\" the 54-year-old "
                               "said`: with no subject arc, a description with its article right before the verb "
                               "is the speaker")
DESCRIBED_SUBJECT_IN_AN_OPENING = rule("described-subject-hung-on-an-opening-phrase", "`On Twitter, Ana Lind, a "
                                       "columnist for the Ledger, said`: with no subject arc, a name whose phrase "
                                       "(a description set off by commas) ends right before the verb is the speaker")
SET_OFF_SUBJECT_IN_AN_OPENING = rule("set-off-subject-hung-on-an-opening-phrase", "`In olive groves outside El "
                                     "Amra, Ibrahima Diallo, 24, from Guinea, said`: with no subject arc, a person's "
                                     "name hung on the opening phrase whose words set off after it run to the verb is "
                                     "the speaker")
INVERTED_WHOSE = rule("inverted-attribution-with-a-possessive", "`The plan is too costly, argued the city's "
                      "lawyer, Ana Lind.`: after the report, a title or a word for a speaker owned by someone, right "
                      "after the verb, is its subject")
TIME_OF_THE_SAYING = rule("time-of-the-saying-parsed-into-the-clause", "`Nortex said on Thursday it would cut jobs`, "
                          "the time hung on the reported verb: a time right after the speech verb and before the "
                          "clause's subject is when it was said, not part of what was said")
TIME_BEFORE_THE_CLAUSE = rule("time-before-a-clause-without-that", "`The court ruled on Monday the ban was "
                              "unlawful`: a time between the verb and a finite clause without `that` leaves the "
                              "clause its report")
PASSIVE_CUE_AGENT = rule("passive-cue-s-agent-speaks", "`Lind was described by the council as \"a strong "
                         "advocate\"`: the agent of a passive cue verb speaks, not its subject (never `was quoted "
                         "by X as saying`)")
PASSIVE_ADDRESSEE = rule("passive-addressee-is-no-speaker", "`Jurors were told that NAME had fled`, `Residents "
                         "were warned that ...`: the subject of a passive verb of telling is who was told; with no "
                         "agent, the article names no one who said it")
PERSON_OF_A_BODY = rule("person-of-a-body-parsed-as-the-body", "`Ana Lind of the University of Tarn, Kemiville "
                        "disagreed: \"...\"`, the body's last word parsed as the subject: the person of the body "
                        "speaks")
HYPHENATED_SUBJECT = rule("hyphenated-title-split-into-subjects", "`said study co-author and Fellow Ana Lind`, "
                          "`Another co-author, professor Ana Lind, said`, the hyphen's pieces parsed as subjects: "
                          "the title is the last piece, and the name listed or apposed with it speaks")
DOCUMENT_S_PARTICIPLE = rule("participle-after-a-document-speaks-for-its-author", "`The journal Nature "
                             "published a report by a team from X, saying ...`: a speech participle after a "
                             "document someone wrote speaks for its author, not for whoever published it")
AUXILIARY_OPENS_CLAUSE = rule("clause-opening-on-its-auxiliary", "`issued a statement confirming the talks would "
                              "resume`, `would resume` hung higher up: a clause opening on its auxiliary right after a "
                              "document's participle and its object is the report")
PARTICIPLE_OF_THE_MAIN_CLAUSE = rule("participle-speaks-for-the-main-clause", "`Experts called it dubious, as "
                                     "margins are thin, while noting the army needs it`: a participle hung on a "
                                     "subordinate clause speaks for the main clause's subject")
LONG_CUE_PHRASE = rule("cue-s-own-long-phrase-before-the-quotation", "`The governor has yet to concede, saying "
                       "earlier in the morning before the call for Lind, \"I won!\"`: the cue's own adverbials "
                       "between it and the quotation, however many, leave it the quotation's cue")
COMPLEMENT_QUOTE = rule("quotation-completing-the-cue-before-it", "`Coles called the demand \"unprecedented\", "
                        "while ALDI called it \"unexpected\"`: a quotation that completes a cue verb before it is "
                        "that verb's, not the next cue's")
AND_THAT_AFTER_A_QUOTATION = rule("and-that-after-a-partial-quotation", "`said the deal was \"a disgrace\" and "
                                  "that the talks would fail` (or `but that`): the clause after `and that`, outside "
                                  "the partial quotation, is a report of its own")
AND_THAT_BEFORE_A_QUOTATION = rule("and-that-before-a-partial-quotation", "`said the road would reopen and that "
                                   "the council had \"learned its lesson\"`: the clause before `and that` (or `but "
                                   "that`), outside the partial quotation, is a report of its own")
FIRST_REPORT_BEFORE_AND_THAT = rule("first-report-ends-before-and-that", "`said the offer was \"too little\", and "
                                    "that the union would strike`: the first report, holding the partial "
                                    "quotation, ends where the second opens")
REPORT_READ_AS_ADVERBIAL = rule("report-opening-a-sentence-read-as-an-adverbial", "`The Ledger reported on "
                                "Thursday, coverage had risen`, the report parsed as an adverbial of the clause "
                                "after its comma: that clause is what it reports")
ACCORDING_SUBJECT_AS_CONJUNCT = rule("according-to-source-before-a-listed-subject", "`According to the "
                                     "researchers, burial of cats was common`, the subject parsed as listed with "
                                     "the source: the source ends at its comma, the subject is what it says")
ACCORDING_TO_THE_PUBLISHER = rule("according-to-what-a-body-published", "`according to official results published "
                                  "by the regional government`, `a summary tabled by the committee`: the text speaks "
                                  "for who published it")
ACCORDING_YIELDS = rule("according-to-yields-to-a-speech-verb", "`Witnesses, according to the daily, said ...`: "
                        "the speech verb's subject is the speaker")

_END_PUNCT = set(",.!?;:—–-…")
_NON_SPACE = re.compile(r"\S")
# Upward walks in a parse tree stop at the root, and after this many steps whatever the parse.
MAX_CLIMB = 50


# Where a direct quotation's cue stands, as a Finding's ``how``: after it, before it or around it.
HOW_AFTER, HOW_BEFORE, HOW_WITHIN = "after", "before", "within"
HOW_NONE = "none"  # a quotation no cue was found for (yet)


@dataclass
class Finding:
    para: int
    kind: str  # direct | indirect
    parts: list[tuple[int, int]]  # character spans in the paragraph; several for a split quote
    how: str  # how it was attributed: where its cue stands (HOW_AFTER, HOW_BEFORE, HOW_WITHIN), or another way
    cue: str | None = None
    speaker_tok: int | None = None
    sent: int = 0
    quoted: Quoted | None = None
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.parts[0][0]


def last_non_space(text: str, end: int) -> int:
    """Offset of the last character before ``end`` that is not a space, or -1."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def is_root(tok) -> bool:
    # spaCy makes a new Token object on every access: tokens are compared by index, never by identity
    return tok.head.i == tok.i


def verb_lemma(tok, lang) -> str:
    """A verb's lemma, with its particle when it has one (`point out`, `call off`)."""
    lemma = tok.lemma_.lower()
    if on(PHRASAL):
        for c in tok.children:
            if c.dep_ == lang.dep.prt:
                return f"{lemma} {c.lower_}"
    prep = lang.prepositional_senses.get(lemma)  # looked up first: this runs for every token a cue is looked for in
    if prep is not None and on(ADD_TO):
        for c in tok.children:
            if c.dep_ == lang.dep.prep and c.lower_ == prep and any(
                    g.dep_ == lang.dep.pobj and g.pos_ == "NOUN" and not g.ent_type_ for g in c.children):
                return f"{lemma} {prep}"  # "the findings added to a growing body of evidence": no report
    return lemma


def _saying_of_quoted_as(tok, lang):
    """`was quoted as saying`: the cue after `as` when ``tok`` is a passive citing verb (`quoted`), or None."""
    d = lang.dep
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lang.citing_verbs \
            or not any(c.dep_ == d.auxpass or on(QUOTING_SOMEONE_AS_SAYING) and c.dep_ == d.dobj and c.i > tok.i
                       for c in tok.children):  # "was quoted as saying", "the statement quoted NAME as saying"
        return None
    return next((g for c in tok.children if c.dep_ == d.prep and c.lower_ == lang.as_ for g in c.children
                 if g.dep_ == d.pcomp and _is_cue(g, lang)), None)


def _read_tagged_a_noun(tok, lang):
    """`the centre's post read.`, `read` tagged a noun: the word for a document right before it when `read` ends the
    sentence; else None."""
    doc = tok.doc
    if tok.lower_ != lang.reading_verb or tok.pos_ != "NOUN" or tok.i == 0 or tok.i + 1 >= len(doc) \
            or not doc[tok.i + 1].is_punct or doc[tok.i + 1].i != tok.sent.end - 1:
        return None
    before = doc[tok.i - 1]
    return before if before.lemma_.lower() in lang.document_nouns and before.head.i == tok.i else None


def _is_cue(tok, lang) -> bool:
    lemma = verb_lemma(tok, lang)
    return tok.pos_ == "VERB" and lemma in lang.cue_verbs and tok.dep_ not in lang.dep.not_a_cue and not (
        on(THING_BEGAN) and lemma in lang.aspectual_verbs
        and any(c.dep_ in lang.dep.subjects and _speechless(c, lang) for c in tok.children)) \
        and not (on(PARTICIPLE_AFTER_THAT) and _modifier_after_that(tok, lang)) \
        and not (on(PARTICIPLE_AFTER_WITH) and _participle_after_with(tok, lang))


def _participle_after_with(tok, lang) -> bool:
    """`would not fly with so few passengers confirmed`: a past participle after `with` and a noun, parsed as a
    verb with that noun its subject, says what state the noun is in; it reports nothing."""
    if tok.tag_ not in lang.past_tags:
        return False
    subj = next((c for c in tok.children if c.dep_ in lang.dep.subjects and c.i < tok.i), None)
    return subj is not None and subj.right_edge.i == tok.i - 1 and subj.left_edge.i > 0 \
        and tok.doc[subj.left_edge.i - 1].lower_ == lang.absolute_preposition


def _titled_name_hung_later(verb, lang):
    """`said Colonel Idriss Abdelkerim Saleh, a spokesman ..., who read the statement ... surrounded by soldiers`:
    a person's name right after the verb (past its title words), parsed as the subject of a verb further on, and
    set off by a comma; None if there is none."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].is_title and doc[k].lower_.rstrip(".") in lang.titles:
        k += 1
    if k == verb.i + 1 or k >= len(doc) or doc[k].ent_type_ != lang.ent.person:
        return None
    name = doc[k]
    while name.dep_ == lang.dep.compound and name.head.i > name.i and name.head.ent_type_ == lang.ent.person:
        name = name.head
    if name.dep_ not in lang.dep.subjects or name.head.i < name.i or name.i + 1 >= len(doc) \
            or doc[name.i + 1].text != ",":
        return None
    return name


def _quoted_by(verb, lang):
    """`the release said, quoting the bureau's head of prices statistics, Miriam Castellanos`: the person the
    speech verb's `quoting` names, or None."""
    d = lang.dep
    quoting = next((c for c in verb.children if c.dep_ in (d.advcl, d.xcomp, d.conj) and c.i > verb.i
                    and c.tag_ in lang.gerund_tags and c.lemma_.lower() == lang.quoting_verb), None)
    obj = next((c for c in quoting.children if c.dep_ == d.dobj), None) if quoting is not None else None
    if obj is None:
        return None
    if obj.ent_type_ == lang.ent.person:
        return obj
    return next((c for c in obj.children if c.dep_ == d.appos and c.ent_type_ == lang.ent.person), None) \
        if obj.lower_ in lang.titles else None


def _answerer_after_the_question(verb, subjects, lang):
    """`Asked by the committee's chair, Liberal MP Priya Raghunathan, whether ..., Okafor-Lindqvist said`, the asker
    parsed as the subject: the name set off right before the verb of a sentence opening on `Asked` answers."""
    doc = verb.doc
    first = doc[verb.sent.start]
    if first.i + 3 > verb.i or first.lemma_.lower() not in lang.question_verbs \
            or first.tag_ not in lang.participle_tags or not first.is_title:
        return None
    last = doc[verb.i - 1]
    start = last.i
    while start > first.i and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text in lang.hyphens
                               and not doc[start - 1].whitespace_):
        start -= 1
    if last.pos_ != "PROPN" or doc[start - 1].text != "," or not all(s.i < start - 1 or start <= s.i <= last.i
                                                                      for s in subjects):
        return None
    return last


def _modifier_after_that(tok, lang) -> bool:
    """`saying that promised firebreaks "exist only in press releases"`: a participle right after `that`, parsed as
    the clause's verb with no subject of its own, modifies the noun after it (a tensed verb there needs a subject)."""
    d = lang.dep
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == lang.complementizer and tok.doc[tok.i - 1].head.i == tok.i \
        and tok.tag_ in lang.past_tags and not any(c.dep_ in d.subjects for c in tok.children) \
        and any(c.dep_ == d.dobj and c.i == tok.i + 1 for c in tok.children)


def _name_the_subject_uses(subj, verb, lang):
    """`Its spokeswoman at the talks, who uses the nom de guerre NAME,`: the person's name a relative clause inside
    the subject (before ``verb``) gives as the one its head goes by; None if there is none."""
    d = lang.dep
    for rel in subj.subtree:
        if rel.dep_ != d.relcl or rel.i > verb.i or not any(c.lower_ == lang.personal_relative and c.dep_ in d.subjects
                                                            for c in rel.children):
            continue
        name = next((c for c in rel.children if c.dep_ == d.dobj and c.ent_type_ == lang.ent.person), None)
        if name is not None and any(t.lower_ == lang.name_noun or t.lower_ in lang.adopted_name_nouns
                                    for t in name.subtree if t.i < name.i):
            return name
    return None


def _that_clause_beside(verb, lang):
    """The clause opening on `that` right after a speech verb's last word and hung on the same word as the verb
    (`NAME, ..., posted on Facebook that the theft proved ...`, both on NAME); None if there is none."""
    if not on(THAT_CLAUSE_BESIDE_THE_VERB) or is_root(verb):
        return None
    d, doc = lang.dep, verb.doc
    after = verb.right_edge.i + 1
    return next((c for c in verb.head.children if c.i > verb.i and c.dep_ in (d.acl, d.ccomp, d.relcl, d.advcl)
                 and min(t.i for t in c.subtree) == after and doc[after].lower_ == lang.complementizer
                 and (doc[after].dep_ == d.mark and doc[after].head.i == c.i
                      or on(THAT_BESIDE_READ_AS_A_RELATIVE) and _that_read_as_a_relative(c, lang))
                 and any(g.dep_ in d.subjects or on(CLAUSE_AS_THE_SUBJECT_BESIDE_THE_VERB) and g.dep_ == d.csubj
                         for g in c.children)), None)


def _clause_hung_on_a_noun(v, lang):
    """The report of speech verb ``v`` that the parser hung on a noun after it: on the statement, interview or letter
    the verb speaks in (`said in a statement that ...`, `in a brief filed with the court that ...`), on the meeting or
    event it came before or after (`told reporters after the meeting that ...`, `wrote after the clashes that ...`),
    or on a time (`wrote on X the next day that ...`); None if there is none. The finder takes it for the verb's
    content, and a quotation inside it climbs to the verb."""
    doc, d = v.doc, lang.dep
    clause = None
    if on(THAT_ON_THE_MEDIUM):
        clause = next((c for p in v.children if p.dep_ == d.prep and p.i > v.i
                       and (p.lower_ in lang.medium_prepositions
                            or on(THAT_ON_THE_OCCASION_AFTER) and p.lower_ in lang.temporal_marks)
                       for o in p.children if o.dep_ == d.pobj and o.pos_ == "NOUN"
                       and (o.lemma_.lower() in lang.document_nouns and p.lower_ in lang.medium_prepositions
                            or o.lemma_.lower() in lang.speaking_occasions
                            or on(THAT_ON_AN_EVENT_AFTER) and p.lower_ in lang.temporal_marks
                            and _an_event(o, lang))
                       for c in (o.subtree if on(THAT_DEEP_IN_THE_MEDIUM) else o.children)
                       if c.dep_ in (d.acl, d.ccomp, d.relcl) and c.i > o.i and (any(
                           g.dep_ == d.mark and g.lower_ == lang.complementizer
                           and g.i == min(t.i for t in c.subtree) for g in c.children)
                           or on(THAT_READ_AS_A_RELATIVE_ON_THE_MEDIUM) and _that_read_as_a_relative(c, lang)
                           or on(REPORT_WITHOUT_THAT_ON_THE_MEDIUM) and _report_read_as_a_relative(c, o, lang))),
                      None)

    def that_clause_on(o):  # a clause after ``o`` opening on `that`, with a subject of its own
        return next((c for c in o.children if c.dep_ in (d.relcl, d.acl, d.ccomp) and c.i > o.i
                     and doc[min(t.i for t in c.subtree)].lower_ == lang.complementizer
                     and any(g.dep_ in d.subjects and g.lower_ != lang.complementizer for g in c.children)), None)

    if clause is None and on(THAT_ON_A_TIME):  # "wrote on X the next day that ...": hung on `day`
        clause = next((c for o in v.children if o.dep_ == d.npadvmod and o.i > v.i and o.ent_type_ in lang.ent.times
                       for c in [that_clause_on(o)] if c is not None), None)
    if clause is None and on(THAT_ON_THE_OCCASION_TOLD):  # "told a news briefing that ...": on `briefing`
        clause = next((c for o in v.children if o.dep_ == d.dobj and o.i > v.i and o.pos_ == "NOUN"
                       and o.lemma_.lower() in lang.speaking_occasions
                       for c in [that_clause_on(o)] if c is not None), None)
    if clause is None and on(THAT_ON_THE_PLACE):  # "told reporters at a hotel in X that ...": on `hotel`
        places = lang.place_prepositions | lang.setting_prepositions
        clause = next((c for p in v.children if p.dep_ == d.prep and p.i > v.i and p.lower_ in places
                       and not any(g.dep_ in (d.auxpass, d.nsubjpass) for g in v.children)
                       for c in p.subtree if c.dep_ in (d.relcl, d.acl) and c.head.pos_ in ("NOUN", "PROPN")
                       and c.left_edge.lower_ == lang.complementizer and c.left_edge.dep_ == d.mark
                       and any(g.dep_ in d.subjects and g.lower_ != lang.complementizer for g in c.children)), None)
    if clause is None and on(THAT_TOLD_READ_AS_A_RELATIVE_ON_THE_PLACE) and v.lemma_.lower() in lang.addressee_verbs \
            and any(o.dep_ == d.dobj for o in v.children) \
            and not any(c.dep_ in (d.ccomp, d.xcomp) or c.dep_ == d.dobj and c.pos_ in ("PRON", "NOUN") and c.i > v.i
                        and c.lemma_.lower() in lang.content_nouns for c in v.children):
        places = lang.place_prepositions | lang.setting_prepositions
        clause = next((c for p in v.children if p.dep_ == d.prep and p.i > v.i and p.lower_ in places
                       for o in p.children if o.dep_ == d.pobj
                       for c in o.children if c.dep_ == d.relcl and c.i > o.i and c.left_edge.i == o.i + 1
                       and _that_read_as_a_relative(c, lang)), None)
    if clause is None and on(THAT_ON_THE_FIRST_TIME):  # "acknowledging for the first time that ...": on `time`
        clause = next((c for p in v.children if p.dep_ == d.prep and p.i > v.i for o in p.children
                       if o.dep_ == d.pobj and o.lemma_.lower() in lang.occasion_time_nouns
                       for c in [that_clause_on(o)] if c is not None), None)
    if clause is None and on(THAT_ON_A_TIME_AFTER_A_PREPOSITION):  # "at the end of the day that ...": on `day`
        clause = next((c for p in v.children if p.dep_ == d.prep and p.i > v.i
                       for c in p.subtree if c.dep_ in (d.relcl, d.acl) and c.head.ent_type_ in lang.ent.times
                       and c.left_edge.lower_ == lang.complementizer and c.left_edge.head.i == c.i
                       and any(g.dep_ in d.subjects and g.lower_ != lang.complementizer for g in c.children)), None)
    return clause


def _report_hung_on_the_name(verb, lang):
    """`The mayor of Tarn, NAME, posted on Facebook that ...`, the past speech verb with its content clause parsed as
    a participle on the sentence's head noun (or on the name apposed to it) and the sentence left with no verb: the
    name; `The authority estimated in its assessment that ...`, the verb right after the head noun: the noun; None
    otherwise."""
    d, doc = lang.dep, verb.doc
    after = verb.right_edge.i + 1
    colon = on(COLON_AFTER_A_VERB_HUNG_ON_THE_NAME) and after + 1 < len(doc) and doc[after].text == ":" \
        and doc[after + 1].is_quote  # "The party's spokeswoman, NAME, posted on X: \"...\""
    if verb.tag_ not in lang.past_tags or not (colon or any(c.dep_ == d.ccomp and c.i > verb.i for c in verb.children)
                                               or _that_clause_beside(verb, lang) is not None):
        return None
    head = verb.head
    if doc[verb.i - 1].text != ",":
        return head if on(REPORT_HUNG_ON_ITS_SPEAKER) and head.i == verb.i - 1 and is_root(head) \
            and head.pos_ in ("NOUN", "PROPN") and (can_speak(head, lang) or head.lemma_.lower() in lang.body_nouns) \
            else None
    top = head.head if head.dep_ == d.appos else head
    if on(REPORT_HUNG_ON_A_NAME_DESCRIBED) and top is head and is_root(top) and top.pos_ == "PROPN" \
            and top.ent_type_ in lang.ent.actors and any(c.dep_ == d.appos and top.i < c.i < verb.i
                                                         for c in top.children):
        return top  # "The Ngwane Democratic Forum, a movement whose leaders live in exile, posted on X that"
    joined = on(REPORT_HUNG_ON_THE_SUBJECT_OF_A_JOINED_VERB) and top.dep_ == d.nsubj and top.head.i > after \
        and after < len(doc) and doc[after].dep_ == d.cc and top.head.pos_ == "VERB" \
        and top.head.i == verb.right_edge.i + 2  # "His lawyer, NAME, conceded that A but argued that B"
    if not (is_root(top) or colon and top.head.i > after or joined) or top.pos_ != "NOUN":
        return None  # (the quotation's verb may be the sentence's root, the head noun its subject)
    return next((c for c in top.children if c.dep_ == d.appos and c.i < verb.i and (
        c.ent_type_ == lang.ent.person or on(NAME_APPOSED_TO_A_TITLE_TAGGED_A_BODY) and c.pos_ == "PROPN"
        and c.ent_type_ in lang.ent.bodies and top.lemma_.lower() in lang.titles)), None)


def _modifying_cue(tok, lang):
    """The person a speech verb in the past, read as an adjective of the title after it, introduces:
    `tweeted opposition leader NAME`, `tweeted` parsed as a modifier of `leader`; None otherwise."""
    if tok.pos_ != "VERB" or tok.dep_ != lang.dep.amod or tok.tag_ not in lang.past_tags \
            or verb_lemma(tok, lang) not in lang.cue_verbs or tok.head.i <= tok.i:
        return None
    head = tok.head
    while head.dep_ == lang.dep.compound and head.head.i > head.i:
        head = head.head
    return head if head.ent_type_ == lang.ent.person else None


def _report_read_as_a_modifier(tok, lang):
    """The subject before a past speech verb that the parser read as an adjective of the next word, the subject of a
    tensed verb the first subject also hangs on (`Its spokeswoman, NAME, predicted departures would keep rising`):
    that subject, else None."""
    d = lang.dep
    if tok.pos_ != "VERB" or tok.dep_ != d.amod or tok.tag_ not in lang.past_tags \
            or verb_lemma(tok, lang) not in lang.reporting_verbs or tok.head.i != tok.i + 1:
        return None
    noun, top = tok.head, tok.head.head
    if noun.dep_ not in d.subjects or top.i <= noun.i or top.pos_ not in ("VERB", "AUX") or not _tensed(top, lang):
        return None
    return next((g for g in top.children if g.dep_ in d.subjects and g.i < tok.i and g.right_edge.i < tok.i
                 and g.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _described_before_its_listener(tok, lang):
    """The description right before a past speech verb when both are parsed as adjectives of the ones told after them
    (`the 24-year-old told reporters`), the description led by an article; None otherwise."""
    if tok.pos_ != "VERB" or tok.dep_ != lang.dep.amod or tok.tag_ not in lang.past_tags or tok.i == 0 \
            or verb_lemma(tok, lang) not in lang.cue_verbs or tok.head.i <= tok.i:
        return None
    left = tok.doc[tok.i - 1]
    if left.dep_ != lang.dep.amod or left.head.i != tok.head.i or left.pos_ not in ("ADJ", "NOUN") \
            or not (left.left_edge.lower_ in lang.articles
                    or left.left_edge.i > 0 and tok.doc[left.left_edge.i - 1].lower_ in lang.articles):
        return None
    return left


def _after_too(verb, lang) -> bool:
    """Whether an infinitive hangs on a word of excess (`too slow to admit`, `too proud to say`): on the adjective
    itself or on the verb the adjective completes."""
    if not any(c.tag_ == lang.infinitive_tag for c in verb.children):
        return False
    head = verb.head
    words = [head] + [c for c in head.children if c.dep_ in (lang.dep.acomp, lang.dep.conj) and c.pos_ == "ADJ"]
    return any(g.dep_ == lang.dep.advmod and g.lower_ in lang.excess_adverbs and w.lower_ not in lang.haste_adjectives
               for w in words for g in w.children)  # not "too quick to say": it was said


def _infinitive_in_a_report(tok, lang) -> bool:
    """Whether ``tok`` is a speech verb in the infinitive (`to testify`) inside the content clause of a speech verb
    above it (not in a clause on a noun: `a case that the media came to call`)."""
    if not on(INFINITIVE_IN_A_REPORT) or not any(c.tag_ == lang.infinitive_tag and c.i < tok.i for c in tok.children):
        return False
    d = lang.dep
    node = tok
    while not is_root(node) and node.dep_ not in d.noun_clauses:
        if node.dep_ == d.ccomp and _is_cue(node.head, lang) and verb_lemma(node.head, lang) in lang.report_verbs:
            return True
        node = node.head
    return False


def _of_a_name(clause, lang) -> bool:
    """Whether a clause has someone's name or identity kept back (`that his name not be used`, `that her identity
    be withheld`): its subject, in the passive."""
    d = lang.dep
    return (_negated(clause, lang) or clause.lemma_.lower() in lang.withholding_verbs) and any(
        c.dep_ == d.nsubjpass and c.lemma_.lower() in lang.identity_nouns and any(g.dep_ == d.poss for g in c.children)
        for c in clause.children)


def _action_inside_a_report(verb, lang) -> bool:
    """`said NAME had rejected her edits "..."`: a speech verb with an object and no clause of its own, in the
    report of a speech verb above it, is an action told there, never a quotation's cue."""
    d = lang.dep
    prepositional = on(PREPOSITIONAL_ACTION_INSIDE_A_REPORT)
    clause = verb
    while prepositional and clause.dep_ == d.conj and clause.head.i < clause.i:
        clause = clause.head  # "said A, and that the two sides had agreed on \"...\"": the report's second clause

    def acted_on(c) -> bool:  # "agreed on \"...\""; a second clause's own object may be the parser's ("reported
        # A ..., and called B \"...\"")
        return c.dep_ == d.dobj and clause is verb or prepositional and c.dep_ == d.prep \
            and c.i + 1 < len(c.doc) and c.doc[c.i + 1].is_quote
    return on(ACTION_INSIDE_A_REPORT) and clause.dep_ == d.ccomp and not is_root(clause) \
        and _is_cue(clause.head, lang) and clause.head.lemma_.lower() in lang.report_verbs \
        and any(acted_on(c) for c in verb.children) and not any(c.dep_ in (d.ccomp, d.xcomp) for c in verb.children)


def _no_one(subj, lang) -> bool:
    """`nobody`, `no one`, `no official`: a subject that names no one."""
    return subj.lower_ in lang.no_one_words or any(c.dep_ == lang.dep.det and c.lower_ == lang.no_determiner
                                                    for c in subj.children)


def _negated(tok, lang) -> bool:
    return any(c.dep_ == lang.dep.neg for c in tok.children)


def _person_of_the_body(tok, lang):
    """The person in `NAME of BODY` when ``tok``, a subject, is a word of the body: the parser took the body's
    last words for the subject (`NAME of the University of X, Los Angeles disagreed`)."""
    doc = tok.doc
    ent = entity_at(doc, tok.i)
    if ent is None or ent.label_ not in lang.ent.bodies:
        return None
    k = ent.start - (ent.start > 0 and doc[ent.start - 1].lower_ in lang.articles)
    if k < 2 or doc[k - 1].lower_ != lang.of or doc[k - 2].ent_type_ != lang.ent.person:
        return None
    return doc[k - 2]


def _after_a_comma(verb) -> bool:
    """Whether a comma (and closing quotation marks) stands right before a verb's phrase: `, blaming`,
    `"a disgrace," later adding`."""
    doc = verb.doc
    i = verb.left_edge.i - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _question_aside(tok, lang):
    """`NAME, asked about the leak, said ...`: for a participle of asking set off by commas after the noun phrase
    that opens its clause, (the head of that phrase, the finite verb right after the aside); else None."""
    doc = tok.doc
    if tok.lemma_.lower() not in lang.questioned_verbs or tok.tag_ not in lang.past_tags or tok.i < 2 \
            or doc[tok.i - 1].text != ",":
        return None
    sent = tok.sent
    start = next((t.i + 1 for t in reversed(doc[sent.start:tok.i - 1]) if t.text == ","), sent.start)
    phrase = doc[start:tok.i - 1]
    if not len(phrase) or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in phrase):
        return None
    heads = [t for t in phrase if not start <= t.head.i < tok.i - 1 or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    for t in doc[tok.i + 1:sent.end - 1]:
        if t.is_quote:
            return None
        if t.text == "," and doc[t.i + 1].pos_ == "VERB" and doc[t.i + 1].tag_ in lang.finite_tags:
            return heads[0], doc[t.i + 1]
    return None


def _named_after_the_quotation(verb, lang, inside, most: int = 14):
    """The person named in the words between a quotation's closing mark and ``verb`` (`"...," the union's chairwoman,
    NAME, told`), where those words hold no verb and end in a comma; None otherwise."""
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    k = verb.i - 1
    while k >= 0 and not inside(doc[k]) and verb.i - k <= most:
        k -= 1
    if k < 0 or not inside(doc[k]):
        return None  # no quotation right before
    words = [t for t in doc[k + 1: verb.i] if not t.is_punct]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    people = [t for t in words if t.ent_type_ == lang.ent.person]
    return people[-1] if people else None


def _subject_before_a_question_aside(verb, lang):
    """`NAME, asked about the leak, said`: the subject set off from ``verb`` by a question aside, if any."""
    for t in verb.doc[verb.sent.start:verb.i]:
        found = _question_aside(t, lang)
        if found is not None and found[1].i == verb.i:
            return found[0]
    return None


def _predicate_after_a_complement(verb, clause, lang) -> bool:
    """Whether ``clause``, a clause of ``verb``, is its subject's own predicate, not a report: the verb has its
    object's complement (`ballots declared void`) and the clause after it no subject, opening on its auxiliary
    (`were found to be valid`)."""
    d = lang.dep
    return clause.i > verb.i and any(c.dep_ == d.oprd for c in verb.children) \
        and verb.doc[clause.left_edge.i].pos_ == "AUX" and not any(g.dep_ in d.subjects for g in clause.children)


def _speaker_apposed_to_a_place_s_name(subject, verb, lang):
    """`cut the road to the regional capital, Hinche, the country's civil protection agency said`, the place's name
    parsed as the subject and the speaker as apposed to it: the speaker, where the name is set off right after a
    word for a place and the apposed words that can speak end right before the verb; None otherwise."""
    d, doc = lang.dep, verb.doc
    start = subject.left_edge.i
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].pos_ != "NOUN" \
            or doc[start - 2].lemma_.lower() not in lang.place_nouns:
        return None
    return next((c for c in subject.children if c.dep_ == d.appos and c.i > subject.i and c.right_edge.i == verb.i - 1
                 and doc[c.left_edge.i - 1].text == "," and c.pos_ == "NOUN"
                 and (c.lemma_.lower() in lang.body_nouns or c.lemma_.lower() in lang.person_nouns)), None)


def person_apposed_to_a_place_subject(subject, verb, lang, outside=lambda t: True):
    """`In Wabag, the provincial capital, a trader at the main market said`, `capital` parsed as the subject: the
    word for a person apposed to the word for a place, or a person's name set off inside it right before the verb
    (`In Kostel, a municipality of 650 people on the river, NAME, 67, who runs the shop, said`); None if none."""
    d = lang.dep
    if subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() not in lang.place_nouns:
        return None
    named = next((c for c in subject.children if c.dep_ == d.appos and c.i > subject.i
                  and c.pos_ == "NOUN" and c.lemma_.lower() in lang.person_nouns | lang.titles and outside(c)), None)
    if named is None:
        named = next((c for c in subject.subtree if c.dep_ in (d.conj, d.appos) and c.i > subject.i
                      and c.ent_type_ == lang.ent.person and outside(c) and c.right_edge.i >= verb.i - 2
                      and verb.doc[c.left_edge.i - 1].text == ","), None)
    return named


def described_before_its_relative(verb, lang):
    """`a drummer who was not authorised to speak for the group said`, the verb left without a subject: the word for a
    person that the relative clause ending right before the verb describes; None if none."""
    if verb.i < 1:
        return None
    left = verb.doc[verb.i - 1]
    if left.pos_ != "NOUN":
        return None
    described = next((a.head for a in [left, *left.ancestors] if a.dep_ == lang.dep.relcl), None)
    if described is None or described.pos_ != "NOUN" or described.i >= left.i \
            or described.lemma_.lower() not in lang.person_nouns | lang.titles or described.right_edge.i != verb.i - 1:
        return None
    return described


def _name_after_joined_portfolios(subject, lang):
    """`Minister of Lands and Agriculture NAME told`, the name parsed as joined by `and` to the capitalised title it
    follows: the name, when nothing but capitalised portfolio words stands between the title and it and no article
    opens the title; None otherwise."""
    d, doc = lang.dep, subject.doc
    if not subject.is_title or subject.lower_.rstrip(".") not in lang.titles or subject.ent_type_ == lang.ent.person \
            or subject.i > 0 and doc[subject.i - 1].lower_ in lang.articles \
            or not any(c.dep_ == d.prep and c.lower_ in lang.portfolio_prepositions | {lang.of} and c.i > subject.i
                       for c in subject.children):
        return None
    for g in subject.children:
        if g.dep_ != d.conj or g.ent_type_ != lang.ent.person or g.i < subject.i:
            continue
        ent = entity_at(doc, g.i)
        start = ent.start if ent is not None else g.i
        between = doc[subject.i + 1: start]
        if any(t.lower_ in lang.coordinators for t in between) and all(
                t.is_title or t.lower_ in lang.coordinators or t.lower_ in lang.body_name_joiners or t.text == ","
                for t in between):
            return g
    return None


def apposed_to_a_fronted_phrase(verb, lang):
    """`Back at the clinic, a nurse who ... said`: the person noun the parser apposed to the object of the phrase
    opening the sentence, when ``verb`` has no subject of its own and the noun no name apposed (a name is read
    by ``TITLED_BODY_IN_AN_OPENING``); None otherwise."""
    d, doc = lang.dep, verb.doc
    for left in verb.lefts:
        participle = on(SUBJECT_APPOSED_IN_A_FRONTED_PARTICIPLE) and left.dep_ == d.advcl \
            and left.tag_ in lang.participle_tags  # "Asked about the vote at a briefing in Beijing, a spokeswoman"
        if left.dep_ not in (d.prep, d.advmod) and not participle or left.i != verb.sent.start:
            continue
        for t in left.subtree:
            if on(NAME_JOINED_TO_A_FRONTED_PLACE) and t.dep_ == d.conj and t.ent_type_ == lang.ent.person \
                    and t.head.dep_ == d.pobj and t.i < verb.i and doc[t.left_edge.i - 1].text == "," \
                    and not any(c.dep_ == d.cc for c in t.head.children):
                return t  # "In the town of Arlo, Ana Ruiz, 38, said"
            if on(NAME_AND_OTHERS_AFTER_A_FRONTED_PHRASE) and t.dep_ == d.conj and t.pos_ == "PROPN" and t.is_title \
                    and t.head.dep_ in (d.pobj, d.appos) and t.i < verb.i and doc[t.left_edge.i - 1].text == "," \
                    and t.right_edge.i == verb.i - 1 and any(
                        c.dep_ == d.conj and c.pos_ == "NOUN" and c.lemma_.lower() in lang.relation_nouns
                        for c in t.children):
                return t  # "In a paper published in X, Villamizar and two colleagues wrote"
            if on(BODY_NAMED_AFTER_ITS_WORD) and t.dep_ == d.appos and t.pos_ == "NOUN" and t.head.dep_ == d.pobj \
                    and t.lower_ in lang.body_nouns and t.i < verb.i and doc[t.left_edge.i - 1].text == ",":
                named = next((c for c in t.children if c.dep_ == d.appos and c.ent_type_ == lang.ent.org
                              and c.i < verb.i and doc[c.left_edge.i - 1].text == ","), None)
                if named is not None:
                    return named  # "In Cox's Bazar, where ..., the U.N. children's agency, UNICEF, said"
            if t.dep_ == d.appos and t.pos_ == "NOUN" and (t.head.dep_ == d.pobj or on(
                    SUBJECT_APPOSED_TO_A_FRONTED_PLACE_S_DESCRIPTION) and t.head.dep_ == d.appos
                    and t.head.lemma_.lower() in lang.place_nouns and t.head.head.dep_ == d.pobj) and t.i < verb.i \
                    and doc[t.left_edge.i - 1].text == "," and not t.ent_type_ \
                    and not any(c.dep_ == d.appos for c in t.children) \
                    and (any(t.lemma_.lower() in words
                             for words in (lang.speaker_nouns, lang.titles, lang.person_nouns))
                         or on(WHO_MAKES_A_PERSON) and any(c.dep_ == d.relcl and c.i > t.i and any(
                             g.lower_ == lang.personal_relative for g in c.children) for c in t.children)):
                return t
    return None


def _described_as(name, noun, lang) -> bool:
    """Whether ``noun`` is the word for a person that describes ``name``, set off after it (`NAME, a seller,`)."""
    described = described_as_a_person(name, lang) if name is not None else None
    return described is not None and described.i == noun.i


def _clause_before_whose(verb, lang):
    """The clause holding `whose` that the parser read before ``verb``, which reports a clause after it (`NAME, 71,
    a trapper whose family land would be flooded, said he ...`): the clause's verb, or None."""
    d = lang.dep
    before = next((c for c in verb.children if c.dep_ == d.ccomp and c.i < verb.i and c.right_edge.i >= verb.i - 2
                   and c.left_edge.i == verb.sent.start), None)
    if before is None and verb.dep_ == d.conj and verb.head.i < verb.i and verb.head.left_edge.i == verb.sent.start:
        before = verb.head  # "NAME, 68, a herder whose land would be flooded by the dam, said": `said` its conjunct
    if before is None or not any(c.dep_ == d.ccomp and c.i > verb.i for c in verb.children) \
            or not any(t.lower_ in lang.relative_possessives and t.i < verb.i for t in before.subtree):
        return None
    return before


def _name_described_with_whose(verb, lang):
    """The person's name opening the sentence where the parser read its description, holding `whose`, as a clause
    ``verb`` reports before it (`NAME, 71, a trapper whose family land would be flooded, said he ...`); None where
    there is none."""
    d, doc = lang.dep, verb.doc
    before = _clause_before_whose(verb, lang)
    if before is None:
        return None
    named = entity_at(doc, verb.sent.start)
    if named is None and on(WHOSE_AFTER_AN_OPENING_PHRASE):  # "In Iloilo City, NAME, whose brother ..., said"
        subject = next((c for c in before.children if c.dep_ in d.subjects and c.i > verb.sent.start
                        and doc[c.left_edge.i - 1].text == ","), None)
        named = entity_at(doc, subject.i) if subject is not None else None
        whose = subject.left_edge if subject is not None else None
        if named is None and whose is not None and whose.lower_ in lang.relative_possessives \
                and on(WHOSE_ANTECEDENT_SET_OFF):  # "In the village of X, NAME, 27, whose daughter ...": the
            named = _named_before_whose(whose, verb, lang)  # subject is the noun `whose` holds
    if named is None or named.end >= len(doc) or doc[named.end].text != "," or named.label_ != lang.ent.person and not (
            on(WHOSE_NAME_TYPED_A_PERSON) and typed_a_person(doc, named.root, lang)):
        return None  # (`NAME, 29, whose daughter ...`, tagged a body and typed a person by its age: a person's)
    return named.root


def _antecedent_of_whose(verb, lang):
    """For a speech verb with no subject, right after a comma and before its report (`NAME, 27, whose daughter
    ..., said she ...`): the person or body named right before the sentence's last `whose` (an age set off
    between them), the speaker the parser lost to the clause `whose` opens or left out; None where the word
    before `whose` names no one (`NAME, a trapper whose ...`)."""
    doc, d = verb.doc, lang.dep
    if verb.i < 2:
        return None
    joined = on(VERB_JOINED_TO_A_WHOSE_CLAUSE) and verb.dep_ == d.conj and verb.head.dep_ == d.relcl \
        and verb.head.i < verb.i and any(t.lower_ in lang.relative_possessives and t.head.head.i == verb.head.i
                                         for t in doc[verb.head.left_edge.i: verb.head.i])
    if joined:  # the first verb joined to the clause comes right after the comma closing it
        first = min((c for c in verb.head.children if c.dep_ == d.conj and c.i <= verb.i), key=lambda c: c.i)
        joined = doc[first.left_edge.i - 1].text == "," and not any(
            c.dep_ == d.cc and c.i < first.i for c in verb.head.children)
    if not joined and (doc[verb.i - 1].text != "," or not any(c.dep_ == d.ccomp and c.i > verb.i
                                                              for c in verb.children)):
        return None
    whose = next((t for t in reversed(doc[verb.sent.start: verb.i]) if t.lower_ in lang.relative_possessives), None)
    named = _named_before_whose(whose, verb, lang) if whose is not None else None
    if named is not None and _clause_before_whose(verb, lang) is not None and (
            named.label_ == lang.ent.person or typed_a_person(doc, named.root, lang)):
        return None  # a person's name opening the sentence or after its opening: ``_name_described_with_whose``
    if named is not None and on(PERSON_OF_A_PLACE_BEFORE_WHOSE) and named.label_ != lang.ent.person \
            and named.start >= 2 and doc[named.start - 1].lower_ == lang.of:
        owner = entity_at(doc, named.start - 2)
        if owner is not None and owner.label_ == lang.ent.person and owner.end == named.start - 1:
            return owner  # "Chief NAME of Nkhaba, whose council backs the claim, said": the chief
    return named


def _named_before_whose(whose, verb, lang):
    """The person or body named right before ``whose``, set off by a comma (an age set off between), or None."""
    doc = verb.doc
    if whose.i < 2 or doc[whose.i - 1].text != ",":
        return None
    j = whose.i - 2
    while j > verb.sent.start and (doc[j].like_num or doc[j].text == ",") and doc[j - 1].text == ",":
        j -= 2  # "NAME, 27, whose"
    named = entity_at(doc, j)
    if named is None or named.end - 1 != j or named.label_ not in (lang.ent.person, lang.ent.org):
        return None
    return named


def _held_by_whose(noun, lang) -> bool:
    """`whose chief executive`: a noun held by a relative `whose`, naming someone else than its antecedent."""
    return any(g.lower_ in lang.relative_possessives for g in noun.children)


def _that_read_as_a_relative(clause, lang) -> bool:
    """`in a statement that Rautio had withdrawn`, `that` parsed as the object of a relative clause: the clause opens
    on `that` and has a subject of its own, and its verb is none a document is put out by (`a statement that it
    issued` is a relative clause)."""
    d, doc = lang.dep, clause.doc
    return doc[min(t.i for t in clause.subtree)].lower_ == lang.complementizer \
        and not any(g.dep_ in d.subjects and g.lower_ == lang.complementizer for g in clause.children) \
        and any(g.dep_ in d.subjects for g in clause.children) and clause.lemma_.lower() not in lang.issuing_verbs


def _an_event(noun, lang) -> bool:
    """Whether ``noun`` (after `before`, `after`, `since`) is an event, not words whose `that` clause is their own
    content (`after reports that ...`, `after claims that ...`)."""
    lemma = noun.lemma_.lower()
    return lemma not in lang.document_nouns and lemma not in lang.comment_nouns and lemma not in lang.content_nouns \
        and noun.lower_ not in lang.document_nouns


def _report_read_as_a_relative(clause, noun, lang) -> bool:
    """`in a statement it had cut output`: a relative clause right after ``noun``, opening on a subject of its own
    (no `that`, no wh-word), whose verb is none a statement is made or an interview given by, unless with an object
    of its own (`in an interview he gave to the BBC` is a relative clause)."""
    d = lang.dep
    subj = next((g for g in clause.children if g.dep_ in d.subjects and g.i < clause.i), None)
    lemma = clause.lemma_.lower()
    return clause.dep_ == d.relcl and subj is not None and subj.left_edge.i == noun.i + 1 \
        and min(t.i for t in clause.subtree) == noun.i + 1 and subj.tag_ not in lang.wh_tags \
        and subj.lower_ != lang.complementizer and clause.pos_ in ("VERB", "AUX") and (
            lemma not in lang.issuing_verbs and lemma not in lang.occasion_verbs
            or any(g.dep_ == d.dobj for g in clause.children))


def _after_a_name(noun, subjects, lang) -> bool:
    """Whether a person's name among ``subjects`` ends right before the comma that opens ``noun``'s phrase: `Choi
    Min-seok, the company's head of safety, told`, the name split at its hyphen and both parsed as subjects."""
    comma = noun.left_edge.i - 1
    return any(named is not None and named.label_ == lang.ent.person and named.end == comma
               for o in subjects if o.i < comma for named in [entity_at(noun.doc, o.i)])


def _behind_whose(tok, top, lang) -> bool:
    """Whether ``tok`` is apposed, below ``top``, to a noun held by `whose`: `The firm, whose chief executive,
    NAME,` names the executive, not the firm."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        if _held_by_whose(node, lang):
            return True
    return False


def _agent_under_quoted_words(verb, lang, inside):
    """`The plan was called "a disgrace" by NAME`: the `by` phrase the parser hung on the quoted words, its object
    a name; None if there is none."""
    for t in verb.subtree:
        if t.i <= verb.i or not inside(t):
            continue
        g = _author_by(t, lang)
        if g is not None and g.head.lower_ != lang.origin_preposition and not inside(g.head) and not inside(g) \
                and (g.ent_type_ in lang.ent.actors or g.pos_ == "PROPN"):
            return g
    return None


def _name_listed_before_a_report(verb, lang):
    """`..., the immunity of NAME, NAME2, a spokeswoman for X, told reporters`, `told` parsed as joined to the verb
    before it and NAME2 as listed with a noun of that verb's clause: NAME2, a person's name set off by a comma whose
    words (with what is apposed to it) end right before the comma before the speech verb. With no comma before the
    verb, a body's name set off by a comma and apposed to the clause's last noun, ending right before the verb
    (`..., near the village of Arlo, the Ministry of Agriculture said`). None otherwise."""
    d, doc = lang.dep, verb.doc
    if verb.dep_ != d.conj or verb.head.i > verb.i or verb.i < 4 or any(c.dep_ in d.subjects for c in verb.children) \
            or any(t.is_quote for t in doc[verb.head.i: verb.i]):
        return None  # (not a name after a quotation: the rule on the speaker after the closing mark reads that)
    if doc[verb.i - 1].text != ",":
        if not on(BODY_APPOSED_RIGHT_BEFORE_ITS_REPORT) or any(c.dep_ == d.cc for c in verb.children):
            return None
        return next((t for t in doc[verb.head.i + 1: verb.i] if t.dep_ == d.appos and t.pos_ == "PROPN"
                     and t.ent_type_ == lang.ent.org and t.right_edge.i == verb.i - 1
                     and t.left_edge.i > verb.head.i + 1 and doc[t.left_edge.i - 1].text == ","
                     and verb.head.is_ancestor(t)), None)
    if not on(NAME_LISTED_BEFORE_ITS_REPORT):
        return None
    return next((t for t in doc[verb.head.i + 1: verb.i - 1] if t.dep_ in (d.conj, d.appos) and t.pos_ == "PROPN"
                 and (t.ent_type_ == lang.ent.person or on(BODY_DESCRIBED_BEFORE_ITS_REPORT)
                      and t.ent_type_ == lang.ent.org and any(c.dep_ == d.appos and c.pos_ == "NOUN" and c.i > t.i
                                                             for c in t.children))
                 and t.right_edge.i in (verb.i - 1, verb.i - 2)
                 and t.left_edge.i > verb.head.i + 1 and doc[t.left_edge.i - 1].text == ","
                 and verb.head.is_ancestor(t)), None)


def _surname_read_as_a_modifier(verb, lang, outside):
    """A capitalised word before a speech verb with no subject, which the parser hung on it as something else: an
    adverb that is a proper noun (`Long said`) or tagged a name (`Tuohy said`), an interjection right before it
    (`Oh said`); None if there is none. Each reading has its own rule."""
    d = lang.dep
    for c in verb.children:
        if c.i >= verb.i or not c.is_title or not outside(c):
            continue
        if c.dep_ == d.advmod and (on(NAME_READ_AS_AN_ADVERB) and c.pos_ == "PROPN" or on(NAME_TAGGED_AN_ADVERB)
                                   and c.pos_ == "ADV" and c.is_alpha and c.ent_type_ in lang.ent.actors):
            return c
    return next((c for c in verb.children if on(NAME_TAGGED_AN_INTERJECTION) and c.dep_ == d.intj
                 and c.i == verb.i - 1 and c.is_title and c.is_alpha and outside(c)), None)


def _speaker_read_as_apposed(verb, lang):
    """The head of the words set off by a comma right before ``verb``, parsed as apposed to the last noun of the
    report that ``verb`` follows: `..., the National Commissioner of the Icelandic Police said`; None if there is
    none."""
    d, doc = lang.dep, verb.doc
    if verb.i < 3 or doc[verb.i - 1].is_punct or not any(c.dep_ == d.ccomp and c.i < verb.i for c in verb.children):
        return None  # (`..., the hospital's superintendent, NAME, said`: ``REPORTER_APPOSED_TO_THE_CLAUSE_S_SUBJECT``)
    named = next((t for t in doc[verb.i - 1].ancestors if t.dep_ == d.appos and t.right_edge.i == verb.i - 1), None)
    if named is None or named.left_edge.i < 1 or doc[named.left_edge.i - 1].text != "," \
            or not (named.pos_ == "NOUN" and can_speak(named, lang) or named.pos_ == "PROPN"
                    and named.ent_type_ in (lang.ent.person, lang.ent.org)):
        return None
    return named


def subject_of(verb, lang, depth: int = 0, inside=None, agentless: bool = False):
    """The token naming who performs a verb, following conjunctions and participles.

    ``inside`` tells whether a token is within quotation marks: words inside a quotation
    are the speaker's, never the attribution's."""
    d = lang.dep
    outside = (lambda t: not inside(t)) if inside else (lambda t: True)
    subjects = [c for c in verb.children if c.dep_ in d.subjects and c.lower_ not in lang.expletives and outside(c)]
    if not subjects and on(TITLE_READ_AS_THE_MAIN_VERB) and verb.dep_ == d.ccomp and verb.head.i < verb.i:
        titled = title_read_as_a_verb(verb.head, lang)  # "epidemiologist" parsed as the verb, "wrote" its clause
        if titled is not None and outside(titled):
            return titled
    if not subjects and inside is not None and on(NAME_APPOSED_TO_A_QUOTED_TITLE):
        named = next((a for c in verb.children if c.dep_ in d.subjects and c.i < verb.i and inside(c)
                      for a in c.children if a.dep_ in (d.appos, d.conj) and a.ent_type_ == lang.ent.person
                      and a.i > c.i and outside(a)), None)
        if named is not None:
            return named  # 'In a note titled "The Third Shortfall", NAME, head of X, wrote': the title read as
            # the subject, the name as apposed to it
    if not subjects:
        named = _name_listed_before_a_report(verb, lang)
        if named is not None and outside(named):
            return named  # "the immunity of NAME, NAME2, a spokeswoman for X, told reporters": NAME2
        named = _surname_read_as_a_modifier(verb, lang, outside)
        if named is not None:
            return named  # "Long said the cooperative ...", '"...," Oh said': the surname the parser mistook
    if not subjects and on(WHOSE_ANTECEDENT_SET_OFF):
        named = _antecedent_of_whose(verb, lang)
        if named is not None and outside(named.root):
            return named.root  # "In the village of X, NAME, 27, whose daughter ... , said": NAME
    if not subjects and on(NAME_DESCRIBED_WITH_WHOSE_READ_AS_A_CLAUSE):
        named = _name_described_with_whose(verb, lang)
        if named is not None and outside(named):
            return named  # "NAME, 71, a trapper whose land would be flooded, said": NAME
    if not subjects and on(READ_TAGGED_A_NOUN):
        document = _read_tagged_a_noun(verb, lang)
        owner = next((c for x in (document, verb) if document is not None for c in x.children
                      if c.dep_ == d.poss and c.i < document.i), None)
        if document is not None and outside(document):
            return owner if owner is not None and outside(owner) else document  # '"...," the centre's post read.'
    if not subjects and on(INVERTED_SPEAKER_BEFORE_A_PARTICIPLE) and inside is not None and verb.i >= 2 \
            and verb.doc[verb.i - 1].is_quote and inside(verb.doc[verb.i - 2]):
        named = next((g for c in verb.children if c.dep_ == d.ccomp and c.i > verb.i and (
                      c.tag_ in lang.gerund_tags or on(INVERTED_SPEAKER_BEFORE_A_PAST_PARTICIPLE)
                      and c.tag_ in lang.participle_tags - lang.gerund_tags)
                      and not any(a.dep_ in (d.aux, d.auxpass) for a in c.children)
                      for g in c.children if g.dep_ == d.nsubj and g.left_edge.i == verb.i + 1
                      and g.pos_ in ("NOUN", "PROPN") and outside(g)
                      and (c.tag_ in lang.gerund_tags or g.pos_ == "NOUN")), None)  # (a name before a participle
        # far after it: `TITLED_NAME_AFTER_THE_VERB_READ_AS_A_LATER_SUBJECT`)
        if named is not None:
            return named  # '"...," said one man walking his dog': the man
    if not subjects and on(INVERTED_SPEAKER_READ_AS_THE_OBJECT) and inside is not None and verb.i >= 2 \
            and verb.doc[verb.i - 1].is_quote and inside(verb.doc[verb.i - 2]) \
            and any(c.dep_ in d.subjects and inside(c) for c in verb.children):
        named = next((c for c in verb.children if c.dep_ == d.dobj and c.left_edge.i == verb.i + 1
                      and c.pos_ in ("NOUN", "PROPN") and outside(c)
                      and (can_speak(c, lang) or c.lemma_.lower() in lang.person_nouns)), None)
        if named is not None:
            return named  # '"... and then what?" asked a market vendor near the gate': the vendor
    if on(QUOTING_NAMES_THE_SPEAKER) and not any(c.dep_ == d.ccomp and c.i > verb.i for c in verb.children):
        quoted = _quoted_by(verb, lang)
        if quoted is not None and outside(quoted):
            return quoted  # '"...," the release said, quoting the bureau's head of prices, NAME'
    if on(ANSWERER_AFTER_THE_QUESTION) and subjects:
        answerer = _answerer_after_the_question(verb, subjects, lang)
        if answerer is not None and outside(answerer):
            return answerer  # "Asked by the chair, NAME, whether ..., NAME2 said": NAME2
    if on(SUBJECT_AFTER_AND_SPEAKS) and len(subjects) == 2 and subjects[0].i < subjects[1].i < verb.i \
            and subjects[1].right_edge.i == verb.i - 1 and subjects[1].left_edge.i >= 2 \
            and verb.doc[subjects[1].left_edge.i - 1].lower_ in lang.coordinators \
            and verb.doc[subjects[1].left_edge.i - 2].text == "," \
            and subjects[0].right_edge.i < subjects[1].left_edge.i \
            and subjects[1].pos_ in ("NOUN", "PROPN", "PRON") and outside(subjects[1]) \
            and any(c.dep_ == d.acl and c.tag_ in lang.past_tags and c.i == subjects[0].i + 1
                    for c in subjects[0].children):
        return subjects[1]  # "Long queues formed ..., and the airport operator said": the operator
    if on(OPENING_PARTICIPLE_READ_AS_A_NOUN) and len(subjects) == 1 and subjects[0].left_edge.i == verb.sent.start \
            and subjects[0].left_edge.lower_.endswith(lang.participle_ending) and subjects[0].left_edge.is_title \
            and subjects[0].i + 1 < verb.i and verb.doc[subjects[0].i + 1].text == ",":
        named = next((c for c in subjects[0].children if c.dep_ in (d.conj, d.appos) and c.i > subjects[0].i
                      and c.ent_type_ == lang.ent.person and outside(c) and c.right_edge.i == verb.i - 1), None)
        if named is not None:
            return named  # "Sentencing Pettifer, Justice NAME said": NAME
    if len(subjects) == 1 and on(PLACE_S_NAME_READ_AS_THE_SUBJECT):
        speaker = _speaker_apposed_to_a_place_s_name(subjects[0], verb, lang)
        if speaker is not None and outside(speaker):
            return speaker  # "... to the regional capital, Hinche, the country's civil protection agency said"
    if len(subjects) == 1:
        named = person_apposed_to_a_place_subject(subjects[0], verb, lang, outside)
        if named is not None and on(PERSON_APPOSED_TO_A_PLACE_WORD_SUBJECT):
            return named  # "In Wabag, the provincial capital, a trader ... said": the trader
    if len(subjects) == 2 and all(c.pos_ == "NOUN" and not c.ent_type_ for c in subjects):
        people = [c for c in subjects if c.lemma_.lower() in lang.person_nouns | lang.titles]
        if len(people) == 1 and people[0] is subjects[0] and outside(people[0]) \
                and verb.doc[subjects[1].left_edge.i - 1].text == "," and on(PERSON_OF_TWO_SUBJECTS):
            return people[0]  # "a woman selling chipa, the cheese bread sold on every corner, said": the woman
    if on(PLACE_OF_AN_OPENING_AS_SUBJECT) and len(subjects) == 1 and subjects[0].ent_type_ in lang.ent.places \
            and subjects[0].i >= 1 and verb.doc[subjects[0].left_edge.i - 1].dep_ == d.prep \
            and verb.doc[subjects[0].left_edge.i - 1].i == verb.sent.start:
        named = next((c for c in subjects[0].subtree if c.dep_ in (d.conj, d.appos) and c.i > subjects[0].i
                      and c.ent_type_ == lang.ent.person and outside(c) and c.right_edge.i >= verb.i - 2
                      and verb.doc[c.left_edge.i - 1].text == ","), None)
        if named is not None:
            return named  # "In Tawila, where ..., NAME, 34, said": NAME, not the place
    if on(TOPIC_BEFORE_THE_ATTRIBUTION) and len(subjects) > 1:
        aside = [c for c in subjects if c.pos_ in ("PRON", "NOUN") and (can_speak(c, lang) or _names_someone(c, lang))
                 and not (c.ent_type_ in lang.ent.places or _campus(c))
                 and c.right_edge.i == verb.i - 1 and c.left_edge.i > 0
                 and verb.doc[c.left_edge.i - 1].text == "," and any(o.i < c.left_edge.i - 1 for o in subjects)
                 and not (on(HYPHENED_NAME_SUBJECT) and c.pos_ == "NOUN" and _after_a_name(c, subjects, lang))]
        if len(aside) == 1:
            return aside[0]  # "Solar panels, he pointed out, "do nothing ..."": the topic is the words' subject
    if on(NAMED_SUBJECT) and len(subjects) > 1:
        # "said study co-author Karen Alley": a hyphen split the subject in two; the name is the speaker
        # a place among them is where, set off by commas ("NAME of the University of X, Los Angeles said")
        subjects.sort(key=lambda c: (on(PLACE_AMONG_SUBJECTS) and (c.ent_type_ in lang.ent.places or _campus(c)),
                                     c.ent_type_ not in lang.ent.actors, c.pos_ != "PROPN"))
    if on(HYPHENATED_SUBJECT) and len(subjects) > 1:
        # "said study co-author and Fellow NAME", "co", "-" and "author" all parsed as subjects: the word is
        # "author", and a name listed or apposed with it is the speaker
        doc = verb.doc
        whole = [c for c in subjects if c.text not in lang.hyphens and not (not c.whitespace_ and c.i + 1 < len(doc)
                                                               and doc[c.i + 1].text in lang.hyphens)
                 or on(HYPHENED_NAME_SUBJECT) and c.ent_type_ == lang.ent.person]
        if len(whole) < len(subjects):
            subjects = whole
            named = next((g for c in whole for g in c.children if g.dep_ in (d.conj, d.appos)
                          and g.ent_type_ == lang.ent.person and outside(g)), None)
            if named is not None:
                return named
    if on(PASSIVE_CUE_AGENT) and any(c.dep_ == d.nsubjpass for c in subjects) \
            and verb.lemma_.lower() not in lang.citing_verbs and not agentless:
        agent = next((g for c in verb.children if c.dep_ == d.agent for g in c.children
                      if g.dep_ == d.pobj and outside(g)), None)
        if agent is None and inside is not None and on(AGENT_HUNG_ON_THE_WORDS):
            agent = _agent_under_quoted_words(verb, lang, inside)
        if agent is not None:
            return agent  # "NAME was described by the council as "..."": the council describes
        if on(PASSIVE_ADDRESSEE) and verb.lemma_.lower() in lang.passive_addressee_verbs:
            return None  # "Jurors were told that ...": the jurors heard it, from someone the article does not name
    if on(TOLD_WITH_NO_SUBJECT) and verb.lemma_.lower() in lang.passive_addressee_verbs and not subjects \
            and any(c.dep_ == d.auxpass for c in verb.children) and not any(c.dep_ == d.agent for c in verb.children):
        return None  # "only to be told that his name was missing": told by someone the article does not name
    if verb.dep_ == d.advcl and len(subjects) == 1 and verb.head.dep_ == d.relcl and on(EVENT_READ_AS_THE_SUBJECT) \
            and _speechless(subjects[0], lang) and any(m.dep_ == d.mark and m.i < subjects[0].i
                                                       and m.lower_ in lang.temporal_marks
                                                       for m in verb.children):
        people = verb.head.head  # "Campaigners who gathered before the session said": the parser read "before the
        if people.pos_ == "NOUN" and people.i < verb.head.i and outside(people):  # session said" as a clause
            return people
    if on(SAID_AFTER_A_RELATIVE_IN_AN_APPOSITION) and verb.dep_ == d.relcl and len(subjects) == 1 \
            and is_root(verb.head) and verb.head.pos_ == "NOUN" and verb.head.i < verb.i \
            and verb.doc[verb.i - 1].text == "," and outside(verb.head) \
            and any(c.dep_ == d.mark and c.lower_ == lang.complementizer and c.i < subjects[0].i
                    for c in verb.children):
        return verb.head  # "A spokeswoman for NAME, a firm that the report named, said"
    if on(WHO_USES_THE_NAME) and len(subjects) == 1 and subjects[0].pos_ == "NOUN":
        used = _name_the_subject_uses(subjects[0], verb, lang)
        if used is not None and outside(used):
            return used  # "Its spokeswoman, who uses the nom de guerre NAME, claimed"
    if on(NAME_AFTER_PORTFOLIOS_READ_AS_JOINED_TO_THE_TITLE) and len(subjects) == 1:
        named = _name_after_joined_portfolios(subjects[0], lang)
        if named is not None and outside(named):
            return named  # "Minister of Lands and Agriculture NAME told": NAME parsed as joined to "Minister"
    for c in subjects:
        person = _person_of_the_body(c, lang) if on(PERSON_OF_A_BODY) else None
        if person is not None:
            return person  # "NAME of the University of X, Los Angeles disagreed": the campus parsed as subject
        if on(OBJECT_BEFORE_PARTICIPLE) and depth < 3 and _object_before_participle(verb, c, lang):
            return subject_of(verb.head, lang, depth + 1, inside)  # "tweeted her verdict saying"
        if c.lower_ in lang.relative_pronouns and verb.dep_ == d.relcl:
            return _antecedent_of_relative(verb, lang)
        if c.lower_ in lang.relative_pronouns and c.dep_ == d.nsubj and c.i > 0 and c.i < verb.i \
                and (on(RELATIVE_AS_CONJUNCT) and verb.dep_ == d.conj or on(RELATIVE_AS_A_CLAUSE)
                     and verb.dep_ == d.ccomp and verb.i > verb.head.i) \
                and verb.doc[c.i - 1].pos_ in ("PROPN", "NOUN"):
            return verb.doc[c.i - 1]  # "according to the Tarn Times who reported that": the Times
        if on(TITLE_IN_A_SPLIT_SUBJECT) and c.ent_type_ != lang.ent.person:
            titled = next((g for g in c.children if g.dep_ in (d.conj, d.appos) and g.lower_.rstrip(".") in lang.titles
                           and g.pos_ == "NOUN" and not (on(WHOSE_APPOSITION) and _held_by_whose(g, lang))), None)
            holder = next((g for g in titled.children if g.dep_ == d.appos and g.pos_ == "PROPN" and g.i > titled.i
                           and g.doc[g.left_edge.i - 1].text == ","), None) if titled is not None else None
            # (set off by a comma: not the body's letters in brackets, `secretary general of X (URTT)`)
            if holder is not None:
                return holder
        named = next((g for g in c.children if g.dep_ == d.appos), None)
        if c.pos_ == "PRON" and named is not None:
            return named  # "In the filing itself Ford also made this point"
        if on(APPOSED_NAME) and c.ent_type_ != lang.ent.person and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
            last = verb.doc[verb.i - 2]
            if on(LETTERS_AFTER_THE_APPOSED_NAME) and verb.i >= 4 and post_nominal(last, lang) \
                    and verb.doc[verb.i - 3].text == "," and verb.doc[verb.i - 4].ent_type_ == lang.ent.person:
                last = verb.doc[verb.i - 4]  # "A lawyer for X, NAME, SAN, said": the name before its letters
                if last.dep_ == d.conj and not any(t.lower_ in lang.coordinators for t in last.head.children):
                    return last  # (parsed as listed with X, no `and` between them)
            if (last.ent_type_ == lang.ent.person or on(APPOSED_NAME_TYPED_A_PERSON) and last.ent_type_
                    and typed_a_person(verb.doc, last, lang)) and last.dep_ == d.appos \
                    and c.left_edge.i <= last.i <= c.right_edge.i and not (
                        on(WHOSE_APPOSITION) and _behind_whose(last, c, lang)) and not (
                        on(AFTER_A_WORD_FOR_BODIES) and after_a_word_for_bodies(entity_at(last.doc, last.i), lang)):
                return last  # "The Institute's director, Dr. NAME, said"
        if on(BODY_NAME_SET_OFF) and c.pos_ == "NOUN" and not c.ent_type_ and verb.i >= 4 \
                and verb.doc[verb.i - 1].text == ",":
            named = entity_at(verb.doc, verb.i - 2)
            if named is not None and named.label_ == lang.ent.org and named.end == verb.i - 1 \
                    and verb.doc[named.start - 1].text == "," and named.start - 1 > c.i and named.root.head.i == c.i:
                return named.root  # "The UN refugee agency, UNHCR, said"
        return c
    if on(SUBJECT_TAKEN_BY_A_DESCRIPTION) and not subjects and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
        named = _described_subject_of_the_clause_before(verb, lang)
        if named is not None and outside(named):
            return named  # "NAME, an astrophysicist who ... and was not involved in the research, warned"
    if on(SPEAKER_AFTER_THE_CLOSING_MARK) and inside is not None and verb.i >= 2:
        named = _named_after_the_quotation(verb, lang, inside)
        if named is not None:
            return named  # '"...," the union's chairwoman, NAME, told a crowd'
    if on(NAME_HUNG_ON_THE_OPENING) and not subjects and verb.i >= 3 and verb.doc[verb.i - 1].text == "," \
            and verb.tag_ in lang.finite_tags:
        named = next((t for t in verb.doc[verb.sent.start: verb.i - 1] if t.ent_type_ in lang.ent.actors
                      and t.right_edge.i == verb.i - 2 and t.dep_ in (d.appos, d.conj) and t.head.i < t.i
                      and not (t.ent_type_ == lang.ent.org and t.dep_ == d.appos and any(  # tagged a body and hung
                          a.dep_ in (d.advcl, d.prep) and a.i < t.i for a in t.ancestors))  # on the opening: below
                      and not (t.ent_type_ == lang.ent.person and inside is not None and any(  # a person's name after
                          inside(x) for x in verb.doc[verb.sent.start: t.i]))  # a quotation: the rule above
                      and (t.head.lower_ in lang.titles or any(  # both apposed to the opening's noun
                          c.dep_ == d.appos and c.lower_ in lang.titles and c.right_edge.i + 2 == t.left_edge.i
                          for c in t.head.children)) and outside(t)), None)
        if named is not None:
            return named  # "Speaking outside X's Court, the family's solicitor, NAME of FIRM, said"
    if on(QUESTION_ASIDE) and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
        asked = _subject_before_a_question_aside(verb, lang)
        if asked is not None and outside(asked):
            return asked  # "NAME, asked about the leak, said": the parser hung NAME on "asked"
    if verb.dep_ == d.relcl:
        return _antecedent_of_relative(verb, lang)
    if on(SUBJECT_APPOSED_TO_A_FRONTED_PLACE):
        apposed = apposed_to_a_fronted_phrase(verb, lang)
        if apposed is not None and outside(apposed):
            return apposed  # "Back at the clinic, a nurse who asked not to be named said"
    if on(REPORT_HUNG_ON_THE_NAME) and verb.dep_ == d.acl:
        named = _report_hung_on_the_name(verb, lang)
        if named is not None and outside(named):
            return named  # "The high commissioner, NAME, posted on X that ...": no verb left for the sentence
    if on(PARTICIPLE_AFTER_A_REPORT_HUNG_ON_ITS_SPEAKER) and verb.dep_ == d.acl and verb.tag_ in lang.gerund_tags \
            and verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.head.i < verb.i and outside(verb.head) \
            and any(c.dep_ == d.acl and c.tag_ in lang.past_tags and verb_lemma(c, lang) in lang.reporting_verbs
                    and verb.head.i < c.i < verb.i for c in verb.head.children):
        return verb.head  # "..., the health minister announced on Tuesday, saying ...": both hung on `minister`
    if on(VERB_HUNG_ON_THE_NAME_AS_ROOT) and verb.dep_ == d.acl and verb.tag_ in lang.past_tags and verb.i > 0 \
            and verb.doc[verb.i - 1].text == "," and is_root(verb.head) and verb.head.i < verb.i \
            and verb.head.ent_type_ == lang.ent.person and outside(verb.head):
        return verb.head  # "Prop NAME, who is not related, posted on X:": the sentence's only verb is hung on NAME
    if on(VERB_HUNG_INSIDE_THE_ROOT_NAME_S_APPOSITION) and verb.dep_ == d.acl and verb.tag_ in lang.past_tags \
            and verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.head.i < verb.i:
        top = verb.sent.root
        if top.ent_type_ == lang.ent.person and top.pos_ == "PROPN" and top.i < verb.i and outside(top) \
                and top.is_ancestor(verb) and any(c.dep_ == d.appos and c.i < verb.i for c in top.children) \
                and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in (d.acl, d.relcl, d.amod) and t.i != verb.i
                            and t.head.i == top.i for t in top.children):
            return top
    if on(REPORT_HUNG_ON_AN_APPOSITION_S_END) and verb.dep_ == d.acl and verb.tag_ in lang.past_tags \
            and verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.head.i < verb.i:
        top = verb.sent.root  # "NAME, a prop who plays at the Wanderers, posted": the verb hung on "Wanderers"
        named = next((c for c in top.children if c.dep_ == d.appos and c.ent_type_ == lang.ent.person
                      and c.i < verb.i), None) if top.pos_ == "NOUN" and top.i < verb.i else None
        if named is not None and outside(named) and any(c.dep_ == d.appos and named.i < c.i < verb.i
                                                         for c in top.children):
            return named
    if on(PARTICIPLE_READ_AS_THE_VERB) and verb.dep_ == d.unclassified and is_root(verb.head) \
            and verb.head.i < verb.i and verb.head.tag_ in lang.past_tags:
        described = next((c for c in verb.head.children if c.dep_ == d.nsubj and c.i < verb.head.i
                          and c.pos_ in ("NOUN", "PROPN") and outside(c)), None)
        if described is not None and not any(c.dep_ in (d.dobj, d.aux, d.auxpass) for c in verb.head.children):
            return described  # "Lorry drivers stuck in the queue said": `stuck` read as the sentence's verb
    if on(PARTICIPLE_SET_OFF_READ_AS_A_CLAUSE) and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and not any(c.dep_ in d.subjects for c in verb.children):
        clause = next((c for c in verb.children if c.dep_ in (d.ccomp, d.advcl) and c.i < verb.i), None)
        described = None if clause is None or clause.tag_ not in lang.past_tags else next(
            (c for c in clause.children if c.i < clause.i and c.doc[c.i + 1].text == "," and c.i + 2 == clause.i
             and (c.dep_ == d.nsubj and c.pos_ in ("NOUN", "PROPN") or c.ent_type_ == lang.ent.person
                  or c.is_title and c.i == verb.sent.start)), None)
        if described is not None and outside(described) \
                and not any(c.dep_ in (d.dobj, d.aux, d.auxpass) for c in clause.children):
            return described  # "The communique, agreed after talks ran past midnight, said"
    if on(PARTICIPLE_READ_AS_A_CLAUSE_BEFORE_THE_VERB):
        described = described_by_a_participle_before(verb, lang)
        if described is not None and outside(described):
            return described  # "Three workers interviewed at the compound said": `interviewed` read as a clause
    if verb.dep_ == d.amod:  # a speech verb the parser read as an adjective
        for which, finder in ((CUE_READ_AS_A_MODIFIER, _modifying_cue),  # '"...," tweeted opposition leader NAME'
                              (REPORT_READ_AS_A_MODIFIER, _report_read_as_a_modifier),  # "NAME, predicted departures"
                              (DESCRIPTION_BEFORE_A_LISTENER, _described_before_its_listener)):  # "the 24-year-old"
            found = finder(verb, lang) if on(which) else None
            if found is not None and outside(found):
                return found
    if on(WITH_ABSOLUTE) and verb.dep_ == d.pcomp and verb.head.lower_ == lang.absolute_preposition:
        # "with local radio reporting ...": the noun before the participle reports, never the sentence's subject
        return next((c for c in reversed(list(verb.lefts)) if c.pos_ in ("NOUN", "PROPN") and outside(c)), None)
    if verb.dep_ == d.pcomp and verb.head.pos_ == "ADP" and verb.head.head.pos_ == "VERB" and not is_root(verb.head):
        prep, governor = verb.head, verb.head.head
        if on(QUOTED_AS_SAYING) and prep.lower_ == lang.as_ and governor.lemma_.lower() in lang.citing_verbs:
            quoted = next((c for c in governor.children if c.dep_ == d.dobj), None)
            if quoted is not None:
                return quoted  # "Politico quoted Tim Manning ... as saying"
        if on(GERUND_AFTER_PREP) and depth < 3:
            if on(CAUSED_PASSIVE) and governor.tag_ in lang.participle_tags and not is_root(governor) \
                    and governor.dep_ in (d.ccomp, d.xcomp):
                governor = governor.head  # "tried to have him released by saying": whoever tried says
            if on(MANNER_OF_A_NOUN) and governor.dep_ == d.acl and governor.head.pos_ in ("NOUN", "PROPN") \
                    and not any(c.dep_ in d.subjects for c in governor.children):
                return governor.head  # "Members protested by shouting": a gerund is a manner, never an agent
            return subject_of(governor, lang, depth + 1, inside)  # "He closed by saying"
    if on(PARTICIPLE_AFTER_ITS_ATTRIBUTION) and depth < 3 and verb.tag_ in lang.gerund_tags and verb.i >= 3 \
            and verb.dep_ in (d.advcl, d.conj, d.xcomp) and verb.doc[verb.i - 1].text == "," and outside(verb):
        said = verb.doc[verb.i - 2]
        if said.pos_ == "VERB" and verb_lemma(said, lang) in lang.reporting_verbs and said.i != verb.head.i \
                and any(c.dep_ in d.subjects and c.i < said.i and outside(c) for c in said.children):
            return subject_of(said, lang, depth + 1, inside)  # '"...," the court said, adding'
    first = joined_report(verb, lang) if on(SECOND_REPORT) and depth < 3 else None
    if first is not None:
        return subject_of(first, lang, depth + 1, inside)  # "said A and added that B"
    if on(REPORTER_S_PARTICIPLE) and depth < 3 and verb.dep_ == d.advcl and verb.tag_ in lang.gerund_tags \
            and verb.i > verb.head.i and _after_a_comma(verb) \
            and (verb.lemma_.lower() in lang.assigning_verbs or verb_lemma(verb, lang) in lang.cue_verbs) \
            and verb.head.dep_ == d.ccomp and verb_lemma(verb.head.head, lang) in lang.reporting_verbs:
        return subject_of(verb.head.head, lang, depth + 1, inside)  # "admitted the army had fired, blaming ..."
    if on(PARTICIPLE_AFTER_A_NOUN_S_CLAUSE) and depth < 3 and verb.dep_ == d.advcl and verb.tag_ in lang.gerund_tags \
            and verb.i > verb.head.i and _after_a_comma(verb) \
            and (verb.lemma_.lower() in lang.assigning_verbs or verb_lemma(verb, lang) in lang.cue_verbs) \
            and verb.head.dep_ == d.acl and any(c.dep_ == d.mark and c.i < verb.head.i for c in verb.head.children) \
            and verb.head.head.pos_ == "NOUN" and verb.head.head.dep_ == d.dobj and verb.head.head.head.pos_ == "VERB":
        return subject_of(verb.head.head.head, lang, depth + 1, inside)  # "dismissed reports that X, calling them"
    if on(PARTICIPLE_DEEP_IN_A_REPORT) and depth < 3 and verb.dep_ == d.advcl and verb.tag_ in lang.gerund_tags \
            and verb.i > verb.head.i and _after_a_comma(verb) \
            and all(t.is_punct for t in verb.doc[verb.right_edge.i + 1: verb.sent.end]) \
            and (verb.lemma_.lower() in lang.assigning_verbs or verb_lemma(verb, lang) in lang.cue_verbs):
        clause = verb.head
        for _ in range(3):  # "said Labour would restore it if it returned, calling": up to the report's own verb
            if clause.dep_ not in (d.advcl, d.conj) or clause.head.i > clause.i:
                break
            clause = clause.head
        if clause is not verb.head and clause.dep_ == d.ccomp and clause.head.i < clause.i \
                and verb_lemma(clause.head, lang) in lang.reporting_verbs:
            return subject_of(clause.head, lang, depth + 1, inside)
    if on(INTENTION_HOLDER) and depth < 3 and verb.dep_ == d.acl and verb.head.lemma_.lower() in lang.intention_nouns \
            and verb.head.dep_ == d.dobj and verb.head.head.pos_ == "VERB" and verb.i > verb.head.i:
        return subject_of(verb.head.head, lang, depth + 1, inside)  # "expressed a desire to work with X to ..."
    if on(WITH_ABSOLUTE) and verb.dep_ == d.acl and verb.tag_ in lang.gerund_tags and verb.head.dep_ == d.pobj \
            and verb.head.head.lower_ == lang.absolute_preposition and verb.head.i < verb.i:
        return verb.head  # "with officials saying ...": the officials say it
    if on(MESSAGE_SAYING) and verb.dep_ == d.acl and verb.tag_ in lang.gerund_tags \
            and verb.head.lemma_.lower() in lang.document_nouns:
        owner = document_owner(verb.head, lang)
        if owner is not None:
            return owner  # "the council issued a statement saying"
    if on(OBJECT_SPEAKS_NEXT) and verb.dep_ == d.conj and verb_lemma(verb.head, lang) in lang.reporting_verbs \
            and verb_lemma(verb, lang) in lang.reporting_verbs \
            and not any(c.dep_ == d.cc and verb.head.i < c.i < verb.i for c in verb.head.children):
        obj = next((c for c in verb.head.children if c.dep_ == d.dobj and c.i < verb.i and outside(c)), None)
        if obj is not None and obj.lemma_.lower() in lang.speaker_nouns and can_speak(obj, lang):
            return obj  # "reported officials ... stated": the officials state it
    if on(KEEN_TO_SAY) and depth < 3 and verb.dep_ == d.acomp and verb.head.lemma_ == lang.copula:
        return subject_of(verb.head, lang, depth + 1, inside)  # "NAME was keen to stress that": NAME stresses
    if verb.dep_ == d.conj and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        whose = _whose_after(verb, lang, outside)
        if whose is not None:
            return whose  # "It is not for the court to judge, argued the city's lawyer, NAME"
    if on(DOCUMENT_S_PARTICIPLE) and verb.dep_ == d.advcl and verb.tag_ in lang.gerund_tags \
            and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        document = next((c for c in verb.head.children if c.dep_ == d.dobj and c.i < verb.i
                         and c.lemma_.lower() in lang.document_nouns), None)
        author = None
        if document is not None:  # "published a report by a team" (the by-phrase on the verb), "a report by a team"
            author = _author_by(verb.head, lang, document.i, verb.i) or _author_by(document, lang)
        if author is not None and outside(author):
            return author  # "the journal Nature published a report by a team ..., saying ...": the team's
    if on(SUBJECT_OF_THE_NEARER_CONJUNCT) and verb.dep_ == d.conj and not subjects:
        nearer = max((c for c in verb.head.children if c.dep_ == d.conj and c.i < verb.i
                      and c.right_edge.i + 2 >= verb.left_edge.i), key=lambda c: c.i, default=None)
        subject = next((c for c in nearer.children if c.dep_ in d.subjects and c.i < nearer.i and outside(c)),
                       None) if nearer is not None else None
        if subject is not None and subject.lower_ not in lang.expletives:
            return subject  # "A declared X the winner, but the opposition party rejected it and said ...": the party
    if on(CLAUSE_BEFORE_THE_CONJUNCT) and verb.dep_ == d.conj:
        speaker = _subject_of_the_clause_before(verb, lang, outside)
        if speaker is not None:
            return speaker
    if on(OBJECT_OF_A_CAUSING_VERB_SPEAKS) and verb.dep_ == d.xcomp and verb.head.i < verb.i \
            and verb.head.lemma_.lower() in lang.causing_verbs:
        made = next((c for c in verb.head.children if c.dep_ == d.dobj and c.i < verb.i and outside(c)), None)
        if made is not None:
            return made  # "prompting the temple to warn that ...": the temple warns
    if on(THAT_BEFORE_A_PARTICIPLE_OF_SPEECH) and depth < 3 and verb.dep_ == d.ccomp \
            and verb.tag_ in lang.gerund_tags and verb.i > verb.head.i and verb.doc[verb.i - 1].text == "," \
            and any(c.dep_ == d.mark and c.i == verb.head.i + 1 for c in verb.children):
        return subject_of(verb.head, lang, depth + 1, inside)  # "rejected that in a statement, saying": who rejected
    if depth < 3 and verb.dep_ in d.shares_subject and not is_root(verb):
        head = verb.head
        climbed = 0
        while inside and inside(head) and not is_root(head) and climbed < MAX_CLIMB and not (
                on(QUOTED_VERB_WITH_ITS_SUBJECT_OUTSIDE) and any(c.dep_ in d.subjects and c.i < head.i and outside(c)
                                                                 for c in head.children)):
            head = head.head  # `said, "A", also observing, "B"`: climb out of the quotation
            climbed += 1
        if on(PARTICIPLE_OF_THE_MAIN_CLAUSE) and verb.dep_ == d.advcl and verb.tag_ in lang.gerund_tags:
            clause = head
            while clause.dep_ == d.conj and clause.head.i < clause.i:
                clause = clause.head  # "as the market is saturated and margins are thin"
            if clause.dep_ == d.advcl and not is_root(clause) and clause.i < verb.i \
                    and any(c.dep_ == d.mark and c.i < clause.i for c in clause.children):
                head = clause.head  # "called it dubious, as margins are thin, while noting ...": the experts note
        active = on(ACTIVE_CONJUNCT_OF_A_PASSIVE) and verb.dep_ == d.conj \
            and not any(c.dep_ in (d.auxpass, d.nsubjpass) for c in verb.children)
        return subject_of(head, lang, depth + 1, inside, agentless=active)
    # a name right before the verb that the parser hung elsewhere: "On Friday Ford Motor Company announced"
    if verb.i > 0:
        left = verb.doc[verb.i - 1]
        if left.pos_ == "PROPN" and left.ent_type_ in lang.ent.actors and outside(left) \
                and left.dep_ not in d.name_part:
            return left
        if on(DESCRIPTION_AS_MODIFIER) and left.dep_ == d.amod and left.pos_ == "ADJ" and outside(left) \
                and left.left_edge.i < left.i and verb.doc[left.left_edge.i - 1].lower_ in lang.articles:
            return left  # '"...," the 54-year-old said', the description parsed as a modifier of the verb
        if on(SUBJECT_IN_AN_OPENING) and left.text == "," and verb.i >= 2:
            name = verb.doc[verb.i - 2]
            if on(AGED_SUBJECT_IN_AN_OPENING) and name.like_num and name.dep_ == d.appos and verb.i >= 4 \
                    and verb.doc[verb.i - 3].text == "," and name.head.i == verb.i - 4:
                name = name.head  # "In Kiirua, a village near Mount Kenya, NAME, 54, said": past the age
            titled = on(TITLED_BODY_IN_AN_OPENING) and name.ent_type_ == lang.ent.org and name.dep_ == d.appos \
                and name.head.pos_ == "NOUN" and name.head.lower_ in lang.titles
            if (name.ent_type_ == lang.ent.person or titled) and name.pos_ == "PROPN" \
                    and name.dep_ in (d.appos, d.conj) and outside(name) \
                    and any(a.dep_ in (d.advcl, d.prep) and a.i < name.i for a in name.ancestors):
                return name  # "Speaking to the AFP, the head of X, NAME, said": hung on the opening phrase
        if on(DESCRIBED_SUBJECT_IN_AN_OPENING) and left.text == "," and verb.i >= 2:
            doc = verb.doc
            for name in doc[verb.sent.start: verb.i - 1]:
                if name.pos_ != "PROPN" or name.dep_ not in (d.appos, d.conj) or doc[name.i + 1].text != "," \
                        or not outside(name):
                    continue
                described = next((c for c in name.children if c.dep_ in (d.appos, d.conj) and c.pos_ == "NOUN"
                                  and doc[c.left_edge.i - 1].text == ","), None)
                if on(SET_OFF_SUBJECT_IN_AN_OPENING) and typed_a_person(doc, name, lang) \
                        and name.right_edge.i == verb.i - 1 and name.i + 3 < verb.i \
                        and any(a.dep_ in (d.advcl, d.prep) and a.i < name.i for a in name.ancestors):
                    return name  # "In groves outside Sfax, NAME, 24, from Guinea, said": all set off is NAME's
                if name.ent_type_ != lang.ent.person and not (
                        on(DESCRIBED_AS_A_PERSON) and name.ent_type_ in lang.ent.actors and described is not None
                        and _described_as(entity_at(doc, name.i), described, lang)):
                    continue  # "At a station in Yaba, NAME, a tomato seller, said", the name tagged a body
                if described is not None and described.right_edge.i + 1 == verb.i - 1 \
                        and any(a.dep_ in (d.advcl, d.prep) and a.i < name.i for a in name.ancestors):
                    return name  # "On Twitter, NAME, a columnist for X, said": the parser listed NAME with Twitter
        described = described_before_its_relative(verb, lang) if outside(left) else None
        if described is not None and outside(described) and on(PERSON_BEFORE_A_RELATIVE_ENDING_ON_A_BODY):
            return described  # "a drummer who was not authorised to speak for the group said": the drummer
        if on(SPEAKER_BEFORE_THE_VERB) and left.pos_ == "NOUN" and left.lemma_.lower() in lang.speaker_nouns \
                and outside(left) and left.dep_ not in d.name_part and verb.tag_ not in lang.gerund_tags:
            while left.dep_ == d.pobj and left.head.lower_ == lang.of and left.head.head.pos_ == "NOUN":
                left = left.head.head  # "an international team of scientists report"
            return left
    if on(ADDRESSEE) and verb.lemma_.lower() in lang.addressee_verbs:
        for t in reversed(verb.doc[verb.sent.start:verb.i]):
            if (t.ent_type_ in (lang.ent.person, lang.ent.org) or on(ADDRESSEE_AFTER_A_NAME_TAGGED_A_PLACE)
                    and t.ent_type_ in lang.ent.places and typed_a_person(verb.doc, t, lang)) and outside(t) \
                    and t.dep_ not in (d.pobj, d.dobj, d.poss, d.compound):
                return t  # "Calling it "...", NAME of ..., told Reuters"
        return None
    # inverted order with no subject arc: "said Tong Zhao", the name right after the verb
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    titled = title_read_as_a_verb(nxt, lang) if nxt is not None and nxt.head.i == verb.i \
        and on(TITLE_READ_AS_A_VERB) else None
    if titled is not None and outside(titled):
        return titled  # "said engineer Paul Grant", "engineer" parsed as a verb with the name its object
    if on(TITLED_NAME_AFTER_THE_VERB_READ_AS_A_LATER_SUBJECT) and nxt is not None and not subjects:
        named = _titled_name_hung_later(verb, lang)
        if named is not None and outside(named):
            return named  # '"...," said Colonel NAME, a spokesman for the officers, who read ..., surrounded by'
    if nxt is not None and nxt.ent_type_ == lang.ent.person and nxt.ent_iob_ == "B" \
            and on(NAME_AFTER_THE_VERB_READ_INTO_A_CLAUSE) and outside(nxt):
        name = nxt
        while name.dep_ == d.compound and name.head.i == name.i + 1:
            name = name.head  # "Jocelyn Tabanao"
        if on(HYPHENED_NAME_AFTER_THE_VERB_READ_INTO_A_CLAUSE) and name.dep_ == d.compound:
            whole = entity_at(verb.doc, nxt.i)
            name = whole.root if whole is not None and whole.start == nxt.i else name  # "Karoline Ahlgren-Holst"
        clause = name.head
        if name.dep_ in d.subjects and clause.dep_ == d.ccomp and clause.head.i == verb.i and clause.i > name.i + 1 \
                and verb.doc[name.i + 1].text == "," and not any(c.dep_ in d.subjects for c in verb.children):
            return name  # '"...," said NAME, 39, whose brother is missing': the parser made NAME the clause's
    if on(NAME_SET_OFF_BEFORE_A_SUBJECTLESS_VERB) and not subjects and verb.i >= 4 \
            and verb.doc[verb.i - 1].text == "," and verb.dep_ != d.acl:  # (a verb hung on the name: its own rule)
        named = _titled_name_set_off_before(verb, lang)
        if named is not None and outside(named):
            return named  # "..., the Minister of State for X, Dr. NAME, congratulated", NAME hung on the title
    if on(NAME_OPENING_A_MISREAD_DESCRIPTION) and not subjects and verb.i >= 4 and verb.doc[verb.i - 1].text == "," \
            and verb.lemma_.lower() in lang.report_verbs:
        named = _name_opening_a_description(verb, lang)
        if named is not None and outside(named):
            return named  # "NAME, the ... former world No. 9 and ... doubles finalist, said", `doubles` a verb
    for c in verb.rights:
        if c.pos_ in ("PROPN", "NOUN") and c.dep_ in d.inverted_subject \
                and all(t.pos_ in ("PROPN", "DET") for t in verb.doc[verb.i + 1: c.i]) \
                and not (on(OBJECT_OF_A_DEED) and c.dep_ == d.dobj and verb.lemma_.lower() not in lang.report_verbs):
            return c
    if any(k.dep_ == d.ccomp and k.i < verb.i for k in verb.children):
        return _whose_after(verb, lang, outside)  # "The plan is too costly, argued the city's lawyer, NAME"
    return None


def _awaited_inside_a_report(v, lang) -> bool:
    """Whether speech verb ``v`` opens a clause of condition or time (`once`, `if`, `until`) that hangs inside what
    another speech verb reports: something said only if or when it comes, not said (`added that the temple could
    reapply once a veterinarian had confirmed the animal had recovered`)."""
    d = lang.dep
    if v.dep_ != d.advcl or not any(c.dep_ == d.mark and c.lower_ in lang.awaiting_marks for c in v.children):
        return False
    return any(a.pos_ == "VERB" and verb_lemma(a, lang) in lang.reporting_verbs and a.i < v.i
               for a in list(v.ancestors)[1:])


def _opens_on_a_participle_set_off(clause, lang) -> bool:
    """`..., extending a drive ... as unemployment stays high`: ``clause`` opens, after a comma, on a gerund parsed as
    its subject."""
    first = clause.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == "," and first.tag_ in lang.gerund_tags \
        and first.i != clause.i and first.head.i == clause.i


def _whose_speaker(noun, lang) -> bool:
    """`the city's lawyer`: a title or a word for a speaker that someone owns, which can follow a verb as its
    inverted subject."""
    return on(INVERTED_WHOSE) and any(g.dep_ == lang.dep.poss for g in noun.children) \
        and (noun.lemma_.lower() in lang.titles or noun.lemma_.lower() in lang.speaker_nouns)


def _titled_name_set_off_before(verb, lang):
    """The person's name set off by commas right before ``verb``, after a title it is apposed to (`the Minister of
    State for X, Dr. NAME, congratulated`), where the parser gave the verb no subject; None if there is none."""
    doc = verb.doc
    ent = entity_at(doc, verb.i - 2)
    if ent is None or ent.label_ != lang.ent.person or ent.end != verb.i - 1:
        return None
    k = ent.start
    while k > verb.sent.start and doc[k - 1].lower_.rstrip(".") in lang.titles and doc[k - 1].is_title:
        k -= 1  # "Dr."
    if k - 1 <= verb.sent.start or doc[k - 1].text != ",":
        return None
    described = doc[verb.sent.start: k - 1]
    title = next((t for t in reversed(described) if t.lower_ in lang.titles), None)
    if title is None or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in doc[title.i: k - 1]):
        return None  # no title apposed right before the name, or a clause of its own between them
    return ent.root


def _name_opening_a_description(verb, lang):
    """The person's or body's name opening ``verb``'s sentence, set off by a comma before a description (a noun, no
    comma, no relative word, no name of a person) that a comma closes right before ``verb``; None otherwise."""
    doc = verb.doc
    start = verb.sent.start
    ent = entity_at(doc, start)
    if ent is None or ent.start != start or ent.label_ not in (lang.ent.person, lang.ent.org) \
            or ent.end + 2 >= verb.i - 1 or doc[ent.end].text != ",":
        return None
    described = doc[ent.end + 1: verb.i - 1]
    relative = on(NAME_OPENING_A_MISREAD_RELATIVE_CLAUSE) and described[0].lower_ in lang.relative_pronouns \
        and described[0].lower_ != lang.complementizer  # "NAME, which represents 6,000 of the club's members, said"
    if relative or described[0].lower_ not in lang.definite_determiners | lang.indefinite_articles \
            or not on(DESCRIPTION_WITH_A_RELATIVE_CLAUSE):
        inner = described[1:]
    else:  # "NAME, a French architect who has advised the Council (ICOMOS) on its sites, warned"
        rel = next((t for t in described[1:] if t.lower_ in lang.relative_pronouns), None)
        ok = rel is not None and rel.i > described[0].i + 1 and doc[rel.i - 1].pos_ == "NOUN" \
            and rel.lower_ != lang.complementizer and all(
                doc[t.i + 1].is_upper and doc[t.i + 2].text == ")" for t in described if t.text == "(")
        inner = described[1: rel.i - described.start] if ok else described[1:]
    if not relative and described[0].lower_ not in lang.definite_determiners | lang.indefinite_articles or any(
            t.text in (",", ";", "(") or t.lower_ in lang.relative_pronouns or t.lower_ in lang.relative_possessives
            or t.ent_type_ == lang.ent.person for t in inner) or not any(t.pos_ == "NOUN" for t in described) \
            or any(t.text in (",", ";") or t.ent_type_ == lang.ent.person for t in described[len(inner) + 1:]):
        return None
    return ent.root


def _whose_after(verb, lang, outside=lambda t: True):
    """The inverted subject ``_whose_speaker`` names, the noun phrase right after the verb, or None."""
    return next((c for c in verb.rights if c.pos_ == "NOUN" and c.dep_ in lang.dep.inverted_subject
                 and c.left_edge.i == verb.i + 1 and _whose_speaker(c, lang) and outside(c)), None)


def _tensed(verb, lang) -> bool:
    """Whether a verb has a tense of its own: a finite form, or a finite or modal auxiliary."""
    d = lang.dep
    return verb.tag_ in lang.finite_tags or any(g.dep_ in (d.aux, d.auxpass) and (
        g.tag_ == lang.modal_tag or g.tag_ in lang.finite_tags) for g in verb.children)


def _time_between(verb, start: int, lang) -> bool:
    """Whether only a time the verb's own (`on Monday`, `last week`) stands between it and ``start``:
    `The court ruled on Monday the ban was unlawful`."""
    if not on(TIME_BEFORE_THE_CLAUSE) or start <= verb.i + 1:
        return False
    between = verb.doc[verb.i + 1: start]
    timed = {t.i for c in verb.children if c.i > verb.i and c.dep_ in (lang.dep.prep, lang.dep.npadvmod)
             and any(g.ent_type_ in lang.ent.times for g in c.subtree) for t in c.subtree}
    return all(t.i in timed for t in between)


def _object_before_participle(verb, subj, lang) -> bool:
    """`tweeted her verdict saying ...`: the parser made the verb's object the participle's subject."""
    head = verb.head
    return verb.tag_ in lang.gerund_tags and verb.dep_ == lang.dep.advcl and subj.pos_ == "NOUN" \
        and head.pos_ == "VERB" and head.i < subj.left_edge.i and subj.i < verb.i and not can_speak(subj, lang)


def _subject_and_verb(words, lang) -> bool:
    """`profits fell`, `Lind resigned`: two words that are a whole clause, a noun and its tensed verb."""
    return len(words) == 2 and words[0].pos_ in ("NOUN", "PROPN") and words[0].dep_ in lang.dep.subjects \
        and words[0].head.i == words[1].i and words[1].pos_ == "VERB" and words[1].tag_ in lang.finite_tags


def _in_the_progressive(verb, lang) -> bool:
    """`were driving`: the verb's -ing form after the copula as its auxiliary."""
    return verb.tag_ in lang.gerund_tags and any(c.dep_ == lang.dep.aux and c.lemma_ == lang.copula
                                                 for c in verb.children)


def _to_opens(verb, lang) -> bool:
    """`to leave Armenia`: the infinitive's `to` opens the verb's phrase."""
    return verb.left_edge.tag_ == lang.infinitive_tag and verb.left_edge.head.i == verb.i


def _object_and_participle(clause, lang) -> bool:
    """`found him feeding the goats`: a verb's -ing form with a pronoun in the object case for its subject and
    no auxiliary, parsed as a clause: an object and what it was doing, no report of its own."""
    d = lang.dep
    return clause.tag_ in lang.gerund_tags and not any(c.dep_ in (d.aux, d.auxpass) for c in clause.children) \
        and any(c.dep_ in d.subjects and c.lower_ in lang.object_pronouns for c in clause.children)


def joined_report(verb, lang):
    """`said the library would shut and added that ...`: a speech verb with no subject that the parser joined
    to the clause a speech verb reports (or, ``SECOND_REPORT_AS_A_CLAUSE``, hung on that speech verb as a second
    clause after the first one's `and`); the second report is the first speaker's. The first speech verb, or
    None."""
    d = lang.dep
    head = verb.head
    if verb.pos_ != "VERB" or verb.i < head.i or verb_lemma(verb, lang) not in lang.reporting_verbs \
            or any(c.dep_ in d.subjects for c in verb.children):
        return None
    if verb.dep_ == d.conj and not any(t.is_quote for t in verb.subtree):  # (a quotation it holds is its own
        # report's: `but had asked the federation to "explain ..."`)
        if on(BACKSHIFTED_CONJUNCT) and (in_the_pluperfect(verb, lang) or any(
                c.dep_ == d.aux and c.tag_ == lang.modal_tag for c in verb.children)):
            return None  # "said it had closed the road and had asked ...": still what was said
        if on(SHARED_PLUPERFECT) and head.dep_ == d.ccomp and in_the_pluperfect(head, lang) \
                and not any(c.dep_ in (d.aux, d.auxpass) or c.dep_ == d.ccomp and not (
                    on(OBJECT_AND_PARTICIPLE_IS_NO_CLAUSE) and _object_and_participle(c, lang))
                    for c in verb.children) \
                and verb_lemma(verb, lang) not in lang.assigning_verbs \
                and not (on(NEGATION_NOT_SHARED) and _negated(head, lang) and not _negated(verb, lang)):
            return None  # "said the president had accepted ... and ordered ...": the `had` is both verbs'
        if on(SHARED_PROGRESSIVE) and head.dep_ == d.ccomp and _in_the_progressive(head, lang) \
                and verb.tag_ in lang.gerund_tags and not any(c.dep_ in (d.aux, d.auxpass) for c in verb.children):
            return None  # "said families were driving ... or asking ...": the `were` is both verbs'
    if verb.dep_ == d.conj and head.dep_ == d.ccomp and head.head.pos_ == "VERB" and head.head.i < head.i \
            and verb_lemma(head.head, lang) in lang.reporting_verbs:
        return head.head
    joiner = verb.doc[verb.i - 1]
    if on(SECOND_REPORT_AS_A_CLAUSE) and verb.dep_ == d.ccomp and head.pos_ == "VERB" \
            and verb_lemma(head, lang) in lang.reporting_verbs and joiner.dep_ == d.cc \
            and joiner.head.dep_ == d.ccomp and joiner.head.head.i == head.i and head.i < joiner.head.i < verb.i:
        return head  # "NAME said the plan was sound and added that ...", `added` a second clause of `said`
    return None


def can_speak(subj, lang) -> bool:
    """Whether a subject can be the source of words: a name, a person pronoun, a speaking role.
    ("Sales went a "sharp increase"" is no one's quotation.)"""
    if subj.lower_ in lang.speaking_pronouns:
        return True
    if subj.pos_ == "PRON":
        return False
    for t in subj.subtree:
        if t.ent_type_ in lang.ent.actors or t.lemma_.lower() in lang.speaker_nouns:
            return True
    lemma = subj.lemma_.lower()
    if on(SOMEONE_S_PEOPLE) and subj.pos_ == "NOUN" and (lemma in lang.relation_nouns or lemma in lang.kinship_nouns) \
            and any(c.dep_ == lang.dep.poss and c.lower_ in lang.owner_pronouns for c in subj.children):
        return True  # "his roommates said they last saw him": people of someone's
    return subj.pos_ == "PROPN"


def described_by_a_participle_before(verb, lang):
    """`Three workers interviewed at the compound said`, parsed as a clause `workers interviewed ...` that ``verb``,
    left with no subject, reports: the noun the participle describes, the verb's subject; else None."""
    d = lang.dep
    if any(c.dep_ in d.subjects for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == d.ccomp and c.i < verb.i and c.tag_ in lang.participle_tags
                   and c.right_edge.i + 1 == verb.i), None)
    if clause is None or any(c.dep_ in (d.dobj, d.aux, d.auxpass) for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == d.nsubj and c.i < clause.i and c.pos_ in ("NOUN", "PROPN")),
                None)


def _described_subject_of_the_clause_before(verb, lang):
    """The person's name, with a description apposed to it, that the parser made the subject of a clause hung on
    ``verb`` right before its comma (`NAME, a ..., who studies X and was not involved, warned`); None otherwise."""
    d = lang.dep
    clause = next((c for c in verb.children if c.dep_ == d.advcl and c.i < verb.i
                   and c.right_edge.i == verb.i - 2), None)
    if clause is None:
        return None
    named = next((c for c in clause.children if c.dep_ in d.subjects and c.ent_type_ == lang.ent.person
                  and c.i < clause.i), None)
    if named is None or named.left_edge.i != verb.sent.start and verb.doc[named.left_edge.i - 1].text not in ".,":
        return None
    return named if any(c.dep_ == d.appos and c.i > named.i for c in named.children) else None


def _subject_of_the_clause_before(verb, lang, outside):
    """`Shares fell after the company cut its forecast and said ...`: the subject of the adverbial clause right before
    a conjunct report, where the head verb's own subject is a thing that says nothing; else None."""
    d = lang.dep
    head = verb.head
    subj = next((c for c in head.children if c.dep_ in d.subjects), None)
    if subj is None or not _speechless_word(subj, lang):
        return None
    clause = next((c for c in head.children if c.dep_ == d.advcl and c.i < verb.i
                   and c.right_edge.i + 2 >= verb.i and any(m.dep_ == d.mark for m in c.children)), None)
    if clause is None:
        return None
    other = next((c for c in clause.children if c.dep_ in d.subjects and outside(c)), None)
    return other if other is not None and other.pos_ in ("NOUN", "PROPN") and can_speak(other, lang) else None


def _deep_in_a_report(verb, lang) -> bool:
    """Whether a verb stands deeper than a report's own clause inside what a speech verb reports: `noted that the
    survey after the quake had found ...`, `found` an adverbial clause of the reported clause."""
    node = verb.head
    for _ in range(6):
        if is_root(node):
            return False
        if node.dep_ == lang.dep.ccomp and verb_lemma(node.head, lang) in lang.reporting_verbs:
            return True
        node = node.head
    return False


def _speechless_word(subj, lang) -> bool:
    """Whether a subject's own word names a thing that says nothing (`Shares in NAME`), whatever it is of."""
    if subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    lemma, low = subj.lemma_.lower(), subj.lower_
    return not _names_someone(subj, lang) and lemma not in lang.speaker_nouns and low not in lang.speaker_nouns


def _speechless(subj, lang) -> bool:
    """Whether a subject is a thing that says nothing (`talks`, `inquiries`), not merely a noun no list
    knows as a speaker: a common noun naming no one, no body, no role and no document."""
    if subj.pos_ != "NOUN" or can_speak(subj, lang) or any(t.ent_type_ for t in subj.subtree):
        return False
    return not _names_someone(subj, lang)


def _names_someone(noun, lang) -> bool:
    """Whether a common noun's word names a person, a role, a body, a source or a document."""
    lemma, low = noun.lemma_.lower(), noun.lower_
    return any(w in words for w in (lemma, low) for words in (
        lang.titles, lang.person_role_nouns, lang.unnamed_person_nouns, lang.org_heads, lang.generic_org_nouns,
        lang.source_nouns, lang.document_nouns, lang.kinship_nouns, lang.relation_nouns, lang.inhabitant_nouns,
        lang.police_heads))


def _antecedent_of_relative(verb, lang):
    head = verb.head
    rel = next((c for c in verb.children if c.lower_ == lang.personal_relative), None)
    if rel is not None and rel.i > 1:
        # ", such as former governor Chris Christie, who denounced": the person right before "who"
        before = rel.doc[rel.i - 2] if rel.doc[rel.i - 1].is_punct else rel.doc[rel.i - 1]
        if before.ent_type_ == lang.ent.person:
            head = before
        elif on(WHO_AFTER_A_NAME_S_APPOSITION) and rel.doc[rel.i - 1].text == "," \
                and head.ent_type_ != lang.ent.person and head.lemma_.lower() not in lang.person_nouns \
                and head.i < before.i:
            named = next((a.head for a in [before, *before.ancestors] if a.dep_ == lang.dep.appos
                          and a.head.ent_type_ == lang.ent.person and a.head.i < before.i), None)
            if named is not None:
                head = named  # "defended in the chamber by NAME, state secretary at the ministry, who told"
    d = lang.dep
    if on(WHO_IS_NO_PLACE) and rel is not None and head.ent_type_ in lang.ent.places and head.dep_ == d.pobj \
            and head.head.dep_ == d.prep and head.head.head.pos_ == "NOUN" and head.head.head.i < head.i:
        head = head.head.head  # "a nurse from Malvern, who said": the nurse, not the town
    elif on(WHO_IS_NO_BODY) and rel is not None and head.ent_type_ == lang.ent.org and head.dep_ == d.pobj \
            and head.head.dep_ == d.prep and head.head.head.pos_ == "NOUN" and head.head.head.i < head.i \
            and (_names_someone(head.head.head, lang) or head.head.head.dep_ == d.appos
                 and head.head.head.head.ent_type_ == lang.ent.person):
        head = head.head.head  # "a retired teacher from Lucerne, who said", the town tagged a body: the teacher
    elif on(WHO_PAST_A_PARTICIPLE) and rel is not None and head.ent_type_ in lang.ent.places and head.dep_ == d.pobj:
        node = head.head.head  # "a driver taking fruit from Spain to Germany, who said": the driver
        if node.dep_ == d.acl and node.tag_ in lang.gerund_tags | lang.participle_tags and node.head.i < node.i \
                and (node.head.pos_ == "NOUN" or node.head.ent_type_ == lang.ent.person):
            head = node.head
    if on(WHO_IS_NO_THING) and rel is not None and _speechless_word(head, lang) and head.dep_ == d.pobj:
        node = head
        for _ in range(3):  # "a former fisherman from a village near the plant, who said": the fisherman
            if node.dep_ != d.pobj or node.head.dep_ != d.prep or node.head.head.pos_ != "NOUN" \
                    or node.head.head.i > node.i:
                break
            node = node.head.head
            if node.ent_type_ == lang.ent.person or _names_someone(node, lang):
                break
        head = node  # the description's head, whatever no list knows it for: `fisherman`
    if on(WHO_PAST_A_TITLE_S_FIELD) and rel is not None and head.dep_ == d.pobj and head.head.dep_ == d.prep \
            and head.ent_type_ != lang.ent.person and head.head.head.pos_ == "NOUN" and head.head.head.i < head.i \
            and head.head.head.lower_ in lang.titles:
        head = head.head.head  # "the assistant deputy minister for materiel, who told": the minister
    if on(WHICH_PAST_AN_AGENT) and head.dep_ == d.pobj and head.head.dep_ == d.agent \
            and head.head.head.dep_ == d.acl and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
        described = head.head.head.head  # "a panel appointed by the ministry"
        doc = verb.doc
        edge = described.left_edge.i
        named = entity_at(doc, edge - 2) if edge >= 2 and doc[edge - 1].text == "," else None
        if named is not None and named.label_ in lang.ent.actors:
            return named.root  # "the Tarn Council, a panel appointed by the ministry, which said": the council
        participle = head.head.head
        edge = participle.left_edge.i
        named = entity_at(doc, edge - 2) if on(WHICH_PAST_A_PARTICIPLE_AFTER_A_NAME) and edge >= 2 \
            and doc[edge - 1].text == "," and described.i < edge else None
        if named is not None and named.end == edge - 1 and named.label_ in lang.ent.bodies:
            return named.root  # "a recommendation by the Harbour Board, set up by the government, which concluded"
    if on(WHICH_PAST_A_PARTICIPLE_S_OBJECT) and rel is None and verb.left_edge.i > 0 \
            and verb.doc[verb.left_edge.i - 1].text == "," and verb.left_edge.lower_ in lang.relative_pronouns:
        node = head.head if head.dep_ == d.conj and head.head.i < head.i else head  # "on Discord and Instagram"
        participle = node.head.head if node.dep_ == d.pobj and node.head.dep_ == d.prep else None
        if participle is not None and participle.dep_ == d.acl and participle.tag_ in lang.participle_tags \
                and participle.head.pos_ == "NOUN" and participle.head.i < participle.i:
            described = participle.head  # "a loose online collective organised mainly on Discord"
            doc = verb.doc
            edge = described.left_edge.i
            named = entity_at(doc, edge - 2) if edge >= 2 and doc[edge - 1].text == "," else None
            return named.root if named is not None and named.end == edge - 1 and named.label_ in lang.ent.actors \
                else described
    if on(WHICH_PAST_A_DESCRIPTION_S_PHRASE) and rel is None and head.dep_ == d.pobj and head.head.dep_ == d.prep \
            and head.head.head.dep_ == d.appos and head.head.head.pos_ == "NOUN" and verb.left_edge.i > 0 \
            and verb.doc[verb.left_edge.i - 1].text == "," \
            and verb.left_edge.lower_ in lang.relative_pronouns:
        named = head.head.head.head  # "Tarnby Home, a Danish chain with about 300 stores, which said": the chain
        if named.pos_ == "PROPN" and named.ent_type_ in lang.ent.bodies and named.i < head.i:
            return named
    if on(RELATIVE_ON_A_DESCRIPTION) and head.pos_ == "NOUN" and head.dep_ == d.appos \
            and head.head.pos_ == "PROPN" and head.head.i < head.i:
        return head.head  # "Marta Kovac, 34, a nurse who said ...": the nurse is Marta Kovac
    if head.lemma_.lower() in lang.document_nouns and head.head.pos_ == "VERB":
        # "Facebook released a statement which read, ..." -> Facebook
        owner = document_owner(head, lang)
        if owner is not None:
            return owner
    return head


def _in_a_noun_clause(t, top, lang) -> bool:
    """Whether ``t`` stands in a clause hung on a noun below ``top``: `fires that swept through Oregon`."""
    node = t
    while node.i != top.i and not is_root(node):
        if node.dep_ in lang.dep.noun_clauses:
            return True
        node = node.head
    return False


def _set_off(span) -> bool:
    """Whether words are set off by commas, the commas in the span or around it: `, she said,`."""
    doc = span.doc
    first = span.start if span[0].text == "," else span.start - 1
    last = span.end - 1 if span[-1].text == "," else span.end
    return first >= 0 and last < len(doc) and first < last and doc[first].text == "," and doc[last].text == ","


def _author_by(tok, lang, after: int = -1, before: int | None = None):
    """The object of an author's preposition hung on ``tok`` (`by the spokesperson`, `from the ministry`), between
    ``after`` and ``before`` when given."""
    d = lang.dep
    before = len(tok.doc) if before is None else before
    return next((g for c in tok.children if c.dep_ in d.by_phrase and c.lower_ in lang.author_prepositions
                 and after < c.i < before for g in c.children if g.dep_ == d.pobj
                 and not (on(TIME_IS_NO_AUTHOR) and g.ent_type_ in lang.ent.times)), None)


def _posted_by(noun, lang, verbs: frozenset | None = None):
    """Who the participle after a noun (one of ``verbs``, if given) names with `by`: `figures released by the
    agency`, `numbers reported by AP`."""
    d = lang.dep
    return next((g for c in noun.children if c.dep_ == d.acl and c.i > noun.i
                 and (verbs is None or c.lemma_.lower() in verbs)
                 for a in c.children if a.dep_ == d.agent for g in a.children if g.dep_ == d.pobj), None)


def document_owner(noun, lang):
    """Who issued a statement, ruling or report: its possessor or the subject of its verb."""
    d = lang.dep
    for c in noun.children:
        if c.dep_ == d.poss:
            return c
    author = _author_by(noun, lang)  # "a statement by the Presidential Spokesperson Harry Roque"
    if author is not None:
        return author
    if on(NAMED_IN_THE_DOCUMENT):
        for c in noun.children:  # "a NATO press release", "the WHO report": the organisation named in it
            if c.dep_ == d.compound and c.ent_type_ in (lang.ent.org, lang.ent.gpe) and c.i < noun.i:
                return c
    if on(POSTED_BY):
        poster = _posted_by(noun, lang)  # "a memo posted by the ministry", "figures released by the agency"
        if poster is None and on(PUBLISHED_AFTER_ITS_OF):  # "a survey of 38 economists published by the bank"
            poster = next((by for c in noun.children if c.dep_ == d.prep and c.lower_ == lang.of and c.i > noun.i
                           for g in c.children if g.dep_ == d.pobj
                           for by in [_posted_by(g, lang, lang.issuing_verbs)] if by is not None), None)
        seen = on(SEEN_BY_IS_NO_AUTHOR) and poster is not None and poster.head.head.lemma_.lower() in lang.viewing_verbs
        if poster is not None and not seen:
            return poster
    if on(ISSUED_IN_A_RELATIVE):  # "figures it published", "a statement the ministry issued"
        issued = next((c for c in noun.children if c.dep_ == d.relcl and c.i > noun.i
                       and c.lemma_.lower() in lang.issuing_verbs), None)
        subj = next((g for g in issued.children if g.dep_ == d.nsubj and noun.i < g.i < issued.i
                     and g.tag_ not in lang.wh_tags), None) if issued is not None else None
        if subj is not None:
            return subj
    if on(ACCOUNT_OWNER):  # "a tweet sent from NAME's Twitter account", "a post on NAME's page"
        heads = [noun] + [c for c in noun.children if c.dep_ == d.acl and c.i > noun.i]
        for h in heads:
            for p in h.children:
                if p.dep_ == d.prep and p.i > noun.i and p.lower_ in lang.source_prepositions:
                    place = next((g for g in p.children if g.dep_ == d.pobj), None)
                    owner = next((g for g in place.children if g.dep_ == d.poss), None) if place is not None else None
                    if owner is not None and owner.pos_ == "PROPN":
                        return owner
                    if on(ACCOUNT_OF_A_BODY_WORD) and owner is not None and owner.pos_ == "NOUN" \
                            and owner.lemma_.lower() in lang.body_nouns \
                            and any(c.lower_ == lang.definite_article for c in owner.children):
                        return owner  # "a notice on the company's website": the company named before
    verb = noun.head
    if noun.dep_ in d.objects and verb.pos_ in ("VERB", "ADP"):
        if verb.pos_ == "ADP" and verb.lower_ in lang.according_words:
            return None  # "Per the doctrines, testimony is required": the sentence's subject is no author
        if verb.pos_ == "ADP":
            verb = verb.head
        for c in verb.children:
            if c.dep_ == d.nsubj:
                return c
    return None


class ParagraphQuotes:
    """The quotations of one parsed paragraph."""

    def __init__(self, doc, para: int, quoted: list[Quoted], lang):
        self.doc = doc
        self.lang = lang
        self.text = text_of(doc)
        self.para = para
        self.quoted = quoted
        self.sent_of = sentence_of(doc)
        self._words_of: dict[Quoted, list] = {}
        if doc.user_data.get("dossier_quotations") != quoted:
            set_quotations(doc, quoted)  # as the article set them, unless built apart (a colon's paragraph)
        self._inside = inside_quotations(doc)
        self._name_tokens: set[int] | None = None

    def inside(self, tok) -> bool:
        return self._inside[tok.i]

    def _tok_at(self, offset: int):
        """The token covering a character offset, or None (for whitespace)."""
        return token_at(self.doc, offset)

    def _words(self, q: Quoted) -> list:
        """The words inside a quotation's marks."""
        if q not in self._words_of:
            doc = self.doc
            self._words_of[q] = [doc[i] for i in tokens_between(doc, q.start, q.end) if not doc[i].is_punct]
        return self._words_of[q]

    def _char_after(self, offset: int) -> str:
        """The first character at or after an offset that is not a space ('' at the end)."""
        m = _NON_SPACE.search(self.text, offset)
        return m.group() if m else ""

    def _is_name(self, words: list) -> bool:
        small = self.lang.title_small_words
        return all(t.is_title or t.is_upper or not t.is_alpha or t.lower_ in small for t in words)

    # -- direct quotes --------------------------------------------------------------------------

    def direct(self) -> list[Finding]:
        out = []
        for q in self.quoted:
            if on(NICKNAME_IS_NO_QUOTATION) and is_nickname(self.text, q):
                continue  # a name's nickname: no finding, not even a part to join to the quotation before
            if on(LETTER_CLOSING_A_NAME) and self._letter_of_a_name(q):
                continue  # "Criminal Court 'C'": the letter is the court's name, no words said
            out.append(self._attribute(q))
        return out

    def _letter_of_a_name(self, q: Quoted) -> bool:
        """`Criminal Court 'C'`, `Block "B2"`: one capital letter, or a letter and a digit, in quotation marks right
        after a capitalised word: the last part of that name."""
        inner = self.text[q.start:q.end].strip()
        before = self.text[:q.open_at].rstrip().split()
        return 1 <= len(inner) <= 2 and inner[0].isupper() and inner.isalnum() and bool(before) \
            and before[-1][:1].isupper() and before[-1].isalpha()

    def _looks_like_a_name(self, q: Quoted) -> bool:
        """`the case "Doe vs. Facebook Ireland Limited"`, `the album "Abbey Road"`: a title, not words said."""
        inner = self._words(q)
        text = self.text[q.start:q.end].rstrip()
        if 2 <= len(inner) <= 8 and text[-1:] not in ".,!?" and self._is_name(inner):
            return True
        return on(APPOSED_TITLE) and self._apposed_title(q) or on(BODY_NAMED_IN_QUOTES) and self._body_of_a_name(q) \
            or on(NICKNAME_IS_NO_QUOTATION) and is_nickname(self.text, q)

    def _body_of_a_name(self, q: Quoted) -> bool:
        """`Ana Lind of "Have no fear", a victims' charity,`: a short quotation after a person's `of` names the
        body the person is of, whatever its capitals."""
        inner = self._words(q)
        text = self.text[q.start:q.end].rstrip()
        open_tok = self._tok_at(q.open_at)
        if not 1 <= len(inner) <= 6 or text[-1:] in ".,!?" or open_tok is None or open_tok.i < 2:
            return False
        of = self.doc[open_tok.i - 1]
        return of.lower_ in self.lang.affiliation_prepositions \
            and self.doc[open_tok.i - 2].ent_type_ == self.lang.ent.person

    def _apposed_title(self, q: Quoted) -> bool:
        """`his event, "Storm the Lake, They Can't Stop Us",`: title case, between commas, after a common noun."""
        inner = self._words(q)
        if not 2 <= len(inner) <= 16 or not self._is_name(inner) or q.close_at is None:
            return False
        before = self.text[:q.open_at].rstrip()
        if not before.endswith(","):
            return False
        noun = self._tok_at(len(before) - 2)
        closed = self._char_after(q.close_at + 1) in (",", ")") \
            or on(TITLE_WITH_ITS_COMMA_INSIDE) and self.text[q.start:q.end].rstrip().endswith(",")
        return noun is not None and noun.pos_ == "NOUN" and closed

    def _names_inside(self) -> set[int]:
        """The tokens of quotations that are names, not words said."""
        if self._name_tokens is None:
            self._name_tokens = {i for q in self.quoted if self._looks_like_a_name(q)
                                 for i in tokens_between(self.doc, q.open_at, (q.close_at or q.end) + 1)}
        return self._name_tokens

    def _characterised_as(self, q: Quoted) -> bool:
        """`referred to the vote as "The Impeachment Hoax"`: capitals after `as` and a verb that characterises
        are a characterisation in the speaker's words, not the title of a work."""
        open_tok = self._tok_at(q.open_at)
        if not on(CHARACTERISED_AS) or open_tok is None or open_tok.i == 0:
            return False
        as_ = self.doc[open_tok.i - 1]
        return as_.lower_ == self.lang.as_ and as_.head.pos_ == "VERB" \
            and as_.head.lemma_.lower() in self.lang.characterising_verbs

    def _named_by_participle(self, q: Quoted) -> bool:
        """`a process called "extraction."`: the quotation is the complement of a naming participle hung on a
        noun, with no `by` agent (`a plan called "reckless" by critics` is the critics' words)."""
        d, lang = self.lang.dep, self.lang
        for t in self._words(q):
            head = t.head
            if self._inside[head.i]:
                continue
            if head.lower_ == lang.as_ and head.dep_ == d.prep:
                head = head.head  # `known as "..."`
            hung = head.dep_ == d.acl or on(NAMING_PARTICIPLE_SET_OFF) and head.dep_ == d.advcl \
                and head.tag_ in lang.participle_tags and head.i > 0 and self.doc[head.i - 1].text == "," \
                or on(KNOWN_AS_IN_A_RELATIVE_CLAUSE) and head.dep_ == d.relcl and head.tag_ in lang.participle_tags \
                and any(c.dep_ == d.nsubjpass and c.tag_ in lang.wh_tags for c in head.children)
            return hung and head.lemma_.lower() in lang.naming_participles \
                and not any(c.dep_ == d.agent for c in head.children) \
                and not (on(NAMED_BY_A_SUBJECT) and any(c.dep_ == d.nsubj for c in head.children)) \
                and not (on(NAMING_PARTICIPLE_WITH_AN_OBJECT) and any(
                    c.dep_ == d.dobj and c.lower_ not in lang.self_naming_reflexives for c in head.children))
        return False

    def _so_called_at(self, i: int) -> bool:
        """Whether token ``i`` is inside quotation marks opened right after `so-called`."""
        q = next((q for q in self.quoted if q.open_at is not None and q.open_at <= self.doc[i].idx
                  and (q.close_at is None or self.doc[i].idx <= q.close_at)), None)
        return q is not None and self.text[:q.open_at].rstrip().lower().endswith(self.lang.term_markers)

    def _after_a_naming_participle(self, q: Quoted) -> bool:
        """`titled "After the Engine,"`: the word right before the opening mark a naming participle (`titled`,
        `dubbed`) with no auxiliary and no `by` after the quotation: the quoted words are a name given."""
        lang, d = self.lang, self.lang.dep
        before = self._tok_at(last_non_space(self.text, q.open_at - 1)) if q.open_at > 0 else None
        if before is None or before.tag_ not in lang.participle_tags or before.dep_ == d.acl \
                or before.lemma_.lower() not in lang.naming_participles \
                or before.i > 0 and self.doc[before.i - 1].text in lang.hyphens \
                or any(c.dep_ in (d.aux, d.auxpass, d.agent) or c.dep_ in d.subjects for c in before.children):
            return False  # (`a process called "..."`, `so-called "..."`: rules of their own)
        close = self._tok_at(q.close_at) if q.close_at is not None else None
        after = self.doc[close.i + 1] if close is not None and close.i + 1 < len(self.doc) else None
        return not (after is not None and after.lower_ in lang.author_prepositions)

    def _named_as_a_term(self, q: Quoted) -> bool:
        """`the 14th Amendment phrase "subject to"`: the word before the opening mark is a noun naming words."""
        before = self._tok_at(last_non_space(self.text, q.open_at - 1)) if q.open_at > 0 else None
        if on(SO_CALLED) and self.text[:q.open_at].rstrip().lower().endswith(self.lang.term_markers):
            return True  # 'one of 120 so-called "rhino rangers"': a name someone else uses, quoted as such
        if on(TERM_A_THING_IS_CALLED_BY) and before is not None:
            verb = self.doc[before.i - 1] if before.lower_ in self.lang.articles and before.i > 0 else before
            d = self.lang.dep
            present = verb.tag_ in self.lang.finite_tags and verb.tag_ not in self.lang.past_tags  # a habit's
            if present and verb.pos_ == "VERB" and verb.lemma_.lower() in self.lang.term_naming_verbs \
                    and any(c.dep_ == d.nsubj and c.i < verb.i for c in verb.children) \
                    and not any(c.dep_ == d.dobj and verb.i < c.i <= before.i or c.dep_ == d.auxpass
                                for c in verb.children):
                return True  # 'a practice riders call a "sticky bottle"': the practice's name
        return before is not None and before.is_lower and before.pos_ == "NOUN" \
            and (before.lower_ in self.lang.term_nouns or on(WORK_S_TITLE_QUOTED) and self._work_s_title(q, before))

    def _work_s_title(self, q: Quoted, noun) -> bool:
        """`the investigative programme "Fakty a tiene"`: a few quoted words, no sentence of their own, right after a
        noun for a work that no verb characterises (`called the novel "a lovely menu"` is a quotation)."""
        return noun.lower_ in self.lang.work_nouns and len(self._words(q)) <= 6 \
            and self.text[q.start:q.end].rstrip()[-1:] not in _END_PUNCT \
            and noun.head.lemma_.lower() not in self.lang.characterising_verbs

    def _attribute(self, q: Quoted) -> Finding:
        lang = self.lang
        first = self._tok_at(q.start) or self._tok_at(q.open_at)
        sent = self.sent_of[first.i] if first is not None else 0
        f = Finding(self.para, "direct", [(q.start, q.end)], HOW_NONE, sent=sent, quoted=q)
        if self._looks_like_a_name(q) and not self._characterised_as(q):
            return f
        if on(NAMED_BY_A_PARTICIPLE) and self._named_by_participle(q):
            return f
        if on(TERM_NAMED) and self._named_as_a_term(q):
            return f
        if on(TITLE_AFTER_A_NAMING_PARTICIPLE) and self._after_a_naming_participle(q):
            return f  # 'In a paper published last year, titled "After the Engine," NAME wrote'

        order = ((HOW_AFTER, self._cue_after), (HOW_BEFORE, self._cue_before), (HOW_WITHIN, self._cue_within))
        if not on(CUE_WITHIN):
            order = order[:2]
        completes = on(COMPLEMENT_QUOTE) and self._completes_a_cue_before(q)
        if completes:
            f.extra["completes"] = True  # its own verb's: never the second half of a quote split by it
        if self._cue_adjacent_before(q) or completes:
            # `X said, "A", also observing, "B"`: A is X's, not the observer's; `called the demand "A", while Y
            # called it "B"`: A completes the verb before it
            order = (order[1], order[0], *order[2:])
        for how, finder in order:
            verb = finder(q)
            if verb is not None and how == HOW_AFTER and verb.tag_ in lang.gerund_tags and on(PARTICIPLE_AFTER) \
                    and any(self._inside[i] for i in range(verb.i + 1, verb.sent.end)):
                before = self._cue_before(q)
                if before is not None:  # `said, "A", calling it "B"`: the participle introduces B
                    how, verb = HOW_BEFORE, before
            if verb is not None and self._what_was_said_as_subject(verb):
                # "said that corridors must be agreed with X "and not imposed"": the corridors say nothing; the
                # report's own verb above it does
                verb = self._reporting_above(verb)
                if verb is None:
                    continue
            if verb is not None:
                f.how, f.cue = how, verb.text
                subj = subject_of(verb, lang, inside=self.inside)
                f.speaker_tok = subj.i if subj is not None else None
                f.extra["verb"] = verb.i
                return f
        named = self._cue_first(q) if on(CUE_FIRST) else None
        if named is not None:  # "Remarked Tarn Institute scientist NAME, "...""
            f.how, f.cue, f.speaker_tok = HOW_BEFORE, self.doc[named.sent.start].text, named.i
            return f
        verb = self._as_put_it(q) if on(AS_X_PUT_IT) else None
        if verb is None and on(AS_X_PUT_IT_BEFORE):
            verb = self._as_put_it_before(q)
        if verb is not None:
            subj = subject_of(verb, lang, inside=self.inside)
            if subj is not None:
                f.how, f.cue, f.speaker_tok = HOW_AFTER, verb.text, subj.i
                f.extra["verb"] = verb.i
                return f
        words = self._in_words_of(q) if on(IN_WORDS_OF) else None
        if words is not None:  # "The plan is, in NAME's words, "...""
            f.how, f.cue, f.speaker_tok = "according", words[0].text, words[1].i
            return f
        source = self._according_before(q) if on(ACCORDING_QUOTES) else None
        if source is None and on(ACCORDING_AFTER_QUOTE):
            source = self._according_after(q)
        if source is not None:  # "According to a memo by NAME, the council cancelled it because X did "...""
            f.how, f.cue, f.speaker_tok = "according", " ".join(lang.according_to), source.i
            return f
        colon = self._colon_intro(q) if on(COLON_INTRO) else None
        owner = self._reply_before_colon(q) if on(REPLY_BEFORE_COLON) and (
            colon is None or on(REPLY_WAS_BEFORE_COLON) and colon.lemma_ == lang.copula) else None
        if owner is not None:  # "Ana Lind's response: "...""
            f.how, f.cue, f.speaker_tok = "colon", owner.head.text, owner.i
            return f
        if colon is not None:
            f.how = "colon"
            f.cue = colon.text
            subj = subject_of(colon, lang, inside=self.inside)
            f.speaker_tok = subj.i if subj is not None else None
            return f
        governor = self._governing_verb(q) if on(GOVERNED) else None
        if governor is None and on(BY_AGENT):
            agent = self._passive_agent(q)
            if agent is not None:
                f.how, f.cue, f.speaker_tok = "governed", "by", agent.i
                return f
        aside = next((c for c in governor.children if c.dep_ == lang.dep.parataxis and _is_cue(c, lang)
                      and not self._inside[c.i]), None) \
            if governor is not None and on(GOVERNED_UNDER_AN_ASIDE) else None
        if aside is not None:  # "Swiss law, he argued, offers employees "no door to knock on"": his words
            governor = aside
        if governor is not None and self._what_was_said_as_subject(governor):
            governor = self._reporting_above(governor)  # the report's own verb above the passive
        if governor is not None:
            subj = subject_of(governor, lang, inside=self.inside)
            if subj is not None and can_speak(subj, lang):
                f.how, f.cue, f.speaker_tok = "governed", governor.text, subj.i
        return f

    def _cue_first(self, q: Quoted):
        """The speaker of `Remarked TITLE NAME, "..."`: a cue verb opens the sentence, a name follows it, and a
        comma after the name opens the quotation (the parser makes the verb a modifier)."""
        open_tok = self._tok_at(q.open_at)
        if open_tok is None:
            return None
        doc, lang = self.doc, self.lang
        first = doc[open_tok.sent.start]
        if first.i + 2 >= open_tok.i or doc[open_tok.i - 1].text not in (",", ":") or self._inside[first.i] \
                or first.lemma_.lower() not in lang.cue_verbs or first.tag_ not in lang.past_tags | {"VBZ"}:
            return None
        between = doc[first.i + 1: open_tok.i - 1]
        if any(t.pos_ in ("VERB", "AUX") or self._inside[t.i] for t in between):
            return None
        names = [e for e in doc.ents if first.i < e.start and e.end == open_tok.i - 1
                 and e.label_ in (lang.ent.person, lang.ent.org)]
        return names[0].root if names else None

    def _is_according_to(self, t) -> bool:
        """Whether ``t`` opens `according to`, outside any quotation."""
        according, to = self.lang.according_to
        return t.lower_ == according and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == to \
            and not self._inside[t.i]

    def _is_per(self, t) -> bool:
        """Whether ``t`` is `per` opening a source set off from the clause (`Per the decree, ...`, `..., per the
        ministry.`), not a rate (`$5 per hour`), outside any quotation."""
        doc, lang = self.doc, self.lang
        if t.lower_ not in lang.according_words or t.dep_ != lang.dep.prep or self._inside[t.i]:
            return False
        pobj = next((c for c in t.children if c.dep_ == lang.dep.pobj), None)
        if pobj is None or not (pobj.lemma_.lower() in lang.document_nouns or pobj.lower_ in lang.document_nouns
                                or pobj.ent_type_ in lang.ent.actors
                                or _posted_by(pobj, lang) is not None  # "per numbers reported by AP"
                                or pobj.pos_ == "NOUN" and pobj.lemma_.lower() in lang.speaker_nouns):
            return False  # "per the request of X", "per emergency use": in keeping with, not who says
        opens = t.i == t.sent.start or doc[t.i - 1].text == ","
        closes = pobj.right_edge.i + 1 < t.sent.end and (doc[pobj.right_edge.i + 1].text == ","
                                                          or doc[pobj.right_edge.i + 1].is_sent_end
                                                          and doc[pobj.right_edge.i + 1].is_punct)
        return opens and closes

    def _according_before(self, q: Quoted):
        """The source of `according to X` earlier in the quotation's sentence, outside any quotation."""
        open_tok = self._tok_at(q.open_at)
        if open_tok is None:
            return None
        doc = self.doc
        for t in doc[open_tok.sent.start: open_tok.i]:
            if t.i + 1 < open_tok.i and self._is_according_to(t):
                return self._quotable_source(t)
        return None

    def _quotable_source(self, according):
        """The source after `according to` when it is a document's or a person's words, not an outlet's:
        "according to the BBC" passes on others' words."""
        source = next((c for c in self.doc[according.i + 1].children if c.dep_ == self.lang.dep.pobj), None)
        if source is not None and (source.lemma_.lower() in self.lang.document_nouns
                                   or source.ent_type_ == self.lang.ent.person
                                   or on(ACCORDING_TO_A_PERSON_S_PRONOUN_QUOTES)
                                   and source.lower_ in self.lang.person_pronouns):
            return source
        return None

    def _according_after(self, q: Quoted):
        """The source of `"...," according to X.`: `according to` right after the quotation's closing mark."""
        close = self._tok_at(q.close_at) if q.close_at is not None else None
        if close is None:
            return None
        doc = self.doc
        i = close.i + 1
        if i < len(doc) and doc[i].text == ",":
            i += 1  # `"The data is clear", according to NAME`
        comma = i > close.i + 1 or self.text[q.start:q.end].rstrip().endswith(",")  # after the mark or inside it
        if comma and i + 1 < len(doc) and self._is_according_to(doc[i]):
            return self._quotable_source(doc[i])
        return None

    def _cue_after(self, q: Quoted):
        if q.close_at is None:
            return None
        inner = self.text[q.start:q.end].rstrip()
        if on(BRACKETED_PUNCT) and len(inner) >= 3 and inner[-3] + inner[-1] == "[]" and inner[-2] in _END_PUNCT:
            inner = inner[:-3] + inner[-2]  # "... for each other[,]" she wrote: an editor's comma is a comma
        if on(NESTED_QUOTATION_ENDS_IT) and len(inner) >= 2 and inner[-1] in SINGLE_CLOSERS and inner[-2] in _END_PUNCT:
            inner = inner[:-1]  # "... It is, 'Will there be water?'" Lotfy said: the inner mark ends both
        after = self._char_after(q.close_at + 1)
        if not (inner[-1:] in _END_PUNCT or after in _END_PUNCT):
            return None  # `a "no limits" relationship`: the quote runs on into the sentence
        close = self._tok_at(q.close_at)
        if close is None:
            return None
        if inner[-1:] in ".!?" and after.isupper():
            # `"... inquiry." Democratic chairman X said`: a new sentence, not an attribution, unless
            # that sentence is only a subject and a cue verb (`"Why now?" Rubio asked.`)
            return self._bare_attribution_after(close) if on(SHORT_AFTER) else None
        doc = self.doc
        for budget, i in enumerate(range(close.i + 1, len(doc))):  # budget: tokens passed so far
            t = doc[i]
            if self._inside[i]:
                return None
            if t.lower_ == self.lang.complementizer and t.dep_ == self.lang.dep.mark and on(THAT_CLAUSE_AFTER):
                return None  # 'said the offer was "too little", and that the union would call a strike'
            if _is_cue(t, self.lang):
                if on(WRITER_S_COMMENT_ENDS_THE_REPORT) and self._comment_verb(t):
                    return None  # '"...," a comparison rejected by press groups': the writer's comment
                return t
            if on(READ_TAGGED_A_NOUN) and _read_tagged_a_noun(t, self.lang) is not None:
                return t  # '"...," the centre's post read.'
            saying = _saying_of_quoted_as(t, self.lang) if on(QUOTED_AS_SAYING_AFTER) else None
            if saying is not None:
                return saying  # '"...," NAME was quoted as saying'
            if on(CUE_READ_AS_A_MODIFIER) and _modifying_cue(t, self.lang) is not None \
                    and all(u.is_punct for u in doc[close.i + 1: i]):
                return t  # '"...," tweeted opposition leader NAME', the verb read as the title's adjective
            if on(DESCRIPTION_BEFORE_A_LISTENER) and (described := _described_before_its_listener(t, self.lang)) \
                    is not None and all(u.is_punct or u.i >= described.left_edge.i for u in doc[close.i + 1: i]):
                return t  # '"...," the 24-year-old told reporters', both read as adjectives of `reporters`
            if t.is_sent_start and budget > 0 and t.text not in ("'", '"'):
                return None
            if on(PARTICLE_OPENS_A_SURNAME_ALONE) and t.is_lower and t.ent_type_ == self.lang.ent.person \
                    and t.lower_ in self.lang.name_particles:
                continue  # '"...," dos Santos told supporters', `dos` parsed as a verb
            if t.text in ".!?" or t.pos_ in ("VERB",) and t.dep_ not in self.lang.dep.attributive:
                return None
            if budget >= 14:
                past = self._cue_past_an_apposition(close) if on(CUE_PAST_A_LONG_APPOSITION) else None
                if past is None and on(CUE_AFTER_A_LONG_SUBJECT):
                    past = self._cue_after_a_long_subject(close)  # '"...," Egypt's Minister of Water ..., NAME, told'
                return past
        return None

    def _cue_after_a_long_subject(self, close):
        """`"...," Egypt's Minister of Water Resources and Irrigation, NAME, told a news conference`: the first verb
        after the closing mark, when it is a cue whose subject's words fill everything between them; else None."""
        doc, d = self.doc, self.lang.dep
        verb = next((t for t in doc[close.i + 1: close.sent.end] if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or self._inside[verb.i] or not _is_cue(verb, self.lang):
            return None
        subj = next((c for c in verb.children if c.dep_ == d.nsubj and c.i < verb.i), None)
        first = next((t for t in doc[close.i + 1: verb.i] if not t.is_punct), None)
        if subj is None or first is None or subj.left_edge.i != first.i or subj.ent_type_ == self.lang.ent.person:
            return None  # (a name and its long description: ``_cue_past_an_apposition``)
        within = {t.i for t in subj.subtree}
        return verb if all(t.i in within or t.is_punct for t in doc[first.i: verb.i]) else None

    def _cue_past_an_apposition(self, close):
        """`"...," NAME, the council's president and rector of the National University of the Pampas, told
        reporters`: the cue verb right after a person's name and the description set off by commas after it,
        however long; None if there is none."""
        doc = self.doc
        i = close.i + 1
        while i < len(doc) and doc[i].is_punct and not self._inside[i]:
            i += 1
        while on(TITLE_BEFORE_A_LONG_APPOSED_NAME) and i + 1 < len(doc) and doc[i].is_title \
                and (doc[i].lower_.rstrip(".") in self.lang.titles or doc[i].lower_ in self.lang.honorifics):
            i += 1  # '"...," Dr NAME, secretary-general of ..., told reporters'
        name = entity_at(doc, i) if i < len(doc) else None
        if name is None or name.label_ != self.lang.ent.person or name.start != i or name.end >= len(doc) \
                or doc[name.end].text != ",":
            return None
        appos = next((c for c in name.root.children if c.dep_ == self.lang.dep.appos and c.i > name.end), None)
        j = appos.right_edge.i + 1 if appos is not None else len(doc)
        if j + 1 < len(doc) and doc[j].text == "," and _is_cue(doc[j + 1], self.lang) and not self._inside[j + 1]:
            return doc[j + 1]
        return None

    def _as_put_it(self, q: Quoted):
        """`"ground to a halt" - as the report put it -`, `"went through the roof," as one trader said`: the verb
        of an `as` clause right after the quotation's closing mark, when it puts or reports words."""
        close = self._tok_at(q.close_at) if q.close_at is not None else None
        if close is None:
            return None
        doc, lang = self.doc, self.lang
        i = close.i + 1
        while i < len(doc) and i - close.i <= 3 and doc[i].is_punct and not self._inside[i]:
            i += 1
        if i >= len(doc) or doc[i].lower_ != lang.as_ or doc[i].dep_ != lang.dep.mark or self._inside[i]:
            return None
        verb = doc[i].head
        if verb.i <= i or verb.pos_ != "VERB":
            return None
        put, it = lang.put_it
        if verb.lemma_.lower() == put and any(c.dep_ == lang.dep.dobj and c.lower_ == it for c in verb.children):
            return verb
        return verb if verb_lemma(verb, lang) in lang.cue_verbs else None

    def _what_was_said_as_subject(self, verb) -> bool:
        """Whether ``verb`` is a speech verb in the passive, with no agent, whose subject is a common noun or left to
        a relative: what was said or agreed, not who said it (`corridors must be agreed with the capital`, `a
        description NAME said had been repeated`)."""
        d = self.lang.dep
        subjects = [c for c in verb.children if c.dep_ in d.subjects]
        return on(WHAT_WAS_AGREED_IS_NO_SPEAKER) and any(c.dep_ == d.auxpass for c in verb.children) \
            and not any(c.dep_ == d.agent for c in verb.children) \
            and all(c.dep_ == d.nsubjpass and not c.ent_type_ and c.pos_ == "NOUN" for c in subjects) \
            and (bool(subjects) or verb.dep_ in (d.ccomp, d.relcl)) \
            and _agent_under_quoted_words(verb, self.lang, self.inside) is None  # not "called "..." by NAME"

    def _reporting_above(self, verb):
        """The nearest speech verb above ``verb``, outside quotation marks and not itself a passive of what was said:
        the verb of the report ``verb`` stands in; None if there is none."""
        return next((a for a in verb.ancestors if a.pos_ == "VERB" and _is_cue(a, self.lang)
                     and not self._inside[a.i] and not self._what_was_said_as_subject(a)), None)

    def _as_put_it_before(self, q: Quoted):
        """`with, as she later put it, "one suitcase and no plan"`: the verb of an `as` clause set off by commas right
        before the quotation's opening mark, when it puts or reports words."""
        opening = self._tok_at(q.open_at) if q.open_at is not None else None
        if opening is None or opening.i < 4:
            return None
        doc, lang = self.doc, self.lang
        i = opening.i - 1
        while i > 0 and opening.i - i <= 2 and doc[i].is_punct and not self._inside[i]:
            i -= 1
        if i == opening.i - 1 or self._inside[i]:
            return None  # the `as` clause is set off from the quotation
        verb = doc[i].head if doc[i].dep_ == lang.dep.dobj else doc[i]
        if verb.pos_ != "VERB" or verb.i > i or not any(
                c.dep_ == lang.dep.mark and c.lower_ == lang.as_ and c.i < verb.i and doc[c.i - 1].text == ","
                for c in verb.children):
            return None
        put, it = lang.put_it
        if verb.lemma_.lower() == put and any(c.dep_ == lang.dep.dobj and c.lower_ == it for c in verb.children):
            return verb
        return verb if verb_lemma(verb, lang) in lang.cue_verbs else None

    def _in_words_of(self, q: Quoted):
        """`in NAME's words`, `in the words of NAME` outside the quotation in its sentence: the noun `words` and
        the token of their owner."""
        first = self._tok_at(q.start) or self._tok_at(q.open_at)
        if first is None:
            return None
        d = self.lang.dep
        in_, word, of = self.lang.in_words
        for t in first.sent:
            if self._inside[t.i] or t.lemma_.lower() != word or t.head.lower_ != in_ or t.dep_ != d.pobj:
                continue
            owner = next((c for c in t.children if c.dep_ == d.poss), None) or next(
                (g for c in t.children if c.dep_ == d.prep and c.lower_ == of for g in c.children
                 if g.dep_ == d.pobj), None)
            if owner is not None and not self._inside[owner.i]:
                return t, owner
        return None

    def _bare_attribution_after(self, close):
        """The cue verb of `NAME said.` / `Coach NAME told fans.` right after a closing mark: a subject
        of at most five words, then the verb, with no clause of its own."""
        doc, d = self.doc, self.lang.dep
        for t in doc[close.i + 1: close.i + 7]:
            if self._inside[t.i]:
                return None
            if t.pos_ in ("VERB", "AUX"):
                if not _is_cue(t, self.lang) or any(c.dep_ in (d.ccomp, d.xcomp, d.advcl) and not (
                        on(BARE_ATTRIBUTION_WITH_A_PARTICIPLE) and c.dep_ == d.advcl and c.tag_ in self.lang.gerund_tags
                        and c.left_edge.i == t.i + 2 and doc[t.i + 1].text == ",") for c in t.children):
                    return None  # ('"...?" NAME said, holding her son': a participle after it, no clause of its own)
                subj = next((c for c in t.children if c.dep_ == d.nsubj and c.i < t.i), None)
                if subj is None or any(not b.is_punct and not subj.left_edge.i <= b.i <= subj.right_edge.i
                                       for b in doc[close.i + 1: t.i]):
                    return None
                if on(CUE_WITH_ITS_OWN_QUOTATION) and any(self._inside[b.i] for b in t.subtree if b.i > t.i):
                    return None
                return t
        return None

    def _completes_a_cue_before(self, q: Quoted) -> bool:
        """Whether a word of the quotation hangs, as its complement, on a cue verb before the opening mark:
        `called the demand "unprecedented"`, `described it as "a disgrace"`."""
        open_tok = self._tok_at(q.open_at)
        if open_tok is None:
            return False
        for t in self._words(q):
            head, dep = t.head, t.dep_
            if head.lower_ == self.lang.as_ and head.i < open_tok.i and dep == self.lang.dep.pobj:
                head, dep = head.head, self.lang.dep.oprd  # "described it as ...": as a complement
            if not self._inside[head.i]:
                return head.i < open_tok.i and head.pos_ == "VERB" and _is_cue(head, self.lang) \
                    and dep in self.lang.dep.complements
        return False

    def _cue_adjacent_before(self, q: Quoted) -> bool:
        open_tok = self._tok_at(q.open_at)
        i = open_tok.i - 1 if open_tok is not None else -1
        while i >= 0 and self.doc[i].is_punct and self.doc[i].text in ",:":
            i -= 1
        return i >= 0 and i < (open_tok.i - 1) and _is_cue(self.doc[i], self.lang) and not self._inside[i]

    def _cue_before(self, q: Quoted):
        open_tok = self._tok_at(q.open_at)
        if open_tok is None:
            return None
        i = open_tok.i - 1
        skipped = 0
        aside: set[int] = set()
        # the cue's own words may stand between it and the quotation: "saying earlier in the morning before the
        # call for Biden, "..."" (every one of them is checked to be the cue's below)
        reach = 14 if on(LONG_CUE_PHRASE) else 8
        while i >= 0 and skipped <= reach:
            t = self.doc[i]
            if self._inside[t.i]:
                return None
            if t.text in self.lang.aside_dashes:
                # "commented on the matter — which the BBC noted as unusual — "...": skip the aside
                j = i - 1
                while j >= 0 and self.doc[j].text not in self.lang.aside_dashes and not self.doc[j].is_sent_start:
                    j -= 1
                if j >= 0 and self.doc[j].text in self.lang.aside_dashes:
                    aside.update(range(j, i + 1))
                    i = j - 1
                    continue
            if _is_cue(t, self.lang):
                if _infinitive_in_a_report(t, self.lang):
                    return None  # "said she would return to testify "..."": the report's, found within
                between = [b for b in self.doc[t.i + 1: open_tok.i] if b.i not in aside]
                sub = set(t.subtree)
                # only the cue's own words between it and the quotation, and no subject
                if all(b.is_punct or b in sub and b.pos_ != "VERB" and b.dep_ != self.lang.dep.nsubj
                       for b in between):
                    return None if self._mute_nested(t) or _action_inside_a_report(t, self.lang) else t
                return None
            if t.text in (".", "!", "?"):
                return None
            if not t.is_punct:
                skipped += 1
            if t.is_sent_start and i < open_tok.i - 1:
                break
            i -= 1
        return None

    def _cue_within(self, q: Quoted):
        if q.close_at is None:
            return None
        inner = self._words(q)
        if not inner or all(t.pos_ == "PROPN" for t in inner):
            return None
        lang = self.lang
        node = inner[0]
        seen = 0
        d = lang.dep
        relative = False  # climbed out of a relative clause: only a report whose content holds it is its cue
        while not is_root(node) and seen < 12:
            came_from, node = node, node.head
            seen += 1
            edge = came_from.left_edge.i
            if on(QUOTED_COMMENT_AFTER_THE_ATTRIBUTION) and edge >= 2 \
                    and came_from.dep_ in (d.advcl, d.relcl, d.ccomp) \
                    and self.doc[edge].lower_ in lang.relative_pronouns and self.doc[edge - 1].text == ",":
                said = next((c for c in node.children if c.dep_ == d.parataxis and c.i < edge - 1
                             and c.right_edge.i >= edge - 2 and _is_cue(c, lang)
                             and verb_lemma(c, lang) in lang.report_verbs), None)
                if said is not None:  # "A, she said, which \"created room for suspicion\"": hers
                    return said
            if on(SECOND_THAT_CLAUSE) and came_from.dep_ == d.conj and node.dep_ == d.ccomp and not is_root(node) \
                    and any(c.dep_ == d.mark and c.lower_ == lang.complementizer for c in came_from.children):
                node = node.head  # "said A, but that the button \"never worked\"": said's, not A's verb's
            if on(THAT_CLAUSE_BESIDE_THE_VERB) and not is_root(node) and node.pos_ in ("VERB", "AUX"):
                beside = next((v for v in node.head.children if v.i < node.i and v.pos_ == "VERB"
                               and getattr(_that_clause_beside(v, lang), "i", None) == node.i), None)
                if beside is None and on(QUOTATION_TACKED_ON_BESIDE) and node.left_edge.i >= 2 \
                        and self.doc[node.left_edge.i - 1].is_quote and self.doc[node.left_edge.i - 2].text == ",":
                    beside = next((v for v in node.head.children if v.i < node.i and v.pos_ == "VERB"
                                   for c in [_that_clause_beside(v, lang)]
                                   if c is not None and c.right_edge.i == node.left_edge.i - 3), None)
                if beside is not None:  # "NAME, ..., posted on Facebook that the reserve was \"...\""
                    came_from, node = node, beside
            if on(SECOND_THAT_CLAUSE_OF_QUOTED_AS_SAYING) and came_from.dep_ == d.conj \
                    and node.lemma_.lower() in lang.citing_verbs \
                    and any(c.dep_ == d.mark and c.lower_ == lang.complementizer for c in came_from.children):
                node = next((g for c in node.children if c.dep_ == d.prep and c.lower_ == lang.as_
                             for g in c.children if g.dep_ == d.pcomp and g.i < came_from.i), node)  # "as saying"
            if not self._inside[node.i] and _is_cue(node, lang) and node.lemma_.lower() in lang.report_verbs \
                    and not _negated(node, lang) and not _infinitive_in_a_report(node, lang):
                if relative and came_from.dep_ != d.ccomp:
                    return None  # "NAME, who runs a firm that makes "...", said": not what NAME said
                if self._mute_nested(node):
                    continue  # "told X the figures suggested a pattern: "...": the figures say nothing
                if _action_inside_a_report(node, lang):
                    continue  # "said NAME had rejected her changes "about half the time"": the one who said it
                return node
            if not self._inside[node.i] and node.pos_ == "VERB" and node.dep_ in lang.dep.noun_clauses:
                verb = next((a for a in node.ancestors if on(DOCUMENT_S_CONTENT_HOLDS_IT) and a.pos_ in ("VERB", "AUX")
                             and getattr(_clause_hung_on_a_noun(a, lang), "i", None) == node.i), None)
                if verb is not None:  # "said in a statement that the findings added to \"...\"": said's report
                    node = next(t for t in node.ancestors if t.head.i == verb.i)
                    continue
                if on(RELATIVE_INSIDE_A_REPORT) and node.dep_ == d.relcl and any(
                        c.dep_ in d.subjects and c.lower_ in lang.relative_pronouns for c in node.children):
                    relative = True
                    continue  # "noted that the drug stays longer, which makes it "a poor choice"": still noted
                return None  # the quotation belongs to a clause of its own: "X, who denounced ... as "..."
        if on(QUOTED_IN_A_MID_SENTENCE_REPORT) and is_root(node) and not relative and not self._inside[node.i]:
            return next((c for c in node.children if c.dep_ == d.parataxis and c.i < inner[0].i
                         and _is_cue(c, lang) and verb_lemma(c, lang) in lang.report_verbs
                         and any(g.dep_ in d.subjects for g in c.children)
                         and _set_off(self.doc[c.left_edge.i: c.right_edge.i + 1])), None)
        return None

    def _mute_nested(self, v) -> bool:
        """`told reporters the data suggested a pattern`: a speech verb inside another's report whose
        subject cannot speak reports nothing of its own; the outer speaker's report covers it."""
        lang = self.lang
        if not on(MUTE_NESTED):
            return False
        nested = v.dep_ == lang.dep.ccomp and not is_root(v) and verb_lemma(v.head, lang) in lang.reporting_verbs
        if not nested and on(MUTE_DEEPER_IN_A_REPORT) and _deep_in_a_report(v, lang):
            doer = v.head if v.dep_ == lang.dep.xcomp else v  # "Trials are meant to tell the market that ...": trials
            subj = next((c for c in doer.children if c.dep_ in lang.dep.subjects), None)
            return subj is not None and _speechless(subj, lang)  # "noted that the survey after the quake had
            # found that ...": the quake finds nothing; the report is the one it stands in
        if not nested and not (on(MUTE_UNDER_AN_ASIDE) and any(  # "The findings, the researchers wrote, suggest"
                c.dep_ in (lang.dep.parataxis, lang.dep.ccomp) and c.i < v.i
                and verb_lemma(c, lang) in lang.reporting_verbs
                and any(g.dep_ in lang.dep.subjects and can_speak(g, lang) for g in c.children) for c in v.children)):
            return False
        if nested and on(MODAL_NESTED) and any(c.dep_ == lang.dep.aux and c.tag_ == lang.modal_tag
                                               for c in v.children):
            return True
        subj = next((c for c in v.children if c.dep_ in lang.dep.subjects), None)
        return subj is not None and not can_speak(subj, lang)

    def _governing_verb(self, q: Quoted):
        """`attacked the inquiry as "Witch Hunt garbage."`: a partial quotation with no speech verb
        is the words of whoever performs the verb that governs it, when it is a clause of its own
        or a characterisation (`as "..."`). A bare phrase used as a name or a modifier is a scare
        quote: `a "no limits" relationship`, `shared his "in-most thoughts"`."""
        if q.close_at is None or q.open_at == 0:
            return None
        inner = self._words(q)
        if not inner or len(inner) <= 8 and self._is_name(inner) and not self._characterised_as(q):
            return None  # a name or a title: `the case "Doe vs. Facebook Ireland Limited"`
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in inner)
        via_as = False
        node = inner[0]
        for _ in range(12):
            if is_root(node):
                return None
            node = node.head
            via_as = via_as or (node.lower_ == self.lang.as_ and not self._inside[node.i])
            if not self._inside[node.i] and node.pos_ == "VERB":
                d = self.lang.dep
                if on(CHARACTERISED_CLAIM_WITH_ITS_CLAUSE) and via_as and node.dep_ in (d.acl, d.relcl) \
                        and node.head.dep_ == d.dobj and node.head.head.i < node.head.i \
                        and verb_lemma(node.head.head, self.lang) in self.lang.characterising_verbs:
                    node = node.head.head  # "dismissed the claim that his signatures had been forged as "...""
                if any(c.dep_ in self.lang.dep.passive for c in node.children):
                    return None
                spoken_of = node.lemma_.lower() in self.lang.speaking_verbs and len(inner) >= 3 and on(SPOKEN_OF)
                if on(FILED_UNDER_A_CATEGORY) and len(inner) <= 2 and node.lemma_.lower() in self.lang.filing_verbs \
                        and inner[0].i >= 2 and self.doc[inner[0].i - 2].lower_ == self.lang.as_:
                    return None  # 'tally sheets set aside as "observed"': a category's name
                return node if has_verb or via_as or spoken_of else None
        return None

    def _passive_agent(self, q: Quoted):
        """The `by` agent of a passive verb governing a quotation: `was dismissed as "..." by NAME`."""
        if q.close_at is None or q.open_at == 0:
            return None
        inner = self._words(q)
        if not inner or len(inner) <= 8 and self._is_name(inner):
            return None
        d = self.lang.dep
        node = inner[0]
        for _ in range(12):
            if is_root(node):
                return None
            node = node.head
            if not self._inside[node.i] and node.pos_ == "VERB":
                break
        else:
            return None
        if not any(c.dep_ == d.auxpass for c in node.children):
            return None
        close = self._tok_at(q.close_at)
        if close is None:
            return None
        for t in self.doc[close.i + 1: node.sent.end]:
            if t.lower_ in self.lang.author_prepositions and t.lower_ != self.lang.origin_preposition \
                    and not self._inside[t.i]:
                pobj = next((c for c in t.children if c.dep_ == d.pobj), None)
                if pobj is not None and pobj.ent_type_ in (self.lang.ent.person, self.lang.ent.org):
                    return pobj
                return None
        return None

    def colon_speaker(self):
        """The subject of the verb before a colon that ends this paragraph (`He said:`), or None."""
        end = len(self.text.rstrip())
        if not self.text[:end].endswith(":") or not on(COLON_PARAGRAPH):
            return None
        colon = self._tok_at(end - 1)
        if colon is None or colon.i == 0:
            return None
        verbs = [t for t in self.doc[colon.sent.start:colon.i] if _is_cue(t, self.lang) and not self._inside[t.i]]
        if not verbs and on(DOCUMENT_THEN_QUOTED):
            # "He provided Wikinews with the text of a message he sent:": a verb giving a document
            verbs = [t for t in self.doc[colon.sent.start:colon.i] if t.pos_ == "VERB" and not self._inside[t.i]
                     and any(g.lemma_.lower() in self.lang.document_nouns for g in t.subtree if g.i < colon.i)
                     and any(c.dep_ in self.lang.dep.subjects for c in t.children)][:1]
        if not verbs:
            return None
        return subject_of(verbs[-1], self.lang, inside=self.inside)

    def _reply_before_colon(self, q: Quoted):
        """Who owns the reply named right before the colon that opens a quotation (`NAME's response: "..."`)."""
        at = last_non_space(self.text, q.open_at)
        colon = self._tok_at(at) if at >= 0 and self.text[at] == ":" else None
        if colon is None or colon.i == 0:
            return None
        noun = self.doc[colon.i - 1]
        d = self.lang.dep
        if on(REPLY_WAS_BEFORE_COLON) and noun.dep_ == d.acomp and noun.head.lemma_ == self.lang.copula:
            # "NAME's response was swift:": the reply is the copula's subject
            noun = next((c for c in noun.head.children if c.dep_ == d.nsubj), noun)
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lang.reply_nouns or self._inside[noun.i]:
            return None
        owner = next((c for c in noun.children if c.dep_ == self.lang.dep.poss), None)
        if owner is not None and on(PRONOUN_OWNS_THE_REPLY) and owner.lower_ in self.lang.owner_pronouns:
            return owner  # "Her verdict was blunt:": whoever she is
        if owner is None or owner.pos_ not in ("PROPN", "NOUN") or owner.lower_ in self.lang.owner_pronouns:
            return None
        return owner

    def _colon_intro(self, q: Quoted):
        """`the ministry justified the strike: "..."`: the main verb of the clause before the colon."""
        at = last_non_space(self.text, q.open_at)
        if at < 0 or self.text[at] != ":":
            return None
        colon = self._tok_at(at)
        if colon is None:
            return None
        start = colon.sent.start
        verbs = [t for t in self.doc[start:colon.i] if t.pos_ == "VERB" and not self._inside[t.i]]
        d = self.lang.dep

        def has_subject(t):
            return any(c.dep_ in d.subjects for c in t.children)

        copula = next((t for t in self.doc[start:colon.i] if t.pos_ == "AUX" and not self._inside[t.i]
                       and any(c.dep_ == d.nsubj for c in t.children)), None)
        # "The commissioner was blunt about what the seizure meant:": the verbs all inside the copula's complement
        framed = on(COPULA_MAIN_CLAUSE_BEFORE_COLON) and copula is not None and verbs \
            and (is_root(copula) or on(COPULA_HUNG_ON_THE_QUOTATION) and self._inside[copula.head.i]) \
            and all(copula.is_ancestor(t) for t in verbs)  # (the parser can hang it on the quoted sentence's verb)
        if (not verbs or framed) and on(COPULA_BEFORE_COLON):
            # "Kell was blunt: "..."", "Kell's message was simple: "..."": someone characterised, then quoted
            root = copula
            subj = next((c for c in root.children if c.dep_ == d.nsubj), None) if root is not None else None
            owner = next((c for c in subj.children if c.dep_ == d.poss), None) if subj is not None else None
            who = owner if owner is not None and subj.pos_ == "NOUN" else subj
            named = next((c for c in who.children if c.dep_ == d.appos and c.ent_type_ == self.lang.ent.person
                          and c.i > who.i), None) if who is not None and who.pos_ == "NOUN" else None
            if named is not None and on(NAME_APPOSED_CHARACTERISED_BEFORE_A_COLON):
                who = named  # "The commission's spokesman, NAME, was blunt:"
            if who is not None and (who.ent_type_ in (self.lang.ent.person, self.lang.ent.org) or who.pos_ == "PROPN"
                                    or framed and who.pos_ == "NOUN" and who.lemma_.lower() in self.lang.titles) \
                    and root.i < colon.i:
                return root
        def relative(t):  # "A rancher who lost ..., and who spoke on condition of anonymity, put it": `spoke`
            return on(RELATIVE_CLAUSE_JOINED_BEFORE_A_COLON) and any(  # parsed as joined to `rancher`
                c.dep_ in d.subjects and c.lower_ in self.lang.relative_pronouns for c in t.children)

        # a verb with a subject first, a main clause before a subordinate one, then the first
        return min(verbs, key=lambda t: (not has_subject(t), t.dep_ in d.subordinate or relative(t), t.i)) \
            if verbs else None

    # -- reported speech ----------------------------------------------------------------------------

    def reported(self) -> list[Finding]:
        lang = self.lang
        out = []
        for v in tokens_of(self.doc):
            if v.pos_ != "VERB":
                continue
            lemma = verb_lemma(v, lang)
            if lemma not in lang.reporting_verbs or self.inside(v) or _negated(v, lang):
                continue
            if on(UNREALISED_REPORT) and v.dep_ == lang.dep.xcomp and v.head.lemma_.lower() in lang.unrealising_verbs:
                continue  # "declined to say whether ...", "is expected to say ...": nothing was said
            if on(YET_TO_SAY) and v.dep_ == lang.dep.xcomp and v.i > 0 and any(
                    c.lower_ in lang.not_yet_words and c.dep_ == lang.dep.advmod and c.i < v.i
                    for c in v.head.children):
                continue  # "has yet to say whether ...", "are yet to announce": not said so far
            if on(TOO_MUCH_TO_SAY) and v.dep_ == lang.dep.xcomp and _after_too(v, lang):
                continue  # "too slow to admit there was a shortage": it was not admitted
            if on(WHAT_SOMEONE_SAYS) and any(c.dep_ == lang.dep.dobj and c.tag_ in lang.wh_tags and c.i < v.i
                                             and c.left_edge.i == c.i for c in v.children):
                continue  # "to protect what lawmakers say, not what they pocket": what is said, no report
            if on(NAME_ANOTHER_TIME_HAD) and lemma in lang.naming_participles and v.i >= 2 \
                    and self.doc[v.i - 1].lower_ in lang.naming_time_adverbs and self.doc[v.i - 2].text == "," \
                    and any(c.dep_ in (lang.dep.dobj, lang.dep.oprd) and c.pos_ == "PROPN" for c in v.children):
                continue  # "the University of Kemi, then called the University of Tarn,": a name
            if on(FOUND_ON_ARRIVAL) and lemma in lang.finding_verbs and v.dep_ == lang.dep.advcl \
                    and v.head.lemma_.lower() in lang.arrival_verbs \
                    and any(c.tag_ == lang.infinitive_tag and c.i < v.i for c in v.children):
                continue  # "returned home to find that the roof had gone": what met them
            if on(PARTICIPLE_AFTER_WITH) and _participle_after_with(v, lang):
                continue  # "with so few passengers confirmed": the passengers' state
            if on(KEEN_TO_SAY) and v.dep_ == lang.dep.xcomp and v.head.dep_ == lang.dep.acomp \
                    and _negated(v.head.head, lang):
                continue  # "was not able to say whether ..."
            if on(QUESTION_PUT_TO) and lemma in lang.question_verbs \
                    and any(c.dep_ == lang.dep.auxpass for c in v.children):
                continue  # "NAME was asked whether she would resign": the question was put to NAME
            if on(QUESTION_OPENING_THE_SENTENCE) and lemma in lang.question_verbs and v.i == v.sent.start \
                    and v.tag_ in lang.past_tags and v.dep_ == lang.dep.advcl \
                    and not any(c.dep_ in lang.dep.subjects or c.dep_ in (lang.dep.aux, lang.dep.auxpass)
                                for c in v.children):
                continue  # "Asked how a start-up could compete, she said": the question was put to her
            if on(QUESTION_ASIDE) and _question_aside(v, lang) is not None:
                continue  # "NAME, asked whether she would run, said ...": the question was put to NAME
            if self._mute_nested(v) and not (on(NESTED_REPORT) and self._bare_report(v)):
                continue
            if on(REPORT_AWAITED_INSIDE_A_REPORT) and _awaited_inside_a_report(v, lang):
                continue  # "added that the temple could reapply once a veterinarian had confirmed ...": not yet said
            if on(ANONYMITY_ASKED) and lemma in lang.request_verbs \
                    and any(c.dep_ == lang.dep.ccomp and _of_a_name(c, lang) for c in v.children):
                continue  # "who asked that his name not be used"
            inverted = self._clause_before_inverted(v)
            if on(NEGATION_OVER_NOR) and inverted is None and v.dep_ == lang.dep.conj and (
                    _negated(v.head, lang) or any(c.lower_ in lang.negative_conjunctions
                                                  for c in v.head.children if c.dep_ == lang.dep.cc)) \
                    and not (on(OWN_SUBJECT_UNNEGATED) and any(c.dep_ in lang.dep.subjects for c in v.children)) \
                    and not (on(TENSED_CONJUNCT_UNNEGATED) and v.tag_ in lang.finite_tags
                             and v.head.tag_ not in lang.finite_tags and not any(
                                 c.lower_ in lang.negative_conjunctions for c in (*v.head.children, *v.children)
                                 if c.dep_ == lang.dep.cc)):
                continue  # "did not list any case, nor mention any damages": nothing was mentioned
            if on(NESTED_REPORT) and any(c.dep_ == lang.dep.ccomp and c.i > v.i and self._bare_report(c)
                                         for c in v.children):
                continue  # "A, Radio Norland reported the mayor said": the mayor's finding covers A
            span = self._content_clause(v, lemma)
            if span is not None and on(INVERTED_CONDITION_GOES_ON) and span[2] == "clause":
                condition = self._inverted_condition_after(v, span[1])
                if condition is not None:  # "would have been higher had the bank not settled"
                    span = (*self._trim(span[0], condition.right_edge.i), span[2])
            if span is not None and on(REPORT_GOES_ON_OVER_A_COLON) and span[2] == "clause":
                end = self._past_a_colon(v, span[1])
                if end is not None:  # "said the flood exposed a weakness of the system: it depends on forecasts"
                    span = (*self._trim(span[0], end), span[2])
            if span is not None and on(REPORT_GOES_ON_OVER_A_SECOND_SUBJECT) and span[2] == "clause":
                end = self._past_a_second_subject(v, span[1])
                if end is not None:  # "Sixty people were rescued, most of them by fishermen, officials said"
                    span = (*self._trim(span[0], end), span[2])
            if span is not None and on(LISTENERS_DESCRIBED_READ_AS_A_CLAUSE) and self._listeners_described(v, lemma):
                # "told several hundred people gathered in a tent": who was told; what, only in a `that` clause
                told = next((t for t in self.doc[v.i + 1: span[1] + 1] if t.lower_ == lang.complementizer
                             and t.head.i > t.i and any(g.dep_ in lang.dep.subjects and g.i > t.i
                                                        for g in t.head.children)), None)
                if told is None:
                    continue
                span = (*self._trim(told.i + 1, told.head.right_edge.i), "clause")
            if span is not None and on(ASIDE_ON_THE_LISTENERS_BEFORE_THAT) and span[2] == "clause" \
                    and span[0] > 0 and self.doc[span[0] - 1].text == ",":
                that = next((t for t in self.doc[span[0] + 1: span[1]] if t.lower_ == lang.complementizer
                             and t.dep_ == lang.dep.mark and t.head.i > t.i and self.doc[t.i - 1].text == ","
                             and t.head.right_edge.i >= span[1]), None)
                if that is not None:  # "told his congregation, many of them sitting on mats, that ..."
                    span = (*self._trim(that.i + 1, span[1]), span[2])
            if span is not None and on(PARTICIPLE_READ_AS_THE_REPORTING_VERB) and self._participle_with_listener(v):
                continue  # "Sightings reported to police reached 2,870": what was reported did the reaching
            if span is not None and on(ACTIONS_LISTED_AFTER_THE_OBJECT) and self._actions_listed(v):
                continue  # "has declared nine wards containment zones, shut schools and banned gatherings"
            if span is None and on(NESTED_REPORT) and self._bare_report(v) and v.dep_ == lang.dep.ccomp \
                    and v.head.i < v.i and verb_lemma(v.head, lang) in lang.reporting_verbs:
                before = next((c for c in v.head.children if c.dep_ == lang.dep.ccomp and c.i < v.head.i), None)
                if before is not None:
                    sub = list(before.subtree)
                    span = (*self._trim(sub[0].i, sub[-1].i), "clause")
            if span is not None and on(REPORT_GOES_ON_AFTER_THE_ASIDE) and span[1] < v.i and is_root(v) \
                    and len(self._mid_sentence(v) or ()) == 2:
                span = inverted = None  # "A, he insisted, until B": both parts, read below as around an attribution
            apposed_reporter = None
            if span is not None and on(REPORTER_APPOSED_TO_THE_CLAUSE_S_SUBJECT):
                reporter = self._reporter_apposed_inside(v, span[0], span[1])
                if reporter is not None:  # "..., was opened overnight, the hospital's superintendent, NAME, said"
                    apposed_reporter, span = reporter[0], (*self._trim(span[0], reporter[1]), span[2])
            if span is not None and apposed_reporter is None and on(SPEAKER_READ_AS_AN_APPOSITION) \
                    and not any(c.dep_ in lang.dep.subjects for c in v.children):
                reporter = _speaker_read_as_apposed(v, lang)
                if reporter is not None and span[0] + 2 < reporter.left_edge.i <= span[1] \
                        and not any(self._inside[i] for i in range(span[0], reporter.i + 1)):
                    apposed_reporter = reporter  # "... deported 63 Venezuelans, the National Commissioner ... said"
                    span = (*self._trim(span[0], reporter.left_edge.i - 2), span[2])
            if span is None and on(TAIL_REPORT_ON_AN_APPOSITION):
                span = self._clause_before_apposed_reporter(v)
                apposed_reporter = v.head if span is not None else None  # "..., the club announced"
            if span is None and on(TAIL_REPORT_READ_AS_A_RELATIVE):
                span = self._clause_before_a_relative_reporter(v)  # "..., the first in decades, the zoo announced"
            if span is None and on(TAIL_REPORT_READ_AS_AN_ADVERBIAL):
                span = self._clause_before_an_adverbial_reporter(v)  # "..., the ministry said", `said` an advcl
            if span is None and on(REPORTER_APPOSED_TO_THE_CLAUSE_END):
                apposed_reporter = self._reporter_apposed_to_the_clause_end(v)
                if apposed_reporter is not None:  # "... through the port of Antwerp, a prosecutor told a court"
                    span = self._trim(v.sent.start, apposed_reporter.left_edge.i - 2) + ("clause",)
            around_and = None  # "A, he said, and B": both, read once here and kept for the mid-sentence reading
            if span is None and on(ATTRIBUTION_BEFORE_AND) and on(MID_SENTENCE) and v.dep_ == lang.dep.parataxis \
                    and v.i + 2 < len(self.doc) and self.doc[v.i + 1].text == "," \
                    and self.doc[v.i + 2].lower_ in lang.coordinators:
                around_and = self._mid_sentence(v)
            if span is None and on(CLAUSE_BEFORE_ASIDE) and not around_and:
                span = self._clause_before_aside(v)
            if span is None and on(CLAUSE_BEFORE_CLOSING):
                span = self._clause_before_closing(v)
            span = span or inverted
            if span is None and on(MID_SENTENCE):
                parts = around_and or self._mid_sentence(v)
                if parts and on(ASIDE_INSIDE_A_REPORT) and any(
                        t.i != v.head.i and t.i < v.i and t.pos_ == "VERB"
                        and verb_lemma(t, lang) in lang.reporting_verbs and not self._inside[t.i]
                        and not any(x.text == ";" for x in self.doc[t.i: v.i])
                        for t in v.ancestors):
                    continue  # "said the ruling would ..., including messages in which, she said, managers ...": hers
                subj = subject_of(v, lang, inside=self.inside) if parts else None
                inverted = self._inverted_subject(v)
                if parts and inverted is not None and on(INVERTED_MID):
                    subj = inverted  # "The bridge, said NAME, will open": the parser may make both subjects
                # "The plan, NAME said, ..." or, inverted, "The plan, says the report, ..."
                if parts and subj is not None and (subj.i < v.i or subj.head.i == v.i and on(INVERTED_MID)):
                    doc = self.doc
                    out.append(Finding(self.para, "indirect", [(doc[a].idx, doc[b].idx + len(doc[b].text))
                                                               for a, b in parts], "mid", cue=v.text,
                                       speaker_tok=subj.i, sent=self.sent_of[v.i], extra={"verb": v.i}))
                continue
            if span is None:
                continue
            a, b, how = span
            if on(HALF_A_HYPHENED_WORD) and a >= 2 and self.doc[a - 1].text in lang.hyphens \
                    and not self.doc[a - 1].whitespace_ and not self.doc[a - 2].whitespace_:
                continue
            names = self._names_inside() if on(APPOSED_TITLE) else set()
            if names and v.i < a and any(i in names for i in range(v.i + 1, a)) \
                    and not any(t.pos_ == "VERB" and t.i not in names for t in self.doc[v.i + 1:a]):
                a = v.i + 1  # a name in the clause's subject misled the parser: the clause starts after the verb
            quoted_at = next((i for i in range(a, b + 1) if self._inside[i] and i not in names
                              and not (on(SO_CALLED_INSIDE_A_REPORT) and self._so_called_at(i))), None)
            if quoted_at is not None:
                # "claimed she made this decision ..., insisting she was "never pressured"": the report
                # ends at the comma before the quotation; otherwise the quotation is the finding
                comma = next((i for i in range(quoted_at - 1, a, -1) if self.doc[i].text == ","), None)
                whole = how == "clause" and self._holds_quotation(a, b) and on(QUOTED_WORD_IN_A_RELATIVE) \
                    and comma is not None and not any(verb_lemma(t, lang) in lang.reporting_verbs
                                                      for t in self.doc[comma + 1:quoted_at] if t.pos_ == "VERB")
                if comma is not None and not whole:
                    a, b = self._trim(a, comma - 1)
                elif how != "clause" or not self._holds_quotation(a, b):
                    continue
            words = [t for t in self.doc[a:b + 1] if not t.is_punct]
            if len(words) < 3 and not (on(TWO_WORD_CLAUSE) and how == "clause" and _subject_and_verb(words, lang)):
                continue
            subj = apposed_reporter or subject_of(v, lang, inside=self.inside)
            if how == "cited":
                subj = next(c for c in v.children if c.dep_ == lang.dep.dobj)  # "cited a security source that"
            if subj is None or a <= subj.i <= b or subj.lower_ in lang.passive_expletives \
                    and subj.dep_ == lang.dep.nsubjpass or on(NO_ONE_SAID) and _no_one(subj, lang):
                continue
            start, end = self.doc[a].idx, self.doc[b].idx + len(self.doc[b].text)
            second = self._and_that_after_a_quotation(a, b) if on(AND_THAT_AFTER_A_QUOTATION) else None
            if second is None and on(AND_THAT_BEFORE_A_QUOTATION):
                second = self._and_that_before_a_quotation(a, b)
            first_end = end
            if second is not None and on(FIRST_REPORT_BEFORE_AND_THAT):
                j = second - 1  # `that`, or the second clause's subject: the first report's last word is before
                while j > a and (self.doc[j].text == "," or self.doc[j].lower_ in lang.coordinators
                                 or self.doc[j].lower_ in lang.continuing_conjunctions
                                 or self.doc[j].lower_ == lang.complementizer):
                    j -= 1
                first_end = self.doc[j].idx + len(self.doc[j].text) if j > a else end
            out.append(Finding(self.para, "indirect", [(start, first_end)], how, cue=v.text, speaker_tok=subj.i,
                               sent=self.sent_of[v.i], extra={"verb": v.i}))
            if second is not None:  # `said the deal was "a disgrace" and that the talks would fail`
                start = self.doc[second].idx
                out.append(Finding(self.para, "indirect", [(start, end)], how, cue=v.text, speaker_tok=subj.i,
                                   sent=self.sent_of[v.i], extra={"verb": v.i}))
        if on(ACCORDING_TO):
            out += self._according_to()
        if on(IN_A_DOCUMENT):
            out += self._in_a_document()
        if on(DOCUMENT_CONTENT):
            out += self._document_content()
        return out

    def _document_content(self) -> list[Finding]:
        """`The ministry issued a statement that the border would stay closed`, `a statement to the effect the
        king considered it unwise`: the clause a document's noun holds is its issuer's report."""
        out, doc, lang = [], self.doc, self.lang
        d = lang.dep
        for noun in tokens_of(doc):
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lang.document_nouns or self._inside[noun.i]:
                continue
            governor = noun.head.head if noun.dep_ == d.pobj else noun.head
            if governor.pos_ == "VERB" and verb_lemma(governor, lang) in lang.reporting_verbs:
                continue  # "denied reports that ...", "said in a statement that ...": the verb's own finding
            preps = [c for c in (*noun.children, *noun.head.children)  # the parser hangs it on either
                     if c.dep_ == d.prep and c.lower_ == lang.to_effect[0] and c.i == noun.i + 1]
            effect = next((g.i for c in preps for g in c.children
                           if g.dep_ == d.pobj and g.lower_ == lang.to_effect[1]), None)
            heads = [noun] + ([doc[effect]] if effect is not None else [])
            clause = next((c for h in heads for c in h.children if c.dep_ in (d.acl, d.ccomp, d.relcl)
                           and c.i > h.i and c.pos_ in ("VERB", "AUX")
                           and (any(g.dep_ == d.mark and g.lower_ == lang.complementizer and g.i == c.left_edge.i
                                    for g in c.children) or effect is not None and c.left_edge.i == effect + 1
                                and any(g.dep_ in d.subjects for g in c.children))), None)
            if clause is None:
                continue
            first = clause.left_edge.i + (doc[clause.left_edge.i].lower_ == lang.complementizer)
            a, b = self._trim(first, clause.right_edge.i)
            owner = document_owner(noun, lang)
            if owner is None or b - a < 2 or any(self._inside[i] for i in range(a, b + 1)):
                continue
            out.append(Finding(self.para, "indirect", [(doc[a].idx, doc[b].idx + len(doc[b].text))], "document",
                               cue=noun.text, speaker_tok=owner.i, sent=self.sent_of[noun.i]))
        return out

    def _second_clause_openers(self, a: int, b: int, clauses: bool):
        """The tokens in a report's clause ``a``..``b`` that open a second content clause: `that` after `and` or
        `but` (`A and that B`), and with ``clauses`` an `and` before a clause with a subject of its own."""
        doc, d, lang = self.doc, self.lang.dep, self.lang
        for t in doc[a + 1: b]:
            clause = clauses and t.lower_ in lang.coordinators and t.dep_ == d.cc \
                and doc[t.i + 1].lower_ != lang.complementizer \
                and any(c.dep_ == d.conj and c.left_edge.i == t.i + 1 and c.pos_ in ("VERB", "AUX")
                        and any(g.dep_ in d.subjects and g.pos_ != "PRON" for g in c.children)
                        for c in t.head.children)  # `said it was "a hard call," and the ban followed talks`
            if clause or t.lower_ == lang.complementizer and t.dep_ == d.mark and t.head.dep_ == d.conj \
                    and doc[t.i - 1].lower_ in lang.continuing_conjunctions:
                yield t

    def _and_that_after_a_quotation(self, a: int, b: int) -> int | None:
        """Where the second content clause of a report holding a partial quotation starts: `the deal was "a
        disgrace" and that the talks would fail` (the quotation is a quote of its own; what follows `and that`
        is a report no quotation covers)."""
        for t in self._second_clause_openers(a, b, on(AND_CLAUSE_AFTER_A_QUOTATION)):
            if any(self._inside[i] for i in range(a, t.i)) and not any(self._inside[i] for i in range(t.i, b + 1)):
                words = [u for u in self.doc[t.i + 1: b + 1] if not u.is_punct]
                return t.i + 1 if len(words) >= 3 else None
        return None

    def _and_that_before_a_quotation(self, a: int, b: int) -> int | None:
        """Where the second content clause of a report starts when only that clause holds a partial quotation:
        `the road would reopen and that the council had "learned its lesson"` (the first clause is a report no
        quotation covers; the second holds the quote)."""
        for t in self._second_clause_openers(a, b, False):
            if not self._inside[t.i] and not any(self._inside[i] for i in range(a, t.i)) \
                    and any(self._inside[i] for i in range(t.i, b + 1)):
                words = [u for u in self.doc[a: t.i - 1] if not u.is_punct]
                return t.i + 1 if len(words) >= 3 else None
        return None

    def _in_a_document(self) -> list[Finding]:
        """`In a report of X, A.`: A is X's (or the report's), when nothing in A is said by anyone else."""
        out, doc, lang = [], self.doc, self.lang
        d = lang.dep
        for sent in doc.sents:
            first = doc[sent.start]
            if first.lower_ not in lang.place_prepositions or self._inside[first.i]:
                continue
            comma = next((t for t in doc[sent.start: min(sent.end, sent.start + 10)] if t.text == ","), None)
            if comma is None:
                continue
            noun = next((t for t in doc[sent.start + 1: comma.i] if t.lemma_.lower() in lang.document_nouns
                         and t.pos_ == "NOUN"), None)
            rest = doc[comma.i + 1: sent.end]
            if noun is None or any(self._inside[t.i] for t in rest) or any(
                    t.pos_ == "VERB" and verb_lemma(t, lang) in lang.reporting_verbs for t in sent):
                continue
            by = (lang.of, *lang.author_prepositions)
            owner = next((g for c in noun.children if c.dep_ == d.prep and c.lower_ in by
                          for g in c.children if g.dep_ == d.pobj), None)  # "its ruling": the subject acts itself
            a, b = self._trim(comma.i + 1, sent.end - 1)
            if owner is None or owner.pos_ == "PRON" or b - a < 3 or doc[sent.end - 1].text == ":":
                continue
            out.append(Finding(self.para, "indirect", [(doc[a].idx, doc[b].idx + len(doc[b].text))], "document",
                               cue=first.text + " " + noun.text, speaker_tok=owner.i, sent=self.sent_of[first.i]))
        return out

    def _bare_report(self, v) -> bool:
        """`... reported the mayor said.`: a speech verb with a subject and nothing it says after it."""
        d, lang = self.lang.dep, self.lang
        return v.pos_ == "VERB" and verb_lemma(v, lang) in lang.reporting_verbs and not self.inside(v) \
            and any(c.dep_ in d.subjects and c.i < v.i for c in v.children) \
            and not any(c.i > v.i and not c.is_punct for c in v.children) \
            and not (on(MODAL_NOT_BARE) and any(c.dep_ == d.aux and c.tag_ == lang.modal_tag for c in v.children)) \
            and not (on(SPEECHLESS_NOT_BARE) and any(c.dep_ in d.subjects and c.i < v.i and _speechless(c, lang)
                                                     for c in v.children)) \
            and not (on(PASSIVE_NOT_BARE) and any(c.dep_ in d.passive for c in v.children))

    def _holds_quotation(self, a: int, b: int) -> bool:
        """Whether a reported clause with quotation marks inside is reported whole, besides the quotation:
        when it says more than the words it quotes (`said the deal was "a disgrace" and would fail`,
        `said the singer known as "Queen B" would tour`)."""
        if not on(MIXED_QUOTE):
            return False
        outside = [t for t in self.doc[a:b + 1] if not self._inside[t.i] and not t.is_punct]
        return len(outside) >= 3 and not self._inside[a]

    def _clause_before_aside(self, v):
        """`A, NAME said, and B`: the clause before an attribution set off by commas, when what follows
        is a new clause joined by a conjunction (B may be the writer's)."""
        doc, d = self.doc, self.lang.dep
        if v.dep_ != d.parataxis or v.head.i > v.i or v.i + 2 >= len(doc):
            return None
        subj = next((c for c in v.children if c.dep_ == d.nsubj and c.i < v.i), None)
        phrase = on(ASIDE_BEFORE_A_PHRASE) and doc[v.i + 2].dep_ == d.prep and doc[v.i + 2].head.i == v.i \
            and v.right_edge.i >= v.sent.end - 2  # "..., she noted, without any effect on rents."
        if subj is None or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != "," \
                or doc[v.i + 1].text != "," or doc[v.i + 2].dep_ != d.cc and not phrase:
            return None
        a, b = self._trim(v.sent.start, subj.left_edge.i - 2)
        if b - a < 2 or any(self._inside[i] for i in range(a, b + 1)):
            return None
        return a, b, "clause"

    def _that_read_as_object(self, v):
        """`pointed out that each month of lost traffic cost the country $500 million`: the words after a
        complementizer `that` the parser made the verb's object (right after it or its particle), to the sentence's
        end."""
        doc, lang = self.doc, self.lang
        that = next((c for c in v.children if c.dep_ == lang.dep.dobj and c.lower_ == lang.complementizer
                     and c.pos_ == "SCONJ" and c.i > v.i), None)
        if that is None or any(t.dep_ != lang.dep.prt for t in doc[v.i + 1:that.i]):
            return None
        a, b = self._trim(that.i + 1, v.sent.end - 1)
        if b - a < 3 or any(self._inside[i] for i in range(a, b + 1)):
            return None
        return a, b, "clause"

    def _clause_before_closing(self, v):
        """`Yet the prices barely moved afterwards, she noted.`: the clause before the comma, when the verb and its
        subject right after the comma end the sentence and the parser gave the verb no content of its own."""
        doc, d = self.doc, self.lang.dep
        if not is_root(v) or any(c.dep_ in (d.ccomp, d.dobj, d.xcomp, d.advcl) for c in v.children):
            return None
        last = v.sent.end - 1 if doc[v.sent.end - 1].is_punct else v.sent.end
        comma = None
        for subj in (c for c in v.children if c.dep_ == d.nsubj):  # "..., she noted." or, inverted,
            before = subj.i < v.i                                     # "..., said NAME, an analyst at Tarn Bank."
            start, end = (subj.left_edge.i, v.i) if before else (v.i, subj.right_edge.i)
            joined = subj.right_edge.i == v.i - 1 if before else subj.left_edge.i == v.i + 1
            if joined and start >= 2 and doc[start - 1].text == "," and end + 1 == last \
                    and (before or on(CLAUSE_BEFORE_CLOSING_INVERTED)):
                comma = start - 1
                break
        if comma is None:
            return None
        a, b = self._trim(v.sent.start, comma - 1)
        if b - a < 2 or any(self._inside[i] for i in range(a, b + 1)) \
                or not any(t.tag_ in self.lang.finite_tags for t in doc[a:b + 1]):
            return None
        return a, b, "clause"

    def _clause_before_apposed_reporter(self, v):
        """`Leith Harbour FC have agreed to sell a stake to X, the Scottish Championship club announced on
        Saturday`, the reporter parsed as apposed to the clause's subject and the verb as its modifier: the clause
        before the comma."""
        doc, d = self.doc, self.lang.dep
        noun = v.head
        if v.dep_ != d.acl or v.i < noun.i or noun.dep_ != d.appos or noun.pos_ != "NOUN" \
                or noun.head.i > noun.i or noun.head.dep_ not in d.subjects or noun.left_edge.i < 3 \
                or doc[noun.left_edge.i - 1].text != "," or noun.head.head.i > noun.left_edge.i \
                or any(c.dep_ in d.subjects for c in v.children):
            return None
        a, b = self._trim(v.sent.start, noun.left_edge.i - 2)
        if b - a < 2 or any(self._inside[i] for i in range(a, b + 1)):
            return None
        return a, b, "clause"

    def _clause_before_a_relative_reporter(self, v):
        """`Two cubs were born at the zoo, the first bred here in decades, the zoo announced on Friday`, the speech verb
        parsed as a relative clause with no relative word, its subject right after a comma and nothing after it in
        the sentence: the sentence before that comma."""
        doc, d, lang = self.doc, self.lang.dep, self.lang
        if v.dep_ != d.relcl or v.head.i > v.i or any(c.dep_ in (d.dobj, d.ccomp, d.mark) for c in v.children):
            return None
        subj = next((c for c in v.children if c.dep_ == d.nsubj and c.i < v.i), None)
        if subj is None or subj.lower_ in lang.relative_pronouns or subj.left_edge.i < 3 \
                or doc[subj.left_edge.i - 1].text != "," or subj.left_edge.i <= v.head.i:
            return None
        if not all(t.is_punct for t in doc[v.right_edge.i + 1: v.sent.end]):
            return None
        a, b = self._trim(v.sent.start, subj.left_edge.i - 2)
        if b - a < 3 or any(self._inside[i] for i in range(a, b + 1)):
            return None
        return a, b, "clause"

    def _clause_before_an_adverbial_reporter(self, v):
        """`Six condors have been found dead ..., after feeding on a carcass, Ecuador's environment ministry said on
        Thursday`, the speech verb parsed as an adverbial clause of the verb before it: its subject right after a
        comma, no content of its own and nothing after it but a time: the sentence before that comma."""
        doc, d = self.doc, self.lang.dep
        if v.dep_ != d.advcl or v.head.i > v.i or any(c.dep_ in (d.dobj, d.ccomp, d.xcomp, d.mark) for c in v.children):
            return None
        subj = next((c for c in v.children if c.dep_ == d.nsubj and c.i < v.i), None)
        if subj is None or subj.right_edge.i != v.i - 1 or subj.left_edge.i < 3 \
                or doc[subj.left_edge.i - 1].text != "," \
                or subj.pos_ == "PRON" and subj.lower_ not in self.lang.speaking_pronouns:
            return None
        if any(not t.is_punct and not (t.ent_type_ in self.lang.ent.times or t.dep_ == d.prep and t.head.i == v.i)
               for t in doc[v.i + 1: v.sent.end]):
            return None  # "..., the ministry said on Thursday." and no more
        a, b = self._trim(v.sent.start, subj.left_edge.i - 2)
        if b - a < 3 or any(self._inside[i] for i in range(a, b + 1)):
            return None
        return a, b, "clause"

    def _inverted_condition_after(self, v, b: int):
        """The clause of ``v`` right after token ``b`` opened by an auxiliary before its subject (`had the bank not
        settled`): a condition inverted, the parser taking it for a second report; None where there is none."""
        d, doc = self.lang.dep, self.doc
        for c in v.children:
            if c.dep_ != d.ccomp or c.i <= b or min(t.i for t in c.subtree) not in (b + 1, b + 2):
                continue
            first = doc[min(t.i for t in c.subtree)]
            subj = next((g for g in c.children if g.dep_ in d.subjects), None)
            if first.dep_ == d.aux and first.head.i == c.i and subj is not None and first.i < subj.i \
                    and first.lower_ in self.lang.condition_auxiliaries and not self._inside[first.i]:
                return c
        return None

    def _past_a_colon(self, v, end: int) -> int | None:
        """Where a reported clause ending at ``end`` right before a colon goes on to, when the parser hung the report
        on the clause after the colon (`said the flood exposed a weakness of the system: it depends on forecasts
        ...`): the sentence's last word; None otherwise, or when quoted words follow."""
        doc = self.doc
        colon = end + 1
        if v.dep_ != self.lang.dep.ccomp or colon >= len(doc) or doc[colon].text != ":" or v.head.i <= colon \
                or not is_root(v.head) or v.i > end:
            return None
        last = v.sent.end - 1
        while last > colon and doc[last].is_punct:
            last -= 1
        if last <= colon or any(self._inside[t.i] for t in doc[colon: last + 1]):
            return None
        return last

    def _past_a_second_subject(self, v, end: int) -> int | None:
        """Where a reported clause ending at ``end``, before the verb ``v`` reporting it, goes on to when the parser
        made the phrase after it a second subject of ``v`` (`Sixty people were rescued, most of them by fishermen,
        officials said`): that phrase's last word, set off by commas from the clause and from ``v``'s own subject
        right after it; None otherwise."""
        doc, d = self.doc, self.lang.dep
        subjects = sorted((c for c in v.children if c.dep_ == d.nsubj and c.i > end), key=lambda c: c.i)
        if len(subjects) != 2 or v.i < end or end + 2 >= len(doc) or doc[end + 1].text != ",":
            return None
        phrase, speaker = subjects
        last = phrase.right_edge.i
        if phrase.left_edge.i != end + 2 or last + 2 != speaker.left_edge.i or doc[last + 1].text != "," \
                or speaker.right_edge.i >= v.i or any(self._inside[t.i] for t in doc[end: last + 1]):
            return None
        return last

    def _listeners_described(self, v, lemma: str) -> bool:
        """Whether the clause right after a verb of telling (`told several hundred people gathered in a tent`) is its
        listeners described by a past participle: no listener of its own, no `that`, and the clause's verb in the
        past with no auxiliary, its subject the first word after the verb."""
        d, lang = self.lang.dep, self.lang
        if lemma not in lang.addressee_verbs or any(c.dep_ == d.dobj for c in v.children):
            return False
        c = next((c for c in v.children if c.dep_ == d.ccomp and c.i > v.i), None)
        subj = next((g for g in c.children if g.dep_ in d.subjects and g.i < c.i), None) if c is not None else None
        return subj is not None and subj.left_edge.i == v.i + 1 and c.tag_ in lang.past_tags \
            and not any(g.dep_ in (d.aux, d.auxpass, d.mark) for g in c.children) and subj.pos_ == "NOUN"

    def _participle_with_listener(self, v) -> bool:
        """Whether ``v`` (`Sightings reported to police reached 2,870`) is a participle on its subject the parser took
        for the sentence's verb: `to` and a listener right after it, and its clause's verb finite with no subject."""
        doc, lang = self.doc, self.lang
        d = lang.dep
        c = next((c for c in v.children if c.dep_ == d.ccomp and c.i > v.i), None)
        return c is not None and v.i + 1 < len(doc) and doc[v.i + 1].lower_ == lang.addressee_preposition \
            and doc[v.i + 1].head.i == v.i and any(s.dep_ in d.subjects and s.i < v.i for s in v.children) \
            and not any(g.dep_ in d.subjects for g in c.children) and c.tag_ in lang.finite_tags \
            and not any(g.dep_ in (d.aux, d.auxpass) for g in v.children)

    def _actions_listed(self, v) -> bool:
        """Whether the clause the parser hung on ``v`` is a list of actions read as one: its verb right after the
        comma that closes its subject (nothing else set off in the subject), and another verb listed with it by a
        coordinator: `declared nine wards containment zones, shut schools and banned gatherings`."""
        doc, d = self.doc, self.lang.dep
        c = next((c for c in v.children if c.dep_ in (d.ccomp, d.conj) and c.i > v.i), None)
        if c is None or c.pos_ != "VERB" or doc[c.i - 1].text != "," \
                or any(x.dep_ in (d.aux, d.auxpass) for x in c.children):
            return False
        subj = next((x for x in c.children if x.dep_ in d.subjects and x.i < c.i), None) if c.dep_ == d.ccomp \
            else next((x for x in v.children if x.dep_ == d.dobj and v.i < x.i < c.i), None)  # an object and a conjunct
        return subj is not None and subj.right_edge.i >= c.i - 2 and subj.left_edge.i > v.i \
            and not any(t.text == "," for t in doc[subj.left_edge.i: c.i - 1]) \
            and any(x.dep_ == d.conj and x.pos_ == "VERB" for x in c.children) \
            and any(x.dep_ == d.cc for x in c.children)

    def _reporter_apposed_inside(self, v, a: int, b: int):
        """(reporter, last token of the report) where ``v`` has no subject and its content clause ``a..b`` ends in a
        speaker set off by commas right before it, parsed as apposed to a word of the clause: `..., a block was
        opened overnight, the hospital's superintendent, NAME, said`; None where there is none."""
        doc, lang = self.doc, self.lang
        d = lang.dep
        if v.i < 4 or doc[v.i - 1].text != "," or not a < v.i - 2 <= b + 1 \
                or any(c.dep_ in d.subjects for c in v.children):
            return None
        for r in doc[a: v.i - 1]:
            listed = on(REPORTER_LISTED_INSIDE_THE_CLAUSE) and r.dep_ == d.conj \
                and not any(c.dep_ == d.cc for c in r.head.children)  # "from Apia, the skipper, NAME, said"
            if r.dep_ != d.appos and not listed or r.pos_ != "NOUN" or r.right_edge.i not in (v.i - 2, v.i - 1) \
                    or r.head.i >= r.left_edge.i \
                    or r.left_edge.i - 2 <= a or doc[r.left_edge.i - 1].text != "," or not can_speak(r, lang) \
                    or any(self._inside[i] for i in range(r.left_edge.i, v.i)):
                continue
            named = next((c for c in r.children if c.dep_ == d.appos and c.ent_type_ == lang.ent.person
                          and c.i > r.i), None)
            return (named if named is not None else r), r.left_edge.i - 2
        return None

    def _reporter_apposed_to_the_clause_end(self, v):
        """`A crane operator should spend 14 years in prison for moving cocaine through the port of Antwerp, a
        prosecutor told a court`, the reporter parsed as apposed to the clause's last word and the verb joined to
        the clause's: the reporter, one who can speak, when the clause before the comma holds no quotation."""
        doc, lang = self.doc, self.lang
        d = lang.dep
        if v.dep_ != d.conj or v.head.i > v.i or v.head.pos_ not in ("VERB", "AUX") or v.i < 4 \
                or verb_lemma(v.head, lang) in lang.reporting_verbs or any(c.dep_ in d.subjects for c in v.children):
            return None
        reporter = doc[v.i - 1]
        comma = reporter.left_edge.i - 1
        if reporter.pos_ != "NOUN" or reporter.dep_ != d.appos or not can_speak(reporter, lang) \
                or doc[comma].text != "," or not v.head.i < comma or reporter.head.i >= comma \
                or comma - v.sent.start < 4 or any(self._inside[i] for i in range(v.sent.start, comma)):
            return None
        return reporter

    def _clause_before_inverted(self, v):
        """`It is not for the court to judge, argued the city's lawyer, NAME.`, the verb parsed as a conjunct of
        the clause: the clause before the comma, when the verb's subject follows it (``_whose_speaker``)."""
        doc, d = self.doc, self.lang.dep
        if v.dep_ != d.conj or v.head.i > v.i or v.i < 3 or doc[v.i - 1].text != "," \
                or any(c.dep_ == d.cc and v.head.i < c.i < v.i for c in v.head.children) \
                or any(c.dep_ in d.subjects for c in v.children) or _whose_after(v, self.lang) is None:
            return None
        a, b = self._trim(v.sent.start, v.i - 2)
        if b - a < 2 or any(self._inside[i] for i in range(a, b + 1)):
            return None
        return a, b, "clause"

    def _inverted_subject(self, v):
        """The subject after its verb in `A, says the report, B`; in `A, reads the motion, B` the parser may make
        it the object of a verb with no subject of its own."""
        d = self.lang.dep
        after = next((c for c in v.children if c.dep_ == d.nsubj and c.i > v.i), None)
        if after is None and v.dep_ == d.ccomp and on(INVERTED_AS_CONTENT) \
                and not any(c.dep_ in d.subjects for c in v.children):
            obj = next((c for c in v.children if c.dep_ == d.dobj and c.i > v.i), None)
            end = obj.right_edge.i + 1 if obj is not None else None
            if end is not None and end < len(self.doc) and self.doc[end].text == "," \
                    and obj.lemma_.lower() in self.lang.document_nouns:
                after = obj
        return after

    def _quoted_content(self, v) -> list:
        """`A, NAME said, "..."` parsed with the quotation as the content of `said` (`said` hung on A's verb, or A
        another content before it): that quotation (a direct quote, A the report), or nothing."""
        d = self.lang.dep
        if not on(REPORT_BEFORE_A_CLOSING_QUOTATION):
            return []
        fronted = v.dep_ == d.parataxis and v.head.i < v.i \
            or any(c.dep_ == d.ccomp and c.i < v.i and not self._inside[c.i] for c in v.children)
        if not fronted:
            return []
        return [c for c in v.children if c.dep_ == d.ccomp and c.i > v.i
                and all(self._inside[t.i] or t.is_punct for t in c.subtree)]

    def _mid_sentence(self, v):
        """`The plan, NAME said, will cost more`: the two parts of the sentence around the attribution."""
        doc, d = self.doc, self.lang.dep
        inverted = self._inverted_subject(v)
        as_content = v.dep_ == d.ccomp and v.head.i > v.i and inverted is not None and on(INVERTED_AS_CONTENT) \
            and on(INVERTED_MID)
        # "If A, they reasoned, B": the parser made the aside the content of B's verb, its subject before it
        subj = next((c for c in v.children if c.dep_ == d.nsubj and c.i < v.i), None)
        aside = v.dep_ == d.ccomp and v.head.i > v.i and inverted is None and subj is not None \
            and on(ASIDE_READ_AS_CONTENT) and subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].text == "," \
            and v.i + 1 < len(doc) and doc[v.i + 1].text == "," and subj.right_edge.i == v.i - 1
        # "Many towns, the report pointed out, have no doctor": the aside made the root, the sentence hung on it
        end = max([v.i] + [c.i for c in v.children if c.dep_ == d.prt and c.i == v.i + 1])
        rooted = on(ASIDE_AS_THE_ROOT) and is_root(v) and inverted is None and subj is not None \
            and subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].text == "," and subj.right_edge.i == v.i - 1 \
            and end + 1 < len(doc) and doc[end + 1].text == "," \
            and any(c.i < subj.left_edge.i - 1 for c in v.children) and any(c.i > end + 1 for c in v.children)
        # "Turnout was 71 percent, the commission said, higher than ...": the rest of the clause hung on the aside
        trailing = on(REST_HUNG_ON_THE_ASIDE) and v.dep_ == d.parataxis and v.head.i < v.i and subj is not None \
            and inverted is None and subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].text == "," \
            and subj.right_edge.i == v.i - 1 and end + 1 < len(doc) and doc[end + 1].text == "," \
            and any(c.i > end + 1 for c in v.children if not c.is_punct) \
            and all(c.dep_ in (d.acomp, d.advmod, d.prep, d.npadvmod) or on(INFINITIVE_HUNG_ON_THE_ASIDE)
                    and c.dep_ == d.xcomp and _to_opens(c, self.lang)
                    and v.head.i in (doc[subj.left_edge.i - 2].i, doc[subj.left_edge.i - 2].head.i) for c in v.children
                    if c.i > end + 1 and not c.is_punct)
        quoted = self._quoted_content(v)
        goes_on = rooted and on(REPORT_GOES_ON_AFTER_THE_ASIDE) and all(
            c.i < subj.left_edge.i for c in v.children if c.dep_ in (d.ccomp, d.dobj) and c not in quoted) and all(
            c.dep_ == d.advcl and doc[c.left_edge.i].lower_ in self.lang.report_continuing_marks
            for c in v.children if c.i > end + 1 and not c.is_punct)  # "A, he insisted, until B": the report goes
        # on past the aside
        if v.dep_ != d.parataxis and not as_content and not aside and not rooted \
                or v.head.pos_ not in ("VERB", "AUX") and not goes_on \
                or not goes_on and any(c.dep_ in (d.ccomp, d.dobj) and (inverted is None or c.i != inverted.i)
                                       and c not in quoted for c in v.children):
            return None
        narrated = next((c for c in v.children if c.dep_ == d.advcl and c.i > v.i and c.left_edge.i > 1
                         and doc[c.left_edge.i].lower_ in self.lang.concessive_marks
                         and doc[c.left_edge.i - 1].text == ","), None) if on(NARRATOR_S_CLAUSE_AFTER) else None
        within = {t.i for c in quoted for t in c.subtree}
        sub = [t for t in v.subtree if not t.is_punct and (narrated is None or t.i < narrated.left_edge.i)
               and t.i not in within]
        left, right = sub[0].i - 1, sub[-1].i + 1
        if aside or rooted or trailing:
            left, right = subj.left_edge.i - 1, end + 1
        sent = v.sent
        if inverted is not None and on(INVERTED_MID):
            # "Because water is lighter, says the study, it rises": the attribution is the verb and its
            # subject, whatever else the parser hung on the verb
            left, right = v.i - 1, inverted.right_edge.i + 1
        if left <= sent.start or right >= sent.end - 1 or doc[left].text != "," or doc[right].text != ",":
            return None
        first, last = sent.start, sent.end - 1
        if narrated is not None and right == narrated.left_edge.i - 1:
            before = self._trim(first, left - 1)  # "A, the service said, although police detained four": A
            return [before] if before[1] > before[0] and not self._inside[before[0]] else None
        if on(MID_WITHIN_SEMICOLONS):  # "A; B, they said, C": they say B and C
            first = next((i + 1 for i in range(left - 1, sent.start - 1, -1) if doc[i].text == ";"), first)
            last = next((i - 1 for i in range(right + 1, sent.end) if doc[i].text == ";"), last)
        before = self._trim(first, left - 1)
        after = self._trim(right + 1, last)
        # "However, she added, ...": one word before is an adverb, unless it is the subject ("Day, they said, wanted")
        one_subject = before[0] == before[1] and doc[before[0]].dep_ in d.subjects and on(ONE_WORD_SUBJECT)
        if quoted and before[1] - before[0] >= 2 and not self._inside[before[0]] and self._inside[after[0]]:
            return [before]  # "A, NAME said, "...": A is reported, the quotation is a direct quote
        if on(WHICH_AFTER_THE_ATTRIBUTION) and before[1] - before[0] >= 2 and after[0] <= after[1] \
                and doc[after[0]].lower_ in self.lang.relative_pronouns and not self._inside[before[0]]:
            return [before]  # "A, she said, which \"created room for suspicion\"": A; the comment on it is another
        if on(PARTICIPLE_SET_OFF_OPENING_A_LATER_CLAUSE) and before[1] - before[0] >= 2 and after[0] <= after[1] \
                and doc[after[0]].tag_ in self.lang.gerund_tags and doc[after[0]].lemma_ not in self.lang.report_verbs \
                and not self._inside[before[0]]:
            return [before]  # "A, the ministry said on Tuesday, extending a drive ...": A; the participle is narration
        if before[1] - before[0] < 1 and not one_subject or after[0] > after[1] \
                or self._inside[before[0]] or self._inside[after[0]]:
            return None  # "However, she added, "...": a quotation after the attribution is a direct quote
        return [before, after]

    def _content_clause(self, v, lemma: str):
        doc, lang = self.doc, self.lang
        d = lang.dep
        quoted = self._quoted_content(v)
        clauses = [c for c in v.children if c.dep_ == d.ccomp and c not in quoted and not (
            on(PARTICIPLE_AFTER_A_NOUN_IS_NO_REPORT) and c.i > v.i and c.tag_ in lang.participle_tags
            and c.left_edge.i == c.i and doc[c.i - 1].pos_ == "NOUN"
            and not any(g.dep_ in d.subjects or g.dep_ in (d.aux, d.auxpass) for g in c.children))]
        if on(THAT_BEFORE_A_PARTICIPLE_OF_SPEECH):
            clauses = [c for c in clauses if not (
                c.i > v.i and c.tag_ in lang.gerund_tags and c.lemma_.lower() in lang.report_verbs
                and doc[c.i - 1].text == "," and any(g.dep_ == d.mark and g.lower_ == lang.complementizer
                                                     and g.i == v.i + 1 for g in c.children))]
            # "rejected that in a statement, saying ...": `that` is what was rejected, `saying` reports on its own
        if on(DESCRIBED_SUBJECT_S_OWN_PREDICATE):
            clauses = [c for c in clauses if not _predicate_after_a_complement(v, c, lang)]
        if on(PARTICIPLE_SET_OFF_OPENING_A_LATER_CLAUSE) and any(c.i < v.i for c in clauses):
            clauses = [c for c in clauses if c.i < v.i or not _opens_on_a_participle_set_off(c, lang)]
        if on(REPORT_OF_ITS_OWN_AFTER_THE_VERB) and any(c.i < v.i for c in clauses):
            clauses = [c for c in clauses if c.i < v.i or not (
                verb_lemma(c, lang) in lang.reporting_verbs
                and doc[next(t.i for t in c.subtree if not t.is_punct) - 1].text == ","
                and any(g.dep_ in d.subjects and g.i < c.i for g in c.children)
                and not any(g.dep_ == d.mark for g in c.children))]  # "..., a cut growers warned could ..."
        # prefer "said that ...", then a clause after the verb; a clause before it must not be
        # cut off by a semicolon ("The strike follows attacks; Business Insider reported that ...")
        clauses.sort(key=lambda c: (not any(g.dep_ == d.mark and g.lower_ == lang.complementizer for g in c.children),
                                    c.i < v.i))
        clause = next((c for c in clauses if c.i > v.i or not any(
            t.text == ";" for t in doc[c.right_edge.i: v.i])), None)
        if clause is not None and on(FREE_RELATIVE_IS_NO_REPORT) and clause.i > v.i and any(
                g.dep_ == d.dobj and g.i == clause.left_edge.i and g.lower_ in lang.free_relative_words
                for g in clause.children):
            return None  # "the report confirmed what workers had been saying": a thing said, not what it says
        if clause is None:
            clause = _clause_hung_on_a_noun(v, lang)  # "said in a statement that ...": hung on `statement`
        if clause is None:
            clause = _that_clause_beside(v, lang)  # "NAME, ..., posted on Facebook that ...", both hung on NAME
        if clause is None and on(THAT_AFTER_ANONYMITY):
            # "told Reuters on condition of anonymity that ...": the parser hung the report on `condition`
            prep, noun, word = lang.anonymity_frame
            clause = next((c for p in v.children if p.dep_ == d.prep and p.i > v.i and p.lower_ == prep
                           for o in p.children if o.dep_ == d.pobj and o.lower_ == noun
                           and any(t.lower_ == word for t in o.subtree)
                           for c in o.subtree if c.dep_ in (d.acl, d.ccomp, d.relcl) and c.i > o.i
                           and _that_read_as_a_relative(c, lang)), None)
        if clause is None and on(ADDRESSEE_THEN_CLAUSE) and lemma in lang.addressee_verbs:
            clause = self._told_clause(v)
        if clause is None and on(ADVERBIAL_CLAUSE) and lemma not in lang.need_that \
                and not any(c.dep_ in (d.dobj, d.xcomp) for c in v.children):
            # "she said as a teenager she was forced ...": a clause opening on a phrase, read as an adverbial
            clause = next((c for c in v.children if c.dep_ == d.advcl and c.i > v.i and c.left_edge.i == v.i + 1
                           and c.pos_ == "VERB" and not (on(OBJECT_BEFORE_PARTICIPLE) and c.tag_ in lang.gerund_tags)
                           and any(g.dep_ in d.subjects and g.pos_ != "SCONJ" for g in c.children)
                           and not any(g.dep_ in (d.mark, d.advmod) and g.i < c.i for g in c.children)), None)
        if clause is None and on(SUBJECT_AS_OBJECT) and lemma not in lang.need_that:
            # "reported Hurricane Ana in the Caribbean had strengthened": the clause hung on as an adverbial
            obj = next((c for c in v.children if c.dep_ == d.dobj and c.left_edge.i == v.i + 1), None)
            # ("had been promised money to strengthen the squad": after a passive's object, `to` opens no clause)
            no_to = on(INFINITIVE_AFTER_THE_OBJECT) and any(s.dep_ == d.nsubjpass for s in v.children)
            clause = next((c for c in v.children if obj is not None and c.dep_ in (d.advcl, d.conj) and c.i > obj.i
                           and c.pos_ in ("VERB", "AUX") and any(g.dep_ in (d.aux, d.auxpass) and not (
                               no_to and g.tag_ == lang.infinitive_tag) for g in c.children)
                           and not any(g.dep_ in d.subjects or g.dep_ == d.mark for g in c.children)
                           and not any(t.dep_ == d.cc or t.is_punct for t in doc[obj.right_edge.i + 1: c.i])), None)
        if clause is None and on(TENSED_VERB_ON_THE_OBJECT) and lemma not in lang.need_that \
                and lemma not in lang.addressee_verbs:
            obj = next((c for c in v.children if (c.dep_ == d.dobj or on(TENSED_VERB_ON_A_SECOND_SUBJECT)
                                                  and c.dep_ == d.nsubj and c.i > v.i) and c.left_edge.i == v.i + 1),
                       None)  # "said members expected to sign", `members` read as a second subject of `said`
            tags = lang.finite_tags | (lang.participle_tags if obj is not None and obj.dep_ == d.nsubj else set())
            starts = {obj.i + 1} if obj is not None else set()
            if obj is not None and on(TENSED_VERB_AFTER_A_RELATIVE_ON_THE_OBJECT):
                starts |= {c.right_edge.i + 1 for c in obj.children if c.dep_ == d.relcl and c.left_edge.i == obj.i + 1}
                # "insisted the problem the law had tried to fix was real"
            if obj is not None and any(c.dep_ == d.acl and c.tag_ in tags and c.left_edge.i in starts
                                       and not any(g.dep_ in d.subjects or g.dep_ in (d.mark, d.expl)
                                                   for g in c.children) for c in obj.children):
                clause = obj  # "insisted the deal complied with European law"
        if clause is None and on(WITH_ABSOLUTE) and v.dep_ == d.pcomp and v.tag_ in lang.gerund_tags \
                and v.head.lower_ == lang.absolute_preposition and not any(c.dep_ == d.dobj for c in v.children):
            # "with local media reporting no-one was hurt": the parser hung the clause on the sentence's verb
            clause = next((c for c in doc[v.i + 1: v.sent.end] if c.pos_ in ("VERB", "AUX") and c.head.i != v.i
                           and min((t.i for t in c.subtree if t.i > v.i), default=-1) == v.i + 1
                           and any(g.dep_ in d.subjects and g.i > v.i for g in c.children)), None)
        if clause is None and on(THAT_READ_AS_OBJECT):
            span = self._that_read_as_object(v)
            if span is not None:
                return span
        if clause is None and on(QUOTED_TERM_BEFORE_ITS_VERB):
            span = self._quoted_term_subject(v)
            if span is not None:
                return span
        cut_at = None  # "..., Minister NAME said on Tuesday", `said` joined to the clause's verb: the clause ends there
        conjunct = clause is None and on(REPORT_AFTER_AS_A_CONJUNCT) and v.dep_ == d.conj and v.head.i < v.i \
            and v.head.pos_ in ("VERB", "AUX") and verb_lemma(v.head, lang) not in lang.reporting_verbs
        # the speaker parsed as listed with a noun of the clause: "..., NAME2, a spokeswoman for X, told reporters"
        listed = _name_listed_before_a_report(v, lang) if conjunct else None
        told = listed is not None and v.lemma_.lower() in lang.addressee_verbs  # (its object is the one told)
        if conjunct and not any(c.dep_ in (d.dobj, d.ccomp, d.xcomp) and c.i > v.i and not (c.dep_ == d.dobj and told)
                                for c in v.children) \
                and doc[v.left_edge.i - 1].lower_ not in lang.coordinators \
                and not any(c.dep_ == d.auxpass for c in v.children):  # "..., and since 1984 it has been held by"
            subj = next((c for c in v.children if c.dep_ in d.subjects and c.i < v.i), None)
            listed = listed if subj is None else None
            subj = subj if listed is None else listed
            start = subj.left_edge.i if subj is not None else 0
            if subj is not None and start > v.head.i + 1 and doc[start - 1].text == "," \
                    and all(t.i < start for t in v.head.subtree if t.i != v.i and not v.is_ancestor(t)
                            and not (listed is not None and (listed.is_ancestor(t) or t == listed
                                                             or t.i == v.i - 1))  # (and the comma before the verb)
                            and not (t.is_punct and t.i == t.sent.end - 1)):  # the stop, hung on the first verb
                clause, cut_at = v.head, start - 2
        if clause is None and on(THAT_CLAUSE_READ_AS_A_MODIFIER):
            # "said that the team had compared figures", `compared` read as an adjective of the object `figures`
            # (`that` and the subject hung on `compared` or on its `had`)
            clause = next((o for o in v.children if o.dep_ == d.dobj and o.i > v.i for m in o.children
                           if m.dep_ == d.amod and m.i < o.i and m.tag_ in lang.participle_tags | lang.finite_tags
                           for hung in [[g for x in (m, *(a for a in m.children if a.dep_ == d.aux))
                                         for g in x.children]]
                           if any(g.dep_ == d.mark and g.lower_ == lang.complementizer and g.i == o.left_edge.i
                                  for g in hung) and any(g.dep_ in d.subjects for g in hung)), None)
        if clause is None and on(TOLD_CLAUSE_READ_AS_A_MODIFIER) and lemma in lang.addressee_verbs:
            told = next((o for o in v.children if o.dep_ == d.dobj and o.i > v.i), None)
            # "told reporters the monks had only confirmed dates": the clause's subject right after the one told
            clause = next((o for o in v.children if told is not None and o.dep_ == d.dobj and o.i > told.i
                           for m in o.children if m.dep_ == d.amod and m.i < o.i and m.tag_ in lang.participle_tags
                           and any(g.dep_ == d.aux for g in m.children)
                           and any(g.dep_ in d.subjects and g.left_edge.i == told.right_edge.i + 1
                                   for g in m.children)), None)
        if clause is None and on(REPORT_READ_AS_A_MODIFIER) and _report_read_as_a_modifier(v, lang) is not None:
            clause = v.head.head  # "predicted departures would keep rising", `predicted` read as an adjective
        opened_by = None  # "The Ledger reported on Thursday, coverage had risen": the report parsed as an adverbial
        if clause is None and on(REPORT_READ_AS_ADVERBIAL) and v.dep_ in (d.advcl, d.ccomp) and v.head.i > v.i \
                and v.head.pos_ in ("VERB", "AUX") and v.left_edge.is_sent_start \
                and v.right_edge.i + 1 < v.head.i and doc[v.right_edge.i + 1].text == "," \
                and any(g.dep_ == d.nsubj and g.left_edge.i == v.left_edge.i for g in v.children) \
                and not any(g.dep_ in (d.mark, d.dobj, d.auxpass) for g in v.children) \
                and verb_lemma(v.head, lang) not in lang.reporting_verbs \
                and any(g.dep_ in d.subjects and g.i > v.right_edge.i for g in v.head.children):
            clause, opened_by = v.head, v.right_edge.i + 1
        if clause is not None and clause.i < v.i and on(LEAD_IN_THEN_QUOTED) and self._lead_in(clause, v):
            return None  # `When she was cast, "I was speechless," she told`: the quotation is what she told
        if clause is not None:
            sub = sorted(t.i for t in clause.subtree)  # not left_edge/right_edge: they can disagree with the subtree,
            a, b = sub[0], sub[-1]  # and a word hung across the verb (`patients should be made to pay`) comes late
            if cut_at is not None:
                b = cut_at
            if on(WHOSE_CLAUSE) and clause.i > v.i and doc[a].lower_ in lang.relative_possessives:
                return None
            if on(RELATIVE_READ_AS_A_REPORT) and clause.i > v.i and any(
                    g.dep_ in d.subjects and g.tag_ in lang.wh_tags and g.lower_ in lang.relative_pronouns
                    and g.i > a and doc[g.i - 1].pos_ in ("NOUN", "PROPN") for g in clause.children):
                return None
            if on(CLAUSE_SPLIT_AFTER_THE_VERB) and clause.i > v.i and clause.tag_ not in lang.gerund_tags:
                rest = next((c for c in v.children if c.dep_ == d.ccomp and c.i > b
                             and min(t.i for t in c.subtree) == b + 1 and c.pos_ in ("VERB", "AUX")
                             and any(g.dep_ in (d.aux, d.auxpass) and g.i < c.i for g in c.children)
                             and not any(g.dep_ in d.subjects or g.dep_ == d.mark or g.dep_ == d.cc and (
                                 g.i < c.i or not any(x.dep_ == d.conj and any(m.dep_ == d.mark for m in x.children)
                                                      for x in c.children)) for g in c.children)), None)
                if rest is not None:  # "said relief worth 212 million pesos ($3.7 million) had been recorded"
                    b = max(t.i for t in rest.subtree)
            if on(LISTED_PREDICATES_GO_ON) and clause.i > v.i and b + 2 < len(doc) and doc[b + 1].text == ",":
                listed = next((c for c in v.children if c.dep_ == d.ccomp and c.i > b + 1
                               and min(t.i for t in c.subtree) == b + 2 and c.pos_ in ("VERB", "AUX")
                               and any(g.dep_ == d.aux and g.i < c.i for g in c.children)
                               and any(g.dep_ == d.cc for g in c.children)
                               and any(g.dep_ == d.conj for g in c.children)
                               and not any(g.dep_ in d.subjects or g.dep_ == d.mark for g in c.children)), None)
                if listed is not None:  # "that it had accepted A, had added B and had retrained C"
                    b = max(t.i for t in listed.subtree)
            if on(APPOSED_PARTICIPLE_GOES_ON) and clause.i > v.i and b + 2 < len(doc) and doc[b + 1].text == ",":
                apposed = next((c for c in v.children if c.dep_ == d.ccomp and c.i > b + 1
                                and min(t.i for t in c.subtree) in (b + 1, b + 2)
                                and c.tag_ in lang.past_tags  # the participle, or read as the past (`used`)
                                and not any(g.dep_ in (d.aux, d.auxpass, d.mark) for g in c.children)
                                and any(g.dep_ == d.nsubj and g.pos_ == "NOUN" and g.left_edge.i == b + 2
                                        for g in c.children)), None)
                if apposed is not None:  # "said the centre had run out of ceftriaxone, the antibiotic used to ..."
                    b = max(t.i for t in apposed.subtree)
            if on(VERBLESS_REST_GOES_ON) and clause.i > v.i:
                comma = b if doc[b].text == "," else b + 1
                rest = next((c for c in v.children if c.dep_ == d.ccomp and c.i > comma
                             and doc[comma].text == "," and min(t.i for t in c.subtree) in (comma, comma + 1)
                             and not any(t.pos_ in ("VERB", "AUX") or self._inside[t.i] for t in c.subtree)), None)
                if rest is not None:  # "said they met in Uyuni, three hours' drive from the villages, and in Spanish"
                    b = max(t.i for t in rest.subtree)
            if on(TWO_CLAUSES_BEFORE_THE_VERB) and clause.i < v.i and b + 2 < v.i:
                k = b if doc[b].lower_ in lang.coordinators else b + 1  # the `and` hung on the first clause, or not
                joined = next((c for c in v.children if c.dep_ == d.ccomp and c.i != clause.i and c.i < v.i
                               and min(t.i for t in c.subtree) == k + 1), None) \
                    if doc[k].lower_ in lang.coordinators else None
                if joined is not None:  # "14 people were killed and 23 are missing, officials said"
                    b = max(t.i for t in joined.subtree)
            if on(PARTITIVE_SET_OFF_BEFORE_THE_VERB) and clause.i < v.i and b + 4 < v.i and doc[b + 1].text == "," \
                    and doc[b + 2].lower_ in lang.quantifiers and doc[b + 3].lower_ == lang.of \
                    and (doc[b + 4].lower_ in lang.group_pronouns or doc[b + 4].lower_ == lang.relative_object):
                comma = next((j for j in range(b + 5, v.i) if doc[j].text == ","), None)
                if comma is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[b + 5: comma]):
                    b = comma - 1  # "Nine people have died, most of them children under five, the ministry said"
            has_that = doc[a].lower_ == lang.complementizer and (doc[a].dep_ == d.mark or on(THAT_AS_PRONOUN) and a < b
                                                                  and clause.i != doc[a].i and (
                doc[a + 1].dep_ in d.subjects and doc[a + 1].head.i == clause.i
                or any(g.dep_ in d.subjects and g.left_edge.i == a + 1 for g in clause.children)))  # "that the man"
            asked = on(ASKED_WHETHER) and lemma in lang.question_verbs and doc[a].lower_ in lang.question_marks \
                and doc[a].dep_ == d.mark  # "asked whether Oakland was part of the US"
            if asked and on(ASKED_AS_A_PARTICIPLE) and v.dep_ == d.advcl and v.tag_ in lang.past_tags \
                    and not any(g.dep_ in d.subjects for g in v.children):
                return None  # "Asked whether she would resign, Kell said ...", "Kell, asked whether ..., said": the
                # question was put to her (the participle tagged a past tense at times)
            finite = on(FINITE_CLAUSE_WITHOUT_THAT) and clause.i > v.i \
                and (a == v.i + 1 or _time_between(v, a, lang)) and _tensed(clause, lang) \
                and any(g.dep_ in d.subjects and g.i < clause.i for g in clause.children)
            before = on(CLAUSE_BEFORE_A_RULING) and clause.i < v.i and b < v.i and any(
                t.text == "," for t in doc[b + 1:v.i]) and not any(c.dep_ == d.dobj and not _whose_speaker(c, lang)
                                                               for c in v.children)
            if opened_by is not None:
                a = opened_by + 1
            if on(PERCEIVED_ACTION) and not (has_that or asked) and clause.i > v.i and clause.tag_ in lang.gerund_tags \
                    and not any(g.dep_ in (d.aux, d.auxpass) for g in clause.children) \
                    and any(g.dep_ in d.subjects and g.i < clause.i for g in clause.children):
                # `found people sleeping less were at risk`: the participle is the subject's, the clause goes on
                rest = next((c for c in v.children if c.dep_ == d.ccomp and c.i > b
                             and min(t.i for t in c.subtree) == b + 1
                             and not any(g.dep_ in d.subjects for g in c.children) and _tensed(c, lang)), None)
                if rest is None:
                    return None
                b = max(t.i for t in rest.subtree)
            if on(RELATIVE_THAT_ON_THE_OBJECT) and clause.i > v.i and doc[a].lower_ == lang.complementizer \
                    and lemma not in lang.addressee_verbs \
                    and doc[a].dep_ == d.dobj and doc[a].head.i == clause.i \
                    and not any(c.dep_ == d.dobj and c.i != a for c in clause.children) \
                    and any(c.dep_ == d.dobj and c.i < a and c.pos_ == "NOUN" and not can_speak(c, lang)
                            and not _names_someone(c, lang) for c in v.children):
                return None  # "added two storeys that the permit did not allow": `that` is the storeys', no report
            if lemma in lang.need_that and not (has_that or asked or finite or before or opened_by is not None):
                return None  # "ruled the country", but "ruled the governor lacked authority"
            if on(VERBLESS_CLAUSE) and not has_that and clause.pos_ == "ADJ" \
                    and not any(t.pos_ in ("VERB", "AUX") and not (on(VERDICT_ON_A_NOUN_CLAUSE)
                                                                   and _in_a_noun_clause(t, clause, lang))
                                for t in doc[a:b + 1]) \
                    and not any(c.dep_ == d.ccomp and c.i != clause.i for c in v.children):
                return None  # "found NAME guilty": a verdict, no words reported
            if has_that or asked:
                a += 1
            if a <= v.i <= b:  # "which he said would allow ...": the clause starts after the verb
                a = v.i + 1
            if on(TIME_OF_THE_SAYING) and clause.i > v.i and not has_that and a == v.i + 1:
                when = next((c for c in clause.children if c.dep_ in (d.prep, d.npadvmod) and c.left_edge.i == a
                             and any(g.ent_type_ in lang.ent.times for g in c.subtree)), None)
                if when is not None and any(g.dep_ in d.subjects and g.left_edge.i == when.right_edge.i + 1
                                            for g in clause.children):
                    a = when.right_edge.i + 1
            if on(SUBJECT_AS_OBJECT) and clause.i > v.i and not has_that:
                a = self._subject_taken_for_object(v, clause, a)
            if on(QUOTED_TERM_SPLITS) and clause.i > v.i:
                # `said the term "subject to" requires ...`: the quoted term parsed as a clause of its own,
                # the rest of the clause as a second one with no subject
                rest = next((c for c in v.children if c.dep_ == d.ccomp and c.i > b
                             and min(t.i for t in c.subtree) == b + 1
                             and not any(g.dep_ in d.subjects for g in c.children)), None)
                if rest is not None and any(self._inside[t.i] for t in doc[a:b + 1]):
                    b = max(t.i for t in rest.subtree)
            for c in (v.children if on(AND_THAT) else ()):  # "announced he had asked ..., and that Bolton tendered it"
                if c.dep_ == d.conj and c.i > b and any(g.dep_ == d.mark for g in c.children):
                    b = c.right_edge.i
                elif c.dep_ == d.conj and c.i > b and on(AND_THAT_READ_AS_A_DETERMINER) and _tensed(c, lang) \
                        and verb_lemma(c, lang) not in lang.reporting_verbs and any(
                            g.dep_ in d.subjects and g.i < c.i and doc[g.left_edge.i].lower_ == lang.complementizer
                            and doc[g.left_edge.i].dep_ == d.det and g.left_edge.i >= 1
                            and (doc[g.left_edge.i - 1].lower_ in lang.coordinators or on(BUT_THAT_READ_AS_A_DETERMINER)
                                 and doc[g.left_edge.i - 1].lower_ in lang.continuing_conjunctions
                                 and not any(self._inside[x.i] for x in c.subtree))  # (a partial quotation after
                            for g in c.children):  # `but that` is a quote of its own, its frame no part of this one)
                    b = c.right_edge.i  # "and that turnout could fall", `that` read as the subject's determiner
            if on(AND_CLAUSE) and clause.i > v.i and not has_that:
                # "said 14 officers were injured and 31 people were detained": the parser joined the second clause
                # to the speech verb; with its own subject, a tense and no speech verb, it is reported too
                joined = next((c for c in v.children if c.dep_ == d.conj and c.i > b and c.pos_ in ("VERB", "AUX")
                               and doc[b + 1].lower_ in lang.coordinators and c.left_edge.i == b + 2
                               and verb_lemma(c, lang) not in lang.reporting_verbs
                               and any(g.dep_ in d.subjects and g.pos_ in ("NOUN", "NUM") and g.i < c.i
                                       for g in c.children) and _tensed(c, lang)), None)
                if joined is not None:
                    b = joined.right_edge.i
            if on(VERB_OF_A_VERBLESS_CLAUSE) and clause.i > v.i and clause.pos_ in ("NOUN", "PROPN") \
                    and any(g.dep_ in d.subjects for g in clause.children):
                verb = next((c for c in v.children if c.dep_ in (d.advcl, d.conj) and c.left_edge.i == b + 1
                             and c.pos_ == "VERB" and _tensed(c, lang)
                             and not any(g.dep_ in d.subjects or g.dep_ == d.mark for g in c.children)), None)
                if verb is not None:
                    b = verb.right_edge.i  # "leases granted to agribusiness since then have entrenched ..."
            if on(CAUSE_GIVEN_IN_THE_REPORT) and clause.i > v.i and b + 2 < len(doc):
                cause = next((c for c in v.children if c.dep_ == d.advcl and c.i > b
                              and c.left_edge.i == (b + 2 if doc[b + 1].text == "," else b + 1)
                              and any(g.dep_ == d.mark and g.lower_ in lang.cause_marks for g in c.children)
                              and any(g.dep_ in d.subjects for g in c.children)), None)
                if cause is not None:
                    b = cause.right_edge.i  # "said she did not mind, because they bought coffee"
            if on(BACKSHIFTED_PREDICATE) and clause.i > v.i and v.tag_ in lang.past_tags and b + 2 < len(doc) \
                    and doc[b + 1].lower_ in lang.coordinators and doc[b + 2].lower_ in lang.backshifted_modals:
                joined = next((c for c in v.children if c.dep_ == d.conj and c.pos_ == "VERB" and c.left_edge.i == b + 2
                               and doc[b + 2].head.i == c.i and verb_lemma(c, lang) not in lang.reporting_verbs
                               and not any(g.dep_ in d.subjects for g in c.children)), None)
                if joined is not None:
                    b = joined.right_edge.i  # "... and would review its course offerings"
            if on(NARRATIVE_PAST_ENDS_A_REPORT) and clause.i > v.i and v.tag_ in lang.past_tags and any(
                    g.dep_ == d.aux and g.lower_ in lang.backshifted_modals for g in clause.children):
                told = next((c for c in clause.children if c.dep_ == d.conj and clause.i < c.i <= b
                             and not any(g.dep_ in d.subjects for g in c.children)
                             and (any(g.dep_ == d.aux and g.lemma_ == lang.do_auxiliary and g.tag_ == lang.past_tag
                                      for g in c.children)
                                  or on(SIMPLE_PAST_ENDS_A_REPORT) and c.tag_ == lang.past_tag
                                  and (verb_lemma(c, lang) in lang.report_verbs
                                       or c.lemma_.lower() in lang.unrealising_verbs)
                                  and not any(g.dep_ in (d.aux, d.auxpass) for g in c.children))), None)
                cc = max((g.i for g in clause.children if g.dep_ == d.cc and clause.i < g.i < told.i),
                         default=None) if told is not None else None
                if cc is not None:
                    b = cc - 1  # "said they would hold a march and did not rule out ...": `did` is the narrator's
            comma = b if doc[b].text == "," else b + 1  # the comma after the report, inside it or not
            if on(PREDICATES_LISTED) and clause.i > v.i and not has_that and comma + 1 < len(doc) \
                    and doc[comma].text == ",":
                listed = next((c for c in v.children if c.dep_ == d.ccomp and c.left_edge.i == comma + 1
                               and c.pos_ in ("VERB", "AUX") and _tensed(c, lang)
                               and (c.i == comma + 1 or doc[comma + 1].head.i == c.i
                                    and doc[comma + 1].dep_ in (d.aux, d.auxpass))  # opening on its verb
                               and not any(g.dep_ in d.subjects or g.dep_ == d.mark for g in c.children)), None)
                if listed is not None:
                    b = listed.right_edge.i  # "was healthy, had completed a training block and ..."
            if on(REPORT_GOES_ON) and clause.i > v.i:
                b = self._report_going_on(v, b)
            if on(MEMBERS_GO_ON) and clause.i > v.i:
                b = self._members_going_on(v, b)
            if on(COLON_ENDS_CLAUSE):  # "told X the data suggested a pattern: "...": the quotation is a quote
                colon = next((t for t in doc[max(a, v.i + 1): b + 1] if t.text == ":" and t.i + 1 <= b
                              and (self._inside[t.i + 1] or t.i + 2 <= b and self._inside[t.i + 2])), None)
                if colon is not None:
                    b = colon.i - 1
            if on(SECOND_REPORT):  # "said A and added that B": B is a report of its own
                # not `found the strike justified and called the order swift`: one judgement, two verbs
                joined = next((c for c in clause.children if c.i > v.i and (joined_report(c, lang) is not None or (
                    c.dep_ == d.conj and c.pos_ == "VERB" and verb_lemma(c, lang) in lang.reporting_verbs
                    and any(g.dep_ in d.subjects for g in c.children)
                    and not (on(REPORTED_THAT_CLAUSE_JOINED) and any(
                        g.dep_ == d.mark and g.lower_ == lang.complementizer for g in c.children))))
                    and verb_lemma(c, lang) not in lang.object_content_verbs), None)  # "... and others said B"
                if joined is not None:
                    b = min(b, joined.left_edge.i - 1)
            for t in doc[a:b + 1]:  # a nested report ("..., which he said ...") is its own finding
                if t.dep_ == d.relcl and t.lemma_.lower() in lang.report_verbs and t.i > a and t.i != clause.i and not (
                        on(RELATIVE_EVENT) and any(c.dep_ == d.dobj for c in t.children)) and not (
                        on(PASSIVE_RELATIVE) and any(c.dep_ == d.auxpass for c in t.children)) and not (
                        on(INFINITIVE_ON_A_NOUN) and any(c.dep_ == d.aux and c.tag_ == lang.infinitive_tag
                                                         for c in t.children)) and not (
                        on(RELATIVE_PROMISE) and any(c.dep_ == d.xcomp for c in t.children)
                        and not any(c.dep_ in (d.ccomp, d.mark) for c in t.children)) and not (
                        on(THING_PROMISED_STAYS) and t.head.pos_ == "NOUN" and t.head.i < t.i
                        and not any(c.dep_ in (d.ccomp, d.mark, d.xcomp, d.dobj) or c.lower_ in lang.relative_pronouns
                                    or c.tag_ in lang.wh_tags or c.dep_ == d.aux and c.tag_ == lang.infinitive_tag
                                    for c in t.children)):
                    b = min(b, t.left_edge.i - 1)
                    break
                if t.i > a + 1 and _after_a_comma(t) and self._report_after_comma(t, clause):
                    b = min(b, t.left_edge.i - 1)  # ", saying", ", with local press claiming": another report
                    break
                if t.dep_ == d.advcl and t.i > a and t.pos_ == "VERB" and t.lemma_.lower() in lang.report_verbs \
                        and any(g.dep_ == d.nsubj for g in t.children):
                    marks = {g.lower_ for g in t.children if g.dep_ == d.mark}
                    if on(WHILE_ANOTHER_REPORTS) and marks & lang.contrast_marks or on(CONCESSION_WITH_ITS_OWN_REPORT) \
                            and marks & lang.concessive_marks and any(g.dep_ == d.ccomp for g in t.children):
                        b = min(b, t.left_edge.i - 1)  # "A said X while B wrote Y", "..., though it noted that Y"
                        break
            a, b = self._trim(a, b)
            return (a, b, "clause") if a <= b else None
        if on(GERUND_CONTENT) and lemma in lang.gerund_content_verbs:
            ger = next((c for c in v.children if c.dep_ in (d.xcomp, d.dobj) and c.i == v.i + 1 and c.pos_ == "VERB"
                        and c.tag_ in lang.gerund_tags and verb_lemma(c, lang) not in lang.reporting_verbs), None)
            if ger is not None:  # "described witnessing 35 bodies", "denied taking the money"
                a, b = self._trim(ger.i, ger.right_edge.i)
                return (a, b, "clause") if a <= b else None
        obj = next((c for c in v.children if c.dep_ == d.dobj), None)
        if obj is not None and on(NOUN_CONTENT):
            content = next((c for c in obj.children if c.dep_ in (d.acl, d.relcl, d.ccomp) and c.i > obj.i
                            and any(g.dep_ == d.mark and g.lower_ == lang.complementizer for g in c.children)), None)
            if content is not None:  # "denied reports that he would resign"
                sub = list(content.subtree)
                first = sub[0].i + (1 if doc[sub[0].i].lower_ == lang.complementizer else 0)
                a, b = self._trim(first, sub[-1].i)
                return (a, b, "cited" if lemma in lang.citing_verbs else "clause") if a <= b else None
        if lemma in lang.citing_verbs:
            return None  # "quoted X as saying": the report is the gerund's
        if lemma in lang.judging_verbs:
            pred = next((c for c in v.children if c.dep_ in (d.oprd, d.xcomp) and c.i > v.i), None)
            if obj is None or pred is None or not on(JUDGEMENT):
                return None
            a, b = self._trim(obj.left_edge.i, pred.right_edge.i)
            return (a, b, "object") if a <= b else None
        if obj is not None and lemma not in lang.object_content_verbs and lemma not in lang.need_that:
            # a clause without "that" misparsed as object + conjunct: "maintained an inquiry is what ..."
            def split_off(c, head) -> bool:  # `conj`, or an adverbial with no word saying so (`because`)
                return (c.dep_ == d.conj or c.dep_ == d.advcl and head is not v) and c.head.i == head.i \
                    and c.pos_ in ("AUX", "VERB") and not any(g.dep_ in d.subjects or g.dep_ == d.mark
                                                              for g in c.children)
            def follows_object(c) -> bool:  # right after the object, or after an aside set off by commas
                return c.left_edge.i == obj.right_edge.i + 1 or on(ASIDE_AFTER_OBJECT) and c.i > obj.i \
                    and doc[obj.right_edge.i + 1].text == "," and doc[c.left_edge.i - 1].text == "," \
                    and not any(t.pos_ == "VERB" for t in doc[obj.right_edge.i + 1: c.left_edge.i])
            conj = next((c for c in v.children if (c.i == obj.right_edge.i + 1 or follows_object(c))
                         and split_off(c, v)), None)
            head = v
            if conj is None and v.dep_ in (d.acl, d.advcl, d.pcomp) and v.tag_ in lang.gerund_tags and v.head.i < v.i \
                    and v.right_edge.i == obj.right_edge.i and on(CONJUNCT_ON_THE_HEAD):
                # the verb after the object was joined to the verb the participle hangs on, and any more after it
                head = v.head
                while head.pos_ not in ("VERB", "AUX") and not is_root(head):
                    head = head.head
                conj = next((c for c in head.children if c.i == obj.right_edge.i + 1 and split_off(c, head)), None)
            if conj is None and v.dep_ == d.acl and v.tag_ in lang.gerund_tags and v.head.i < v.i \
                    and v.right_edge.i == obj.right_edge.i and on(AUXILIARY_OPENS_CLAUSE) \
                    and obj.right_edge.i + 1 < len(doc) and doc[obj.right_edge.i + 1].dep_ in (d.aux, d.auxpass):
                # "issued a statement confirming the talks would resume", `would resume` hung anywhere above
                verb = doc[obj.right_edge.i + 1].head
                if verb.pos_ in ("VERB", "AUX") and verb.head.i < v.i and verb.i > obj.i \
                        and not any(g.dep_ in d.subjects or g.dep_ == d.mark for g in verb.children):
                    conj = verb
            if conj is not None:
                end = conj.right_edge.i
                if head is not v:
                    end = max([end] + [c.right_edge.i for c in head.children if c.i > conj.i and split_off(c, head)])
                a, b = self._trim(obj.left_edge.i, end)
                return (a, b, "clause") if a <= b else None
        if obj is not None and lemma in lang.clause_verbs and obj.pos_ in ("NOUN", "PROPN") and on(PARTICIPLE_CLAUSE):
            # "said several acres burned before ...": a clause whose past-tense verb the parser read as a participle
            part = next((c for c in obj.children if c.dep_ == d.acl and c.tag_ in lang.past_tags and c.i > obj.i
                         and not any(g.dep_ in (d.dobj, d.ccomp, d.agent) for g in c.children)), None)
            if part is not None:
                a, b = self._trim(obj.left_edge.i, part.right_edge.i)
                return (a, b, "clause") if a <= b else None
        if lemma in lang.object_content_verbs and on(OBJECT_CONTENT):
            obj = next((c for c in v.children if c.dep_ == d.dobj), None)
            if obj is None and v.dep_ == d.relcl and on(RELATIVE_DESCRIBED_AS):
                # "a process NAME described as tricky because ...": the object is the antecedent
                as_ = next((c for c in v.children if c.dep_ == d.prep and c.lower_ == lang.as_ and c.i > v.i), None)
                if as_ is None:
                    return None
                a, b = self._trim(as_.i, v.right_edge.i)
                return (a, b, "object") if a < b else None
            if obj is None:
                return None
            colon = next((t for t in doc[obj.i: v.sent.end] if t.text == ":"), None)
            if on(DESCRIBED_THEN_QUOTED) and colon is not None and colon.i + 1 < len(doc) \
                    and (self._inside[colon.i + 1] or colon.i + 2 < len(doc) and self._inside[colon.i + 2]):
                return None  # "described the actress to the BBC: "...": the quotation is the description"
            as_ = next((c for c in v.children if c.dep_ == d.prep and c.lower_ == lang.as_ and c.i > obj.i), None)
            if on(DESCRIBED_AS_QUOTED) and as_ is not None and as_.i + 1 < len(doc) and self._inside[as_.i + 1] \
                    and all(self._inside[t.i] or t.is_punct for t in as_.subtree if t.i > as_.i):
                return None  # "described NAME as "a fair umpire"": the quotation is the description, and a quote
            if lemma in lang.needs_predicate and on(CALL_FRAME) \
                    and not any(c.dep_ in (d.oprd, d.xcomp, d.ccomp) and not (
                                    on(PREDICATE_SET_OFF_NAMES_NOTHING) and c.i > obj.i
                                    and any(t.text == "," for t in doc[obj.right_edge.i + 1: c.left_edge.i]))
                                or c.dep_ == d.prep and c.lower_ == lang.as_ for c in v.children) \
                    and not any(c.pos_ == "ADJ" and c.i > obj.i for c in obj.children):
                return None  # "called the election for Biden": a verdict on a race, not words said
            if on(BARE_OBJECT_DESCRIBED) and v.right_edge.i == obj.right_edge.i + (doc[v.right_edge.i].is_punct) \
                    and not any(c.dep_ in (d.acl, d.relcl, d.prep, d.appos) or c.pos_ == "VERB" for c in obj.subtree
                                if c.i != obj.i):
                return None  # "described a chaotic night"
            if on(DESCRIBED_WITH_NO_AS) and lemma in lang.characterising_verbs and as_ is None \
                    and v.right_edge.i > obj.right_edge.i + 1 and colon is None \
                    and not any(c.dep_ in (d.oprd, d.xcomp, d.ccomp) for c in v.children) \
                    and not any(c.dep_ in (d.acl, d.relcl, d.appos) or c.pos_ in ("VERB", "AUX") for c in obj.subtree
                                if c.i != obj.i) and not any(self._inside[k] for k in range(obj.i, v.right_edge.i + 1)):
                return None  # "described a sudden list to one side shortly after 9 p.m., as vehicles broke loose"
            a = obj.left_edge.i
            b = v.right_edge.i
            a, b = self._trim(a, b)
            return (a, b, "object") if a <= b else None
        return None

    def _told_clause(self, v):
        """`told the court he had acted in self-defence`: the clause right after the person told, with a subject of
        its own and no relative word, that the parser hung on them as a relative clause; else None."""
        d, lang = self.lang.dep, self.lang
        obj = next((c for c in v.children if c.dep_ == d.dobj and c.i > v.i), None)
        if obj is None and on(DESCRIPTION_BEFORE_A_LISTENER) and _described_before_its_listener(v, lang) is not None:
            obj = v.head  # "the 24-year-old told reporters she would appeal", `told` read as an adjective of the told
        if obj is None or obj.lemma_.lower() in lang.told_things:
            return None
        for c in obj.children:
            if c.dep_ != d.relcl:
                continue
            first = min(t.i for t in c.subtree)
            if first == obj.i + 1 \
                    and (self.doc[first].lower_ not in lang.relative_pronouns or self.doc[first].dep_ == d.mark) \
                    and self.doc[first].tag_ not in lang.wh_tags \
                    and any(g.dep_ in d.subjects and g.i < c.i and g.lower_ not in lang.relative_pronouns
                            for g in c.children):
                return c
        return None

    def _report_going_on(self, v, b: int) -> int:
        """Where a report ending at ``b`` ends once a clause joined to its verb ``v`` after a comma goes on with
        it: `said A, but there are no B`, `said A, so it is no burden`; not `said A, but she voted against it`
        (a person's pronoun: what the speaker did, told by the writer), nor `, and added that` (a second report)."""
        doc, lang = self.doc, self.lang
        d = lang.dep
        if b + 3 >= v.sent.end or doc[b + 1].text != ",":
            return b
        joiner = doc[b + 2]
        if doc[b + 3].lower_ == lang.complementizer:
            return b  # ", and that ...": the second `that` clause of the same verb (`and-that-continues-the-report`)
        more = next((c for c in v.children if c.i > b + 2 and c.pos_ in ("VERB", "AUX") and (
            c.dep_ == d.conj and joiner.dep_ == d.cc and joiner.head.i == v.i and c.left_edge.i == b + 3
            and joiner.lower_ in lang.continuing_conjunctions
            or c.dep_ == d.advcl and joiner.dep_ == d.mark and joiner.head.i == c.i and c.left_edge.i == b + 2
            and joiner.lower_ in lang.result_marks)), None)
        if more is None or verb_lemma(more, lang) in lang.reporting_verbs \
                or any(self._inside[t.i] for t in more.subtree):
            return b
        subject = next((g for g in more.children if g.dep_ in d.subjects or g.dep_ == d.expl), None)
        if subject is None or subject.lower_ in lang.speaking_pronouns:
            return b
        return more.right_edge.i

    def _members_going_on(self, v, b: int) -> int:
        """Where a report ending at ``b`` ends once a phrase after a comma that picks out some of what it named
        (`, among them a buyer who has agreed to testify`) runs from there to the sentence's end, hung as one
        phrase on the speech verb ``v``."""
        doc = self.doc
        end = v.sent.end - 1
        while end > b and doc[end].is_punct:
            end -= 1
        comma = b if doc[b].text == "," else b + 1  # the comma after the report, inside it or not
        if comma + 2 > end or doc[comma].text != "," or doc[comma + 1].lower_ not in self.lang.member_openers:
            return b
        phrase = doc[comma + 1: end + 1]
        roots = [t for t in phrase if not comma + 1 <= t.head.i <= end or t.head.i == t.i]
        if len(roots) != 1 or roots[0].head.i != v.i or any(self._inside[t.i] for t in phrase):
            return b
        return end

    def _quoted_term_subject(self, v):
        """`says the phrase "subject to" referred to children`, the parser lost in the quoted term: the verb's
        object is a word for words, a quotation follows it and a tensed verb follows the quotation; the clause is
        the object and all after it."""
        doc, lang = self.doc, self.lang
        obj = next((c for c in v.children if c.dep_ == lang.dep.dobj and c.i > v.i), None)
        if obj is None or obj.lower_ not in lang.term_nouns or obj.i + 2 >= v.sent.end \
                or not doc[obj.i + 1].is_quote or not self._inside[obj.i + 1]:
            return None
        k = obj.i + 1
        while k < v.sent.end and self._inside[k]:
            k += 1
        after = doc[k] if k < v.sent.end else None
        if after is None or not (after.tag_ in lang.finite_tags or after.tag_ == lang.modal_tag):
            return None
        a, b = self._trim(obj.left_edge.i, v.sent.end - 1)
        return (a, b, "clause") if a < b else None

    def _subject_taken_for_object(self, v, clause, a: int) -> int:
        """`reported Typhoon Lan near the coast had weakened`: the clause's subject, parsed as the verb's object
        (with a phrase between hung on the verb), is where a tensed clause with no subject of its own opens."""
        doc, d = self.doc, self.lang.dep
        if on(ADDRESSEE_IS_NO_SUBJECT) and v.lemma_.lower() in self.lang.addressee_verbs:
            that = next((t.i for t in doc[v.i + 2: a] if t.lower_ == self.lang.complementizer), None)
            return a if that is None else that + 1  # "told a news conference that tests ... had found"
        # a subject the parser hung on an auxiliary ("the roads" of "were closed") is the clause's own
        if any(g.dep_ in d.subjects for g in clause.children) or any(
                t.dep_ in d.subjects and t.head.i != v.i for t in doc[a:clause.i]) or not (
                clause.tag_ in self.lang.finite_tags or any(g.dep_ in (d.aux, d.auxpass) for g in clause.children)):
            return a
        obj = next((c for c in v.children if c.dep_ == d.dobj and v.i < c.i < a), None)
        if obj is None or obj.left_edge.i != v.i + 1:
            return a
        between = doc[obj.right_edge.i + 1: a]
        set_off = on(SUBJECT_SET_OFF) and any(t.text == "," for t in obj.subtree if t.i > obj.i)
        if all(t.head.i == v.i and t.dep_ == d.prep or any(t.i in range(p.i, p.right_edge.i + 1) for p in
                                                            v.children if p.dep_ == d.prep and p.i > obj.i)
               or set_off and t.text == "," and t.i == a - 1  # "the new region, to be called Norvale, would"
               for t in between):
            return obj.left_edge.i
        return a

    def _report_after_comma(self, t, clause) -> bool:
        """Whether ``t``, after a comma inside a reported ``clause``, opens a report of its own that ends the
        clause: a speech or blaming participle (`she found the deal fair, saying ...`: the reporter's), or an
        absolute phrase with a speech participle (`he lost control, with local press claiming ...`)."""
        lang, d = self.lang, self.lang.dep
        if on(REPORTER_S_PARTICIPLE) and t.dep_ == d.advcl and t.tag_ in lang.gerund_tags \
                and clause.i <= t.head.i < t.i \
                and (t.lemma_.lower() in lang.assigning_verbs or verb_lemma(t, lang) in lang.cue_verbs
                     or on(CITING_PARTICIPLE) and t.lemma_.lower() in lang.citing_verbs):
            return True
        return on(WITH_ABSOLUTE) and t.dep_ == d.prep and t.lower_ == lang.absolute_preposition and any(
            c.tag_ in lang.gerund_tags and c.lemma_.lower() in lang.report_verbs for c in t.children)

    def _lead_in(self, clause, v) -> bool:
        """Whether the clause before ``v`` is a quotation whole after a comma, with only its attribution after it
        (`Asked whether he would resign, "Never," the minister said`): its words before the quotation set the
        scene. A quotation inside the clause (`The deal was "a disgrace," he said`) keeps the clause a report."""
        start = min(t.idx for t in clause.subtree)
        subject = min((c.left_edge.idx for c in v.children if c.dep_ in self.lang.dep.subjects), default=v.idx)
        for q in self.quoted:
            if q.close_at is None or not start < q.open_at or q.close_at >= subject:
                continue
            between = self.text[q.close_at + 1: min(subject, v.idx)]
            if between.strip(" ,.;") == "" and self.text[:q.open_at].rstrip().endswith(","):
                return True
        return False

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        doc = self.doc
        cc = self.lang.dep.cc
        if on(WRITER_S_COMMENT_ENDS_THE_REPORT):
            b = self._before_the_writer_s_comment(a, b)
        if on(WRITER_S_AS_CLAUSE_ENDS_THE_REPORT):
            b = self._before_the_writer_s_as_clause(a, b)
        if a == 0 and on(DATELINE):
            dash = dateline_dash(doc, self.lang)
            a = a if dash is None else dash + 1  # "SAO PAULO - Rates will hold, the bank said": not the dateline
        while a <= b and (doc[a].is_punct or doc[a].is_space):
            a += 1
        while b >= a and (doc[b].is_punct or doc[b].is_space or doc[b].dep_ == cc and b > a) \
                and not (on(SIGN_OF_A_NUMBER) and b > a and doc[b - 1].like_num and not doc[b - 1].whitespace_
                         and doc[b].text in self.lang.number_signs):
            b -= 1
        close = b + 1
        while close < len(doc) and close - b <= 3 and doc[close].is_punct and doc[close].text not in ('"', "”"):
            close += 1  # `is "unprecedented."`: the quotation's own full stop before its closing mark
        if a <= b and close < len(doc) and doc[close].text in ('"', "”"):
            words = self.text[doc[a].idx: doc[b].idx + len(doc[b].text)]
            if words.count('"') % 2 or words.count("“") > words.count("”"):
                b = close  # `was "a national tragedy"`: a quotation the report ends on keeps its closing mark
        return a, b

    def _before_the_writer_s_as_clause(self, a: int, b: int) -> int:
        """`said she would treat the final as "just another match," as the 22-year-old Swede prepared to face ...`:
        the end of the report before a clause on `as` set off by a comma whose subject describes someone anew (an age,
        a nationality): the writer's, about the speaker. ``b`` where there is none."""
        doc, lang = self.doc, self.lang
        for t in doc[a + 1: b + 1]:
            if t.lower_ != lang.as_ or t.dep_ != lang.dep.mark or t.head.i <= t.i:
                continue
            before = doc[t.i - 1] if doc[t.i - 1].is_quote else None
            comma = doc[t.i - 2] if before is not None else doc[t.i - 1]
            subj = next((c for c in t.head.children if c.dep_ in lang.dep.subjects and c.i > t.i), None)
            if comma.text != "," or subj is None or subj.pos_ not in ("NOUN", "PROPN") \
                    or not any(c.lower_ == lang.definite_article for c in subj.children):
                continue
            words = self.text[doc[subj.left_edge.i].idx: subj.idx + len(subj.text)]
            if subj.ent_type_ == lang.ent.norp or lang.age_description.search(words) and _names_someone(subj, lang):
                return t.i - 1
        return b

    def _comment_verb(self, t) -> bool:
        """Whether ``t`` is the verb of a clause on a noun summing up a report (`, a claim the police disputed`)."""
        d, noun = self.lang.dep, t.head
        clause = t.dep_ in (d.relcl, d.acl)
        if not clause and on(COMMENT_NOUN_READ_AS_A_SUBJECT):
            subjects = [c for c in t.children if c.dep_ in d.subjects and c.i < t.i]
            if len(subjects) == 2 and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i:
                noun, clause = subjects[0], True  # ', a charge the minister rejected': both parsed as subjects
        article = next((c for c in noun.children if c.lower_ in self.lang.indefinite_articles and c.i < noun.i), None)
        return clause and noun.pos_ == "NOUN" and noun.lemma_.lower() in self.lang.comment_nouns \
            and article is not None and article.i > 0 and self.doc[article.i - 1].is_punct

    def _before_the_writer_s_comment(self, a: int, b: int) -> int:
        """The end of the report in ``a..b`` before the writer's comment on it, where one closes it (`, a figure the
        police disputed`); ``b`` where none does."""
        doc, lang = self.doc, self.lang
        d = lang.dep
        last = b
        while last > a and doc[last].is_punct:
            last -= 1  # the report's last word, before any closing marks
        for k in range(a + 1, b):
            if doc[k].text != "," or doc[k + 1].lower_ not in lang.indefinite_articles and not (
                    doc[k + 1].is_punct and k + 2 <= b and doc[k + 2].lower_ in lang.indefinite_articles):
                continue
            noun = doc[k + 1].head if doc[k + 1].lower_ in lang.indefinite_articles else doc[k + 2].head
            if noun.lemma_.lower() in lang.comment_nouns and noun.pos_ == "NOUN" and noun.right_edge.i >= last \
                    and noun.i > k and any(c.dep_ in (d.relcl, d.acl) for c in noun.children):
                return k - 1
        return b

    def _according_to(self) -> list[Finding]:
        """`According to X, A` and `per X, A`: what X says, in the sentence's clause about it (see ``_according_source``
        for X, ``_clause_bounds`` for where the clause ends and ``_according_parts`` for the text kept)."""
        out = []
        low = self.text.lower()
        if self.lang.according_to[0] not in low and not any(w in low for w in self.lang.according_words):
            return out  # no word that opens a source: no token need be read
        for t in tokens_of(self.doc):
            source = self._according_source(t)
            if source is None:
                continue
            cue, pobj, p_end = source
            start, end = self._clause_bounds(t, t.i, p_end)
            named = self._name_after_the_source(pobj, p_end, end) if on(NAME_AFTER_THE_SOURCE) else None
            if named is not None:  # "according to the presiding officer, Speaker NAME.": NAME, no part of A
                pobj, p_end = named[0].root, named[1]
            quoting = self._according_quoting(t, p_end, start, end)
            if quoting and not on(ACCORDING_MIXED):
                continue
            parts = self._according_parts(t, pobj, p_end, start, end, quoting)
            if parts:
                out.append(Finding(self.para, "indirect", parts, "according", cue=cue,
                                   speaker_tok=pobj.i, sent=self.sent_of[t.i]))
        return out

    def _name_after_the_source(self, pobj, p_end: int, end: int):
        """The person's name set off by a comma after a source described by a common noun, titles before it and
        nothing after it in the clause but a relative clause of its own (`according to the presiding officer of the
        assembly, Speaker NAME.`), and the last token of the source so named; None if there is none."""
        doc, lang = self.doc, self.lang
        if pobj.pos_ != "NOUN" or p_end + 2 > end or doc[p_end + 1].text != ",":
            return None
        j = p_end + 2
        while j < end and doc[j].is_title and doc[j].lower_.rstrip(".") in lang.titles:
            j += 1  # "Speaker", "Dr."
        named = entity_at(doc, j)
        if named is None or named.start != j or named.label_ != lang.ent.person:
            return None
        last = max(named.end - 1, self._relative_closing(named, end))  # the name, or its relative clause
        return (named, last) if all(x.is_punct for x in doc[last + 1: end + 1]) else None

    def _relative_closing(self, named, end: int) -> int:
        """The last token of a relative clause set off by a comma right after the name ``named`` that runs to the end
        of the clause (token ``end`` and the punctuation before it): `NAME, who said B.`; -1 if there is none."""
        doc, lang = self.doc, self.lang
        if not on(NAME_AFTER_THE_SOURCE_WITH_A_RELATIVE) or named.end + 1 > end or doc[named.end].text != ",":
            return -1
        clause = next((c for c in named.root.children if c.dep_ == lang.dep.relcl and c.left_edge.i == named.end + 1
                       and c.left_edge.lower_ == lang.personal_relative), None)
        if clause is None or not all(x.is_punct for x in doc[clause.right_edge.i + 1: end + 1]):
            return -1
        return clause.right_edge.i

    def _according_source(self, t):
        """(cue, source token, last token of the source phrase) where ``t`` opens `according to X` or
        `per X`; None where it does not, or where a speech verb's own finding covers the sentence."""
        doc, lang = self.doc, self.lang
        if self._is_according_to(t):
            prep, cue = doc[t.i + 1], " ".join(lang.according_to)
        elif on(PER_SOURCE) and self._is_per(t):
            prep, cue = t, t.lower_
        else:
            return None
        pobj = next((c for c in prep.children if c.dep_ == lang.dep.pobj), None)
        if pobj is None:
            return None
        p_end = pobj.right_edge.i
        if prep is t and pobj.lemma_.lower() not in lang.document_nouns:  # "per numbers reported by AP"
            pobj = _posted_by(pobj, lang) or pobj
        elif on(ACCORDING_TO_THE_PUBLISHER) and pobj.pos_ == "NOUN":
            pobj = _posted_by(pobj, lang, lang.publishing_verbs) or pobj
        if on(AUTHOR_OF_THE_DOCUMENT) and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in lang.authored_works:
            # "according to a paper by the trial's investigators": the investigators
            pobj = next((g for c in pobj.children if c.dep_ == lang.dep.prep and c.lower_ in lang.author_prepositions
                         and c.lower_ != lang.origin_preposition
                         and c.i > pobj.i for g in c.children if g.dep_ == lang.dep.pobj and g.pos_ in ("NOUN", "PROPN")
                         and g.lemma_.lower() not in lang.document_nouns), pobj)
        if on(ACRONYM_OWNS_THE_DOCUMENT):  # "according to the (official) WHO report", "report" read as a verb
            d = lang.dep
            verb = pobj if pobj.pos_ == "VERB" else next((c for c in pobj.children if c.dep_ == d.relcl), None)
            owner = next((c for c in verb.children if c.dep_ == d.nsubj and c.i == verb.i - 1 and (
                c.ent_type_ in lang.ent.bodies or len(c.text) > 1 and c.text.isupper() and c.is_alpha)),
                None) if verb is not None and verb.lemma_.lower() in lang.document_nouns else None
            if owner is not None:
                pobj = owner
        whose = entity_at(doc, pobj.i) if on(ACCORDING_TO_THE_OWNED_BODY) else None
        if whose is not None and whose[-1].tag_ == lang.possessive_tag:
            owned = entity_at(doc, whose.end) if whose.end < len(doc) else None
            if owned is not None and owned.start == whose.end and owned.label_ in lang.ent.bodies:
                pobj = owned.root  # "according to the University of Tarn's Institute for X": the institute
        if on(ACCORDING_YIELDS) and t.head.pos_ == "VERB" and not is_root(t) \
                and verb_lemma(t.head, lang) in lang.reporting_verbs \
                and any(c.dep_ == lang.dep.ccomp and not (on(DESCRIBED_SUBJECT_S_OWN_PREDICATE)
                                                          and _predicate_after_a_complement(t.head, c, lang))
                        for c in t.head.children) \
                and not (on(PARTICIPLE_READ_AS_THE_REPORTING_VERB) and self._participle_with_listener(t.head)) \
                and not (on(PARTICIPLE_AFTER_WITH) and _participle_after_with(t.head, lang)) \
                and not (on(SOURCE_OF_A_DOCUMENT_S_REPORT) and t.i > t.head.i and doc[t.i - 1].text == "," and any(
                    c.dep_ in lang.dep.subjects and c.lemma_.lower() in lang.document_nouns and c.i < t.head.i
                    for c in t.head.children)):
            return None  # the speech verb's own finding covers the sentence
        sent = t.sent
        if on(ACCORDING_TITLED_NAME):  # "according to Westmark Senator Ana Lind, ...": the senator
            j = p_end + 1
            while j < sent.end and doc[j].lower_.rstrip(".") in lang.titles and doc[j].is_title:
                j += 1
            name = entity_at(doc, j) if j > p_end + 1 else None
            if name is not None and name.start == j and name.label_ == lang.ent.person:
                pobj, p_end = name.root, name.end - 1
        if on(ACCORDING_SOURCE_ASIDE) and p_end + 3 < sent.end and doc[p_end + 1].text == "," \
                and doc[p_end + 2].tag_ in lang.participle_tags | lang.gerund_tags:
            aside = doc[p_end + 2]
            close = aside.right_edge.i + 1
            if close + 1 < sent.end and doc[close].text == "," and aside.left_edge.i == aside.i:
                p_end = close - 1  # "According to the survey, published on Monday, ..."
        if on(ACCORDING_SOURCE_NO_QUANTITY):
            d, quantities = lang.dep, lang.ent.quantities
            amount = next((c for c in pobj.children if c.dep_ in (d.appos, d.conj) and c.i > pobj.i
                           and (c.ent_type_ in quantities or c.pos_ == "NUM")), None)
            if amount is not None:
                p_end = amount.left_edge.i - 1
        if on(ACCORDING_DOCUMENT_S_RELATIVE_READ_AS_THE_SUBJECT) and p_end == pobj.i and pobj.pos_ == "NOUN" \
                and (pobj.lemma_.lower() in lang.document_nouns or pobj.lower_ in lang.document_nouns):
            d = lang.dep  # "According to figures the council published in January, A", `the council` parsed as A's
            owner = next((c for c in t.head.children if c.dep_ in d.subjects and c.left_edge.i == p_end + 1), None)
            issued = next((c for c in owner.children if c.dep_ in (d.acl, d.relcl) and c.i > owner.i
                           and c.lemma_.lower() in lang.issuing_verbs and c.tag_ in lang.past_tags),
                          None) if owner is not None else None
            close = issued.right_edge.i + 1 if issued is not None else None
            if close is not None and close + 1 < sent.end and doc[close].text == "," \
                    and any(c.dep_ in d.subjects and c.i > close for c in t.head.children):
                pobj, p_end = owner, close - 1  # the council, A's subject after the comma
        if on(ACCORDING_SUBJECT_AS_CONJUNCT):
            # "According to the researchers, burial of cats was common": the parser listed the subject of a
            # verb left without one with the source; the source ends at its comma
            d = lang.dep
            verb = t.head
            subject = next((c for c in pobj.children if c.dep_ == d.conj and c.i > pobj.i
                            and doc[c.left_edge.i - 1].text == "," and c.right_edge.i + 1 == verb.i), None)
            if subject is not None and verb.pos_ in ("VERB", "AUX") \
                    and not any(c.dep_ in d.subjects for c in verb.children):
                p_end = subject.left_edge.i - 2
        return cue, pobj, p_end

    def _clause_bounds(self, t, p_start: int, p_end: int) -> tuple[int, int]:
        """The first and last token of the clause a source set off at [p_start, p_end] vouches for: its
        sentence, cut at semicolons, after a colon's lead-in, or the subordinate clause it stands in."""
        doc, lang = self.doc, self.lang
        sent = t.sent
        start, end = sent.start, sent.end - 1
        if on(ACCORDING_WITHIN_SEMICOLONS):  # "A; B, according to X, C": X says B and C, not A
            start = next((i + 1 for i in range(p_start - 1, sent.start - 1, -1) if doc[i].text == ";"), start)
            end = next((i - 1 for i in range(p_end + 1, sent.end) if doc[i].text == ";"), end)
        if on(ACCORDING_AFTER_A_COLON):  # "A: B, according to X, C": the lead-in before the colon is the writer's
            start = next((i + 1 for i in range(p_start - 1, start - 1, -1) if doc[i].text == ":"), start)
        if on(ACCORDING_IN_A_SUBORDINATE):
            clause = t.head
            mark = next((c for c in clause.children if c.dep_ == lang.dep.mark
                         and c.lower_ in lang.subordinate_marks), None)
            if clause.dep_ == lang.dep.advcl and mark is not None and mark.i == clause.left_edge.i \
                    and start <= mark.i and clause.right_edge.i < end:
                start, end = mark.i + 1, clause.right_edge.i
        return start, end

    def _according_quoting(self, t, p_end: int, start: int, end: int) -> bool:
        """Whether the sentence of a source at ``t``..``p_end`` quotes words in the clause it vouches for
        (``start``..``end``); a quoted name in the source itself and a quotation past a semicolon in a clause
        with its own subject do not count."""
        doc = self.doc
        sent = t.sent
        p_start = t.i
        named_end = p_end  # `according to the charity "Bread for All"`: the closing mark hung elsewhere
        while named_end + 1 < sent.end and self._inside[named_end + 1] and (
                doc[named_end + 1].is_quote or on(QUOTATION_IN_THE_SOURCE_S_CLAUSE) and doc[named_end + 1].is_punct
                and any(c.dep_ == self.lang.dep.relcl for c in doc[p_start: p_end + 1])):
            named_end += 1
        quoting = any(self._inside[i] for i in range(sent.start, sent.end)
                      if not (on(QUOTED_NAME_IN_THE_SOURCE) and p_start <= i <= named_end))
        if quoting and on(ACCORDING_WITHIN_SEMICOLONS) and not any(self._inside[i] for i in range(start, end + 1)):
            # "According to X, A; critics called it "B"": a quotation past a semicolon, in a clause with its
            # own subject, is no part of what X says
            subjects = self.lang.dep.subjects
            rest = (u for u in doc[sent.start: sent.end] if not start <= u.i <= end and not self._inside[u.i])
            if any(u.pos_ == "VERB" and any(g.dep_ in subjects and not self._inside[g.i] for g in u.children)
                   for u in rest):
                quoting = False
        return quoting

    def _description_only(self, a: int, b: int) -> bool:
        """Whether tokens ``a``..``b`` are a noun phrase alone: no verb but inside a relative clause of its own."""
        d = self.lang.dep
        within = {t.i for x in self.doc[a:b + 1] if x.dep_ in (d.relcl, d.acl) for t in x.subtree}
        return not any(t.pos_ in ("VERB", "AUX") and t.i not in within for t in self.doc[a:b + 1])

    def _according_parts(self, t, pobj, p_end: int, start: int, end: int, quoting: bool) -> list[tuple[int, int]]:
        """The character spans of what a source at ``t``..``p_end`` says, within its clause ``start``..``end``:
        the text before and after the source phrase, each long enough to be a report; [] for none."""
        doc, lang = self.doc, self.lang
        p_start = t.i
        if on(ACCORDING_AFTER_BUT):  # "A specified no cause, but, according to X, B": A is the writer's
            but = next((i for i in range(p_start - 1, start - 1, -1) if doc[i].lower_ in
                        lang.contrast_conjunctions and doc[i].dep_ == lang.dep.cc), None)
            if but is not None and all(doc[j].is_punct for j in range(but + 1, p_start)):
                start = but + 1
        if on(ACCORDING_AFTER_AND) and p_start >= 2 and doc[p_start - 1].is_punct \
                and doc[p_start - 2].lower_ in lang.coordinators:
            start = max(start, p_start - 1)  # "A and, according to X, B": X vouches for B only
        if on(RELATIVE_AS_CONJUNCT) and p_end + 1 < end and doc[p_end + 1].lower_ in lang.relative_pronouns \
                and doc[p_end + 1].dep_ == lang.dep.nsubj:
            end = p_end  # "according to the Tarn Times who reported that ...": the Times' own report
        if on(ACCORDING_AFTER_AND) and p_end >= end - 1:
            # "A and, according to X, the most militant": with nothing after it, an apposed common noun is B
            d = lang.dep
            said = next((c for c in pobj.children if c.dep_ == d.appos and c.pos_ == "NOUN" and not c.ent_type_
                         and doc[c.left_edge.i - 1].text == ","), None)
            if said is not None:
                p_end = said.left_edge.i - 1
        before = self._trim(start, p_start - 1)
        after = self._trim(p_end + 1, end)
        if on(ACCORDING_THEN_AND_CLAUSE) and before[0] <= before[1] and after[0] <= after[1] \
                and doc[after[0]].lower_ in lang.coordinators and any(
                    g.dep_ in lang.dep.subjects and g.head.pos_ in ("VERB", "AUX") and g.i > after[0]
                    and after[0] < g.head.i <= after[1] and not self._inside[g.i] for g in doc[after[0]: after[1] + 1]):
            after = (after[0], after[0] - 1)  # "A, according to X, and B has ...": X vouches for A only
        if on(ACCORDING_ENDS_AT_BUT):
            # "According to X, A would succeed, but that office is vacant": the contrast is the writer's
            but = next((u for u in doc[after[0]: after[1] + 1] if u.dep_ == lang.dep.cc
                        and u.lower_ in lang.contrast_conjunctions and doc[u.i - 1].text == ","
                        and u.head.dep_ != lang.dep.conj), None)
            if but is not None:
                after = self._trim(after[0], but.i - 1)
        if on(PARTICIPLE_AFTER_THE_SOURCE) and before[0] < before[1] and after[0] <= after[1] \
                and doc[after[0] - 1].text == "," and doc[after[0]].tag_ in lang.gerund_tags \
                and not any(c.dep_ in lang.dep.subjects for c in doc[after[0]].children):
            after = (after[0], after[0] - 1)  # "A, according to IQAir, making it the most polluted city": the writer's
        if on(SOURCE_DESCRIBED_AFTER) and before[0] < before[1] and after[0] <= after[1] \
                and doc[after[0] - 1].text == "," \
                and doc[after[0]].pos_ == "DET" and self._description_only(after[0], after[1]) \
                and not (p_start >= 2 and doc[p_start - 2].lower_ in lang.coordinators):  # "A and, according to X, B"
            after = (after[0], after[0] - 1)  # "..., the largest of the five unions that called it": the source's
        parts = []
        for a, b in (before, after):
            if a <= b and len([x for x in doc[a:b + 1] if not x.is_punct]) >= 3:
                parts.append((a, b))
            elif a <= b and on(ACCORDING_MID_SENTENCE) and (a, b) == before and after[0] <= after[1] and any(
                    x.dep_ in lang.dep.subjects and after[0] <= x.head.i <= after[1] for x in doc[a:b + 1]):
                parts.append((a, b))  # "The plan, according to the minister, will cost more": its subject
        if quoting:
            # "According to NAME, the outbreak is "unprecedented."": the clause holding a partial quotation
            # is reported too; a part that is a quotation is a direct quote, not a report
            parts = [(a, b) for a, b in parts if not self._inside[a] and self._holds_quotation(a, b)
                     and any(self._inside[i] for i in range(a, b + 1))
                     and not any(doc[i].text == ";" for i in range(a, b + 1))]
            if len(parts) != 1:
                return []
        return [(doc[a].idx, doc[b].idx + len(doc[b].text)) for a, b in parts]

def _campus(tok) -> bool:
    """`Los Angeles` in `the University of California, Los Angeles`: a place set off by a comma inside a name."""
    ent = entity_at(tok.doc, tok.i)
    return ent is not None and ent.start < tok.i and any(t.text == "," for t in tok.doc[ent.start: tok.i])

