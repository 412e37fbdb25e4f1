#!/usr/bin/env bash
# Runs a benchmark: scripts/bench.sh engine|deadlines|documents [args] (Java mains from the test classpath).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

usage() {
  cat <<'USAGE'
Usage: scripts/bench.sh <benchmark> [arguments passed to the benchmark]

  engine      cn.fanxiao.bench.EngineBenchmark: the enforcement process on the Camunda engine,
              e.g. scripts/bench.sh engine --db h2 --cases 1000
                   scripts/bench.sh engine --db mariadb --cases 1000
              (--db mariadb uses the test MySQL server: 127.0.0.1:3306 if it answers, else an
              embedded MariaDB; FANXIAO_TEST_MYSQL=embedded forces the embedded one)
  deadlines   cn.fanxiao.bench.DeadlinesBenchmark: working-day computations/s and recomputing N open
              deadlines after a calendar load, e.g. scripts/bench.sh deadlines --db mariadb --deadlines 100000
  documents   cn.fanxiao.bench.DocumentsBenchmark: notices/s bare and issued (numbered, archived, audited)
              on 2 threads, single-issuance p50/p95, a bulk run with its peak heap,
              e.g. scripts/bench.sh documents --db mariadb --bulk 2000 (runs with -Xmx1g)

Environment: BENCH_JAVA_OPTS (JVM options; default -Xmx512m for engine, -Xmx2g otherwise).
USAGE
}

# Runs a main class from target/classes + target/test-classes + the test-scope dependencies.
run_main() {
  local main="$1"
  shift
  mvn -q -B test-compile
  local cpfile=target/bench-classpath.txt
  if [[ ! -s "$cpfile" || pom.xml -nt "$cpfile" ]]; then
    mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile"
  fi
  local class="target/test-classes/${main//.//}.class"
  if [[ ! -f "$class" ]]; then
    echo "bench.sh: $main is not written yet (no $class)" >&2
    exit 3
  fi
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
  exec java ${BENCH_JAVA_OPTS:--Xmx2g} -Duser.timezone=UTC -Dfile.encoding=UTF-8 \
    -cp "target/classes:target/test-classes:$(cat "$cpfile")" "$main" "$@"
}

benchmark="${1:-}"
[[ $# -gt 0 ]] && shift
case "$benchmark" in
  # the engine target is "heap ≤ 512 MB with 10,000 open cases": run it inside that limit
  engine) BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}" run_main cn.fanxiao.bench.EngineBenchmark "$@" ;;
  deadlines) run_main cn.fanxiao.bench.DeadlinesBenchmark "$@" ;;
  # the documents target is "a bulk run of 2,000 notices with heap ≤ 1 GB": run it inside that limit
  documents) BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}" run_main cn.fanxiao.bench.DocumentsBenchmark "$@" ;;
  -h|--help|help) usage ;;
  "") usage >&2; exit 64 ;;
  *) echo "bench.sh: unknown benchmark '$benchmark'" >&2; usage >&2; exit 64 ;;
esac
