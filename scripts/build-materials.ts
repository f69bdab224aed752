/** `npm run materials`: builds the training materials (PDF handouts, XLSX worksheets) into data/materials/. */
import path from 'node:path'

import { buildMaterials, MATERIALS_OUT_DIR } from './materials/build-materials'

const built = await buildMaterials({
  contentDir: path.resolve('content'),
  outDir: MATERIALS_OUT_DIR,
  log: console.log,
})
console.log(
  built.length
    ? `${built.length} material(s) built in ${MATERIALS_OUT_DIR}`
    : 'Materials are up to date.',
)
