import type { StaffRole } from '../../lib/newsroom/permissions';
import type { AuthorSlug } from './types';

/*
 * Demo newsroom accounts, for trying the newsroom locally: their passwords are published in the
 * README, so a real deployment creates its own first admin (`npm run newsroom:create-admin`) and
 * never loads the demo content. The hashes are computed once (Argon2id, the parameters of
 * db/newsroom/passwords.ts) so that seeding is quick and needs no hashing; a test checks each matches.
 */
export interface SeedStaffMember {
  email: string;
  name: string;
  role: StaffRole;
  password: string;
  passwordHash: string;
  byline: AuthorSlug | null;
}

export const SEED_STAFF: readonly SeedStaffMember[] = [
  {
    email: 'admin@nationexpress.test',
    name: 'Demo Admin',
    role: 'admin',
    password: 'admin-demo-password',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$by2hzSh+5YrMxl4EOgbpSw$vho7xr7ZeBszqmLALzglXnGLpeEroAuL4Q+ryGHDIM4',
    byline: 'news-desk',
  },
  {
    email: 'editor@nationexpress.test',
    name: 'Ananya Rao',
    role: 'editor',
    password: 'editor-demo-password',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$vRVR0EuiazOpRIwp3OzyHg$WtU9nxxC5+ZA8SwrzWj1dChMNVvm3vRkwNsygP6jIXY',
    byline: 'ananya-rao',
  },
  {
    email: 'author@nationexpress.test',
    name: 'Vikram Sethi',
    role: 'author',
    password: 'author-demo-password',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$riWqtwH0iocPGUR1+nvXLw$MGbEGepokZY4rXSaObStD6V2J+MCdX9+Dyd6RVA33hU',
    byline: 'vikram-sethi',
  },
  {
    email: 'contributor@nationexpress.test',
    name: 'Meera Kulkarni',
    role: 'contributor',
    password: 'contributor-demo-password',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$uBUlGY3ZO0M46HOep9nZXQ$iB4FjsKqvh3vlmIxyMO8QaZIgelIFPLmiwEGWfph/LU',
    byline: 'meera-kulkarni',
  },
];
