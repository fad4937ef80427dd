#!/usr/bin/env bash
# Installs code-server 4.100.3 (= VS Code 1.100.3, the newest that runs on Node 20) from the npm registry into DIR.
# Only the npm registry and Debian are reachable: @vscode/ripgrep would download rg from GitHub in its postinstall,
# so Debian's rg is packed into the archive it looks for in its cache first. Needs root for apt-get and for npm's
# native builds (kerberos needs libkrb5-dev).
set -euo pipefail
dir=${1:?usage: install-code-server.sh DIR}
if [[ -x "$dir/node_modules/.bin/code-server" ]]; then exit 0; fi

if ! command -v rg >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
    apt-get install -y libkrb5-dev ripgrep >/dev/null || { apt-get update >/dev/null && apt-get install -y libkrb5-dev ripgrep >/dev/null; }
fi

mkdir -p "$dir"
export TMPDIR="$dir/tmp"
mkdir -p "$TMPDIR/rgsrc" "$TMPDIR/vscode-ripgrep-cache-1.15.11"
cp "$(command -v rg)" "$TMPDIR/rgsrc/rg"
tar czf "$TMPDIR/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$TMPDIR/rgsrc" rg

cd "$dir"
[[ -f package.json ]] || npm init -y >/dev/null
npm_config_yes=true npm_config_unsafe_perm=true npm install code-server@4.100.3 --foreground-scripts --no-audit --no-fund
