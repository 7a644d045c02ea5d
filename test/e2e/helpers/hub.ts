import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type RunningHub = {
  cmsUrl: string
  siteUrl: string
  password: string
  dir: string
  output: () => string
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Runs `npm start` exactly as a new user would, but on a fresh temporary database and media
 * folder and on free ports, with a known demo password. Waits for the "is running" line.
 */
export async function startHub(timeoutMs = 8 * 60_000): Promise<RunningHub> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-e2e-'))
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const password = `e2e-${randomBytes(8).toString('hex')}`
  let log = ''
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: process.cwd(),
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, 'hub.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      CMS_URL: `http://localhost:${cmsPort}`,
      SITE_URL: `http://localhost:${sitePort}`,
      SEED_PASSWORD: password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      await new Promise((r) => {
        const t = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL')
          } catch {}
          r(null)
        }, 10_000)
        child.once('exit', () => {
          clearTimeout(t)
          r(null)
        })
      })
    }
    await fs.rm(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + timeoutMs
  while (!/is running/.test(log)) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`npm start exited with ${child.exitCode}:\n${log.slice(-4000)}`)
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`npm start was not ready in ${timeoutMs / 1000} s:\n${log.slice(-4000)}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    cmsUrl: `http://localhost:${cmsPort}`,
    siteUrl: `http://localhost:${sitePort}`,
    password,
    dir,
    output: () => log,
    stop,
  }
}
