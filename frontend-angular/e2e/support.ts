import { expect, type Page } from '@playwright/test';

export const PROVIDER_ADMIN = { email: 'admin@dingplatform.local', password: 'Passw0rd!' };
export const BILLING = { email: 'billing@dingplatform.local', password: 'Passw0rd!' };
export const DEMO_TENANT_ADMIN = { email: 'admin@chuanglian.cn', password: 'Passw0rd!' };

/** A short id that differs between runs, so journeys can create data without colliding. */
export function runId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** Confirms the open NG-ZORRO popconfirm. */
export async function confirmPopconfirm(page: Page): Promise<void> {
  await page.locator('.ant-popover-buttons .ant-btn-primary').click();
}

/** Clicks the primary (OK) button of the open NG-ZORRO modal. */
export async function confirmModal(page: Page): Promise<void> {
  await page.locator('.ant-modal-footer .ant-btn-primary').last().click();
}
