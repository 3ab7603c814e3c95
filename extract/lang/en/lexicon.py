"""English word lists the rules read: speech verbs, titles, organisation heads, pronouns.

Kept in one place so a reader can see, and a maintainer extend, every word the
extractor treats specially; the rules receive them through ``extract.lang.get_language``.
"""

import re

# Verbs that report speech or writing and take a content clause ("said that ...").
REPORT_VERBS = frozenset("""
say tell state note add warn caution argue claim describe mention announce insist deny write tweet
explain report confirm suggest assert declare acknowledge admit reply respond comment observe remark
predict promise stress emphasize emphasise indicate reveal recall contend maintain allege testify
concede complain reiterate repeat affirm agree disclose estimate conclude rule find vow pledge
threaten urge post answer ask continue read accuse blame speculate characterise characterize call
specify insist underline reaffirm inform recommend advise stipulate request reason opine express voice
signal hint assure remind reject counter retort boast lament concur posit divulge surmise muse
hypothesise hypothesize theorise theorize apologise apologize
""".split())

# Verbs that report only with a `that` clause and never introduce a quotation: "sharing that all makers had
# their own techniques", "clarified that ..." and "ordered that ballots be accepted" report; "shared his
# \"in-most thoughts\"", "clarified the rules" and "ordered the release" do not; "the court held that ..." reports,
# "held a meeting" does not; "forecast that traffic would not return" reports, "forecast heavy rain" does not;
# "demanded that the results stand" reports, "demanded higher pay" does not.
THAT_CLAUSE_VERBS = frozenset(["share", "clarify", "order", "hold", "protest", "forecast", "demand"])
# Verbs that report a gerund clause: "described witnessing the crash", "denied taking the money".
GERUND_CONTENT_VERBS = frozenset("describe recall recount deny admit acknowledge".split())

# Verb and particle pairs that report speech ("pointed out that ..."). A cue verb with any other
# particle is another verb: "called off the search", "wrote off the debt".
PHRASAL_REPORT_VERBS = frozenset(["point out", "read out", "spell out", "speak out"])

# Verbs that attribute words to their object: "quoted X as saying", "cited X as saying", "cited a source that".
CITING_VERBS = frozenset("quote cite".split())
QUOTING_VERB = "quote"  # "the release said, quoting NAME": NAME's words

# Verbs whose object and its predicate are the judgement: "deemed the dismissal unfair".
JUDGING_VERBS = frozenset("deem".split())

# Verbs that characterise their object "as" something: `referred to the vote as "The Impeachment Hoax"`.
CHARACTERISING_VERBS = frozenset("refer describe characterize characterise denounce brand condemn dismiss".split())

# Nouns of an intention whose infinitive the holder would carry out: "expressed a desire to ...", "made a pledge to".
INTENTION_NOUNS = frozenset("desire wish hope plan pledge promise vow intention intent commitment determination bid "
                            "aim ambition resolve".split())

# Verbs that lay blame or credit, besides the speech verbs: "..., blaming "human error"".
ASSIGNING_VERBS = frozenset("blame accuse credit praise thank criticise criticize fault".split())

# Verbs a person gives their own name with: "who gave his name only as Kemal", "would only be identified as Marta".
NAME_GIVING_VERBS = frozenset("give identify".split())
# Participles that give a thing its name: `a process called "extraction"`, `a storm dubbed "the Beast"`.
NAMING_PARTICIPLES = frozenset("call dub name term nickname label know title style christen list".split())

# Object-content verbs that report only with a predicate: "called the plan a disgrace", not "called the race".
NEEDS_PREDICATE = frozenset(["call"])

# Speech verbs whose object is the person spoken to ("told Reuters", "informed residents"): never the speaker.
ADDRESSEE_VERBS = frozenset("tell inform assure remind notify brief".split())
# Verbs whose passive subject is who was told ("Residents were warned that ..."), never who said it.
PASSIVE_ADDRESSEE_VERBS = ADDRESSEE_VERBS | frozenset("warn advise promise".split())
# What is told, rather than whom: "told the story he had heard" holds a relative clause, not a report.
TOLD_THINGS = frozenset("story stories truth lie lies joke jokes tale tales news anecdote secret".split())

# Verbs whose object, not a clause, carries what was said ("described the summit as ...").
OBJECT_CONTENT_VERBS = frozenset("describe mention characterize characterise call".split())

# Cue verbs that introduce or close a direct quotation but rarely a content clause.
# Verbs of beginning and going on, which introduce words only with a speaker as subject ("She began: ...").
ASPECTUAL_VERBS = frozenset("begin start continue resume".split())
DIRECT_ONLY_VERBS = frozenset("continue read answer ask reply respond quip joke begin shout chant yell scream".split())

# Verbs whose object is a clause, hardly ever a thing: "said several acres burned" (read as a participle).
CLAUSE_VERBS = frozenset(["say"])
PLURAL_PAST = "were"  # "the Houthis were": the copula agreeing with a plural subject
PLURAL_ENDING = "s"
PAST_TAGS = frozenset(("VBN", "VBD"))  # Penn Treebank tags of a past verb
PARTICIPLE_TAGS = frozenset(("VBN",))  # a past participle: "have him released"
GERUND_TAGS = frozenset(("VBG",))  # "calling it ...", "adding ..."

# Verbs too general to report speech without "that": "X found the body", "X ruled the country".
NEED_THAT = frozenset("rule agree repeat call urge read continue ask answer express voice reject".split())

# Words that stand for some of a group as a subject: "some of the protesters said", "several said".
QUANTIFIERS = frozenset("""some several many most few all both one two three four five six seven eight nine ten
dozens hundreds thousands others""".split())

PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
# Pronouns in the object case, which no finite clause has for its subject: "found him correcting ...".
OBJECT_PRONOUNS = frozenset("me him her us them".split())
PERSON_REFLEXIVES = frozenset(("himself", "herself"))
# Verbs and reflexives of calling oneself by a name ("a group calling itself Tidewater"), the kind each names.
SELF_NAMING_VERBS = frozenset(("call", "name", "style", "dub"))
SELF_NAMING_REFLEXIVES = {"itself": "org", "themselves": "org", "himself": "person", "herself": "person"}

# The Ethiopian Orthodox church's styles, both an honorific and a title word: a teacher, a scholar, a head of clergy
# (`Liqe Siltanat`, `Liqe Kahenat`), a bishop, a priest.
ETHIOPIAN_CHURCH_STYLES = "memhir mergeta liqe siltanat kahenat abune qesis kesis".split()
HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
              "dr": None, "dr.": None, "sir": "m", "dame": "f", "lord": "m", "lady": "f",
              "comrade": None, "cde": None, "cde.": None,
              "maître": None, "maitre": None,  # a French lawyer's style: "Maître Anne Rivaud"
              "reverend": None, "rev": None, "rev.": None,  # a cleric's: "the Right Reverend Ann Doyle", "Rev. Ian Lo"
              "venerable": None, "ven": None, "ven.": None,  # a Buddhist monk's: "the Venerable Hem Sophal"
              # one who has made the pilgrimage to Mecca, as West Africa styles them: "Hadjia Zeinabou Maman"
              "elhadji": "m", "elhadj": "m", "alhaji": "m", "alhadji": "m", "hadjia": "f", "hadja": "f",
              "hajiya": "f", "alhaja": "f", "haja": "f", "hajia": "f",
              "adv": None, "adv.": None,  # a barrister's, as southern Africa styles one: "Adv. Ntsiki Mbolekwa"
              "eng": None, "eng.": None, "engr": None, "engr.": None,  # an engineer's: "Eng. Samer Haddadin"
              "mestre": None,  # a master of an art, as Portuguese styles one: "Mestre Chiúre"
              "daw": "f", "u": "m",  # a woman and a man of standing, as Myanmar styles them: "Daw Khin Aye"
              # a father's and a grandparent's, as siSwati and isiZulu address elders: "Babe Dlamini", "Gogo Dlamini"
              "babe": "m", "baba": "m", "gogo": "f", "mkhulu": "m",
              "rra": "m", "mma": "f",  # a man's and a woman's, as Setswana styles them: "Rra Mosweu"
              "hajji": "m",  # one who has made the pilgrimage, as the Gulf styles him: "Hajji Isa"
              **dict.fromkeys(ETHIOPIAN_CHURCH_STYLES)}

# Styles of honour before a name, longest first: Malaysia's federal and state styles, a Fijian chief's.
# Brunei's and Malaysia's styles for members of a council or parliament (`Yang Berhormat`) and royals (`Yang Mulia`)
# open a stack of them, before a title's own style (`Dato Seri Setia`).
STYLES_OF_HONOUR = (("datuk", "seri", "panglima"), ("datuk", "seri"), ("dato", "seri", "setia"),
                    ("dato", "seri", "paduka"), ("dato", "seri"), ("dato", "sri"), ("dato", "paduka"),
                    ("datin", "seri"), ("datin", "paduka"), ("tan", "sri"), ("toh", "puan"), ("datuk", "paduka"),
                    ("datuk",), ("dato",), ("datin",), ("tun",), ("ratu",), ("yang", "amat", "berhormat"),
                    ("yang", "berhormat"), ("yang", "amat", "mulia"), ("yang", "mulia"), ("yang", "berbahagia"))
# Titles that families hand down as names: after a given name they are part of the name (Somalia's `Hassan Sheikh
# Mohamud`, Pakistan's `Nawaz Sharif`), not a title.
TITLES_IN_NAMES = frozenset(("sheikh", "shaikh", "sheekh", "sharif", "shariff"))
# Styles that are a style only after another (Brunei's plain `Awang`, `Dayang` at the end of a stack): alone, they
# are often a given name or surname (`Awang Rosli`, `Zulkifli Awang`).
STACKED_STYLES = (("awang",), ("dayang",))
# The style of one who has made the pilgrimage to Mecca, as Malay names write it (`Haji Rosli`, `Hajah Aminah`); and
# titles handed down in Brunei's noble families, part of the name with the style after them (`Pengiran Haji Rosli`).
PILGRIM_STYLES = frozenset("haji hajah hajjah hj hjh".split())
HEREDITARY_TITLES = frozenset("pengiran awangku dayangku".split())

GENDERED_TITLES = {"king": "m", "queen": "f", "prince": "m", "princess": "f", "pope": "m",
                   "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
                   "congressman": "m", "congresswoman": "f", "businessman": "m", "businesswoman": "f"}

DATELINE_DASHES = frozenset("-\u2013\u2014")  # "LONDON - ", "LIMA, Peru — ": the dash ending a dateline
HYPHENS = frozenset("-\u2010\u2011")  # hyphen-minus, hyphen, non-breaking hyphen
HYPHENED_PREFIXES = frozenset(("re", "pre"))  # "re-grade", "pre-empt": one word with the next
# Prefixes a hyphen joins to a verb, and to nouns as often ("co-finance" and "co-author", "de-mine" and "de-facto"):
# one word with the next only where a verb stands, after a modal ("could co-finance", "will de-mine"; not after
# `to`, which is also a preposition: "according to co-author NAME").
VERB_PREFIXES = frozenset(("co", "de", "mis", "over", "under"))
VERB_OPENERS = frozenset("will would can could shall should may might must".split())

