#!/usr/bin/env bash
# Draws task/icon.png, the 128x128 icon of the Azure Pipelines task, and its
# copy images/icon.png, the extension's icon: a blue shield with a white check
# mark. The copy is there because tfx drops the icon asset of a file that is
# also packaged through the manifest's `files` (task/). Needs ImageMagick
# (Debian: imagemagick). The PNGs are committed; run this only to change them.
set -euo pipefail
cd "$(dirname "$0")/.."
convert -size 128x128 xc:none \
  -fill '#1f6feb' -stroke '#0b3d91' -strokewidth 4 \
  -draw 'path "M 64,8 L 112,24 L 112,60 C 112,92 90,112 64,122 C 38,112 16,92 16,60 L 16,24 Z"' \
  -fill none -stroke white -strokewidth 12 -draw 'stroke-linecap round stroke-linejoin round polyline 40,64 58,82 90,46' \
  -define png:exclude-chunks=date,time -strip \
  PNG32:task/icon.png
mkdir -p images
cp task/icon.png images/icon.png
