#!/usr/bin/env bash
# Rewrites the expected .diagnostics, .formatted and .symbols files of tests/Samples from what the
# compiler does now. Review the result with `git diff tests/Samples` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
PLEDGE_REFRESH_BASELINES=1 dotnet test tests/Pledge.Samples.Tests --nologo -v quiet
git status --short tests/Samples
