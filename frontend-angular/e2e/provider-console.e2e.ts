import { expect, test } from '@playwright/test';
import { PROVIDER_ADMIN, confirmModal, signIn } from './support';

const DEMO_TENANT = '北京创联致信科技有限公司';

test('a provider admin suspends and reinstates a tenant, and both show in its audit log', async ({ page }) => {
  const reason = `E2E check ${Date.now()}`;
  await signIn(page, PROVIDER_ADMIN.email, PROVIDER_ADMIN.password);
  await page.getByTestId('nav-tenants').click();
  const row = page.getByTestId(`tenant-row-${DEMO_TENANT}`);
  await expect(row.getByTestId('tenant-status')).toHaveAttribute('data-status', 'Active');

  await row.getByTestId('tenant-actions').click();
  await page.getByTestId('tenant-suspend').click();
  await page.getByTestId('reason-input').fill(reason);
  await confirmModal(page);
  await expect(row.getByTestId('tenant-status')).toHaveAttribute('data-status', 'Suspended');

  await row.getByTestId('tenant-actions').click();
  await page.getByTestId('tenant-reinstate').click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await expect(row.getByTestId('tenant-status')).toHaveAttribute('data-status', 'Active');

  await row.getByTestId('tenant-open').click();
  const audit = page.getByTestId('tenant-audit');
  await expect(audit).toContainText(reason);
});
