import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A CMS instance in a process of its own: the real Payload (getPayload on the given database,
 * media folder and REDIS_URL) answering HTTP with Payload's REST handler, as the Next.js route
 * does (`cms/app/(payload)/api/[...slug]/route.ts`: anonymous GETs through the public read cache)
 * behind what the CMS server does first (`cms/scripts/server.ts`: the forwarded headers rewritten
 * for TRUSTED_PROXY_HOPS). Two of these on one database and one Redis are two instances behind
 * a load balancer, without building the admin.
 *
 * Requests are sent as a proxy in front would send them: with TRUSTED_PROXY_HOPS=1 (the default
 * here) the client address is the X-Forwarded-For the test puts on the request.
 */
export type CmsInstance = {
  name: string
  url: string
  pid: number
  output: () => string
  stop: () => Promise<void>
}

export async function startCmsInstance(
  name: string,
  env: Record<string, string | undefined>,
): Promise<CmsInstance> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/helpers/cmsInstance.ts', 'serve'],
    {
      cwd: process.cwd(),
      env: { ...process.env, TRUSTED_PROXY_HOPS: '1', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${log}`)), 120_000)
    child.stdout!.on('data', () => {
      const match = /READY (\d+)/.exec(log)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited (${code}):\n${log}`))
    })
  })
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined
}

/** The instance process itself (`tsx test/helpers/cmsInstance.ts serve`). */
async function serve() {
  const [{ getPayload, handleEndpoints }, { default: config }, cache, client, shared] =
    await Promise.all([
      import('payload'),
      import('@cms/payload.config'),
      import('@cms/api/publicReadCache'),
      import('@cms/security/clientAddress'),
      import('@cms/sharedState/redis'),
    ])
  const payload = await getPayload({ config })
  // No waiting for Redis here: as in the Next.js server, the connection opens with the first
  // request that needs it, which must still be counted there (cms/sharedState/redis.ts).
  const hops = client.trustedProxyHops()
  const rest = (request: Request) =>
    handleEndpoints({ config: payload.config, path: new URL(request.url).pathname, request })
  const cachedRest = cache.withPublicReadCache(rest)

  const server = createServer(async (req, res) => {
    try {
      req.headers = client.forwardedHeaders(req.headers, req.socket.remoteAddress, hops)
      const headers = new Headers()
      for (const [key, value] of Object.entries(req.headers)) {
        for (const item of [value ?? []].flat()) headers.append(key, item)
      }
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req)
      const request = new Request(new URL(req.url ?? '/', 'http://127.0.0.1'), {
        method: req.method,
        headers,
        body: body ? new Uint8Array(body) : undefined,
      })
      const response = await (req.method === 'GET' ? cachedRest : rest)(request)
      const answer = Buffer.from(await response.arrayBuffer())
      const out: Record<string, string | string[]> = Object.fromEntries(response.headers)
      if (response.headers.getSetCookie().length > 0) {
        out['set-cookie'] = response.headers.getSetCookie()
      }
      res.writeHead(response.status, out)
      res.end(answer)
    } catch (error) {
      console.error(error)
      res.writeHead(500)
      res.end(String(error))
    }
  })
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`)
  })
  process.on('SIGTERM', () => {
    server.close()
    server.closeAllConnections()
    void Promise.allSettled([shared.closeSharedRedis(), payload.destroy()]).then(() =>
      process.exit(0),
    )
  })
}

if (process.argv[2] === 'serve' && process.argv[1]?.endsWith('cmsInstance.ts')) {
  void serve().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
