"""Run extraction over many articles: the model loaded once per process, paragraphs parsed in batches.

Articles stream through: a batch is parsed with ``nlp.pipe``, its findings
made, and its Docs dropped before the next batch, so memory stays flat however
many articles there are. With ``processes > 1`` batches of articles go to
worker processes, and each does the whole job for its batch, rules included,
so both cores work. A worker gets the model from :func:`load_model`, cached per
process by name: a forked worker finds the parent's already loaded (shared
copy-on-write), a fresh (spawned) one loads it once; either way the findings
are the same.

An article the model cannot process (a paragraph over its length limit, or a
failure inside it) yields findings holding an ``E110`` error, for that article
only: the others are extracted.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from functools import cache

from dossier.errors import DossierError
from dossier.sources import Article

from . import model_name
from .article import article_findings
from .docs import text_of
from .findings import Findings
from .lang import get_language
from .marks import STRAIGHT_APOSTROPHE, TYPESET_APOSTROPHES
from .rules import on, rule

# Every component the rules read: tagger + attribute_ruler give parts of speech, the lemmatizer
# the cue verbs' lemmas, the parser clauses, subjects and sentences, ner the names.
USED_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")
ARTICLES_PER_BATCH = 8


def load_model(name: str | None = None):
    """The spaCy pipeline ``name`` (default: $DOSSIER_MODEL, else DEFAULT_MODEL), loaded once per process."""
    return _load(model_name(name))


@cache
def _load(name: str):
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise DossierError("E401", None, None, f"the spaCy model `{name}` is not installed",
                           "run `make setup`, or set DOSSIER_MODEL / MODEL= to an installed English pipeline") from None
    unused = [p for p in nlp.pipe_names if p not in USED_COMPONENTS]
    if unused:
        nlp.disable_pipes(*unused)
    _LOADED_AS[id(nlp)] = name
    keep_words_whole(nlp)
    read_apostrophes_as_typed(nlp)
    read_particles_as_particles(nlp)
    split_platform_stops(nlp)
    join_prefixed_words(nlp)
    join_abbreviated_titles(nlp)
    return nlp


def keep_words_whole(nlp) -> None:
    """Teach the pipeline's tokenizer the language's words that hold a hyphen yet are one word, and the words of
    names it would split as contractions (`Fatima Id Bella`, `Id` read as `I'd`).

    spaCy splits `secretary-general` at the hyphen, and the parser, seeing three nouns, loses the title's
    apposition and even the sentence's subject (`The UN's secretary-general, NAME, said ...` found no report).
    Done once per pipeline; every article parsed with it sees the same words."""
    if id(nlp) in _WHOLE_WORDS or not hasattr(nlp, "tokenizer"):
        return  # taught already, or a stand-in for a pipeline that tokenizes as it likes
    from spacy.symbols import ORTH

    for word in get_language(nlp.lang).name_words_kept_whole:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    for word in get_language(nlp.lang).hyphenated_titles:
        parts = word.split("-")
        forms = {word, word.upper(), word.capitalize(), "-".join(p.capitalize() for p in parts),
                 "-".join(p if len(p) <= 2 else p.capitalize() for p in parts)}  # "Editor-in-Chief"
        for form in forms:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "attribute_ruler" in nlp.pipe_names:  # a title is a noun (the tagger, never having seen one whole, guesses)
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": {"IN": sorted(get_language(nlp.lang).hyphenated_titles)}}]],
                                            {"TAG": "NN", "POS": "NOUN"})
    _WHOLE_WORDS.add(id(nlp))


APOSTROPHES = rule("apostrophe-typeset-in-a-name", "`Gemma O’Halloran, said` tagged a body: the model reads a "
                   "word's typeset apostrophe (`’`) as the straight one it learnt names with")
_APOSTROPHES_COMPONENT = "dossier_apostrophes"


def read_apostrophes_as_typed(nlp) -> None:
    """Put before the model's own components one that gives each word holding a typeset apostrophe the norm
    (the form the model reads) with a straight one: `O’Halloran` is read as `O'Halloran`. The text and every
    offset stay as written."""
    def make(lang):
        marks, straight = TYPESET_APOSTROPHES, STRAIGHT_APOSTROPHE

        def straighten(doc):
            text = text_of(doc)
            if on(APOSTROPHES) and any(m in text for m in marks):
                for t in doc:
                    if len(t) > 2 and any(m in t.text for m in marks):
                        norm = t.norm_
                        for m in marks:
                            norm = norm.replace(m, straight)
                        t.norm_ = norm
            return doc
        return straighten

    _add_component(nlp, _APOSTROPHES_COMPONENT, make, first=True)


PARTICLES = rule("particle-of-a-name-read-as-an-english-word", "`Rui dos Santos Pereira said`: the model reads the "
                 "Portuguese particle `dos` (`do`) as the English verb and parses it as the sentence's verb, the "
                 "name's first words its subject; read as the particle the model learnt names with, it is one name")
_PARTICLES_COMPONENT = "dossier_particles"


def read_particles_as_particles(nlp) -> None:
    """Put before the model's own components one that gives a name's particle that is also an English word
    (`dos`, `do`), between capitalised words, the norm of a particle the model reads as one (`de`). The text
    and every offset stay as written."""
    def make(lang):
        particles, norm = lang.particles_read_as_words, lang.particle_norm

        def name_word(t) -> bool:
            return t.is_title and t.is_alpha

        def read(doc):
            if on(PARTICLES) and any(f" {p} " in text_of(doc) for p in particles):  # most paragraphs hold none
                for t in doc:
                    if t.text in particles and 1 <= t.i < len(doc) - 1 and name_word(doc[t.i - 1]) \
                            and name_word(doc[t.i + 1]):
                        t.norm_ = norm
            return doc
        return read

    _add_component(nlp, _PARTICLES_COMPONENT, make, first=True)


PLATFORM_STOP = rule("platform-letter-ends-the-sentence", "`said in a video posted on X. \"Once it does ...\"`: the "
                     "tokenizer reads `X.` as an initial, so no sentence ends there; after `on` or `via` the letter "
                     "is the platform, and its stop ends the sentence")
_PLATFORM_COMPONENT = "dossier_platform_stops"


def split_platform_stops(nlp) -> None:
    """Put before the model's own components one that splits a platform's one-letter name from the stop the
    tokenizer joined to it as an initial's (`on X.`), so the parser sees the sentence end. The text and every
    offset stay as written."""
    def make(lang):
        stops_joined, before = lang.platform_stops, lang.platform_prepositions

        def split(doc):
            if on(PLATFORM_STOP) and any(s in text_of(doc) for s in stops_joined):  # most paragraphs hold none
                stops = [t for t in doc if t.text in stops_joined and t.i > 0 and doc[t.i - 1].lower_ in before]
                if stops:
                    with doc.retokenize() as retokenizer:
                        for t in stops:
                            retokenizer.split(t, [t.text[:-1], t.text[-1]], heads=[(t, 0), (t, 0)])
            return doc
        return split

    _add_component(nlp, _PLATFORM_COMPONENT, make, first=True)


PREFIXED = rule("prefix-joined-by-a-hyphen-keeps-the-word-whole", "`would re-grade the essays`: the tokenizer "
                "splits `re-grade` at the hyphen and the parser reads `re` as the report's verb, ending the report "
                "there; a prefix (`re`, `pre`) joined to a word by a hyphen is one word")
PREFIXED_VERB = rule("prefix-joined-by-a-hyphen-to-a-verb-keeps-it-whole", "`the government could co-finance "
                     "retraining`: the tokenizer splits `co-finance` at the hyphen and the report ends at `co`; "
                     "after a modal, a prefix that also opens nouns (`co`, `de`, `over`) joined by a hyphen is one "
                     "word with the verb")
_PREFIXED_COMPONENT = "dossier_prefixed_words"


def join_prefixed_words(nlp) -> None:
    """Put before the model's own components one that joins a prefix, a hyphen and the word after it, with no
    space between them, into one token (`re-grade`, `Re-elected`; after a modal, `co-finance`). The text and every
    offset stay as written."""
    def make(lang):
        prefixes, hyphens = lang.hyphened_prefixes, lang.hyphens

        def prefix(t) -> bool:
            return t.lower_ in prefixes and on(PREFIXED) or t.lower_ in lang.verb_prefixes and t.i > 0 \
                and t.doc[t.i - 1].lower_ in lang.verb_openers and on(PREFIXED_VERB)

        def found(doc):
            if not any(h in text_of(doc) for h in hyphens):
                return []
            return [t for t in doc if prefix(t) and t.i + 2 < len(doc) and not t.whitespace_
                    and doc[t.i + 1].text in hyphens and not doc[t.i + 1].whitespace_
                    and doc[t.i + 2].is_alpha and doc[t.i + 2].is_lower
                    and (t.i == 0 or doc[t.i - 1].whitespace_ or doc[t.i - 1].is_punct)]
        return _merging(found, 3)

    _add_component(nlp, _PREFIXED_COMPONENT, make, after=_PLATFORM_COMPONENT)


ABBREVIATED_TITLE = rule("abbreviated-title-keeps-its-stop", "`The commission's chairwoman, Cllr. Maria Kessel, "
                         "told reporters`: the tokenizer splits the stop from `Cllr` and the parser ends a sentence "
                         "there; a title abbreviated with a stop, before a capitalised word, is one word with it")
_ABBREVIATED_COMPONENT = "dossier_abbreviated_titles"


def join_abbreviated_titles(nlp) -> None:
    """Put before the model's own components one that joins an abbreviated title and its stop, with no space
    between them and a capitalised word after, into one token (`Cllr.`, `Insp.`). The text and every offset stay as
    written."""
    def make(lang):
        titles = lang.abbreviated_titles

        def found(doc):
            if not on(ABBREVIATED_TITLE):
                return []
            return [t for t in doc if t.text in titles and t.i + 2 < len(doc) and not t.whitespace_
                    and doc[t.i + 1].text == "." and doc[t.i + 2].is_title and doc[t.i + 2].is_alpha]
        return _merging(found, 2)

    _add_component(nlp, _ABBREVIATED_COMPONENT, make, after=_PREFIXED_COMPONENT)


def _merging(found, width: int):
    """A component's function that merges each token ``found(doc)`` lists with the ``width - 1`` tokens after it."""
    def merge(doc):
        words = found(doc)
        if words:
            with doc.retokenize() as retokenizer:
                for t in words:
                    retokenizer.merge(doc[t.i: t.i + width])
        return doc
    return merge


