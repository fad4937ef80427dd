#!/usr/bin/env bash
# End-to-end tests of the language server with real clients: the node client of vscode-jsonrpc +
# vscode-languageserver-protocol (tests/e2e/lsp/lsp.test.js) and Neovim headless (tests/e2e/lsp/nvim/lsp-check.lua).
# Installs what they need (npm ci; Debian's neovim when run as root and missing), builds the server in Release,
# runs both, and ends with one line `N passed, N failed` (scripts/test.sh adds it to its summary).
set -uo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$repo"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
passed=0
failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1" >&2; failed=$((failed + 1)); }
summary() { echo "${passed} passed, ${failed} failed"; exit $((failed == 0 ? 0 : 1)); }

echo "== build the language server (Release)"
if ! dotnet build lsp-server/Pledge.LanguageServer -c Release --nologo -v q; then
    fail "the language server builds"
    summary
fi
dll="$repo/lsp-server/Pledge.LanguageServer/bin/Release/net10.0/Pledge.LanguageServer.dll"

echo "== node client (vscode-jsonrpc)"
if (cd tests/e2e/lsp && npm ci --no-audit --no-fund --loglevel=error); then
    log="$(mktemp)"
    (cd tests/e2e/lsp && PLEDGE_LSP_DLL="$dll" node --test --test-reporter=tap lsp.test.js) | tee "$log"
    p="$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log" | tail -n 1)"
    f="$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log" | tail -n 1)"
    if [[ -z "$p" ]]; then fail "node client: the test run did not finish"; else
        passed=$((passed + p)); failed=$((failed + ${f:-0}))
    fi
    rm -f "$log"
else
    fail "npm ci in tests/e2e/lsp"
fi

echo "== Neovim client"
if ! command -v nvim >/dev/null && [[ "$(id -u)" == 0 ]]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim) >/dev/null 2>&1 || true
fi
if ! command -v nvim >/dev/null; then
    fail "neovim is not installed (run as root, or apt-get install neovim)"
else
    contract="examples/idc/idc-guarantee.sla"
    line="$(grep -n 'availability 99.9% per month' "$contract" | head -n 1 | cut -d: -f1)"
    out="$(cd examples/idc && LSP_CMD="dotnet $dll" HOVER_LINE=$((line - 1)) HOVER_COL=4 \
        timeout 120 nvim --headless -i NONE -u "$repo/tests/e2e/lsp/nvim/lsp-check.lua" idc-guarantee.sla 2>&1)"
    status=$?
    if ((status == 0)) && grep -q '^DIAGNOSTICS .*"code": "PLG3001"' <<<"$out"; then pass "neovim: diagnostics"; else fail "neovim: diagnostics"; echo "$out" | cut -c1-400 >&2; fi
    if ((status == 0)) && grep -q '^HOVER .*43.2 min' <<<"$out"; then pass "neovim: hover"; else fail "neovim: hover"; fi
fi

summary
