/**
 * The client's address as seen by the nearest trusted proxy: the entry `TRUSTED_PROXY_HOPS`
 * (default 1) from the right of X-Forwarded-For. A reverse proxy appends the address it saw, so
 * entries further left are whatever the client sent and cannot be trusted. Next.js adds the
 * socket address itself when no proxy set the header. Null when unknown (Local API calls).
 *
 * @example
 * clientAddress(new Headers({ 'x-forwarded-for': '10.9.9.9, 203.0.113.7' })) // '203.0.113.7'
 */
export function clientAddress(
  headers: Headers | undefined,
  hops = Number(process.env.TRUSTED_PROXY_HOPS) || 1,
): string | null {
  const forwarded = headers?.get('x-forwarded-for')
  if (!forwarded) return headers?.get('x-real-ip')?.trim() || null
  const entries = forwarded
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  return entries[Math.max(0, entries.length - hops)] ?? null
}
