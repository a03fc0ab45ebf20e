# `make run` and `make test` each create .venv when it is missing and install what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench forms translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Open the window on the Banten Pilkada 2024 demo database (built on first run).
run: $(STAMP)
	$(PY) -m commandpost demo --if-missing
	$(PY) -m commandpost --demo

## The whole test suite, headless, plus the lint and the layer contracts.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) -m commandpost demo --if-missing
	$(PY) -m commandpost bench --demo

## Regenerate forms from ui/*.ui and compile translations (both are committed).
forms: $(STAMP)
	$(PY) -m commandpost.gui.build forms

translations: $(STAMP)
	$(PY) -m commandpost.gui.build translations

clean:
	rm -rf $(VENV) build *.egg-info
