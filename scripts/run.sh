#!/usr/bin/env bash
# Builds the application if needed and starts it (embedded H2 under ./data by default, or MySQL with --mysql).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

usage() {
  cat <<'USAGE'
Usage: scripts/run.sh [--demo] [--mysql] [--port N] [--help] [-- extra application arguments]

Builds target/fanxiao-*.jar when it is missing or older than the sources, then starts it.

  --demo      load the demo county at start (fanxiao.demo.enabled=true)
  --mysql     use the mysql profile: MySQL 8 / MariaDB from
                FANXIAO_DB_URL      (default jdbc:mysql://127.0.0.1:3306/fanxiao?...)
                FANXIAO_DB_USER     (default fanxiao)
                FANXIAO_DB_PASSWORD (default empty)
              without it, an embedded H2 database in ./data is used
  --port N    HTTP port (default: $PORT, else 8080)
  --help      this text

Environment: JAVA_OPTS (JVM options), FANXIAO_ADMIN_USER / FANXIAO_ADMIN_PASSWORD (Camunda admin,
default admin/admin).
USAGE
}

demo=false
mysql=false
port="${PORT:-8080}"
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --demo) demo=true ;;
    --mysql) mysql=true ;;
    --port)
      [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || { echo "run.sh: --port needs a number" >&2; exit 64; }
      port="$2"
      shift ;;
    --port=*)
      port="${1#--port=}"
      [[ "$port" =~ ^[0-9]+$ ]] || { echo "run.sh: --port needs a number" >&2; exit 64; } ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 64 ;;
  esac
  shift
done

newest_jar() {
  ls -t target/fanxiao-*.jar 2>/dev/null | head -n 1 || true
}

jar="$(newest_jar)"
stale=""
if [[ -z "$jar" ]]; then
  stale="no jar in target/"
else
  sources=(pom.xml src/main)
  for dir in bpmn templates; do
    [[ -e "$dir" ]] && sources+=("$dir")
  done
  changed="$(find "${sources[@]}" -newer "$jar" -print -quit)"
  [[ -n "$changed" ]] && stale="$changed is newer than $jar"
fi
if [[ -n "$stale" ]]; then
  echo "Building ($stale): mvn -B -DskipTests package"
  mvn -q -B -DskipTests package
  jar="$(newest_jar)"
fi
[[ -n "$jar" ]] || { echo "run.sh: the build produced no target/fanxiao-*.jar" >&2; exit 1; }

args=("--server.port=$port")
if $demo; then
  export FANXIAO_DEMO_ENABLED=true
  args+=("--fanxiao.demo.enabled=true")
fi
if $mysql; then
  args+=("--spring.profiles.active=mysql")
  database="MySQL/MariaDB at ${FANXIAO_DB_URL:-jdbc:mysql://127.0.0.1:3306/fanxiao} as ${FANXIAO_DB_USER:-fanxiao}"
else
  database="embedded H2 in ./data/fanxiao"
fi
$demo && database+=", with the demo county"

base="http://localhost:$port"
cat <<INFO
Starting $jar
  database      $database
  application   $base/
  Camunda       $base/camunda/app/   (user ${FANXIAO_ADMIN_USER:-admin})
  API docs      $base/v3/api-docs
  health        $base/actuator/health
Stop with Ctrl+C.
INFO

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:-} -jar "$jar" "${args[@]}" ${extra[@]+"${extra[@]}"}
