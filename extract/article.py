"""Turn one article's parsed paragraphs into its findings: actors and attributed quotes.

The order matters: actors first (every name of the article, so that a surname
in paragraph 2 finds the full name from paragraph 9), then quotations
paragraph by paragraph, then the decisions that need neighbouring paragraphs
(a quote interrupted by its attribution, quotations running over paragraphs,
block quotes signed on the next line, turn-taking), then speakers in text order.
"""

from __future__ import annotations

import hashlib
import re

from . import SPLIT
from .actors import ORG, PERSON, Mention, Registry, actors_out, collect_actors
from .actors.repair import repair_entities
from .described import pronoun_roles
from .docs import sentence_of, set_quotations, set_text, text_of, token_at, tokens_between
from .marks import DOUBLE_MARKS, Quoted, strip_runons
from .quotes import HOW_AFTER, HOW_BEFORE, HOW_NONE, HOW_WITHIN, Finding, ParagraphQuotes, last_non_space, subject_of
from .rules import on, rule
from .speakers import Resolver

_STOP_INSIDE = re.compile(r"[.!?]\s")  # a sentence ending before the end of the text
_STOP_NOT_AFTER_AN_INITIAL = re.compile(r"(?<!\b[A-Z])[.!?]\s")  # the same, but not the stop of `U.S. ` or `J. `

MERGE_SPLIT = rule("quote-split-by-its-attribution", "`\"A,\" she said. \"B.\"`: one quote, its parts joined")
SIGNED = rule("signed-block", "a paragraph reading `– Court of Justice` signs the paragraph above it")
SIGNATURE_NAME = rule("signature-names-its-signer", "`– Judge Ana Ruiz, \"Order\"`: a signature's name ends at "
                      "its comma (a work or a date follows), and a person named in it signs as that person")
SIGNED_RUN = rule("signed-block-runs-to-its-colon", "`The judge wrote:` then two paragraphs, then `– Judge NAME`: "
                  "the signature signs every paragraph of the block back to the colon that opened it")
PARTIAL_NOT_SPLIT = rule("partial-quotation-is-no-split-quote", "`NAME said the levy \"costs billions,\" further "
                         "saying, \"B.\"`: a quotation opening inside its sentence is a partial one, and the one "
                         "after its attribution another quote, not its second half")
LONG_ATTRIBUTION = rule("attribution-sentence-between-a-split-quote", "`\"A,\" said NAME, whose side lost at "
                        "this stage a year ago. \"B.\"`: however long the attribution, when it is one sentence between "
                        "the two quotations they are one quote split by it")
NARRATION_PARTS_QUOTES = rule("sentence-of-narration-between-quotations-parts-them", "`\"A,\" said NAME. She "
                              "admitted it broke the rules. \"B?\"`: a whole sentence of narration between two "
                              "quotations, after the attribution, makes them two quotes, not one split by it")
OPENING_QUOTATION_BEFORE_ITS_VERB = rule("quotation-opening-its-sentence-before-its-verb", "`\"A,\" Tarn bowling "
                                        "coach NAME said. \"B.\"`: a quotation that opens its sentence, its speech "
                                        "verb after it, is one interrupted by its attribution, however the parser "
                                        "hung the words around it")
INITIALS_END_NO_SENTENCE = rule("initials-end-no-sentence", "`\"A,\" said NAME, head of a U.S. patient group. "
                                "\"B.\"`: the stop of an initial (`U.S.`, `J.`) ends no sentence of the attribution")
TITLE_S_STOP_ENDS_NO_SENTENCE = rule("title-s-stop-ends-no-sentence", "`\"A,\" said Dr. NAME, chairman of the "
                                     "agency, speaking to reporters. \"B.\"`: the stop of a shortened title (`Dr.`, "
                                     "`Prof.`) ends no sentence of the attribution")
TURN_TAKING = rule("turn-taking", "a quotation with no cue continues the last speaker's turn")
REST_TAKES_THE_SPEAKER = rule("rest-of-a-quotation-takes-its-speaker", "`\"How can I ask them?` then `\"I have "
                              "waited five months.\"`, after a quote of Brandt's: the paragraph taking up a "
                              "quotation left open is the speaker's that the open part was given")
REPORT_WHOLLY_QUOTED = rule("report-wholly-quoted-is-the-quotation", "`said A, but that \"outsiders should stop.\"`: a "
                            "report whose words are all one quotation is that quotation, given once, as a direct quote")
