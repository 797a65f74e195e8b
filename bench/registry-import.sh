#!/usr/bin/env bash
# Registry import benchmark (issue 5): a generated file of 10,000 people (valid NIPs, spread over the demo
# kelurahan and OPDs), imported end to end through POST /api/import/people on the built distribution: dry run,
# real run, and the same file again (idempotent: nothing to change). Prints each time and the server's peak
# resident memory (VmHWM) before and after. Target: the real run under 10 s.
# Usage: bench/registry-import.sh [PEOPLE]    (build first: mvn -B install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
people="${1:-10000}"
bench_start 18591
trap bench_stop EXIT
base="http://127.0.0.1:$BENCH_PORT"
jar="$BENCH_WORK/admin.cookies"
csrf=$(curl -s -c "$jar" -H 'Content-Type: application/json' -d '{"username":"admin","password":"bimtek-admin"}' \
    "$base/api/auth/login" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')
units=$(curl -s -b "$jar" "$base/api/units?size=200" | python3 -c '
import json, sys
print(" ".join(u["code"] for u in json.load(sys.stdin)["items"] if u["kind"] in ("KELURAHAN", "OPD") and u["active"]))')
csv="$BENCH_WORK/people.csv"
python3 - "$people" "$csv" $units <<'PY'
import datetime, sys
count, path, units = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
start = datetime.date(1960, 1, 1)
with open(path, "w", encoding="utf-8-sig") as out:
    out.write("nip;nama;jabatan;telepon;email;kode_unit\n")
    for i in range(count):
        born = start + datetime.timedelta(days=i)
        nip = born.strftime("%Y%m%d") + "201001" + str(1 + i % 2) + "001"
        out.write(f"{nip};Pegawai Latihan {i + 1};Pranata Humas;0812{i:08d};pegawai{i + 1}@samarindakota.go.id;{units[i % len(units)]}\n")
PY
pid=$(pgrep -f "karaf.base=$BENCH_HOME" | head -n 1)
hwm() { awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$pid/status"; }
run() { # run DRYRUN -> "<seconds> s, HTTP <status>"
    curl -s -o "$BENCH_WORK/answer.json" -w '%{time_total} s, HTTP %{http_code}' -b "$jar" -H "X-CSRF-Token: $csrf" \
        -H 'Content-Type: text/csv' --data-binary @"$csv" "$base/api/import/people?dryRun=$1"
}
summary() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print({k: d[k] for k in d if k in ("created","updated","unchanged","applied","errorCount")})' "$BENCH_WORK/answer.json" 2>/dev/null || head -c 300 "$BENCH_WORK/answer.json"; }

echo "Bimtek registry import, $(nproc) cores, $people people, $(du -k "$csv" | cut -f1) KB CSV (';', BOM)"
echo "peak RSS before: $(hwm)"
echo "dry run:      $(run true)  $(summary)"
echo "real run:     $(run false)  $(summary)"
echo "same again:   $(run false)  $(summary)"
echo "peak RSS after: $(hwm)"
