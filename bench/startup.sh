#!/usr/bin/env bash
# Start-up benchmark: time from launch to the first prompt in a real terminal (tmux), for wiretutor
# started as a clone starts it (./wiretutor) and as the distribution starts it (bin/wiretutor), and for
# a plain Java hello world with the same JVM flags, all measured in the same run. After each prompt a
# key is typed, and the time until it shows on the screen is measured too.
#
#   bash bench/startup.sh [RUNS]      (RUNS defaults to 10; 2 warm-up runs of each come first)
#
# Prints a Markdown table and writes it to bench/results/startup-<date>.md. See bench/README.md.
set -euo pipefail

runs=${1:-10}
warmups=2
timeout_s=20            # give up on any one run after this long
cols=120 rows=40        # fixed terminal size for every session
jvm_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"   # as in the ./wiretutor launcher

die() { echo "startup.sh: $*" >&2; exit 1; }

case $runs in '' | *[!0-9]*) die "RUNS must be a positive whole number, not '$runs'." ;; esac
[ "$runs" -ge 1 ] || die "RUNS must be at least 1."

for tool in tmux java javac python3 unzip; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (or not on PATH); the benchmark needs it."
done

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/wiretutor-bench.XXXXXX")
sock="$work/tmux.sock"            # a private tmux server, so no other tmux session is touched
driver=""                          # pid of the python3 driver while it runs
cleanup() {
    if [ -n "$driver" ]; then kill "$driver" 2>/dev/null || true; fi
    tmux -S "$sock" kill-server >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The jar and the distribution: build them only when missing, then measure private copies, so a rebuild
# cannot disturb us. The clone: the ./wiretutor launcher beside target/wiretutor.jar (it makes its own
# class-data-sharing archive on its first run, a warm-up). The distribution: the zip unpacked into a folder
# whose name has a space, with its own cache folder for the archive, as a learner would have it.
# the project's own version: the <version> right after <artifactId>wiretutor</artifactId>
version=$(sed -n '/<artifactId>wiretutor<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q;}' "$repo/pom.xml")
[ -n "$version" ] || die "could not read the project's version from pom.xml."
zip="$repo/target/wiretutor-$version.zip"
if [ ! -f "$repo/target/wiretutor.jar" ] || [ ! -f "$zip" ]; then
    command -v mvn >/dev/null 2>&1 || die "target/wiretutor.jar or $zip is missing and Maven (mvn) is not installed to build them."
    echo "startup.sh: target/wiretutor.jar or the distribution is missing; building them with Maven ..." >&2
    (cd "$repo" && timeout 900 mvn -q -B -DskipTests package) >"$work/build.log" 2>&1 ||
        { cat "$work/build.log" >&2; die "the Maven build failed (its output is above)."; }
    [ -f "$repo/target/wiretutor.jar" ] && [ -f "$zip" ] || die "the Maven build did not produce target/wiretutor.jar and $zip."
fi
mkdir -p "$work/clone/target" "$work/dist folder" "$work/cache"
cp "$repo/wiretutor" "$work/clone/wiretutor"
cp "$repo/target/wiretutor.jar" "$work/clone/target/wiretutor.jar"
command -v unzip >/dev/null 2>&1 || die "unzip is not installed (or not on PATH); the benchmark needs it for the distribution."
unzip -q "$zip" -d "$work/dist folder" || die "could not unpack $zip."
dist_bin="$work/dist folder/wiretutor-$version/bin/wiretutor"
[ -x "$dist_bin" ] || die "the distribution has no executable bin/wiretutor."
jar_built=$(date -r "$repo/target/wiretutor.jar" '+%Y-%m-%d %H:%M' 2>/dev/null || echo "at an unknown time")

mkdir -p "$work/classes"
javac -d "$work/classes" "$bench/HelloWorld.java" || die "could not compile bench/HelloWorld.java."

# The machine.
cpu=$(grep -m1 -E '^(model name|Model|Hardware)[[:space:]]*:' /proc/cpuinfo 2>/dev/null | sed 's/^[^:]*:[[:space:]]*//' || true)
[ -n "$cpu" ] || cpu="unknown ($(uname -m))"
java_version=$(java -version 2>&1 | head -n 2 | paste -sd ';' - | sed 's/;/; /')
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)

mkdir -p "$bench/results"
stamp=$(date '+%Y-%m-%d-%H%M%S')
out="$bench/results/startup-$stamp.md"

