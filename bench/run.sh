#!/usr/bin/env bash
# All the benchmarks, one after the other, each comparing wiretutor with a reference measured in the same run:
#
#   1. start-up to the first prompt vs a hello world          (bench/startup.sh)
#   2. mirror throughput vs python3 -m http.server and nginx  (bench/throughput.sh, with wrk)
#   3. annotating a large reply, streaming, vs reading it into nothing   (bench/AnnotateBench.java)
#   4. shell memory after lesson 1 vs a hello world           (bench/memory.sh)
#
#   bash bench/run.sh           full runs, about 4 minutes
#   bash bench/run.sh quick     shorter runs, noisier figures, about 2 minutes
#
# Prints a summary table (goals met or not) and every report as Markdown, and writes them all to
# bench/results/all-<date>.md (not tracked by git). See bench/README.md.
set -euo pipefail

mode=${1:-full}
case $mode in
    full) startup_runs=10 tput_secs=10 annotate_sizes="1 10 100" memory_runs=3 ;;
    quick) startup_runs=3 tput_secs=3 annotate_sizes="1 10 100" memory_runs=1 ;;
    *) echo "usage: bash bench/run.sh [quick]" >&2; exit 2 ;;
esac

die() { echo "run.sh: $*" >&2; exit 1; }
for tool in java javac python3 tmux jcmd curl wrk nginx; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "$tool is not installed (or not on PATH). On Debian: apt-get install -y wrk nginx tmux curl."
done

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
if [ ! -f "$repo/target/wiretutor.jar" ]; then
    command -v mvn >/dev/null 2>&1 || die "target/wiretutor.jar is missing and Maven (mvn) is not installed to build it."
    echo "run.sh: target/wiretutor.jar is missing; building it with Maven ..." >&2
    (cd "$repo" && timeout 900 mvn -q -B -DskipTests package) >&2 || die "the Maven build failed."
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/wiretutor-all.XXXXXX")
child=""
cleanup() {
    if [ -n "$child" ]; then kill "$child" 2>/dev/null || true; wait "$child" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# step NAME LIMIT COMMAND...: runs one benchmark in the background (so Ctrl-C reaches the trap at once), its
# Markdown report to $work/NAME.md, bounded in time.
step() {
    local name=$1 limit=$2
    shift 2
    echo "run.sh: $name ..." >&2
    timeout --signal=TERM --kill-after=10 "$limit" "$@" >"$work/$name.md" &
    child=$!
    wait "$child" || die "the $name benchmark failed or ran out of time (${limit} s)."
    child=""
}

cp "$repo/target/wiretutor.jar" "$work/wiretutor.jar"
load_before=$(cut -d' ' -f1 /proc/loadavg)
step startup 300 bash "$bench/startup.sh" "$startup_runs"
step throughput 300 bash "$bench/throughput.sh" "$tput_secs"
# shellcheck disable=SC2086
step annotate 300 java -Xmx64m -cp "$work/wiretutor.jar" "$bench/AnnotateBench.java" $annotate_sizes
step memory 300 bash "$bench/memory.sh" "$memory_runs"
load_after=$(cut -d' ' -f1 /proc/loadavg)

cpu=$(grep -m1 -E '^(model name|Model|Hardware)[[:space:]]*:' /proc/cpuinfo 2>/dev/null | sed 's/^[^:]*:[[:space:]]*//' || true)
mkdir -p "$bench/results"
out="$bench/results/all-$(date '+%Y-%m-%d-%H%M%S').md"

BENCH_WORK=$work BENCH_OUT=$out BENCH_MODE=$mode BENCH_SIZES="$annotate_sizes" BENCH_CPU=${cpu:-unknown} \
BENCH_NPROC=$(nproc) BENCH_MEM="$(free -m | awk '/^Mem:/ {print $2}')" BENCH_KERNEL="$(uname -sr)" \
BENCH_JAVA="$(java -version 2>&1 | sed -n 2p)" BENCH_LOAD="$load_before / $load_after" \
BENCH_COMMIT="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
python3 - <<'PY'
import os, re, datetime
E = os.environ
w = E["BENCH_WORK"]
text = {n: open(f"{w}/{n}.md").read() for n in ("startup", "throughput", "annotate", "memory")}
text["startup"] = re.sub(r"^# ", "## ", text["startup"], flags=re.M)

rows = []
s = re.search(r"Ratio of medians \(wiretutor / hello world\): ([\d.]+)", text["startup"]).group(1)
sm = re.findall(r"^\| (hello world|wiretutor)[^|]*\|[^|]*\| (\d+) ms \|", text["startup"], re.M)
rows.append(f"| start-up to the first prompt | ./wiretutor {sm[1][1]} ms, bin/wiretutor {sm[2][1]} ms, hello world {sm[0][1]} ms (medians) "
            f"| wiretutor / hello world **{s}** (the larger) | ≤ 3: **{'met' if float(s) <= 3 else 'not met'}** |")

for mode, mp, mpv, mn, mnv in re.findall(
        r"^\| (keep-alive \(HTTP/1\.1\)|`Connection: close`) \| \*\*([\d.]+)×\*\* \((met|not met)\) \| \*\*([\d.]+)\*\* \((met|not met)\) \|",
        text["throughput"], re.M):
    rps = dict(re.findall(r"^\| " + re.escape(mode) + r" \| (mirror|`python3|nginx)[^|]*\| ([\d,]+) \|", text["throughput"], re.M))
    rows.append(f"| mirror requests/s, {mode} | mirror {rps['mirror']}, python {rps['`python3']}, nginx {rps['nginx']} "
                f"| mirror / python **{mp}×**; mirror / nginx **{mn}** | ≥ 10× python: **{mpv}**; ≥ 0.5 nginx: **{mnv}** |")

arows = re.findall(r"^\| (Content-Length|chunked[^|]*) \| (\d+) MB \| ([\d,]+) MB/s \| ([\d,]+) MB/s \| \*\*([\d.]+)\*\* \| [^|]+ \| [^|]+ \| ([-\d,]+) KiB \|",
                   text["annotate"], re.M)
for framing in ("Content-Length", "chunked"):
    mine = [r for r in arows if r[0].startswith(framing)]
    small, big = mine[0], mine[-1]
    own = [int(r[5].replace(",", "")) for r in mine]
    flat = max(own) - min(own) <= 16
    rows.append(f"| annotating a {big[1]} MB reply, {framing} | {big[3]} MB/s; the annotator's own heap "
                f"{', '.join(f'{o} KiB' for o in own)} at {', '.join(r[1] for r in mine)} MB "
                f"| annotator / read-into-nothing time **{big[4]}** at {big[1]} MB, **{small[4]}** at {small[1]} MB "
                f"| heap flat as the body grows: **{'met' if flat else 'not met'}** |")

mm = re.search(r"after lesson 1 \| ([\d.]+) MiB \| \*\*([\d.]+)\*\*", text["memory"])
mh = re.search(r"hello world \(`HelloWorld.java`\), at its prompt \| ([\d.]+) MiB", text["memory"])
rows.append(f"| shell memory (RSS) after lesson 1 | wiretutor {mm.group(1)} MiB, hello world {mh.group(1)} MiB "
            f"| wiretutor / hello world **{mm.group(2)}** | (no goal set) |")

now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
report = f"""# wiretutor benchmarks, {now} ({E['BENCH_MODE']} run)

Every figure is a ratio against a reference measured side by side in the same run.

| benchmark | figures | ratio | goal |
|---|---|---|---|
{chr(10).join(rows)}

Machine: {E['BENCH_NPROC']} CPUs, {E['BENCH_CPU']}, {E['BENCH_MEM']} MiB RAM; {E['BENCH_KERNEL']}; {E['BENCH_JAVA']}.
Load average (1 min) before / after all benchmarks: {E['BENCH_LOAD']}. Repository HEAD {E['BENCH_COMMIT']}.

{text['startup'].strip()}

{text['throughput'].strip()}

## Annotating a large reply, streaming

`java -Xmx64m -cp target/wiretutor.jar bench/AnnotateBench.java {E['BENCH_SIZES']}`: a synthetic reply fed to
`ResponseAnnotator` in 64 KiB pieces, next to the same bytes read from the same stream into nothing.
MB = 2^20 bytes; throughput counts every byte of the reply.

{text['annotate'].strip()}

{text['memory'].strip()}
"""
print(report)
with open(E["BENCH_OUT"], "w") as f:
    f.write(report)
PY
echo "run.sh: results written to ${out#"$repo"/}" >&2
