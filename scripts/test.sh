#!/usr/bin/env bash
# Runs every test (unit, Spring on H2 and on MySQL/MariaDB, *IT) with `mvn verify`; extra arguments go to Maven.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Written by cn.fanxiao.testsupport.MySqlTestServer when a MySQL-profile test starts its database.
report=target/test-database.txt
rm -f "$report"

start=$SECONDS
status=0
mvn -B verify "$@" || status=$?
elapsed=$((SECONDS - start))

echo
if [[ -f "$report" ]]; then
  echo "Database server of the MySQL tests: $(sed 's/^MySQL tests use: //' "$report")"
else
  echo "Database server of the MySQL tests: none started (no MySQL-profile test ran)"
fi
if [[ $status -eq 0 ]]; then
  echo "All tests passed in ${elapsed} s."
else
  echo "Tests FAILED (mvn exit code $status) after ${elapsed} s; reports in target/surefire-reports and target/failsafe-reports." >&2
fi
exit "$status"
