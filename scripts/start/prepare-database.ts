import path from 'node:path'

import type { Payload } from 'payload'

import { importContent } from '../content-io/import-content'
import { buildMaterials, MATERIALS_OUT_DIR } from '../materials/build-materials'

const say = (line: string) => process.stdout.write(`  ${line}\n`)

/** Seeds content/ when the database holds no document yet (a fresh clone). */
export async function seedIfEmpty(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'guides' })
  const { totalDocs: legal } = await payload.count({ collection: 'legal-documents' })
  if (totalDocs + legal > 0) {
    say('The database has content; not seeding.')
    return
  }
  say('The database is empty: loading content/ (takes about 20 s)…')
  await buildMaterials({ contentDir: path.resolve('content'), outDir: MATERIALS_OUT_DIR })
  const report = await importContent({
    payload,
    dir: path.resolve('content'),
    materialsDir: MATERIALS_OUT_DIR,
  })
  say(`Seeded ${report.created.length} documents.`)
  if (report.problems.length)
    say(`! ${report.problems.length} content files could not be imported.`)
}

/**
 * Makes sure someone can sign in: the admin named by ADMIN_EMAIL / ADMIN_PASSWORD is created if
 * missing; without them, the first visitor of the admin creates the first account.
 */
export async function ensureAdmin(payload: Payload, adminUrl: string): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim()
  const password = process.env.ADMIN_PASSWORD
  if (email && password) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: email } },
    })
    if (totalDocs === 0) {
      await payload.create({
        collection: 'users',
        data: { email, password, name: 'Admin', role: 'admin' } as never,
        overrideAccess: true,
      })
      say(`Created the admin ${email}.`)
    } else say(`The admin ${email} exists.`)
    return
  }
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs === 0)
    say(`No account yet: create the first one (it becomes the admin) at ${adminUrl}`)
}
