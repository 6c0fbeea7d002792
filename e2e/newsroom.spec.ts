import { expect, test } from '@playwright/test';
import { createStaffMember } from '../db/newsroom/accounts';
import { readDatabase, withE2eProcessStore, writeDatabase } from '../db/testing/e2eDatabase';
import { comeFrom, demoAccount, submitLogin } from './newsroomLogin';
import { blockingAxeViolations } from './pageChecks';
import { PHONE_USER_AGENT } from './routes';

/*
 * The newsroom's door: logging in and out, throttling, and the headers of its pages. Each test
 * that logs in comes from an address of its own (the server trusts X-Forwarded-For from this
 * machine, as it does from the nginx in front of it), so their failed logins are counted apart.
 */

const EDITOR = demoAccount('editor');

/**
 * An account of the test's own, made afresh with no failed logins counted against it or against
 * the `hosts` the test comes from: its throttling holds up no other test.
 */
async function freshAccount(email: string, hosts: readonly number[]) {
  const password = 'a password for the throttle tests';
  await writeDatabase(async (sql) => {
    await sql.run('delete from staff where email = ?', email);
    for (const key of [`account:${email}`, ...hosts.map((host) => `address:198.51.100.${host}`)]) {
      await sql.run('delete from login_failures where key = ?', key);
    }
  });
  await withE2eProcessStore(() => createStaffMember({ email, name: 'Throttle Test', role: 'contributor', password }));
  return { email, password };
}

async function removeAccount(email: string): Promise<void> {
  await writeDatabase(async (sql) => {
    await sql.run('delete from staff where email = ?', email);
  });
}

const WRONG_LOGIN = 'The email or the password is not right.';


test('an editor logs in, sees the story list, and logging out ends the session', async ({ page, context }) => {
  await comeFrom(page, 1);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await submitLogin(page, EDITOR);
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Russia Offers to Mediate India-Pakistan Kashmir Tensions After Pahalgam Attack' })).toBeVisible();
  // The framework's scripts run under the policy: nothing was refused.
  expect(refused).toEqual([]);
  const [session] = (await context.cookies()).filter((cookie) => cookie.name === 'nx_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/newsroom' });

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByText('You have logged out.')).toBeVisible();
  // The old token is dead on the server, not only forgotten by the browser.
  await context.addCookies([{ ...session!, expires: -1 }]);
  await page.goto('/newsroom');
  await expect(page).toHaveURL(/\/newsroom\/login$/);
});

test('filters the story list by state, section and byline', async ({ page }) => {
  await comeFrom(page, 2);
  await submitLogin(page, EDITOR);
  await page.getByLabel('Section').selectOption({ label: 'India & Russia' });
  await page.getByLabel('State').selectOption('published');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/status=published/);
  const sections = await page.locator('.newsroom-stories tbody td:nth-child(3)').allTextContents();
  expect(sections.length).toBeGreaterThan(0);
  expect(new Set(sections)).toEqual(new Set(['India & Russia']));
});

test('a wrong password and an unknown email get the same answer', async ({ page }) => {
  await comeFrom(page, 3);
  await submitLogin(page, { email: EDITOR.email, password: 'not the password' });
  await expect(page.getByText('The email or the password is not right.')).toBeVisible();
  await submitLogin(page, { email: 'nobody@nationexpress.test', password: 'not the password' });
  await expect(page.getByText('The email or the password is not right.')).toBeVisible();
});

test('the sixth wrong password in a row answers 429 with a clear message, even for the right password', async ({ page }) => {
  const account = await freshAccount('throttle-sixth@nationexpress.test', [4]);
  try {
    await comeFrom(page, 4);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitLogin(page, { ...account, password: 'wrong password' });
      await expect(page.getByText(WRONG_LOGIN)).toBeVisible();
    }
    const tooMany = page.waitForResponse((response) => response.url().endsWith('/newsroom/session'));
    await submitLogin(page, account);
    const response = await tooMany;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Too many login attempts' })).toBeVisible();
  } finally {
    await removeAccount(account.email);
  }
});

test('a stranger’s wrong passwords do not lock the account’s own browser out', async ({ browser }) => {
  const account = await freshAccount('throttle-owner@nationexpress.test', [50, 51, 52, 53]);
  try {
    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    await comeFrom(owner, 50);
    await submitLogin(owner, account);
    await expect(owner.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
    const device = (await ownerContext.cookies()).find((cookie) => cookie.name === 'nx_device');
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/newsroom' });
    expect(device?.expires).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 60 * 60);
    await owner.getByRole('button', { name: 'Log out' }).click();
    await expect(owner.getByText('You have logged out.')).toBeVisible();

    const stranger = await (await browser.newContext()).newPage();
    await comeFrom(stranger, 51);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitLogin(stranger, { ...account, password: 'wrong password' });
      await expect(stranger.getByText(WRONG_LOGIN)).toBeVisible();
    }
    // Now any browser the account does not know waits, from any address, right password or not.
    for (const [page, host] of [[stranger, 51], [await (await browser.newContext()).newPage(), 52]] as const) {
      await comeFrom(page, host);
      const answer = page.waitForResponse((response) => response.url().endsWith('/newsroom/session'));
      await submitLogin(page, account);
      expect((await answer).status()).toBe(429);
    }
    // The owner's browser is known by its cookie, wherever it connects from.
    await comeFrom(owner, 53);
    await submitLogin(owner, account);
    await expect(owner.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  } finally {
    await removeAccount(account.email);
  }
});

