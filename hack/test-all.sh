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

# Cold parts, started now in the background (nice'd) so they overlap the quick suites: the local
# cluster's Go binaries, and the real OpenShift console(s) the browser suites run in (bridge, yarn
# install, production build; cached per machine under ~/.cache/metallb-console-plugin, so on a warm
# machine each answers at once). A suite that needs one waits for it (ready); its failure fails that
# suite. The consoles build one after the other (each frontend build peaks at ~6 GB), 4.22 first.
RESULTS=integration-tests/results
mkdir -p "$RESULTS"
CONSOLE_VERSIONS=(4.22 4.20)
background() { # name command...: runs it in the background, its output in $RESULTS/<name>.log
  local name=$1
  shift
  (
    t0=$(date +%s)
    if nice -n 10 "$@" >"$RESULTS/$name.log" 2>&1; then
      echo "::: $name ready after $(($(date +%s) - t0))s (in the background)"
    else
      echo "::: $name FAILED after $(($(date +%s) - t0))s: $RESULTS/$name.log"
      exit 1
    fi
  ) &
}
declare -A prepared=()
if [ -f integration-tests/cluster/build.sh ]; then
  background cluster-build bash integration-tests/cluster/build.sh all
  prepared[cluster]=$!
fi
if [ -f integration-tests/openshift-console/build.sh ]; then
  after=
  for v in "${CONSOLE_VERSIONS[@]}"; do
    # waits for the previous version's build (not a child of this subshell: polled), then builds its own
    background "console-$v-build" bash -c 'while [ -n "$1" ] && kill -0 "$1" 2>/dev/null; do sleep 5; done
      exec bash integration-tests/openshift-console/build.sh "$0"' "$v" "$after"
    prepared[console-$v]=$!
    after=$!
  done
fi
# waits for a background part before a suite that needs it; its failure fails that suite
ready() {
  local pid=${prepared[$1]:-}
  [ -z "$pid" ] && return 0
  local t0
  t0=$(date +%s)
  wait "$pid"
  local status=$?
  unset "prepared[$1]"
  echo "::: waited $(($(date +%s) - t0))s for the $1 build"
  return $status
}

suites=(
  "lint:npm run lint"
  "i18n:npm run i18n:check"
  "unit:npm run test:unit -- --ci"
  "build:npm run build"
  "size:npm run size"
  "bench:npm run bench"
)
# Suites whose harness exists in this checkout (they land one issue at a time).
[ -f integration-tests/cluster/test.sh ] && suites+=("cluster:ready cluster && npm run test:cluster")
[ -f integration-tests/chart/test.sh ] && suites+=("chart:ready cluster && npm run test:chart")
# The browser suite in the real OpenShift console 4.22 (integration-tests/console/real).
[ -f integration-tests/console/test-real.sh ] && suites+=("console:ready cluster && ready console-4.22 && npm run test:console")
# The same bundle in the real console 4.20 on MetalLB v0.15.2, as OpenShift 4.20 ships them: the lab and
# a spec per page family (integration-tests/console/test-real-4.20.sh); it puts the default MetalLB back.
[ -f integration-tests/console/test-real-4.20.sh ] && suites+=("console-4.20:ready cluster && ready console-4.20 && npm run test:console:4.20")

passed=0
failed=0
failures=()
for entry in "${suites[@]}"; do
  name=${entry%%:*}
  cmd=${entry#*:}
  echo "::: suite $name: $cmd"
  start=$(date +%s)
  if eval "$cmd"; then
    passed=$((passed + 1))
    echo "::: suite $name passed in $(($(date +%s) - start))s"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "::: suite $name FAILED after $(($(date +%s) - start))s"
  fi
done

wait # a background build no suite waited for
[ "$failed" -gt 0 ] && echo "failed suites: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
