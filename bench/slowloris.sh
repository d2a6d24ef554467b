#!/usr/bin/env bash
# Slowloris benchmark: N slow connections (default 3,000) held open against the mirror (`wiretutor serve`) and,
# in the same run, against nginx, each sending one more header byte every 3 s and never its blank line, while a
# normal client sends GET /romeo.txt on a fresh connection every 20 ms. Reports how many normal requests were
# answered 200, their p50/p99/max latency, and the mirror's figures as ratios to nginx's.
#
#   bash bench/slowloris.sh [SLOW] [SECONDS]   (slow connections, default 3000; seconds of normal requests, default 10)
#
# Slow connections come from 127.0.0.2 and up, 50 per address (the mirror's --per-client limit is 64), the
# normal client from 127.0.0.1. Prints a Markdown table and writes it to bench/results/slowloris-<date>.md.
# See bench/README.md.
set -euo pipefail

slow=${1:-3000}
secs=${2:-10}
per_address=50

die() { echo "slowloris.sh: $*" >&2; exit 1; }
case $slow in '' | *[!0-9]*) die "SLOW must be a whole number, not '$slow'." ;; esac
case $secs in '' | *[!0-9]*) die "SECONDS must be a whole number, not '$secs'." ;; esac
[ "$secs" -ge 1 ] || die "SECONDS must be at least 1."

for tool in java python3 curl nginx; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (Debian: apt-get install -y nginx curl)."
done

# every slow connection is a file descriptor in the client and one in the server
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
need=$((slow + 1000))
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge "$need" ] ||
    die "$slow slow connections need $need open files, but this shell allows $(ulimit -n) (ulimit -Hn)."

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
[ -f "$repo/target/wiretutor.jar" ] || die "target/wiretutor.jar is missing; build it with: mvn -q -DskipTests package"

work=$(mktemp -d "${TMPDIR:-/tmp}/wiretutor-slowloris.XXXXXX")
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do
        for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$p" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cp "$repo/target/wiretutor.jar" "$work/wiretutor.jar"
cp "$bench/SlowClients.java" "$work/SlowClients.java"
mkdir -p "$work/www" "$work/nginx" "$work/classes"
cp "$repo/src/main/resources/org/wiretutor/mirror/files/romeo.txt" "$work/www/romeo.txt"
javac -d "$work/classes" "$work/SlowClients.java"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
wait_up() {   # port name: wait (at most 30 s) until the server answers /romeo.txt
    for _ in $(seq 300); do
        curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/romeo.txt" && return 0
        sleep 0.1
    done
    die "$2 did not answer on port $1 within 30 s."
}

mirror_port=$(free_port)
java -jar "$work/wiretutor.jar" serve --port "$mirror_port" >"$work/mirror.log" 2>"$work/mirror.err" &
pids+=($!)

nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
worker_rlimit_nofile 20000;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log crit;
events { worker_connections 16384; }
http {
    access_log off;
    default_type application/octet-stream;
    types { text/plain txt; }
    client_header_timeout 20s;   # as the mirror's request timeout (Apache's mod_reqtimeout header=20-40)
    keepalive_timeout 5s;
    keepalive_requests 100;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$nginx_port backlog=4096;
        root $work/www;
    }
}
EOF
nginx -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" &
pids+=($!)

wait_up "$mirror_port" "the mirror (wiretutor serve)"
wait_up "$nginx_port" "nginx"

