import { expect, test } from '@playwright/test';

test('the language switch changes the texts and is remembered', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByTestId('sign-in-submit')).toHaveText('登录');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('sign-in-submit')).toHaveText('Sign in');
  await page.reload();
  await expect(page.getByTestId('sign-in-submit')).toHaveText('Sign in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
});