# Words of names that spaCy's tokenizer splits as contractions typed without their apostrophe ("Id" as "I'd"):
# "Fatima Id Bella" is one name of three words, each kept whole as written.
NAME_WORDS_KEPT_WHOLE = frozenset(("Id",))
# Titles written with a hyphen, each one word to the tokenizer (spaCy splits at the hyphen, and the parser then
# reads "the UN's secretary - general, NAME, said" as three nouns): any capitalisation of these is kept whole.
HYPHENATED_TITLES = frozenset("""vice-president vice-premier vice-chancellor vice-chairman vice-chairwoman vice-chair
secretary-general director-general attorney-general governor-general solicitor-general inspector-general
surgeon-general auditor-general postmaster-general president-elect editor-in-chief commander-in-chief
co-founder co-chair co-chairman co-chairwoman co-director co-president co-leader
vice-captain all-rounder scrum-half fly-half full-back""".split())

# Titles abbreviated with a full stop that the tokenizer splits from it, reading a sentence's end before the name
# ("Cllr. Maria Kessel", "Insp. Ali Rahimi"): each joined to its stop again when a name follows.
ABBREVIATED_TITLES = frozenset("Cllr Insp Hon Supt Sgt Cdr Det Pres Atty Msgr Cmdr Cpl Pte Amb Capt Col Lt Maj "
                               "Fr".split())
# Words that, written before a name, are a title rather than part of the name (`houngan` and `mambo`: a priest
# and a priestess of Vodou; the Ethiopian Orthodox church's styles).
TITLE_WORDS = HYPHENATED_TITLES | frozenset(ETHIOPIAN_CHURCH_STYLES) | frozenset("""
lead dean
president vice prime minister premier chancellor secretary general spokesman spokeswoman spokesperson
senator representative rep. sen. governor mayor king queen prince princess pope cardinal bishop
chairman chairwoman chairperson chair ceo director leader chief judge justice ambassador commissioner speaker
general admiral colonel captain lieutenant sergeant officer dr. dr professor prof. mr. mr mrs. mrs ms. ms
comrade cde cde. maître maitre mestre lawmaker legislator official elhadji elhadj alhaji alhadji hadjia hadja
hajiya alhaja haja hajia daw u eng eng. engr engr. babe baba gogo mkhulu rra mma hajji
gov. lt. gen. col. capt. sgt. cmdr. supt. atty. maj. adm.
striker goalkeeper midfielder defender winger quarterback pitcher batsman bowler skipper referee umpire jockey
wicketkeeper grandmaster flanker flank
deputy foreign defence defense finance interior health state attorney former acting supreme
pastor rabbi imam sheikh emir sultan crown lord lady sir dame founder co-founder head editor analyst
houngan oungan mambo manbo
abbot abbess
executive manager inspector superintendent commander marshal agent lawyer councillor councilor shahid
barrister solicitor counsel coordinator
ayatollah presidential royal federal national advisor adviser
congressman congresswoman assemblyman assemblywoman delegate mp mep msp mla president-elect
detective constable taoiseach tánaiste sheriff coroner magistrate prosecutor archbishop coach emeritus
producer columnist correspondent reporter envoy selectman scientist researcher economist astronaut
treasurer comptroller ombudsman registrar undersecretary administrator majority minority whip assistant associate
cosmonaut actor actress singer rapper songwriter author novelist poet playwright artist painter sculptor
photographer musician guitarist drummer pianist composer comedian filmmaker activist journalist businessman
businesswoman entrepreneur billionaire physicist chemist biologist astronomer mathematician historian architect chef
investigator curator writer elder
""".split()) | frozenset(  # ranks as British news abbreviates them, without a full stop ("Det Insp NAME", "Cllr NAME")
    "det insp ch sgt supt dci dc pc wpc pcso lt col gen maj brig capt cpl pte cdr cllr".split()) | frozenset(
    f"{word.lower()}." for word in ABBREVIATED_TITLES)  # and with it ("Cllr. NAME")

# Words before a title that make it a lesser office: "the minister" is not the assistant deputy minister.
LESSER_RANKS = frozenset("deputy assistant vice junior associate under".split())
# Words before a title that make it an office of its own above the bare title: "the minister" is no prime minister.
HIGHER_RANKS = frozenset("prime first".split())
# Title words that only qualify another ("Foreign Minister", "National Security Adviser"): never a title alone.
TITLE_QUALIFIERS = frozenset("""special vice prime deputy foreign defence defense finance interior health state former
acting supreme presidential royal federal national majority minority assistant associate""".split())

# Last words of a business's name: "Hoshida Motors", "Mabaleng Minerals", "Polder Capital".
COMPANY_HEADS = frozenset("""
pharma pharmaceuticals therapeutics biotech motors foods markets supermarkets stores logistics robotics systems
technologies imaging mining minerals metals holdings ventures insurance electronics telecom telecoms
biologics diagnostics biosciences vaccines securities renewables partners
analytics consultancy consulting advisers advisors solutions shipbuilders pipelines utilities airways railways capital
railway airline airlines engineering construction shipbuilding shipping commodities cruises charters advisory
freight generics bau lines electricity automotive
empreendimentos investimentos participações participacoes construções construcoes inversiones construcciones
costruzioni advocacia advogados abogados avocats
""".split())
# Last words that make a name an organisation whatever the model's label says.
ORG_HEADS = COMPANY_HEADS | frozenset("""
center centre jury institute institution university college school endowment foundation council ministry
department agency commission court party association union bank company corporation corp corp. inc inc.
ltd ltd. llc group committee office organization organisation program programme scheme network service
services police army navy force forces parliament congress senate house assembly legislature
government administration board bureau fund society club times post news press journal tribune
guardian telegraph herald gazette broadcasting television radio air authority
federation alliance coalition movement front church guild trust hospital chamber laboratory lab labs studio
studios records industry exchange reserve commission tribunal secretariat cabinet brigade tribe tribes nation
bulletin express academy partners league diocese archdiocese embassy consulate directorate inspectorate soloists
philharmonic orchestra ensemble quartet quintet chorus
forum confederation library cooperative co-operative observatory collective
khural kenesh sejm seimas saeima riigikogu storting folketing riksdag althing knesset duma majlis mazhilis
sobranie skupstina skupština sabor oireachtas bundestag bundesrat hluttaw sangsad fono
arbeiðsfelag arbeidsfelag forbund forbundet fagforbund fagforening
united rovers wanderers albion hotspur thistle athletic fc afc rfc cf
""".split())
# Letters for a sports club written before its name: "FK Kemi Bor", "NK Osijek", "IFK Norrköping", the hockey
# clubs' "HK Nitra".
CLUB_PREFIXES = frozenset("fc fk nk sk hnk kf ifk aik bk ik sv vfb vfl tsv cd ud sd ac ss íf kí nsí hk hc".split())
# Fields of government whose agency is named with its country after: "Health New Zealand", "Statistics Canada",
# "Sport England", "Tourism Australia".
AGENCY_FIELDS = frozenset("""health statistics sport tourism transport environment heritage education parks fisheries
employment housing athletics cricket rugby tennis football hockey cycling swimming rowing netball""".split())

# Words ending the name of a field a body covers: "School of Marine and Atmospheric Science".
FIELD_WORDS = frozenset("""science sciences studies affairs technology research development engineering medicine
arts trade security services planning education resources relations management policy dialogue
solidarity cohesion""".split())

# Nouns naming a document or statement rather than who made it.
# Occasions of speaking, and the prepositions placing a report in one (or in a document): "said in an interview
# that ...", "told reporters at a news conference that ...".
SPEAKING_OCCASIONS = frozenset("""interview address speech conference briefing video broadcast podcast hearing
session debate proceeding proceedings trial testimony call meeting summit rally ceremony vigil funeral""".split())
SETTING_PREPOSITIONS = frozenset(("at", "in"))  # "At Tarn Hospital, chief nurse NAME said": where they work
MEDIUM_PREPOSITIONS = frozenset(("in", "during", "at", "on"))  # "on a call", "in a statement"
ANONYMITY_FRAME = ("on", "condition", "anonymity")  # "told Reuters on condition of anonymity that ..."
DOCUMENT_NOUNS = frozenset("""
statement message email report ruling judgment judgement letter tweet post notice release filing document study
survey decree order memo memorandum announcement communique communiqué verdict decision complaint
estimate projection poll tally forecast data figures statistics assessment
motion lawsuit petition indictment affidavit transcript testimony minutes fact facts findings
submission brief response reply editorial newsletter bulletin circular review catalogue catalog timeline
""".split())
# Verbs by which a body puts out a document: "figures it published", "a statement the ministry issued".
ISSUING_VERBS = frozenset("""publish release issue post file send submit compile produce put conduct table
present share""".split())
# Verbs an interview or a speech is the object of: "in an interview he gave to the BBC" is a relative clause.
OCCASION_VERBS = frozenset("give grant make deliver write sign read hold attend".split())

# Common nouns that stand for a speaking person or body when named by role only.
SPEAKER_NOUNS = frozenset("""
official officials spokesman spokeswoman spokesperson minister ministry government president source
sources analyst analysts expert experts police court company firm lawyer lawyers spokespeople
representative representatives agency department office activist activists witness witnesses
resident residents officer officers leader leaders diplomat diplomats critic critics protester
protesters organizer organizers organiser organisers member members researcher researchers
scientist scientists doctor doctors report reports group groups statement committee council
senator senators lawmaker lawmakers legislator legislators people user users spokesperson chairman authority authorities
jury juries panel tribunal
""".split())

# Nouns for a person by what they do or where they belong, never a body: "NAME, a resident of Kemi, said".
PERSON_ROLE_NOUNS = frozenset("""member resident student worker teacher nurse witness survivor volunteer voter fan
conductor activist researcher scientist doctor expert analyst official protester organiser organizer owner farmer
chemist biologist physicist geologist ecologist astronomer mathematician engineer historian economist
epidemiologist virologist archaeologist anthropologist psychologist neuroscientist lecturer fellow
hydrologist glaciologist volcanologist seismologist climatologist meteorologist hydrogeologist oceanographer
sociologist criminologist zoologist botanist ornithologist entomologist toxicologist pathologist immunologist
cardiologist oncologist paediatrician pediatrician surgeon advocate
accountant bookkeeper auditor banker barber designer gardener caretaker janitor librarian lifeguard machinist
technician surveyor programmer receptionist dispatcher instructor tutor interpreter translator cameraman sailor
salesman veterinarian priest strategist schoolteacher headteacher steelworker dockworker developer coder
mate colleague candidate nominee prop hooker flanker fly-half scrum-half halfback fullback""".split())

# Platforms and outlets the model often takes for people ("said on Twitter").
KNOWN_ORGS = frozenset("""
twitter facebook instagram youtube tiktok whatsapp telegram reddit github google microsoft apple amazon
reuters bbc cnn nbc abc cbs fox npr afp ap slate politico bloomberg xinhua tass wikinews
lusa efe ansa dpa kyodo yonhap bernama antara anadolu interfax ria
""".split())

