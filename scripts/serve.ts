/**
 * `npm run serve`: the CMS admin (development mode, http://localhost:3000/admin) and the built
 * site (http://localhost:4321) together; Ctrl-C stops both.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { createStaticServer } from './site/static-server'

const outDir = path.resolve(process.env.SITE_OUT_DIR ?? 'dist')
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const site = createStaticServer(outDir).listen(sitePort, () => {
  process.stdout.write(`Site:  http://localhost:${sitePort}/\n`)
  process.stdout.write(
    `Admin: http://localhost:${process.env.CMS_PORT ?? 3000}/admin (starting…)\n`,
  )
})

const cms = spawn('tsx', ['scripts/cms.ts', 'dev'], { stdio: 'inherit' })
const stop = () => {
  site.close()
  cms.kill('SIGTERM')
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
cms.on('exit', (code) => {
  site.close()
  process.exit(code ?? 0)
})