export BENCH_SOCK=$sock BENCH_WORK=$work BENCH_RUNS=$runs BENCH_WARMUPS=$warmups BENCH_TIMEOUT=$timeout_s \
    BENCH_COLS=$cols BENCH_ROWS=$rows BENCH_JVM_FLAGS=$jvm_flags BENCH_DIST_BIN=$dist_bin BENCH_OUT=$out \
    BENCH_CPU=$cpu BENCH_NPROC=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN) BENCH_JAVA=$java_version BENCH_TMUX=$(tmux -V) \
    BENCH_COMMIT=$commit BENCH_JAR_BUILT=$jar_built BENCH_KERNEL="$(uname -sr)"

# The measuring itself: python3 drives tmux and reads a high-resolution monotonic clock. It runs in the
# background so that an interrupt reaches the trap (and the cleanup) at once.
python3 - <<'PY' &
import os, shlex, statistics, subprocess, sys, time, datetime, math

E = os.environ
sock, work = E["BENCH_SOCK"], E["BENCH_WORK"]
runs, warmups, limit = int(E["BENCH_RUNS"]), int(E["BENCH_WARMUPS"]), float(E["BENCH_TIMEOUT"])
cols, rows, flags = E["BENCH_COLS"], E["BENCH_ROWS"], E["BENCH_JVM_FLAGS"]
POLL = float(E.get("BENCH_POLL_MS", "5")) / 1000   # polling interval; 5 ms unless BENCH_POLL_MS says otherwise

def tmux(*args, check=True):
    return subprocess.run(["tmux", "-S", sock, *args], capture_output=True, text=True, check=check, timeout=10)

# One server for the whole run (kept alive by an idle session), so each timed launch pays for a new
# session and window in a running tmux, not for starting tmux itself. No user config (-f /dev/null).
subprocess.run(["tmux", "-S", sock, "-f", "/dev/null", "new-session", "-d", "-s", "keeper",
                "-x", cols, "-y", rows, "sleep 86400"], check=True, timeout=10)
tmux("set-option", "-g", "remain-on-exit", "on")   # keep a crashed program's output for the error message
term = tmux("show-options", "-gv", "default-terminal").stdout.strip()

PROGRAMS = ("hello", "clone", "dist")
LABEL = {"hello": "hello world (`HelloWorld.java`)", "clone": "wiretutor `./wiretutor --offline` (a clone)",
         "dist": "wiretutor `bin/wiretutor --offline` (the distribution)"}
PROMPT = {"hello": "hello>", "clone": "wiretutor>", "dist": "wiretutor>"}   # capture-pane trims the trailing space
KEY = "x"   # typed once the prompt shows; a shell only draws it when it is reading keys

def command(name, home):
    env = f"env WIRETUTOR_HOME={shlex.quote(home)} XDG_CACHE_HOME={shlex.quote(work + '/cache')}"
    if name == "clone":
        return f"{env} {shlex.quote(work + '/clone/wiretutor')} --offline"
    if name == "dist":
        return f"{env} {shlex.quote(E['BENCH_DIST_BIN'])} --offline"
    return f"{env} java {flags} -cp {shlex.quote(work + '/classes')} HelloWorld"

counter = 0

def load():
    try:
        return open("/proc/loadavg").read().split()[0]
    except OSError:
        return "?"
load_before = load()

def measure(name):
    """Milliseconds from just before `tmux new-session` until the pane shows the prompt, and until it
    shows the key typed as soon as the prompt was seen."""
    global counter
    counter += 1
    session = f"run{counter}"
    home = os.path.join(work, f"home{counter}")   # a fresh WIRETUTOR_HOME every run
    os.mkdir(home, 0o700)
    target = f"{session}:0.0"
    t0 = time.perf_counter_ns()
    started = tmux("new-session", "-d", "-s", session, "-x", cols, "-y", rows, "-P", "-F", "#{pane_pid}",
                   command(name, home))
    pid = int(started.stdout.strip() or 0)
    deadline = t0 + int(limit * 1e9)
    prompt_ms = None
    try:
        while True:
            r = tmux("capture-pane", "-p", "-t", target, ";", "display-message", "-p", "-t", target,
                     "#{pane_dead}", check=False)
            now = time.perf_counter_ns()
            lines = r.stdout.splitlines()
            screen, dead = lines[:-1], (lines[-1:] == ["1"])
            if prompt_ms is None and any(line.startswith(PROMPT[name]) for line in screen):
                prompt_ms = (now - t0) / 1e6
                tmux("send-keys", "-t", target, "-l", KEY)
                continue
            if prompt_ms is not None and any(line.startswith(PROMPT[name] + " " + KEY) for line in screen):
                return prompt_ms, (now - t0) / 1e6
            if dead or now > deadline:
                what = "its prompt" if prompt_ms is None else f"the key typed at its prompt ({KEY})"
                why = f"exited before showing {what}" if dead else f"did not show {what} within {limit:g} s"
                shown = "\n".join(l for l in screen if l.strip() and not l.startswith("Pane is dead"))
                if not shown:   # tmux can lose the last output of a program that dies at once: run it again
                    try:
                        again = subprocess.run(command(name, home), shell=True, stdin=subprocess.DEVNULL,
                                               capture_output=True, text=True, timeout=limit)
                        shown = "(screen empty; run again without tmux it printed:)\n" + \
                            "\n".join((again.stdout + again.stderr).strip().splitlines()[-15:])
                    except subprocess.TimeoutExpired:
                        shown = "(empty screen)"
                sys.exit(f"startup.sh: {name} {why}. Its screen:\n{shown}")
            time.sleep(POLL)
    finally:
        tmux("kill-session", "-t", session, check=False)
        # Let the program finish dying before the next launch, so runs do not overlap (bounded wait).
        stop = time.monotonic() + 5
        while pid and time.monotonic() < stop:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(POLL)