test('guessing the current password on the account page is throttled like a login', async ({ page }) => {
  const account = await freshAccount('throttle-changer@nationexpress.test', [54]);
  // Number() of SQLite's milliseconds, or of PostgreSQL's instant (a Date), is the time in milliseconds.
  const passwordChangedAt = () => readDatabase(async (sql) => Number(await sql.value('select password_changed_at from staff where email = ?', account.email)));
  try {
    const before = await passwordChangedAt();
    await comeFrom(page, 54);
    await submitLogin(page, account);
    await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
    const tryCurrent = async (current: string) => {
      await page.goto('/newsroom/account');
      await page.getByLabel('Current password').fill(current);
      await page.getByLabel(/^New password \(/).fill('a brand new password for tests');
      await page.getByLabel('New password again').fill('a brand new password for tests');
      await page.getByRole('button', { name: 'Change password' }).click();
    };
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await tryCurrent(`wrong guess ${attempt}`);
      await expect(page.getByText('Your current password is not right.')).toBeVisible();
    }
    // The sixth is refused before the password is looked at: even the right one.
    await tryCurrent(account.password);
    await expect(page.getByText(/^Too many wrong passwords in a row/)).toBeVisible();
    expect(await passwordChangedAt()).toBe(before);
  } finally {
    await removeAccount(account.email);
  }
});

test('a login posted from another site, or with no origin, is refused', async ({ page, request }) => {
  await page.goto('/newsroom/login');
  const token = await page.locator('input[name="form-token"]').inputValue();
  for (const origin of ['https://attacker.example', 'null', undefined]) {
    const response = await request.post('/newsroom/session', {
      form: { 'form-token': token, email: EDITOR.email, password: EDITOR.password },
      headers: origin ? { Origin: origin } : {},
      maxRedirects: 0,
    });
    expect(response.status(), String(origin)).toBe(403);
    expect(response.headers()['set-cookie']).toBeUndefined();
  }
});

test('newsroom pages are never cached, run under a strict policy, and are not sent to the mobile version', async ({ request }) => {
  for (const userAgent of [undefined, PHONE_USER_AGENT]) {
    const response = await request.get('/newsroom/login', { headers: userAgent ? { 'User-Agent': userAgent } : {}, maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('private, no-store');
    const policy = response.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the login page and the story list have no serious accessibility problems, ${colorScheme}`, async ({ page }) => {
    await comeFrom(page, colorScheme === 'light' ? 5 : 6);
    await page.emulateMedia({ colorScheme });
    await page.goto('/newsroom/login');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await submitLogin(page, EDITOR);
    await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
    expect(await blockingAxeViolations(page)).toEqual([]);
  });
}

/** Words a link could try to put on a newsroom page, in every place a page reads a notice from. */
const FORGED = 'Security alert: sign in again at https://evil.example/newsroom';
const forged = encodeURIComponent(FORGED);

const publishedStoryId = () => readDatabase(async (sql) => Number(await sql.value(`select id from articles where status = 'published' order by id limit 1`)));

const FORGED_NOTICES = [
  { page: 'login', path: () => `/newsroom/login?problem=${forged}&done=${forged}`, heading: 'Log in to the newsroom', shown: null },
  { page: 'account', path: () => `/newsroom/account?problem=${forged}&done=${forged}`, heading: 'Your account', shown: null },
  { page: 'sections', path: () => `/newsroom/sections?problem=${forged}&done=${forged}`, heading: 'Sections', shown: null },
  { page: 'topics', path: () => `/newsroom/topics?problem=${forged}&done=${forged}`, heading: 'Topics', shown: null },
  { page: 'staff', path: () => `/newsroom/staff?problem=${forged}&done=${forged}`, heading: 'Staff', shown: null },
  { page: 'story', path: async () => `/newsroom/stories/${await publishedStoryId()}?problem=${forged}&saved=${forged}`, heading: 'Edit story', shown: null },
  // A known code beside forged parts: the page says its own words and nothing more.
  { page: 'story, after a save', path: async () => `/newsroom/stories/${await publishedStoryId()}?saved=save&done=save&dropped=${forged}`, heading: 'Edit story', shown: 'Saved.' },
  { page: 'breaking news', path: () => `/newsroom/breaking?problem=${forged}&done=${forged}`, heading: 'Breaking news', shown: null },
] as const;

FORGED_NOTICES.forEach(({ page, path, heading, shown }, index) => {
  test(`the ${page} page shows no words a link brings`, async ({ page: browserPage }) => {
    if (page !== 'login') {
      await comeFrom(browserPage, 10 + index);
      await submitLogin(browserPage, demoAccount('admin'));
      await expect(browserPage.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
    }
    await browserPage.goto(await path());
    await expect(browserPage.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(browserPage.locator('main')).not.toContainText('Security alert');
    if (shown) await expect(browserPage.getByRole('status')).toHaveText(shown);
    else await expect(browserPage.locator('.newsroom-notice')).toHaveCount(0);
  });
});
