/**
 * The CMS server: Next.js (the admin and the REST/GraphQL API, `cms/`) behind a plain Node HTTP
 * server that first rewrites the forwarded headers of every request, so the CMS knows the real
 * client address (`forwardedHeaders`, cms/security/clientAddress.ts). `next start` cannot do
 * this: it keeps any X-Forwarded-For the client sent, so rotating that header would have given
 * a stranger a fresh address for every sign-in attempt.
 *
 * Started by `npm start` (cms/scripts/start.ts) as its own process, on PORT; on its own by
 * `npm run serve:cms` (PORT, else CMS_PORT): one CMS instance of several behind a load balancer
 * (docs/DEPLOYMENT.md, Topology), on a database `npm run migrate` has brought up to date.
 */
import http from 'node:http'

import next from 'next'

import { forwardedHeaders, trustedProxyHops } from '../security/clientAddress'
import { prepareEnvironment } from './boot'

// `.env` and absolute database and media paths (already done when npm start spawned us).
prepareEnvironment()
const port = Number(process.env.PORT || process.env.CMS_PORT || 3000)
const hops = trustedProxyHops()

const app = next({ dir: 'cms', dev: false, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  req.headers = forwardedHeaders(req.headers, req.socket.remoteAddress, hops)
  handle(req, res).catch((error: unknown) => {
    console.error(error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
server.listen(port, () => {
  console.log(`CMS server listening on port ${port} (trusted proxies: ${hops})`)
})

const stop = () => {
  server.close()
  server.closeAllConnections()
  void app.close().finally(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
