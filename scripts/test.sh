#!/usr/bin/env bash
# `npm test`: every test the project has: lint, types, unit tests, then the browser suites
# against a production build (Playwright starts it with `npm start` on a fresh database).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-tools.sh
npm run lint
npm run typecheck
npm run test:unit
npm run test:e2e
