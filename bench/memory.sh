#!/usr/bin/env bash
# Memory benchmark: resident memory (RSS) of the wiretutor shell at its first prompt and after walking
# through lesson 1 in a real terminal (tmux), next to a plain Java hello world waiting at its prompt,
# started the same way and measured the same way in the same run.
#
#   bash bench/memory.sh [RUNS]      (RUNS defaults to 3; `quick` means 1)
#
# Prints a Markdown table and writes it to bench/results/memory-<date>.md. See bench/README.md.
set -euo pipefail

runs=${1:-3}
[ "$runs" = quick ] && runs=1
cols=120 rows=40
jvm_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"   # as in the ./wiretutor launcher

die() { echo "memory.sh: $*" >&2; exit 1; }
case $runs in '' | *[!0-9]*) die "RUNS must be a positive whole number, not '$runs'." ;; esac
[ "$runs" -ge 1 ] || die "RUNS must be at least 1."
for tool in tmux java javac jcmd python3 ps; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (or not on PATH); the benchmark needs it."
done

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
[ -f "$repo/target/wiretutor.jar" ] || die "target/wiretutor.jar is missing; build it with: mvn -q -DskipTests package"
walk="$repo/lessons/walkthroughs/01-http-dance.pass"
[ -f "$walk" ] || die "$walk is missing."

work=$(mktemp -d "${TMPDIR:-/tmp}/wiretutor-mem.XXXXXX")
sock="$work/tmux.sock"
driver=""
cleanup() {
    if [ -n "$driver" ]; then kill "$driver" 2>/dev/null || true; fi
    tmux -S "$sock" kill-server >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cp "$repo/target/wiretutor.jar" "$work/wiretutor.jar"
mkdir -p "$work/classes"
javac -d "$work/classes" "$bench/HelloWorld.java" || die "could not compile bench/HelloWorld.java."

cpu=$(grep -m1 -E '^(model name|Model|Hardware)[[:space:]]*:' /proc/cpuinfo 2>/dev/null | sed 's/^[^:]*:[[:space:]]*//' || true)
mkdir -p "$bench/results"
out="$bench/results/memory-$(date '+%Y-%m-%d-%H%M%S').md"

export BENCH_SOCK=$sock BENCH_WORK=$work BENCH_RUNS=$runs BENCH_COLS=$cols BENCH_ROWS=$rows \
    BENCH_JVM_FLAGS=$jvm_flags BENCH_OUT=$out BENCH_WALK=$walk BENCH_CPU=${cpu:-unknown} BENCH_NPROC=$(nproc) \
    BENCH_KERNEL="$(uname -sr)" BENCH_TMUX="$(tmux -V)" BENCH_MEM="$(free -m | awk '/^Mem:/ {print $2}')" \
    BENCH_JAVA="$(java -version 2>&1 | sed -n 2p)" \
    BENCH_COMMIT="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"

python3 - <<'PY' &
import os, re, shlex, statistics, subprocess, sys, time, datetime

E = os.environ
sock, work, runs = E["BENCH_SOCK"], E["BENCH_WORK"], int(E["BENCH_RUNS"])
cols, rows, flags = E["BENCH_COLS"], E["BENCH_ROWS"], E["BENCH_JVM_FLAGS"]
STEP_LIMIT = 20.0      # seconds any one step may take
SETTLE = 0.5           # the screen must stay the same this long, with a prompt at the bottom
walk = open(E["BENCH_WALK"], encoding="utf-8").read().split("\n")
if walk and walk[-1] == "":
    walk.pop()         # the file's final newline is not an extra empty line

def tmux(*args, check=True):
    return subprocess.run(["tmux", "-S", sock, *args], capture_output=True, text=True, check=check, timeout=10)

subprocess.run(["tmux", "-S", sock, "-f", "/dev/null", "new-session", "-d", "-s", "keeper",
                "-x", cols, "-y", rows, "sleep 86400"], check=True, timeout=10)
tmux("set-option", "-g", "remain-on-exit", "on")

def screen(target):
    return tmux("capture-pane", "-p", "-t", target, check=False).stdout

def prompt_at_bottom(text, prompts):
    lines = [l for l in text.splitlines() if l.strip()]
    return bool(lines) and any(p.fullmatch(lines[-1]) for p in prompts)

def wait_prompt(target, prompts, what, before=None):
    """Waits (bounded) until the screen differs from `before`, shows a prompt on its last line and stays still."""
    deadline = time.monotonic() + STEP_LIMIT
    last, since = None, time.monotonic()
    while True:
        text = screen(target)
        now = time.monotonic()
        if text != last:
            last, since = text, now
        elif text != before and prompt_at_bottom(text, prompts) and now - since >= SETTLE:
            return text
        if now > deadline:
            sys.exit(f"memory.sh: no prompt within {STEP_LIMIT:g} s after {what}. The screen:\n{text}")
        time.sleep(0.02)

def java_pid(pane_pid):
    """The java process: the pane's own process or its descendant."""
    todo = [pane_pid]
    while todo:
        pid = todo.pop()
        try:
            comm = open(f"/proc/{pid}/comm").read().strip()
        except OSError:
            continue
        if comm == "java":
            return pid
        todo += [int(c) for c in subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                                                text=True).stdout.split()]
    sys.exit("memory.sh: could not find the java process in the tmux pane.")

