import { expect, test } from '@playwright/test';
import { PROVIDER_ADMIN, confirmPopconfirm, runId, signIn } from './support';

test('a provider admin creates, edits and deletes an (inactive) promotion', async ({ page }) => {
  const name = `E2E 活动 ${runId()}`;
  await signIn(page, PROVIDER_ADMIN.email, PROVIDER_ADMIN.password);
  await page.getByTestId('nav-promotions').click();

  await page.getByTestId('promotion-create').click();
  const form = page.getByTestId('promotion-form');
  await form.getByTestId('promotion-name').fill(name);
  for (const [testId, date] of [
    ['promotion-start', '2030-03-01'],
    ['promotion-end', '2030-03-31'],
  ]) {
    const input = form.getByTestId(testId).locator('input');
    await input.click();
    await input.fill(date);
    await input.press('Enter');
    await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
  }
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(form.getByTestId('promotion-benefit-error')).toBeVisible(); // bonus months or percent off is required
  await form.getByTestId('promotion-bonus').locator('input').fill('2');
  await form.getByTestId('promotion-voucher').fill(`E2E${Date.now()}`);
  await form.getByTestId('promotion-active').click(); // inactive: must not change other journeys' prices
  await page.locator('.ant-modal-footer .ant-btn-primary').click();

  const row = page.getByTestId(`promotion-row-${name}`);
  await expect(row).toContainText('2030-03-01 ~ 2030-03-31');
  await expect(row).toContainText('赠送 2 个月');
  await expect(row.getByTestId('promotion-active-tag')).toHaveText('否');

  await row.getByTestId('promotion-edit').click();
  await form.getByTestId('promotion-percent').locator('input').fill('5');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(row).toContainText('5% 折扣');

  await row.getByTestId('promotion-delete').click();
  await confirmPopconfirm(page);
  await expect(row).toHaveCount(0);
});

test('the jobs link carries the access token and opens the Hangfire dashboard', async ({ page }) => {
  await signIn(page, PROVIDER_ADMIN.email, PROVIDER_ADMIN.password);
  const link = page.getByTestId('link-hangfire');
  await expect(link).toHaveAttribute('target', '_blank');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/hangfire\?access_token=[\w.%-]+$/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('Hangfire');
});

test('the provider admin sets how long overdue orders stay payable', async ({ page }) => {
  await signIn(page, PROVIDER_ADMIN.email, PROVIDER_ADMIN.password);
  await page.getByTestId('nav-promotions').click();
  const settings = page.getByTestId('order-settings');
  const input = settings.getByTestId('order-settings-lapse').locator('input');
  await expect(input).toHaveValue('30');
  await input.fill('20');
  await settings.getByTestId('order-settings-save').click();
  await expect(page.locator('.ant-message')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('order-settings').getByTestId('order-settings-lapse').locator('input')).toHaveValue('20');
  // put it back so other journeys see the default
  await page.getByTestId('order-settings').getByTestId('order-settings-lapse').locator('input').fill('30');
  await page.getByTestId('order-settings').getByTestId('order-settings-save').click();
  await expect(page.locator('.ant-message')).toBeVisible();
});