INTERVIEW_TURNS = rule("interview-turns", "`((Ana Ruiz))  I saw the notice ...`: a paragraph opening an interview "
                       "turn with its speaker's name, and the unmarked paragraphs that continue the turn, are that "
                       "speaker's words, reports inside them included")
INTERVIEWER_S_TURN = rule("interviewer-s-turn", "`((WN))  You said that the council should merge. Can you tell us "
                          "why?`: in an interviewer's turn, `you` is the person interviewed and a report in the past "
                          "is theirs; the interviewer's own words and requests are no quotes")
PRESENT_STATEMENT = rule("interviewee-s-standing-statement", "`((WN))  On your website you state \"...\"`: in an "
                         "interviewer's turn, `you` stating in the present tense, neither asked nor supposed "
                         "(`If you say ...`), is the interviewee's report")
QUESTION_PUT = rule("a-question-put-reports-nothing", "`((WN))  How do your teammates describe you?`: a question "
                    "the interviewer puts reports nothing, whoever it names as speaking")
NARRATIVE_BETWEEN_TURNS = rule("narrative-between-turns", "`((Ana Ruiz))  ...` then `Having won the race, Ana Ruiz "
                               "retired.`: an unmarked paragraph naming the person who answered, with no word "
                               "for oneself, is the writer's narrative, no continuation of the answer; the answer "
                               "ends before it")
TRANSLATED_ANSWER = rule("answer-ends-at-its-translation", "`((Ana Ruiz))  We stayed. ((es))Spanish language: Nos "
                         "quedamos.`: an answer ends where a language label gives it again in another language")
SPEAKER_WHERE_IT_GOES_ON = rule("quotation-attributed-where-it-goes-on", "`\"We played well.` then `\"Tom was "
                                "brilliant,\" he said.`: a quotation left open at its paragraph's end, taken up by "
                                "the next paragraph's opening mark, is said by whoever says the rest")
FEELING_THEN_QUOTED = rule("quotation-after-a-state-of-mind", "`..., leaving Ingram unimpressed. \"One of them was "
                           "questionable.\"`, `NAME was furious. \"...\"`: a quotation after a sentence telling how "
                           "someone felt, or how they spoke as an object's predicate, is theirs")
MANNER_THEN_QUOTED = rule("quotation-after-a-manner-of-speaking", "`NAME was defiant. \"We will strike ...\"`: a "
                          "quotation standing as its own sentence, or as the whole of the next paragraph, after a "
                          "sentence that says how someone spoke (`was blunt`, `was adamant`) is theirs")
SPOKE_OF_THEN_QUOTED = rule("quotation-after-a-sentence-of-speaking", "`NAME spoke of leaving her job. \"In my first "
                            "year ...\"`: a quotation standing as its own sentence after one in which someone "
                            "speaks is theirs")
REST_ATTRIBUTED_BEATS_THE_SENTENCE_BEFORE = rule(
    "quotation-going-on-to-its-attribution-beats-the-sentence-before", "`The union said it had heard such promises "
    "before. \"We were told the same thing in August.` then `\"This time we stay out,\" NAME said.`: a quotation "
    "left open at its paragraph's end whose rest opens the next paragraph with a cue of its own is said by whoever "
    "says the rest, not by a body or group (no person named) that the sentence before it reports")

_SIGNATURE = re.compile(r"^[–—-]\s*(\S.{0,80})$")
# An interview turn's label: `((Ana Ruiz))  ...` (a transcript's mark of who speaks), or `Ana Ruiz: ...` where the
# same label opens two paragraphs or more (never a single `Update:` line).
_TURN = re.compile(r"^\(\((?P<label>[^()\n]{1,60})\)\)\s+(?=\S)")
_COLON_TURN = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+(?=\S)")
_LANGUAGE_MARK = re.compile(r"\(\([a-z]{2,3}(?:-[A-Za-z]+)?\)\)\s*$")  # "((hi))" before "Hindi language:"


def quote_id(para: int, text: str) -> str:
    """A quote's identity is its words, not where they stand: the paragraph number is deliberately
    not part of it, so an inserted or moved paragraph leaves ids (and an editor's work on them) alone."""
    digest = hashlib.blake2s(" ".join(text.split()).lower().encode(), digest_size=4).hexdigest()
    return f"q-{digest}"


def article_findings(paragraph_texts: list[str], docs: list, lang) -> dict:
    """Actors and quotes of one article (``{"actors": [...], "quotes": [...]}``); ``docs`` are the
    parsed paragraphs, in order, and ``lang`` the words and labels of their language."""
    registry, quotes = _attributed_quotes(paragraph_texts, docs, lang)
    return {"actors": actors_out(registry, quotes), "quotes": quotes}


