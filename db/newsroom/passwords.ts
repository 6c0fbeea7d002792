import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// The package's Algorithm enum is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID_ALGORITHM = 2;
/** OWASP's recommended Argon2id parameters: 19 MiB of memory, two passes, one lane. */
const ARGON2ID = { algorithm: ARGON2ID_ALGORITHM, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** Whether `password` matches `passwordHash`; a malformed hash matches nothing. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let standInHash: Promise<string> | undefined;

/**
 * Verifies against a hash of nothing anyone knows: a login for an unknown address costs what a
 * wrong password costs, so timing does not tell which addresses have accounts.
 */
export async function verifyAgainstStandIn(password: string): Promise<false> {
  standInHash ??= hashPassword(randomBytes(32).toString('hex'));
  await verifyPassword(await standInHash, password);
  return false;
}
