#!/usr/bin/env bash
# Lesson page throughput against a bare static file served by the same Karaf, in the
# same run (issue 3): wrk on /static/bimtek.css and on a lesson page of a logged-in
# trainee, same threads, connections and duration; prints both and the ratio.
# Target: ratio at least 0.5. Needs wrk (apt-get install -y wrk).
# Usage: bench/lesson-throughput.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
command -v wrk > /dev/null || { echo "This benchmark needs wrk: apt-get install -y wrk" >&2; exit 1; }
seconds="${1:-20}"
connections="${2:-16}"
bench_start 18481
trap bench_stop EXIT

cookie="BIMTEK_SESSION=$(bench_session peserta bimtek-peserta)"
base="http://127.0.0.1:$BENCH_PORT"
lesson="$base/kursus/penulisan-berita-dasar/5w1h"
static="$base/static/bimtek.css"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$lesson")" = 200 ] || { echo "lesson page not 200" >&2; exit 1; }

rate() { # rate URL [header] -> requests per second
    wrk -t2 -c"$connections" -d"${seconds}s" ${2:+-H "$2"} "$1" | awk '/Requests\/sec/ {print $2}'
}
# Warm both paths up (JIT), then measure.
wrk -t2 -c"$connections" -d5s "$static" > /dev/null
wrk -t2 -c"$connections" -d5s -H "Cookie: $cookie" "$lesson" > /dev/null
static_rps=$(rate "$static")
lesson_rps=$(rate "$lesson" "Cookie: $cookie")
lesson_bytes=$(curl -s -H "Cookie: $cookie" "$lesson" | wc -c)

echo "Bimtek lesson throughput, $(nproc) cores, wrk -t2 -c$connections -d${seconds}s, loopback"
printf 'static file  %-45s %10.0f req/s\n' "/static/bimtek.css" "$static_rps"
printf 'lesson page  %-45s %10.0f req/s  (%d bytes)\n' "/kursus/penulisan-berita-dasar/5w1h" "$lesson_rps" "$lesson_bytes"
awk -v l="$lesson_rps" -v s="$static_rps" 'BEGIN {printf "ratio lesson/static: %.2f (target at least 0.50)\n", l / s}'