def _attributed_quotes(paragraph_texts: list[str], docs: list, lang) -> tuple[Registry, list[dict]]:
    n = len(docs)
    first_seen: dict[str, int] = {}
    duplicate = [False] * n
    for k, text in enumerate(paragraph_texts):
        key = " ".join(text.split())
        duplicate[k] = key in first_seen
        first_seen.setdefault(key, k)

    quoted = strip_runons(paragraph_texts)
    for doc, spans, text in zip(docs, quoted, paragraph_texts, strict=True):
        set_text(doc, text)
        set_quotations(doc, spans)  # one notion of "inside a quotation" for every rule (docs.quoted_at)
        repair_entities(doc, lang)
    registry = Registry(lang)
    mentions = collect_actors(registry, docs, quoted, lang)
    findings: list[Finding] = []
    for k, doc in enumerate(docs):
        pq = ParagraphQuotes(doc, k + 1, quoted[k], lang)
        if duplicate[k]:
            continue
        findings += _merge_split(pq.direct(), doc, lang) if on(MERGE_SPLIT) else pq.direct()
        findings += pq.reported()
    if on(SIGNED):
        findings += _signed_blocks(paragraph_texts, docs, findings, duplicate, lang)
    if on(INTERVIEW_TURNS):
        findings += _interview_turns(paragraph_texts, findings, duplicate, lang, docs)
    findings.sort(key=lambda f: (f.para, f.start))
    if on(REPORT_WHOLLY_QUOTED):
        findings = _wholly_quoted_once(findings, paragraph_texts)

    resolver = Resolver(registry, mentions, lang, docs)
    pronoun_roles(docs, resolver, registry, lang)
    quotes = []
    last_direct: dict | None = None
    for f in findings:
        doc = docs[f.para - 1]
        speaker = None
        waits: object = _NOT_WAITING  # for a quote said by whoever says the rest: turn-taking's answer meanwhile
        if "signature" in f.extra:  # a speaker the text names by its layout: a signature, an interview turn
            sig, person = f.extra["signature"], f.extra["person"]
            if person:
                speaker = (registry.lookup(person) or registry.add(person, PERSON, (f.para, 0))).id
            else:
                speaker = (registry.lookup(sig) or registry.add_body(sig, ORG, (f.para, 0))).id
        elif f.how == HOW_NONE:
            intro = _colon_before(f, docs, quoted, paragraph_texts, lang)
            if intro is not None:
                speaker = resolver.resolve(docs[f.para - 2], f.para - 1, intro.i)
                f.how, f.cue = "colon", ":"
            else:
                # "..., leaving NAME unimpressed": how someone was left feeling names them before the main verb
                intro = _feeling_before(f, docs, paragraph_texts, lang) if on(FEELING_THEN_QUOTED) else None
                if intro is None and on(SPOKE_OF_THEN_QUOTED):
                    intro = _speaking_before(f, docs, paragraph_texts, lang)
                if intro is None and on(MANNER_THEN_QUOTED):
                    intro = _manner_before(f, docs, paragraph_texts, lang)
                if intro is not None and on(SPEAKER_WHERE_IT_GOES_ON) and not _names_a_person(intro[1], lang) \
                        and _goes_on(f, quoted) and _rest_cued(f, findings) \
                        and on(REST_ATTRIBUTED_BEATS_THE_SENTENCE_BEFORE):
                    intro = None  # "The union said ... \"We were told ..." then "\"...,\" NAME said.": NAME's
                if intro is not None:
                    cue, subj, k = intro
                    speaker = resolver.resolve(docs[k - 1], k, subj.i)
                    f.how, f.cue = HOW_BEFORE, cue.text
                else:
                    speaker = _turn_taking(f, doc, last_direct, paragraph_texts)
                    if on(SPEAKER_WHERE_IT_GOES_ON) and _goes_on(f, quoted) \
                            and (not _continues(f, last_direct) or "_waits" in last_direct):
                        # the speaker is known once the rest is: until then, who turn-taking gives if anyone
                        waits = _DROP if _continues(f, last_direct) else speaker
                        speaker = None
            if speaker is _DROP:
                continue
        else:
            speaker = resolver.resolve(doc, f.para, f.speaker_tok, f.parts)
            if speaker and f.speaker_tok is not None:
                resolver.note(Mention(speaker, f.para, sentence_of(doc)[f.speaker_tok], f.speaker_tok, True))
        text = SPLIT.join(paragraph_texts[f.para - 1][a:b].strip() for a, b in f.parts)
        q = {"id": quote_id(f.para, text), "kind": f.kind, "speaker": speaker, "text": text,
             "paragraph": f.para, "start": f.parts[0][0], "end": f.parts[-1][1],
             "cue": f.cue}
        if len(f.parts) > 1:
            q["parts"] = [[a, b] for a, b in f.parts]
        if f.kind == "direct":
            q["_runs_on"] = bool(f.quoted and f.quoted.runs_on)
            if waits is not _NOT_WAITING:
                q["_waits"] = waits
            last_direct = q
        quotes.append(q)
    quotes = _said_where_it_goes_on(quotes)
    for q in quotes:
        q.pop("_runs_on", None)
        if q["speaker"]:
            registry.get(q["speaker"]).paragraphs.add(q["paragraph"])
    _dedupe_ids(quotes)
    return registry, quotes