run_load() {   # name port -> $work/load-<name>.txt, bounded in time
    echo "slowloris.sh: $slow slow connections against $1, normal requests for $secs s ..." >&2
    timeout $((secs + 180)) java -cp "$work/classes" SlowClients "$2" "$slow" "$secs" "$per_address" 3000 \
        >"$work/load-$1.txt" 2>&1 || { cat "$work/load-$1.txt" >&2; die "the load against $1 failed."; }
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
run_load nginx "$nginx_port"
sleep 2
run_load mirror "$mirror_port"
load_after=$(cut -d' ' -f1 /proc/loadavg)

cpu=$(grep -m1 -E '^(model name|Model|Hardware)[[:space:]]*:' /proc/cpuinfo 2>/dev/null | sed 's/^[^:]*:[[:space:]]*//' || true)
mkdir -p "$bench/results"
out="$bench/results/slowloris-$(date '+%Y-%m-%d-%H%M%S').md"

BENCH_WORK=$work BENCH_SLOW=$slow BENCH_SECS=$secs BENCH_PER=$per_address BENCH_OUT=$out \
BENCH_CPU=${cpu:-unknown} BENCH_NPROC=$(nproc) BENCH_KERNEL="$(uname -sr)" \
BENCH_JAVA="$(java -version 2>&1 | sed -n 2p)" BENCH_NGINX="$(nginx -v 2>&1 | sed 's/^nginx version: nginx\///')" \
BENCH_LOAD="$load_before / $load_after" \
BENCH_COMMIT="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
python3 - <<'PY'
import os, datetime
E = os.environ
work = E["BENCH_WORK"]

def load(name):
    line = open(f"{work}/load-{name}.txt").read().strip().splitlines()[-1]
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split())}

r = {n: load(n) for n in ("mirror", "nginx")}
log = open(f"{work}/mirror.log", encoding="utf-8", errors="replace").read().splitlines()
turned_away = sum("(turned away)" in l for l in log)
timed_out = sum("no blank line before timeout" in l for l in log)

def row(name, label):
    x = r[name]
    return (f"| {label} | {int(x['held']):,} / {int(x['slow']):,} | {int(x['ok']):,} / {int(x['sent']):,} | "
            f"{int(x['over_1s'])} | {x['p50_ms']:.2f} ms | {x['p99_ms']:.2f} ms | {x['max_ms']:.2f} ms |")

p99 = r["mirror"]["p99_ms"] / r["nginx"]["p99_ms"] if r["nginx"]["p99_ms"] else float("inf")
p50 = r["mirror"]["p50_ms"] / r["nginx"]["p50_ms"] if r["nginx"]["p50_ms"] else float("inf")
all_ok = r["mirror"]["ok"] == r["mirror"]["sent"] and r["mirror"]["over_1s"] == 0
now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
report = f"""## Slowloris: {E['BENCH_SLOW']} slow connections, mirror vs nginx, {now}

{E['BENCH_SLOW']} connections from 127.0.0.2 and up ({E['BENCH_PER']} per address) each sent the start of a head,
then one more header byte every 3 s, never the blank line (a connection the server closed was opened again).
Meanwhile a client on 127.0.0.1 sent `GET /romeo.txt HTTP/1.0` on a fresh connection every 20 ms for
{E['BENCH_SECS']} s. Both servers: 20 s to finish a head, on 127.0.0.1, one after the other, same load.

| server | slow connections held at the end | normal requests answered 200 | over 1 s | p50 | p99 | max |
|---|---:|---:|---:|---:|---:|---:|
{row("mirror", "mirror (`wiretutor serve`)")}
{row("nginx", "nginx, 1 worker")}

Mirror / nginx: p50 **{p50:.2f}**, p99 **{p99:.2f}** (goal: p99 at most 2 — {'met' if p99 <= 2 else 'not met'});
every normal request answered 200 within a second: **{'yes' if all_ok else 'no'}**.
Opening the slow connections took {int(r['mirror']['connect_ms']):,} ms against the mirror and
{int(r['nginx']['connect_ms']):,} ms against nginx. The mirror's log: {turned_away} connections turned away
(`--per-client`, server full), {timed_out} heads cut off with 408.

Machine: {E['BENCH_NPROC']} CPUs ({E['BENCH_CPU']}), {E['BENCH_KERNEL']}; {E['BENCH_JAVA']}; nginx {E['BENCH_NGINX']};
load average before / after: {E['BENCH_LOAD']}; commit {E['BENCH_COMMIT']}.
"""
print(report)
open(E["BENCH_OUT"], "w").write(report)
PY
