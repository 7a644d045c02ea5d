import { spawn, type ChildProcess } from 'node:child_process'

import { waitFor } from './wait'

/** What the scripts this runs print about themselves: a state and when (ms since the epoch). */
export type Reported = { state: string; ownerId: string; pid: number; at: number }

export type ReportingProcess<T extends Reported> = {
  child: ChildProcess
  /** Every line `<MARKER> {json}` printed so far, parsed. */
  reports: T[]
  /** The first report `test` accepts, waiting for it (fails if the process exits first). */
  report: <S extends T>(what: string, test: (r: T) => r is S, timeoutMs?: number) => Promise<S>
  /** Everything it printed (for failure messages). */
  output: () => string
}

/**
 * Runs a TypeScript script (`node --import tsx`) from the project root with `env` added, and
 * collects the reports it prints as `<marker> {json}` lines. `stop()` every process this starts.
 */
export function spawnReporting<T extends Reported>(
  script: string,
  marker: string,
  env: Record<string, string>,
): ReportingProcess<T> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const reports: T[] = []
  const pattern = new RegExp(`${marker} (\\{.*\\})`)
  let output = ''
  let partial = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk
    const lines = (partial + chunk).split('\n')
    partial = lines.pop()!
    for (const line of lines) {
      const json = pattern.exec(line)?.[1]
      if (json) reports.push(JSON.parse(json) as T)
    }
  })
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
  return {
    child,
    reports,
    output: () => output,
    report: (what, test, timeoutMs = 120_000) =>
      waitFor(
        `process ${child.pid}: ${what}`,
        async () => {
          if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${output}`)
          return reports.find(test)
        },
        { timeoutMs, intervalMs: 20 },
      ),
  }
}

/** Ends a child process with `signal` (if it still runs) and resolves with its exit code. */
export async function stop(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  child.kill(signal)
  return exited
}