def rss_kib(pid):
    return int(subprocess.run(["ps", "-o", "rss=", "-p", str(pid)], capture_output=True, text=True,
                              check=True).stdout.strip())

def heap_used_kib(pid, collect=False):
    """Java heap in use, from `jcmd PID GC.heap_info` (read after the RSS: attaching costs a little memory);
    with collect, after a full GC (`jcmd PID GC.run`), so only what is still reachable."""
    if collect:
        subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, text=True, timeout=30)
    r = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=30)
    used = [int(x) for x in re.findall(r"generation\s+total \d+K, used (\d+)K", r.stdout)]
    return sum(used) if used else None

counter = 0
def start(cmd):
    global counter
    counter += 1
    home = os.path.join(work, f"home{counter}")
    os.mkdir(home, 0o700)
    session = f"run{counter}"
    r = tmux("new-session", "-d", "-s", session, "-x", cols, "-y", rows, "-P", "-F", "#{pane_pid}",
             f"env WIRETUTOR_HOME={shlex.quote(home)} {cmd}")
    return session, f"{session}:0.0", int(r.stdout.strip())

def stop(session, pid):
    tmux("kill-session", "-t", session, check=False)
    end = time.monotonic() + 5
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)

def measure_hello():
    session, target, pane = start(f"java {flags} -cp {shlex.quote(work + '/classes')} HelloWorld")
    try:
        wait_prompt(target, [re.compile(r"hello>")], "starting the hello world")
        pid = java_pid(pane)
        time.sleep(1)
        rss = rss_kib(pid)
        return {"rss": rss, "heap": heap_used_kib(pid), "live": heap_used_kib(pid, collect=True)}
    finally:
        stop(session, pane)

PROMPTS = [re.compile(r"wiretutor>"), re.compile(r"\[[^\]]+\]")]   # the shell's, and the connected one
def measure_wiretutor():
    session, target, pane = start(f"java {flags} -jar {shlex.quote(work + '/wiretutor.jar')} --offline")
    try:
        text = wait_prompt(target, PROMPTS, "starting wiretutor")
        pid = java_pid(pane)
        time.sleep(1)
        first = {"rss": rss_kib(pid)}
        first["heap"] = heap_used_kib(pid)
        first["live"] = None   # no GC here: it would change what the lesson's figure measures
        for line in walk:
            before = screen(target)
            if line:
                tmux("send-keys", "-t", target, "-l", line)
            tmux("send-keys", "-t", target, "Enter")
            text = wait_prompt(target, PROMPTS, f"sending {line!r}", before)
        if "Lesson 1," not in text or "complete." not in text:
            sys.exit("memory.sh: lesson 1 did not complete. The screen:\n" + text)
        time.sleep(1)
        after = {"rss": rss_kib(pid)}
        after["heap"] = heap_used_kib(pid)
        after["live"] = heap_used_kib(pid, collect=True)
        return first, after
    finally:
        stop(session, pane)

