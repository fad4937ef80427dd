#!/usr/bin/env bash
# The project's test command (see README.md): restore, build the solution, run every test project, check the
# bundled examples with the CLI, run the README demo (scripts/demo.sh), the language server end to end (tests/e2e/run-lsp.sh), then the VS Code
# extension's tests. Ends with one line, exactly `N passed, N failed`, summing all of it; the examples check and the demo count
# as one test each. Exit status is 0 only when nothing failed.
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$repo"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# PDF output (pledge render, certificates) needs Chromium and CJK fonts. As root (CI), install them when missing;
# elsewhere the PDF tests are skipped. Once Chromium is there, PLEDGE_REQUIRE_PDF=1 makes those tests fail, not skip,
# if printing does not work.
if [[ ! -x /usr/bin/chromium && "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "== installing chromium and CJK fonts for PDF output"
    (export DEBIAN_FRONTEND=noninteractive
     apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk fonts-wqy-microhei fonts-nanum poppler-utils) \
        >/dev/null || echo "test.sh: installing chromium failed; the PDF tests will be skipped" >&2
fi
if [[ -x /usr/bin/chromium ]]; then export PLEDGE_REQUIRE_PDF=1; fi

results="$repo/.artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# Failures must not stop the script before the summary line: statuses are collected and summed at the end.
set +e
dotnet restore Dsl.sln --nologo
restore_status=$?
dotnet build Dsl.sln -c Release --no-restore --nologo
build_status=$?

# Tests still run after a failed build: the projects that did build report their results.
dotnet test Dsl.sln -c Release --no-build --nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
tests_status=$?

# The examples hold deliberate inconsistencies (their sources do: see examples/README.md), so the check exits 1
# with findings; what exactly it must find is the baseline tests/Samples/examples.check, compared by the tests.
# Here the CLI itself must run: exit 0 or 1, never a usage or internal error (2, 3).
echo "== pledge check examples/"
./pledge check examples/
examples_status=$?
if ((examples_status == 1)); then examples_status=0; fi

# The README's first command, the main job on the examples (check, eval, render, certify into ./out), must run.
echo "== scripts/demo.sh"
scripts/demo.sh
demo_status=$?

# The language server end to end with real clients (node's vscode-jsonrpc, Neovim); the script installs what they
# need and ends with its own `N passed, N failed`, which joins the summary below.
echo "== tests/e2e/run-lsp.sh"
tests/e2e/run-lsp.sh 2>&1 | tee "$results/lsp-e2e.log"
lsp_summary="$(tail -n 1 "$results/lsp-e2e.log")"

# The VS Code extension: grammar tests, then the .vsix in real VS Code (code-server) driven by headless Chromium.
# Its last line is `N passed, N failed`, added to the totals below; no such line counts as one failure.
echo "== vscode-extension/test/e2e/run.sh"
# (The log goes to a file, not `tee /dev/stderr`: reopening stderr by name truncates it when it is a file, and CI's
# log of everything before would be lost.)
bash vscode-extension/test/e2e/run.sh 2>&1 | tee "$results/vscode-e2e.log"
extension_summary="$(tail -n 1 "$results/vscode-e2e.log")"
set -e

passed=0
failed=0
# Each test project writes one .trx; its <Counters … passed="N" failed="N" …/> element holds the totals.
while IFS= read -r -d '' trx; do
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
done < <(find "$results" -name '*.trx' -print0)

# A failed restore or build counts as one failure; so does a crashed test host, which fails the run without a
# failed test in any .trx.
if ((restore_status != 0 || build_status != 0)); then
    echo "test.sh: the restore or build failed (see above)" >&2
    failed=$((failed + 1))
elif ((tests_status != 0 && failed == 0)); then
    failed=$((failed + 1))
fi
if ((examples_status == 0)); then passed=$((passed + 1)); else failed=$((failed + 1)); fi
if ((demo_status == 0)); then passed=$((passed + 1)); else failed=$((failed + 1)); fi
if [[ "$lsp_summary" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
else
    echo "test.sh: tests/e2e/run-lsp.sh did not finish with its summary line" >&2
    failed=$((failed + 1))
fi
if [[ "$extension_summary" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
else
    echo "test.sh: the VS Code extension's tests gave no summary line" >&2
    failed=$((failed + 1))
fi

echo "${passed} passed, ${failed} failed"
((failed == 0))
