#!/usr/bin/env bash
# Throughput benchmark: requests per second and p99 latency of the mirror (`wiretutor serve`) serving
# /romeo.txt, side by side with Python's `http.server` and nginx serving the same 167-byte file, measured
# with wrk in the same run, over keep-alive (HTTP/1.1) and with `Connection: close` (one request per
# connection).
#
#   bash bench/throughput.sh [SECONDS]   (seconds per wrk run, default 10; `quick` means 3)
#
# Prints a Markdown table and writes it to bench/results/throughput-<date>.md. See bench/README.md.
set -euo pipefail

secs=${1:-10}
[ "$secs" = quick ] && secs=3
threads=2 conns=50

die() { echo "throughput.sh: $*" >&2; exit 1; }
case $secs in '' | *[!0-9]*) die "SECONDS must be a positive whole number, not '$secs'." ;; esac
[ "$secs" -ge 1 ] || die "SECONDS must be at least 1."

for tool in java python3 curl wrk nginx; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (Debian: apt-get install -y wrk nginx curl)."
done

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
[ -f "$repo/target/wiretutor.jar" ] || die "target/wiretutor.jar is missing; build it with: mvn -q -DskipTests package"

work=$(mktemp -d "${TMPDIR:-/tmp}/wiretutor-tput.XXXXXX")
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
mkdir -p "$work/www" "$work/nginx"
cp "$repo/src/main/resources/org/wiretutor/mirror/files/romeo.txt" "$work/www/romeo.txt"

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
java -jar "$work/wiretutor.jar" serve --port "$mirror_port" >/dev/null 2>"$work/mirror.err" &
pids+=($!)

python_port=$(free_port)
python3 -m http.server "$python_port" --bind 127.0.0.1 --directory "$work/www" >/dev/null 2>&1 &
pids+=($!)

nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/octet-stream;
    types { text/plain txt; }
    keepalive_requests 100;     # as the mirror (and Apache's MaxKeepAliveRequests) do
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
    }
}
EOF
nginx -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" &
pids+=($!)

wait_up "$mirror_port" "the mirror (wiretutor serve)"
wait_up "$python_port" "python3 -m http.server"
wait_up "$nginx_port" "nginx"

for name in mirror python nginx; do
    port_var=${name}_port
    curl -s -i "http://127.0.0.1:${!port_var}/romeo.txt" -o "$work/reply-$name"
    tail -c 167 "$work/reply-$name" | cmp -s - "$work/www/romeo.txt" || die "$name did not serve romeo.txt intact."
done

