import fs from 'node:fs/promises'
import path from 'node:path'

import { spawn } from 'node:child_process'

import { inject } from 'vitest'

import type { SearchIndexReport } from '@channels/search/indexer'
import type { HubFiles } from './payload'

/**
 * The demo content seeded once and built once per `vitest run`, with its search index: what the
 * suites that only read the demo site (pages, search, print, accessibility) share, and the
 * starting database of the suites that change the demo and build again (they get a copy:
 * `startTestHub({ from: await demoSite() })`).
 */
export type DemoSite = HubFiles & {
  /** The build's root (server bundle + client files) and the files a browser gets. */
  outDir: string
  clientDir: string
  /** The share cards the build drew (a suite that draws more copies it first). */
  cardCacheDir: string
  /** What Pagefind indexed. */
  searchIndex: SearchIndexReport
  /** Seconds the seed and the build took. */
  seconds: { seed: number; build: number }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's demo-site directory, made by test/setup/demo-site.ts. */
    demoSiteDir: string
  }
}

const WAIT_MS = 6 * 60_000

/**
 * The run's demo site. The first suite to ask builds it (claiming the directory with an atomic
 * mkdir) in a child process (test/setup/build-demo-site.ts), so its own Payload stays free for
 * the suite; the others wait for `ready.json`, or fail with the builder's error instead of
 * waiting out their time.
 */
export async function demoSite(): Promise<DemoSite> {
  const dir = inject('demoSiteDir')
  const ready = path.join(dir, 'ready.json')
  const failed = path.join(dir, 'failed.txt')
  const claimed = await fs.mkdir(path.join(dir, 'claim')).then(
    () => true,
    () => false,
  )
  if (claimed) await runBuilder(dir, failed)
  const until = Date.now() + WAIT_MS
  while (Date.now() < until) {
    const site = await fs.readFile(ready, 'utf8').catch(() => null)
    if (site) return JSON.parse(site) as DemoSite
    const error = await fs.readFile(failed, 'utf8').catch(() => null)
    if (error) throw new Error(`The demo site could not be built:\n${error}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The demo site was not ready after ${WAIT_MS / 1000} s (${dir}).`)
}

function runBuilder(dir: string, failed: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/setup/build-demo-site.ts', dir],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-8000)
    })
    const fail = (why: string) => fs.writeFile(failed, why).catch(() => {})
    child.on('error', (error) => void fail(error.message).then(resolve))
    child.on('exit', (code) => {
      // ready.json is written by the builder; anything else is a failure with its output.
      if (code === 0) resolve()
      else void fail(`exit code ${code}\n${stderr}`).then(resolve)
    })
  })
}
