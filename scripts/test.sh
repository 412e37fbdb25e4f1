#!/usr/bin/env bash
# Runs every test (unit, Spring on H2 and on MySQL/MariaDB, *IT) with `mvn verify`; extra arguments go to Maven.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Written by cn.fanxiao.testsupport.MySqlTestServer when a MySQL-profile test starts its database.
report=target/test-database.txt
rm -f "$report"

# The document tests read the PDFs back with poppler (pdftotext, pdffonts, pdftoppm): install it when missing.
# Without it those tests fail and say so; they never skip.
if ! command -v pdftotext >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [[ $EUID -ne 0 ]] && command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; fi
    echo "Installing poppler-utils (pdftotext, pdffonts, pdftoppm) for the PDF tests..."
    if ! { $sudo apt-get install -y -qq poppler-utils || { $sudo apt-get update -qq && $sudo apt-get install -y -qq poppler-utils; }; } >/dev/null 2>&1; then
      echo "Could not install poppler-utils: the PDF tests will fail until 'apt-get install poppler-utils' is run." >&2
    fi
  else
    echo "pdftotext not found and no apt-get: install poppler-utils, or the PDF tests will fail." >&2
  fi
fi

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
