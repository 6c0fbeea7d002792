import type { Page } from '@playwright/test';
import type { StaffRole } from '../lib/newsroom/permissions';

/** A demo account of the demo content (README, "Newsroom"). */
export const demoAccount = (role: StaffRole) => ({ email: `${role}@nationexpress.test`, password: `${role}-demo-password` });

/**
 * Makes the page's requests come from documentation address 198.51.100.`host`: the server trusts
 * X-Forwarded-For from this machine, so each test's failed logins are counted apart.
 */
export const comeFrom = (page: Page, host: number) => page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${host}` });

/**
 * The Origin a browser sends with a form posted from `page`: for posts the tests make themselves,
 * which the server refuses without one (lib/newsroom/postOrigin.ts).
 */
export const originOf = (page: Page) => ({ Origin: new URL(page.url()).origin });

/** Fills in and sends the newsroom's login form. */
export async function submitLogin(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/newsroom/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}
