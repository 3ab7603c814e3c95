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

import bisect

from dataclasses import dataclass, field

from .lexicon import ADDRESSEE_VERBS, CITING_VERBS, DIRECT_ONLY_VERBS, DOCUMENT_NOUNS, JUDGING_VERBS, NEED_THAT, \
    OBJECT_CONTENT_VERBS, PHRASAL_REPORT_VERBS, REPORT_VERBS, SPEAKER_NOUNS
from .actors import sentence_of
from .marks import Quoted
from .rules import on, rule

CUE_VERBS = REPORT_VERBS | DIRECT_ONLY_VERBS | PHRASAL_REPORT_VERBS
REPORTING = REPORT_VERBS | PHRASAL_REPORT_VERBS | JUDGING_VERBS | CITING_VERBS

PHRASAL = rule("phrasal-verbs", "a verb with a particle is its own verb: `pointed out` reports, `called off` does not")
GERUND_AFTER_PREP = rule("gerund-after-preposition", "`closed by saying ...`: the speaker performs the verb the "
                         "preposition hangs on")
QUOTED_AS_SAYING = rule("quoted-as-saying", "`quoted X as saying ...`: the words are X's, not the quoting outlet's")
SHORT_AFTER = rule("cue-after-a-closed-sentence", "`\"Why now?\" Rubio asked.`: a quotation ending its sentence "
                   "is attributed by a bare subject and cue verb right after it")
CALL_FRAME = rule("call-needs-a-predicate", "`called the plan a disgrace` reports, `called the race for X` does not")
APPOSED_NAME = rule("apposed-name-before-the-verb", "`ORG's director, NAME, said`: the person named in apposition "
                    "right before the verb speaks, whatever the parser made the subject")
ADDRESSEE = rule("addressee-is-not-the-speaker", "`NAME ..., told Reuters \"...\"` with no subject arc: the "
                 "name before the verb speaks, never the one told")
MIXED_QUOTE = rule("reported-clause-holding-a-quotation", "`said the deal was \"a disgrace\" and would fail`, `said "
                   "the singer known as \"Queen B\" would tour`: the reported clause is reported whole, besides the "
                   "quotation inside it")
BY_AGENT = rule("passive-by-agent", "`dismissed as \"a fantasy\" by NAME`: the agent of a passive speaks")
MID_SENTENCE = rule("attribution-in-mid-sentence", "`The plan, NAME said, will cost more`: the sentence around the "
                    "attribution is the report, in two parts")
NOUN_CONTENT = rule("noun-with-a-content-clause", "`denied reports that ...`, `cited a source that ...`: the clause "
                    "after the noun is the report (the source, when cited, its speaker)")
JUDGEMENT = rule("object-and-predicate-judgement", "`deemed the dismissal unfair`: object and predicate are the report")
COLON_PARAGRAPH = rule("colon-ends-the-paragraph-before", "`He said:` closing a paragraph attributes the quotation "
                       "opening the next")
ACCORDING_YIELDS = rule("according-to-yields-to-a-speech-verb", "`Witnesses, according to the daily, said ...`: "
                        "the speech verb's subject is the speaker")


def verb_lemma(tok) -> str:
    """A verb's lemma, with its particle when it has one (`point out`, `call off`)."""
    lemma = tok.lemma_.lower()
    if on(PHRASAL):
        for c in tok.children:
            if c.dep_ == "prt":
                return f"{lemma} {c.lower_}"
    return lemma
_END_PUNCT = set(",.!?;:—–-…")
_SMALL_WORDS = frozenset("vs vs. v v. of and the de la del of in on for to a an".split())


@dataclass
class Finding:
    para: int
    kind: str  # direct | indirect
    parts: list[tuple[int, int]]  # character spans in the paragraph; several for a split quote
    how: str
    cue: str | None = None
    speaker_tok: int | None = None
    sent: int = 0
    quoted: Quoted | None = None
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.parts[0][0]


