import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './processGroup'
import { waitFor } from './wait'

/**
 * A private Redis server for one test file: Debian's `redis-server` on a free loopback port,
 * nothing saved (no RDB, no AOF), its directory in a temp folder. `stop()` kills it (by its own
 * PID) and removes the folder; `restart()` brings it back on the same port, empty, as a server
 * that crashed and came back would be.
 *
 * CI installs the package (.ci/run); without the binary, `REDIS_MISSING` says so and the suites
 * that need it are skipped with that message.
 */
export type TestRedis = {
  url: string
  port: number
  /** Kills the server (SIGKILL: an outage, not a shutdown); the port stays reserved for restart. */
  kill: () => Promise<void>
  restart: () => Promise<void>
  stop: () => Promise<void>
}

const BINARY = process.env.REDIS_SERVER_PATH || 'redis-server'

/** Why Redis tests cannot run here, or null when they can. */
export const REDIS_MISSING: string | null = (() => {
  const probe = spawnSync(BINARY, ['--version'], { encoding: 'utf8' })
  return probe.error
    ? `redis-server not found (${BINARY}): install Debian's redis-server (apt-get install redis-server) to run the shared-state tests`
    : null
})()

/** Answers PING over a plain socket (no client library: this checks the server, not ioredis). */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.setTimeout(500)
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

export async function startRedis(): Promise<TestRedis> {
  if (REDIS_MISSING) throw new Error(REDIS_MISSING)
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-redis-'))
  const port = await freePort()
  let child: ChildProcess | null = null
  let log = ''

  const start = async () => {
    log = ''
    const started = spawn(
      BINARY,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    started.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
    started.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child = started
    await waitFor(
      `redis-server on port ${port} (${log.slice(-300)})`,
      async () => {
        if (started.exitCode !== null) throw new Error(`redis-server exited: ${log}`)
        return ping(port)
      },
      { timeoutMs: 15_000, intervalMs: 50 },
    )
  }

  const kill = async () => {
    const running = child
    child = null
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGKILL')
    await exited
  }

  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    restart: async () => {
      await kill()
      await start()
    },
    stop: async () => {
      await kill()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
