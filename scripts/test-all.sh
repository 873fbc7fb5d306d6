#!/usr/bin/env bash
# Runs every test: typecheck and lint, unit and integration tests on the embedded PGlite engine,
# the same integration tests on a Postgres server, then the browser and HTTP end-to-end tests
# against the built app. Prints one closing line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
REPORTS="$(mktemp -d)"
export TEST_REPORT_DIR="$REPORTS"
PG_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
status=0

step() { printf '\n== %s\n' "$1"; }

step "typecheck"
npx turbo run typecheck --continue --output-logs=errors-only || status=1

step "lint"
npx eslint . || status=1
node scripts/check-checkout-boundary.mjs || status=1

step "unit and integration tests (PGlite)"
TEST_REPORT_TAG=pglite npx turbo run test --concurrency=1 --continue --output-logs=full || status=1

step "integration tests (Postgres server at ${PG_URL%%\?*})"
if node scripts/pg-reachable.mjs "$PG_URL"; then
  TEST_REPORT_TAG=postgres TEST_DATABASE_URL="$PG_URL" npx turbo run test --concurrency=1 --continue --output-logs=full \
    --filter=@tessera/db --filter=@tessera/api --filter=@tessera/jobs || status=1
elif [ "${CI:-}" = "true" ]; then
  echo "The Postgres server is not reachable; CI requires it." >&2
  status=1
else
  echo "Skipped: no Postgres server at $PG_URL (set TEST_POSTGRES_URL to point at one)."
fi

step "end-to-end tests (built app, Chromium)"
npx turbo run test:e2e --output-logs=full || status=1

node scripts/summarise-reports.mjs "$REPORTS" || status=1
exit $status
