#!/usr/bin/env bash
# `npm run bench:smoke` (CI runs it after the tests): every benchmark once at its smallest size, to
# catch one that no longer runs (a key it lacks since access control, an API it still calls). The
# figures of such short runs mean nothing: the committed results are put back when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

kept="bench/results BENCHMARKS.md"
if [ -n "$(git status --porcelain -- $kept)" ]; then
  echo "bench:smoke puts back the committed $kept when it ends: commit or set aside their changes first." >&2
  exit 1
fi
trap 'git checkout -- $kept' EXIT

run() {
  local started=$SECONDS
  echo "::: $*"
  env "$@" > /tmp/bench-smoke.log 2>&1 || { tail -40 /tmp/bench-smoke.log >&2; echo "bench:smoke failed: $*" >&2; exit 1; }
  echo "    ok in $((SECONDS - started)) s"
}

run BENCH_PEOPLE=2000 BENCH_REQUESTS=20 node --expose-gc --import tsx bench/simulators.bench.ts
run BENCH_SHORT=1 BENCH_RUNS=2 BENCH_REQUESTS_PER_CLIENT=1 npx tsx bench/run.ts
run BENCH_SHORT=1 npx tsx bench/fault-isolation.ts
run BENCH_SECONDS=1 npx tsx bench/replicas.ts
run BENCH_SHORT=1 BENCH_SETTLE_MS=1000 node --expose-gc --import tsx bench/scale.ts
run BENCH_SECONDS=1 npx tsx bench/response-cache.ts
run BENCH_SHORT=1 npx tsx bench/limits-overhead.ts
run BENCH_PEOPLE=2000 BENCH_SHORT=1 npx tsx bench/waste-export.ts
run BENCH_PEOPLE=2000 npx tsx bench/export-memory.ts
run BENCH_PEOPLE=2000 node --expose-gc --import tsx bench/governance.bench.ts
echo "every benchmark ran"
