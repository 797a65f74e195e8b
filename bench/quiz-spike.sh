#!/usr/bin/env bash
# Exam-start spike benchmark (issue 4): N trainees (default 1000) log in spread over LOGIN_SECONDS (120),
# all start the same quiz within 10 s, save SAVES answers (20) each with THINK_MIN-THINK_MAX s (5-30) of
# think time, and submit. In the same run, on the same database: the raw single-row insert-and-commit rate
# (1 and 16 threads, the pool's size) before and after, and the answer saves per second when wrk saves back to
# back for 200 trainees over 16, 32 and 64 connections (saturation). Needs wrk (apt-get install -y wrk). Targets: 0 errors, p99 save under 100 ms, saturated saves/s at least half
# of the raw ceiling.
# Usage: bench/quiz-spike.sh [N] [LOGIN_SECONDS] [SAVES] [THINK_MIN] [THINK_MAX]
#        (build first: mvn -B install -DskipTests; a run with the defaults takes about 10 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
n="${1:-1000}"; login_seconds="${2:-120}"; saves="${3:-20}"; think_min="${4:-5}"; think_max="${5:-30}"
quiz=kuis-penulisan-berita-dasar
bench_start 18391
trap bench_stop EXIT
classpath=$(find "$BENCH_HOME/system/com/fasterxml/jackson/core" -name '*.jar' | tr '\n' ':')
base="http://127.0.0.1:$BENCH_PORT"

ceiling() {
    local jar="$BENCH_WORK/admin.cookies" csrf
    csrf=$(curl -s -c "$jar" -H 'Content-Type: application/json' -d '{"username":"admin","password":"bimtek-admin"}' \
        "$base/api/auth/login" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')
    for threads in 1 16; do
        echo "  raw insert+commit, $threads thread(s): $(curl -s -b "$jar" -X POST -H "X-CSRF-Token: $csrf" \
            "$base/api/health/storage-probe?seconds=10&threads=$threads")"
    done
}

echo "Bimtek quiz spike, $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
echo "Storage ceiling before:"
ceiling
# The client drops idle connections before the server does (Jetty: 30 s), as browsers do, so that a save is
# never sent on a connection the server has just closed.
java -Djdk.httpclient.keepalive.timeout=20 -cp "$classpath" bench/QuizSpike.java spike "$base" bimtek-admin "$n" "$login_seconds" 10 "$saves" "$think_min" "$think_max" "$quiz"
# Saturation: wrk (light on the CPU the server needs) saves back to back for 200 other trainees' attempts.
java -cp "$classpath" bench/QuizSpike.java targets "$base" bimtek-admin 200 kuis-foto-video-dasar "$BENCH_WORK/targets.tsv"
echo "Saturation: wrk -t2 -d15s, answer saves back to back over 200 open attempts (after a 5 s warm-up)"
wrk -t2 -c16 -d5s -s bench/quiz-saves.lua "$base" -- "$BENCH_WORK/targets.tsv" 2 > /dev/null
for connections in 16 32 64; do
    echo "  $connections connections:"
    wrk -t2 -c"$connections" -d15s -s bench/quiz-saves.lua "$base" -- "$BENCH_WORK/targets.tsv" 2 | grep -E "wrk:|Non-2xx"
done
echo "Storage ceiling after:"
ceiling