def _add_component(nlp, name: str, make, **where) -> None:
    """Put into the pipeline, once and where ``where`` says (`first=True`), the component ``name``: the function
    ``make`` returns for the pipeline's language data, a Doc in and the same Doc out. Registered once a process;
    a stand-in for a pipeline that takes no components is left as it is."""
    if not hasattr(nlp, "add_pipe") or name in nlp.pipe_names:
        return
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=make(get_language(nlp.lang)))
    nlp.add_pipe(name, **where)


_LOADED_AS: dict[int, str] = {}  # id of a pipeline load_model made -> the name it was loaded by
_WHOLE_WORDS: set[int] = set()  # ids of the pipelines keep_words_whole has taught


def model_info(nlp) -> dict:
    return {"model": nlp.meta.get("lang", "en") + "_" + nlp.meta.get("name", "unknown"),
            "model_version": nlp.meta.get("version", "unknown")}


def _too_long(article: Article, nlp) -> DossierError | None:
    for p in article.paragraphs:
        if len(p.text) > nlp.max_length:
            return DossierError("E110", article.path, p.line,
                                f"paragraph {p.number} is {len(p.text):,} characters, over the "
                                f"{nlp.max_length:,} the language model takes",
                                "split it into shorter paragraphs (a blank line between them); the other "
                                "articles were extracted")
    return None


