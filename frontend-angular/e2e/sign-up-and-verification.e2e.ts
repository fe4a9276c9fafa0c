import { expect, test } from '@playwright/test';
import { randomCreditCode } from '../src/app/features/tenants/credit-code/credit-code';
import { PROVIDER_ADMIN, confirmPopconfirm, runId, signIn, signOut } from './support';

test('a new company signs up, gets verified by the provider and sees Professional at 8,820.00', async ({ page }) => {
  const id = runId();
  const company = `E2E 科技 ${id}`;
  const email = `e2e-${id}@example.com`;
  const password = 'Passw0rd!';
  const creditCode = randomCreditCode();

  await test.step('sign up in the browser', async () => {
    await page.goto('/sign-up');
    await page.getByTestId('sign-up-company').fill(company);
    await page.getByTestId('sign-up-name').fill('张三');
    await page.getByTestId('sign-up-email').fill(email);
    await page.getByTestId('sign-up-password').fill(password);
    await page.getByTestId('sign-up-submit').click();
    await expect(page).toHaveURL(/\/portal\/overview/);
    await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'Unverified');
  });

  await test.step('submit the verification', async () => {
    await page.getByTestId('nav-verification').click();
    await page.getByTestId('verification-legal-name').fill(`${company} 有限公司`);
    await page.getByTestId('verification-credit-code').fill(creditCode);
    await page.getByTestId('verification-copy').click();
    await page.getByTestId('invoice-address').fill('北京市海淀区中关村大街 1 号');
    await page.getByTestId('invoice-phone').fill('010-12345678');
    await page.getByTestId('invoice-bank').fill('中国工商银行北京中关村支行');
    await page.getByTestId('invoice-account').fill('0200000000000000000');
    await expect(page.getByTestId('invoice-taxpayerId')).toHaveValue(creditCode);
    await page.getByTestId('verification-submit').click();
    await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'Pending');
    await signOut(page);
  });

  await test.step('the provider admin approves it in the queue', async () => {
    await signIn(page, PROVIDER_ADMIN.email, PROVIDER_ADMIN.password);
    await page.getByTestId('nav-verification-queue').click();
    const row = page.getByTestId(`queue-row-${company}`);
    await expect(row).toBeVisible();
    await row.getByTestId('queue-approve').click();
    await confirmPopconfirm(page);
    await expect(row).toHaveCount(0);
    await signOut(page);
  });

  await test.step('the tenant admin sees "verified" and the Professional price', async () => {
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/portal\/overview/);
    await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'Verified');
    await page.getByTestId('nav-plans').click();
    await expect(page.getByTestId('plan-price-professional')).toContainText('8,820.00');
  });
});