# Houses whose names stand for the office that sits in them: "Raj Bhavan said in a statement" (a state governor's
# office in India), "the Kremlin said". Lower case.
OFFICIAL_RESIDENCES = frozenset((
    "raj bhavan", "rashtrapati bhavan", "white house", "kremlin", "élysée", "elysee", "élysée palace", "blue house",
    "malacañang", "malacanang", "malacañang palace", "rideau hall", "government house", "state house", "casa rosada",
    "la moneda", "zhongnanhai", "quirinal palace"))

# Nouns that, with "the", stand for the company an article is about ("the network said").
# Words for a source that is neither a person nor a body: "Airfleets, a database of aircraft, states".
SOURCE_NOUNS = frozenset("database registry index archive tracker survey site blog".split())

# Words for a business, standing for the one an article is about: "the company's chief executive".
BUSINESS_NOUNS = frozenset("""
network company firm broadcaster airline carrier operator platform station channel newspaper magazine outlet website
automaker carmaker manufacturer retailer insurer publisher studio label roaster exporter importer refiner shipbuilder
contractor subcontractor chain miner lender grocer utility
""".split())
GENERIC_ORG_NOUNS = BUSINESS_NOUNS | frozenset(
    "regulator watchdog club team ensemble orchestra choir band consortium".split())
# Words for a company that makes, sells or lends (not an outlet): "software maker Tervasoft ... the company".
FIRM_NOUNS = frozenset("""company firm maker manufacturer producer automaker carmaker chipmaker retailer insurer miner
lender grocer chain refiner shipbuilder contractor exporter importer roaster developer supplier processor""".split())
FIRM_WORDS = frozenset(("company", "firm"))  # any firm's: "the company" after "software maker Tervasoft"

# Titles of national office: a holder named with no country serves the article's main country.
# Words for a country's government owning a title: "the government's chief negotiator" serves the country.
GOVERNMENT_NOUNS = frozenset("government administration".split())
# Words for a country's own institutions owning a title: "the army's spokesman" may serve the country named beside.
STATE_BODY_NOUNS = GOVERNMENT_NOUNS | frozenset("nation army navy police ministry cabinet parliament embassy".split())
NATIONAL_OFFICES = frozenset("""
president vice-president premier chancellor king queen sultan emir monarch minister secretary advisor adviser senator
congressman congresswoman representative ambassador attorney governor speaker leader
""".split())

# Titles of a firm's or a body's own officers: a holder named with no body serves the body the article is about.
# Places in a team and its staff's roles, held in the team an article is about when no other is named beside them.
TEAM_ROLES = (("coach",), ("captain",), ("skipper",), ("striker",), ("midfielder",), ("defender",),
              ("goalkeeper",), ("winger",), ("forward",), ("sprinter",), ("climber",), ("rider",), ("bowler",),
              ("batsman",), ("club", "president"), ("team", "leader"), ("vice", "captain"), ("all", "rounder"),
              ("wicketkeeper",), ("scrum", "half"), ("fly", "half"), ("full", "back"))
BODY_OFFICES = (("chief", "executive"), ("chief", "financial", "officer"), ("chief", "operating", "officer"),
                ("managing", "director"), ("chairman",), ("chairwoman",), ("chairperson",), ("ceo",), ("cfo",))
# A bank's word, and the title of its head: "Governor NAME" in an article about the Reserve Bank of Malawi.
BANK_WORD = "bank"
BANK_OFFICE = "governor"
# Words that make a bank a country's own: "the Central Bank of Chile", "the Reserve Bank of Malawi".
CENTRAL_BANK_WORDS = frozenset(("central", "reserve"))
# Words for a body of government named for its fields after `of`: "the Ministry of Buddhasasana", "Department of X".
PORTFOLIO_BODIES = frozenset("ministry department secretariat".split())
# The title a portfolio's word opens, in any language's word for the portfolio: "Awqaf Minister NAME".
PORTFOLIO_TITLES = frozenset(("minister",))
# Endings of the abstract nouns a ministry's fields are named with: "Green Transition", "Regional Development".
FIELD_ENDINGS = ("tion", "sion", "ment", "ure", "ity", "ance", "ence", "ing", "ics", "ies", "ism", "ship")
# Titles of those who speak for a body or head an agency, held with no body named beside them: "spokeswoman NAME
# said" right after the airline spoke.
VOICE_OFFICES = (("spokesman",), ("spokeswoman",), ("spokesperson",), ("director", "general"))

# Verbs that take a role from someone: "removed NAME as captain", "was sacked as coach".
REMOVAL_VERBS = frozenset("remove sack dismiss fire oust depose strip axe drop demote replace".split())

# Government portfolios, which a title holds after `of`: "Secretary of State", "Minister of Health".
PORTFOLIOS = frozenset("""state defence defense health justice finance interior foreign affairs education energy
commerce labour labor agriculture transport transportation treasury home environment culture trade industry
housing veterans security war navy army welfare industries resources development infrastructure tourism fisheries
immigration communications sport sports science technology innovation mines mining water youth revenue ict training
economy irrigation planning population forestry lands information works police safety""".split())

# Participles after a hyphen that say a body is owned or run, never a person: "state-owned", "family-run",
# "Oslo-listed".
OWNERSHIP_PARTICIPLES = frozenset(("owned", "run", "listed"))
# Participles that seat a body somewhere, never a person: "a trader headquartered in Singapore".
SEAT_PARTICIPLES = frozenset(("headquartered", "incorporated"))

# The preposition naming where someone works after a word for their job: "an analyst at Sorvik Kapital".
WORKPLACE_PREPOSITIONS = frozenset(("at",))

# The preposition a portfolio takes after a title: "Minister for Health", "Minister of State for Europe".
PORTFOLIO_PREPOSITIONS = frozenset(("for",))
# "the Agency of Rural Development", "the Office for Electoral Affairs": the fields a body named by its kind is for.
FIELD_PREPOSITIONS = frozenset(("of", "for"))

# Ranks held in a police force, and the words that name one: "Detective Inspector NAME" of "Tarn Police".
POLICE_RANKS = frozenset("detective inspector constable sergeant superintendent commissioner chief-inspector".split())
POLICE_HEADS = frozenset("police constabulary".split())
# Last words of a body's name that only say it serves, after the word for its kind: "Nigeria Police Force",
# "Tarn Fire Service", "Kemi Police Department".
SERVICE_HEADS = frozenset("force service department corps".split())

# Offices of a state, province or city: the governor of Alabama, not of the United States.
# Offices of a city, held of the city an article names around them: "Winnipeg City Council rejected Mayor NAME's
# plan"; and the endings of the name of a city's council.
CITY_OFFICES = frozenset("mayor councillor councilor alderman alderwoman".split())
CITY_COUNCILS = ("city council", "town council", "borough council", "municipal council", "county council")
REGIONAL_OFFICES = frozenset("governor lieutenant-governor mayor sheriff alderman councillor councilor".split())
REGIONAL_OFFICE_PHRASES = ("chief minister", "first minister")  # of a state or a nation within a country

# Words that make a capitalised name a law or document ("Republic Act No. 3846").
LAW_WORDS = frozenset(
    "act law bill article section no no. resolution treaty code directive constitution amendment regulation "
    "regulations charter convention protocol".split())

# Prefixes of a stance towards a thing ("anti-Brexit", "pro-Kremlin"): what follows is no person.
STANCE_PREFIXES = frozenset("anti pro post pre".split())

# The verb of a birth name: "NAME was born BIRTH NAME" (lemma of "born").
BIRTH_VERB = "bear"

# Articles and prepositions elided before a vowel in the names of other languages, written joined to the next word:
# "Transportistes Units d'Andorra", "Banca dell'Adriatico", "Valéry Giscard d'Estaing".
ELIDED_NAME_WORDS = ("d'", "d’", "dell'", "dell’", "l'", "l’")
# Words that join two names: "Richard and Lisa Parry".
COORDINATORS = frozenset(("and", "&"))

# Last words of the names of places, and of no one's name: "Trafalgar Square" is somewhere, not someone
# (not "park", "hill", "lane", "street": Mina Park and Ada Hill are people).
PLACE_HEADS = frozenset(
    "square avenue boulevard road station airport harbour harbor canal island islands heights valley range "
    "mall parish cemetery base stadium arena bridge reef atoll lagoon glacier peninsula strait gorge plateau "
    "desert palace plaza bay gardens falls castle tower peak highway motorway expressway fortress citadel "
    "dzong pagoda stupa monastery mosque shrine cathedral basilica cay complex market bazaar".split())

# Directions a place is placed by: "south of Svalbard".
COMPASS_WORDS = frozenset("north south east west northeast northwest southeast southwest north-east north-west "
                          "south-east south-west".split())
# Adjectives of direction before a place's name: "western Viti Levu", "north-eastern Kemi".
COMPASS_ADJECTIVES = frozenset("northern southern eastern western northeastern northwestern southeastern southwestern "
                               "north-eastern north-western south-eastern south-western".split())
# Edges a place lies on: "Hodoš on the Hungarian border", "a village along the coast".
EDGE_NOUNS = frozenset("border frontier coast shore river lake bank".split())
# Words a place's name opens on, and no person's: "Upper Svaneti", "Lower Saxony".
UPPER_AND_LOWER = frozenset(("upper", "lower"))
# Last words of streets' names that also end people's names, and the prepositions that make them streets:
# "on William Street".
STREET_WORDS = frozenset(("street", "lane"))
STREET_PREPOSITIONS = frozenset(("on", "along"))
# Endings of streets', canals' and squares' names written in one word in Dutch, German and the Scandinavian
# languages: "Keizerstraat", "Herengracht", "Leidseplein", "Hauptstrasse", "Drottninggatan".
STREET_ENDINGS = ("straat", "strasse", "straße", "gasse", "gracht", "plein", "gatan", "vägen")

# First words of the names of places, and of no one's name: "Fort Lee", "Mount Kenya", "Port Arlo", "Co Galway" (a
# county, as Irish news writes it), the words for a street or a quay other languages open its name with ("Calle
# Lucano", "Jalan Merdeka", "Triq il-Kbira", "Kej Makedonija"), or a square ("Trg Bana Jelačića", "Plac Zbawiciela",
# "Piața Unirii", "Náměstí Míru", Albanian "Rruga Ismail Qemali", "Sheshi Skënderbej", Russian "Ulitsa Lenina",
# Ukrainian "Vulytsia Khreshchatyk") and a valley's ("Wadi Rum").
PLACE_PREFIXES = frozenset("""fort mount port cape lake co co. calle avenida rua piazza viale corso jalan lorong lebuh
triq kej rue quai avenue boulevard bulevar praça praca paseo rambla strada calea wadi trg ulica plac plaça plaza
piața piata náměstí namesti námestie aleja rruga bulevardi sheshi ulitsa prospekt vulytsia carrer avinguda
ponte huize basílica basilica santuario morne habitation pointe""".split())  # (a town named for its bridge, as
# Portugal's and Italy's are: "Ponte de Lima"; a house, as Dutch names one: "Huize Wijngaarde"; a church, as Spanish
# names one: "Basílica Santuario Nuestra Señora de los Milagros"; a hill and an estate, as the French Antilles name
# them: "Morne Larcher", "Habitation Clément"; a headland, as French names one: "Pointe d’Argent")

