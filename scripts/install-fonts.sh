#!/usr/bin/env bash
# Installs open faces of the four GB/T 9704 styles for rendering: Fandol Fang (仿宋), Kai (楷体),
# Hei (黑体) and Song (宋体, standing in for 小标宋 too) from Debian's texlive-lang-chinese, keeping
# only its fonts/opentype/public/fandol/ folder (GPL with font exception, see the COPYING there).
# They go into scripts/fonts/fandol/ (git-ignored), which scripts/fonts/fonts.conf adds to the
# system's fonts and maps the names the documents ask for (仿宋_GB2312, 方正小标宋简体, …) onto.
# Use: FONTCONFIG_FILE=$PWD/scripts/fonts/fonts.conf soffice … (scripts/render-pdf.sh does this).
set -euo pipefail
cd "$(dirname "$0")/fonts"
[ -f fandol/FandolFang-Regular.otf ] && exit 0
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download texlive-lang-chinese >/dev/null 2>&1 || { apt-get update -qq && apt-get download texlive-lang-chinese >/dev/null; })
dpkg-deb -x "$work"/texlive-lang-chinese_*.deb "$work/x"
mkdir -p fandol
cp "$work"/x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/Fandol{Fang,Kai,Hei,Song}-Regular.otf fandol/
zcat "$work"/x/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz > fandol/COPYING
echo "install-fonts: Fandol faces in $(pwd)/fandol"
