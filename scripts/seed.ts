/**
 * `npm run seed [-- --force] [-- --dir <folder>]`: imports content/ into the CMS.
 * Creates what is missing, updates what changed, keeps what an editor changed since the last
 * import (unless --force). Bad files are reported with path and field; the rest still import,
 * and the command exits non-zero at the end if anything was wrong.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { buildMaterials, MATERIALS_OUT_DIR } from './materials/build-materials'
import { importContent } from './content-io/import-content'
import { describeProblem } from './content-io/problems'

const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'content' },
  },
})
const dir = path.resolve(values.dir)

const built = await buildMaterials({
  contentDir: dir,
  outDir: MATERIALS_OUT_DIR,
  log: (line) => console.log(`  ${line}`),
})
const { default: config } = await import('../cms/payload.config')
const payload = await getPayload({ config })
const report = await importContent({
  payload,
  dir,
  materialsDir: MATERIALS_OUT_DIR,
  force: values.force,
  log: (line) => console.log(`  ${line}`),
})

const changed = report.created.length + report.updated.length
console.log(
  `\nSeed: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged` +
    (report.keptEdits.length
      ? `, ${report.keptEdits.length} kept (edited in the CMS; --force overwrites)`
      : '') +
    ` · ${built.length} training materials built.`,
)
if (changed === 0 && report.problems.length === 0)
  console.log('Nothing to do: the CMS already has this content.')
if (report.problems.length) {
  console.error(`\n${report.problems.length} problem(s); those files were not imported:`)
  for (const problem of report.problems) console.error(`  ✖ ${describeProblem(problem)}`)
}
await payload.destroy()
process.exit(report.problems.length ? 1 : 0)
