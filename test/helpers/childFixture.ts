import fs from 'node:fs/promises'
import path from 'node:path'

import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Something made once per `vitest run` by a child process, in a directory of its own that every
 * suite knows (the demo and test sites: demoSite.ts; the migrated template database:
 * database.ts). The first caller claims the directory and starts the child; the child writes
 * `ready.json` when done; every caller waits for that file, or fails with the child's output
 * (`failed.txt`) instead of waiting out its time.
 */

/** True for the one caller that gets to make what `dir` is for (an atomic mkdir). */
export const claimDir = (dir: string): Promise<boolean> =>
  fs.mkdir(path.join(dir, 'claim')).then(
    () => true,
    () => false,
  )

/**
 * Runs `node --import tsx <script> …args` for `dir`; `done` settles when it has exited: after
 * writing `ready.json` itself, or with `failed.txt` holding its output.
 */
export function runChildFixture(
  script: string,
  args: string[],
  dir: string,
): { child: ChildProcess; done: Promise<void> } {
  const failed = path.join(dir, 'failed.txt')
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-8000)
  })
  const fail = (why: string) => fs.writeFile(failed, why).catch(() => {})
  const done = new Promise<void>((resolve) => {
    child.on('error', (error) => void fail(error.message).then(resolve))
    child.on('exit', (code, signal) => {
      // ready.json is written by the child; anything else is a failure with its output.
      if (code === 0) resolve()
      else void fail(`exit ${signal ?? `code ${code}`}\n${stderr}`).then(resolve)
    })
  })
  return { child, done }
}

/** What the child wrote to `<dir>/ready.json`, once it is there (or its error). */
export async function waitForReady<T>(dir: string, what: string, waitMs: number): Promise<T> {
  const ready = path.join(dir, 'ready.json')
  const failed = path.join(dir, 'failed.txt')
  const until = Date.now() + waitMs
  while (Date.now() < until) {
    const made = await fs.readFile(ready, 'utf8').catch(() => null)
    if (made) return JSON.parse(made) as T
    const error = await fs.readFile(failed, 'utf8').catch(() => null)
    if (error) throw new Error(`${what} could not be made:\n${error}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${what} was not ready after ${waitMs / 1000} s (${dir}).`)
}
