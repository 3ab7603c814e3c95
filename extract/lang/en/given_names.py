"""Given names that name one gender in nearly every use, for `he` and `she` to find who they stand for.

Only names a reader of English news takes for one gender without doubt are here: a name given to both (Alex,
Jordan, Kim, Robin, Sasha), or to one gender in one language and the other in another (Andrea, Jean, Nicola,
Simone), is left out, and such a person's gender is read from what the article writes (an honorific, a gendered
title, a pronoun). The lists are lower case.
"""

FEMALE = frozenset("""
abigail ada adriana agnes aisha alexandra alice alicia alina alison amanda amelia amy ana anastasia angela angelina
anita anna anne annette annie antonia april astrid audrey barbara beatrice beatriz bernadette beth bethany betty
beverly brenda bridget brigitte camila carla carmen carol caroline carolyn catherine cecilia charlotte chiara
chloe christina christine claire clara claudia colleen cristina cynthia daniela daphne deborah debra denise diana
diane dolores donna doris dorothy edith eileen elena eleanor elisabeth elizabeth ella ellen eloise elsa emily
emma erica erika esther eva evelyn fatima fiona florence frances francesca gabriela gabrielle gertrude giulia
gloria grace greta hannah harriet heather heidi helen helena ingrid irene iris isabel isabella jacqueline jane
janet janice jasmine jennifer jessica joanna josephine joyce judith judy julia juliana julie karen katarina
kate katherine kathleen kathryn katie laura lauren leah lena lina linda lisa lucia lucy lydia magdalena margaret
margarita maria marian marie marina marion marisa martha mary maya megan melanie melissa michelle mila miriam
monica nadia nancy natalia natalie natasha nicole nina nora olga olivia pamela patricia paula pauline penelope
rachel rebecca regina rita rosa rose ruth sabrina samantha sandra sara sarah sharon sheila silvia sofia sonia
sophia sophie stephanie susan susanne svetlana sylvia tatiana teresa theresa tina valentina valeria vanessa
vera veronica victoria virginia wendy yasmin yolanda yvonne zoe
leanne siobhan rosalind priya fatou aminata mariam leila layla shirin zainab ngozi chiamaka thandiwe nomvula ayesha
sunita anjali deepika kavita meera lakshmi rekha sakura lucía sofía mariana fernanda renata agnieszka katarzyna
zofia ewa irina oksana lorna maureen
maría inés verónica mónica
elif ayşe ayse zeynep fatma emine merve esra özlem ozlem hatice büşra busra mavis
khadija amina salma huda
montserrat núria nuria meritxell
""".split())

MALE = frozenset("""
aaron abdul abdullah adam adrian ahmed alan albert alberto alejandro alexander alexei alfred ali alistair andre joel
andreas andrew andrei anthony antonio arnold arthur bernard bill bob boris brian bruce carl carlos charles
christian christopher claude colin craig daniel darren david dennis diego dmitry donald douglas duncan edward
eric ernest eugene felipe fernando francesco francis frank franz frederick gary george gerald gerhard giovanni
giuseppe gordon graham gregory hans harold harry hassan henry howard hugh hussein ian igor isaac ivan jack jacob
jake james jason javier jeffrey jeremy jerome jim joe johann john jonathan jorge jose joseph juan jurgen karl
keith kenneth kevin klaus larry lawrence leonard lorenzo louis luis luke marco marcus mario mark martin matthew
michael miguel mikhail mohammed muhammad nathan neil nicholas nikolai oliver omar oscar otto patrick paul pedro
peter philip pierre rafael ralph raymond richard robert roberto roger ronald roy samuel scott sebastian sergei
sergey simon stanley stefan stephen steve steven stuart thomas timothy tom tony trevor victor vincent vladimir
walter wayne william wolfgang yusuf
bruno ramon ramón hisham matthias tobias ralf themba vusi sibusiso marc ibrahim brahim mustafa rahul amit sanjay rajesh
mehmet ahmet hüseyin huseyin murat burak hakan ömer omer recep osman ismail kadir serkan volkan oğuz
vikram arjun hiroshi takeshi kenji joão joao mateo ricardo eduardo andrzej piotr krzysztof tomasz
josé jesús andrés martín nicolás sebastián
mohamed salem salim othman khaled khalid hamza youssef mahmoud tariq walid nabil samir karim rashid faisal nasser
jamal adel
troels søren soren mads rasmus niels jens kasper morten henrik anders
josep jordi joaquim joan-carles
""".split())