_DROP = object()
_NOT_WAITING = object()
_OPENING_MARK = 2  # a quote starting at or before this offset opens its paragraph (after `"`, `“` or ``` `` ```)


def _wholly_quoted_once(findings: list[Finding], texts: list[str]) -> list[Finding]:
    """The findings without each report whose words are all one of its paragraph's direct quotes, within its marks;
    that quote, when no speaker was found for it, takes the report's attribution (`and that "nobody called."`)."""
    kept = []
    for f in findings:
        quote = _quote_it_is(f, findings, texts)
        if quote is None:
            kept.append(f)
        elif quote.speaker_tok is None and f.speaker_tok is not None:
            quote.how, quote.cue, quote.speaker_tok = f.how, f.cue, f.speaker_tok
    return kept


def _quote_it_is(f: Finding, findings: list[Finding], texts: list[str]) -> Finding | None:
    """The direct quote whose words, within their marks, are all the report ``f`` holds, or None."""
    if f.kind != "indirect" or len(f.parts) != 1:
        return None
    a, b = f.parts[0]
    words = texts[f.para - 1][a:b].strip()
    if len(words) < 3 or words[0] not in DOUBLE_MARKS or words[-1] not in DOUBLE_MARKS:
        return None
    inner = words[1:-1].strip()
    if any(m in inner for m in DOUBLE_MARKS):
        return None
    return next((g for g in findings if g.kind == "direct" and g.para == f.para and len(g.parts) == 1
                 and texts[g.para - 1][g.parts[0][0]: g.parts[0][1]].strip() == inner), None)


def _goes_on(f: Finding, quoted: list[list[Quoted]]) -> bool:
    """Whether a quotation is left open at its paragraph's end and the next paragraph takes it up: opening with
    a mark, or quoted from its start up to a closing mark (``marks``)."""
    nxt = quoted[f.para] if f.para < len(quoted) else []
    return f.quoted is not None and f.quoted.runs_on and bool(nxt) and nxt[0].open_at == 0


def _rest_cued(f: Finding, findings: list[Finding]) -> bool:
    """Whether the quotation opening the paragraph after ``f``'s (the rest of ``f``'s quotation) has a cue of its
    own (`"This time we stay out," NAME said.`)."""
    return any(g.para == f.para + 1 and g.kind == "direct" and g.parts[0][0] <= _OPENING_MARK
               and g.how in (HOW_AFTER, HOW_BEFORE, HOW_WITHIN) for g in findings)


def _names_a_person(tok, lang) -> bool:
    """Whether a subject is a person's name or a pronoun for one person (`he`, `she`)."""
    return tok.ent_type_ == lang.ent.person or tok.lower_ in lang.person_pronouns


def _continues(f: Finding, last: dict | None) -> bool:
    """Whether a quotation continues the last direct quote, left open at the end of the paragraph before."""
    return last is not None and last["paragraph"] == f.para - 1 and bool(last.get("_runs_on"))


