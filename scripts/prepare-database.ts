import { prepareSiteDatabaseOrExit } from '../server/prepareSite';

// Says what was done, or why it could not be, in a line: the same as `npm start` does first.
await prepareSiteDatabaseOrExit();
