#!/usr/bin/env bash
# The main job on the bundled examples, into ./out:
#   1. check every example contract (the IDC letter and the software matrix are inconsistent in their sources,
#      so the check reports them and exits 1: that is the finding, not a failure of the demo);
#   2. evaluate October 2026's incidents against the IDC guarantee (what is owed, with the arithmetic);
#   3. render the IDC guarantee as the signed bilingual document (PDF with Chromium installed, else HTML);
#   4. issue a warranty certificate for each sample customer of the latex paint warranty, with a demo key.
# Exits non-zero only when a step could not run (exit code 2 or 3 of pledge).
set -uo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$repo"
out="$repo/out"
mkdir -p "$out"
status=0
step() {
    local code=$1 name=$2
    if ((code >= 2)); then echo "demo: $name failed (exit $code)" >&2; status=1; fi
}

echo "== 1. pledge check examples/"
./pledge check examples/
step $? "check"

echo
echo "== 2. pledge eval: the IDC guarantee, October 2026"
./pledge eval examples/idc/idc-guarantee.sla --incidents examples/idc/october-2026.csv --period 2026-10 \
    --param monthly_fee="20000 CNY" | tee "$out/idc-2026-10.txt"
step "${PIPESTATUS[0]}" "eval"

echo
echo "== 3. pledge render: the IDC guarantee in Chinese and English"
if [[ -x "${PLEDGE_CHROMIUM:-/usr/bin/chromium}" ]]; then document="$out/idc-guarantee.pdf"; else document="$out/idc-guarantee.html"; fi
./pledge render examples/idc/idc-guarantee.sla --lang zh-CN,en -o "$document"
step $? "render"

echo
echo "== 4. pledge certify: latex paint warranty certificates for examples/paint/customers.csv"
# A demo key, for this demo only: real certificates take their key from PLEDGE_CERT_KEY or --key-file
# (see docs/certificates.md), and a certificate signed with this one proves nothing.
export PLEDGE_CERT_KEY="${PLEDGE_CERT_KEY:-pledge-demo-key-not-for-real-certificates}"
./pledge certify examples/paint/paint-warranty.sla --warranty paint --data examples/paint/customers.csv \
    -o "$out/certificates" --format html
step $? "certify"

exit "$status"
