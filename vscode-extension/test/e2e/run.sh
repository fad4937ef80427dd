#!/usr/bin/env bash
# The extension's tests: the grammar tests, then the end-to-end test in real VS Code. Installs what it needs
# (as root: Debian chromium, fonts, libkrb5-dev, ripgrep; code-server 4.100.3 from npm), packages the .vsix
# (server included), installs it into a fresh code-server, and drives it from headless Chromium.
# Screenshots go to docs/images/. Last line: `N passed, N failed`. It fails, never skips, when it cannot run.
set -uo pipefail
ext="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
repo="$(cd "$ext/.." && pwd)"
work="$ext/.e2e"
passed=0
failed=0
t_start=$SECONDS

finish() {
    echo "${passed} passed, ${failed} failed"
    ((failed == 0))
    exit $?
}
fail_setup() {
    echo "e2e: $1" >&2
    failed=$((failed + 1))
    finish
}

# --- system packages (root only; without root they must already be there) ---
need=()
[[ -x /usr/bin/chromium ]] || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
# CJK fonts, or the Chinese half of the screenshots is boxes.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei)
if ((${#need[@]} > 0)); then
    if [[ $(id -u) != 0 ]]; then fail_setup "missing ${need[*]}: run as root (apt-get install -y ${need[*]})"; fi
    echo "e2e: apt-get install ${need[*]}" >&2
    apt-get install -y "${need[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${need[@]}" >/dev/null; } ||
        fail_setup "apt-get install ${need[*]} failed"
fi

# --- the extension's own dependencies (from the lock file) ---
cd "$ext"
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --no-audit --no-fund >&2 || fail_setup "npm ci failed"
fi

# --- grammar tests (one test) ---
if npx --no-install vscode-tmgrammar-test -g syntaxes/sla.tmLanguage.json "test/grammar/*.test.sla"; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
fi

# --- package: server (Release) + .vsix ---
t_pkg=$SECONDS
vsix="$ext/pledge-sla-$(node -p "require('./package.json').version").vsix"
# E2E_REUSE_VSIX=1 (while working on the test itself) skips packaging when a .vsix is already there.
if [[ "${E2E_REUSE_VSIX:-0}" != 1 || ! -f "$vsix" ]]; then vsix="$(bash scripts/package.sh | tail -n 1)"; fi
[[ -f "$vsix" ]] || fail_setup "packaging failed"
echo "e2e: packaged $(basename "$vsix"): $(du -h "$vsix" | cut -f1) in $((SECONDS - t_pkg)) s" >&2

# --- code-server 4.100.3 ---
bash "$ext/test/e2e/install-code-server.sh" "$work/code-server" >&2 || fail_setup "installing code-server failed"
code_server="$work/code-server/node_modules/.bin/code-server"

# --- a fresh profile, the .vsix installed, a copy of the example as the workspace ---
run="$work/run"
rm -rf "$run"
mkdir -p "$run/user/User" "$run/user/Machine" "$run/extensions" "$run/workspace"
# Path settings are machine-scoped: code-server (a remote window) reads them from Machine/, not User/.
# The certificate key for `pledge certify` (a throw-away secret for this run).
head -c 32 /dev/urandom | base64 >"$run/cert.key"
printf '{\n  "pledge.certificates.keyFile": "%s"\n}\n' "$run/cert.key" >"$run/user/Machine/settings.json"
cp "$repo/examples/idc/"*.sla "$repo/examples/idc/"*.csv "$run/workspace/"
cp "$repo/examples/paint/paint-warranty.sla" "$run/workspace/"
printf 'customer,contract_value,completion\n"Li Wei",12000 CNY,2026-03-15\n' >"$run/workspace/customers.csv"
cat >"$run/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "editor.hover.delay": 300,
  "window.restoreWindows": "none",
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never"
}
JSON
export XDG_CONFIG_HOME="$run/config" XDG_DATA_HOME="$run/data"
"$code_server" --user-data-dir "$run/user" --extensions-dir "$run/extensions" --install-extension "$vsix" >&2 ||
    fail_setup "code-server --install-extension failed"

port=$((20000 + RANDOM % 20000))
"$code_server" --bind-addr "127.0.0.1:$port" --auth none --user-data-dir "$run/user" --extensions-dir "$run/extensions" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    "$run/workspace" >"$run/code-server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null' EXIT
for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 1
done

mkdir -p "$repo/docs/images"
t_e2e=$SECONDS
node "$ext/test/e2e/vscode.e2e.js" "http://127.0.0.1:$port" "$run/workspace" "$repo/docs/images" "$run" "$run/user/Machine/settings.json" | tee "$run/e2e.log"
p="$(grep -c '^PASS ' "$run/e2e.log")"
f="$(grep -c '^FAIL ' "$run/e2e.log")"
passed=$((passed + p))
failed=$((failed + f))
((p + f > 0)) || failed=$((failed + 1))
echo "e2e: browser part $((SECONDS - t_e2e)) s, whole run $((SECONDS - t_start)) s" >&2
finish
