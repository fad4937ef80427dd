#!/usr/bin/env bash
# Renders the first page of the IDC guarantee in each layout to docs/images/document-<layout>.png (for the README),
# through `pledge render` (Chromium) and poppler's pdftoppm at 60 dpi. Run it by hand after a change to the
# templates or print CSS, look at the images, and commit them; no test regenerates them.
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
contract="$repo/examples/idc/idc-guarantee.sla"

render() { # layout, extra pledge options…
    local layout="$1"; shift
    "$repo/pledge" render "$contract" --layout "$layout" "$@" -o "$work/$layout.pdf" >/dev/null
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/$layout.pdf" "$repo/docs/images/document-$layout"
    echo "docs/images/document-$layout.png"
}

render side-by-side --lang zh-CN,en
render stacked --lang zh-CN,en
render single --lang en  # English: page 1 of stacked already shows the Chinese alone