def _is_cue(tok) -> bool:
    return tok.pos_ == "VERB" and verb_lemma(tok) in CUE_VERBS and tok.dep_ not in ("amod", "compound")


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def subject_of(verb, depth: int = 0, inside=None):
    """The token naming who performs a verb, following conjunctions and participles.

    ``inside`` tells whether a token is within quotation marks: words inside a quotation
    are the speaker's, never the attribution's."""
    outside = (lambda t: not inside(t)) if inside else (lambda t: True)
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("there",) and outside(c):
            if c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return _antecedent_of_relative(verb)
            named = next((g for g in c.children if g.dep_ == "appos"), None)
            if c.pos_ == "PRON" and named is not None:
                return named  # "In the filing itself Ford also made this point"
            if on(APPOSED_NAME) and c.ent_type_ != "PERSON" and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
                last = verb.doc[verb.i - 2]
                if last.ent_type_ == "PERSON" and last.dep_ == "appos" and last.i in {t.i for t in c.subtree}:
                    return last
            return c
    if verb.dep_ == "relcl":
        return _antecedent_of_relative(verb)
    if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and verb.head.head.pos_ == "VERB" \
            and verb.head.head.i != verb.head.i:
        prep, governor = verb.head, verb.head.head
        if on(QUOTED_AS_SAYING) and prep.lower_ == "as" and governor.lemma_.lower() in CITING_VERBS:
            quoted = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted  # "Politico quoted Tim Manning ... as saying"
        if on(GERUND_AFTER_PREP) and depth < 3:
            return subject_of(governor, depth + 1, inside)  # "He closed by saying"
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp", "pcomp") and verb.head is not verb:
        head = verb.head
        while inside and inside(head) and head.head is not head:
            head = head.head  # `said, "A", also observing, "B"`: climb out of the quotation
        return subject_of(head, depth + 1, inside)
    # a name right before the verb that the parser hung elsewhere: "On Friday Ford Motor Company announced"
    if verb.i > 0:
        left = verb.doc[verb.i - 1]
        if left.pos_ == "PROPN" and left.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and outside(left) \
                and left.dep_ not in ("poss", "compound"):
            return left
    if on(ADDRESSEE) and verb.lemma_.lower() in ADDRESSEE_VERBS:
        doc = verb.doc
        for t in reversed(doc[verb.sent.start:verb.i]):
            if t.ent_type_ in ("PERSON", "ORG") and outside(t) and t.dep_ not in ("pobj", "dobj", "poss", "compound"):
                return t  # "Calling it "...", NAME of ..., told Reuters"
        return None
    # inverted order with no subject arc: "said Tong Zhao", the name right after the verb
    for c in verb.rights:
        if c.pos_ in ("PROPN", "NOUN") and c.dep_ in ("dobj", "npadvmod", "attr", "dep", "nsubj", "appos") \
                and all(t.pos_ in ("PROPN", "DET") for t in verb.doc[verb.i + 1: c.i]):
            return c
    return None


def can_speak(subj) -> bool:
    """Whether a subject can be the source of words: a name, a person pronoun, a speaking role.
    ("Sales went a "sharp increase"" is no one's quotation.)"""
    if subj.lower_ in ("he", "she", "they", "we", "i"):
        return True
    if subj.pos_ == "PRON":
        return False
    for t in subj.subtree:
        if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.lemma_.lower() in SPEAKER_NOUNS:
            return True
    return subj.pos_ == "PROPN"


def _antecedent_of_relative(verb):
    head = verb.head
    rel = next((c for c in verb.children if c.lower_ == "who"), None)
    if rel is not None and rel.i > 1:
        # ", such as former governor Chris Christie, who denounced": the person right before "who"
        before = rel.doc[rel.i - 2] if rel.doc[rel.i - 1].is_punct else rel.doc[rel.i - 1]
        if before.ent_type_ == "PERSON":
            head = before
    if head.lemma_.lower() in DOCUMENT_NOUNS and head.head.pos_ == "VERB":
        # "Facebook released a statement which read, ..." -> Facebook
        owner = document_owner(head)
        if owner is not None:
            return owner
    return head


