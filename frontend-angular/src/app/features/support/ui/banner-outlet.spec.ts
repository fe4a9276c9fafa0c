import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { RouterOutlet, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { describe, expect, it } from 'vitest';

@Component({ selector: 'app-test-banner', template: 'BANNER' })
class Banner {}
@Component({ selector: 'app-test-page', template: 'PAGE' })
class Page {}
@Component({ selector: 'app-test-shell', imports: [RouterOutlet], template: '<router-outlet name="banner" /><router-outlet />' })
class Shell {}

// How the support routes host the announcement banner: an empty-path route of the portal in the shell's "banner" outlet.
describe('the banner outlet', () => {
  it('shows the empty-path banner route above any portal page, without a URL segment of its own', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: '',
            component: Shell,
            children: [
              {
                path: 'portal',
                children: [
                  { path: '', outlet: 'banner', component: Banner },
                  { path: 'tickets', component: Page },
                ],
              },
            ],
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/portal/tickets');
    expect(harness.routeNativeElement?.textContent).toBe('BANNERPAGE');
  });
});
