import { expect, type Page } from '@playwright/test';
import { randomCreditCode } from '../src/app/features/tenants/credit-code/credit-code';

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

/** Sign up, submit the verification and have the provider admin approve it; ends signed out. */
export async function verifiedCompany(page: Page, company: string, email: string, password: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByTestId('sign-up-company').fill(company);
  await page.getByTestId('sign-up-name').fill('李四');
  await page.getByTestId('sign-up-email').fill(email);
  await page.getByTestId('sign-up-password').fill(password);
  await page.getByTestId('sign-up-submit').click();
  await expect(page).toHaveURL(/\/portal\/overview/);

  const creditCode = randomCreditCode();
  await page.getByTestId('nav-verification').click();
  await page.getByTestId('verification-legal-name').fill(`${company} 有限公司`);
  await page.getByTestId('verification-credit-code').fill(creditCode);
  await page.getByTestId('verification-copy').click();
  await page.getByTestId('invoice-address').fill('上海市浦东新区世纪大道 100 号');
  await page.getByTestId('invoice-phone').fill('021-12345678');
  await page.getByTestId('invoice-bank').fill('招商银行上海分行');
  await page.getByTestId('invoice-account').fill('1219000000000000');
  await expect(page.getByTestId('invoice-taxpayerId')).toHaveValue(creditCode);
  await page.getByTestId('verification-submit').click();
  await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'Pending');
  await signOut(page);

  await signIn(page, PROVIDER_ADMIN.email, PROVIDER_ADMIN.password);
  await page.getByTestId('nav-verification-queue').click();
  const row = page.getByTestId(`queue-row-${company}`);
  await row.getByTestId('queue-approve').click();
  await confirmPopconfirm(page);
  await expect(row).toHaveCount(0);
  await signOut(page);
}