# wrk runs: name mode seconds -> $work/wrk-<name>-<mode>.txt (every run bounded in time)
run_wrk() {
    local name=$1 mode=$2 d=$3 port_var=${1}_port
    local extra=()
    [ "$mode" = close ] && extra=(-H 'Connection: close')
    timeout $((d + 30)) wrk -t"$threads" -c"$conns" -d"${d}s" --timeout 5s --latency "${extra[@]}" \
        "http://127.0.0.1:${!port_var}/romeo.txt" >"$work/wrk-$name-$mode.txt" 2>&1 ||
        { cat "$work/wrk-$name-$mode.txt" >&2; die "wrk against $name ($mode) failed."; }
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "throughput.sh: warming up (not counted) ..." >&2
run_wrk mirror keepalive 5
run_wrk mirror close 3
run_wrk nginx keepalive 1
run_wrk python keepalive 1

order_keepalive=(mirror python nginx)
order_close=(nginx python mirror)   # the other way round, so no server always runs first
for mode in keepalive close; do
    order_var="order_${mode}[@]"
    for name in "${!order_var}"; do
        echo "throughput.sh: $name, $mode, ${secs} s ..." >&2
        run_wrk "$name" "$mode" "$secs"
        sleep 1
    done
done
load_after=$(cut -d' ' -f1 /proc/loadavg)

cpu=$(grep -m1 -E '^(model name|Model|Hardware)[[:space:]]*:' /proc/cpuinfo 2>/dev/null | sed 's/^[^:]*:[[:space:]]*//' || true)
mkdir -p "$bench/results"
out="$bench/results/throughput-$(date '+%Y-%m-%d-%H%M%S').md"

BENCH_WORK=$work BENCH_SECS=$secs BENCH_THREADS=$threads BENCH_CONNS=$conns BENCH_OUT=$out \
BENCH_CPU=${cpu:-unknown} BENCH_NPROC=$(nproc) BENCH_KERNEL="$(uname -sr)" \
BENCH_JAVA="$(java -version 2>&1 | sed -n 2p)" \
BENCH_PY="$(python3 --version 2>&1)" BENCH_NGINX="$(nginx -v 2>&1 | sed 's/^nginx version: nginx\///')" \
BENCH_WRK="$(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)" BENCH_LOAD="$load_before / $load_after" \
BENCH_COMMIT="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
python3 - <<'PY'
import os, re, datetime
E = os.environ
work = E["BENCH_WORK"]

def ms(value):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    n, unit = float(m.group(1)), m.group(2)
    return n * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

def parse(name, mode):
    text = open(f"{work}/wrk-{name}-{mode}.txt").read()
    r = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    for p in ("50", "99"):
        r["p" + p] = ms(re.search(rf"^\s+{p}%\s+(\S+)", text, re.M).group(1))
    r["requests"] = int(re.search(r"(\d+) requests in", text).group(1))
    errs = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    parts = []
    if errs:
        parts += [f"{k} {v}" for k, v in zip(("connect", "read", "write", "timeout"), errs.groups()) if v != "0"]
    if non2xx:
        parts.append(f"non-2xx {non2xx.group(1)}")
    r["errors"] = ", ".join(parts) or "none"
    return r

names = {"mirror": "mirror (`wiretutor serve`)", "python": "`python3 -m http.server`", "nginx": "nginx, 1 worker"}
modes = {"keepalive": "keep-alive (HTTP/1.1)", "close": "`Connection: close`"}
res = {(n, m): parse(n, m) for n in names for m in modes}
size = {n: os.path.getsize(f"{work}/reply-{n}") for n in names}

rows, ratios = [], []
for m, mlabel in modes.items():
    for n, nlabel in names.items():
        r = res[(n, m)]
        rows.append(f"| {mlabel} | {nlabel} | {r['rps']:,.0f} | {r['p50']:.2f} ms | {r['p99']:.2f} ms | {r['requests']:,} | {r['errors']} |")
    mp = res[("mirror", m)]["rps"] / res[("python", m)]["rps"]
    mn = res[("mirror", m)]["rps"] / res[("nginx", m)]["rps"]
    ratios.append(f"| {mlabel} | **{mp:.1f}×** ({'met' if mp >= 10 else 'not met'}) | **{mn:.2f}** ({'met' if mn >= 0.5 else 'not met'}) |")

now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
report = f"""## Mirror throughput vs Python and nginx, {now}

`wrk -t{E['BENCH_THREADS']} -c{E['BENCH_CONNS']} -d{E['BENCH_SECS']}s --latency` against `/romeo.txt` (167 bytes) on
127.0.0.1; wrk and the server share the same CPUs. The mirror was warmed up first (8 s of wrk, not counted).

| connections | server | requests/s | p50 | p99 | requests | errors |
|---|---|---:|---:|---:|---:|---|
{chr(10).join(rows)}

| connections | mirror / python (goal ≥ 10×) | mirror / nginx (goal ≥ 0.5) |
|---|---:|---:|
{chr(10).join(ratios)}

Whole reply, headers included: mirror {size['mirror']} bytes, python {size['python']}, nginx {size['nginx']}.
`python3 -m http.server` answers HTTP/1.0 and closes after every reply, so wrk reconnects for each request
even in the keep-alive run; the mirror and nginx (set to `keepalive_requests 100`, like the mirror)
close a keep-alive connection after 100 requests.

The mirror runs as `java -jar wiretutor.jar serve --port P` (default JVM flags), its log to /dev/null;
Python's log goes to /dev/null too.

Machine: {E['BENCH_NPROC']} CPUs, {E['BENCH_CPU']}; {E['BENCH_KERNEL']}; {E['BENCH_JAVA']};
{E['BENCH_PY']}; nginx {E['BENCH_NGINX']}; {E['BENCH_WRK']}. Load average (1 min) before / after: {E['BENCH_LOAD']}. Repository HEAD {E['BENCH_COMMIT']}.
"""
print(report)
with open(E["BENCH_OUT"], "w") as f:
    f.write(report)
PY
echo "throughput.sh: results written to ${out#"$repo"/}" >&2
