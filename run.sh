#!/usr/bin/env bash
# Builds Bimtek if needed and starts it in the foreground with demo data on
# http://localhost:8181 (Ctrl-C stops it). The database lives in .run/db and is
# reused by the next run; a rebuilt distribution is unpacked afresh beside it.
#
#   BIMTEK_PORT=9090 ./run.sh            another HTTP port
#   BIMTEK_DB_DIR=/srv/bimtek/db ./run.sh another database folder
#   BIMTEK_DEMO=0 ./run.sh               no demo accounts
#   ./run.sh --console                   with the Karaf shell in this terminal, for
#                                        bimtek:user-add and friends (leave it with
#                                        system:shutdown, or Ctrl-D)
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
dist=$(ls karaf-assembly/target/bimtek-karaf-assembly-*.tar.gz 2>/dev/null | head -n 1 || true)

# Rebuild when there is no distribution yet or a source file is newer than it.
if [ -z "$dist" ] || [ -n "$(find pom.xml bundles features karaf-assembly -newer "$dist" -type f \
        -not -path '*/target/*' 2>/dev/null | head -n 1)" ]; then
    echo "Building Bimtek (mvn install -DskipTests)..."
    mvn -B -q install -DskipTests
    dist=$(ls karaf-assembly/target/bimtek-karaf-assembly-*.tar.gz | head -n 1)
fi

karaf="$root/.run/karaf"
if [ ! -f "$karaf/.unpacked" ] || [ "$dist" -nt "$karaf/.unpacked" ]; then
    rm -rf "$karaf"
    mkdir -p "$karaf"
    tar xzf "$dist" -C "$karaf" --strip-components=1
    touch "$karaf/.unpacked"
fi

export BIMTEK_DEMO="${BIMTEK_DEMO:-1}"
db_dir="${BIMTEK_DB_DIR:-$root/.run/db}"
port="${BIMTEK_PORT:-8181}"
export EXTRA_JAVA_OPTS="-Dbimtek.db.dir=$db_dir -Dbimtek.http.port=$port ${EXTRA_JAVA_OPTS:-}"
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
echo "Bimtek starts on http://localhost:$port (database: $db_dir). Ctrl-C stops it."
if [ "${1:-}" = "--console" ]; then
    exec "$karaf/bin/karaf"
fi
exec "$karaf/bin/karaf" run
