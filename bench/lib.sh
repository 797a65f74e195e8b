# Shared by the benchmarks: start the built distribution on 127.0.0.1, log in, stop.
# Source it; every benchmark sends traffic to 127.0.0.1 only and stops by itself.

bench_dist() {
    ls "$(dirname "${BASH_SOURCE[0]}")"/../karaf-assembly/target/bimtek-karaf-assembly-*.tar.gz 2>/dev/null | head -n 1
}

# bench_start PORT: unpacks into a fresh folder and starts in demo mode; sets BENCH_HOME.
bench_start() {
    local port=$1 dist
    dist=$(bench_dist)
    [ -n "$dist" ] || { echo "Build first: mvn -B install -DskipTests" >&2; exit 1; }
    BENCH_WORK=$(mktemp -d /tmp/bimtek-bench-XXXX)
    BENCH_HOME="$BENCH_WORK/karaf"
    BENCH_PORT=$port
    mkdir -p "$BENCH_HOME"
    tar xzf "$dist" -C "$BENCH_HOME" --strip-components=1
    # A benchmark may change the distribution's configuration before it starts.
    if declare -F bench_before_start > /dev/null; then bench_before_start; fi
    BIMTEK_DEMO=1 EXTRA_JAVA_OPTS="-Dbimtek.db.dir=$BENCH_WORK/db -Dbimtek.http.port=$port" \
        "$BENCH_HOME/bin/karaf" server > "$BENCH_WORK/console.log" 2>&1 &
    local waited=0
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health" || true)" = 200 ]; do
        sleep 0.2; waited=$((waited + 1))
        [ $waited -lt 600 ] || { echo "Bimtek did not start; see $BENCH_WORK/console.log" >&2; exit 1; }
    done
    # The course catalogue fills in the background: wait for the seven courses and their quizzes, and the registry.
    until [ "$(bench_get_json /api/courses peserta bimtek-peserta | grep -o '"id"' | wc -l)" -ge 7 ]; do sleep 0.2; done
    until [ "$(bench_get_json /api/quizzes peserta bimtek-peserta | grep -o '"courseId"' | wc -l)" -ge 7 ]; do sleep 0.2; done
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/units")" != 404 ]; do sleep 0.2; done
}

# bench_session USER PASSWORD: prints the session cookie's value.
bench_session() {
    curl -s -c - -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" \
        "http://127.0.0.1:$BENCH_PORT/api/auth/login" | awk '$6 == "BIMTEK_SESSION" {print $7}'
}

bench_get_json() {
    curl -s -b "BIMTEK_SESSION=$(bench_session "$2" "$3")" "http://127.0.0.1:$BENCH_PORT$1"
}

bench_stop() {
    pkill -f "karaf.base=$BENCH_HOME" || true
    while pgrep -f "karaf.base=$BENCH_HOME" > /dev/null; do sleep 0.2; done
    rm -rf "$BENCH_WORK"
}
