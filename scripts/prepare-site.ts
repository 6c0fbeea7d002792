/*
 * `npm run site:prepare`: everything `npm start` does before it serves. Creates or migrates the
 * database and builds when the build is missing or stale, then exits. In production it runs once
 * before the app processes start (deploy/systemd/nation-express-prepare.service), so several
 * processes never build or migrate at the same time.
 */
import path from 'node:path';
import { prepareSiteOrExit } from '../server/prepareSite';

await prepareSiteOrExit(path.resolve(import.meta.dirname, '..'));