# Last words of the names of bodies that stand in one place for a state or a service, whose place after `in` is
# part of their name: "the Australian High Commission in Apia", "the Regional Prosecutor's Office in Radom".
LOCATED_BODY_WORDS = frozenset("embassy consulate consulate-general office mission".split())
LOCATED_BODY_PAIRS = frozenset((("high", "commission"),))
LOCATED_BODY_PREPOSITION = "in"
# Words for a firm's part in one country, after the firm's name and the country's adjective: "Hanseong's Hungarian
# unit", "Vale's Canadian subsidiary".
SUBSIDIARY_NOUNS = frozenset("unit subsidiary arm branch division affiliate operation operations".split())

# Heads of a place named after someone, with a possessive: "Hawke's Bay", "Land's End".
POSSESSIVE_PLACE_HEADS = PLACE_HEADS | frozenset("bay cove creek sound point end lake river peak wood bush".split())

# Common nouns of places: "Jolo, and the Sulu region" lists a place with a place.
# Words for a country, as in "the country's finance minister": of the last country the article named.
NATION_NOUNS = frozenset(("country", "nation"))
# How many tokens a list in brackets after a name is looked through ("NAME (Nancy Drew, Jem and the Misfits)").
BRACKET_REACH = 30
# The longest acronym read as a body's name before a title ("IMF managing director NAME").
LONGEST_ACRONYM = 6
# The highest number read as a person's age when set off after a name ("Kemi Adeyemi, 34, said").
OLDEST_AGE = 120
PLACE_NOUNS = frozenset("""region province city town village district county state country island area
municipality territory capital canton oblast governorate electorate constituency riding ward parish borough prefecture
suburb neighbourhood neighborhood park port hamlet settlement commune township locality""".split())
# Words for the land and the water a name can name: "Chacaltaya, a glacier that once held a ski run".
LANDFORM_NOUNS = frozenset("glacier mountain volcano river lake peak island islet reef atoll valley desert forest "
                           "plateau peninsula lagoon waterfall".split())
# Words for buildings, ports, bases and routes a name can name: "Wat Khao Noi, a hill temple,", "a new port, Vestre
# Kai,", "Tarnholm, a former air base,".
STRUCTURE_NOUNS = frozenset("""temple church mosque cathedral monastery shrine pagoda chapel synagogue harbour harbor
terminal railway line highway motorway road pipeline canal waterway channel bridge dam stadium arena market
bazaar mine refinery works plant building base airport airfield""".split())
# Words that make the name after `for` a destination: "a cargo ship bound for Malo", "a barge headed for Epi".
DESTINATION_WORDS = frozenset(("bound", "headed", "destined"))
DESTINATION_PREPOSITION = "for"
# Followers of a faith, in the plural: "Newar Hindus and Buddhists worship it" names a people, no one person.
FAITHFUL_PLURALS = frozenset("""hindus buddhists muslims christians catholics protestants jews sikhs jains
evangelicals""".split())
# Words for a place that has a mayor: "Tocumwal, a town of 3,000 people, ... Mayor NAME".
MUNICIPALITY_NOUNS = frozenset("city town village suburb borough municipality".split())
# Divisions of a country a name is written before: "the Kampot province", "the Gobi-Altai and Bayankhongor provinces".
DIVISION_NOUNS = frozenset("""region province district county state municipality territory canton oblast governorate
prefecture borough parish ward constituency electorate riding""".split())
# Words that close the names of bodies and never a person's: "Human Rights Watch", "Highland Relief International".
BODY_CLOSING_WORDS = frozenset("""international worldwide global watch relief rescue aid action care initiative
project partnership""".split())
# Titles held on a court, and the words that name one: "Judge NAME" after "the Tarn High Court" is its judge.
COURT_TITLES = frozenset("judge justice magistrate".split())
COURT_WORDS = frozenset("court tribunal".split())
# Adjectives of a region's bodies: "the Kadir Varsh provincial council" names the province.
PLACE_ADJECTIVES = frozenset("provincial regional municipal".split())
# Words for a place's own government, with a place's word before them: "Smederevo's city government" names a town.
LOCAL_GOVERNMENT_NOUNS = frozenset("government council authority administration hall assembly".split())
# Words for the people of a place: "the people of Arak", "residents of Qom" name a place, never a person.
INHABITANT_NOUNS = frozenset("people resident inhabitant citizen population townspeople villager".split())

# Verbs whose object is a place taken or entered, never a person: "the army entered Tell Arlo and Kemi".
PLACE_OBJECT_VERBS = frozenset("enter invade besiege shell bombard overrun recapture".split())

# A label before a passage in another language: "Spanish language: ...", "(French language: ...)".
TRANSLATION_LABEL = re.compile(r"\b[A-Z][a-z]+ language:")
# Words that end such a passage: English again ("... gyakorlatilag lefegyverzett by 2010").
ENGLISH_MARKERS = frozenset("""the of and to in on at by is was were are for with that from as has have had his her
their its which who when this""".split())

