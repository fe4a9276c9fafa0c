import { expect, test } from '@playwright/test';
import { DEMO_TENANT_ADMIN, confirmModal, runId, signIn } from './support';

test('a tenant admin creates an API client whose secret gets an integrator token for the entitlements', async ({ page, request }) => {
  const name = `e2e-client-${runId()}`;

  await signIn(page, DEMO_TENANT_ADMIN.email, DEMO_TENANT_ADMIN.password);
  await page.getByTestId('nav-api-clients').click();
  await page.getByTestId('api-client-create').click();
  await page.getByTestId('api-client-name').fill(name);
  await confirmModal(page);

  const dialog = page.getByTestId('secret-dialog');
  await expect(dialog).toBeVisible();
  const clientId = (await page.getByTestId('created-client-id').textContent())?.trim() ?? '';
  const clientSecret = (await page.getByTestId('created-client-secret').textContent())?.trim() ?? '';
  expect(clientId).not.toBe('');
  expect(clientSecret).not.toBe('');
  await page.getByTestId('secret-dialog-close').click();
  await expect(page.getByTestId(`api-client-row-${name}`)).toBeVisible();

  const tokenResponse = await request.post('/connect/token', {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'api' },
  });
  expect(tokenResponse.status(), await tokenResponse.text()).toBe(200);
  const { access_token } = (await tokenResponse.json()) as { access_token: string };

  const entitlementsResponse = await request.get('/api/tenant/entitlements', { headers: { Authorization: `Bearer ${access_token}` } });
  expect(entitlementsResponse.status(), await entitlementsResponse.text()).toBe(200);
  const entitlements = (await entitlementsResponse.json()) as { planCode: string; entitlements: { key: string }[] };
  expect(['professional', 'standard']).toContain(entitlements.planCode);
  expect(entitlements.entitlements.length).toBeGreaterThan(0);
  expect(entitlements.entitlements[0].key).toMatch(/\S/);
});
