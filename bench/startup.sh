#!/usr/bin/env bash
# Startup benchmark (issue 2): time from launching bin/karaf to the first 200 of
# /api/health, and the JVM's resident memory once up (sampled 3 s after that 200),
# median of N runs (default 5), in two cases:
#   cold: a fresh unpack and an empty database (first start: schema, demo accounts)
#   warm: restarts of one unpack on the same database (every later start)
# Usage: bench/startup.sh [runs]     (build first: mvn install -DskipTests)
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
dist=$(ls karaf-assembly/target/bimtek-karaf-assembly-*.tar.gz | head -n 1)
work=$(mktemp -d /tmp/bimtek-bench-XXXX)
port=18281
trap 'pkill -f "karaf.base=$work" || true; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

# start HOME DBDIR -> prints "millis rss_kib"
start_once() {
    local home=$1 db=$2 t0 t1 pid rss
    t0=$(now_ms)
    BIMTEK_DEMO=1 EXTRA_JAVA_OPTS="-Dbimtek.db.dir=$db -Dbimtek.http.port=$port" \
        "$home/bin/karaf" server > "$home/console.log" 2>&1 &
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health" || true)" = 200 ]; do
        sleep 0.05
        if [ $(( $(now_ms) - t0 )) -gt 120000 ]; then echo "no health after 120 s" >&2; exit 1; fi
    done
    t1=$(now_ms)
    sleep 3
    pid=$(pgrep -f "karaf.base=$home" | head -n 1)
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    echo "$((t1 - t0)) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

report() {
    local name=$1 file=$2
    printf '%-5s start to first 200: median %5d ms  (runs: %s)\n' "$name" "$(cut -d' ' -f1 "$file" | median)" "$(cut -d' ' -f1 "$file" | tr '\n' ' ')"
    printf '%-5s resident memory:    median %5d MB  (runs: %s)\n' "$name" "$(( $(cut -d' ' -f2 "$file" | median) / 1024 ))" \
        "$(cut -d' ' -f2 "$file" | awk '{printf "%d ", $1/1024}')"
}

for i in $(seq 1 "$runs"); do
    home="$work/cold-$i"; mkdir -p "$home"; tar xzf "$dist" -C "$home" --strip-components=1
    start_once "$home" "$work/cold-db-$i" >> "$work/cold.txt"
done
home="$work/warm"; mkdir -p "$home"; tar xzf "$dist" -C "$home" --strip-components=1
start_once "$home" "$work/warm-db" > /dev/null   # creates the database; not counted
for i in $(seq 1 "$runs"); do
    start_once "$home" "$work/warm-db" >> "$work/warm.txt"
done

echo "Bimtek startup, $runs runs each, $(nproc) cores, $(java -version 2>&1 | head -n 1)"
report cold "$work/cold.txt"
report warm "$work/warm.txt"
