#!/usr/bin/env bash
# Consumer suite (after `swift build`): pandoc, python-docx, mammoth, docx2python, LibreOffice,
# icalendar, jsonschema (SARIF 2.1.0) and xmllint (junit-10.xsd) read the example's and a hostile
# plan's outputs; see check.py. Under CI=true a missing consumer is a failure, never a skip.
# Needs: pip install python-docx mammoth docx2python icalendar jsonschema pyyaml;
# apt pandoc libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils libxml2-utils.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 scripts/consumers/check.py "${BANHUI:-.build/debug/banhui}"
