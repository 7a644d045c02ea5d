import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Secrets the hub needs; each gets its own random value on first start. */
const GENERATED_SECRETS = ['PAYLOAD_SECRET', 'PREVIEW_SECRET', 'FORM_SECRET'] as const

/**
 * Makes sure `.env` (git-ignored) exists with random secrets, then loads it into process.env
 * without overriding what the environment already sets. Returns the file's path.
 */
export function ensureEnvFile(file = path.resolve(process.cwd(), '.env')): string {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  const parsed = parseEnv(existing)
  const missing = GENERATED_SECRETS.filter((key) => !parsed[key] && !process.env[key])
  if (missing.length > 0) {
    const lines = missing.map((key) => `${key}=${randomBytes(32).toString('hex')}`)
    const header = existing ? '' : '# Made by `npm start` on first run. Never commit this file.\n'
    const sep = existing && !existing.endsWith('\n') ? '\n' : ''
    fs.writeFileSync(file, `${existing}${sep}${header}${lines.join('\n')}\n`, { mode: 0o600 })
    for (const line of lines) {
      const [key, value] = line.split('=')
      parsed[key] = value
    }
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (process.env[key] === undefined) process.env[key] = value
  }
  return file
}

export function parseEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    if (eq <= 0) continue
    const key = line.slice(0, eq).trim()
    let value = line.slice(eq + 1).trim()
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1)
    out[key] = value
  }
  return out
}

// Run directly (`tsx cms/scripts/env.ts`): just create the file.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  console.log(`Environment file ready: ${ensureEnvFile()}`)
}
