import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { NzI18nService } from 'ng-zorro-antd/i18n';
import { NzMessageService } from 'ng-zorro-antd/message';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { provideTranslations } from '../i18n/dictionaries';
import { I18nService } from '../i18n/i18n.service';
import { ErrorNotifier } from './error-notifier.service';

describe('ErrorNotifier', () => {
  const error = vi.fn();
  let notifier: ErrorNotifier;

  beforeEach(() => {
    localStorage.setItem('dp.lang', 'en-US');
    error.mockClear();
    TestBed.configureTestingModule({
      providers: [
        { provide: NzMessageService, useValue: { error } },
        { provide: NzI18nService, useValue: { setLocale: vi.fn() } },
        // a business code's text comes from its feature's dictionary (here the Tenants one's, as the app registers it)
        provideTranslations({
          'zh-CN': { 'error.Tenants:MemberLimitReached': '成员数已达版本上限，请升级或购买成员扩展包' },
          'en-US': { 'error.Tenants:MemberLimitReached': 'Your plan’s member limit is reached. Upgrade or buy a member add-on pack.' },
        }),
      ],
    });
    notifier = TestBed.inject(ErrorNotifier);
  });

  it('prefers a translated business code over the server text', () => {
    notifier.show(new HttpErrorResponse({ status: 409, error: { detail: 'Limit 500', code: 'Tenants:MemberLimitReached' } }));
    expect(error).toHaveBeenCalledWith(expect.stringContaining('member limit is reached'), expect.anything());
  });

  it('shows the server detail for unknown codes, and field messages when no form takes them', () => {
    notifier.show(new HttpErrorResponse({ status: 400, error: { title: 'Invalid', errors: { Name: ['Name is required.'] } } }));
    expect(error).toHaveBeenCalledWith('Invalid Name is required.', expect.anything());
  });

  it('uses a generic phrase by status when the server said nothing', () => {
    expect(notifier.describe({ status: 0, code: null, message: null, fieldErrors: {} })).toBe(
      TestBed.inject(I18nService).t('error.network'),
    );
    expect(notifier.describe({ status: 403, code: null, message: null, fieldErrors: {} })).toBe('You are not allowed to do this');
    expect(notifier.describe({ status: 500, code: null, message: null, fieldErrors: {} })).toContain('Something went wrong');
  });
});
