import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'

/**
 * Sends a real HTTP request through Payload's REST handler — the same function the Next.js
 * route `cms/app/(payload)/api/[...slug]/route.ts` calls — without starting a server: with any
 * headers (client address, Origin, cookies, Accept-Language), a JWT, a JSON body, or a multipart
 * body with a file, as a browser or an API client would send them. A POST to `/api/graphql`
 * goes through Payload's GraphQL handler instead, as `cms/app/(payload)/api/graphql/route.ts`
 * sends it.
 */
export async function request(
  payload: Payload,
  method: string,
  pathname: string,
  options: {
    token?: string
    body?: unknown
    headers?: Record<string, string>
    file?: { data: Buffer; name: string; type: string; fields?: Record<string, unknown> }
  } = {},
): Promise<{ status: number; json: any; headers: Headers }> {
  const url = new URL(pathname, 'http://localhost:3000')
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.file) {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(options.file.data)], { type: options.file.type }),
      options.file.name,
    )
    form.append('_payload', JSON.stringify(options.file.fields ?? {}))
    body = form
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const graphQLPath = `${payload.config.routes.api}${payload.config.routes.graphQL}`
  const response =
    method === 'POST' && url.pathname === graphQLPath
      ? await (
          await import('@payloadcms/next/routes')
        ).GRAPHQL_POST(Promise.resolve(payload.config))(new Request(url, { method, headers, body }))
      : await handleEndpoints({
          config: payload.config,
          path: url.pathname,
          request: new Request(url, { method, headers, body }),
        })
  const text = await response.text()
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = text
  }
  return { status: response.status, json, headers: response.headers }
}

/** The error messages of a REST error response, whatever its shape. */
export function errorMessages(json: any): string[] {
  const errors: any[] = json?.errors ?? []
  return errors
    .flatMap((error) => [
      ...(error?.data?.errors ?? []).map((e: { message: string }) => e.message),
      error?.message,
    ])
    .filter(Boolean)
}
