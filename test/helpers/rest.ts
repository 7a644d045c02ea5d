import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'

/**
 * Sends a real HTTP request through Payload's REST handler — the same function the Next.js
 * route `cms/app/(payload)/api/[...slug]/route.ts` calls — without starting a server.
 */
export async function rest(
  payload: Payload,
  method: string,
  pathname: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: any }> {
  const url = new URL(pathname, 'http://localhost:3000')
  const headers: Record<string, string> = {}
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const request = new Request(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const response = await handleEndpoints({ config: payload.config, path: url.pathname, request })
  const text = await response.text()
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = text
  }
  return { status: response.status, json }
}
