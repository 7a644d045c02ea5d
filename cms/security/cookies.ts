/**
 * Whether the session cookie is marked Secure (sent over https only). Yes, unless the CMS is
 * declared to run on plain http (CMS_URL=http://…, e.g. a LAN test box): browsers treat
 * http://localhost as secure, so local development keeps working with Secure cookies.
 *
 * @example
 * secureCookies({ CMS_URL: 'https://cms.haiphong.gov.vn' }) // true
 * secureCookies({ CMS_URL: 'http://10.0.0.5:3000' }) // false
 */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return !/^http:\/\//i.test(env.CMS_URL ?? '')
}
