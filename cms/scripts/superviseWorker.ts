import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import type { WorkerState } from '../worker'

export type SupervisedWorker = {
  /** The first state the worker reports (leader, or standby when another worker leads). */
  ready: Promise<WorkerState['state']>
  stop: () => Promise<void>
}

/** How long after an unexpected exit the worker is started again. */
const RESTART_DELAY_MS = 3_000

/**
 * Runs `npm run worker`'s process (cms/scripts/worker.ts) as a child of `npm start` and starts
 * it again whenever it ends unexpectedly (a crash, or its exit after losing the leader lock).
 * A child rather than the start process itself: the web process stays free of jobs exactly as
 * on a cluster, a worker that must exit takes nothing else down, and it is the same program
 * that runs alone in production.
 *
 * @example
 * const worker = superviseWorker({ skipStartBuild: true })
 * console.log(await worker.ready) // 'leader'
 */
export function superviseWorker({ skipStartBuild = false } = {}): SupervisedWorker {
  let child: ChildProcess | null = null
  let stopping = false
  let restartTimer: NodeJS.Timeout | undefined
  let reportReady: (state: WorkerState['state']) => void = () => {}
  const ready = new Promise<WorkerState['state']>((resolve) => (reportReady = resolve))

  const start = (first: boolean) => {
    const args = ['--import', 'tsx', path.resolve('cms/scripts/worker.ts')]
    // Only right after the first release: a restarted worker catches up with a build.
    if (first && skipStartBuild) args.push('--no-start-build')
    const started = spawn(process.execPath, args, {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: process.env,
    })
    child = started
    started.on('message', (message: { type?: string } & Partial<WorkerState>) => {
      if (message.type === 'worker-state' && message.state) reportReady(message.state)
    })
    started.on('exit', (code, signal) => {
      if (stopping) return
      console.error(
        `The worker (process ${started.pid}) ended (${signal ?? `code ${code}`}); starting it again in ${RESTART_DELAY_MS / 1000} s.`,
      )
      restartTimer = setTimeout(() => start(false), RESTART_DELAY_MS)
    })
  }
  start(true)

  return {
    ready,
    stop: async () => {
      stopping = true
      clearTimeout(restartTimer)
      const running = child
      if (!running || running.exitCode !== null || running.signalCode !== null) return
      const exited = new Promise((resolve) => running.once('exit', resolve))
      running.kill('SIGTERM')
      // A site build under way is aborted on SIGTERM; give the rest 20 s.
      const timer = setTimeout(() => running.kill('SIGKILL'), 20_000)
      await exited
      clearTimeout(timer)
    },
  }
}
