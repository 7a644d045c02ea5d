import fs from 'node:fs'

import type { Payload } from 'payload'

import { chooseDatabase, describeDatabase } from '@cms/database'

/** The site build could not read the CMS; the message says which database and why. */
export class CmsUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CmsUnavailableError'
  }
}

/**
 * Opens Payload's Local API for the site build, read-only: it never migrates or creates the
 * database, because a build that quietly started from an empty database would publish an
 * empty portal. Any problem becomes a CmsUnavailableError naming the database.
 */
export async function openCms(): Promise<Payload> {
  let where = process.env.DATABASE_URL ?? '(DATABASE_URL not set)'
  try {
    where = describeDatabase()
    const choice = chooseDatabase()
    if (choice.kind === 'sqlite' && !fs.existsSync(choice.file)) {
      throw new Error(
        'the database file does not exist. Run `npm start` (creates and seeds it) or `npm run seed` first.',
      )
    }
    const [{ getPayload }, { default: config }] = await Promise.all([
      import('payload'),
      import('@cms/payload.config'),
    ])
    const payload = await getPayload({ config })
    // A cheap query that fails on an unreadable file or a schema without our tables.
    await payload.count({ collection: 'articles', overrideAccess: false })
    return payload
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CmsUnavailableError(
      `Cannot read the CMS database (${where}): ${reason}\nThe site was not built, so nothing was published.`,
      { cause: error },
    )
  }
}
