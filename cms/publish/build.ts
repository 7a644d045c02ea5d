import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/**
 * What an incremental build adds to astro.config.mjs. The publish pipeline passes it inline to
 * Astro's `build()` (cms/publish/build-worker.ts), so `npm run build:site` and the config file
 * are unchanged:
 * - `experimental.incrementalBuild`: pages whose `cacheKey` (content digests, site/lib/paths.ts)
 *   and templates did not change are not rendered again;
 * - `vite.build.emptyOutDir: false`: the outDir keeps the previous build, so those pages are
 *   simply left in place instead of being copied back from the cache one by one (with 10,000
 *   pages that copy was most of an incremental build). What the build no longer produces is
 *   pruned by the pipeline from the build's own manifest.
 */
export function incrementalBuildConfig() {
  return {
    experimental: { incrementalBuild: true },
    vite: { build: { emptyOutDir: false } },
    build: { concurrency: buildConcurrency() },
  } as const
}

/**
 * Pages rendered at once (SITE_BUILD_CONCURRENCY, default 2): a share card spends part of its
 * time in sharp's threads (rasterising), so a second page in flight keeps the other core busy.
 */
export function buildConcurrency(): number {
  const value = Number(process.env.SITE_BUILD_CONCURRENCY)
  return Number.isInteger(value) && value >= 1 ? value : 2
}

export type SiteBuildRun = {
  ok: boolean
  /** The last lines of the build's output (ANSI colours removed). */
  log: string[]
  /** The error the build stopped with, when it failed. */
  error: string | null
  seconds: number
}

export type SiteBuildOptions = {
  outDir: string
  cacheDir: string
  signal?: AbortSignal
  /** Receives every line of the build's output. */
  onLine?: (line: string) => void
  /** How many lines of output to keep for the log excerpt. */
  keepLines?: number
  /** Called with the worker's process id when the build starts (e.g. to sample its memory). */
  onSpawn?: (pid: number) => void
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g

/** What the worker was started with: when any of it changes, a new worker is started. */
const WORKER_ENV = ['DATABASE_URL', 'MEDIA_DIR', 'SITE_URL', 'PAYLOAD_SECRET', 'OG_CACHE_DIR']
const envFingerprint = () => WORKER_ENV.map((key) => process.env[key] ?? '').join('\u0000')

/**
 * Recycling: a worker is replaced after a failed build, after `SITE_BUILD_WORKER_BUILDS`
 * builds (default 25) or when it holds more than `SITE_BUILD_WORKER_MAX_MB` of memory after a
 * build (default 3072: a cold build of 10,000 items peaks near 3 GB, a warm worker then holds
 * ~1.6 GB; Astro and Vite keep a little of every build).
 * `SITE_BUILD_WORKER=0` runs every build in a fresh process instead (slower, nothing shared).
 */
const limits = () => ({
  reuse: process.env.SITE_BUILD_WORKER !== '0',
  builds: Number(process.env.SITE_BUILD_WORKER_BUILDS) || 25,
  maxBytes: (Number(process.env.SITE_BUILD_WORKER_MAX_MB) || 3072) * 1024 * 1024,
})

type WorkerMessage =
  { type: 'ready' } | { type: 'done'; id: number; ok: boolean; error?: string; rssBytes: number }

class BuildWorker {
  readonly child: ChildProcess
  readonly env = envFingerprint()
  builds = 0
  private listeners = new Set<(line: string) => void>()
  private pending = new Map<number, (message: Extract<WorkerMessage, { type: 'done' }>) => void>()
  private exitListeners = new Set<(reason: string) => void>()
  exited = false

  constructor() {
    this.child = spawn(
      process.execPath,
      [
        // A larger young generation halves the garbage collector's share of a build (the
        // content loaders allocate a lot of short-lived JSON): measured 3.0 s → 1.5 s at 1,000 items.
        '--max-semi-space-size=64',
        '--import',
        'tsx',
        path.resolve('cms/publish/build-worker.ts'),
      ],
      {
        cwd: process.cwd(),
        env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    )
    const forward = (stream: NodeJS.ReadableStream) => {
      let rest = ''
      stream.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split(/\r?\n/)
        rest = lines.pop() ?? ''
        for (const raw of lines) {
          const line = raw.replace(ANSI, '')
          for (const listener of this.listeners) listener(line)
        }
      })
    }
    forward(this.child.stdout!)
    forward(this.child.stderr!)
    this.child.on('message', (message: WorkerMessage) => {
      if (message.type === 'done') this.pending.get(message.id)?.(message)
    })
    const onExit = (reason: string) => {
      this.exited = true
      for (const listener of this.exitListeners) listener(reason)
    }
    this.child.on('exit', (code, signal) =>
      onExit(
        signal
          ? `The build worker was stopped (${signal}).`
          : `The build worker exited with code ${code}.`,
      ),
    )
    this.child.on('error', (error) => onExit(`Could not start the build worker: ${error.message}`))
  }

  build(options: SiteBuildOptions, id: number): Promise<Extract<WorkerMessage, { type: 'done' }>> {
    this.builds++
    return new Promise((resolve) => {
      const onLine = (line: string) => options.onLine?.(line)
      const finish = (message: Extract<WorkerMessage, { type: 'done' }>) => {
        this.listeners.delete(onLine)
        this.pending.delete(id)
        this.exitListeners.delete(onExit)
        resolve(message)
      }
      const onExit = (reason: string) =>
        finish({ type: 'done', id, ok: false, error: reason, rssBytes: 0 })
      this.listeners.add(onLine)
      this.pending.set(id, finish)
      this.exitListeners.add(onExit)
      if (this.exited) return onExit('The build worker is not running.')
      this.child.send({ type: 'build', id, outDir: options.outDir, cacheDir: options.cacheDir })
    })
  }

  stop() {
    if (!this.exited) this.child.kill('SIGTERM')
  }
}

let worker: BuildWorker | null = null
let nextId = 1
// A worker must never outlive the process that started it.
process.once('exit', () => worker?.child.kill('SIGKILL'))

/** Stops the build worker (the publisher calls it when the server stops). */
export function stopBuildWorker(): void {
  worker?.stop()
  worker = null
}

/**
 * Runs an incremental Astro build of the site into `outDir` (with `cacheDir` kept between
 * builds) in the build worker, a child process that stays warm between builds. It reads the CMS
 * through the same DATABASE_URL and MEDIA_DIR as this process.
 */
export async function runSiteBuild(options: SiteBuildOptions): Promise<SiteBuildRun> {
  const started = Date.now()
  const keep = options.keepLines ?? 60
  const log: string[] = []
  const { reuse, builds, maxBytes } = limits()
  if (worker && (worker.exited || worker.env !== envFingerprint())) stopBuildWorker()
  worker ??= new BuildWorker()
  const current = worker
  if (current.child.pid) options.onSpawn?.(current.child.pid)
  const abort = () => current.stop()
  options.signal?.addEventListener('abort', abort, { once: true })
  const result = await current.build(
    {
      ...options,
      onLine: (line) => {
        log.push(line)
        if (log.length > keep) log.shift()
        options.onLine?.(line)
      },
    },
    nextId++,
  )
  options.signal?.removeEventListener('abort', abort)
  if (!reuse || !result.ok || current.builds >= builds || result.rssBytes > maxBytes) {
    if (worker === current) stopBuildWorker()
  }
  return {
    ok: result.ok,
    log,
    error: result.ok ? null : (result.error ?? 'The site build failed.').slice(0, 2000),
    seconds: (Date.now() - started) / 1000,
  }
}