def _said_where_it_goes_on(quotes: list[dict]) -> list[dict]:
    """Each waiting quote given the speaker of the quote opening the next paragraph (the rest of its quotation),
    last first so that a run over three paragraphs passes its speaker back; where the rest has none, turn-taking's
    answer; with none at all, the quote is dropped."""
    dropped = set()
    for k in range(len(quotes) - 1, -1, -1):
        q = quotes[k]
        if "_waits" not in q:
            continue
        waits = q.pop("_waits")
        rest = next((r for r in quotes[k + 1:] if r["paragraph"] == q["paragraph"] + 1 and r["kind"] == "direct"
                     and r["start"] <= _OPENING_MARK and r["speaker"]), None)
        if rest is not None:
            q["speaker"] = rest["speaker"]
        elif waits is _DROP or waits is None:
            dropped.add(k)
        else:
            q["speaker"] = waits
    kept = [q for k, q in enumerate(quotes) if k not in dropped]
    if on(REST_TAKES_THE_SPEAKER):
        for q, r in zip(kept, kept[1:]):
            if q["kind"] == r["kind"] == "direct" and q.get("_runs_on") and q["speaker"] and r["speaker"] is None \
                    and r["paragraph"] == q["paragraph"] + 1 and r["start"] <= _OPENING_MARK:
                r["speaker"] = q["speaker"]  # the rest of a quotation whose opening part waited for its speaker
    return kept


def _colon_before(f: Finding, docs, quoted, texts, lang):
    """`He said:` ending the paragraph before a quotation that opens its own: the speaker's token."""
    if f.para < 2 or f.quoted is None or texts[f.para - 1][:f.quoted.open_at].strip():
        return None
    return ParagraphQuotes(docs[f.para - 2], f.para - 1, quoted[f.para - 2], lang).colon_speaker()


def _sentence_before(f: Finding, docs, texts: list[str], whole_paragraph: bool):
    """(sentence, paragraph) just before a quotation with no cue of four or more words that stands as a sentence
    of its own; with ``whole_paragraph``, also the last sentence of the paragraph before one the quotation is the
    whole of. None when there is none, or when that sentence quotes someone already (that quotation has its own
    speaker)."""
    q = f.quoted
    if q is None or len(texts[f.para - 1][q.start:q.end].split()) < 4:
        return None
    text, doc = texts[f.para - 1], docs[f.para - 1]
    before = last_non_space(text, q.open_at)
    tok = next((t for t in doc if t.idx >= q.open_at), None)
    if tok is None:
        return None
    if before >= 0 and text[before] in ".!?" and tok.sent.start > 0:
        previous, k = doc[tok.sent.start - 1].sent, f.para
    elif before < 0 and whole_paragraph and f.para >= 2 and q.close_at is not None \
            and not text[q.close_at + 1:].strip() and len(docs[f.para - 2]):
        previous, k = docs[f.para - 2][-1].sent, f.para - 1
    else:
        return None
    if any(t.text in ('"', "“", "”") for t in previous):
        return None
    return previous, k


def _speaking_before(f: Finding, docs, texts: list[str], lang):
    """`Painter NAME spoke of leaving her job. "In my first year, ..."`: (verb, subject, paragraph) of the sentence
    just before a quotation with no cue that stands as a whole sentence of its own, when that sentence's main verb
    is one of speaking or reporting (`spoke of`, `told of`, `recalled`) with a subject; else None."""
    found = _sentence_before(f, docs, texts, whole_paragraph=False)
    if found is None:
        return None
    root = found[0].root
    lemma = root.lemma_.lower()
    if root.pos_ != "VERB" or lemma not in lang.cue_verbs and lemma not in lang.speaking_verbs:
        return None
    subj = subject_of(root, lang)
    return (root, subj, found[1]) if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") else None


def _manner_before(f: Finding, docs, texts: list[str], lang):
    """`NAME was defiant. "We will strike ..."`: (adjective, subject, paragraph) of the sentence just before a
    quotation with no cue that stands as a sentence of its own (or as the whole of the next paragraph), when that
    sentence says how its subject spoke; else None."""
    found = _sentence_before(f, docs, texts, whole_paragraph=True)
    if found is None:
        return None
    return _said_of_its_subject(found, lang.speaking_manners, lang)


def _said_of_its_subject(found, words, lang):
    """(adjective, subject, paragraph) when the sentence ``found`` (a sentence and its paragraph) is a copula whose
    complement is one of ``words`` (`NAME was defiant`, `NAME was furious`), its subject a name, noun or pronoun."""
    root = found[0].root
    said = next((c for c in root.children if c.dep_ == lang.dep.acomp and c.lemma_.lower() in words),
                None) if root.lemma_ == lang.copula else None
    subj = subject_of(root, lang) if said is not None else None
    return (said, subj, found[1]) if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") else None