for i in range(warmups):   # the first runs also make the launchers' class-data-sharing archives
    for name in PROGRAMS:
        measure(name)
times = {k: [] for k in PROGRAMS}
keys = {k: [] for k in PROGRAMS}
for i in range(runs):
    order = PROGRAMS[i % len(PROGRAMS):] + PROGRAMS[:i % len(PROGRAMS)]   # who goes first changes every round
    for name in order:
        p, k = measure(name)
        times[name].append(p)
        keys[name].append(k)
        print(f"  run {i + 1}/{runs} {name:6s} prompt {p:7.0f} ms   key shown {k:7.0f} ms", file=sys.stderr)

def p90(xs):   # nearest-rank percentile
    s = sorted(xs)
    return s[max(0, math.ceil(0.9 * len(s)) - 1)]

load_after = load()
med = {k: statistics.median(v) for k, v in times.items()}
kmed = {k: statistics.median(v) for k, v in keys.items()}
ratio = {k: med[k] / med["hello"] for k in ("clone", "dist")}
kratio = {k: kmed[k] / kmed["hello"] for k in ("clone", "dist")}
worst = max(ratio.values())
now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")

def row(k):
    return (f"| {LABEL[k]} | `{PROMPT[k]} ` | {med[k]:.0f} ms | {p90(times[k]):.0f} ms | {min(times[k]):.0f} ms "
            f"| {max(times[k]):.0f} ms | {kmed[k]:.0f} ms |")

report = f"""# wiretutor start-up benchmark, {now}

Time from just before `tmux new-session` until `tmux capture-pane` shows the prompt, in a {cols}x{rows}
tmux pane (TERM={term}); {runs} runs each after {warmups} warm-ups, the three programs taking turns.
JVM flags for the hello world, and in both wiretutor launchers: `{flags}`. As soon as the prompt shows,
`{KEY}` is typed; the last column is the time until it is on the screen after the prompt.

| program | prompt | median | p90 | min | max | typed key shown (median) |
|---|---|---:|---:|---:|---:|---:|
{row('hello')}
{row('clone')}
{row('dist')}

**Ratio of medians (wiretutor / hello world): {worst:.2f}** (the larger of the clone's {ratio['clone']:.2f} and the distribution's {ratio['dist']:.2f}; goal: at most 3)

Typed key shown, ratio of medians: clone {kratio['clone']:.2f}, distribution {kratio['dist']:.2f}
(wiretutor draws its first prompt before its line reader is ready; a key typed meanwhile waits, unseen,
and is drawn once the reader takes over).

Machine: {E['BENCH_NPROC']} CPUs, {E['BENCH_CPU']}; {E['BENCH_KERNEL']}; {E['BENCH_JAVA']}; {E['BENCH_TMUX']}.
Load average (1 min) before / after: {load_before} / {load_after} (other work on the machine slows all programs and
shifts the ratio too; compare runs made under similar load).
Jar: target/wiretutor.jar built {E['BENCH_JAR_BUILT']} (repository HEAD {E['BENCH_COMMIT']}).

Raw times (ms), in order (prompt / key shown):
""" + "".join(f"- {k}: {', '.join(f'{t:.0f}/{u:.0f}' for t, u in zip(times[k], keys[k]))}\n" for k in PROGRAMS)
print(report)
with open(E["BENCH_OUT"], "w") as f:
    f.write(report)
PY
driver=$!
wait "$driver"      # under set -e a failed run ends the script here; the trap cleans up
driver=""
echo "startup.sh: results written to ${out#"$repo"/}" >&2
