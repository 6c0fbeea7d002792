/*
 * The production server process: serves the build in .next with server/httpServer.ts. Run with
 * the `react-server` condition, as `npm start` and the service units do:
 *   node --conditions=react-server --import tsx scripts/serve.ts
 * It neither builds nor migrates: `npm start` and `npm run site:prepare` do that first.
 */
import { settingsOrExit } from '../lib/settings';

// The settings, .env files included, are read and checked before any module that uses them loads.
settingsOrExit();

const { startHttpServer } = await import('../server/httpServer');
await startHttpServer({ dev: false });
