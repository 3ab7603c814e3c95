"""Extraction on short hand-written texts: one phenomenon a test, quote span and speaker asserted."""


import pytest
from conftest import speaker_name

MARKS = [('"', '"'), ("“", "”")]  # straight and curly quotation marks alike


def quotes(facts):
    return [(q["kind"], q["text"], speaker_name(facts, q)) for q in facts["quotes"]]


def test_direct_quote_cue_after_with_full_name(facts_of):
    f = facts_of('"We will not back down on the budget," said Maria Okafor, the finance minister.')
    assert quotes(f) == [("direct", "We will not back down on the budget,", "Maria Okafor")]


def test_direct_quote_cue_before_with_curly_marks(facts_of):
    f = facts_of("Harold Lindqvist, a professor at Uppsala University, stated, “The data are clear. "
                 "Nobody disputes them.”")
    assert quotes(f) == [("direct", "The data are clear. Nobody disputes them.", "Harold Lindqvist")]


def test_quote_interrupted_by_its_attribution_is_one_quote(facts_of):
    f = facts_of('Janet Morrow spoke after the vote. "We lost this round," she said. "We will win the next."')
    assert quotes(f) == [("direct", "We lost this round, ... We will win the next.", "Janet Morrow")]


def test_quote_over_paragraphs_keeps_its_speaker(facts_of):
    f = facts_of('Senator Paul Adeyemi said: "The bill is flawed in three ways.\n\n'
                 '"It costs too much, it does too little, and it comes too late."')
    assert quotes(f) == [("direct", "The bill is flawed in three ways.", "Paul Adeyemi"),
                         ("direct", "It costs too much, it does too little, and it comes too late.", "Paul Adeyemi")]


def test_attribution_before_a_colon(facts_of):
    f = facts_of('The mayor, Lucia Ferraro, wrote: "The bridge will reopen in May."')
    assert quotes(f) == [("direct", "The bridge will reopen in May.", "Lucia Ferraro")]


@pytest.mark.parametrize("o,c", MARKS)
def test_colon_after_a_verb_that_is_no_speech_verb(facts_of, o, c):
    f = facts_of(f"In its ruling, the court set out the rules: {o}Hosts may be ordered to remove the posts.{c}")
    assert quotes(f) == [("direct", "Hosts may be ordered to remove the posts.", "The court")]


def test_a_coordinated_that_clause_continues_the_report(facts_of):
    f = facts_of("The ministry announced that the port had reopened, and that ferries would resume on Friday.")
    assert [t for _, t, _ in quotes(f)] == ["the port had reopened, and that ferries would resume on Friday"]


def test_editorial_brackets_stay_in_the_quote(facts_of):
    f = facts_of('Tom Becker said, "[I]t\'s the wrong plan at the wrong time."')
    assert quotes(f) == [("direct", "[I]t's the wrong plan at the wrong time.", "Tom Becker")]


def test_reported_speech_with_that(facts_of):
    f = facts_of("Defence minister Aiko Tanaka said that the patrols would continue through the winter.")
    assert quotes(f) == [("indirect", "the patrols would continue through the winter", "Aiko Tanaka")]


def test_reported_speech_before_the_attribution(facts_of):
    f = facts_of("The talks could collapse within days, warned Daniel Osei, an analyst at the Brookings "
                 "Institution.")
    assert quotes(f) == [("indirect", "The talks could collapse within days", "Daniel Osei")]


def test_according_to_a_surname_resolves_to_the_full_name(facts_of):
    f = facts_of("Rebecca Lam is an economist at the Bank of Canada.\n\n"
                 "Prices will keep rising this year, according to Lam.")
    assert quotes(f) == [("indirect", "Prices will keep rising this year", "Rebecca Lam")]


def test_pronoun_speaker_resolves_to_the_antecedent(facts_of):
    f = facts_of("Carlos Mendez, the union leader, met the workers on Monday.\n\n"
                 "He cautioned that the strike could last for weeks.")
    assert quotes(f) == [("indirect", "the strike could last for weeks", "Carlos Mendez")]


def test_pronoun_skips_a_person_of_the_other_gender(facts_of):
    f = facts_of("Mr. Ivan Petrov praised Ms. Olga Sorokina at the meeting.\n\n"
                 '"The reform is long overdue," she said.')
    assert quotes(f) == [("direct", "The reform is long overdue,", "Olga Sorokina")]


def test_a_person_named_in_a_quotation_running_on_from_the_paragraph_before_is_no_antecedent(facts_of):
    # the second paragraph continues the first's quotation up to its closing mark: Tom Ode is spoken of
    f = facts_of("Paul Brandt, the coach, spoke after the match.\n\n"
                 '"We played well.\n\n'
                 'Tom Ode was brilliant today," he said. He added that the fans were loud.')
    assert ("indirect", "the fans were loud", "Paul Brandt") in quotes(f)


def test_a_place_named_in_a_quotation_running_on_is_no_affiliation(facts_of):
    f = facts_of("Coach Paul Brandt spoke after the match.\n\n"
                 '"We played well.\n\n'
                 'Norway was brilliant today," said Brandt, the coach of Tarn.')
    [brandt] = [a for a in f["actors"] if a["name"] == "Paul Brandt"]
    assert brandt.get("affiliation") != "Norway"


def test_a_quotation_over_paragraphs_is_said_by_whoever_says_its_last_part(facts_of):
    # a quotation left open at a paragraph's end goes on in the next one, which opens with a mark
    f = facts_of("The mayor, Ana Ruiz, opened the bridge on Monday.\n\n"
                 '"It took eleven years and three councils to build it.\n\n'
                 '"The engineers never gave up," she said.')
    assert quotes(f) == [("direct", "It took eleven years and three councils to build it.", "Ana Ruiz"),
                         ("direct", "The engineers never gave up,", "Ana Ruiz")]


def test_a_quotation_over_three_paragraphs_passes_its_speaker_back(facts_of):
    f = facts_of("The storm reached the coast on Sunday night.\n\n"
                 '"The water rose faster than anyone here had ever seen it rise.\n\n'
                 '"We moved the children to the school on the hill.\n\n'
                 '"Nobody was hurt," harbour master Tom Ode said.')
    assert [q[2] for q in quotes(f)] == ["Tom Ode"] * 3


def test_surname_speaker_written_alone(facts_of):
    f = facts_of("Analyst Priya Natarajan follows the market.\n\n"
                 'Natarajan also noted, "Demand has never been this weak."')
    assert quotes(f) == [("direct", "Demand has never been this weak.", "Priya Natarajan")]


def test_organisation_as_speaker(facts_of):
    f = facts_of("The World Health Organization said the outbreak was under control.")
    assert quotes(f) == [("indirect", "the outbreak was under control", "World Health Organization")]


def test_unnamed_speaker_keeps_its_description(facts_of):
    f = facts_of("A senior European diplomat said the sanctions would be extended.")
    [q] = f["quotes"]
    assert (q["kind"], q["text"]) == ("indirect", "the sanctions would be extended")
    assert speaker_name(f, q) == "A senior European diplomat"
    assert next(a for a in f["actors"] if a["id"] == q["speaker"])["type"] == "unnamed"


def test_scare_quotes_and_quoted_names_are_not_quotes(facts_of):
    f = facts_of('Despite a proclaimed "no limits" partnership, the virus was named "COVID-19" by the agency.')
    assert f["quotes"] == []


@pytest.mark.parametrize("o,c", MARKS)
def test_a_name_given_by_a_participle_is_not_a_quote(facts_of, o, c):
    f = facts_of(f"He moved people out of danger, a process called {o}extraction.{c} He later wrote a memoir. "
                 f"The villagers use a method known as {o}cold pressing{c} to make the oil.")
    assert f["quotes"] == []
    f = facts_of(f"The council backed a plan called {o}reckless and unfair{c} by the farmers' union.")
    assert [q["text"] for q in f["quotes"]] == ["reckless and unfair"]  # the union's words, not a name


@pytest.mark.parametrize("o,c", MARKS)
def test_court_papers_speak_for_whoever_filed_them(facts_of, o, c):
    f = facts_of(f"According to the indictment, the pair {o}knew the vault was empty.{c}")
    assert quotes(f) == [("direct", "knew the vault was empty.", "The indictment")]
    f = facts_of("Two farmers filed a petition claiming that the new dam is illegal. Lawyers for the firm filed a "
                 "motion arguing that the fine was unlawful.")
    assert quotes(f) == [("indirect", "the new dam is illegal", "Two farmers"),
                         ("indirect", "the fine was unlawful", "Lawyers for the firm")]


@pytest.mark.parametrize("o,c", MARKS)
def test_an_intention_is_carried_out_by_its_holder(facts_of, o, c):
    f = facts_of(f"Ola Berg also expressed a desire to work with Ines Moll to {o}build a party that serves "
                 f"everyone.{c}")
    assert quotes(f) == [("direct", "build a party that serves everyone.", "Ola Berg")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_participle_closing_a_report_is_the_reporter_s(facts_of, o, c):
    f = facts_of(f"On Monday, officials from Norland admitted their army had fired on the ferry, blaming {o}a faulty "
                 f"radar{c} and the fog. The minister said the police had acted lawfully, calling the clashes "
                 f"{o}the work of a few agitators.{c}")
    direct = [(text, speaker) for kind, text, speaker in quotes(f) if kind == "direct"]
    assert direct == [("a faulty radar", "Officials from Norland"), ("the work of a few agitators.", "The minister")]


def test_a_participle_closing_a_report_is_no_part_of_the_reported_clause(facts_of):
    f = facts_of("Susan Bray, the victim's mother, told reporters she considered the deal fair, saying a harsher "
                 "sentence would not bring her son back.")
    assert quotes(f) == [("indirect", "she considered the deal fair", "Susan Bray"),
                         ("indirect", "a harsher sentence would not bring her son back", "Susan Bray")]


def test_speech_verb_without_content_is_not_a_quote(facts_of):
    f = facts_of("Kim Jong Un shared his thoughts with the visitors.")
    assert f["quotes"] == []


def test_partial_quotation_inside_reported_speech_is_direct(facts_of):
    f = facts_of('Gabriel Dubois said the plan was "nowhere near enough" for the region.')
    assert ("direct", "nowhere near enough", "Gabriel Dubois") in quotes(f)


def test_repeated_paragraph_yields_its_quote_once(facts_of):
    p = "Nora Quist said that the harbour would close at noon."
    f = facts_of(p + "\n\n" + p)
    assert len(f["quotes"]) == 1 and f["quotes"][0]["paragraph"] == 1


def test_apostrophes_never_crash_or_swallow(facts_of):
    f = facts_of("The teachers' union and the protesters' leaders met. Officials' reports ’98 were late.\n\n"
                 '"We are ready," said Lena Fischer.')
    assert quotes(f) == [("direct", "We are ready,", "Lena Fischer")]


def test_one_actor_per_person_with_title_and_affiliation(facts_of):
    f = facts_of("Yara Haddad, director of the Energy Program at the Harlow Institute, spoke first.\n\n"
                 "Haddad said that oil prices would fall.")
    people = [a for a in f["actors"] if a["type"] == "person"]
    assert [p["name"] for p in people] == ["Yara Haddad"]
    assert people[0]["title"] == "director of the Energy Program"
    assert people[0]["affiliation"] == "Harlow Institute"
    assert "Haddad" in people[0]["aliases"]


def test_compound_title_and_organisation_before_a_name(facts_of):
    f = facts_of("Ministry of Trade spokesman Ali Rahimi described the deal as fair.")
    [p] = [a for a in f["actors"] if a["type"] == "person"]
    assert (p["name"], p["title"], p["affiliation"]) == ("Ali Rahimi", "spokesman", "Ministry of Trade")


def test_capital_used_for_its_government_is_the_country(facts_of):
    f = facts_of("Beijing protested, and China recalled its envoy from Canberra.")
    china = next(a for a in f["actors"] if a["name"] == "China")
    assert china["type"] == "country" and "Beijing" in china["aliases"]
    assert not any(a["name"] == "Beijing" for a in f["actors"])


def test_quote_offsets_point_at_the_text(facts_of):
    f = facts_of('Officials met. "Nothing was agreed," said Omar Haidari.')
    [q] = f["quotes"]
    assert q["paragraph"] == 1 and (q["start"], q["end"]) == (16, 35)


def test_block_quote_signed_on_the_next_line(facts_of):
    f = facts_of("In its ruling, the court set out the rules:\n\n"
                 "Member states may order a host to remove posts that repeat the unlawful content.\n\n"
                 "– Supreme Court of Freedonia")
    assert quotes(f) == [("direct", "Member states may order a host to remove posts that repeat the unlawful "
                                    "content.", "Supreme Court of Freedonia")]


def test_title_only_speaker_resolves_to_the_named_holder(facts_of):
    f = facts_of("Foreign ministry spokesman Wang Lei held a briefing on Tuesday.\n\n"
                 "The spokesman said that the talks would resume next month.")
    assert quotes(f) == [("indirect", "the talks would resume next month", "Wang Lei")]


def test_context_corrects_the_entity_type(facts_of):
    f = facts_of("Mina Park, a fellow at the Hartwell Center, said that the vote was close.")
    types = {a["name"]: a["type"] for a in f["actors"]}
    assert types.get("Hartwell Center") == "org" and types.get("Mina Park") == "person"


def test_parallel_extraction_gives_the_same_facts(nlp, tmp_path):
    from conftest import extracted_facts

    from dossier.sources import read_article

    paths = []
    for i, body in enumerate(['"We are ready," said Lena Fischer.', "Omar Haidari said that the port was shut.",
                              "According to the ministry, prices fell."] * 3):
        p = tmp_path / f"a{i}.txt"
        p.write_text(f"Title {i}\n\n{body}\n")
        paths.append(p)
    serial = extracted_facts([read_article(p) for p in paths], nlp, processes=1, batch_size=2)
    parallel = extracted_facts([read_article(p) for p in paths], nlp, processes=2, batch_size=2)
    assert parallel == serial and len(serial) == 9


def test_second_quote_joined_by_a_participle_keeps_the_first_speaker(facts_of):
    f = facts_of('Ana Souza of the Lisbon Institute said, "If the court rules, then Meta has to comply", '
                 'also observing, "[t]here is no common law on this".')
    assert [s for _, _, s in quotes(f)] == ["Ana Souza", "Ana Souza"]


def test_a_quoted_title_is_not_a_quote(facts_of):
    f = facts_of('The court ruled in the case "Doe vs. Acme Holdings Limited" on Thursday.')
    assert f["quotes"] == []


def test_words_governed_by_a_non_speaker_are_not_a_quote(facts_of):
    f = facts_of('Sales went through a "sharp increase" in March.')
    assert f["quotes"] == []


def test_scare_quote_beside_a_speaking_subject_is_not_a_quote(facts_of):
    f = facts_of('Despite a proclaimed "no limits" partnership, China has avoided sending weapons.')
    assert f["quotes"] == []


def test_characterisation_with_as_is_the_subjects_quote(facts_of):
    f = facts_of('Senator Maria Lopez dismissed the report as "a partisan fishing expedition."')
    assert quotes(f) == [("direct", "a partisan fishing expedition.", "Maria Lopez")]


def test_people_named_together_share_the_role(facts_of):
    f = facts_of("Only two presidents have been impeached: Andrew Johnson and Bill Clinton.")
    roles = {a["name"]: a.get("title") for a in f["actors"] if a["type"] == "person"}
    assert roles["Bill Clinton"] == roles["Andrew Johnson"] and roles["Bill Clinton"]


def test_affiliation_from_a_from_phrase(facts_of):
    f = facts_of('Regina Ip from the pro-Beijing camp said in a press conference: "The protest was wrong."')
    [p] = [a for a in f["actors"] if a["type"] == "person"]
    assert p["name"] == "Regina Ip" and p["affiliation"] == "pro-Beijing camp"
    assert quotes(f) == [("direct", "The protest was wrong.", "Regina Ip")]


def test_the_company_is_the_organisation_the_article_is_about(facts_of):
    f = facts_of("The regulator cancelled the licence of Nordvision Corporation on Monday. Nordvision had applied in "
                 "July, and the regulator said Nordvision's request came too late.\n\n"
                 "The company claims the order did not cover its radio stations.")
    q = next(q for q in f["quotes"] if q["paragraph"] == 2)
    assert speaker_name(f, q) == "Nordvision Corporation"


def test_a_titled_single_name_is_a_person(facts_of):
    f = facts_of('Princess Ubolratana wrote, "I have lived as a commoner for years."')
    [q] = f["quotes"]
    actor = next(a for a in f["actors"] if a["id"] == q["speaker"])
    assert (actor["name"], actor["type"]) == ("Ubolratana", "person")


def test_an_aside_between_dashes_does_not_take_the_quote(facts_of):
    f = facts_of('Speaker Tom Reyes commented on the vote — which the Herald noted as rare — "It was the '
                 'right call, and history will agree."')
    assert [(k, s) for k, _, s in quotes(f)] == [("direct", "Tom Reyes")]


def test_who_clause_speaks_for_the_person_before_it(facts_of):
    f = facts_of("Several governors have broken with the party, such as former Ohio governor Dana Reed, who "
                 'dismissed the plan as a "costly mistake".')
    assert quotes(f) == [("direct", "costly mistake", "Dana Reed")]


def test_report_ends_before_a_participle_carrying_a_quotation(facts_of):
    f = facts_of('Ellen Park claimed she acted alone, insisting she was "never pressured by anyone".')
    assert quotes(f) == [("indirect", "she acted alone", "Ellen Park"),
                         ("direct", "never pressured by anyone", "Ellen Park")]


def test_a_short_company_name_is_the_company(facts_of):
    f = facts_of("On Friday Halvorsen Motor Company announced that a recall had begun.\n\n"
                 '"We are cooperating fully," Halvorsen told reporters.')
    assert [s for _, _, s in quotes(f)] == ["Halvorsen Motor Company", "Halvorsen Motor Company"]


def test_a_firm_named_like_a_person_is_an_organisation(facts_of):
    f = facts_of("The company hired law firm Sidley Austin to review the case.")
    assert {a["name"]: a["type"] for a in f["actors"]}.get("Sidley Austin") == "org"


def test_the_model_is_loaded_once_per_process(nlp):
    from extract.runner import load_model, model_name

    assert load_model() is nlp and load_model(model_name()) is nlp


def test_a_fresh_process_finds_the_same(nlp, tmp_path):
    """Workers load the model through the per-process loader, not a global set before fork:
    spawned workers, which inherit nothing, give the same findings as this process."""
    from dossier.sources import read_article
    from extract.runner import extract_all

    bodies = ['"We are ready," said Lena Fischer. "The port opens at noon," she added.',
              "Mr. Omar Haidari, the harbour master, said that the port was shut.",
              "According to the ministry, prices fell.\n\nThe ministry said that prices would rise."]
    articles = []
    for i, body in enumerate(bodies):
        p = tmp_path / f"a{i}.txt"
        p.write_text(f"Title {i}\n\n{body}\n")
        articles.append(read_article(p))
    here = [f for _, f in extract_all(articles, nlp, processes=1, batch_size=1)]
    spawned = [f for _, f in extract_all(articles, nlp, processes=2, batch_size=1, start_method="spawn")]
    assert spawned == here and all(f.quotes for f in here)


# -- attribution on news the rules were not tuned on: one made-up sentence a phenomenon ---------------


def actor(facts, name):
    return next((a for a in facts["actors"] if a["name"] == name), None)


def role(facts, name):
    """The title and affiliation of the actor named ``name``."""
    a = actor(facts, name)
    return a["title"], a["affiliation"]


def persons(facts):
    return sorted(a["name"] for a in facts["actors"] if a["type"] == "person")


@pytest.mark.parametrize("o,c", MARKS)
def test_passive_by_agent_is_the_speaker(facts_of, o, c):
    f = facts_of(f"The budget was dismissed as {o}a fantasy{c} by opposition leader Tomas Berg.")
    assert quotes(f) == [("direct", "a fantasy", "Tomas Berg")]


@pytest.mark.parametrize("o,c", MARKS)
def test_closing_by_saying_a_quotation(facts_of, o, c):
    f = facts_of(f"Kofi Mensah thanked the volunteers. He closed by saying {o}This town looks after its own.{c}")
    assert quotes(f) == [("direct", "This town looks after its own.", "Kofi Mensah")]


def test_verb_before_a_lower_case_title_and_name(facts_of):
    f = facts_of('"The border stays open," said foreign minister Ana Ruiz.')
    assert quotes(f) == [("direct", "The border stays open,", "Ana Ruiz")]
    assert persons(f) == ["Ana Ruiz"]


def test_participle_phrase_before_the_verb(facts_of):
    f = facts_of("Speaking to reporters in Lyon on Friday, Marc Olivier said the factory would stay open.")
    assert quotes(f) == [("indirect", "the factory would stay open", "Marc Olivier")]


@pytest.mark.parametrize("o,c", MARKS)
def test_exclamation_then_subject_and_verb(facts_of, o, c):
    f = facts_of(f"{o}We did it!{c} Coach Dana Lee told fans after the final.")
    assert quotes(f) == [("direct", "We did it!", "Dana Lee")]


@pytest.mark.parametrize("o,c", MARKS)
def test_question_then_surname_and_asked(facts_of, o, c):
    f = facts_of(f"Liam Rubio opened the hearing.\n\n{o}Why now?{c} Rubio asked.")
    assert quotes(f) == [("direct", "Why now?", "Liam Rubio")]


def test_a_quotation_after_a_sentence_ending_on_the_platform_x_is_the_same_speaker_s(facts_of):
    # the tokenizer reads `X.` as an initial, so no sentence ended there and `posted` took the quotation
    f = facts_of("\"We cannot send crews out until the wind drops,\" Ana Berg said in a video posted on X. \"Once it "
                 "does, we have 9,000 workers ready.\"")
    assert quotes(f) == [("direct", "We cannot send crews out until the wind drops, ... Once it does, we have 9,000 "
                          "workers ready.", "Ana Berg")]


def test_a_quotation_after_apologised_is_the_apology_s_words(facts_of):
    f = facts_of('Ana Berg apologised "without reservation" but said she would stay. Tom Reyes apologised for the '
                 'delay.')
    assert quotes(f) == [("direct", "without reservation", "Ana Berg"), ("indirect", "she would stay", "Ana Berg")]


def test_a_that_clause_hung_on_the_occasion_told_is_the_report(facts_of):
    # `that` read as a relative pronoun on `briefing`
    f = facts_of("Mayor Ana Berg told a press briefing that the crews had inspected every bridge in the county.")
    assert quotes(f) == [("indirect", "the crews had inspected every bridge in the county", "Ana Berg")]


def test_a_that_clause_read_as_a_modifier_of_its_object_is_the_report(facts_of):
    # `compared` read as an adjective of `temperatures`, the object of `said`
    f = facts_of("Ana Berg said that the researchers had compared temperatures.")
    assert quotes(f) == [("indirect", "the researchers had compared temperatures", "Ana Berg")]


def test_a_report_whose_subject_was_read_as_a_second_subject_of_the_speech_verb(facts_of):
    # `members` parsed as a subject of `said` and `expected` as a participle hung on it
    f = facts_of("Ana Berg, president of the Tarn Traders Federation, said members expected to sign contracts for "
                 "about 2 million tonnes within a month.")
    assert quotes(f) == [("indirect", "members expected to sign contracts for about 2 million tonnes within a month",
                          "Ana Berg")]


@pytest.mark.parametrize("o,c,o2,c2", [("\u201c", "\u201d", "\u2018", "\u2019"), ('"', '"', "'", "'")])
@pytest.mark.parametrize("end", ["?", "."])
def test_a_quotation_closing_on_one_inside_it_then_subject_and_verb(facts_of, o, c, o2, c2, end):
    f = facts_of(f"Liam Rubio runs a travel agency.\n\n{o}It is, {o2}Will there be water{end}{c2}{c} Rubio said.")
    assert quotes(f) == [("direct", f"It is, {o2}Will there be water{end}{c2}", "Liam Rubio")]


@pytest.mark.parametrize("o,c", MARKS)
def test_told_a_recipient_then_a_quotation(facts_of, o, c):
    f = facts_of(f"Anna Kovacs of the Civic Forum told Reuters {o}the talks are over for this year{c}.")
    assert [(k, s) for k, _, s in quotes(f)] == [("direct", "Anna Kovacs")]


@pytest.mark.parametrize("o,c", MARKS)
def test_the_one_told_is_not_the_speaker(facts_of, o, c):
    f = facts_of(f"Calling it {o}just a gesture{c}, Anna Kovacs of {o}Keep Calm{c}, a support charity, told Reuters "
                 f"{o}it looks prepared in advance{c}.")
    assert [s for _, _, s in quotes(f)] == ["Anna Kovacs", "Anna Kovacs"]


def test_both_coordinated_clauses_before_the_attribution(facts_of):
    f = facts_of("Fares will rise in May, but season passes will stay frozen, Ola Berg noted.")
    assert quotes(f) == [("indirect", "Fares will rise in May, but season passes will stay frozen", "Ola Berg")]


def test_two_reports_joined_by_added(facts_of):
    f = facts_of("Ruth Amsel told staff the library would shut at noon and added that exams were off.")
    assert quotes(f) == [("indirect", "the library would shut at noon", "Ruth Amsel"),
                         ("indirect", "exams were off", "Ruth Amsel")]


def test_a_second_report_parsed_as_a_second_clause_of_the_first_verb(facts_of):
    # the parser hangs `added` on `said`, beside the first clause, not on the first clause
    f = facts_of("Ana Lind said the plan was sound and added that costs would fall.")
    assert quotes(f) == [("indirect", "the plan was sound", "Ana Lind"), ("indirect", "costs would fall", "Ana Lind")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_quotation_added_to_a_report(facts_of, o, c):
    f = facts_of(f"Ruth Amsel said the library would shut at noon and added, {o}Exams are off.{c}")
    assert quotes(f) == [("indirect", "the library would shut at noon", "Ruth Amsel"),
                         ("direct", "Exams are off.", "Ruth Amsel")]


def test_a_second_speaker_joined_by_and(facts_of):
    f = facts_of("One nurse said the ward was full and several said they had not been paid for weeks.")
    assert quotes(f) == [("indirect", "the ward was full", "One nurse"),
                         ("indirect", "they had not been paid for weeks", "Several")]


def test_a_judgement_continued_by_call_is_one_report(facts_of):
    f = facts_of("In his statement, Premier Ivo Dane found the air raid justified and called Kemp's order swift, "
                 "firm and decisive.")
    assert quotes(f) == [("indirect", "the air raid justified and called Kemp's order swift, firm and decisive",
                          "Ivo Dane")]


@pytest.mark.parametrize("o,c", MARKS)
def test_some_of_a_group_is_an_unnamed_speaker(facts_of, o, c):
    f = facts_of(f"Some of the nurses the union polled said they would {o}never go back.{c}")
    assert quotes(f) == [("direct", "never go back.", "Some of the nurses the union polled")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_hyphenated_title_does_not_split_off_the_speaker(facts_of, o, c):
    f = facts_of(f"{o}Warm currents are eating the shelf from below,{c} said study co-author Lea Brandt.")
    assert quotes(f) == [("direct", "Warm currents are eating the shelf from below,", "Lea Brandt")]


def test_inverted_attribution_in_mid_sentence(facts_of):
    f = facts_of("Because the rail link is cheaper, says the report, it will carry most of the freight.")
    assert quotes(f) == [("indirect", "Because the rail link is cheaper ... it will carry most of the freight",
                          "The report")]


def test_inverted_attribution_in_mid_sentence_names_the_speaker(facts_of):
    f = facts_of("The new bridge, said Mayor Ana Ruiz, will open in May.")
    assert quotes(f) == [("indirect", "The new bridge ... will open in May", "Ana Ruiz")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_clause_read_as_object_and_participle(facts_of, o, c):
    f = facts_of("The fire service said several barns burned before the crews arrived.\n\n"
                 f"She said a prayer written by her mother. {o}Rest now,{c} she said.")
    assert quotes(f)[0] == ("indirect", "several barns burned before the crews arrived", "The fire service")
    assert [t for _, t, _ in quotes(f)][1:] == ["Rest now,"]


def test_figures_released_by_an_agency(facts_of):
    f = facts_of("According to figures released by the Harbour Authority, about 40 ships were delayed last month.")
    assert quotes(f) == [("indirect", "about 40 ships were delayed last month", "Harbour Authority")]


@pytest.mark.parametrize("text,source", [
    ("Turnout rose to 71 percent, according to official results published by the regional government.",
     "The regional government"),
    ("Fares will rise by 4 percent next year, according to a summary tabled by the Transport Committee.",
     "Transport Committee"),
])
def test_according_to_a_text_a_body_published_cites_the_body(facts_of, text, source):
    f = facts_of(text)
    assert [s for _, _, s in quotes(f)] == [source]


def test_according_to_people_seen_by_a_body_cites_the_people(facts_of):
    # who interviewed the residents did not say what they said
    f = facts_of("The water had risen within minutes, according to residents interviewed by the Tarn Courier.")
    assert [s for _, _, s in quotes(f)] != ["Tarn Courier"]


@pytest.mark.parametrize("name", ["Hexley United", "Kilbride Thistle", "Tarnby Rovers"])
def test_a_name_ending_in_a_word_for_a_club_is_a_team(facts_of, name):
    f = facts_of(f"The caretaker will take charge against {name} on Wednesday, the club said.")
    assert (name, "person") not in [(a["name"], a["type"]) for a in f["actors"]]


@pytest.mark.parametrize("text", ["Health New Zealand said the strike would close wards.",
                                  "Tourism Australia said visitor numbers had recovered."])
def test_a_field_before_a_country_names_its_agency(facts_of, text):
    # the model tags the country alone; the agency, not the country, said it
    f = facts_of(text)
    agency = text.split(" said")[0]
    assert [s for _, _, s in quotes(f)] == [agency]
    assert (agency, "org") in [(a["name"], a["type"]) for a in f["actors"]]


@pytest.mark.parametrize("name", ["Kessler Pharma", "Lindholm Imaging", "Kessler Minerals", "Lindholm Metals",
                                  "Vaxora Biologics"])
def test_a_name_ending_in_a_word_for_a_business_is_a_body(facts_of, name):
    # the model tags both names a person's
    f = facts_of(f"The drug was developed by Basel-based {name} with funding from a charity.\n\n{name} said in a "
                 "statement that it would file for approval this year.")
    assert [(a["name"], a["type"]) for a in f["actors"] if a["name"] == name] == [(name, "org")]
    assert not [a for a in f["actors"] if a["type"] == "person"]


@pytest.mark.parametrize("text,name", [
    ("Tarn Watch, a coalition of green groups, said the plan would fail.", "Tarn Watch"),
    ("The strike was called by the dockers' union Havnelaget Nord over pay.\n\nHavnelaget Nord said talks had "
     "failed.", "Havnelaget Nord"),
    ("Her former party, the centrist Nova Ruta, which expelled her in May, said it would not comment.", "Nova Ruta"),
    ("Her former party, the centrist Nova Ruta, said it would not comment.", "Nova Ruta")])
def test_a_name_described_as_a_coalition_union_or_party_is_a_body(facts_of, text, name):
    f = facts_of(text)
    assert [(a["name"], a["type"]) for a in f["actors"] if a["name"] == name] == [(name, "org")]


@pytest.mark.parametrize("text,speaker", [
    ("The Italian carmaker Velda Motori cut its forecast on Tuesday.\n\nThe company sold 1.3 million cars in the "
     "first half, according to figures it published this month.", "Velda Motori"),
    ("Turnout was 71 percent, according to a statement the Tarn Election Board issued on Monday.",
     "Tarn Election Board")])
def test_a_document_its_owner_put_out_in_a_relative_clause(facts_of, text, speaker):
    f = facts_of(text)
    assert [s for _, _, s in quotes(f)] == [speaker]


def test_data_from_an_agency(facts_of):
    f = facts_of("According to data from the Harbour Authority, about 40 ships were delayed last month.")
    assert quotes(f) == [("indirect", "about 40 ships were delayed last month", "Harbour Authority")]


def test_a_recommendation_is_reported(facts_of):
    f = facts_of("The board recommended residents avoid the river until the spill is cleared.")
    assert quotes(f) == [("indirect", "residents avoid the river until the spill is cleared", "The board")]


def test_a_clause_opening_on_a_phrase_read_as_an_adverbial(facts_of):
    f = facts_of("Mara Lind said as a girl she was made to work in the fields.")
    assert quotes(f) == [("indirect", "as a girl she was made to work in the fields", "Mara Lind")]


def test_one_word_subject_before_a_mid_sentence_attribution(facts_of):
    f = facts_of("The band's label said the singer had been unwell.  Moss, they said, wanted no flowers or speeches.")
    assert quotes(f)[1] == ("indirect", "Moss ... wanted no flowers or speeches", "The band's label")


@pytest.mark.parametrize("o,c", MARKS)
def test_they_stands_for_an_unnamed_body_that_spoke(facts_of, o, c):
    f = facts_of(f"The band's label said the singer had been unwell.  {o}She wanted no flowers,{c} they said.")
    assert quotes(f) == [("indirect", "the singer had been unwell", "The band's label"),
                         ("direct", "She wanted no flowers,", "The band's label")]


@pytest.mark.parametrize("o,c", MARKS)
def test_whom_she_talked_with_is_not_who_she_is(facts_of, o, c):
    f = facts_of("Maria Lopez grew up on a farm.  In an interview with Lena Park, she said she had been "
                 f"made to work in {o}the fields{c} from dawn.")
    assert quotes(f) == [("indirect", f"she had been made to work in {o}the fields{c} from dawn", "Maria Lopez"),
                         ("direct", "the fields", "Maria Lopez")]


def test_an_organisation_named_in_its_document(facts_of):
    f = facts_of("According to a 2019 Interpol report, thefts of art rose by a third.")
    assert quotes(f) == [("indirect", "thefts of art rose by a third", "Interpol")]


@pytest.mark.parametrize("o,c", MARKS)
def test_an_editors_bracketed_comma_ends_the_quotation(facts_of, o, c):
    f = facts_of(f"{o}We must stand together[,]{c} Nadia Rahim wrote on social media.")
    assert quotes(f) == [("direct", "We must stand together[,]", "Nadia Rahim")]


@pytest.mark.parametrize("o,c", MARKS)
def test_by_saying_after_a_caused_passive(facts_of, o, c):
    f = facts_of(f"In May, the parents tried to have Omar released by saying {o}we forgive him.{c}")
    assert quotes(f) == [("direct", "we forgive him.", "The parents")]


def test_described_as_in_a_relative_clause(facts_of):
    f = facts_of("The pilot landed once on a barge, a step Leclerc described as being hard because the barge "
                 "kept moving in the swell.")
    assert quotes(f) == [("indirect", "as being hard because the barge kept moving in the swell", "Leclerc")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_description_given_as_a_quotation(facts_of, o, c):
    f = facts_of(f"Fashion designer Ana Kohl described the singer to the BBC in 2004: {o}She was everything "
                 f"that was good about her town.{c}")
    assert quotes(f) == [("direct", "She was everything that was good about her town.", "Ana Kohl")]


@pytest.mark.parametrize("o,c", MARKS)
def test_while_another_reports_and_the_nearest_subject_tweets(facts_of, o, c):
    f = facts_of(f"President Ivo Dane said the flood was {o}a national tragedy{c} while Interior Minister Petra "
                 f"Lenz wrote she had sent troops to the valley. She tweeted, {o}Our thoughts are with the "
                 f"families.{c}")
    assert quotes(f) == [("indirect", f"the flood was {o}a national tragedy{c}", "Ivo Dane"),
                         ("direct", "a national tragedy", "Ivo Dane"),
                         ("indirect", "she had sent troops to the valley", "Petra Lenz"),
                         ("direct", "Our thoughts are with the families.", "Petra Lenz")]


def test_a_report_in_a_time_clause_stays_in_the_content(facts_of):
    f = facts_of("Dalton Motors said the inquiry began after Dalton Motors disclosed the fault to regulators in May.")
    assert quotes(f) == [("indirect", "the inquiry began after Dalton Motors disclosed the fault to regulators in May",
                          "Dalton Motors")]


def test_a_charter_stipulates(facts_of):
    f = facts_of("The city charter stipulates the deputy mayor takes over when the mayor resigns.")
    assert quotes(f) == [("indirect", "the deputy mayor takes over when the mayor resigns", "The city charter")]


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("who", ["Members of the council", "Farmers of the valley"])
def test_protested_by_shouting(facts_of, o, c, who):
    f = facts_of(f"{who} protested by shouting {o}shame on you!{c} and holding up signs.")
    assert quotes(f) == [("direct", "shame on you!", who)]


def test_according_to_ends_before_the_writers_contrast(facts_of):
    f = facts_of("According to the city charter, the deputy mayor would normally take over, but that post is "
                 "vacant after the scandal.")
    assert quotes(f) == [("indirect", "the deputy mayor would normally take over", "The city charter")]


@pytest.mark.parametrize("o,c", MARKS)
def test_according_to_a_memo_attributes_its_quotation(facts_of, o, c):
    f = facts_of("According to a memo posted online by Senator Ana Ruiz, the council cancelled the hearing because "
                 f"the mayor did {o}not accept the authority of the council.{c}")
    assert quotes(f) == [("indirect", f"the council cancelled the hearing because the mayor did {o}not accept the "
                          f"authority of the council.{c}", "Ana Ruiz"),
                         ("direct", "not accept the authority of the council.", "Ana Ruiz")]


@pytest.mark.parametrize("o,c", MARKS)
def test_according_to_a_person_holding_a_quotation(facts_of, o, c):
    f = facts_of(f"According to Dr. Ana Ruiz, a former director of the Lumen Institute, the outbreak is "
                 f"{o}unprecedented.{c}")
    assert quotes(f) == [("indirect", f"the outbreak is {o}unprecedented.{c}", "Ana Ruiz"),
                         ("direct", "unprecedented.", "Ana Ruiz")]


@pytest.mark.parametrize("o,c", MARKS)
def test_according_to_an_outlet_is_not_the_quotations_speaker(facts_of, o, c):
    f = facts_of(f"According to the BBC, a spokesman for the mayor expressed regret; {o}The council will review "
                 f"the decision.{c}")
    assert [s for _, _, s in quotes(f)] != ["BBC"]
    assert all("regret" not in t for _, t, _ in quotes(f))


@pytest.mark.parametrize("o,c", MARKS)
def test_a_participle_after_a_quotation_introduces_the_next(facts_of, o, c):
    f = facts_of(f"Ana Ruiz said in her speech, {o}I do not take this step lightly{c}, calling it a "
                 f"{o}hard and sad choice{c}.")
    assert quotes(f) == [("direct", "I do not take this step lightly", "Ana Ruiz"),
                         ("direct", "hard and sad choice", "Ana Ruiz")]
    f = facts_of(f"Ana Ruiz said in her speech, {o}I do not take this step lightly{c}, adding, {o}It is a hard and "
                 f"sad choice.{c}")
    assert quotes(f) == [("direct", "I do not take this step lightly", "Ana Ruiz"),
                         ("direct", "It is a hard and sad choice.", "Ana Ruiz")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_participle_between_the_parts_of_one_quotation(facts_of, o, c):
    f = facts_of(f"Ivo Dane wrote of his friend, {o}I saw at once she was different{c}, recalling their first "
                 f"meeting. {o}She was calm. She was kind.{c}")
    assert quotes(f) == [("direct", "I saw at once she was different ... She was calm. She was kind.", "Ivo Dane")]


def test_according_to_within_semicolons(facts_of):
    f = facts_of("The PLA is a banned group in Norland; the FRU is the main armed force of the north, according to "
                 "Norland.")
    assert [t for _, t, _ in quotes(f)] == ["the FRU is the main armed force of the north"]


def test_according_to_after_a_colon(facts_of):
    f = facts_of("The new levy lets the council take money from other budgets: possibly, according to the Tarn "
                 "Courier, two million from the roads fund and one million from the parks fund.")
    assert quotes(f) == [("indirect", "two million from the roads fund and one million from the parks fund",
                          "Tarn Courier")]


def test_negation_over_nor(facts_of):
    f = facts_of("The ruling did not list any firm by name, nor mention any fines that were actually paid.")
    assert quotes(f) == []


def test_a_request_with_a_clause(facts_of):
    f = facts_of("The label listed several copies of the album and requested the shop via the notice they all be "
                 "withdrawn.")
    assert quotes(f) == [("indirect", "they all be withdrawn", "The label")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_speechless_subject_inside_a_report_before_a_colon(facts_of, o, c):
    f = facts_of("One of the authors, botanist Lena Park, told Nature the rate of fern loss in dry valleys suggested "
                 f"a slow shift under way: {o}These plants are telling us the climate has already moved.{c}")
    assert quotes(f) == [("indirect", "the rate of fern loss in dry valleys suggested a slow shift under way",
                          "Lena Park"),
                         ("direct", "These plants are telling us the climate has already moved.", "Lena Park")]


@pytest.mark.parametrize("o,c", MARKS)
def test_capitals_after_a_characterising_as(facts_of, o, c):
    f = facts_of(f"Mayor Lina Voss called the audit a {o}smear{c}, and on Twitter referred to the report as "
                 f"{o}The Great Audit Hoax{c}.\n\nThe band released the record as {o}Summer Nights{c} in June.")
    assert quotes(f) == [("direct", "smear", "Lina Voss"), ("direct", "The Great Audit Hoax", "Lina Voss")]


def test_a_clause_before_an_aside_attribution_then_and(facts_of):
    f = facts_of("The backlog will keep the plant busy for years, Ivo Dane said, and repaying the loan looks "
                 "realistic.")
    assert quotes(f) == [("indirect", "The backlog will keep the plant busy for years", "Ivo Dane")]


@pytest.mark.parametrize("text, report", [
    ("Ana Moss is a surveyor in Tarn. Rents in the old town had risen by a third, she noted, without any sign of "
     "slowing.", "Rents in the old town had risen by a third"),
    ("Ana Moss is a surveyor in Tarn. Similar rules in Norway had led to closures at farms, she said, without any "
     "clear effect on prices.", "Similar rules in Norway had led to closures at farms"),
])
def test_a_clause_before_an_aside_with_a_phrase_hung_on_its_verb(facts_of, text, report):
    assert quotes(facts_of(text)) == [("indirect", report, "Ana Moss")]


def test_a_clause_before_a_closing_attribution_left_without_content(facts_of):
    f = facts_of("Ana Moss is a surveyor in Tarn. Yet the fees they charged for permits barely moved afterwards, "
                 "she noted.")
    assert quotes(f) == [("indirect", "Yet the fees they charged for permits barely moved afterwards", "Ana Moss")]


def test_a_clause_before_a_closing_inverted_attribution_left_without_content(facts_of):
    f = facts_of("Each day of the strike costs Nordstern an estimated 10 million to 12 million euros, said Ana Moss, "
                 "an aviation analyst at Vale Research.")
    assert quotes(f) == [("indirect", "Each day of the strike costs Nordstern an estimated 10 million to 12 million "
                          "euros", "Ana Moss")]


def test_that_read_as_the_object_of_the_speech_verb(facts_of):
    f = facts_of("Tomas Elvik, an economist at a Bergen bank, pointed out that each month of lost traffic cost the "
                 "country roughly $500 million.")
    assert quotes(f) == [("indirect", "each month of lost traffic cost the country roughly $500 million",
                          "Tomas Elvik")]


@pytest.mark.parametrize("o,c", MARKS)
def test_and_that_after_a_partial_quotation(facts_of, o, c):
    f = facts_of(f"Ivo Marek said the levy was {o}a tax on the poor{c} and that it would be repealed.")
    got = quotes(f)
    assert ("direct", "a tax on the poor", "Ivo Marek") in got
    # the first report, holding the quotation, ends where the second opens
    assert ("indirect", f"the levy was {o}a tax on the poor{c}", "Ivo Marek") in got
    assert ("indirect", "it would be repealed", "Ivo Marek") in got


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("joiner", ["and", "but"])
def test_a_that_clause_after_a_partial_quotation_does_not_attribute_it(facts_of, o, c, joiner):
    # "the federation would call" is the second report, not the quotation's attribution
    f = facts_of(f"Ana Lind said the offer of talks was {o}too little and too late{c}, {joiner} that the federation "
                 f"would call a strike next week.")
    assert quotes(f) == [("indirect", f"the offer of talks was {o}too little and too late{c}", "Ana Lind"),
                         ("direct", "too little and too late", "Ana Lind"),
                         ("indirect", "the federation would call a strike next week", "Ana Lind")]


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("joiner", ["and", "but"])
def test_a_report_before_and_that_stays_apart_from_the_partial_quotation_after_it(facts_of, o, c, joiner):
    # the first clause is a report of its own; the quotation belongs to the clause after `and that`
    f = facts_of(f"Harbour master Elin Vos told reporters the ferry would sail again on Friday {joiner} that the "
                 f"crew had been {o}pushed to the limit{c} all winter.")
    assert quotes(f) == [("indirect", "the ferry would sail again on Friday", "Elin Vos"),
                         ("indirect", f"the crew had been {o}pushed to the limit{c} all winter", "Elin Vos"),
                         ("direct", "pushed to the limit", "Elin Vos")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_person_after_an_opening_place_phrase_speaks(facts_of, o, c):
    # the parser reads the nurse as apposed to the clinic and leaves `said` without a subject
    f = facts_of(f"At Velmora, a nurse who asked not to be named said the wards had been full for weeks. "
                 f"{o}We sleep in the corridor now,{c} she said.")
    assert quotes(f) == [("indirect", "the wards had been full for weeks", "A nurse"),
                         ("direct", "We sleep in the corridor now,", "A nurse")]


def test_a_second_that_clause_with_a_verb_of_finding_is_still_the_report(facts_of):
    # `it had found` is what the carmaker says, not a report of its own that ends the first
    f = facts_of("Carmaker Velora said the fault affected a small share of cells and that it had found no evidence "
                 "of a design flaw.")
    assert quotes(f) == [("indirect", "the fault affected a small share of cells and that it had found no evidence "
                                      "of a design flaw", "Velora")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_name_before_an_age_description_is_a_person(facts_of, o, c):
    # the model tags the name a body; `a 29-year-old hairdresser` says who it is
    f = facts_of(f"Wanjiru Kamau, a 29-year-old hairdresser who rents a room in the estate, said she had waited for "
                 f"14 months. {o}I just want to know when my turn comes,{c} she said.")
    assert ("person", "Wanjiru Kamau") in {(a["type"], a["name"]) for a in f["actors"]}
    assert quotes(f)[-1] == ("direct", "I just want to know when my turn comes,", "Wanjiru Kamau")


@pytest.mark.parametrize("o,c", MARKS)
def test_a_name_before_a_description_of_a_person_is_a_person(facts_of, o, c):
    # the model tags the name a body and the parser hangs it on the place opening the sentence; `a fish seller`
    # says who it is, and who said it
    f = facts_of(f"At a filling station in Ikeja, Nkechi Obi, a fish seller, said she had waited since dawn.\n\n"
                 f"{o}Every week the price changes,{c} she said.")
    assert ("person", "Nkechi Obi") in {(a["type"], a["name"]) for a in f["actors"]}
    assert quotes(f) == [("indirect", "she had waited since dawn", "Nkechi Obi"),
                         ("direct", "Every week the price changes,", "Nkechi Obi")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_person_of_a_body_tagged_as_one_name_is_split(facts_of, o, c):
    # the model tags `Nandita Rao of Surabhika` as one person; the group described after it is Surabhika
    f = facts_of(f"Nandita Rao of Surabhika, a women's safety group, said app companies had been allowed to "
                 f"{o}regulate themselves{c} for too long.")
    actors = {a["name"]: a for a in f["actors"]}
    assert actors["Nandita Rao"]["type"] == "person"
    assert actors["Nandita Rao"].get("affiliation") == "Surabhika" and not actors["Nandita Rao"].get("title")
    assert actors["Surabhika"]["type"] == "org"
    assert {s for _, _, s in quotes(f)} == {"Nandita Rao"}


@pytest.mark.parametrize("who", ["Several", "Many", "Some of them"])
def test_a_bare_quantifier_speaks_for_the_people_before(facts_of, who):
    # no group of its own: the quantifier is some of the fishermen the sentence before is about
    f = facts_of(f"Local fishermen told a different story. {who} said the catch had halved since spring.")
    assert quotes(f) == [("indirect", "the catch had halved since spring", "Local fishermen")]


def test_two_clauses_joined_before_the_speech_verb_are_one_report(facts_of):
    # the parser hangs `were killed` and `are missing` apart on `said`: one lead sentence, one report
    f = facts_of("At least nine people were killed and 30 others are missing after a mudslide buried more than 20 "
                 "homes in a mountain village in northern Peru on Sunday, officials said.")
    assert quotes(f) == [("indirect", "At least nine people were killed and 30 others are missing after a mudslide "
                                      "buried more than 20 homes in a mountain village in northern Peru on Sunday",
                          "Officials")]


def test_a_speech_verb_with_its_own_subject_after_a_negated_clause_reports(facts_of):
    # the negation is the referees'; the league's own `said` is not denied
    f = facts_of("The referees did not stop the game at any point, and the league said officials had not seen the "
                 "tackle at the time.")
    assert quotes(f) == [("indirect", "officials had not seen the tackle at the time", "The league")]


def test_the_union_s_title_goes_to_a_union_named_by_its_word_before_of(facts_of):
    # `the Tarn Union of Dock and Harbour Workers` ends in no `union`: its word before `of` names it
    f = facts_of("The strike was called by the Tarn Union of Dock and Harbour Workers.\n\n"
                 "The union's general secretary, Ada Lind, said members would stay out until Friday.")
    lind = next(a for a in f["actors"] if a["name"] == "Ada Lind")
    assert lind.get("title") == "general secretary"
    assert lind.get("affiliation") == "Tarn Union of Dock and Harbour Workers"


# paragraphs naming no body, between a body and a title its word owns
FAR_BACK = ("The sea wall was built in 1931.\n\nIt was last repaired in 1988.\n\nResidents have asked for a new one "
            "for years.\n\nThe town has about 4,000 people.")


@pytest.mark.parametrize("between", ["", FAR_BACK], ids=["next", "far-back"])
def test_the_institute_s_title_goes_to_an_institute_named_by_its_word_before_for(facts_of, between):
    # `the Tarn Institute for Coastal Studies` ends in no `institute`: its word before what it is for names it,
    # however far back
    f = facts_of("The figures were published by the Tarn Institute for Coastal Studies on Monday.\n\n"
                 f"{between}\n\nThe institute's director, Ana Ruiz, said the sea had risen faster than forecast.")
    ruiz = actor(f, "Ana Ruiz")
    assert (ruiz.get("title"), ruiz.get("affiliation")) == ("director", "Tarn Institute for Coastal Studies")


def test_the_council_s_title_goes_to_a_council_named_by_its_word_before_on(facts_of):
    # `the Tarn Council on Public Ethics` ends in no `council`: its word before what it is about names it
    f = facts_of("The advice came from the Tarn Council on Public Ethics last week.\n\n"
                 "The council's chair, Ana Ruiz, said the firm had not answered its questions.")
    ruiz = actor(f, "Ana Ruiz")
    assert (ruiz.get("title"), ruiz.get("affiliation")) == ("chair", "Tarn Council on Public Ethics")


@pytest.mark.parametrize("title", ["chairperson", "chairwoman"])
def test_a_chairperson_is_a_title_its_body_owns(facts_of, title):
    f = facts_of("The Tarn Residents' Association filed the case on Monday.\n\n"
                 f"The association's {title}, Mary Dube, said the council had failed for a year.")
    dube = actor(f, "Mary Dube")
    assert (dube.get("title"), dube.get("affiliation")) == (title, "Tarn Residents' Association")


def test_its_opening_a_paragraph_is_the_body_the_paragraph_before_was_about(facts_of):
    # the court is named last, but the federation is what the paragraph before was about
    f = facts_of("The Tarn Athletics Federation said in a statement that it would take the case to the Court of "
                 "Arbitration for Sport.\n\nIts secretary-general, Ana Ruiz, said athletes had lost patience.")
    ruiz = actor(f, "Ana Ruiz")
    assert (ruiz.get("title"), ruiz.get("affiliation")) == ("secretary-general", "Tarn Athletics Federation")


def test_its_is_no_place_joined_by_a_hyphen(facts_of):
    # `Lyon-based` names no body: `Its` is the institute's
    f = facts_of("One in five farmers earned less than the minimum wage, according to a study by the Institut "
                 "Agricole de Tarn, a Lyon-based research group.\n\nIts director, Hélène Vasseur, said the figures "
                 "reflected years of rising costs.")
    vasseur = actor(f, "Hélène Vasseur")
    assert (vasseur.get("title"), vasseur.get("affiliation")) == ("director", "Institut Agricole de Tarn")


@pytest.mark.parametrize("text,name,body", [
    ("Tarnbridge Holdings cut its profit forecast on Monday, and shares in Tarnbridge Holdings fell 12 per cent after "
     "the Kemi Exchange opened.\n\nJonathan Pryce, who has led the company since 2021, said the results were "
     "disappointing.", "Jonathan Pryce", "Tarnbridge Holdings"),
    ("The Kemi General Hospital was overwhelmed on Monday.\n\n\"We have 40 beds,\" said Dr Ana Ruiz, who heads the "
     "hospital's emergency unit.", "Ana Ruiz", "Kemi General Hospital"),
    # the firm named once, after a regulator: no body dominates, but only one firm was named
    ("The Tarn Rail Safety Board published its report on Monday. Calder Freight Ltd said in a statement that it "
     "accepted the findings.\n\n\"We failed the passengers,\" said Mark Ode, who has led the company since January.",
     "Mark Ode", "Calder Freight Ltd"),
    # the one firm, named three paragraphs before: no body dominates, and it is the only firm however far back
    ("Calder Freight Ltd said in a statement that it accepted the findings.\n\nThe board published its report on "
     "Monday.\n\nInvestigators said the track had not been checked.\n\n\"We failed the passengers,\" said Mark Ode, "
     "who has led the company since January.", "Mark Ode", "Calder Freight Ltd"),
    # two firms named once each: `the company` is the one named last, in the paragraph before
    ("Workers from Calder Freight Ltd dug the trench, the board found.\n\nTarn Rail Holdings said in a statement "
     "that it accepted the findings.\n\n\"We failed the passengers,\" said Mark Ode, who has led the company since "
     "January.", "Mark Ode", "Tarn Rail Holdings"),
    # a journal whose name ends in a word for a business is no firm: the one firm is not known
    ("The results were published in the Annals of Tropical Therapeutics on Monday.\n\n\"The price will be low,\" "
     "said Mark Ode, who heads the company's global health unit.", "Mark Ode", None)])
def test_who_leads_the_body_named_before_serves_it(facts_of, text, name, body):
    # `the company`, `the hospital's unit`: a common noun for the body the article named before (for `the company`,
    # the body named most, not the exchange named last)
    assert actor(facts_of(text), name).get("affiliation") == body


def test_a_name_tagged_a_place_with_a_title_after_it_is_a_person(facts_of):
    # the model tags `Barasa Omondi Ndege` a place
    f = facts_of("Barasa Omondi Ndege, chief economist at Tarn Capital, noted that the government had won stays "
                 "before.")
    ndege = actor(f, "Barasa Omondi Ndege")
    assert (ndege["type"], ndege.get("title"), ndege.get("affiliation")) == ("person", "chief economist",
                                                                            "Tarn Capital")
    assert quotes(f) == [("indirect", "the government had won stays before", "Barasa Omondi Ndege")]


def test_a_body_named_with_a_plural_possessive_is_one_body(facts_of):
    # the model tags `the Junior Staff Workers'` and `Congress` apart
    f = facts_of("Ana Ruiz, general secretary of the Junior Staff Workers' Congress, which joined the strike on "
                 "Monday, warned that depots could close.")
    assert actor(f, "Ana Ruiz").get("affiliation") == "Junior Staff Workers' Congress"
    assert "Congress" not in {a["name"] for a in f["actors"]}


def test_a_body_named_with_a_nationality_first_is_one_body(facts_of):
    # the model tags `Kenyan` (a nationality) and `Manufacturers Forum` apart
    f = facts_of("Bola Ade, chair of the Kenyan Manufacturers Forum, said factories were struggling.")
    assert actor(f, "Bola Ade").get("affiliation") == "Kenyan Manufacturers Forum"


def test_a_bare_officer_s_title_serves_the_body_the_article_is_about(facts_of):
    # no body beside `chairman` or `Chief executive`: the cooperative the article is about
    f = facts_of("Velmora Dairy, the country's largest dairy cooperative, cut its forecast payout on Wednesday.\n\n"
                 "\"This is not the news our farmers wanted,\" chairman Ross Kell said.\n\n"
                 "Velmora Dairy said the cut would last one season, and the Tarn Farmers Council called it harsh.\n\n"
                 "Chief executive Mere Tane told radio that prices had fallen at five auctions in a row.")
    by_name = {a["name"]: a for a in f["actors"]}
    assert by_name["Ross Kell"].get("affiliation") == "Velmora Dairy"
    assert by_name["Mere Tane"].get("affiliation") == "Velmora Dairy"


@pytest.mark.parametrize("rest,reported", [
    ("and the transfer rules have left it little room to sign players", "The club owes 40 million pounds"),
    ("and is barred from signing players", "The club owes 40 million pounds ... and is barred from signing players")])
def test_a_clause_with_its_own_subject_after_according_to_and_is_the_writer_s(facts_of, rest, reported):
    # past the source phrase, `and` with a subject of its own opens the writer's clause; without one, the report goes on
    f = facts_of(f"The club owes 40 million pounds, according to the league, {rest}.")
    assert [(k, t) for k, t, _ in quotes(f)] == [("indirect", reported)]


def test_attribution_in_mid_sentence(facts_of):
    f = facts_of("Finance minister Lars Dahl presented the budget.\n\n"
                 "The plan, Dahl said, will cost more than expected.")
    assert quotes(f) == [("indirect", "The plan ... will cost more than expected", "Lars Dahl")]


@pytest.mark.parametrize("o,c", MARKS)
def test_attribution_in_mid_sentence_before_a_quotation(facts_of, o, c):
    f = facts_of(f"Captain Ada Roy spoke first. However, she added, {o}the doors were never locked.{c}")
    assert quotes(f) == [("direct", "the doors were never locked.", "Ada Roy")]


@pytest.mark.parametrize("o,c", MARKS)
def test_quotation_in_the_paragraph_after_he_said(facts_of, o, c):
    f = facts_of(f"Mayor Jon Ruud spoke at the opening. He said:\n\n"
                 f"{o}This bridge joins two towns that needed each other.{c}")
    assert quotes(f) == [("direct", "This bridge joins two towns that needed each other.", "Jon Ruud")]


@pytest.mark.parametrize("o,c", MARKS)
def test_reported_clause_holding_a_direct_quote_reports_both(facts_of, o, c):
    f = facts_of(f"Nadia Ferro said the deal was {o}a disgrace{c} and would fail within a year.")
    got = quotes(f)
    assert ("direct", "a disgrace", "Nadia Ferro") in got
    assert ("indirect", f"the deal was {o}a disgrace{c} and would fail within a year", "Nadia Ferro") in got


@pytest.mark.parametrize("o,c", MARKS)
def test_quoted_name_inside_a_reported_clause_keeps_the_clause(facts_of, o, c):
    f = facts_of(f"Promoter Sam Idris said the singer known as {o}Queen B{c} would tour in May.")
    assert quotes(f) == [("indirect", f"the singer known as {o}Queen B{c} would tour in May", "Sam Idris")]


@pytest.mark.parametrize("verb", ["underlined", "reaffirmed", "pointed out", "indicated"])
def test_speech_verbs_with_a_content_clause(facts_of, verb):
    f = facts_of(f"Eva Lind {verb} that the agreement was final.")
    assert quotes(f) == [("indirect", "the agreement was final", "Eva Lind")]


def test_pointed_out_without_that(facts_of):
    f = facts_of("Eva Lind pointed out the agreement had already been signed.")
    assert quotes(f) == [("indirect", "the agreement had already been signed", "Eva Lind")]


def test_informed_someone_that(facts_of):
    f = facts_of("Harlow Police informed residents that the road would close overnight.")
    assert quotes(f) == [("indirect", "the road would close overnight", "Harlow Police")]


def test_deemed_an_object_a_judgement(facts_of):
    f = facts_of("The Labour Court of Freedonia deemed the dismissal of the nurses unfair.")
    assert quotes(f) == [("indirect", "the dismissal of the nurses unfair", "Labour Court of Freedonia")]


def test_quoted_someone_as_saying(facts_of):
    f = facts_of("The Courier quoted Ana Pires, a miner, as saying the shaft would close in March.")
    assert quotes(f) == [("indirect", "the shaft would close in March", "Ana Pires")]


def test_cited_a_source_that(facts_of):
    f = facts_of("The Evening Mail cited a police source that the driver had been drinking.")
    assert [(k, t) for k, t, _ in quotes(f)] == [("indirect", "the driver had been drinking")]


def test_named_among_is_not_a_quote(facts_of):
    f = facts_of("The magazine named Ida Holm among the most influential engineers of the year.")
    assert f["quotes"] == []


def test_listed_is_not_a_quote(facts_of):
    f = facts_of("The agency listed four forks of the project in its notice.")
    assert f["quotes"] == []


def test_denied_reports_that(facts_of):
    f = facts_of("The minister, Piet Vos, denied reports that he would resign.")
    assert quotes(f) == [("indirect", "he would resign", "Piet Vos")]


@pytest.mark.parametrize("body", ["The network called the race for Ortiz shortly after midnight.",
                                  "The coast guard called off the search on Tuesday.",
                                  "A neighbour called the police to the house on Sunday morning."])
def test_calling_a_race_or_the_police_is_not_a_quote(facts_of, body):
    assert facts_of(body)["quotes"] == []


@pytest.mark.parametrize("body,text", [("The union called the offer unworkable.", "the offer unworkable"),
                                       ("The ministry called its raids defensive in nature.",
                                        "its raids defensive in nature")])
def test_calling_something_a_thing_reports_it(facts_of, body, text):
    assert [(k, t) for k, t, _ in quotes(facts_of(body))] == [("indirect", text)]


def test_they_for_people_not_an_organisation(facts_of):
    f = facts_of("Residents of Almora met the Water Board on Monday. They said the water had been unsafe for weeks.")
    [q] = f["quotes"]
    assert speaker_name(f, q) != "Water Board"


@pytest.mark.parametrize("o,c", MARKS)
def test_he_is_not_someone_named_inside_the_quotation(facts_of, o, c):
    f = facts_of(f"Omar Said spoke after the match.\n\n{o}Karl Brandt is the best player I have met,{c} he said.")
    assert quotes(f) == [("direct", "Karl Brandt is the best player I have met,", "Omar Said")]


def test_she_is_not_someone_named_in_her_own_clause(facts_of):
    f = facts_of("Lena Kraus is a painter.\n\nShe was married to Maria Weber and to Ada Roth.\n\n"
                 "She said Roth had been unkind to her.")
    assert quotes(f) == [("indirect", "Roth had been unkind to her", "Lena Kraus")]


def test_speaker_named_just_before_wins(facts_of):
    f = facts_of("Gary Gray runs the clinic in town.\n\n"
                 "Constable Daniel Dube stated to the Herald that prices had doubled. "
                 "He explained that dealers were cutting the drugs.")
    assert [s for _, _, s in quotes(f)] == ["Daniel Dube", "Daniel Dube"]


def test_a_description_refers_to_the_holder_of_that_title(facts_of):
    f = facts_of("Transport Minister Ravi Nair opened the new terminal on Monday.\n\n"
                 "The health minister said that the injured were in hospital.")
    [q] = f["quotes"]
    assert speaker_name(f, q) == "The health minister"


def test_a_name_with_a_legal_suffix_is_a_firm_whatever_the_model_says(facts_of):
    f = facts_of("The sale went to Orban Varga Kft on Monday.")
    assert {a["name"]: a["type"] for a in f["actors"]}.get("Orban Varga Kft") == "org"


def test_a_legal_suffix_makes_a_firm(facts_of):
    f = facts_of("Baltic Forge Kft said the plant would stay open.\n\nIt added that orders were strong.")
    assert {a["name"]: a["type"] for a in f["actors"]}.get("Baltic Forge Kft") == "org"
    assert persons(f) == []


def test_according_to_inside_a_report_leaves_the_speaker(facts_of):
    f = facts_of("Witnesses, according to the Evening Star, said a man ran from the bank.")
    assert quotes(f) == [("indirect", "a man ran from the bank", "Witnesses")]


@pytest.mark.parametrize("o,c", MARKS)
def test_name_apposed_right_before_the_verb_speaks(facts_of, o, c):
    f = facts_of(f"The Harlow Institute of Marine and Coastal Science's director, Dr. Ruth Amsel, said of the spill, "
                 f"{o}It will get worse.{c}")
    assert quotes(f) == [("direct", "It will get worse.", "Ruth Amsel")]


def test_projections_speak_for_their_owner(facts_of):
    f = facts_of("Ortiz carried the state, according to the Daily Courier's projections.")
    assert quotes(f) == [("indirect", "Ortiz carried the state", "Daily Courier")]


def test_an_outlet_is_not_a_person(facts_of):
    f = facts_of("The daily Nordposten said the mayor had resigned.")
    assert quotes(f) == [("indirect", "the mayor had resigned", "Nordposten")]
    assert persons(f) == []


def test_time_zones_and_majesty_are_not_persons(facts_of):
    f = facts_of("The blast happened at 14:00 CET, said Officer Ruth Blom. His Majesty thanked the crews.")
    assert persons(f) == ["Ruth Blom"]


def test_an_organisation_name_with_a_comma_is_kept_whole(facts_of):
    name = "United Nations Educational, Scientific and Cultural Organization"
    f = facts_of(f"The {name} said the old town was at risk.")
    assert quotes(f) == [("indirect", "the old town was at risk", name)]


@pytest.mark.parametrize("hon", ["Cde", "Comrade"])
def test_unknown_honorifics_are_not_part_of_the_name(facts_of, hon):
    f = facts_of(f"{hon} Tendai Moyo said the party was united.")
    assert quotes(f) == [("indirect", "the party was united", "Tendai Moyo")]


def test_named_organisation_beats_the_country_visited(facts_of):
    f = facts_of("Rena Walsh of the Harbour Trust, who visited France last week, said the port would expand.")
    assert actor(f, "Rena Walsh")["affiliation"] == "Harbour Trust"


def test_organisations_title_before_an_apposed_name(facts_of):
    f = facts_of("The Harbour Trust's chairman, Rena Walsh, said the port would expand.")
    assert quotes(f) == [("indirect", "the port would expand", "Rena Walsh")]
    assert actor(f, "Rena Walsh")["affiliation"] == "Harbour Trust"


def test_a_title_is_shared_by_coordinated_names(facts_of):
    f = facts_of("Senators Ada Holt and Ben Ode voted against the bill.")
    assert actor(f, "Ada Holt")["title"] and actor(f, "Ada Holt")["title"] == actor(f, "Ben Ode")["title"]


def test_a_title_holding_of(facts_of):
    f = facts_of("Minister of Health Eva Kron said hospitals were full.")
    assert quotes(f) == [("indirect", "hospitals were full", "Eva Kron")]
    assert actor(f, "Eva Kron")["title"] == "Minister of Health"


def test_a_posted_title_before_the_name_stands_for_the_name(facts_of):
    f = facts_of("Norland Ambassador to Westmark Tova Lind warned that the embassy would close.")
    assert quotes(f) == [("indirect", "the embassy would close", "Tova Lind")]


@pytest.mark.parametrize("text,party", [
    ("Liberal Democrat leader Ed Dane said the budget was a disgrace.", "Liberal Democrat"),
    ("Christian Democrat leader Ed Dane said the budget was a disgrace.", "Christian Democrat"),
    ("Ed Dane, the Liberal Democrat leader, said it was wrong.", "Liberal Democrat")])
def test_a_party_named_in_two_words_is_the_affiliation_whole(facts_of, text, party):
    # the model tags only "Democrat" (and "Christian" or "Liberal" apart)
    f = facts_of(text)
    assert actor(f, "Ed Dane")["affiliation"] == party


def test_the_country_an_envoy_is_posted_to_is_no_affiliation(facts_of):
    f = facts_of("Kenyan Ambassador to Norway Ruth Wanjiru said the visit went well.")
    assert quotes(f) == [("indirect", "the visit went well", "Ruth Wanjiru")]
    assert actor(f, "Ruth Wanjiru")["title"].endswith("Ambassador to Norway")
    assert actor(f, "Ruth Wanjiru")["affiliation"] == "Kenya"
    f = facts_of("Special Envoy to Chile Tova Lind said the visit went well.")
    assert actor(f, "Tova Lind").get("affiliation") is None


def test_a_hyphenated_surname_is_one_word_of_the_name(facts_of):
    f = facts_of("The coup placed general Tavi Chan-o-lek in office in 2014.\n\n"
                 "The party did not say whom it would back against Chan-o-lek.")
    assert persons(f) == ["Tavi Chan-o-lek"]


def test_a_hyphen_s_adjective_ending_makes_no_longer_name(nlp):
    from spacy.tokens import Span

    from extract.actors.repair import repair_entities
    from extract.lang.en import LANGUAGE

    doc = nlp.make_doc("Trains on the Hassan-side stretch and past Chan-o-lek were late.")
    hassan = next(t.i for t in doc if t.text == "Hassan")
    chan = next(t.i for t in doc if t.text == "Chan")
    doc.ents = [Span(doc, hassan, hassan + 1, label="PERSON"), Span(doc, chan, chan + 1, label="PERSON")]
    repair_entities(doc, LANGUAGE)
    assert [e.text for e in doc.ents] == ["Hassan", "Chan-o-lek"]


def test_a_title_and_a_given_name_are_the_person_named_in_full_before(facts_of):
    f = facts_of("The party named Princess Aroon Malivan as its candidate.\n\n"
                 'In her defence, Princess Aroon pointed out she had "given up every title."')
    assert quotes(f) == [("direct", "given up every title.", "Aroon Malivan")]
    assert persons(f) == ["Aroon Malivan"]


def test_a_body_s_first_word_alone_is_the_body(facts_of):
    f = facts_of("Germany banned the Iranian airline Kestrel Air on Monday. Kestrel's director has alleged ties to "
                 "the army. US officials claim Kestrel flies fighters to Syria.")
    assert persons(f) == []
    f = facts_of("Police arrested Tom Ford near Ford Motor headquarters. Ford said he was innocent.")
    assert quotes(f) == [("indirect", "he was innocent", "Tom Ford")]
    # the body named, not described: no word for a body says what `Kestrel Air` is
    f = facts_of("Germany banned Kestrel Air on Monday. Kestrel's director has alleged ties to the army. US officials "
                 "claim Kestrel flies fighters to Syria.")
    assert persons(f) == []


def test_what_befell_someone_is_no_title(facts_of):
    f = facts_of("Maria Lopez has been the subject of United States sanctions since 2011.")
    assert actor(f, "Maria Lopez").get("title") is None
    assert actor(f, "Maria Lopez").get("affiliation") is None
    f = facts_of("Lena Abadi was the deputy commander of the Popular Front.")
    assert actor(f, "Lena Abadi")["affiliation"] == "Popular Front"


def test_a_body_s_name_listing_fields_runs_to_its_acronym(facts_of):
    f = facts_of("The plan went ahead despite criticism by the mayor and Northern Institute of Marine, Polar and "
                 "Coastal Studies (NIMPCS) who questioned it.")
    assert actor(f, "Northern Institute of Marine, Polar and Coastal Studies")["type"] == "org"
    f = facts_of("The council of the Baltic Agency for Transport, Energy and Water Safety (BATEWS) said the rules "
                 "would change.")
    assert actor(f, "Baltic Agency for Transport, Energy and Water Safety")["type"] == "org"


@pytest.mark.parametrize("o,c", MARKS)
def test_a_subject_hung_on_an_opening_participle_phrase(facts_of, o, c):
    f = facts_of(f"Speaking to the Daily Ledger, the head of the Norland Miners' Union, Ana Lind, said, "
                 f"{o}We will strike.{c}")
    assert quotes(f) == [("direct", "We will strike.", "Ana Lind")]


def test_a_name_tagged_a_body_apposed_to_a_title_in_an_opening_phrase_speaks(facts_of):
    # the model tags "Faustin Lubaki" a body; the parser hangs "spokesman, NAME" on "Bukavu"
    f = facts_of("In a statement issued in Bukavu, the militia's spokesman, Faustin Lubaki, said the fighters would "
                 "withdraw.")
    assert quotes(f) == [("indirect", "the fighters would withdraw", "Faustin Lubaki")]
    assert actor(f, "Faustin Lubaki")["type"] == "person"


def test_a_title_apposed_beside_the_name_is_the_name_s(facts_of):
    f = facts_of("Talking to reporters in Oslo, the leader of the Green Party, Tom Berg, said the tax was unfair.")
    assert quotes(f) == [("indirect", "the tax was unfair", "Tom Berg")]
    assert actor(f, "Tom Berg")["title"] == "leader of the Green Party"
    assert actor(f, "Tom Berg")["affiliation"] == "Green Party"


def test_a_time_between_the_verb_and_a_clause_without_that(facts_of):
    f = facts_of("The appeals court ruled on Monday the ban was unlawful.")
    assert quotes(f) == [("indirect", "the ban was unlawful", "The appeals court")]


def test_an_inverted_attribution_with_a_possessive_title(facts_of):
    f = facts_of("The plan is too costly, argued the city's lawyer, Ana Lind.")
    assert quotes(f) == [("indirect", "The plan is too costly", "Ana Lind")]
    f = facts_of("It is not for the court to judge the motives, argued the city's lawyer, Ana Lind.")
    assert quotes(f) == [("indirect", "It is not for the court to judge the motives", "Ana Lind")]


def test_names_listed_after_a_colon_and_a_word_for_places(facts_of):
    f = facts_of("The flood hit three villages: Mandya, Chikmagalur and Kodagu.")
    assert persons(f) == []


def test_names_listed_under_a_word_for_bodies_are_bodies(facts_of):
    f = facts_of("The two airlines, Qantas and Virgin, cut flights. "
                 "On Sunday, Australian store chains Woolworths and Coles lowered their purchase limits.")
    assert persons(f) == []


def test_a_product_made_or_sold_is_no_person(facts_of):
    f = facts_of("Kimberly-Clark, which makes Kleenex Toilet Tissue, said supply was fine. "
                 "The firm sells Nordic Gold in 40 countries.")
    assert persons(f) == []


def test_a_name_split_before_its_possessive_is_one_name(facts_of):
    f = facts_of("The veil was banned in public offices during Ahmed El Karim Ben Salah's Presidency.")
    assert persons(f) == ["Ahmed El Karim Ben Salah"]


def test_a_name_given_to_a_thing_is_no_person(facts_of):
    f = facts_of("He wants to complete the withdrawal of the United Kingdom from the European Union, known as Brexit.")
    assert persons(f) == []
    f = facts_of("The fighters left the city of Raqqa, known as Bashir, in May.")
    assert persons(f) == []
    f = facts_of("The singer, known as Queen Bee, said she would tour.")
    assert persons(f) == ["Queen Bee"]  # a title before one name stays in it, as in "Pope Francis"


def test_serving_as(facts_of):
    f = facts_of("Ana Lopes, serving as interim director of the Lumen Institute, said the lab would reopen.")
    assert actor(f, "Ana Lopes")["affiliation"] == "Lumen Institute"


def test_a_name_titled_before_it_takes_its_body_from_the_role_after_as(facts_of):
    # the title before the name stays; the body comes from what the person serves as
    f = facts_of("Judge Marta Velez, serving as president of the Supreme Court, said the ruling stood.")
    assert role(f, "Marta Velez") == ("Judge", "Supreme Court")
    f = facts_of("Senator Kim Lo, who was sworn in as chair of the Finance Committee, said the bill was dead.")
    assert actor(f, "Kim Lo")["affiliation"] == "Finance Committee"


@pytest.mark.parametrize("title", ["Treasurer", "Comptroller", "Ombudsman", "Registrar"])
def test_an_office_keeping_accounts_or_records_is_a_title(facts_of, title):
    f = facts_of(f"{title} Jim Hadley said the figures would be published on Monday.")
    assert actor(f, "Jim Hadley")["title"] == title


@pytest.mark.parametrize("sentence, title, body", [
    ("Sarah Jones is the Lord Mayor of Leeds.", "Lord Mayor", "Leeds"),
    ("Sarah Jones is the Chief Executive of Tarn Bank.", "Chief Executive", "Tarn Bank"),
])
def test_a_capitalised_title_after_a_copula_is_the_person_s_role(facts_of, sentence, title, body):
    f = facts_of(sentence)
    assert role(f, "Sarah Jones") == (title, body)


def test_a_later_mention_the_model_did_not_tag_gives_a_titled_person_a_body(facts_of):
    # "Jones" in the second paragraph is no entity for the model; the role it states is still read
    f = facts_of("The current mayor, Sarah Jones, said the council was ready.\n\n"
                 "Jones has been the mayor of Leeds since 2018.")
    assert actor(f, "Sarah Jones")["affiliation"] == "Leeds"


def test_a_name_with_a_quoted_nickname_keeps_its_title_and_body(facts_of):
    f = facts_of('Metropolitan Police sergeant Kim "Kimmy" Lo was hurt in the attack.')
    assert role(f, "Kim Lo") == ("sergeant", "Metropolitan Police")


def test_a_body_named_for_its_cause_is_one_body(facts_of):
    f = facts_of("The chairman of the Tunisian League for the Defence of Workers' Rights, Jamel Orsk, said the "
                 "ban was late.")
    assert actor(f, "Jamel Orsk")["affiliation"] == "Tunisian League for the Defence of Workers' Rights"
    f = facts_of("Jamel Orsk of the Labour Party for the Senate race said the ban was late.")
    assert actor(f, "Jamel Orsk")["affiliation"] != "Labour Party for the Senate"


def test_an_en_dash_inside_a_body_name(facts_of):
    f = facts_of('African Export–Import Bank chairman Okey Lund said the plan "costs the region billions."')
    assert actor(f, "Okey Lund")["affiliation"] == "African Export–Import Bank"
    assert actor(f, "Okey Lund")["title"] == "chairman"


def test_a_body_tagged_in_part_before_a_title(facts_of):
    f = facts_of("Yesterday, United States House of Representatives Speaker Ana Ruiz confirmed a vote will be "
                 "held today.")
    assert actor(f, "Ana Ruiz")["affiliation"] == "United States House of Representatives"
    assert actor(f, "Ana Ruiz")["title"] == "Speaker"


def test_a_title_before_a_name_whose_second_comma_is_left_out(facts_of):
    f = facts_of('A member of the Norland Parliament, Samir Dilou said, "Norland is facing attacks."')
    assert actor(f, "Samir Dilou")["affiliation"] == "Norland Parliament"
    assert quotes(f) == [("direct", "Norland is facing attacks.", "Samir Dilou")]
    f = facts_of("A spokeswoman for the Tarn Rail Authority, Ana Lind said the line would reopen.")
    assert actor(f, "Ana Lind")["affiliation"] == "Tarn Rail Authority"


def test_a_title_after_a_name_parsed_as_a_second_subject_is_the_name_s(facts_of):
    # the parser makes both `Min` and `head` subjects of `told`
    f = facts_of("Calder Freight Ltd said on Monday it would cut jobs.\n\nKang Min-jae, the company's head of sales, "
                 "told reporters that the plant would close.")
    assert role(f, "Kang Min-jae") == ("head of sales", "Calder Freight Ltd")


def test_a_country_travelled_to_or_from_is_no_affiliation(facts_of):
    f = facts_of("From Norway, Secretary of State Ana Lind spoke, defending the policy.")
    assert "affiliation" not in actor(f, "Ana Lind")
    f = facts_of("Foreign Minister Ana Lind arrived in Norway on Monday and said talks would go on.")
    assert "affiliation" not in actor(f, "Ana Lind")
    f = facts_of("Foreign Minister Ana Lind visited Norway and said talks would go on.")
    assert "affiliation" not in actor(f, "Ana Lind")
    f = facts_of("In Norway, Prime Minister Ana Lind said talks would go on.")
    assert actor(f, "Ana Lind")["affiliation"] == "Norway"


def test_an_envoy_for_a_country_serves_there_and_is_of_the_country_before(facts_of):
    f = facts_of('At a press conference held in Oman, US Special Representative for Iran Brian Kell said, "This is '
                 'a stunt."')
    assert actor(f, "Brian Kell")["title"] == "Special Representative for Iran"
    assert actor(f, "Brian Kell")["affiliation"] == "United States"
    f = facts_of("The UN special envoy for Yemen, Ana Lind, said the talks would resume.")
    assert actor(f, "Ana Lind")["affiliation"] == "UN"
    assert actor(f, "Ana Lind")["title"] == "special envoy for Yemen"


def test_a_body_led_by_a_person_is_theirs(facts_of):
    f = facts_of("The Tarn Rowing Club, headed by Ana Lind, said the race was cancelled.")
    assert actor(f, "Ana Lind")["affiliation"] == "Tarn Rowing Club"
    f = facts_of("The Tarn Supreme Court ruled on Monday. The court is led by President Ana Lind, who said the "
                 "ruling was final.")
    assert actor(f, "Ana Lind")["affiliation"] == "Tarn Supreme Court"


def test_a_body_named_again_without_its_of_phrase(facts_of):
    f = facts_of("The Supreme Court of Tarn ruled on Monday. Ana Lind, a judge of the Supreme Court, said the "
                 "ruling was final.")
    assert actor(f, "Ana Lind")["affiliation"] == "Supreme Court of Tarn"


def test_a_role_stated_of_a_pronoun_is_the_person_s(facts_of):
    f = facts_of("Canadian scientist Paul Reddan won the prize for his work. He is a professor at Halden "
                 "University. Reddan said the work took years.")
    assert actor(f, "Paul Reddan")["affiliation"] == "Halden University"
    f = facts_of("Ana Lind of the Tarn Trust said the fund was empty. She is also a member of the Halden Rowing "
                 "Club.")
    assert actor(f, "Ana Lind")["affiliation"] == "Tarn Trust"


def test_a_court_president_presides_over_the_court(facts_of):
    f = facts_of("In Freedonia, the president of the Supreme Court, Ivo Rant, said the ruling was final.")
    assert actor(f, "Ivo Rant")["affiliation"] == "Supreme Court"


def test_sworn_in_as_a_title(facts_of):
    f = facts_of("Dana Morell was sworn in as governor of Westmark on Friday.")
    assert role(f, "Dana Morell") == ("governor", "Westmark")


def test_appointed_as_a_title(facts_of):
    f = facts_of("The board appointed Dana Morell as secretary of state.")
    assert actor(f, "Dana Morell")["title"] == "secretary of state"


def test_a_title_at_a_mention_the_model_did_not_tag(facts_of):
    f = facts_of("Maria Okonjo spoke first. The outgoing governor Ferrer appointed Okonjo as secretary of state.")
    assert actor(f, "Maria Okonjo")["title"] == "secretary of state"


def test_who_was_a_title(facts_of):
    f = facts_of("Dana Morell, who was the mayor of Linford, said the bridge would reopen.")
    assert quotes(f) == [("indirect", "the bridge would reopen", "Dana Morell")]
    assert role(f, "Dana Morell") == ("mayor", "Linford")


def test_organisations_title_apposed_after_a_name(facts_of):
    f = facts_of("Dana Morell, the Harbour Trust's chairman, said the port would expand.")
    assert role(f, "Dana Morell") == ("chairman", "Harbour Trust")


def test_a_full_name_tagged_as_a_body_is_the_person(facts_of):
    f = facts_of("Ricardo Ferrer Nevares, Westmark's governor, announced his resignation on Wednesday. "
                 "Ferrer said he would leave office in August.")
    assert persons(f) == ["Ricardo Ferrer Nevares"]
    assert quotes(f) == [("indirect", "he would leave office in August", "Ricardo Ferrer Nevares")]
    assert actor(f, "Ricardo Ferrer Nevares")["affiliation"] == "Westmark"


def test_a_surname_tagged_as_a_body_is_the_person(facts_of):
    f = facts_of("Ramón Ibarra Nevares announced his resignation. Ibarra said he would leave in August.")
    assert persons(f) == ["Ramón Ibarra Nevares"]
    assert quotes(f) == [("indirect", "he would leave in August", "Ramón Ibarra Nevares")]


def test_a_body_named_with_the_is_not_a_person(facts_of):
    f = facts_of("Bombs struck the Tarn Cathedral on Sunday. Tarn voted against the plan in May.")
    assert persons(f) == []


def test_a_papal_name_keeps_its_title(facts_of):
    f = facts_of("Pope Leo said the church would help the victims.")
    assert quotes(f) == [("indirect", "the church would help the victims", "Pope Leo")]


@pytest.mark.parametrize("title,name", [("Detective Constable", "Nora Hale"), ("Taoiseach", "Liam Brody")])
def test_police_ranks_and_irish_titles_are_not_names(facts_of, title, name):
    f = facts_of(f"{title} {name} said the road would stay closed.")
    assert quotes(f) == [("indirect", "the road would stay closed", name)]


def test_a_picture_credit_is_no_actor(facts_of):
    f = facts_of("Marchers crossed the bridge at noon. Image: Jane Roe (flickr).")
    assert persons(f) == []


@pytest.mark.parametrize("text,name", [
    ("Carla Mendez Ibarra said she would run.\n\nMendez Ibarra announced that she would resign.",
     "Carla Mendez Ibarra"),
    ("Ricardo Rosselló Nevares said he would stay.\n\nRosselló Nevares announced that he would resign.",
     "Ricardo Rosselló Nevares")])
def test_a_person_s_name_tagged_a_body_is_the_person(facts_of, text, name):
    # the model tags one of the two mentions a body: no body of that name, one person
    f = facts_of(text)
    assert [(a["name"], a["type"]) for a in f["actors"]] == [(name, "person")]


def test_a_body_word_before_a_title_stands_for_the_body(facts_of):
    f = facts_of("Norway's Competition Authority blocked the merger on Tuesday.\n\n"
                 "\"This was not a close call,\" authority chair Helen Fairweather told reporters in Oslo.")
    assert role(f, "Helen Fairweather") == ("chair", "Competition Authority")


def test_an_owned_title_after_the_name_is_the_body_s(facts_of):
    f = facts_of("The Kenya Space Agency launched the satellite on Monday.\n\n\"Some people were crying,\" said "
                 "Dr Achieng Otieno, the agency's lead engineer on the mission.")
    assert role(f, "Achieng Otieno") == ("lead engineer on the mission", "Kenya Space Agency")


def test_a_name_tagged_a_thing_apposed_to_a_title_is_a_person(facts_of):
    # the model tags `Ines Barreto` a product
    f = facts_of("\"The conditions are bad,\" Ines Barreto, director of the charity Esperanca Viva, said by telephone.")
    assert (actor(f, "Ines Barreto")["type"], actor(f, "Ines Barreto").get("affiliation")) \
        == ("person", "Esperanca Viva")


def test_a_country_of_two_words_tagged_a_person_is_the_country(facts_of):
    f = facts_of("New Zealand beat Sri Lanka by seven wickets on Sunday.\n\nSri Lanka had been 120 for two at lunch.")
    assert ("Sri Lanka", "country") in [(a["name"], a["type"]) for a in f["actors"]]
    assert not [a for a in f["actors"] if a["type"] == "person"]


@pytest.mark.parametrize("text,city", [
    ("Winnipeg City Council approved a budget late Wednesday after councillors rejected Mayor Colleen Darragh's "
     "plan to shift money to transit.", "Winnipeg City Council"),
    ("Floods cut roads across Queensland on Monday.\n\n\"We are ready,\" Mayor Tony Fenwick told reporters.",
     "Queensland"),
])
def test_a_mayor_of_no_place_is_of_the_city_named_before(facts_of, text, city):
    mayor = [a for a in facts_of(text)["actors"] if a.get("title") == "Mayor"]
    assert [a.get("affiliation") for a in mayor] == [city]


@pytest.mark.parametrize("town", ["Tocumwal", "Coolamon"])  # tagged a body and a person
def test_a_mayor_s_city_is_the_name_described_as_a_town(facts_of, town):
    f = facts_of(f"Farmers along the Murray River fear the plan. In {town}, a town of about 3,000 people on the Edward "
                 "River, Mayor Ana Berg told ABC Radio that the last round of buybacks had cost the district its mill.")
    assert role(f, "Ana Berg") == ("Mayor", town)
    assert (actor(f, town) or {}).get("type") == "place"


def test_a_mayor_of_a_named_city_keeps_it(facts_of):
    f = facts_of("Flooding hit Cambridgeshire on Monday.\n\nThe mayor of London, Sadiq Khan, said trains would run.")
    assert actor(f, "Sadiq Khan").get("affiliation") == "London"


def test_a_country_s_body_tagged_as_one_name_is_the_body(facts_of):
    f = facts_of("New Zealand’s Commerce Commission has blocked the proposed merger of two building supplies chains, "
                 "saying the deal would leave builders with one place to shop.")
    assert [s for _, _, s in quotes(f)] == ["Commerce Commission"]
    assert ("New Zealand", "country") in [(a["name"], a["type"]) for a in f["actors"]]


def test_a_body_s_name_cut_at_and_is_one_body(facts_of):
    # the model tags `Ghana Growers and` and `Exporters Council` apart
    f = facts_of("The cut was welcomed by Kofi Mensah, chief executive of the Ghana Growers and Exporters Council.")
    assert actor(f, "Kofi Mensah")["affiliation"] == "Ghana Growers and Exporters Council"
    assert [a["name"] for a in f["actors"] if a["type"] == "org"] == ["Ghana Growers and Exporters Council"]


def test_two_bodies_named_whole_around_and_stay_two(facts_of):
    f = facts_of("Crews from the Tarn Ambulance Service and Tarn Fire Brigade were called to the station.")
    assert sorted(a["name"] for a in f["actors"] if a["type"] == "org") == ["Tarn Ambulance Service",
                                                                           "Tarn Fire Brigade"]


def test_an_honorific_before_a_name_tagged_a_body_is_the_person(facts_of):
    # the model tags `Ms Moorcroft` a body: an honorific only ever comes before a person's name
    f = facts_of("Tanya Moorcroft, 44, disappeared in March 2023.\n\nHe said a witness had seen the car near the "
                 "river on the night Ms Moorcroft vanished.")
    assert [(a["name"], a["type"]) for a in f["actors"] if "Moorcroft" in a["name"]] == [("Tanya Moorcroft", "person")]


def test_a_hyphenated_surname_apposed_to_a_relative_is_a_person_s(facts_of):
    # the model tags the name a body; `Moorcroft-Hayes` is one word of it
    f = facts_of("Outside the court, Ms Lund's sister, Leanne Moorcroft-Hayes, read a statement on behalf of the "
                 "family.")
    assert ("Leanne Moorcroft-Hayes", "person") in [(a["name"], a["type"]) for a in f["actors"]]


def test_a_name_cut_in_two_is_one_person(facts_of):
    f = facts_of("Wanda Núñez Garced, the would-be successor, has said she is uninterested. "
                 "Núñez Garced spoke again on Monday.")
    assert persons(f) == ["Wanda Núñez Garced"]


def test_a_name_cut_short_takes_the_word_it_modifies(facts_of):
    f = facts_of("Secretary of Justice Rosa Delgado Garced said the appeal would fail.")
    assert quotes(f) == [("indirect", "the appeal would fail", "Rosa Delgado Garced")]
    assert actor(f, "Rosa Delgado Garced")["title"] == "Secretary of Justice"


def test_the_one_who_appoints_does_not_take_the_role(facts_of):
    f = facts_of("Later, Ferrer appointed Maria Okonjo as secretary of state.")
    assert actor(f, "Maria Okonjo")["title"] == "secretary of state"
    assert actor(f, "Ferrer").get("title") is None


@pytest.mark.parametrize("o,c", MARKS)
def test_bracketed_letters_and_acronyms_are_not_names(facts_of, o, c):
    f = facts_of(f"Ana Ruiz wrote: {o}[W]e will rebuild the pier.{c} Hats read KAG 2020. KAG was everywhere.")
    assert persons(f) == ["Ana Ruiz"]


def test_a_word_used_as_a_modifier_is_no_person(facts_of):
    f = facts_of("Thousands joined an anti-Grexit march. Critics said Grexit would hurt trade, "
                 "and the Grexit deal stalled.")
    assert persons(f) == []


def test_coordinated_titles_before_a_name(facts_of):
    f = facts_of("Retired Navy agent and drug specialist Omar Lind told reporters the dam was weak.")
    lind = actor(f, "Omar Lind")
    assert (lind["title"], lind["affiliation"]) == ("Retired Navy agent and drug specialist", "Navy")


def test_an_honorific_is_no_title(facts_of):
    f = facts_of("The Harlow Institute's director, Dr. Omar Lind, said the trial would resume.")
    assert quotes(f) == [("indirect", "the trial would resume", "Omar Lind")]
    assert role(f, "Omar Lind") == ("director", "Harlow Institute")


@pytest.mark.parametrize("text,name,place", [
    ("Mayor of Tarnow Piotr Lasko has declared Monday a day of mourning.", "Piotr Lasko", "Tarnow"),
    ("Chief Executive of Hong Kong Anne Lam delivered her speech.", "Anne Lam", "Hong Kong"),
])
def test_a_place_fused_with_the_name_after_a_title(facts_of, text, name, place):
    f = facts_of(text)
    assert persons(f) == [name]
    assert actor(f, name)["affiliation"] == place


def test_a_capital_the_belongs_to_the_affiliation(facts_of):
    f = facts_of("Ray Lind of The Guardian also reacted on Twitter.")
    assert actor(f, "Ray Lind")["affiliation"] == "The Guardian"


def test_the_body_a_person_possesses_is_the_affiliation(facts_of):
    f = facts_of("Later, he recorded with Joan Lind's Harbour Trust.")
    assert actor(f, "Joan Lind")["affiliation"] == "Harbour Trust"


def test_known_as_coordinated_roles_of_a_body(facts_of):
    f = facts_of("Anna Lind was widely known as the drummer and co-founder of the band Radiohead.")
    assert actor(f, "Anna Lind")["affiliation"] == "Radiohead"


def test_a_first_name_shares_the_surname_after_and(facts_of):
    f = facts_of("Tom and Ada Brink drove to the rally. Ada Brink said it was worth it.")
    assert persons(f) == ["Ada Brink", "Tom Brink"]


@pytest.mark.parametrize("text", ["Marchers gathered in the rain. Harlow Square. Image: Jo Bly.",
                                  "Cases were reported in Goma, Butare, Kisoro and Tamba Lindi."])
def test_a_square_or_a_name_listed_with_places_is_a_place(facts_of, text):
    assert persons(facts_of(text)) == []


def test_a_title_in_another_language_is_no_title(facts_of):
    f = facts_of("The minister, Ana Lind, secretaria de Estado, said the law would pass.")
    assert actor(f, "Ana Lind")["title"] == "minister"


def test_a_body_beats_a_nationality(facts_of):
    f = facts_of("Polish lawmaker Marek Zaleski of the Harbour Trust said the vote was won.")
    assert actor(f, "Marek Zaleski")["affiliation"] == "Harbour Trust"


def test_a_birth_name_is_the_same_person(facts_of):
    f = facts_of("Tom Lind was born Peter Edward Lind in Leeds, in 1939. Lind said he hated the name.")
    assert persons(f) == ["Tom Lind"]
    assert "Peter Edward Lind" in actor(f, "Tom Lind")["aliases"]


def test_a_name_spelt_a_letter_apart_is_the_same_person(facts_of):
    f = facts_of("Officials said Hamid bin Rashad was dead. Hamid bin Rashid had led the group since 2011.")
    assert persons(f) == ["Hamid bin Rashad"]


def test_a_title_never_holds_another_persons_name(facts_of):
    f = facts_of("In 1966, Mark Lind, Tom Ross and guitarist Eric Moss formed a band.")
    assert persons(f) == ["Eric Moss", "Mark Lind", "Tom Ross"]
    assert not any(a.get("title") for a in f["actors"] if a["type"] == "person")


@pytest.mark.parametrize("text,surname,title", [
    ("Carmen Ruiz Ortega, the mayor of the capital, said she would appeal.", "Ortega", "mayor of the capital"),
    ("The mayor of Leeds, Sadiq Lund, tweeted that the city was ready.", "Lund", "mayor of Leeds"),
])
def test_a_first_name_left_out_of_the_name_is_no_title(facts_of, text, surname, title):
    # whether or not the model's name holds the first name, the first name is not the title
    [p] = [a for a in facts_of(text)["actors"] if a["type"] == "person" and surname in a["name"]]
    assert p["title"] == title


@pytest.mark.parametrize("text,name", [
    ("The vice president of Ghana, Kwaku Dansoge, expressed his sadness. Dansoge said the nation had lost a hero.",
     "Kwaku Dansoge"),
    ("The chairman of the Farmers Union, Hollis Grange, expressed his sadness. Grange said the harvest had failed.",
     "Hollis Grange"),
])
def test_a_name_apposed_to_a_title_is_a_person(facts_of, text, name):
    f = facts_of(text)
    assert persons(f) == [name]
    assert [s for _, _, s in quotes(f)] == [name]


def test_a_name_right_after_a_title_word_is_a_person(facts_of):
    # the model tags "Wiebke Tarr" as an organisation; the title word right before it makes it a person's
    f = facts_of("Company spokesperson Wiebke Tarr said the plant would close.")
    assert persons(f) == ["Wiebke Tarr"]
    assert [s for _, _, s in quotes(f)] == ["Wiebke Tarr"]


def test_a_name_a_title_is_held_at_is_a_business(facts_of):
    # "Lucia Ferri" is tagged as a person's name, but a general manager is the manager of a body
    f = facts_of("Karl Bremen, the general manager of Lucia Ferri, said the staff last saw him on Saturday.")
    assert persons(f) == ["Karl Bremen"]
    assert actor(f, "Lucia Ferri")["type"] == "org"
    karl = actor(f, "Karl Bremen")
    assert (karl["title"], karl["affiliation"]) == ("general manager", "Lucia Ferri")


def test_a_name_before_a_word_for_a_business_is_that_business(facts_of):
    andrea = actor(facts_of("Andrea Rota, the head chef of the Carla Venti restaurant, was found dead."), "Andrea Rota")
    assert (andrea["title"], andrea["affiliation"]) == ("head chef", "Carla Venti")


def test_an_apposition_hung_on_a_word_of_the_name_is_the_names(facts_of):
    # the parser splits the hyphenated given name and hangs the apposition on its last part
    choi = actor(facts_of("Choi Min-soo, the governor of Gyeonggi, was arrested on Friday."), "Choi Min-soo")
    assert (choi["title"], choi["affiliation"]) == ("governor", "Gyeonggi")


def test_a_short_name_in_brackets_is_the_bodys(facts_of):
    f = facts_of("According to the Norland Institute of Volcanology and Seismology (Norvolcs), the epicenter was "
                 "nine kilometers deep. Norvolcs reported the magnitude was 5.5.")
    body = actor(f, "Norland Institute of Volcanology and Seismology")
    assert body["aliases"] == ["Norvolcs"]
    assert actor(f, "Norvolcs") is None
    assert ("indirect", "the magnitude was 5.5", "Norland Institute of Volcanology and Seismology") in quotes(f)


def test_a_name_after_a_word_for_a_place_and_of_is_that_place(facts_of):
    f = facts_of("Voters in the electoral district of Groom go to the polls on Saturday.\n\n"
                 "Why are you running to be Groom's local MP?\n\nGroom is located in the state of Kemland.")
    assert persons(f) == []
    assert actor(f, "Groom")["type"] == "place"


def test_a_body_named_for_a_country_names_the_articles_country(facts_of):
    # the country is named once on its own, and twice more as the first word of a court's name
    f = facts_of("Justice Ann Pell of the US Supreme Court died on Monday. She was nominated in 1975 by President "
                 "Carl Fenwick. Pell served on the US Supreme Court for 35 years. She was born in the US.")
    assert actor(f, "Carl Fenwick")["affiliation"] == "United States"


def test_a_body_of_a_country_names_the_articles_country(facts_of):
    # the country is named once on its own, as often as another, and twice more at the end of a bank's name
    f = facts_of("The Central Bank of Norway raised its main rate on Thursday. Finance Minister Ola Strand said the "
                 "move was expected.\n\nExports to Sweden have slowed. The Central Bank of Norway meets again in "
                 "March, and Norway's economy grew by one per cent.")
    assert actor(f, "Ola Strand")["affiliation"] == "Norway"


def test_another_players_nationality_is_not_the_captains(facts_of):
    f = facts_of("Rovers led 2-0 at half-time through a goal from Ghanaian winger Kofi Mensah-Bekoe and a header from "
                 "captain Tomás Ibarra.")
    assert actor(f, "Tomás Ibarra")["title"] == "captain"
    assert actor(f, "Tomás Ibarra").get("affiliation") is None
    assert actor(f, "Kofi Mensah-Bekoe")["affiliation"] == "Ghana"


def test_a_nationality_before_another_office_is_still_the_governments(facts_of):
    f = facts_of("Romanian President Ana Cretu on Friday rejected Prime Minister Ion Rusu's offer to resign.")
    assert actor(f, "Ion Rusu")["affiliation"] == "Romania"


def test_a_title_given_by_a_body_is_held_at_it(facts_of):
    f = facts_of("The Tarn Space Agency has selected two astronauts, Doug Harvey and Bob Lenk, for the first crewed "
                 "mission.")
    for name in ("Doug Harvey", "Bob Lenk"):
        assert (actor(f, name)["title"], actor(f, name)["affiliation"]) == ("astronaut", "Tarn Space Agency")


@pytest.mark.parametrize("name", ["Mike Carver", "Mike McCarver"])
def test_a_name_after_a_name_and_of_is_a_body(facts_of, name):
    # "Velvet Jam" is tagged as a person's name, and the parser hangs "Jam" on the guitarist's name
    f = facts_of(f"{name} of Velvet Jam likened it to hearing Mozart.")
    assert "Velvet Jam" not in persons(f)
    mike = actor(f, name)
    assert (mike.get("title"), mike["affiliation"]) == (None, "Velvet Jam")


def test_a_monarch_with_no_country_serves_the_articles_country(facts_of):
    f = facts_of("Oman's ruler died on Friday. Qasim became Sultan in 1970 after overthrowing his father, Sultan Fahd "
                 "bin Talal. Oman declared three days of mourning.")
    fahd = actor(f, "Fahd bin Talal")
    assert (fahd["title"], fahd["affiliation"]) == ("Sultan", "Oman")


def test_an_affiliation_ending_a_bodys_name_is_that_body(facts_of):
    f = facts_of("He wrote lyrics for several songs by the rock band Silent Harbor, including many of their hits. He "
                 "also collaborated with Harbor associates Mara Lind and Tom Reyes and artists such as Ann Ray.")
    assert actor(f, "Mara Lind")["affiliation"] == actor(f, "Tom Reyes")["affiliation"] == "Silent Harbor"


@pytest.mark.parametrize("text,name,body", [
    # the model tags "Clean Water Alliance" as a body and "Kenya" as a person
    ('Noor Hadi of Clean Water Alliance Kenya said, "We need more wells in the north."', "Noor Hadi",
     "Clean Water Alliance Kenya"),
    # ... or tags none of it, and parses the last words as apposed to the name
    ('Jana Roth of Open Roads Coalition Norland said, "It is still not enough."', "Jana Roth",
     "Open Roads Coalition Norland"),
    # a body whose name goes on past the capitalised words, tagged whole: not cut at "for"
    ("Maria Garcia of the Norland Endowment for Peace said the talks had stalled.", "Maria Garcia",
     "Norland Endowment for Peace"),
])
def test_a_bodys_name_after_a_persons_of_runs_to_the_verb(facts_of, text, name, body):
    person = actor(facts_of(text), name)
    assert (person.get("title"), person["affiliation"]) == (None, body)


def test_a_name_after_a_bodys_possessive_is_its_persons(facts_of):
    # the model tags the speaker's name (no given name it knows) as a second organisation
    f = facts_of('The Tarn Rights Fund\'s Marit De Moss said, "The law ignores the realities of rural voters."')
    assert persons(f) == ["Marit De Moss"]
    assert actor(f, "Marit De Moss")["affiliation"] == "Tarn Rights Fund"
    assert [s for _, _, s in quotes(f)] == ["Marit De Moss"]


def test_a_title_parsed_as_a_conjunct_is_apposed(facts_of):
    # the parser reads "Twitter, NAME, columnist" as a list; the title set off by commas is the name's
    f = facts_of("On Facebook, Karl Demby, US sport columnist from ESPN, said Lena and Tom were on their way to a "
                 "basketball game.")
    karl = actor(f, "Karl Demby")
    assert (karl["title"], karl["affiliation"]) == ("US sport columnist", "ESPN")


@pytest.mark.parametrize("text,clause,speaker", [
    # the parser takes "Typhoon Lan" for what was reported, and hangs "near the coast" on the verb
    ("The ministry reported Typhoon Lan near the coast had weakened overnight.",
     "Typhoon Lan near the coast had weakened overnight", "The ministry"),
    # ... and the rest of the clause as a second verb of the sentence
    ("In an advisory issued at 11:00 a.m. local time today (1500 UTC) the National Hurricane Center (NHC) reported "
     "Hurricane Marek in the Caribbean had strengthened into a Category 5 hurricane.",
     "Hurricane Marek in the Caribbean had strengthened into a Category 5 hurricane", "National Hurricane Center"),
])
def test_a_clause_subject_parsed_as_the_object_opens_the_clause(facts_of, text, clause, speaker):
    assert quotes(facts_of(text)) == [("indirect", clause, speaker)]


def test_the_person_told_is_not_what_they_were_told(facts_of):
    # the parser hangs the clause's subject on its auxiliary ("the roads" on "were"), not on "closed"
    assert quotes(facts_of("Sheriff Mark Bell told reporters the roads were closed.")) == [
        ("indirect", "the roads were closed", "Mark Bell")]


@pytest.mark.parametrize("verb", ["told", "warned", "informed"])
def test_who_was_told_in_the_passive_is_no_speaker(facts_of, verb):
    assert quotes(facts_of(f"Residents were {verb} that the water was unsafe.")) == []
    assert quotes(facts_of(f"Residents were {verb} by the council that the water was unsafe.")) == [
        ("indirect", "the water was unsafe", "The council")]


def test_an_object_and_a_coordinated_verb_are_no_report(facts_of):
    assert quotes(facts_of("The agency reported the theft and had closed the office.")) == []


def test_a_regional_office_of_two_words_serves_the_region(facts_of):
    f = facts_of("Chief Minister Ravi Desai said the state would mourn. Tarnland declared three days of mourning. "
                 "Schools in Tarnland closed.")
    ravi = actor(f, "Ravi Desai")
    assert (ravi["title"], ravi["affiliation"]) == ("Chief Minister", "Tarnland")


def test_the_place_owning_a_body_is_no_part_of_the_title(facts_of):
    f = facts_of("Ana Ferro, the director of Norland's National Tide Institute, said the sea was rising.")
    ana = actor(f, "Ana Ferro")
    assert (ana["title"], ana["affiliation"]) == ("director", "National Tide Institute")


def test_a_place_apposed_to_a_title_s_place_stays_a_place(facts_of):
    assert persons(facts_of("The mayor of Portland, New Hampshire, said the road would close.")) == []


@pytest.mark.parametrize("noun", ["statement", "letter", "follow-up statement"])
def test_a_statement_saying_speaks_for_who_issued_it(facts_of, noun):
    f = facts_of(f"The Norland council issued a {noun} saying the road would reopen on Friday.")
    assert quotes(f) == [("indirect", "the road would reopen on Friday", "The Norland council")]


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("who,speaker", [("Governor Ada Brill", "Ada Brill"), ("The governor", "The governor")])
def test_an_object_before_a_participle_is_not_its_subject(facts_of, o, c, who, speaker):
    f = facts_of(f"{who} tweeted her decision saying, {o}We close the bridge tonight.{c}")
    assert quotes(f) == [("direct", "We close the bridge tonight.", speaker)]


@pytest.mark.parametrize("o,c", MARKS)
def test_an_object_before_a_participle_is_not_its_subject_after_a_named_title(facts_of, o, c):
    f = facts_of(f"Governor Kay Brill signed the bill on Wednesday.\n\nThe governor tweeted her reasoning saying, "
                 f"{o}Today, I signed the Tarn Life Act into law.{c}")
    assert quotes(f) == [("direct", "Today, I signed the Tarn Life Act into law.", "Kay Brill")]


@pytest.mark.parametrize("o,c", MARKS)
def test_according_to_ends_at_a_semicolon_before_a_quotation(facts_of, o, c):
    f = facts_of(f"According to the Norland embassy, the missing sailor was found on Tuesday; "
                 f"local papers called him {o}a hero.{c}")
    assert ("indirect", "the missing sailor was found on Tuesday", "The Norland embassy") in quotes(f)


def test_a_mid_sentence_attribution_stays_within_semicolons(facts_of):
    f = facts_of("Harbour officials said the ferry had been delayed by ice on the river; the crossing, they "
                 "reported, was closed until noon.")
    assert quotes(f) == [("indirect", "the ferry had been delayed by ice on the river", "Harbour officials"),
                         ("indirect", "the crossing ... was closed until noon", "Harbour officials")]


def test_they_after_a_semicolon_is_the_subject_before_it(facts_of):
    f = facts_of("The ferry stopped at noon. Harbour officials blamed the ice; they said the crossing would "
                 "reopen on Friday.")
    assert quotes(f) == [("indirect", "the crossing would reopen on Friday", "Harbour officials")]


def test_an_acronym_spelt_like_a_pronoun_is_the_organisation(facts_of):
    f = facts_of("The World Health Organization (WHO) raised its alert on Monday. WHO said the outbreak was "
                 "spreading fast.")
    assert quotes(f) == [("indirect", "the outbreak was spreading fast", "World Health Organization")]


def test_a_named_place_is_part_of_an_unnamed_speaker(facts_of):
    f = facts_of("Police in Ohio said the driver had fled before dawn.")
    assert quotes(f) == [("indirect", "the driver had fled before dawn", "Police in Ohio")]


def test_a_report_of_a_report_is_the_inner_speakers(facts_of):
    f = facts_of("The bridge was closed to traffic for a week, Radio Norland reported the mayor said.")
    assert quotes(f) == [("indirect", "The bridge was closed to traffic for a week", "The mayor")]


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("text,words,speaker", [
    ("Prices {o}went through the roof,{c} as one trader put it, after the storm.", "went through the roof,",
     "One trader"),
    ("The plan was {o}dead on arrival,{c} as Senator Ode Marrik said on Tuesday.", "dead on arrival,", "Ode Marrik"),
])
def test_as_x_put_it_attributes_the_quotation_before(facts_of, o, c, text, words, speaker):
    assert quotes(facts_of(text.format(o=o, c=c))) == [("direct", words, speaker)]


@pytest.mark.parametrize("name", ["Marta Rivera Colón", "Ana Reyes Figueroa"])
def test_a_title_holding_of_before_a_name_with_two_surnames(facts_of, name):
    # the small model cuts such names anywhere: the title must neither lose its portfolio nor take the first name
    f = facts_of(f"Secretary of Justice {name} said the appeal would fail.")
    assert quotes(f) == [("indirect", "the appeal would fail", name)]
    assert actor(f, name)["title"] == "Secretary of Justice"


@pytest.mark.parametrize("title,name", [
    ("Minister for Housing, Local Government and Heritage", "Darragh Keane"),
    ("Minister of State for Petroleum Resources", "Tunde Alabi"),
    ("Secretary of State for Health and Social Care", "Wes Stirling"),
])
def test_a_title_with_its_portfolio_after_for_run_on_to_the_name(facts_of, title, name):
    # Irish, British and Nigerian style: no comma between the portfolio and the holder's name
    f = facts_of(f"{title} {name} said the new rules would take effect in May.")
    assert quotes(f) == [("indirect", "the new rules would take effect in May", name)]
    assert actor(f, name)["title"] == title


@pytest.mark.parametrize("title,name", [
    ("Minister of Health and Social Care", "Eva Kron"),  # tagged one body with the name
    ("Minister of Trade and Industry", "Paul Okoro"),  # the title lost
])
def test_a_title_with_portfolios_joined_by_and_after_of_run_on_to_the_name(facts_of, title, name):
    f = facts_of(f"{title} {name} said the plan would cost more.")
    assert quotes(f) == [("indirect", "the plan would cost more", name)]
    assert actor(f, name)["title"] == title


def test_a_title_with_its_portfolio_after_for_before_a_relative_clause(facts_of):
    f = facts_of("Minister for Health Stephen Dunne, who visited the ward, said the hospital would open in June. "
                 "Dunne added that staff were ready.")
    assert quotes(f) == [("indirect", "the hospital would open in June", "Stephen Dunne"),
                         ("indirect", "staff were ready", "Stephen Dunne")]


@pytest.mark.parametrize("text,speaker", [
    ("A lawyer for Ana Ruiz said the appeal would fail.", "A lawyer for Ana Ruiz"),
    ("A spokesman for Health Minister Eva Kron said the plan was ready.", "A spokesman for Health Minister Eva Kron"),
])
def test_whom_a_speaker_acts_for_is_no_portfolio(facts_of, text, speaker):
    assert quotes(facts_of(text))[0][2] == speaker


def test_a_title_apposed_after_a_name_tagged_as_a_body(facts_of):
    # the model tags the name as an organisation; the title after it makes it a person's, and the department
    # in the title is the title's, the place after `for` the affiliation
    f = facts_of("Ramón is set to be replaced by Lucía Vázquez Ferrer, the Secretary of Justice for Westmark.")
    lucia = actor(f, "Lucía Vázquez Ferrer")
    assert lucia["type"] == "person"
    assert (lucia["title"], lucia["affiliation"]) == ("Secretary of Justice", "Westmark")


def test_title_words_before_a_name_the_parser_hangs_elsewhere(facts_of):
    f = facts_of("In a letter to The Tarn Courier, published on Monday, BG&E President and CEO Andy Vance said the "
                 "firm was working to install new poles.")
    vance = actor(f, "Andy Vance")
    assert (vance["title"], vance["affiliation"]) == ("President and CEO", "BG&E")


@pytest.mark.parametrize("text, name, title", [
    # a name modifying a title word names whose adviser the person was: part of the title, not another person
    ("Former Halvorsen adviser and retired general Tom Marsh was on stage while Halvorsen flew over.",
     "Tom Marsh", "Former Halvorsen adviser and retired general"),
    ("Former Kowalski adviser and retired admiral Tom Marsh spoke at the rally while Kowalski listened.",
     "Tom Marsh", "Former Kowalski adviser and retired admiral"),
])
def test_a_name_modifying_a_coordinated_title(facts_of, text, name, title):
    assert actor(facts_of(text), name)["title"] == title


def test_a_hyphenated_title_word_and_a_description_naming_its_modifier(facts_of):
    f = facts_of('The study was published on Monday. "Cold water is eroding the shelves from below," said study '
                 'co-author Karen Alder. "The shelves are thinning faster than expected," the study found.')
    assert actor(f, "Karen Alder")["title"] == "study co-author"
    # `the study` is the study, not its co-author
    assert [q["speaker"] for q in f["quotes"]] == ["karen-alder", "the-study"]


@pytest.mark.parametrize("text, who", [
    ("The prize went to Peter Okello and James Mwangi, both from Uganda, on Sunday.", ["Peter Okello", "James Mwangi"]),
    ("The record of 2:17:01, held by Mary Kiptoo Wanjiru also from Uganda, remained intact.", ["Mary Kiptoo Wanjiru"]),
])
def test_the_country_people_are_from_is_their_affiliation(facts_of, text, who):
    f = facts_of(text)
    assert [actor(f, name)["affiliation"] for name in who] == ["Uganda"] * len(who)


def test_a_party_after_names_and_both_is_each_one_s(facts_of):
    f = facts_of("Maria Garcia and Paul Brandt, both Democrats, said the bill was flawed.")
    assert [actor(f, name)["affiliation"] for name in ("Maria Garcia", "Paul Brandt")] == ["Democrats"] * 2


def test_a_time_or_a_quantifier_apposed_to_a_name_is_no_title(facts_of):
    f = facts_of("Second place went to Peter Okello and James Mwangi, both from Uganda.")
    assert "title" not in actor(f, "James Mwangi")
    f = facts_of("He was followed closely by Norlanders Tesfa Lemma, 2:05:46, and Abebe Girma, 2:05:48.")
    assert "title" not in actor(f, "Abebe Girma")


def test_the_body_a_speakers_own_pronoun_possesses(facts_of):
    f = facts_of('Opposition leader Jack Verne said his Liberal Party "is ready for an election" this autumn.')
    assert actor(f, "Jack Verne")["affiliation"] == "Liberal Party"
    # another clause's pronoun is another person's
    f = facts_of("Opposition leader Jack Verne said the Green Party would vote against the plan, and Ada Holt said "
                 "her Liberal Party would not.")
    assert "affiliation" not in actor(f, "Jack Verne")


@pytest.mark.parametrize("text", [
    "On Wednesday in the Norland state of Westmark, Governor Kay Ivers signed the Westmark Water Act.",
    "On Wednesday in the US state of Westmark, Governor Kay Ivers signed the Westmark Water Act.",
])
def test_a_governor_is_of_the_state_the_sentence_names(facts_of, text):
    assert actor(facts_of(text), "Kay Ivers")["affiliation"] == "Westmark"


def test_sworn_in_as_after_a_name_the_parser_joined_to_the_clause_before(facts_of):
    f = facts_of("On Friday, Ramon Ferrer Nevares resigned as the governor of the commonwealth of Westmark and Dana "
                 "Morell was sworn in at 5 p.m. local time (2100 UTC) as Westmark's new governor.")
    assert role(f, "Dana Morell") == ("new governor", "Westmark")


def test_a_short_adjective_in_a_title_is_no_foreign_word(facts_of):
    f = facts_of("Dana Morell was sworn in on Friday as Westmark's new governor.")
    assert actor(f, "Dana Morell")["title"] == "new governor"


@pytest.mark.parametrize("text, body", [
    ("On Monday morning, Director Anna Berg of the Norland National Institute of Tides and Coastal Studies (NITCS), "
     "announced a survey of four harbours was stopped early.",
     "Norland National Institute of Tides and Coastal Studies"),
    ("On Monday, Director Anna Berg of the Westmark Institute of Marine Biology and Coastal Studies (WIMBCS) said the "
     "survey was stopped early.", "Westmark Institute of Marine Biology and Coastal Studies"),
])
def test_a_body_cut_at_and_runs_to_its_acronym(facts_of, text, body):
    assert actor(facts_of(text), "Anna Berg")["affiliation"] == body


@pytest.mark.parametrize("text, body", [
    ("Clinic and advocacy manager Mira Holt, of Christian anti-poverty organization The Harbour Seed Linford, "
     "disagreed with the correlation between the overdoses and the payments.", "The Harbour Seed Linford"),
    ("Outreach manager Mira Holt, of the charity The Harbour Seed, disagreed with the figures.", "The Harbour Seed"),
])
def test_a_body_named_after_its_descriptor(facts_of, text, body):
    assert actor(facts_of(text), "Mira Holt")["affiliation"] == body


def test_a_body_named_by_its_kind_and_its_place(facts_of):
    f = facts_of("According to Chief Superintendent Ramon Dizon of the police of the Autonomous Region of Westmark, "
                 "the confirmed deaths are fourteen civilians.")
    assert actor(f, "Ramon Dizon")["affiliation"] == "police of the Autonomous Region of Westmark"


@pytest.mark.parametrize("text, who, body", [
    ("In 1971, Anna Lind and Tom Marsh formed the Harbour Party.", ["Anna Lind", "Tom Marsh"], "Harbour Party"),
    ("Tom Marsh joined the Harbour Party in 1990.", ["Tom Marsh"], "Harbour Party"),
    ("Guitarist Eric Holt, who was known from The Tarnbirds, played on the album.", ["Eric Holt"], "The Tarnbirds"),
])
def test_membership_told_as_narrative(facts_of, text, who, body):
    f = facts_of(text)
    assert [actor(f, name)["affiliation"] for name in who] == [body] * len(who)


@pytest.mark.parametrize("second", [
    # the country named as where it happened is not the runner's
    "Just the previous day, Wanjiku's countryman Peter Okello ran a mile in under four minutes in Vienna, Austria at "
    "a special event.",
    "Her compatriot, Peter Okello, won the men's division.",
    "In the men's race, countryman Peter Okello won in 2:05:45.",
])
def test_a_compatriot_shares_the_country(facts_of, second):
    f = facts_of(f"Yesterday, Mary Wanjiku of Uganda won the city marathon. {second}")
    assert actor(f, "Peter Okello")["affiliation"] == "Uganda"


@pytest.mark.parametrize("names", [("Richard Hale", "Thomas Ward"), ("Walter Grant", "Henry Cole")])
def test_names_listed_after_a_plural_title_hold_it(facts_of, names):
    f = facts_of(f"The Senate has only removed two Presidents in the history of Norland, {names[0]} and {names[1]}.")
    assert [actor(f, n)["title"] for n in names] == ["president", "president"]
def types(facts):
    return {a["name"]: a["type"] for a in facts["actors"]}


def test_a_name_beginning_with_a_place_word_is_a_place(facts_of):
    f = facts_of("Lanes had been reserved for commuters coming from the streets of Fort Brennan. The plan was to "
                 "punish the mayor of Fort Brennan for refusing to support the governor.")
    assert persons(f) == []
    assert types(f)["Fort Brennan"] == "place"


def test_a_possessive_before_a_place_word_is_part_of_a_place(facts_of):
    f = facts_of("Sergeant Tama Hohaia, from Kemp's Bay, New Zealand, served in the police for five years.")
    assert persons(f) == ["Tama Hohaia"]


def test_a_name_listed_beside_a_named_region_is_a_place(facts_of):
    f = facts_of("Meru, and the Vela region it is within, were among the areas to vote against the measure.")
    assert persons(f) == []
    assert types(f)["Meru"] == "place"


@pytest.mark.parametrize("name", ["Arnel dela Paz", "Ramil dela Torre"])
def test_a_surname_particle_takes_the_given_name_before_it(facts_of, name):
    f = facts_of(f"{name} of the army's Eastern Command said the rebels are the suspected perpetrators.")
    assert persons(f) == [name]
    assert [s for _, _, s in quotes(f)] == [name]


def test_a_birth_name_given_to_an_untagged_surname(facts_of):
    f = facts_of("Actress Mara Lind died on Monday. Lind was born Petra Anneli Kask in Tartu in 1931.")
    assert persons(f) == ["Mara Lind"]
    assert "Petra Anneli Kask" in actor(f, "Mara Lind")["aliases"]


def test_a_name_the_article_tags_mostly_as_a_place_is_no_person(facts_of):
    f = facts_of("Bribie defeated Noosa 31 points to 10 in their Round 7 match at Noosa's Park on Sunday.\n\n"
                 "Bribie opened the game with a try before Noosa hit back with two of their own.\n\n"
                 "Bribie half back Tom Reed enjoyed the win.")
    assert persons(f) == ["Tom Reed"]


def test_names_set_in_apposition_to_a_word_for_places_are_places(facts_of):
    f = facts_of("Marchers gathered in two suburbs, Arlo Vale and Kemi Hill, on Sunday.")
    assert persons(f) == []
    assert types(f)["Arlo Vale"] == types(f)["Kemi Hill"] == "place"


def test_a_name_a_site_is_placed_at_is_a_place(facts_of):
    f = facts_of("The power station at Marivela was damaged by the quake.")
    assert persons(f) == []
    assert types(f)["Marivela"] == "place"


def test_a_name_after_a_maker_and_a_model_number_is_a_product(facts_of):
    assert persons(facts_of("The Airlux 380 Max was grounded after the crash.")) == []


def test_a_name_the_article_calls_a_band_is_no_person(facts_of):
    f = facts_of("Tom Reed later played in the supergroup Blind Harvest. Blind Harvest recorded only one album.")
    assert persons(f) == ["Tom Reed"]
    assert types(f)["Blind Harvest"] == "org"


def test_the_title_alone_is_the_one_holder_of_the_title(facts_of):
    f = facts_of("On the advice of Prime Minister Tom Reed, the Queen prorogued parliament until October 14.\n\n"
                 "Reed asked Queen Mara II for this suspension in August.")
    assert persons(f) == ["Mara II", "Tom Reed"]
    assert actor(f, "Mara II")["aliases"] == ["Queen"]


@pytest.mark.parametrize("text,places", [
    ("The army, led by General Omar Haddad, entered Tell Arvo and Ain Kemi yesterday, state media said.",
     ["Ain Kemi", "Tell Arvo"]),
    ("Government troops entered Ras Tamir on Monday.", ["Ras Tamir"]),
])
def test_what_an_army_enters_is_a_place(facts_of, text, places):
    f = facts_of(text)
    assert [n for n in persons(f) if n != "Omar Haddad"] == []
    assert all(types(f)[p] == "place" for p in places)


@pytest.mark.parametrize("text", [
    "She was nominated for the Oscar for the 1961 comedy Blue Harbour, opposite Tom Reed.",
    "Reed worked on the 'Band on the Run' album in his studio in Lagos.",
])
def test_a_single_name_after_the_is_no_person(facts_of, text):
    assert [n for n in persons(facts_of(text)) if n != "Tom Reed"] == []


def test_a_law_after_a_title_word_is_no_person(facts_of):
    f = facts_of("The president made the decision under provisions of the National Emergencies Act.")
    assert persons(f) == []
    assert types(f)["National Emergencies Act"] == "org"


@pytest.mark.parametrize("text,names", [
    ('Mayor Ana Ruiz wrote, "Arlo needs stability." Spanish language: Arlo necesita estabilidad. Nuestras calles '
     'estarán abiertas.', ["Ana Ruiz"]),
    # a gloss of a few words ends where English begins again
    ('Ana Ruiz said the town "is closed" Spanish language: Pueblo Cerrado by noon, when Tom Reed arrived.',
     ["Ana Ruiz", "Tom Reed"]),
])
def test_a_passage_in_another_language_names_no_one_new(facts_of, text, names):
    assert persons(facts_of(text)) == names


@pytest.mark.parametrize("text", [
    "Brix is decentralised version-tracking software which is used by a large number of companies. "
    "Development of software using brix does not require an account.",
    "Yesterday Fennick was released as free software. Users can install fennick on any computer.",
])
def test_a_name_also_written_in_lower_case_is_no_person(facts_of, text):
    assert persons(facts_of(text)) == []


def test_an_untagged_name_after_a_title_is_a_person(facts_of):
    f = facts_of("U.S. Representative Noelani Kealoha of Hawaii secured the last delegate from American Samoa, her "
                 "first delegate of the campaign season.")
    assert persons(f) == ["Noelani Kealoha"]


def test_an_adjective_of_a_title_starts_no_name(facts_of):
    assert persons(facts_of("The December 6 National Flood Response and Recovery Appeal raised funds.")) == []


def test_the_word_between_a_nationality_and_a_name_is_the_first_name(facts_of):
    f = facts_of("She finished ahead of Ethiopians Dejene Worku, 2:05:46, and Kebede Tolosa, 2:05:48.")
    assert "Dejene Worku" in persons(f)
    assert "Worku" not in persons(f)


@pytest.mark.parametrize("text,place", [
    ("Open water south of Svalbard in February is new, Ana Berg said.", "Svalbard"),
    ("About 60 supporters gathered on William Street outside the court.", "William Street"),
])
def test_a_name_placed_by_a_direction_or_a_street_on_is_a_place(facts_of, text, place):
    f = facts_of(text)
    assert (actor(f, place) or {}).get("type") == "place"


def test_a_name_near_a_place_is_a_place(facts_of):
    f = facts_of("The crossing ended at Fairley near Dover.")
    assert persons(f) == []
    assert types(f)["Fairley"] == "place"


def test_a_name_only_ever_part_of_a_body_s_name_is_the_body(facts_of):
    f = facts_of("Sefo Lealofi Hospital returned to normal operation on Sunday. During the outbreak, Sefo Lealofi's "
                 "Acute Primary Care Clinic was made a measles ward.")
    assert persons(f) == []
    assert "Sefo Lealofi" in actor(f, "Sefo Lealofi Hospital")["aliases"]


def test_a_person_a_body_is_named_after_stays_a_person(facts_of):
    f = facts_of("The Tom Reed Foundation opened a school on Sunday. Tom Reed, who died in 2013, founded it.")
    assert persons(f) == ["Tom Reed"]


def test_a_name_written_with_and_without_a_capital_particle(facts_of):
    f = facts_of("Sanne van Dijk ran the farm. The lions knew van Dijk well, said a keeper. Van Dijk had raised them.")
    assert persons(f) == ["Sanne van Dijk"]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_nickname_inside_a_name(facts_of, o, c):
    f = facts_of(f"Johannes Petrus {o}Hans{c} Verbeek, lead singer of the band Kestrel, died on Monday. His death was "
                 f"confirmed by his daughter, Lotte Verbeek. Hans Verbeek was 70.\n\nPolice Sergeant Tevita {o}Tev{c} "
                 f"Lolo was shot on Friday. Lolo, 54, had served for 30 years.")
    people = {a["name"]: sorted(a.get("aliases") or []) for a in f["actors"] if a["type"] == "person"}
    assert people == {"Johannes Petrus Verbeek": ["Hans Verbeek", "Verbeek"], "Lotte Verbeek": [],
                      "Tevita Lolo": ["Lolo", "Tev Lolo"]}


@pytest.mark.parametrize("text, speaker", [
    ('Police Sergeant Viliami "Vili" Fonua said the road was closed.', "Viliami Fonua"),
    ('The striker, Paulo "Pipo" Mendes, said the team was ready.', "Paulo Mendes"),
])
def test_a_nicknamed_speaker_the_model_cut_at_the_nickname_is_the_whole_name(facts_of, text, speaker):
    # the model tags `Vili" Fonua` (its stray mark kept) or nothing: the speaker is still the whole name
    f = facts_of(text)
    assert [q[2] for q in quotes(f)] == [speaker]
    assert persons(f) == [speaker]


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("text, speaker", [
    ('Anthony {o}AJ{c} Jones said the team would win.', "Anthony Jones"),
    ('Metropolitan Police sergeant Kim {o}Kimmy{c} Lo said the road was closed.', "Kim Lo"),
])
def test_a_nicknamed_speaker_the_model_tagged_whole_is_the_name_without_the_nickname(facts_of, o, c, text, speaker):
    # initials for a nickname; a name tagged with its nickname and marks inside
    f = facts_of(text.format(o=o, c=c))
    assert [q[2] for q in quotes(f)] == [speaker]
    assert persons(f) == [speaker]


def test_a_nickname_after_a_quotation_is_no_part_of_it(facts_of):
    f = facts_of('"It was a long night for all of us," said the team\'s captain, Earvin "Magic" Jensen.')
    assert quotes(f) == [("direct", "It was a long night for all of us,", "Earvin Jensen")]


def test_a_quoted_title_between_capitalised_words_is_no_nicknamed_person(facts_of):
    f = facts_of('Fans of the "Star Wars" Saga queued for hours, a steward said.')
    assert persons(f) == []


@pytest.mark.parametrize("text, speaker", [
    ('The plan was called "a disgrace" by Tom Ode.', "Tom Ode"),
    ('The bill was described as "reckless" by opposition leader Tom Ode.', "Tom Ode"),
])
def test_a_passive_cue_s_agent_hung_on_the_quoted_words_speaks(facts_of, text, speaker):
    # the parser hangs `by` on the quoted words: the agent still speaks, the passive subject never does
    assert [q[2] for q in quotes(facts_of(text))] == [speaker]


def test_whose_before_an_apposed_title(facts_of):
    f = facts_of("The decision was welcomed by the Tarn Workers Union, whose leader, Tom Ode, said it was overdue.")
    assert role(f, "Tom Ode") == ("leader", "Tarn Workers Union")
    f = facts_of("The firm, whose chief executive, Maria Garcia, resigned in May, said profits fell.")
    assert quotes(f) == [("indirect", "profits fell", "The firm")]


def test_a_name_ending_in_a_particle_takes_the_surname_after_it(facts_of):
    # the model tags `Ursula von der` as a person and `Leyen` as a place
    f = facts_of("Ursula von der Leyen, President of the European Commission, said the deal was fair.")
    assert quotes(f) == [("indirect", "the deal was fair", "Ursula von der Leyen")]
    assert role(f, "Ursula von der Leyen") == ("President", "European Commission")


@pytest.mark.parametrize("text, name, title, body", [
    ("Kim Lo, a senior Tarn Bank economist, said rates would fall.", "Kim Lo", "senior economist", "Tarn Bank"),
    ("Maria Garcia, a former French finance minister, said the budget was balanced.", "Maria Garcia",
     "former finance minister", "France"),
])
def test_a_body_named_inside_a_title_leaves_the_words_on_both_sides(facts_of, text, name, title, body):
    f = facts_of(text)
    assert (actor(f, name)["title"], actor(f, name)["affiliation"]) == (title, body)


def test_a_name_joined_to_a_modifier_is_no_person(facts_of):
    f = facts_of("The walkway links the Circle and Dalton lines, Tom Reed said.")
    assert persons(f) == ["Tom Reed"]


@pytest.mark.parametrize("close", ['," according to', '", according to'])
def test_a_quotation_followed_by_according_to_a_person_is_theirs(facts_of, close):
    f = facts_of(f'"The trend is worrying{close} Ana Kell, a researcher at the Tarn Institute.')
    assert [(k, t.rstrip(","), s) for k, t, s in quotes(f)] == [("direct", "The trend is worrying", "Ana Kell")]


def test_a_quotation_followed_by_according_to_an_outlet_is_not_the_outlet_s(facts_of):
    # an outlet passes on someone else's words
    assert [q for q in quotes(facts_of('"The trend is worrying," according to the BBC.')) if q[2] == "BBC"] == []


@pytest.mark.parametrize("that", ["that ", ""])
def test_a_passive_verb_of_speaking_closing_a_report_is_what_is_said(facts_of, that):
    # "had been informed" tells what the firm acknowledged; it is no report passed on by the firm
    f = facts_of(f"Tarnweb acknowledged {that}the server's owner had been informed.")
    assert quotes(f) == [("indirect", "the server's owner had been informed", "Tarnweb")]


@pytest.mark.parametrize("text, speaker", [
    ("The ministry said in a statement that it had raised $5 million.", "The ministry"),
    ("Maria Lopez said in a statement that she had raised $5 million.", "Maria Lopez"),
    ("Judge Ana Reyes clarified in the proceedings that her rulings were not linked to the earlier case.",
     "Ana Reyes"),
])
def test_a_that_clause_hung_on_the_statement_spoken_in_is_reported(facts_of, text, speaker):
    assert quotes(facts_of(text)) == [("indirect", text.split(" that ")[1].rstrip("."), speaker)]


def test_a_that_clause_hung_on_a_noun_that_is_no_medium_is_no_report(facts_of):
    f = facts_of("Ford announced an inquiry, following employee concerns that the tests could be inconsistent.")
    assert quotes(f) == []


@pytest.mark.parametrize("text, found", [
    ("Maria Lopez expressed hope that the talks would succeed.",
     [("indirect", "the talks would succeed", "Maria Lopez")]),
    ("Maria Lopez has expressed she is uninterested in the post.",
     [("indirect", "she is uninterested in the post", "Maria Lopez")]),
    ("Maria Lopez expressed her condolences to the families.", []),
    ("Maria Lopez voiced concern about the rising costs.", []),
])
def test_express_and_voice_report_a_clause_only(facts_of, text, found):
    assert quotes(facts_of(text)) == found


@pytest.mark.parametrize("text, found", [
    ("Maria Lopez signalled that she would run again.", [("indirect", "she would run again", "Maria Lopez")]),
    ("Maria Lopez assured voters that taxes would not rise.",
     [("indirect", "taxes would not rise", "Maria Lopez")]),
    ("Maria Lopez reminded reporters that the law was clear.", [("indirect", "the law was clear", "Maria Lopez")]),
    ("Maria Lopez rejected claims that she had lied.", [("indirect", "she had lied", "Maria Lopez")]),
    ("Voters rejected the plan.", []),
    ("The court dismissed the case against Maria Lopez.", []),
])
def test_verbs_of_signalling_assuring_and_rejecting_report_their_clause(facts_of, text, found):
    assert quotes(facts_of(text)) == found


def test_a_modal_verb_that_can_report_is_what_is_said(facts_of):
    # "hold" reports (`the court held that ...`); after `must`, closing the clause, it is what was said
    f = facts_of("Olu Bada said the truce must hold.")
    assert quotes(f) == [("indirect", "the truce must hold", "Olu Bada")]
    f = facts_of("Olu Bada said the minister must explain.")  # a subject that can speak, too
    assert quotes(f) == [("indirect", "the minister must explain", "Olu Bada")]


def test_a_pronoun_takes_up_the_reporter_not_the_name_inside_the_report(facts_of):
    f = facts_of("John Smith said Mark Lopez had lied. He added that he would sue.")
    assert quotes(f) == [("indirect", "Mark Lopez had lied", "John Smith"),
                         ("indirect", "he would sue", "John Smith")]


def test_a_pronoun_takes_up_a_second_reporter_the_parser_hung_inside_the_first_report(facts_of):
    f = facts_of("Maria Lopez said the mayor had lied, while John Smith wrote that the plan was fair. "
                 "He tweeted that he was proud.")
    assert quotes(f)[-1] == ("indirect", "he was proud", "John Smith")


@pytest.mark.parametrize("lead_in, speaker", [("Ana Kell was adamant:", "Ana Kell"),
                                              ("Maria Lopez's message to the fans was simple:", "Maria Lopez")])
def test_a_quotation_after_someone_characterised_before_a_colon_is_theirs(facts_of, lead_in, speaker):
    f = facts_of(f'{lead_in} "We will not back down this season."')
    assert quotes(f) == [("direct", "We will not back down this season.", speaker)]


def test_a_quotation_after_something_characterised_before_a_colon_is_no_one_s(facts_of):
    assert quotes(facts_of('The result was clear: "We will not back down this season."')) == []


@pytest.mark.parametrize("text, words", [("'We're ready,' said Maria Garcia, the chief executive.", "We're ready,"),
                                         ("Maria Garcia said: 'It is over.'", "It is over.")])
def test_straight_single_marks_quote_as_curly_ones_do(facts_of, text, words):
    assert quotes(facts_of(text)) == [("direct", words, "Maria Garcia")]


def test_a_possessive_inside_single_marks_is_part_of_the_quotation(facts_of):
    f = facts_of("‘The protesters’ demands are fair,’ said Maria Garcia.")
    assert quotes(f) == [("direct", "The protesters’ demands are fair,", "Maria Garcia")]


@pytest.mark.parametrize("text, report", [
    ("Paul Brandt pleaded not guilty and told the court he had acted in self-defence.", "he had acted in self-defence"),
    ("The chief executive, Maria Garcia, told analysts on a call that sales would rise.", "sales would rise"),
    # what was told holds a verb of writing, which is no report of its own
    ("Maria Garcia told the audience she wrote every day.", "she wrote every day"),
])
def test_what_was_told_after_the_person_told_is_the_report(facts_of, text, report):
    assert [(q[0], q[1]) for q in quotes(facts_of(text))] == [("indirect", report)]


@pytest.mark.parametrize("title, works", [("Comic artist", "Nancy Drew, Jem and the Misfits"),
                                          ("Actor", "Harbour Nights, Emma Grey and Silent Ridge")])
def test_works_listed_in_brackets_after_a_name_are_no_people(facts_of, title, works):
    f = facts_of(f"{title} Maria Garcia ({works}) said she had drawn since childhood.")
    assert persons(f) == ["Maria Garcia"]
    assert actor(f, "Maria Garcia")["title"] == title


def test_a_story_told_holds_no_report(facts_of):
    assert quotes(facts_of("She told the story she had heard as a child.")) == []


@pytest.mark.parametrize("text", ["The jury found Paul Brandt guilty on Friday.", "The court declared the vote void."])
def test_a_verdict_without_a_verb_is_no_report(facts_of, text):
    assert quotes(facts_of(text)) == []


@pytest.mark.parametrize("text", ["Downing Street said the prime minister had full confidence in her.",
                                  "Number 10 said the prime minister had full confidence in her."])
def test_a_seat_of_government_speaks_for_its_country(facts_of, text):
    f = facts_of(text)
    assert quotes(f) == [("indirect", "the prime minister had full confidence in her", "United Kingdom")]
    assert persons(f) == []


@pytest.mark.parametrize("asked", ["Asked", "When asked"])
def test_a_question_put_to_the_speaker_is_no_report_of_theirs(facts_of, asked):
    f = facts_of(f"{asked} if the plan would work, Maria Lopez said it was too early to tell.")
    assert quotes(f) == [("indirect", "it was too early to tell", "Maria Lopez")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_question_set_off_after_the_subject_is_put_to_them(facts_of, o, c):
    f = facts_of(f"Senator Ana Holt, asked whether she would run again, said: {o}Of course.{c}\n\n"
                 "The minister, questioned about the leaked report, said it was wrong.")
    assert quotes(f) == [("direct", "Of course.", "Ana Holt"), ("indirect", "it was wrong", "The minister")]


@pytest.mark.parametrize("attribution, speaker", [("the court ruled", "The court"),
                                                  ("both sides agreed", "Both sides")])
def test_a_clause_before_a_verb_that_reports_only_with_that_is_reported(facts_of, attribution, speaker):
    f = facts_of(f"The ban on the march was unlawful, {attribution}.")
    assert quotes(f) == [("indirect", "The ban on the march was unlawful", speaker)]


def test_a_verb_that_reports_only_with_that_still_reports_nothing_with_an_object(facts_of):
    assert quotes(facts_of("For forty years the old king ruled the country, historians wrote.")) == [
        ("indirect", "For forty years the old king ruled the country", "Historians")]


def test_a_report_runs_on_through_a_relative_clause_telling_an_announcement(facts_of):
    # "when Kemi announced the merger" is an event inside Lind's report, not Kemi's report of anything
    f = facts_of("Ana Lind told reporters she founded the firm around the time when Kemi announced the merger.")
    assert quotes(f) == [("indirect", "she founded the firm around the time when Kemi announced the merger",
                          "Ana Lind")]


def test_a_report_runs_on_through_a_relative_clause_quoting_a_word(facts_of):
    f = facts_of('The mayor said the money went to the contractors, who allegedly were paid twice for "repairs" '
                 "in the old town.")
    assert ("indirect", 'the money went to the contractors, who allegedly were paid twice for "repairs" in the '
            "old town", "The mayor") in quotes(f)


def test_an_inverted_attribution_the_parser_read_as_a_content_clause(facts_of):
    f = facts_of("Because only the council may set fees, reads the complaint, the new charge breaks the city charter.")
    assert quotes(f) == [("indirect", "Because only the council may set fees ... the new charge breaks the city "
                          "charter", "The complaint")]


def test_a_participle_clause_the_parser_split_onto_the_sentence(facts_of):
    f = facts_of("Residents filed a complaint alleging the new plant is unsafe and has polluted the river.")
    assert quotes(f) == [("indirect", "the new plant is unsafe and has polluted the river", "Residents")]
    f = facts_of("Two farmers filed a lawsuit claiming the new dam is illegal.")
    assert quotes(f) == [("indirect", "the new dam is illegal", "Two farmers")]


def test_an_amount_beside_the_source_of_according_to_is_what_it_says(facts_of):
    f = facts_of("The fund can draw on other budgets: potentially, according to the Ledger, US$3.6 billion from "
                 "defence, $2.5 billion from roads, and $601 million from a reserve.")
    assert quotes(f) == [("indirect", "US$3.6 billion from defence, $2.5 billion from roads, and $601 million from "
                          "a reserve", "Ledger")]


def test_a_cue_after_a_closed_quotation_that_leads_to_its_own_quotation(facts_of):
    f = facts_of('Dana Cole said "The river is our life." She described it as "a gift to the valley" and "a duty '
                 'we all share."')
    assert quotes(f) == [("direct", "The river is our life.", "Dana Cole"),
                         ("direct", "a gift to the valley", "Dana Cole"),
                         ("direct", "a duty we all share.", "Dana Cole")]
    f = facts_of('Ivo Dane said "The plan is sound." He described the vote as "a turning point for the town."')
    assert quotes(f) == [("direct", "The plan is sound.", "Ivo Dane"),
                         ("direct", "a turning point for the town.", "Ivo Dane")]


def test_a_quoted_topic_of_speaking_is_the_speaker_s(facts_of):
    f = facts_of('Dana Cole talked of the river\'s "quiet strength" and "its long memory of floods."')
    assert quotes(f) == [("direct", "its long memory of floods.", "Dana Cole")]


def test_a_plural_common_noun_opening_a_sentence_is_no_person(facts_of):
    f = facts_of("Photographs showed the aircraft buried in a house, the army said.")
    assert "Photographs" not in {a["name"] for a in f["actors"]}


@pytest.mark.parametrize("text,word", [
    ("Turnout was 84 percent, the union said.", "Turnout"),
    ('Her advice to residents was simple: "Drop, cover and hold. Keep a torch ready."', "Drop"),
])
def test_a_common_word_opening_a_sentence_is_no_person(facts_of, text, word):
    f = facts_of(text)
    assert word not in {a["name"] for a in f["actors"]}


@pytest.mark.parametrize("text", ["Cook, the club's captain, said the team was ready.",
                                  "Baker said the plan would fail."])
def test_a_surname_that_is_a_common_word_still_names_its_speaker(facts_of, text):
    assert quotes(facts_of(text))[0][2] in ("Cook", "Baker")


def test_a_surname_that_is_a_common_word_opening_a_sentence_stays_a_person(facts_of):
    f = facts_of("The committee questioned President Donald Trump on Monday. Trump repeatedly called the inquiry "
                 "a hoax.")
    assert persons(f) == ["Donald Trump"]
    assert actor(f, "Donald Trump")["paragraphs"] == [1]


def test_where_someone_works_is_a_body(facts_of):
    f = facts_of('"Prices will rise," said Ivo Rant, an analyst at Bergen asset manager Sorvik Kapital.')
    assert types(f)["Sorvik Kapital"] == "org"
    assert actor(f, "Ivo Rant")["affiliation"] == "Sorvik Kapital"


def test_a_state_owned_name_is_a_body(facts_of):
    f = facts_of("The ferries were ordered by the state-owned ferry owner Caledonian Hull Assets. Caledonian Hull "
                 "Assets said in its submission that the yard had missed deadlines.")
    assert persons(f) == []
    assert types(f)["Caledonian Hull Assets"] == "org"


def test_a_name_with_a_which_clause_is_no_person(facts_of):
    f = facts_of("The fund sold its stake in Indonesian nickel producer Halmera Nikel Utama.\n\nHalmera Nikel, which "
                 "supplies nickel matte to battery makers in China, rejected the findings. Ana Lind, who runs the "
                 "fund, said the sale was complete.")
    assert persons(f) == ["Ana Lind"]


@pytest.mark.parametrize("text", [
    "Shares in nickel producer Halvar Nikel Utama fell on Monday.\n\nHalvar Nikel, which supplies nickel to battery "
    "makers, rejected the findings.",
    "Investors sold shares of Indonesian miner Sorvan Tambang Raya.\n\nSorvan Tambang, which runs two mines, said "
    "the sale was unfair.",
])
def test_a_body_named_so_once_is_one_in_its_fuller_name(facts_of, text):
    assert persons(facts_of(text)) == []


@pytest.mark.parametrize("text,clause,speaker", [
    ("The mayor insisted the plan complied with the law.", "the plan complied with the law", "The mayor"),
    ("Ana Ruiz insisted the deal complied with European law, citing a report by the council's lawyers.",
     "the deal complied with European law", "Ana Ruiz"),
])
def test_a_clause_parsed_as_an_object_and_its_verb_is_reported_whole(facts_of, text, clause, speaker):
    assert quotes(facts_of(text)) == [("indirect", clause, speaker)]


# `The mayor insisted the plan complied with the law.` as the parser reads such a sentence at times: `the plan` the
# object of `insisted`, `complied` a verb describing it. (word, space after, head, dep, coarse and fine part of
# speech, lemma, entity)
_CLAUSE_READ_AS_OBJECT = [
    ("The", 1, 1, "det", "DET", "DT", "the", "O"), ("mayor", 1, 2, "nsubj", "NOUN", "NN", "mayor", "O"),
    ("insisted", 1, 2, "ROOT", "VERB", "VBD", "insist", "O"), ("the", 1, 4, "det", "DET", "DT", "the", "O"),
    ("plan", 1, 2, "dobj", "NOUN", "NN", "plan", "O"), ("complied", 1, 4, "acl", "VERB", "VBD", "comply", "O"),
    ("with", 1, 5, "prep", "ADP", "IN", "with", "O"), ("the", 1, 8, "det", "DET", "DT", "the", "O"),
    ("law", 0, 6, "pobj", "NOUN", "NN", "law", "O"), (".", 0, 2, "punct", "PUNCT", ".", ".", "O")]


def test_a_tensed_verb_hung_on_the_object_makes_it_a_clause(nlp):
    assert reported_in_parse(nlp, _CLAUSE_READ_AS_OBJECT) == ["the plan complied with the law"]


def reported_in_parse(nlp, rows) -> list[str]:
    """The reports found in a sentence parsed as ``rows`` say: (word, space after, head, dep, coarse and fine part
    of speech, lemma, entity), one row per token."""
    from spacy.tokens import Doc

    from extract.lang import get_language
    from extract.marks import quoted_spans
    from extract.quotes import ParagraphQuotes

    words, spaces, heads, deps, pos, tags, lemmas, ents = (list(column) for column in zip(*rows))
    doc = Doc(nlp.vocab, words=words, spaces=[bool(s) for s in spaces], heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=lemmas, ents=ents)
    found = ParagraphQuotes(doc, 1, quoted_spans(doc.text), get_language()).reported()
    return [doc.text[a:b] for f in found for a, b in f.parts]


def test_a_report_before_a_speech_verb_parsed_as_a_conjunct(facts_of):
    f = facts_of("Tarnland will abolish its television licence from 2027 and replace it with a cheaper annual charge "
                 "on every household, whether or not it owns a television, Minister for Culture, Media and Sport "
                 "Ana Lind said on Tuesday.")
    assert quotes(f) == [("indirect", "Tarnland will abolish its television licence from 2027 and replace it with a "
                          "cheaper annual charge on every household, whether or not it owns a television", "Ana Lind")]


def test_a_speech_verb_with_its_own_object_reports_no_clause_before_it(facts_of):
    f = facts_of("Although the word only refers to how widely a disease has spread, not how dangerous it is, the "
                 "agency noted the need to act.")
    assert quotes(f) == []


@pytest.mark.parametrize("o,c", MARKS)
def test_whoever_asked_is_not_who_answers(facts_of, o, c):
    f = facts_of(f"Morag Lees runs the island's only shop.\n\nAsked by Alasdair Boyd KC, counsel to the inquiry, "
                 f"whether anyone had explained the delays to her, she replied: {o}Never in plain English.{c}")
    assert quotes(f) == [("direct", "Never in plain English.", "Morag Lees")]


@pytest.mark.parametrize("text,speaker", [
    ("Ana Ruiz, a trader in Tema, has watched prices fall for years.\n\nHer verdict was blunt: {o}You cannot fight "
     "a price difference with soldiers forever.{c}", "Ana Ruiz"),
    ("The city's engineer, Tom Hale, toured the damaged blocks.\n\nHis advice to residents was simple: {o}Stay out "
     "of the buildings until they are checked.{c}", "Tom Hale"),
])
@pytest.mark.parametrize("o,c", MARKS)
def test_a_reply_owned_by_a_pronoun_before_a_colon(facts_of, text, speaker, o, c):
    [q] = quotes(facts_of(text.format(o=o, c=c)))
    assert (q[0], q[2]) == ("direct", speaker)


def test_a_body_named_before_its_description_speaks(facts_of):
    # the model hangs the name on the day as its apposition, and makes the description the subject
    f = facts_of("In written evidence published on Wednesday, Transport for Wales, the government agency that "
                 "oversees rail contracts, said it had acted in good faith.")
    assert quotes(f) == [("indirect", "it had acted in good faith", "Transport for Wales")]
    f = facts_of("Seyed Ali Rahimi, a member of the Tarn council, died of cholera, the government announced.")
    assert quotes(f)[0][2] == "The government"


def test_a_title_owned_by_the_broadcaster_is_the_main_body_s(facts_of):
    f = facts_of("The Tarn Broadcasting Corporation will lose its licence fee next year.\n\nThe Tarn Broadcasting "
                 "Corporation said the change was welcome.\n\nThe broadcaster's chief financial officer, Niamh Kerr, "
                 "told a committee the service was losing money.")
    kerr = actor(f, "Niamh Kerr")
    assert (kerr["title"], kerr["affiliation"]) == ("chief financial officer", "Tarn Broadcasting Corporation")
    # the body the article is about, not the one named last
    f = facts_of("The Tarn Broadcasting Corporation will lose its licence fee next year.\n\nThe Tarn Broadcasting "
                 "Corporation said the change was welcome. The National Union of Journalists called it a cut.\n\nThe "
                 "broadcaster's chief financial officer, Niamh Kerr, told a committee the service was losing money.")
    assert actor(f, "Niamh Kerr")["affiliation"] == "Tarn Broadcasting Corporation"


def test_a_title_owned_by_the_team_is_the_club_s(facts_of):
    f = facts_of("The league fined Velmora Athletic FC on Monday. The team's captain, Ana Lind, said the players "
                 "would appeal.")
    assert role(f, "Ana Lind") == ("captain", "Velmora Athletic FC")


def test_a_capital_before_a_mayor_is_the_city(facts_of):
    f = facts_of("A strong aftershock shook New Zealand on Monday. New Zealand's civil defence agency said no one "
                 "was hurt.\n\nWellington Mayor Teresa Hale said the council had closed 212 buildings.")
    assert actor(f, "Teresa Hale")["affiliation"] == "Wellington"


@pytest.mark.parametrize("text,name,body", [
    ("Sara Lind, who teaches labour relations at the University of Tarnland, said the vote was a warning.",
     "Sara Lind", "University of Tarnland"),
    ("Kelly Marsh, who has worked in the emergency department at Riverside General Hospital for 17 years, said she "
     "was tired.", "Kelly Marsh", "Riverside General Hospital"),
])
def test_where_someone_works_hung_on_what_they_do(facts_of, text, name, body):
    assert actor(facts_of(text), name)["affiliation"] == body


def test_tribes_and_nations_are_bodies_and_a_range_is_a_place(facts_of):
    f = facts_of("The Salish and Kootenai Tribes, the Crow Tribe and the Blackfeet Nation joined the lawsuit over "
                 "the Nevada Test and Training Range, Dana Cole said.")
    types = {a["name"]: a["type"] for a in f["actors"]}
    assert types.get("Salish and Kootenai Tribes") == "org" and types.get("Training Range") in (None, "place")
    assert not [n for n, t in types.items() if t == "person" and n != "Dana Cole"]


def test_a_signature_signs_the_block_back_to_its_colon_as_the_person_it_names(facts_of):
    f = facts_of("Judge Ana Ruiz rejected the claim:\n\n"
                 "The notion that the mayor is above the law cuts across the grain of our precedents.\n\n"
                 "Because this Court finds the claim repugnant to the charter, it DISMISSES the suit.\n\n"
                 ' – District Judge Ana Ruiz, "Decision and Order"')
    assert quotes(f) == [
        ("direct", "The notion that the mayor is above the law cuts across the grain of our precedents.", "Ana Ruiz"),
        ("direct", "Because this Court finds the claim repugnant to the charter, it DISMISSES the suit.", "Ana Ruiz")]


def test_a_name_inside_an_earlier_quotation_is_not_the_pronoun_s(facts_of):
    f = facts_of('Lab director Ana Moss said "Lena Brandt was a giant of the field." She described her as "a '
                 'restless and generous mind."')
    assert [s for _, _, s in quotes(f)] == ["Ana Moss", "Ana Moss"]


def test_a_pronoun_refers_to_whom_the_same_pronoun_did_earlier_in_its_sentence(facts_of):
    f = facts_of('Ivan Petrenko filed his resignation on Wednesday. He said Marko Lysenko is "a model of honesty '
                 'for me"; however, "to remove any doubts about our trust in the president, I wrote a resignation '
                 'offer", he added.')
    got = {t: s for k, t, s in quotes(f) if k == "direct"}
    assert got["to remove any doubts about our trust in the president, I wrote a resignation offer"] == "Ivan Petrenko"


def test_the_titled_name_in_a_subject_split_at_a_comma_speaks(facts_of):
    f = facts_of("\"The plan works,\" said University of Tarn, Westport's chancellor, Ruth Okafor.")
    assert quotes(f) == [("direct", "The plan works,", "Ruth Okafor")]


def test_a_title_set_in_apposition_is_a_name_inside_the_report(facts_of):
    f = facts_of("It all began on June 27, when Dana Pruitt posted an event invitation online. Pruitt says his "
                 "event, \"Storm the Lake, They Can't Stop All of Us\", was posted as a joke.")
    assert quotes(f) == [("indirect", "his event, \"Storm the Lake, They Can't Stop All of Us\", was posted as a "
                          "joke", "Dana Pruitt")]


def test_a_name_before_a_word_for_a_region_is_the_region(facts_of):
    f = facts_of("A car bomb hit a base in the centre of Norland's Nadir Hamid province. Tom Reed, of the Nadir "
                 "Hamid provincial council, said dozens died.")
    types = {a["name"]: a["type"] for a in f["actors"]}
    assert types["Nadir Hamid"] == "place" and types["Tom Reed"] == "person"


@pytest.mark.parametrize("sentence, title, affiliation", [
    ("Westmark Secretary of State Dana Morell said the ballots were valid.", "Secretary of State", "Westmark"),
    ("US Secretary of State Ron Pike said the talks failed.", "Secretary of State", "United States"),
])
def test_a_portfolio_after_of_is_part_of_the_title(facts_of, sentence, title, affiliation):
    f = facts_of(sentence)
    [person] = [a for a in f["actors"] if a["type"] == "person"]
    assert (person.get("title"), person.get("affiliation")) == (title, affiliation)


def test_a_body_in_the_possessive_with_its_article_is_the_affiliation(facts_of):
    f = facts_of('The Tarn Rights Fund\'s Jacqueline Moss said, "The law ignores our communities."')
    person = actor(f, "Jacqueline Moss")
    assert (person.get("title"), person.get("affiliation")) == (None, "Tarn Rights Fund")


def test_a_counted_title_is_each_holder_s_in_the_singular(facts_of):
    f = facts_of("Norspace has selected two astronauts, Tom Hale and Bob Kern, for the first manned mission.")
    assert actor(f, "Tom Hale")["title"] == actor(f, "Bob Kern")["title"] == "astronaut"


def test_a_police_rank_is_held_in_the_one_force_the_article_names(facts_of):
    f = facts_of('Officers of the Tarnshire Constabulary arrived within minutes. Detective Inspector Dale Hobbs '
                 'said, "This is a truly tragic incident."')
    assert actor(f, "Dale Hobbs")["affiliation"] == "Tarnshire Constabulary"


@pytest.mark.parametrize("text, name, title, affiliation", [
    ("Prosecutors charged Dana Reyes on Monday. Tom Reed, her former lawyer, said the case was weak.", "Tom Reed",
     "former lawyer", "Dana Reyes"),
    ("Rock star Alan Birch died on Monday. His brother, Tim Birch, said he died peacefully.", "Tim Birch", "brother",
     "Alan Birch"),
])
def test_a_title_a_pronoun_owns_is_a_relation_to_the_person_before(facts_of, text, name, title, affiliation):
    person = actor(facts_of(text), name)
    assert (person.get("title"), person.get("affiliation")) == (title, affiliation)


def test_a_sheriff_named_by_title_and_surname_is_the_sheriff_named_before(facts_of):
    f = facts_of("County sheriff Kerry Lee told the BBC even one percent of users would be too many. The sheriff's "
                 "office arranged for reinforcements from across Nevada. Fewer than two hundred showed up at the gates "
                 "of the base, but no one tried to storm it. Sheriff Lee said they arrested one person.")
    assert persons(f) == ["Kerry Lee"]
    assert actor(f, "Kerry Lee")["title"] == "County sheriff"


# -- every role of a person, and which came before ------------------------------------------------------------------

def roles_of(facts, name):
    return [(r["title"], r.get("affiliation"), r["paragraph"], r.get("when")) for r in actor(facts, name).get("roles")
            or []]


def test_every_role_the_article_gives_a_person_is_kept_beside_the_title(facts_of):
    f = facts_of("Ines Varga, the finance minister of Norland, presented the budget on Monday.\n\n"
                 "Varga is also the chair of the Tarn Party.")
    assert actor(f, "Ines Varga")["title"] == "finance minister"  # the main role, as before
    assert roles_of(f, "Ines Varga") == [("chair", "Tarn Party", 2, None)]


def test_a_role_is_a_phrase_headed_by_a_title_word(facts_of):
    f = facts_of("Ines Varga, the finance minister of Norland, presented the budget on Monday.\n\n"
                 "Varga is an outspoken critic of the Tarn Party.")
    assert roles_of(f, "Ines Varga") == []


def test_the_same_role_in_other_words_is_one_role(facts_of):
    f = facts_of("Dana Morell, the governor of Westmark, opened the bridge.\n\n"
                 "The outgoing governor Morell said the tolls would end.")
    assert actor(f, "Dana Morell")["title"] == "governor" and roles_of(f, "Dana Morell") == []


def test_a_former_role_came_before(facts_of):
    f = facts_of("Kemal Aydin, the mayor of Tarnby, opened the bridge.\n\n"
                 "The former ambassador Aydin said the tolls would end.")
    assert actor(f, "Kemal Aydin")["title"] == "mayor"
    assert roles_of(f, "Kemal Aydin") == [("former ambassador", None, 2, "before")]


def test_a_role_in_the_past_perfect_came_before(facts_of):
    f = facts_of("Rosa Lind, the director of the Harbour Trust, spoke on Monday.\n\nLind had been mayor of Tarnby.")
    assert roles_of(f, "Rosa Lind") == [("mayor", "Tarnby", 2, "before")]


def test_a_role_an_adverb_places_earlier_came_before(facts_of):
    f = facts_of("Rosa Lind, the director of the Harbour Trust, spoke on Monday.\n\n"
                 "Lind previously served as mayor of Tarnby.")
    assert roles_of(f, "Rosa Lind") == [("mayor", "Tarnby", 2, "before")]


def test_an_appointment_came_before_the_new_role_and_after_the_roles_that_are_over(facts_of):
    f = facts_of("Dana Morell was sworn in as the new governor of Westmark on Friday.\n\n"
                 "The outgoing governor Ivo Rant appointed Morell as secretary of state.\n\n"
                 "Morell is the former ambassador to Norland.")
    assert actor(f, "Dana Morell")["title"] == "new governor"
    assert roles_of(f, "Dana Morell") == [("former ambassador", "Norland", 3, "before"),
                                          ("secretary of state", None, 2, "before")]


def test_an_appointment_beside_a_role_held_is_no_earlier_role(facts_of):
    f = facts_of("Dana Morell, the governor of Westmark, spoke on Friday.\n\n"
                 "The council appointed Morell as chair of the Harbour Trust.")
    assert roles_of(f, "Dana Morell") == [("chair", "Harbour Trust", 2, None)]


def test_the_role_of_a_name_the_model_took_for_a_verb(facts_of):
    f = facts_of("Tomas Carrusing, the mayor of Tarnby, opened the bridge on Monday.\n\n"
                 "Carrusing is the former Norland delegate to the Tarn Assembly.")
    assert roles_of(f, "Tomas Carrusing") == [("former Norland delegate", "Tarn Assembly", 2, "before")]


def test_a_former_title_holds_the_role_it_was(facts_of):
    f = facts_of("The now-former governor Dana Morell left office on Friday.\n\n"
                 "A court found Morell was improperly sworn in as governor.")
    assert actor(f, "Dana Morell")["title"] == "now-former governor" and roles_of(f, "Dana Morell") == []


def test_a_portfolio_in_a_title_is_no_body(facts_of):
    f = facts_of("Ramon is set to be replaced by Lucia Vega Ferrer, the Secretary of Justice for Westmark.")
    assert "Justice" not in {a["name"] for a in f["actors"]}


def test_a_given_name_the_model_left_out_before_a_titled_name(facts_of):
    f = facts_of("Ana Belén Ortiz, the mayor of the port city, said she would appeal.")
    assert persons(f) == ["Ana Belén Ortiz"]


def test_a_suffix_after_a_comma_is_part_of_the_name_and_the_surname_finds_it(facts_of):
    f = facts_of("District Attorney Dale R. Pike, Jr. sued the firm on Monday. Pike said the firm had hidden records.")
    assert quotes(f) == [("indirect", "the firm had hidden records", "Dale R. Pike, Jr.")]


def test_a_titled_full_name_read_as_a_modifier_is_still_a_person(facts_of):
    # the parser may read `NAME finding that ...` as a noun compound; a titled full name is someone who acts
    f = facts_of("Voters backed a President Ana Lind victory.")
    assert [(a["name"], a["type"]) for a in f["actors"]] == [("Ana Lind", "person")]


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The vote passed, with officials saying the count was fair.", "the count was fair", "Officials"),
    ("No one died in the blaze, with local media reporting the shop was empty.", "the shop was empty",
     "Local media"),
])
def test_with_someone_saying_in_an_absolute_phrase(facts_of, sentence, content, speaker):
    assert quotes(facts_of(sentence)) == [("indirect", content, speaker)]


def test_a_speaker_the_parser_made_the_object_of_the_report_before(facts_of):
    f = facts_of("The Tarn Times later reported officials, following an inquiry, stated it was a bottle.")
    assert quotes(f) == [("indirect", "it was a bottle", "Officials")]


def test_a_message_from_someone_s_account_is_theirs(facts_of):
    f = facts_of('A tweet sent from Dana Reyes\'s Twitter account repeated the pledge, saying "My running mate will be '
                 'a teacher."')
    assert quotes(f) == [("direct", "My running mate will be a teacher.", "Dana Reyes")]


def test_a_part_of_a_document_speaks_for_whoever_issued_it(facts_of):
    f = facts_of('Judge Ana Moss ruled on Friday. Part of the judge\'s statement reads "the average soldier could be '
                 'better suited to the task."')
    assert [s for _, _, s in quotes(f)] == ["Ana Moss"]


def test_a_name_placed_in_a_province_is_a_place(facts_of):
    f = facts_of("At least two towns, including Kalilan in the province of North Tarsa, declared a state of calamity.")
    assert {a["name"]: a["type"] for a in f["actors"]}.get("Kalilan") == "place"


@pytest.mark.parametrize("sentence, name", [
    ("The plane crashed at 9:54 a.m. ET on Friday, Dana Reyes said.", "ET"),
    ("Rappler reported three malls in Tarn City and Gaisoro Mall were damaged.", "Gaisoro Mall"),
    ("According to Tarn Bulletin, the quake was the strongest this year.", "Tarn Bulletin"),
    ("An all-women crew ran the Tarnbury Express on Friday.", "Tarnbury Express"),
])
def test_time_zones_malls_bulletins_and_trains_are_no_persons(facts_of, sentence, name):
    f = facts_of(sentence)
    assert name not in {a["name"] for a in f["actors"] if a["type"] == "person"}


def test_a_place_right_before_a_title_the_parser_hung_elsewhere(facts_of):
    f = facts_of("According to Westmark Senator Ron Pike, the plane is one of eighteen still flying.")
    assert role(f, "Ron Pike") == ("Senator", "Westmark")


def test_a_region_after_the_place_of_a_named_mayor_is_no_person(facts_of):
    f = facts_of("Dana Ortiz, the mayor of Esperanza, Sultan Kudarat, announced classes were suspended.")
    assert persons(f) == ["Dana Ortiz"]
    assert role(f, "Dana Ortiz") == ("mayor", "Esperanza")


def test_an_affiliation_that_is_a_body_s_head_word_is_that_body(facts_of):
    f = facts_of("The National Transport Safety Board opened an inquiry on Monday. It will be led by Board Member "
                 "Jennifer Holt.")
    assert actor(f, "Jennifer Holt")["affiliation"] == "National Transport Safety Board"


def test_a_sentence_opened_by_in_a_report_of_someone_is_their_report(facts_of):
    f = facts_of("In a situational report of the Tarn Disaster Council, Wednesday's tremor damaged 143 buildings "
                 "including 70 schools.")
    assert quotes(f) == [("indirect", "Wednesday's tremor damaged 143 buildings including 70 schools",
                          "Tarn Disaster Council")]


def test_a_cue_verb_opening_the_sentence_introduces_the_quotation(facts_of):
    f = facts_of('Remarked Tarn Institute scientist Dana Moss, "This reprieve is a thank-you from the butterflies."')
    assert quotes(f) == [("direct", "This reprieve is a thank-you from the butterflies.", "Dana Moss")]


def test_a_bare_body_named_before_a_fuller_one_is_another_body(facts_of):
    f = facts_of("The Senate was set to meet on Monday. Senate President Tom Rivera said the vote would wait. The "
                 "island is not represented in the U.S. Senate.")
    assert actor(f, "Tom Rivera")["affiliation"] == "Senate"


def test_one_holder_of_a_title_holds_it_without_the_count(facts_of):
    assert actor(facts_of("One senator, Eduardo Vela, said he intended to sue."), "Eduardo Vela")["title"] == "senator"


def test_a_given_name_left_out_after_a_title_joins_the_name(facts_of):
    person = actor(facts_of("Mayor Carmen Ruiz Ortega said she would appeal."), "Carmen Ruiz Ortega")
    assert person["title"] == "Mayor"


def test_a_given_name_left_out_after_a_lower_case_title_joins_the_name(facts_of):
    # the model tags only "Kell" after a title in lower case; "Ana" was left as the title's last word
    person = actor(facts_of("Ministry of Health spokesperson Ana Kell said the clinics would open."), "Ana Kell")
    assert (person["title"], person["affiliation"]) == ("spokesperson", "Ministry of Health")


@pytest.mark.parametrize("title", ["secretary-general", "vice-president", "Attorney-General", "director-general"])
def test_a_hyphenated_title_is_one_word_of_the_title(facts_of, title):
    # split at the hyphen, the title read as three nouns lost the apposition, even the sentence's subject
    f = facts_of(f"The Arctic Council's {title}, Olu Bada, said the truce would last.")
    assert quotes(f) == [("indirect", "the truce would last", "Olu Bada")]
    assert role(f, "Olu Bada") == (title, "Arctic Council")


def test_a_name_apposed_to_what_a_title_is_of_is_the_title_holder_s(facts_of):
    # the parser hangs the name on `State`; the name is the governor's
    person = actor(facts_of("The governor of Kemi State, Yakubu Bello, said the curfew would be lifted."),
                   "Yakubu Bello")
    assert (person["title"], person["affiliation"]) == ("governor of Kemi State", "Kemi State")


def test_an_untagged_name_apposed_to_a_title_is_the_title_holder_s(facts_of):
    f = facts_of("The mayor of Kemiville, Ana Ruiz, said the curfew would be lifted.")
    assert quotes(f) == [("indirect", "the curfew would be lifted", "Ana Ruiz")]
    assert actor(f, "Ana Ruiz")["title"] == "mayor of Kemiville"


def test_an_untagged_name_apposed_to_a_possessed_title_is_the_title_holder_s(facts_of):
    f = facts_of('The company\'s chief executive, Ana Ruiz, defended the cuts. "We had no choice," the executive '
                 'said.')
    assert quotes(f) == [("direct", "We had no choice,", "Ana Ruiz")]


@pytest.mark.parametrize("verb", ["said", "insisted"])
def test_a_title_read_as_a_verb_after_the_speech_verb_is_the_speakers(facts_of, verb):
    # the parser reads "engineer" as a verb (or its complement) and the name as its object
    f = facts_of(f'"The bridge is safe," {verb} engineer Paul Grant.')
    assert quotes(f) == [("direct", "The bridge is safe,", "Paul Grant")]
    assert actor(f, "Paul Grant")["title"] == "engineer"


def test_a_known_given_name_tagged_as_a_body_is_a_person(facts_of):
    # the model tags "Maria Holt" as an organisation
    f = facts_of('Maria Holt met Tom Hale on Monday. "We agreed on nothing," she said.')
    assert persons(f) == ["Maria Holt", "Tom Hale"]
    assert quotes(f) == [("direct", "We agreed on nothing,", "Maria Holt")]


def test_title_words_the_model_tagged_with_the_body_are_the_person_s_title(facts_of):
    person = actor(facts_of("Bank of Tarn Governor Ruth Adler said interest rates would stay at 2 percent."),
                   "Ruth Adler")
    assert (person["title"], person["affiliation"]) == ("Governor", "Bank of Tarn")


def test_an_untagged_body_before_a_title_is_the_person_s_body(facts_of):
    person = actor(facts_of("The Tarn Institute Director Ana Kell said the study was sound."), "Ana Kell")
    assert (person["title"], person["affiliation"]) == ("Director", "Tarn Institute")


def test_a_body_s_head_word_alone_before_a_title_is_part_of_the_title(facts_of):
    person = actor(facts_of("Police Sergeant Tom Ode said the road would reopen on Monday."), "Tom Ode")
    assert (person["title"], person.get("affiliation")) == ("Police Sergeant", None)


@pytest.mark.parametrize("apposition, title, body", [("the board's chairman since 2015", "board's chairman", None),
                                                    ("mayor of Leeds from 2001 to 2009", "mayor", "Leeds")])
def test_when_a_role_was_held_is_no_part_of_the_title(facts_of, apposition, title, body):
    person = actor(facts_of(f"Lars Berg, {apposition}, said the plan was sound."), "Lars Berg")
    assert (person["title"], person.get("affiliation")) == (title, body)


@pytest.mark.parametrize("apposition, title", [("a Labour MP", "MP"), ("the Labour MP for Leeds North",
                                                                    "MP for Leeds North")])
def test_an_abbreviated_title_after_its_party_is_the_title_and_its_seat_no_person(facts_of, apposition, title):
    f = facts_of(f"Paul Brandt, {apposition}, said the bill would fail.")
    person = actor(f, "Paul Brandt")
    assert (person["title"], person["affiliation"]) == (title, "Labour")
    assert [a["name"] for a in f["actors"] if a["type"] == "person"] == ["Paul Brandt"]


@pytest.mark.parametrize("text, name, title, body", [
    ("Protests spread across France on Monday. Maria Garcia, the country's finance minister, said taxes would hold.",
     "Maria Garcia", "finance minister", "France"),
    ("A fire broke out at a hotel in Leeds. Paul Brandt, the city's fire chief, said the building was unsafe.",
     "Paul Brandt", "fire chief", "Leeds"),
])
def test_the_country_s_title_is_of_the_place_named_before(facts_of, text, name, title, body):
    person = actor(facts_of(text), name)
    assert (person["title"], person["affiliation"]) == (title, body)


@pytest.mark.parametrize("title", ["County sheriff", "County Sheriff"])
def test_a_title_opening_on_a_place_word_is_of_that_place_named_before(facts_of, title):
    f = facts_of(f"The town lies in Pike County. {title} Mark Bell said the roads were closed.")
    person = actor(f, "Mark Bell")
    assert (person["title"], person["affiliation"]) == (title, "Pike County")


def test_a_place_word_in_a_title_needs_a_place_of_its_kind(facts_of):
    f = facts_of("The town lies in Pike Valley. County sheriff Mark Bell said the roads were closed.")
    assert actor(f, "Mark Bell").get("affiliation") is None


@pytest.mark.parametrize("who,name,body", [
    # the model tags "diocese" as a proper noun
    ("Bishop Luis Ortega of the Calbayog diocese", "Luis Ortega", "the Calbayog diocese"),
    ("Ana Vidal of the Norland embassy", "Ana Vidal", "the Norland embassy"),
])
def test_a_see_or_mission_named_by_its_place_is_the_affiliation(facts_of, who, name, body):
    assert actor(facts_of(f"{who} said the shelter would open on Friday."), name)["affiliation"] == body


@pytest.mark.parametrize("text", [
    # the model tags the name as a place's
    '"This is a dark day," said Kemi Adeyemi, 34, a nurse.',
    "Kemi Adeyemi (34) said the blast shook the house.",
])
def test_a_name_followed_by_an_age_is_a_persons(facts_of, text):
    assert persons(facts_of(text)) == ["Kemi Adeyemi"]


def test_a_place_followed_by_a_number_stays_a_place(facts_of):
    f = facts_of("Flights from Port Harcourt, 12, and Abuja, 9, were cancelled.")
    assert persons(f) == []


@pytest.mark.parametrize("apposition, title, body", [
    ("a nurse who was injured in the blast", "nurse", None),
    ("a nurse who works for the Red Cross", "nurse", "Red Cross"),
])
def test_a_relative_clause_on_a_title_is_no_part_of_it(facts_of, apposition, title, body):
    person = actor(facts_of(f'"The wards are full," said Ngozi Okafor, {apposition}.'), "Ngozi Okafor")
    assert (person["title"], person.get("affiliation")) == (title, body)


@pytest.mark.parametrize("text, name, title, body", [
    # the model tags only "Senate", and "Majority" ran on with it as the body's name
    ("Senate Majority Leader Ana Lind said the vote would take place on Friday.", "Ana Lind", "Majority Leader",
     "Senate"),
    ("House Minority Whip Paul Brandt said the bill would fail.", "Paul Brandt", "Minority Whip", "House"),
])
def test_a_leader_of_the_majority_or_minority_holds_a_title_of_the_chamber(facts_of, text, name, title, body):
    person = actor(facts_of(text), name)
    assert (person["title"], person["affiliation"]) == (title, body)


@pytest.mark.parametrize("text, name, title, body", [
    ("IMF managing director Ana Lind said growth would slow.", "Ana Lind", "managing director", "IMF"),
    # "WHO" read as a pronoun
    ("WHO Director-General Paul Brandt said the outbreak was not over.", "Paul Brandt", "Director-General", "WHO"),
    # a title's own abbreviation, a country and a name cut at its hyphen are no such body
    ("CEO Ana Lind said growth would slow.", "Ana Lind", "CEO", None),
    ("UK Prime Minister Ana Lind said growth would slow.", "Ana Lind", "Prime Minister", "United Kingdom"),
])
def test_an_acronym_before_a_title_is_the_body(facts_of, text, name, title, body):
    person = actor(facts_of(text), name)
    assert (person["title"], person.get("affiliation")) == (title, body)


def test_a_participle_apposed_to_a_name_is_no_title(facts_of):
    # the parser reads "writing" as apposed to the name
    person = actor(facts_of("Tom Hale, writing in the Washington Post, argued that the war would end soon."),
                   "Tom Hale")
    assert (person.get("title"), person.get("affiliation")) == (None, None)


def test_a_firm_named_with_its_s_keeps_it(facts_of):
    f = facts_of("Paul Brandt, an analyst with Moody's, said the outlook was stable.")
    assert actor(f, "Paul Brandt")["affiliation"] == "Moody's"
    assert [a["name"] for a in f["actors"] if a["type"] == "org"] == ["Moody's"]


@pytest.mark.parametrize("apposition, title, whose", [
    ("a former adviser to President Obama", "former adviser", "Obama"),
    ("a lawyer for Maria Garcia", "lawyer", "Maria Garcia"),
])
def test_a_title_held_towards_a_person_has_them_as_affiliation(facts_of, apposition, title, whose):
    person = actor(facts_of(f"Paul Brandt, {apposition}, said the policy had failed."), "Paul Brandt")
    assert (person["title"], person["affiliation"]) == (title, whose)


def test_an_untagged_name_before_an_apposed_title_is_a_person(facts_of):
    f = facts_of("Ivo Rant, the head of operations at the Tarn Red Cross, said supplies were running low.")
    assert quotes(f) == [("indirect", "supplies were running low", "Ivo Rant")]
    assert actor(f, "Ivo Rant")["affiliation"] == "Tarn Red Cross"


@pytest.mark.parametrize("text, title, body", [
    ("Ana Lind, mayor of Kemiville, said the water was safe.", "mayor", "Kemiville"),
    ("Ana Lind, a member of the Tarn Labour Party, said the water was safe.", "member", "Tarn Labour Party"),
])
def test_an_untagged_name_before_a_bare_title_or_a_word_for_a_person_is_a_person(facts_of, text, title, body):
    f = facts_of(text)
    assert quotes(f) == [("indirect", "the water was safe", "Ana Lind")]
    assert role(f, "Ana Lind") == (title, body)


def test_an_untagged_name_before_an_apposed_word_for_a_body_is_that_body(facts_of):
    f = facts_of("Nordvision, the state broadcaster, reported that the minister had resigned.")
    assert quotes(f) == [("indirect", "the minister had resigned", "Nordvision")]
    assert types(f)["Nordvision"] == "org"


@pytest.mark.parametrize("verb", ["heads", "chairs"])
def test_the_body_a_person_heads_is_theirs(facts_of, verb):
    f = facts_of(f"Ivo Rant, who {verb} the Tarn Red Cross, said supplies were running low.")
    assert actor(f, "Ivo Rant")["affiliation"] == "Tarn Red Cross"


@pytest.mark.parametrize("text,team", [
    ('"It was a tough game," said Arlo United coach Ben Ward after the loss.', "Arlo United"),
    ('"It was a tough game," Kemiton coach Ben Ward said after the loss.', "Kemiton"),  # no word for a body in it
    ('"It was a tough game," Varnby coach Ben Ward said after the loss.', "Varnby"),  # and left untagged
])
def test_a_team_named_before_a_title_in_lower_case_is_the_person_s_body(facts_of, text, team):
    person = actor(facts_of(text), "Ben Ward")
    assert (person["title"], person["affiliation"]) == ("coach", team)


@pytest.mark.parametrize("given", ["Carmen", "Itzel"])
def test_a_first_name_alone_before_a_name_is_no_title(facts_of, given):
    # the model leaves the given name out of the name (`Itzel` is none the language data knows): it is no title
    [p] = [a for a in facts_of(f"{given} Ruiz Ortega said she would appeal the ruling.")["actors"]
           if a["type"] == "person"]
    assert not p.get("title")


def test_a_date_before_a_title_is_no_part_of_it(facts_of):
    f = facts_of("On Friday Mayor Lucia Marín Vega said the city would appeal.")
    assert actor(f, "Lucia Marín Vega")["title"] == "Mayor"


def test_a_name_opening_with_a_place_word_is_a_place_wherever_it_stands(facts_of):
    assert types(facts_of("Fort Brennan welcomed the troops home on Monday.")) == {"Fort Brennan": "place"}


def test_a_relative_given_a_fuller_name_later_is_another_person(facts_of):
    f = facts_of("Heiress Gloria Tarnow died on Monday at the age of 95. She was raised by her widowed mother, Gloria "
                 "Morgan Tarnow, and her aunt. Gloria Tarnow later became a designer.")
    assert sorted(a["name"] for a in f["actors"] if a["type"] == "person") == ["Gloria Morgan Tarnow", "Gloria Tarnow"]


def test_a_surname_several_bear_is_the_one_introduced_first(facts_of):
    f = facts_of("Heiress Gloria Tarnow died on Monday at the age of 95. She was raised by her widowed mother, Gloria "
                 "Morgan Tarnow, and her aunt. Tarnow was married four times. She would later say her fourth marriage "
                 "was her only happy one.")
    assert quotes(f) == [("indirect", "her fourth marriage was her only happy one", "Gloria Tarnow")]


def test_a_birth_name_given_after_when_born_is_the_same_person(facts_of):
    f = facts_of("Qandra Tarnow was shot dead in 2016. When Tarnow was born in a small village, she was Maria Kowal, "
                 "daughter of a farmer.")
    [p] = [a for a in f["actors"] if a["type"] == "person"]
    assert p["name"] == "Qandra Tarnow" and "Maria Kowal" in p["aliases"]


def test_a_ring_name_is_another_name_of_whoever_bears_it(facts_of):
    f = facts_of("The wrestler Dale Huber, who performed under the ring name Rick Harlow, died on Saturday. As Rick "
                 "Harlow, Huber won two titles.")
    [p] = [a for a in f["actors"] if a["type"] == "person"]
    assert p["name"] == "Dale Huber" and "Rick Harlow" in p["aliases"]


@pytest.mark.parametrize("sentence, name", [
    ("The prize was shared between Tom Peebles and the duo of Didier Quartier and Michel Mayor.", "Michel Mayor"),
    ("Valéry Giscard d'Estaing led France from 1974.", "Valéry Giscard d'Estaing"),
])
def test_a_surname_the_model_left_out_ends_the_name(facts_of, sentence, name):
    assert name in persons(facts_of(sentence))


def test_what_according_to_says_starts_after_the_contrast_before_it(facts_of):
    f = facts_of("His family's announcement of his death specified no cause, but, according to his agent, Tarn had "
                 "undergone surgery recently.")
    assert quotes(f) == [("indirect", "Tarn had undergone surgery recently", "His agent")]


def test_an_aside_inside_a_clause_the_parser_split_keeps_the_report(facts_of):
    f = facts_of("Protesters have claimed Norland, especially, amongst other outside parties, is unduly influencing "
                 "their government.")
    assert quotes(f) == [("indirect", "Norland, especially, amongst other outside parties, is unduly influencing "
                          "their government", "Protesters")]


def test_a_hyphenated_given_name_is_part_of_a_person_s_name(facts_of):
    f = facts_of("Seoul City Mayor Kim Jae-soon was found dead on Friday.")
    assert persons(f) == ["Kim Jae-soon"]


@pytest.mark.parametrize("sentence, name", [
    ("Tropical Storm Dora made landfall on Saturday, Dana Reyes said.", "Storm Dora"),
    ("Officials in Tarrant Parish said the levees would hold.", "Tarrant Parish"),
    ("He was educated at the Royal Military Academy in Tarnby.", "Military Academy"),
])
def test_storms_parishes_and_academies_are_no_persons(facts_of, sentence, name):
    assert name not in persons(facts_of(sentence))


def test_a_given_name_left_out_before_a_hyphenated_name_after_a_title(facts_of):
    f = facts_of("Police Senior Superintendent Yolanda Yu Hoi-kwan said the officer fired once.")
    assert persons(f) == ["Yolanda Yu Hoi-kwan"]


def test_a_regional_office_with_no_place_is_of_the_region_the_article_names_most(facts_of):
    f = facts_of("Westmark officials ordered evacuations on Friday. The storm will reach Westmark by Saturday, "
                 "forecasters in the United States said. Westmark parishes were flooded. Governor Dale Pike addressed "
                 "the public.")
    assert actor(f, "Dale Pike")["affiliation"] == "Westmark"


@pytest.mark.parametrize("text,name,title,affiliation", [
    ("Iran's Supreme Leader Ali Khamenei praised the late official.", "Ali Khamenei", "Supreme Leader", "Iran"),
    # the whole rank tagged as a body, right before the name
    ('"Please contact police by calling 101", said Detective Inspector Paul Hughes.', "Paul Hughes",
     "Detective Inspector", None),
])
def test_a_title_word_tagged_as_a_body_stays_in_the_title(facts_of, text, name, title, affiliation):
    person = actor(facts_of(text), name)
    assert (person.get("title"), person.get("affiliation")) == (title, affiliation)


def test_words_in_another_script_are_no_title(nlp):
    from extract.actors.roles import _foreign
    from extract.lang import get_language

    doc, lang = nlp("His daughter said the phone was off."), get_language("en")
    assert _foreign("전화기가 꺼져 있다", doc, lang) and not _foreign("mayor of Seoul", doc, lang)


def test_a_speaking_noun_right_before_a_verb_left_without_subject(facts_of):
    f = facts_of("In findings published on Wednesday in the journal Tarn One, an international team of scientists "
                 "report ancient farmers captured sacred geese (Anser tarnus) from the wild for use in ritual "
                 "sacrifice rather than breeding them.")
    assert [(k, s) for k, _, s in quotes(f)] == [("indirect", "An international team of scientists")]


def test_an_aside_attribution_the_parser_read_as_a_content_clause(facts_of):
    f = facts_of("The researchers compared bones from six sites. If the geese had been farmed, they reasoned, the "
                 "ancient specimens would show little genetic variety.")
    assert quotes(f) == [("indirect", "If the geese had been farmed ... the ancient specimens would show little "
                          "genetic variety", "The researchers")]


@pytest.mark.parametrize("text", [
    "Hurricane Dorala strengthened on Wednesday. Forecasters said Dorala would pass west of the islands.",
    # the storm's word second in the name, which the model tags as a body
    "The agency upgraded Tropical Storm Nestor to hurricane status on Sunday. Nestor, now a hurricane, moved north.",
])
def test_a_name_the_article_gives_a_storm_is_the_storm_s_wherever_it_stands(facts_of, text):
    f = facts_of(text)
    assert not [a for a in f["actors"] if a["type"] == "person"]


@pytest.mark.parametrize("sentence, name", [
    ("Bishop Emeritus Dinualdo Reyes died on Sunday, the diocese said.", "Dinualdo Reyes"),
])
def test_emeritus_is_a_title_word(facts_of, sentence, name):
    assert persons(facts_of(sentence)) == [name]


@pytest.mark.parametrize("sentence, name", [
    ("He was buried at the Tarnby Military Memorial Cemetery on Friday.", "Military Memorial Cemetery"),
    ("He will be buried at the Federal Military Memorial Cemetery on Tuesday.", "Military Memorial Cemetery"),
    ("The bison came from the National Bison Range in western Montana.", "Bison Range"),
    ("The firm is backed by Ben Tarrant Technology Partners, Dana Reyes said.", "Ben Tarrant Technology Partners"),
])
def test_cemeteries_and_partners_are_no_persons(facts_of, sentence, name):
    assert name not in persons(facts_of(sentence))


@pytest.mark.parametrize("sentence, kept, dropped", [
    ("The actor Tom Reyn built a bridge station for the character Tasha Reyn, he said.", "Tom Reyn", "Tasha Reyn"),
    ("Fans came cosplaying as Sailor Nova and Sailor Vega, said Mia Lund.", "Mia Lund", "Sailor Vega"),
    ("Voice actor Mia Lund would list Sailor Nova and Sailor Vega as dream roles.", "Mia Lund", "Sailor Vega"),
])
def test_a_part_played_is_no_person(facts_of, sentence, kept, dropped):
    found = persons(facts_of(sentence))
    assert kept in found and dropped not in found


@pytest.mark.parametrize("sentence, kept, dropped", [
    ("Cotton Puff, a dragon, posed for photographers, organiser Ben Ode said.", "Ben Ode", "Cotton Puff"),
    ("The gorilla Tano was moved to a new zoo, keeper Ann Bell said.", "Ann Bell", "Tano"),
    ("The samples were collected aboard the Ka'imikai-O-Kanaloa in June, said Dr Lena Ortiz.", "Lena Ortiz",
     "Ka'imikai-O-Kanaloa"),
    ("Ibises were sacrificed to the god Thoth, Maria Kowalska said.", "Maria Kowalska", "Thoth"),
])
def test_an_animal_or_a_vessel_is_no_person(facts_of, sentence, kept, dropped):
    found = persons(facts_of(sentence))
    assert kept in found and dropped not in found


@pytest.mark.parametrize("o,c", MARKS)
def test_a_quotation_after_a_sentence_of_speaking_is_the_speaker_s(facts_of, o, c):
    f = facts_of(f"The artist Ana Lind spoke of leaving her job to paint full time. {o}In my first year, nobody "
                 f"bought anything. Now I sell every week.{c}")
    assert quotes(f) == [("direct", "In my first year, nobody bought anything. Now I sell every week.", "Ana Lind")]


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_quotation_after_a_manner_of_speaking_is_the_speaker_s(facts_of, o, c, gap):
    f = facts_of(f"Tom Hale, the union's leader, was defiant.{gap}{o}We will strike until they listen to every one "
                 f"of us.{c}")
    assert quotes(f) == [("direct", "We will strike until they listen to every one of us.", "Tom Hale")]


def test_a_quotation_after_a_state_that_is_no_manner_of_speaking_stays_unattributed(facts_of):
    assert quotes(facts_of('Tom Hale was tired. "We will strike until they listen to every one of us."')) == []


def test_a_quotation_after_a_sentence_of_doing_stays_unattributed(facts_of):
    f = facts_of('The artist Ana Lind opened the show on Friday. "Nobody bought anything at first, and now I sell '
                 'weekly."')
    assert quotes(f) == []


@pytest.mark.parametrize("o,c", MARKS)
def test_the_words_before_a_whole_quotation_report_nothing(facts_of, o, c):
    f = facts_of(f"Asked whether he would resign, {o}Never, not while I live,{c} the minister said. The deal was "
                 f"{o}a disgrace,{c} the minister said.")
    assert quotes(f) == [("direct", "Never, not while I live,", "The minister"),
                         ("indirect", f"The deal was {o}a disgrace,{c}", "The minister"),
                         ("direct", "a disgrace,", "The minister")]


def test_shared_that_reports_and_shared_a_thing_does_not(facts_of):
    f = facts_of("The couple urged visitors to keep practising, sharing that all professional makers had developed "
                 'their own techniques. Kim Jong Un shared his "in-most thoughts" with the visitors.')
    assert quotes(f) == [("indirect", "all professional makers had developed their own techniques", "The couple")]


def test_ordered_that_reports_and_ordered_a_thing_does_not(facts_of):
    f = facts_of("The judge ordered that absentee ballots be accepted until April 13. The judge also ordered the "
                 "release of the files.")
    assert quotes(f) == [("indirect", "absentee ballots be accepted until April 13", "The judge")]


def test_a_quoted_term_inside_a_reported_clause_keeps_it_whole(facts_of):
    f = facts_of('Ana Ruiz said the term "subject to" requires parents to be citizens.')
    assert quotes(f) == [("indirect", 'the term "subject to" requires parents to be citizens', "Ana Ruiz")]


def test_according_to_a_places_titled_name_is_the_persons(facts_of):
    f = facts_of("According to Westmark Senator Ana Lind, the plane is one of eighteen still flying.")
    assert quotes(f) == [("indirect", "the plane is one of eighteen still flying", "Ana Lind")]


def test_according_to_a_places_office_holder_is_the_holder(facts_of):
    # the town is tagged as a person's name; the article's rules type it a place, so the mayor speaks
    f = facts_of("The bus was carrying a school choir, according to the mayor of Yartsevo.")
    assert quotes(f) == [("indirect", "The bus was carrying a school choir", "The mayor of Yartsevo")]


@pytest.mark.parametrize("text,speaker", [
    ("Many residents fear to return home, Norvision Philippines reported.", "Norvision Philippines"),
    ("Many residents fear to return home, according to NTV Philippines.", "NTV Philippines"),
    ("Norland said the talks would resume.", "Norland"),  # a country alone still speaks for itself
])
def test_a_body_named_with_its_place_is_one_body(facts_of, text, speaker):
    [(_, _, who)] = quotes(facts_of(text))
    assert who == speaker


@pytest.mark.parametrize("name", ["Ana Lind", "Sig Lind"])  # a known given name, and one no list knows
def test_a_place_among_a_verbs_subjects_is_where_not_who(facts_of, name):
    # the parser makes both "Lind" and "Los Angeles" the subjects of "disagreed"
    f = facts_of(f'{name} of the University of California, Los Angeles disagreed with these findings: "The seeps '
                 'are well known."')
    assert quotes(f) == [("direct", "The seeps are well known.", name)]


def test_a_storm_named_untagged_is_no_person_later(facts_of):
    # the model tags none of "Tropical Storm Nestor", then "Nestor" alone as a person
    assert persons(facts_of("Tropical Storm Nestor formed on Monday. Nestor had winds of 60 miles per hour as it "
                            "moved north.")) == []


@pytest.mark.parametrize("text", ["He thanked the people of Arak for their support.",
                                  "The residents of Qom were told to stay home."])
def test_the_people_of_a_name_are_of_a_place(facts_of, text):
    assert persons(facts_of(text)) == []


def test_a_body_of_a_region_named_like_a_person(facts_of):
    # "Qadir Logar" is tagged as a person's name; before "provincial" it names the province
    f = facts_of("Tolls rose. Karim Zadran, of the Qadir Logar provincial council, described seeing many bodies.")
    assert actor(f, "Karim Zadran")["affiliation"] == "the Qadir Logar provincial council"


def test_a_body_a_person_owns_is_no_affiliation(facts_of):
    assert actor(facts_of("Ana Lind, of Tom Reyes's party, said it would win."), "Ana Lind").get("affiliation") is None


def test_a_body_after_coordinated_names_is_each_ones(facts_of):
    f = facts_of("The prizes went to Ana Lind and Tom Reyes from Tarnby State University.")
    assert actor(f, "Ana Lind")["affiliation"] == actor(f, "Tom Reyes")["affiliation"] == "Tarnby State University"
    # a name described on its own keeps to itself
    f = facts_of("The prizes went to Ana Lind, a nurse, and Tom Reyes from Tarnby State University.")
    assert actor(f, "Ana Lind").get("affiliation") is None


def test_an_untagged_monarch_with_a_regnal_numeral(facts_of):
    # the model tags nothing in the sentence: the name after the title runs to the numeral
    f = facts_of("The Prime Minister is appointed by Queen Elizabeth II.")
    assert persons(f) == ["Elizabeth II"]
    assert actor(f, "Elizabeth II")["title"] == "Queen"


def test_a_title_word_tagged_alone_is_no_person(facts_of):
    f = facts_of("Henry Dalton, the former Democratic Dean of the House of Representatives, was 90. He earned the "
                 "distinction of Dean of the House in 2007.")
    assert persons(f) == ["Henry Dalton"]


def test_a_surname_that_is_a_title_word_stays_a_name(facts_of):
    f = facts_of("Stephen King said the book was done. King has written sixty novels.")
    assert persons(f) == ["Stephen King"]


def test_a_who_clause_after_according_to_is_the_sources_report(facts_of):
    f = facts_of("Tarnia was rarely hit by storms according to the Tarn Times who reported that over the last "
                 "century, only 21 storms reached the islands.")
    assert quotes(f) == [("indirect", "Tarnia was rarely hit by storms", "Tarn Times"),
                         ("indirect", "over the last century, only 21 storms reached the islands", "Tarn Times")]


def test_a_body_runs_over_of_and_an_untagged_place(facts_of):
    # the model tags the union up to "Union" and leaves "Montana" untagged
    f = facts_of("On Thursday, the Tarn Civil Liberties Union of Montana and the Tarn Rights Fund filed a lawsuit, "
                 "saying the law would stop many people from voting.")
    assert quotes(f) == [("indirect", "the law would stop many people from voting",
                          "Tarn Civil Liberties Union of Montana")]


def test_held_that_reports_and_held_a_thing_does_not(facts_of):
    f = facts_of("The court held that the ban was lawful. The union held a meeting on Monday.")
    assert quotes(f) == [("indirect", "the ban was lawful", "The court")]


def test_a_firm_named_later_by_the_first_word_of_its_name_is_one_actor(facts_of):
    f = facts_of("Lena Hart, an analyst at Kestrel Freight Analytics, said rates would stay high. In its latest "
                 "report, Kestrel forecast that traffic would not recover before 2027.")
    assert quotes(f)[-1] == ("indirect", "traffic would not recover before 2027", "Kestrel Freight Analytics")
    assert [a["name"] for a in f["actors"] if a["type"] == "org"] == ["Kestrel Freight Analytics"]


def test_an_abbreviation_opening_a_body_s_name_is_not_that_body(facts_of):
    f = facts_of("The U.N. Security Council met on Monday. Later the U.N. said aid convoys would resume on Friday.")
    assert quotes(f) == [("indirect", "aid convoys would resume on Friday", "U.N.")]


def test_a_backshifted_predicate_joined_to_the_speech_verb_is_more_of_the_report(facts_of):
    f = facts_of("Tarn University, which earns half its income from fees, said it had frozen hiring and would review "
                 "its courses.")
    assert quotes(f) == [("indirect", "it had frozen hiring and would review its courses", "Tarn University")]


def test_a_conjunct_sharing_the_pluperfect_is_more_of_the_report(facts_of):
    f = facts_of("A spokesman for the presidential office said the president had accepted the minister's resignation "
                 "and ordered all ministries to review their contracts.")
    assert quotes(f) == [("indirect", "the president had accepted the minister's resignation and ordered all "
                          "ministries to review their contracts", "A spokesman for the presidential office")]


def test_forecast_that_reports_and_forecast_a_thing_does_not(facts_of):
    f = facts_of("In its latest quarterly report, the consultancy Vale Markets forecast that shipping through the "
                 "strait would not recover before 2027.\n\nThe weather bureau forecast heavy rain for the weekend.")
    assert quotes(f) == [("indirect", "shipping through the strait would not recover before 2027", "Vale Markets")]


@pytest.mark.parametrize("sentence, kept, dropped", [
    ("The cast of the sitcom Kim's Corner had a panel, host Ben Ode said.", "Ben Ode", "Kim"),
    ("Belly dancing troupe Tribal Motion performed on Saturday, said Ann Bell.", "Ann Bell", "Tribal Motion"),
])
def test_a_work_or_a_troupe_is_no_person(facts_of, sentence, kept, dropped):
    found = persons(facts_of(sentence))
    assert kept in found and not any(dropped in p for p in found)


@pytest.mark.parametrize("sentence, kept, dropped", [
    ("The plane landed at Ronald Reagan Washington National Airport on Monday, Ana Ruiz said.", "Ana Ruiz",
     "Ronald Reagan"),
    ("Soldiers at General Bernardo O'Higgins Riquelme Base fell ill, Ana Ruiz said.", "Ana Ruiz", "O'Higgins"),
])
def test_a_name_inside_a_facility_s_name_is_no_person(facts_of, sentence, kept, dropped):
    found = persons(facts_of(sentence))
    assert kept in found and not any(dropped in p for p in found)


def test_the_other_end_of_a_route_is_a_place(facts_of):
    f = facts_of("It was carrying a mix of locals and foreigners from Baracoa to Havana.")
    assert persons(f) == []
    assert "Baracoa" in [a["name"] for a in f["actors"] if a["type"] == "place"]


@pytest.mark.parametrize("body, word", [("The Kemi Police Service", "police"),
                                        ("The Arlo Police Department", "police")])
def test_a_word_for_a_body_stands_for_one_named_with_it_before_service(facts_of, body, word):
    f = facts_of(f"{body} said it had arrested two men on Sunday.\n\n"
                 f'"This was an organised business," {word} spokeswoman Ana Ruiz said in a statement.')
    [ruiz] = [a for a in f["actors"] if a["name"] == "Ana Ruiz"]
    assert ruiz.get("affiliation") == body.removeprefix("The ")


def test_a_name_cut_before_two_surnames_takes_both(facts_of):
    f = facts_of("Former regional governor Rosa Elena Quispe Mamani held a narrow lead on Monday. Quispe said she "
                 "was confident.")
    assert persons(f) == ["Rosa Elena Quispe Mamani"]
    assert [s for _, _, s in quotes(f)] == ["Rosa Elena Quispe Mamani"]


def test_a_name_runs_over_particles_to_two_surnames(facts_of):
    f = facts_of('"The count was clean," the mission\'s chief observer, José Manuel dos Santos Ferreira, said in '
                 "Lima.")
    assert persons(f) == ["José Manuel dos Santos Ferreira"]


def test_a_jury_named_is_a_body(facts_of):
    f = facts_of("He said he would not recognise any result until the National Elections Jury (JNE) had reviewed "
                 "the challenges. The JNE said in a statement that it had received 1,412 requests.")
    assert persons(f) == []
    assert "National Elections Jury" in [a["name"] for a in f["actors"] if a["type"] == "org"]


def test_a_name_across_a_clause_comma_is_a_place_and_a_person(facts_of):
    f = facts_of("Baek Jin-woo, the South Korean director, died on Sunday.\n\n"
                 "Born in 1954 in the port city of Mokpo, Baek worked for a decade as an assistant director.")
    assert not [a for a in f["actors"] if "," in a["name"]]
    assert "Mokpo" in [a["name"] for a in f["actors"] if a["type"] == "place"]


def test_an_untagged_name_after_a_title_runs_over_a_hyphened_syllable(facts_of):
    f = facts_of("Actress Seo Min-ji, who starred in two of his films, wrote on Instagram that he had taught her "
                 "to listen.")
    assert persons(f) == ["Seo Min-ji"]
    assert [s for _, _, s in quotes(f)] == ["Seo Min-ji"]


def test_portfolios_joined_before_a_title_are_no_speaker(facts_of):
    f = facts_of("Climate Crisis and Civil Protection Minister Ana Ruiz, who flew to the island on Monday, insisted "
                 "that the orders had saved lives.")
    assert persons(f) == ["Ana Ruiz"]
    assert quotes(f) == [("indirect", "the orders had saved lives", "Ana Ruiz")]


def test_a_word_measured_by_a_number_is_no_person(facts_of):
    f = facts_of("The Tarn Union came second with 41 seats, and smaller parties took the rest. Turnout was 48.2%, down "
                 "from 55% in the last vote, the electoral office said.")
    assert persons(f) == []


def test_god_is_no_actor(facts_of):
    f = facts_of('"Thank God, nobody was hurt," said Ana Ruiz, the mayor.')
    assert persons(f) == ["Ana Ruiz"]


@pytest.mark.parametrize("sentence, place", [
    ("He died at his home in Pietrasanta, Tuscany. He was 91, Ana Ruiz said.", "Tuscany"),
    ("Power was restored to stations in Punjab, Sindh and Khyber Pakhtunkhwa, Ana Ruiz said.", "Khyber Pakhtunkhwa"),
    ("Rainfall in parts of the state's Murray Mallee and Eyre Peninsula was the lowest on record, Ana Ruiz said.",
     "Murray Mallee"),
])
def test_a_name_listed_with_or_set_off_after_places_is_a_place(facts_of, sentence, place):
    f = facts_of(sentence)
    assert persons(f) == ["Ana Ruiz"]
    assert place in [a["name"] for a in f["actors"] if a["type"] == "place"]


def test_a_telescope_named_after_someone_is_no_person(facts_of):
    f = facts_of("The team has applied for time on NASA's James Webb Space Telescope, Ana Ruiz said.")
    assert persons(f) == ["Ana Ruiz"]


def test_a_spanish_club_opened_by_union_is_a_body(facts_of):
    f = facts_of("Unión Deportiva Costa Blanca have signed the Brazilian midfielder, the club announced on Tuesday.")
    assert persons(f) == []
    assert "Unión Deportiva Costa Blanca" in [a["name"] for a in f["actors"] if a["type"] == "org"]


def test_a_french_lawyer_s_style_is_no_part_of_the_name(facts_of):
    f = facts_of("Her lawyer, Maître Anne Rivaud, told reporters in Lausanne that the ruling was unfair.\n\n"
                 '"My client is being asked to prove a negative," Rivaud said.')
    assert persons(f) == ["Anne Rivaud"]
    assert [s for _, _, s in quotes(f)] == ["Anne Rivaud"] * 2


def test_a_plural_word_for_people_is_no_one_person_whose_title_it_heads(facts_of):
    f = facts_of("Dr Ana Ruiz, the study's lead author, said the results were strong.\n\n"
                 '"A larger trial is needed," the authors wrote, adding that one was being planned in Kenya.')
    assert [s for _, _, s in quotes(f)] == ["Ana Ruiz", "The authors", "The authors"]


def test_names_and_the_particles_of_a_surname_make_a_person(facts_of):
    f = facts_of("Her conservative rival Martín Echeverría de los Ríos refused to concede and said his party had "
                 "evidence of irregularities. San Juan de los Lagos voted for her, and so did members of the Centro "
                 "Democrático de Aragón (CDA).")
    assert persons(f) == ["Martín Echeverría de los Ríos"]
    assert [s for _, _, s in quotes(f)] == ["Martín Echeverría de los Ríos"]


def test_a_body_described_before_it_is_named_is_the_one_named_after(facts_of):
    f = facts_of("Tarnland's ruling party won 97 of the 165 seats, according to provisional results announced on "
                 "Thursday by the electoral commission.\n\nTurnout was 53.8%, the commission said.\n\n"
                 "Reading the results on television, the president of the Independent Electoral Commission (IEC), "
                 "Ana Ruiz, said the vote had been calm.")
    assert [s for _, _, s in quotes(f)] == ["Independent Electoral Commission"] * 2 + ["Ana Ruiz"]


def test_according_to_results_a_body_announced_is_the_body_s_report(facts_of):
    f = facts_of("Tarnland's ruling party won 97 of the 165 seats, according to provisional results announced on "
                 "Thursday by the Tarn Electoral Commission.")
    assert [s for _, _, s in quotes(f)] == ["Tarn Electoral Commission"]


def test_a_speaker_the_clause_describing_them_took_as_its_subject_speaks(facts_of):
    f = facts_of("Not everyone is convinced. Professor Helen Marsh, a geologist at the University of Leeds who studies "
                 "landslides and was not involved in the study, warned that slopes of this kind had often failed once "
                 "rain returned.")
    assert quotes(f) == [("indirect", "slopes of this kind had often failed once rain returned", "Helen Marsh")]


def test_a_body_runs_to_its_acronym_over_each_and(facts_of):
    f = facts_of("On Tuesday the Australian Bureau of Agricultural and Resource Economics and Sciences (ABARES) said "
                 "beef exports would fall.")
    assert [s for _, _, s in quotes(f)] == ["Australian Bureau of Agricultural and Resource Economics and Sciences"]


def test_an_acronym_ending_on_a_word_s_initial_is_what_the_word_stands_for(facts_of):
    f = facts_of("The trade was approved on Friday, the NHL said in a statement.\n\n"
                 "The league said a second deal had been delayed by a clerical error. The FA said nothing.")
    assert [s for _, _, s in quotes(f)] == ["NHL", "NHL"]


@pytest.mark.parametrize("sentence, body", [
    ("The Lahore Traders' Alliance said in a statement that shops had lost money.", "Lahore Traders' Alliance"),
    ("The Punjab Traders' Alliance said in a statement that shops had lost money.", "Punjab Traders' Alliance"),
])
def test_words_ending_in_a_plural_possessive_open_a_body_s_name(facts_of, sentence, body):
    f = facts_of(sentence)
    assert quotes(f) == [("indirect", "shops had lost money", body)]


def test_untagged_words_spelt_by_the_acronym_after_them_are_a_body(facts_of):
    f = facts_of("The Comptroller and Auditor General (CAG) said in a report that the project's cost had risen. "
                 "The CAG also said the company had awarded contracts too early.")
    assert [(a["name"], a["type"]) for a in f["actors"] if a["type"] != "country"] == [
        ("Comptroller and Auditor General", "org")]
    assert [s for _, _, s in quotes(f)] == ["Comptroller and Auditor General"] * 2


@pytest.mark.parametrize("sentence, office", [
    ("The Inspector General of Police (IGP) said the officers had been suspended.", "Inspector General of Police"),
    ("Ana Ruiz, who has been the Divisional Railway Manager (DRM) for Kemi Division for two years, said the line "
     "would reopen.", "Divisional Railway Manager"),
])
def test_an_office_before_its_acronym_is_no_body(facts_of, sentence, office):
    f = facts_of(sentence)
    assert office not in [a["name"] for a in f["actors"] if a["type"] == "org"]


@pytest.mark.parametrize("sentence, places", [
    ("The ministry said trial runs on a 40-km stretch between Kalol and Mehsana would begin in 2027.",
     ["Kalol", "Mehsana"]),
    ("Flights between Devon and Harlan were suspended on Monday, the airline said.", ["Devon", "Harlan"]),
    ("The 300-km section in Gujarat between Vapi and Sabarmati needs more work, the ministry said.", ["Vapi"]),
    ("The two projects, a dual carriageway between Palapye and Serowe and a bridge, will be delayed.",
     ["Palapye", "Serowe"]),
])
def test_names_between_on_a_way_are_places(facts_of, sentence, places):
    f = facts_of(sentence)
    assert persons(f) == []
    found = [a["name"] for a in f["actors"] if a["type"] == "place"]
    assert all(p in found for p in places), found


def test_people_between_are_no_places(facts_of):
    f = facts_of("Talks between Kemal Arslan and Tarik Holt failed, Ana Ruiz said.")
    assert "Kemal Arslan" not in [a["name"] for a in f["actors"] if a["type"] == "place"]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_with_absolute_closing_a_report_is_no_part_of_it(facts_of, o, c):
    f = facts_of("The bus driver told reporters he lost control, with some local press claiming he was attempting "
                 f"to pass another {o}slow{c} vehicle.")
    assert [(k, t, s) for k, t, s in quotes(f) if k == "indirect"] == [
        ("indirect", "he lost control", "The bus driver"),
        ("indirect", f"he was attempting to pass another {o}slow{c} vehicle", "Some local press")]


def test_clarified_that_reports_and_clarified_a_thing_does_not(facts_of):
    f = facts_of("Judge Ana Ruiz clarified in the hearing that her decision was not connected to the other case. "
                 "Judge Ana Ruiz also clarified the rules.")
    assert quotes(f) == [("indirect", "her decision was not connected to the other case", "Ana Ruiz")]


def test_a_title_apposed_to_a_name_is_that_person_s(facts_of):
    f = facts_of('Others dismissed the claims outright. Erwin Chemerinsky, Dean of UC Berkeley School of Law called '
                 'it "a truly silly argument."')
    assert persons(f) == ["Erwin Chemerinsky"]
    assert actor(f, "Erwin Chemerinsky")["title"] == "Dean"


def test_a_question_reported_with_whether(facts_of):
    f = facts_of("Professor Jessica Levinson of Loyola Law School asked whether Oakland was part of the US. "
                 "She asked him to leave.")
    assert quotes(f) == [("indirect", "Oakland was part of the US", "Jessica Levinson")]


def test_an_interview_s_answers_are_the_interviewee_s(facts_of):
    f = facts_of("Wikinews spoke with the astronomer Ana Ruiz about the find.\n\n"
                 "((WN))  What prompted your interest in astronomy?\n\n"
                 "((Ana Ruiz))  Because it is fun. We said the planet was young, and it could be a hot Jupiter.\n\n"
                 "And the team agreed it was worth a second look.\n\n"
                 "((WN))  Thank you.\n\n"
                 "The study was published on Monday, the journal said.")
    assert quotes(f) == [
        ("direct", "Because it is fun. We said the planet was young, and it could be a hot Jupiter.", "Ana Ruiz"),
        ("direct", "And the team agreed it was worth a second look.", "Ana Ruiz"),
        ("indirect", "The study was published on Monday", "The journal")]


def test_a_transcript_with_names_and_colons(facts_of):
    f = facts_of("The candidate spoke to reporters.\n\nAna Ruiz: I saw the notice on Monday, and I said it was "
                 "wrong.\n\nQ: Why?\n\nAna Ruiz: Because it is.")
    assert quotes(f) == [("direct", "I saw the notice on Monday, and I said it was wrong.", "Ana Ruiz"),
                         ("direct", "Because it is.", "Ana Ruiz")]


def test_credits_and_single_labels_are_no_transcript(facts_of):
    f = facts_of("Image: Ana Ruiz.\n\nThe minister said the bridge was safe.\n\nImage: Ana Ruiz.\n\n"
                 "Update: The mayor said the road would reopen.")
    assert quotes(f) == [("indirect", "the bridge was safe", "The minister"),
                         ("indirect", "the road would reopen", "The mayor")]


def test_an_interviewer_s_you_said_is_the_interviewee_s(facts_of):
    f = facts_of("Wikinews spoke with the candidate Ana Ruiz.\n\n"
                 "((WN))  You said that the council should merge the two boards. Can you tell us what the powers of "
                 "the mayor are? I think we covered the budget. The Herald reported that the vote was close.\n\n"
                 "((Ana Ruiz))  Yes, because it is cheaper.")
    assert quotes(f) == [("indirect", "the council should merge the two boards", "Ana Ruiz"),
                         ("indirect", "the vote was close", "Herald"),
                         ("direct", "Yes, because it is cheaper.", "Ana Ruiz")]


@pytest.mark.parametrize("sentence, people", [
    pytest.param("Fields, a self-described Neo-Nazi, killed a woman named Heather Heyer.", ["Heather Heyer"],
                 id="kind after an indefinite article"),
    pytest.param("The Holy Tunic was carried through the town, Bishop Ana Ruiz said.", ["Ana Ruiz"],
                 id="sacred thing"),
    pytest.param("Lead Paul Sun-Hyung Lee talked about the series.", ["Paul Sun-Hyung Lee"],
                 id="lead as a title word"),
    pytest.param("The rector, Ivan Petrov, wrote in Russian: Тюмень готова.", ["Ivan Petrov"],
                 id="word in another script"),
    pytest.param("Second and third place went to Ababel Yeshaneh and Gelete Burka, both from Ethiopia.",
                 ["Ababel Yeshaneh", "Gelete Burka"], id="people from a place, no route"),
    pytest.param("Later, he recorded with John Lydon's Public Image Ltd.", ["John Lydon"], id="a person's band"),
    pytest.param("AIP Chairman Markham Robinson Image: Markham Robinson.", ["Markham Robinson"],
                 id="caption before its credit"),
])
def test_the_people_a_sentence_names(facts_of, sentence, people):
    assert persons(facts_of(sentence)) == people


def test_no_dash_is_left_over_as_a_title(facts_of):
    f = facts_of("Wikinews had gotten in touch with Tanzanian-born ex-Muslim Zara Kay to discuss the struggles.")
    assert persons(f) == ["Zara Kay"] and actor(f, "Zara Kay").get("title") in (None, "ex-Muslim")


def test_a_country_before_the_title_word_is_the_affiliation_and_the_rest_the_title(facts_of):
    f = facts_of('Zal Khalil, an American lawyer, said the talks would go on.')
    assert (actor(f, "Zal Khalil").get("title"), actor(f, "Zal Khalil").get("affiliation")) == (
        "lawyer", "United States")


@pytest.mark.parametrize("phrase,body", [
    ("speaking for the country's health ministry", "the country's health ministry"),
    ("speaking on behalf of the Westmark Health Ministry", "Westmark Health Ministry"),
    ("representing the Tarn Miners Union", "Tarn Miners Union"),
])
def test_the_body_a_person_speaks_for_is_the_affiliation(facts_of, phrase, body):
    f = facts_of(f"Ali Rahimi, {phrase}, reported 500 new cases.")
    assert actor(f, "Ali Rahimi").get("affiliation") == body


@pytest.mark.parametrize("text,name,role_", [
    ("Laurentia Air, the country's third-largest carrier, said it would appeal.\n\n\"The shortages were beyond "
     "our control,\" spokeswoman Ana Berg said in an emailed statement.", "Ana Berg", ("spokeswoman", "Laurentia Air")),
    ("Calder Chemicals Ltd said sales rose. The Oslo-based company, whose shares fell 4% on Friday, reported a rise "
     "in profit. Chief Financial Officer Tom Reyes told the call that stocks were high.", "Tom Reyes",
     ("Chief Financial Officer", "Calder Chemicals Ltd")),
])
def test_a_body_s_officer_named_with_no_body_serves_the_body_that_spoke_just_before(facts_of, text, name, role_):
    # several bodies speak in the article, so none dominates it: the one in the sentence before does
    f = facts_of("Tarn Freight and the Kemi Transport Union both spoke on Monday. " + text)
    assert role(f, name) == role_


@pytest.mark.parametrize("text,name,role_", [
    ("Power was cut to 200,000 homes, Delta Gulf Power said on Monday.\n\n\"Our crews cannot go up yet,\" the "
     "utility's president, Ana Berg, said.", "Ana Berg", ("president", "Delta Gulf Power")),
    ("Researchers at the Tarn Polar Institute tracked the ice. Mia Holt, a sea-ice physicist at the institute, said "
     "the loss was fast.", "Mia Holt", ("sea-ice physicist", "Tarn Polar Institute")),
])
def test_a_word_for_a_body_in_a_title_stands_for_the_body_named_before(facts_of, text, name, role_):
    assert role(facts_of(text), name) == role_


def test_a_unit_after_a_number_is_no_body(facts_of):
    f = facts_of("Demand reached 31,480 megawatts on Monday, about 1,700 MW more than the state could generate. In "
                 "2019 NATO said the grid was safe.\n\n\"We are buying every unit of power,\" the utility's managing "
                 "director, Ana Berg, told a news conference.")
    assert "MW" not in [a["name"] for a in f["actors"]]
    assert "NATO" in [a["name"] for a in f["actors"]]
    assert actor(f, "Ana Berg").get("affiliation") != "MW"


@pytest.mark.parametrize("sentence,name,body", [
    ("District Judge Ana Berg, sitting at Tarnby County Court, found that the landlord had failed to repair the "
     "house.", "Ana Berg", "Tarnby County Court"),
    ("Tom Reyes, who reviewed the phone for the Tarn Gazette, said the screen was too narrow.", "Tom Reyes",
     "Tarn Gazette"),
])
def test_a_court_sat_at_or_an_outlet_reviewed_for_is_the_affiliation(facts_of, sentence, name, body):
    assert actor(facts_of(sentence), name).get("affiliation") == body


def test_a_word_for_a_body_owning_a_title_is_the_body_that_was_the_subject_before(facts_of):
    # a party named without the word `party`
    f = facts_of("Fianna Fail said the budget would fail. Tom Reyes, the party's finance spokesman, said in a "
                 "statement that the deficit would grow.")
    assert role(f, "Tom Reyes") == ("finance spokesman", "Fianna Fail")
    # a ministry is no party
    f = facts_of("The Tarn Ministry of Finance said the budget would pass. Tom Reyes, the party's finance spokesman, "
                 "said the deficit would grow.")
    assert actor(f, "Tom Reyes").get("affiliation") is None


def test_a_title_opening_on_government_is_held_in_the_article_s_country(facts_of):
    f = facts_of("OSLO (AP) - Norway will raise fuel taxes next year, the finance ministry said, the second rise in "
                 "Norway in two years.\n\nGovernment spokesman Tom Reyes told reporters the tax would fund rail "
                 "lines.")
    assert role(f, "Tom Reyes") == ("Government spokesman", "Norway")


@pytest.mark.parametrize("sentence,body", [
    ("Prosecuting for the Tarn Revenue Service, Ali Rahimi told the court that the accounts had been forged.",
     "Tarn Revenue Service"),
    ("Ali Rahimi, appearing for the Tarn County Council, said the fine was too small.", "Tarn County Council"),
    ("Ali Rahimi, for the Tarn Anglers Trust, said the fine was too small.", "Tarn Anglers Trust"),
])
def test_the_body_a_person_acts_for_in_court_is_the_affiliation(facts_of, sentence, body):
    # court and hearing reports: counsel and objectors are named with the party they act for
    assert actor(facts_of(sentence), "Ali Rahimi").get("affiliation") == body


@pytest.mark.parametrize("sentence,body", [
    ("Lena Bocci, who works at the Tarnby Observatory, discussed her findings.", "Tarnby Observatory"),
    ("Lena Bocci is a banker and works for Tarn Banking Group.", "Tarn Banking Group"),
])
def test_the_body_a_person_works_for_is_the_affiliation(facts_of, sentence, body):
    assert actor(facts_of(sentence), "Lena Bocci").get("affiliation") == body


@pytest.mark.parametrize("sentence,body", [
    ("Lena Bocci, who farms rice near Tarnby and chairs the Kemi Valley Growers Association, said the canals were "
     "dry.", "Kemi Valley Growers Association"),
    ("Lena Bocci, who trained as a nurse and now works for the Tarn Red Cross, said the camp was full.",
     "Tarn Red Cross"),
])
def test_the_body_led_or_worked_for_in_a_who_clause_s_second_verb_is_the_affiliation(facts_of, sentence, body):
    assert actor(facts_of(sentence), "Lena Bocci").get("affiliation") == body


def test_a_conjunct_with_a_phrase_of_its_own_does_not_share_the_first_name_s_body(facts_of):
    f = facts_of("The study was led by Neil Hammer of the University of Tarn and Chris Fallows of the dive crew.")
    assert actor(f, "Neil Hammer").get("affiliation") == "University of Tarn"
    assert actor(f, "Chris Fallows").get("affiliation") is None


def test_an_occupation_of_the_news_before_a_name_is_a_title(facts_of):
    f = facts_of("Expressions of sympathy have come from local users, Tarn News Arabia producer Jamal al-Harbi, and "
                 "al-Eryani.")
    assert (actor(f, "Jamal al-Harbi").get("title"), actor(f, "Jamal al-Harbi").get("affiliation")) == (
        "producer", "Tarn News Arabia")


def test_an_answer_ends_where_its_translation_begins(facts_of):
    f = facts_of("Wikinews spoke with the activist Ravi Menon about the clinic.\n\n"
                 "((WN))  How long have you worked there?\n\n"
                 "((Ravi Menon))  For twelve years now. ((ta))Tamil language: பன்னிரண்டு வருடங்கள்.\n\n"
                 "((WN))  Thank you.")
    assert quotes(f) == [("direct", "For twelve years now.", "Ravi Menon")]


@pytest.mark.parametrize("text, people", [
    pytest.param("Following the tweet, Newsweek, Politico, The Hill, Time Magazine, Tarnweek, The Independent, and TMZ "
                 "published stories.", [], id="listed with bodies"),
    pytest.param("The lodge billed itself as home to three lions: Rambo, Katryn and Nakita.", [],
                 id="listed after an animal noun and a colon"),
    pytest.param("What does the city lack under Sally Kapp's Mayorship, which began in 2018?", ["Sally Kapp"],
                 id="owner inside a name"),
    pytest.param("Offices close on Martin Luther King Jr. Day every year.", [], id="a day named after someone"),
    pytest.param("Actor Doris Day died on Monday.", ["Doris Day"], id="a surname that is a day's word"),
    pytest.param("Ravi Menon said: जैसे कि Ration card हो.", ["Ravi Menon"], id="word of another script in a name"),
])
def test_names_that_are_no_person(facts_of, text, people):
    assert persons(facts_of(text)) == people


def test_a_question_the_interviewer_puts_reports_nothing(facts_of):
    f = facts_of("Wikinews spoke with the chess player Dana Reyes.\n\n"
                 "((WN))  How do your fellow teammates describe you as a person and as a player?\n\n"
                 "((Dana Reyes))  As a fighter.")
    assert quotes(f) == [("direct", "As a fighter.", "Dana Reyes")]


def test_a_word_for_a_name_is_no_title(facts_of):
    f = facts_of("Two workers, Ravi Menon, and Jaya (a pseudonym), spoke to us about the clinic.")
    assert actor(f, "Jaya").get("title") != "pseudonym"


@pytest.mark.parametrize("text", ["These were all the questions I had for you, Ravi Menon.",
                                  "A final word to you, Ravi Menon."])
def test_a_name_addressed_gets_no_title_from_the_phrase_before_it(facts_of, text):
    assert actor(facts_of(text), "Ravi Menon").get("title") is None


def test_someone_s_roommates_report_in_their_own_right(facts_of):
    f = facts_of("Fernando Dall, the manager of the cafe, said his roommates said they last saw him on Saturday.")
    assert ("indirect", "they last saw him on Saturday", "His roommates") in quotes(f)


@pytest.mark.parametrize("text, name, body", [
    pytest.param("Ana Ortiz of the island's water authority said repairs may take a year.", "Ana Ortiz",
                 "the island's water authority", id="a body described by common nouns, as written"),
    pytest.param("British mathematician Ron Guy has died. Guy was a mathematics professor at the University of "
                 "Tarnby.", "Ron Guy", "University of Tarnby", id="a body at a later mention beats a nationality"),
    pytest.param("US President Dan Hale spoke. Hale, of the Tarn Party, said he would win.", "Dan Hale",
                 "United States", id="a national office keeps its country"),
    pytest.param("Biden wrote that Kamala Hart is the best candidate to take this fight to Tarn Bank.", "Kamala Hart",
                 None, id="no body from a clause of a copula's attribute"),
    pytest.param("Geraldine Ferr was Walter Mond's running mate on the Democratic Party ticket.", "Geraldine Ferr",
                 "Democratic Party", id="a body in the attribute's own phrase"),
    pytest.param("Neil Hammer of the Rosenstiel School at the University of Tarn led the study.", "Neil Hammer",
                 "Rosenstiel School", id="the body named first after a name"),
    pytest.param("Ana Lind of the Harbour Seed, a charity that feeds children, said the kitchen was full.",
                 "Ana Lind", "Harbour Seed", id="a name an apposition calls a charity"),
    pytest.param("Sig Lind of the Harbour Seed, a charity that feeds children, said the kitchen was full.",
                 "Sig Lind", "Harbour Seed", id="a name an apposition calls a charity, after an unknown given name"),
    pytest.param("Democratic presidential nominee Joe Bide led the polls. The Democratic Party chose him in August.",
                 "Joe Bide", "Democratic Party", id="the adjective of a body the article names"),
    pytest.param("Toronto resident Bruce Mac was arrested in Toronto. The Toronto Police said he was charged.",
                 "Bruce Mac", "Toronto", id="a place is no adjective of a body"),
])
def test_the_affiliation_a_sentence_gives(facts_of, text, name, body):
    assert actor(facts_of(text), name).get("affiliation") == body


def test_a_clause_after_cited_as_stating_split_onto_the_citing_verb(facts_of):
    f = facts_of("The agency cited the Air Force as stating Tarn Airlines owned the plane.")
    assert quotes(f) == [("indirect", "Tarn Airlines owned the plane", "Air Force")]


@pytest.mark.parametrize("text, found", [
    ("The court ruled Governor Ives lacked authority to move the election.",
     [("indirect", "Governor Ives lacked authority to move the election", "The court")]),
    ("The court ruled the votes were counted illegally.",
     [("indirect", "the votes were counted illegally", "The court")]),
    ("The party ruled the country for decades.", []),
])
def test_a_verb_that_needs_that_reports_a_tensed_clause_with_its_own_subject(facts_of, text, found):
    assert quotes(facts_of(text)) == found


@pytest.mark.parametrize("text, found", [
    ("Tom Hale described witnessing 35 bodies in one hospital.",
     [("indirect", "witnessing 35 bodies in one hospital", "Tom Hale")]),
    ("Mayor Ana Lind denied taking the money.", [("indirect", "taking the money", "Ana Lind")]),
    ("Tom Hale began working at the hospital.", []),
])
def test_a_gerund_clause_after_a_verb_of_telling_or_denying_is_reported(facts_of, text, found):
    assert quotes(facts_of(text)) == found


@pytest.mark.parametrize("text, body, person", [
    ("The study was led by Neil Hammer of the Rosenstiel School of Marine and Atmospheric Science at the University "
     "of Tarn.", "Rosenstiel School of Marine and Atmospheric Science", "Neil Hammer"),
    ("The grant went to the University of Tarn and Tom Smith.", "University of Tarn", "Tom Smith"),
])
def test_a_body_cut_before_and_runs_to_its_field_word(facts_of, text, body, person):
    f = facts_of(text)
    assert actor(f, body)["type"] == "org" and persons(f) == [person]


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("text, found", [
    pytest.param("In comments online, party chairman Markham Robinson writes:\n\n{o}It is a long shot, I grant you, "
                 "but our ticket may draw enough votes.\n\nThink about it for a second: who would vote for our "
                 "ticket? Many will.{c}\n\nThe party did not comment further.",
                 [("direct", "It is a long shot, I grant you, but our ticket may draw enough votes.",
                   "Markham Robinson"),
                  ("direct", "Think about it for a second: who would vote for our ticket? Many will.",
                   "Markham Robinson")],
                 id="a quotation closed only in the next paragraph runs on into it"),
    pytest.param("{o}Harris can probably rest easy{c}, Andy Martin opines, {o}she will not be blocked.{c}",
                 [("direct", "Harris can probably rest easy ... she will not be blocked.", "Andy Martin")],
                 id="opines attributes"),
    pytest.param("Tom Richter had his own opinion on the matter. He provided reporters with the text of a message he "
                 "sent to the party's chairman:\n\n{o}Please let Rocky know that I will withdraw as his running "
                 "mate.{c}\n\nThe party did not answer.",
                 [("direct", "Please let Rocky know that I will withdraw as his running mate.", "Tom Richter")],
                 id="a message given then quoted is the giver's"),
    pytest.param("Professor Eugene Volokh writes that the term {o}natural born citizen{c} derived from British law. "
                 "{o}We are done,{c} Volokh said.",
                 [("indirect", "the term {o}natural born citizen{c} derived from British law", "Eugene Volokh"),
                  ("direct", "We are done,", "Eugene Volokh")],
                 id="words a noun names as words are no quotation"),
])
def test_quotations_in_their_frame(facts_of, o, c, text, found):
    assert quotes(facts_of(text.format(o=o, c=c))) == [(k, t.format(o=o, c=c), who) for k, t, who in found]


@pytest.mark.parametrize("text, name, title, affiliation", [
    ("Kemi News' Ana Lind said the vote was delayed.", "Ana Lind", None, "Kemi News"),
    ("The Tarn Times' Ana Lind said the vote was delayed.", "Ana Lind", None, "Tarn Times"),
    ("Head of the commission Mark Oduya said the report was ready.", "Mark Oduya", "Head of the commission", None),
    ("Speaker of the parliament Ana Lind said the session would resume.", "Ana Lind", "Speaker of the parliament",
     None),
    ("One of Tarnland's vice presidents, Ana Lind, said the deal was fair.", "Ana Lind", "vice president", "Tarnland"),
    ("One of the company's directors, Mark Oduya, said the plan would work.", "Mark Oduya", "director", None),
    ("Ana Lind, a chemist at the University of Tarn, Kemiville, said the sample was small.", "Ana Lind", "chemist",
     "University of Tarn, Kemiville"),
    ("Mark Oduya of the Ana and Mark Lind Foundation said the grant was renewed.", "Mark Oduya", None,
     "Ana and Mark Lind Foundation"),
    ("Ana Lind of the Nora and Tomas Berg Foundation said the grant was renewed.", "Ana Lind", None,
     "Nora and Tomas Berg Foundation"),
    ("Mark Oduya of the Bill and Rosa Brandt Foundation said the grant was renewed.", "Mark Oduya", None,
     "Bill and Rosa Brandt Foundation"),
    ("Sen. Mark Oduya, D-Ohio, said the law was unfair.", "Mark Oduya", "Sen.", "Ohio"),
    ("Rep. Ana Lind (R-New Mexico) said the law was unfair.", "Ana Lind", "Rep.", "New Mexico"),
    ("Gov. Ana Lind said the roads were closed.", "Ana Lind", "Gov.", None),
    ("Ana Lind, a lawmaker from the ruling Tarn Party, said the vote was fair.", "Ana Lind", "lawmaker", "Tarn Party"),
    ("Ana Lind, an official at the state-run Tarn Oil Company, said output fell sharply.", "Ana Lind", "official",
     "Tarn Oil Company"),
    ("Tarn Party lawmaker Ana Lind said the vote was fair.", "Ana Lind", "lawmaker", "Tarn Party"),
    ("Ana Lind, a senior fellow at the Kemi Institute, said the plan would fail.", "Ana Lind", "senior fellow",
     "Kemi Institute"),
    ("Judge Ana Lind of the Tarn High Court ruled the law was unconstitutional.", "Ana Lind", "Judge",
     "Tarn High Court"),
    ("Detective Inspector Ana Lind of Kemiville Police said two men were arrested.", "Ana Lind",
     "Detective Inspector", "Kemiville Police"),
    ("Striker Ana Lind, who scored twice, said the team deserved the win.", "Ana Lind", "Striker", None),
    ("Arlo United goalkeeper Mark Oduya said the defence had been poor.", "Mark Oduya", "goalkeeper", "Arlo United"),
], ids=["possessive apostrophe alone", "outlet fused with its reporter", "article inside a title",
        "title's body apposed to the name", "one of the title's holders", "one of a common noun's holders",
        "university and its campus", "body named after two founders", "founders' body parsed as a conjunct",
        "founders' body parsed as apposed to the name",
        "party letter and state", "party letter and state in brackets", "abbreviated title",
        "words describing the body", "a compound describing the body", "lawmaker is a title",
        "a fellow is a person", "a court the model left untagged", "a police force the model left untagged",
        "a player's position is a title", "a team before a player's position"])
def test_who_a_person_is_by_the_words_around_the_name(facts_of, text, name, title, affiliation):
    f = facts_of(text)
    assert persons(f) == [name]
    assert (actor(f, name).get("title"), actor(f, name).get("affiliation")) == (title, affiliation)
    [q] = f["quotes"]
    assert speaker_name(f, q) == name


def test_a_campus_after_a_university_s_name_is_no_person(facts_of):
    f = facts_of('"Walter was brilliant," said University of Tarn, Kemiville\'s chancellor, Piet Nolan.')
    assert persons(f) == ["Piet Nolan"]
    assert actor(f, "Piet Nolan")["affiliation"] == "University of Tarn, Kemiville"


@pytest.mark.parametrize("text", [
    "We could go only while the shops were open, Buy the things from the shops, and go home again.",
    "They should have thought a little bit, Taken someone's opinion.",
    "Majorly, thinking that life will stay the way it is, is not true.",
], ids=["a verb with its object", "a participle with its object", "a sentence adverb"])
def test_a_word_capitalised_in_a_transcript_is_no_person(facts_of, text):
    assert persons(facts_of(text)) == []


@pytest.mark.parametrize("text", ["Comrade Tendai Moyo said the party would win.",
                                  "Cde Tendai Moyo said the party would win."])
def test_comrade_is_a_form_of_address_not_part_of_the_name(facts_of, text):
    f = facts_of(text)
    assert persons(f) == ["Tendai Moyo"]
    assert speaker_name(f, f["quotes"][0]) == "Tendai Moyo"


@pytest.mark.parametrize("text,report", [
    ("Ana Ruiz informed the board that she would resign.", "she would resign"),
    ("Ana Ruiz told Reuters on condition of anonymity that the minister had known of the plan.",
     "the minister had known of the plan")])
def test_that_parsed_as_a_pronoun_before_the_clause_s_subject_is_no_word_of_the_report(facts_of, text, report):
    f = facts_of(text)
    assert quotes(f) == [("indirect", report, "Ana Ruiz")]


def test_a_that_clause_read_as_a_relative_on_the_statement_is_the_report(facts_of):
    f = facts_of("The tournament announced in a statement that Rautio had withdrawn.")
    assert [(kind, text) for kind, text, _ in quotes(f)] == [("indirect", "Rautio had withdrawn")]
    f = facts_of("The ministry said in a statement that it issued on Friday that the road would reopen.")
    assert [(kind, text) for kind, text, _ in quotes(f)] == [("indirect", "the road would reopen")]


def test_a_pronoun_after_an_unnamed_consultant_is_the_consultant(facts_of):
    f = facts_of("Ana Ruiz, a nurse, said the ward was full. A consultant in the emergency department, who asked not "
                 "to be named, said the department had been busy. She said she supported the strike.")
    assert quotes(f)[-1] == ("indirect", "she supported the strike", "A consultant")


def test_a_quotation_after_described_as_is_the_description_and_the_object_no_report(facts_of):
    f = facts_of('Ana Ruiz described Kroll, one of the most experienced officials on the tour, as "a fair and very '
                 'careful umpire" and said he would stay.')
    assert quotes(f) == [("direct", "a fair and very careful umpire", "Ana Ruiz"),
                         ("indirect", "he would stay", "Ana Ruiz")]


def test_a_report_runs_to_a_word_hung_back_across_its_verb(facts_of):
    # the parser hangs `to pay ...` on `patients`, before `made`, so the clause's words come out of order
    f = facts_of("The forum said that patients should not be made to pay for a dispute both sides had allowed to "
                 "drag on.")
    assert quotes(f) == [("indirect", "patients should not be made to pay for a dispute both sides had allowed to drag "
                                      "on", "The forum")]


def test_a_team_her_owns_is_hers_not_the_firm_the_article_names_most(facts_of):
    f = facts_of("Ana Ruiz wrote on Instagram that she had been treated unfairly. The post was later deleted from "
                 "Instagram.\n\nAna Ruiz is entered in the Madrid Open. Her management team said she would have a "
                 "scan on Friday.")
    assert quotes(f)[-1] == ("indirect", "she would have a scan on Friday", "Her management team")


def test_a_report_read_as_a_participle_on_the_noun_before_it_is_that_noun_s(facts_of):
    # the parser reads `estimated` as a participle on `authority`, the sentence's root
    f = facts_of("The regulator estimated in its assessment that the target had not been met.")
    assert quotes(f) == [("indirect", "the target had not been met", "The regulator")]


def test_a_that_clause_hung_on_an_assessment_is_the_report(facts_of):
    f = facts_of("The Murray-Darling Basin Authority estimated in its latest assessment that about 315 gigalitres of "
                 "the target had still not been recovered.")
    assert quotes(f) == [("indirect", "about 315 gigalitres of the target had still not been recovered",
                          "Murray-Darling Basin Authority")]


def test_a_speech_verb_after_a_negated_report_is_the_speaker_s_own_act(facts_of):
    f = facts_of("The union said the company had not paid wages since May and urged workers to stay home.")
    assert quotes(f) == [("indirect", "the company had not paid wages since May", "The union")]


def test_a_hyphened_name_parsed_as_a_subject_beside_its_title_is_the_speaker(facts_of):
    # the parser splits `Min-seok` and makes both `Min` and `head` subjects of `told`
    f = facts_of("Choi Min-seok, the company's head of safety, told Yonhap that the plant's water use would fall.")
    assert quotes(f) == [("indirect", "the plant's water use would fall", "Choi Min-seok")]
    # a description no title word heads: the name still speaks, not the description
    f = facts_of("Choi Min-seok, the company's point person on safety, told Yonhap that the plant's water use would "
                 "fall.")
    assert quotes(f) == [("indirect", "the plant's water use would fall", "Choi Min-seok")]


def test_a_surname_read_as_an_adverb_is_the_speaker(facts_of):
    # the parser reads `Long` as an adverb of `said`
    f = facts_of("Tran Van Long, director of the Tarn Growers Cooperative, said most plots had been mapped. Long said "
                 "the cooperative was holding meetings in every village.")
    assert ("indirect", "the cooperative was holding meetings in every village", "Tran Van Long") in quotes(f)


def test_a_that_clause_hung_on_a_condition_of_anonymity_is_the_report(facts_of):
    f = facts_of("A senior official at the Ministry of Finance, however, told Reuters on condition of anonymity "
                 "that Arikan had been briefed by Sezgin on Wednesday evening.")
    assert [(kind, text) for kind, text, _ in quotes(f)] == [
        ("indirect", "Arikan had been briefed by Sezgin on Wednesday evening")]


def test_a_plural_title_before_coordinated_names_is_each_one_s_title(facts_of):
    f = facts_of("Senators Holt and Ode said the bill would pass.")
    assert (actor(f, "Holt")["title"], actor(f, "Ode")["title"]) == ("Senator", "Senator")


@pytest.mark.parametrize("text, found", [
    ("On Friday the government announced the new region, to be called Norvale, would govern itself from 2022.",
     [("indirect", "the new region, to be called Norvale, would govern itself from 2022", "The government")]),
    ("Ana Lind said the plan, which was announced in May, would cost more.",
     [("indirect", "the plan, which was announced in May, would cost more", "Ana Lind")]),
], ids=["subject with a modifier set off by commas", "passive relative clause with a speech verb"])
def test_a_report_s_subject_keeps_what_its_commas_set_off(facts_of, text, found):
    assert quotes(facts_of(text)) == found



@pytest.mark.parametrize("text", [
    "Egyptians sacrificed ibises to the god Thoth.\n\nPeople asked Thoth to help them, Ana Lind said.",
    "The team measured the wings of Caudipteryx zoui.\n\nCaudipteryx could not fly, Ana Lind said.",
], ids=["a god at every mention", "a species' genus, and at every mention"])
def test_a_name_the_article_gives_a_god_or_a_species_is_no_person_anywhere(facts_of, text):
    assert persons(facts_of(text)) == ["Ana Lind"]


def test_a_ship_named_after_someone_leaves_them_a_person(facts_of):
    f = facts_of("Sea-Eye renamed their ship after Alan Kurdi, a boy who drowned.\n\nTheir ship, the MV Alan Kurdi, "
                 "left port on Monday, Ana Lind said.")
    assert "Alan Kurdi" in persons(f)


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("text, speaker", [
    ("The plan is, in Ana Lind's words, {o}a disaster waiting to happen.{c}", "Ana Lind"),
    ("The plan was {o}a disaster waiting to happen,{c} in the words of Mayor Mark Oduya.", "Mark Oduya"),
], ids=["in NAME's words", "in the words of NAME"])
def test_a_quotation_in_someone_s_words_is_theirs(facts_of, o, c, text, speaker):
    f = facts_of(text.format(o=o, c=c))
    [q] = f["quotes"]
    assert (q["kind"], speaker_name(f, q)) == ("direct", speaker)


def test_a_sign_written_onto_a_number_ends_the_report_with_it(facts_of):
    f = facts_of("Tarnsoft said in a filing that revenue fell 10%.")
    assert quotes(f) == [("indirect", "revenue fell 10%", "Tarnsoft")]


def test_a_hyphenated_co_title_is_one_word(facts_of):
    f = facts_of("Ana Lind, co-founder and CEO of Tarnsoft, said the company would hire 200 engineers.")
    assert quotes(f) == [("indirect", "the company would hire 200 engineers", "Ana Lind")]
    assert actor(f, "Ana Lind")["title"] == "co-founder and CEO"


@pytest.mark.parametrize("text", ["Ana Lind declined to say whether the plan was sound.",
                                  "Ana Lind is expected to say the plan is sound.",
                                  "Ana Lind refused to confirm that the minister had resigned."],
                         ids=["declined", "expected", "refused"])
def test_a_report_declined_or_only_expected_is_no_quote(facts_of, text):
    assert quotes(facts_of(text)) == []


def test_a_report_someone_went_on_to_make_is_a_quote(facts_of):
    f = facts_of("Ana Lind went on to say that the plan was sound.")
    assert quotes(f) == [("indirect", "the plan was sound", "Ana Lind")]


def test_a_question_put_to_someone_is_not_their_report(facts_of):
    f = facts_of('The minister, Ana Lind, was asked whether she would resign.\n\n"No," she replied.')
    assert quotes(f) == [("direct", "No,", "Ana Lind")]


@pytest.mark.parametrize("text, speaker", [
    ('Maria Garcia, 45, was arrested on Monday with John Smith, 30. "I am innocent," the 30-year-old said.',
     "John Smith"),
    ('Police arrested Maria Garcia on Monday. "I am innocent," the 45-year-old said.', "Maria Garcia"),
], ids=["the person given that age", "the last person named"])
def test_an_age_description_speaks_for_the_person_of_that_age(facts_of, text, speaker):
    f = facts_of(text)
    [q] = f["quotes"]
    assert speaker_name(f, q) == speaker


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("text, speaker", [
    ("Ana Lind's response: {o}I am not going anywhere.{c}", "Ana Lind"),
    ("The ministry's reply: {o}We will appeal the ruling.{c}", "The ministry"),
], ids=["a person's response", "a body's reply"])
def test_a_quotation_after_someone_s_reply_and_a_colon_is_theirs(facts_of, o, c, text, speaker):
    f = facts_of(text.format(o=o, c=c))
    [q] = f["quotes"]
    assert (q["kind"], speaker_name(f, q)) == ("direct", speaker)


@pytest.mark.parametrize("text, found", [
    ("Ana Lind was keen to stress that the plan was sound.", [("indirect", "the plan was sound", "Ana Lind")]),
    ("Ana Lind was quick to point out that the plan was sound.", [("indirect", "the plan was sound", "Ana Lind")]),
    ("Ana Lind was unable to say whether the plan was sound.", []),
    ("Ana Lind was not able to say whether the plan was sound.", []),
], ids=["keen to stress", "quick to point out", "unable to say", "not able to say"])
def test_a_speech_verb_after_an_adjective_of_the_copula(facts_of, text, found):
    assert quotes(facts_of(text)) == found


def test_a_partial_quotation_then_a_quote_after_a_participle_are_two(facts_of):
    f = facts_of('Ana Lind said the deal was "a disgrace," later adding, "It will fail."')
    assert sorted(quotes(f)) == [("direct", "It will fail.", "Ana Lind"), ("direct", "a disgrace,", "Ana Lind"),
                                 ("indirect", 'the deal was "a disgrace,"', "Ana Lind")]
    f = facts_of('"We will win," Ana Lind said. "They will lose."')
    assert quotes(f) == [("direct", "We will win, ... They will lose.", "Ana Lind")]


def test_a_body_named_in_quotation_marks_after_a_person_s_of(facts_of):
    f = facts_of('Calling it as "just another apology", Maria Kowalska of "Have no fear", a victims charity, told '
                 'Reuters "it appears the statement was prepared early".')
    assert [t for _, t, _ in quotes(f)] == ["just another apology", "it appears the statement was prepared early"]


def test_a_name_after_its_body_s_title_parsed_as_the_body_s_apposition(facts_of):
    f = facts_of('African Export–Import Bank president Chidi Okafor said the use of foreign loans "costs Africa '
                 'between $2 and $3 billion," further saying, "It also slows growth because Africa lacks hard '
                 'currency."')
    assert {speaker for _, _, speaker in quotes(f)} == {"Chidi Okafor"}


def test_according_to_a_source_before_a_subject_parsed_as_listed_with_it(facts_of):
    f = facts_of("According to the researchers, sacrifice and burial of sacred cats was common in Tarn for "
                 "centuries.")
    assert quotes(f) == [("indirect", "sacrifice and burial of sacred cats was common in Tarn for centuries",
                          "The researchers")]


def test_a_report_opening_its_sentence_read_as_an_adverbial(facts_of):
    f = facts_of("The Ledger reported on Thursday, coverage had risen to 55 percent.")
    assert quotes(f) == [("indirect", "coverage had risen to 55 percent", "The Ledger")]
    f = facts_of("As the Ledger reported on Thursday, coverage had risen to 55 percent.")
    assert quotes(f) == []
    f = facts_of("Ana Lind, the mayor of Kemi, was found dead, police reported Friday morning, local time.")
    assert [t for _, t, _ in quotes(f)] == ["Ana Lind, the mayor of Kemi, was found dead"]


def test_and_that_after_a_partial_quotation_is_a_report_of_its_own(facts_of):
    f = facts_of('Ivo Lind said the deal was "a disgrace" and that the talks would fail.')
    assert ("indirect", "the talks would fail", "Ivo Lind") in quotes(f)
    assert ("direct", "a disgrace", "Ivo Lind") in quotes(f)
    f = facts_of("Ivo Lind said that the deal was bad and that the talks would fail.")
    assert quotes(f) == [("indirect", "the deal was bad and that the talks would fail", "Ivo Lind")]


def test_a_quotation_completing_the_cue_before_it_is_that_cue_s(facts_of):
    f = facts_of('Lind described the plan as "a disgrace", while Reyes called it "a triumph".')
    assert sorted(quotes(f)) == [("direct", "a disgrace", "Lind"), ("direct", "a triumph", "Reyes")]
    f = facts_of('The chain reported that, with limits in place, "many stores are still selling out within an '
                 'hour", and called the demand "unprecedented".')
    assert [(k, t) for k, t, _ in quotes(f) if k == "direct"] == [
        ("direct", "many stores are still selling out within an hour"), ("direct", "unprecedented")]


def test_a_person_of_a_body_whose_last_word_the_parser_took_for_the_subject(facts_of):
    f = facts_of("Maria Kowalska of the University of Tarn, Kemiville said the data were thin.")
    assert quotes(f) == [("indirect", "the data were thin", "Maria Kowalska")]


def test_the_agent_of_a_passive_cue_speaks(facts_of):
    f = facts_of('Lind was described by the council as "a strong advocate for parks in a city threatened by '
                 'developers."')
    assert [speaker for _, _, speaker in quotes(f)] == ["The council"]
    f = facts_of("Lind was quoted by Reuters as saying the plan would fail.")
    assert quotes(f) == [("indirect", "the plan would fail", "Lind")]


def test_an_interviewee_s_standing_statement_put_by_the_interviewer(facts_of):
    f = facts_of('((Ana Lind))  I stand by it.\n\n((WN))  On your website you write "Troops abroad will be brought '
                 'home in an orderly manner."  Can you clarify what you mean?\n\n((Ana Lind))  Yes, I can.\n\n'
                 '((WN))  If you say "no" now, will voters believe you?\n\n((Ana Lind))  They will.')
    assert ("direct", "Troops abroad will be brought home in an orderly manner.", "Ana Lind") in quotes(f)
    assert not any(t == "no" for _, t, _ in quotes(f))


def test_a_one_word_name_in_the_plural_is_a_group(facts_of):
    f = facts_of("Officials claimed Houthis have attacked journalists before. The town was recaptured from Houthis "
                 "in 2017.")
    assert persons(f) == []
    f = facts_of("Harris said the plan was bad. Officials said Harris has attacked journalists.")
    assert persons(f) == ["Harris"]


def test_the_cue_s_own_long_phrase_before_the_quotation(facts_of):
    f = facts_of('The governor has yet to concede, saying earlier in the morning before the call for Lind, "I won '
                 'this race by a lot!" on Twitter.')
    assert quotes(f) == [("direct", "I won this race by a lot!", "The governor")]


def test_a_participle_hung_on_a_subordinate_clause_speaks_for_the_main_clause(facts_of):
    f = facts_of("Unnamed experts called the plan dubious to the Ledger, as the market is saturated and margins are "
                 "thin, while noting this kind of equipment is needed by the army.")
    assert ("indirect", "this kind of equipment is needed by the army", "Unnamed experts") in quotes(f)


def test_a_participle_after_a_document_speaks_for_its_author(facts_of):
    f = facts_of("The Ledger published a letter by Ana Lind, saying the mayor had lied.")
    assert quotes(f) == [("indirect", "the mayor had lied", "Ana Lind")]
    f = facts_of("The council issued a statement on Monday, saying the roads were closed.")
    assert quotes(f) == [("indirect", "the roads were closed", "The council")]


def test_an_untagged_name_after_an_outlet_word_is_the_outlet(facts_of):
    f = facts_of("On Thursday, the journal Science published a report by a team from Tarn University, saying the "
                 "eruption has been followed by a rise in algae.")
    assert actor(f, "Science")["type"] == "org"


def test_a_hyphenated_title_split_into_subjects(facts_of):
    f = facts_of('"Stripes may dazzle flies in some way," said study co-author and Royal Society Research Fellow '
                 'Martin Kell.')
    assert quotes(f) == [("direct", "Stripes may dazzle flies in some way,", "Martin Kell")]
    f = facts_of('Another co-author, civil engineering professor Julia Marsh, said, "We have seen this before."')
    assert quotes(f) == [("direct", "We have seen this before.", "Julia Marsh")]


def test_a_speaker_and_the_body_tagged_as_one_name(facts_of):
    f = facts_of('"Bringing the buffalo back here is going to heal us," Crystal Vance of the Northern Arapaho '
                 'tribal preservation office told those gathered.')
    assert [speaker for _, _, speaker in quotes(f)] == ["Crystal Vance"]


def test_an_untagged_source_name(facts_of):
    f = facts_of("Tarnfleet, a database of ships, states the vessel was built in 1990.")
    assert quotes(f) == [("indirect", "the vessel was built in 1990", "Tarnfleet")]
    f = facts_of("Indeed, News 12 reported, only buildings next to the break were without water.")
    assert quotes(f) == [("indirect", "only buildings next to the break were without water", "News 12")]


def test_a_capital_city_s_office_is_the_city_s(facts_of):
    # a capital stands for its government as a speaker ("Oslo said"), not as the place of a mayor's office
    berg = actor(facts_of("Anna Berg, the mayor of Oslo, said the roads would reopen."), "Anna Berg")
    assert (berg["title"], berg["affiliation"]) == ("mayor", "Oslo")
    lind = actor(facts_of('The mayor of Oslo, Ana Lind, tweeted, "Thousands came to say no to the pact."'), "Ana Lind")
    assert lind["affiliation"] == "Oslo"


def test_a_title_the_parser_cut_from_the_name_before_it(facts_of):
    # parsed with "soon" an adverb and "the mayor" the verb's subject
    kang = actor(facts_of("Kang Hye-soon, the mayor of Ulsan, South Korea, was found dead, police said on Monday."),
                 "Kang Hye-soon")
    assert (kang["title"], kang["affiliation"]) == ("mayor", "Ulsan")


def test_a_title_glossed_in_brackets_before_the_name(facts_of):
    f = facts_of("Green Party MP (Member of Parliament) Ruth Okafor said the bill would fail.")
    okafor = actor(f, "Ruth Okafor")
    assert (okafor["title"], okafor["affiliation"]) == ("MP", "Green Party")


def test_a_noun_opening_the_next_clause_is_no_title(facts_of):
    # "the bridge" parsed as the name's apposition
    f = facts_of("According to the ferry operator, Paul Brandt, the bridge was closed.")
    assert actor(f, "Paul Brandt").get("title") in (None, "ferry operator")


def test_a_title_set_off_before_a_name_the_parser_cut_off(facts_of):
    f = facts_of("According to Tarnby's first selectman, Ana Lind, there were six people aboard the boat.")
    assert actor(f, "Ana Lind")["title"] == "Tarnby's first selectman"
    f = facts_of("According to a spokesman, Paul Brandt, the bridge was closed.")
    assert actor(f, "Paul Brandt")["title"] == "spokesman"


def test_a_participle_of_working_after_a_name_names_the_body(facts_of):
    f = facts_of("Maria Ortiz, presiding over the Tarn Land Court, rejected the appeal on Monday.")
    assert actor(f, "Maria Ortiz")["affiliation"] == "Tarn Land Court"
    f = facts_of("Ana Lind, working for the Tarn Red Cross since 2001, said the camp was full.")
    assert actor(f, "Ana Lind")["affiliation"] == "Tarn Red Cross"


def test_a_document_s_participle_before_a_clause_opening_on_its_auxiliary(facts_of):
    # the parser reads the clause's subject as the participle's object and hangs the rest higher up
    f = facts_of("The minister released a statement confirming the talks would resume on Monday.")
    assert quotes(f) == [("indirect", "the talks would resume on Monday", "The minister")]
    f = facts_of("The city issued a statement announcing the road had been reopened by crews.")
    assert quotes(f) == [("indirect", "the road had been reopened by crews", "The city")]


def test_a_surname_that_is_a_word_acts_as_the_person(facts_of):
    # "Day" read as a common noun: the subject of the sentence before "She" is still Doris Day
    f = facts_of("Actor Doris Day died on Monday.\n\nDay had one child, record producer Terry Melcher, with her first "
                 "husband. She said the marriage had been unhappy.")
    assert quotes(f) == [("indirect", "the marriage had been unhappy", "Doris Day")]


def test_a_score_after_a_name_is_no_part_of_it(facts_of):
    # the model tags "Tom Keller 6-4" a person: the name is "Tom Keller", and "Keller" alone is him
    f = facts_of("Lea Hart won the title, beating home favourite Tom Keller 6-4, 3-6, 6-3 in the final.\n\nKeller "
                 "said he was proud.")
    assert quotes(f) == [("indirect", "he was proud", "Tom Keller")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_name_after_the_verb_parsed_into_the_relative_clause_after_it_speaks(facts_of, o, c):
    # the parser makes "Lorna Bacalso" the subject of "is among the missing", read as what she said
    f = facts_of(f"{o}My son called me at midnight. The boat was sinking and he was scared,{c} said Lorna Bacalso, "
                 f"45, whose older son, a deckhand, is among the missing.")
    assert quotes(f) == [("direct", "My son called me at midnight. The boat was sinking and he was scared,",
                          "Lorna Bacalso")]


@pytest.mark.parametrize("o,c", MARKS)
def test_added_to_a_thing_reports_nothing(facts_of, o, c):
    # "added to" a thing is no report of the findings: the quoted words are the trust's, in its statement
    f = facts_of(f"The Tarn Trust said in a statement that the findings added to {o}a growing body of evidence{c} that "
                 f"sleep matters.")
    assert ("direct", "a growing body of evidence", "Tarn Trust") in quotes(f)
    assert {speaker for _, _, speaker in quotes(f)} == {"Tarn Trust"}


@pytest.mark.parametrize("o,c", MARKS)
def test_a_that_clause_hung_on_the_meeting_before_is_the_report(facts_of, o, c):
    # the parser reads `that ...` as a relative clause of `meeting`: it is what the spokesman told
    f = facts_of(f"Spokesman Ivo Rusk told reporters after the weekly cabinet meeting that Norway remained opposed "
                 f"to the fishing deal {o}in its current form.{c}")
    (kind, text, speaker), direct = quotes(f)
    assert (kind, speaker) == ("indirect", "Ivo Rusk")
    assert text.startswith("Norway remained opposed to the fishing deal")
    assert direct == ("direct", "in its current form.", "Ivo Rusk")


@pytest.mark.parametrize("text,name,title", [
    ("Transportation Secretary Ivo Rusk said the bridge would reopen.", "Ivo Rusk", "Transportation Secretary"),
    ("Federal Energy Minister Ivo Rusk said prices would fall.", "Ivo Rusk", "Federal Energy Minister")])
def test_a_portfolio_before_a_title_is_part_of_it(facts_of, text, name, title):
    # the model tags the portfolio a body: it is no affiliation, and no actor
    f = facts_of(text)
    assert actor(f, name)["title"] == title
    assert actor(f, name).get("affiliation") is None
    assert [a["name"] for a in f["actors"]] == [name]


def test_a_body_named_before_owns_the_title_when_its_end_is_left_untagged(facts_of):
    # with a curly apostrophe the model tags nothing in "the Observatory’s director"
    f = facts_of("The Tarn Human Rights Observatory said it had 40 complaints.\n\nAna Lind, the Observatory’s "
                 "director, said the reports were serious.")
    assert actor(f, "Ana Lind")["affiliation"] == "Tarn Human Rights Observatory"
    assert actor(f, "Ana Lind")["title"] == "director"


def test_its_opening_a_sentence_is_the_body_the_sentence_before_was_about(facts_of):
    # the firm is named last, but the sentence before is about the agency
    f = facts_of("The Environment Agency said in written evidence that it had recorded 61 incidents linked to Kessler "
                 "Utilities in 2024. Its deputy director for water quality, Dr Priya Nand, told MPs the agency lacked "
                 "inspectors.")
    assert actor(f, "Priya Nand")["affiliation"] == "Environment Agency"


def test_a_plural_name_tagged_a_place_is_a_team(facts_of):
    # the model tags "the Carolina Ironhawks" a place, which became the mayor's affiliation
    f = facts_of("The council voted to fund a ballpark for the Carolina Ironhawks, handing Mayor Denise Ward a "
                 "victory.")
    assert actor(f, "Carolina Ironhawks")["type"] == "org"
    assert actor(f, "Denise Ward").get("affiliation") != "Carolina Ironhawks"
    f = facts_of("She flew to the Falkland Islands on Monday.")
    assert actor(f, "Falkland Islands")["type"] == "place"


def test_people_in_a_relative_clause_of_time_speak_not_the_event(facts_of):
    # parsed as "after the match said": the fans said it, not the match
    f = facts_of("Fans who waited outside Tarn Park after the match said the referee was wrong.")
    assert quotes(f) == [("indirect", "the referee was wrong", "Fans")]


def test_a_document_its_owns_is_the_body_s_before_it(facts_of):
    f = facts_of("Kessler Mining made a loss last year, according to its annual report.")
    assert quotes(f) == [("indirect", "Kessler Mining made a loss last year", "Kessler Mining")]


def test_the_first_of_two_surnames_finds_the_person(facts_of):
    # Spanish usage: "Urrutia" alone is Marcela Urrutia Vidal, tagged a body by the model
    f = facts_of("Opposition leader Marcela Urrutia Vidal spoke first.\n\nUrrutia, a lawyer, said the vote was "
                 "rigged.")
    assert quotes(f) == [("indirect", "the vote was rigged", "Marcela Urrutia Vidal")]
    assert [a["name"] for a in f["actors"] if a["type"] in ("person", "org")] == ["Marcela Urrutia Vidal"]


@pytest.mark.parametrize("text,name", [
    ("Judge Ines Marr KC said the attack was cruel.", "Ines Marr"),
    ("Pia Lund MP said the bill would fail.", "Pia Lund"),
    ("Dame Ann Vell OBE said the award was a surprise.", "Ann Vell")])
def test_letters_after_a_name_are_no_part_of_it(facts_of, text, name):
    # "KC" is tagged a body and parsed as the subject, with the name hung on it
    f = facts_of(text)
    assert [speaker for _, _, speaker in quotes(f)] == [name]
    assert [a["name"] for a in f["actors"] if a["type"] == "person"] == [name]


@pytest.mark.parametrize("sentence", ["Tennant, 52, was appointed in 2022.", "Tennant was appointed in 2022."])
def test_a_surname_that_is_a_word_with_an_age_or_in_a_passive_acts_as_the_person(facts_of, sentence):
    # "Tennant" read as a common noun, with an age set off after it or as a passive's subject: the "He" after it
    # is Gary Tennant, not the chairman who spoke last
    f = facts_of("The club sacked manager Gary Tennant on Monday.\n\nChairman Raymond Leggett said the decision was "
                 f"hard.\n\n{sentence} He insisted that he could turn things around.")
    assert quotes(f)[-1] == ("indirect", "he could turn things around", "Gary Tennant")


def test_words_in_quotation_marks_never_name_the_speaker_outside(facts_of):
    # the second part of the quotation parsed as the press release's apposition
    f = facts_of('"Kell was respected in every way", reads a Tarn Rowing Club press release, "a fierce talent and a '
                 'kind soul."')
    assert [speaker for _, _, speaker in quotes(f)] == ["Tarn Rowing Club"]


def test_an_acronym_read_as_a_pronoun_owns_the_document_it_names(facts_of):
    # "WHO" parsed as a relative pronoun, "report" as its verb
    f = facts_of("The World Health Organization met on Monday. According to the official WHO report yesterday, "
                 "there had been 30 confirmed cases in China.")
    assert quotes(f) == [("indirect", "there had been 30 confirmed cases in China", "World Health Organization")]


def test_a_body_owned_by_another_is_the_source(facts_of):
    # tagged as one body with its parent's possessive
    f = facts_of("The University of Tarn's Institute for Health Studies said the virus may cause 3,000 more deaths.")
    assert quotes(f) == [("indirect", "the virus may cause 3,000 more deaths", "Institute for Health Studies")]
    assert actor(f, "University of Tarn")["type"] == "org"
    # tagged as two, the parser making the parent the source
    f = facts_of("According to the University of Washington's Institute for Health Metrics and Evaluation, the "
                 "virus may cause 3,000 more deaths.")
    assert quotes(f) == [("indirect", "the virus may cause 3,000 more deaths",
                          "Institute for Health Metrics and Evaluation")]


def test_a_country_named_inside_a_quotation_is_spoken_of(facts_of):
    f = facts_of('President Ana Lind said, "Norway is our closest friend."')
    assert actor(f, "Ana Lind").get("affiliation") is None


def test_a_subject_pronoun_said_twice_in_a_sentence_is_one_person(facts_of):
    f = facts_of("For Martin Kell, it does not matter much. While he believes Nora Harris is not eligible, he says "
                 "court rulings have left the clause unenforceable.")
    assert quotes(f) == [("indirect", "court rulings have left the clause unenforceable", "Martin Kell")]


def test_they_in_a_clause_inside_the_sentence_is_its_plural_subject(facts_of):
    f = facts_of("The shops were reluctant to limit sales, according to a report from the Tarn Herald on Monday in "
                 "which they said they had no plans to do so.")
    assert ("indirect", "they had no plans to do so", "The shops") in quotes(f)


def test_according_to_set_off_after_and_vouches_for_what_follows(facts_of):
    f = facts_of("The group is the main armed force of the region, largely rural and, according to the ministry, "
                 "funded from abroad.")
    assert quotes(f) == [("indirect", "funded from abroad", "The ministry")]
    f = facts_of("The union is the largest in the country and, according to the minister, the most militant.")
    assert quotes(f) == [("indirect", "the most militant", "The minister")]


def test_a_common_noun_apposed_to_the_speaker_does_not_name_it(facts_of):
    f = facts_of("The minister, a former general, said the army was ready.")
    assert quotes(f) == [("indirect", "the army was ready", "The minister")]
    f = facts_of("The company, the largest employer in the town, said it would close the plant.")
    assert quotes(f) == [("indirect", "it would close the plant", "The company")]


def test_according_to_in_mid_sentence_keeps_a_short_subject(facts_of):
    f = facts_of("The plan, according to the minister, will cost more.")
    assert quotes(f) == [("indirect", "The plan ... will cost more", "The minister")]


def test_an_untagged_body_before_the_title_in_a_role_phrase(facts_of):
    berg = actor(facts_of("Olga Berg, a Tarn Party lawmaker, said the bill would pass."), "Olga Berg")
    assert (berg["title"], berg["affiliation"]) == ("lawmaker", "Tarn Party")
    berg = actor(facts_of("Tarn Rail Council's chairman, Olga Berg, said trains would run."), "Olga Berg")
    assert (berg["title"], berg["affiliation"]) == ("chairman", "Tarn Rail Council")


def test_a_body_of_two_places_is_one_body(facts_of):
    f = facts_of("The High Court of Tarnland and Westmark ruled that the law was void.")
    assert quotes(f) == [("indirect", "the law was void", "High Court of Tarnland and Westmark")]


def test_a_pronoun_after_an_unnamed_person_is_that_person(facts_of):
    f = facts_of('Nine men were jailed, prosecutor Tom Hale said.\n\nOne of the victims decided to speak out. She said '
                 'she wanted to show others "there is nothing to be ashamed of".')
    assert ("direct", "there is nothing to be ashamed of", "One of the victims") in quotes(f)
    f = facts_of("Police arrested Tom Hale on Monday. A neighbour saw the arrest. He said the police had been rough.")
    assert quotes(f) == [("indirect", "the police had been rough", "A neighbour")]


@pytest.mark.parametrize("noun", ["diplomat", "aide", "source", "lawmaker", "protester"])
def test_a_pronoun_after_an_unnamed_diplomat_or_aide_is_that_person(facts_of, noun):
    # the man named in the paragraph before is not "he"
    f = facts_of(f"Ivo Marr, a former minister, said the row would pass.\n\nA senior {noun}, who asked not to be "
                 f"named, said the talks had stalled. \"Nobody wants a war,\" he said.")
    assert quotes(f)[-1] == ("direct", "Nobody wants a war,", f"A senior {noun}")


def test_a_pronoun_after_its_own_report_is_the_unnamed_person_before(facts_of):
    # the report before "she said" names no one: she is the spokeswoman, not the farmer named before her
    f = facts_of("Farmer Tom Rusk, 71, said the river was dead.\n\nA spokeswoman for Tarn Water said the firm was "
                 "sorry. From May it would publish its spills online, she said.")
    assert quotes(f)[-1] == ("indirect", "From May it would publish its spills online",
                             "A spokeswoman for Tarn Water")


@pytest.mark.parametrize("o,c", MARKS)
def test_the_quotation_a_pronoun_attributes_holds_no_antecedent_for_it(facts_of, o, c):
    # "The officer" opens the quotation: the general's words, not the sentence before "he"
    f = facts_of(f"General Tom Lind said an officer had fired tear gas after an attack. {o}The officer acted within "
                 f"the rules. Nobody was hurt,{c} he told Radio Andina.")
    assert quotes(f)[-1] == ("direct", "The officer acted within the rules. Nobody was hurt,", "Tom Lind")


@pytest.mark.parametrize("o,c", MARKS)
def test_a_plural_subject_is_no_antecedent_for_he(facts_of, o, c):
    f = facts_of(f"Police chief Tom Lind arrived at noon.\n\nOfficers fired tear gas after an attack. {o}Nobody was "
                 f"hurt,{c} he said.")
    assert quotes(f) == [("direct", "Nobody was hurt,", "Tom Lind")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_pronoun_after_an_unnamed_spokeswoman_is_hers(facts_of, o, c):
    f = facts_of(f"Former striker Dan Kell said the board had waited too long.\n\nA spokeswoman for the supporters' "
                 f"trust said fans were grateful.\n\n{o}Nobody is dancing today,{c} she said.")
    assert quotes(f)[-1] == ("direct", "Nobody is dancing today,", "A spokeswoman for the supporters' trust")
    # named in apposition, the spokeswoman is the name
    f = facts_of(f"A police spokeswoman, Lena Varga, said officers were attacked. {o}We acted in time,{c} she said.")
    assert quotes(f)[-1] == ("direct", "We acted in time,", "Lena Varga")


@pytest.mark.parametrize("o,c", MARKS)
def test_a_pronoun_after_an_unnamed_person_described_again_is_that_person(facts_of, o, c):
    # "The nurse" is the nurse described before, not the patient named before her
    f = facts_of(f"Patient Ada Rusk, 58, said her session was cancelled.\n\nA nurse at Tarn Hospital said staff were "
                 f"writing by hand. The nurse asked not to be named because she was not authorised to speak. "
                 f"{o}It is like working in 1985,{c} she said.")
    assert quotes(f)[-1] == ("direct", "It is like working in 1985,", "A nurse at Tarn Hospital")


def test_the_clause_a_document_s_noun_holds_is_its_issuer_s_report(facts_of):
    f = facts_of("The ministry issued a statement that the border would stay closed.")
    assert quotes(f) == [("indirect", "the border would stay closed", "The ministry")]
    f = facts_of("The palace issued a statement to the effect the king considered the plan unwise.")
    assert quotes(f) == [("indirect", "the king considered the plan unwise", "The palace")]
    assert quotes(facts_of("The report that was published on Monday was long.")) == []


def test_according_to_inside_a_clause_of_contrast_vouches_for_that_clause(facts_of):
    f = facts_of("While just 5% of voters trust the council according to a 2018 poll, local officials said "
                 "turnout would rise.")
    assert quotes(f) == [("indirect", "just 5% of voters trust the council", "A 2018 poll"),
                         ("indirect", "turnout would rise", "Local officials")]
    f = facts_of("Although few species survive there according to a 2009 survey, the rangers said the lake was "
                 "recovering.")
    assert quotes(f) == [("indirect", "few species survive there", "A 2009 survey"),
                         ("indirect", "the lake was recovering", "The rangers")]


def test_a_described_name_after_an_opening_phrase_is_the_speaker(facts_of):
    f = facts_of("On Facebook, Mara Velde, UK football reporter from the Herald, said the team was on its way to "
                 "a game.")
    assert quotes(f) == [("indirect", "the team was on its way to a game", "Mara Velde")]


def test_a_relative_clause_gives_a_titled_name_its_body(facts_of):
    petrov = actor(facts_of("According to Professor Ivan Petrov, who is head of the department of surgery of Kell "
                            "Medical University, students lack practice."), "Ivan Petrov")
    assert (petrov["title"], petrov["affiliation"]) == ("Professor", "Kell Medical University")


@pytest.mark.parametrize("text, report", [
    ("The mayor said the bridge was paid for with a loan, so it is not a burden on the city budget.",
     "the bridge was paid for with a loan, so it is not a burden on the city budget"),
    ("Lena Marsh said she was keen on surgery from the start, but in her home town there are no suitable "
     "hospitals.", "she was keen on surgery from the start, but in her home town there are no suitable hospitals"),
    ("Olaf Berg said the line will open in May, and passengers would be able to buy tickets online.",
     "the line will open in May, and passengers would be able to buy tickets online"),
    # what the speaker did, told by the writer, is no part of the report
    ("The minister said the plan was fair, but she voted against it.", "the plan was fair"),
])
def test_a_report_goes_on_after_a_comma_and_a_conjunction(facts_of, text, report):
    assert [q[1] for q in quotes(facts_of(text))] == [report]


@pytest.mark.parametrize("text, expected", [
    ("Per the new decree signed by the archbishop, priests in the diocese are expected to report abuse to the "
     "bishop.", [("indirect", "priests in the diocese are expected to report abuse to the bishop", "The archbishop")]),
    ("The bridge will reopen in May, per the transport ministry.",
     [("indirect", "The bridge will reopen in May", "The transport ministry")]),
    ("Per figures released by the Tarn Statistics Office, 415 thousand workers are covered by the scheme.",
     [("indirect", "415 thousand workers are covered by the scheme", "Tarn Statistics Office")]),
    # in keeping with a request, and a rate: nobody is cited
    ("Per the request of the mayor, the council closed the park.", []),
    ("Tickets cost $5 per hour, the council said.", [("indirect", "Tickets cost $5 per hour", "The council")]),
])
def test_per_set_off_before_a_source_is_according_to(facts_of, text, expected):
    assert quotes(facts_of(text)) == expected


@pytest.mark.parametrize("text, report", [
    ("Radio Kemi reported three schools in Arlo City and Tarn Academy in Kemi City were damaged following "
     "aftershocks.", "three schools in Arlo City and Tarn Academy in Kemi City were damaged following aftershocks"),
    ("The broadcaster reported five markets in Arlo City and Tarn Market in Kemi City were flooded following the "
     "rains.", "five markets in Arlo City and Tarn Market in Kemi City were flooded following the rains"),
])
def test_a_passive_clause_opens_on_its_subject_parsed_as_the_object(facts_of, text, report):
    assert [q[1] for q in quotes(facts_of(text))] == [report]


def test_a_quoted_name_in_the_source_leaves_a_plain_report(facts_of):
    f = facts_of('According to the charity "Bread for All", demand for food parcels doubled last year.')
    assert quotes(f) == [("indirect", "demand for food parcels doubled last year", "Bread for All")]


def test_one_of_a_body_s_group_stands_for_the_body(facts_of):
    f = facts_of('According to data collected by one of the Tarn Weather Service\'s "Storm Chasers", the storm had '
                 'winds of 75 miles per hour and was moving north.')
    assert quotes(f) == [("indirect", "the storm had winds of 75 miles per hour and was moving north",
                          "Tarn Weather Service")]


@pytest.mark.parametrize("text, expected", [
    ("The company, which employs 3,000 people, said that profits fell.", [("indirect", "profits fell", "The company")]),
    ("The board said Lind resigned.", [("indirect", "Lind resigned", "The board")]),
    ("Police said it would.", []),  # an elided clause reports nothing
])
def test_a_noun_and_its_tensed_verb_are_a_whole_report(facts_of, text, expected):
    assert quotes(facts_of(text)) == expected


def test_an_age_description_parsed_as_a_modifier_of_the_verb_is_the_speaker(facts_of):
    f = facts_of('Maria Garcia, 54, left the court on Monday.\n\n"I am not going anywhere," the 54-year-old said.')
    assert quotes(f) == [("direct", "I am not going anywhere,", "Maria Garcia")]


def test_a_speechless_subject_under_an_aside_reports_nothing_of_its_own(facts_of):
    f = facts_of("The findings, the researchers wrote, suggest the virus spread earlier.")
    assert quotes(f) == [("indirect", "The findings ... suggest the virus spread earlier", "The researchers")]


@pytest.mark.parametrize("text, role", [
    ("Maria Garcia, professor of law at Harvard University, said the ruling was flawed.",
     ("professor of law", "Harvard University")),
    ("Maria Garcia, a professor of art at Kemi University, said the ruling was flawed.",
     ("professor of art", "Kemi University")),
])
def test_a_short_common_noun_in_a_title_is_no_foreign_word(facts_of, text, role):
    garcia = actor(facts_of(text), "Maria Garcia")
    assert (garcia["title"], garcia["affiliation"]) == role


def test_an_untagged_name_after_a_person_s_of_is_the_body(facts_of):
    garcia = actor(facts_of("Maria Garcia of Human Rights Watch said the arrests were illegal."), "Maria Garcia")
    assert garcia["affiliation"] == "Human Rights Watch"
    assert actor(facts_of("Maria Garcia of Kemi said the road was closed."), "Maria Garcia").get("affiliation") is None


@pytest.mark.parametrize("pronoun, speaker", [("He", "Paul Brandt"), ("She", "Maria Garcia")])
def test_a_given_name_tells_which_person_a_pronoun_stands_for(facts_of, pronoun, speaker):
    f = facts_of(f"Maria Garcia met Paul Brandt on Monday. {pronoun} said the talks went well.")
    assert quotes(f) == [("indirect", "the talks went well", speaker)]


@pytest.mark.parametrize("text, expected", [
    ("The ministry issued a statement on Monday. It said the border would stay closed.",
     [("indirect", "the border would stay closed", "The ministry")]),
    ("The company published its results on Monday. It said profits had doubled.",
     [("indirect", "profits had doubled", "The company")]),
    # a storm is no body: nobody is named
    ("The storm hit the coast on Monday. It said the roads were closed.",
     [("indirect", "the roads were closed", None)]),
    # across a paragraph break
    ("The ministry issued a statement on Monday.\n\nIt said the border would stay closed.",
     [("indirect", "the border would stay closed", "The ministry")]),
])
def test_it_is_the_unnamed_body_the_sentence_before_is_about(facts_of, text, expected):
    assert quotes(facts_of(text)) == expected


def test_a_body_with_a_name_apposed_after_it_holds_no_name(facts_of):
    f = facts_of("The head of the Tarn Red Cross, Maria Garcia, said aid had arrived.")
    assert [a["name"] for a in f["actors"] if a["type"] == "person"] == ["Maria Garcia"]
    assert actor(f, "Maria Garcia")["affiliation"] == "Tarn Red Cross"


def test_an_aside_attribution_parsed_as_the_root(facts_of):
    f = facts_of("Many of the towns in Kemi, the report pointed out, have no doctor.")
    assert quotes(f) == [("indirect", "Many of the towns in Kemi ... have no doctor", "The report")]


def test_per_figures_reported_by_a_body_cites_the_body(facts_of):
    f = facts_of("Per numbers reported by the Tarn Press Agency, 415 thousand workers are covered by the scheme.")
    assert quotes(f) == [("indirect", "415 thousand workers are covered by the scheme", "Tarn Press Agency")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_quoted_term_before_its_verb_opens_the_report(facts_of, o, c):
    f = facts_of(f"Moreover, Lind says the phrase {o}subject to{c} referred primarily to children born abroad.")
    report = f"the phrase {o}subject to{c} referred primarily to children born abroad"
    assert quotes(f) == [("indirect", report, "Lind")]


def test_an_and_clause_after_a_partial_quotation_is_a_report_of_its_own(facts_of):
    f = facts_of('The spokesman, Paul Brandt, said it is possible "that this airline carries out transports that '
                 'affect our security," and the ban followed talks within Europe and with the US.')
    got = quotes(f)
    assert ("indirect", "the ban followed talks within Europe and with the US", "Paul Brandt") in got
    assert ("direct", "that this airline carries out transports that affect our security,", "Paul Brandt") in got


@pytest.mark.parametrize("o,c", MARKS)
def test_a_speech_verb_read_as_the_title_s_adjective_is_the_cue(facts_of, o, c):
    f = facts_of(f"{o}This is a dark day,{c} tweeted opposition leader Maria Garcia.")
    assert quotes(f) == [("direct", "This is a dark day,", "Maria Garcia")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_speech_verb_under_a_modal_in_a_report_foretells_no_words(facts_of, o, c):
    f = facts_of(f"Tarn government spokesman Ivo Rant told reporters Norland would respond {o}in due course{c}.")
    assert ("direct", "in due course", "Ivo Rant") in quotes(f)
    assert all(speaker == "Ivo Rant" for _, _, speaker in quotes(f))


@pytest.mark.parametrize("text, expected", [
    ("The mayor said that talks continued.", [("indirect", "talks continued", "The mayor")]),
    ("The mayor said that inquiries were continuing.", [("indirect", "inquiries were continuing", "The mayor")]),
])
def test_a_verb_that_can_report_with_a_speechless_subject_is_what_is_said(facts_of, text, expected):
    assert quotes(facts_of(text)) == expected


def test_a_known_surname_tagged_as_a_word_is_still_the_person(facts_of):
    f = facts_of("Senator Maria Lopez opposes the bill.\n\nLopez, a Democrat from New Mexico, said she would vote "
                 "against it.")
    assert quotes(f) == [("indirect", "she would vote against it", "Maria Lopez")]


def test_ranks_abbreviated_without_a_full_stop_are_titles(facts_of):
    f = facts_of("Det Sgt Mark Jones said the attack was unprovoked.")
    assert quotes(f) == [("indirect", "the attack was unprovoked", "Mark Jones")]
    assert actor(f, "Mark Jones")["title"] == "Det Sgt"


@pytest.mark.parametrize("verb", ["countered", "retorted", "lamented", "concurred", "protested", "mused",
                                  "boasted", "theorised", "surmised", "posited"])
def test_verbs_that_report_with_a_content_clause(facts_of, verb):
    f = facts_of(f"Defence lawyer Ben Cole {verb} that the evidence was weak.")
    assert quotes(f) == [("indirect", "the evidence was weak", "Ben Cole")]


@pytest.mark.parametrize("text", ["Thousands protested the decision outside parliament.",
                                  "The army countered the attack within hours.",
                                  "Officials would not divulge the figures."])
def test_the_same_verbs_with_a_thing_report_nothing(facts_of, text):
    assert quotes(facts_of(text)) == []


def test_a_body_s_name_set_off_before_the_verb_is_the_speaker(facts_of):
    f = facts_of("The UN refugee agency, UNHCR, said more than 10,000 people had fled.")
    assert quotes(f) == [("indirect", "more than 10,000 people had fled", "UNHCR")]


@pytest.mark.parametrize("o,c", MARKS)
def test_one_word_owning_a_person_s_full_name_is_their_body(facts_of, o, c):
    f = facts_of(f"{o}It is a step backwards,{c} said Greenpeace's Ana Lind.")
    assert persons(f) == ["Ana Lind"]
    assert actor(f, "Ana Lind").get("affiliation") == "Greenpeace"


@pytest.mark.parametrize("text, role", [
    ("Human Rights Watch's Ana Lind said it was a step backwards.", (None, "Human Rights Watch")),
    ("Human Rights Watch's Asia director Ana Lind said it was a step backwards.", ("Asia director",
                                                                                  "Human Rights Watch")),
])
def test_an_untagged_owner_before_a_name_is_the_body(facts_of, text, role):
    lind = actor(facts_of(text), "Ana Lind")
    assert (lind.get("title"), lind.get("affiliation")) == role


def test_the_owner_of_a_relation_is_no_body(facts_of):
    f = facts_of("Singer Doris Day had one child.\n\nDay's son, Terry Melcher, died in 2004.")
    assert actor(f, "Terry Melcher").get("affiliation") is None


@pytest.mark.parametrize("text, name", [
    ("Tarn coach Joris ten Brink said the team was tired.", "Joris ten Brink"),
    ("Dutch Finance Minister Kees van der Wal said the budget would balance.", "Kees van der Wal"),
])
def test_a_name_runs_on_across_the_particles_of_its_surname(facts_of, text, name):
    f = facts_of(text)
    assert persons(f) == [name]
    assert [speaker for _, _, speaker in quotes(f)] == [name]


@pytest.mark.parametrize("text, first", [
    ("Mira Tov, a nurse, and her brother, Eli, were rescued on Sunday.", ("Mira Tov", "nurse")),
    ("Kofi Mensah, a farmer, and his wife, Ama, lost their crops.", ("Kofi Mensah", "farmer")),
])
def test_an_apposed_title_ends_at_a_comma_and_a_conjunction(facts_of, text, first):
    f = facts_of(text)
    assert actor(f, first[0])["title"] == first[1]


@pytest.mark.parametrize("text, first, relative", [
    ("Mira Tov, a nurse, and her brother, Eli, were rescued on Sunday.", "Mira Tov", "Eli"),
    ("Kofi Mensah, a farmer, and his wife, Ama, lost their crops.", "Kofi Mensah", "Ama"),
])
def test_a_name_apposed_to_a_relative_is_a_person(facts_of, text, first, relative):
    assert persons(facts_of(text)) == sorted([first, relative])


def test_a_person_s_possessive_in_an_apposed_title_owns_it(facts_of):
    f = facts_of("Ana Lind, Governor Tom Hale's chief of staff, said the roads would stay closed.")
    lind = actor(f, "Ana Lind")
    assert (lind["title"], lind["affiliation"]) == ("chief of staff", "Tom Hale")


@pytest.mark.parametrize("text, role", [
    ("A fire at a hotel in Kemi killed 17 people.\n\nAna Lind, the city's home minister, said the building was "
     "illegal.", ("home minister", "Kemi")),
    ("Flooding hit the state of Kerala.\n\nThe state's chief minister, Ana Lind, said relief was on the way.",
     ("chief minister", "Kerala")),
    ("Protests spread across Norway.\n\nAna Lind, the country's trade minister, said the deal was close.",
     ("trade minister", "Norway")),
    ("Protests spread across Norway.\n\nSig Lind, the country's trade minister, said the deal was close.",
     ("trade minister", "Norway")),  # a given name no list knows, the name untagged
])
def test_a_place_word_owning_a_title_is_the_place_named_before(facts_of, text, role):
    f = facts_of(text)
    lind = actor(f, "Ana Lind") or actor(f, "Sig Lind")
    assert (lind["title"], lind["affiliation"]) == role


@pytest.mark.parametrize("text, role", [
    ("Officials in the Swiss canton of Valais closed the road.\n\n\"The slope is moving,\" the canton's chief "
     "geologist, Ana Lind, told reporters.", ("chief geologist", "Valais")),
    ("Police in the Indian state of Goa closed the beaches.\n\nThe state's chief engineer, Ana Lind, said the "
     "sea wall had held.", ("chief engineer", "Goa")),
])
def test_a_place_named_with_the_word_owning_a_title_is_its_place(facts_of, text, role):
    """`the canton of Valais ... the canton's`: the name after the same word and `of`, however it was tagged."""
    lind = actor(facts_of(text), "Ana Lind")
    assert (lind["title"], lind.get("affiliation")) == role


def test_a_place_and_title_the_model_tagged_with_the_name_are_not_the_name(facts_of):
    """`Chihuahua Governor` tagged as a person beside the name: the place is where the title is held."""
    f = facts_of("Chihuahua Governor Tomas Vela told reporters on Friday that he had asked federal authorities for "
                 "help.")
    assert persons(f) == ["Tomas Vela"]
    vela = actor(f, "Tomas Vela")
    assert (vela["title"], vela.get("affiliation")) == ("Governor", "Chihuahua")


@pytest.mark.parametrize("text, who, role", [
    # the title set off before the name, the parser making the name its apposition's head
    ("The International Chamber of River Carriers said the fees were too high.\n\n\"The question is when, not "
     "whether,\" the chamber's secretary-general, Hendrik de Boer, wrote on LinkedIn.", "Hendrik de Boer",
     ("secretary-general", "International Chamber of River Carriers")),
    ("The International Chamber of River Carriers said the fees were too high.\n\n" + FAR_BACK + "\n\n\"The "
     "question is when, not whether,\" the chamber's secretary-general, Hendrik de Boer, wrote on LinkedIn.",
     "Hendrik de Boer", ("secretary-general", "International Chamber of River Carriers")),
    # described, not named, with the word that owns the title
    ("Verdal, an Oslo-based campaign group, said the fund had acted too late.\n\n\"Why did it take so long?\" "
     "said Ingrid Moe, the group's campaign director.", "Ingrid Moe", ("campaign director", "Verdal")),
    ("The campaign group, Skogvern Watch, said the permits were unlawful.\n\n\"They knew,\" said Ole Brekke, the "
     "group's legal director, at a news conference.", "Ole Brekke", ("legal director", "Skogvern Watch")),
    # `the company's`, the firm named once, last, just before
    ("The leak was found on Thursday, according to Baltic Gas Pipelines, the joint venture that runs the line.\n\n"
     "\"The situation is under control,\" the company's vice-president for operations, Marat Seitkali, told "
     "reporters at the site.", "Marat Seitkali", ("vice-president for operations", "Baltic Gas Pipelines")),
    ("The spill was reported on Monday by Nordic Chemical Industries, which owns the plant.\n\n\"We regret the "
     "harm,\" the company's chief executive, Lars Holm, said in a statement.", "Lars Holm",
     ("chief executive", "Nordic Chemical Industries")),
])
def test_a_body_s_word_owning_a_title_is_the_body(facts_of, text, who, role):
    person = actor(facts_of(text), who)
    assert (person["title"], person.get("affiliation")) == role


def test_a_judge_is_of_the_court_named_before(facts_of):
    f = facts_of("The banker was tried at the Tarn High Court on Monday. He was sentenced by Judge Ana Lind to two "
                 "years in prison.")
    assert actor(f, "Ana Lind")["affiliation"] == "Tarn High Court"


def test_an_untagged_name_after_a_lower_case_title_is_a_person(facts_of):
    f = facts_of("The inquiry, chaired by retired judge Ana Ruiz, found that the police had failed.")
    assert persons(f) == ["Ana Ruiz"]
    assert actor(f, "Ana Ruiz")["title"] == "retired judge"


@pytest.mark.parametrize("text, speaker", [
    ('Kenyan runner Mary Wambui won gold on Monday. "I can\'t believe it," the Kenyan said.', "Mary Wambui"),
    ('Tom Hale, a Republican, won the seat.\n\n"This is your victory," the Republican told supporters.', "Tom Hale"),
])
def test_the_nationality_or_party_the_article_gave_names_the_person(facts_of, text, speaker):
    assert [s for _, _, s in quotes(facts_of(text))] == [speaker]


@pytest.mark.parametrize("text, report", [
    ("According to the survey, published on Monday, 40% of voters back the plan.", "40% of voters back the plan"),
    ("According to the audit, released on Friday, the council overspent by $2 million.",
     "the council overspent by $2 million"),
])
def test_a_participle_aside_after_the_source_is_no_part_of_the_report(facts_of, text, report):
    assert [r for _, r, _ in quotes(facts_of(text))] == [report]


def test_a_citing_participle_ends_the_report(facts_of):
    f = facts_of("The airline said flights would resume on Monday, citing improved weather.")
    assert quotes(f) == [("indirect", "flights would resume on Monday", "The airline")]


@pytest.mark.parametrize("text, name", [
    ("He bought a ticket back to Bangalore.", "Bangalore"),
    ("Ana Lind moved to Tarnby in 1990.", "Tarnby"),
])
def test_a_name_gone_to_is_a_place(facts_of, text, name):
    f = facts_of(text)
    assert actor(f, name)["type"] == "place"


def test_a_short_name_listed_with_a_body_after_from_is_a_body(facts_of):
    f = facts_of("Scientists from the University of Bristol and UC Davis say zebras may have gotten their stripes "
                 "to confuse insects.")
    assert persons(f) == [] and actor(f, "UC Davis")["type"] == "org"


def test_a_name_listed_after_a_place_under_a_preposition_of_place_is_a_place(facts_of):
    f = facts_of("Protesters marched through Causeway Bay, Wan Chai and Tin Hau on Sunday.")
    assert persons(f) == []


def test_a_place_before_a_title_apposed_to_a_name_is_the_affiliation(facts_of):
    f = facts_of("The match was hard, according to Kemi assistant coach Ben Radmall.")
    radmall = actor(f, "Ben Radmall")
    assert (radmall["title"], radmall["affiliation"]) == ("assistant coach", "Kemi")


def test_a_paragraph_naming_the_interviewee_between_turns_is_narrative(facts_of):
    f = facts_of("((WN))  How was your childhood?\n\n((Mira Tov))  I was always saying what I was thinking.\n\n"
                 "Having won many tournaments, Mira Tov decided not to play for the federation.\n\n"
                 "((WN))  Why?\n\n((Mira Tov))  It was not a good fit.")
    assert quotes(f) == [("direct", "I was always saying what I was thinking.", "Mira Tov"),
                         ("direct", "It was not a good fit.", "Mira Tov")]


def test_an_answer_going_on_where_the_interviewee_names_themselves_is_still_theirs(facts_of):
    f = facts_of("((WN))  Why that name?\n\n((Mira Tov))  It was my grandmother's.\n\n"
                 "So I chose a name that represented me, Mira Tov, and my family.\n\n((WN))  Thank you.")
    assert quotes(f) == [("direct", "It was my grandmother's.", "Mira Tov"),
                         ("direct", "So I chose a name that represented me, Mira Tov, and my family.", "Mira Tov")]


def test_a_who_clause_parsed_as_a_content_clause_is_the_source_s_report(facts_of):
    f = facts_of("Kemi was rarely hit by storms according to NHK who reported that over the last century, only 9 "
                 "storms reached within 50 miles of the coast.")
    assert ("indirect", "over the last century, only 9 storms reached within 50 miles of the coast", "NHK") in quotes(f)


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("before", ["Arlo picked up two yellow cards, leaving coach Tom Hale unimpressed.",
                                    "The two yellow cards left coach Tom Hale unimpressed.",
                                    "Arlo conceded two penalties, leaving Tom Hale unimpressed.",
                                    "Coach Tom Hale was furious."])
def test_a_quotation_after_a_sentence_telling_how_someone_felt_is_theirs(facts_of, o, c, before):
    f = facts_of(f"{before} {o}One of them was questionable.{c}")
    assert quotes(f) == [("direct", "One of them was questionable.", "Tom Hale")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_reply_described_before_a_colon_is_its_owner_s(facts_of, o, c):
    f = facts_of(f"Senator Mira Tov was asked about the plan. Tov's response was swift: {o}This is nonsense.{c}")
    assert quotes(f) == [("direct", "This is nonsense.", "Mira Tov")]


@pytest.mark.parametrize("text, role", [
    ("Mira Tov, a former Norwegian ambassador to China, said the talks would fail.",
     ("former ambassador to China", "Norway")),
    ("Mira Tov, the US envoy to Sudan, said the talks would fail.", ("envoy to Sudan", "United States")),
])
def test_where_an_apposed_title_is_posted_is_no_affiliation(facts_of, text, role):
    tov = actor(facts_of(text), "Mira Tov")
    assert (tov["title"], tov["affiliation"]) == role


def test_a_participle_clause_after_find_is_what_was_found(facts_of):
    f = facts_of("Police Chief Rosa Lind said officers found the suspect hiding in a shed.")
    assert quotes(f) == [("indirect", "officers found the suspect hiding in a shed", "Rosa Lind")]


def test_a_participle_on_the_subject_of_a_reported_clause_keeps_the_clause(facts_of):
    f = facts_of("The survey found drivers using phones at the wheel were three times likelier to crash.")
    assert quotes(f) == [("indirect", "drivers using phones at the wheel were three times likelier to crash",
                          "The survey")]


def test_the_time_of_the_saying_is_not_what_was_said(facts_of):
    f = facts_of("The retailer Brannock said on Tuesday it would close twelve stores.")
    assert [t for _, t, _ in quotes(f)] == ["it would close twelve stores"]


def test_an_untagged_name_opening_on_a_given_name_is_a_person(facts_of):
    f = facts_of('Ana Ruiz and her husband lost their farm in the flood. "We have nothing left," she said.')
    assert quotes(f) == [("direct", "We have nothing left,", "Ana Ruiz")]


@pytest.mark.parametrize("kind", ["tech giant", "carmaker", "chipmaker", "lending platform", "competition watchdog"])
def test_a_name_after_a_word_for_a_business_is_the_business(facts_of, kind):
    f = facts_of(f"The {kind} Varnessa said it would appeal the fine.")
    assert {a["name"]: a["type"] for a in f["actors"]}.get("Varnessa") == "org"


def test_a_speaking_name_tagged_as_a_work_is_a_person(facts_of):
    f = facts_of('"We have to look at ourselves," Ange Postecoglou added.')
    assert quotes(f) == [("direct", "We have to look at ourselves,", "Ange Postecoglou")]
    assert actor(f, "Ange Postecoglou")["type"] == "person"


@pytest.mark.parametrize("text,body", [
    ("Dr Ivo Rant, who heads the cardiology unit at Tarnfield General Hospital, said the lists were growing.",
     "Tarnfield General Hospital"),
    ("Maria Holt, who leads the research team of the Tarn Institute, said the results were clear.", "Tarn Institute"),
    ("Rachel Ng, who heads the insect conservation programme at the Greenwood Trust, a charity, said the bees were "
     "at risk.", "Greenwood Trust"),
    ("\"The lava is behaving as we expected,\" said Eva Stein, who coordinates natural hazards at the Tarn Weather "
     "Office.", "Tarn Weather Office"),
    ("Piet Maas, who oversees the vaccine programme at the Kemi Institute, said doses were late.", "Kemi Institute")])
def test_the_body_whose_part_a_person_heads_is_their_affiliation(facts_of, text, body):
    f = facts_of(text)
    [person] = [a for a in f["actors"] if a["type"] == "person"]
    assert person["affiliation"] == body


def test_a_title_word_that_is_a_given_name_before_a_surname_alone_is_the_name(facts_of):
    f = facts_of("The driver's son, Dean Castell, said the family was shocked.\n\n"
                 "Dean Ana Lopez of the medical school said classes would resume.")
    assert [s for _, _, s in quotes(f)] == ["Dean Castell", "Ana Lopez"]
    assert actor(f, "Ana Lopez")["title"] == "Dean"


def test_an_occupation_before_a_name_is_a_title_that_names_them_later(facts_of):
    f = facts_of('Actress Mia Lorne will appear in the final season of the series. The actress recalled her first '
                 'role, calling it "a lucky break."')
    assert quotes(f) == [("direct", "a lucky break.", "Mia Lorne")]
    assert actor(f, "Mia Lorne")["title"] == "Actress"


def test_names_set_off_after_a_plural_title_each_hold_it(facts_of):
    f = facts_of("Two Democratic Representatives, Ada Holt and Ben Ode, opposed both articles of the bill.")
    assert [(a["name"], a.get("title")) for a in f["actors"] if a["type"] == "person"] == [
        ("Ada Holt", "Democratic Representative"), ("Ben Ode", "Democratic Representative")]


@pytest.mark.parametrize("text,role", [
    ("The Kemi Farmers' Union organised the march on Friday. Its president, Anton Kessler, said the police had "
     "provoked the crowd.", ("president", "Kemi Farmers' Union")),
    ('In Chile, environmental group Rio Vivo called the ruling "a warning".\n\nThe group\'s director, Paula '
     'Antileo, said the law had to change.', ("director", "Rio Vivo")),
    ("The Kemi Geophysical Institute recorded 120 aftershocks. Its director, the seismologist Carmen Ugarte, urged "
     "residents not to return.", ("seismologist", "Kemi Geophysical Institute")),
    ("The Kemi Unity Party won the vote in Tarn. The ruling party's general secretary, Ola Brandt, said the "
     "count was fair.", ("general secretary", "Kemi Unity Party"))])
def test_its_or_a_word_for_a_body_owning_a_title_is_the_body_named_before(facts_of, text, role):
    f = facts_of(text)
    [person] = [a for a in f["actors"] if a["type"] == "person"]
    assert (person["title"], person["affiliation"]) == role


@pytest.mark.parametrize("o,c", MARKS)
def test_a_quote_split_by_a_long_attribution_sentence_is_one_quote(facts_of, o, c):
    f = facts_of(f"{o}Nobody said it out loud, but it was there,{c} said City captain Rosa Delgado, whose side lost "
                 f"in the semi-final at the same ground a year ago. {o}Now we finish the job.{c}")
    assert quotes(f) == [("direct", "Nobody said it out loud, but it was there, ... Now we finish the job.",
                          "Rosa Delgado")]


def test_a_quotation_before_the_pronoun_of_an_unnamed_speaker_names_no_one(facts_of):
    f = facts_of("Dr Kerri Dube said cases were rising.\n\n"
                 "A nurse at the clinic, who asked not to be named, said staff were exhausted. "
                 '"We have had children on oxygen every night," she said.')
    assert [s for _, _, s in quotes(f)] == ["Kerri Dube", "A nurse", "A nurse"]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_pronoun_after_the_title_of_a_named_person_is_that_person(facts_of, o, c):
    f = facts_of("Chief executive Annika Rowe took over in 2021. Jeroen Vastenhouw, whose fund owns 4 percent, "
                 "said the board should act.\n\n"
                 f"The chief executive brushed aside the suggestions. {o}Yes. Fully,{c} she said.")
    assert quotes(f)[-1] == ("direct", "Yes. Fully,", "Annika Rowe")


def test_the_relative_clause_of_a_named_person_s_description_is_theirs(facts_of):
    f = facts_of("Marta Kovac, 34, a nurse who said her rent had risen by 40 per cent in two years, brought her "
                 "children to watch the vote.")
    assert quotes(f) == [("indirect", "her rent had risen by 40 per cent in two years", "Marta Kovac")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_titled_name_is_a_person_whatever_body_word_follows(facts_of, o, c):
    # the parser hangs "charity" on the name, not on the centre
    f = facts_of(f"Minister Tom Dunne welcomed the ruling.\n\nNiamh Rees, director of the Tarn Law Centre, an "
                 f"independent charity, said the ruling would matter.\n\n{o}Others will read it closely,{c} she said.")
    rees = next(a for a in f["actors"] if a["name"] == "Niamh Rees")
    assert (rees["type"], rees.get("affiliation")) == ("person", "Tarn Law Centre")
    assert quotes(f)[-1] == ("direct", "Others will read it closely,", "Niamh Rees")


def test_who_after_the_place_ending_a_description_is_the_person(facts_of):
    # the parser hangs "who" on the town
    f = facts_of("Among the speakers was Priya Ram, a nurse from Malvern, who said she spends three hours a day "
                 "commuting.")
    assert quotes(f) == [("indirect", "she spends three hours a day commuting", "Priya Ram")]


def test_who_after_the_place_ending_a_participle_phrase_is_the_person(facts_of):
    # the parser hangs "who" on the country the driver was taking fruit to
    f = facts_of("Among those caught in the tailback was Ivo Rant, a lorry driver taking fruit from Spain to Germany, "
                 "who said he had been stuck near the exit for five hours.")
    assert quotes(f) == [("indirect", "he had been stuck near the exit for five hours", "Ivo Rant")]


def test_one_of_a_group_named_after_it_is_the_named_person(facts_of):
    # the description after the name stretches the `of` phrase; the name apposed to the group is who speaks
    f = facts_of("One of the tenants, Ivo Rant, a 61-year-old retired bus driver from the east of the city, said he "
                 "had cried when his lawyer called.")
    assert quotes(f) == [("indirect", "he had cried when his lawyer called", "Ivo Rant")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_name_after_the_verb_made_the_passive_subject_of_a_whose_clause_speaks(facts_of, o, c):
    # the parser hangs the relative clause on `said`, with the cook's name as its passive subject: she speaks
    f = facts_of(f"{o}The fans keep failing, the babies cannot sleep. We pour water on the floor and sit by the door "
                 f"all night,{c} said Mira Shah, 47, a school cook in Korangi Town whose 80-year-old father was "
                 f"admitted to hospital on Monday.")
    assert quotes(f) == [("direct", "The fans keep failing, the babies cannot sleep. We pour water on the floor and "
                                    "sit by the door all night,", "Mira Shah")]


# `"We wait," said Ivo Rant, a guard in Tarn whose mother was admitted.` as the parser reads such a sentence at times:
# the relative clause hung on `said` as its content, the name `said`'s own subject. (word, space after, head, dep,
# coarse and fine part of speech, lemma, entity)
_WHOSE_READ_AS_CONTENT = [
    ("\u201c", 0, 2, "punct", "PUNCT", "``", "\u201c", "O"), ("We", 1, 2, "nsubj", "PRON", "PRP", "we", "O"),
    ("wait", 0, 5, "ccomp", "VERB", "VBP", "wait", "O"), (",", 0, 2, "punct", "PUNCT", ",", ",", "O"),
    ("\u201d", 1, 5, "punct", "PUNCT", "''", "\u201d", "O"), ("said", 1, 5, "ROOT", "VERB", "VBD", "say", "O"),
    ("Ivo", 1, 7, "compound", "PROPN", "NNP", "Ivo", "B-PERSON"),
    ("Rant", 0, 5, "nsubj", "PROPN", "NNP", "Rant", "I-PERSON"),
    (",", 1, 7, "punct", "PUNCT", ",", ",", "O"), ("a", 1, 10, "det", "DET", "DT", "a", "O"),
    ("guard", 1, 7, "appos", "NOUN", "NN", "guard", "O"), ("in", 1, 10, "prep", "ADP", "IN", "in", "O"),
    ("Tarn", 1, 11, "pobj", "PROPN", "NNP", "Tarn", "B-GPE"), ("whose", 1, 14, "poss", "DET", "WP$", "whose", "O"),
    ("mother", 1, 16, "nsubjpass", "NOUN", "NN", "mother", "O"), ("was", 1, 16, "auxpass", "AUX", "VBD", "be", "O"),
    ("admitted", 0, 5, "ccomp", "VERB", "VBN", "admit", "O"), (".", 0, 5, "punct", "PUNCT", ".", ".", "O")]


def test_a_clause_opened_by_whose_hung_on_the_verb_reports_nothing(nlp):
    assert reported_in_parse(nlp, _WHOSE_READ_AS_CONTENT) == []


def test_a_clause_the_parser_split_after_a_bracket_is_reported_whole(facts_of):
    # `worth ... ($1.6 million)` and `had been recorded ...` are hung on `said` as two clauses: one report
    f = facts_of("The Tarn Audit Office said blankets worth 90 million pesos ($1.6 million) had been recorded as "
                 "delivered to 20 towns.")
    assert quotes(f) == [("indirect", "blankets worth 90 million pesos ($1.6 million) had been recorded as delivered "
                                      "to 20 towns", "Tarn Audit Office")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_speech_verb_still_to_come_inside_a_report_is_no_cue(facts_of, o, c):
    # `to testify` is what the client would do: the quoted words are the lawyer's report
    f = facts_of(f"His lawyer, Ana Ruiz, said her client was abroad for treatment and would return to testify "
                 f"{o}at the earliest opportunity.{c}")
    assert ("direct", "at the earliest opportunity.", "Ana Ruiz") in quotes(f)
    assert {speaker for _, _, speaker in quotes(f)} == {"Ana Ruiz"}


@pytest.mark.parametrize("tagged", [[], [(1, 2, "PRODUCT")], [(0, 2, "WORK_OF_ART")], [(0, 2, "ORG")]])
def test_a_name_before_who_is_a_person_s_whatever_it_was_tagged(nlp, tagged):
    # the model tags such a name as a product, a work, a body or nothing at all
    from spacy.tokens import Span

    from extract.actors.repair import repair_entities
    from extract.lang import get_language

    doc = nlp("Tumi Sithole, who runs a hair salon in the town centre, said he had lost half his income.")
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in tagged]
    repair_entities(doc, get_language())
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in ("PERSON", "PRODUCT", "WORK_OF_ART")] == [
        ("Tumi Sithole", "PERSON")]


@pytest.mark.parametrize("text,place", [
    ("\"We cannot eat,\" said Emeka Obi, 29, a bus driver from Ketu, as he caught his breath.", "Ketu"),
    ("He said the port remained open and that ferry services to Java were running normally.", "Java")])
def test_one_word_someone_is_from_or_travels_to_is_a_place(facts_of, text, place):
    # the model tags the place a person
    f = facts_of(text)
    assert actor(f, place)["type"] == "place"


def test_a_thing_that_began_introduces_no_quotation(facts_of):
    f = facts_of('Kessler, a dairy farmer, had addressed the crowd from a trailer before the clashes began: '
                 '"We did not come here to fight."')
    assert quotes(f) == [("direct", "We did not come here to fight.", "Kessler")]


def test_a_name_set_off_after_a_posted_title_s_place_holds_the_title(facts_of):
    f = facts_of("The UN special envoy for the region, Halvard Brekke of Norway, who chaired the talks, said the "
                 "commission would meet within 30 days.")
    assert quotes(f) == [("indirect", "the commission would meet within 30 days", "Halvard Brekke")]
    assert actor(f, "Halvard Brekke")["type"] == "person"


def test_a_name_owning_a_title_held_only_at_a_body_is_the_body(facts_of):
    f = facts_of("The line was run by Caledonia Northern. Caledonia Northern's managing director, Iain Ferguson, "
                 'said the company was "devastated".')
    assert actor(f, "Caledonia Northern")["type"] == "org"
    assert role(f, "Iain Ferguson") == ("managing director", "Caledonia Northern")


def test_a_name_set_off_after_a_described_source_is_the_source(facts_of):
    f = facts_of("The bill passed by 112 votes to 97, according to the presiding officer of the assembly, Speaker "
                 "Jonas Albrecht.")
    assert quotes(f) == [("indirect", "The bill passed by 112 votes to 97", "Jonas Albrecht")]


def test_a_justice_is_of_the_court_named_paragraphs_before(facts_of):
    f = facts_of("The Constitutional Court struck down the law on Tuesday.\n\n"
                 "Writing for the majority, Chief Justice Katarina Moll said the state could not treat every citizen "
                 "as a suspect.")
    assert role(f, "Katarina Moll") == ("Chief Justice", "Constitutional Court")


def test_the_body_a_participle_before_the_subject_speaks_for_is_the_subject_s(facts_of):
    f = facts_of("Speaking for the European Commission, spokesman Eric Mamer said talks would continue.")
    assert role(f, "Eric Mamer") == ("spokesman", "European Commission")


def test_a_clause_joined_by_and_to_the_report_is_reported_too(facts_of):
    f = facts_of("Police spokeswoman Dana Kell said 14 officers were injured and 31 people were detained, most of "
                 "them for public order offences.")
    assert quotes(f) == [("indirect", "14 officers were injured and 31 people were detained, most of them for "
                          "public order offences", "Dana Kell")]


def test_a_place_named_x_of_y_at_a_route_s_end_is_a_place(facts_of):
    f = facts_of("The 17:48 service from Inverness to Kyle of Lochalsh was carrying 96 passengers.")
    assert persons(f) == []


def test_a_name_the_model_ran_on_to_of_ends_before_it(facts_of):
    f = facts_of("Marcus Vickery of the Nordic Seabird Trust, who was not involved in the study, said the estimate was "
                 "cautious.\n\n"
                 'The Documentary Producers Network of Canada called the ruling a "serious blow".')
    assert quotes(f) == [("indirect", "the estimate was cautious", "Marcus Vickery"),
                         ("direct", "serious blow", "Documentary Producers Network of Canada")]
    assert actor(f, "Marcus Vickery")["affiliation"] == "Nordic Seabird Trust"


def test_a_confederation_is_a_body_whose_president_a_person_is(facts_of):
    f = facts_of('Rosa Lind, president of the Andean Rowing Confederation, told reporters that the ban was "absurd".')
    assert persons(f) == ["Rosa Lind"]
    assert role(f, "Rosa Lind") == ("president", "Andean Rowing Confederation")


def test_a_forum_owns_the_title_of_its_chairman(facts_of):
    f = facts_of("The Pacific Coast Growers Forum said prices had fallen.\n\n"
                 "Ivo Marek, the forum's chairman, said the season was the worst in a decade.")
    assert role(f, "Ivo Marek") == ("chairman", "Pacific Coast Growers Forum")


@pytest.mark.parametrize("sentence,name,country", [
    ("The batch was unsafe, Drugs Controller General of India Vikram Sethi told reporters.", "Vikram Sethi", "India"),
    ("The fund was never audited, Comptroller General of Ghana Kofi Mensah told reporters in Accra.", "Kofi Mensah",
     "Ghana"),
])
def test_a_title_of_a_country_tagged_a_body_is_the_person_s(facts_of, sentence, name, country):
    f = facts_of(sentence)
    assert [a["name"] for a in f["actors"] if a["type"] == "org"] == []
    assert actor(f, name)["affiliation"] == country


def test_an_untagged_name_after_a_title_runs_over_its_hyphen(facts_of):
    f = facts_of("Undersecretary Dolores Villaverde-Uy said the ferries would resume on Monday.")
    assert quotes(f) == [("indirect", "the ferries would resume on Monday", "Dolores Villaverde-Uy")]
    assert actor(f, "Dolores Villaverde-Uy")["title"] == "Undersecretary"


@pytest.mark.parametrize("sentence,name,title", [
    ("Speaking in Quezon City, Undersecretary Ramon Dizon said the roads were open.", "Ramon Dizon",
     "Undersecretary"),
    ("Speaking in Quezon City, Administrator Ramon Dizon said the roads were open.", "Ramon Dizon",
     "Administrator"),
])
def test_undersecretaries_and_administrators_hold_titles(facts_of, sentence, name, title):
    f = facts_of(sentence)
    assert persons(f) == [name] and actor(f, name)["title"] == title


@pytest.mark.parametrize("who", ["A paramedic", "One pilot", "A shopkeeper"])
def test_a_pronoun_after_someone_described_by_their_work_is_them(facts_of, who):
    f = facts_of("The hospital's director, Oskar Lind, met the crews on Friday.\n\n"
                 f"{who}, who asked not to be named, said crews had waited four hours before Lind's memo arrived.\n\n"
                 '"We were queuing in the car park all night," he said.')
    assert quotes(f)[1] == ("direct", "We were queuing in the car park all night,", who)


def test_it_opening_a_report_is_the_unnamed_thing_that_spoke_before(facts_of):
    f = facts_of("The Valdor Gazette reported that the race director had bet on the result.\n\n"
                 "In a statement, the regatta said it had not known of the bets. It said an outside lawyer would "
                 "review the race.")
    assert [(t, s) for _, t, s in quotes(f)][1:] == [("it had not known of the bets", "The regatta"),
                                                     ("an outside lawyer would review the race", "The regatta")]


@pytest.mark.parametrize("o,c", MARKS)
@pytest.mark.parametrize("first", ["the council had asked residents for patience",
                                   "the council had admitted that the dam leaked"])
def test_a_quotation_in_a_second_that_clause_is_the_reporter_s(facts_of, o, c, first):
    f = facts_of("Mayor Ilse Brandt spoke on Tuesday.\n\n"
                 f"She said {first}, but that the new pumps {o}would not arrive before winter.{c}")
    direct = [q for q in quotes(f) if q[0] == "direct"]
    assert direct == [("direct", "would not arrive before winter.", "Ilse Brandt")]


@pytest.mark.parametrize("sentence,body", [
    ("The wind farm is proposed by Brackenridge Renewables, which said the turbines would power 90,000 homes.",
     "Brackenridge Renewables"),
    ("The letters are kept at the Corran Public Library, its director, Ines Vale, said on Monday.",
     "Corran Public Library"),
])
def test_renewables_firms_and_libraries_are_bodies(facts_of, sentence, body):
    f = facts_of(sentence)
    assert actor(f, body)["type"] == "org"


def test_an_irish_county_written_co_is_a_place(facts_of):
    f = facts_of("Aoife Brennan, 58, from Ballina, Co Mayo, was admitted on a Sunday.")
    assert actor(f, "Co Mayo")["type"] == "place"


def test_a_given_name_tagged_a_place_is_the_name_s_first_word(facts_of):
    f = facts_of("Ramiro Cuevas Mora, 61, the editor of the weekly El Faro del Sur, was found dead in Orizaba.")
    assert persons(f) == ["Ramiro Cuevas Mora"]
    assert actor(f, "Ramiro Cuevas Mora")["affiliation"] == "El Faro del Sur"


def test_a_place_after_a_title_s_preposition_is_no_given_name(facts_of):
    f = facts_of("The endorsement of Senator from Vermont Bernard Olsen came on Sunday.")
    assert actor(f, "Vermont")["type"] == "place" and "Vermont Bernard Olsen" not in persons(f)


def test_a_region_counts_again_for_the_bodies_named_after_it(facts_of):
    # Kerala and Kochi are each named twice as places; the two bodies named after Kerala make it the region
    f = facts_of("Coalition talks in Kerala stalled on Monday. The Kerala People's Party won 12 seats. The Kerala "
                 "Farmers' Union backed it. Crowds gathered in Kochi. Kochi and Kerala will vote again in May.\n\n"
                 "Governor Ana Ruiz met the party leaders on Tuesday.")
    assert actor(f, "Ana Ruiz")["affiliation"] == "Kerala"


def test_the_part_of_government_a_person_heads_is_of_its_place(facts_of):
    f = facts_of("Councillor Mia Sand, who heads the finance department of Bavaria, said the line would reopen in "
                 "June.")
    assert actor(f, "Mia Sand")["affiliation"] == "Bavaria"


def test_a_lower_case_word_for_a_region_is_no_place(facts_of):
    f = facts_of("Roads in the canton of Zurich were closed on Sunday. \"The slope is moving,\" the canton's chief "
                 "hydrologist, Lea Fontana, said.")
    assert "canton" not in [a["name"] for a in f["actors"]]
    assert role(f, "Lea Fontana") == ("chief hydrologist",
                                                                                         "Zurich")


@pytest.mark.parametrize("text,name,title,body", [
    ("The Tarn Bay Alliance took the firm to court. \"The bay is dying,\" the alliance's barrister, Owen Pike, told "
     "the court.", "Owen Pike", "barrister", "Tarn Bay Alliance"),
    ("The Tarnby Traders Coalition joined the case. \"It was never legal,\" the coalition's lead counsel, Rosa Lind, "
     "told the judges.", "Rosa Lind", "lead counsel", "Tarnby Traders Coalition"),
])
def test_a_lawyer_s_title_owned_by_a_word_for_the_body(facts_of, text, name, title, body):
    person = actor(facts_of(text), name)
    assert (person["title"], person["affiliation"]) == (title, body)


def test_a_report_after_a_clause_is_that_clause_s_subject_s(facts_of):
    # the parser joins "said" to "fell", whose subject is the shares; "the company" is the one just named
    f = facts_of("Shares in Danish turbine maker Vestby Wind fell 12% on Monday after the company cut its forecast "
                 "and said it would close two plants.")
    assert [(q[1], q[2]) for q in quotes(f)] == [("it would close two plants", "Vestby Wind")]


def test_the_company_is_the_firm_named_earlier_in_its_sentence(facts_of):
    f = facts_of("Budget airline Skyvale cancelled 40 flights on Monday because of the strike, the company said.")
    assert quotes(f) == [("indirect", "Budget airline Skyvale cancelled 40 flights on Monday because of the strike",
                          "Skyvale")]


@pytest.mark.parametrize("o,c", MARKS)
def test_the_rest_of_a_quotation_left_open_keeps_the_speaker_it_was_given(facts_of, o, c):
    f = facts_of(f"Coach Ivo Brandt said on Sunday that he had not been paid.\n\n"
                 f"{o}I love this team. But I am not a charity,{c} Brandt told reporters at the hotel.\n\n"
                 f"{o}How can I ask the players to give everything when the people who employ me do not pay?\n\n"
                 f"{o}I have waited five months. My patience is gone.{c}")
    assert [q[2] for q in quotes(f)] == ["Ivo Brandt"] * 4


@pytest.mark.parametrize("text,vessel", [
    ("The ferry KM Sinar Laut overturned near Raha on Saturday.", "Sinar Laut"),
    ("The trawler FV Mary Doyle sank off Kinsale on Monday.", "Mary Doyle"),
])
def test_a_name_after_a_ship_s_prefix_is_no_person(facts_of, text, vessel):
    assert not [n for n in persons(facts_of(text)) if vessel in n]


def test_the_body_after_a_title_s_for_or_at_is_no_name_for_its_holder(facts_of):
    f = facts_of("Lena Park, director general for trade policy at the industry ministry, said exports would rise.\n\n"
                 "In a statement, the ministry said it would cut fees.")
    assert [q[2] for q in quotes(f)] == ["Lena Park", "The ministry"]


@pytest.mark.parametrize("text,said", [
    ("The Tarn Traders Group said in a brief filed with the court that compliance had cost its members dearly.",
     "compliance had cost its members dearly"),
    ("The Tarn Water Authority said in a written response to questions that its staff had found no leaks.",
     "its staff had found no leaks"),
    ("The Tarnby Justice Department said in a written submission that any ruling should spare the banks.",
     "any ruling should spare the banks"),
])
def test_a_that_clause_hung_inside_the_document_it_was_said_in(facts_of, text, said):
    assert [q[1] for q in quotes(facts_of(text))] == [said]


def test_a_capitalised_adjective_opening_a_body_s_name_is_part_of_it(facts_of):
    f = facts_of("The Victorian Volunteer Lifesavers Alliance told the inquiry that morale was low.")
    assert [q[2] for q in quotes(f)] == ["Victorian Volunteer Lifesavers Alliance"]


def test_which_after_a_participle_s_agent_is_the_described_body_s(facts_of):
    f = facts_of("The fund acted on advice from the Tarn Ethics Council, an independent panel appointed by the "
                 "finance ministry, which said in a report that the miner had polluted three rivers.")
    assert [q[2] for q in quotes(f)] == ["Tarn Ethics Council"]


def test_its_after_a_word_for_a_body_is_the_body_named_with_that_word(facts_of):
    f = facts_of("The Electoral Commission of Malawi declared Mr Phiri the winner on Sunday.\n\n"
                 "The opposition Alliance for Renewal filed a petition on Monday.\n\n"
                 "The electoral commission rejected the allegations. Its chief electoral officer, Grace Mbewe, "
                 "insisted that the vote had been fair.")
    assert actor(f, "Grace Mbewe")["affiliation"] == "Electoral Commission of Malawi"


@pytest.mark.parametrize("text,name,title", [
    ("Social Welfare Secretary Rosa Tan said aid had reached every town.", "Rosa Tan", "Social Welfare Secretary"),
    ("Primary Industries Minister Tom Reid said the licence would be reviewed.", "Tom Reid",
     "Primary Industries Minister"),
])
def test_a_portfolio_of_welfare_or_industries_is_part_of_the_title(facts_of, text, name, title):
    person = actor(facts_of(text), name)
    assert (person["title"], person.get("affiliation")) == (title, None)


@pytest.mark.parametrize("o,c", MARKS)
def test_the_name_between_the_closing_mark_and_the_verb_is_the_speaker(facts_of, o, c):
    # the parser reads "the party's chief whip" as the object of "has", inside the quotation
    f = facts_of(f"{o}We will not be rushed. The premier has a province to govern,{c} the party's chief whip, "
                 f"Ana Lind, told reporters at the TPP offices.")
    assert [q[2] for q in quotes(f)] == ["Ana Lind"]


def test_a_noun_with_who_apposed_to_the_opening_place_is_the_speaker(facts_of):
    f = facts_of("At a church hall in Sion, a former mountain guide who was born in the village said the ice had "
                 "never moved so fast.")
    assert [(q[1], q[2]) for q in quotes(f)] == [("the ice had never moved so fast", "A former mountain guide")]


@pytest.mark.parametrize("text,said", [
    ("The council said it had closed the bridge at Arlo and had asked the army for help.",
     "it had closed the bridge at Arlo and had asked the army for help"),
    ("The party said it would challenge the count in court and would ask for a recount in two districts.",
     "it would challenge the count in court and would ask for a recount in two districts"),
])
def test_a_speech_verb_joined_in_the_pluperfect_or_with_a_modal_is_more_of_the_report(facts_of, text, said):
    assert [q[1] for q in quotes(facts_of(text))] == [said]


def test_predicates_listed_after_a_report_are_part_of_it(facts_of):
    f = facts_of("Her lawyer said she was innocent, had cooperated with the police and had never met the buyer.")
    assert [q[1] for q in quotes(f)] == ["she was innocent, had cooperated with the police and had never met the buyer"]


def test_an_official_residence_speaking_is_a_body(facts_of):
    f = facts_of("A statement from Raj Bhavan said Governor Ravi Nair had invited the largest party to form a "
                 "government.")
    assert actor(f, "Raj Bhavan")["type"] == "org" and persons(f) == ["Ravi Nair"]


def test_the_name_a_body_is_known_as_is_the_body_s(facts_of):
    f = facts_of("The boat sank near Bitung, according to the agency, known as Sarnas.")
    assert actor(f, "Sarnas")["type"] == "org" and persons(f) == []


@pytest.mark.parametrize("between", ["", FAR_BACK], ids=["next", "far-back"])
def test_an_owned_title_with_the_name_hung_on_its_last_noun(facts_of, between):
    # the parser apposes the name to `relations`, not to `vice-president`
    f = facts_of(f"The Norland Haulage Employers Association said its offer stood.\n\n{between}\n\n"
                 "“We have made a fair offer to the drivers,” the association’s vice-president for labour relations, "
                 "Marie-Claude Tessier, said in an interview.")
    tessier = actor(f, "Marie-Claude Tessier")
    assert (tessier.get("title"), tessier.get("affiliation")) == (
        "vice-president for labour relations", "Norland Haulage Employers Association")


def test_the_railway_s_title_goes_to_the_railway_named_before(facts_of):
    f = facts_of("Kestrel Pacific Railway said on Monday it had stopped all trains to the coast.\n\n"
                 "“The network is full,” the railway’s chief operating officer, Ana Ruiz, said on a call with "
                 "analysts.")
    ruiz = actor(f, "Ana Ruiz")
    assert (ruiz.get("title"), ruiz.get("affiliation")) == ("chief operating officer", "Kestrel Pacific Railway")


def test_the_regulator_s_title_goes_to_the_body_named_just_before(facts_of):
    # `regulator` is no word of the authority's name: like `the company's`, it stands for the body named last
    f = facts_of("The Norland Energy Safety Authority approved the plant's new cooling system last year.\n\n"
                 "The regulator's deputy head of inspections, Ana Ruiz, said a final check was still needed.")
    ruiz = actor(f, "Ana Ruiz")
    assert (ruiz.get("title"), ruiz.get("affiliation")) == ("deputy head of inspections",
                                                            "Norland Energy Safety Authority")


def test_the_subject_set_off_before_the_verb_speaks_not_the_topic_before_it(facts_of):
    f = facts_of("Sunita Rao, an energy economist, spoke on Monday.\n\n"
                 "Rao cautioned, however, that the shortfall in the evening would keep growing unless the state built "
                 "storage far faster than it had so far. Solar panels, she pointed out, \"do nothing for anyone at ten "
                 "o'clock at night\".")
    assert ("direct", "do nothing for anyone at ten o'clock at night", "Sunita Rao") in quotes(f)


@pytest.mark.parametrize("o,c", MARKS)
def test_a_quotation_in_a_relative_clause_inside_a_report_is_the_reporter_s(facts_of, o, c):
    f = facts_of("Helen Adoyo, a physiologist, spoke on Monday. Adoyo noted that the drug stays in the blood for "
                 f"weeks, which makes it {o}a strange pick for any cheat{c}.")
    assert ("direct", "a strange pick for any cheat", "Helen Adoyo") in quotes(f)


def test_a_verb_with_did_after_a_backshifted_report_is_the_narrator_s(facts_of):
    f = facts_of("Organisers said they would hold a second rally in Leeds in May and did not rule out a strike later "
                 "in the year.")
    assert [q[1] for q in quotes(f)] == ["they would hold a second rally in Leeds in May"]


def test_a_thing_that_says_nothing_finds_nothing_inside_a_report(facts_of):
    # the parser makes `the flood` the subject of `had found`
    f = facts_of("Ana Ruiz is an engineer. Ruiz noted that the chamber's own survey after the flood had found that "
                 "nearly half of the damaged schools in the region had been built without a permit.")
    assert [(q[1][:40], q[2]) for q in quotes(f)] == [("the chamber's own survey after the flood", "Ana Ruiz")]


def test_things_that_say_nothing_tell_nothing_inside_a_report(facts_of):
    f = facts_of("Hearings like this one are meant to tell investors that the age of cheap credit is over, said Le "
                 "Minh, a lecturer at the Hanoi Business School.")
    assert [q[2] for q in quotes(f)] == ["Le Minh"]


def test_the_asker_named_after_the_by_phrase_is_not_the_one_answering(facts_of):
    # the parser hangs the judge's name on the comma, outside the `by` phrase
    f = facts_of("Tran Van Long, the firm's founder, denied the charges. Asked by the presiding judge, Pham Thi Lan, "
                 "whether he understood the accusations, he said he understood them but had never meant to deceive "
                 "anyone.")
    assert ("indirect", "he understood them but had never meant to deceive anyone", "Tran Van Long") in quotes(f)


def test_a_relative_that_after_the_object_of_a_speech_verb_is_no_report(facts_of):
    f = facts_of("Prosecutors say the firm used cheap steel in the frame, removed two walls on the ground floor to "
                 "make room for shops and added three floors that the building permit did not allow.")
    assert not any("the building permit did not allow" in q[1] for q in quotes(f))


def test_a_first_name_with_a_long_description_of_a_person_is_a_person(facts_of):
    f = facts_of("Lucía, a 20-year-old first-year law student from Rosario who did not give her surname, said it was "
                 "her first march.")
    assert actor(f, "Lucía")["type"] == "person"


def test_a_ministry_listing_its_fields_runs_to_the_last_of_them(facts_of):
    f = facts_of("Growers will be paid more, the Ministry of Forestry, Fisheries, Water Security and Tourism said on "
                 "Wednesday.")
    assert quotes(f) == [("indirect", "Growers will be paid more",
                          "Ministry of Forestry, Fisheries, Water Security and Tourism")]


def test_local_people_set_off_before_the_verb_speak_not_the_clause_before_them(facts_of):
    # the parser makes "dwell" a second subject of "claimed"
    f = facts_of("Thousands dwell in the city's slums, and while there was no hint on Friday of foul play, local "
                 "residents claimed fires have in the past been lit deliberately to clear land for new towers.")
    assert [q[2] for q in quotes(f)] == ["Local residents"]


def test_who_after_a_thing_ending_a_description_is_the_person_described(facts_of):
    f = facts_of("Among the crowd at the gate was a 59-year-old retired farmer from a village near the mine, who said "
                 "she had lived \"with one eye on the hill\" since the 2018 landslide.")
    assert {q[2] for q in quotes(f)} == {"A 59-year-old retired farmer"}


def test_it_after_a_sentence_about_a_review_that_spoke_is_the_review(facts_of):
    f = facts_of("Care at the Calder Hospital was poor for years, an independent review said on Monday. The review, "
                 "led by Dr Ana Ruiz, examined the records of 900 families. It found that one in four had waited too "
                 "long.")
    assert ("indirect", "one in four had waited too long", "An independent review") in quotes(f)


def test_a_magazine_reporting_inside_another_report_still_reports(facts_of):
    f = facts_of("The organisers of the Tarn Film Festival said on Monday they would review how the prize was given, "
                 "after a magazine reported that the jury's president had worked on the winning film.")
    assert ("indirect", "the jury's president had worked on the winning film", "A magazine") in quotes(f)


def test_a_name_set_off_before_one_of_the_companies_is_a_company(facts_of):
    f = facts_of("Karoo Coal Exports, one of the companies given a licence, said it would run its first train in May.")
    assert actor(f, "Karoo Coal Exports")["type"] == "org" and persons(f) == []


def test_the_name_after_the_port_of_is_a_place(facts_of):
    f = facts_of("The fees would pay for new signals on the line to the port of Richards Bay, he added.")
    assert actor(f, "Richards Bay")["type"] == "place" and persons(f) == []


@pytest.mark.parametrize("o,c", MARKS)
def test_a_quotation_before_a_name_and_a_long_description_is_theirs(facts_of, o, c):
    f = facts_of(f"{o}We want no favours. We want the heating back on,{c} Tomás Aguirre, the union’s general secretary "
                 "and head of the Federation of Public Teachers of Córdoba, told reporters on Friday.")
    assert quotes(f) == [("direct", "We want no favours. We want the heating back on,", "Tomás Aguirre")]


def test_a_clause_of_although_after_a_closing_attribution_is_the_narrator_s(facts_of):
    f = facts_of("The rally passed off calmly, the city's ambulance service said, although officers arrested two men "
                 "near the station.")
    assert quotes(f) == [("indirect", "The rally passed off calmly", "The city's ambulance service")]


def test_a_country_named_by_its_people_s_word_is_the_minister_s(facts_of):
    f = facts_of("The Dutch government will pay 2,000 more pig farmers to close, it said on Tuesday.\n\n"
                 "Agriculture Minister Pieter de Graaf said the scheme was fair. Dutch farm groups called it a trap.")
    assert actor(f, "Pieter de Graaf")["affiliation"] == "Netherlands"


def test_a_name_before_an_age_and_no_word_for_a_person_is_a_person(facts_of):
    # the model tags the name a body; only the age says who it is (no `she` in the report to say it too)
    f = facts_of("Wanjiru Kamau, a 29-year-old from the estate, said the water had been off for 14 months.")
    assert ("person", "Wanjiru Kamau") in {(a["type"], a["name"]) for a in f["actors"]}


def test_a_title_a_word_owns_is_no_national_office(facts_of):
    # no union is named: the general secretary is still the union's, not South Africa's
    f = facts_of("The South African government opened the rail network to private firms on Monday. South Africa's "
                 "ports minister welcomed it.\n\n"
                 "\"Who will pay for the branch lines?\" the union's general secretary, Sipho Dlamini, said at a "
                 "rally. South African unions threatened a strike.")
    assert actor(f, "Sipho Dlamini").get("affiliation") is None


def test_the_company_s_title_is_the_business_mentioned_paragraphs_before(facts_of):
    # the agency and the court come between; neither is a company
    f = facts_of("Norrvik Foods said on Monday it would close its bakery in Lund.\n\n"
                 "The Swedish Food Agency said the plant had failed two inspections. Norrvik said the closure was "
                 "not linked to them.\n\n"
                 "A district court in Malmo will hear the workers' claim in May.\n\n"
                 "The company's chief executive, Lena Borg, told staff that 140 jobs would go.")
    assert actor(f, "Lena Borg")["affiliation"] == "Norrvik Foods"
    assert actor(f, "Lena Borg")["title"] == "chief executive"


def test_a_word_for_a_business_owning_a_title_stands_for_no_agency(facts_of):
    # the agency is named more often than the firm
    f = facts_of("Norrvik Foods said on Monday it would close its bakery in Lund.\n\n"
                 "The Swedish Food Agency said the plant had failed two inspections. The Swedish Food Agency fined "
                 "the bakery in March.\n\n"
                 "The company's chief executive, Lena Borg, told staff that 140 jobs would go.")
    assert actor(f, "Lena Borg")["affiliation"] == "Norrvik Foods"


@pytest.mark.parametrize("text,name,said", [
    ("The regional governor, Tomas Ruud, posted on Facebook late on Sunday that the ferry would resume on Monday.",
     "Tomas Ruud", "the ferry would resume on Monday"),
    ("The mayor of Kellby, Ana Lind, posted on X that the bridge would stay shut until May.",
     "Ana Lind", "the bridge would stay shut until May"),
])
def test_a_report_read_as_a_participle_on_the_speaker_s_name_is_the_sentence_s_verb(facts_of, text, name, said):
    # the sentence has no other verb: the parser hangs the speech verb on the name or the title
    f = facts_of(text)
    assert quotes(f) == [("indirect", said, name)]


def test_no_one_reports_nothing(facts_of):
    f = facts_of("Nobody from the council asked whether the road was safe. Anna Berg complained that no one from the "
                 "ministry had come to ask how the shops were doing.")
    assert quotes(f) == [("indirect", "no one from the ministry had come to ask how the shops were doing", "Anna Berg")]


def test_a_request_for_anonymity_is_no_report(facts_of):
    f = facts_of("\"The water came in an hour,\" said a fisherman who asked that his name not be published. "
                 "A teacher, who requested that her identity be withheld, said the school had closed. "
                 "Omar Farah said his name was missing from the register.")
    assert quotes(f) == [("direct", "The water came in an hour,", "A fisherman"),
                         ("indirect", "the school had closed", "A teacher"),
                         ("indirect", "his name was missing from the register", "Omar Farah")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_quotation_in_a_second_that_clause_of_quoted_as_saying_is_the_speaker_s(facts_of, o, c):
    # the parser joins the second `that` clause to `quoted`, which reports nothing itself
    f = facts_of(f"Liga chairman Pablo Serna was quoted by the daily Deportes as saying that the clubs were paid on "
                 f"time, {o}every single month{c}, and that the row was {o}a matter for the players' union{c}.")
    assert ("direct", "a matter for the players' union", "Pablo Serna") in quotes(f)


def test_a_concession_with_its_own_report_ends_the_report_before_it(facts_of):
    f = facts_of("The coastguard said in its annual review that it had rescued 40 people off Skagen, though it "
                 "noted that calls from yachts had doubled.")
    assert [(k, t) for k, t, _ in quotes(f)] == [("indirect", "it had rescued 40 people off Skagen"),
                                                 ("indirect", "calls from yachts had doubled")]


def test_an_infinitive_speech_verb_on_a_noun_is_part_of_the_report(facts_of):
    f = facts_of("Maeve Quinn said the novelist had refused offers to read in Boston for ten years because she "
                 "hated flying.")
    assert quotes(f) == [("indirect", "the novelist had refused offers to read in Boston for ten years because she "
                                      "hated flying", "Maeve Quinn")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_speech_verb_with_an_object_inside_a_report_leaves_the_quotation_to_the_reporter(facts_of, o, c):
    f = facts_of(f"Rita Vogel, who published his essays, said Karl Brandt had rejected her edits {o}nearly every "
                 f"time, and always politely.{c}")
    assert ("direct", "nearly every time, and always politely.", "Rita Vogel") in quotes(f)


def test_a_thing_described_with_no_words_is_no_report(facts_of):
    f = facts_of("Villagers described a terrifying afternoon. Jonas Holm, 70, said the water had reached his "
                 "windows.")
    assert quotes(f) == [("indirect", "the water had reached his windows", "Jonas Holm")]


@pytest.mark.parametrize("source", ["court papers seen by the Tarn Herald", "emails obtained by Radio Kell"])
def test_a_document_seen_by_a_body_is_no_word_of_the_body(facts_of, source):
    f = facts_of(f"The council paid the contractor twice for the same work, according to {source}.")
    [(kind, text, speaker)] = quotes(f)
    assert speaker not in ("Tarn Herald", "Radio Kell")


def test_a_speech_verb_after_a_relative_in_an_apposition_is_the_head_s(facts_of):
    # the parser reads `said` as the verb of `that the audit named ...`
    f = facts_of("A spokesman for Halvik Dairies, a Danish cheese maker that the audit named as a buyer of the "
                 "milk, said the firm had stopped all orders.")
    assert [s for _, _, s in quotes(f)] != ["audit"]
    assert quotes(f)[0][2].startswith("A spokesman for Halvik Dairies")


def test_a_speaker_named_by_the_name_they_use_is_that_person(facts_of):
    f = facts_of("The rebels gave another account. Their spokeswoman in the valley, who uses the nom de guerre Marta "
                 "Quiroga, claimed that the army had attacked first.")
    assert quotes(f) == [("indirect", "the army had attacked first", "Marta Quiroga")]


def test_the_first_half_of_a_hyphened_given_name_is_in_the_name(nlp):
    # the model tags `Per-Ola Lund` from `Ola` on at times
    got = _repaired_entities(nlp, ["The", "chairman", ",", "Per", "-", "Ola", "Lund", ",", "wrote", "it", "."],
                             [1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0],
                             ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert got == [("Per-Ola Lund", "PERSON")]


def test_the_first_half_of_a_hyphened_given_name_is_in_a_name_found_untagged(nlp):
    # the model leaves `Per-Anders Kuoljok` untagged at times, and reads `Per` as a preposition
    got = _repaired_entities(nlp, ["Nobody", "asks", ",", "said", "Per", "-", "Anders", "Kuoljok", ",", "the",
                                   "chairman", "of", "Raitavuoma", "."],
                             [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0], ["O"] * 14,
                             heads=[1, 3, 3, 3, 7, 4, 7, 3, 7, 10, 7, 10, 11, 3],
                             deps=["nsubj", "ccomp", "punct", "ROOT", "nmod", "punct", "compound", "nsubj", "punct",
                                   "det", "appos", "prep", "pobj", "punct"],
                             pos=["PRON", "VERB", "PUNCT", "VERB", "ADP", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET",
                                  "NOUN", "ADP", "PROPN", "PUNCT"])
    assert got == [("Per-Anders Kuoljok", "PERSON")]


def test_two_given_names_left_untagged_between_a_title_and_a_name_open_it(nlp):
    # the model tags only `Quiroga Baca` at times, and the parser hangs both given names on it
    got = _repaired_entities(nlp, ["Presiding", "Judge", "Rosa", "Elena", "Quiroga", "Baca", "said", "the", "men",
                                   "had", "acted", "alone", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"],
                             heads=[1, 5, 5, 5, 5, 6, 6, 8, 10, 10, 6, 10, 6],
                             deps=["amod", "compound", "compound", "compound", "compound", "nsubj", "ROOT", "det",
                                   "nsubj", "aux", "ccomp", "advmod", "punct"],
                             pos=["VERB", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX",
                                  "VERB", "ADV", "PUNCT"])
    assert got == [("Rosa Elena Quiroga Baca", "PERSON")]


def test_a_surname_after_its_particle_tagged_a_place_is_a_person_s(nlp):
    # the model tags `Rocha Vaz` a place at times, after the particle opening the sentence's subject
    got = _repaired_entities(nlp, ["\u201c", "We", "cannot", "take", "more", "patients", ",", "\u201d", "da", "Rocha",
                                   "Vaz", "said", "."],
                             [0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0],
                             ["O", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "I-GPE", "O", "O"],
                             heads=[11, 3, 3, 11, 5, 3, 11, 11, 10, 10, 11, 11, 11],
                             deps=["punct", "nsubj", "aux", "ccomp", "amod", "dobj", "punct", "punct", "compound",
                                   "compound", "nsubj", "ROOT", "punct"],
                             pos=["PUNCT", "PRON", "AUX", "VERB", "ADJ", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN",
                                  "PROPN", "VERB", "PUNCT"])
    assert got == [("da Rocha Vaz", "PERSON")]


def test_a_title_s_word_hyphened_to_a_given_name_is_the_name_s(facts_of):
    f = facts_of("Her neighbour Maj-Britt Henriksson said she would stay in the old town.")
    assert persons(f) == ["Maj-Britt Henriksson"]


@pytest.mark.parametrize("text,name", [
    ('Her spokeswoman, Ana Walsh, posted on Facebook: "Nurses are not the problem."', "Ana Walsh"),
    ("The Tarn Party's health spokeswoman, Ana Nic Suibhne, posted on X: \"Nurses are not the problem. A health "
     "service that runs on tired people is the problem.\"", "Ana Nic Suibhne")])
def test_the_name_apposed_to_a_title_speaks_after_a_colon_on_a_verb_read_as_a_participle(facts_of, text, name):
    # the parser reads `posted` as a participle on `spokeswoman`, the sentence's root or the quotation's subject
    f = facts_of(text)
    assert {speaker for _, _, speaker in quotes(f)} == {name}


def _written_out(nlp, words, spaces, ents, **parse):
    """A sentence as the model reads it at times: its words, spaces after, entity tags, and any parse."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, spaces=[bool(x) for x in spaces], ents=ents, **parse)


def _repaired_entities(nlp, words, spaces, ents, **parse) -> list[tuple[str, str]]:
    """The entities of a sentence written out (see ``_written_out``) once repaired."""
    from extract.actors.repair import repair_entities
    from extract.lang import get_language

    doc = _written_out(nlp, words, spaces, ents, **parse)
    repair_entities(doc, get_language())
    return [(e.text, e.label_) for e in doc.ents]


def _collected(docs):
    """The actor registry of an article whose paragraphs are written out (see ``_written_out``)."""
    from extract.actors.collect import collect_actors
    from extract.actors.registry import Registry
    from extract.docs import set_quotations
    from extract.lang import get_language

    for doc in docs:
        set_quotations(doc, [])
    registry = Registry(get_language())
    collect_actors(registry, docs, [[] for _ in docs], get_language())
    return registry


def _speaker_of_written_out(nlp, subject: int, words, spaces, ents, **parse) -> tuple[str, str] | None:
    """(name, type) of the actor the word ``subject`` of a sentence written out (see ``_written_out``) stands for,
    as the speaker of a report."""
    from extract.actors.collect import collect_actors
    from extract.actors.registry import Registry
    from extract.actors.repair import repair_entities
    from extract.docs import set_quotations
    from extract.lang import get_language
    from extract.speakers import Resolver

    lang = get_language()
    lemmas = parse.pop("lemmas", [w.lower() for w in words])
    doc = _written_out(nlp, words, spaces, ents, lemmas=lemmas, **parse)
    set_quotations(doc, [])
    repair_entities(doc, lang)
    registry = Registry(lang)
    mentions = collect_actors(registry, [doc], [[]], lang)
    found = Resolver(registry, mentions, lang, [doc]).resolve(doc, 1, subject)
    actor = registry.actors.get(found) if found is not None else None
    return (actor.name, actor.type) if actor is not None else None


def test_a_name_set_off_after_the_body_a_title_is_of_is_the_holder_s(nlp):
    # the model tags `Amara Bello` a body, leaving `Dr` out, and the parser hangs the name on the journal, at times
    got = _speaker_of_written_out(
        nlp, 1, ["The", "editor-in-chief", "of", "the", "Tarn", "Journal", "of", "Medicine", ",", "Dr", "Amara",
                 "Bello", ",", "called", "the", "results", "a", "step", "forward", "."],
        [1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0],
        ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O",
         "O", "O", "O"],
        heads=[1, 13, 1, 5, 5, 2, 5, 6, 5, 11, 11, 5, 5, 13, 15, 13, 17, 13, 17, 13],
        deps=["det", "nsubj", "prep", "det", "compound", "pobj", "prep", "pobj", "punct", "compound", "compound",
              "appos", "punct", "ROOT", "det", "dobj", "det", "oprd", "advmod", "punct"],
        pos=["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT",
             "VERB", "DET", "NOUN", "DET", "NOUN", "ADV", "PUNCT"],
        tags=["DT", "NN", "IN", "DT", "NNP", "NNP", "IN", "NNP", ",", "NNP", "NNP", "NNP", ",", "VBD", "DT", "NNS",
              "DT", "NN", "RB", "."])
    assert got == ("Amara Bello", "person")


def test_a_name_apposed_to_a_word_for_a_named_place_is_no_place(nlp):
    # the parser sets `Ana Maria Ruiz` in apposition to `town` at times
    doc = _written_out(nlp, ["In", "Kemi", "town", ",", "Ana", "Maria", "Ruiz", ",", "whose", "sons", "took", "part",
                             ",", "said", "it", "."],
                       [1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0],
                       ["O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O",
                        "O", "O"],
                       pos=["ADP", "PROPN", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB",
                            "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
                       heads=[13, 2, 0, 2, 6, 6, 2, 6, 9, 10, 6, 10, 13, 13, 13, 13],
                       deps=["prep", "compound", "pobj", "punct", "compound", "compound", "appos", "punct", "poss",
                             "nsubj", "relcl", "dobj", "punct", "ROOT", "dobj", "punct"],
                       lemmas=["in", "kemi", "town", ",", "ana", "maria", "ruiz", ",", "whose", "son", "take", "part",
                               ",", "say", "it", "."])
    registry = _collected([doc])
    assert sorted((a.name, a.type) for a in registry.actors.values()) == [("Ana Maria Ruiz", "person"),
                                                                          ("Kemi", "place")]


def test_a_name_after_a_work_word_read_as_an_adjective_is_a_work_s(nlp):
    # the model tags `Kovalan` a person at times, and reads `epic` as an adjective
    doc = _written_out(nlp, ["The", "mural", "shows", "a", "scene", "from", "the", "Tamil", "epic", "Kovalan", "."],
                       [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                       ["O", "O", "O", "O", "O", "O", "O", "B-NORP", "O", "B-PERSON", "O"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "ADJ", "PROPN", "PUNCT"],
                       heads=[1, 2, 2, 4, 2, 4, 9, 8, 9, 5, 2],
                       deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "amod", "pobj", "punct"],
                       lemmas=["the", "mural", "show", "a", "scene", "from", "the", "tamil", "epic", "kovalan", "."])
    registry = _collected([doc])
    assert [a.name for a in registry.actors.values() if a.type == "person"] == []


def test_a_one_word_place_tag_opens_the_described_name_after_it(nlp):
    # the model tags `Fatou` a place and leaves `Bintou Ndoye` untagged at times
    got = _repaired_entities(nlp, ["Fatou", "Bintou", "Ndoye", ",", "the", "RDS", "leader", ",", "claimed", "that",
                                   "boxes", "had", "moved", "."],
                             [1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0],
                             ["B-GPE", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O", "O"],
                             heads=[2, 2, 8, 2, 6, 6, 2, 2, 8, 12, 12, 12, 8, 8],
                             deps=["compound", "compound", "nsubj", "punct", "det", "compound", "appos", "punct",
                                   "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
                             pos=["PROPN", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "NOUN", "PUNCT", "VERB", "SCONJ",
                                  "NOUN", "AUX", "VERB", "PUNCT"])
    assert got == [("Fatou Bintou Ndoye", "PERSON"), ("RDS", "ORG")]


def test_an_untagged_place_opening_a_body_s_name_is_in_the_name(nlp):
    # the model tags `The Lesbos Volunteer Lifeguards Association` from `Volunteer` on at times
    got = _repaired_entities(nlp, ["The", "Lesbos", "Volunteer", "Lifeguards", "Association", "said", "it", "."],
                             [1, 1, 1, 1, 1, 1, 0, 0], ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
                             heads=[4, 4, 3, 4, 5, 5, 5, 5], deps=["det", "compound", "compound", "compound", "nsubj",
                                                                   "ROOT", "dobj", "punct"],
                             pos=["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"])
    assert got == [("Lesbos Volunteer Lifeguards Association", "ORG")]


def test_a_given_name_before_a_particle_opens_the_name(nlp):
    # the model tags `Jugah` a body and `Empeni` a person at times
    got = _repaired_entities(nlp, ["the", "headman", ",", "Jugah", "anak", "Empeni", ",", "said", "it", "."],
                             [1, 0, 1, 1, 1, 0, 1, 1, 0, 0],
                             ["O", "O", "O", "B-ORG", "O", "B-PERSON", "O", "O", "O", "O"],
                             pos=["DET", "NOUN", "PUNCT", "PROPN", "NOUN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"])
    assert got == [("Jugah anak Empeni", "PERSON")]


def test_a_body_owning_a_body_in_one_name_is_two_bodies(facts_of):
    f = facts_of("The Bank of Ghana’s Monetary Policy Committee voted 6-1 for the rise, the bank said in a "
                 "statement.")
    assert quotes(f) == [("indirect", "The Bank of Ghana’s Monetary Policy Committee voted 6-1 for the rise",
                          "Bank of Ghana")]


def test_who_was_questioned_answers_next(facts_of):
    f = facts_of("Maria Holt chairs the committee. Elena Vos runs the contractor.\n\n"
                 "Holt pressed Vos on whether the firm had ever warned the ministry in writing. She said it had, "
                 "twice, in 2020 and 2021, and promised to send the letters.")
    assert quotes(f) == [("indirect", "it had, twice, in 2020 and 2021", "Elena Vos")]


def test_a_clause_after_reports_is_no_report_of_the_sentence_s_subject(facts_of):
    # the reports are unattributed; the minister ordered an audit after them
    f = facts_of("The health minister ordered an inquiry on Friday after reports that nurses had been told to "
                 "falsify records.")
    assert quotes(f) == []


def test_told_in_the_passive_with_no_subject_is_no_one_s_report(facts_of):
    f = facts_of("Ana Lind said she had applied for the grant twice, only to be told that the fund was empty.")
    assert quotes(f) == [("indirect", "she had applied for the grant twice, only to be told that the fund was empty",
                          "Ana Lind")]


@pytest.mark.parametrize("text,names", [
    ("Troops were sent to villages in Cauca and Nariño after the attack.", ["Cauca", "Nariño"]),
    ("Relief lorries reached the flooded districts of Dadu and Larkana on Monday.", ["Dadu", "Larkana"]),
])
def test_a_name_listed_after_a_place_where_places_go_is_a_place(facts_of, text, names):
    f = facts_of(text)
    assert {a["name"]: a["type"] for a in f["actors"] if a["name"] in names} == {n: "place" for n in names}


def test_a_regulation_opening_on_a_title_word_is_no_person(facts_of):
    # "General" is a rank: the model's body must not become General Product Safety Regulation the person
    f = facts_of("The firm broke the bloc's General Product Safety Regulation, the agency said.")
    assert persons(f) == []


def test_a_title_the_government_owns_serves_the_country_the_article_is_about(facts_of):
    f = facts_of("Peru's talks with striking miners collapsed on Friday. Peru had offered a new royalty.\n\n"
                 "\"We offered everything we could,\" the government's chief negotiator, Raúl Quispe Torres, told "
                 "reporters in Lima.")
    assert actor(f, "Raúl Quispe Torres")["affiliation"] == "Peru"
    assert actor(f, "Raúl Quispe Torres")["title"] == "chief negotiator"


def test_a_provincial_title_serves_the_region_the_article_is_about(facts_of):
    f = facts_of("Floods hit Sindh in August. Farmers in Sindh lost their crops, and insurers in Sindh delayed claims "
                 "across Pakistan.\n\n"
                 "Provincial Finance Minister Nasreen Abbasi said the insurers had paid too little.")
    assert actor(f, "Nasreen Abbasi")["affiliation"] == "Sindh"


def test_one_name_after_a_word_for_a_person_and_before_an_age_is_a_person(nlp):
    # the model tags the single name a body at times
    from extract.actors.names import clean_name, entity_type
    from extract.lang import get_language

    doc = _written_out(nlp, ["His", "neighbour", "Halimah", ",", "47", ",", "said", "it", "."],
                       [1, 1, 0, 1, 0, 1, 1, 0, 0], ["O", "O", "B-ORG", "O", "O", "O", "O", "O", "O"],
                       pos=["PRON", "NOUN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PRON", "PUNCT"],
                       lemmas=["his", "neighbour", "Halimah", ",", "47", ",", "say", "it", "."])
    [ent] = doc.ents
    assert entity_type(ent, *clean_name(ent, get_language()), get_language()) == "person"


def test_capitalised_words_after_the_ending_in_a_word_for_a_body_are_a_body(facts_of):
    # the model tags none of these words
    f = facts_of("The Kestrels Members’ Alliance, a supporters’ group, said the board had lost its way. Its "
                 "spokeswoman, Ingrid Solli, told the radio that members were angry.")
    assert quotes(f)[0] == ("indirect", "the board had lost its way", "Kestrels Members’ Alliance")
    assert actor(f, "Ingrid Solli")["affiliation"] == "Kestrels Members’ Alliance"


def test_a_quotation_parsed_onto_an_apposed_title_is_no_part_of_it(nlp):
    # the model reads `"It is a mess," the union's general secretary, Ada Lind, said` at times with `secretary`
    # as the root and the quotation a clause of it
    from extract.actors.roles import title_and_affiliation
    from extract.lang import get_language

    doc = _written_out(nlp, ['"', "It", "is", "a", "mess", ",", '"', "the", "union", "'s", "general", "secretary", ",",
                             "Ada", "Lind", ",", "said", "."],
                       [0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0],
                       ["O"] * 13 + ["B-PERSON", "I-PERSON"] + ["O"] * 3,
                       heads=[2, 2, 11, 4, 2, 11, 11, 8, 11, 8, 11, 11, 11, 14, 11, 11, 11, 11],
                       deps=["punct", "nsubj", "ccomp", "det", "attr", "punct", "punct", "det", "poss", "case", "amod",
                             "ROOT", "punct", "compound", "appos", "punct", "acl", "punct"],
                       pos=["PUNCT", "PRON", "AUX", "DET", "NOUN", "PUNCT", "PUNCT", "DET", "NOUN", "PART", "ADJ",
                            "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"])
    name = doc.ents[0]
    assert title_and_affiliation(name, name.start, get_language())[0] == "union's general secretary"


@pytest.mark.parametrize("text, name, body", [
    ("The league fined the Tarn Rowing Club on Monday, docking the club six points. The club's president, Ana Lind, "
     "said the club would appeal.", "Ana Lind", "Tarn Rowing Club"),
    ("The ministry fined the Harbour Trading Company last week and barred the company until May. The company's chief "
     "executive, Paul Brandt, said it would appeal.", "Paul Brandt", "Harbour Trading Company"),
])
def test_a_number_or_date_after_a_word_for_a_body_is_no_name_of_it(facts_of, text, name, body):
    assert actor(facts_of(text), name)["affiliation"] == body


def test_untagged_words_opening_the_sentence_into_a_one_word_name_are_the_name(nlp):
    # the model tags only the last of `Teodoro Apaza Huamán` at times
    got = _repaired_entities(nlp, ["Teodoro", "Apaza", "Huamán", ",", "58", ",", "was", "detained", "."],
                             [1, 1, 0, 1, 0, 1, 1, 0, 0], ["O", "O", "B-PERSON", "O", "B-DATE", "O", "O", "O", "O"],
                             heads=[2, 2, 7, 2, 2, 2, 7, 7, 7],
                             deps=["compound", "compound", "nsubjpass", "punct", "appos", "punct", "auxpass", "ROOT",
                                   "punct"],
                             pos=["PROPN", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "AUX", "VERB", "PUNCT"])
    assert got == [("Teodoro Apaza Huamán", "PERSON"), ("58", "DATE")]


def test_a_name_tagged_a_person_after_a_court_s_of_is_the_court_s_place(nlp):
    # the model tags `Velmora` in `the Administrative Court of Velmora` a person at times
    got = _repaired_entities(nlp, ["They", "asked", "the", "Administrative", "Court", "of", "Velmora", "to", "act",
                                   "."], [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "O", "O", "O"],
                             heads=[1, 1, 4, 4, 1, 4, 5, 8, 1, 1],
                             deps=["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "aux", "xcomp", "punct"],
                             pos=["PRON", "VERB", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PART", "VERB", "PUNCT"])
    assert got == [("the Administrative Court of Velmora", "ORG")]


def test_a_name_listed_after_places_and_including_is_a_place(nlp):
    # the model tags the second of the provinces a person at times
    from extract.actors.names import clean_name, entity_type
    from extract.lang import get_language

    doc = _written_out(nlp, ["Four", "provinces", ",", "including", "Arlo", "and", "North", "Kemi", ",", "agreed", "."],
                       [1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 0],
                       ["O", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
                       heads=[1, 9, 1, 1, 3, 4, 7, 4, 1, 9, 9],
                       deps=["nummod", "nsubj", "punct", "prep", "pobj", "cc", "compound", "conj", "punct", "ROOT",
                             "punct"],
                       pos=["NUM", "NOUN", "PUNCT", "VERB", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "VERB",
                            "PUNCT"],
                       lemmas=["four", "province", ",", "include", "Arlo", "and", "North", "Kemi", ",", "agree", "."])
    ent = doc.ents[1]
    assert entity_type(ent, *clean_name(ent, get_language()), get_language()) == "place"


@pytest.mark.parametrize("apposed, name", [("the consortium, Consorcio Vial Arlo,", "Consorcio Vial Arlo"),
                                           ("his cousin, Ernesto Vial,", "Ernesto Vial")])
def test_a_name_parsed_as_apposed_across_a_clause_takes_no_title_from_it(facts_of, apposed, name):
    f = facts_of("Prosecutor Ana Lind told reporters outside the courthouse in Kemi that investigators had evidence "
                 f"that Ruiz received money from {apposed} between 2023 and 2025.")
    assert "courthouse" not in (actor(f, name).get("title") or "")


def test_a_hyphened_surname_tagged_a_body_with_a_title_apposed_is_a_person(nlp):
    # the model tags `Ngozi Adeyemi-Hart` a body at times
    from extract.actors.names import clean_name, entity_type
    from extract.lang import get_language

    doc = _written_out(nlp, ["Results", "fell", ",", "said", "Ngozi", "Adeyemi", "-", "Hart", ",", "a", "political",
                             "scientist", "."],
                       [0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0],
                       ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"],
                       heads=[1, 3, 3, 3, 7, 7, 7, 3, 7, 11, 11, 7, 3],
                       deps=["nsubj", "ccomp", "punct", "ROOT", "compound", "compound", "punct", "nsubj", "punct",
                             "det", "amod", "appos", "punct"],
                       pos=["NOUN", "VERB", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "ADJ",
                            "NOUN", "PUNCT"])
    ent = doc.ents[0]
    assert entity_type(ent, *clean_name(ent, get_language()), get_language()) == "person"


@pytest.mark.parametrize("text, author", [
    ("A survey of 38 economists published last week by the Central Bank of Tarnland found that they expected "
     "inflation to fall.", "Central Bank of Tarnland"),
    ("A poll of 1,200 voters conducted by the Tarn Institute found that most backed the plan.", "Tarn Institute"),
])
def test_a_document_published_after_its_of_phrase_is_its_author_s(facts_of, text, author):
    [(_, _, speaker)] = quotes(facts_of(text))
    assert speaker == author


def test_it_subject_of_a_second_conjunct_is_the_first_conjunct_s_subject(facts_of):
    f = facts_of('The Tarn Workers Union staged a strike on Monday.\n\nThe port would stay open, the Kemi Port '
                 'Authority said. The statement said the strike was illegal, and it accused the union of trying "to '
                 'hold the country to ransom".')
    assert quotes(f)[-1] == ("direct", "to hold the country to ransom", "The statement")


def test_a_surname_read_as_a_verb_before_himself_is_a_mention_of_the_person(facts_of):
    f = facts_of('Emmanuel Oga lost the election in March.\n\nJustice Amaka Bako-Yusuf ruled for the petitioner on '
                 'Friday, saying he had not proved his case.\n\nOga himself urged his supporters to stay calm. '
                 '"Justice has spoken. We will win at the ballot box," he wrote.')
    assert quotes(f)[-1] == ("direct", "Justice has spoken. We will win at the ballot box,", "Emmanuel Oga")


def test_a_name_joining_a_country_by_a_hyphen_is_no_person_s(facts_of):
    f = facts_of("Speaking to Agence France-Presse, the president of the Tarn League for Human Rights, Ana Lind, said "
                 "the vote was fair.")
    assert "Agence France-Presse" not in persons(f)


def test_it_after_a_sentence_about_a_described_body_is_that_body(facts_of):
    f = facts_of("The Tarn Farmers Union said it would appeal to the Administrative Court of Velmora.\n\nThe same "
                 "court rejected a similar request last year. In its ruling, it found that the farmers had not shown "
                 "any harm.")
    assert quotes(f)[-1] == ("indirect", "the farmers had not shown any harm",
                             "Administrative Court of Velmora")


@pytest.mark.parametrize("relative, speaker", [
    ("The sister of one of the dead men wept as she spoke to reporters outside the court.",
     "The sister of one of the dead men"),
    ("The widow of the pilot waited outside the court.", "The widow of the pilot"),
])
def test_a_relative_of_someone_introduced_definite_is_whom_the_pronoun_stands_for(facts_of, relative, speaker):
    f = facts_of('His lawyer, Ana Lind, told reporters that her client would plead not guilty. "He is innocent," she '
                 f'said.\n\n{relative} "The crane was broken for months," she said.')
    assert quotes(f)[-1] == ("direct", "The crane was broken for months,", speaker)


@pytest.mark.parametrize("text, quoted", [
    ("Ana Lind said a delegation from the Tarn Heritage Council had spent three days in Kemi this month examining "
     "the archives, and that the two sides had agreed on “the principle of return.”", "the principle of return."),
    ("Ana Lind said a team from the Tarn Water Board had spent two weeks in Arlo last month studying the dams, and "
     "that the two sides had agreed on “a shared plan.”", "a shared plan."),
])
def test_words_a_reported_clause_agreed_on_are_the_reporter_s_quotation(facts_of, text, quoted):
    assert quotes(facts_of(text))[-1] == ("direct", quoted, "Ana Lind")


def test_a_relation_named_before_the_subject_is_the_subject_s(facts_of):
    f = facts_of("Emmanuel Oga urged calm on Sunday.\n\nIn a statement signed by his chief press secretary, Yakubu "
                 "Ombugu, Governor Abdullahi Dangana said he remained in office.")
    assert actor(f, "Yakubu Ombugu")["affiliation"] == "Abdullahi Dangana"


def test_a_plural_name_after_the_tagged_a_person_is_a_team(nlp):
    # the model tags `the Velmora Rams` a person at times
    got = _repaired_entities(nlp, ["The", "win", "lifts", "the", "Velmora", "Rams", "into", "fourth", "place", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORDINAL", "O", "O"],
                             tags=["DT", "NN", "VBZ", "DT", "NNP", "NNPS", "IN", "JJ", "NN", "."],
                             pos=["DET", "NOUN", "VERB", "DET", "PROPN", "PROPN", "ADP", "ADJ", "NOUN", "PUNCT"])
    assert got[0] == ("Velmora Rams", "ORG")


@pytest.mark.parametrize("text, body", [
    ("The crane toppled, killing three workers employed by subcontractor Daeyang Marine Engineering and injuring "
     "five others.", "Daeyang Marine Engineering"),
    ("Caffè Orsini, the coffee roaster that is the team’s main sponsor, said in a statement that it was reviewing "
     "its support.", "Caffè Orsini"),
    ("The utility, Aguas Velmora, said the rationing would affect 80,000 people.", "Aguas Velmora"),
])
def test_a_name_ending_in_a_trade_or_described_by_one_is_a_company(facts_of, text, body):
    f = facts_of(text)
    assert body not in persons(f) and actor(f, body)["type"] == "org"


def test_a_name_opening_on_another_language_s_word_for_a_body_is_a_body(facts_of):
    f = facts_of("In a statement, Consorcio Andino Kemi said it would cooperate with investigators.")
    assert persons(f) == [] and quotes(f) == [("indirect", "it would cooperate with investigators",
                                               "Consorcio Andino Kemi")]


def test_a_name_tagged_a_location_before_who_is_a_person_s(nlp):
    # the model tags `Sari Lestari` a location at times
    got = _repaired_entities(nlp, ["Sari", "Lestari", ",", "who", "leads", "the", "group", ",", "said", "it", "."],
                             [1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0],
                             ["B-LOC", "I-LOC", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
                             heads=[1, 8, 1, 4, 1, 6, 4, 1, 8, 8, 8],
                             deps=["compound", "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "ROOT",
                                   "dobj", "punct"],
                             pos=["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON",
                                  "PUNCT"])
    assert got == [("Sari Lestari", "PERSON")]


def test_a_possessive_parsed_as_a_modifier_still_owns_the_title(facts_of):
    f = facts_of("The bust has been on show at the Velmora Museum of Ancient Art since 1931.\n\nEgypt asked for its "
                 "return in 2019.\n\nTalks began in March.\n\nOfficials met in Cairo last week.\n\nThe museum’s "
                 "director, Ana Lind, said in a statement that the institution accepted the findings.")
    assert role(f, "Ana Lind") == ("director", "Velmora Museum of Ancient Art")


def test_a_team_role_with_no_body_beside_it_is_held_in_the_article_s_team(facts_of):
    f = facts_of("Velmora Athletic FC sacked its manager on Monday after ten straight defeats. Velmora Athletic FC sit "
                 "bottom of the league.\n\nCaptain Ana Lind said the players were shocked. Striker Paul Brandt said "
                 "the squad had let the manager down. Former striker Ivo Rant said the club had lost its way.")
    assert [actor(f, n).get("affiliation") for n in ("Ana Lind", "Paul Brandt", "Ivo Rant")] == [
        "Velmora Athletic FC", "Velmora Athletic FC", None]
    assert actor(f, "Velmora Athletic FC")["type"] == "org"


@pytest.mark.parametrize("text, name, body", [
    ("Daeyang Marine Engineering employed the three men. The subcontractor's owner, Kim Tae-ho, said he was sorry.",
     "Kim Tae-ho", "Daeyang Marine Engineering"),
])
def test_a_title_owned_by_a_word_for_a_contractor_is_the_business_s(facts_of, text, name, body):
    assert actor(facts_of(text), name)["affiliation"] == body


@pytest.mark.parametrize("text, body", [
    ("One of the contractors named in the audit, Demir Yapı, denied any wrongdoing.", "Demir Yapı"),
    ("One of the firms named in the report, Kemal Insaat, rejected the findings.", "Kemal Insaat"),
])
def test_a_name_apposed_to_one_of_the_bodies_is_a_body_s(facts_of, text, body):
    f = facts_of(text)
    assert persons(f) == [] and actor(f, body)["type"] == "org"


def test_a_word_for_a_body_stands_for_the_body_it_described_before(facts_of):
    f = facts_of('The utility, Aguas Velmora, said the rationing would affect 80,000 people. Hospitals will be exempt.'
                 '\n\n"We are doing what we can," the utility said in a statement.')
    assert quotes(f)[-1] == ("direct", "We are doing what we can,", "Aguas Velmora")


def test_a_name_and_age_hung_on_the_opening_phrase_is_the_subject(facts_of):
    f = facts_of("At Kemi, a village near Lake Tarn, Paul Brandt, 47, said the water had turned brown.")
    assert quotes(f) == [("indirect", "the water had turned brown", "Paul Brandt")]


def test_a_report_after_a_clause_parsed_as_an_apposition_is_found(nlp):
    # the model reads `..., the club announced on Friday` at times as apposed to the clause's subject
    from extract.docs import set_quotations
    from extract.lang import get_language
    from extract.quotes import ParagraphQuotes

    words = ["Tarnby", "Rovers", "have", "agreed", "to", "sell", "a", "stake", "to", "Lakeshore", "Capital", ",", "the",
             "club", "announced", "on", "Friday", "."]
    doc = _written_out(nlp, words, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0],
                       ["B-ORG", "I-ORG"] + ["O"] * 7 + ["B-ORG", "I-ORG"] + ["O"] * 5 + ["B-DATE", "O"],
                       heads=[1, 3, 3, 3, 5, 3, 7, 5, 7, 10, 8, 3, 13, 1, 13, 14, 15, 3],
                       deps=["compound", "nsubj", "aux", "ROOT", "aux", "xcomp", "det", "dobj", "prep", "compound",
                             "pobj", "punct", "det", "appos", "acl", "prep", "pobj", "punct"],
                       pos=["PROPN", "PROPN", "AUX", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN",
                            "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Tarnby", "Rovers", "have", "agree", "to", "sell", "a", "stake", "to", "Lakeshore",
                               "Capital", ",", "the", "club", "announce", "on", "Friday", "."])
    set_quotations(doc, [])
    found = ParagraphQuotes(doc, 1, [], get_language()).reported()
    assert [(doc.text[a:b], f.speaker_tok) for f in found for a, b in f.parts] == [
        ("Tarnby Rovers have agreed to sell a stake to Lakeshore Capital", 13)]


def test_the_sentence_s_conjunction_is_no_part_of_a_title(nlp):
    # the model reads `But his older brother Tevita, a prop, posted` at times with `brother` as the root
    from extract.actors.roles import title_and_affiliation
    from extract.lang import get_language

    doc = _written_out(nlp, ["But", "his", "older", "brother", "Tevita", ",", "a", "prop", ",", "posted", "."],
                       [1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0], ["O"] * 4 + ["B-PERSON"] + ["O"] * 6,
                       heads=[3, 3, 3, 3, 3, 3, 7, 3, 3, 3, 3],
                       deps=["cc", "poss", "amod", "ROOT", "appos", "punct", "det", "appos", "punct", "acl", "punct"],
                       pos=["CCONJ", "PRON", "ADJ", "NOUN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB",
                            "PUNCT"])
    name = doc.ents[0]
    assert title_and_affiliation(name, name.start, get_language())[0] == "his older brother"


def test_a_speech_verb_hung_on_the_end_of_an_apposition_is_the_name_s(nlp):
    # the model reads `His brother Tevita, a prop who plays at the Rovers, posted: ...` at times with `brother` as the
    # root and `posted` hung on `Rovers`
    from extract.lang import get_language
    from extract.quotes import subject_of

    doc = _written_out(nlp, ["His", "brother", "Tevita", ",", "a", "prop", "who", "plays", "at", "the", "Rovers", ",",
                             "posted", "on", "Instagram", "."],
                       [1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0],
                       ["O", "O", "B-PERSON"] + ["O"] * 7 + ["B-ORG"] + ["O"] * 3 + ["B-ORG", "O"],
                       heads=[1, 1, 1, 1, 5, 1, 7, 5, 7, 10, 8, 10, 10, 12, 13, 1],
                       deps=["poss", "ROOT", "appos", "punct", "det", "appos", "nsubj", "relcl", "prep", "det", "pobj",
                             "punct", "acl", "prep", "pobj", "punct"],
                       tags=["PRP$", "NN", "NNP", ",", "DT", "NN", "WP", "VBZ", "IN", "DT", "NNPS", ",", "VBD", "IN",
                             "NNP", "."],
                       pos=["PRON", "NOUN", "PROPN", "PUNCT", "DET", "NOUN", "PRON", "VERB", "ADP", "DET", "PROPN",
                            "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"])
    assert subject_of(doc[12], get_language()).text == "Tevita"


def test_a_last_surname_tagged_a_place_ends_the_name(facts_of):
    # the model tags `Carla Mendes` a person and `Prado` a body
    f = facts_of("Speaking for the panel, Justice Carla Mendes Prado said the old law had failed the victims.")
    assert persons(f) == ["Carla Mendes Prado"]
    assert quotes(f) == [("indirect", "the old law had failed the victims", "Carla Mendes Prado")]


def test_an_untagged_name_opened_by_another_language_s_word_for_a_body_is_a_body(facts_of):
    f = facts_of("The families' lawyer spoke first. The Instituto Cuidar, which represents families of children "
                 "targeted by online abuse, called the decision “a victory for every mother who was ignored.”")
    assert persons(f) == []
    assert actor(f, "Instituto Cuidar")["type"] == "org"


def test_another_language_s_word_for_a_body_before_a_tagged_name_opens_it(nlp):
    # the model tags `Voz Aberta` a person and leaves `Coalizão` untagged at times
    got = _repaired_entities(nlp, ["Coalizão", "Voz", "Aberta", ",", "a", "network", ",", "warned", "."],
                             [1, 1, 0, 1, 1, 0, 1, 0, 0], ["O", "B-PERSON", "I-PERSON"] + ["O"] * 6,
                             pos=["PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"])
    assert got == [("Coalizão Voz Aberta", "ORG")]


def test_a_surname_read_as_a_plural_noun_and_described_as_a_person_is_a_mention(facts_of):
    f = facts_of("The tennis player Ana Moor has parted ways with her coach, Pere Castells.\n\nHer new coach, Tomas "
                 "Berg, arrived in Madrid on Thursday and watched her practise.\n\nCastells, a 48-year-old Catalan who "
                 "once trained two Olympic champions, was not at the courts on Friday. He told the radio station Onda "
                 "Cero that he had learnt of the decision by text message.")
    assert quotes(f) == [("indirect", "he had learnt of the decision by text message", "Pere Castells")]


def test_a_word_joined_by_a_hyphen_to_a_country_names_a_body(facts_of):
    # the model tags `Météo` and `France` apart
    f = facts_of("Snow closed three mountain passes overnight, according to Météo-France.")
    assert quotes(f) == [("indirect", "Snow closed three mountain passes overnight", "Météo-France")]
    assert actor(f, "France") is None


def test_a_name_alone_with_a_plural_verb_is_a_team(facts_of):
    f = facts_of("Coach Ana Ruiz said the squad was ready. Arlanza play their first match away on Saturday.")
    assert persons(f) == ["Ana Ruiz"]
    assert actor(f, "Arlanza")["type"] == "org"


def test_a_given_name_tagged_a_body_like_the_full_name_is_the_person_s(nlp):
    # the model tags `Goran Vasev` a body where `Vasev` is a person elsewhere, and `Goran` alone a body too
    docs = [_written_out(nlp, words, [1] * (len(words) - 2) + [0, 0], ents, pos=pos, heads=heads, deps=deps)
            for words, ents, pos, heads, deps in (
                (["Goran", "Vasev", "missed", "training", "."], ["B-ORG", "I-ORG", "O", "O", "O"],
                 ["PROPN", "PROPN", "VERB", "NOUN", "PUNCT"], [1, 2, 2, 2, 2],
                 ["compound", "nsubj", "ROOT", "dobj", "punct"]),
                (["Goran", "has", "a", "contract", "."], ["B-ORG", "O", "O", "O", "O"],
                 ["PROPN", "VERB", "DET", "NOUN", "PUNCT"], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"]),
                (["Vasev", "said", "nothing", "."], ["B-PERSON", "O", "O", "O"], ["PROPN", "VERB", "PRON", "PUNCT"],
                 [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"]))]
    registry = _collected(docs)
    assert sorted((a.name, a.type) for a in registry.actors.values()) == [("Goran Vasev", "person")]


def test_a_report_before_its_attribution_and_a_quotation_after_are_both_found(facts_of):
    f = facts_of("Any goats taken across the border would be returned, Lokwang said, “once we know whose goats "
                 "they are.”")
    assert quotes(f) == [("indirect", "Any goats taken across the border would be returned", "Lokwang"),
                         ("direct", "once we know whose goats they are.", "Lokwang")]


def test_names_where_people_flee_are_places(nlp):
    # the model tags both places persons at times
    got = _repaired_entities(nlp, ["Families", "fled", "south", "towards", "Napeitom", "and", "Kaikor", "."],
                             [1, 1, 1, 1, 1, 1, 0, 0], ["O"] * 4 + ["B-PERSON", "O", "B-PERSON", "O"],
                             heads=[1, 1, 1, 2, 3, 4, 4, 1],
                             deps=["nsubj", "ROOT", "advmod", "prep", "pobj", "cc", "conj", "punct"],
                             pos=["NOUN", "VERB", "ADV", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"])
    assert got == [("Napeitom", "GPE"), ("Kaikor", "GPE")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_quotation_then_quoted_as_saying_is_the_subject_s(facts_of, o, c):
    f = facts_of(f"{o}Prices will keep rising until the rains come,{c} Deputy Minister Pham Van Duc was quoted as "
                 "saying by the state news agency.")
    assert quotes(f) == [("direct", "Prices will keep rising until the rains come,", "Pham Van Duc")]


def test_the_owner_of_a_title_is_not_what_the_name_is_described_as(facts_of):
    # parsed with `agency` as the head of the apposition, `director-general` its modifier
    f = facts_of("The data were released by the Tarnland Geothermal Development Agency (TGDA).\n\n"
                 "“This is the day we have been waiting for since the 1990s,” said Ubah Farah Roble, the agency’s "
                 "director-general.")
    assert role(f, "Ubah Farah Roble") == ("director-general", "Tarnland Geothermal Development Agency")


def test_a_name_with_a_typeset_apostrophe_is_a_person_s(facts_of):
    f = facts_of("The director of the Coral Watch Alliance, Gemma O’Halloran, said in a statement that the survey "
                 "was the worst on record.")
    assert persons(f) == ["Gemma O’Halloran"]
    assert quotes(f) == [("indirect", "the survey was the worst on record", "Gemma O’Halloran")]


def test_a_portuguese_particle_that_is_an_english_word_stays_in_the_name(facts_of):
    # the model reads `dos` as the English verb: the sentence's verb, "Paulo" its subject
    f = facts_of("Paulo dos Santos Pereira, the club's coach, said his players were tired after the long flight.\n\n"
                 "The inquiry was chaired by Ana do Carmo Ribeiro, who said the dam was safe.")
    assert persons(f) == ["Ana do Carmo Ribeiro", "Paulo dos Santos Pereira"]
    assert quotes(f) == [("indirect", "his players were tired after the long flight", "Paulo dos Santos Pereira"),
                         ("indirect", "the dam was safe", "Ana do Carmo Ribeiro")]


def test_one_of_a_group_is_named_up_to_the_comma_after_it(facts_of):
    f = facts_of("One of the tribunal's three judges, who asked not to be named because its debates are secret, said "
                 "the ruling had been unanimous.")
    assert quotes(f) == [("indirect", "the ruling had been unanimous", "One of the tribunal's three judges")]


def test_he_after_a_description_named_in_its_own_phrase_is_the_named_person(facts_of):
    f = facts_of("A spokesman for the PLP, Ravi Naik, denied that any member had been bribed. The two members had "
                 "flown to Pune for a wedding and would return to Margao on Friday, he said.")
    assert quotes(f)[-1] == ("indirect", "The two members had flown to Pune for a wedding and would return to Margao "
                                         "on Friday", "Ravi Naik")


def test_a_noun_phrase_set_off_after_a_source_describes_it(facts_of):
    f = facts_of("About 60 percent of nurses and a third of the porters stayed away on Monday, according to the "
                 "Syndicat national de l’hôpital (SNH), the largest of the four unions that called the walkout.")
    assert [q[1] for q in quotes(f)] == ["About 60 percent of nurses and a third of the porters stayed away on Monday"]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_speech_verb_hung_on_a_name_left_as_the_root_is_the_name_s(facts_of, o, c):
    # the model reads `posted` as a participle on the name, leaving the sentence no verb
    f = facts_of(f"Prop Dafydd Jones, who is not related, posted on X: {o}Been here since I was 16. Not going "
                 f"anywhere until someone tells me I have to.{c}")
    assert quotes(f) == [("direct", "Been here since I was 16. Not going anywhere until someone tells me I have to.",
                          "Dafydd Jones")]


def test_a_capitalised_word_before_a_body_opening_on_its_head_word_opens_the_name(facts_of):
    f = facts_of("Players Union Cymru, which represents professional players in Wales, said it was seeking urgent "
                 "legal advice on whether players could end their contracts.")
    assert actor(f, "Players Union Cymru")["type"] == "org"
    assert quotes(f) == [("indirect", "it was seeking urgent legal advice on whether players could end their "
                                      "contracts", "Players Union Cymru")]


def test_she_after_a_titled_subject_named_in_its_phrase_is_the_named_person(facts_of):
    f = facts_of("Kerry Madigan, the union's branch president, said members were angry. She said the ballot would "
                 "close on Friday.\n\nThe president of the Moreton Bay Students' Guild, Jasmine Tran, urged staff to "
                 "vote yes. In a post on Instagram, she wrote: \"If they strike, we'll be on the picket line with "
                 "them.\"")
    assert quotes(f)[-1] == ("direct", "If they strike, we'll be on the picket line with them.", "Jasmine Tran")


def test_an_attribution_between_a_clause_and_its_conjunct_reports_both(facts_of):
    f = facts_of("The new ferry would sail in May, the minister said, and its sister ship would follow a year later.")
    assert quotes(f) == [("indirect", "The new ferry would sail in May ... and its sister ship would follow a year "
                                      "later", "The minister")]


def test_reefs_and_cruise_companies_are_no_one_s_names(facts_of):
    f = facts_of("Mick Sorensen, who runs Coral Horizon Cruises, said bookings were down. Skipper Tanya Moss, whose "
                 "boats take snorkellers to Hardy Reef, posted a video.")
    assert persons(f) == ["Mick Sorensen", "Tanya Moss"]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_partial_quotation_under_a_mid_sentence_attribution_is_the_attributed_speaker_s(facts_of, o, c):
    f = facts_of(f"His lawyer, Marc Vuille, spoke first. Swiss law, he argued, offers employees {o}no door to knock "
                 f"on{c} when they discover wrongdoing inside a bank.")
    assert ("direct", "no door to knock on", "Marc Vuille") in quotes(f)


def test_a_partial_quotation_under_a_mid_sentence_attribution_in_a_subordinate_clause_is_the_speaker_s(facts_of):
    f = facts_of('Marc Vuille spoke on Monday. The firm left Geneva because Swiss law, he argued, offers employees '
                 '"no door to knock on".')
    assert ("direct", "no door to knock on", "Marc Vuille") in quotes(f)


def test_who_after_a_town_tagged_a_body_in_a_person_s_description_is_the_person(facts_of):
    f = facts_of("Among the crowd was Urs Keller, 71, a retired baker from Lucerne, who said he had come every day "
                 "since the trial began.")
    assert quotes(f) == [("indirect", "he had come every day since the trial began", "Urs Keller")]


@pytest.mark.parametrize("text, bodies", [
    ("The complaint was lodged by the Hospital Directors' Association, which argued that the film was wrong.",
     ["Hospital Directors' Association"]),
    # a body's own name before a plural possessive still owns the body after it
    ("The judge ordered the release to the House of Representatives' Committee on Ways and Means on Thursday.",
     ["Committee on Ways and Means", "House of Representatives"]),
])
def test_a_plural_possessive_inside_a_body_s_name_keeps_it_whole(facts_of, text, bodies):
    assert sorted(a["name"] for a in facts_of(text)["actors"] if a["type"] == "org") == bodies


def test_capitalised_words_joined_by_a_hyphen_stay_in_an_untagged_body_s_name(facts_of):
    f = facts_of("The Kingston Short-Term Hosts Association, which says it represents about 180 hosts, said it would "
                 "ask the Ontario Superior Court of Justice to quash the bylaw. Its president, Lisa Bergeron, said she "
                 "had borrowed C$90,000.")
    assert role(f, "Lisa Bergeron") == ("president", "Kingston Short-Term Hosts Association")


def test_its_after_a_body_named_right_after_the_subject_s_word_is_that_body_s(facts_of):
    f = facts_of("The president pardoned Radek Vondra on Monday. The anti-corruption group Open Ledger called the "
                 "pardon “a receipt, not an act of mercy.” Its director, Tereza Blaha, wrote in a post on X that "
                 "Vondra had been seen at a hunting lodge.")
    assert role(f, "Tereza Blaha") == ("director", "Open Ledger")


def test_a_name_ending_in_a_particle_takes_the_untagged_surname_after_it(nlp):
    # the model tags `Ursula von der` a person and leaves `Leyen` untagged at times
    got = _repaired_entities(nlp, ["Ursula", "von", "der", "Leyen", "said", "it", "."], [1, 1, 1, 1, 1, 0, 0],
                             ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O"],
                             pos=["PROPN", "ADP", "X", "PROPN", "VERB", "PRON", "PUNCT"])
    assert got == [("Ursula von der Leyen", "PERSON")]


def test_a_person_tagged_a_facility_is_the_person_the_surname_names(nlp):
    # the model tags `Ravi Desai` a facility and `Desai` alone a place at times
    docs = [_written_out(nlp, ["The", "Rovers", "dropped", "Ravi", "Desai", "."], [1, 1, 1, 1, 0, 0],
                         ["O", "B-ORG", "O", "B-FAC", "I-FAC", "O"],
                         pos=["DET", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
                         heads=[1, 2, 2, 4, 2, 2], deps=["det", "nsubj", "ROOT", "compound", "dobj", "punct"]),
            _written_out(nlp, ["Desai", ",", "31", ",", "will", "stay", "."], [0, 1, 0, 1, 1, 0, 0],
                         ["B-GPE", "O", "O", "O", "O", "O", "O"],
                         pos=["PROPN", "PUNCT", "NUM", "PUNCT", "AUX", "VERB", "PUNCT"], heads=[5, 0, 0, 0, 5, 5, 5],
                         deps=["nsubj", "punct", "appos", "punct", "aux", "ROOT", "punct"])]
    registry = _collected(docs)
    assert sorted((a.name, a.type) for a in registry.actors.values() if a.type != "org") == [("Ravi Desai", "person")]


def test_a_name_after_a_fronted_place_and_a_comma_is_the_subject_not_a_place(nlp):
    # the parser reads `In Lahore, Imran Malik, ...` as a list of two places at times
    words = ["In", "Lahore", ",", "Imran", "Malik", ",", "a", "buyer", ",", "said", "orders", "fell", "."]
    doc = _written_out(nlp, words,
                       [1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0],
                       ["O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"],
                       pos=["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "NOUN",
                            "VERB", "PUNCT"],
                       heads=[9, 0, 1, 4, 1, 4, 7, 4, 4, 9, 11, 9, 9],
                       deps=["prep", "pobj", "punct", "compound", "conj", "punct", "det", "appos", "punct", "ROOT",
                             "nsubj", "ccomp", "punct"])
    registry = _collected([doc])
    assert sorted((a.name, a.type) for a in registry.actors.values()) == [("Imran Malik", "person"),
                                                                         ("Lahore", "place")]


def test_no_clause_opens_on_the_second_half_of_a_hyphened_word(nlp):
    # the parser splits `co-signed` and takes `signed the motion` for what the speaker said, at times
    from spacy.tokens import Doc

    from extract.docs import set_quotations
    from extract.lang import get_language
    from extract.marks import quoted_spans
    from extract.quotes import ParagraphQuotes

    words = ["Ana", "Ruiz", "spoke", ",", "said", "Eva", "Kron", ",", "whose", "party", "co", "-", "signed", "the",
             "motion", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O",
                    "O", "O"],
              pos=["PROPN", "PROPN", "VERB", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "VERB",
                   "VERB", "DET", "NOUN", "PUNCT"],
              heads=[1, 2, 4, 4, 4, 6, 4, 6, 9, 10, 6, 4, 4, 14, 12, 4],
              deps=["compound", "nsubj", "ccomp", "punct", "ROOT", "compound", "nsubj", "punct", "poss", "nsubj",
                    "relcl", "advcl", "ccomp", "det", "dobj", "punct"],
              lemmas=["Ana", "Ruiz", "speak", ",", "say", "Eva", "Kron", ",", "whose", "party", "co", "-", "sign",
                      "the", "motion", "."])
    lang = get_language()
    quoted = quoted_spans(doc.text)
    set_quotations(doc, quoted)
    texts = [doc.text[a:b] for f in ParagraphQuotes(doc, 1, quoted, lang).reported() for a, b in f.parts]
    assert "signed the motion" not in texts


_LEMMAS = {"said": "say", "lost": "lose", "adding": "add", "told": "tell", "predicted": "predict", "lasted": "last",
           "is": "be", "has": "have", "standing": "stand", "had": "have", "broken": "break", "promises": "promise",
           "warned": "warn", "advised": "advise", "sites": "site"}


def _reports_of_written_out(nlp, words, spaces, heads, deps, tags, pos, ents=None):
    """(text, speaker word) of each report found in a sentence written out as the parser reads it at times."""
    from spacy.tokens import Doc

    from extract.docs import set_quotations
    from extract.lang import get_language
    from extract.marks import quoted_spans
    from extract.quotes import ParagraphQuotes

    doc = Doc(nlp.vocab, words=words, spaces=[bool(x) for x in spaces], heads=heads, deps=deps, tags=tags, pos=pos,
              lemmas=[_LEMMAS.get(w, w.lower()) for w in words], ents=ents or ["O"] * len(words))
    quoted = quoted_spans(doc.text)
    set_quotations(doc, quoted)
    found = ParagraphQuotes(doc, 1, quoted, get_language()).reported()
    return [(" ... ".join(doc.text[a:b] for a, b in f.parts),
             doc[f.speaker_tok].text if f.speaker_tok is not None else None) for f in found]


def test_a_participle_of_speech_after_an_attribution_is_its_speaker_s(nlp):
    # `adding` hung on the quoted sentence's verb, whose subject is the mayor, at times
    words = ["The", "mayor", "had", '"', "broken", "promises", ",", '"', "the", "court", "said", ",", "adding", "that",
             "only", "the", "council", "could", "decide", "."]
    got = _reports_of_written_out(
        nlp, words, [1, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0],
        heads=[1, 2, 2, 5, 5, 2, 10, 10, 9, 10, 5, 2, 2, 18, 16, 16, 18, 18, 12, 2],
        deps=["det", "nsubj", "ROOT", "punct", "amod", "dobj", "punct", "punct", "det", "nsubj", "relcl", "punct",
              "advcl", "mark", "advmod", "det", "nsubj", "aux", "ccomp", "punct"],
        tags=["DT", "NN", "VBD", "``", "JJ", "NNS", ",", "''", "DT", "NN", "VBD", ",", "VBG", "IN", "RB", "DT", "NN",
              "MD", "VB", "."],
        pos=["DET", "NOUN", "VERB", "PUNCT", "ADJ", "NOUN", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "VERB",
             "SCONJ", "ADV", "DET", "NOUN", "AUX", "VERB", "PUNCT"])
    assert ("only the council could decide", "court") in got


def test_a_report_around_a_pronoun_s_attribution_names_no_one_before_the_pronoun(facts_of):
    f = facts_of("Tomasz Lis called the plan a disgrace. In Brussels, a spokeswoman for the Commission told "
                 "reporters the Commission was in contact with Warsaw. Any deal, she added, had to respect the law.")
    assert ("indirect", "Any deal ... had to respect the law", "A spokeswoman for the Commission") in quotes(f)


def test_a_verb_in_a_tense_of_its_own_is_not_under_the_negation_before_it(nlp):
    # `predicted` joined to `fill`, inside the first report, at times
    words = ["He", "told", "reporters", "that", "he", "would", "not", "sign", "the", "form", ",", "and", "predicted",
             "dozens", "of", "judges", "would", "refuse", "."]
    got = _reports_of_written_out(
        nlp, words, [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0],
        heads=[1, 1, 1, 7, 7, 7, 7, 1, 9, 7, 7, 7, 7, 17, 13, 14, 17, 12, 1],
        deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "aux", "neg", "ccomp", "det", "dobj", "punct", "cc", "conj",
              "nsubj", "prep", "pobj", "aux", "ccomp", "punct"],
        tags=["PRP", "VBD", "NNS", "IN", "PRP", "MD", "RB", "VB", "DT", "NN", ",", "CC", "VBD", "NNS", "IN", "NNS",
              "MD", "VB", "."],
        pos=["PRON", "VERB", "NOUN", "SCONJ", "PRON", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "VERB",
             "NOUN", "ADP", "NOUN", "AUX", "VERB", "PUNCT"])
    assert ("dozens of judges would refuse", "He") in got


def test_a_relative_clause_hung_on_a_speech_verb_is_no_report(nlp):
    # `that is all she has` hung on `said` as what was said, at times
    words = ["“", "It", "lasted", "a", "week", ",", "”", "Maria", "Lopes", "said", ",", "standing", "on", "the", "slab",
             "that", "is", "all", "she", "has", "."]
    got = _reports_of_written_out(
        nlp, words, [0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
        heads=[2, 2, 9, 4, 2, 2, 9, 8, 9, 9, 9, 16, 11, 14, 12, 16, 9, 16, 19, 17, 9],
        deps=["punct", "nsubj", "ccomp", "det", "npadvmod", "punct", "punct", "compound", "nsubj", "ROOT", "punct",
              "advcl", "prep", "det", "pobj", "nsubj", "ccomp", "attr", "nsubj", "relcl", "punct"],
        tags=["``", "PRP", "VBD", "DT", "NN", ",", "''", "NNP", "NNP", "VBD", ",", "VBG", "IN", "DT", "NN", "WDT",
              "VBZ", "DT", "PRP", "VBZ", "."],
        pos=["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "VERB", "ADP",
             "DET", "NOUN", "PRON", "AUX", "PRON", "PRON", "VERB", "PUNCT"],
        ents=["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 12)
    assert not any("standing" in text for text, _ in got)


def test_a_word_between_a_lower_case_title_and_a_one_word_name_opens_the_name(nlp):
    # the model tags `Banda` alone, a place, and not `Precious`, at times
    got = _repaired_entities(nlp, ["Rovers", "captain", "Precious", "Banda", "said", "it", "."], [1, 1, 1, 1, 1, 0, 0],
                             ["O", "O", "O", "B-GPE", "O", "O", "O"], heads=[1, 3, 3, 4, 4, 4, 4],
                             deps=["compound", "compound", "amod", "nsubj", "ROOT", "dobj", "punct"],
                             pos=["PROPN", "NOUN", "ADJ", "PROPN", "VERB", "PRON", "PUNCT"])
    assert got == [("Precious Banda", "PERSON")]


def test_a_name_set_off_after_the_place_a_title_is_for_is_the_holder_s(nlp):
    # the model tags `Pia Varsk` a place, and the parser hangs it on `Asia`, at times
    doc = _written_out(nlp, ["Its", "director", "for", "Asia", ",", "Pia", "Varsk", ",", "said", "it", "."],
                       [1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0],
                       ["O", "O", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O", "O", "O", "O"],
                       pos=["PRON", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON",
                            "PUNCT"],
                       heads=[1, 8, 1, 2, 3, 6, 3, 1, 8, 8, 8],
                       deps=["poss", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "dobj",
                             "punct"])
    registry = _collected([doc])
    assert sorted((a.name, a.type) for a in registry.actors.values()) == [("Asia", "place"), ("Pia Varsk", "person")]


def test_a_name_parsed_as_joined_to_a_fronted_place_is_the_speaker(nlp):
    # `In the town of Arlo, Ana Ruiz, 38, a vendor, said`, the name parsed as a conjunct of Arlo, the description
    # hung on `In` and `said` left subjectless
    words = ["In", "the", "town", "of", "Arlo", ",", "Ana", "Ruiz", ",", "38", ",", "a", "vendor", ",", "said", "she",
             "had", "lost", "everything", "."]
    got = _reports_of_written_out(
        nlp, words, [1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0],
        heads=[14, 2, 0, 2, 3, 4, 7, 4, 7, 7, 7, 12, 0, 14, 14, 17, 17, 14, 17, 14],
        deps=["prep", "det", "pobj", "prep", "pobj", "punct", "compound", "conj", "punct", "appos", "punct", "det",
              "prep", "punct", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
        tags=["IN", "DT", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "CD", ",", "DT", "NN", ",", "VBD", "PRP", "VBD",
              "VBN", "NN", "."],
        pos=["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "DET", "NOUN",
             "PUNCT", "VERB", "PRON", "AUX", "VERB", "PRON", "PUNCT"],
        ents=["O", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON"] + ["O"] * 12)
    assert ("she had lost everything", "Ruiz") in got


def test_a_participle_closing_a_report_hung_deep_in_it_is_the_reporter_s(nlp):
    # `calling` hung on `won`, inside what Ana Ruiz said, at times: Labour does not call the plan a farce
    from spacy.tokens import Doc

    from extract.lang import get_language
    from extract.quotes import subject_of

    words = ["Ana", "Ruiz", "said", "Labour", "would", "scrap", "it", "if", "it", "won", ",", "calling", "the", "plan",
             "a", "farce", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[1] * 9 + [0] + [1] * 5 + [0, 0],
              heads=[1, 2, 2, 5, 5, 2, 5, 9, 9, 5, 9, 9, 13, 11, 15, 11, 2],
              deps=["compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "mark", "nsubj", "advcl", "punct",
                    "advcl", "det", "dobj", "det", "dobj", "punct"],
              tags=["NNP", "NNP", "VBD", "NNP", "MD", "VB", "PRP", "IN", "PRP", "VBD", ",", "VBG", "DT", "NN", "DT",
                    "NN", "."],
              pos=["PROPN", "PROPN", "VERB", "PROPN", "AUX", "VERB", "PRON", "SCONJ", "PRON", "VERB", "PUNCT", "VERB",
                   "DET", "NOUN", "DET", "NOUN", "PUNCT"],
              lemmas=["Ana", "Ruiz", "say", "Labour", "would", "scrap", "it", "if", "it", "win", ",", "call", "the",
                      "plan", "a", "farce", "."])
    assert subject_of(doc[11], get_language()).text == "Ruiz"


def test_a_name_whose_members_are_spoken_of_is_a_body(facts_of):
    f = facts_of("Lex Nova welcomed the order, while Pro Lege, whose members include many of the newer judges, "
                 "accused the minister of collective punishment.")
    assert actor(f, "Pro Lege")["type"] == "org"
    assert "Pro Lege" not in persons(f)


def test_a_name_someone_heads_is_a_body(nlp):
    # the model tags what a person chairs or leads as a person's name at times, and leaves its first word out
    parse = dict(heads=[1, 8, 1, 4, 1, 6, 4, 1, 8, 8, 8], pos=["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PROPN",
                                                           "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"],
                 deps=["compound", "nsubj", "punct", "nsubj", "relcl", "compound", "dobj", "punct", "ROOT", "dobj",
                       "punct"], lemmas=["Maria", "Lis", ",", "who", "head", "Lex", "Nova", ",", "say", "it", "."])
    words = ["Maria", "Lis", ",", "who", "heads", "Lex", "Nova", ",", "said", "it", "."]
    spaces = [1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0]
    got = _repaired_entities(nlp, words, spaces, ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O",
                                                  "O", "O", "O"], **parse)
    assert got == [("Maria Lis", "PERSON"), ("Lex Nova", "ORG")]
    got = _repaired_entities(nlp, words, spaces, ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O",
                                                  "O", "O"], **parse)
    assert got == [("Maria Lis", "PERSON"), ("Lex Nova", "ORG")]


def test_the_body_a_person_leads_beats_the_town_the_person_is_from(nlp):
    # the parser hangs `who leads ...` on the name and `from near Voss` on the title, at times
    words = ["Ivo", "Rant", ",", "a", "sheep", "farmer", "from", "near", "Voss", "who", "leads", "Fjord", "Common",
             "Ground", ",", "said", "it", "."]
    doc = _written_out(nlp, words, [1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0],
                       ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "B-ORG", "I-ORG",
                        "I-ORG", "O", "O", "O", "O"],
                       heads=[1, 15, 1, 5, 5, 1, 5, 6, 7, 10, 1, 13, 13, 10, 1, 15, 15, 15],
                       deps=["compound", "nsubj", "punct", "det", "compound", "appos", "prep", "prep", "pobj", "nsubj",
                             "relcl", "compound", "compound", "dobj", "punct", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "ADP", "PROPN", "PRON", "VERB",
                            "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"],
                       lemmas=["Ivo", "Rant", ",", "a", "sheep", "farmer", "from", "near", "Voss", "who", "lead",
                               "Fjord", "Common", "Ground", ",", "say", "it", "."])
    registry = _collected([doc])
    assert registry.lookup("Ivo Rant").affiliation == "Fjord Common Ground"


def test_a_surname_capitalised_after_its_prefix_is_shaped_as_a_name(facts_of):
    f = facts_of("Her brother, Ewan MacLeod, a lobster fisherman who chairs the Tarn Creel Fishermen's Group, said "
                 "prices had fallen. The group had written to the minister, he said.")
    assert actor(f, "Ewan MacLeod")["type"] == "person"
    assert ("indirect", "The group had written to the minister", "Ewan MacLeod") in quotes(f)


_FISHERMAN_WHO_CHAIRS = ["Ewan", "MacLeod", ",", "a", "fisherman", "who", "chairs", "the", "Creel", "Group", ",",
                         "said", "it", "."]
_FISHERMAN_PARSE = dict(pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PRON", "VERB", "DET", "PROPN", "NOUN", "PUNCT",
                             "VERB", "PRON", "PUNCT"],
                        lemmas=["Ewan", "MacLeod", ",", "a", "fisherman", "who", "chair", "the", "Creel", "group", ",",
                                "say", "it", "."])
_FISHERMAN_SPACES = [1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0]


def test_a_name_described_as_a_person_first_is_no_body(nlp):
    # the model tags the name a body and the parser hangs the group the person chairs on the name, at times
    doc = _written_out(nlp, _FISHERMAN_WHO_CHAIRS, _FISHERMAN_SPACES,
                       ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"],
                       heads=[1, 11, 1, 4, 1, 6, 4, 9, 9, 1, 1, 11, 11, 11],
                       deps=["compound", "nsubj", "punct", "det", "appos", "nsubj", "relcl", "det", "compound", "appos",
                             "punct", "ROOT", "dobj", "punct"], **_FISHERMAN_PARSE)
    registry = _collected([doc])
    assert registry.lookup("Ewan MacLeod").type == "person"


def test_the_body_a_who_clause_on_the_description_says_the_person_leads(nlp):
    # the parser hangs `who chairs ...` on `fisherman`, not on the name, and the group's last word on the name, at
    # times
    doc = _written_out(nlp, _FISHERMAN_WHO_CHAIRS, _FISHERMAN_SPACES,
                       ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"],
                       heads=[1, 11, 1, 4, 1, 6, 4, 8, 6, 1, 1, 11, 11, 11],
                       deps=["compound", "nsubj", "punct", "det", "appos", "nsubj", "relcl", "det", "dobj", "appos",
                             "punct", "ROOT", "dobj", "punct"], **_FISHERMAN_PARSE)
    registry = _collected([doc])
    assert registry.lookup("Ewan MacLeod").affiliation == "Creel Group"


def test_a_name_after_a_word_for_bodies_is_the_body_her_title_is_at(facts_of):
    f = facts_of("Ana Koutra, a spokeswoman for the residents' group Nisos Avrio, wrote in a post on Facebook that "
                 "the cap was \"a first step, not a victory,\" and urged the council to act.")
    assert actor(f, "Ana Koutra").get("affiliation") == "Nisos Avrio"


def test_a_name_after_a_word_for_bodies_is_no_apposed_speaker(nlp):
    from extract.lang import get_language
    from extract.quotes import subject_of

    # the model tags the speaker a body and the group's name a person, and hangs the name on the speaker, at times
    words = ["Ana", "Koutra", ",", "a", "spokeswoman", "for", "the", "residents", "'", "group", "Nisos", "Avrio", ",",
             "wrote", "that", "it", "was", "over", "."]
    doc = _written_out(nlp, words, [1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0],
                       ["B-ORG", "I-ORG"] + ["O"] * 8 + ["B-PERSON", "I-PERSON"] + ["O"] * 7,
                       heads=[1, 13, 1, 4, 1, 4, 7, 5, 1, 11, 11, 1, 1, 13, 16, 16, 13, 16, 13],
                       deps=["compound", "nsubj", "punct", "det", "appos", "prep", "det", "pobj", "punct", "compound",
                             "compound", "appos", "punct", "ROOT", "mark", "nsubj", "ccomp", "acomp", "punct"],
                       pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "PROPN",
                            "PROPN", "PUNCT", "VERB", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"],
                       lemmas=["Ana", "Koutra", ",", "a", "spokeswoman", "for", "the", "resident", "'", "group",
                               "Nisos", "Avrio", ",", "write", "that", "it", "be", "over", "."])
    assert subject_of(doc[13], get_language()).text == "Koutra"


def test_a_name_apposed_to_a_unit_of_a_firm_is_a_body(nlp):
    # the model tags such a name a person's at times
    doc = _written_out(nlp, ["Minera", "Tarnacasa", ",", "a", "unit", "of", "Kemi", "Metals", ",", "said", "it", "."],
                       [1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0],
                       ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
                       heads=[1, 9, 1, 4, 1, 4, 7, 5, 1, 9, 9, 9],
                       deps=["compound", "nsubj", "punct", "det", "appos", "prep", "compound", "pobj", "punct", "ROOT",
                             "dobj", "punct"],
                       pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "VERB", "PRON",
                            "PUNCT"],
                       lemmas=["Minera", "Tarnacasa", ",", "a", "unit", "of", "Kemi", "Metals", ",", "say", "it", "."])
    registry = _collected([doc])
    assert registry.lookup("Minera Tarnacasa").type == "org"


def test_a_name_a_which_clause_is_about_is_no_person_wherever_it_stands(facts_of):
    f = facts_of("A spokeswoman for the roaster Kemi Kaffee, which buys robusta, said the company would keep its "
                 "suppliers.")
    assert actor(f, "Kemi Kaffee")["type"] == "org"
    # not a name listed after another: `which` is the film's
    f = facts_of("Silence is a documentary by Tomasz and Marek Sekielski, which is about abuse among priests.")
    assert actor(f, "Marek Sekielski")["type"] == "person"


def test_a_sport_before_a_country_names_its_federation(nlp):
    # the model tags such a name a person's at times
    doc = _written_out(nlp, ["Athletics", "Kenya", "said", "it", "would", "appeal", "."], [1, 1, 1, 1, 1, 0, 0],
                       ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"], heads=[1, 2, 2, 5, 5, 2, 2],
                       deps=["compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
                       pos=["PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"])
    assert _collected([doc]).lookup("Athletics Kenya").type == "org"


def test_a_name_apposed_to_a_nonprofit_is_a_body(nlp):
    # the model tags such a name a person's at times
    doc = _written_out(nlp, ["Kemi", "Trace", ",", "a", "nonprofit", ",", "said", "it", "."],
                       [1, 0, 1, 1, 0, 1, 1, 0, 0],
                       ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"],
                       heads=[1, 6, 1, 4, 1, 1, 6, 6, 6],
                       deps=["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
                       lemmas=["Kemi", "Trace", ",", "a", "nonprofit", ",", "say", "it", "."])
    assert _collected([doc]).lookup("Kemi Trace").type == "org"


def test_a_spokeswoman_for_a_firm_described_by_its_trade_is_no_portfolio_s(facts_of):
    f = facts_of("A spokeswoman for Hamburg-based roaster Tarn Kaffee said the company would keep its suppliers.")
    assert quotes(f) == [("indirect", "the company would keep its suppliers",
                          "A spokeswoman for Hamburg-based roaster Tarn Kaffee")]


def test_a_body_s_name_cut_at_and_is_whole_when_a_word_for_a_body_is_apposed(facts_of):
    f = facts_of("Clyde and Isles Ferries, the state-owned company that runs most of Scotland's west coast routes, "
                 "said the ferry had been taken out of service on Sunday.")
    assert quotes(f) == [("indirect", "the ferry had been taken out of service on Sunday", "Clyde and Isles Ferries")]


def test_a_name_apposed_to_a_joint_venture_is_a_body(facts_of):
    f = facts_of("The developer, Tarnby Offshore Wind, a joint venture between Kemi Corp and Arlo Energy, said it "
                 "had met the fishermen forty times.")
    assert persons(f) == []
    assert quotes(f) == [("indirect", "it had met the fishermen forty times", "Tarnby Offshore Wind")]


def test_a_body_s_name_runs_on_over_and_after_its_of(nlp):
    # the model tags `The Ministry of Energy` and leaves `and Mines` out, at times
    got = _repaired_entities(nlp, ["The", "Ministry", "of", "Energy", "and", "Mines", "said", "it", "."],
                             [1, 1, 1, 1, 1, 1, 1, 0, 0], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"],
                             pos=["DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT"])
    assert got == [("The Ministry of Energy and Mines", "ORG")]


def test_an_untagged_name_before_the_word_for_its_kind_is_the_body(facts_of):
    f = facts_of("The Peace and Bread party, which governed until 2019, said it would file a motion. Its leader, "
                 "Ana Lis, called the plan a farce.")
    assert actor(f, "Peace and Bread")["type"] == "org"
    assert actor(f, "Ana Lis")["affiliation"] == "Peace and Bread"


def test_the_body_named_before_the_word_for_its_kind_speaks(facts_of):
    f = facts_of("The Tarnby Civic party said it would vote against the bill.")
    assert quotes(f) == [("indirect", "it would vote against the bill", "Tarnby Civic")]


def test_a_title_owned_by_a_body_s_first_word_is_that_body_s(nlp):
    # `Seiran's president, Ana Lis,` after `Seiran Offshore Wind`: the model tags `Seiran's` a work at times
    docs = [_written_out(nlp, ["Seiran", "Offshore", "Wind", "said", "it", "."], [1, 1, 1, 1, 0, 0],
                         ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
                         pos=["PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
                         heads=[2, 2, 3, 3, 3, 3], deps=["compound", "compound", "nsubj", "ROOT", "dobj", "punct"]),
            _written_out(nlp, ["Seiran", "'s", "president", ",", "Ana", "Lis", ",", "said", "it", "."],
                         [0, 1, 0, 1, 1, 0, 1, 1, 0, 0],
                         ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"],
                         pos=["PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"],
                         heads=[2, 0, 7, 2, 5, 2, 2, 7, 7, 7],
                         deps=["poss", "case", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "dobj",
                               "punct"])]
    lis = _collected(docs).lookup("Ana Lis")
    assert (lis.title, lis.affiliation) == ("president", "Seiran Offshore Wind")


def test_a_role_one_is_removed_from_is_no_title(facts_of):
    f = facts_of("The Tarn Rovers removed Ana Lis as captain on Monday. Lis, 31, will stay in the side.")
    assert actor(f, "Ana Lis").get("title") is None


def test_a_place_in_the_article_s_team_beats_a_nationality(facts_of):
    f = facts_of("The Indore Panthers have dropped their captain with five matches left, the franchise said on "
                 "Thursday.\n\nThe Panthers have lost five games in a row and sit last in the table.\n\nHead coach "
                 "Grant Moss, a former New Zealand batter, said the decision was his alone.\n\nSouth African "
                 "all-rounder Piet Venter will lead the side, the Panthers said. Venter said he was honoured.\n\nOn "
                 "Tuesday the Panthers lost to the Kemi Lions, for whom Kenyan batsman Paul Otieno scored 80.")
    assert actor(f, "Grant Moss")["affiliation"] == "Panthers"
    assert (actor(f, "Piet Venter")["title"], actor(f, "Piet Venter")["affiliation"]) == ("all-rounder", "Panthers")
    assert actor(f, "Paul Otieno")["affiliation"] == "Kenya"  # named, not quoted: maybe a rival's


@pytest.mark.parametrize("full, short, other, holder, title", [
    ("Indore Stallions", "Stallions", "Premier League", "Grant Moss", "Head coach"),  # a team by its last word
    ("Tarnwerk Antriebstechnik", "Tarnwerk", "Radio Kemi", "Eva Kron", "chief executive"),  # a company by its first
], ids=["last word", "first word"])
def test_a_body_called_by_one_word_of_its_name_counts_for_its_full_name(full, short, other, holder, title):
    from extract.actors.registry import ORG, PERSON, Mention, Registry
    from extract.actors.roles import body_affiliations
    from extract.lang import get_language

    lang = get_language()
    registry = Registry(lang)
    whole, part, another = (registry.add(name, ORG, where) for name, where in ((full, (1, 0)), (short, (2, 1)),
                                                                              (other, (2, 9))))
    person = registry.add(holder, PERSON, (3, 2))
    person.title = title
    mentions = [Mention(whole.id, 1, 0, 1, True), Mention(another.id, 2, 0, 9, False),
                *(Mention(part.id, p, 0, 1, True) for p in (2, 4, 5))]
    body_affiliations(registry, mentions, lang)
    assert person.affiliation == full


def test_an_acronym_before_the_word_for_a_body_names_its_parent_not_it(facts_of):
    f = facts_of("The World Weather Organization issued its report on Tuesday. Drier summers were the main cause of "
                 "the fires, the Geneva-based U.N. agency said.")
    assert [speaker for _, _, speaker in quotes(f)] == ["The Geneva-based U.N. agency"]


def test_a_name_and_age_apposed_inside_the_opening_phrase_is_the_subject(nlp):
    # `At Kemi, a village near Lake Tarn, Paul Brandt, 47, said`, the name apposed to the lake and the age to the name
    words = ["At", "Kemi", ",", "a", "village", "near", "Lake", "Tarn", ",", "Paul", "Brandt", ",", "47", ",", "said",
             "the", "water", "had", "turned", "brown", "."]
    got = _reports_of_written_out(
        nlp, words, [1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0],
        heads=[14, 0, 1, 4, 1, 4, 7, 5, 7, 10, 7, 10, 10, 14, 14, 16, 18, 18, 14, 18, 14],
        deps=["prep", "pobj", "punct", "det", "appos", "prep", "compound", "pobj", "punct", "compound", "appos",
              "punct", "appos", "punct", "ROOT", "det", "nsubj", "aux", "ccomp", "acomp", "punct"],
        tags=["IN", "NNP", ",", "DT", "NN", "IN", "NNP", "NNP", ",", "NNP", "NNP", ",", "CD", ",", "VBD", "DT", "NN",
              "VBD", "VBN", "JJ", "."],
        pos=["ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NUM",
             "PUNCT", "VERB", "DET", "NOUN", "AUX", "VERB", "ADJ", "PUNCT"],
        ents=["O", "B-GPE", "O", "O", "O", "O", "B-LOC", "I-LOC", "O", "B-PERSON", "I-PERSON"] + ["O"] * 10)
    assert ("the water had turned brown", "Brandt") in got


def test_a_joined_speech_verb_with_its_own_subject_keeps_its_report_after_a_tensed_negation(facts_of):
    f = facts_of("The umpires never changed the ball, and the board said it had not seen the footage.")
    assert quotes(f) == [("indirect", "it had not seen the footage", "The board")]


@pytest.mark.parametrize("text, found", [
    ('Mary Wambui, 24, won in Berlin. "I am very happy," the 24-year-old told reporters after the race.',
     ("direct", "I am very happy,", "Mary Wambui")),
    ("Ruth Otieno, 31, came second. The 31-year-old told reporters she would appeal against the result.",
     ("indirect", "she would appeal against the result", "Ruth Otieno")),
])
def test_an_age_and_told_both_read_as_adjectives_of_reporters_still_attribute(facts_of, text, found):
    # the model reads `the 24-year-old told reporters` as one noun phrase, `told` an adjective of `reporters`
    assert quotes(facts_of(text)) == [found]


@pytest.mark.parametrize("text, speaker", [
    ('Liisa Korhonen pulled out on Thursday, a day after a row with the umpire that the Finn said had left her '
     '"shaking for an hour."', "Liisa Korhonen"),
    ("Poland's Katarzyna Wroblewska, who will face Mirela Dobre of Romania on Saturday, won in three sets. \"She was "
     'not the same player," the Pole said.', "Katarzyna Wroblewska"),
    ("Emilio Serrano, a former Spanish Davis Cup player who has coached Andrei Vasilescu since 2021, said his player "
     'was fit. Vasilescu trained at altitude, he said.\n\n"Andrei suffered a lot," the Spaniard said.',
     "Emilio Serrano"),
])
def test_a_noun_for_a_nationality_is_the_person_of_that_country(facts_of, text, speaker):
    f = facts_of(text)
    said = [s for _, _, s in quotes(f)]
    assert said[-1] == speaker
    assert not {"Finn", "Pole", "Spaniard", "The Spaniard"} & {a["name"] for a in f["actors"]}


def test_a_given_name_after_an_inverted_speech_verb_opens_the_name(facts_of):
    # the model tags `Lamine Diouf` only, leaving the first given name out
    f = facts_of('"We come back with three crates," said Mamadou Lamine Diouf, 52, who heads the owners\' committee.')
    assert persons(f) == ["Mamadou Lamine Diouf"]
    assert [s for _, _, s in quotes(f)] == ["Mamadou Lamine Diouf"]


def test_a_given_name_after_an_inverted_speech_verb_opens_the_name_with_no_age_after_it(facts_of):
    # the model tags `Lamine Diouf` only; nothing after the name but who the man is
    f = facts_of('"We come back with three crates," said Mamadou Lamine Diouf, who heads the owners\' committee.')
    assert persons(f) == ["Mamadou Lamine Diouf"]
    assert [s for _, _, s in quotes(f)] == ["Mamadou Lamine Diouf"]


def test_an_untagged_word_opening_a_sentence_before_a_name_of_given_names_and_who_opens_it(facts_of):
    # the model tags `Abdul Satar Momade`, from the second given name
    f = facts_of("Nazir Abdul Satar Momade, who heads the port authority, said the quay would reopen.")
    assert persons(f) == ["Nazir Abdul Satar Momade"]
    assert [s for _, _, s in quotes(f)] == ["Nazir Abdul Satar Momade"]


def test_an_untagged_word_opening_the_sentence_before_a_two_word_name_is_its_given_name(facts_of):
    # the model tags `Pereyra Núñez` only
    f = facts_of("Sebastián Pereyra Núñez, who heads the kidney unit at the city hospital, told the newspaper El "
                 "Observador that his unit had seen more patients.")
    assert persons(f) == ["Sebastián Pereyra Núñez"]


def test_turkish_given_names_open_a_name_and_tell_she_from_he(facts_of):
    # the model tags `Sena Aksoy-Tan` only, and `Elif Kaya` an organisation, where `Elif` is a given name unknown
    f = facts_of("Elif Sena Aksoy-Tan, a hydrogeologist at Tarn University, said the aquifer had dropped.")
    assert persons(f) == ["Elif Sena Aksoy-Tan"]
    f = facts_of("Elif Kaya met Ahmet Demir on Monday. She said the plan would fail.")
    assert [s for _, _, s in quotes(f)] == ["Elif Kaya"]


def test_a_body_named_works_after_a_title_word_is_a_body(facts_of):
    # `State` is also a title (`State Senator`): what follows it is no person's name when it ends in `Works`
    f = facts_of("The State Coastal Works said in a statement that the sea wall had held.")
    assert actor(f, "State Coastal Works")["type"] == "org"
    assert [s for _, _, s in quotes(f)] == ["State Coastal Works"]


def test_faroese_particles_hold_a_name_together(facts_of):
    # `á`, `í` and `við` (`of`, `at`) join a Faroese surname of a place to the given names
    f = facts_of("Rakul Maria á Hamri, a councillor, said the ferry would stop. Eirik Jensen við Streym said the "
                 "school would close.")
    assert sorted(persons(f)) == ["Eirik Jensen við Streym", "Rakul Maria á Hamri"]
    assert [s for _, _, s in quotes(f)] == ["Rakul Maria á Hamri", "Eirik Jensen við Streym"]


def test_a_name_of_several_words_someone_is_from_is_a_place(facts_of):
    # the model tags `La Tarnera` a person
    f = facts_of('"We cannot wait," said Ana Lind, 58, a retired schoolteacher from La Tarnera, as she queued.')
    assert persons(f) == ["Ana Lind"]
    assert actor(f, "La Tarnera")["type"] == "place"


def test_a_name_of_several_words_listed_after_a_place_in_is_a_place(facts_of):
    # the model tags `Caldeira de Tarna` a person
    f = facts_of("Others were staying with relatives in Funchal and Caldeira de Tarna, he said.")
    assert persons(f) == []
    assert actor(f, "Caldeira de Tarna")["type"] == "place"


def test_letters_for_a_club_before_its_name_make_it_a_club_however_it_is_named_after(facts_of):
    # the model tags `Kemi Bor` a person and leaves `FK` out, as a title
    f = facts_of("FK Kemi Bor was refused a licence on Thursday. Kemi Bor said it would appeal.")
    assert persons(f) == []
    assert [s for _, _, s in quotes(f)] == ["FK Kemi Bor"]
    f = facts_of('FK Kemi Bor was refused a licence on Thursday. "We will appeal," Kemi Bor said.')
    assert persons(f) == []
    assert actor(f, "FK Kemi Bor")["type"] == "org"


def test_a_name_ending_in_electricity_is_a_firm_s_even_after_a_given_name(facts_of):
    f = facts_of("About a fifth of homes have no power, according to the state utility, Maya Electricity.")
    assert persons(f) == []
    assert actor(f, "Maya Electricity")["type"] == "org"


def test_a_name_opening_on_the_portuguese_word_for_radio_is_a_broadcaster_s(facts_of):
    f = facts_of("Father Ana Lind told Rádio Tarnby that a dozen dioceses were studying the plan.")
    assert persons(f) == ["Ana Lind"]
    assert actor(f, "Rádio Tarnby")["type"] == "org"


def test_a_place_named_as_a_hamlet_is_a_place(facts_of):
    f = facts_of("Maria Lind, 71, who has lived in the hamlet of Vila da Tarna all her life, said she had left with "
                 "only her medicines.")
    assert persons(f) == ["Maria Lind"]


def test_a_phrase_read_as_a_second_subject_of_the_speech_verb_is_part_of_the_report(facts_of):
    # the parser makes `most` a second subject of `said`, beside `officials`
    f = facts_of("Forty-two people were rescued, most of them by fishermen from the village of Tarna who reached the "
                 "boat before the police arrived, officials said.")
    assert [t for _, t, _ in quotes(f)] == ["Forty-two people were rescued, most of them by fishermen from the "
                                           "village of Tarna who reached the boat before the police arrived"]


def test_and_that_read_as_a_determiner_goes_on_with_the_report(facts_of):
    # the parser reads `that turnout` as a noun phrase and `fall` as a second verb of `added`
    f = facts_of("Ana Lind added that voters were tired of early elections, the third in six years, and that "
                 "turnout could fall below 60 per cent.")
    assert [t for _, t, _ in quotes(f)] == ["voters were tired of early elections, the third in six years, and "
                                           "that turnout could fall below 60 per cent"]


def test_a_report_of_its_own_after_the_attribution_is_not_what_the_speaker_said(facts_of):
    # the parser makes `warned` a second clause of `said`
    f = facts_of("Bus fares will rise by a fifth in March, the city council said on Monday, a rise unions warned "
                 "would hit the poorest hardest.")
    assert quotes(f)[0][1] == "Bus fares will rise by a fifth in March"


def test_an_untagged_name_of_two_given_names_and_two_surnames_is_one_person(facts_of):
    # the model tags none of `Ana Rita Tarno Sousa`
    f = facts_of("Ana Rita Tarno Sousa, coordinator of the lay association Leigos do Sul, took a more hopeful view. "
                 "She argued that the change was a chance.")
    assert persons(f) == ["Ana Rita Tarno Sousa"]
    assert quotes(f) == [("indirect", "the change was a chance", "Ana Rita Tarno Sousa")]


def test_a_name_after_an_according_to_source_with_a_relative_clause_is_the_source(facts_of):
    # the parser hangs the name on the sentence's verb, not on `captain`
    f = facts_of("Players have not been paid since December, according to the club's captain, Darko Petrovski, "
                 "who said several teammates had taken second jobs.")
    assert quotes(f) == [("indirect", "Players have not been paid since December", "Darko Petrovski"),
                         ("indirect", "several teammates had taken second jobs", "Darko Petrovski")]


def test_what_someone_was_promised_is_no_report_of_theirs(facts_of):
    f = facts_of("Ana Lind, the coach, said she had been promised that the debts would be paid by June.")
    assert quotes(f) == [("indirect", "she had been promised that the debts would be paid by June", "Ana Lind")]


def test_a_body_s_letters_in_brackets_after_a_title_are_not_who_holds_it(facts_of):
    # the model tags the speaker a body and the parser hangs `URTT` on the title as an apposition
    f = facts_of('"We want fair slots," said Kodjo Mawuli Agbéko, president of the Union of Road Transporters of Togo '
                 '(URTT).')
    assert quotes(f) == [("direct", "We want fair slots,", "Kodjo Mawuli Agbéko")]


def test_an_unnamed_speaker_s_description_leaves_out_the_letters_in_brackets(facts_of):
    f = facts_of("The licensing committee of the Football Federation of Tarn (FFT) said in its decision that the club "
                 "owed about 41 million denars.")
    assert quotes(f) == [("indirect", "the club owed about 41 million denars",
                          "The licensing committee of the Football Federation of Tarn")]
    assert actor(f, "The licensing committee of the Football Federation of Tarn")["aliases"] == [
        "The licensing committee of the Football Federation of Tarn (FFT)"]  # as written


def test_the_name_someone_is_known_by_is_another_name_of_theirs(facts_of):
    f = facts_of('"We need rain," said Omar Haddad, 60, who keeps goats and is known in the valley as Abu Tarek. Abu '
                 'Tarek said the wells were dry.')
    assert persons(f) == ["Omar Haddad"]
    assert [s for _, _, s in quotes(f)] == ["Omar Haddad", "Omar Haddad"]


def test_a_ministry_of_two_portfolios_joined_by_and_is_one_body(facts_of):
    # the model cuts the name at `and`: `The Ministry of Fisheries` and `Maritime Economy`
    f = facts_of("The Ministry of Fisheries and Maritime Economy said in a statement that the licences were legal.")
    assert quotes(f) == [("indirect", "the licences were legal", "Ministry of Fisheries and Maritime Economy")]


def test_a_name_apposed_to_a_title_before_it_is_a_person_whatever_the_tag(facts_of):
    # the model tags `Fatou Bintou Sow` a building
    f = facts_of("The group's campaign coordinator, Fatou Bintou Sow, was quoted by the daily Le Soleil as saying "
                 "that the government had no idea how much fish was left.")
    assert persons(f) == ["Fatou Bintou Sow"]
    assert [s for _, _, s in quotes(f)] == ["Fatou Bintou Sow"]


def test_a_place_hyphened_to_a_participle_is_no_actor(facts_of):
    # the model tags `Dakar-registered` a person
    f = facts_of("Atlantic Sahel Peche, a Dakar-registered company, said in a statement that its trawlers had never "
                 "fished inside the zone.")
    assert persons(f) == []


def test_one_of_a_group_named_after_it_as_a_body_is_that_body(facts_of):
    f = facts_of("One of the licence holders, Atlantic Sahel Pêche, a company based in Las Palmas, said in a "
                 "statement that its four trawlers had never fished inside the zone.")
    assert quotes(f) == [("indirect", "its four trawlers had never fished inside the zone", "Atlantic Sahel Pêche")]


def test_a_name_set_off_with_its_age_and_origin_after_an_opening_phrase_is_the_subject(facts_of):
    # the model hangs the name on the opening phrase (and tags it a body): the verb has no subject arc
    f = facts_of("In olive groves outside El Amra, a town north of Sfax where migrants have camped since they were "
                 "moved out of the city, Ibrahima Diallo, 24, from Guinea, said he had paid 1,500 dinars for a place "
                 "on a boat.")
    assert quotes(f) == [("indirect", "he had paid 1,500 dinars for a place on a boat", "Ibrahima Diallo")]


def test_a_report_verb_read_as_an_adjective_of_the_clause_s_subject_still_reports(facts_of):
    # the model reads `predicted departures` as an adjective and its noun, both subjects of `keep`
    f = facts_of("Its spokeswoman, Giulia Ferretti, predicted departures would keep rising until October.")
    assert quotes(f) == [("indirect", "departures would keep rising until October", "Giulia Ferretti")]


@pytest.mark.parametrize("text, found", [
    ("The government had been too slow to admit there was a shortage.", []),
    ("The minister was too quick to say the crisis was over.", [("indirect", "the crisis was over", "The minister")]),
])
def test_a_report_after_too_was_not_made_unless_too_quick(facts_of, text, found):
    assert quotes(facts_of(text)) == found


@pytest.mark.parametrize("text, found", [
    ("Pupils in Tarvik went back to school on Monday to find that most lessons would be taught in Estonian.", []),
    ("Parents returned home from work to discover that the water had been cut off.", []),
    ("The inquiry found that the driver had ignored a signal.",
     [("indirect", "the driver had ignored a signal", "The inquiry")]),
])
def test_what_met_someone_on_arriving_is_not_a_report(facts_of, text, found):
    assert quotes(facts_of(text)) == found


def test_the_owner_of_a_city_government_is_a_place(facts_of):
    # the model tags `Smederevo` a person
    f = facts_of("Smederevo's city government said it would pay the wages owed to the players by Friday.")
    assert persons(f) == []
    assert actor(f, "Smederevo")["type"] == "place"


_MEMBERS_HUNG_ON_THE_VERB = [  # the parser hangs `a nurse` on `told`
    ("Novak", 1, 1, "nsubj", "PROPN", "NNP", "Novak", "B-PERSON"), ("told", 1, 1, "ROOT", "VERB", "VBD", "tell", "O"),
    ("the", 1, 3, "det", "DET", "DT", "the", "O"), ("judge", 1, 1, "dobj", "NOUN", "NN", "judge", "O"),
    ("the", 1, 5, "det", "DET", "DT", "the", "O"), ("state", 1, 7, "nsubj", "NOUN", "NN", "state", "O"),
    ("would", 1, 7, "aux", "AUX", "MD", "would", "O"), ("call", 1, 1, "ccomp", "VERB", "VB", "call", "O"),
    ("12", 1, 9, "nummod", "NUM", "CD", "12", "B-CARDINAL"), ("witnesses", 0, 7, "dobj", "NOUN", "NNS", "witness", "O"),
    (",", 1, 7, "punct", "PUNCT", ",", ",", "O"), ("among", 1, 14, "prep", "ADP", "IN", "among", "O"),
    ("them", 1, 11, "pobj", "PRON", "PRP", "they", "O"), ("a", 1, 14, "det", "DET", "DT", "a", "O"),
    ("nurse", 1, 1, "dobj", "NOUN", "NN", "nurse", "O"), ("in", 1, 14, "prep", "ADP", "IN", "in", "O"),
    ("Graz", 0, 15, "pobj", "PROPN", "NNP", "Graz", "B-GPE"), (".", 0, 1, "punct", "PUNCT", ".", ".", "O")]


def test_members_named_after_a_comma_go_on_with_the_report(nlp):
    assert reported_in_parse(nlp, _MEMBERS_HUNG_ON_THE_VERB) == [
        "the state would call 12 witnesses, among them a nurse in Graz"]


def test_a_participle_after_the_subject_read_as_the_verb_leaves_the_subject_speaking(facts_of):
    # the model makes `stuck` the sentence's verb and hangs `said` on it as a loose word
    f = facts_of("Lorry drivers stuck in the queue said they were running out of water.")
    assert quotes(f) == [("indirect", "they were running out of water", "Lorry drivers")]


def test_words_with_no_verb_after_the_report_s_comma_go_on_with_it(facts_of):
    # the model makes `four hours’ drive from ...` a second clause of `said`
    f = facts_of("Lind said the hearings had been held in the town of Arlo, four hours’ drive from most of the "
                 "villages, and mostly in French.")
    assert quotes(f) == [("indirect", "the hearings had been held in the town of Arlo, four hours’ drive from most of "
                          "the villages, and mostly in French", "Lind")]


def test_a_person_s_group_is_the_body_they_head(facts_of):
    # the model tags `Choque’s` a body
    f = facts_of("Rodrigo Choque, a lawyer who heads Centro Jurídico Pachamama, said the plant would drain the wells."
                 "\n\nIn a petition filed on Wednesday, Choque’s group argued that the consultation had been a "
                 "formality.")
    assert quotes(f)[-1] == ("indirect", "the consultation had been a formality", "Centro Jurídico Pachamama")


def test_two_words_tagged_places_with_a_title_apposed_are_a_person(nlp):
    # the model tags `Goran` and `Perić` as two places at times
    got = _repaired_entities(nlp, ["Goran", "Perić", ",", "president", "of", "the", "Ferry", "Guild", ",", "said",
                                   "no", "."],
                             [1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0],
                             ["B-GPE", "B-GPE", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"],
                             heads=[1, 9, 1, 1, 3, 7, 7, 4, 1, 9, 9, 9],
                             deps=["compound", "nsubj", "punct", "appos", "prep", "det", "compound", "pobj", "punct",
                                   "ROOT", "dobj", "punct"],
                             pos=["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "VERB",
                                  "PRON", "PUNCT"])
    assert got == [("Goran Perić", "PERSON"), ("the Ferry Guild", "ORG")]


@pytest.mark.parametrize("text", [
    '"If they cannot land in Tarnby, they will go to Kemi or Arlo instead," said Ana Lind, the line\'s director.',
    '"If they cannot land in Tarnby, they will go to Arlo instead," said Ana Lind, the line\'s director.'])
def test_where_people_go_instead_is_a_place(facts_of, text):
    assert persons(facts_of(text)) == ["Ana Lind"]


def test_what_a_body_called_a_decision_is_its_words(facts_of):
    f = facts_of('The airline cancelled 40 flights on Monday, a move the pilots\' union called "a cynical stunt."')
    assert quotes(f) == [("direct", "a cynical stunt.", "The pilots' union")]


def test_a_quotation_in_a_report_attributed_mid_sentence_is_the_speaker_s(facts_of):
    f = facts_of('Ana Lind spoke on Monday. The plan, she said, was "a disaster" for the town.')
    assert ("direct", "a disaster", "Ana Lind") in quotes(f)


@pytest.mark.parametrize("text, found", [
    ("The union demanded that the talks resume before Friday.",
     [("indirect", "the talks resume before Friday", "The union")]),
    ("The union demanded higher pay and a shorter week.", []),
])
def test_a_demand_reports_only_with_a_that_clause(facts_of, text, found):
    assert quotes(facts_of(text)) == found


def test_the_ends_of_a_carrier_s_route_are_places(facts_of):
    f = facts_of("The train was carrying 300 people from Alice Town to Mirabel when it derailed.")
    assert persons(f) == []


def test_a_given_name_alone_tagged_a_place_is_the_person_s(facts_of):
    # the model tags `Rohana` a place when it stands alone
    f = facts_of("The panel is led by retired judge Rohana Abdul Wahid.\n\nOpening the hearing, Rohana stressed "
                 "that the inquiry was not a court.")
    assert quotes(f) == [("indirect", "the inquiry was not a court", "Rohana Abdul Wahid")]


def test_a_name_s_word_that_looks_like_a_contraction_stays_whole(facts_of):
    # spaCy's tokenizer splits `Id` into `I` and `d`, as if `I'd` had lost its apostrophe
    f = facts_of("Back in Tagoudiane, Aicha Id Brahim, 52, whose house collapsed, said she no longer believed the "
                 "officials.")
    assert persons(f) == ["Aicha Id Brahim"]


def test_a_participle_after_according_to_is_the_writer_s(facts_of):
    f = facts_of("Rents in Tarnby rose 12 percent last year, according to the city's housing office, pushing many "
                 "families out of the centre.")
    assert [text for _, text, _ in quotes(f)] == ["Rents in Tarnby rose 12 percent last year"]


_REPORTER_APPOSED_TO_THE_LAST_WORD = [  # the parser apposes `official` to `Kemi` and joins `told` to `rise`
    ("Prices", 1, 2, "nsubj", "NOUN", "NNS", "price", "O"), ("will", 1, 2, "aux", "AUX", "MD", "will", "O"),
    ("rise", 1, 2, "ROOT", "VERB", "VB", "rise", "O"), ("in", 1, 2, "prep", "ADP", "IN", "in", "O"),
    ("the", 1, 5, "det", "DET", "DT", "the", "O"), ("town", 1, 3, "pobj", "NOUN", "NN", "town", "O"),
    ("of", 1, 5, "prep", "ADP", "IN", "of", "O"), ("Kemi", 0, 6, "pobj", "PROPN", "NNP", "Kemi", "B-GPE"),
    (",", 1, 7, "punct", "PUNCT", ",", ",", "O"), ("a", 1, 11, "det", "DET", "DT", "a", "O"),
    ("city", 1, 11, "compound", "NOUN", "NN", "city", "O"), ("official", 1, 7, "appos", "NOUN", "NN", "official", "O"),
    ("told", 1, 2, "conj", "VERB", "VBD", "tell", "O"), ("reporters", 0, 12, "dobj", "NOUN", "NNS", "reporter", "O"),
    (".", 0, 2, "punct", "PUNCT", ".", ".", "O")]


def test_a_reporter_apposed_to_the_clause_s_last_word_reports_the_clause(nlp):
    assert reported_in_parse(nlp, _REPORTER_APPOSED_TO_THE_LAST_WORD) == ["Prices will rise in the town of Kemi"]


def test_the_body_meant_by_a_word_is_one_that_acted_not_one_only_told(facts_of):
    f = facts_of("The Tarn Sugar Corporation said on Monday it would close its mill.\n\nOpposition leader Ana Lind "
                 "told the Tarn Broadcasting Corporation that the decision was a disgrace.\n\nThe corporation said the "
                 "last cane would be crushed in December.")
    assert quotes(f)[-1] == ("indirect", "the last cane would be crushed in December", "Tarn Sugar Corporation")


def test_the_company_is_the_one_firm_named_after_its_kind(facts_of):
    f = facts_of("Swedish lock maker Varnby will cut 300 jobs at its plant in the town of Eskil, the company said on "
                 "Monday.\n\nThe Stockholm-listed company said it would open talks with unions next week.")
    assert {speaker for _, _, speaker in quotes(f)} == {"Varnby"}


def test_a_body_named_after_a_title_and_of_ending_in_a_place_word_is_not_split(facts_of):
    f = facts_of("Ruth Oakes, chief of the Elm Creek Fire District, said her crews had found a downed power line.")
    assert persons(f) == ["Ruth Oakes"]
    assert actor(f, "Ruth Oakes")["affiliation"] == "Elm Creek Fire District"


def test_a_verdict_holding_a_relative_clause_reports_nothing(facts_of):
    f = facts_of("In 2021, a jury in Kemi found Arlo Power liable for fires that destroyed 300 homes in the valley.")
    assert quotes(f) == []


def test_an_attribution_set_off_inside_a_report_makes_no_report_of_its_own(facts_of):
    f = facts_of('Ana Lind, a lawyer for the families, said the ruling would "put the company\'s emails before a '
                 'jury," including messages in which, she said, managers discussed cutting the power and decided '
                 'against it.')
    assert {speaker for _, _, speaker in quotes(f)} == {"Ana Lind"}
    assert len(quotes(f)) == 2


def test_what_a_compass_point_is_of_is_a_place(facts_of):
    # the model tags `Moala Levu` a person
    f = facts_of("Schools in the east of Moala Levu stayed shut on Monday.")
    assert persons(f) == []


def test_a_chess_title_is_a_title(facts_of):
    f = facts_of("At the centre of the row is Grandmaster Ion Popa, 27, who moved to the Tarnish federation in "
                 "January.")
    assert persons(f) == ["Ion Popa"]
    assert actor(f, "Ion Popa")["title"] == "Grandmaster"


def test_the_town_s_mayor_is_of_the_place_described_as_a_town(facts_of):
    f = facts_of("Tarvik, a town of about 35,000 people west of Kemi, gave its name to a shoe maker.\n\nThe town's "
                 "mayor, Liisa Aho, said the town had come through worse.")
    assert actor(f, "Liisa Aho")["affiliation"] == "Tarvik"


def test_the_body_owning_a_title_beats_a_place_named_in_it(facts_of):
    f = facts_of("The mine is being built by state company Minera Andina Unida with a Chinese partner.\n\nThe "
                 "company's manager for its Oruro operations, Ana Quispe, said the project had passed every review.")
    assert actor(f, "Ana Quispe")["affiliation"] == "Minera Andina Unida"


def test_a_capital_named_before_a_mayor_is_the_mayor_s_city(facts_of):
    f = facts_of("Voters in Riga backed plans for a new bridge on Sunday, handing Mayor Ana Berg a victory in a long "
                 "dispute.")
    assert actor(f, "Ana Berg")["affiliation"] == "Riga"


def test_a_relative_clause_of_what_someone_undertook_stays_in_the_report(facts_of):
    f = facts_of("The prosecutor told the court the state planned to call 20 witnesses, among them a driver who has "
                 "agreed to testify against his former employer.")
    assert quotes(f) == [("indirect", "the state planned to call 20 witnesses, among them a driver who has agreed to "
                          "testify against his former employer", "The prosecutor")]


def test_a_lower_case_title_before_a_name_tagged_a_building_makes_it_a_person(facts_of):
    # the model tags `Ryota Nakagawa` a building
    f = facts_of("Opposition lawmaker Ryota Nakagawa of the Constitutional Democratic Party of Japan told the "
                 "committee last week that the government had been slow.")
    assert persons(f) == ["Ryota Nakagawa"]


def test_the_one_an_opening_participle_addresses_is_not_the_pronoun(facts_of):
    f = facts_of("Prosecuting for the agency, Alison Marsh told the court that the monitors had recorded spills on 63 "
                 "days.\n\nHelen Garside, for the company, said it accepted full responsibility. Responding to Marsh, "
                 "she argued that most of the alerts had been caused by a faulty sensor.")
    assert quotes(f)[-1] == ("indirect", "most of the alerts had been caused by a faulty sensor", "Helen Garside")


def test_a_chain_s_officer_serves_the_chain_named_before(facts_of):
    f = facts_of("Hanamaru Stores, which runs 260 supermarkets, said it had sold out of rice.\n\nThe chain's "
                 "president, Emiko Sasaki, told reporters that customers were buying imported rice.")
    assert actor(f, "Emiko Sasaki")["affiliation"] == "Hanamaru Stores"


def test_a_sentence_of_narration_between_two_quotations_makes_two_quotes(facts_of):
    f = facts_of('"I explain fractions in Estonian, then again in Russian," said the teacher, Galina Orlova. She '
                 'acknowledged that this broke the rules. "What should I do? Let them fail?"')
    assert [(k, t) for k, t, _ in quotes(f) if k == "direct"] == [
        ("direct", "I explain fractions in Estonian, then again in Russian,"),
        ("direct", "What should I do? Let them fail?")]


def test_an_attribution_after_a_question_is_no_narration_between_the_parts(facts_of):
    f = facts_of('"Who had access to her food before that test?" Nyamweya said. "Nobody at the agency has asked it."')
    assert [t for _, t, _ in quotes(f)] == ["Who had access to her food before that test? ... Nobody at the agency "
                                            "has asked it."]


def test_a_that_clause_hung_beside_the_report_verb_is_its_content(facts_of):
    # the model hangs `posted` and the `that` clause both on the name, leaving the sentence no verb
    f = facts_of("Réjean Fortin, who taps 6,000 trees near Plessisville and has campaigned for years against its "
                 "control of bulk sales, posted on Facebook that the theft proved the reserve was \"a bureaucracy "
                 "that nobody watches.\"")
    assert quotes(f) == [
        ("indirect", 'the theft proved the reserve was "a bureaucracy that nobody watches."', "Réjean Fortin"),
        ("direct", "a bureaucracy that nobody watches.", "Réjean Fortin")]


def test_one_word_of_a_body_s_name_is_the_body_not_a_person(facts_of):
    # the model tags the club's short name a person
    f = facts_of("Players at Serbian basketball club KK Jezava Smederevo refused to train on Thursday.\n\n\"We love "
                 "this club,\" said captain Stefan Radulović, a 31-year-old forward who has spent nine seasons at "
                 "Jezava.")
    assert persons(f) == ["Stefan Radulović"]


def test_the_place_named_with_the_owning_word_beats_places_named_since(facts_of):
    f = facts_of("Migrants reached the Italian island of Lampedusa this week, and a ferry took 300 of them on to "
                 "Naples.\n\nThe reception centre held more than 1,900 on Tuesday, said Salvatore Mirabella, the "
                 "island's mayor.")
    assert (actor(f, "Salvatore Mirabella")["title"], actor(f, "Salvatore Mirabella")["affiliation"]) == \
        ("mayor", "Lampedusa")


def test_a_place_named_only_in_a_relative_clause_on_the_title_is_not_the_person_s(facts_of):
    f = facts_of("Migrants reached the Italian island of Lampedusa this week.\n\nThe reception centre held more than "
                 "1,900 on Tuesday morning, said Salvatore Mirabella, the island's mayor, who urged the government to "
                 "move people to Sicily faster.")
    assert (actor(f, "Salvatore Mirabella")["title"], actor(f, "Salvatore Mirabella")["affiliation"]) == \
        ("mayor", "Lampedusa")


def test_a_name_holding_a_broadcaster_s_word_is_a_body(facts_of):
    # the model tags `Sky Sport Italia` a person
    f = facts_of("Nicolò Bellandi, who scored his ninth league goal of the season, told Sky Sport Italia that the "
                 "dressing room had watched the replay in silence.")
    assert persons(f) == ["Nicolò Bellandi"]


def test_an_untagged_body_after_a_word_for_its_kind_is_found_again_as_a_subject(facts_of):
    # the model tags nothing of `Uprising for Tomorrow` (`Tomorrow` a date) and reads `Uprising` as a verb later
    f = facts_of("Four activists went on trial on Wednesday. The four, members of the group Uprising for Tomorrow, cut "
                 "through a perimeter fence before dawn.\n\nUprising for Tomorrow wrote on X that the trial was "
                 "\"a trial of the climate movement, not of four people.\"")
    assert {s for _, _, s in quotes(f)} == {"Uprising for Tomorrow"}


@pytest.mark.parametrize("text,body", [
    ("Tom Reyes, Asia director of Human Rights Watch, said the trials were unfair.", "Human Rights Watch"),
    ("Mina Saleh, country director of Highland Relief International, said the grants were late.",
     "Highland Relief International"),
    ("Tom Reyes, director of the Lago Verde Dairy Cooperative, said the harvest was late.",
     "Lago Verde Dairy Cooperative")])
def test_a_body_named_after_a_title_and_of_ending_in_a_body_s_word_is_not_split(facts_of, text, body):
    # the model tags the whole body; its last two words are not a person's name
    f = facts_of(text)
    assert len(persons(f)) == 1
    assert actor(f, persons(f)[0])["affiliation"] == body


def test_a_name_tagged_a_place_before_an_addressee_speaks(facts_of):
    # the model tags `Nino Gelashvili` a place and hangs it on the quotation, leaving `told` no subject
    f = facts_of("“They call it law. We call it what it is: a list of enemies,” Nino Gelashvili, leader of the "
                 "opposition Unity party, told the crowd outside the Opera House.")
    assert quotes(f) == [("direct", "They call it law. We call it what it is: a list of enemies,", "Nino Gelashvili")]


@pytest.mark.parametrize("text,report", [
    ("The union said 12,000 nurses had walked out, a figure the health ministry disputed.",
     "12,000 nurses had walked out"),
    ("Okafor said the battery lasted twice as long as its rivals, a claim that could not be independently verified.",
     "the battery lasted twice as long as its rivals"),
    ("The minister said the rules followed \"the best Nordic practice,\" a comparison rejected by press groups.",
     "the rules followed \"the best Nordic practice,\"")])
def test_the_writer_s_comment_after_a_report_is_no_part_of_it(facts_of, text, report):
    f = facts_of(text)
    assert [t for kind, t, _ in quotes(f) if kind == "indirect"] == [report]
    assert all(speaker is not None for _, _, speaker in quotes(f))


def test_a_reporter_parsed_as_apposed_inside_the_clause_speaks_it(facts_of):
    # the parser apposes `the hospital's director` to `ward` and leaves `said` with no subject
    f = facts_of("At Tarnfield General Hospital, where all the injured have been taken, a second trauma ward was "
                 "opened overnight, the hospital's director, Dr. Ana Lindqvist, said.")
    assert quotes(f) == [("indirect", "At Tarnfield General Hospital, where all the injured have been taken, a "
                                      "second trauma ward was opened overnight", "Ana Lindqvist")]


def test_actions_listed_after_an_object_are_no_report(facts_of):
    f = facts_of("The county council has declared three coastal villages flood zones, closed two schools and banned "
                 "boating on the lake until Friday.")
    assert quotes(f) == []


def test_its_statement_after_a_family_speaking_is_the_family_s(facts_of):
    f = facts_of("The family said a memorial would be held in May.\n\n\"She taught us to listen,\" its statement said.")
    assert quotes(f) == [("indirect", "a memorial would be held in May", "The family"),
                         ("direct", "She taught us to listen,", "The family")]


def test_a_quotation_in_the_source_s_own_clause_leaves_its_report(facts_of):
    f = facts_of("Lind died on Monday at her home in Oslo after a short illness, according to a statement from the "
                 "family, which said she had been \"surrounded by music.\"")
    assert ("indirect", "Lind died on Monday at her home in Oslo after a short illness", "The family") in quotes(f)


def test_a_quotation_after_as_she_put_it_is_hers(facts_of):
    f = facts_of("Rosa Lind moved to Paris at 20 with, as she later put it, \"two coats, one violin and no French at "
                 "all.\"")
    assert quotes(f) == [("direct", "two coats, one violin and no French at all.", "Rosa Lind")]


def test_what_a_passive_speech_verb_agrees_is_no_speaker(facts_of):
    f = facts_of("The ministry said in a statement that grain corridors must be agreed with Kemi \"and not imposed by "
                 "foreign capitals.\"")
    assert ("direct", "and not imposed by foreign capitals.", "The ministry") in quotes(f)
    assert {speaker for _, _, speaker in quotes(f)} == {"The ministry"}


def test_its_opening_a_body_s_name_is_no_part_of_it(facts_of):
    # the model tags `Its Foreign Ministry`
    f = facts_of("The army-backed government welcomed the veto. Its Foreign Ministry said in a statement that the "
                 "corridors were illegal.")
    assert quotes(f) == [("indirect", "the corridors were illegal", "Foreign Ministry")]


def test_the_place_opening_a_sentence_read_as_its_subject_does_not_speak(facts_of):
    # the parser makes `Kassala` the subject of `said` and apposes the name to `schools`
    f = facts_of("In Kassala, where thousands of families who fled the war are sleeping in schools, Fatima Osman, 41, "
                 "a teacher, said by phone that her children had not eaten for two days.")
    assert quotes(f) == [("indirect", "her children had not eaten for two days", "Fatima Osman")]


@pytest.mark.parametrize("text,expected", [
    ("The firm said in a statement it had cut output there by about 15 percent and was shifting deliveries to rail.",
     [("indirect", "it had cut output there by about 15 percent and was shifting deliveries to rail", "The firm")]),
    ("Lind said so in an interview she gave to the BBC on Monday.", [])])
def test_a_report_without_that_after_the_statement_is_reported(facts_of, text, expected):
    assert quotes(facts_of(text)) == expected


def test_reported_to_police_describes_its_subject_and_reports_nothing(facts_of):
    f = facts_of("Burglaries reported to police on the coast reached 4,100 in the year to June, according to the Tarn "
                 "regional government.")
    assert quotes(f) == [("indirect", "Burglaries reported to police on the coast reached 4,100 in the year to June",
                          "The Tarn regional government")]


def test_a_that_clause_hung_on_a_time_is_the_report(facts_of):
    # the parser hangs the `that` clause on `day`
    f = facts_of("Her brother, Aki Salo, wrote on X the next day that his sister had climbed the same hill \"every "
                 "spring for 30 years\" and always carried a whistle.")
    assert ("direct", "every spring for 30 years", "Aki Salo") in quotes(f)
    assert [speaker for kind, _, speaker in quotes(f) if kind == "indirect"] == ["Aki Salo"]


def test_a_that_clause_hung_on_a_ceremony_is_the_report(facts_of):
    f = facts_of("Mayor Ana Lind told reporters after the ceremony that the utility had moved the dam twice at the "
                 "village's request.")
    assert quotes(f) == [("indirect", "the utility had moved the dam twice at the village's request", "Ana Lind")]


@pytest.mark.parametrize("text", [
    # the parser reads the description as a clause `said` reports, or `said` as its conjunct
    "Eino Lahti, 68, a herder whose family hunting ground along the Kemi would be partly flooded by the new "
    "reservoir, said he had voted against the plan at every meeting.",
    "Eino Lahti, 68, a herder whose family grazing land along the Kemi would be partly flooded by the dam, said he "
    "had voted against the plan at every meeting."])
def test_a_name_described_with_whose_speaks_whatever_the_parse(facts_of, text):
    assert quotes(facts_of(text)) == [("indirect", "he had voted against the plan at every meeting", "Eino Lahti")]


@pytest.mark.parametrize("text,expected", [
    ("\"We will not sell the lake,\" Chief Anna Moose of the Lake Council told several hundred people gathered in a "
     "large tent beside the school.", [("direct", "We will not sell the lake,", "Anna Moose")]),
    ("Mayor Ana Lind told several hundred people gathered in the square that the bridge would reopen.",
     [("indirect", "the bridge would reopen", "Ana Lind")])])
def test_listeners_described_by_a_participle_are_not_what_was_told(facts_of, text, expected):
    assert quotes(facts_of(text)) == expected


def test_an_inverted_condition_goes_on_with_the_report(facts_of):
    f = facts_of("Lind said the fine would have been 30 million pounds had Tarnbank not agreed to settle.")
    assert quotes(f) == [("indirect", "the fine would have been 30 million pounds had Tarnbank not agreed to settle",
                          "Lind")]


def test_the_subject_after_and_speaks_not_the_one_before(facts_of):
    # the parser makes both `lines` and `operator` subjects of `said`
    f = facts_of("Long lines formed at the few cash machines still working, and the port operator said 20 ferries "
                 "had been cancelled since Friday.")
    assert quotes(f) == [("indirect", "20 ferries had been cancelled since Friday", "The port operator")]


@pytest.mark.parametrize("text,place", [
    # each tagged a person by the model
    ("Since 2018, when an outbreak in Kannur and neighbouring Kottayam killed 12 people, the state has tested bats.",
     "Kottayam"),
    ("Protesters blocked the railway to Santa Lucia for a second day on Tuesday.", "Santa Lucia"),
    ("The union may extend the blockades to the state borders with Oaxaca and Guerrero.", "Guerrero")])
def test_names_a_sentence_places_are_places(facts_of, text, place):
    f = facts_of(text)
    assert persons(f) == []
    assert actor(f, place)["type"] == "place"


def test_a_catalogue_s_quotation_commented_on_by_another_keeps_its_speakers(facts_of):
    f = facts_of("According to the gallery’s catalogue from 1950, the vase was “bought in good faith in Rome,” a "
                 "description Ana Lind said had been repeated “for seventy years without a question.”")
    assert ("indirect", "the vase was “bought in good faith in Rome,”", "The gallery") in quotes(f)
    assert ("direct", "bought in good faith in Rome,", "The gallery") in quotes(f)
    assert ("direct", "for seventy years without a question.", "Ana Lind") in quotes(f)


def test_a_town_tagged_a_place_opens_the_body_s_name_after_it(facts_of):
    # the model tags `Osaka` a place and `District Hunters’ Association` a body
    f = facts_of("Kenji Ota, 70, head of the Osaka District Hunters’ Association, said his members had been called "
                 "out 90 times.")
    assert actor(f, "Kenji Ota")["affiliation"] == "Osaka District Hunters’ Association"


def test_a_question_opening_the_sentence_is_not_the_answer_s(facts_of):
    f = facts_of("Asked why the plant had closed, the mayor said the owners had run out of money.")
    assert quotes(f) == [("indirect", "the owners had run out of money", "The mayor")]


@pytest.mark.parametrize("text,expected", [
    ("Berg wrote on Facebook after the clashes that the police had shown “their true face.”",
     [("indirect", "the police had shown “their true face.”", "Berg"), ("direct", "their true face.", "Berg")]),
    ("The mayor said after the storm that killed ten people that the town would rebuild.",
     [("indirect", "the town would rebuild", "The mayor")]),
    ("The minister ordered an audit of the Kemi hospital on Monday after reports that patients had paid to jump the "
     "queue.", [])])
def test_a_that_clause_hung_on_the_event_after_the_verb_is_the_report(facts_of, text, expected):
    assert quotes(facts_of(text)) == expected


def test_a_quotation_opening_its_sentence_before_its_verb_is_split_by_its_attribution(facts_of):
    # the parser reads `bowling` as a verb and hangs the quotation on `said` from inside
    f = facts_of("“The ball-tracking said it was going over, so it was going over,” India bowling coach Ravi Menon "
                 "said with a shrug. “From where I was sitting it looked pretty close, but that’s the game.”")
    assert quotes(f) == [("direct", "The ball-tracking said it was going over, so it was going over, ... From where "
                          "I was sitting it looked pretty close, but that’s the game.", "Ravi Menon")]


def test_the_stop_of_an_initial_ends_no_sentence_of_an_attribution(facts_of):
    f = facts_of("\"For the patients in this trial, the news is hard,\" said Ana Lind, chief executive of the Tarn "
                 "Families Alliance, a U.S. patient advocacy group. \"Many of them joined because they had no other "
                 "options.\"")
    assert quotes(f) == [("direct", "For the patients in this trial, the news is hard, ... Many of them joined "
                          "because they had no other options.", "Ana Lind")]


def test_the_last_words_of_a_fuller_name_are_that_person(facts_of):
    # the model tags `Van Steen` a work of art
    f = facts_of("Karel Van Steen, an economist at a bank in Antwerp, said rates would fall. \"The 2% figure is a "
                 "ceiling, not a floor,\" Van Steen said in an interview.")
    assert ("direct", "The 2% figure is a ceiling, not a floor,", "Karel Van Steen") in quotes(f)
    assert [a["name"] for a in f["actors"] if a["type"] == "person"] == ["Karel Van Steen"]


def test_a_verb_in_the_simple_past_after_a_report_in_would_is_the_speaker_s_act(facts_of):
    f = facts_of("Outside the court, the family's lawyer, Ana Lind, said her client would appeal “within a week” and "
                 "called the verdict “a disgrace to the bench.”")
    assert ("indirect", "her client would appeal “within a week”", "Ana Lind") in quotes(f)
    assert ("direct", "a disgrace to the bench.", "Ana Lind") in quotes(f)


def test_a_that_clause_beside_the_verb_read_as_a_relative_is_the_report(facts_of):
    # the parser hangs `posted` and the clause on `spokesman`, `that` read as a relative pronoun
    f = facts_of("Its spokesman, Marc Lenoir, posted on X that drivers at two depots had voted for an open-ended "
                 "strike.")
    assert quotes(f) == [("indirect", "drivers at two depots had voted for an open-ended strike", "Marc Lenoir")]


def test_a_quotation_tacked_on_to_a_report_beside_the_verb_is_the_speaker_s(facts_of):
    f = facts_of("Its spokesman, Marc Lenoir, posted on X that drivers at two depots had voted for an open-ended "
                 "strike, \"until the plan is dropped.\"")
    assert ("direct", "until the plan is dropped.", "Marc Lenoir") in quotes(f)


def test_the_name_a_speaker_gave_in_a_clause_names_them(facts_of):
    # the model tags `Didier` an organisation
    f = facts_of("A man waiting in the queue, who gave only his first name, Didier, said the unions were \"holding "
                 "the whole country hostage.\"")
    assert quotes(f) == [("indirect", "the unions were \"holding the whole country hostage.\"", "Didier"),
                         ("direct", "holding the whole country hostage.", "Didier")]
    assert [(a["name"], a["type"]) for a in f["actors"]] == [("Didier", "person")]


def test_which_after_the_phrase_ending_a_body_s_description_is_the_body(facts_of):
    f = facts_of("The factory made shirts for several retailers, including Tarnby Home, a Danish chain with about 300 "
                 "stores, which said in a statement that it had ended its contract in January.")
    assert quotes(f) == [("indirect", "it had ended its contract in January", "Tarnby Home")]


def test_a_speech_verb_inside_a_tagged_name_ends_the_speaker_s_name(facts_of):
    # the model tags `Adeyemi told Arise Television` as one work of art
    f = facts_of("\"It was a coronation arranged in advance,\" Adeyemi told Arise Television on Monday. \"We will go "
                 "to the tribunal.\"")
    assert quotes(f) == [("direct", "It was a coronation arranged in advance, ... We will go to the tribunal.",
                          "Adeyemi")]
    assert [(a["name"], a["type"]) for a in f["actors"]] == [("Adeyemi", "person"), ("Arise Television", "org")]


def test_figures_read_out_by_someone_are_theirs(facts_of):
    f = facts_of("Lind won 41,287 votes against 38,530 for Berg, according to figures read out by the returning "
                 "officer in Tarnby.")
    assert quotes(f) == [("indirect", "Lind won 41,287 votes against 38,530 for Berg",
                          "The returning officer in Tarnby")]


def test_a_that_clause_hung_on_the_first_time_is_the_report(facts_of):
    f = facts_of("Ana Lind said on Wednesday that prices would rise, acknowledging for the first time that the target "
                 "was slipping out of reach.")
    assert quotes(f) == [("indirect", "prices would rise", "Ana Lind"),
                         ("indirect", "the target was slipping out of reach", "Ana Lind")]


@pytest.mark.parametrize("text,expected", [
    ("Labour groups said the report confirmed what workers had been saying for weeks.",
     [("indirect", "the report confirmed what workers had been saying for weeks", "Labour groups")]),
    ("The mayor denied what the newspaper had reported about the contract.", []),
])
def test_a_clause_on_what_as_its_verb_s_object_is_no_report(facts_of, text, expected):
    assert quotes(facts_of(text)) == expected


def test_a_name_listed_after_the_object_of_in_is_a_place(facts_of):
    f = facts_of("\"If we do this right, a teacher in Surrey or Gatineau should be able to rent a flat,\" he said.")
    assert sorted((a["name"], a["type"]) for a in f["actors"]) == [("Gatineau", "place"), ("Surrey", "place")]


def test_the_company_stands_for_a_firm_named_with_a_word_for_its_business(facts_of):
    f = facts_of("Tarnwell Biosciences said on Tuesday it had stopped a late-stage trial of its drug after a safety "
                 "panel found higher rates of bleeding.\n\nThe Boston-based company said three patients who received "
                 "the drug had died.\n\nTarnwell's shares fell 58% in morning trading, wiping about $4.7 billion off "
                 "its market value.\n\nThe company said it had $2.1 billion in cash at the end of March.")
    assert [speaker for _, _, speaker in quotes(f)] == ["Tarnwell Biosciences"] * 3


def test_a_name_given_an_age_is_a_person_whatever_word_for_a_business_describes_her(facts_of):
    f = facts_of("Rokeya Banu, 31, a sewing machine operator who escaped through a window, said she had complained "
                 "twice about the locked gate.\n\n\"They told us the gate was locked for our safety,\" she said.")
    assert [(a["name"], a["type"]) for a in f["actors"]] == [("Rokeya Banu", "person")]
    assert [speaker for _, _, speaker in quotes(f)] == ["Rokeya Banu", "Rokeya Banu"]


def test_a_bare_participle_after_the_document_is_no_report(facts_of):
    # the parser reads `published` as the clause `said` reports
    f = facts_of("Firms with fewer than 50 staff face a lower cap, the Commission said in guidance published in April.")
    assert quotes(f) == [("indirect", "Firms with fewer than 50 staff face a lower cap", "Commission")]


def test_a_verb_with_no_subject_after_a_conjunct_with_one_shares_its_subject(facts_of):
    # the parser hangs `said` on `declared`, the first verb
    f = facts_of("Tarnland's electoral commission declared ruling party candidate Ana Lind the winner of the state "
                 "election on Monday, but the main opposition party rejected the result as \"daylight robbery\" and "
                 "said it would challenge it in court.")
    assert ("indirect", "it would challenge it in court", "The main opposition party") in quotes(f)


def test_it_in_an_attribution_after_its_report_is_the_document_before(facts_of):
    f = facts_of("A government inquiry in Tarnland said on Thursday that locked gates had turned a small blaze into a "
                 "disaster.\n\nThe 212-page report found that the owner had added two floors without approval. A "
                 "security guard had locked the stairwell gate at 8 p.m., as he did every night, it said.")
    assert quotes(f)[-1] == ("indirect", "A security guard had locked the stairwell gate at 8 p.m., as he did every "
                             "night", "The 212-page report")


def test_a_possessive_word_after_the_opens_the_body_s_name(facts_of):
    # the model tags only `Families Alliance`
    f = facts_of("\"For the families in this trial, today's news is hard,\" said Ana Lind, chief executive of the "
                 "Parkinson's Families Alliance, a patient group.\n\nThe group said it would press the company to "
                 "publish the full results.")
    lind = next(a for a in f["actors"] if a["name"] == "Ana Lind")
    assert (lind["title"], lind["affiliation"]) == ("chief executive", "Parkinson's Families Alliance")
    assert quotes(f)[-1] == ("indirect", "it would press the company to publish the full results",
                             "Parkinson's Families Alliance")


def test_it_after_a_body_named_after_its_word_is_that_body(facts_of):
    f = facts_of("Tarnby Airport, about 20 km from the fissure, remained open and flights were operating normally, "
                 "airport operator Kestravia said in a statement. It said ash was not expected to be a problem "
                 "because the eruption was producing lava.")
    assert [speaker for _, _, speaker in quotes(f)] == ["Kestravia", "Kestravia"]


@pytest.mark.parametrize("text,expected", [
    ("Malin Berg said on Friday she would treat her first grand slam final as \"just another match on a bigger "
     "court,\" as the 22-year-old Swede prepared to face Ana Lind for the title on Saturday.",
     ("indirect", "she would treat her first grand slam final as \"just another match on a bigger court,\"",
      "Malin Berg")),
    ("Ana Lind said on Monday she would not run for a third term, as the 64-year-old mayor ended months of "
     "speculation.", ("indirect", "she would not run for a third term", "Ana Lind")),
])
def test_the_writer_s_as_clause_about_the_speaker_ends_the_report(facts_of, text, expected):
    assert expected in quotes(facts_of(text))


def test_the_company_is_the_firm_the_sentence_before_has_as_its_subject(facts_of):
    f = facts_of("The regulator blocked the merger of supermarket chains Tarn Grocers and Kemi Markets on Wednesday."
                 "\n\nKemi Markets said it would study the ruling. Kemi Markets shares fell 4 percent.\n\nTarn "
                 "Grocers, which is owned by pension investor Arlo Capital, said it was \"deeply disappointed\" by the "
                 "decision. The company said it was considering all of its options, including an appeal.")
    assert quotes(f)[-1] == ("indirect", "it was considering all of its options, including an appeal",
                             "Tarn Grocers")


def test_a_name_tagged_a_body_apposed_to_a_title_is_who_posted(facts_of):
    # the model tags `Sylvie Marchal` an organisation; `posted` hangs on `spokeswoman`
    f = facts_of("Its spokeswoman, Sylvie Marchal, posted on X that crews at three depots had already voted to strike.")
    assert quotes(f) == [("indirect", "crews at three depots had already voted to strike", "Sylvie Marchal")]


def test_a_clause_on_which_after_a_mid_attribution_is_a_comment_and_its_quotation_the_speaker_s(facts_of):
    f = facts_of("Ana Lind said her observers had seen vote-buying. Results from some wards were posted online more "
                 "than 12 hours after counting ended, she said, which \"created room for suspicion that could have "
                 "been avoided.\"")
    assert quotes(f) == [("indirect", "her observers had seen vote-buying", "Ana Lind"),
                         ("indirect", "Results from some wards were posted online more than 12 hours after counting "
                          "ended", "Ana Lind"),
                         ("direct", "created room for suspicion that could have been avoided.", "Ana Lind")]


def test_a_title_a_word_for_a_body_owns_takes_no_country_from_the_sentence(facts_of):
    f = facts_of("The Halden Maritime Museum opened a new wing on Friday.\n\nThe museum's curator, Ana Lind, "
                 "worked for two years with shipwrights in Norway. She said the wing would show their boats first.")
    lind = next(a for a in f["actors"] if a["name"] == "Ana Lind")
    assert (lind["title"], lind["affiliation"]) == ("curator", "Halden Maritime Museum")


def test_a_title_owned_by_another_kind_of_body_is_not_the_main_body_s(facts_of):
    f = facts_of("Tarn Shipping Group said on Monday it would move its ships to Kemiby. Tarn Shipping Group will pay "
                 "40 million euros for the berths.\n\n\"This is good news for the town,\" Ana Lind, the harbour's "
                 "chief executive, said.")
    lind = next(a for a in f["actors"] if a["name"] == "Ana Lind")
    assert lind["title"] == "harbour's chief executive" and lind.get("affiliation") is None


def test_an_untagged_word_opening_the_sentence_opens_the_name_it_is_compounded_to(facts_of):
    # the model tags `Fuentes Vial` alone
    f = facts_of("Rodrigo Fuentes Vial, rector of the Universidad del Maule, defended the fee. He said the university "
                 "had lost state funding.")
    assert quotes(f) == [("indirect", "the university had lost state funding", "Rodrigo Fuentes Vial")]


@pytest.mark.parametrize("text,name", [
    ("A farmer in Tarnby, who gave his name only as Kemal, said most of his neighbours had sold their cattle. "
     "\"Nobody can pay for feed,\" he said.", "Kemal"),
    ("A man in Tarnby, who gave only his first name, Didier, said most of his neighbours had sold their cattle. "
     "\"Nobody can pay for feed,\" he said.", "Didier"),
    ("A nurse, who asked to be identified only by her first name, Aroha, said the ward was short of staff. \"We "
     "are exhausted,\" she said.", "Aroha"),
    ("One resident, who would only be identified as Marta, said the water was brown.", "Marta"),
])
def test_the_name_a_person_gives_as_their_own_is_the_speaker_s(facts_of, text, name):
    f = facts_of(text)
    assert {speaker for _, _, speaker in quotes(f)} == {name}
    person = next(a for a in f["actors"] if a["name"] == name)
    assert person["type"] == "person" and not person.get("title")


def test_untagged_words_between_the_and_a_body_open_its_name(facts_of):
    # the model tags `Opera` alone
    f = facts_of("The Hamburg State Opera said in a statement that it would not cancel the show.")
    assert quotes(f) == [("indirect", "it would not cancel the show", "Hamburg State Opera")]


def test_the_number_of_a_union_s_branch_closes_its_name_and_the_local_is_that_body(facts_of):
    # the model tags `The Tarnby Transit Workers Union Local` without its number
    f = facts_of("The Tarnby Transit Workers Union Local 41 said the cuts were unfair. \"We will fight this,\" said "
                 "Ana Lind, the local's president.")
    lind = next(a for a in f["actors"] if a["name"] == "Ana Lind")
    assert (lind["title"], lind["affiliation"]) == ("president", "Tarnby Transit Workers Union Local 41")
    assert quotes(f)[0] == ("indirect", "the cuts were unfair", "Tarnby Transit Workers Union Local 41")


def test_it_after_its_report_is_the_unnamed_subject_that_spoke_the_sentence_before(facts_of):
    f = facts_of("The Tarnbale opened on Thursday with a Danish drama.\n\nThe Silver Heron for best actor, sponsored "
                 "by Kemi Bank, went to Ana Lind.\n\nThe festival said it had sold about 330,000 tickets this year. "
                 "Next year's edition will run from Feb. 11 to 21, it said.")
    assert [speaker for _, _, speaker in quotes(f)] == ["The festival", "The festival"]


def test_a_word_for_a_body_describing_another_word_in_a_name_is_not_its_kind(facts_of):
    f = facts_of("Students from the Tarn Federation of University Students marched through the capital on Thursday."
                 "\n\nThe university said in a statement that staff were free to take part in lawful demonstrations.")
    assert quotes(f) == [("indirect", "staff were free to take part in lawful demonstrations", "The university")]


def test_a_word_for_a_body_in_another_language_is_its_kind(facts_of):
    f = facts_of("Students marched through the capital on Thursday against a rise in fees at the Universidad del Tarn."
                 "\n\nThe university said in a statement that staff were free to take part in lawful demonstrations.")
    assert quotes(f) == [("indirect", "staff were free to take part in lawful demonstrations",
                          "Universidad del Tarn")]


def test_its_after_an_unnamed_body_as_the_subject_before_is_not_a_body_named_before(facts_of):
    f = facts_of("Tarn Rail Partners is seeking 40 million euros in extra payments, according to a petition it filed "
                 "in the Kemi High Court in June.\n\nIn the petition, the consortium said it had kept 1,400 workers on "
                 "standby for months. Its project director, Ana Lind, said the work would end in 2029.")
    lind = next(a for a in f["actors"] if a["name"] == "Ana Lind")
    assert lind.get("affiliation") != "Kemi High Court"


@pytest.mark.parametrize("text,name,title,outlet", [
    ("Writing in the film magazine Tarnschau, critic Tobias Renner called the film \"a quiet masterpiece\".",
     "Tobias Renner", "critic", "Tarnschau"),
    ("In a column for the Kemi Herald, Maria Gonzalez wrote that the plan was flawed.", "Maria Gonzalez", None,
     "Kemi Herald"),
])
def test_the_outlet_written_in_is_a_body_and_the_writer_s(facts_of, text, name, title, outlet):
    f = facts_of(text)
    writer = next(a for a in f["actors"] if a["name"] == name)
    assert (writer.get("title"), writer.get("affiliation")) == (title, outlet)
    assert next(a for a in f["actors"] if a["name"] == outlet)["type"] == "org"


def test_a_people_some_identify_as_is_no_name_given_as_one_s_own(facts_of):
    f = facts_of("About 3 percent of residents identify as Sami, the council said.")
    assert all(a["type"] != "person" for a in f["actors"])


def test_its_after_a_word_for_a_body_with_its_name_apposed_is_that_body(facts_of):
    f = facts_of("The main opposition party, the Tarn Renewal Front, accused the government of hiding the cost. Its "
                 "finance spokesman, Ana Lind, said families were paying for the recovery.")
    lind = next(a for a in f["actors"] if a["name"] == "Ana Lind")
    assert (lind["title"], lind["affiliation"]) == ("finance spokesman", "Tarn Renewal Front")


# -- a twenty-fourth round of unseen news: datelines, styles, participles, the group before -----------


def test_a_known_name_untagged_is_the_speaker_before_a_nationality_apposed(facts_of):
    # the model leaves the surname untagged and tags `Dutchman` a place, apposed to it
    f = facts_of('"The third quarter was hard," Chief Executive Matthijs van der Linde told analysts on a conference '
                 "call.\n\nVan der Linde, a Dutchman who took over in January 2024 after 11 years at Swiss rival "
                 "Aurelia Automation, said the job cuts would fall mainly on the plants in Augsburg.")
    assert quotes(f)[-1] == ("indirect", "the job cuts would fall mainly on the plants in Augsburg",
                             "Matthijs van der Linde")


def test_the_group_is_the_body_the_sentence_before_was_about(facts_of):
    f = facts_of("The Coastal Fishers Forum, an industry lobby group, said catches had halved.\n\n"
                 "Reef Watch, which has campaigned against the permits for a decade, welcomed the ruling. "
                 '"The reef wins today," the group wrote in a post on X.')
    assert quotes(f)[-1] == ("direct", "The reef wins today,", "Reef Watch")


def test_a_title_and_given_name_tagged_a_body_before_the_surname_are_one_person(facts_of):
    f = facts_of("The synod chose Archbishop Tomas Bautista on the third ballot, defeating Bishop Ernesto "
                 "Dimaculangan of Tagbilaran, according to the conference.")
    assert persons(f) == ["Ernesto Dimaculangan", "Tomas Bautista"]


def test_a_wire_dateline_is_a_place_and_no_part_of_the_report(facts_of):
    f = facts_of("NAIROBI - Wanjiru Kamau was sworn in as chief justice on Monday, the judiciary said.\n\n"
                 "LIMA, Peru (Reuters) - Copper exports rose by a fifth in March, the central bank said.")
    assert quotes(f) == [("indirect", "Wanjiru Kamau was sworn in as chief justice on Monday", "The judiciary"),
                         ("indirect", "Copper exports rose by a fifth in March", "The central bank")]


def test_a_dateline_runs_the_name_after_it_no_more(facts_of):
    # tagged `JOHANNESBURG - Thandi Mokoena` as one body
    f = facts_of("JOHANNESBURG - Thandi Mokoena was elected president of the South African Netball Association on "
                 "Saturday, becoming the first lawyer to lead the body.")
    assert persons(f) == ["Thandi Mokoena"]


def test_a_hyphened_name_is_no_dateline(facts_of):
    f = facts_of("ABS-CBN Corporation said the order did not cover its news channel.")
    assert quotes(f) == [("indirect", "the order did not cover its news channel", "ABS-CBN Corporation")]


def test_a_name_before_a_team_role_and_its_holder_is_the_team(facts_of):
    # `Bafana Bafana` tagged a person
    f = facts_of("Former Bafana Bafana captain Sipho Mabaso said the vote showed that clubs had lost patience.")
    assert persons(f) == ["Sipho Mabaso"]
    assert role(f, "Sipho Mabaso") == ("captain", "Bafana Bafana")


def test_the_association_is_the_one_named_before_its_report_not_in_it(facts_of):
    f = facts_of("Delegates of the South African Netball Association voted on Saturday in Durban.\n\n"
                 "Thandi Mokoena, a lawyer who ran the Gauteng Netball Association for six years, won 131 of the "
                 "224 votes, the association said.")
    assert quotes(f)[-1][2] == "South African Netball Association"


def test_the_bank_is_the_one_named_in_its_report_when_no_other_is(facts_of):
    f = facts_of("The Central Bank of Tarnland's rates committee voted 6-1 for the rise, the bank said.")
    assert quotes(f) == [("indirect", "The Central Bank of Tarnland's rates committee voted 6-1 for the rise",
                          "Central Bank of Tarnland")]


@pytest.mark.parametrize("o,c", MARKS)
def test_a_second_report_wholly_quoted_is_the_quotation_once(facts_of, o, c):
    f = facts_of(f"Liu Jianhua said China was willing to talk, but that {o}outsiders should stop stirring up trouble "
                 f"in the region.{c}")
    assert quotes(f) == [("indirect", "China was willing to talk", "Liu Jianhua"),
                         ("direct", "outsiders should stop stirring up trouble in the region.", "Liu Jianhua")]


def test_a_participle_set_off_after_a_document_read_as_a_clause(facts_of):
    f = facts_of('The declaration, agreed after ministers negotiated past midnight, said the leaders remained '
                 '"deeply worried about the fighting."')
    assert [q[2] for q in quotes(f)] == ["The declaration", "The declaration"]


def test_asked_set_off_after_the_name_is_a_question_put_to_them(facts_of):
    # the parser makes `Yoon` a modifier of `asked`, read as a past tense: `said` has no subject
    f = facts_of("School principal Yoon Dae-ho apologized to parents on Monday.\n\n"
                 'Yoon, asked whether he would resign, said he would "accept whatever decision the board makes."')
    assert quotes(f) == [("direct", "accept whatever decision the board makes.", "Yoon Dae-ho")]


def test_a_style_of_honour_is_no_name(facts_of):
    f = facts_of("Malaysian Trade Minister Datuk Seri Azlan bin Yusof told reporters that the tariff would be lifted "
                 "in June.\n\nTan Sri Rahim Omar said the party would contest every seat.")
    assert persons(f) == ["Azlan bin Yusof", "Rahim Omar"]
    assert [q[2] for q in quotes(f)] == ["Azlan bin Yusof", "Rahim Omar"]


def test_styles_of_honour_stack_before_a_name_and_are_no_part_of_it(facts_of):
    # tagged `Yang Berhormat Dato` with `Awang Haji Roslan ...` after it, and `Yang Berhormat Pengiran` apart from
    # `Haji Yusri ...`
    f = facts_of("Yang Berhormat Dato Seri Setia Awang Haji Roslan bin Haji Tahir said the clinic would open in "
                 "May.\n\nThe budget was questioned by Yang Berhormat Pengiran Haji Yusri bin Pengiran Haji Omar, a "
                 "member of the council, who said villagers had not been told.")
    assert persons(f) == ["Haji Roslan bin Haji Tahir", "Pengiran Haji Yusri bin Pengiran Haji Omar"]
    assert [q[2] for q in quotes(f)] == ["Haji Roslan bin Haji Tahir", "Pengiran Haji Yusri bin Pengiran Haji Omar"]


def test_a_father_s_name_cut_after_a_patronymic_runs_on(nlp):
    # the model tags `Haji Yusri bin Pengiran` and `Haji Omar` apart
    got = _repaired_entities(nlp, ["Haji", "Yusri", "bin", "Pengiran", "Haji", "Omar", "said", "the", "road", "was",
                                   "built", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "B-PERSON", "I-PERSON"] + ["O"] * 6,
                             heads=[5, 5, 5, 5, 5, 6, 6, 8, 10, 10, 6, 6],
                             deps=["compound", "compound", "compound", "compound", "compound", "nsubj", "ROOT", "det",
                                   "nsubjpass", "auxpass", "ccomp", "punct"],
                             pos=["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX",
                                  "VERB", "PUNCT"])
    assert got == [("Haji Yusri bin Pengiran Haji Omar", "PERSON")]


def test_given_names_before_binti_belong_to_the_father_s_name_after_it(nlp):
    # the model tags `Haji Kassim` alone, the two given names before `binti` untagged
    got = _repaired_entities(nlp, ["Nur", "Aisyah", "binti", "Haji", "Kassim", ",", "a", "lecturer", "at", "the",
                                   "college", ",", "said", "rents", "rose", "."],
                             [1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0],
                             ["O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 11,
                             heads=[1, 2, 12, 4, 12, 4, 7, 4, 7, 10, 8, 4, 12, 14, 12, 12],
                             deps=["compound", "compound", "dep", "compound", "nsubj", "punct", "det", "appos", "prep",
                                   "det", "pobj", "punct", "ROOT", "nsubj", "ccomp", "punct"],
                             pos=["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET",
                                  "NOUN", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"])
    assert got == [("Nur Aisyah binti Haji Kassim", "PERSON")]


def test_given_names_before_binti_reach_back_to_the_styles_tagged_as_a_name(nlp):
    # tagged `Yang Berhormat Dayang`, `Zaitun` as a body and `Haji Salleh`: the styles, and the pilgrim's `Hajah`, are
    # no one's name
    got = _repaired_entities(nlp, ["Yang", "Berhormat", "Dayang", "Hajah", "Zaitun", "Aminah", "binti", "Haji",
                                   "Salleh", "said", "the", "road", "was", "late", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-ORG", "O", "O", "B-PERSON", "I-PERSON"]
                             + ["O"] * 6,
                             heads=[1, 5, 5, 5, 5, 6, 9, 8, 9, 9, 11, 12, 9, 12, 9],
                             deps=["compound", "compound", "compound", "compound", "compound", "compound", "npadvmod",
                                   "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
                             pos=["PROPN"] * 6 + ["NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ",
                                                  "PUNCT"])
    assert got == [("Zaitun Aminah binti Haji Salleh", "PERSON")]


def test_given_names_before_bin_reach_a_father_s_name_opening_untagged(nlp):
    # tagged `Yang Berhormat Pengiran` and `Haji Ahmad`, the father's `Pengiran` left between them untagged
    got = _repaired_entities(nlp, ["Yang", "Berhormat", "Pengiran", "Haji", "Matusin", "bin", "Pengiran", "Haji",
                                   "Ahmad", "said", "the", "road", "was", "late", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON"]
                             + ["O"] * 6,
                             heads=[8, 8, 3, 8, 8, 8, 8, 8, 9, 9, 11, 12, 9, 12, 9],
                             deps=["compound"] * 8 + ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
                             pos=["PROPN"] * 9 + ["VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"])
    assert got == [("Pengiran Haji Matusin bin Pengiran Haji Ahmad", "PERSON")]


def test_portuguese_surnames_joined_by_e_are_one_name(nlp):
    # `Sousa e Silva`: the model tags `Silva` a place of its own after `e`
    got = _repaired_entities(nlp, ["Its", "chairman", ",", "Rui", "Manuel", "Sousa", "e", "Silva", ",", "denied", "the",
                                   "claim", "."],
                             [1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0],
                             ["O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O",
                              "O"],
                             heads=[1, 9, 1, 5, 5, 7, 7, 1, 1, 9, 11, 9, 9],
                             deps=["poss", "nsubj", "punct", "compound", "compound", "compound", "compound", "appos",
                                   "punct", "ROOT", "det", "dobj", "punct"],
                             pos=["PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT",
                                  "VERB", "DET", "NOUN", "PUNCT"])
    assert got == [("Rui Manuel Sousa e Silva", "PERSON")]


@pytest.mark.parametrize("style", ["Dr", "Mestre"])
def test_an_honorific_opening_a_name_tagged_a_work_of_art_opens_a_person_s_name(nlp, style):
    got = _repaired_entities(nlp, ['"', "We", "will", "play", ",", '"', style, "Ngwenya", "said", "."],
                             [0, 1, 1, 0, 0, 1, 1, 1, 0, 0],
                             ["O"] * 6 + ["B-WORK_OF_ART", "I-WORK_OF_ART", "O", "O"],
                             heads=[8, 3, 3, 8, 8, 8, 7, 8, 8, 8],
                             deps=["punct", "nsubj", "aux", "ccomp", "punct", "punct", "compound", "nsubj", "ROOT",
                                   "punct"],
                             pos=["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"])
    assert got == [(f"{style} Ngwenya", "PERSON")]


def test_a_master_s_style_is_no_part_of_the_name(facts_of):
    # `Mestre`, as Portuguese styles a master of an art: the drummer named before, by his surname
    f = facts_of("Paulo Matsinhe Guambe, a drummer, said the school would reopen in May.\n\n"
                 "\"We will play,\" Mestre Guambe said on Friday.")
    assert persons(f) == ["Paulo Matsinhe Guambe"]
    assert [q[2] for q in quotes(f)] == ["Paulo Matsinhe Guambe", "Paulo Matsinhe Guambe"]


def test_a_surname_after_qizi_tagged_a_place_closes_the_name(nlp):
    # tagged `Gulnora Botir` (the model leaves `qizi` out) and `Karimova` a place
    got = _repaired_entities(nlp, ["Ministry", "spokeswoman", "Gulnora", "Botir", "qizi", "Karimova", "wrote", "on",
                                   "Telegram", "that", "drivers", "waited", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "B-GPE", "O", "O", "B-ORG", "O", "O", "O",
                              "O"],
                             heads=[1, 3, 3, 4, 4, 6, 4, 6, 7, 11, 11, 6, 6],
                             deps=["compound", "compound", "compound", "compound", "ROOT", "nsubj", "relcl", "prep",
                                   "pobj", "dobj", "nsubj", "ccomp", "punct"],
                             pos=["PROPN", "NOUN", "PROPN", "PROPN", "NOUN", "PROPN", "VERB", "ADP", "PROPN", "PRON",
                                  "NOUN", "VERB", "PUNCT"])
    assert ("Gulnora Botir qizi Karimova", "PERSON") in got


def test_an_uzbek_name_with_o_g_li_keeps_the_surname_after_it(facts_of):
    f = facts_of("Union chairman Jasur Akmal o'g'li Rakhimov warned that prices would rise.")
    assert persons(f) == ["Jasur Akmal o'g'li Rakhimov"]


def test_a_state_governing_itself_unrecognised_is_a_country(facts_of):
    f = facts_of("The government of Transnistria said it would send engineers to the valley.")
    assert actor(f, "Transnistria")["type"] == "country"


def test_a_balinese_name_opening_on_a_caste_s_words_is_a_person_s(nlp):
    # nothing tagged, and `Made` (a name for the second-born) parsed as a verb
    got = _repaired_entities(nlp, ["The", "village", "head", ",", "I", "Gusti", "Ayu", "Made", "Sriani", ",", "said",
                                   "the", "water", "was", "gone", "."],
                             [1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0], ["O"] * 16,
                             heads=[2, 2, 10, 2, 6, 6, 8, 8, 2, 2, 10, 12, 13, 14, 10, 10],
                             deps=["det", "compound", "nsubj", "punct", "compound", "compound", "compound", "compound",
                                   "appos", "punct", "ROOT", "det", "nsubj", "auxpass", "ccomp", "punct"],
                             pos=["DET", "NOUN", "NOUN", "PUNCT", "PRON", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT",
                                  "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"])
    assert got == [("I Gusti Ayu Made Sriani", "PERSON")]


@pytest.mark.parametrize("tagged", [
    ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON"],  # `Ida Pedanda Gede` and `Sidemen` apart
    ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"],  # the whole name as a body
])
def test_a_balinese_priest_s_name_tagged_in_pieces_is_one_person_s(nlp, tagged):
    got = _repaired_entities(nlp, ["Ida", "Pedanda", "Gede", "Nyoman", "Sidemen", ",", "a", "high", "priest", ",",
                                   "said", "the", "bells", "were", "heard", "."],
                             [1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0], tagged + ["O"] * 11,
                             heads=[4, 4, 4, 4, 10, 4, 8, 8, 4, 4, 10, 12, 14, 14, 10, 10],
                             deps=["compound", "compound", "compound", "compound", "nsubj", "punct", "det", "amod",
                                   "appos", "punct", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "punct"],
                             pos=["PROPN"] * 5 + ["PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "AUX",
                                                  "VERB", "PUNCT"])
    assert got == [("Ida Pedanda Gede Nyoman Sidemen", "PERSON")]


def test_a_malay_name_shortened_to_a_given_name_tagged_a_place_is_the_person(facts_of):
    # `Azrul` tagged a place: Malay names have no surname, and news shortens them to a given name before `bin`
    f = facts_of("The club dropped goalkeeper Mohd Azrul Nizam bin Kassim from its squad on Monday.\n\n"
                 "Azrul, 31, who won the cup with Selangor in 2019, denied any wrongdoing.")
    assert persons(f) == ["Mohd Azrul Nizam bin Kassim"]
    assert [a["name"] for a in f["actors"] if a["type"] == "place"] == []


def test_a_portfolio_tagged_a_person_before_minister_is_no_one(nlp):
    # `Hajj` tagged a person of its own before `Minister` and the minister's name
    got = _repaired_entities(nlp, ["Hajj", "Minister", "Omar", "Fayez", "told", "reporters", "the", "season", "would",
                                   "open", "in", "May", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "B-DATE",
                              "O"],
                             heads=[1, 3, 3, 4, 4, 4, 7, 9, 9, 4, 9, 10, 4],
                             deps=["compound", "compound", "compound", "nsubj", "ROOT", "dobj", "det", "nsubj", "aux",
                                   "ccomp", "prep", "pobj", "punct"],
                             pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "DET", "NOUN", "AUX", "VERB",
                                  "ADP", "PROPN", "PUNCT"])
    assert got == [("Omar Fayez", "PERSON"), ("May", "DATE")]


def test_surnames_over_a_particle_tagged_a_body_after_a_name_are_the_rest_of_it(nlp):
    # tagged `Luis Alberto` a person and `Peralta De la Rosa` a body
    got = _repaired_entities(nlp, ["The", "navy", "'s", "spokesman", ",", "Captain", "Luis", "Alberto", "Peralta", "De",
                                   "la", "Rosa", ",", "conceded", "that", "the", "boat", "had", "been", "seized", "."],
                             [1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["O", "B-ORG", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "I-ORG",
                              "I-ORG"] + ["O"] * 9,
                             heads=[1, 3, 1, 13, 3, 11, 7, 11, 11, 10, 11, 3, 3, 13, 19, 16, 19, 19, 19, 13, 13],
                             deps=["det", "poss", "case", "nsubj", "punct", "compound", "compound", "compound",
                                   "compound", "compound", "compound", "appos", "punct", "ROOT", "mark", "det",
                                   "nsubjpass", "aux", "auxpass", "ccomp", "punct"],
                             pos=["DET", "NOUN", "PART", "NOUN", "PUNCT"] + ["PROPN"] * 7
                             + ["PUNCT", "VERB", "SCONJ", "DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT"])
    assert ("Luis Alberto Peralta De la Rosa", "PERSON") in got


def test_a_title_before_bin_stays_out_of_the_name(nlp):
    # `Minister` is a title, not a given name: the name is the one the model tagged
    got = _repaired_entities(nlp, ["Minister", "Ahmad", "bin", "Salleh", "said", "the", "road", "was", "late", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["O", "B-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 6,
                             heads=[3, 3, 3, 4, 4, 6, 7, 4, 7, 4],
                             deps=["compound", "compound", "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp",
                                   "acomp", "punct"],
                             pos=["PROPN", "PROPN", "NOUN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"])
    assert got == [("Ahmad bin Salleh", "PERSON")]


def test_an_untagged_given_name_after_a_preposition_opens_a_long_name(nlp):
    # the model tags the name from `Manhiça`, the given name left out
    got = _repaired_entities(nlp, ["It", "won", "against", "Graciete", "Manhiça", "Tembe", "dos", "Reis", "of", "the",
                                   "opposition", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 4,
                             heads=[1, 1, 1, 7, 7, 7, 7, 2, 7, 10, 8, 1],
                             deps=["nsubj", "ROOT", "prep", "compound", "compound", "compound", "compound", "pobj",
                                   "prep", "det", "pobj", "punct"],
                             pos=["PRON", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "ADP", "DET",
                                  "NOUN", "PUNCT"])
    assert got == [("Graciete Manhiça Tembe dos Reis", "PERSON")]


def test_a_title_handed_down_within_a_name_is_part_of_it(facts_of):
    # read as `Hassan Gure`, titled `Sheikh` of `Abdiweli`
    f = facts_of("The regional assembly voted on Monday to remove its chairman, Abdiweli Sheikh Hassan Gure, after "
                 "a dispute over the budget.\n\nGure said the vote was illegal.")
    assert persons(f) == ["Abdiweli Sheikh Hassan Gure"]
    assert quotes(f) == [("indirect", "the vote was illegal", "Abdiweli Sheikh Hassan Gure")]


def test_a_hyphened_given_name_tagged_a_body_opens_the_name_after_it(facts_of):
    # the model tags `Jean-Baptiste` a body and `Kouassi Yao` a person
    f = facts_of("\"Prices will rise,\" the agency's director, Jean-Baptiste Kouassi Yao, told reporters.")
    assert persons(f) == ["Jean-Baptiste Kouassi Yao"]
    assert [q[2] for q in quotes(f)] == ["Jean-Baptiste Kouassi Yao"]


def test_a_name_set_off_after_a_word_for_a_body_is_the_body_s(facts_of):
    # tagged a person
    f = facts_of("Customers of rival Savane Mobile opened accounts on its service, Savane Pay.")
    assert persons(f) == []
    assert ("Savane Pay", "org") in [(a["name"], a["type"]) for a in f["actors"]]


def test_foreign_words_for_firms_mills_fortresses_and_saints_name_no_person(facts_of):
    f = facts_of("A lawyer for Costa Verde Investimentos said the firm would appeal.\n\nHe cut cane for Ingenio San "
                 "Rafael de la Costa for ten years.\n\nThe king met the envoy at Punakha Dzong on Friday.\n\nThe "
                 "frescoes of the chapel of Surb Karapet were repainted.")
    assert persons(f) == []
    assert ("Costa Verde Investimentos", "org") in [(a["name"], a["type"]) for a in f["actors"]]


def test_a_name_of_four_words_apposed_to_a_title_is_a_person_s(facts_of):
    # tagged a body, so `he` went to the man named before
    f = facts_of("The speaker, Rodrigo Paiz, said the board would study the ruling.\n\nIts chairman, Edwin Orlando "
                 "Cux Ajanel, denied that any session had been held in secret.\n\nThe sessions, he said, had been "
                 "open to anyone.")
    assert persons(f) == ["Edwin Orlando Cux Ajanel", "Rodrigo Paiz"]
    assert [q[2] for q in quotes(f)] == ["Rodrigo Paiz", "Edwin Orlando Cux Ajanel", "Edwin Orlando Cux Ajanel"]


def test_she_after_a_sentence_given_according_to_someone_unnamed_is_that_person(facts_of):
    f = facts_of("The clinic ran out of insulin on Monday, according to a pharmacist who asked not to be named.\n\n"
                 "\"Patients are being sent home with nothing,\" she said.")
    assert [(q[0], q[2]) for q in quotes(f)] == [("indirect", "A pharmacist"), ("direct", "A pharmacist")]


def test_a_participle_after_the_subject_read_as_a_clause_before_the_verb_describes_the_speaker(nlp):
    # parsed as a clause `drivers questioned at the depot` reported by `said`, which has no subject
    words = ["Four", "drivers", "questioned", "at", "the", "depot", "said", "their", "wages", "were", "late", "."]
    got = _reports_of_written_out(
        nlp, words, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
        heads=[1, 2, 6, 2, 5, 3, 6, 8, 9, 6, 9, 6],
        deps=["nummod", "nsubj", "ccomp", "prep", "det", "pobj", "ROOT", "poss", "nsubj", "ccomp", "acomp", "punct"],
        tags=["CD", "NNS", "VBN", "IN", "DT", "NN", "VBD", "PRP$", "NNS", "VBD", "JJ", "."],
        pos=["NUM", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "PRON", "NOUN", "AUX", "ADJ", "PUNCT"])
    assert got == [("their wages were late", "drivers")]


def test_a_title_read_as_an_adjective_before_a_name_makes_it_a_person_s(nlp):
    # `chief executive` parsed as adjectives, and the name tagged a body
    got = _speaker_of_written_out(
        nlp, 6, ["chief", "executive", "Guy", "-", "Roland", "Tanoh", "N'Dja", "said", "the", "bank", "failed", "."],
        [1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0],
        ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"],
        heads=[6, 6, 4, 4, 6, 6, 7, 7, 9, 10, 7, 7],
        deps=["amod", "amod", "compound", "punct", "compound", "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp",
              "punct"],
        pos=["ADJ", "ADJ", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"])
    assert got == ("Guy-Roland Tanoh N'Dja", "person")


def test_a_participle_after_a_noun_s_clause_is_said_by_the_main_subject(facts_of):
    # `calling` hung on `paid`, whose subject is the contractor
    f = facts_of("The mayor denied claims that the contractor had been paid twice, calling them \"a smear by people "
                 "who want my job.\"")
    assert quotes(f)[-1] == ("direct", "a smear by people who want my job.", "The mayor")


def test_a_name_word_with_an_apostrophe_is_a_word_of_the_name(facts_of):
    # untagged, `N’Dja` no word of letters alone
    f = facts_of("The Minister of Health, Odile Kacou N’Dja, condemned the delay and said the ministry would review "
                 "its contracts.")
    assert persons(f) == ["Odile Kacou N’Dja"]


def test_a_ministry_s_fields_listed_untagged_are_its_name(nlp):
    # the model tags `The Ministry of Labour` alone
    got = _repaired_entities(nlp, ["The", "Ministry", "of", "Labour", ",", "Housing", ",", "Youth", "and", "Sport",
                                   "said", "it", "would", "reopen", "."],
                             [1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["B-ORG", "I-ORG", "I-ORG", "I-ORG"] + ["O"] * 11)
    assert got == [("The Ministry of Labour, Housing, Youth and Sport", "ORG")]


def test_a_particle_opens_a_surname_used_alone_after_a_quotation(facts_of):
    # `dos` parsed as the sentence's verb, the quotation left with no speaker
    f = facts_of("The seat went to the ruling party's candidate, against 44% for Graça Nhaca dos Santos.\n\n\"We "
                 "respect the court, even when it does not respect us,\" dos Santos told supporters.")
    assert quotes(f) == [("direct", "We respect the court, even when it does not respect us,",
                          "Graça Nhaca dos Santos")]


def test_a_name_after_a_portfolio_runs_over_its_particles(facts_of):
    # untagged, or tagged with the portfolio as a body
    f = facts_of("Vice-Minister of Health Ana da Conceição Belo Pires said the clinics would reopen in June.\n\n"
                 "“We are closing the roads,” Assistant Superintendent of Police Jean-Marc Ah Kong Chan, who leads "
                 "the operation, told reporters.")
    assert persons(f) == ["Ana da Conceição Belo Pires", "Jean-Marc Ah Kong Chan"]
    assert [q[2] for q in quotes(f)] == ["Ana da Conceição Belo Pires", "Jean-Marc Ah Kong Chan"]


def test_a_freighter_s_or_a_dredger_s_name_is_no_person_s(facts_of):
    # both tagged people
    f = facts_of("Aid had been unloaded in Matadi from the freighter Lucia Mbemba and would reach clinics.\n\nThe "
                 "company has operated the dredger Teresa Kaiea off Betio since 2023.")
    assert persons(f) == []


@pytest.mark.parametrize("tags", [["B-PERSON", "I-PERSON", "B-ORG", "I-ORG"],
                                  ["B-ORG", "I-ORG", "B-PERSON", "I-PERSON"]])
def test_a_name_tagged_in_two_pieces_one_a_body_s_is_one_person_s(nlp, tags):
    # the model tags the given names a person and the surnames a body at times, or the other way round
    got = _repaired_entities(nlp, ["Luis", "Alberto", "Mejía", "Sosa", "said", "it", "was", "over", "."],
                             [1, 1, 1, 1, 1, 1, 1, 0, 0], tags + ["O"] * 5,
                             heads=[3, 3, 3, 4, 4, 6, 4, 6, 4],
                             deps=["compound", "compound", "compound", "nsubj", "ROOT", "nsubj", "ccomp", "advmod",
                                   "punct"],
                             pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "AUX", "ADV", "PUNCT"])
    assert got == [("Luis Alberto Mejía Sosa", "PERSON")]


def test_a_news_agency_told_is_no_person(facts_of):
    f = facts_of("Joana Freitas Amaral, who chairs a parents' group in Baucau, told Lusa that most parents wanted "
                 "the test repeated.")
    assert persons(f) == ["Joana Freitas Amaral"]


def test_portfolios_tagged_a_body_before_a_title_and_a_name_are_the_title_s(facts_of):
    # `Police and Public Safety` tagged a body and parsed as the subject, the name a conjunct of it
    f = facts_of("In parliament on Friday, Police and Public Safety Minister Lerato Mokoena insisted the amnesty had "
                 "worked.")
    assert quotes(f) == [("indirect", "the amnesty had worked", "Lerato Mokoena")]
    assert [a["name"] for a in f["actors"]] == ["Lerato Mokoena"]


def test_he_or_she_after_an_unnamed_title_holder_or_specialist_is_that_one(facts_of):
    f = facts_of("The governor, Rui Lopes, opened the road on Monday.\n\nA village chief, who asked not to be named, "
                 "said the fields had been taken.\n\n\"Nobody asked us,\" he said.\n\nAt the clinic, a "
                 "cardiologist who asked not to be identified said the ward was full.\n\n\"We turn people away,\" "
                 "she said.")
    assert [q[2] for q in quotes(f)] == ["A village chief", "A village chief", "A cardiologist", "A cardiologist"]


def test_a_feast_named_in_two_words_is_no_one(facts_of):
    # tagged a person
    f = facts_of("Maha Navratri, the nine nights of the goddess, begins on Sunday. Temple committees said the roads "
                 "would be closed.")
    assert persons(f) == []


def test_a_body_named_for_a_people_s_is_a_body(facts_of):
    # tagged a person, and read as the person `Christian People`
    f = facts_of("The opposition Christian People’s Alliance (KLZ), which voted against the bill, accused the "
                 "government of trying to buy voters.")
    assert persons(f) == []
    assert ("Christian People’s Alliance", "org") in [(a["name"], a["type"]) for a in f["actors"]]


def test_a_surname_after_a_patronymic_is_the_rest_of_the_name(nlp):
    # the model tags `Rauf Tahir` and `Mammadov` apart, `oglu` untagged between them
    got = _repaired_entities(nlp, ["Rauf", "Tahir", "oglu", "Mammadov", "said", "the", "road", "was", "open", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["B-PERSON", "I-PERSON", "O", "B-PERSON"] + ["O"] * 6,
                             heads=[3, 3, 3, 4, 4, 6, 7, 4, 7, 4],
                             deps=["compound", "compound", "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp",
                                   "acomp", "punct"],
                             pos=["PROPN", "PROPN", "NOUN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"])
    assert got == [("Rauf Tahir oglu Mammadov", "PERSON")]
    # or only the surname tagged, the father's name a place
    got = _repaired_entities(nlp, ["Aynur", "Rasim", "gizi", "Aliyeva", "said", "the", "road", "was", "open", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["O", "B-GPE", "O", "B-PERSON"] + ["O"] * 6,
                             heads=[3, 3, 3, 4, 4, 6, 7, 4, 7, 4],
                             deps=["compound", "compound", "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp",
                                   "acomp", "punct"],
                             pos=["PROPN", "PROPN", "NOUN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"])
    assert got == [("Aynur Rasim gizi Aliyeva", "PERSON")]


def test_a_monastery_s_name_is_no_person_s(facts_of):
    # tagged a person
    f = facts_of("The abbot of the Thitsar Yaung Chi Monastery argued that the merit lay in devotion.")
    assert persons(f) == []


def test_a_notice_on_a_body_s_website_is_the_body_s(facts_of):
    f = facts_of("Kestrel Telecom said on Monday that its network had failed.\n\nCalls were restored at noon, "
                 "according to a notice on the company's website.")
    assert [q[2] for q in quotes(f)] == ["Kestrel Telecom", "Kestrel Telecom"]


def test_who_after_the_title_apposed_to_a_name_is_that_person(nlp):
    # `who` hung on `chamber`
    words = ["It", "was", "defended", "in", "the", "chamber", "by", "Nina", "Kranjc", ",", "state", "secretary", "at",
             "the", "ministry", ",", "who", "told", "members", "that", "it", "was", "fair", "."]
    got = _reports_of_written_out(
        nlp, words, [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0],
        heads=[2, 2, 2, 2, 5, 3, 5, 8, 6, 8, 11, 8, 11, 14, 12, 8, 17, 5, 17, 21, 21, 17, 21, 2],
        deps=["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "prep", "compound", "pobj", "punct", "compound",
              "appos", "prep", "det", "pobj", "punct", "nsubj", "relcl", "dobj", "mark", "nsubj", "ccomp", "acomp",
              "punct"],
        tags=["PRP", "VBD", "VBN", "IN", "DT", "NN", "IN", "NNP", "NNP", ",", "NN", "NN", "IN", "DT", "NN", ",", "WP",
              "VBD", "NNS", "IN", "PRP", "VBD", "JJ", "."],
        pos=["PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "NOUN", "NOUN", "ADP",
             "DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"],
        ents=["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 15)
    assert got == [("it was fair", "Kranjc")]


def test_a_street_named_for_a_date_is_no_person(facts_of):
    # `Avenida` tagged a person
    f = facts_of("The union said it would march along Avenida 12 de Octubre, the capital's main avenue.")
    assert persons(f) == []


def test_a_body_name_runs_on_over_and_to_untagged_words(nlp):
    # the model tags `The Ministry of Culture` alone; `Monuments` is no word for a field
    got = _repaired_entities(nlp, ["The", "Ministry", "of", "Culture", "and", "Monuments", "said", "it", "would",
                                   "reopen", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["B-ORG", "I-ORG", "I-ORG", "I-ORG"] + ["O"] * 7)
    assert got == [("The Ministry of Culture and Monuments", "ORG")]


def test_a_body_for_a_field_runs_over_a_body_s_word_to_its_second_field(nlp):
    # the model tags `The National Agency for Certification` alone; `Network` is a word a body's name may end on
    got = _repaired_entities(nlp, ["The", "National", "Agency", "for", "Certification", "and", "Network", "Security",
                                   "said", "it", "was", "over", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"] + ["O"] * 8)
    assert got == [("The National Agency for Certification and Network Security", "ORG")]


def test_a_portfolio_tagged_a_place_before_a_title_is_part_of_the_title(nlp):
    # the model tags `Cyber Security` a place at times, which no repair of a body's tag takes away
    doc = _written_out(nlp, ["Cyber", "Security", "Minister", "Ana", "Ruiz", "said", "it", "was", "over", "."],
                       [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                       ["B-GPE", "I-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"],
                       pos=["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "AUX", "ADV", "PUNCT"],
                       heads=[1, 2, 4, 4, 5, 5, 7, 5, 7, 5],
                       deps=["compound", "compound", "compound", "compound", "nsubj", "ROOT", "nsubj", "ccomp",
                             "advmod", "punct"])
    registry = _collected([doc])
    ruiz = next(a for a in registry.actors.values() if a.name == "Ana Ruiz")
    assert (ruiz.title, ruiz.affiliation) == ("Cyber Security Minister", None)


def test_a_style_of_honour_is_no_part_of_the_title_before_it(facts_of):
    f = facts_of("Malaysian Home Minister Datuk Seri Faizal bin Rahman said the border crossing would reopen.")
    assert role(f, "Faizal bin Rahman") == ("Home Minister", "Malaysia")


def test_a_name_tagged_a_body_before_whose_and_a_relative_is_a_person_s(nlp):
    # the model tags `Tara Costa` a body at times
    got = _repaired_entities(nlp, ["Tara", "Costa", ",", "whose", "father", ",", "Marco", "Costa", ",", "lost", "his",
                                   "savings", ",", "said", "the", "sentence", "was", "short", "."],
                             [1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0],
                             ["B-ORG", "I-ORG", "O", "O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 11,
                             heads=[1, 13, 1, 4, 9, 4, 7, 4, 4, 1, 11, 9, 1, 13, 15, 16, 13, 16, 13],
                             deps=["compound", "nsubj", "punct", "poss", "nsubj", "punct", "compound", "appos", "punct",
                                   "relcl", "poss", "dobj", "punct", "ROOT", "det", "nsubj", "ccomp", "acomp",
                                   "punct"],
                             pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB",
                                  "PRON", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"])
    assert got == [("Tara Costa", "PERSON"), ("Marco Costa", "PERSON")]


def test_a_participle_opening_the_sentence_is_no_subject_nor_name(facts_of):
    # parsed as one subject `Sentencing Kell` with the judge listed after it, and tagged as one name
    f = facts_of("Dana Kell, 44, was convicted in May. Sentencing Kell, Justice Ruth Abbot said the fraud had been "
                 "cruel.")
    assert persons(f) == ["Dana Kell", "Ruth Abbot"]
    assert quotes(f) == [("indirect", "the fraud had been cruel", "Ruth Abbot")]


def test_letters_set_off_after_a_name_are_no_body(facts_of):
    f = facts_of("Kell's barrister, Pedro de la Vega, KC, said his client would appeal.")
    assert "Pedro de la Vega" in persons(f)
    assert all(a["name"] != "KC" for a in f["actors"])


@pytest.mark.parametrize("verb", ["re-examine", "co-finance", "de-mine"])
def test_a_prefix_joined_by_a_hyphen_is_no_verb_of_its_own(facts_of, verb):
    f = facts_of(f"The minister said the agency would {verb} every site listed since 2019.")
    assert quotes(f) == [("indirect", f"the agency would {verb} every site listed since 2019", "The minister")]


def test_untagged_hyphened_name_described_as_someone_who_is_a_person_s(nlp):
    words = ["Ana", "María", "Villanueva", "-", "Roca", ",", "a", "hydrologist", "who", "directs", "the", "group", ",",
             "said", "the", "spill", "was", "the", "third", "."]
    got = _repaired_entities(nlp, words, [1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0], ["O"] * 20,
                             heads=[4, 4, 4, 4, 13, 4, 7, 4, 9, 7, 11, 9, 4, 13, 15, 16, 13, 18, 16, 13],
                             deps=["compound", "compound", "compound", "punct", "nsubj", "punct", "det", "appos",
                                   "nsubj", "relcl", "det", "dobj", "punct", "ROOT", "det", "nsubj", "ccomp", "det",
                                   "attr", "punct"],
                             pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PRON", "VERB",
                                  "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "AUX", "DET", "ADJ", "PUNCT"])
    assert got == [("Ana María Villanueva-Roca", "PERSON")]


def test_it_after_a_body_s_document_is_the_body(facts_of):
    f = facts_of("Northgate Mining said the spill posed no risk to health.\n\n"
                 "A review by the Tarn Water Agency painted a different picture. It said nitrate levels had doubled "
                 "since 2020.")
    assert quotes(f)[-1] == ("indirect", "nitrate levels had doubled since 2020", "Tarn Water Agency")


def test_a_firm_s_name_without_its_suffix_is_the_firm(facts_of):
    f = facts_of("The developer, Hollis Garrett Partners, bought the site in 2021.\n\n"
                 "Hollis Garrett said in a statement that it would appeal.")
    assert persons(f) == []
    assert quotes(f) == [("indirect", "it would appeal", "Hollis Garrett Partners")]


def test_what_a_family_calls_a_relative_is_no_name(facts_of):
    f = facts_of('"He worked nights for thirty years and gave every cent to Mum," Ines Falk said.')
    assert persons(f) == ["Ines Falk"]


def test_a_railway_named_in_italian_is_one_body(facts_of):
    f = facts_of("Ferrovie Adriatiche Unite said in a statement that the line had been inspected in May.")
    assert quotes(f) == [("indirect", "the line had been inspected in May", "Ferrovie Adriatiche Unite")]


def test_a_word_for_a_kind_of_body_before_a_title_is_the_one_body_of_that_kind(facts_of):
    f = facts_of("The Tarnby International Book Festival closed on Sunday.\n\n"
                 "Festival director Nadine Lachapelle said the festival had drawn a record 48,000 visitors.")
    assert role(f, "Nadine Lachapelle") == ("Festival director", "Tarnby International Book Festival")


def test_a_body_set_off_opening_the_sentence_is_the_titled_subject_s(facts_of):
    f = facts_of("At Wellington Regional Hospital, chief operating officer Andrew Fitzsimmons said about 140 planned "
                 "operations had been postponed.")
    assert role(f, "Andrew Fitzsimmons") == ("chief operating officer", "Wellington Regional Hospital")


def test_a_title_before_an_honorific_parsed_as_a_second_subject_is_the_name_s(facts_of):
    f = facts_of("Finance chief Dr. Petra Lindqvist-Moe said free cash flow had improved to 90 million euros from "
                 "minus 40 million euros a year earlier, helped by lower stocks, and insisted the dividend was safe.")
    assert actor(f, "Petra Lindqvist-Moe")["title"] == "Finance chief"


def test_a_quotation_wholly_reported_takes_the_report_s_speaker(facts_of):
    # the quotation's own cue is `had been warned`, with no one as its subject
    f = facts_of("The drought has become a headache for the president. In a post on X, opposition Senator Ana Ruiz "
                 "wrote that OSAL had been warned in 2023 that the basin needed a second reservoir, and that “nobody "
                 "in this government picked up the phone.”")
    assert quotes(f)[-1] == ("direct", "nobody in this government picked up the phone.", "Ana Ruiz")


@pytest.mark.parametrize("portfolio", ["Information", "Broadcasting"])  # a portfolio the language knows, and one not
def test_a_name_after_a_portfolio_keeps_the_given_name_it_opens_on(facts_of, portfolio):
    f = facts_of(f"Cabinet Secretary for {portfolio} Joseph Mwangangi Kibet, who signed the October order, did not "
                 "respond to requests for comment.")
    assert persons(f) == ["Joseph Mwangangi Kibet"]


@pytest.mark.parametrize("after", [",\"", "\","])
def test_a_title_apposed_to_a_work_is_no_quotation_wherever_its_comma(facts_of, after):
    f = facts_of(f'Carlos de Guzman is a fellow. In a 2025 paper, "Twenty Years at the Table{after} he argued that the '
                 "talks had stalled.")
    assert quotes(f) == [("indirect", "the talks had stalled", "Carlos de Guzman")]


def test_the_group_owning_a_title_is_the_body_last_spoken_of(facts_of):
    f = facts_of("Reef Watch, a coalition of dive shops and fishing groups, said the permits should be revoked, and "
                 "that the Tarn Fisheries Board had ignored the evidence.\n\n"
                 '"We will go to court if we have to," said Maria Lopes, the group\'s campaigns director.')
    assert role(f, "Maria Lopes") == ("campaigns director", "Reef Watch")


def test_the_museum_owning_a_title_is_the_only_museum_however_far_back(facts_of):
    f = facts_of("The Altenhof Museum of World Cultures said on Monday that it would return 21 bronzes to Nigeria.\n\n"
                 "The pieces were taken from Benin City in 1897.\n\n"
                 "They were sold at auction in London in 1899 and again in 1931.\n\n"
                 "A Nigerian delegation will collect them in May.\n\n"
                 "The museum's curator for African collections, Lena Hartwig, said the files held little more than a "
                 "single line.")
    assert role(f, "Lena Hartwig") == ("curator for African collections", "Altenhof Museum of World Cultures")


def test_a_body_named_before_the_word_for_its_kind_is_what_that_word_stands_for(facts_of):
    # the festival's name holds no `festival`: the article set the word after it
    f = facts_of("Heavy rain forced the organisers to cancel the last night of the Sozopol Blue Summer festival, "
                 "which has filled the old town's amphitheatre every August since 1998.\n\n"
                 "The festival's programme director, Nadezhda Kirova, said the insurers would cover the refunds.")
    assert role(f, "Nadezhda Kirova") == ("programme director", "Sozopol Blue Summer")


def test_their_owning_a_title_after_a_team_s_short_name_is_the_team_s(facts_of):
    # `The Tiburones`, the team's name without its town, the subject of the sentence before
    f = facts_of("The Tiburones de Puntarenas led the Leones de Liberia 5-2 in the sixth inning when the rain "
                 "began.\n\n"
                 "The league said the game would resume on Tuesday. The Tiburones rejected that. Their general "
                 "manager, Mauricio Solano Brenes, argued that a game of five innings is a complete game.")
    assert role(f, "Mauricio Solano Brenes") == ("general manager", "Tiburones de Puntarenas")


def test_their_is_no_word_of_a_title_that_no_body_owns(facts_of):
    f = facts_of("Forty-one fishermen from Ilha Comprida sued the state environment agency in March over the ban.\n\n"
                 "Their lawyer, Helena Castro Prado, said the ban had cost each family about half its yearly income.")
    assert actor(f, "Helena Castro Prado")["title"] == "lawyer"


def test_a_place_named_before_the_word_owning_a_title_is_the_one_it_stands_for(facts_of):
    # `Qaenat` untagged before `district`; Dubai, the last place tagged, is the trader's
    f = facts_of("Nearly all of the country's saffron is grown in the Qaenat district, where the harvest began last "
                 "week.\n\n"
                 '"Buyers are offering half of last year\'s price," said Reza Mohammadi, a trader at Golden Thread, an '
                 "export house in Dubai.\n\n"
                 "The district's governor, Hamid Tavakoli, said the province would buy part of the crop for its own "
                 "stocks.")
    assert role(f, "Hamid Tavakoli") == ("governor", "Qaenat")


def test_an_untagged_place_described_by_the_word_owning_a_title_is_the_one_it_stands_for(facts_of):
    f = facts_of("Families in Ain Ebel, a village of 900 people on the plateau, have waited a year for piped water. "
                 "The village's mayor, Antoine Khoury, said the contractor had left the pipes by the road in October.")
    assert role(f, "Antoine Khoury") == ("mayor", "Ain Ebel")


def test_names_written_before_the_word_for_a_division_are_places(facts_of):
    # `Arkhangai` tagged a body
    f = facts_of("Herders in the Arkhangai and Zavkhan provinces lost a third of their goats, the ministry said.")
    assert [actor(f, name)["type"] for name in ("Arkhangai", "Zavkhan")] == ["place", "place"]


def test_a_body_of_people_named_by_their_trade_is_one_name(facts_of):
    # tagged `The Free Association of` and `Mostar Drivers`
    f = facts_of("Talks broke down on Friday. The Free Association of Mostar Drivers said its members would strike."
                 "\n\n"
                 '"We have waited long enough," said Jasna Kovačević, the association\'s president.')
    assert role(f, "Jasna Kovačević") == ("president", "Free Association of Mostar Drivers")
    assert actor(f, "Mostar Drivers") is None


def test_a_possessive_s_ending_opens_no_body_s_name(facts_of):
    # the model tagged `’s Transport Commission`
    f = facts_of("Fares will rise in May, the island’s Transport Commission announced.")
    assert [a["name"] for a in f["actors"]] == ["Transport Commission"]


def test_the_word_for_a_body_after_for_is_the_only_body_of_its_kind_however_far_back(facts_of):
    f = facts_of("Fares will rise in May, the island's Transport Commission announced on Monday.\n\n"
                 "The commission said diesel now cost twice what it had in 2022.\n\n"
                 'Bus drivers threatened to strike. "Nobody asked us," said Tomasi Vea, 51.\n\n'
                 "Passengers would be consulted, a spokeswoman for the commission, Ana Taufa, said on Tuesday.")
    assert role(f, "Ana Taufa") == ("spokeswoman", "Transport Commission")


def test_its_title_is_of_a_body_the_model_tagged_a_person(facts_of):
    # `Vestlandske Kraftlag` tagged a person; the relative clause makes it a body
    f = facts_of("Vestlandske Kraftlag, which supplies power to nine municipalities, said on Monday that it would "
                 "raise its tariff by a fifth in January. Its finance director, Ingrid Solheim Aasen, said the rise "
                 "would cover the cost of new lines.")
    assert role(f, "Ingrid Solheim Aasen") == ("finance director", "Vestlandske Kraftlag")


def test_a_score_after_a_team_s_name_is_no_part_of_it(facts_of):
    f = facts_of("The Tigres de Quintana Roo trailed the Sultanes de Monterrey 2-1 when the rain came.")
    assert sorted(a["name"] for a in f["actors"]) == ["Sultanes de Monterrey", "Tigres de Quintana Roo"]


def test_a_trade_owned_by_a_body_s_word_is_a_title_of_that_body(facts_of):
    # `accountant`, like `founder`, is a person's work: the site's is Ziarul Liber's
    f = facts_of("A court in Chisinau on Monday jailed three staff of the news site Ziarul Liber for tax evasion.\n\n"
                 "The judge gave the longest sentence, six years, to the site's founder, Radu Vasilescu, 44; the "
                 "site's accountant, Elena Popescu, was given four years.")
    assert role(f, "Elena Popescu") == ("accountant", "Ziarul Liber")


def test_a_region_named_before_its_word_is_no_mayor_s_city(facts_of):
    # `the Melgar region`, `Melgar` tagged a place: a region, not the city whose deputy mayor this is
    f = facts_of("Peruvian police arrested the mayor of the southern city of Ayaviri before dawn on Tuesday, "
                 "prosecutors said.\n\n"
                 "Quispe is the third mayor in the Melgar region to be arrested in a corruption case in the past two "
                 "years.\n\n"
                 "Deputy mayor Rosa Condori, who is expected to take over, said that the city's services would "
                 "continue as normal.")
    assert actor(f, "Rosa Condori")["title"] == "Deputy mayor"
    assert actor(f, "Rosa Condori").get("affiliation") != "Melgar"


def test_a_monk_s_style_is_no_part_of_his_name_nor_of_his_title(facts_of):
    f = facts_of("At the pagoda, monks carried statues of the Buddha to a hall further from the water on Friday. The "
                 "abbot, the Venerable Sok Pisey, said the community had lived beside the river for two centuries.")
    assert persons(f) == ["Sok Pisey"]
    assert actor(f, "Sok Pisey")["title"] == "abbot"


def test_names_across_or_above_are_places(facts_of):
    # all three tagged people
    f = facts_of("Workers at fish canneries across Asturias walked out on Monday. Snow fell in the mountains above "
                 "Setesdal and Hardanger on Sunday, the forecaster said.")
    assert persons(f) == []


def test_a_name_tagged_as_two_either_side_of_its_particle_is_one(facts_of):
    # tagged `Anton Pichler` and `Bach`, `am` read as a verb
    f = facts_of("Anton Pichler am Bach, a farmer who helped organise the protest, said the warnings had been drowned "
                 "out.")
    assert persons(f) == ["Anton Pichler am Bach"]


def test_a_bantu_patronymic_particle_joins_a_name(facts_of):
    # `wa`, of: `Ngugi wa Thiong'o`; the model tagged `Célestin Mbuyi` only
    f = facts_of("The order, signed by Mines Minister Célestin Mbuyi wa Mbuyi, suspends all digging in the valley.")
    assert persons(f) == ["Célestin Mbuyi wa Mbuyi"]


def test_a_name_ending_in_highway_is_a_place(facts_of):
    f = facts_of("The families would be moved to a municipal hostel on Novospasskoye Highway within a week, the city "
                 "said.")
    assert actor(f, "Novospasskoye Highway")["type"] == "place"


def test_a_body_s_name_listing_its_fields_is_one_name_when_tagged_as_two(facts_of):
    # tagged `The Malawi Lands,` and `Housing and Urban Development Commission`
    f = facts_of("The Malawi Lands, Housing and Urban Development Commission said it had received the complaint.")
    assert [a["name"] for a in f["actors"]] == ["Malawi Lands, Housing and Urban Development Commission"]


def test_she_after_an_unnamed_presenter_is_the_presenter(facts_of):
    # `presenter` a word for a person: not the man named a paragraph before
    f = facts_of("Deputy Aleksei Tarasov warned that his supporters would gather on Sunday.\n\n"
                 "Staff at the station were told on Friday. One presenter, who asked not to be named because she was "
                 "not authorised to speak, said the staff had learned of it from a notice.\n\n"
                 '"Nobody asked us," she said.')
    assert quotes(f)[-1] == ("direct", "Nobody asked us,", "One presenter")


def test_its_after_a_one_word_body_named_right_after_the_subject_s_word_is_that_body_s(facts_of):
    # one word, tagged a person: not a name the actors make a body by itself
    f = facts_of("The president pardoned Radek Vondra on Monday. The anti-corruption group Transparix called the "
                 "pardon “a receipt, not an act of mercy.” Its director, Tereza Blaha, wrote in a post on X that "
                 "Vondra had been seen at a hunting lodge.")
    assert role(f, "Tereza Blaha") == ("director", "Transparix")


def test_a_one_word_outlet_named_after_its_kind_is_where_the_role_is_held(facts_of):
    f = facts_of("Jonas Weber, chief film critic of the Hamburg daily Morgenblatt, had given the film a rare five "
                 "stars. He said the director had made the best film of the decade.")
    assert role(f, "Jonas Weber") == ("chief film critic", "Morgenblatt")


def test_a_participle_tagged_as_a_verb_opening_the_sentence_is_no_part_of_a_name(facts_of):
    # tagged `Addressing Fairweather` as one name
    f = facts_of("Addressing Fairweather and Quayle directly, the magistrate said both had shown contempt for the "
                 "court.")
    assert persons(f) == ["Fairweather", "Quayle"]


def test_a_holiday_is_no_one(facts_of):
    f = facts_of('"Every year it is the same thing: a teacher leaves in November and nobody replaces her until '
                 'Easter," Ana Ruiz said.')
    assert persons(f) == ["Ana Ruiz"]


def test_a_name_ending_on_a_word_for_a_place_is_no_person(facts_of):
    # `Tarn Plaza` tagged a person
    f = facts_of('"Twelve years after Tarn Plaza, we are still counting bodies," said Nazma Rahman, a union leader.')
    assert persons(f) == ["Nazma Rahman"]


def test_a_palace_speaking_for_its_household_stays_a_body(facts_of):
    f = facts_of("Arlo Palace said the bishop had read the report and would meet survivors in the coming weeks.")
    assert quotes(f) == [("indirect", "the bishop had read the report and would meet survivors in the coming weeks",
                          "Arlo Palace")]


def test_a_word_hyphened_into_a_title_is_part_of_it(facts_of):
    f = facts_of("Left-leaning former regional governor Rosa Elena Quispe Mamani held a narrow lead on Monday.")
    assert actor(f, "Rosa Elena Quispe Mamani")["title"] == "Left-leaning former regional governor"


def test_a_rival_a_pronoun_owns_is_on_no_one_s_side(facts_of):
    f = facts_of("Left-leaning former regional governor Rosa Elena Quispe Mamani held a narrow lead in the runoff "
                 "early on Monday, but her conservative rival Gonzalo Ferrero de la Piedra refused to concede and said "
                 "his party had evidence of irregularities.")
    a = actor(f, "Gonzalo Ferrero de la Piedra")
    assert a["title"] == "conservative rival" and "affiliation" not in a


# -- owned titles where another body of the kind was named earlier: the nearest, not the only one ------------


def test_the_institute_s_title_goes_to_the_institute_named_last_by_its_word_before_for(facts_of):
    f = facts_of("The Arlo Institute of Geography warned of the risk in 2019.\n\nThe figures were published by the "
                 f"Tarn Institute for Coastal Studies on Monday.\n\n{FAR_BACK}\n\nThe institute's director, Ana Ruiz, "
                 "said the sea had risen faster than forecast.")
    assert role(f, "Ana Ruiz") == ("director", "Tarn Institute for Coastal Studies")


def test_an_owned_title_hung_on_its_last_noun_goes_to_the_body_named_last(facts_of):
    f = facts_of("The Tarn Drivers Association had called a strike.\n\nThe Norland Haulage Employers Association said "
                 f"its offer stood.\n\n{FAR_BACK}\n\n“We have made a fair offer to the drivers,” the association’s "
                 "vice-president for labour relations, Marie-Claude Tessier, said in an interview.")
    assert role(f, "Marie-Claude Tessier") == ("vice-president for labour relations",
                                               "Norland Haulage Employers Association")


def test_an_owned_title_set_off_before_the_name_goes_to_the_body_named_last(facts_of):
    f = facts_of("The Arlo Chamber of Commerce backed the plan.\n\nThe International Chamber of River Carriers said "
                 f"the fees were too high.\n\n{FAR_BACK}\n\n\"The question is when, not whether,\" the chamber's "
                 "secretary-general, Hendrik de Boer, wrote on LinkedIn.")
    assert role(f, "Hendrik de Boer") == ("secretary-general", "International Chamber of River Carriers")


def test_a_possessive_parsed_as_a_modifier_owns_the_title_of_the_museum_named_last(facts_of):
    f = facts_of("The Arlo Museum of Modern Art lent two pieces.\n\nThe bust has been on show at the Velmora Museum "
                 "of Ancient Art since 1931.\n\nEgypt asked for its return in 2019.\n\nTalks began in March.\n\n"
                 "Officials met in Cairo last week.\n\nThe museum’s director, Ana Lind, said in a statement that the "
                 "institution accepted the findings.")
    assert role(f, "Ana Lind") == ("director", "Velmora Museum of Ancient Art")


def test_the_group_s_officer_serves_the_body_described_as_a_group_not_the_next_subject(facts_of):
    f = facts_of("Verdal, an Oslo-based campaign group, said the fund had acted too late. The Norwegian Oil Fund "
                 'declined to comment.\n\n"Why did it take so long?" said Ingrid Moe, the group\'s campaign director.')
    assert role(f, "Ingrid Moe") == ("campaign director", "Verdal")


def test_a_name_runs_over_particles_to_two_surnames_as_the_model_tagged_it_in_two(nlp):
    # the model, reading `dos` as a verb, tags `José Manuel` and `Santos Ferreira` apart (as it did before the
    # particle's norm was given)
    words = ['"', "The", "count", "was", "clean", ",", '"', "the", "mission", "'s", "chief", "observer", ",", "José",
             "Manuel", "dos", "Santos", "Ferreira", ",", "said", "in", "Lima", "."]
    got = _repaired_entities(
        nlp, words, [0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0],
        ["O"] * 13 + ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O"],
        heads=[15, 2, 3, 15, 3, 15, 5, 8, 11, 8, 11, 15, 11, 14, 11, 19, 17, 15, 15, 19, 19, 20, 19],
        deps=["punct", "det", "nsubj", "ccomp", "acomp", "punct", "punct", "det", "poss", "case", "amod", "nsubj",
              "punct", "compound", "appos", "ccomp", "compound", "dobj", "punct", "ROOT", "prep", "pobj", "punct"],
        pos=["PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "PUNCT", "DET", "NOUN", "PART", "ADJ", "NOUN", "PUNCT",
             "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"])
    assert got == [("José Manuel dos Santos Ferreira", "PERSON"), ("Lima", "GPE")]


def test_a_participle_right_after_that_reports_nothing(facts_of):
    # `promised` parsed as the verb of the that-clause, with the quoted words its content
    f = facts_of('Mayor Stavros Kefalas said the state had abandoned the north, saying that promised firebreaks and '
                 'reforestation "exist only in press releases."')
    assert quotes(f)[-1] == ("direct", "exist only in press releases.", "Stavros Kefalas")


def test_a_word_for_a_person_opening_the_sentence_is_no_part_of_the_name(facts_of):
    # `Farmer Ana Lind` tagged as one name; `Shopkeeper Rahim Uddin` left untagged; `Nurse` tagged a place on
    # its own and only the hyphened surname after it a person; `Reviewer Priya Raman-Whitaker` not tagged at all
    f = facts_of("Farmer Ana Lind said the river had burst its banks.\n\n"
                 "Shopkeeper Rahim Uddin said the road was shut.\n\n"
                 "Nurse Priya Raman-Whitaker said the ward was full.\n\n"
                 "Reviewer Leila Okonjo-Brandt said the book was slow.")
    assert persons(f) == ["Ana Lind", "Leila Okonjo-Brandt", "Priya Raman-Whitaker", "Rahim Uddin"]
    assert [q[2] for q in quotes(f)] == ["Ana Lind", "Rahim Uddin", "Priya Raman-Whitaker", "Leila Okonjo-Brandt"]
    assert all(a.get("affiliation") is None for a in f["actors"] if a["type"] == "person")


def test_a_given_name_tagged_apart_from_its_hyphened_surname_is_the_same_person_s(facts_of):
    f = facts_of("Lawyer Grace Mwangi-Otieno said the law was void.")
    assert persons(f) == ["Grace Mwangi-Otieno"]
    assert quotes(f) == [("indirect", "the law was void", "Grace Mwangi-Otieno")]


def test_particles_inside_an_untagged_name_are_the_name_s(facts_of):
    f = facts_of("Marguerite de la Motte, a senior fellow at the Laurentian Institute for Security Studies in Ottawa, "
                 'said the requirement made sense but had come "about five years too late."\n\n'
                 '"Every navy that bought ships in a hurry has paid for it," she said.')
    assert persons(f) == ["Marguerite de la Motte"]
    assert {q[2] for q in quotes(f)} == {"Marguerite de la Motte"}


def test_who_after_a_title_s_field_is_the_title_holder(facts_of):
    f = facts_of("Most of the afternoon belonged to Tobias Wendt-Arnold, the department's assistant deputy minister "
                 "for logistics, who told MPs that the internal estimate now ran to $52 billion.")
    assert quotes(f) == [("indirect", "the internal estimate now ran to $52 billion", "Tobias Wendt-Arnold")]


def test_a_document_someone_tabled_is_theirs(facts_of):
    f = facts_of("Rosa Quillen, the agency's head of fleet planning, appeared before the committee on Monday. "
                 "The first ship would not sail before 2031, according to a revised timeline she tabled with the "
                 "committee.")
    assert quotes(f)[-1] == ("indirect", "The first ship would not sail before 2031", "Rosa Quillen")


def test_the_asker_of_an_opening_question_does_not_answer_it(facts_of):
    # the asker parsed as a second subject of `said`
    f = facts_of("Omar Okafor-Lind is the agency's chief engineer.\n\n"
                 "Asked by the committee's chair, Liberal MP Priya Raghunathan, whether that range had been shared "
                 'with cabinet, Okafor-Lind said: "The minister has seen every number I have seen."')
    assert quotes(f) == [("direct", "The minister has seen every number I have seen.", "Omar Okafor-Lind")]


def test_a_charge_summing_up_a_quotation_says_nothing(facts_of):
    # the charge and the minister both parsed as subjects of `rejected`
    f = facts_of("The New Democratic Party's defence critic, Anton Lavoie-Roy, claimed the department had known about "
                 "the estimate and accused the government of \"hiding the real number until the contract is signed,\" "
                 "a charge the minister rejected.")
    assert quotes(f)[-1] == ("direct", "hiding the real number until the contract is signed,", "Anton Lavoie-Roy")
    assert all(a["type"] != "unnamed" for a in f["actors"])


def test_the_minister_is_not_the_assistant_deputy_minister(facts_of):
    f = facts_of("Transport Minister Elena Sorvik said the tender would close in May.\n\n"
                 "Karl Obuya, the department's assistant deputy minister, told MPs the cost had doubled.\n\n"
                 '"Nothing is being hidden," said the minister.')
    assert quotes(f)[-1] == ("direct", "Nothing is being hidden,", "Elena Sorvik")


def test_a_title_s_possessive_before_a_word_for_a_body_is_the_body_s_name(facts_of):
    f = facts_of("Speaking outside Birmingham Coroner's Court, the family's lawyer, Sunita Rao, said the inquest had "
                 "been fair.")
    assert persons(f) == ["Sunita Rao"]
    assert quotes(f) == [("indirect", "the inquest had been fair", "Sunita Rao")]


def test_a_name_set_off_after_a_title_and_hung_on_the_opening_is_the_speaker(facts_of):
    # the title and the name parsed into the opening phrase, the name listed with the title and tagged a body
    f = facts_of("Speaking outside Birmingham Coroner's Court, the family's solicitor, Kamran Haque of Fenwick Stroud "
                 'LLP, said the conclusion was "not the end of this family\'s fight."')
    assert persons(f) == ["Kamran Haque"]
    assert quotes(f)[-1] == ("direct", "not the end of this family's fight.", "Kamran Haque")


def test_the_name_a_person_is_known_by_is_a_person_s(facts_of):
    f = facts_of("The coroner said the officer, known only as B12, had believed his life was in danger.\n\n"
                 "Under questioning, he conceded that he had not been told about the second call.")
    assert "B12" in persons(f)
    assert quotes(f)[-1] == ("indirect", "he had not been told about the second call", "B12")


def test_a_title_in_the_opening_paragraphs_is_the_one_named_later_with_it(facts_of):
    f = facts_of("An inquest jury found the shooting lawful, but the coroner said failures in the control room had "
                 "contributed to the death.\n\n"
                 "The hearing lasted three weeks.\n\n"
                 "Leeds's senior coroner, Harriet Moss-Kane, said the officers had acted in good faith.")
    assert quotes(f)[0] == ("indirect", "failures in the control room had contributed to the death",
                            "Harriet Moss-Kane")


def test_a_given_name_and_a_particle_tagged_a_body_open_a_long_name(facts_of):
    f = facts_of("Behind closed shutters, María del Carmen Ortega de la Vega, 86, who has lived alone since 2017, "
                 "sat in the coolest room of her flat.\n\n"
                 "\"At my age you do not go out in this,\" she said. \"She says, Mamá, drink water.\"\n\n"
                 "Tomás Ibarra, 52, a grocer on Calle Lucano, leaves his door open.")
    assert persons(f) == ["María del Carmen Ortega de la Vega", "Tomás Ibarra"]
    assert quotes(f)[0][2] == "María del Carmen Ortega de la Vega"


def test_the_first_word_of_a_name_before_who_is_the_name_s(facts_of):
    f = facts_of("Harjeet Singh Bains, who has run the corner shop for 22 years, said he had closed early.\n\n"
                 "Prop Dafydd Hughes, who is not related, posted on X: \"Not going anywhere.\"")
    assert persons(f) == ["Dafydd Hughes", "Harjeet Singh Bains"]


def test_a_name_after_the_word_app_is_a_body(facts_of):
    f = facts_of("The court ruled that riders for the delivery app Rapido are employees.\n\n"
                 "Rapido said it would appeal.")
    assert persons(f) == []
    assert quotes(f)[-1] == ("indirect", "it would appeal", "Rapido")


def test_she_after_an_attribution_parsed_under_its_quotation(facts_of):
    f = facts_of("Snelr said it would appeal.\n\n"
                 "“Thousands of riders choose Snelr precisely because they can decide when, where and how much they "
                 "work,” a company spokeswoman said in a statement. “The ruling takes that choice away from them.”\n\n"
                 "She said the company would cut riders in smaller towns.")
    assert quotes(f)[-1] == ("indirect", "the company would cut riders in smaller towns", "A company spokeswoman")


def test_a_participle_after_with_reports_nothing(facts_of):
    f = facts_of("The remaining 33 detainees were taken back to removal centres after the flight was cancelled, "
                 "because the airline would not fly with so few passengers confirmed, according to a Home Office "
                 "source.")
    assert {q[2] for q in quotes(f)} == {"A Home Office source"}
    assert [a["name"] for a in f["actors"] if a["type"] == "unnamed"] == ["A Home Office source"]


def test_a_party_named_by_one_word_is_a_body(facts_of):
    f = facts_of('Sir Edmund Tarrant wrote on X: "Another flight, another humiliation. Labour promised to fix '
                 'this."')
    assert persons(f) == ["Edmund Tarrant"]


def test_the_place_a_body_is_of_is_no_person(facts_of):
    f = facts_of("The chairman told reporters in Kandy that polling had been peaceful.\n\n"
                 "Professor Amara Silva, a political scientist at the University of Kandy, said the result was "
                 "expected.\n\n"
                 '"Everyone will be watching to see whether Kandy actually hands over any power," Silva said.')
    assert persons(f) == ["Amara Silva"]


def test_a_document_quoting_someone_gives_their_words(facts_of):
    f = facts_of('"Growth has picked up since the bank began cutting rates," the release said, quoting the '
                 "bureau's head of prices statistics, Irene Castell.")
    assert quotes(f) == [("direct", "Growth has picked up since the bank began cutting rates,", "Irene Castell")]


def test_a_body_s_list_of_fields_tagged_up_to_and_runs_on(facts_of):
    f = facts_of("Poachers killed 40 elephants this year, the Ministry of Lands, Fisheries and Tourism said on "
                 "Monday.")
    assert quotes(f) == [("indirect", "Poachers killed 40 elephants this year", "Ministry of Lands, Fisheries and "
                          "Tourism")]


def test_a_title_held_by_the_name_before_it_fuses_no_name_into_its_body(facts_of):
    f = facts_of("Lucia Ferri, director of the Museo Civico Ardenghi, said the paintings were fakes.")
    assert persons(f) == ["Lucia Ferri"]
    assert quotes(f) == [("indirect", "the paintings were fakes", "Lucia Ferri")]


def test_whom_a_speaker_told_is_no_part_of_the_report(facts_of):
    f = facts_of("Lucia Ferri told a news conference that tests carried out over eight months had found modern "
                 "pigments.")
    assert quotes(f) == [("indirect", "tests carried out over eight months had found modern pigments",
                          "Lucia Ferri")]


def test_words_after_so_called_are_no_quotation(facts_of):
    f = facts_of('Tomas Kavari, a warden and one of about 80 so-called "river wardens" hired by the district, said '
                 "he had not been paid since May.")
    assert quotes(f) == [("indirect", "he had not been paid since May", "Tomas Kavari")]


def test_what_staff_call_their_employer_is_no_name(facts_of):
    f = facts_of('"Madam trained me herself. She shouted at me for two years," said Kojo Mensah, the head cook.')
    assert persons(f) == ["Kojo Mensah"]


def test_predicates_listed_after_a_report_s_first_go_on_with_it(facts_of):
    f = facts_of("Kestrel Rail said in a statement that it had accepted all of the inspectors’ findings, had added a "
                 "second driver to its night trains and had retrained its staff on the new signals.")
    assert quotes(f) == [("indirect", "it had accepted all of the inspectors’ findings, had added a second driver to "
                          "its night trains and had retrained its staff on the new signals", "Kestrel Rail")]


def test_words_for_a_freight_firm_and_an_investigator(facts_of):
    f = facts_of("The cargo aircraft, a Boeing 767 operated by Tarnline Freight, rejected its take-off.\n\n"
                 "The report’s lead investigator, Marie-Hélène Dufresne, told reporters in Ottawa that the signage met "
                 "national standards.")
    assert persons(f) == ["Marie-Hélène Dufresne"]
    assert quotes(f) == [("indirect", "the signage met national standards", "Marie-Hélène Dufresne")]


def test_figures_a_family_shared_are_the_family_s(facts_of):
    f = facts_of("The restaurant serves about 1,200 meals a day, according to figures the family shared with "
                 "reporters.")
    assert quotes(f) == [("indirect", "The restaurant serves about 1,200 meals a day", "The family")]


def test_a_name_apposed_right_after_a_title_word_is_the_holder_s(facts_of):
    f = facts_of("The suit was brought by five authors, including the crime writer Colm Ardagh and the poet "
                 "Deborah Essien-Marsh.\n\n"
                 "Ardagh, whose novels have sold two million copies, said he had found his books in the data.")
    assert "Colm Ardagh" in persons(f)
    assert quotes(f) == [("indirect", "he had found his books in the data", "Colm Ardagh")]


def test_the_title_a_one_name_royal_is_known_by_names_her(facts_of):
    f = facts_of("Princess Akiko, 29, married a university lecturer on Saturday.\n\n"
                 "“I am deeply grateful for the warmth so many people have shown me,” the princess said in a "
                 "written statement.")
    assert persons(f) == ["Princess Akiko"]
    assert quotes(f) == [("direct", "I am deeply grateful for the warmth so many people have shown me,",
                          "Princess Akiko")]


def test_a_titled_name_after_the_verb_parsed_as_a_later_subject_speaks(facts_of):
    # the name parsed as the subject of `surrounded`, the sentence's last verb
    f = facts_of('"The president and the members of his government have been relieved of their duties. The borders '
                 'are closed until further notice," said Colonel Idriss Abdelkerim Saleh, a spokesman for the '
                 "officers, who read the statement on Tele Tchad surrounded by about a dozen armed soldiers.")
    assert quotes(f)[0][2] == "Idriss Abdelkerim Saleh"


def test_father_before_a_full_name_is_a_priest_s_title(facts_of):
    f = facts_of("The bishops' spokesman, Father Leszek Gawryluk, told the Catholic Information Agency that the "
                 "church would not call the faithful onto the streets.")
    assert persons(f) == ["Leszek Gawryluk"]


def test_a_name_described_with_whose_after_an_opening_phrase_speaks(facts_of):
    f = facts_of("In Iloilo City, Lorna Villanueva-Reyes, whose younger brother Joel Villanueva, the ship’s second "
                 "engineer, is among those kidnapped, said she had last spoken to him on Saturday night.\n\n"
                 "“He was joking as usual,” she told a local radio station.")
    assert quotes(f) == [("indirect", "she had last spoken to him on Saturday night", "Lorna Villanueva-Reyes"),
                         ("direct", "He was joking as usual,", "Lorna Villanueva-Reyes")]


def test_a_participle_after_a_report_both_hung_on_the_speaker(facts_of):
    # `announced` and `saying` both parsed as participles on `minister`
    f = facts_of("Ireland will ban the advertising of e-cigarettes on billboards and outlaw their display in shops "
                 "near schools, the health minister announced on Tuesday, saying the country risked raising \"a new "
                 "generation hooked on nicotine.\"\n\n"
                 "The plan was agreed by the Cabinet.\n\n"
                 '"We have watched a product turn into a lifestyle accessory," Health Minister Siobhan Bhriain told '
                 "a press conference.")
    assert {q[2] for q in quotes(f)} == {"Siobhan Bhriain"}


def test_name_words_tagged_a_body_before_a_person_s_are_the_name_s(facts_of):
    f = facts_of("Hernández said she had complained several times to the building's developer, Esteban Valdivia "
                 "Rangel, about cracks that appeared in her walls.")
    assert "Esteban Valdivia Rangel" in persons(f)
    assert "Rangel" not in persons(f)


def test_someone_who_gave_only_a_first_name_is_named_by_it(facts_of):
    f = facts_of("Iván, a 19-year-old student who gave only his first name, was pulled from the fifth floor after "
                 "almost four hours.\n\n"
                 '"I could hear them above me," he said from a hospital bed.')
    assert persons(f) == ["Iván"]
    assert quotes(f) == [("direct", "I could hear them above me,", "Iván")]


def test_a_work_s_title_in_quotation_marks_is_no_quotation(facts_of):
    f = facts_of('The director said the investigative programme "Fakty a tiene", which has run since 2009, would '
                 "continue.")
    assert [q[0] for q in quotes(f)] == ["indirect"]
    assert persons(f) == []


def test_a_name_after_a_flag_is_a_ship_s(facts_of):
    f = facts_of("The Malta-flagged Aurora Meridian was sailing south-west of Brass when pirates boarded it, "
                 "the owner said in a statement.")
    assert persons(f) == []


def test_a_title_before_a_name_with_a_long_apposition(facts_of):
    f = facts_of('"This is a tomb that was sealed in antiquity and stayed sealed. Everything is where the family left '
                 'it, from the coffins to the baskets of bread," Dr Hesham Abdel-Fattah el-Shazly, secretary-general '
                 "of the Supreme Council of Antiquities, told reporters at the site.")
    assert [q[2] for q in quotes(f)] == ["Hesham Abdel-Fattah el-Shazly"]


def test_a_generics_maker_is_a_firm(facts_of):
    f = facts_of("Harlow Generics, one of the largest makers of amoxicillin, confirmed that output had been cut.")
    assert persons(f) == []
    assert quotes(f) == [("indirect", "output had been cut", "Harlow Generics")]


def test_a_body_after_a_title_held_by_no_name_is_not_split(facts_of):
    # no name before the title: the body's last words, `Rights Watch` and `Fire District`, are still no person
    f = facts_of("The Asia director of Human Rights Watch said the trials were unfair.")
    assert persons(f) == []
    f = facts_of("The chief of the Elm Creek Fire District said her crews had found a downed power line.")
    assert persons(f) == []


def test_a_firm_named_later_by_the_first_word_of_its_name_with_no_word_of_a_trade(facts_of):
    f = facts_of("Lena Hart, an analyst at Kestrel Maritime Analytics, said rates would stay high. In its latest "
                 "report, Kestrel forecast that traffic would not recover before 2027.")
    assert quotes(f)[-1] == ("indirect", "traffic would not recover before 2027", "Kestrel Maritime Analytics")
    assert [a["name"] for a in f["actors"] if a["type"] == "org"] == ["Kestrel Maritime Analytics"]


def test_the_museum_owning_a_keeper_s_title_is_the_only_museum(facts_of):
    # `keeper` is no title word of the language data: the museum owns it all the same
    f = facts_of("The Altenhof Museum of World Cultures said on Monday that it would return 21 bronzes to Nigeria.\n\n"
                 "The pieces were taken from Benin City in 1897.\n\n"
                 "They were sold at auction in London in 1899 and again in 1931.\n\n"
                 "A Nigerian delegation will collect them in May.\n\n"
                 "The museum's keeper of African collections, Lena Hartwig, said the files held little more than a "
                 "single line.")
    assert role(f, "Lena Hartwig") == ("keeper of African collections", "Altenhof Museum of World Cultures")
    f = facts_of("The Halden Maritime Museum opened a new wing on Friday.\n\nThe museum's keeper, Ana Lind, worked "
                 "for two years with shipwrights in Norway. She said the wing would show their boats first.")
    assert role(f, "Ana Lind") == ("keeper", "Halden Maritime Museum")


def test_words_inside_the_quotation_are_no_subject_for_the_pronoun_after_it(facts_of):
    # the parser made `person`, inside the quotation, a subject of `said`
    f = facts_of('"Nobody from the company has come to talk to us. Not one person," Seepersad said, holding up a '
                 "net black with crude.\n\n"
                 "He said a man from the company had telephoned him on Monday.")
    assert quotes(f)[-1] == ("indirect", "a man from the company had telephoned him on Monday", "Seepersad")


def test_a_titled_name_set_off_before_a_verb_with_no_subject_speaks(facts_of):
    # the parser hung the name on the title's words and left `congratulated` with no subject
    f = facts_of("In a post on X, the Minister of State for Fisheries, Dr. Priya Rao-Deshmukh, congratulated the team "
                 "and called the launch “a proud day for every Indian.”")
    assert quotes(f) == [("direct", "a proud day for every Indian.", "Priya Rao-Deshmukh")]


def test_the_object_of_a_deed_is_no_speaker(facts_of):
    # a sentence with no subject at all: whom the deed was done to is still not who spoke
    f = facts_of("Later congratulated the team and called the launch “a proud day for every Indian.”")
    assert quotes(f) == [("direct", "a proud day for every Indian.", None)]
    assert f["actors"] == []


def test_a_name_tagged_from_where_the_portfolio_ends_is_whole(facts_of):
    f = facts_of("In Parliament on Tuesday, Second Minister for Finance Tan Wei Ling said the government would not use "
                 "public money to repay the customers.")
    assert persons(f) == ["Tan Wei Ling"]


def test_a_body_named_right_after_the_word_for_it_speaks(facts_of):
    # `agency` parsed as apposed to the opening's place (tagged a body), `UNHCR` as no apposition of it
    f = facts_of("In Cox's Bazar, where thousands of refugees live in crowded camps, the U.N. refugee agency, UNHCR, "
                 "said 900 shelters had been damaged.")
    assert quotes(f) == [("indirect", "900 shelters had been damaged", "UNHCR")]
    # `UNICEF` parsed as apposed to `agency`, itself apposed to the place: the sentence had no subject at all
    f = facts_of("In Cox's Bazar, where thousands of families from Myanmar live in crowded camps, the U.N. children's "
                 "agency, UNICEF, said schools had been closed because the roads were flooded.")
    assert quotes(f) == [("indirect", "schools had been closed because the roads were flooded", "UNICEF")]


def test_a_that_clause_hung_on_where_the_verb_spoke_is_the_report(facts_of):
    f = facts_of("The firm's chief executive, Winston A. Cudjoe Jr., told reporters at a hotel in San Fernando that "
                 "the crew had followed every emergency procedure.")
    assert quotes(f) == [("indirect", "the crew had followed every emergency procedure", "Winston A. Cudjoe Jr.")]
    f = facts_of("Kenneth Mackinnon, chief executive of the operator Tarn Ferries, acknowledged in his evidence that "
                 "the company’s fleet was too old.")
    assert quotes(f) == [("indirect", "the company’s fleet was too old", "Kenneth Mackinnon")]
    # a relative clause of the place, `that` its object, is none; nor a clause after a passive verb's setting
    f = facts_of("Ana Lind spoke at a hotel that her family owns in San Fernando.")
    assert quotes(f) == []
    f = facts_of("Her remains were found near Canungra, in the Gold Coast hinterland, in a case that local media came "
                 "to call the Canungra bush murder.")
    assert quotes(f) == []


def test_a_name_apposed_to_a_quoted_title_read_as_the_subject_speaks(facts_of):
    f = facts_of("In a note to clients titled “West Africa: The Long Dry Season”, Ana Lind-Berg, head of research at "
                 "the Zurich-based broker Halden & Vogt, wrote that prices would keep rising until the rains came.")
    assert quotes(f) == [("indirect", "prices would keep rising until the rains came", "Ana Lind-Berg")]
    # the name parsed as joined to the title by a comma
    f = facts_of("In a report titled “Brazil: The Second Frost”, Ana Lind-Berg, head of research at the Zurich-based "
                 "broker Halden & Vogt, wrote that prices would keep rising.")
    assert quotes(f) == [("indirect", "prices would keep rising", "Ana Lind-Berg")]


def test_the_place_a_body_is_based_in_is_no_affiliation(facts_of):
    f = facts_of("Ana Vasquez-Lind, head of soft commodities research at the Geneva-based trading house Halden & Vogt, "
                 "wrote that the forecast was wrong.")
    assert role(f, "Ana Vasquez-Lind") == ("head of soft commodities research", "Halden & Vogt")
    f = facts_of("Ana Okafor, founder of the London-based campaign group Bring Them Home, said the museum was right.")
    assert role(f, "Ana Okafor") == ("founder", "Bring Them Home")


def test_an_affiliation_by_a_body_s_short_name_is_the_body(facts_of):
    f = facts_of("The Halden Transit Commission (HTC) voted on Thursday to raise fares.\n\n"
                 '"Nobody on this board wanted to do this," said HTC chair Diane Okonkwo-Marsh, a city councillor.')
    assert role(f, "Diane Okonkwo-Marsh") == ("chair", "Halden Transit Commission")
    f = facts_of("Residents sued Halden Valley Power after the fire, and a judge ruled on Thursday that the case could "
                 "go to a jury.\n\n"
                 '"Halden Valley knew the wind was coming," said Ana Lind, a lawyer for the residents.\n\n'
                 "Halden Valley spokesman Tom Berg said the company disagreed with the ruling.")
    assert role(f, "Tom Berg") == ("spokesman", "Halden Valley Power")


def test_a_name_holding_a_father_s_particle_is_a_person_s(facts_of):
    f = facts_of("The court appointed Hafiz bin Rahmat and Clara Wong as judicial managers.\n\n"
                 '"We are at a very early stage," Hafiz told a briefing for creditors on Thursday.')
    assert persons(f) == ["Clara Wong", "Hafiz bin Rahmat"]
    assert quotes(f) == [("direct", "We are at a very early stage,", "Hafiz bin Rahmat")]


def test_a_body_a_word_introduces_after_two_names_is_each_one_s(facts_of):
    # the firm's name tagged a person, yet ending on a word for a body
    f = facts_of("The court appointed Hafiz bin Rahmat and Clara Wong of the restructuring firm Larkin Shaw Advisory "
                 "as judicial managers.")
    assert actor(f, "Clara Wong")["affiliation"] == "Larkin Shaw Advisory"
    assert actor(f, "Hafiz bin Rahmat")["affiliation"] == "Larkin Shaw Advisory"


def test_a_company_named_with_its_suffix_and_stop_is_the_company_s(facts_of):
    f = facts_of('Its operator, Halden Coastal Tankers Ltd., said in a statement that the leak had been "largely '
                 'contained".\n\n'
                 "The company's chief executive, Winston Cudjoe, told reporters that the crew had followed every "
                 "emergency procedure.")
    assert role(f, "Winston Cudjoe") == ("chief executive", "Halden Coastal Tankers Ltd.")


def test_a_title_with_its_field_set_off_before_the_name_after_a_quotation(facts_of):
    # the title parsed as a word of the quotation's clause
    f = facts_of("The Halden Financial Authority (HFA), the country's financial regulator, said it had referred the "
                 "case to the police.\n\n"
                 '"What has happened at Marina is a serious breach of the trust that customers placed in this firm," '
                 "the regulator's deputy managing director for markets, Gerald Foo Kok Wah, said in a statement. "
                 '"Where there has been wrongdoing, we will pursue it."')
    assert role(f, "Gerald Foo Kok Wah") == ("deputy managing director for markets", "Halden Financial Authority")


def test_a_place_describing_the_title_is_no_body_s(facts_of):
    f = facts_of("Emma Hargreaves, Sydney-based campaign director of the conservation group Blue Current Alliance, "
                 "said the quota was illegal.")
    assert actor(f, "Emma Hargreaves")["title"] == "Sydney-based campaign director of the conservation group"


def test_a_body_named_after_a_country_whose_name_holds_and_is_one_body(facts_of):
    f = facts_of("The Trinidad and Tobago Coast Guard estimated the spill at about 2,500 barrels.")
    assert [(a["name"], a["type"]) for a in f["actors"]] == [("Trinidad and Tobago Coast Guard", "org")]


def test_a_body_named_for_two_fields_joined_by_and_is_one_body(facts_of):
    f = facts_of("The Ministry of Science and ICT said on Tuesday that the cut would fall on weak grants.")
    assert [a["name"] for a in f["actors"]] == ["Ministry of Science and ICT"]
    f = facts_of("The National Commission for Museums and Monuments announced that the bronzes would go on display.")
    assert [a["name"] for a in f["actors"]] == ["National Commission for Museums and Monuments"]
    assert persons(f) == []
    f = facts_of("The Ministry of Labour and Training said in a statement on Tuesday that the fees had been paid.")
    assert [a["name"] for a in f["actors"]] == ["Ministry of Labour and Training"]  # training: a portfolio
    # two bodies, the second no field
    f = facts_of("The Ministry of Health and Oxfam said the clinics were full.")
    assert sorted(a["name"] for a in f["actors"]) == ["Ministry of Health", "Oxfam"]


def test_a_word_of_the_name_itself_is_no_title(facts_of):
    # `Chirwa` parsed as apposed to `Nakamba`
    f = facts_of("Deputy Mayor Mercy Nakamba-Chirwa, who chairs the housing committee, said the plan was sound.")
    assert actor(f, "Mercy Nakamba-Chirwa")["title"] == "Deputy Mayor"


def test_the_body_of_its_kind_a_title_s_word_stands_for_is_one_named_before(facts_of):
    f = facts_of("The Halden Space Research Organisation (HSRO) said the launch was nominal.\n\n"
                 "She said the agency's chairman, Dr. R. Gopalakrishna Menon, had told the team that the moon did not "
                 "give marks for effort.\n\n"
                 "Ground stations run by the European Space Agency will track the craft.")
    assert actor(f, "R. Gopalakrishna Menon")["affiliation"] == "Halden Space Research Organisation"


def test_an_outlet_named_after_its_kind_is_where_the_role_is_held(facts_of):
    # the paper's name tagged a person, the city before it a place
    f = facts_of("Jonas Weber, chief film critic of the Hamburg daily Hanseatische Rundschau, had given the film a "
                 "lukewarm review.")
    assert role(f, "Jonas Weber") == ("chief film critic", "Hanseatische Rundschau")


def test_the_body_of_a_former_role_is_no_affiliation_of_a_holder_of_another(facts_of):
    f = facts_of('"We are not cutting science," Vice Minister Kang Min-jun told a briefing in Sejong.\n\n'
                 "Kang, a former engineer at Hanseong Electronics, said the ministry would publish a full list.")
    a = actor(f, "Kang Min-jun")
    assert a["title"] == "Vice Minister"
    assert "affiliation" not in a


def test_arap_in_a_kalenjin_name_is_a_particle_of_it(facts_of):
    f = facts_of("“We will not go back until we are paid,” Dr Kiprono arap Bett, chairman of the Rift Valley Nurses "
                 "Union, told a rally.\n\n"
                 "Bett said the county owed nurses three months of wages.")
    assert persons(f) == ["Kiprono arap Bett"]
    assert {q[2] for q in quotes(f)} == {"Kiprono arap Bett"}


def test_a_given_name_and_a_surname_opening_on_a_joined_article_is_a_person_s(facts_of):
    f = facts_of('"The responsibility lies with the authorities," said Ingrid Haugland, a researcher at Amnesty '
                 "International.\n\n"
                 "Nadia el-Sharkawy said the families would file a complaint with the public prosecutor on Wednesday."
                 '\n\n"We have done everything the law allows," she said.')
    assert persons(f) == ["Ingrid Haugland", "Nadia el-Sharkawy"]
    assert quotes(f)[-1] == ("direct", "We have done everything the law allows,", "Nadia el-Sharkawy")


def test_a_word_for_a_man_or_woman_before_a_name_gives_its_gender(facts_of):
    # `Andrea`, which can name a woman, is a son here
    f = facts_of("Rosario Dimaculangan, whose 19-year-old son Andrea was on the ferry, said she had waited at the port "
                 "since dawn.\n\n"
                 "“Nobody tells us anything,” she said.")
    assert quotes(f)[-1] == ("direct", "Nobody tells us anything,", "Rosario Dimaculangan")


def test_an_active_verb_joined_to_a_passive_shares_its_subject_not_its_agent(facts_of):
    f = facts_of("Halden Health, which was founded in 2015 by former nurse Ana Lind and says it treats 40,000 "
                 "patients a year, said it would appeal.")
    assert quotes(f)[0] == ("indirect", "it treats 40,000 patients a year", "Halden Health")


def test_a_time_after_from_is_no_author_of_the_document(facts_of):
    f = facts_of("A Halden Council inspection report from March, published on the council’s website, noted that staff "
                 "had been seen moving between raw and cooked areas.")
    assert [a["name"] for a in f["actors"]] == ["Halden Council"]
    assert quotes(f) == [("indirect", "staff had been seen moving between raw and cooked areas", "Halden Council")]


def test_a_group_calling_itself_by_a_name_is_named_so(facts_of):
    f = facts_of('A criminal group calling itself "Blackwater Tide" claimed responsibility for the attack on Tuesday, '
                 "writing that it had stolen patient files.")
    assert quotes(f) == [("indirect", "it had stolen patient files", "Blackwater Tide")]
    assert [(a["name"], a["type"]) for a in f["actors"]] == [("Blackwater Tide", "org")]


def test_a_name_opening_a_report_of_she_is_a_person_s_whatever_it_was_tagged(facts_of):
    f = facts_of("Nerea Casals, the Catalan former world No. 9 and Wimbledon doubles finalist, said on Monday that she "
                 'would retire after the Madrid Open.\n\n"My shoulder has decided for me," she said.')
    assert persons(f) == ["Nerea Casals"]
    assert quotes(f)[-1] == ("direct", "My shoulder has decided for me,", "Nerea Casals")


def test_a_name_opening_the_sentence_speaks_when_its_description_was_misread_as_a_clause(facts_of):
    f = facts_of("Tomasz Wilk, the Polish former world No. 3 and Davis Cup doubles specialist, said on Friday that he "
                 "would coach juniors next year.")
    assert quotes(f) == [("indirect", "he would coach juniors next year", "Tomasz Wilk")]


def test_an_untagged_name_on_a_given_name_runs_on_over_its_particles(facts_of):
    f = facts_of("María Isabel de la Puente Rojas conceded the race for governor of Peru's Puno region on Wednesday, "
                 "ending a ten-day dispute over contested ballots.\n\n"
                 "De la Puente said she would stay in politics.")
    assert persons(f) == ["María Isabel de la Puente Rojas"]
    assert quotes(f) == [("indirect", "she would stay in politics", "María Isabel de la Puente Rojas")]


def test_an_unnamed_speaker_s_description_keeps_the_body_it_is_from_without_its_apposition(facts_of):
    f = facts_of("A delegation from the International Monetary Fund, a Washington-based lender, said on Friday that "
                 "the economy would grow.")
    assert quotes(f) == [("indirect", "the economy would grow", "A delegation from the International Monetary Fund")]


def test_a_name_on_a_given_name_tagged_a_body_and_cut_short_is_one_person(facts_of):
    f = facts_of("The observers' head, Carmen Quispe Villanueva, said the delays were caused by distance, not fraud.")
    assert persons(f) == ["Carmen Quispe Villanueva"]


def test_a_quoted_category_something_is_filed_under_is_no_one_s_words(facts_of):
    f = facts_of('The result hinged on 300 ballot boxes that officials had set aside as "disputed" because of missing '
                 'seals.\n\nThe minister dismissed the recount as "theatre".')
    assert quotes(f) == [("direct", "theatre", "The minister")]


def test_a_name_described_as_a_body_is_a_body_s(facts_of):
    f = facts_of("She said she would keep running Punto Verde, the academy for young players she opened in Seville in "
                 "2019.")
    assert [(a["name"], a["type"]) for a in f["actors"] if a["name"] == "Punto Verde"] == [("Punto Verde", "org")]


def test_a_name_described_as_a_product_is_no_actor(facts_of):
    f = facts_of('The recall covers Dormivex SR, a slow-release version of the sleeping pill zolpidem. "Patients '
                 'should not stop taking it," said Dr. Ana Lind, a pharmacist.\n\n'
                 "Tom Hale has taken Dormivex SR for six years.")
    assert persons(f) == ["Ana Lind", "Tom Hale"]


def test_capitalised_words_and_particles_after_the_name_no_person(facts_of):
    f = facts_of("“We will not sell the club to anyone,” Pereira told supporters at the Estádio Municipal do Bonfim.")
    assert persons(f) == ["Pereira"]


def test_a_name_counted_in_members_is_a_body_s(facts_of):
    f = facts_of("The 11-member Full Bench ruled on Friday that the law was void.")
    assert [(a["name"], a["type"]) for a in f["actors"]] == [("Full Bench", "org")]


def test_she_after_the_same_she_in_a_question_stands_for_the_unnamed_woman_before(facts_of):
    f = facts_of('"We will keep searching," said Ana Lind, a coast guard spokeswoman.\n\n'
                 "One survivor, a 30-year-old Syrian woman who asked not to be named, said she had paid smugglers "
                 '$3,000.\n\nAsked what she would do next, she said: "Find my sister."')
    assert quotes(f)[-1] == ("direct", "Find my sister.", "One survivor")


def test_an_epithet_after_a_name_is_part_of_it(facts_of):
    f = facts_of("The thieves took a panel by Pieter Bruegel the Younger, the museum said.")
    assert persons(f) == ["Pieter Bruegel the Younger"]


def test_a_name_typed_a_person_by_its_age_speaks_before_its_whose_clause(facts_of):
    f = facts_of("Roxana Dobre, 31, whose two-year-old daughter spent nine days in the hospital with pneumonia caused "
                 "by measles, said she had put off the vaccine because of rumours.")
    assert quotes(f) == [("indirect", "she had put off the vaccine because of rumours", "Roxana Dobre")]


def test_a_body_opening_the_sentence_before_a_relative_clause_speaks_when_the_verb_was_left_no_subject(facts_of):
    f = facts_of("The Riverside Fans’ Trust, which represents about 4,000 of the club’s 11,000 paying members, said it "
                 "was “deeply sceptical” of the sale.")
    assert quotes(f)[0] == ("indirect", "it was “deeply sceptical” of the sale", "Riverside Fans’ Trust")


def test_an_accented_surname_tagged_a_common_noun_still_shapes_a_person_s_name(facts_of):
    f = facts_of("The firm's chief executive, Jean-Luc Dubé, told the Ottawa Citizen that the fault had been traced to "
                 "a machine at its plant.")
    assert persons(f) == ["Jean-Luc Dubé"]


def test_a_report_goes_on_over_a_colon_to_the_sentence_s_end(facts_of):
    f = facts_of("Tomas Berg, an engineer at the Nordic Dam Institute, said the collapse revealed a basic flaw of the "
                 "design: it relies on sensors that fail in cold weather.")
    assert quotes(f) == [("indirect", "the collapse revealed a basic flaw of the design: it relies on sensors that "
                          "fail in cold weather", "Tomas Berg")]


def test_a_name_described_as_a_place_is_a_place_s(facts_of):
    f = facts_of("The ferry was towed to Baubau, the main port of Buton island, the navy said.")
    assert persons(f) == []
    assert ("Baubau", "place") in [(a["name"], a["type"]) for a in f["actors"]]


def test_a_name_set_off_after_a_title_s_portfolios_is_whole(facts_of):
    f = facts_of("Zambia's Minister of Mines, Energy and Water Development, Chanda Mulenga Phiri, said the audit was "
                 "complete.")
    assert persons(f) == ["Chanda Mulenga Phiri"]


def test_a_name_apposed_to_a_title_and_its_portfolios_is_a_person_s(facts_of):
    f = facts_of("Nepal's Minister of Culture, Tourism and Civil Aviation, Hari Prasad Adhikari, said the government "
                 "would review safety rules.")
    assert persons(f) == ["Hari Prasad Adhikari"]
    assert quotes(f) == [("indirect", "the government would review safety rules", "Hari Prasad Adhikari")]


def test_two_names_around_an_untagged_word_of_the_same_phrase_are_one(facts_of):
    f = facts_of('"We found the tomb intact," said Rosa Elena Huanca Huamán, the archaeologist who leads the dig.')
    assert persons(f) == ["Rosa Elena Huanca Huamán"]


def test_the_first_of_two_surnames_joined_by_i_finds_the_person(facts_of):
    f = facts_of("Professor Oriol Puig i Mas, a geologist at the University of Lleida, said the slope was unstable. "
                 "Puig said the village should be evacuated.")
    assert persons(f) == ["Oriol Puig i Mas"]
    assert quotes(f)[-1] == ("indirect", "the village should be evacuated", "Oriol Puig i Mas")


def test_a_hyphened_name_after_the_verb_read_into_a_later_clause_speaks(facts_of):
    f = facts_of("“We have let down our clients, our owners and Norwegian society,” said Marte Lund-Hansen, who took "
                 "over as chief executive in March 2025 after her predecessor, Per Dahl-Olsen, resigned when the "
                 "scandal first came to light.")
    assert quotes(f) == [("direct", "We have let down our clients, our owners and Norwegian society,",
                          "Marte Lund-Hansen")]


def test_an_untagged_name_after_a_title_runs_on_over_its_particles(facts_of):
    f = facts_of("“It is deferred wages,” Justice María Elena de la Peña, who presided over the panel, wrote in the "
                 "ruling.")
    assert persons(f) == ["María Elena de la Peña"]
    assert quotes(f) == [("direct", "It is deferred wages,", "María Elena de la Peña")]


def test_a_body_s_name_ending_on_and_runs_on_into_the_name_after_it(facts_of):
    f = facts_of("A report by the Labour and Social Security Inspectorate, seen by this newspaper, found that two "
                 "firms failed to register their riders.")
    assert [a["name"] for a in f["actors"]] == ["Labour and Social Security Inspectorate"]
    f = facts_of("A report by the Labour and Social Security Commissariat, seen by this newspaper, found that two "
                 "firms failed to register their riders.")
    assert [a["name"] for a in f["actors"]] == ["Labour and Social Security Commissariat"]


def test_a_body_that_trades_as_a_name_speaks_by_that_name(facts_of):
    f = facts_of("The consortium building the bridge, a joint venture of the Italian builder Costanza and Germany's "
                 "Hollerer Bau that trades as Strait Crossing Partners, said in a statement that work would begin in "
                 "May.")
    assert quotes(f) == [("indirect", "work would begin in May", "Strait Crossing Partners")]


def test_a_name_with_a_particle_set_off_after_a_title_is_a_person_s(facts_of):
    f = facts_of("Its director, Femke de Lange, told reporters that the dyke would hold.")
    assert persons(f) == ["Femke de Lange"]


def test_its_after_a_sentence_about_it_is_the_body_it_stood_for(facts_of):
    f = facts_of("The Tarn Water Authority confirmed that it was working with the Kemi Police. It warned residents to "
                 "boil their water.\n\nIts director, Ola Brekke, said the pipes had burst overnight.")
    assert role(f, "Ola Brekke") == ("director", "Tarn Water Authority")


def test_its_is_no_word_of_a_title_no_body_owns(facts_of):
    f = facts_of("“Night Shift”, which has run for a decade, will end in May. Its host, Dara Quinn, resigned on "
                 "Friday.")
    assert actor(f, "Dara Quinn")["title"] == "host"


def test_a_short_family_name_before_a_hyphenated_given_name_finds_the_person(facts_of):
    f = facts_of("Hanseo University’s president, Oh Sung-ho, bowed deeply at a news conference on the campus.\n\n"
                 "“The university failed in its most basic duty,” Oh said.")
    assert quotes(f) == [("direct", "The university failed in its most basic duty,", "Oh Sung-ho")]


def test_a_name_tagged_an_interjection_before_said_is_its_subject(facts_of):
    f = facts_of("Hanseo University’s president, Oh Sung-ho, bowed deeply at a news conference on the campus.\n\n"
                 "“We failed the students,” Oh said.")
    assert quotes(f) == [("direct", "We failed the students,", "Oh Sung-ho")]


def test_a_day_s_name_is_a_given_name_before_a_surname(facts_of):
    f = facts_of('"Prices have doubled since June," said Friday Okonkwo, 52, a trader at the Balogun market.')
    assert persons(f) == ["Friday Okonkwo"]
    assert quotes(f) == [("direct", "Prices have doubled since June,", "Friday Okonkwo")]


def test_one_who_reported_inside_another_s_report_is_no_antecedent_before_them(facts_of):
    f = facts_of("Union leader Chinedu Adewale-Obi called the strike on Monday.\n\n"
                 "Talks brokered by the Senate President, Senator Ibrahim Musa-Kano, broke down late on Monday. "
                 "Adewale-Obi said Musa-Kano had told him the government was ready to cut the price by 10 percent.\n\n"
                 '"Ten percent is not a reduction. It is an insult," he said.')
    assert quotes(f)[-1] == ("direct", "Ten percent is not a reduction. It is an insult,", "Chinedu Adewale-Obi")


def test_a_given_name_before_bint_opens_the_name_after_it(facts_of):
    f = facts_of("Minister of Culture and Youth Mariam bint Saeed Al Falasi said the museum would open in May.")
    assert persons(f) == ["Mariam bint Saeed Al Falasi"]


def test_a_name_s_suffix_ends_the_untagged_name_set_off_before_who(facts_of):
    f = facts_of("The American Tyler Burke Jr., who finished second after losing a two-man sprint to Jansen on the "
                 'final climb, would be declared the winner. "I would rather lose to a clean rider," Burke told the '
                 "magazine Velo.")
    assert [p for p in persons(f) if "Burke" in p] == ["Tyler Burke Jr."]


def test_a_nationality_before_an_untagged_name_set_off_before_who_is_no_part_of_it(facts_of):
    f = facts_of("The Canadian Chase Whitley, who finished second after losing a two-man sprint on the final climb, "
                 'would be declared the winner. "I would rather lose to a clean rider," Whitley told the magazine '
                 "Velo.")
    assert persons(f) == ["Chase Whitley"]


def test_a_thing_described_with_no_as_is_no_report_whatever_follows_it(facts_of):
    f = facts_of("Passengers described a loud bang under the floor shortly after take-off, as the cabin lights went "
                 "out.")
    assert quotes(f) == []


def test_a_noun_set_off_after_the_called_is_no_name_given(facts_of):
    f = facts_of("Prosecutors called 58 witnesses, among them the minister’s former chief of staff, Faisal bin Ismail, "
                 "who testified under immunity that he had burned the ledgers.")
    assert [q[1] for q in quotes(f)] == ["he had burned the ledgers"]


def test_a_participle_with_an_object_gives_no_name_and_the_quotation_is_someone_s(facts_of):
    f = facts_of("Small businesses reacted with dismay. Rosa Vidal, president of Comercio Vivo, an association "
                 "representing about 60,000 small and medium-sized firms, called the decision \"a slap in the face for "
                 'the people who create most of the jobs in this region".')
    assert quotes(f) == [("direct", "a slap in the face for the people who create most of the jobs in this region",
                          "Rosa Vidal")]


def test_a_report_closing_the_sentence_read_as_a_conjunct_survives_a_participle_after_it(facts_of):
    f = facts_of("The Tarn Public Broadcaster will cut about 120 jobs and axe its flagship investigative program "
                 "after a freeze in state funding, its managing director announced on Thursday, prompting the "
                 "program’s long-time presenter to resign in protest.")
    assert [q[1] for q in quotes(f)] == ["The Tarn Public Broadcaster will cut about 120 jobs and axe its flagship "
                                         "investigative program after a freeze in state funding"]


def test_a_passive_after_and_is_no_report_closing_the_sentence(facts_of):
    f = facts_of("At the last election, the Tarn Party won the seat easily, and since its creation in 1990, it has "
                 "been held by the party's candidates.")
    assert quotes(f) == []


def test_a_report_closing_the_sentence_read_as_a_relative_clause_reports_what_is_before(facts_of):
    f = facts_of("Three snow leopard cubs have been born at the Kemi wildlife park, the first of their kind to be "
                 "bred in the country in 30 years, the park announced on Tuesday.")
    assert [q[1] for q in quotes(f)] == ["Three snow leopard cubs have been born at the Kemi wildlife park, the first "
                                         "of their kind to be bred in the country in 30 years"]


def test_an_inverted_speaker_before_a_participle_speaks(facts_of):
    f = facts_of('"Nobody ever warned us," said one woman pushing a pram along the flooded street.')
    assert quotes(f) == [("direct", "Nobody ever warned us,", "One woman")]


def test_a_body_named_head_first_and_head_last_is_one_body(facts_of):
    f = facts_of("Norland's Health Ministry said on Monday that the clinics would reopen.\n\n"
                 "A spokesman said the Ministry of Health would review the contracts.")
    assert "Ministry of Health" in actor(f, "Health Ministry")["aliases"]
    assert actor(f, "Ministry of Health") is None


def test_a_legal_form_before_a_firm_s_name_is_part_of_it(facts_of):
    f = facts_of("The owner, PT Bahari Nusa Lines, denied that the ship had been overloaded. The company said the "
                 "crew had been trained.")
    assert [q[2] for q in quotes(f)] == ["PT Bahari Nusa Lines", "PT Bahari Nusa Lines"]


def test_a_characterising_verb_governs_a_quotation_after_its_object_s_clause(facts_of):
    f = facts_of("Judge Ana Lind dismissed the company's claim that the contract had been forged as "
                 '"entirely baseless".')
    assert quotes(f) == [("direct", "entirely baseless", "Ana Lind")]


def test_a_relative_clause_on_the_thing_promised_stays_in_the_report(facts_of):
    f = facts_of("One tenant, a retired nurse, said the heaters the council had promised in October had never "
                 "arrived.")
    assert [q[1] for q in quotes(f)] == ["the heaters the council had promised in October had never arrived"]


def test_a_name_and_others_after_a_fronted_phrase_write(facts_of):
    f = facts_of("Ines Varga, a geologist at the University of Kemi, has studied the glacier for 20 years.\n\n"
                 "In a study published in May in the Journal of Alpine Research, Varga and three colleagues wrote "
                 "that the ice had thinned by a fifth since 2000.")
    assert quotes(f) == [("indirect", "the ice had thinned by a fifth since 2000", "Ines Varga")]


def test_words_after_so_called_leave_a_report_whole(facts_of):
    f = facts_of('Mira Holm wrote that fraud had doubled since 2021, driven by so-called "romance scams", in which '
                 "criminals pose as suitors.")
    assert quotes(f) == [("indirect", 'fraud had doubled since 2021, driven by so-called "romance scams", in which '
                                      "criminals pose as suitors", "Mira Holm")]


def test_read_after_a_document_tagged_a_noun_is_the_cue(facts_of):
    f = facts_of('The Kemi Space Centre posted a photograph of the control room. "Orbit reached," the centre\'s post '
                 "read.")
    assert quotes(f) == [("direct", "Orbit reached,", "Kemi Space Centre")]


def test_a_shortened_title_s_stop_ends_no_sentence_of_a_long_attribution(facts_of):
    f = facts_of('"We have waited twenty years for this night," said Dr. Omar bin Rashid Al Nuaimi, director of the '
                 'Kemi Space Agency, speaking to reporters in the hall. "It is only the start."')
    assert quotes(f) == [("direct", "We have waited twenty years for this night, ... It is only the start.",
                          "Omar bin Rashid Al Nuaimi")]


def test_a_name_tagged_an_adverb_before_said_is_its_subject(facts_of):
    f = facts_of("Maeve Tuohy, 58, a teacher from Tuam, waited outside.\n\n"
                 "“Nobody tells us anything,” Tuohy said.")
    assert quotes(f) == [("direct", "Nobody tells us anything,", "Maeve Tuohy")]



def test_fields_listed_before_a_body_s_name_open_it(facts_of):
    f = facts_of("The Film, Television and Theatre Alliance, which represents most of the country's actors, said it "
                 "would call a strike.")
    assert quotes(f) == [("indirect", "it would call a strike", "Film, Television and Theatre Alliance")]


def test_a_source_after_a_document_s_report_tells_the_whole_clause(facts_of):
    f = facts_of("A 2017 survey of the bridge by the National Roads Institute had warned that its cables were "
                 "corroded and a safety risk, according to Dr. Lena Sorvik, an engineer at the University of Kemi who "
                 "has studied the structure for two decades.")
    assert ("indirect", "A 2017 survey of the bridge by the National Roads Institute had warned that its cables "
                        "were corroded and a safety risk", "Lena Sorvik") in quotes(f)


def test_a_name_ending_in_observatory_is_a_body(facts_of):
    f = facts_of("The Miners' Safety Observatory, a Kemi-based monitoring group, said at least nine workers had been "
                 "injured.")
    assert quotes(f) == [("indirect", "at least nine workers had been injured", "Miners' Safety Observatory")]


def test_a_title_word_for_a_rugby_position_is_a_title(facts_of):
    f = facts_of("Commentator and former Namibia flank Johannes Mbako-Price, who was calling the match for the channel "
                 "Veld Sport, praised the medical staff.")
    assert role(f, "Johannes Mbako-Price") == ("former Namibia flank", "Namibia")


def test_particles_inside_a_surname_tagged_a_body_leave_it_a_person_s(facts_of):
    f = facts_of('"Porto is not a theme park," Deputy Mayor Filipa Sousa de Menezes told councillors.\n\n'
                 "Sousa de Menezes said the licences would be withdrawn in stages.")
    assert persons(f) == ["Filipa Sousa de Menezes"]
    assert quotes(f)[-1] == ("indirect", "the licences would be withdrawn in stages", "Filipa Sousa de Menezes")


def test_a_name_and_colleagues_after_a_journal_s_name_write(facts_of):
    f = facts_of("Dr. Ana Luisa Pereira, an urban geographer at the University of Porto, has mapped rentals since "
                 "2016.\n\n"
                 "In a paper published last year in the journal Urban Studies, Pereira and two colleagues wrote that "
                 "the historic parishes had lost a fifth of their residents.")
    assert quotes(f)[-1] == ("indirect", "the historic parishes had lost a fifth of their residents",
                             "Ana Luisa Pereira")


def test_a_clause_split_after_the_verb_goes_on_before_a_conjunct_of_its_own(facts_of):
    f = facts_of("The minister said flows measured at the border had fallen by a third since April, and that Egypt "
                 "had received no notice of the change.")
    assert [q[1] for q in quotes(f)] == ["flows measured at the border had fallen by a third since April, and that "
                                         "Egypt had received no notice of the change"]


def test_a_cue_after_a_long_subject_closes_the_quotation(facts_of):
    f = facts_of("“What is happening is not a technical matter. It is a decision to let our fields go dry,” Egypt’s "
                 "Minister of Water Resources and Irrigation, Hany El-Sayed Abdel-Ghaffar, told a news conference in "
                 "Cairo.")
    assert quotes(f) == [("direct", "What is happening is not a technical matter. It is a decision to let our "
                                    "fields go dry,", "Hany El-Sayed Abdel-Ghaffar")]
    assert persons(f) == ["Hany El-Sayed Abdel-Ghaffar"]


def test_one_quoted_as_saying_by_a_statement_speaks(facts_of):
    f = facts_of('"We cannot keep a plant running at 45 percent of capacity," the statement quoted chief executive '
                 "Dr. Matthias Brenninkmeyer as saying.")
    assert quotes(f) == [("direct", "We cannot keep a plant running at 45 percent of capacity,",
                          "Matthias Brenninkmeyer")]


def test_authorities_can_speak_after_a_passive_order(facts_of):
    f = facts_of("More than 6,000 people were ordered to leave their homes overnight as a wildfire spread through "
                 "pine plantations towards the town of Nacimiento, authorities said on Tuesday.")
    assert [q[2] for q in quotes(f)] == ["Authorities"]


def test_the_name_set_off_after_the_name_given_is_the_speaker(facts_of):
    f = facts_of("A supporter of the governor who gave only his first name, Ramil, said the council had been bought "
                 "by developers.")
    assert quotes(f) == [("indirect", "the council had been bought by developers", "Ramil")]


def test_a_document_by_its_authors_is_theirs_after_according_to(facts_of):
    f = facts_of("Patients given the highest dose lost a fifth of their weight, according to a paper by the trial’s "
                 "investigators published on Wednesday in The Lancet.")
    assert quotes(f) == [("indirect", "Patients given the highest dose lost a fifth of their weight",
                          "The trial’s investigators")]


def test_words_quoted_after_titled_are_a_name(facts_of):
    f = facts_of('In a paper published last year, titled "After the Engine," Lena Dannenberg wrote that the region '
                 "was exposed to the shift.")
    assert quotes(f) == [("indirect", "the region was exposed to the shift", "Lena Dannenberg")]


def test_a_lone_name_after_a_title_in_lower_case_is_a_person_s(facts_of):
    f = facts_of('"The guards were outnumbered more than 40 to one," directorate spokesman Ardiansyah told reporters '
                 "in Jakarta.")
    assert persons(f) == ["Ardiansyah"]


def test_a_name_opening_on_a_foreign_word_for_an_observatory_is_a_body(facts_of):
    f = facts_of("State funding for the arts has fallen by about 9 percent since 2015, according to the Osservatorio "
                 "Cultura Italia, a research group based in Milan.")
    assert actor(f, "Osservatorio Cultura Italia")["type"] == "org"


def test_a_body_named_elsewhere_owns_the_title_by_the_last_word_of_its_name(facts_of):
    f = facts_of("The Chilean Human Rights Monitor said it had documented 40 cases.\n\n"
                 '"We have never seen so many," said the Monitor\'s director, Marta Soto.')
    assert role(f, "Marta Soto") == ("director", "Chilean Human Rights Monitor")


def test_whose_antecedent_set_off_before_the_verb(facts_of):
    # the parser left the verb without a subject, or gave it the noun `whose` holds
    f = facts_of("Outside the court in Brasov, Ioana Petrescu, 41, whose husband spent three weeks in intensive "
                 "care with burns, said the firm had ignored every warning.\n\n"
                 "The Coastal Birds Society, whose 2023 survey \"Empty Cliffs\" counted the nests of 40 colonies, "
                 "said in a statement it would now ask for a ban on trawling.")
    assert quotes(f) == [("indirect", "the firm had ignored every warning", "Ioana Petrescu"),
                         ("indirect", "it would now ask for a ban on trawling", "Coastal Birds Society")]
    # after an opening phrase, the noun `whose` holds parsed as the subject
    f = facts_of("In the village of Vatra Dornei, Ioana Rusu, 27, whose 14-month-old son spent 11 days in hospital "
                 "with pneumonia, said she had put off his vaccination after reading posts online.")
    assert quotes(f) == [("indirect", "she had put off his vaccination after reading posts online", "Ioana Rusu")]


def test_a_description_is_of_the_word_before_whom_it_belongs_to(facts_of):
    # `it` stands for a body, never for a spokesman whose description ends on one
    f = facts_of("Firefighters reached the top floor at dawn, a spokesman for Eastside Hospital said.\n\n"
                 "The fire started in a kitchen leased by Tembo Holdings. It said it would pay for the funerals.")
    assert quotes(f)[1] == ("indirect", "it would pay for the funerals", "Tembo Holdings")


def test_it_speaks_again_as_a_name_tagged_a_place(facts_of):
    # the mine's name is tagged a place; the owner named inside the sentence is not who speaks again
    f = facts_of("Mopani Ridge, which is majority-owned by the Johannesburg-listed Nordhav Metals, said in a "
                 "statement that it was \"shocked\" by the deaths. It said it would cooperate fully with "
                 "investigators.")
    assert quotes(f)[-1] == ("indirect", "it would cooperate fully with investigators", "Mopani Ridge")


def test_one_asked_to_act_is_not_the_one_who_answers(facts_of):
    f = facts_of("Health Minister Rosa Mbeki wrote on X that she had asked Attorney General Kito Banda to consider "
                 "criminal charges \"if negligence is proven\". She said the families would receive support "
                 "whatever the inquiry found.")
    assert quotes(f)[-1] == ("indirect", "the families would receive support whatever the inquiry found",
                             "Rosa Mbeki")


def test_an_unnamed_antecedent_named_as_a_second_subject(facts_of):
    # the name after "One of the survivors," parsed as the verb's second subject, not as apposed
    f = facts_of("One of the survivors, Polish skier Joanna Lis-Nowicka, 33, recorded a voice message from her "
                 "hospital bed for the Polish skiing site Narty.pl. In it, she said:\n\n"
                 "\"The snow came down so fast. I dug for ten minutes.\"")
    assert quotes(f) == [("direct", "The snow came down so fast. I dug for ten minutes.", "Joanna Lis-Nowicka")]


def test_an_honorific_is_no_given_name(facts_of):
    f = facts_of("The Right Reverend Aidan McGurk, the Anglican Bishop of Kilmore, said the vote had saddened him.")
    assert quotes(f) == [("indirect", "the vote had saddened him", "Aidan McGurk")]


def test_given_names_tagged_before_a_patronymic_open_the_name(facts_of):
    f = facts_of("Justice David Kipchumba arap Rotich wrote that parliament had acted lawfully.")
    assert quotes(f) == [("indirect", "parliament had acted lawfully", "David Kipchumba arap Rotich")]


def test_which_past_a_participle_set_off_after_a_body_s_name(facts_of):
    f = facts_of("The closure follows a recommendation by the Harbour Safety Board, set up by the Norwegian "
                 "government, which concluded in a report published in May that the pier had been \"unsafe for "
                 "years.\"")
    assert {speaker for _, _, speaker in quotes(f)} == {"Harbour Safety Board"}


def test_a_report_after_yet_to_is_none(facts_of):
    f = facts_of("The ministry has yet to say whether it will appeal the ruling. Ministers in the federal "
                 "government are yet to say whether they will seek changes to the law.")
    assert quotes(f) == []


def test_a_naming_participle_set_off_after_its_clause_names(facts_of):
    f = facts_of("A researcher said data from the breach had appeared for sale on a forum on Sunday, listed as "
                 "\"the Harbour dump\" with an asking price of US$40,000.")
    assert [kind for kind, _, _ in quotes(f)] == ["indirect"]


def test_a_jury_can_speak(facts_of):
    f = facts_of("Lobo's novel follows three generations of fishermen. The jury had praised it in its citation as "
                 "\"a book that makes silence audible.\"")
    assert quotes(f) == [("direct", "a book that makes silence audible.", "The jury")]


def test_cabinet_before_a_title_is_part_of_the_title(facts_of):
    f = facts_of("Health Cabinet Secretary Grace Wambui said the clinics would reopen.")
    actors = {a["name"]: a for a in f["actors"]}
    assert actors["Grace Wambui"].get("title") == "Health Cabinet Secretary"
    assert "Health Cabinet" not in actors


def test_a_body_s_name_runs_on_over_its_particles(facts_of):
    f = facts_of("The growers' association Unión de Productores del Norte estimated losses in Galicia alone at more "
                 "than 300 million euros, and said dairy farmers had started selling cattle early.")
    assert quotes(f) == [("indirect", "dairy farmers had started selling cattle early",
                          "Unión de Productores del Norte")]


@pytest.mark.parametrize("verb", ["promised", "pledged"])  # `pledged` is no verb whose passive subject was told
def test_an_infinitive_after_the_object_opens_no_clause(facts_of, verb):
    f = facts_of(f"Keller insisted he had been {verb} money to strengthen the squad in the winter window, but "
                 "declined to say how much.")
    assert quotes(f) == [("indirect", f"he had been {verb} money to strengthen the squad in the winter window",
                          "Keller")]


def test_a_bare_attribution_with_a_participle_after_it(facts_of):
    f = facts_of("\"I told her, 'Then stay home.'\" Banda said, holding their youngest son.")
    assert quotes(f) == [("direct", "I told her, 'Then stay home.'", "Banda")]


def test_a_given_name_after_a_lower_case_title_tagged_in_a_body(facts_of):
    f = facts_of("The alleged source is a novel by the Lucknow writer Intizar Ali Jafri, who died in 1991.")
    people = {a["name"]: (a.get("title"), a.get("affiliation")) for a in f["actors"] if a["type"] == "person"}
    assert people == {"Intizar Ali Jafri": ("writer", "Lucknow")}


def test_a_country_ending_the_second_name_is_no_shared_surname(facts_of):
    f = facts_of("\"We will reopen routes one by one,\" said Ketut Sari, a spokeswoman for the operator. She said "
                 "Flyrex and Virgin Australia had suspended all flights to Bali.")
    names = {a["name"] for a in f["actors"]}
    assert "Flyrex Australia" not in names and "Flyrex" in names


def test_a_name_apposed_after_a_word_for_a_person_is_no_place(facts_of):
    # the name, the member and the capital all hung on the capital's name
    f = facts_of("In the provincial capital, Mamuju, a member of the West Sulawesi provincial legislature, Yosef "
                 "Tandilintin, said he would call the mine's owners to a hearing.")
    types = {a["name"]: a["type"] for a in f["actors"]}
    assert types["Yosef Tandilintin"] == "person"


def test_it_speaks_again_as_the_named_body_that_spoke(facts_of):
    # not the exchange named inside what the bank said
    f = facts_of("The Central Bank of Tarnia said in a statement that Coinvault was not a licensed bank and had "
                 "never been authorised to take deposits. It urged Tarnians to \"exercise extreme caution\" with any "
                 "platform promising guaranteed returns.")
    assert quotes(f)[-1] == ("direct", "exercise extreme caution", "Central Bank of Tarnia")


def test_post_nominal_letters_after_the_apposed_name(facts_of):
    # the name untagged and parsed as listed with the client; `SAN` (Senior Advocate of Nigeria) tagged a body
    f = facts_of("A lawyer for Okonjo-Bello, Tunde Adebayo, SAN, said his client \"has nothing to hide\" and would "
                 "cooperate fully with investigators. He said the founder had not left Nigeria.")
    assert {speaker for _, _, speaker in quotes(f)} == {"Tunde Adebayo"}
    assert {a["name"] for a in f["actors"] if a["type"] == "person"} == {"Tunde Adebayo"}


def test_who_before_the_name_s_own_report(facts_of):
    # the name tagged a body; `who` is not the pronoun of her report, `she` is
    f = facts_of("Mirjana Lazarević-Perić, who had edited the weekly for eight years, said she learned of her "
                 "dismissal by text message.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Mirjana Lazarević-Perić": "person"}


def test_a_subject_named_in_a_relative_clause_comes_last(facts_of):
    f = facts_of("Róisín Doyle-Maher, whose mother, Brigid Doyle, 84, died on a trolley in March after waiting 30 "
                 "hours for a bed, said she had read the report twice.\n\n"
                 "\"A nurse told me at 3 a.m. that she was alone with 12 patients,\" she said.")
    assert {speaker for _, _, speaker in quotes(f)} == {"Róisín Doyle-Maher"}


@pytest.mark.parametrize("o,c", MARKS)
def test_a_nicknamed_name_with_a_title_apposed_is_a_person_s(facts_of, o, c):
    # the model tags nothing of `Marek "Bull" Zielinski`, an object with a description set off after it
    f = facts_of(f"Police questioned Marek {o}Bull{c} Zielinski, a retired teacher, on Monday.")
    people = {a["name"]: sorted(a.get("aliases") or []) for a in f["actors"] if a["type"] == "person"}
    assert people == {"Marek Zielinski": ["Bull Zielinski", "Zielinski"]}


@pytest.mark.parametrize("o,c", MARKS)
def test_a_canon_s_title_is_no_part_of_her_name(facts_of, o, c):
    f = facts_of(f"The Rev. Canon Ruth Alleyne, rector of St. Philip's Church, said the service would be held on "
                 f"Friday.\n\n{o}He sang for everyone,{c} Alleyne said.\n\nCanon, the camera maker, said its profits "
                 f"rose.")
    assert persons(f) == ["Ruth Alleyne"]
    assert [speaker for _, _, speaker in quotes(f)] == ["Ruth Alleyne", "Ruth Alleyne", "Canon"]


def test_a_collective_is_a_body(facts_of):
    f = facts_of("The Kestrel Collective, a group of painters, said the ban was wrong.\n\n"
                 "The collective said it would appeal.")
    assert persons(f) == []
    assert [speaker for _, _, speaker in quotes(f)] == ["Kestrel Collective", "Kestrel Collective"]


@pytest.mark.parametrize("o,c", MARKS)
def test_the_quoted_name_someone_is_known_as_in_a_relative_clause_is_no_quote(facts_of, o, c):
    f = facts_of(f"Ivo Ruso, who is known to fans as {o}Bull,{c} said the club would appeal.")
    assert quotes(f) == [("indirect", "the club would appeal", "Ivo Ruso")]


def test_a_person_set_off_after_a_fronted_place_s_description_speaks(facts_of):
    # `mother` parsed as apposed to `capital`, apposed to `Kemi`; `said` left with no subject
    f = facts_of("In Kemi, the regional capital, the mother of one of the soldiers said she had not slept since "
                 "Sunday.")
    assert quotes(f) == [("indirect", "she had not slept since Sunday", "The mother of one of the soldiers")]


def test_a_name_described_as_an_air_base_is_a_place(facts_of):
    f = facts_of("The atoll is also home to Lem, a former British air base whose runway now serves tourists.")
    assert persons(f) == []
    assert ("Lem", "place") in [(a["name"], a["type"]) for a in f["actors"]]


@pytest.mark.parametrize("text", ["Families crowd the shrine for festivals such as Kham Pheng.",
                                  "Families crowd the shrine for holidays such as Bun Thong."])
def test_a_name_given_as_an_example_of_festivals_is_no_one(facts_of, text):
    assert persons(facts_of(text)) == []


def test_a_name_described_as_a_dance_is_no_one(facts_of):
    f = facts_of("The chiefs said the video mocked Chibwe Wako, a dance performed at funerals.")
    assert persons(f) == []
    assert quotes(f) == [("indirect", "the video mocked Chibwe Wako, a dance performed at funerals", "The chiefs")]


def test_the_name_after_a_title_s_portfolios_joined_by_and_speaks(facts_of):
    # the name parsed as joined by `and` to `Minister`, the title then the verb's subject
    f = facts_of("Minister of Lands and Water Kabo Sebina told parliament the government would compensate farmers.")
    assert quotes(f) == [("indirect", "the government would compensate farmers", "Kabo Sebina")]


def test_a_body_apposed_right_before_a_report_parsed_as_a_conjunct_is_its_subject(facts_of):
    # `said` parsed as joined to `closed` with no subject, the ministry as apposed to `Vesk`
    f = facts_of("Tarnland has closed all schools in the northern district of Kemi and halted buses at the Arlo depot "
                 "after cholera was confirmed in wells near the village of Vesk, the Ministry of Health said on "
                 "Monday.")
    assert quotes(f) == [("indirect", "Tarnland has closed all schools in the northern district of Kemi and halted "
                          "buses at the Arlo depot after cholera was confirmed in wells near the village of Vesk",
                          "Ministry of Health")]


def test_a_body_naming_its_kind_in_another_language_beats_an_acronym_that_may(facts_of):
    f = facts_of("The protest was called by the Collectif des Usagers de Tarn, an alliance of traders.\n\n"
                 "Jean Kolo, who leads the opposition MDC, wrote that the rise was an insult.\n\n"
                 "The collective said it would hold a sit-in on Saturday.")
    assert ("indirect", "it would hold a sit-in on Saturday", "Collectif des Usagers de Tarn") in quotes(f)
    # but an acronym that has spoken is what the word stands for
    f = facts_of("Ana Ruiz has 34 points in 49 games with their Tarn Hockey League affiliate, the Arlo Moose.\n\n"
                 "The trade was one of 19 completed on Friday, the NHL said in a statement.\n\n"
                 "The league said a second deal had been delayed by a clerical error.")
    assert ("indirect", "a second deal had been delayed by a clerical error", "NHL") in quotes(f)


def test_a_speech_verb_in_a_free_relative_reports_nothing(facts_of):
    # `take` parsed as the content of `say`
    f = facts_of("The minister wrote on X that immunity protects what deputies say, not what they take.")
    assert quotes(f) == [("indirect", "immunity protects what deputies say, not what they take", "The minister")]


@pytest.mark.parametrize("text, said, speaker", [
    ("Turnout was 64 percent, the commission said, higher than in 2022.",
     "Turnout was 64 percent ... higher than in 2022", "The commission"),
    ("Prices rose 4 percent, the bank said, faster than in any month since 2019.",
     "Prices rose 4 percent ... faster than in any month since 2019", "The bank"),
])
def test_the_rest_of_a_clause_hung_on_an_attribution_in_mid_sentence_is_reported(facts_of, text, said, speaker):
    # the comparison after the attribution parsed as hung on `said`
    assert quotes(facts_of(text)) == [("indirect", said, speaker)]


def test_but_that_read_as_a_determiner_continues_the_report(facts_of):
    # `that` parsed as the determiner of `farms`, `lost` as joined to `said`
    f = facts_of("The mayor said hotels in the resort had been fully booked, but that farms and cafes along the old "
                 "route had lost their busiest day.")
    assert quotes(f) == [("indirect", "hotels in the resort had been fully booked, but that farms and cafes along the "
                          "old route had lost their busiest day", "The mayor")]
    # a partial quotation after `but that` is a quote of its own, its frame no part of the first report
    f = facts_of("The trust said it expected to restore its phone lines by Sunday, but that staff at its clinics would "
                 "be working from paper files \"for at least another week.\"")
    assert quotes(f)[0] == ("indirect", "it expected to restore its phone lines by Sunday", "The trust")


def test_a_name_after_a_title_s_portfolios_after_of_the_is_a_person_s(facts_of):
    # tagged one body from `the` to the surname
    f = facts_of("Minister of the Economy and Innovation Ana Ruiz said the plan would work.")
    assert quotes(f) == [("indirect", "the plan would work", "Ana Ruiz")]
    assert [(a["name"], a.get("title")) for a in f["actors"] if a["type"] == "person"] == [
        ("Ana Ruiz", "Minister of the Economy and Innovation")]


def test_a_family_title_after_an_honorific_opens_the_name(facts_of):
    f = facts_of("The district's civil surgeon, Dr. Sheikh Anisur Karim, said health workers had traced 38 contacts.")
    assert quotes(f) == [("indirect", "health workers had traced 38 contacts", "Sheikh Anisur Karim")]


def test_a_short_name_set_off_after_a_body_s_name(facts_of):
    f = facts_of("The National Telecommunications Agency, Anatel, said the company had repeatedly ignored orders.\n\n"
                 "Anatel said existing customers would keep their service.")
    bodies = {a["name"]: a.get("aliases", []) for a in f["actors"] if a["type"] == "org"}
    assert bodies == {"National Telecommunications Agency": ["Anatel"]}
    assert {speaker for _, _, speaker in quotes(f)} == {"National Telecommunications Agency"}


def test_a_nicknamed_name_in_accented_letters(facts_of):
    f = facts_of("Its president, Javier \"Pato\" Olguín, told reporters in Castro that members feared the new plan "
                 "would restrict where they can fish.")
    assert quotes(f) == [("indirect", "members feared the new plan would restrict where they can fish",
                          "Javier Olguín")]


def test_a_given_name_tagged_a_place_before_the_untagged_rest(facts_of):
    # `Marta` tagged a place, the rest of her name untagged
    f = facts_of("Marta Lucía Gómez-Arango, whose daughter had been admitted to the law school, said the family had "
                 "spent a year's savings on a course.\n\n"
                 "“My daughter got up at five every morning for ten months,” she said.")
    assert {speaker for _, _, speaker in quotes(f)} == {"Marta Lucía Gómez-Arango"}
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Marta Lucía Gómez-Arango": "person"}


def test_a_word_for_a_man_before_a_name_gives_its_gender_outside_a_relative_clause(facts_of):
    # `Andrea`, which can name a woman, is a son here, and the nearer subject
    f = facts_of("Rosario Dimaculangan waited at the port all night, and her son Andrea was still on the ferry.\n\n"
                 "“Nobody tells us anything,” she said.")
    assert quotes(f) == [("direct", "Nobody tells us anything,", "Rosario Dimaculangan")]


def test_a_capital_tagged_a_body_after_in_is_part_of_a_description(facts_of):
    f = facts_of("The Chinese embassy in Vilnius said the decision was regrettable.")
    assert quotes(f) == [("indirect", "the decision was regrettable", "The Chinese embassy in Vilnius")]


def test_the_place_of_an_embassy_closes_its_name(facts_of):
    f = facts_of("The British High Commission in Suva said the visa rules would not change.")
    assert quotes(f) == [("indirect", "the visa rules would not change", "British High Commission in Suva")]


def test_a_style_of_honour_before_a_name_tagged_a_body_is_no_part_of_it(facts_of):
    f = facts_of("The league's general manager, Ratu Tevita Nailatikau, said the season would start in March.")
    assert quotes(f) == [("indirect", "the season would start in March", "Tevita Nailatikau")]


def test_a_name_spoken_from_is_a_place(facts_of):
    f = facts_of("\"The harvest cannot wait for a ministry,\" Tavita Leota said by phone from Napier.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Tavita Leota": "person", "Napier": "place"}


def test_a_name_described_as_a_landform_is_a_place(facts_of):
    f = facts_of("The team also measured Huayna Potosí, a glacier that lost half its ice in a decade, and found the "
                 "same trend.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Huayna Potosí": "place"}


def test_the_minister_is_no_prime_minister(facts_of):
    f = facts_of("Transport Minister Ana Folau announced the new timetable on Sunday.\n\n"
                 "Prime Minister Sione Vaka wrote on Facebook that he had asked for a full report.\n\n"
                 "On Monday, the minister conceded that the buses had been late for a month.")
    assert quotes(f) == [("indirect", "he had asked for a full report", "Sione Vaka"),
                         ("indirect", "the buses had been late for a month", "Ana Folau")]


def test_a_description_ending_on_a_relative_clause_leaves_the_name_before_it_the_subject(nlp):
    # the parser hangs the name on `warned` as a clause of its own, leaving the verb no subject, at times
    words = ["Ana", "Lenk", ",", "a", "Dutch", "architect", "who", "has", "advised", "the", "Council", "(", "ICOMOS",
             ")", "on", "sites", ",", "warned", "that", "the", "plan", "put", "the", "site", "at", "risk", "."]
    got = _reports_of_written_out(
        nlp, words, [1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
        heads=[17, 0, 1, 5, 5, 1, 8, 8, 5, 10, 8, 12, 10, 12, 8, 14, 17, 17, 21, 20, 21, 17, 23, 21, 21, 24, 17],
        deps=["advcl", "nsubj", "punct", "det", "amod", "appos", "nsubj", "aux", "relcl", "det", "dobj", "punct",
              "appos", "punct", "prep", "pobj", "punct", "ROOT", "mark", "det", "nsubj", "ccomp", "det", "dobj", "prep",
              "pobj", "punct"],
        tags=["NNP", "NNP", ",", "DT", "JJ", "NN", "WP", "VBZ", "VBN", "DT", "NNP", "-LRB-", "NNP", "-RRB-", "IN",
              "NNS", ",", "VBD", "IN", "DT", "NN", "VBD", "DT", "NN", "IN", "NN", "."],
        pos=["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PRON", "AUX", "VERB", "DET", "PROPN", "PUNCT", "PROPN",
             "PUNCT", "ADP", "NOUN", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN",
             "PUNCT"],
        ents=["B-PERSON", "I-PERSON"] + ["O"] * 8 + ["B-ORG", "O", "B-ORG"] + ["O"] * 14)
    assert [(text, speaker in ("Ana", "Lenk")) for text, speaker in got] == [("the plan put the site at risk", True)]


def test_a_participle_set_off_after_the_attribution_opens_no_report(facts_of):
    f = facts_of("Fiji will ban single-use plastic bags in all shops from July, the environment ministry said on "
                 "Monday, extending a levy introduced in 2017 as waste on the beaches keeps growing.")
    assert quotes(f) == [("indirect", "Fiji will ban single-use plastic bags in all shops from July",
                          "The environment ministry")]


def test_a_patronymic_after_a_name_closes_it(facts_of):
    f = facts_of("Aigerim Bolot kyzy, a lawyer for the party, said the ruling was unlawful.\n\n"
                 "\"We will appeal,\" Bolot kyzy said.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Aigerim Bolot kyzy": "person"}
    assert {speaker for _, _, speaker in quotes(f)} == {"Aigerim Bolot kyzy"}


def test_a_scientist_named_by_a_field_ending_in_ologist_is_a_person(facts_of):
    f = facts_of("Pierre-Yves Garnier, a hydrologist at the IRD and one of the authors, told reporters that the ice "
                 "was thinning.")
    assert actor(f, "Pierre-Yves Garnier")["type"] == "person"
    assert quotes(f) == [("indirect", "the ice was thinning", "Pierre-Yves Garnier")]


def test_la_paz_is_bolivia_s_seat_of_government_and_no_person(facts_of):
    f = facts_of("Water Minister Tomás Choque Rojas acknowledged that the glaciers were shrinking but denied that La "
                 "Paz faced a water crisis.\n\n"
                 "He said the government had set aside money for three new dams.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Tomás Choque Rojas": "person", "Bolivia": "country"}


def test_what_a_coast_or_the_outskirts_are_of_is_a_place(facts_of):
    f = facts_of("Residents on the outskirts of Lautoka said the road had been closed for a week.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Residents": "unnamed", "Lautoka": "place"}
    # a name set off after the place is no part of it
    f = facts_of("In Kiirua, a village on the lower slopes of Mount Kenya, Grace Wanjiru, 54, said she had not been "
                 "paid since January.")
    assert actor(f, "Grace Wanjiru")["type"] == "person"


def test_a_body_named_for_its_members_and_its_cause_is_one_name(facts_of):
    f = facts_of("\"The law gives the police too much power,\" said Marisol Teague, executive director of Barbadians "
                 "for Justice.")
    assert role(f, "Marisol Teague") == ("executive director", "Barbadians for Justice")


def test_a_title_opening_the_sentence_makes_the_name_after_it_a_person_s(facts_of):
    f = facts_of("In Viacha, tempers rose. Mayor Wilma Condori Apaza wrote on Facebook that the buses would run all "
                 "night.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Wilma Condori Apaza": "person"}
    assert actor(f, "Wilma Condori Apaza")["title"] == "Mayor"


def test_a_firm_s_unit_in_a_country_is_named_whole(facts_of):
    f = facts_of("Choi Yu-na, the finance director of Daesan’s Slovak unit, said the plant would reopen in May.")
    assert role(f, "Choi Yu-na") == ("finance director", "Daesan’s Slovak unit")


def test_a_relative_clause_hung_on_a_speech_verb_after_a_phrase_is_no_report(nlp):
    # `on the slab that is all she has` hung on `said` as what was said, at times
    words = ["“", "It", "lasted", "a", "week", ",", "”", "Maria", "Lopes", "said", ",", "on", "the", "slab", "that",
             "is", "all", "she", "has", "."]
    got = _reports_of_written_out(
        nlp, words, [0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
        heads=[2, 2, 9, 4, 2, 2, 9, 8, 9, 9, 9, 15, 13, 11, 15, 9, 15, 18, 16, 9],
        deps=["punct", "nsubj", "ccomp", "det", "npadvmod", "punct", "punct", "compound", "nsubj", "ROOT", "punct",
              "prep", "det", "pobj", "nsubj", "ccomp", "attr", "nsubj", "relcl", "punct"],
        tags=["``", "PRP", "VBD", "DT", "NN", ",", "''", "NNP", "NNP", "VBD", ",", "IN", "DT", "NN", "WDT", "VBZ", "DT",
              "PRP", "VBZ", "."],
        pos=["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "ADP", "DET",
             "NOUN", "PRON", "AUX", "PRON", "PRON", "VERB", "PUNCT"],
        ents=["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 11)
    assert not any("slab" in text for text, _ in got)


def test_a_name_described_as_a_building_or_a_route_is_a_place(facts_of):
    f = facts_of("The monks had led Wat Pa Sak, a forest temple in the hills, for years.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Wat Pa Sak": "place"}


def test_a_name_set_off_after_an_indefinite_word_for_a_place_names_it(facts_of):
    f = facts_of("Kuwait is building a large new port, Mubarak al-Kabeer, on Bubiyan.")
    assert actor(f, "Mubarak al-Kabeer")["type"] == "place"
    # a name set off after a place and then speaking is someone's
    f = facts_of("They drove to a village, and Ana Lind, a nurse, said the clinic was shut.")
    assert actor(f, "Ana Lind")["type"] == "person"


def test_the_name_a_ship_is_bound_for_is_a_place(facts_of):
    f = facts_of("Several boxes of ballots were put on a cargo ship bound for Malo, officials said.")
    assert actor(f, "Malo")["type"] == "place"


def test_a_body_named_of_a_country_whose_name_holds_and_runs_to_its_end(facts_of):
    f = facts_of("The Central Bank of Trinidad and Tobago said it would sell more dollars to importers.")
    assert quotes(f) == [("indirect", "it would sell more dollars to importers", "Central Bank of Trinidad and Tobago")]
    f = facts_of("The Pharmacy Council of Antigua and Barbuda warned that insulin stocks were low.")
    assert quotes(f) == [("indirect", "insulin stocks were low", "Pharmacy Council of Antigua and Barbuda")]


def test_every_name_before_a_patronymic_is_a_given_name_when_none_is_a_title(facts_of):
    f = facts_of("\"We were not told,\" said Nurul Aina binti Ahmad Nor, a cousin of the driver.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Nurul Aina binti Ahmad Nor": "person"}


def test_a_capitalised_function_word_beside_a_name_is_part_of_it(facts_of):
    f = facts_of("Siti Khadijah binti Mohd Nor, a lawyer for the family, said the police could not be trusted.")
    assert quotes(f) == [("indirect", "the police could not be trusted", "Siti Khadijah binti Mohd Nor")]
    f = facts_of("\"Output fell,\" said Per Olsen, an engineer at the plant.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Per Olsen": "person"}


def test_an_abbreviated_title_keeps_its_stop(facts_of):
    f = facts_of("The Tarnby Harbour Commission met on Monday. The commission's chairwoman, Cllr. Maria Kessel, told "
                 "reporters that the port would reopen.")
    assert quotes(f) == [("indirect", "the port would reopen", "Maria Kessel")]
    assert role(f, "Maria Kessel")[1] == "Tarnby Harbour Commission"


def test_a_clerical_title_opening_a_name_tagged_a_body_opens_a_person_s_name(facts_of):
    f = facts_of("Vell Primary School closed its gates. Its head teacher, Sister Ana Moro, said the school had no "
                 "money left.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Ana Moro": "person", "Vell Primary School": "org"}


def test_a_body_owning_a_word_for_a_person_gives_it_its_title(facts_of):
    f = facts_of("In Lae, the gates of Bumbu Primary School were padlocked on Monday. Its head teacher, Agnes Tolan, "
                 "said the school had no money left.")
    assert role(f, "Agnes Tolan") == ("head teacher", "Bumbu Primary School")


def test_a_body_word_with_its_field_closing_a_title_is_the_body_named_with_both(facts_of):
    f = facts_of("The Ministry of Fisheries and Coasts and the Ministry of Health met. A spokesman for the fisheries "
                 "ministry, Omar Talib, said the ban would last a month.")
    assert role(f, "Omar Talib") == ("spokesman", "Ministry of Fisheries and Coasts")


def test_the_organisation_closing_a_title_is_the_body_named_before(facts_of):
    f = facts_of("The Red Crescent of Arland sent tents to the valley.\n\n"
                 "\"We are stretched,\" said Lena Ruud, a spokeswoman for the organisation.")
    assert role(f, "Lena Ruud") == ("spokeswoman", "Red Crescent of Arland")


def test_someone_described_first_is_the_one_named_after_with_the_same_word(facts_of):
    f = facts_of("A glaciologist who surveyed the lake last year warned in a report that its dam was unstable.\n\n"
                 "The glaciologist, Dilnoza Rahimova, of the academy, said on Tuesday that she took no satisfaction "
                 "in having been right.")
    assert quotes(f) == [("indirect", "its dam was unstable", "Dilnoza Rahimova"),
                         ("indirect", "she took no satisfaction in having been right", "Dilnoza Rahimova")]
    # another word, or two people named so, leave the description unnamed
    f = facts_of("A nurse at the clinic said the beds were full.\n\n"
                 "The doctor, Ana Lind, said the clinic would open a ward.")
    assert quotes(f)[0] == ("indirect", "the beds were full", "A nurse at the clinic")


@pytest.mark.parametrize("text,report,speaker", [
    ("Nine people have died, most of them children under five, the health ministry said on Sunday.",
     "Nine people have died, most of them children under five", "health ministry"),
    # `two` parsed as no subject of `said`: the words after `of them` still run to the comma
    ("Twelve miners were hurt, two of them seriously, the company said on Monday.",
     "Twelve miners were hurt, two of them seriously", "The company")])
def test_some_of_them_set_off_after_a_report_before_its_verb_is_part_of_it(facts_of, text, report, speaker):
    assert quotes(facts_of(text)) == [("indirect", report, speaker)]


def test_a_known_given_name_left_out_before_a_person_s_name_opens_it(facts_of):
    f = facts_of("\"It is a model that fails,\" said Carmen Julia Núñez del Prado, an urban planner at the university.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Carmen Julia Núñez del Prado": "person"}


def test_a_given_name_and_particle_tagged_a_body_before_the_surnames_are_one_name(facts_of):
    f = facts_of("\"We earn barely above the minimum wage,\" said María do Carme Lamas Piñeiro, 54, who has worked on "
                 "the line for 31 years.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"María do Carme Lamas Piñeiro": "person"}


def test_a_body_for_two_fields_runs_to_its_field(facts_of):
    f = facts_of("The National Authority for Electronic Certification and Cyber Security said there was no evidence "
                 "of an attack.")
    assert quotes(f) == [("indirect", "there was no evidence of an attack",
                          "National Authority for Electronic Certification and Cyber Security")]


def test_a_body_tagged_a_person_runs_past_its_cause(facts_of):
    f = facts_of("The Aga Khan Agency for Habitat, which runs programmes in the Pamirs, said its teams had delivered "
                 "tents.")
    assert quotes(f) == [("indirect", "its teams had delivered tents", "Aga Khan Agency for Habitat")]


def test_a_clause_after_a_name_set_off_is_no_description_of_it(facts_of):
    f = facts_of("According to a spokesman, Paul Brandt, the bridge was closed.")
    assert actor(f, "Paul Brandt")["type"] == "person"


def test_an_untagged_body_opening_on_another_language_s_word_for_one_is_named(facts_of):
    f = facts_of("Parents at Escuela La Palma padlocked the gate on Monday morning.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Escuela La Palma": "org"}


def test_the_school_owning_a_title_is_the_body_named_as_one_in_another_language(facts_of):
    f = facts_of("Parents at Escuela La Palma padlocked the gate. The school's director, Randall Víquez Jiménez, "
                 "said a wall had cracked.")
    assert role(f, "Randall Víquez Jiménez") == ("director", "Escuela La Palma")


def test_an_ensemble_s_conductor_is_of_the_ensemble_named_before(facts_of):
    f = facts_of("The Tarnby Chamber Soloists said they would leave. After the vote, the ensemble's principal "
                 "conductor, Vojtech Zahradnik, led a rehearsal.")
    assert role(f, "Vojtech Zahradnik") == ("principal conductor", "Tarnby Chamber Soloists")


def test_a_title_tagged_a_person_before_a_name_is_no_one(facts_of):
    f = facts_of("County Magistrate Kao Shu-fen said search teams would keep working through the night.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Kao Shu-fen": "person"}
    assert actor(f, "Kao Shu-fen")["title"] == "County Magistrate"


def test_followers_of_a_faith_are_no_person(facts_of):
    f = facts_of("The chariot carries the deity that Newar Hindus and Buddhists alike worship.")
    assert persons(f) == []


def test_a_news_site_named_after_its_kind_is_a_body(facts_of):
    f = facts_of("A court jailed four journalists of the independent news site Acik Ses. The site's editor-in-chief, "
                 "Nergiz Alizade, 41, got nine years.")
    assert actor(f, "Acik Ses")["type"] == "org"
    assert role(f, "Nergiz Alizade") == ("editor-in-chief", "Acik Ses")


def test_the_name_a_government_is_of_is_a_place(facts_of):
    f = facts_of("In Banja Luka, the government of Republika Srpska, the Serb-dominated entity, said it had no plans "
                 "to close its plants.")
    assert actor(f, "Republika Srpska")["type"] == "place"


def test_a_governor_in_an_article_about_a_bank_is_its_governor(facts_of):
    f = facts_of("The Reserve Bank of Malawi devalued the kwacha by 40 percent on Wednesday, the bank's second cut in "
                 "a year.\n\nThe Reserve Bank of Malawi said the official rate would move to 2,450 kwacha per "
                 "dollar.\n\n"
                 "\"We have run out of road,\" Governor Thokozani Mwale-Chirwa told a news conference in Lilongwe.")
    assert role(f, "Thokozani Mwale-Chirwa") == ("Governor", "Reserve Bank of Malawi")


def test_an_untagged_body_named_by_its_kind_then_its_fields_is_one_body(facts_of):
    f = facts_of("The Agency of Rural Development issued a red alert for the valley on Monday.")
    assert {a["name"]: a["type"] for a in f["actors"]} == {"Agency of Rural Development": "org"}


def test_an_ing_verb_sharing_a_reported_progressive_is_more_of_the_report(facts_of):
    f = facts_of("Ruth Okafor said patients were sleeping in corridors or asking relatives to bring mattresses.")
    assert quotes(f) == [("indirect", "patients were sleeping in corridors or asking relatives to bring mattresses",
                          "Ruth Okafor")]


def test_a_speaker_parsed_as_apposed_to_the_report_s_last_noun_is_its_speaker(facts_of):
    f = facts_of("Police on Sunday expelled 30 Moldovans, the National Commissioner of the Tarnish Police said.")
    assert quotes(f) == [("indirect", "Police on Sunday expelled 30 Moldovans",
                          "National Commissioner of the Tarnish Police")]


def test_a_verb_hung_on_the_speech_verb_after_a_verbless_report_is_the_report_s(facts_of):
    f = facts_of("Activists have argued that land granted to agribusiness since then has entrenched the losses.")
    assert quotes(f) == [("indirect", "land granted to agribusiness since then has entrenched the losses",
                          "Activists")]


def test_a_cause_given_right_after_a_report_is_the_speaker_s(facts_of):
    f = facts_of("Anna Lind, who runs a bakery, said she did not mind, because the visitors bought bread.")
    assert quotes(f) == [("indirect", "she did not mind, because the visitors bought bread", "Anna Lind")]


def test_a_country_whose_name_holds_and_is_one_country(facts_of):
    f = facts_of("Relief supplies will follow from Antigua and Barbuda, the agency said.")
    assert {a["name"]: a["type"] for a in f["actors"] if a["type"] != "unnamed"} == {"Antigua and Barbuda": "country"}


def test_a_one_word_name_joined_to_a_place_is_a_place(facts_of):
    f = facts_of("Most of the cocaine reaching Antwerp and Rotterdam is hidden in fruit.")
    assert persons(f) == []


def test_a_spokeswoman_for_the_company_speaks_for_the_company_named_before(facts_of):
    f = facts_of("Tarnfield Mills denied any involvement. A spokeswoman for the company, Vera Lund, said the "
                 "container had been sealed in the presence of an inspector.")
    assert role(f, "Vera Lund") == ("spokeswoman", "Tarnfield Mills")


def test_a_spokeswoman_for_the_agency_in_a_capital_speaks_for_the_agency_not_the_country(facts_of):
    f = facts_of("The Pacific Fisheries Agency said it would send inspectors to the atoll. \"We cannot wait for the "
                 "season,\" said Lena Marsh, a spokeswoman for the agency in Suva.")
    assert role(f, "Lena Marsh") == ("spokeswoman", "Pacific Fisheries Agency")


def test_one_of_a_country_s_largest_processors_is_a_firm(facts_of):
    # the model tags the firm a person
    f = facts_of("Altan Tes Wool, one of Mongolia's largest processors of raw wool, failed on Monday to repay its "
                 "bonds.")
    assert (actor(f, "Altan Tes Wool")["type"], persons(f)) == ("org", [])


def test_a_title_apposed_to_its_leader_is_read_with_the_party(facts_of):
    f = facts_of("The Marlin Party has called a march on Thursday. Its leader, the former finance minister Jorge Vaz, "
                 "said the march would go ahead.")
    assert actor(f, "Jorge Vaz")["affiliation"] == "Marlin Party"


def test_its_owner_is_the_owner_of_the_firm_that_spoke_before(facts_of):
    f = facts_of("Norfeld Stone denied that its work had damaged the church. Its owner, Walid Haddad, told a local "
                 "daily that the quarry held every permit it needed.")
    assert role(f, "Walid Haddad") == ("owner", "Norfeld Stone")


def test_its_chief_executive_serves_the_firm_not_the_country_of_his_nationality(facts_of):
    f = facts_of("Tarn Rail Express runs the line under a concession. Its chief executive, Tan Boon Keat, a "
                 "Singaporean, denied that anyone had warned the company.")
    assert role(f, "Tan Boon Keat") == ("chief executive", "Tarn Rail Express")


def test_a_geologist_with_a_firm_works_for_the_firm(facts_of):
    # the model tags the firm a person
    f = facts_of("Greta Holm, a reservoir geologist with Hverageo who has worked on the project since 2021, warned "
                 "that the first weeks could mislead.")
    assert (role(f, "Greta Holm"), persons(f)) == (("reservoir geologist", "Hverageo"), ["Greta Holm"])


def test_names_between_which_villages_lie_are_places(facts_of):
    f = facts_of("\"What happened here is happening in a dozen villages between Tarbo and Kemla,\" said Aicha Mint "
                 "Sow, who heads a land rights group.")
    assert persons(f) == ["Aicha Mint Sow"]


def test_where_a_convoy_travelled_from_is_a_place(facts_of):
    f = facts_of("The convoy of six trucks was travelling from Ousso to a forward base at Lemka on Saturday when a "
                 "bomb disabled the lead vehicle.")
    assert persons(f) == []


def test_a_party_named_for_a_country_is_one_party(facts_of):
    f = facts_of("Ana Lind, a lawmaker from the Unity for Kenya party, said the deal was a mistake.")
    assert role(f, "Ana Lind") == ("lawmaker", "Unity for Kenya")
    assert [a["name"] for a in f["actors"] if a["type"] != "person"] == ["Unity for Kenya"]


def test_an_untagged_name_set_off_before_an_age_is_a_person_s(facts_of):
    # the model tags no name, its first word read as a verb
    f = facts_of("Tshering Dema, 52, who grows oranges near the village of Tarling, told the weekly Tarling Post that "
                 "her trees were dying.")
    assert quotes(f) == [("indirect", "her trees were dying", "Tshering Dema")]


def test_a_name_word_opening_the_sentence_opens_the_name_tagged_after_it(facts_of):
    # the model tags `Vake Tupou`
    f = facts_of("In Haveluloto, residents described the storm. Sela Vake Tupou, 48, said she had spent the night "
                 "under a table.")
    assert persons(f) == ["Sela Vake Tupou"]


def test_the_seat_a_member_represents_in_the_assembly_is_a_place(facts_of):
    # the model tags the constituency a person
    f = facts_of("Dorji Wangmo, who represents Lingzhi-Yaksa in the National Assembly, argued that the ministry had "
                 "ignored warnings.")
    assert persons(f) == ["Dorji Wangmo"]
    assert actor(f, "Lingzhi-Yaksa")["type"] == "place"


def test_an_aside_on_the_listeners_before_that_is_not_said(facts_of):
    f = facts_of("He told his congregation, many of them sitting on mats pulled from the ruins of their homes, that "
                 "the island had come through worse.")
    assert quotes(f) == [("indirect", "the island had come through worse", None)]


def test_an_untagged_name_after_a_style_of_address_is_a_person_s(facts_of):
    # the model tags no name
    f = facts_of("At the church in Lofanga, the Rev. Sione Vake led a service on Tuesday morning.")
    assert persons(f) == ["Sione Vake"]


def test_a_report_closing_the_sentence_parsed_as_an_adverbial_reports_what_comes_before(facts_of):
    # `said` parsed as an adverbial clause of `found`, with `after feeding ...` hung on it
    f = facts_of("Five Andean condors have been found dead on the slopes of the Sangay volcano, east of Riobamba, "
                 "after feeding on a sheep carcass laced with a banned pesticide, the park service said on Friday.")
    assert quotes(f) == [("indirect", "Five Andean condors have been found dead on the slopes of the Sangay volcano, "
                                      "east of Riobamba, after feeding on a sheep carcass laced with a banned "
                                      "pesticide", "The park service")]


def test_a_body_opening_the_sentence_is_of_a_name_apposed_to_the_subject(facts_of):
    f = facts_of("At Tarnby High School, the head teacher, Sipho Dube, said the pupils had been sent home.")
    assert role(f, "Sipho Dube") == ("head teacher", "Tarnby High School")


def test_a_columnist_writes_for_the_paper_the_column_is_for(facts_of):
    f = facts_of("Mia Lund, a sports journalist, wrote in a column for The Courier that the club had failed.")
    assert role(f, "Mia Lund") == ("sports journalist", "The Courier")


def test_a_people_s_word_in_a_relative_clause_is_not_the_person_s_country(facts_of):
    f = facts_of("Mia Lund, a sports journalist who has covered Danish football for two decades, said the club had "
                 "failed.")
    assert (actor(f, "Mia Lund")["title"], actor(f, "Mia Lund").get("affiliation")) == ("sports journalist", None)


def test_a_minister_in_an_article_set_in_a_capital_serves_its_country(facts_of):
    # the model tags `Montevideo` a product
    f = facts_of("Police in Uruguay seized 300 kilograms of cocaine hidden in a Brazilian container at the port of "
                 "Montevideo.\n\n"
                 "\"Somebody opened the door,\" Interior Minister Ana Torres told a news conference in central "
                 "Montevideo.")
    assert role(f, "Ana Torres") == ("Interior Minister", "Uruguay")
    # with no country named at all, the capital alone tells which
    f = facts_of("Police seized 300 kilograms of cocaine hidden in a Brazilian container at the port of Montevideo.\n\n"
                 "\"Somebody opened the door,\" Interior Minister Ana Torres told a news conference in central "
                 "Montevideo.")
    assert role(f, "Ana Torres") == ("Interior Minister", "Uruguay")


def test_it_after_the_consortium_denied_is_the_consortium_named_in_its_own_language(facts_of):
    f = facts_of("The tunnel is being dug by Consorcio Vial Arlo and financed by Tarn Hidro Binacional, the company "
                 "that runs the dam.\n\nThe consortium denied responsibility. In a statement, it said the flooding "
                 "had been caused by heavy rain.")
    assert quotes(f) == [("indirect", "the flooding had been caused by heavy rain", "Consorcio Vial Arlo")]


def test_a_club_named_with_its_letters_owns_the_club_s_title(facts_of):
    # the federation is named more often than the club, and last
    f = facts_of("The Football Federation of Tarnland refused FK Kemi Bor a licence on Thursday. The Football "
                 "Federation of Tarnland said the rules were the same for every club.\n\nPlayers have not been paid "
                 "since May, the club's captain, Ivo Markoski, said on Friday.")
    assert role(f, "Ivo Markoski") == ("captain", "FK Kemi Bor")


@pytest.mark.parametrize("text,name,body", [
    ("The Tarnland Nurses' Guild said shortages were spreading.\n\n\"We buy gloves with our own money,\" the guild's "
     "president, Ana Ruiz, said.", "Ana Ruiz", "Tarnland Nurses' Guild"),
    ("The Monastery of Saint Elian stands above the valley.\n\n\"We pray to the sound of dynamite,\" said Father "
     "Elias Haddad, the monastery's superior.", "Elias Haddad", "Monastery of Saint Elian"),
    ("Kemi National Park lost a fifth of its elephants last year.\n\n\"The oil blocks overlap the park,\" the park's "
     "director, Paul Mbeki, said.", "Paul Mbeki", "Kemi National Park"),
])
def test_a_word_for_a_staffed_place_or_a_guild_owning_a_title_is_the_body_named_with_it(facts_of, text, name, body):
    assert actor(facts_of(text), name)["affiliation"] == body


def test_a_national_office_is_of_the_one_country_the_lead_names(facts_of):
    text = ("At least nine people died after a ferry capsized off the coast of Malta on Sunday.\n\n"
            "Most of the passengers were returning from a festival. Two were tourists from Portugal and one from "
            "Spain.\n\nPrime Minister Ana Lind Tavares flew to the island on Monday and declared three days of "
            "mourning.")
    assert actor(facts_of(text), "Ana Lind Tavares").get("affiliation") == "Malta"
    # a lead naming two countries says nothing of where the office is
    text = text.replace("off the coast of Malta on Sunday", "off the coast of Malta on its way to Tunisia on Sunday")
    assert actor(facts_of(text), "Ana Lind Tavares").get("affiliation") is None


def test_a_governor_in_an_article_about_a_bank_is_the_bank_s_not_the_city_s(facts_of):
    text = ("The Central Bank of Chile raised its main interest rate by a full point on Tuesday, its biggest increase "
            "in a decade.\n\nGovernor Ana Lucía Ferreira, who took office in January, said the board had been "
            "surprised by the speed of the peso's fall.\n\nTraders in Valparaíso said the move was a surprise. "
            "Shops in Valparaíso reported falling sales, and the port of Valparaíso handled less cargo.")
    assert role(facts_of(text), "Ana Lucía Ferreira") == ("Governor", "Central Bank of Chile")
    # with another bank named, the governor may be either's: the region the article names most, as before
    text = text.replace("Traders in", "Traders at the Austral Bank in")
    assert role(facts_of(text), "Ana Lucía Ferreira") == ("Governor", "Valparaíso")


@pytest.mark.parametrize("text,name", [
    ("Ibrahim Ag Mohamed Elkhalil, who chairs the refugee committee, said water was short.",
     "Ibrahim Ag Mohamed Elkhalil"),  # tagged `Ibrahim Ag` (a body) and `Mohamed Elkhalil`
    ("Ousmane Ag Mohamed Alhousseini, who heads the camp's council, said families were sharing water.",
     "Ousmane Ag Mohamed Alhousseini"),  # `Ousmane Ag` untagged
])
def test_a_name_tagged_apart_at_a_capitalised_filiation_is_one_person(facts_of, text, name):
    f = facts_of(text)
    assert persons(f) == [name]
    assert quotes(f)[0][2] == name


@pytest.mark.parametrize("text,place", [
    ("Traffic on Jalan Bunga was stopped on Monday after engineers said the bridge had cracked.", "Jalan Bunga"),
    ("A march along Triq il-Kbira drew about 300 people, organisers said.", "Triq il-Kbira"),
    ("The bakery on Rruga Adem Jashari in Peja was shut, the owner said.", "Rruga Adem Jashari"),  # Albanian
])
def test_a_name_opened_by_another_language_s_word_for_a_street_is_a_place(facts_of, text, place):
    f = facts_of(text)
    assert persons(f) == []
    assert actor(f, place)["type"] == "place"


@pytest.mark.parametrize("text", [
    "More than 9,000 farmers are waiting to join the National Rice Scheme, the department said.",
    "The minister told reporters at the National Aquatics Complex in the capital that the pool would reopen.",
])
def test_a_scheme_or_a_complex_named_after_national_is_no_person(facts_of, text):
    # `National` a title word, `Rice Scheme` and `Aquatics Complex` read as names after it
    assert persons(facts_of(text)) == []


@pytest.mark.parametrize("text,people", [
    ("Luanda Advocacia's managing partner, Joaquim Mateus Kiala, said the coalition would appeal.",
     ["Joaquim Mateus Kiala"]),  # a law firm, as Portuguese names one
    ("The Vágar Workers’ Union, Vága Arbeiðsfelag, said 300 of its members had joined the stoppage.", []),  # Faroese
])
def test_a_name_closing_on_another_language_s_word_for_a_firm_or_union_is_a_body(facts_of, text, people):
    assert persons(facts_of(text)) == people


def test_streets_named_in_one_word_are_places(facts_of):
    # both tagged people: Dutch writes a street's name in one word ending in `straat`
    f = facts_of("\"Hotel or no hotel, nobody has lived in that house since I was a boy,\" said Ravi Ramdin, 64, who "
                 "has sold fruit at the corner of Domineestraat and Steenbakkerijstraat for 40 years.")
    assert persons(f) == ["Ravi Ramdin"]
    assert actor(f, "Steenbakkerijstraat")["type"] == "place"


def test_a_house_named_as_dutch_names_one_is_no_person(facts_of):
    f = facts_of("The two-storey house on Heerenstraat, known as Huize Tjon Sie Fat after the family of traders who "
                 "built it in 1902, has stood empty for a decade.")
    assert persons(f) == []


def test_a_name_described_as_headquartered_somewhere_is_a_body(facts_of):
    # `trader` is a word for a person too; only a body is headquartered
    f = facts_of("Kouassi told reporters that talks with Selat Agri, a cocoa and rubber trader headquartered in "
                 "Singapore, had been under way since March.")
    assert persons(f) == ["Kouassi"]
    assert actor(f, "Selat Agri")["type"] == "org"


def test_a_title_s_apposed_name_characterised_before_a_colon_speaks(facts_of):
    f = facts_of("The spokesman, Nadeem Rizvi, was blunt: \u201cEvery officer will be answerable.\u201d")
    assert quotes(f) == [("direct", "Every officer will be answerable.", "Nadeem Rizvi")]


def test_a_copula_before_a_colon_hung_on_the_quoted_verb_is_still_the_main_clause(facts_of):
    # `was` parsed as a clause of the quotation's `be`; `officials` the subject of the question asked
    f = facts_of("The spokesman, Nadeem Rizvi, was blunt when asked whether officials would face prosecution: "
                 "\u201cEvery officer will be answerable.\u201d")
    assert quotes(f) == [("direct", "Every officer will be answerable.", "Nadeem Rizvi")]


def test_a_name_tagged_in_pieces_around_an_untagged_word_is_one_name(facts_of):
    # `Makhdoom Syed` tagged a body, `Murtaza` nothing, `Hussain Bukhari` a person
    f = facts_of("The seat was won by Makhdoom Syed Murtaza Hussain Bukhari of the Sindh Front.")
    assert persons(f) == ["Makhdoom Syed Murtaza Hussain Bukhari"]


def test_a_name_after_a_word_for_a_body_but_described_as_a_person_is_a_person(facts_of):
    # set off after `chamber`, as a body's own name is after a word for it; the description only a person fits
    f = facts_of("Of the 90 deputies present, 88 backed the motion in the 125-seat chamber, Sok Dara Vannak, a "
                 "spokeswoman for the assembly, told reporters.\n\n\"The assembly has followed the law,\" she said.")
    assert persons(f) == ["Sok Dara Vannak"]
    assert ("direct", "The assembly has followed the law,", "Sok Dara Vannak") in quotes(f)


def test_a_name_listed_before_a_speech_verb_parsed_as_a_conjunct_speaks_the_clause_before(facts_of):
    # `told` parsed as joined to `voted`, with no subject; `Sok Dara Vannak` as listed with `Kim Sovann`
    f = facts_of("Lawmakers voted to lift the immunity of Kim Sovann, a member of the Unity Party, Sok Dara Vannak, a "
                 "spokeswoman for the assembly, told reporters on Monday.")
    assert quotes(f) == [("indirect", "Lawmakers voted to lift the immunity of Kim Sovann, a member of the Unity Party",
                          "Sok Dara Vannak")]


@pytest.mark.parametrize("text,person", [
    ("Mambo Rose-Marie Désir, a Vodou priestess whose temple stands near the river, said the ban would ruin families.",
     "Rose-Marie Désir"),  # tagged a body with the title
    ("Houngan Wilfrid Étienne, who leads the Lwa Society, said the pilgrims would come anyway.", "Wilfrid Étienne"),
])
def test_a_vodou_priest_s_title_is_no_part_of_the_name(facts_of, text, person):
    assert persons(facts_of(text)) == [person]


@pytest.mark.parametrize("text", [
    "The landing craft HMPNGS Lolo Kaupa arrived from Lae on Thursday.",  # a ship of Papua New Guinea's navy
    "Brazilian food group Ervalli has agreed to buy Establecimiento Yerbatero Kurupí, Paraguay's second-largest "
    "producer.",  # a body, as Spanish names a firm
])
def test_a_ship_and_a_firm_named_by_the_words_before_them_are_no_people(facts_of, text):
    assert persons(facts_of(text)) == []


def test_name_words_after_a_title_speaking_are_a_person_s_name(facts_of):
    # tagged a body: a Vietnamese name, the given name last
    f = facts_of("Foreign ministry spokeswoman Ngo Thi Lan Phuong said the boat had been fishing in Vietnamese "
                 "waters.")
    assert persons(f) == ["Ngo Thi Lan Phuong"]
    assert quotes(f) == [("indirect", "the boat had been fishing in Vietnamese waters", "Ngo Thi Lan Phuong")]


def test_names_given_after_such_as_take_the_kind_of_the_word_before(facts_of):
    f = facts_of("The kingdom has opened sites such as Marella and the rock art of Orvel to visitors, its "
                 "spokesman, Jon Pell, said.")
    assert persons(f) == ["Jon Pell"]
    assert types(f)["Marella"] == "place"
    f = facts_of("Banks such as Halden Varga lent less in May, the central bank said.")
    assert persons(f) == []
    assert types(f)["Halden Varga"] == "org"


def test_a_club_named_by_its_letters_and_the_side_it_plays_are_clubs(facts_of):
    f = facts_of("The final between Kemi Vale and FC Arlo will be replayed on Sunday, the league said.")
    assert persons(f) == []
    assert types(f)["FC Arlo"] == "org" and types(f)["Kemi Vale"] == "org"


def test_a_name_spelled_out_before_its_initials_is_a_body(facts_of):
    f = facts_of("The stolen drugs belonged to Kemi Andina (KA), a Quito-based wholesaler, Jon Pell said.")
    assert persons(f) == ["Jon Pell"]
    assert types(f)["Kemi Andina"] == "org"


def test_a_name_on_a_given_name_and_a_place_word_stays_no_person(facts_of):
    f = facts_of("The island, a heritage site formerly known as James Island, was a trading post, Jon Pell said.")
    assert persons(f) == ["Jon Pell"]


def test_a_boat_named_with_a_lady_s_style_is_no_person(facts_of):
    # `the Lady Kezia` tagged a body: the style is taken off and the rest would be a person's name
    f = facts_of("The fishermen's association said it would hold a vigil on Saturday at the Icacos jetty, where the "
                 "bullet-riddled pirogue, the Lady Kezia, has been pulled ashore.")
    assert persons(f) == []


def test_a_report_whose_subject_is_a_clause_beside_a_verb_hung_on_the_name(facts_of):
    # `posted` parsed as a participle on the name, the `that` clause beside it; its subject is `closing the clinic`
    f = facts_of('Tomas Berg, a member of parliament, posted on X that closing the clinic had been "a cruel '
                 'decision".')
    assert quotes(f) == [("indirect", 'closing the clinic had been "a cruel decision"', "Tomas Berg"),
                         ("direct", "a cruel decision", "Tomas Berg")]


@pytest.mark.parametrize("text,name", [
    ("Ilda Lima da Costa, a nurse, said on Monday that pupils had gone hungry.", "Ilda Lima da Costa"),  # `Ilda` a
    # nationality, `Lima da Costa` a person
    ("Rannvá á Heyggi, a member of parliament, posted on Facebook that the island needed a tunnel.",
     "Rannvá á Heyggi"),  # `Rannvá` a common noun, `Heyggi` a place
    ("Marijke van der Veen-Bakker, a Dutch member of parliament, wrote on LinkedIn that the fine was fair.",
     "Marijke van der Veen-Bakker"),  # `Marijke` parsed as a verb, the surname hyphened
])
def test_a_name_over_a_particle_described_as_a_person_is_one_person_s(facts_of, text, name):
    f = facts_of(text + '\n\n"We cannot wait," she said.')
    assert persons(f) == [name]
    assert quotes(f)[-1] == ("direct", "We cannot wait,", name)


def test_a_body_whose_officer_is_named_after_it_keeps_the_officer(facts_of):
    f = facts_of("The yard belonged to Corticeira Vale do Tejo, whose manager, Paulo Jorge Ramos, was acquitted.")
    assert role(f, "Paulo Jorge Ramos") == ("manager", "Corticeira Vale do Tejo")


@pytest.mark.parametrize("first,second", [("Anna Berg", "Joost ter Haar"),  # `Joost` tagged a place
                                          ("Marieke van der Berg-Jansen", "Kees de Wit"),  # untagged
                                          ("Marieke van den Berg-Smit", "Jan-Willem ter Brugge")])
def test_a_name_listed_after_a_person_s_and_is_a_person_s(facts_of, first, second):
    f = facts_of(f"The court appointed two administrators, {first} and {second}, to run the bankrupt firm.")
    assert persons(f) == sorted([first, second])


def test_a_body_s_name_runs_over_a_word_joined_to_an_elided_article(facts_of):
    f = facts_of("Transportistes Units d’Andorra, a hauliers' group, said 300 lorries were held up.")
    assert quotes(f) == [("indirect", "300 lorries were held up", "Transportistes Units d’Andorra")]
    assert types(f) == {"Transportistes Units d’Andorra": "org"}
    f = facts_of("The Cooperativa Agrícola d'Urgell said prices fell, its head, Jordi Puig, said.")
    assert role(f, "Jordi Puig") == ("head", "Cooperativa Agrícola d'Urgell")
    f = facts_of("The growers' group Unió Pagesa d’Urgell (UPU) said prices fell.")  # tagged with the bracket
    assert quotes(f) == [("indirect", "prices fell", "Unió Pagesa d’Urgell")]


def test_a_name_apposed_after_a_word_for_an_event_is_no_person(facts_of):
    f = facts_of("The first public session, Sheeko Xamar, will be held on Friday, Jon Pell said.")
    assert persons(f) == ["Jon Pell"]


def test_the_one_word_name_goods_are_carried_to_is_a_place(facts_of):
    f = facts_of("A driver carrying furniture to Braga said he had waited four hours.")
    assert persons(f) == []
    assert types(f)["Braga"] == "place"


def test_a_catalan_saint_s_title_opens_no_person_s_name(facts_of):
    f = facts_of("The queue stretched through the town of Sant Pere de Ribes, Jon Pell said.")
    assert persons(f) == ["Jon Pell"]


def test_a_reporter_parsed_as_listed_with_the_clause_s_last_name_speaks_it(facts_of):
    # `the skipper` parsed as listed with `Apia`, no `and` between them, and `said` left with no subject
    f = facts_of("The crew returned from Apia, the skipper, Tavita Sione, said.")
    assert quotes(f) == [("indirect", "The crew returned from Apia", "Tavita Sione")]


def test_a_name_with_a_particle_runs_over_its_hyphen(facts_of):
    f = facts_of("The court appointed Marieke van den Berg-Smit as administrator on Monday.")
    assert persons(f) == ["Marieke van den Berg-Smit"]


def test_a_surname_with_its_particle_capitalised_is_the_person_named_before(facts_of):
    f = facts_of("The court appointed Marieke van den Berg-Smit as administrator.\n\nVan den Berg-Smit told the "
                 "newspaper Kemi Dagblad that three parties had expressed interest in the business.")
    assert quotes(f) == [("indirect", "three parties had expressed interest in the business",
                          "Marieke van den Berg-Smit")]


def test_a_that_clause_hung_on_a_time_after_the_verb_is_its_report(facts_of):
    # `that ...` parsed as a relative clause on `day`
    f = facts_of("Temba Nyanzi told reporters at the end of the day that the movement would return to the streets on "
                 "Friday.")
    assert quotes(f) == [("indirect", "the movement would return to the streets on Friday", "Temba Nyanzi")]


@pytest.mark.parametrize("name", ["Louis-Marie Sylvain Rose",  # apposed to the title, tagged a body
                                  "Jean-Pierre Sylvio Roussety"])  # the title parsed as hung on the name
def test_a_hyphened_name_set_off_after_a_capitalised_title_is_a_person_s(facts_of, name):
    f = facts_of(f"The outgoing Chief Commissioner, {name}, conceded defeat in a brief speech at the Alliance’s "
                 "headquarters in La Ferme.\n\n“I congratulate her,” he said.")
    assert persons(f) == [name]
    assert quotes(f) == [("direct", "I congratulate her,", name)]


@pytest.mark.parametrize("first", ["Geertruida van den Bosch-Meijer",  # a place, then a body across both names
                                   "Hendrika van den Heuvel-Bos"])  # a body, then a person, in pieces
def test_names_over_particles_set_off_after_a_word_for_people_are_people(facts_of, first):
    f = facts_of(f"The District Court of the Northern Netherlands appointed two administrators, {first} and Pieter-Jan "
                 "ter Horst, to run the family-owned company.")
    assert persons(f) == sorted([first, "Pieter-Jan ter Horst"])


def test_a_surname_alone_is_the_person_whose_first_surname_it_is(facts_of):
    # the son bears `Ruiz` second, as his mother's surname; his name sorts first
    f = facts_of("Marta Ruiz Delgado, whose 23-year-old son Andrés Vega Ruiz was jailed for six years, said she had "
                 "been allowed into the court for one day.\n\n\"He banged a pan,\" Ruiz told reporters.")
    assert quotes(f) == [("indirect", "she had been allowed into the court for one day", "Marta Ruiz Delgado"),
                         ("direct", "He banged a pan,", "Marta Ruiz Delgado")]


def test_a_verb_joined_to_one_quoted_with_its_subject_outside_shares_that_subject(facts_of):
    f = facts_of("The Dutch Embassy in Lima said in a statement that it was \"deeply troubled\" by the sentences and "
                 "called for the release of \"all those jailed for peacefully demanding water\".")
    assert ("direct", "all those jailed for peacefully demanding water", "Dutch Embassy in Lima") in quotes(f)


def test_a_verb_after_a_whose_clause_is_the_named_person_s(facts_of):
    # `accused` and `said` parsed as joined to `voted`, the verb of the `whose` clause
    f = facts_of("Watan Alliance leader Raed Suleiman Al-Omoush, whose pro-government bloc voted for the amendments, "
                 "accused the opposition of staging \"theatre for the cameras\" and said the new threshold was lower "
                 "than those used in several European democracies.")
    assert quotes(f) == [
        ("direct", "theatre for the cameras", "Raed Suleiman Al-Omoush"),
        ("indirect", "the new threshold was lower than those used in several European democracies",
         "Raed Suleiman Al-Omoush")]
    assert persons(f) == ["Raed Suleiman Al-Omoush"]


def test_a_word_for_a_woman_apposed_after_a_name_gives_its_gender(facts_of):
    f = facts_of("The winner, Rangi Parata of the Golden Party, could stand again. The complaint was brought by Tane "
                 "Ngata, a 58-year-old former headmistress.\n\n\"We respect the commission,\" he said.")
    assert quotes(f) == [("direct", "We respect the commission,", "Rangi Parata")]


def test_names_styled_as_myanmar_styles_them_are_people_s(facts_of):
    f = facts_of("The complaint was brought by Daw Nwe Ni Win, who stood for the Farmers Party. The winner, U Aung Myo "
                 "Thant of the Golden Party, could stand again.\n\n\"We went door to door with the voter lists,\" "
                 "she said.")
    assert persons(f) == ["Aung Myo Thant", "Nwe Ni Win"]
    assert quotes(f) == [("direct", "We went door to door with the voter lists,", "Nwe Ni Win")]


def test_a_name_after_a_style_ending_in_a_word_for_a_street_is_no_person(facts_of):
    f = facts_of("Traffic was closed on U Street on Friday after the march, the police said.")
    assert persons(f) == []


def test_an_unnamed_subject_with_a_styled_name_apposed_is_that_person(facts_of):
    # `U Pyinnya Thiri` tagged a body
    f = facts_of("A monk at one of the monasteries whose records were used, U Pyinnya Thiri, told reporters that the "
                 "monks had only confirmed dates of death.\n\n\"We are not involved in politics,\" he said.")
    assert quotes(f) == [("indirect", "the monks had only confirmed dates of death", "Pyinnya Thiri"),
                         ("direct", "We are not involved in politics,", "Pyinnya Thiri")]


def test_a_clause_told_read_as_a_modifier_of_its_object_is_the_report(facts_of):
    # `confirmed` parsed as an adjective of `dates`, `the monks` and `had` hung on it
    f = facts_of("Brother Anselm Varga told reporters the monks had only confirmed dates of death that families had "
                 "registered with them.")
    assert quotes(f) == [("indirect", "the monks had only confirmed dates of death that families had registered "
                                      "with them", "Anselm Varga")]


def test_a_name_with_a_glottal_stop_set_off_before_an_age_is_a_person_s(facts_of):
    f = facts_of("'Ana Tu'ipulotu, 52, moved from Neiafu to Nuku'alofa last year to start dialysis. She sleeps in a "
                 "relative's house, she said.")
    assert persons(f) == ["'Ana Tu'ipulotu"]
    assert quotes(f) == [("indirect", "She sleeps in a relative's house", "'Ana Tu'ipulotu")]


def test_a_name_split_as_apposed_without_a_comma_is_one_name(facts_of):
    # `Yonas` tagged a place, `Habtom Weldemichael` apposed to it
    f = facts_of("Eritrea’s national cycling federation on Monday stripped Yonas Habtom Weldemichael of his victory.")
    assert persons(f) == ["Yonas Habtom Weldemichael"]


@pytest.mark.parametrize("lead", ["a practice riders call", "what riders call"])
def test_a_term_a_thing_is_called_by_is_no_quotation(facts_of, lead):
    f = facts_of(f"The federation said that footage showed him holding a bottle, {lead} a \"sticky bottle\".")
    assert [q for q in quotes(f) if q[0] == "direct"] == []


def test_a_person_of_a_body_parsed_under_the_body_s_word_speaks(facts_of):
    # `party` parsed as the subject, the name hung on it
    f = facts_of("Moana Tehaamoana of the opposition Ora Nui party called the package \"a bandage on a broken leg\" "
                 "and said farmers could not take on more debt.")
    assert quotes(f) == [("direct", "a bandage on a broken leg", "Moana Tehaamoana"),
                         ("indirect", "farmers could not take on more debt", "Moana Tehaamoana")]


def test_an_article_closing_a_body_s_tag_is_no_part_of_its_name(facts_of):
    f = facts_of("Water temperatures reached 31.4 degrees Celsius in mid-April, according to Ifremer, the French "
                 "marine research institute, which runs sensors.")
    assert [a["name"] for a in f["actors"]] == ["Ifremer"]


def test_a_known_given_name_opening_a_sentence_read_as_a_noun_opens_the_name(facts_of):
    # `Troels` read as a common noun, a sentence of its own
    f = facts_of("Samples are flown to Statens Serum Institut in Copenhagen. Troels Vinding Sønderby, head of the "
                 "tuberculosis laboratory there, said most of the cases belonged to a single strain.")
    assert persons(f) == ["Troels Vinding Sønderby"]


def test_a_name_given_as_one_s_own_read_as_the_next_verb_s_subject_is_a_person_s(facts_of):
    f = facts_of("Outside the community centre, a 61-year-old farmer who gave his name only as Lennox said he had "
                 "voted in every island election since 1983. \"Two votes. My whole village could have changed "
                 "this,\" he said, laughing.")
    assert persons(f) == ["Lennox"]
    assert quotes(f)[-1] == ("direct", "Two votes. My whole village could have changed this,", "Lennox")


def test_a_relative_clause_parsed_as_joined_is_not_the_verb_before_a_colon(facts_of):
    f = facts_of("A rancher from Acoyapa who lost 64 animals last year, and who spoke on condition of anonymity for "
                 "fear of reprisals, put it more bluntly: “The thieves had better papers than we did.”")
    [q] = f["quotes"]
    assert speaker_name(f, q).startswith("A rancher from Acoyapa")


def test_a_report_hung_on_a_body_s_name_described_before_it_is_the_body_s(facts_of):
    f = facts_of("The Ngwane Democratic Forum, a pro-democracy movement whose leaders live mostly in exile, posted on "
                 "X that the money would be welcome only if it reaches the clinics.")
    assert quotes(f) == [("indirect", "the money would be welcome only if it reaches the clinics",
                          "Ngwane Democratic Forum")]


def test_a_name_after_a_word_for_a_person_tagged_a_place_is_a_person_who_speaks(facts_of):
    f = facts_of("One of the collective’s most followed members, the 26-year-old software developer Meryem El "
                 "Fassi-Fihri, wrote on Instagram that the marches would continue every Sunday.")
    assert persons(f) == ["Meryem El Fassi-Fihri"]
    assert quotes(f) == [("indirect", "the marches would continue every Sunday", "Meryem El Fassi-Fihri")]


def test_which_after_the_object_of_a_participle_s_preposition_is_the_described_body_s(facts_of):
    f = facts_of("The marches were called by the Tarn Youth Front, a loose online collective organised mainly on "
                 "Discord and Instagram, which says it has no leaders.")
    assert quotes(f) == [("indirect", "it has no leaders", "Tarn Youth Front")]


def test_a_hyphened_name_after_a_church_s_style_is_a_person_s(facts_of):
    f = facts_of("“This ground was given to Saint Michael,” said Memhir Gebre-Mariam Wolde-Tsadik, the abbot of the "
                 "monastery.\n\nAs the crowd dispersed at dusk, the abbot was asked how long the monks would wait."
                 "\n\n“We have prayed here for 600 years,” he said.")
    assert persons(f) == ["Gebre-Mariam Wolde-Tsadik"]
    assert [q[2] for q in quotes(f)] == ["Gebre-Mariam Wolde-Tsadik"] * 2


def test_a_people_named_in_the_plural_is_no_person(facts_of):
    f = facts_of("The new city is being built for investors first and for Omanis second, she said.")
    assert persons(f) == []


def test_a_name_in_a_list_parsed_as_apposed_to_its_first_item_is_a_place_like_the_rest(facts_of):
    f = facts_of("More than 40,000 manuscripts are held in private libraries across Mauritania, most of them in "
                 "Chinguetti, Ouadane, Tichitt and Oualata, the institute said.")
    assert persons(f) == []


def test_a_hockey_club_s_letters_open_a_body_s_name(facts_of):
    f = facts_of("HK Dunaj Bratislava were leading HC Považie Rangers 3-2 when the referees took the players off the "
                 "ice, the league said.")
    assert persons(f) == []


def test_a_body_described_before_a_report_parsed_as_a_conjunct_speaks(facts_of):
    f = facts_of("Corruption trials of local officials take an average of 4.7 years to reach a final verdict, the Open "
                 "Justice Centre, a Bucharest think-tank, said in a report last year.")
    assert quotes(f) == [("indirect", "Corruption trials of local officials take an average of 4.7 years to reach a "
                                      "final verdict", "Open Justice Centre")]


def test_a_tensed_verb_after_a_relative_on_the_object_opens_a_report(facts_of):
    f = facts_of("Justice Minister Sorin-Mihai Dobrescu conceded that the government had lost this round, but "
                 "insisted the problem the law had tried to fix was real.")
    assert quotes(f) == [("indirect", "the government had lost this round", "Sorin-Mihai Dobrescu"),
                         ("indirect", "the problem the law had tried to fix was real", "Sorin-Mihai Dobrescu")]


def test_where_people_go_home_to_is_a_place(facts_of):
    f = facts_of("“Those people were simply waiting to go home to Vella and Ranongga,” the premier said.")
    assert persons(f) == []


@pytest.mark.parametrize("verb", ["set out", "set off"])
def test_where_people_set_out_from_is_a_place(facts_of, verb):
    f = facts_of(f"Yamilé Ortiz Caballero, 54, {verb} from Palma Soriano at 2 a.m. with her two sisters, the police "
                 "said.")
    assert persons(f) == ["Yamilé Ortiz Caballero"]


def test_where_a_road_leads_is_a_place(facts_of):
    f = facts_of("The Guarda Nacional said it had set up 12 additional checkpoints on roads leading to São Domingos "
                 "and Pirada.")
    assert persons(f) == []


@pytest.mark.parametrize("text", [
    "Nasser Al-Hajri, a falconer whose gyrfalcon Sahab was taken from his camp in December, said the verdict was fair.",
    "For many Cubans she is also Ochún, the Yoruba orisha of rivers, love and fertility, the priest said."])
def test_an_animal_s_or_a_spirit_s_name_is_no_person(facts_of, text):
    assert [p for p in persons(facts_of(text)) if p != "Nasser Al-Hajri"] == []


def test_the_name_a_described_person_is_known_as_in_a_place_is_theirs(facts_of):
    # `as` parsed as hung on `village`
    f = facts_of("\"The water is like the sea now,\" said Hamid Sabbar Khalaf, a 58-year-old herder known in his "
                 "village as Abu Karrar, as he loaded reed mats onto a pickup truck.\n\n\"In the city a buffalo is "
                 "only an expense,\" Abu Karrar said.")
    assert persons(f) == ["Hamid Sabbar Khalaf"]
    assert [q[2] for q in quotes(f)] == ["Hamid Sabbar Khalaf"] * 2


def test_the_name_one_performs_as_is_a_stage_name(facts_of):
    f = facts_of("The song copies the chorus of a record by the late Vernon Henry, who performed as King Scorcher, the "
                 "panel said.\n\nShe said she had grown up singing King Scorcher’s songs.")
    assert persons(f) == ["Vernon Henry"]


def test_people_counted_by_a_quantifier_tagged_a_number_are_they(facts_of):
    f = facts_of("Dozens of strikers sat on sacks of cotton outside the plant on Thursday morning. They said they "
                 "would stay at the gate until the company paid.")
    assert quotes(f) == [("indirect", "they would stay at the gate until the company paid", "Dozens of strikers")]


def test_a_royal_title_and_a_given_name_is_the_person_named_in_full(facts_of):
    f = facts_of("Kuo Li-hsin and his Eswatini counterpart, Prince Mancoba Dlamini, signed the agreements in Mbabane."
                 "\n\nPrince Mancoba told reporters that the hospital would end the need to send patients abroad.")
    assert persons(f) == ["Kuo Li-hsin", "Mancoba Dlamini"]
    assert quotes(f) == [("indirect", "the hospital would end the need to send patients abroad", "Mancoba Dlamini")]


def test_a_report_hung_on_the_subject_of_the_verb_joined_after_it_is_the_named_person_s(facts_of):
    # `conceded` parsed as a participle on `lawyer`, `argued` as the sentence's verb
    f = facts_of("His lawyer, Tomás Echevarría Ruiz, conceded in court that his client had thrown the stone but argued "
                 "that it had been aimed at a streetlight, not at the officer.")
    assert quotes(f) == [("indirect", "his client had thrown the stone", "Tomás Echevarría Ruiz"),
                         ("indirect", "it had been aimed at a streetlight, not at the officer",
                          "Tomás Echevarría Ruiz")]


def test_an_untagged_name_opening_on_a_country_s_is_a_body_s(facts_of):
    f = facts_of("The Solomon Islands Red Cross said its volunteers had distributed 300 hygiene kits by midday.")
    assert persons(f) == []
    assert quotes(f) == [("indirect", "its volunteers had distributed 300 hygiene kits by midday",
                          "Solomon Islands Red Cross")]


@pytest.mark.parametrize("text", [
    "The family that has run Habitation Belle-Anse, one of Martinique’s oldest rum distilleries, has agreed to sell a "
    "stake, the buyer said.",
    "The distillery is best known for its Cuvée Morne Larcher, an aged rum sold in about 30 countries, the company "
    "said."])
def test_an_estate_or_a_hill_named_as_the_french_antilles_name_them_is_no_person(facts_of, text):
    assert persons(facts_of(text)) == []


def test_a_name_taking_were_or_a_plural_auxiliary_is_a_team(facts_of):
    f = facts_of("Borisova Arlo, bottom of the table, have won only once this season, the club said.\n\nNadiya "
                 "Kemsk, second in the league, were on course for a win when sirens sounded.")
    assert persons(f) == []


def test_name_words_between_a_style_tagged_alone_and_a_surname_open_the_name(facts_of):
    f = facts_of("Chief Minister Datuk Seri Mohd Arifin Jumatin said he had asked the governor to dissolve the "
                 "assembly.")
    assert persons(f) == ["Mohd Arifin Jumatin"]
    assert quotes(f) == [("indirect", "he had asked the governor to dissolve the assembly", "Mohd Arifin Jumatin")]


def test_a_given_name_before_a_patronymic_opens_the_name(facts_of):
    f = facts_of("Scientists in Kazakhstan were not persuaded. Aliya Nurlanovna Seitkaliyeva of the Caspian Seal "
                 "Research Centre in Aktau said the scale of the die-off pointed to something more.")
    assert persons(f) == ["Aliya Nurlanovna Seitkaliyeva"]


def test_a_name_after_an_honorific_tagged_as_two_people_is_one(facts_of):
    f = facts_of("“We have 60 beds for fever cases and this morning we had 140 patients,” said Dr. Abdulrahman "
                 "Salem Ba-Wazir, director of the Hadramout Health Office.")
    assert persons(f) == ["Abdulrahman Salem Ba-Wazir"]


@pytest.mark.parametrize("text,name", [
    ("Reto Alois Marxer-Büchel, 61, a former partner of a trust company in Schaan, is charged with embezzlement.\n\n"
     "Marxer-Büchel denied the charges.", "Reto Alois Marxer-Büchel"),
    ("Ana Lucía de la Torre Espinosa, an economist at the Escuela Superior Politécnica del Litoral (ESPOL), said the "
     "slump showed the risk.", "Ana Lucía de la Torre Espinosa"),
    ("Héctor Washington Olivera Cabrera, the murga director who led one of Montevideo's best-loved troupes, died on "
     "Monday.", "Héctor Washington Olivera Cabrera")])
def test_an_untagged_given_name_before_a_name_and_its_age_or_title_opens_it(facts_of, text, name):
    assert persons(facts_of(text)) == [name]


def test_a_country_after_a_body_s_name_holding_a_word_for_a_body_closes_it(facts_of):
    f = facts_of("The National Agency for Cultural Heritage Preservation of Georgia said it had sealed the church.")
    assert quotes(f) == [("indirect", "it had sealed the church",
                          "National Agency for Cultural Heritage Preservation of Georgia")]


def test_a_name_set_off_after_the_word_for_a_place_is_the_place_s(facts_of):
    f = facts_of("The deaths, all in rural districts east of the provincial capital, Kaysone Phomvihane, are the most "
                 "recorded in the province.")
    assert persons(f) == []


def test_a_name_after_neighbouring_read_as_a_verb_is_a_place(facts_of):
    f = facts_of("At least 38 people were killed in fighting in Lagaip and neighbouring Porgera after the vote.")
    assert persons(f) == []


def test_a_name_opening_on_a_spanish_plural_article_is_a_group_s(facts_of):
    f = facts_of("Los Saltimbanquis del Cerro will go on stage as planned on Saturday, said the troupe's current "
                 "director.")
    assert persons(f) == []


@pytest.mark.parametrize("text,speaker", [
    ("Segundo Alcívar Macías, 67, has stored his beans in sacks.\n\n\"They offer me a third of that,\" said Don "
     "Segundo, as his neighbors call him.", "Segundo Alcívar Macías"),
    ("In Nawaka, the village headman, Ratu Peceli Tabuakarawa, said young men had carried elderly residents to the "
     "church.\n\n\"Our church is now the hospital,\" Ratu Peceli said.", "Peceli Tabuakarawa")])
def test_a_style_of_address_and_a_given_name_is_the_person_named_in_full(facts_of, text, speaker):
    f = facts_of(text)
    assert persons(f) == [speaker]
    assert quotes(f)[-1][0::2] == ("direct", speaker)


@pytest.mark.parametrize("text", [
    "Sirens sounded in the 78th minute of Saturday’s game against Avanhard Poltava at the Sofiyivka Stadium.",
    "Nadiya play their next league match away to Trubizh Pereiaslav on Friday."])
def test_a_name_a_match_is_played_against_or_away_to_is_a_team(facts_of, text):
    assert persons(facts_of(text)) == []


def test_a_name_opening_on_a_joined_article_listed_after_a_place_is_a_place(facts_of):
    f = facts_of("Its hospitals also receive patients from the neighbouring provinces of Shabwa and Al-Mahra.")
    assert persons(f) == []


def test_the_ends_of_a_range_set_off_after_a_word_for_a_place_are_places(facts_of):
    f = facts_of("Al-Khulaqi said its members had come from every district of the city, from Crater to Sheikh "
                 "Othman.")
    assert persons(f) == ["Al-Khulaqi"]

def test_a_word_for_a_person_apposed_to_a_place_word_read_as_the_subject_speaks(facts_of):
    f = facts_of("Superintendent Jacob Yalu Kakiap said extra units would be flown in.\n\nIn Wabag, the provincial "
                 "capital, a trader at the main market who asked not to be named for fear of reprisals said shops had "
                 "closed early as news of the decision spread.\n\n“When the word court comes up, we pull the "
                 "shutters down,” he said.\n\nIn Kostel, a municipality of about 650 people on the Kolpa river, "
                 "Anica Štimec, 67, who runs the village shop, said she had heard the news on the radio.")
    assert quotes(f) == [("indirect", "extra units would be flown in", "Jacob Yalu Kakiap"),
                         ("indirect", "shops had closed early as news of the decision spread", "A trader"),
                         ("direct", "When the word court comes up, we pull the shutters down,", "A trader"),
                         ("indirect", "she had heard the news on the radio", "Anica Štimec")]


def test_the_word_for_a_person_of_two_subjects_speaks(facts_of):
    f = facts_of("Outside the municipal building, a woman selling chipa, the cheese bread sold on almost every "
                 "street corner in Paraguay, said she had voted for Villalba.")
    assert quotes(f) == [("indirect", "she had voted for Villalba", "A woman")]


def test_a_name_described_as_someone_after_a_named_place_s_word_is_a_person_s(facts_of):
    f = facts_of("In Bassikounou, the nearest large town, Cheikhna Ould Ahmed Salem, whose two nephews were among "
                 "the dead, said the family had crossed the border every dry season.")
    assert persons(f) == ["Cheikhna Ould Ahmed Salem"]

def test_a_word_for_a_person_before_a_relative_clause_ending_on_a_body_speaks(facts_of):
    f = facts_of("At the shack, where members were already cutting cardboard for next season's costumes, a drummer "
                 "who did not want to be named because he was not authorised to speak for the group said many "
                 "members were angry. \"It's in our blood,\" he said.")
    assert quotes(f) == [("indirect", "many members were angry", "A drummer"),
                         ("direct", "It's in our blood,", "A drummer")]


def test_a_pronoun_after_an_unnamed_housekeeper_s_report_is_hers(facts_of):
    f = facts_of("Linda Mortimer-Clarke, a tourist, was calm.\n\nA housekeeper at another hotel, who asked not to be "
                 "named for fear of losing her job, said her pay had been cut.\n\n“They call us family in the "
                 "adverts,” she said.")
    assert quotes(f)[-1] == ("direct", "They call us family in the adverts,", "A housekeeper")


def test_a_double_surname_written_alone_tells_no_gender(facts_of):
    f = facts_of("Avis Joseph-Roberts, the candidate, lost by two votes.\n\nJoseph-Roberts struck a sharper tone. "
                 "\"Every one of those 14 ballots carried a clear mark for me,\" she said outside the centre.")
    assert quotes(f) == [("direct", "Every one of those 14 ballots carried a clear mark for me,",
                          "Avis Joseph-Roberts")]

def test_a_name_on_a_border_is_a_place(facts_of):
    f = facts_of("Of those municipalities, 101 have fewer than 5,000 inhabitants, and the smallest, Hodoš on the "
                 "Hungarian border, has about 350.")
    assert persons(f) == []


def test_a_name_after_a_compass_adjective_is_a_place(facts_of):
    f = facts_of("A flood warning remained in force for all low-lying areas of western Viti Levu, the service said.")
    assert persons(f) == []


def test_a_name_opening_on_upper_is_a_place(facts_of):
    f = facts_of("The Diocese of Mestia and Upper Svaneti did not respond to requests for comment.")
    assert persons(f) == []


def test_a_word_tagged_a_place_opens_a_name_set_off_with_an_age(facts_of):
    f = facts_of("In Coroico, the main town of the Yungas, Marcelina Condori Huanca, 58, who grows coca on two "
                 "terraced hectares above the river, had one question: \"Who has my information now?\"")
    assert persons(f) == ["Marcelina Condori Huanca"]
    assert quotes(f) == [("direct", "Who has my information now?", "Marcelina Condori Huanca")]

def test_an_untagged_body_name_ending_on_its_word_is_a_body_of_its_own(facts_of):
    f = facts_of("The Colorado Party won the primary.\n\nThe opposition Authentic Radical Liberal Party, whose "
                 "candidate will face the Colorado nominee in the October municipal election, said the dispute showed "
                 "that the governing party could not run a clean vote.")
    assert quotes(f) == [("indirect", "the dispute showed that the governing party could not run a clean vote",
                          "Authentic Radical Liberal Party")]

def test_a_word_for_a_place_is_no_title(facts_of):
    f = facts_of("In Bassikounou, the nearest large Mauritanian town, Cheikhna Ould Ahmed Salem, whose two nephews "
                 "were among the dead, said the family had crossed the border.\n\nThe mayor of the town, Kemi Arlo, "
                 "said the road was shut.")
    assert {a["name"]: a.get("title") for a in f["actors"] if a["type"] == "person"} == {
        "Cheikhna Ould Ahmed Salem": None, "Kemi Arlo": "mayor of the town"}

def test_a_name_runs_on_over_a_capitalised_filiation_and_the_father_s_name(facts_of):
    f = facts_of("“The river takes something from us,” Foreign Minister Mohamed Lemine Ould Cheikh Sidiya told "
                 "reporters in Nouakchott.")
    assert persons(f) == ["Mohamed Lemine Ould Cheikh Sidiya"]

def test_a_name_after_of_the_and_an_untagged_word_is_a_body_s(facts_of):
    f = facts_of("Opposition lawmaker Selvarajah Yogeswaran of the Ilankai Tamil Arasu Kachchi said the law would be "
                 "felt hardest in the north.")
    assert persons(f) == ["Selvarajah Yogeswaran"]

def test_a_town_named_for_its_bridge_is_a_place(facts_of):
    f = facts_of("Manuel Costa, 52, a former contractor from Ponte do Rol, was convicted of theft.")
    assert persons(f) == ["Manuel Costa"]


def test_a_parliament_named_in_its_own_language_is_a_body(facts_of):
    f = facts_of("Sixty of the 76 members of the State Great Khural backed the motion on Friday.\n\n\"We have asked "
                 "the State Great Khural to change the law,\" Dorj Bat said.")
    assert persons(f) == ["Dorj Bat"]
    assert actor(f, "State Great Khural")["type"] == "org"


@pytest.mark.parametrize("text,people", [
    ("A row over a wooden statue of Our Lady of Sorrows has divided the village, the mayor said.", []),
    ("Vendors were moved from the Basílica Santuario Nuestra Señora de la Asunción, the mayor said.", []),  # Spanish
    ('"This is not a museum object," said Fr Karmenu Borg, the parish priest of St Julian, after Mass on Sunday.',
     ["Karmenu Borg"]),
])
def test_a_saint_or_a_devotion_named_is_no_person(facts_of, text, people):
    assert persons(facts_of(text)) == people


def test_a_name_opened_by_another_language_s_word_for_a_front_or_party_is_a_body(facts_of):
    f = facts_of("Frente Ciudadano Sureño said it would march on Friday.")
    assert persons(f) == []
    assert actor(f, "Frente Ciudadano Sureño")["type"] == "org"


def test_a_name_with_a_particle_cut_before_its_last_word_is_whole(facts_of):
    # tagged `Helder Neves do Espírito`
    f = facts_of("Prime Minister Helder Neves do Espírito Santo, whose government depends on MDI votes, did not "
                 "comment. In a post on Facebook, he wrote that the court must be obeyed.")
    assert persons(f) == ["Helder Neves do Espírito Santo"]
    assert quotes(f) == [("indirect", "the court must be obeyed", "Helder Neves do Espírito Santo")]


def test_the_subject_after_a_fronted_participle_phrase_speaks(facts_of):
    # the parser apposes the spokeswoman to Paris and leaves `said` without a subject
    f = facts_of("Asked about the vote at a regular briefing in Paris, a spokeswoman for the French Foreign Ministry "
                 "said it was a matter for Spain.")
    assert quotes(f) == [("indirect", "it was a matter for Spain", "A spokeswoman for the French Foreign Ministry")]


@pytest.mark.parametrize("text,title", [
    ("His rival, Ana Lind Berg, a former headteacher backed by the Green Party and two civic lists, said she would "
     "appeal.", "former headteacher"),
    ("Ana Lind Berg, a nurse trained in the capital, said she would appeal.", "nurse"),
])
def test_a_participle_phrase_after_the_title_is_no_part_of_it(facts_of, text, title):
    assert actor(facts_of(text), "Ana Lind Berg")["title"] == title


def test_a_given_name_shortened_from_its_end_is_the_same_person(facts_of):
    f = facts_of("His rival, Giuseppina Lo Bianco, a former headteacher, said she would appeal.\n\n\"We stand with "
                 "Pina Lo Bianco until the last ballot has been counted,\" the party's secretary wrote.")
    assert persons(f) == ["Giuseppina Lo Bianco"]
    # a name that only ends the same way is someone else's
    f = facts_of("Mariana Lind said the count was fair.\n\nAna Lind, her sister, said it was not.")
    assert persons(f) == ["Ana Lind", "Mariana Lind"]


def test_a_verb_with_a_complement_before_the_sentence_s_predicate_is_no_report(facts_of):
    # parsed as `ballots declared void` reporting `were found to be valid`
    f = facts_of("According to a report by the Kemi Electoral Office, 41 ballots declared void were found to be valid.")
    assert quotes(f) == [("indirect", "41 ballots declared void were found to be valid", "Kemi Electoral Office")]


def test_a_country_s_body_tagged_as_one_name_is_the_body_of_the_country(facts_of):
    # tagged `Lithuania’s Ministry of Environmental Protection`, one body
    f = facts_of("Lithuania’s Ministry of Environmental Protection said it had found no sign of contamination.")
    assert quotes(f) == [("indirect", "it had found no sign of contamination", "Ministry of Environmental Protection")]


def test_a_ministry_s_two_fields_joined_by_and_are_one_ministry(facts_of):
    # tagged `The Ministry of Coastal Protection` and `Green Transition`
    f = facts_of("The Ministry of Coastal Protection and Green Transition said it had stepped up monitoring.")
    assert quotes(f) == [("indirect", "it had stepped up monitoring", "Ministry of Coastal Protection and Green "
                                                                      "Transition")]


def test_one_of_a_group_who_gave_a_name_in_a_description_is_named(facts_of):
    f = facts_of("Outside the court, a small crowd waved flags. One of them, a fish trader who gave her name only as "
                 "Rosa, put it simply: \"Now they have to count properly.\"")
    assert quotes(f) == [("direct", "Now they have to count properly.", "Rosa")]


@pytest.mark.parametrize("text,name", [
    ("Ana Lucía Mora Quesada, 58, who runs a small restaurant on the square, said she had voted for neither party.",
     "Ana Lucía Mora Quesada"),  # tagged `Lucía Mora Quesada`, a body
    ("Ana Filipa Costa dos Reis, a researcher at the university, was more cautious. \"The results are encouraging,\" "
     "she said.", "Ana Filipa Costa dos Reis"),
    ("Ana Lucía Rojas Brenes said she had voted for neither party.", "Ana Lucía Rojas Brenes"),  # no age or title
])
def test_a_known_given_name_left_out_of_a_name_tagged_a_body_opens_it(facts_of, text, name):
    f = facts_of(text)
    assert persons(f) == [name]
    assert [speaker for _, _, speaker in quotes(f)] == [name]


def test_a_ministry_s_fields_listed_after_a_comma_are_one_ministry(facts_of):
    # tagged `Ministry of Education` and `Science and Culture`
    f = facts_of("Finland’s Ministry of Education, Science and Culture said 94 teachers had completed a course.")
    assert quotes(f) == [("indirect", "94 teachers had completed a course", "Ministry of Education, Science and "
                                                                           "Culture")]


def test_a_ministry_s_field_of_social_dialogue_is_one_of_its_fields(facts_of):
    # tagged `Ministry of Civil Service`, `Labour` and `Social Dialogue`: `Dialogue` a field, as `Science` is
    f = facts_of("The Ministry of Civil Service, Labour and Social Dialogue said in a statement on Monday that an "
                 "inspector had been sent to the mill.")
    assert quotes(f) == [("indirect", "an inspector had been sent to the mill",
                          "Ministry of Civil Service, Labour and Social Dialogue")]


def test_she_is_not_the_man_named_last_before_her(facts_of):
    # `Brahim` (as the Maghreb and Chad spell Ibrahim) is a man's name: `she` is the minister
    f = facts_of("Labour Minister Halime Mahamat Abakar met both sides on Sunday.\n\nThe minister said after the "
                 "meeting that talks would resume on Wednesday under the mediation of the governor, General Brahim "
                 "Adoum Saleh, and she urged the strikers to go back to work \"so that the harvest is not lost.\"")
    assert [q[2] for q in quotes(f)] == ["Halime Mahamat Abakar", "Halime Mahamat Abakar"]


def test_a_short_name_tagged_as_a_work_is_the_person_named_before_in_full(facts_of):
    # `Pengiran Yusof` tagged as a work of art where he speaks
    f = facts_of("Yang Berhormat Pengiran Haji Yusof bin Pengiran Haji Ahmad, an appointed member for the Tutong "
                 "district, said some families had waited for twenty years.\n\n\"Some of the people in my district "
                 "applied when they were newly married,\" Pengiran Yusof said. \"Today they are grandparents, and they "
                 "are still renting.\"")
    assert persons(f) == ["Pengiran Haji Yusof bin Pengiran Haji Ahmad"]
    assert {q[2] for q in quotes(f)} == {"Pengiran Haji Yusof bin Pengiran Haji Ahmad"}


def test_a_surname_opening_on_al_finds_the_person_without_it(facts_of):
    f = facts_of("Sheikh Hamad bin Saif al-Rawahi, Sohar Minerals' chairman, told reporters in Muscat that the company "
                 "hoped to begin drilling by late 2027.\n\nRawahi added that the company had raised $45 million from "
                 "Omani investors.")
    assert persons(f) == ["Hamad bin Saif al-Rawahi"]
    assert [q[2] for q in quotes(f)] == ["Hamad bin Saif al-Rawahi", "Hamad bin Saif al-Rawahi"]


def test_a_name_ending_on_holding_is_a_firm_s(facts_of):
    f = facts_of("Bergwald Holding agreed on Monday to buy the cigar maker Tabacalera Rojas.\n\nBergwald will pay $310 "
                 "million in cash, according to a regulatory filing published by the company in Zurich.")
    assert quotes(f) == [("indirect", "Bergwald will pay $310 million in cash", "Bergwald Holding")]


def test_the_subject_of_a_copula_before_a_colon_speaks_not_a_subject_inside_it(facts_of):
    f = facts_of("Anna Berg Jonsdottir, the commissioner of the East Region Police, said the drugs had a street value "
                 "of about 2.6 billion kronur.\n\nThe commissioner was blunt about what the seizure meant: \"Iceland "
                 "is a market now.\"")
    assert quotes(f)[-1] == ("direct", "Iceland is a market now.", "Anna Berg Jonsdottir")


def test_a_word_for_a_role_read_as_the_sentence_s_verb_leaves_its_name_the_speaker(facts_of):
    # `epidemiologist` parsed as the verb, the name its object, `wrote` its clause
    f = facts_of("In a commentary, epidemiologist Kofi Mensah Boateng of the Kemi Institute of Public Health wrote "
                 "that the design was weak.")
    assert quotes(f) == [("indirect", "the design was weak", "Kofi Mensah Boateng")]


def test_one_of_a_group_with_a_description_is_that_one_person(facts_of):
    f = facts_of("Outside the court, about 30 women waited for news. One of them, a retired nurse, said she had filed "
                 "her own appeal.")
    assert quotes(f) == [("indirect", "she had filed her own appeal", "A retired nurse")]


def test_a_body_s_portfolios_joined_by_and_are_one_body_whatever_its_word(facts_of):
    # tagged `The Commission of Fisheries` and `Maritime Economy`
    f = facts_of("The Commission of Fisheries and Maritime Economy said that the licences were legal.")
    assert quotes(f) == [("indirect", "the licences were legal", "Commission of Fisheries and Maritime Economy")]


def test_a_given_name_before_two_surnames_joined_by_i_opens_the_name(nlp):
    # the model tags `Batlle` alone at times, or `Vila i Batlle`: the given name left out after the title
    words = ["“", "It", "is", "done", ",", "”", "Economy", "Minister", "Roser", "Vila", "i", "Batlle", "told",
             "deputies", "."]
    spaces = [0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]
    parse = dict(heads=[12, 2, 12, 2, 12, 12, 7, 9, 9, 11, 11, 12, 12, 12, 12],
                 deps=["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "compound", "compound", "compound",
                       "nmod", "compound", "nsubj", "ROOT", "dobj", "punct"],
                 pos=["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PRON",
                      "PROPN", "VERB", "NOUN", "PUNCT"])
    for tagged in (["B-PERSON"], ["B-PERSON", "I-PERSON", "I-PERSON"]):
        ents = ["O"] * (12 - len(tagged)) + tagged + ["O"] * 3
        assert ("Roser Vila i Batlle", "PERSON") in _repaired_entities(nlp, words, spaces, ents, **parse)


def test_a_given_name_of_two_words_over_a_particle_is_whole(nlp):
    # the model tags `Esono Nchama`, and `Rosario` is found before it: `María del` opens the given name
    got = _repaired_entities(
        nlp, ["\"", "It", "is", "over", ",", "\"", "said", "María", "del", "Rosario", "Esono", "Nchama", ",", "the",
              "director", "of", "the", "Authority", "."],
        [0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0],
        ["O"] * 10 + ["B-PERSON", "I-PERSON"] + ["O"] * 5 + ["B-ORG", "O"],
        heads=[6, 2, 6, 2, 6, 6, 6, 11, 11, 11, 11, 6, 11, 14, 11, 14, 17, 15, 6],
        deps=["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "compound", "compound", "compound",
              "compound", "nsubj", "punct", "det", "appos", "prep", "det", "pobj", "punct"],
        pos=["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN",
             "PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT"])
    assert got[0] == ("María del Rosario Esono Nchama", "PERSON")


def test_a_name_of_given_names_keeps_its_first_word_before_who(nlp):
    # the model tags from `Abdul`, a given name, on
    got = _repaired_entities(
        nlp, ["Rashid", "Abdul", "Karim", "Issufo", ",", "who", "heads", "the", "union", ",", "said", "it", "."],
        [1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0], ["O", "B-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 9,
        heads=[3, 3, 3, 10, 3, 6, 3, 8, 6, 3, 10, 10, 10],
        deps=["compound", "compound", "compound", "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "ROOT",
              "dobj", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON",
             "PUNCT"])
    assert got == [("Rashid Abdul Karim Issufo", "PERSON")]


def test_an_untagged_name_apposed_to_his_rival_is_the_rival_s(facts_of):
    f = facts_of("His rival, Bourhane Said Anfane of the opposition Mouvement Mwali Debout (MMD), had filed the "
                 "challenge. In a statement, Bourhane said: \"The court listened to the voters.\"")
    assert quotes(f) == [("direct", "The court listened to the voters.", "Bourhane Said Anfane")]
    assert actor(f, "Bourhane Said Anfane")["affiliation"] == "Mouvement Mwali Debout"


def test_a_name_opening_on_another_language_s_word_for_a_body_stays_a_body(nlp):
    # `Mwali` tagged a person where it stands alone: the movement is not moved to that person
    first = _written_out(nlp, ["Ali", "Soilihi", "of", "Mouvement", "Mwali", "Debout", "spoke", "."],
                         [1, 1, 1, 1, 1, 1, 0, 0], ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
                         pos=["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                         heads=[1, 6, 1, 5, 5, 2, 6, 6],
                         deps=["compound", "nsubj", "prep", "compound", "compound", "pobj", "ROOT", "punct"])
    second = _written_out(nlp, ["Mwali", "has", "spoken", "."], [1, 1, 0, 0], ["B-PERSON", "O", "O", "O"],
                          pos=["PROPN", "AUX", "VERB", "PUNCT"], heads=[2, 2, 2, 2],
                          deps=["nsubj", "aux", "ROOT", "punct"])
    registry = _collected([first, second])
    assert ("Mouvement Mwali Debout", "org") in [(a.name, a.type) for a in registry.actors.values()]


def test_the_name_a_place_is_known_as_is_a_place_wherever_it_stands(facts_of):
    f = facts_of("Mohéli, known in Comorian as Mwali, has about 55,000 inhabitants.\n\nAnli Soilihi said: \"Mwali has "
                 "spoken twice. They will hear us better.\"")
    assert "Mwali" not in [a["name"] for a in f["actors"] if a["type"] == "person"]
    assert quotes(f) == [("direct", "Mwali has spoken twice. They will hear us better.", "Anli Soilihi")]


def test_a_naming_verb_with_an_object_names_the_person_the_object_is(facts_of):
    # `named` parsed as a participle on `note`: what it names is the diplomat, a person
    f = facts_of("The ministry's note, handed to the Russian ambassador on Friday morning, named the diplomat as Oleg "
                 "Petrovich Zaitsev, 44.\n\nZaitsev was quoted by a news site as saying he had \"done nothing but "
                 "attend concerts\" during his posting.")
    assert ("direct", "done nothing but attend concerts", "Oleg Petrovich Zaitsev") in quotes(f)


def test_two_name_words_before_a_trailing_patronymic_are_a_person_s_name(nlp):
    # the model tags `Aidai` a body and `Bolotbek` a product
    got = _repaired_entities(nlp, ["said", "Aidai", "Bolotbek", "kyzy", "of", "the", "bank", "."],
                             [1, 1, 1, 1, 1, 1, 0, 0], ["O", "B-ORG", "B-PRODUCT", "O", "O", "O", "O", "O"],
                             pos=["VERB", "PROPN", "PROPN", "NOUN", "ADP", "DET", "NOUN", "PUNCT"])
    assert got == [("Aidai Bolotbek kyzy", "PERSON")]


def test_a_name_set_off_before_in_and_a_country_is_a_place(nlp):
    # the model tags `Pointe-Noire` a person
    got = _repaired_entities(nlp, ["The", "ship", "left", "Pointe", "-", "Noire", ",", "in", "the", "Republic", "of",
                                   "Congo", ",", "on", "Monday", "."],
                             [1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0],
                             ["O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-GPE", "I-GPE", "I-GPE",
                              "I-GPE", "O", "O", "B-DATE", "O"],
                             heads=[1, 2, 2, 5, 5, 2, 2, 2, 9, 7, 9, 10, 2, 2, 13, 2],
                             deps=["det", "nsubj", "ROOT", "compound", "punct", "dobj", "punct", "prep", "det", "pobj",
                                   "prep", "pobj", "punct", "prep", "pobj", "punct"])
    assert ("Pointe-Noire", "GPE") in got


def test_a_union_of_two_trades_is_one_body_on_to_its_country(facts_of):
    # tagged `the National Union of Mine` and `Quarry Workers` apart
    f = facts_of("The stoppage was called by the National Union of Mine and Quarry Workers of Togo (SYNTRAMCT) at "
                 "the plant.\n\nSYNTRAMCT said the strike would go on.")
    assert quotes(f) == [("indirect", "the strike would go on", "National Union of Mine and Quarry Workers of Togo")]


def test_a_name_described_with_an_age_is_a_person_whatever_the_trade(facts_of):
    # `operator` is a word for a firm: the age says a person
    f = facts_of("Kossi Ahialey, the canton chief, appealed for calm.\n\nKodjo Agbémadon, a 41-year-old dryer "
                 "operator, said the bonus made up a third of his pay.\n\n\"I have three children in school,\" he "
                 "said.")
    assert quotes(f)[-1] == ("direct", "I have three children in school,", "Kodjo Agbémadon")


def test_a_body_written_in_lower_case_is_described_not_named(facts_of):
    f = facts_of("Kyrgyzstan's kok-boru federation has stripped the champions of their title, the federation said on "
                 "Monday.\n\nThe riders said they would appeal.\n\nBakyt Imanaliev, president of the National "
                 "Kok-Boru Federation, said four horses had tested positive.")
    assert "kok-boru federation" not in [a["name"] for a in f["actors"]]
    assert quotes(f)[0][2] == "National Kok-Boru Federation"


def test_two_name_words_a_patronymic_and_a_surname_are_one_person_s_name(nlp):
    # Azerbaijani names put `oglu` between the father's name and the surname; the model tags `Rauf Nadir` a body
    got = _repaired_entities(nlp, ["according", "to", "Rauf", "Nadir", "oglu", "Mammadli", ",", "who", "heads", "it",
                                   "."],
                             [1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0], ["O", "O", "B-ORG", "I-ORG"] + ["O"] * 7,
                             pos=["VERB", "ADP", "PROPN", "PROPN", "NOUN", "PROPN", "PUNCT", "PRON", "VERB", "PRON",
                                  "PUNCT"])
    assert got == [("Rauf Nadir oglu Mammadli", "PERSON")]


def test_a_name_opening_on_another_language_s_word_for_a_square_is_a_place(facts_of):
    f = facts_of("A lawyer told reporters on the steps of the courthouse on Trg Petra Preradovića that the verdict "
                 "was wrong.")
    assert types(f).get("Trg Petra Preradovića") == "place"


def test_a_name_owning_a_person_s_name_is_the_person_s_body(facts_of):
    # tagged `Nova Stranka’s Ivana Horvat Jurić`, one person
    f = facts_of("Nova Stranka’s Ivana Horvat Jurić, who sits on the parliament’s maritime committee, argued that the "
                 "verdict came too late.")
    assert quotes(f) == [("indirect", "the verdict came too late", "Ivana Horvat Jurić")]
    assert actor(f, "Ivana Horvat Jurić")["affiliation"] == "Nova Stranka"


def test_a_ministry_of_an_unknown_field_takes_the_fields_listed_after_it(facts_of):
    # tagged `The Ministry of Mahaweli`: no word for a field the language knows
    f = facts_of("The Ministry of Mahaweli, Religious and Cultural Affairs said it had called the temple.")
    assert quotes(f) == [("indirect", "it had called the temple", "Ministry of Mahaweli, Religious and Cultural "
                                                                  "Affairs")]


def test_that_after_the_verb_before_a_participle_of_speech_is_what_was_taken(facts_of):
    # `that` parsed as opening a clause whose verb is `saying`
    f = facts_of("The Kemi Fisheries Board rejected that in a statement, saying its inspectors had visited every "
                 "island.")
    assert quotes(f) == [("indirect", "its inspectors had visited every island", "Kemi Fisheries Board")]


def test_a_report_goes_on_past_an_aside_with_until(facts_of):
    f = facts_of("Tomas Ruiz denied that the company had cut corners. The backup route had worked, he insisted, until "
                 "the same storm knocked down a radio tower near Luba.")
    assert quotes(f)[-1] == ("indirect", "The backup route had worked ... until the same storm knocked down a radio "
                                         "tower near Luba", "Tomas Ruiz")


def test_the_one_prompted_to_warn_is_who_warns(facts_of):
    f = facts_of("The authorities barred the elephant, prompting the temple to warn that the pageant might not go "
                 "ahead.")
    assert quotes(f) == [("indirect", "the pageant might not go ahead", "The temple")]


def test_a_report_awaited_inside_a_report_is_not_one(facts_of):
    f = facts_of("Ana Kell added that the temple could reapply once a veterinarian had confirmed the animal had "
                 "recovered.")
    assert quotes(f) == [("indirect", "the temple could reapply once a veterinarian had confirmed the animal had "
                                      "recovered", "Ana Kell")]


def test_a_name_cut_at_an_abbreviated_middle_name_goes_on_after_it(nlp):
    # the model tags `Konstantinos Ch` and `Papadakis` apart
    got = _repaired_entities(nlp, ["said", "Konstantinos", "Ch", ".", "Papadakis", ",", "the", "director", "."],
                             [1, 1, 0, 1, 0, 1, 1, 0, 0], ["O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "O",
                                                           "O", "O"],
                             pos=["VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT"])
    assert got == [("Konstantinos Ch. Papadakis", "PERSON")]


def test_son_or_daughter_of_written_with_a_slash_joins_one_name(nlp):
    # the model tags `Kavitha` a person and `Suppiah` a place
    got = _repaired_entities(nlp, ["Minister", "Kavitha", "d", "/", "o", "Suppiah", "told", "Parliament", "."],
                             [1, 1, 0, 0, 1, 1, 1, 0, 0], ["O", "B-PERSON", "O", "O", "O", "B-GPE", "O", "B-ORG",
                                                           "O"],
                             pos=["PROPN", "PROPN", "NOUN", "SYM", "NOUN", "PROPN", "VERB", "PROPN", "PUNCT"],
                             heads=[5, 5, 4, 4, 5, 6, 6, 6, 6],
                             deps=["compound", "compound", "nmod", "punct", "compound", "nsubj", "ROOT", "dobj",
                                   "punct"])
    assert got == [("Kavitha d/o Suppiah", "PERSON"), ("Parliament", "ORG")]


def test_two_surnames_after_a_particle_tagged_a_place_close_the_name(nlp):
    # the model tags `Ana Lúcia Gomes` a person and `Silva Moreira` a place
    got = _repaired_entities(nlp, ["Judge", "Ana", "Lúcia", "Gomes", "da", "Silva", "Moreira", "said", "it", "."],
                             [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
                             ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "B-GPE", "I-GPE", "O", "O", "O"],
                             pos=["PROPN", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PRON",
                                  "PUNCT"])
    assert got == [("Ana Lúcia Gomes da Silva Moreira", "PERSON")]


def test_an_abbreviated_given_name_opens_the_name(nlp):
    # the model tags `Md.` a place
    got = _repaired_entities(nlp, ["The", "leader", ",", "Md.", "Rafiqul", "Islam", "Sarker", ",", "said", "it", "."],
                             [1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0],
                             ["O", "O", "O", "B-GPE", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O"],
                             pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PRON",
                                  "PUNCT"],
                             heads=[1, 8, 1, 6, 6, 6, 1, 1, 8, 8, 8],
                             deps=["det", "nsubj", "punct", "compound", "compound", "compound", "appos", "punct",
                                   "ROOT", "dobj", "punct"])
    assert got == [("Md. Rafiqul Islam Sarker", "PERSON")]


def test_the_style_of_one_who_made_the_pilgrimage_is_no_part_of_the_name(facts_of):
    f = facts_of("\"The clinic is full,\" said Hadjia Rabi Salifou Idrissa, a nurse.\n\nAlhaji Musa Danjuma Bello, the "
                 "emir's adviser, said it was empty.")
    assert quotes(f) == [("direct", "The clinic is full,", "Rabi Salifou Idrissa"),
                         ("indirect", "it was empty", "Musa Danjuma Bello")]


def test_a_name_opening_on_the_french_for_doctors_is_a_body(facts_of):
    f = facts_of("Zeinabou Maman of Médecins du Désert said the centre had run out of antibiotics.")
    assert types(f).get("Médecins du Désert") == "org"
    assert actor(f, "Zeinabou Maman")["affiliation"] == "Médecins du Désert"


def test_a_name_described_with_who_is_a_person_whatever_the_trade(facts_of):
    # `operator` is a word for a firm: `who` says a person
    f = facts_of("Sayed Hassanein, a kiln operator who has worked at the plant for 14 years, said he had lost his "
                 "overtime. \"The rent alone is 3,500 pounds,\" he said.")
    assert quotes(f) == [("indirect", "he had lost his overtime", "Sayed Hassanein"),
                         ("direct", "The rent alone is 3,500 pounds,", "Sayed Hassanein")]


def test_a_noun_and_participle_apposed_inside_a_report_go_on_with_it(facts_of):
    # `the antibiotic used` parsed as a second clause of `said`
    f = facts_of("Zeinabou Maman of the aid group said the centre had run out of ceftriaxone, the antibiotic used to "
                 "treat the disease, for two days last week.")
    assert quotes(f) == [("indirect", "the centre had run out of ceftriaxone, the antibiotic used to treat the "
                                      "disease, for two days last week", "Zeinabou Maman")]


def test_a_name_closing_on_a_word_for_a_place_is_a_place(facts_of):
    # both tagged people: `Channel` a word for a broadcaster, `Farmer's` an owner
    f = facts_of("The moratorium covers the waters between Ship Channel Cay in the north and Little Farmer's Cay in "
                 "the south, minister Ana Kell said.")
    assert types(f) == {"Ana Kell": "person", "Ship Channel Cay": "place", "Little Farmer's Cay": "place"}


def test_a_name_given_as_one_s_own_hung_on_another_verb_is_the_speaker_s(nlp):
    # `Fatumata` parsed as the subject of `jailed` and tagged a body, `as` left with no object
    words = ["A", "woman", "who", "gave", "her", "name", "only", "as", "Fatumata", ",", "whose", "husband", "was",
             "jailed", ",", "said", "it", "."]
    got = _speaker_of_written_out(
        nlp, 1, words, [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0],
        ["O"] * 8 + ["B-ORG"] + ["O"] * 9,
        heads=[1, 13, 3, 1, 5, 3, 7, 3, 13, 8, 11, 8, 13, 15, 13, 15, 15, 15],
        deps=["det", "nsubjpass", "nsubj", "relcl", "poss", "dobj", "advmod", "prep", "nsubjpass", "punct", "poss",
              "appos", "auxpass", "ccomp", "punct", "ROOT", "dobj", "punct"],
        pos=["DET", "NOUN", "PRON", "VERB", "PRON", "NOUN", "ADV", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX",
             "VERB", "PUNCT", "VERB", "PRON", "PUNCT"],
        lemmas=["a", "woman", "who", "give", "her", "name", "only", "as", "Fatumata", ",", "whose", "husband", "be",
                "jail", ",", "say", "it", "."])
    assert got == ("Fatumata", "person")


def test_a_name_closing_on_a_surname_joined_to_al_keeps_its_first_word(nlp):
    # the model tags from `Abdullah`, a given name, on
    got = _repaired_entities(
        nlp, ["Fathi", "Abdullah", "al", "-", "Warfalli", ",", "61", ",", "a", "retired", "teacher", ",", "said", "it",
              "."],
        [1, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0],
        ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 10,
        heads=[4, 4, 4, 4, 12, 4, 4, 4, 10, 10, 4, 4, 12, 12, 12],
        deps=["compound", "compound", "compound", "punct", "nsubj", "punct", "appos", "punct", "det", "amod", "appos",
              "punct", "ROOT", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT",
             "VERB", "PRON", "PUNCT"])
    assert got[0] == ("Fathi Abdullah al-Warfalli", "PERSON")


def test_a_name_closing_on_a_surname_joined_to_al_keeps_its_first_word_before_who(nlp):
    # the model tags from `Abdullah`, a given name, on; `who` and what the man does follow the name
    got = _repaired_entities(
        nlp, ["Fathi", "Abdullah", "al", "-", "Warfalli", ",", "who", "taught", "there", ",", "said", "it", "."],
        [1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0],
        ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 8,
        heads=[4, 4, 4, 4, 10, 4, 7, 4, 7, 4, 10, 10, 10],
        deps=["compound", "compound", "compound", "punct", "nsubj", "punct", "nsubj", "relcl", "advmod", "punct",
              "ROOT", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "ADV", "PUNCT", "VERB", "PRON",
             "PUNCT"])
    assert got[0] == ("Fathi Abdullah al-Warfalli", "PERSON")


def test_a_known_given_name_tagged_a_place_alone_opens_the_name_after_it(nlp):
    # the model tags `Salem` a place, `Othman Ag` a person and `Rhissa` another
    got = _repaired_entities(
        nlp, ["The", "mayor", ",", "Salem", "Othman", "Ag", "Rhissa", ",", "said", "it", "."],
        [1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0], ["O", "O", "O", "B-GPE", "B-PERSON", "I-PERSON", "B-PERSON"] + ["O"] * 4,
        heads=[1, 8, 1, 6, 6, 6, 1, 1, 8, 8, 8],
        deps=["det", "nsubj", "punct", "compound", "compound", "compound", "appos", "punct", "ROOT", "dobj", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"])
    assert got == [("Salem Othman Ag Rhissa", "PERSON")]


def test_name_words_around_anak_set_off_are_one_person_s_name(nlp):
    # the model tags `Agnes Lidam` a place and `Entri` a body
    got = _repaired_entities(
        nlp, ["The", "lawyer", ",", "Maria", "Lidam", "anak", "Entri", ",", "said", "it", "."],
        [1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0], ["O", "O", "O", "B-GPE", "I-GPE", "O", "B-ORG", "O", "O", "O", "O"],
        heads=[1, 8, 1, 4, 1, 4, 5, 1, 8, 8, 8],
        deps=["det", "nsubj", "punct", "compound", "appos", "prep", "pobj", "punct", "ROOT", "dobj", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "NOUN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"])
    assert got == [("Maria Lidam anak Entri", "PERSON")]


def test_arabic_given_names_say_who_he_and_she_are(facts_of):
    f = facts_of("Khaled Mansour said the talks had failed. Salma Haddad disagreed.\n\n\"We will not sell,\" he "
                 "said.")
    assert quotes(f)[-1] == ("direct", "We will not sell,", "Khaled Mansour")


def test_the_statement_speaks_for_who_spoke_in_it_before(facts_of):
    f = facts_of("In a brief statement issued through her lawyers late on Thursday, Ana Kell said she would not sell."
                 "\n\n\"My nephew is free to sell his shares,\" the statement said.")
    assert quotes(f) == [("indirect", "she would not sell", "Ana Kell"),
                         ("direct", "My nephew is free to sell his shares,", "Ana Kell")]


def test_a_surname_glued_to_its_particle_opens_the_name_it_is_hyphened_to(nlp):
    # the model tags `Jibas` alone
    got = _repaired_entities(nlp, ["for", "generations", ",", "deBrum", "-", "Jibas", "said", "."],
                             [1, 0, 1, 0, 0, 1, 0, 0], ["O", "O", "O", "O", "O", "B-PERSON", "O", "O"],
                             heads=[6, 0, 6, 6, 6, 6, 6, 6],
                             deps=["prep", "pobj", "punct", "punct", "punct", "nsubj", "ROOT", "punct"],
                             pos=["ADP", "NOUN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"])
    assert got == [("deBrum-Jibas", "PERSON")]


def test_a_name_a_thing_is_given_without_as_is_no_person_s(facts_of):
    f = facts_of("The boat, a seven-metre launch named Aquila Blu, had been stolen from a marina in San Remo, police "
                 "said.")
    assert "Aquila Blu" not in [a["name"] for a in f["actors"] if a["type"] == "person"]


def test_untagged_words_between_the_and_a_body_s_tagged_name_open_it(facts_of):
    # tagged `Civic Forum`, as a person
    f = facts_of("In a preliminary statement, the Eastern Caribbean Civic Forum, which sent a five-member observer "
                 "team, said voting had been orderly.")
    assert quotes(f) == [("indirect", "voting had been orderly", "Eastern Caribbean Civic Forum")]


def test_an_untagged_country_of_two_words_is_a_country(facts_of):
    f = facts_of("The Marshall Islands government declared a state of emergency on Thursday.")
    assert types(f).get("Marshall Islands") == "country"


def test_a_country_s_government_in_the_lead_is_no_local_government_named_later(facts_of):
    f = facts_of("The Marshall Islands government declared a state of emergency and said 1,400 people had fled.\n\n"
                 "The mayor of the Majuro Atoll Local Government, Ana Kell, wrote that sandbags had run out.")
    assert quotes(f)[0] == ("indirect", "1,400 people had fled", "The Marshall Islands government")


def test_an_untagged_balinese_name_is_a_person_s(facts_of):
    # `I Ketut Suardana` untagged; `Suardana` alone is then his, not the official's one letter away
    f = facts_of("The ruling is a blow to I Ketut Suardana, the incumbent regent.\n\nSuardana, 61, said in a statement "
                 "that he respected the decision.\n\nThe ministry appointed a senior official, Made Suarjana, as "
                 "acting regent.")
    assert quotes(f) == [("indirect", "he respected the decision", "I Ketut Suardana")]


def test_a_given_name_over_del_opens_a_name_found_before_an_age(facts_of):
    f = facts_of("Many pilgrims walked barefoot. Yusmary del Carmen Colmenárez Piña, 44, a schoolteacher from Carora, "
                 "said she had walked the route barefoot.")
    assert quotes(f) == [("indirect", "she had walked the route barefoot", "Yusmary del Carmen Colmenárez Piña")]


def test_the_first_of_two_given_names_tagged_a_place_opens_the_name(facts_of):
    # tagged `Yelitza` (a place) and `Escalona Rivero`
    f = facts_of("Yelitza Carolina Escalona Rivero, the mayor of Iribarren, the municipality that covers most of "
                 "Barquisimeto, said the ban would stay.")
    assert quotes(f) == [("indirect", "the ban would stay", "Yelitza Carolina Escalona Rivero")]


def test_a_married_name_after_epouse_is_part_of_the_name(facts_of):
    f = facts_of("Labour Minister Clarisse Moussavou épouse Nzé urged both sides to return to talks. Nzé said a "
                 "meeting would be held on Friday.")
    assert quotes(f)[-1] == ("indirect", "a meeting would be held on Friday", "Clarisse Moussavou épouse Nzé")


def test_a_name_a_word_after_a_street_s_word_is_the_street_s(facts_of):
    # tagged `Abdel Nasser`, a person
    f = facts_of("The Malian ambassador, speaking to reporters as he left the ministry on Avenue Gamal Abdel Nasser, "
                 "said: \"We share the pain.\"")
    assert "Abdel Nasser" not in [a["name"] for a in f["actors"] if a["type"] == "person"]


def test_a_name_opening_on_the_portuguese_for_sporting_is_a_club(facts_of):
    # `Catumbela` alone tagged a person: the club is not moved to that person
    f = facts_of("Estrela do Kwanza were leading Desportivo da Catumbela 71-68 with four minutes to play when a "
                 "disputed foul call set off fighting in the stands.\n\nCatumbela, who have won the last two titles, "
                 "accused the home side's supporters of starting the violence.")
    assert types(f).get("Desportivo da Catumbela") == "org"


def test_the_name_a_description_says_someone_is_known_as_is_theirs(facts_of):
    f = facts_of("Zuhura Omar Said, a 74-year-old taarab singer known across the islands as Bi Zuhura, who has "
                 "performed at every edition, said she had wept.\n\n\"I sang my first song in that fort,\" Bi Zuhura "
                 "said.")
    assert quotes(f)[-1] == ("direct", "I sang my first song in that fort,", "Zuhura Omar Said")
    assert persons(f) == ["Zuhura Omar Said"]


@pytest.mark.parametrize("text,venue", [
    ("The lion was moved to the National Wildlife Museum in Nairobi on Friday.", "National Wildlife Museum"),
    ("The portrait went on show at the National Portrait Gallery in London on Tuesday.", "National Portrait Gallery"),
])
def test_a_venue_named_after_a_title_word_is_a_body_not_a_titled_person(facts_of, text, venue):
    # tagged a body; the words after `National`, a title word, were read as the name of someone so titled
    f = facts_of(text)
    assert persons(f) == []
    assert types(f).get(venue) == "org"


def test_a_name_closing_on_market_is_a_place(facts_of):
    # the model tags `Owino Market` a person
    f = facts_of("At Kampala's Owino Market, a fish seller said prices had doubled.")
    assert persons(f) == []
    assert types(f).get("Owino Market") == "place"
    assert quotes(f) == [("indirect", "prices had doubled", "A fish seller")]


def test_a_surname_with_a_glottal_stop_closes_the_name_tagged_before_it(nlp):
    # the model tags `Mere` alone and leaves `Fa’asavalu` untagged
    got = _repaired_entities(
        nlp, ["The", "director", ",", "Mere", "Fa’asavalu", ",", "said", "it", "."], [1, 0, 1, 1, 0, 1, 1, 0, 0],
        ["O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O"], heads=[1, 6, 1, 4, 1, 1, 6, 6, 6],
        deps=["det", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "dobj", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"],
        lemmas=["the", "director", ",", "Mere", "Fa’asavalu", ",", "say", "it", "."])
    assert got == [("Mere Fa’asavalu", "PERSON")]


@pytest.mark.parametrize("given", [[], ["Blessing"]])  # `Blessing`, opening the sentence, read as an adjective
def test_a_name_tagged_word_by_word_as_a_place_and_a_body_before_a_title_is_a_person_s(nlp, given):
    # the model tags `Mwila` a place and `Banda` a body
    n = len(given)
    got = _repaired_entities(
        nlp, [*given, "Mwila", "Banda", ",", "the", "member", "for", "Kaoma", ",", "said", "it", "."],
        [1] * n + [1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0], ["O"] * n + ["B-GPE", "B-ORG"] + ["O"] * 4 + ["B-GPE"] + ["O"] * 4,
        heads=[n + 1] * n + [h + n for h in [1, 8, 1, 4, 1, 4, 5, 1, 8, 8, 8]],
        deps=["amod"] * n + ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "dobj",
                             "punct"],
        pos=["ADJ"] * n + ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"],
        lemmas=[*given, "Mwila", "Banda", ",", "the", "member", "for", "Kaoma", ",", "say", "it", "."])
    assert got[0] == (" ".join([*given, "Mwila", "Banda"]), "PERSON")


@pytest.mark.parametrize("text,name", [
    ("Advocate Ntsiki Mbolekwa, who acted for the municipality, said the appeal would be lodged.", "Ntsiki Mbolekwa"),
    ("Utility chairman Eng. Omar Saleh Khasawneh told reporters the pipes had been repaired.", "Omar Saleh Khasawneh"),
    ("Deputy Education Minister Haja Isatu Conteh-Bangura said the schools would reopen.", "Isatu Conteh-Bangura"),
])
def test_the_style_of_an_advocate_an_engineer_or_a_pilgrim_is_no_part_of_the_name(facts_of, text, name):
    f = facts_of(text)
    assert persons(f) == [name]
    assert [s for _, _, s in quotes(f)] == [name]


def test_a_name_closing_on_days_is_a_festival_not_a_person(facts_of):
    # the model tags `Egungun Days` a person
    f = facts_of("The festival, renamed Egungun Days in 2023, draws dancers from across the region, the organisers "
                 "said.")
    assert persons(f) == []


@pytest.mark.parametrize("text,name,other", [
    ("Hery Rakotondrabe, a vanilla broker whom farmers know as Zoky, said prices had fallen.\n\n\"Nobody is buying,\" "
     "Zoky said.", "Hery Rakotondrabe", "Zoky"),
    ("Joaquim dos Santos Belo, a veteran fighter better known by his war name, Lafaek Mutin, said the pension was "
     "owed.\n\n\"We were promised,\" Lafaek Mutin said.", "Joaquim dos Santos Belo", "Lafaek Mutin"),
])
def test_the_name_others_know_someone_by_is_another_name_of_theirs(facts_of, text, name, other):
    f = facts_of(text)
    assert persons(f) == [name]
    assert other in actor(f, name)["aliases"]
    assert [s for _, _, s in quotes(f)] == [name, name]


def test_a_quotation_going_on_to_its_attribution_is_not_the_reporter_s_before_it(facts_of):
    f = facts_of("Mele Tupou, who chairs the growers' association, said prices had collapsed.\n\nThe association said "
                 "it had been warned before. \"We were promised help in March. Nothing came.\n\n\"This year we will "
                 "not plant,\" Tupou said.")
    assert quotes(f)[2:] == [("direct", "We were promised help in March. Nothing came.", "Mele Tupou"),
                             ("direct", "This year we will not plant,", "Mele Tupou")]



def test_the_same_body_of_two_countries_keeps_each_country_s_name(facts_of):
    f = facts_of("Peru's Foreign Ministry said in a statement that the trawler had entered its waters.\n\nThe crew was "
                 "held overnight, according to Ecuador's Foreign Ministry, which said the men were safe.")
    assert [s for _, _, s in quotes(f)] == ["Peru's Foreign Ministry", "Ecuador's Foreign Ministry",
                                            "Ecuador's Foreign Ministry"]


def test_a_name_word_with_a_glottal_stop_inside_is_a_word_of_the_name(facts_of):
    # `Mots’oane`, an apostrophe between small letters, left the untagged name after `Economist` one word short
    f = facts_of("Economist Lineo Mots’oane of the Maseru Institute said wages had fallen.")
    assert persons(f) == ["Lineo Mots’oane"]
    assert role(f, "Lineo Mots’oane")[1] == "Maseru Institute"
    assert quotes(f) == [("indirect", "wages had fallen", "Lineo Mots’oane")]


def test_a_glottal_mark_opening_a_person_s_name_is_part_of_it(facts_of):
    f = facts_of("Among the marchers was ’Malineo Sekhesa, 38, a teacher who has taught in the village for years. "
                 "She said the school had no water.")
    assert persons(f) == ["’Malineo Sekhesa"]


def test_a_country_tagged_a_body_after_a_body_s_of_closes_its_name(facts_of):
    # the model tags `The Revenue Authority` and `Lesotho` as two bodies
    f = facts_of("The Revenue Authority of Lesotho said on Monday that collections had risen.")
    assert quotes(f) == [("indirect", "collections had risen", "Revenue Authority of Lesotho")]


@pytest.mark.parametrize("text,report,speaker", [
    ("Its chairman, Lerato Mokoena, told the marchers outside the gates that the workers would not leave until the "
     "owners put the offer in writing.", "the workers would not leave until the owners put the offer in writing",
     "Lerato Mokoena"),
    ("The organiser told the crowd outside the factory gates that the women would not leave.",
     "the women would not leave", "The organiser"),
])
def test_a_that_clause_told_read_as_a_relative_on_where_it_was_told_is_what_was_told(facts_of, text, report, speaker):
    assert quotes(facts_of(text)) == [("indirect", report, speaker)]


def test_an_inverted_speaker_before_a_past_participle_speaks(facts_of):
    f = facts_of('"We are not going anywhere," said a farmer wrapped in a blanket.')
    assert quotes(f) == [("direct", "We are not going anywhere,", "A farmer")]


def test_a_name_set_off_before_who_is_a_person_s(facts_of):
    # the model tags `Jean-Marc Payet` a body
    f = facts_of("Jean-Marc Payet, who runs the island's diving club, said the reef was dying.")
    assert persons(f) == ["Jean-Marc Payet"]


def test_a_name_after_degrees_is_a_scale_not_an_actor(facts_of):
    f = facts_of("Water in the lagoon stayed above 30 degrees Celsius (86 degrees Fahrenheit) for five weeks, the "
                 "institute said.")
    assert "Fahrenheit" not in types(f)


def test_the_name_whom_someone_calls_is_another_name_of_theirs(facts_of):
    # the model tags `Tadevosyan` a place
    f = facts_of("Aram Tadevosyan taught the duduk for decades.\n\nTadevosyan, whom his teacher called Aramik until "
                 "the end, said he had visited him.")
    assert persons(f) == ["Aram Tadevosyan"]
    assert "Aramik" in actor(f, "Aram Tadevosyan")["aliases"]


def test_an_object_and_its_participle_leave_the_joined_verb_in_the_report(facts_of):
    f = facts_of("Lusine Hakobyan said she had gone to the farm on Monday and found him feeding the goats.")
    assert quotes(f) == [("indirect", "she had gone to the farm on Monday and found him feeding the goats",
                          "Lusine Hakobyan")]


def test_an_infinitive_hung_on_a_mid_sentence_attribution_is_still_the_report_s(facts_of):
    f = facts_of("She refused, her brother said, to sell the family house in the village.")
    assert quotes(f) == [("indirect", "She refused ... to sell the family house in the village", "Her brother")]


def test_a_given_name_and_patronymic_alone_are_another_name_of_the_person(facts_of):
    f = facts_of("Ivan Petrenko, the conductor, died on Friday.\n\nMusicians addressed him as Ivan Sergeyevich, out of "
                 "respect.")
    assert persons(f) == ["Ivan Petrenko"]
    assert "Ivan Sergeyevich" in actor(f, "Ivan Petrenko")["aliases"]


def test_a_given_name_after_a_title_tagged_a_people_opens_the_name(nlp):
    # the model tags `Sipho` a people (NORP) and leaves `Dlamini` untagged
    got = _repaired_entities(
        nlp, ["Chief", "Sipho", "Dlamini", "of", "Nkhaba", "said", "it", "."], [1, 1, 1, 1, 1, 1, 0, 0],
        ["O", "B-NORP", "O", "O", "B-GPE", "O", "O", "O"], heads=[2, 2, 5, 2, 3, 5, 5, 5],
        deps=["compound", "compound", "nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PRON", "PUNCT"],
        lemmas=["Chief", "Sipho", "Dlamini", "of", "Nkhaba", "say", "it", "."])
    assert got[0] == ("Sipho Dlamini", "PERSON")


def test_a_person_named_of_a_place_before_whose_is_who_speaks(facts_of):
    f = facts_of("Chief Mbekezeli Dlamini of Mahamba, whose umphakatsi, the chiefdom's traditional council, backs the "
                 "dancers, said the quarrel should end soon.")
    assert quotes(f) == [("indirect", "the quarrel should end soon", "Mbekezeli Dlamini")]


def test_a_name_given_for_another_time_reports_nothing(nlp):
    # `then called the University of Tarn, who was studying kalela, a mining dance ...`, read as calling the
    # university a dance
    from extract.docs import set_quotations
    from extract.lang import get_language
    from extract.quotes import ParagraphQuotes

    words = ["Dube", "said", "the", "song", "was", "taped", "in", "1999", "by", "a", "student", "from", "the",
             "University", "of", "Kemi", ",", "then", "called", "the", "University", "of", "Tarn", ",", "who", "was",
             "studying", "kalela", ",", "a", "mining", "dance", "sung", "by", "men", "across", "the", "region", "."]
    spaces = [1] * 15 + [0] + [1] * 6 + [0] + [1] * 4 + [0] + [1] * 9 + [0, 0]
    ents = (["B-ORG"] + ["O"] * 6 + ["B-DATE"] + ["O"] * 4 + ["B-ORG"] + ["I-ORG"] * 3 + ["O"] * 3 + ["B-ORG"]
            + ["I-ORG"] * 3 + ["O"] * 16)
    doc = _written_out(
        nlp, words, spaces, ents,
        heads=[1, 1, 3, 5, 5, 1, 5, 6, 5, 10, 8, 10, 13, 11, 13, 14, 5, 18, 5, 20, 18, 20, 21, 20, 26, 26, 20, 26, 31,
               31, 31, 18, 31, 32, 33, 34, 37, 35, 1],
        deps=["nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "prep", "pobj", "agent", "det", "pobj", "prep",
              "det", "pobj", "prep", "pobj", "punct", "advmod", "conj", "det", "dobj", "prep", "pobj", "punct", "nsubj",
              "aux", "relcl", "dobj", "punct", "det", "amod", "oprd", "acl", "agent", "pobj", "prep", "det", "pobj",
              "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "NUM", "ADP", "DET", "NOUN", "ADP", "DET", "PROPN",
             "ADP", "PROPN", "PUNCT", "ADV", "VERB", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "PRON", "AUX", "VERB",
             "PROPN", "PUNCT", "DET", "VERB", "NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "DT", "NN", "VBD", "VBN", "IN", "CD", "IN", "DT", "NN", "IN", "DT", "NNP", "IN", "NNP", ",",
              "RB", "VBD", "DT", "NNP", "IN", "NNP", ",", "WP", "VBD", "VBG", "NNP", ",", "DT", "VBG", "NN", "VBN",
              "IN", "NNS", "IN", "DT", "NN", "."],
        lemmas=["Dube", "say", "the", "song", "be", "tape", "in", "1999", "by", "a", "student", "from", "the",
                "University", "of", "Kemi", ",", "then", "call", "the", "University", "of", "Tarn", ",", "who", "be",
                "study", "kalela", ",", "a", "mine", "dance", "sing", "by", "man", "across", "the", "region", "."])
    set_quotations(doc, [])
    found = ParagraphQuotes(doc, 1, [], get_language()).reported()
    assert not any(doc.text[a:b].startswith("the University of Tarn") for f in found for a, b in f.parts)
    assert any(doc.text[a:b].startswith("the song was taped") for f in found for a, b in f.parts)


def test_a_real_name_in_a_whose_clause_is_another_name_of_the_person(facts_of):
    f = facts_of('The rapper Kid Tini, whose real name is Tinashe Moyo, said the album was finished.\n\n"It is done," '
                 'Tinashe Moyo said.')
    assert persons(f) == ["Kid Tini"]
    assert [s for _, _, s in quotes(f)] == ["Kid Tini", "Kid Tini"]


def test_a_nickname_alone_is_the_nicknamed_person_s(facts_of):
    f = facts_of('Wicketkeeper Devon "Sparky" Persaud made 80 runs.\n\n"I feel bad for Sparky, he is a real talent," '
                 'the coach said.')
    assert persons(f) == ["Devon Persaud"]


def test_a_body_named_without_its_kind_words_is_that_body(facts_of):
    f = facts_of("Linden Golden Arrows Cricket Club won the final.\n\nThe title was taken away, and Linden Golden "
                 "Arrows were banned for two seasons, the board said.")
    assert persons(f) == []
    assert "Linden Golden Arrows" in actor(f, "Linden Golden Arrows Cricket Club")["aliases"]


def test_the_owner_of_a_document_read_as_the_subject_after_according_to_speaks(facts_of):
    # `the council` parsed as the subject of `reached`, `released` as a participle on it
    f = facts_of("According to figures the council released in April, donations reached a record last year.")
    assert quotes(f) == [("indirect", "donations reached a record last year", "The council")]


def test_a_body_word_opening_a_name_tagged_a_person_makes_it_a_body(facts_of):
    f = facts_of("Pensions will be paid through a state lender, Bank Amanah Sejahtera, the minister said.")
    assert persons(f) == []
    assert types(f).get("Bank Amanah Sejahtera") == "org"


def test_a_place_s_name_set_off_after_the_place_word_is_no_speaker(facts_of):
    # `Jérémie` tagged a body and parsed as the subject, the agency as apposed to it
    f = facts_of("Landslides cut the only road to the provincial capital, Jérémie, the country's civil protection "
                 "agency said on Tuesday.")
    assert types(f).get("Jérémie") == "place"
    assert quotes(f) == [("indirect", "Landslides cut the only road to the provincial capital",
                          "The country's civil protection agency")]


def test_a_name_apposed_after_a_body_s_of_phrases_is_the_title_holder_s(facts_of):
    f = facts_of("The president of the Order of Nurses of Albania, Mirela Çekrezi, said more than 800 nurses had "
                 "left.")
    assert quotes(f) == [("indirect", "more than 800 nurses had left", "Mirela Çekrezi")]
    assert role(f, "Mirela Çekrezi") == ("president of the Order of Nurses of Albania", "Order of Nurses of Albania")


def test_the_title_of_a_body_named_with_of_phrases_is_the_apposed_name_s(facts_of):
    f = facts_of("The president of the Order of Pharmacists of Albania, Arben Hoxha, said more than 300 pharmacists "
                 "had left.")
    assert role(f, "Arben Hoxha")[0] == "president of the Order of Pharmacists of Albania"


def test_the_seat_a_member_represents_is_a_place(facts_of):
    f = facts_of("National Assembly member Karma Wangdi, who represents Bumthang, said the law was a mistake.")
    assert persons(f) == ["Karma Wangdi"]
    assert types(f).get("Bumthang") == "place"


def test_a_quotation_after_according_to_a_person_s_pronoun_is_theirs(facts_of):
    f = facts_of('At the market, Aum Dechen Wangmo, 52, was unconvinced. According to her, candidates who cannot read '
                 'would depend on "whoever holds the papers."')
    assert quotes(f) == [
        ("indirect", 'candidates who cannot read would depend on "whoever holds the papers."', "Aum Dechen Wangmo"),
        ("direct", "whoever holds the papers.", "Aum Dechen Wangmo")]


def test_an_inverted_speaker_read_as_the_object_speaks(facts_of):
    f = facts_of('"Another month of waiting, and then what?" asked a market vendor sitting near the gate.')
    assert quotes(f) == [("direct", "Another month of waiting, and then what?", "A market vendor")]


def test_an_elder_s_style_is_no_part_of_the_name(facts_of):
    f = facts_of('Bhekumusa Dlamini, 73, leads the group.\n\n"First the names of Babe Dlamini and the others," a '
                 'dancer said.')
    assert persons(f) == ["Bhekumusa Dlamini"]


def test_a_headland_s_name_is_a_place(facts_of):
    f = facts_of("Divers found bleached corals as deep as 12 metres and as far south as Pointe d’Argent, the group "
                 "said.")
    assert persons(f) == []
    assert types(f).get("Pointe d’Argent") == "place"


def test_a_letter_in_quotation_marks_closing_a_name_is_no_quotation(facts_of):
    f = facts_of("Opening the case at Criminal Court ‘B’ at the Temple of Justice, the lead prosecutor told jurors the "
                 "defendants had stolen the money.")
    assert quotes(f) == [("indirect", "the defendants had stolen the money", "The lead prosecutor")]


def test_an_abbreviated_suffix_closes_a_nicknamed_name(facts_of):
    f = facts_of('Senator Tomas "Tommy" Remengesau Jr., who voted against the bill, said the text came too late.\n\n'
                 'Remengesau Jr. said he would ask for a second reading.')
    assert persons(f) == ["Tomas Remengesau Jr."]


def test_catalan_given_names_open_the_name_after_a_title(facts_of):
    # the model tags `Síndic` a people and the name from `Maria`
    f = facts_of("Síndic General Josep Maria Font Cerqueda, who presides over the chamber, said the date had been "
                 "chosen carefully.")
    assert persons(f) == ["Josep Maria Font Cerqueda"]


def test_a_catalan_avenue_is_a_place(facts_of):
    f = facts_of("A florist on Avinguda Carlemany said trade had halved since the road works began.")
    assert persons(f) == []


@pytest.mark.parametrize("style", ["Rra", "Hajji"])
def test_a_setswana_or_gulf_style_is_no_part_of_the_name(facts_of, style):
    f = facts_of(f'Isa Mothibi, the fiddler, died on Sunday at 84.\n\n"For {style} Isa, music was company," his '
                 "neighbour said.")
    assert persons(f) == ["Isa Mothibi"]
