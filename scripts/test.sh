#!/usr/bin/env bash
# `npm test`: every test the project has: lint, types, unit tests, then the browser suites
# against a production build (Playwright starts it with `npm start` on a fresh database), on
# SQLite, then again on a throwaway PostgreSQL server (E2E_ENGINE=postgres, playwright.config.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-tools.sh
npm run lint
npm run typecheck
npm run test:unit
npm run test:e2e
E2E_ENGINE=postgres npm run test:e2e
