import { createHash } from 'node:crypto'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** What the admin bundle is built from: when none of it changed, the last build is reused. */
const ADMIN_SOURCES = ['cms', 'collections', 'package-lock.json', 'tsconfig.json']
const SKIP = new Set(['.next', 'node_modules', 'migrations', 'seed', 'scripts'])

export function adminSourceHash(root = process.cwd()): string {
  const hash = createHash('sha256')
  const walk = (rel: string) => {
    const abs = path.join(root, rel)
    const stat = fs.statSync(abs, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) {
        if (!SKIP.has(name)) walk(path.join(rel, name))
      }
    } else {
      hash.update(rel).update(fs.readFileSync(abs))
    }
  }
  ADMIN_SOURCES.forEach(walk)
  return hash.digest('hex')
}

const stampFile = (root: string) => path.join(root, 'cms/.next/hub-source-hash')

export function adminBuildIsCurrent(root = process.cwd()): boolean {
  const stamp = stampFile(root)
  return (
    fs.existsSync(path.join(root, 'cms/.next/BUILD_ID')) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8') === adminSourceHash(root)
  )
}

/** Runs `next build cms` on the project's Node (24) and records what it was built from. */
export async function buildAdmin(root = process.cwd()): Promise<void> {
  const hash = adminSourceHash(root)
  const next = path.join(root, 'node_modules/next/dist/bin/next')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [next, 'build', 'cms'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with code ${code}`)),
    )
  })
  fs.writeFileSync(stampFile(root), hash)
}
