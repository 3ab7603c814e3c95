"""The labels of English spaCy pipelines that the rules name: dependency labels (ClearNLP style,
as `en_core_web_*` parse), entity labels (OntoNotes) and the possessive tag (Penn Treebank).

Parts of speech are not here: they are the Universal POS tags, the same in every spaCy language.
"""

from types import SimpleNamespace

DEP = SimpleNamespace(
    nsubj="nsubj", nsubjpass="nsubjpass", csubj="csubj", dobj="dobj", pobj="pobj", attr="attr", appos="appos",
    compound="compound", poss="poss", prep="prep", agent="agent", conj="conj", cc="cc", mark="mark",
    neg="neg", relcl="relcl", acl="acl", amod="amod", ccomp="ccomp", aux="aux", auxpass="auxpass",
    prt="prt", pcomp="pcomp", parataxis="parataxis", oprd="oprd", xcomp="xcomp", advcl="advcl", punct="punct",
    advmod="advmod", npadvmod="npadvmod", nmod="nmod", nummod="nummod", det="det", acomp="acomp", expl="expl",
    unclassified="dep", intj="intj",
    # groups
    subjects=frozenset(("nsubj", "nsubjpass")),
    passive=frozenset(("auxpass", "nsubjpass")),
    # a verb whose subject is its head's: "said ... and added", "..., adding", "went on to say"
    shares_subject=frozenset(("conj", "advcl", "xcomp", "pcomp")),
    # a clause hung on a noun: "the man who said", "a plan described as"
    noun_clauses=frozenset(("relcl", "acl")),
    attributive=frozenset(("relcl", "acl", "amod")),
    subordinate=frozenset(("acl", "relcl", "advcl")),
    not_a_cue=frozenset(("amod", "compound")),  # "the so-called plan", "a said-to-be deal"
    name_part=frozenset(("poss", "compound")),
    # a name right after a verb with no subject arc: "said Tong Zhao"
    inverted_subject=frozenset(("dobj", "npadvmod", "attr", "dep", "nsubj", "appos")),
    by_phrase=frozenset(("prep", "agent")),
    objects=frozenset(("dobj", "pobj")),
    subject_or_apposed=frozenset(("compound", "appos")),
    noun_modifiers=frozenset(("det", "amod", "compound", "nmod", "poss", "nummod")),
    # what completes a verb of calling or describing: "called it \"unexpected\"", "described it as \"a sham\""
    complements=frozenset(("oprd", "xcomp", "attr")),
)

ENT = SimpleNamespace(
    person="PERSON", org="ORG", gpe="GPE", norp="NORP", fac="FAC", loc="LOC",
    # groups
    actors=frozenset(("PERSON", "ORG", "GPE", "NORP")),  # names that can speak or act
    typed=frozenset(("PERSON", "ORG", "GPE", "FAC", "LOC")),  # names the rules give an actor type
    affiliations=frozenset(("ORG", "GPE", "NORP")),
    bodies=frozenset(("ORG", "FAC")),
    nations=frozenset(("GPE", "NORP")),
    places=frozenset(("GPE", "LOC")),
    institutions=frozenset(("ORG", "FAC", "GPE")),
    documents=frozenset(("LAW", "WORK_OF_ART", "PRODUCT")),  # "Republic Act No. 3846 states"
    # labels of things the model gives people's names too: "Ines Barreto, director of the charity" as a product
    things=frozenset(("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "NORP")),
    times=frozenset(("DATE", "TIME")),  # "On Friday Mayor NAME": never part of a title
    quantities=frozenset(("MONEY", "CARDINAL", "PERCENT", "QUANTITY")),  # "$3 billion": never who says it
)

PLURAL_NOUN_TAG = "NNS"
COMMON_WORD_TAGS = frozenset(("NN", "VB"))  # a singular common noun, a verb's base form: "Turnout", "Drop"
PLURAL_PROPER_TAG = "NNPS"  # "Manufacturers" in "the Kenya Manufacturers and Traders Council"
PLURAL_VERB_TAG = "VBP"  # a verb agreeing with a plural subject in the present: "they have", "Houthis say"
POSSESSIVE_TAG = "POS"
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP"))  # a verb with a tense of its own: "lacked", "lacks", "lack"
MODAL_TAG = "MD"  # "would", "may"
INFINITIVE_TAG = "TO"  # the "to" before a verb's infinitive: "would return to testify"
WH_TAGS = frozenset(("WDT", "WP", "WP$"))  # "which", "who", "whose": a word opening a relative clause
