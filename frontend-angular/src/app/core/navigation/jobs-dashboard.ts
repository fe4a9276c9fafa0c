/** The Hangfire dashboard link: the backend takes the access token once in the query, then keeps a cookie. */
export function jobsDashboardUrl(token: string | null): string {
  return token ? `/hangfire?access_token=${encodeURIComponent(token)}` : '/hangfire';
}
