import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` ADD \`review_status\` text DEFAULT 'writing';`)
  await db.run(sql`CREATE INDEX \`guides_review_status_idx\` ON \`guides\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_review_status\` text DEFAULT 'writing';`)
  await db.run(
    sql`CREATE INDEX \`_guides_v_version_version_review_status_idx\` ON \`_guides_v\` (\`version_review_status\`);`,
  )
  await db.run(sql`ALTER TABLE \`case_studies\` ADD \`review_status\` text DEFAULT 'writing';`)
  await db.run(
    sql`CREATE INDEX \`case_studies_review_status_idx\` ON \`case_studies\` (\`review_status\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_case_studies_v\` ADD \`version_review_status\` text DEFAULT 'writing';`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_version_review_status_idx\` ON \`_case_studies_v\` (\`version_review_status\`);`,
  )
  await db.run(sql`ALTER TABLE \`curricula\` ADD \`review_status\` text DEFAULT 'writing';`)
  await db.run(
    sql`CREATE INDEX \`curricula_review_status_idx\` ON \`curricula\` (\`review_status\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_curricula_v\` ADD \`version_review_status\` text DEFAULT 'writing';`,
  )
  await db.run(
    sql`CREATE INDEX \`_curricula_v_version_version_review_status_idx\` ON \`_curricula_v\` (\`version_review_status\`);`,
  )
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`review_status\` text DEFAULT 'writing';`)
  await db.run(
    sql`CREATE INDEX \`legal_documents_review_status_idx\` ON \`legal_documents\` (\`review_status\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_review_status\` text DEFAULT 'writing';`,
  )
  await db.run(
    sql`CREATE INDEX \`_legal_documents_v_version_version_review_status_idx\` ON \`_legal_documents_v\` (\`version_review_status\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`guides_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`DROP INDEX \`case_studies_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`case_studies\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`DROP INDEX \`_case_studies_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_case_studies_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`DROP INDEX \`curricula_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`curricula\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`DROP INDEX \`_curricula_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_curricula_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_review_status\`;`)
}