# Articles joined by a hyphen to the surname they open: "Nadia el-Shafei", "Omar al-Masri".
NAME_ARTICLES_JOINED = frozenset(("el", "al"))
# Particles naming a father inside a person's name, and in no other kind of name: "Hafiz bin Rahmat".
PATRONYMIC_PARTICLES = frozenset(("bin", "binti", "bint", "ibn", "arap"))
# Words after a father's name that make it a patronymic closing a person's name, in Central Asia and the Caucasus:
# "Azamat Temirbek uulu" (son of Temirbek), "Aigerim Bolot kyzy", "Elchin Rashid oglu".
# How a patronymic ends, the father's name made the middle word of a name in Russia, Ukraine, Belarus and Central
# Asia: "Aliya Nurlanovna Seitkaliyeva", "Gennady Petrovich Zaitsev", "Oksana Ivanivna Bondar".
PATRONYMIC_ENDINGS = ("ovna", "evna", "ivna", "ovich", "evich", "ovych", "evych", "ichna", "ovič", "evič")
# Capitalised words for "son of" and "daughter of" inside names of the Sahel (Tuareg, Hassaniya): "Ibrahim Ag
# Mohamed", "Sidi Ould Cheikh", "Mariem Mint Ahmedou", "Fatimata Walet Alhousseini".
CAPITALISED_FILIATIONS = frozenset("ag ould mint walet welet".split())
# Given names written short at the opening of a name, full stop or not: "Md. Abdul Hannan", "Mohd Najib".
GIVEN_NAME_ABBREVIATIONS = frozenset("md mohd muhd mhd".split())
# Balinese names open on `I` (a man) or `Ni` (a woman) and a name for the order of birth: "I Ketut Suardana", "Ni
# Luh Putu Ariani".
BALINESE_PREFIXES = frozenset(("i", "ni"))  # written capitalised
BIRTH_ORDER_NAMES = frozenset("wayan putu gede luh made kadek nengah nyoman komang ketut".split())
# Words of the names of Bali's castes (`I Gusti Ngurah Putu Arsana`, `Ni Gusti Ayu`, `I Dewa Gede`), and of its
# priestly caste, after `Ida` (`Ida Bagus Rai`, `Ida Ayu`, a high priest's `Ida Pedanda Gede`) or a royal `Cokorda`.
BALINESE_CASTE_WORDS = frozenset("gusti ngurah agung ayu bagus dewa desak pedanda".split())
BALINESE_HIGH_OPENINGS = frozenset(("ida", "cokorda", "tjokorda"))  # written capitalised
BALINESE_HIGH_CASTES = frozenset("bagus ayu pedanda gede istri".split())
# Words for "son of" or "daughter of" inside a name: "Agnes Lidam anak Entri", "Aziz bin Hamid", "Nur binti Ali".
FILIATION_PARTICLES = frozenset("anak bin binti bint ibn arap".split())
# "son of" and "daughter of" written with a slash inside Indian names in Singapore and Malaysia: "Muthukumar s/o
# Rajendran", "Kavitha d/o Suppiah", "Ganesan a/l Muniandy" (anak lelaki), "Devi a/p Kumar" (anak perempuan).
SLASHED_FILIATIONS = frozenset("s/o d/o a/l a/p".split())
TRAILING_PATRONYMICS = frozenset("uulu kyzy kizi qizi gizi oglu oğlu ogly uly o'g'li o‘g‘li o’g’li ogli".split())
# Lower-case particles inside surnames: "Arnel dela Vega", "Hamza bin Ladin", "Ida van Dijk".
# A surname whose prefix keeps the capital of the name it is prefixed to: "MacNeil", "McAllister", "DeSantis".
PREFIXED_SURNAME = re.compile(r"^(?:Mac|Mc|Fitz|D[aeiu]|L[ae]|Van|Von)[A-Z][a-z]+$")
# A surname glued to its particle in lower case, as Marshallese, Italian-American or Dutch families may write it:
# "deBrum", "diMaggio", "vanHeerden".
GLUED_PARTICLE_SURNAME = re.compile(r"^(?:d[aeiu]|de[ls]|l[ae]|van|von)[A-Z][a-z]+$")
# A name written with an apostrophe after its first letter or two, straight or curly: "O'Brien", "N’Dri", "D'Souza".
APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]?['’][A-Z][a-z]+$")
# A word of a Polynesian name with its glottal stop typed as an apostrophe or a turned comma ("Tu'ipulotu",
# "Mo'ui"), and the marks that can open such a name ("'Ana", "ʻAna").
GLOTTAL_NAME = re.compile(r"^[A-Z][a-z]*(?:['’ʻ][a-z]+)+$")
# Adverbs of time before a naming verb that gives a name another time had ("the University of Kemi, then
# called the University of Tarn").
NAMING_TIME_ADVERBS = frozenset("then formerly previously once now later originally still".split())
# Words for a degree of a scale, after which a capitalised word names the scale ("86 degrees Fahrenheit").
DEGREE_WORDS = frozenset("degree degrees deg deg.".split())
# What English writes after an apostrophe inside a word, which no name's glottal stop is: "They'll", "We've".
CONTRACTION_ENDINGS = frozenset("ll ve re".split())
GLOTTAL_MARKS = "'’ʻ"  # (one string: each of its characters a mark)
# A saint's title opening a name, in English and French and in the languages whose churches English news names
# untranslated (Armenian `Surb`, Slavic `Sveti`, Greek `Agios`), and the words opening the name of a devotion to
# Mary: "St Julian", "Surb Karapet", "Our Lady of Sorrows": saints and devotions, never a person who speaks.
SAINTS_TITLES = frozenset("st st. saint sainte surb sveti sveta sveto agios agia".split())
DEVOTION_OPENINGS = (("our", "lady", "of"), ("nuestra",), ("nossa",))  # (and Spanish's and Portuguese's "Our":
# "Nuestra Señora de los Milagros", "Nossa Senhora da Conceição")
# A saint's title opening the name of a place or a body, those and the Romance ones: "San Juan de los Lagos",
# "Santa Cruz de la Sierra".
SAINT_WORDS = SAINTS_TITLES | frozenset("san santa santo são sao sant sankt".split())
# Articles of other languages opening the name of a work, an outlet or a place, never a person's: "El Faro del Sur".
NAME_ARTICLES = frozenset("el la los las le les il lo gli der die das het de".split())
# Epithets written after a name with `the`: `Hans Holbein the Younger`, `Pieter Bruegel the Elder`.
EPITHETS = frozenset("younger elder great".split())
# Words joining two surnames: `Jordi Puig i Serra`, `José Ortega y Gasset`, `Rui Sousa e Silva`: the word before is
# the first surname.
SURNAME_JOINERS = frozenset("i y e".split())
# Days of the week, given names in West Africa too ("Sunday Adeyemi", "Friday Okonofua").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october november december".split())
PARTICLE_ARTICLES = frozenset("la las los le".split())  # after a particle of a surname: "de la Piedra", "de los Santos"
LONGEST_SYLLABLE = 4  # "Min-ji", "Jin-woo", "Won-soon": the second syllable of a hyphened given name, at most
NAME_PARTICLES = frozenset("de dela del della der den van von da di du do dos das bin binti bint ibn ben ter ten i y e "
                           "anak arap am zu vom zum wa í á við épouse epouse veuve".split())  # (a married name, as
# Francophone Africa writes it: "Clarisse Moussavou épouse Nzé")

# Places that keep a staff under a head, named with the word: "the Monastery of Mar Elias ... the monastery's
# superior", "Kemi National Park ... the park's director", "Tarn International Airport ... the airport's chief".
STAFFED_PLACE_NOUNS = frozenset("monastery abbey convent park sanctuary airport shipyard factory".split())
# Words for a sports club that letters before its name stand for: "FK Kemi Bor ... the club's captain".
CLUB_WORDS = frozenset("club team side".split())
# Places of business a name can be written before: "the Tarn Rossi restaurant" is a restaurant.
VENUE_NOUNS = frozenset("""restaurant cafe café bar pub hotel motel inn bakery shop store boutique gallery museum
theatre theater cinema nightclub brewery winery vineyard salon""".split())
# Sites and gatherings placed `at` a place: "the power plant at Kemi", "a rally at Arlo" (not "a dig at NAME").
SITE_NOUNS = frozenset("""plant station base camp port airport airfield mine factory refinery dam reactor facility
terminal depot prison hospital site rally protest vigil festival ceremony crossing checkpoint""".split())
SITE_PREPOSITION = "at"

# Titles held only at a body: "the general manager of Tarn Rossi" names a body, never a person.
BODY_TITLES = frozenset("""ceo chairman chairwoman chairperson founder co-founder cofounder owner proprietor
principal headmaster headmistress chef""".split())
BODY_TITLE_PHRASES = frozenset(("general manager", "managing director", "chief executive"))

# Verbs by which a body gives someone a post: "the agency selected two astronauts, A and B".
CHOOSING_VERBS = frozenset("select appoint name hire recruit nominate employ sign pick choose".split())

# Small words inside a body's name between its capitalised words: "Uprising for Tomorrow", "Friends of the Earth".
BODY_NAME_JOINERS = frozenset("for of and the".split())
# Words that make a name a broadcaster's wherever they stand in it: "Sky Sport Italia", "Radio Tarn", "TV Kemi".
# (with the words for radio and television of the languages whose broadcasters keep them: "Rádio Renascença")
MEDIA_WORDS = frozenset("tv radio sport sports news television channel rádio rádió televisión televisão".split())
# Names of organisations, written before a name: "law firm Sidley Austin", "broadcaster Nordvision".
# Words for a body of any kind, which stand for a body whose name gives no kind of its own: "Tarn Watch ... the group".
KINDLESS_BODY_WORDS = frozenset("group organisation organization body".split())
ORG_DESCRIPTORS = frozenset("""firm company group agency broadcaster network newspaper website outlet
band charity bank airline carrier manufacturer maker automaker retailer publisher startup insurer
organization organisation supergroup troupe ensemble orchestra choir club team chain supermarket
giant conglomerate carmaker chipmaker platform watchdog regulator provider coalition union alliance
federation association party movement consortium cooperative utility venture subsidiary unit division
affiliate nonprofit app site""".split())

# Words for writing in an outlet, and the prepositions naming it: "Writing in the magazine Kinoschau, critic NAME",
# "In a column for the Kemi Herald, NAME wrote".
WRITING_WORDS = frozenset("write column editorial essay review op-ed commentary".split())
WRITING_PREPOSITIONS = frozenset(("in", "for"))
COLUMN_WORDS = frozenset(("column",))  # a piece written regularly for an outlet
# Words for an elected house, the last word of its name: "represents Lingzhi in the National Assembly".
LEGISLATURE_WORDS = frozenset("parliament congress senate assembly legislature house chamber duma majlis".split())
# Prepositions a person's whole name often follows: "votes for NAME", "co-sponsored by NAME", "a case against NAME".
PERSON_PREPOSITIONS = frozenset(("for", "by", "against", "with"))
EMPLOYER_PREPOSITIONS = frozenset(("with", "for"))  # "a geologist with Isgeo": the body they work for

# Words for a union's numbered branch, closing a body's name before its number: "Teamsters Local 727".
BRANCH_WORDS = frozenset("local lodge".split())

# Last words of a company's name: "Ford Motor Company", "ABS-CBN Corporation".
# Legal forms written before a firm's name, in capitals: "PT Selayar Samudra Lines", "PJSC Tarnneft".
CORPORATE_PREFIXES = frozenset("PT CV PJSC OJSC JSC PAO OAO ZAO".split())
CORPORATE_SUFFIXES = frozenset(
    "corporation corp inc ltd llc plc company co group holding holdings limited sa ag gmbh "
    "kft zrt nyrt bv nv oy oyj ab spa srl sarl pty sro kk".split())

# The English word for a kind of body that a word of another language in its name stands for: "the university"
# for "Universidad del Tarn", "the museum" for "Musée Arlo".
FOREIGN_KIND_WORDS = {
    **dict.fromkeys("universidad universidade università universita université universite universität universitat "
                    "universiteit uniwersytet".split(), "university"),
    **dict.fromkeys("fundación fundacion fundação fundacao fondazione fondation stiftung fundashon fundasaun yayasan"
                    .split(), "foundation"),
    **dict.fromkeys("instituto istituto institut".split(), "institute"),
    **dict.fromkeys("asociación asociacion associação associacao associazione".split(), "association"),
    **dict.fromkeys("federación federacion federação federacao federazione fédération".split(), "federation"),
    **dict.fromkeys("banco banca banque".split(), "bank"),
    **dict.fromkeys("museo musée musee museu".split(), "museum"),
    **dict.fromkeys("hôpital hopital ospedale".split(), "hospital"),
    **dict.fromkeys("escuela escola école ecole scuola schule".split(), "school"),
    **dict.fromkeys("ministerio ministère ministere ministero ministério".split(), "ministry"),
    **dict.fromkeys("sindicato syndicat".split(), "union"),
    **dict.fromkeys("consorcio consorzio consórcio".split(), "consortium"),
    **dict.fromkeys("collectif colectivo coletivo collettivo".split(), "collective"),
}
# Small words after which a word for a body is still the name's own kind: "University of Tarn", "Commission on
# Debates", "Banco de Arlo" (not "Federation of University Students", where the word describes another).
KIND_LINKERS = frozenset("of for on to against de del della di du des da do dos das la le".split())

# Words for a body in the languages whose body names open on them, seen in English news: "Consorcio Vial Arlo",
# "Grupo Kemi", "Banca Tarn", "Fundação Arlo".
BODY_OPENERS = frozenset("""
consorcio grupo empresa empresas compañía compania banco sociedad fundación fundacion asociación asociacion instituto
universidad corporación corporacion industrias cooperativa gruppo società societa banca fondazione associazione
istituto università universita consorzio compagnie société societe groupe banque fondation institut université
universite consórcio companhia fundação fundacao associação associacao universidade coalición coalicion coalizione
coalizão coalizao mutuelle federación federacion federazione fédération federação federacao sindicato
syndicat confederación confederacion confederazione confédération confederação confederacao atlético atletico
deportivo deportiva desportivo desportiva esportiva sportiva unión união unione olympique dinamo dynamo torrefazione
cantina cantine bodega bodegas domaine liga ligue lega ingenio usina fundashon fundasaun yayasan médecins medecins
médicos medicos
ferrovie ferrovia ferrocarriles ferrocarril autostrade aeroporti aeropuertos aeroportos aerolíneas aerolineas
transportes trasporti osservatorio observatorio observatório observatoire teatro
escuela escola école ecole scuola colegio liceo
frente fronte partido partito parti movimiento movimento mouvement alianza aliança alleanza comité comite comisión
comision establecimiento establecimientos
""".split())

# Names of a god, which the model tags as a person's: "Thank God", "in God's hands".
DEITIES = frozenset("god allah".split())

# Styles of address that stand for a person without naming them ("His Majesty"): never a name.
STYLES_OF_ADDRESS = frozenset("majesty highness excellency holiness eminence grace lordship ladyship".split())

# What a family calls a relative, or staff their employer, capitalised as a name is ("for Mum", "She says, Mamá,
# drink water", "Madam trained me herself"): never a name.
KIN_ADDRESS_WORDS = frozenset("mum mom mam mummy mommy dad daddy grandma grandpa granny gran nana mama papa mamá "
                              "papá madam".split())

# Words for an adversary, which a person's pronoun may own without the person being one's side: "her rival NAME".
ADVERSARY_NOUNS = frozenset("rival rivals opponent opponents challenger adversary foe nemesis".split())

# Feasts and holidays the model takes for names ("until Easter"): times, never an actor.
HOLIDAYS = frozenset("""easter christmas ramadan diwali eid hanukkah passover thanksgiving halloween lent advent
pentecost hogmanay navratri vesak shivaratri thaipusam nowruz songkran vaisakhi pongal""".split())

# Time zones the model takes for names ("at 14:00 CET").
TIME_ZONES = frozenset("""utc gmt bst cet cest eet eest wet west est edt cst cdt mst mdt pst pdt akst hst ist pkt
jst kst aest aedt acst awst nzst nzdt msk sast wat cat eat hkt sgt ict wib et pt""".split())

# Words before a name that make it an outlet ("the daily Nordposten", "the tabloid Bild").
OUTLET_DESCRIPTORS = frozenset("""daily weekly tabloid broadsheet newspaper paper magazine outlet broadcaster
journal""".split())

# Small words a title of a work or case may hold: `the case "Doe vs. Facebook Ireland Limited"`.
TITLE_SMALL_WORDS = frozenset("vs vs. v v. of and the de la del of in on for to a an at with or".split())

# -- function words the rules name ---------------------------------------------------------------

ARTICLES = frozenset(("the", "a", "an"))
DEFINITE_ARTICLE = "the"
LEADING_DEFINITE = re.compile(r"^the\s+")  # "the Kremlin" and "Kremlin" are one name
DEFINITE_DETERMINERS = frozenset(("the", "this", "that"))  # "the spokesman": someone already named
POSSESSIVE_ENDINGS = frozenset(("’s", "'s"))
POSSESSIVE = re.compile(r"(’s|'s|’|')$")

# Pronouns: who can be the source of words, which stand for a body, which are empty subjects.
SPEAKING_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
BODY_PRONOUNS = frozenset(("it", "they", "we"))
READING_VERB = "read"  # '"...," the post read': what a written thing says, tagged a noun at times
THING_PRONOUN = "it"  # one thing or body, never a person
# How a word for people in the plural ends, and its singular's ending: "Fishermen", "Miners".
PERSON_PLURAL_ENDINGS = (("men", "man"), ("s", ""))
BODY_POSSESSIVES = frozenset(("its",))  # "Its president, NAME": the body named before
PLURAL_POSSESSIVES = frozenset(("their",))  # "Their general manager, NAME": a team's, or people's
PLURAL_PRONOUN = "they"  # a body, or the people of the sentence before
RELATIVE_OBJECT = "whom"  # "many of whom were children"
GROUP_PRONOUNS = frozenset(("them", "those", "these"))  # "Some of them said": the people named before
EXPLETIVES = frozenset(("there",))  # "there were ...": no one
PASSIVE_EXPLETIVES = frozenset(("it",))  # "it was reported that ...": no one
RELATIVE_PRONOUNS = frozenset(("who", "which", "that"))
RELATIVE_POSSESSIVES = frozenset(("whose",))  # "the union, whose leader, NAME,"
# What only a body has, said of it with `whose`: "Pro Lege, whose members include judges," is a body.
MEMBER_NOUNS = frozenset("member affiliate shareholder".split())
PERSONAL_RELATIVE = "who"
PARTICIPLE_ENDING = "ing"  # "Sentencing Pettifer, Justice NAME said": a present participle's ending
THING_RELATIVE = "which"  # "Halmera Nikel, which supplies nickel": no person

# Prepositions and particles by the role the rules give them.
CHANNEL_PREPOSITIONS = frozenset(("on", "via", "through"))  # "said on Twitter": a channel, not a person
PLACE_PREPOSITIONS = frozenset(("in", "near", "into", "outside", "around"))  # "fighting in Tell Tamer"
# Prepositions that spread something over a place or set it above one, never over a person: "across Galicia".
STRETCH_PREPOSITIONS = frozenset(("across", "throughout", "above", "below", "beyond"))
NEAR_PREPOSITIONS = frozenset(("near", "outside"))  # "at Linby near Dover": a place placed by another
CABINET_WORDS = frozenset(("cabinet",))  # "Interior Cabinet Secretary NAME": a word of the title
NOT_YET_WORDS = frozenset(("yet",))  # "has yet to say": not said so far
AFFILIATION_PREPOSITIONS = frozenset(("of", "from", "at"))  # "Tong Zhao of the Carnegie Endowment"
# Words after which a description names whom it belongs to: "a spokeswoman for Tarn Hospital" is a spokeswoman.
BELONGING_PREPOSITIONS = frozenset(("for", "of", "at", "from", "with"))
NEGATIVE_CONJUNCTIONS = frozenset(("nor",))  # "did not list A, nor mention B"
NO_ONE_WORDS = frozenset(("nobody", "none", "noone", "no-one"))  # "Nobody said ...": no one said it
IDENTITY_NOUNS = frozenset("name names identity surname".split())  # "asked that his name not be used": anonymity
REQUEST_VERBS = frozenset("ask request".split())  # "requested that her identity be withheld"
WITHHOLDING_VERBS = frozenset("withhold conceal hide omit change".split())  # "that her identity be withheld"
NO_DETERMINER = "no"  # "No one asked ...", "no official said ..."
CONTRAST_CONJUNCTIONS = frozenset(("but", "yet"))  # "According to X, A, but B": B is the writer's
CONTRAST_MARKS = frozenset(("while", "whereas"))  # "A said X while B wrote Y": B's report beside A's
# Words joining a clause that goes on with a report before it: "said the loan pays for it, so it is no
# burden", "said he was keen, but there are no facilities".
CONTINUING_CONJUNCTIONS = frozenset(("and", "but"))
RESULT_MARKS = frozenset(("so",))
# Words opening a phrase that picks out members of what the report named: "..., among them a buyer in Vermont".
MEMBER_OPENERS = frozenset("among including notably especially".split())
# Words opening a clause of contrast or cause that a source can vouch for alone:
# "While few own a suit according to a study, organisers counted ...".
SUBORDINATE_MARKS = frozenset(("while", "whereas", "although", "though", "because", "since"))
# Words opening a clause of cause: "said she did not mind, because they bought coffee" gives the speaker's reason.
CAUSE_MARKS = frozenset(("because",))
INCLUSIVE_PREPOSITIONS = frozenset(("including", "like", "notably"))  # "towns, including Kemi"
# The word before `as` that gives what follows as examples of a kind: "sites such as Kemi".
SUCH = "such"
# Words for places people visit, which name places as much as towns do: "opened sites such as Kemi to visitors".
VISITED_PLACE_NOUNS = frozenset("site attraction landmark destination resort".split())
# Prepositions that set two sides of a contest against each other: "the final between Kemi Vale and FC Arlo".
CONTEST_PREPOSITIONS = frozenset("between against versus vs vs. v v.".split())
# Words that name a weather system before its given name: "Tropical Storm Barry", "Hurricane Dora".
STORM_WORDS = frozenset("storm hurricane typhoon cyclone depression".split())
# Last words of the name of a day, a prize, a trophy or an event, often named after someone or somewhere:
# "Martin Luther King Jr. Day", "the Baku Olympiad".
NAMED_THING_HEADS = frozenset("""day days prize award awards medal trophy cup lecture scholarship fellowship olympiad
olympics championship championships tournament festival telescope satellite spacecraft rover probe directive""".split())
NAMED_THING_SURNAMES = frozenset(("day",))  # also a surname (Doris Day): a day's name only with three words or more

# Nouns of a part someone plays: "the character NAME", "dressed as NAME" is a character, not a person.
CHARACTER_NOUNS = frozenset("character characters role roles persona alter-ego mascot".split())
# Verbs whose "as NAME" is a part played: "cosplaying as NAME", "starred as NAME", "cast as NAME"
# (`cosplaye`: the English pipeline's lemma of "cosplaying", a word it does not know).
ROLE_VERBS = frozenset("play star cast dress cosplay cosplaye portray voice".split())

# Nouns of what is named but is no person: "NAME, a rabbit", "the gorilla NAME", "the research vessel NAME".
# Craft are often named after people ("MV Alan Kurdi"): only the other nouns say what a name is at every mention.
CRAFT_NOUNS = frozenset("""robot ship vessel boat yacht ferry tanker submarine spacecraft probe rover lander satellite
freighter dredger trawler barge tug tugboat frigate corvette destroyer icebreaker schooner catamaran steamer
pirogue canoe dhow skiff dinghy sampan felucca lifeboat longboat gunboat""".split())
# Prefixes written in capitals before a vessel's name: "MV Tarn Star", "HMS Kestrel", Indonesia's "KM" (motor ship).
FLAGGED = "flagged"  # "the Malta-flagged NAME": a ship
SHIP_PREFIXES = frozenset("MV MS MT SS RMS HMS HMAS HMNZS HMCS HMPNGS USS USNS INS FV KM KMP MY".split())
NON_HUMAN_NOUNS = CRAFT_NOUNS | frozenset("""
animal dog puppy cat kitten horse pony donkey cow bull pig sheep goat rabbit hare fox wolf bear lion tiger
leopard cheetah elephant giraffe zebra gorilla chimpanzee monkey ape panda koala kangaroo whale dolphin
orca shark seal otter bird eagle owl parrot penguin snake crocodile alligator turtle tortoise dragon
unicorn dinosaur god goddess deity
falcon gyrfalcon camel orisha
""".split())
# The script of the language's names: a name written wholly in another ("Тюмень") is a word quoted from
# another language, not a person the article names (it gives their names in this script).
NAME_SCRIPT = "LATIN"
# Nouns of a work: "the sitcom NAME", "the novel NAME" is the work's title, not a person.
WORK_NOUNS = frozenset("""sitcom series show film movie documentary novel book album song single play opera
musical game podcast comic programme program epic""".split())
# Prepositions of a route's ends: "from NAME to Havana", "between NAME and Guantanamo".
ROUTE_PREPOSITIONS = ("from", "to", "between")
# Prepositions of being carried: "aboard NAME" is a vessel or a craft.
VEHICLE_PREPOSITIONS = frozenset("aboard onboard".split())
# Indefinite articles: "a self-described Neo-Nazi" is a kind of person, not a person's name.
INDEFINITE_ARTICLES = frozenset("a an".split())
# Nouns whose own `that` clause tells what they hold, not what a verb before them says: "after reports that ...".
CONTENT_NOUNS = frozenset("""news rumour rumor fear concern word suggestion warning revelation speculation sign evidence
hope idea belief confirmation disclosure""".split())
# Auxiliaries that open an inverted condition: "would have been higher had the bank not settled".
CONDITION_AUXILIARIES = frozenset("had were should".split())
# Words that place a name next to another place: "an outbreak in Kozhikode and neighbouring Malappuram".
NEIGHBOURING_WORDS = frozenset("neighbouring neighboring nearby adjacent adjoining".split())
# Words opening a clause that names a thing, as a noun would: "confirmed what workers had been saying".
FREE_RELATIVE_WORDS = frozenset("what whatever".split())
# Nouns for the occasion a speaker says something on: "said on Wednesday, acknowledging for the first time that ...".
OCCASION_TIME_NOUNS = frozenset("time occasion".split())
# Nouns for the name a person gives in a clause about them: "A man, who gave only his first name, Didier, said".
NAME_NOUNS = frozenset("name".split())
# Nouns for a household of people that speaks as one and is `it`: "The family said A. "...," its statement said."
FAMILY_NOUNS = frozenset("family household".split())
# Nouns a writer sums up a report with, to comment on it after a comma: "said 40,000 had marched, a figure the
# police disputed", "a claim that could not be verified", "a comparison rejected by press groups".
COMMENT_NOUNS = frozenset("""claim figure comparison assertion charge allegation accusation estimate number account
version contention characterisation characterization description""".split())
# First words of sacred things' names: "the Holy Headdress", "the Sacred Heart".
SACRED_WORDS = frozenset("holy sacred".split())

# Names someone takes: "under the ring name NAME", "his pen name NAME", "the pseudonym NAME".
NAME_KINDS = frozenset("ring stage pen screen professional".split())
NAME_NOUN = "name"
ADOPTED_NAME_NOUNS = frozenset("pseudonym alias moniker nom".split())
# Verbs of performing under a name: "Vernon Henry, who performed as King Scorcher".
PERFORMING_VERBS = frozenset("perform sing rap wrestle box fight record".split())

# Kin: "her mother, Gloria Morgan Vanderbilt" is another person than the Gloria Vanderbilt named before.
KINSHIP_NOUNS = frozenset("""mother father son daughter wife husband brother sister aunt uncle grandmother grandfather
grandson granddaughter niece nephew cousin widow widower stepmother stepfather parent parents""".split())
# People someone has around them, besides kin: "his roommates said", "her colleagues told".
RELATION_NOUNS = frozenset("""roommate flatmate housemate neighbour neighbor friend colleague aide ally supporter
follower fan relative teammate classmate client patient employee partner boyfriend girlfriend fiance fiancee""".split())
PARTITIVE_NOUNS = frozenset("part portion section excerpt passage extract".split())  # "Part of the statement"
SOURCE_PREPOSITIONS = frozenset(("from", "on", "via"))  # "a tweet from NAME's account", "a post on NAME's page"
ABSOLUTE_PREPOSITION = "with"  # "..., with officials saying the count was fair": who says it
PARTNER_PREPOSITIONS = frozenset(("with",))  # "in an interview with NAME, she said": the other party
ORIGIN_PREPOSITION = "from"  # "Regina Ip from the pro-Beijing camp"
# Titles held towards a country or body rather than of it: "Ambassador to Germany Richard Grenell",
# "Special Envoy to Syria Jan Berg"; the country after "to" is where the holder serves, not whose they are.
POSTED_PREPOSITIONS = frozenset(("to", "for"))  # "Ambassador to Germany", "Special Envoy for Syria"
# Parties news names by one word that is also a common noun: "Labour promised to fix this".
PARTY_WORDS = frozenset("labour labor".split())
# Titles of someone elected for a place: "the Labour MP for Leeds North", the place after "for" their seat.
REPRESENTING_TITLES = frozenset("""mp mep msp mla member representative senator congressman congresswoman
councillor councilor assemblyman assemblywoman delegate""".split())
REPRESENTING_PREPOSITION = "for"
POSTED_TITLES = frozenset({"ambassador", "envoy", "emissary", "representative", "delegate", "adviser", "advisor",
                           "counsellor", "counselor", "attaché", "attache", "liaison", "nuncio", "consul",
                           "commissioner", "assistant", "secretary"})
# Words a hyphen joins to a name to make an adjective or a place, not a longer name: "Hassan-side",
# "Moscow-based", "Saudi-led", "Obama-era".
NAME_ADJECTIVE_ENDINGS = frozenset("""side based born bred led backed owned run made style era bound linked allied
aligned controlled funded sponsored type like wide ish esque area region""".split())
# Endings of nouns for people ("singer", "actor", "activist", "comedian", "migrant", "resident"): a name such a
# noun is "known as" may be a person's.
PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee")
# Verbs of making or selling: what they take is a product ("which makes Kemi Soft Tissue"), not a person.
PRODUCT_VERBS = frozenset("make manufacture produce sell market brew bottle distribute import export stock".split())
ORIGIN_ADVERBS = frozenset(("both", "all", "each", "also", "too", "originally"))  # "A and B, both from X"
SHARED_QUANTIFIERS = frozenset(("both", "all", "each"))
OWNER_PRONOUNS = frozenset(("his", "her"))  # "NAME said his Labour Party ..."
COMPATRIOT_WORDS = frozenset(("countryman", "countrywoman", "countrymen", "countrywomen", "compatriot", "compatriots"))
MEMBERSHIP_VERBS = frozenset(("join", "rejoin", "form", "found", "co-found", "cofound"))  # "A and B formed Cream"
KNOWN_FROM = ("know", "from")  # "NAME, who was known from The Tarns"
# Verbs of working for a body, each with the prepositions that name the body: "NAME works at the observatory",
# "plays for the Tarn Rovers", "writes for the Tarn Post". Not `run for`: a candidate runs for the body they
# would join ("running for the Senate").
# Verbs of leading a body named as their object: "NAME, who heads the Tarn Red Cross".
LEADING_VERBS = frozenset("head lead chair run manage oversee supervise coordinate".split())
WORK_FRAMES = {
    "work": ("at", "for", "with"), "serve": ("on", "with", "in"), "play": ("for", "with"), "write": ("for",),
    "report": ("for",), "teach": ("at",), "study": ("at",), "preside": ("over", "in"), "sit": ("at", "in"),
    "review": ("for",),
}
REPRESENTING_VERB = "represent"  # "NAME, representing the union"
BEHALF = ("on", "behalf", "for")  # "speaking on behalf of X", "speaking for X"
# Platforms' one-letter names with the stop the tokenizer joins to them as to an initial's, and the prepositions
# they follow: "posted on X."
PLATFORM_STOPS = frozenset(("X.",))
# Particles of names that are English words too, which the model reads as verbs (`Rui dos Santos Pereira`), and the
# particle it reads them as.
PARTICLES_READ_AS_WORDS = frozenset(("dos", "do"))
PARTICLE_NORM = "de"
PLATFORM_PREPOSITIONS = frozenset(("on", "via"))
# Verbs of acting for a party before a court or a hearing: "Prosecuting for the Tarn Revenue Service, NAME said".
ACTING_FOR_VERBS = frozenset("prosecute appear act".split())
# Things written by their authors, named with `by`: "a paper by the trial's investigators".
AUTHORED_WORKS = frozenset("paper study article report analysis review essay book letter column".split())
AUTHOR_PREPOSITIONS = frozenset(("by", "from"))  # "a statement by the spokesperson"
CAMPUS_BODIES = frozenset(("university",))  # "the University of California, Davis": a system and its campus
PARTY_PREFIXES = frozenset(f"{p}{h}" for p in "DRI" for h in "-–")  # "Sen. NAME, D-Ohio": Democrat, Republican, ...
ADVERB_SUFFIX = "ly"  # "Majorly, ...": an adverb's ending
# Words for many people that own a body in its name: "the Christian People's Union", "the Workers' Party".
COLLECTIVE_OWNERS = frozenset("people peoples workers women farmers students teachers citizens veterans youth "
                              "pensioners miners nurses doctors".split())
# How the words for a specialist end: "endocrinologist", "technician", "psychiatrist".
SPECIALIST_ENDINGS = ("ologist", "ician", "iatrist")
# Words for a person who is not named ("One of the victims ... She said"), by the gender they give a pronoun.
UNNAMED_PERSON_NOUNS = {
    "f": frozenset("woman girl mother daughter wife sister grandmother widow spokeswoman".split()),
    "m": frozenset("man boy father son husband brother grandfather widower spokesman".split()),
    None: frozenset("""victim survivor passenger patient parent child relative neighbour neighbor friend person
resident witness student worker teacher nurse doctor official officer spokesperson diplomat aide source insider
employee lawmaker protester villager farmer soldier driver commuter shopper mourner voter investigator
engineer miner pilot analyst lawyer manager colleague pharmacist paramedic firefighter guard clerk shopkeeper
trader vendor owner pensioner volunteer rescuer tourist visitor customer tenant citizen researcher scientist
expert seller hairdresser tailor mechanic fisherman labourer laborer cleaner cook baker butcher porter
welder carpenter plumber electrician waiter waitress cashier consultant surgeon physician midwife dentist
prosecutor detective economist activist campaigner journalist reporter photographer bystander player coach fan
supporter critic reviewer presenter editor announcer accountant technician translator
interpreter priest monk nun caretaker librarian housekeeper maid chef gardener janitor buyer dealer
musician drummer singer dancer""".split()),
}
# Words for a person of one gender ("NAME, a former headmistress"), by the gender they give a pronoun: those above,
# the gendered titles, and these.
GENDERED_NOUNS = {g: UNNAMED_PERSON_NOUNS[g] | {w for w, x in GENDERED_TITLES.items() if x == g} | set(words.split())
                  for g, words in (("f", "headmistress actress waitress heiress priestess nun abbess duchess countess "
                                         "empress hostess stewardess matriarch"),
                                   ("m", "headmaster monk abbot duke emperor patriarch"))}
# Words for a person that a firm or a body can be described by too ("Acme, a grain trader,"): no sign of a person.
SHARED_ROLE_NOUNS = frozenset("""owner trader vendor member manager customer tenant candidate nominee supplier
source employee""".split())
TO_EFFECT = ("to", "effect")  # "a statement to the effect that ...": the words that lead to a document's content
PARTITIVE_HEADS = frozenset(("one",))  # "one of the company's directors, NAME"
ASIDE_DASHES = frozenset(("\u2014", "\u2013"))  # "on the matter — which the BBC noted — ": an aside's dashes
NAME_DASHES = frozenset(("\u2013",))  # "Export–Import Bank", "Austria–Hungary": an en dash joining a name's words
# Where someone came from or went: "From Israel, NAME spoke", "visited Kenya", "arrived in Oslo".
MOTION_PREPOSITIONS = frozenset(("from", "to"))
MOTION_FROM = "from"  # "a driver from Ketu": where a person comes from
# Words for a journey, whose `to` names where it goes: "flights to Java".
JOURNEY_NOUNS = frozenset("""flight service route trip journey train bus ferry connection voyage crossing railway
railroad road highway motorway""".split())
# Words for a stretch of a way, whose `between` names its two ends: "a 50-km stretch between Surat and Bilimora".
WAY_PARTS = frozenset("stretch section segment leg corridor carriageway road highway motorway railway pipeline".split())
# "NAME, chairman since 2015": a preposition of time, with a date, tells when a role was held; no part of it.
TIME_PREPOSITIONS = frozenset("since from until till between".split())
TRAVEL_VERBS = frozenset("visit tour travel fly arrive return leave enter flee land".split())
# Verbs of going somewhere, and the adverb of going back: "moved to NAME", "a ticket back to NAME" reach a place.
# Not "go" or "come": "the medal went to NAME" is given to a person.
GOING_VERBS = frozenset("travel fly flee move drive walk sail ride relocate emigrate march".split())
# Verbs of carrying people or goods over a route: "carrying 96 passengers from George Town to Langkawi".
CARRYING_VERBS = frozenset("carry ferry transport ship haul fly sail run operate shuttle".split())
# Verbs of going that take a person too ("the prize went to NAME"): a place only when people go.
PEOPLE_GOING_VERBS = frozenset("go come return".split())
BACK_WORD = "back"
WAY_VERBS = frozenset(("lead", "run"))  # "roads leading to NAME": where a way leads is a place
DEPARTING_PARTICLES = frozenset(("out", "off"))  # "set out from NAME", "set off from NAME": where one leaves from
# Words for a match between teams: the side it is played `against` is a team ("Saturday's game against Avanhard
# Poltava"), and so is the side a team plays it `away to`. Not "final" or "bout", played against one person too.
TEAM_MATCH_NOUNS = frozenset("game match fixture derby league-match replay friendly play-off playoff".split())
CONTEST_AGAINST = "against"
# Spanish plural articles: a name opening on one is a group's, a band's or a team's ("Los Saltimbanquis del Cerro",
# "Las Leonas"), never one person's.
PLURAL_ARTICLES_OPENING_GROUPS = frozenset(("los", "las"))
AWAY_WORD = "away"
PLAYING_VERB = "play"
HOME_WORD = "home"  # "waiting to go home to Vella": where people go home to is a place
# Prepositions a list of places is the object of: "marched through Causeway Bay, Wan Chai and Tin Hau".
THROUGH_PREPOSITIONS = frozenset("in near into outside around through across at over throughout".split())
# "League for the Defence of Human Rights", "Council on Ethics": a body's name goes on with what it is for or about.
CAUSE_PREPOSITIONS = frozenset(("for", "on"))
ROLE_PREPOSITIONS = frozenset(("of", "for", "at", "from"))  # "spokesman of the ministry"
OF = "of"
AS = "as"  # `dismissed the report as "..."`
TRADING_VERBS = frozenset("trade operate".split())  # `a joint venture that trades as NAME`: the name it uses
# What a body counts in its size: `the 15-member Grand Bench`, `the 450-seat Assembly`, `the 200-strong Guard`.
SIZE_WORDS = frozenset("member seat strong".split())
# Words for a product: `Nifelan XL, an extended-release form of the drug`: what they describe is no actor.
PRODUCT_NOUNS = frozenset("drug medicine medication pill tablet vaccine form version brand model variant formulation "
                          "generic product device app".split())
# Words for a gathering or an event, whose name is no one's: "The first listening session, Codka Kemi, will be held".
EVENT_NOUNS = frozenset("""session concert exhibition conference summit festival race regatta match tournament ceremony
parade fair forum congress contest competition""".split())
# Words for days kept: "for holidays such as NAME" names a day, not a person.
HOLIDAY_NOUNS = frozenset("holiday feast celebration festivity".split())
# Words for customs a name can name: "Malipenga, the masked dance of the Lomwe," is a dance, no one.
CUSTOM_NOUNS = frozenset("dance rite ritual custom tradition masquerade".split())
# Verbs of filing something under a category: `sheets set aside as "observed"`, `listed as "missing"`: the quoted
# word after `as` names the category, it is no one's words.
FILING_VERBS = frozenset("set mark classify class list register record flag designate tag categorise categorize code "
                         "log file".split())
COMPLEMENTIZER = "that"  # "said that ..."
# Labels of an interviewer's turns in a transcript (initials, all in capitals, are one too: `((WN))`, `Q:`), and
# the cue an interviewee's answer is given.
INTERVIEWER_LABELS = frozenset("wikinews interviewer question reporter host moderator".split())
INTERVIEW_CUE = "interview"
FIRST_PERSON = frozenset("i we me us".split())  # the interviewer, in their own turn
SECOND_PERSON = frozenset(["you"])  # the person interviewed, in the interviewer's turn
QUESTION_AUXILIARIES = frozenset("can could would will do does did".split())  # "Can you tell us ...": a question
# Nouns naming the words after them as words: `the term "subject to"`, `the slogan "Think different"`.
TERM_NOUNS = frozenset("term terms phrase phrases word words expression label slogan motto hashtag catchphrase".split())
# Verbs that name a thing by a term: "a practice riders call a \"sticky bottle\"".
TERM_NAMING_VERBS = frozenset("call dub term nickname".split())
TERM_MARKERS = ("so-called",)  # 'so-called "rhino rangers"': words in use, quoted as such
# A question reported: "asked whether the plan was legal" reports, though "ask" needs "that" otherwise.
QUESTION_VERBS = frozenset("ask wonder".split())
QUESTION_MARKS = frozenset("whether if".split())
# Verbs of a question put to someone, as a participle set off by commas: "NAME, asked about the leak, said ...".
QUESTIONED_VERBS = frozenset("ask press question quiz challenge".split())
ACCORDING_TO = ("according", "to")
ADDRESSEE_PREPOSITION = "to"  # "Responding to NAME, she argued": whom the words were addressed to
ACCORDING_WORDS = frozenset(("per",))  # "Per the decree, priests must report": `according to` in one word
COPULA = "be"
# Verbs of speaking whose topic may be quoted: `talked of the river's "long memory of floods"`.
SPEAKING_VERBS = frozenset("talk speak".split())
# Adjectives saying how someone spoke, before their words: "NAME was defiant. \"We will strike ...\"".
SPEAKING_MANNERS = frozenset("defiant blunt adamant emphatic frank candid unapologetic unrepentant scathing "
                             "dismissive forthright outspoken unequivocal categorical".split())
# How someone felt, told just before their words: "NAME was furious. \"...\"", "leaving NAME unimpressed".
FEELINGS = frozenset("furious angry upset unimpressed delighted disappointed pleased frustrated elated thrilled "
                     "livid incensed dismayed relieved ecstatic jubilant bitter emotional".split())
# Verbs of coming by a document: "filings seen by Reuters" are not Reuters' words.
VIEWING_VERBS = frozenset("see obtain review view examine read inspect access acquire leak".split())
# Verbs of making a text public: "according to results published by the regional government", "a summary
# tabled by the committee", "figures read out by the returning officer": the text speaks for who published it.
PUBLISHING_VERBS = frozenset("publish table release issue compile post circulate present submit file read announce"
                             .split())
# Verbs and adjectives under which a speech verb reports nothing said: "declined to say", "is expected to
# announce", "was unable to say".
UNREALISING_VERBS = frozenset("""decline refuse fail expect plan intend hope want wish threaten unable reluctant
unwilling likely unlikely due""".split())
EXCESS_ADVERBS = frozenset(("too",))  # "too slow to admit ...": what was too much to do was not done
HASTE_ADJECTIVES = frozenset("quick fast eager keen ready hasty swift".split())  # "too quick to say": it was said
# Verbs of getting somewhere, and of finding something out there: "returned home to find that the roof had gone" says
# what met them, not what anyone said.
ARRIVAL_VERBS = frozenset("go come return arrive wake awake walk drive get reach turn show head".split())
FINDING_VERBS = frozenset("find discover learn".split())
AGE_DESCRIPTION = re.compile(r"(\d{1,3})[-‐‑]year[-‐‑]old")  # "the 45-year-old": someone of that age
# Nouns of what someone answers or sends: "NAME's response: "..."".
REPLY_NOUNS = frozenset("response reply answer message retort reaction verdict comment advice".split())
NUMBER_SIGNS = frozenset("% ‰ °".split())  # "fell 10%": a sign written onto a number
IN_WORDS = ("in", "word", "of")  # "in NAME's words", "in the words of NAME": whose words a quotation gives
PUT_IT = ("put", "it")  # `"ground to a halt," as the report put it`

# Roles as they change: what places one of a person's roles before another the article gives them.
# "the former mayor", "ex-minister", "then-Senator"
FORMER_ROLE_WORDS = frozenset(("former", "ex", "erstwhile", "onetime", "one-time", "then", "previous"))
EARLIER_ADVERBS = frozenset(("previously", "formerly", "once", "earlier"))  # "previously served as"
PRESENT_ADVERB = "now"  # "the now-former governor": a role over by now
# Modals a report in the past puts its future in: "said it had frozen hiring and would review its courses".
BACKSHIFTED_MODALS = frozenset(("would", "could", "might", "should"))
# The auxiliary of negation and emphasis: "would hold a march and did not rule out blockades".
DO_AUXILIARY = "do"
PERFECT_AUXILIARY = "have"  # "NAME, who had been mayor": `had` with a past participle, a role before the story's
PAST_TAG = "VBD"  # "had" (not "has") been
APPOINTMENT_VERBS = frozenset(("appoint", "name", "nominate", "designate", "choose", "pick", "tap", "select"))
NEW_ROLE_WORDS = frozenset(("new", "newly", "incoming"))  # "the new governor": a role taken up now
TAKING_OFFICE_VERBS = frozenset(("swear", "inaugurate", "install"))  # "sworn in as governor"
ROLE_COMPLEMENTS = frozenset(("of", "for", "at", "from", "to", "in", "on"))  # "secretary | of state"

COMPASS_NAMES = frozenset(("north", "south", "east", "west", "the north", "the south", "the west", "the east"))
# Words for the edge of a land, whose `of` is a place: "a resort on the south-east coast of Upolu".
SHORE_NOUNS = frozenset("coast coastline shore shores outskirts foothills slopes".split())
# Where people go: "fled south towards Lowarengak", "headed to Kakuma": the name after is a place.
MOTION_VERBS = frozenset("flee head move travel drive walk march sail fly retreat migrate evacuate relocate trek "
                         "escape return".split())
DIRECTION_PREPOSITIONS = frozenset(("towards", "toward", "to", "into"))
NAME_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii"))
# Letters after a name for a rank, an office or an honour, written in capitals and no part of the name: "Helen
# Marchbank KC", "Jo Penn MP", "Ann Lee OBE".
POST_NOMINALS = frozenset("kc qc sc san mp mep msp ms mla td obe cbe mbe kbe dbe gbe frs".split())
# Speech verbs with a preposition and a thing after it that give them another sense: "added to the pressure".
PREPOSITIONAL_SENSES = {"add": "to"}
# Words opening a clause of time, which the parser may take for a clause's mark: "before the session said".
TEMPORAL_MARKS = frozenset("before after until till since".split())
# Marks of a clause the narrator adds after an attribution: "the service said, although police detained four".
# Words opening a clause of condition or time: a report in one, inside another's report, is awaited ("could reapply
# once a vet had confirmed ...", "would resign if the court ruled that ...").
AWAITING_MARKS = frozenset("once if unless until till".split())
# Verbs making someone do what the verb after them says, its object the doer: "prompting the temple to warn that".
CAUSING_VERBS = frozenset("prompt force lead cause spur compel drive".split())
# Words opening a clause that goes on with a report past an aside: "A, he insisted, until B", "A, she said, because B".
REPORT_CONTINUING_MARKS = frozenset("until till before after because unless once".split())
CONCESSIVE_MARKS = frozenset("although though whereas".split())
# Plural words that end the names of places: "the Falkland Islands", "the Rocky Mountains".
PLACE_PLURALS = frozenset("""islands isles mountains lakes hills highlands lowlands falls keys alps andes rockies
plains territories states emirates provinces heights springs gardens fields banks sands""".split())
# words for a party's members that a party's name ends in after a capitalised word: "Liberal Democrat leader",
# "Christian Democrats", "Scottish Conservative"
PARTY_MEMBER_WORDS = frozenset("democrat democrats republican republicans conservative conservatives socialist "
                               "socialists liberal liberals nationalist nationalists unionist unionists".split())
# Labels of a picture's credit: the name after "Image:" is whoever took the picture, not an actor of the news.
CREDIT_LABELS = frozenset("image photo photograph picture credit credits video".split())
# Titles that are part of the name of someone known by one name only: "Pope Francis", "Princess Haruna", not
# "Francis" or "Haruna".
NAME_TITLES = frozenset("pope king queen prince princess emperor empress".split())
# Styles of address used before a given name alone: Spanish "Don Segundo", "Doña Rosa", Portuguese "Dona Maria",
# Fijian chiefly "Ratu Peceli", "Adi Mereani".
GIVEN_NAME_STYLES = frozenset("don doña dona ratu adi".split())
# Titles of the clergy that are also words for kin or things: "Father Leszek Gawryluk", "Sister Mary Ward", "the Rev.
# Canon Ruth Alleyne" (a cathedral's priest; "Canon" alone is as often the camera maker).
CLERICAL_TITLES = frozenset("father sister brother mother fr. sr. canon".split())
# Title words that are also common given names: "Dean Hart" is a man named Dean; "Dean Ann Lee", a dean.
GIVEN_NAME_TITLES = frozenset(("dean",))
REGNAL_NUMERAL = re.compile(r"^(I{1,3}|IV|V|VI{0,3}|IX|X)$")
HEAD_OF_STATE = "president"  # any president, national or not, serves the article's main country
