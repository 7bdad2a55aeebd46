#!/usr/bin/env bash
# `npm test`: every test. Type check, lint and import boundaries, a production build, unit and integration tests (embedded
# PostgreSQL, plus the PostgreSQL server in DATABASE_URL when it names one), end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the end-to-end tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The end-to-end tests need Chromium at $chromium (apt-get install chromium, or set CHROMIUM_PATH)." >&2
    exit 1
  fi
fi

export NEXT_TELEMETRY_DISABLED=1
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

echo "== type check"
npx prisma generate >/dev/null
npx tsc --noEmit

# ESLint and the rooms' import rules (dependency-cruiser), zero warnings.
echo "== lint"
npm run --silent lint

# Built before the tests: the load and outage smoke tests drive a production server.
echo "== production build"
npx next build >"$results/build.log" 2>&1 || { cat "$results/build.log"; exit 1; }

echo "== unit and integration tests${DATABASE_URL:+ (also on the PostgreSQL server in DATABASE_URL)}"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"

echo "== end-to-end tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json

node scripts/test-summary.mjs "$results/vitest.json" "$results/playwright.json"
