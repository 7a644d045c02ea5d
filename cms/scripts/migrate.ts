/**
 * `npm run migrate`: applies the committed migrations of DATABASE_URL's adapter
 * (cms/migrations/<adapter>/) and stops — what `npm start` does first, for a restored backup or
 * before starting new code. Safe beside a starting hub: both migrate under one lock, and the
 * second finds nothing left to run.
 */
import { describeDatabase } from '../database'
import { openPayload } from './boot'

let ran: string[] = []
const payload = await openPayload((names) => (ran = names))
const applied = await payload.find({
  collection: 'payload-migrations',
  limit: 0,
  pagination: false,
  sort: 'createdAt',
})
console.log(`Database: ${describeDatabase()}`)
console.log(`Migrations run now: ${ran.join(', ') || 'none'}`)
console.log(`Migrations applied: ${applied.docs.map((m) => m.name).join(', ') || 'none'}`)
await payload.destroy()
// Payload's jobs and database handles can keep the process alive; the work is done.
process.exit(0)