def _feeling_before(f: Finding, docs, texts: list[str], lang):
    """`Ingram was furious. "..."`, `..., leaving Ingram unimpressed. "..."`: (adjective, whom it describes,
    paragraph) of the sentence just before a quotation with no cue, when it tells how someone felt (a copula's
    complement) or how they felt or spoke (an object's predicate); else None."""
    found = _sentence_before(f, docs, texts, whole_paragraph=True)
    if found is None:
        return None
    moods = lang.feelings | lang.speaking_manners
    d = lang.dep
    for t in found[0]:  # "left NAME unimpressed": the adjective an object's predicate, or a small clause's
        if t.dep_ in (d.oprd, d.ccomp, d.xcomp) and t.pos_ == "ADJ" and t.lemma_.lower() in moods:
            whom = next((c for c in t.children if c.dep_ == d.nsubj), None) \
                or next((c for c in t.head.children if c.dep_ == d.dobj), None)
            if whom is not None and whom.pos_ in ("PROPN", "NOUN", "PRON"):
                return t, whom, found[1]
    return _said_of_its_subject(found, lang.feelings, lang)


def _turn_taking(f: Finding, doc, last: dict | None, texts: list[str]):
    """A quotation with no cue of its own: it continues the last speaker's turn, or is not a quote."""
    q = f.quoted
    inner = texts[f.para - 1][q.start:q.end]
    words = inner.split()
    if not on(TURN_TAKING):
        return _DROP
    continues = last is not None and (last["paragraph"] == f.para - 1 and last.get("_runs_on"))
    if continues:
        return last["speaker"]
    has_verb = any(doc[i].pos_ in ("VERB", "AUX") for i in tokens_between(doc, q.start, q.end))
    text = texts[f.para - 1]
    before = last_non_space(text, q.open_at)
    whole_sentence = q.open_at == 0 or before >= 0 and text[before] in (".", "!", "?", ":")
    if len(words) >= 6 and has_verb and whole_sentence and last is not None \
            and f.para - last["paragraph"] <= 1 and last["speaker"]:
        return last["speaker"]
    return _DROP


def _opens_inside_a_sentence(doc, open_at: int) -> bool:
    """Whether a quotation mark follows a word of its sentence, as a partial quotation's does (`said the use
    "costs ..."`), not a comma or a colon (`wrote of his friend, "..."`)."""
    tok = token_at(doc, open_at)
    return tok is not None and tok.i > 0 and doc[tok.i - 1].is_alpha \
        and sentence_of(doc)[tok.i - 1] == sentence_of(doc)[tok.i]


def _opens_its_sentence_before_its_verb(doc, f: Finding) -> bool:
    """`"A," Tarn bowling coach NAME said.`, the quotation's words climbed to its verb (`bowling` read as a verb):
    a quotation opening its sentence whose speech verb stands after its closing mark."""
    opening, close = token_at(doc, f.quoted.open_at), token_at(doc, f.quoted.close_at or 0)
    verb = f.extra.get("verb")
    return f.how == HOW_WITHIN and opening is not None and close is not None and verb is not None \
        and verb > close.i and (opening.i == 0 or sentence_of(doc)[opening.i - 1] != sentence_of(doc)[opening.i])


def _merge_split(direct: list[Finding], doc, lang) -> list[Finding]:
    """`"A," she said. "B."` is one quote: its parts joined, attributed once."""
    out: list[Finding] = []
    for f in direct:
        prev = out[-1] if out else None
        if prev is not None and (prev.how == HOW_AFTER or on(OPENING_QUOTATION_BEFORE_ITS_VERB)
                                 and _opens_its_sentence_before_its_verb(doc, prev)) \
                and prev.quoted.close_at is not None:
            gap = text_of(doc)[prev.quoted.close_at + 1: f.quoted.open_at]
            same_verb = f.how in (HOW_BEFORE, HOW_WITHIN) and f.extra.get("verb") == prev.extra.get("verb")
            if (f.how == HOW_NONE or same_verb) and '"' not in gap \
                    and (len(gap.split()) <= 14 or on(LONG_ATTRIBUTION) and _one_sentence(gap, lang)) \
                    and not f.extra.get("completes") \
                    and not (on(PARTIAL_NOT_SPLIT) and _opens_inside_a_sentence(doc, prev.quoted.open_at)) \
                    and not (on(NARRATION_PARTS_QUOTES)
                             and _sentence_between(doc, prev.quoted.close_at, f.quoted.open_at)):
                prev.parts.append((f.quoted.start, f.quoted.end))
                prev.quoted = f.quoted
                continue
        out.append(f)
    return out


