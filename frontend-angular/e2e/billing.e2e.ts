import { expect, test } from '@playwright/test';
import { BILLING, DEMO_TENANT_ADMIN, PROVIDER_ADMIN, confirmModal, runId, signIn, signOut, verifiedCompany } from './support';

const PROVIDER_ACCOUNT = '0200013409006939921';

test('billing: bank transfer recorded, the special VAT invoice is issued and the tenant downloads its PDF', async ({ page }) => {
  test.setTimeout(300_000);
  const id = runId();
  const company = `E2E 开票 ${id}`;
  const email = `e2e-bill-${id}@example.com`;
  const password = 'Passw0rd!';
  const taxNumber = `E2E${id}`.toUpperCase();
  let orderNumber = '';

  await test.step('a new company signs up and gets verified (general taxpayer)', async () => {
    await verifiedCompany(page, company, email, password);
  });

  await test.step('the tenant accepts a quote; cards are off, so the order shows the bank transfer only', async () => {
    await signIn(page, email, password);
    await page.getByTestId('nav-subscribe').click();
    await page.getByTestId('subscribe-get-quote').click();
    const quote = page.getByTestId('subscribe-quote');
    await expect(quote.getByTestId('price-total')).toHaveText('¥8,820.00');
    await quote.getByTestId('subscribe-accept').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await expect(page).toHaveURL(/\/portal\/orders\/[0-9a-f-]+$/);
    const detail = page.getByTestId('order-detail');
    await expect(detail.getByTestId('order-status')).toHaveAttribute('data-status', 'PendingPayment');
    await expect(detail.getByTestId('payee-account')).toHaveText(PROVIDER_ACCOUNT);
    await expect(page.getByTestId('order-agreement-pdf')).toBeVisible();
    await expect(page.getByTestId('order-pay-by-card')).toHaveCount(0);
    orderNumber = (await detail.getByTestId('order-number').textContent())?.trim() ?? '';
    expect(orderNumber).not.toBe('');

    // the agreement PDF comes through the API with the bearer token
    const agreement = page.waitForResponse((r) => r.url().includes('/agreement.pdf'));
    await page.getByTestId('order-agreement-pdf').click();
    const response = await agreement;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    await signOut(page);
  });

  await test.step('billing staff records the bank transfer', async () => {
    await signIn(page, BILLING.email, BILLING.password);
    await page.getByTestId('nav-host-orders').click();
    const row = page.getByTestId(`host-order-row-${orderNumber}`);
    await row.getByTestId('host-order-open').click();
    const drawer = page.getByTestId('host-order-panel');
    await expect(drawer.getByTestId('payment-amount').locator('input')).toHaveValue('8820.00');
    await drawer.getByTestId('payment-reference').fill(`E2E-BILL-${id}`);
    await drawer.getByTestId('payment-submit').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await expect(drawer.getByTestId('order-status')).toHaveAttribute('data-status', 'Paid');
    await page.locator('.ant-drawer-close').click();
    await expect(drawer).toBeHidden();
  });

  await test.step('the payment appears in the payments list', async () => {
    await page.getByTestId('nav-host-payments').click();
    await expect(page.getByTestId(`payment-row-${orderNumber}`)).toContainText(`E2E-BILL-${id}`);
  });

  await test.step('billing staff issues the special VAT invoice from the queue', async () => {
    await page.getByTestId('nav-invoice-queue').click();
    const row = page.getByTestId(`queue-invoice-${orderNumber}`);
    await expect(row).toContainText(company);
    await expect(row.getByTestId('invoice-total')).toHaveText('¥8,820.00');
    await expect(row.getByTestId('invoice-kind')).toContainText('专用');
    await expect(row.getByTestId('invoice-status')).toHaveAttribute('data-status', 'Pending');
    await row.getByTestId('invoice-issue').click();
    await page.getByTestId('issue-tax-number').fill(taxNumber);
    await confirmModal(page);
    await expect(row.getByTestId('invoice-status')).toHaveAttribute('data-status', 'Issued');
    await expect(row).toContainText(taxNumber);
    await expect(row.getByTestId('invoice-issue')).toHaveCount(0);
    await signOut(page);
  });

  await test.step('the tenant sees the invoice issued and downloads its PDF', async () => {
    await signIn(page, email, password);
    await page.getByTestId('nav-invoices').click();
    const row = page.getByTestId(`invoice-row-${orderNumber}`);
    await expect(row.getByTestId('invoice-status')).toHaveAttribute('data-status', 'Issued');
    await expect(row.getByTestId('invoice-total')).toHaveText('¥8,820.00');
    await expect(row.getByTestId('invoice-kind')).toContainText('专用');
    await expect(page.getByTestId('credits-card')).toBeVisible();
    const pdf = page.waitForResponse((r) => /\/api\/tenant\/invoices\/[^/]+\/pdf$/.test(new URL(r.url()).pathname));
    const download = page.waitForEvent('download');
    await row.getByTestId('invoice-download').click();
    const response = await pdf;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await signOut(page);
  });
});

