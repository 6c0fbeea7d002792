/*
 * `npm run dev`: the site as readers get it, with Next.js's development mode inside. It prepares
 * the database as `npm start` does (creating and seeding it when missing), then serves on PORT
 * (default 3000) through server/httpServer.ts, the same server as production: security headers
 * and Content-Security-Policy, the caching policy, change following, scheduled publishing. No
 * production build is needed: pages compile on their first request. Run with the `react-server`
 * condition, as production is:
 *   node --conditions=react-server --import tsx scripts/dev.ts
 */
import { settingsOrExit } from '../lib/settings';

// Before anything reads it: the .env files the settings load, React and Next.js all follow it.
Object.assign(process.env, { NODE_ENV: 'development' });
// The settings, .env files included, are read and checked before any module that uses them loads.
settingsOrExit();

const { prepareSiteDatabaseOrExit } = await import('../server/prepareSite');
await prepareSiteDatabaseOrExit();
const { startHttpServer } = await import('../server/httpServer');
await startHttpServer({ dev: true });
