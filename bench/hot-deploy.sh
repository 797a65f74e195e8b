#!/usr/bin/env bash
# Hot-deploy benchmark (issue 3): 20 deploy/remove cycles of a course jar through
# deploy/, p50 and p95 both ways, and the failed requests of a steady load (50 req/s)
# on another course's lesson page meanwhile. Targets: p95 under 1 s, 0 failed.
# Usage: bench/hot-deploy.sh [cycles]    (build first: mvn -B install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
cycles="${1:-20}"
bench_start 18381
trap bench_stop EXIT

# A course the server does not have yet: the governance-mahir bundle under another name and id.
jar_dir="$BENCH_WORK/jar"
mkdir -p "$jar_dir"
(cd "$jar_dir" && unzip -q "$OLDPWD"/bundles/courses/governance-mahir/target/bimtek-course-governance-mahir-*.jar \
    && sed -i 's/^Bundle-SymbolicName: .*/Bundle-SymbolicName: org.bimtek.bench.hotdeploy/' META-INF/MANIFEST.MF \
    && sed -i 's/"id": "tata-kelola-medsos-mahir"/"id": "uji-hot-deploy"/' course/course.json \
    && jar cfm "$BENCH_WORK/uji-hot-deploy.jar" META-INF/MANIFEST.MF course)

echo "Bimtek hot deploy, $(nproc) cores, felix.fileinstall.poll=$(awk -F= '/^felix.fileinstall.poll/ {gsub(/ /, "", $2); print $2}' "$BENCH_HOME/etc/org.apache.felix.fileinstall-deploy.cfg") ms"
java bench/HotDeployBench.java "http://127.0.0.1:$BENCH_PORT" "$BENCH_HOME/deploy" "$BENCH_WORK/uji-hot-deploy.jar" \
    uji-hot-deploy "$(bench_session peserta bimtek-peserta)" "$cycles" 50
