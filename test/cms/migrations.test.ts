/**
 * Every SQL adapter has the migrations the collections need (cms/migrations/<adapter>/): the
 * schema the collections make now, compared with each adapter's latest committed snapshot, as
 * `npm run migrate:create` compares them, gives nothing to migrate. A collection changed
 * without a migration for either adapter fails here — shown by adding a field to one. The
 * committed `collections/payload-types.ts` is what `npm run generate:types` writes now (Payload
 * no longer rewrites it on every start: cms/payload.config.ts).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { generateTypes } from 'payload/node'
import { afterAll, describe, expect, it } from 'vitest'

import type { SqlDatabaseKind } from '@cms/database'

// The configuration reads its secrets when imported.
process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
const { openSchemaOnly, pendingSchemaChanges } = await import('@cms/migrationSchema')
const { hubConfig } = await import('@cms/payload.config')

const opened: Payload[] = []
const changesOf = async (kind: SqlDatabaseKind, collections = hubConfig.collections) => {
  const payload = await openSchemaOnly(kind, collections)
  opened.push(payload)
  return pendingSchemaChanges(payload)
}

afterAll(async () => {
  for (const payload of opened) await payload.destroy()
})

describe.each(['sqlite', 'postgres'] as const)('committed %s migrations', (kind) => {
  it('match the collections: nothing left to migrate', async () => {
    const pending = await changesOf(kind)
    expect(
      pending,
      `The collections changed without a ${kind} migration: run \`npm run migrate:create -- short_name\` and commit what it writes.`,
    ).toEqual([])
  })

  it('miss a field added to a collection, and name it', async () => {
    const withProbe = hubConfig.collections.map((collection) =>
      collection.slug === 'topics'
        ? {
            ...collection,
            fields: [...collection.fields, { name: 'driftProbe', type: 'text' as const }],
          }
        : collection,
    )
    const pending = await changesOf(kind, withProbe)
    expect(pending.length).toBeGreaterThan(0)
    expect(pending.join('\n')).toMatch(
      /ALTER TABLE [`"]topics[`"] ADD (COLUMN )?[`"]drift_probe[`"]/,
    )
  })
})

describe('collections/payload-types.ts', () => {
  it('is what `npm run generate:types` writes from the collections now', async () => {
    const payload = await openSchemaOnly('sqlite')
    opened.push(payload)
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-types-'))
    try {
      const outputFile = path.join(dir, 'payload-types.ts')
      const { config } = payload
      const current = { ...config, typescript: { ...config.typescript, outputFile } }
      await generateTypes(current, { log: false })
      const committed = await fs.readFile(config.typescript.outputFile!, 'utf8')
      expect(
        committed,
        'collections/payload-types.ts is stale: run `npm run generate:types` and commit it.',
      ).toBe(await fs.readFile(outputFile, 'utf8'))
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
