import { expect, test } from '@playwright/test';
import { DEMO_TENANT_ADMIN, PROVIDER_ADMIN, confirmModal, runId, signIn, signOut } from './support';

test('webhooks and notification settings: a tenant admin adds an endpoint and sets a language; the provider reads the mail log', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The demo host refuses plain http and private hosts; this public-looking https URL is accepted (and never reached).
  const url = `https://hooks.example.com/ding/${runId()}`;

  await test.step('the tenant admin adds an endpoint and sees its secret once', async () => {
    await signIn(page, DEMO_TENANT_ADMIN.email, DEMO_TENANT_ADMIN.password);
    await page.getByTestId('nav-webhooks').click();
    await expect(page.getByTestId('webhooks-table')).toBeVisible();
    await page.getByTestId('webhook-add').click();

    // validation is shown on submit: nothing filled in yet
    await confirmModal(page);
    await expect(page.getByTestId('webhook-form').locator('.ant-form-item-explain-error').first()).toBeVisible();

    await page.getByTestId('webhook-url').fill(url);
    await page.getByTestId('webhook-description').fill('E2E 订单回调');
    await page.getByTestId('webhook-event-order.paid').click();
    await page.getByTestId('webhook-event-subscription.activated').click();
    await confirmModal(page);

    const dialog = page.getByTestId('webhook-secret-dialog');
    await expect(dialog).toBeVisible();
    const secret = (await dialog.getByTestId('webhook-secret').textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(15);
    await expect(dialog.getByTestId('webhook-secret-copy')).toBeVisible();
    await page.getByTestId('webhook-secret-close').click();
    await expect(dialog).toBeHidden();

    const row = page.getByTestId(`webhook-row-${url}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('webhook-status')).toHaveAttribute('data-status', 'Enabled');
    await expect(row).toContainText('订单已付款');
    // the secret is never listed
    await expect(page.getByText(secret)).toHaveCount(0);

    // its deliveries open in a drawer (none yet, or whatever the events produced)
    await row.getByTestId('webhook-deliveries').click();
    await expect(page.getByTestId('webhook-deliveries-panel')).toBeVisible();
    await page.locator('.ant-drawer-close').click();
  });

  await test.step('the tenant admin sets a member language in the notification settings', async () => {
    await page.getByTestId('nav-notification-preferences').click();
    const row = page.getByTestId(`preferences-row-${DEMO_TENANT_ADMIN.email}`);
    await expect(row).toBeVisible();
    await row.getByTestId('preferences-language-en-US').click();
    await row.getByTestId('preferences-save').click();
    await expect(row.getByTestId('preferences-save')).toBeDisabled();
    await page.reload();
    await expect(row.getByTestId('preferences-language-en-US')).toHaveClass(/ant-radio-button-wrapper-checked/);

    // back to Chinese, so the demo tenant keeps its default
    await row.getByTestId('preferences-language-zh-CN').click();
    await row.getByTestId('preferences-save').click();
    await expect(row.getByTestId('preferences-save')).toBeDisabled();
    await signOut(page);
  });

  await test.step('the provider admin opens the mail log and the outbox', async () => {
    await signIn(page, PROVIDER_ADMIN.email, PROVIDER_ADMIN.password);
    await page.getByTestId('nav-mail-log').click();
    await expect(page.getByTestId('mail-log-table')).toBeVisible();
    await expect(page.getByTestId('load-error')).toHaveCount(0);
    const rows = page.getByTestId('mail-log-row');
    if ((await rows.count()) > 0) {
      await rows.first().getByTestId('mail-open').click();
      await expect(page.getByTestId('mail-text')).toBeVisible();
      await page.locator('.ant-drawer-close').click();
    }
    await page.getByTestId('nav-outbox').click();
    await expect(page.getByTestId('outbox-table')).toBeVisible();
    await expect(page.getByTestId('load-error')).toHaveCount(0);
  });
});
