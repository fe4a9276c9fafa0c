import { expect, test, type APIRequestContext } from '@playwright/test';
import { randomCreditCode } from '../src/app/features/tenants/credit-code/credit-code';
import { BILLING, PROVIDER_ADMIN, confirmModal, runId, signIn, signOut } from './support';

/** Password-grant token through the public token endpoint, as the SPA gets it. */
async function token(request: APIRequestContext, email: string, password = 'Passw0rd!'): Promise<string> {
  const r = await request.post('/connect/token', { form: { grant_type: 'password', username: email, password, scope: 'api' } });
  expect(r.ok()).toBeTruthy();
  return (await r.json()).access_token as string;
}

function shanghaiDate(daysAgo: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 - daysAgo * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('a tenant pays, staff issue the invoice after its deadline and the tenant sees the late-issue penalty', async ({ page, request }) => {
  test.setTimeout(180_000);
  const id = runId();
  const company = `E2E 逾期开票 ${id}`;
  const email = `e2e-late-${id}@example.com`;
  let orderNumber = '';

  await test.step('set-up through the API: a verified company whose transfer arrived three weeks ago', async () => {
    expect(
      (
        await request.post('/api/tenants/sign-up', {
          data: { companyName: company, adminName: '王五', adminEmail: email, adminPassword: 'Passw0rd!' },
        })
      ).status(),
    ).toBe(201);
    const tenant = { Authorization: `Bearer ${await token(request, email)}` };
    const code = randomCreditCode();
    const profile = {
      name: company,
      taxpayerId: code,
      address: '北京市海淀区',
      phone: '010-12345678',
      bank: '招商银行',
      account: '110000000001',
    };
    expect(
      (
        await request.put('/api/tenant/verification', {
          headers: tenant,
          data: { legalName: company, creditCode: code, taxpayerType: 'General', invoiceProfile: profile },
        })
      ).ok(),
    ).toBeTruthy();
    const me = await (await request.get('/api/me', { headers: tenant })).json();
    const admin = { Authorization: `Bearer ${await token(request, PROVIDER_ADMIN.email)}` };
    expect((await request.post(`/api/host/tenants/${me.tenantId}/verification/approve`, { headers: admin })).ok()).toBeTruthy();
    const quote = await (await request.post('/api/tenant/quotes', { headers: tenant, data: { planCode: 'professional' } })).json();
    const order = await (await request.post(`/api/tenant/quotes/${quote.id}/accept`, { headers: tenant })).json();
    orderNumber = order.number;
    const billing = { Authorization: `Bearer ${await token(request, BILLING.email)}` };
    const paid = await request.post(`/api/host/orders/${order.id}/payments`, {
      headers: billing,
      data: { amount: order.total, reference: `E2E-LATE-${id}`, paidOn: shanghaiDate(21) },
    });
    expect(paid.ok()).toBeTruthy();
  });

  await test.step('billing staff see the invoice overdue in the queue and issue it', async () => {
    await signIn(page, BILLING.email, BILLING.password);
    await page.getByTestId('nav-invoice-queue').click();
    const row = page.getByTestId(`queue-invoice-${orderNumber}`);
    await expect(row.getByTestId('invoice-overdue')).toBeVisible();
    await row.getByTestId('invoice-issue').click();
    await page.getByTestId('issue-tax-number').fill(`LATE${id}`.toUpperCase());
    await confirmModal(page);
    await expect(row.getByTestId('invoice-status')).toHaveAttribute('data-status', 'Issued');
    // Issued after the deadline: 0.2% of 8,820.00 = 17.64 per late day.
    await expect(row.getByTestId('invoice-penalty')).toContainText(/¥\d+\.\d{2}/);
    await signOut(page);
  });

  await test.step('the tenant sees the penalty on the invoice and the credit owed to it', async () => {
    await signIn(page, email, 'Passw0rd!');
    await page.getByTestId('nav-invoices').click();
    const row = page.getByTestId(`invoice-row-${orderNumber}`);
    await expect(row.getByTestId('invoice-status')).toHaveAttribute('data-status', 'Issued');
    const days = Number((await row.getByTestId('invoice-penalty-days').textContent())?.trim());
    expect(days).toBeGreaterThan(0);
    const penalty = `¥${(days * 17.64).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    await expect(row.getByTestId('invoice-penalty')).toHaveText(penalty);
    await expect(page.getByTestId('credits-owed')).toContainText(penalty);
  });
});
