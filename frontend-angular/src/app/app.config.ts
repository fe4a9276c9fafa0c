import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import zh from '@angular/common/locales/zh';
import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideNzConfig } from 'ng-zorro-antd/core/config';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzModalService } from 'ng-zorro-antd/modal';
import { FEATURES, routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { AuthService } from './core/auth/auth.service';
import { provideFeatures } from './core/features/feature';
import { provideTranslations } from './core/i18n/dictionaries';
import { I18nService } from './core/i18n/i18n.service';
import { APP_ICONS } from './icons';
import { SHARED_I18N } from './shared/shared.i18n';

// NG-ZORRO's date picker formats with the Angular locale of its own locale ('zh-cn'); en-US is built in
registerLocaleData(zh, 'zh-cn');
registerLocaleData(zh);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideFeatures(FEATURES),
    provideTranslations(SHARED_I18N),
    provideHttpClient(withInterceptors([authInterceptor])),
    provideNzI18n(zh_CN),
    provideNzIcons(APP_ICONS),
    provideNzConfig({ message: { nzTop: 64, nzMaxStack: 4 } }),
    // app-wide so services (ReasonDialog) can open modals; NzModalModule only provides it per component
    NzModalService,
    provideAppInitializer(() => {
      // apply the stored language (and NG-ZORRO's locale) before the first render, then resume the session
      inject(I18nService);
      return inject(AuthService).restore();
    }),
  ],
};
