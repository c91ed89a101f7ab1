#!/usr/bin/env bash
# Installs every system package Banhui, its tests and its CI checks need, on Debian (as root).
# The README's quick start and .ci/run both use this script: one set-up path.
set -euo pipefail

packages=(
  libxml2-dev pkg-config            # building: libxml2, the only XML library
  rime-data-stroke                  # 姓名笔画 / 姓氏笔画 order (/usr/share/rime-data/stroke.dict.yaml)
  rime-data-luna-pinyin             # 拼音 order (/usr/share/rime-data/luna_pinyin.dict.yaml)
  libreoffice-writer-nogui          # render checks: documents opened and rendered to PDF
  libreoffice-calc-nogui            # consumer suite: spreadsheets read back through Calc
  pandoc                            # consumer suite: DOCX and ODT read by pandoc
  libxml2-utils                     # consumer suite: xmllint, a second opinion on JUnit reports
  poppler-utils                     # render checks: pdfinfo, pdftotext, pdffonts
  fonts-noto-cjk                    # render checks: CJK glyphs
  fonts-liberation2                 # Times New Roman's metrics for the Latin text of 公文 (scripts/fonts/30-banhui-gongwen.conf)
  chromium                          # browser test of `banhui serve` (scripts/browser-test.py)
)
need=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The consumer suite's readers (scripts/consumers): other programs that read Banhui's files.
python3 -m pip install -q --disable-pip-version-check python-docx mammoth docx2python icalendar jsonschema pyyaml
# The render check measures PDFs with pdfplumber and renders with the Fandol faces (GB/T 9704's
# four styles), installed system-wide with their fontconfig aliases.
python3 -m pip install -q --disable-pip-version-check pdfplumber pillow
# The browser test drives Debian's chromium (executable_path) with Playwright; `playwright install`
# is never run (it would download a browser of its own).
python3 -m pip install -q --disable-pip-version-check playwright
"$(dirname "$0")/install-fonts.sh"