def load():
    return open("/proc/loadavg").read().split()[0]
load_before = load()

hello, first, after = [], [], []
for i in range(runs):
    order = ("hello", "wiretutor") if i % 2 == 0 else ("wiretutor", "hello")
    for name in order:
        if name == "hello":
            hello.append(measure_hello())
        else:
            f, a = measure_wiretutor()
            first.append(f)
            after.append(a)
        print(f"  run {i + 1}/{runs} {name} done", file=sys.stderr)

def med(xs, key):
    vals = [x[key] for x in xs if x[key] is not None]
    return statistics.median(vals) if vals else None

def mib(kib):
    return "—" if kib is None else f"{kib / 1024:.1f} MiB"

m = {k: (med(v, "rss"), med(v, "heap"), med(v, "live")) for k, v in (("hello", hello), ("first", first), ("after", after))}
ratio_after = m["after"][0] / m["hello"][0]
ratio_first = m["first"][0] / m["hello"][0]
now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
raw = lambda xs: ", ".join(f"{x['rss'] / 1024:.1f}" for x in xs)
report = f"""## Shell memory after lesson 1 vs a hello world, {now}

Resident memory (`ps -o rss=`) of the JVM, 1 s after the prompt showed, in a {cols}x{rows} tmux pane; both
programs started with `{flags}` (as the `./wiretutor` launcher does). wiretutor runs `--offline` with a new
empty `WIRETUTOR_HOME`; lesson 1 is walked by typing the lines of
`lessons/walkthroughs/01-http-dance.pass` with `tmux send-keys`, waiting for the prompt after each
(it connects to the built-in mirror, sends `GET http://data.pr4e.org/romeo.txt HTTP/1.0` and reads the
annotated reply). Java heap in use (garbage included) from `jcmd PID GC.heap_info`, read just after the
RSS; live heap from the same after `jcmd PID GC.run` (a full GC), read last.
Median of {runs} run{'s' if runs != 1 else ''} each, the programs alternating.

| program | RSS | RSS / hello world | Java heap in use | live heap after a full GC |
|---|---:|---:|---:|---:|
| hello world (`HelloWorld.java`), at its prompt | {mib(m['hello'][0])} | 1.00 | {mib(m['hello'][1])} | {mib(m['hello'][2])} |
| wiretutor `--offline`, at its first prompt | {mib(m['first'][0])} | {ratio_first:.2f} | {mib(m['first'][1])} | — |
| wiretutor `--offline`, after lesson 1 | {mib(m['after'][0])} | **{ratio_after:.2f}** | {mib(m['after'][1])} | {mib(m['after'][2])} |

Raw RSS (MiB): hello world {raw(hello)}; wiretutor at first prompt {raw(first)}; after lesson 1 {raw(after)}.

Machine: {E['BENCH_NPROC']} CPUs, {E['BENCH_CPU']}, {E['BENCH_MEM']} MiB RAM (the JVM sizes its default heap from it);
{E['BENCH_KERNEL']}; {E['BENCH_JAVA']}; {E['BENCH_TMUX']}. Load average (1 min) before / after: {load_before} / {load()}.
Repository HEAD {E['BENCH_COMMIT']}.
"""
print(report)
with open(E["BENCH_OUT"], "w") as f:
    f.write(report)
PY
driver=$!
wait "$driver"
driver=""
echo "memory.sh: results written to ${out#"$repo"/}" >&2