test('the provider admin sees 2026 in the holiday calendar with data', async ({ page }) => {
  await signIn(page, PROVIDER_ADMIN.email, PROVIDER_ADMIN.password);
  await page.getByTestId('nav-calendar').click();
  const year = page.getByTestId('calendar-year-2026');
  await expect(year).toHaveAttribute('data-has-data', 'true');
  await year.click();
  await expect(page.getByTestId('calendar-day').first()).toBeVisible();
  expect(await page.getByTestId('calendar-day').count()).toBeGreaterThan(10);
  // the deadline preview counts working days from today
  await page.getByTestId('preview-days').locator('input').fill('5');
  await page.getByTestId('preview-submit').click();
  await expect(page.getByTestId('preview-deadline')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
});

test('the provider admin adds a year to the calendar, saves it and deletes it again', async ({ page }) => {
  await signIn(page, PROVIDER_ADMIN.email, PROVIDER_ADMIN.password);
  await page.getByTestId('nav-calendar').click();
  const year = 2031;
  await page.getByTestId('calendar-new-year').locator('input').fill(String(year));
  await page.getByTestId('calendar-open-year').click();
  await expect(page.getByTestId('calendar-editor')).toContainText(String(year));
  await page.getByTestId('calendar-source').fill('https://www.gov.cn/e2e');
  await page.getByTestId('day-add').click();
  const day = page.getByTestId('calendar-day').last();
  await day.getByTestId('day-date').locator('input').fill(`${year}-01-01`);
  await day.getByTestId('day-date').locator('input').press('Enter');
  await day.getByTestId('day-name').fill('元旦');
  await page.getByTestId('calendar-save').click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await expect(page.getByTestId(`calendar-year-${year}`)).toHaveAttribute('data-has-data', 'true');
  await page.getByTestId('calendar-delete').click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await expect(page.getByTestId(`calendar-year-${year}`)).toHaveCount(0);
});

test('billing staff imports a bank statement and resolves an unmatched line to an open order', async ({ page, request }) => {
  test.setTimeout(120_000);
  const id = runId();
  // an open order of the demo tenant, created through the API
  const token = await request.post('/connect/token', {
    form: { grant_type: 'password', username: DEMO_TENANT_ADMIN.email, password: DEMO_TENANT_ADMIN.password, scope: 'api offline_access' },
  });
  const auth = { Authorization: `Bearer ${(await token.json()).access_token}` };
  const quote = await (
    await request.post('/api/tenant/quotes', { headers: auth, data: { planCode: 'professional', addOns: null, voucherCode: null } })
  ).json();
  const order = await (await request.post(`/api/tenant/quotes/${quote.id}/accept`, { headers: auth, data: {} })).json();
  expect(order.number).toBeTruthy();

  await signIn(page, BILLING.email, BILLING.password);
  await page.getByTestId('nav-bank-statements').click();
  const csv = [
    'date,amount,memo,payer,transaction_id',
    `2026-11-02,${order.total.toFixed(2)},转账 无附言 ${id},某某科技,TX-A-${id}`,
    `2026-11-02,1.00,unknown ${id},,TX-B-${id}`,
  ].join('\n');
  await page.getByTestId('statement-csv').fill(csv);
  await page.getByTestId('statement-import-submit').click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  const result = page.getByTestId('statement-result');
  await expect(result.getByTestId('result-lines')).toHaveText('2');
  await expect(result.getByTestId('result-unmatched')).toHaveText('2');

  const line = page
    .getByTestId('unmatched-table')
    .getByTestId('statement-line')
    .filter({ hasText: `TX-A-${id}` });
  await line.getByTestId('line-resolve').click();
  await page.getByTestId('resolve-order').click();
  await page.locator('nz-option-item').filter({ hasText: order.number }).click();
  await confirmModal(page);
  await expect(line).toHaveCount(0);

  await page.getByTestId('nav-host-orders').click();
  await expect(page.getByTestId(`host-order-row-${order.number}`).getByTestId('order-status')).toHaveAttribute('data-status', 'Paid');
});