def document_owner(noun):
    """Who issued a statement, ruling or report: its possessor or the subject of its verb."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:  # "a statement by the Presidential Spokesperson Harry Roque"
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    verb = noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "ADP"):
        if verb.pos_ == "ADP":
            verb = verb.head
        for c in verb.children:
            if c.dep_ == "nsubj":
                return c
    return None


class ParagraphQuotes:
    """The quotations of one parsed paragraph."""

    def __init__(self, doc, para: int, quoted: list[Quoted]):
        self.doc = doc
        self.text = doc.text
        self.para = para
        self.quoted = quoted
        self.sent_of = sentence_of(doc)
        self._starts = [t.idx for t in doc]
        self._words_of: dict[Quoted, list] = {}
        self.sents = list(doc.sents)
        self._inside = [self._quote_index(t.idx) for t in doc]

    def _quote_index(self, offset: int) -> int | None:
        for k, q in enumerate(self.quoted):
            end = q.close_at if q.close_at is not None else len(self.text)
            if q.open_at <= offset <= end:
                return k
        return None

    def inside(self, tok) -> bool:
        return self._inside[tok.i] is not None

    def _tok_at(self, offset: int):
        """The token covering a character offset, or None (for whitespace)."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0:
            t = self.doc[k]
            if offset < t.idx + len(t.text):
                return t
        return None

    def _words(self, q: Quoted) -> list:
        """The words inside a quotation's marks."""
        if q not in self._words_of:
            self._words_of[q] = [t for t in self.doc if q.start <= t.idx < q.end and not t.is_punct]
        return self._words_of[q]

    # -- direct quotes --------------------------------------------------------------------------

    def direct(self) -> list[Finding]:
        out = []
        for q in self.quoted:
            out.append(self._attribute(q))
        return out

    def _looks_like_a_name(self, q: Quoted) -> bool:
        """`the case "Doe vs. Facebook Ireland Limited"`, `the album "Abbey Road"`: a title, not words said."""
        inner = self._words(q)
        text = self.text[q.start:q.end].rstrip()
        return 2 <= len(inner) <= 8 and text[-1:] not in ".,!?" and all(
            t.is_title or t.is_upper or not t.is_alpha or t.lower_ in _SMALL_WORDS for t in inner)

    def _attribute(self, q: Quoted) -> Finding:
        first = self._tok_at(q.start) or self._tok_at(q.open_at)
        sent = self.sent_of[first.i] if first is not None else 0
        f = Finding(self.para, "direct", [(q.start, q.end)], "none", sent=sent, quoted=q)
        if self._looks_like_a_name(q):
            return f
        order = (("after", self._cue_after), ("before", self._cue_before), ("within", self._cue_within))
        if self._cue_adjacent_before(q):  # `X said, "A", also observing, "B"`: A is X's, not the observer's
            order = (order[1], order[0], order[2])
        for how, finder in order:
            verb = finder(q)
            if verb is not None:
                f.how, f.cue = how, verb.text
                subj = subject_of(verb, inside=self.inside)
                f.speaker_tok = subj.i if subj is not None else None
                f.extra["verb"] = verb.i
                return f
        colon = self._colon_intro(q)
        if colon is not None:
            f.how = "colon"
            f.cue = colon.text
            subj = subject_of(colon, inside=self.inside)
            f.speaker_tok = subj.i if subj is not None else None
            return f
        governor = self._governing_verb(q)
        if governor is None and on(BY_AGENT):
            agent = self._passive_agent(q)
            if agent is not None:
                f.how, f.cue, f.speaker_tok = "governed", "by", agent.i
                return f
        if governor is not None:
            subj = subject_of(governor, inside=self.inside)
            if subj is not None and can_speak(subj):
                f.how, f.cue, f.speaker_tok = "governed", governor.text, subj.i
        return f

    def _cue_after(self, q: Quoted):
        if q.close_at is None:
            return None
        inner = self.text[q.start:q.end].rstrip()
        after = self.text[q.close_at + 1:].lstrip()[:1]
        if not (inner[-1:] in _END_PUNCT or after in _END_PUNCT):
            return None  # `a "no limits" relationship`: the quote runs on into the sentence
        rest = self.text[q.close_at + 1:].lstrip()
        close = self._tok_at(q.close_at)
        if close is None:
            return None
        if inner[-1:] in ".!?" and rest[:1].isupper():
            # `"... inquiry." Democratic chairman X said`: a new sentence, not an attribution, unless
            # that sentence is only a subject and a cue verb (`"Why now?" Rubio asked.`)
            return self._bare_attribution_after(close) if on(SHORT_AFTER) else None
        budget = 0
        for t in self.doc[close.i + 1:]:
            if self._inside[t.i] is not None:
                return None
            if _is_cue(t):
                return t
            if t.is_sent_start and budget > 0 and t.text not in ("'", '"'):
                return None
            if t.text in ".!?" or t.pos_ in ("VERB",) and t.dep_ not in ("relcl", "acl", "amod"):
                return None
            budget += 1
            if budget > 14:
                return None
        return None

    def _bare_attribution_after(self, close):
        """The cue verb of `NAME said.` / `Coach NAME told fans.` right after a closing mark: a subject
        of at most five words, then the verb, with no clause of its own."""
        doc = self.doc
        for t in doc[close.i + 1: close.i + 7]:
            if self._inside[t.i] is not None:
                return None
            if t.pos_ in ("VERB", "AUX"):
                if not _is_cue(t) or any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in t.children):
                    return None
                subj = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
                if not subj or any(b.i not in {x.i for x in subj[0].subtree} for b in doc[close.i + 1: t.i]
                                   if not b.is_punct):
                    return None
                return t
        return None

    def _cue_adjacent_before(self, q: Quoted) -> bool:
        open_tok = self._tok_at(q.open_at)
        i = open_tok.i - 1 if open_tok is not None else -1
        while i >= 0 and self.doc[i].is_punct and self.doc[i].text in ",:":
            i -= 1
        return i >= 0 and i < (open_tok.i - 1) and _is_cue(self.doc[i]) and self._inside[i] is None

    def _cue_before(self, q: Quoted):
        open_tok = self._tok_at(q.open_at)
        if open_tok is None:
            return None
        i = open_tok.i - 1
        skipped = 0
        aside: set[int] = set()
        while i >= 0 and skipped <= 8:
            t = self.doc[i]
            if self._inside[t.i] is not None:
                return None
            if t.text in ("—", "–"):
                # "commented on the matter — which the BBC noted as unusual — "...": skip the aside
                j = i - 1
                while j >= 0 and self.doc[j].text not in ("—", "–") and not self.doc[j].is_sent_start:
                    j -= 1
                if j >= 0 and self.doc[j].text in ("—", "–"):
                    aside.update(range(j, i + 1))
                    i = j - 1
                    continue
            if _is_cue(t):
                between = [b for b in self.doc[t.i + 1: open_tok.i] if b.i not in aside]
                sub = set(t.subtree)
                if all(b.is_punct or b in sub and b.pos_ != "VERB" and (b.dep_ != "nsubj" or b.head is t)
                       for b in between):
                    return t
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
        node = inner[0]
        seen = 0
        while node.head is not node and seen < 12:
            node = node.head
            seen += 1
            if self._inside[node.i] is None and _is_cue(node) and node.lemma_.lower() in REPORT_VERBS:
                if not _negated(node):
                    return node
            if self._inside[node.i] is None and node.pos_ == "VERB" and node.dep_ in ("relcl", "acl"):
                return None  # the quotation belongs to a clause of its own: "X, who denounced ... as "..."
        return None

    def _governing_verb(self, q: Quoted):
        """`attacked the inquiry as "Witch Hunt garbage."`: a partial quotation with no speech verb
        is the words of whoever performs the verb that governs it, when it is a clause of its own
        or a characterisation (`as "..."`). A bare phrase used as a name or a modifier is a scare
        quote: `a "no limits" relationship`, `shared his "in-most thoughts"`."""
        if q.close_at is None or q.open_at == 0:
            return None
        inner = self._words(q)
        if not inner or len(inner) <= 8 and all(t.is_title or t.is_upper or not t.is_alpha or t.lower_ in _SMALL_WORDS
                                                for t in inner):
            return None  # a name or a title: `the case "Doe vs. Facebook Ireland Limited"`
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in inner)
        via_as = False
        node = inner[0]
        for _ in range(12):
            if node.head is node:
                return None
            node = node.head
            via_as = via_as or (node.lower_ == "as" and self._inside[node.i] is None)
            if self._inside[node.i] is None and node.pos_ == "VERB":
                if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children):
                    return None
                return node if has_verb or via_as else None
        return None

    def _passive_agent(self, q: Quoted):
        """The `by` agent of a passive verb governing a quotation: `was dismissed as "..." by NAME`."""
        if q.close_at is None or q.open_at == 0:
            return None
        inner = self._words(q)
        if not inner or len(inner) <= 8 and all(t.is_title or not t.is_alpha for t in inner):
            return None
        node = inner[0]
        for _ in range(12):
            if node.head is node:
                return None
            node = node.head
            if self._inside[node.i] is None and node.pos_ == "VERB":
                break
        else:
            return None
        if not any(c.dep_ == "auxpass" for c in node.children):
            return None
        close = self._tok_at(q.close_at)
        if close is None:
            return None
        for t in self.doc[close.i + 1: node.sent.end]:
            if t.lower_ == "by" and self._inside[t.i] is None:
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ("PERSON", "ORG"):
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
        verbs = [t for t in self.doc[colon.sent.start:colon.i] if _is_cue(t) and self._inside[t.i] is None]
        if not verbs:
            return None
        return subject_of(verbs[-1], inside=self.inside)

    def _colon_intro(self, q: Quoted):
        """`the ministry justified the strike: "..."`: the main verb of the clause before the colon."""
        before = self.text[:q.open_at].rstrip()
        if not before.endswith(":"):
            return None
        colon = self._tok_at(len(before) - 1)
        if colon is None:
            return None
        start = colon.sent.start
        verbs = [t for t in self.doc[start:colon.i] if t.pos_ == "VERB" and self._inside[t.i] is None]

        def depth(t):
            d = 0
            while t.head is not t and d < 50:
                t, d = t.head, d + 1
            return d

        def has_subject(t):
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)

        return min(verbs, key=lambda t: (not has_subject(t), t.dep_ in ("acl", "relcl", "advcl"), depth(t), t.i)) \
            if verbs else None

    # -- reported speech ----------------------------------------------------------------------------

    def reported(self) -> list[Finding]:
        out = []
        for v in self.doc:
            if v.pos_ != "VERB":
                continue
            lemma = verb_lemma(v)
            if lemma not in REPORTING or self.inside(v) or _negated(v):
                continue
            span = self._content_clause(v, lemma)
            if span is None and on(MID_SENTENCE):
                parts = self._mid_sentence(v)
                subj = subject_of(v, inside=self.inside) if parts else None
                if parts and subj is not None and subj.i < v.i:
                    out.append(Finding(self.para, "indirect", [(self.doc[a].idx, self.doc[b].idx + len(self.doc[b].text))
                                                               for a, b in parts], "mid", cue=v.text,
                                       speaker_tok=subj.i, sent=self.sent_of[v.i], extra={"verb": v.i}))
                continue
            if span is None:
                continue
            a, b, how = span
            quoted_at = next((i for i in range(a, b + 1) if self._inside[i] is not None), None)
            if quoted_at is not None:
                # "claimed she made this decision ..., insisting she was "never pressured"": the report
                # ends at the comma before the quotation; otherwise the quotation is the finding
                comma = next((i for i in range(quoted_at - 1, a, -1) if self.doc[i].text == ","), None)
                if comma is not None:
                    a, b = self._trim(a, comma - 1)
                elif how != "clause" or not self._holds_quotation(a, b):
                    continue
            words = [t for t in self.doc[a:b + 1] if not t.is_punct]
            if len(words) < 3:
                continue
            subj = subject_of(v, inside=self.inside)
            if how == "source":
                subj = next(c for c in v.children if c.dep_ == "dobj")  # "cited a security source that ..."
            if subj is None or a <= subj.i <= b or subj.lower_ in ("it",) and subj.dep_ == "nsubjpass":
                continue
            start, end = self.doc[a].idx, self.doc[b].idx + len(self.doc[b].text)
            out.append(Finding(self.para, "indirect", [(start, end)], how, cue=v.text, speaker_tok=subj.i,
                               sent=self.sent_of[v.i], extra={"verb": v.i}))
        out += self._according_to()
        return out

    def _holds_quotation(self, a: int, b: int) -> bool:
        """Whether a reported clause with quotation marks inside stands as a report of its own: it
        quotes a name (`the singer known as "Queen B" would tour`), or it reports more than the words
        it quotes (`said the deal was "a disgrace" and would fail`: the clause and the quotation)."""
        if not on(MIXED_QUOTE):
            return False
        outside = [t for t in self.doc[a:b + 1] if self._inside[t.i] is None and not t.is_punct]
        return len(outside) >= 3 and self._inside[a] is None

    def _mid_sentence(self, v):
        """`The plan, NAME said, will cost more`: the two parts of the sentence around the attribution."""
        doc = self.doc
        if v.dep_ != "parataxis" or v.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("ccomp", "dobj") for c in v.children):
            return None
        sub = [t for t in v.subtree if not t.is_punct]
        left, right = sub[0].i - 1, sub[-1].i + 1
        sent = v.sent
        if left <= sent.start or right >= sent.end - 1 or doc[left].text != "," or doc[right].text != ",":
            return None
        before = self._trim(sent.start, left - 1)
        after = self._trim(right + 1, sent.end - 1)
        if before[1] - before[0] < 1 or after[0] > after[1] or self._inside[before[0]] is not None \
                or self._inside[after[0]] is not None:
            return None  # "However, she added, "...": a quotation after the attribution is a direct quote
        return [before, after]

    def _content_clause(self, v, lemma: str):
        doc = self.doc
        clauses = [c for c in v.children if c.dep_ == "ccomp"]
        # prefer "said that ...", then a clause after the verb; a clause before it must not be
        # cut off by a semicolon ("The strike follows attacks; Business Insider reported that ...")
        clauses.sort(key=lambda c: (not any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children),
                                    c.i < v.i))
        clause = next((c for c in clauses if c.i > v.i or not any(
            t.text == ";" for t in doc[c.right_edge.i: v.i])), None)
        if clause is not None:
            sub = list(clause.subtree)
            a, b = sub[0].i, sub[-1].i
            has_that = doc[a].lower_ == "that" and doc[a].dep_ == "mark"
            if lemma in NEED_THAT and not has_that:
                return None
            if has_that:
                a += 1
            if a <= v.i <= b:  # "which he said would allow ...": the clause starts after the verb
                a = v.i + 1
            for c in v.children:  # "announced he had asked ..., and that Bolton tendered it"
                if c.dep_ == "conj" and c.i > b and any(g.dep_ == "mark" for g in c.children):
                    b = c.right_edge.i
            for t in doc[a:b + 1]:  # a nested report ("..., which he said ...") is its own finding
                if t.dep_ == "relcl" and t.lemma_.lower() in REPORT_VERBS and t.i > a:
                    b = min(b, t.left_edge.i - 1)
                    break
            a, b = self._trim(a, b)
            return (a, b, "clause") if a <= b else None
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None and on(NOUN_CONTENT):
            content = next((c for c in obj.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > obj.i
                            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
            if content is not None:  # "denied reports that he would resign"
                sub = list(content.subtree)
                a, b = self._trim(sub[0].i + (1 if doc[sub[0].i].lower_ == "that" else 0), sub[-1].i)
                return (a, b, "source" if lemma in CITING_VERBS else "clause") if a <= b else None
        if lemma in CITING_VERBS:
            return None  # "quoted X as saying": the report is the gerund's
        if lemma in JUDGING_VERBS:
            pred = next((c for c in v.children if c.dep_ in ("oprd", "xcomp") and c.i > v.i), None)
            if obj is None or pred is None or not on(JUDGEMENT):
                return None
            a, b = self._trim(obj.left_edge.i, pred.right_edge.i)
            return (a, b, "object") if a <= b else None
        if obj is not None and lemma not in OBJECT_CONTENT_VERBS and lemma not in NEED_THAT:
            # a clause without "that" misparsed as object + conjunct: "maintained an inquiry is what ..."
            conj = next((c for c in v.children if c.dep_ == "conj" and c.i == obj.right_edge.i + 1
                         and c.pos_ in ("AUX", "VERB") and not any(g.dep_.startswith("nsubj") for g in c.children)),
                        None)
            if conj is not None:
                a, b = self._trim(obj.left_edge.i, conj.right_edge.i)
                return (a, b, "clause") if a <= b else None
        if lemma in OBJECT_CONTENT_VERBS:
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is None:
                return None
            if lemma == "call" and on(CALL_FRAME) and not any(c.dep_ in ("oprd", "xcomp", "ccomp") or
                                                             c.dep_ == "prep" and c.lower_ == "as"
                                                             for c in v.children) \
                    and not any(c.pos_ == "ADJ" and c.i > obj.i for c in obj.children):
                return None  # "called the election for Biden": a verdict on a race, not words said
            a = obj.left_edge.i
            b = v.right_edge.i
            a, b = self._trim(a, b)
            return (a, b, "object") if a <= b else None
        return None

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        doc = self.doc
        while a <= b and (doc[a].is_punct or doc[a].is_space):
            a += 1
        while b >= a and (doc[b].is_punct or doc[b].is_space or doc[b].dep_ == "cc" and b > a):
            b -= 1
        return a, b

    def _according_to(self) -> list[Finding]:
        out = []
        doc = self.doc
        for t in doc:
            if t.lower_ != "according" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
                continue
            if self.inside(t):
                continue
            pobj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if on(ACCORDING_YIELDS) and t.head.pos_ == "VERB" and t.head.i != t.i \
                    and verb_lemma(t.head) in REPORTING and any(c.dep_ in ("ccomp",) for c in t.head.children):
                continue  # the speech verb's own finding covers the sentence
            sent = t.sent
            if any(self._inside[i] is not None for i in range(sent.start, sent.end)):
                continue
            p_start, p_end = t.i, pobj.right_edge.i
            before = self._trim(sent.start, p_start - 1)
            after = self._trim(p_end + 1, sent.end - 1)
            parts = []
            for a, b in (before, after):
                if a <= b and len([x for x in doc[a:b + 1] if not x.is_punct]) >= 3:
                    parts.append((doc[a].idx, doc[b].idx + len(doc[b].text)))
            if not parts:
                continue
            out.append(Finding(self.para, "indirect", parts, "according", cue="according to",
                               speaker_tok=pobj.i, sent=self.sent_of[t.i]))
        return out