def _sentence_between(doc, close_at: int, open_at: int) -> bool:
    """Whether a whole sentence stands between a closing and an opening quotation mark: one that begins after the
    first quotation's sentence and ends before the second quotation (`..." said NAME. She admitted it. "...`)."""
    sents = sentence_of(doc)
    close, opening = token_at(doc, close_at), token_at(doc, open_at)
    if close is None or opening is None:
        return False
    inside = [t for t in doc[close.i + 1: opening.i] if not t.is_space]
    return any(t.is_sent_start and sents[t.i] != sents[opening.i] and sents[t.i] != sents[close.i]
               for t in inside[1:])  # not the attribution opening a sentence of its own (`"...?" NAME said. "..."`)


def _one_sentence(gap: str, lang) -> bool:
    """Whether the text between two quotations is one sentence of at most forty words, its end the only stop."""
    words = gap.split()
    if on(TITLE_S_STOP_ENDS_NO_SENTENCE):  # "said Dr. NAME, ...": the stop of `Dr.` ends no sentence
        gap = " ".join(w[:-1] if w.endswith(".") and k < len(words) - 1 and (
            w.lower() in lang.honorifics or w.lower()[:-1] in lang.titles) else w for k, w in enumerate(words))
    stop = _STOP_NOT_AFTER_AN_INITIAL if on(INITIALS_END_NO_SENTENCE) else _STOP_INSIDE
    return len(words) <= 40 and not stop.search(gap.strip()[:-1])


def _signed_blocks(texts, docs, findings, duplicate, lang) -> list[Finding]:
    """A paragraph reading `– European Court of Justice` signs the paragraph above it, or the block above it
    back to the colon that opened it."""
    out = []
    quoted_paras = {f.para for f in findings if f.kind == "direct"}
    for k, text in enumerate(texts):
        m = _SIGNATURE.match(text.strip())
        if not m or k == 0 or duplicate[k - 1] or k in quoted_paras:
            continue
        doc = docs[k]
        if any(t.pos_ == "VERB" for t in doc):
            continue
        signature, person = m.group(1), None
        if on(SIGNATURE_NAME):
            signature = signature.split(",")[0].strip()
            end = text.index(signature) + len(signature)
            person = next((e.text for e in doc.ents if e.label_ == lang.ent.person and e.end_char <= end), None)
        blocks = [k - 1]
        if on(SIGNED_RUN):  # back over unquoted paragraphs to the one whose colon opened the block
            j = k - 2
            while j >= 0 and k - 1 - j <= 4 and not duplicate[j] and j + 1 not in quoted_paras \
                    and not texts[j].rstrip().endswith(":"):
                j -= 1
            if j >= 0 and j < k - 2 and texts[j].rstrip().endswith(":"):
                blocks = list(range(j + 1, k))
        for b in blocks:
            findings[:] = [g for g in findings if g.para != b + 1]
            out.append(Finding(b + 1, "direct", [(0, len(texts[b]))], "signed", cue="–",
                               extra={"signature": signature, "person": person}))
    return out


def _turn_labels(texts: list[str], lang) -> list[tuple[str, int] | None]:
    """Each paragraph's interview-turn label and where its words start, or None (``_TURN``, ``_COLON_TURN``).
    A colon label is an interviewer's initials (`Q:`) or a full name (`Ana Ruiz:`), never a picture's credit
    (`Image:`), and marks turns only where some name opens two paragraphs or more."""
    labels = [(m.group("label").strip(), m.end()) if (m := _TURN.match(t)) else None for t in texts]
    if any(labels):
        return labels

    def turn(text: str):
        m = _COLON_TURN.match(text)
        if m is None:
            return None
        label = m.group("label")
        named = len(label.split()) >= 2 and label.split()[0].lower() not in lang.credit_labels
        return (label, m.end()) if named or label.isupper() and len(label) <= 4 else None

    colon = [turn(t) for t in texts]
    names = [c[0] for c in colon if c and not c[0].isupper()]
    return colon if any(names.count(n) >= 2 for n in names) else [None] * len(texts)


