/**
 * `npm run export [-- --dir <folder>]`: writes the CMS content back into the content/ format,
 * so editors' work can be reviewed and versioned like the seed corpus.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { uploadsRoot } from '../cms/lib/uploads'
import { exportContent } from './content-io/export-content'
import { generatedMaterialNames } from './materials/build-materials'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'content' } } })
const dir = path.resolve(values.dir)

const { default: config } = await import('../cms/payload.config')
const payload = await getPayload({ config })
await exportContent({
  payload,
  dir,
  uploadsDir: uploadsRoot(),
  generatedFiles: generatedMaterialNames(path.resolve('content')),
  log: console.log,
})
await payload.destroy()
process.exit(0)
