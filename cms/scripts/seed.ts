/**
 * `npm run seed`: adds the demo content on purpose. Idempotent: what already exists is kept,
 * so it can be run on a database that already has content.
 */
import fs from 'node:fs'
import path from 'node:path'

import { seedDemoContent, type SeedResult } from '../seed'
import { openPayload } from './boot'

export function printAccounts(result: SeedResult): void {
  if (!result.password) return
  const lines = [
    'Demo accounts (for trying the hub; change or delete them before real use):',
    ...result.accounts.map((a) => `  ${a.role.padEnd(12)} ${a.email.padEnd(32)} ${a.name}`),
    `  password for all of them: ${result.password}`,
  ]
  const file = path.resolve(process.cwd(), 'data/demo-accounts.txt')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
  console.log(`\n${lines.join('\n')}\n  (also saved to ${path.relative(process.cwd(), file)})\n`)
}

async function main() {
  const payload = await openPayload()
  try {
    const result = await seedDemoContent(payload, { log: (msg) => console.log(`  ${msg}`) })
    console.log(`Seed done: ${result.created} created, ${result.skipped} already present.`)
    printAccounts(result)
  } finally {
    await payload.destroy()
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
