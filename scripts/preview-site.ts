/** `npm run preview`: serves the built site (dist/ or SITE_OUT_DIR) at http://localhost:4321 (SITE_PORT). */
import path from 'node:path'

import { createStaticServer } from './site/static-server'

const root = path.resolve(process.env.SITE_OUT_DIR ?? 'dist')
const port = Number(process.env.SITE_PORT ?? 4321)
createStaticServer(root).listen(port, () => {
  process.stdout.write(
    `Site: http://localhost:${port}/ (serving ${path.relative(process.cwd(), root) || '.'}/)\n`,
  )
})
