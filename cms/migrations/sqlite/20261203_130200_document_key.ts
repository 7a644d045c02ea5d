import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { cleanDocumentNumber, cleanText, documentKey } from '@collections/lib/documentNumber'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`document_key\` text;`)
  await db.run(
    sql`CREATE INDEX \`policy_notices_document_key_idx\` ON \`policy_notices\` (\`document_key\`);`,
  )
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_document_key\` text;`)
  await db.run(
    sql`CREATE INDEX \`_policy_notices_v_version_version_document_key_idx\` ON \`_policy_notices_v\` (\`version_document_key\`);`,
  )
  await backfillDocumentKeys(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`policy_notices_document_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` DROP COLUMN \`document_key\`;`)
  await db.run(sql`DROP INDEX \`_policy_notices_v_version_version_document_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` DROP COLUMN \`version_document_key\`;`)
}

type Row = { id: number; number: string | null; body: string | null }

/**
 * Gives the notices saved before the key existed their key, and stores their number and
 * issuing body in the cleaned form the CMS now saves (collections/lib/documentNumber.ts), so the
 * uniqueness check finds them and the site shows one spelling. The current row and each notice's
 * latest version (what the admin opens) are cleaned; older versions keep the text they were
 * saved with — they are the record of what was saved — and get only their key. Duplicates the
 * old check let through are kept (both rows get the same key): which one is right is an
 * editor's call, and the next save of either names the other.
 *
 * Raw SQL, not `payload.update`: a data fix must not run the editorial hooks, write versions or
 * queue a site rebuild.
 */
export async function backfillDocumentKeys(db: MigrateUpArgs['db']): Promise<void> {
  const notices = await db.all<Row>(
    sql`SELECT id, document_number AS number, issuing_body AS body FROM policy_notices`,
  )
  for (const { id, number, body } of notices) {
    const cleanNumber = number === null ? null : cleanDocumentNumber(number)
    const cleanBody = body === null ? null : cleanText(body)
    const key = cleanNumber && cleanBody ? documentKey(cleanNumber, cleanBody) : null
    await db.run(
      sql`UPDATE policy_notices SET document_number = ${cleanNumber}, issuing_body = ${cleanBody}, document_key = ${key} WHERE id = ${id}`,
    )
  }
  const versions = await db.all<Row & { latest: number | null }>(
    sql`SELECT id, version_document_number AS number, version_issuing_body AS body, latest FROM _policy_notices_v`,
  )
  for (const { id, number, body, latest } of versions) {
    const key = number && body ? documentKey(number, body) : null
    if (latest) {
      const cleanNumber = number === null ? null : cleanDocumentNumber(number)
      const cleanBody = body === null ? null : cleanText(body)
      await db.run(
        sql`UPDATE _policy_notices_v SET version_document_number = ${cleanNumber}, version_issuing_body = ${cleanBody}, version_document_key = ${key} WHERE id = ${id}`,
      )
    } else {
      await db.run(sql`UPDATE _policy_notices_v SET version_document_key = ${key} WHERE id = ${id}`)
    }
  }
}