def _model_failed(article: Article, nlp, exc: Exception) -> DossierError:
    """The error for an article the model failed on, naming the first paragraph it fails on alone."""
    where = article.paragraphs[0]
    for p in article.paragraphs:
        try:
            nlp(p.text)
        except Exception as again:  # noqa: BLE001 - whatever the model raises, the article is reported
            where, exc = p, again
            break
    return DossierError("E110", article.path, where.line,
                        f"the language model failed on paragraph {where.number}: {type(exc).__name__}: {exc}",
                        "check that paragraph's text; the other articles were extracted")


def _parsed(articles: list[Article], nlp) -> Iterator[tuple[Article, list | DossierError]]:
    """Each article with its parsed paragraphs, or the error that says why the model could not parse it."""
    ok = []
    for a in articles:
        error = _too_long(a, nlp)
        if error is not None:
            yield a, error
        else:
            ok.append(a)
    docs = nlp.pipe([p.text for a in ok for p in a.paragraphs], batch_size=64)
    done = 0
    try:
        for a in ok:
            a_docs = [next(docs) for _ in a.paragraphs]
            done += 1
            yield a, a_docs
    except Exception:  # noqa: BLE001 - the model failed inside this batch: find on which article
        for a in ok[done:]:
            try:
                yield a, list(nlp.pipe([p.text for p in a.paragraphs]))
            except Exception as exc:  # noqa: BLE001
                yield a, _model_failed(a, nlp, exc)


def extract_batch(articles: list[Article], nlp) -> list[tuple[Article, Findings]]:
    """(article, findings) for a batch of articles, in order, with the pipeline given."""
    info = model_info(nlp)
    lang = get_language(nlp.lang)
    keep_words_whole(nlp)
    out = []
    order = {id(a): k for k, a in enumerate(articles)}
    for a, docs in _parsed(articles, nlp):
        if isinstance(docs, DossierError):
            out.append((a, Findings(error=docs, **info)))
            continue
        found = article_findings([p.text for p in a.paragraphs], docs, lang)
        out.append((a, Findings(found["actors"], found["quotes"], **info)))
    out.sort(key=lambda pair: order[id(pair[0])])
    return out


def _worker_batch(job: tuple[str, list[Article]]) -> list[tuple[Article, Findings]]:
    name, articles = job
    return extract_batch(articles, load_model(name))


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_all(articles: Iterable[Article], nlp=None, processes: int = 1,
                batch_size: int = ARTICLES_PER_BATCH, model: str | None = None,
                start_method: str | None = None) -> Iterator[tuple[Article, Findings]]:
    """(article, findings) for every article, in the order given.

    ``nlp`` is a loaded pipeline, else ``load_model(model)`` is. With ``processes > 1`` workers
    get the pipeline through ``load_model`` by name; ``start_method`` is "fork" where the
    platform has it (workers share the parent's loaded model), else "spawn"."""
    if nlp is None:
        nlp = load_model(model)
    if processes <= 1:
        for batch in _batches(articles, batch_size):
            yield from extract_batch(batch, nlp)
        return
    name = _LOADED_AS.get(id(nlp)) or model_info(nlp)["model"]
    load_model(name)  # loaded here before the workers fork, so that they share it
    method = start_method or ("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    ctx = mp.get_context(method)
    with ctx.Pool(processes) as pool:
        for result in pool.imap(_worker_batch, ((name, b) for b in _batches(articles, batch_size))):
            yield from result
