#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find. Each suite is timed; the last
# line counts suites ("suites: N passed, N failed"). Suites that need the local cluster bring it up
# themselves (idempotent), so this works on a fresh machine after `npm ci`.
set -uo pipefail
cd "$(dirname "$0")/.."

# A fresh clone has no node_modules: install exactly what package-lock.json says.
if [ ! -x node_modules/.bin/jest ]; then
  echo "::: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund || exit 1
fi

suites=(
  "lint:npm run lint"
  "i18n:npm run i18n:check"
  "unit:npm run test:unit -- --ci"
  "build:npm run build"
  "size:npm run size"
  "bench:npm run bench"
)
# Suites whose harness exists in this checkout (they land one issue at a time).
[ -f integration-tests/cluster/test.sh ] && suites+=("cluster:npm run test:cluster")
[ -f integration-tests/chart/test.sh ] && suites+=("chart:npm run test:chart")
[ -f integration-tests/console/test-e2e.sh ] && suites+=("e2e:npm run test:e2e")

passed=0
failed=0
failures=()
for entry in "${suites[@]}"; do
  name=${entry%%:*}
  cmd=${entry#*:}
  echo "::: suite $name: $cmd"
  start=$(date +%s)
  if bash -c "$cmd"; then
    passed=$((passed + 1))
    echo "::: suite $name passed in $(($(date +%s) - start))s"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "::: suite $name FAILED after $(($(date +%s) - start))s"
  fi
done

[ "$failed" -gt 0 ] && echo "failed suites: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
