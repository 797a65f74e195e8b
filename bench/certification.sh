#!/usr/bin/env bash
# Certification benchmark (issue 6), on the built distribution in demo mode.
#  1. Issuance: N corrections in a chain (POST /api/certificates/{code}/reissue, each superseding the one before).
#     Each is a whole issue: registry lookup, snapshot, number and status index, Ed25519 signature of the
#     Open Badges credential, PDF with its QR code, one transaction. Sequential: prints p50/p95/max and issues/s.
#     Target: under 100 ms each.
#  2. Verification: wrk, 16 connections for 20 s each, on GET /api/certificates/{code}/verify (the QR's JSON) and on
#     POST /api/verify (JWS parse, Ed25519 check, database lookup). Target: at least 1,000 per second.
# The public endpoints are rate-limited per client address; the benchmark is one address, so it raises the limit.
# Usage: bench/certification.sh [N]    (build first: mvn -B install -DskipTests; needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
n="${1:-200}"
bench_before_start() {
    echo "verifyRequestsPerMinute = 100000000" >> "$BENCH_HOME/etc/org.bimtek.certification.cfg"
}
bench_start 18593
trap bench_stop EXIT
base="http://127.0.0.1:$BENCH_PORT"
login() { # login USER PASSWORD JAR -> csrf token
    curl -s -c "$3" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$base/api/auth/login" \
        | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/'
}
admin="$BENCH_WORK/admin.cookies"
trainee="$BENCH_WORK/trainee.cookies"
csrf=$(login admin bimtek-admin "$admin")
login peserta bimtek-peserta "$trainee" > /dev/null
code=""
until [ -n "$code" ]; do # the demo trainee's Dasar certificate is issued in the background at start
    code=$(curl -s -b "$trainee" "$base/api/me/certificates" | python3 -c 'import json,sys; c=json.load(sys.stdin); print(c[0]["code"] if c else "")')
    [ -n "$code" ] || sleep 0.2
done
jwt=$(curl -s -b "$trainee" "$base/api/certificates/$code/credential" | python3 -c 'import json,sys; print(json.load(sys.stdin)["credential"])')
echo "Bimtek certification, $(nproc) cores, demo certificate $code"

times="$BENCH_WORK/issue.times"
current=$code
for i in $(seq 1 "$n"); do
    out=$(curl -s -w ' %{http_code} %{time_total}' -b "$admin" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
        -d '{"reason":"benchmark"}' "$base/api/certificates/$current/reissue")
    status=$(echo "$out" | awk '{print $(NF-1)}')
    [ "$status" = 200 ] || { echo "re-issue $i answered $status: $out" >&2; exit 1; }
    current=$(echo "$out" | python3 -c 'import json,sys; t=sys.stdin.read(); print(json.loads(t[:t.rindex("}")+1])["code"])')
    echo "$out" | awk '{print $NF}' >> "$times"
done
python3 - "$times" <<'PY'
import sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]))
q = lambda p: t[min(len(t) - 1, int(p * len(t)))]
print(f"issuance (re-issue chain of {len(t)}): p50 {q(0.5):.1f} ms, p95 {q(0.95):.1f} ms, max {t[-1]:.1f} ms, "
      f"{1000 * len(t) / sum(t):.1f} issues/s sequential")
PY

echo "verification, GET /api/certificates/{code}/verify:"
wrk -t2 -c16 -d5s "$base/api/certificates/$current/verify" > /dev/null # warm-up
wrk -t2 -c16 -d20s --latency "$base/api/certificates/$current/verify" | grep -E "Requests/sec|Non-2xx|^ +50%|^ +99%"
lua="$BENCH_WORK/verify.lua"
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"credential":"$jwt"}'
LUA
echo "verification, POST /api/verify (signed credential):"
wrk -t2 -c16 -d5s -s "$lua" "$base/api/verify" > /dev/null
wrk -t2 -c16 -d20s --latency -s "$lua" "$base/api/verify" | grep -E "Requests/sec|Non-2xx|^ +50%|^ +99%"
