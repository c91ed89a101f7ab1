#!/usr/bin/env bash
# Installs open faces of the four GB/T 9704 styles system-wide, so that every program on the
# machine (LibreOffice under `banhui export --format pdf` from any copy of banhui) finds them:
# Fandol Fang (仿宋), Kai (楷体), Hei (黑体) and Song (宋体, standing in for 小标宋 too) from
# Debian's texlive-lang-chinese (only its fonts/opentype/public/fandol/ folder; GPL with font
# exception, see the COPYING installed beside them) into /usr/local/share/fonts/fandol, and
# fonts/30-banhui-gongwen.conf into /etc/fonts/conf.d: it maps the names the documents ask for
# (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体 and their English names) onto the Fandol faces.
# Run as root (apt-get download needs no root, the system folders do). Idempotent.
# Check: fc-match 仿宋_GB2312 → FandolFang; banhui export --format pdf warns (DOC004) otherwise.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fonts=${BANHUI_FONT_DIR:-/usr/local/share/fonts/fandol}
conf=${BANHUI_FONTCONFIG_DIR:-/etc/fonts/conf.d}/30-banhui-gongwen.conf
if [ ! -f "$fonts/FandolFang-Regular.otf" ]; then
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
  (cd "$work" && apt-get download texlive-lang-chinese >/dev/null 2>&1 || { apt-get update -qq && apt-get download texlive-lang-chinese >/dev/null; })
  dpkg-deb -x "$work"/texlive-lang-chinese_*.deb "$work/x"
  mkdir -p "$fonts"
  install -m 0644 "$work"/x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/Fandol{Fang,Kai,Hei,Song}-Regular.otf "$fonts/"
  zcat "$work"/x/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz > "$fonts/COPYING"
fi
if ! cmp -s "$here/fonts/30-banhui-gongwen.conf" "$conf"; then
  install -m 0644 "$here/fonts/30-banhui-gongwen.conf" "$conf"
fi
fc-cache -f >/dev/null
for face in 仿宋_GB2312 方正小标宋简体 黑体 楷体_GB2312; do
  echo "install-fonts: $face → $(fc-match -f '%{family}' "$face")"
done
