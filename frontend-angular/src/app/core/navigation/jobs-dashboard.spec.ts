import { describe, expect, it } from 'vitest';
import { jobsDashboardUrl } from './jobs-dashboard';

describe('Hangfire dashboard link', () => {
  it('carries the current access token in the query, encoded', () => {
    expect(jobsDashboardUrl('eyJ.a+b/c=')).toBe('/hangfire?access_token=eyJ.a%2Bb%2Fc%3D');
  });

  it('falls back to the bare path without a token', () => {
    expect(jobsDashboardUrl(null)).toBe('/hangfire');
  });
});
