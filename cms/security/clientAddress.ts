import type { IncomingHttpHeaders } from 'node:http'

/**
 * Who is on the other end of a request, and which forwarded headers may say so.
 *
 * The rule, once: a client can send any X-Forwarded-For it likes, so only entries that trusted
 * reverse proxies appended count. `TRUSTED_PROXY_HOPS` says how many proxies stand in front of
 * the CMS (default 0: `npm start` faces the network itself). The CMS server (`cms/scripts/server.ts`)
 * rewrites the headers of every request before Next.js sees them (`forwardedHeaders`):
 *
 * - X-Forwarded-For becomes the last `hops` entries that arrived (each trusted proxy appended
 *   the address it saw) followed by the TCP peer's address; everything further left is dropped;
 * - X-Real-IP becomes the client address that chain names (`clientAddress`);
 * - with 0 hops, X-Forwarded-Host/-Proto/-Port are dropped too (Next.js then fills them in from
 *   the connection), since no proxy is there to have set them.
 *
 * Inside the CMS, X-Forwarded-For is therefore always that chain, and the client is its entry
 * `hops` from the right: the peer itself with 0 hops, the address the outermost trusted proxy saw
 * with more. In-process tests send the chain the server would have written (usually just the
 * peer). With hops > 0 the CMS port must be reachable through the proxies only: a client
 * connecting to it directly could place an address of its choosing in the chain.
 */

/** How many reverse proxies in front of the CMS append to X-Forwarded-For (not negative). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS || 0)
  if (!Number.isInteger(hops) || hops < 0) {
    throw new Error(`TRUSTED_PROXY_HOPS must be 0 or a positive whole number, not "${hops}"`)
  }
  return hops
}

const entriesOf = (value: string | string[] | null | undefined): string[] =>
  [value ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean)

/**
 * The client address of a request the CMS server has passed on: the X-Forwarded-For entry `hops`
 * from the right (the left-most one when the chain is shorter). Null when there is no chain
 * (Local API calls, server code), which the sign-in limits do not count.
 *
 * @example
 * clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.7' }), 0) // '203.0.113.7'
 * clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.2' }), 1) // '203.0.113.7'
 */
export function clientAddress(
  headers: Headers | undefined,
  hops = trustedProxyHops(),
): string | null {
  return pick(entriesOf(headers?.get('x-forwarded-for')), hops)
}

const pick = (chain: string[], hops: number): string | null =>
  chain.length === 0 ? null : chain[Math.max(0, chain.length - 1 - hops)]

/**
 * The headers the CMS server hands to Next.js for a request that arrived from `peer` (the
 * socket's remote address) with `headers`: see the rule above. Returns a new object.
 *
 * @example
 * forwardedHeaders({ 'x-forwarded-for': '1.2.3.4' }, '203.0.113.7', 0)
 * // { 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.7' }
 */
export function forwardedHeaders(
  headers: IncomingHttpHeaders,
  peer: string | undefined,
  hops: number,
): IncomingHttpHeaders {
  const result: IncomingHttpHeaders = { ...headers }
  delete result['x-forwarded-for']
  delete result['x-real-ip']
  if (hops === 0) {
    delete result['x-forwarded-host']
    delete result['x-forwarded-proto']
    delete result['x-forwarded-port']
  }
  const appended = hops === 0 ? [] : entriesOf(headers['x-forwarded-for']).slice(-hops)
  const chain = [...appended, ...(peer ? [peer] : [])]
  const client = pick(chain, hops)
  if (client === null) return result
  result['x-forwarded-for'] = chain.join(', ')
  result['x-real-ip'] = client
  return result
}
