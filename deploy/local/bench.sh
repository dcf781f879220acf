# ./switchboard bench: the end-to-end benchmarks (benchmarks/README.md) against a stack of their own, on other
# ports and in benchmarks/target/stack, so a developer's stack keeps running. Sourced by ./switchboard.
# Run directly, `bash deploy/local/bench.sh restart <process>` restarts one process of that stack with the
# SWITCHBOARD_EXTRA_<PROCESS>_OPTS of the caller (the benchmarks switch the watcher to polling only this way).

bench_stack_env() {
  export SWITCHBOARD_STACK_DIR="${BENCH_STACK_DIR:-benchmarks/target/stack}"
  # below the ephemeral range (32768+), so no client socket of the machine can hold one of them
  export SWITCHBOARD_KAFKA_PORT="${BENCH_KAFKA_PORT:-29092}" SWITCHBOARD_POSTGRES_PORT="${BENCH_POSTGRES_PORT:-25432}"
  export SWITCHBOARD_SIMULATOR_PORT="${BENCH_SIMULATOR_PORT:-28090}" SWITCHBOARD_SERVICE_PORT="${BENCH_SERVICE_PORT:-28081}"
  # stack.sh reads the variables when sourced
  source deploy/local/stack.sh
}

bench_stop() { # name: stops one process of the stack
  pid_alive "$1" || return 0
  kill "$(cat "$STACK_DIR/pids/$1")" 2>/dev/null || true
  local i=0; while pid_alive "$1" && [ $i -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
  pid_alive "$1" && kill -9 "$(cat "$STACK_DIR/pids/$1")" 2>/dev/null
  rm -f "$STACK_DIR/pids/$1"
}

cmd_bench() {
  local keep=0 bench_args=() a
  for a in "$@"; do
    if [ "$a" = "--keep" ]; then keep=1; else bench_args+=("$a"); fi
  done
  bench_stack_env
  local jar=benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar
  if [ ! -f "$jar" ] || [ ! -f benchmarks/target/runtime.classpath ] || [ -n "$(find benchmarks/src benchmarks/pom.xml -newer "$jar" | head -1)" ]; then
    say "building the benchmarks"
    ./mvnw -B -q -ntp -f benchmarks/pom.xml package -DskipTests
  fi
  if [ "${bench_args[0]:-}" = help ]; then
    java -cp "$jar:$(cat benchmarks/target/runtime.classpath)" io.switchboard.bench.BenchMain help; return 0
  fi
  if pid_alive infra && [ "${BENCH_REUSE:-0}" = 1 ]; then
    say "reusing the running benchmark stack in $STACK_DIR (BENCH_REUSE=1)"
  else
    cmd_down > /dev/null
    # up refuses a port another process holds (it would answer in place of ours and make every figure
    # wrong); move the stack with BENCH_*_PORT then
    cmd_up --fresh > "$STACK_DIR.up.log" 2>&1 || { mkdir -p "$STACK_DIR"; cat "$STACK_DIR.up.log"; cmd_down; return 1; }
    grep '==>' "$STACK_DIR.up.log" | tail -1
  fi
  # the run uses a copy: a rebuild of the module during a long run must not pull classes from under it
  cp "$jar" "$STACK_DIR/apps/benchmarks.jar"; jar="$STACK_DIR/apps/benchmarks.jar"
  local version commit status=0
  version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  [ -z "$(git status --porcelain 2>/dev/null | head -1)" ] || commit="$commit+changes"
  say "running benchmarks: ${bench_args[*]:-all} (load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
  java -Xmx768m -XX:+UseSerialGC "-Dbench.version=$version" "-Dbench.commit=$commit" \
    -cp "$jar:$(cat benchmarks/target/runtime.classpath)" io.switchboard.bench.BenchMain "${bench_args[@]}" || status=$?
  if [ $keep = 1 ]; then
    say "the benchmark stack keeps running (simulator :$SIM_PORT, services :$SERVICE_PORT-$((SERVICE_PORT + 4))):" \
      "BENCH_REUSE=1 ./switchboard bench <scenario> reuses it, SWITCHBOARD_STACK_DIR=$STACK_DIR ./switchboard down stops it"
  else
    cmd_down > /dev/null
  fi
  return $status
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$(dirname "$0")/../.."
  case "${1:-}" in
    restart)
      source deploy/local/stack.sh
      bench_stop "$2"
      cmd_up > "$STACK_DIR/logs/restart-$2.log" 2>&1 || { tail -20 "$STACK_DIR/logs/restart-$2.log"; exit 1; } ;;
    *) echo "usage: bash deploy/local/bench.sh restart <process>" >&2; exit 2 ;;
  esac
fi