def _question_kept(f: Finding, doc, interviewee: str | None, lang) -> bool:
    """Whether what was found in the interviewer's turn stays: a report in the past whose speaker is `you` (`You
    said that ...`) does, as the interviewee's when the transcript names them (``f`` is given to them); the
    interviewer's own words (`I`, `we`, no speaker), questions put to the interviewee (`Can you tell us what
    ...`, `Did you say ...`) and cases put (`if you own a copy`) do not. A third party's report stays."""
    who = doc[f.speaker_tok] if f.speaker_tok is not None else None
    if who is None or who.lower_ in lang.first_person:
        return False
    verb = doc[f.extra["verb"]] if "verb" in f.extra else None
    asked = verb is not None and any(c.dep_ == lang.dep.aux and c.lower_ in lang.question_auxiliaries
                                     for c in verb.children)
    if on(QUESTION_PUT) and asked and verb.sent[-1].text == "?":
        return False  # "How do your teammates describe you?": a question put, whoever it names, reports nothing
    if who.lower_ not in lang.second_person or interviewee is None:
        return True
    stated = on(PRESENT_STATEMENT) and verb is not None and verb.tag_ in lang.finite_tags \
        and not any(c.dep_ in (lang.dep.mark, lang.dep.advmod) and c.i < verb.i for c in verb.children) \
        and verb.sent[-1].text != "?"  # "On your website you state "..."": what stands written, not "if you say"
    if verb is None or verb.tag_ not in lang.past_tags and not stated or asked:
        return False  # "Can you tell us what ...", "if you own a copy": a question or a case, not a report
    f.extra = {**f.extra, "signature": interviewee, "person": interviewee}
    return True


def _interview_turns(texts, findings, duplicate, lang, docs) -> list[Finding]:
    """An interview's answers: each paragraph a turn labelled with someone's name opens, and each unmarked one
    continuing it up to the next turn, is a direct quote of that person, in place of what was found inside it
    (its words are all theirs). In the interviewer's turns (``lang.interviewer_labels``, initials), what was
    found is kept or dropped by ``_question_kept``, `you` being the person who answers next."""
    labels = _turn_labels(texts, lang)
    last = max((k for k, label in enumerate(labels) if label), default=-1)
    named = [None if not label or label[0].isupper() or label[0].lower() in lang.interviewer_labels else label[0]
             for label in labels]
    answers: dict[int, tuple[str, int]] = {}  # paragraph index: (speaker, where the answer's words start)
    questions: dict[int, str | None] = {}  # paragraph index of an interviewer's turn: who answers it
    speaker = None
    for k, text in enumerate(texts[:last + 1]):
        start = labels[k][1] if labels[k] else 0  # unlabelled: an answer running on into another paragraph
        if not labels[k] and speaker is not None and on(NARRATIVE_BETWEEN_TURNS) and _names(text, speaker) \
                and not any(w in lang.first_person for w in re.findall(r"\w+", text.lower())):
            speaker = None  # "Having won ..., IM Dorsa Derakhshani decided ...": the writer's, between turns
        if labels[k]:
            speaker = named[k]
            if speaker is None and on(INTERVIEWER_S_TURN):  # the next turn's speaker answers this question
                questions[k] = next((n for n in named[k + 1:] if n), None) \
                    or next((n for n in reversed(named[:k]) if n), None)
        if speaker is not None and not duplicate[k] and start < len(text.rstrip()):
            answers[k] = (speaker, start)
    findings[:] = [f for f in findings if f.para - 1 not in answers and (
        f.para - 1 not in questions or "signature" in f.extra
        or _question_kept(f, docs[f.para - 1], questions[f.para - 1], lang))]
    return [Finding(k + 1, "direct", [(start, _answer_end(texts[k], start, lang))], "turn", cue=lang.interview_cue,
                    extra={"signature": who, "person": who}) for k, (who, start) in answers.items()]


def _names(text: str, who: str) -> bool:
    """Whether ``text`` names ``who`` by their surname (the last word of the turn's label), as a whole word:
    someone answering does not call themselves by their name (unless speaking of themselves: `me, NAME`)."""
    words = who.split()
    return len(words) > 1 and re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", text) is not None


def _answer_end(text: str, start: int, lang) -> int:
    """Where an answer's words end: the paragraph's end, or where a language label gives them again in another
    language (`We stayed. ((es))Spanish language: Nos quedamos.`)."""
    m = lang.translation_label.search(text, start) if on(TRANSLATED_ANSWER) else None
    if m is None:
        return len(text.rstrip())
    end = m.start()
    mark = _LANGUAGE_MARK.search(text, start, end)
    end = mark.start() if mark else end
    return len(text[:end].rstrip()) if text[start:end].strip() else len(text.rstrip())


def _dedupe_ids(quotes: list[dict]) -> None:
    """The same words quoted again get -2, -3... in text order, across the whole article."""
    seen: dict[str, int] = {}
    for q in quotes:
        base = q["id"]
        if base in seen:
            seen[base] += 1
            q["id"] = f"{base}-{seen[base]}"
        else:
            seen[base] = 1
