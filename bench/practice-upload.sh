#!/usr/bin/env bash
# Practice upload benchmark (issue 7): a 100 MB file sent over loopback with the tus protocol in 5 MB chunks
# (POST /api/uploads, then PATCH after PATCH with Upload-Offset and an SHA-256 Upload-Checksum each), on the built
# distribution. Prints the throughput, the whole file's SHA-256 check, and the server's memory before and after
# (resident now, VmRSS, and its peak, VmHWM): the server must not hold the file in memory.
# Usage: bench/practice-upload.sh [MEGABYTES] [CHUNK_MEGABYTES]    (build first: mvn -B install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
size_mb="${1:-100}"
chunk_mb="${2:-5}"
bench_start 18595
trap bench_stop EXIT
base="http://127.0.0.1:$BENCH_PORT"
jar="$BENCH_WORK/trainee.cookies"
csrf=$(curl -s -c "$jar" -H 'Content-Type: application/json' -d '{"username":"peserta","password":"bimtek-peserta"}' \
    "$base/api/auth/login" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')
file="$BENCH_WORK/video.mp4"
# An MP4 signature (ftyp isom), then random bytes: the server decides the type from the first bytes.
{ printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2'; head -c $((size_mb * 1024 * 1024 - 24)) /dev/urandom; } > "$file"
length=$(stat -c %s "$file")
pid=$(pgrep -f "karaf.base=$BENCH_HOME" | head -n 1)
memory() { awk '/VmRSS|VmHWM/ {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$pid/status"; }
echo "Bimtek practice upload, $(nproc) cores, ${size_mb} MB in ${chunk_mb} MB chunks"
echo "server before: $(memory)"
url=$(curl -s -D - -o /dev/null -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $length" \
    -X POST "$base/api/uploads" | awk -F': ' 'tolower($1) == "location" {print $2}' | tr -d '\r')
[ -n "$url" ] || { echo "creating the upload failed" >&2; exit 1; }
chunk=$((chunk_mb * 1024 * 1024))
offset=0
start=$(date +%s.%N)
while [ "$offset" -lt "$length" ]; do
    part="$BENCH_WORK/part"
    # Every acknowledged offset is a whole number of chunks, so the next chunk starts at a chunk boundary.
    dd if="$file" of="$part" bs=$chunk skip=$((offset / chunk)) count=1 status=none
    sum=$(openssl dgst -sha256 -binary "$part" | base64 -w0)
    offset=$(curl -s -D - -o /dev/null -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Tus-Resumable: 1.0.0' -H "Upload-Offset: $offset" \
        -H 'Content-Type: application/offset+octet-stream' -H "Upload-Checksum: sha256 $sum" --data-binary @"$part" -X PATCH "$base$url" \
        | awk -F': ' 'tolower($1) == "upload-offset" {print $2}' | tr -d '\r')
    [ -n "$offset" ] || { echo "a chunk was refused" >&2; exit 1; }
done
end=$(date +%s.%N)
echo "server after:  $(memory)"
server_sum=$(curl -s -b "$jar" "$base$url" | python3 -c 'import json,sys; print(json.load(sys.stdin)["sha256"])')
local_sum=$(sha256sum "$file" | cut -d' ' -f1)
[ "$server_sum" = "$local_sum" ] && echo "SHA-256 matches: $server_sum" || { echo "SHA-256 differs: $server_sum vs $local_sum" >&2; exit 1; }
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'{int(sys.argv[3])} MB in {s:.2f} s: {int(sys.argv[3])/s:.1f} MB/s (each chunk also hashed by openssl and sent by a new curl)')" \
    "$start" "$end" "$size_mb"
