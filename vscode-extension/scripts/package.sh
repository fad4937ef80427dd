#!/usr/bin/env bash
# `npm run package`: publishes the language server (Release) into server/, the pledge CLI into server/cli/
# (certificates; the fallback for evaluation; see PLEDGE_BUNDLE_CLI below), then builds the .vsix with vsce. Offline: dotnet restores from
# the configured NuGet source, vsce needs no network. Prints the .vsix path last.
set -euo pipefail
ext="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
repo="$(cd "$ext/.." && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

rm -rf "$ext/server"
echo "package: dotnet publish lsp-server/Pledge.LanguageServer -> server/" >&2
dotnet publish "$repo/lsp-server/Pledge.LanguageServer" -c Release -o "$ext/server" --nologo -v quiet -tl:off >&2
# PLEDGE_BUNDLE_CLI: 1 = the CLI must build, auto (default) = bundle it when it builds, 0 = leave it out.
bundle_cli="${PLEDGE_BUNDLE_CLI:-auto}"
if [[ "$bundle_cli" != 0 ]]; then
    # The CLI prints PDFs through Playwright, whose driver ships a Node binary per platform: publishing for this
    # machine's runtime keeps one (about 40 MB packed instead of 120). PLEDGE_BUNDLE_CLI=0 leaves the CLI out.
    rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
    echo "package: dotnet publish compiler/Pledge.Cli (${rid:-portable}) -> server/cli/" >&2
    if ! dotnet publish "$repo/compiler/Pledge.Cli" -c Release ${rid:+-r "$rid"} --self-contained false -o "$ext/server/cli" --nologo -v quiet -tl:off >&2; then
        rm -rf "$ext/server/cli"
        [[ "$bundle_cli" == 1 ]] && { echo "package: error: the pledge CLI did not build" >&2; exit 1; }
        echo "package: WARNING: the pledge CLI did not build; the .vsix has no bundled CLI (certificates then need pledge.cli.path)" >&2
    fi
fi
# Debug symbols are not needed to run; leaving them out keeps the package small.
find "$ext/server" -name '*.pdb' -delete

cd "$ext"
version="$(node -p "require('./package.json').version")"
out="$ext/pledge-sla-$version.vsix"
# vscode:prepublish type-checks and bundles; the bundle holds the dependencies, hence --no-dependencies. The README's
# screenshots live in ../docs/images: its links are kept as written (the repository has no public URL to point at).
npx --no-install vsce package --no-dependencies --skip-license --allow-missing-repository --no-rewrite-relative-links -o "$out" >&2
echo "$out"
