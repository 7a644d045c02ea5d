/**
 * `npm run migrate`: applies the committed migrations (cms/migrations) to DATABASE_URL and
 * stops — what `npm start` does first, for a restored backup or before starting new code.
 */
import { openPayload } from './boot'

const payload = await openPayload()
const applied = await payload.find({
  collection: 'payload-migrations',
  limit: 0,
  pagination: false,
})
console.log(`Migrations applied: ${applied.docs.map((m) => m.name).join(', ') || 'none'}`)
await payload.destroy()
// Payload's jobs and database handles can keep the process alive; the work is done.
process.exit(0)
