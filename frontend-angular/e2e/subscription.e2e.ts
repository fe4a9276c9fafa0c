import { expect, test } from '@playwright/test';
import { BILLING, runId, signIn, signOut, verifiedCompany } from './support';

const PROVIDER_ACCOUNT = '0200013409006939921';

test('a verified company subscribes to Professional, billing records the transfer and the subscription starts', async ({ page }) => {
  test.setTimeout(240_000);
  const id = runId();
  const company = `E2E 订阅 ${id}`;
  const email = `e2e-sub-${id}@example.com`;
  const password = 'Passw0rd!';
  let orderNumber = '';

  await test.step('a new company signs up and gets verified', async () => {
    await verifiedCompany(page, company, email, password);
  });

  await test.step('the tenant admin gets a quote for Professional and accepts it', async () => {
    await signIn(page, email, password);
    await page.getByTestId('nav-subscribe').click();
    await expect(page.getByTestId('subscribe-plan-price')).toContainText('8,820.00');
    await expect(page.getByTestId('subscribe-not-verified')).toHaveCount(0);
    await page.getByTestId('subscribe-get-quote').click();
    const quote = page.getByTestId('subscribe-quote');
    await expect(quote.getByTestId('price-line-professional')).toBeVisible();
    await expect(quote.getByTestId('price-total')).toHaveText('¥8,820.00');
    await expect(quote.getByTestId('quote-valid-until')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    await quote.getByTestId('subscribe-accept').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  });

  await test.step('the order shows the provider bank account and a due date', async () => {
    await expect(page).toHaveURL(/\/portal\/orders\/[0-9a-f-]+$/);
    const detail = page.getByTestId('order-detail');
    await expect(detail.getByTestId('order-status')).toHaveAttribute('data-status', 'PendingPayment');
    await expect(detail.getByTestId('order-total')).toHaveText('¥8,820.00');
    await expect(detail.getByTestId('payee-account')).toHaveText(PROVIDER_ACCOUNT);
    await expect(detail.getByTestId('order-due-date')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    orderNumber = (await detail.getByTestId('order-number').textContent())?.trim() ?? '';
    expect(orderNumber).not.toBe('');
    await expect(detail.getByTestId('transfer-reference')).toHaveText(orderNumber);
    await signOut(page);
  });

  await test.step('billing staff records the bank transfer of the exact total', async () => {
    await signIn(page, BILLING.email, BILLING.password);
    await page.getByTestId('nav-host-orders').click();
    const row = page.getByTestId(`host-order-row-${orderNumber}`);
    await expect(row).toContainText(company);
    await expect(row.getByTestId('order-status')).toHaveAttribute('data-status', 'PendingPayment');
    await row.getByTestId('host-order-open').click();
    const drawer = page.getByTestId('host-order-panel');
    const amount = drawer.getByTestId('payment-amount').locator('input');
    await expect(amount).toHaveValue('8820.00');
    await drawer.getByTestId('payment-reference').fill(`E2E-${id}`);

    // a partial payment is refused, and the message lands on the amount field
    await amount.fill('8000');
    await drawer.getByTestId('payment-submit').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await expect(drawer.locator('nz-form-item').filter({ has: page.getByTestId('payment-amount') })).toContainText('金额须与订单总额一致');
    await expect(drawer.getByTestId('order-status')).toHaveAttribute('data-status', 'PendingPayment');

    await amount.fill('8820');
    await drawer.getByTestId('payment-submit').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await expect(drawer.getByTestId('order-status')).toHaveAttribute('data-status', 'Paid');
    await expect(drawer.getByTestId('order-payment')).toContainText(`E2E-${id}`);
    await expect(row.getByTestId('order-status')).toHaveAttribute('data-status', 'Paid');
    await page.locator('.ant-drawer-close').click();
    await expect(drawer).toBeHidden();
    await signOut(page);
  });

  await test.step('the tenant admin sees an active subscription with about a year left, and the quota bars', async () => {
    await signIn(page, email, password);
    await page.getByTestId('nav-subscription').click();
    const card = page.getByTestId('subscription-card');
    await expect(card.getByTestId('subscription-status')).toHaveAttribute('data-status', 'Active');
    const days = Number(await card.getByTestId('subscription-days-left').getAttribute('data-days'));
    expect(days).toBeGreaterThanOrEqual(360);
    expect(days).toBeLessThanOrEqual(370);

    // a renewal is priced for a returning customer: 10% off → 7,938.00
    await page.getByTestId('renewal-get-quote').click();
    const renewal = page.getByTestId('renewal-card');
    await expect(renewal.getByTestId('price-discount-returning-customer')).toContainText('-¥882.00');
    await expect(renewal.getByTestId('price-total')).toHaveText('¥7,938.00');
    await expect(renewal.getByTestId('renewal-accept')).toBeVisible();

    await page.getByTestId('nav-usage').click();
    await expect(page.getByTestId('usage-bars')).toBeVisible();
    expect(await page.getByTestId('usage-bar').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('usage-api.calls')).toContainText('500,000');
  });
});
