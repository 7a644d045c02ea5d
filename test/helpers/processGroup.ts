import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'

/** A port nobody listens on right now (on 127.0.0.1). */
export async function freePort(): Promise<number> {
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

/** Whether any process of the group `pgid` is still alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export type ProcessGroup = {
  child: ChildProcess
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string
  /** Ends the whole group: SIGTERM (or `signal`), then SIGKILL after 15 s. Idempotent. */
  stop: () => Promise<void>
}

/**
 * Starts a command in a process group of its own, so stop() ends it with every process it
 * started (npm → tsx → node → Next's workers, the build worker, the preview server), whatever
 * happens to the test. Output is collected for error messages.
 */
export function spawnGroup(
  command: string,
  args: string[],
  {
    env,
    cwd = process.cwd(),
    signal = 'SIGTERM',
  }: {
    env: NodeJS.ProcessEnv
    cwd?: string
    signal?: NodeJS.Signals
  },
): ProcessGroup {
  let log = ''
  const child = spawn(command, args, {
    cwd,
    detached: true,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  // A command that cannot start (ENOENT) ends up in the output instead of crashing the run.
  child.on('error', (error) => (log += `\n${error.message}\n`))
  // Should the test process end without stop() (an uncaught error, Ctrl+C in the runner),
  // the group still goes with it.
  const killOnExit = () => {
    if (child.pid && groupAlive(child.pid)) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }
  }
  process.once('exit', killOnExit)
  let stopped: Promise<void> | null = null
  const stop = () =>
    (stopped ??= (async () => {
      process.removeListener('exit', killOnExit)
      const pgid = child.pid
      if (!pgid || !groupAlive(pgid)) return
      try {
        process.kill(-pgid, signal)
      } catch {}
      const deadline = Date.now() + 15_000
      while (groupAlive(pgid) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200))
      }
      if (groupAlive(pgid)) {
        try {
          process.kill(-pgid, 'SIGKILL')
        } catch {}
      }
    })())
  return { child, output: () => log, stop }
}

/**
 * Waits until `ready()` is true, failing early (with the output's end) when the process exits
 * or the time is up.
 */
export async function waitUntilReady(
  what: string,
  group: ProcessGroup,
  ready: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await ready()) return
    const { exitCode, signalCode } = group.child
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`${what} exited (${exitCode ?? signalCode}):\n${group.output().slice(-4000)}`)
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what} was not ready in ${timeoutMs / 1000} s:\n${group.output().slice(-4000)}`,
      )
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** Whether `url` answers at all (any status below 500). */
export async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { redirect: 'manual' })
    await res.body?.cancel()
    return res.status < 500
  } catch {
    return false
  }
}
