/**
 * What counting page views costs the live site server: `npm run bench:views` (prints figures; it
 * is not a test). Builds the demo site (seed + build, 1–2 min; or `--site <dir>` of a demo site
 * test/setup/build-demo-site.ts made), serves it as a release, and loads one article page with
 * autocannon (a separate process: 50 connections × 10 s, a browser's User-Agent, so every
 * answer counts) three times without and three times with the recorder of `npm start`,
 * alternating. Prints first the recorder's own cost per view (ns, 2 million calls over 500
 * pages), then one JSON object per run after a 5 s warm-up: requests/s, latency p50/p97.5/p99, the server's CPU time per
 * request, the 1-minute load average after the run, and for the counting runs the views stored
 * after the final flush: the 2xx answers autocannon counted, plus the few (at most one per
 * connection) that the server sent whole while autocannon was stopping.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createPageViewRecorder } from '@cms/pageViews/recorder'
import { publishLayout, switchCurrentRelease } from '@cms/publish/layout'
import { startLiveSite } from '@cms/publish/server'
import { demoSiteForScript } from '../test/helpers/demoSite'
import { startTestHub } from '../test/helpers/payload'
import { makeProjectTempDir } from '../test/helpers/site'

const ARTICLE = '/tin-tuc/hai-phong-ban-hanh-ke-hoach-phat-trien-he-sinh-thai-khoi-nghiep/'
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
const argv = process.argv.slice(2)
const option = (name: string) => {
  const index = argv.indexOf(name)
  return index >= 0 ? argv[index + 1] : undefined
}

type Load = { requests: number; rps: number; p50: number; p975: number; p99: number; ok: number }

/** autocannon in its own process, so the load generator does not share the server's thread. */
function load(url: string, seconds = 10): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['autocannon', '-c', '50', '-d', String(seconds), '-j', '-H', `User-Agent=${BROWSER}`, url],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk))
    child.on('error', reject)
    child.on('exit', () => {
      try {
        const result = JSON.parse(out)
        resolve({
          requests: result.requests.total,
          rps: result.requests.average,
          p50: result.latency.p50,
          p975: result.latency.p97_5,
          p99: result.latency.p99,
          ok: result['2xx'],
        })
      } catch (error) {
        reject(error)
      }
    })
  })
}

async function main() {
  const demo = await demoSiteForScript(option('--site'), 'hub-bench-views-')
  const { site } = demo
  const hub = await startTestHub({ from: site })
  const layoutDir = await makeProjectTempDir('hub-bench-views-layout-')
  const layout = publishLayout(layoutDir)
  const release = path.join(layout.releases, 'demo')
  await fs.mkdir(release, { recursive: true })
  await fs.symlink(site.clientDir, path.join(release, 'public'))
  await switchCurrentRelease(layout, release)

  // What one view costs the request that counts it: the recorder's map increment.
  const timing = createPageViewRecorder(hub.payload, { write: async () => {} })
  const paths = Array.from({ length: 500 }, (_, i) => `/tin-tuc/bai-${i}/`)
  const calls = 2_000_000
  let recordNs = 0
  // The last of three rounds (the first ones warm up the JIT).
  for (let round = 0; round < 3; round++) {
    const started = process.hrtime.bigint()
    for (let i = 0; i < calls; i++) timing.record(paths[i % paths.length]!)
    recordNs = Number(process.hrtime.bigint() - started) / calls
  }
  await timing.stop()
  console.log(JSON.stringify({ recordNs: Number(recordNs.toFixed(1)) }))

  // Warm-up (JIT, file cache), not reported.
  const warm = await startLiveSite({ layout, port: 0, host: '127.0.0.1' })
  await load(`${warm.url}${ARTICLE}`, 5)
  await warm.close()

  const results = []
  for (const counting of [false, true, false, true, false, true]) {
    const recorder = counting ? createPageViewRecorder(hub.payload) : null
    const live = await startLiveSite({
      layout,
      port: 0,
      host: '127.0.0.1',
      onPageView: recorder?.record,
    })
    const cpu = process.cpuUsage()
    const result = await load(`${live.url}${ARTICLE}`)
    const used = process.cpuUsage(cpu)
    await live.close()
    await recorder?.stop()
    const stored = counting
      ? (
          await hub.payload.find({
            collection: 'page-views',
            where: { path: { equals: ARTICLE } },
          })
        ).docs[0]?.count
      : undefined
    if (counting) await hub.payload.db.deleteMany({ collection: 'page-views', where: {} })
    const row = {
      counting,
      ...result,
      serverCpuMsPerRequest: Number(
        ((used.user + used.system) / 1000 / result.requests).toFixed(3),
      ),
      loadAverage1m: Number(os.loadavg()[0]!.toFixed(2)),
      ...(counting ? { viewsStored: stored ?? 0 } : {}),
    }
    results.push(row)
    console.log(JSON.stringify(row))
  }
  await hub.cleanup()
  await fs.rm(layoutDir, { recursive: true, force: true })
  await demo.cleanup()
  const mismatch = results.find(
    (row) => row.counting && !(row.viewsStored! >= row.ok && row.viewsStored! <= row.ok + 50),
  )
  if (mismatch) {
    console.error('Views stored differ from the pages sent:', mismatch)
    process.exitCode = 1
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
