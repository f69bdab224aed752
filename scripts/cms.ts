/**
 * `npm run cms` / `cms:build` / `cms:start`: the Payload admin, a Next.js app in cms/.
 * Migrations run first, so configuration mistakes (DATABASE_URI, PAYLOAD_SECRET) are reported in
 * one line before Next starts, and the admin never serves from an outdated schema.
 */
import { spawn } from 'node:child_process'

import { getPayload } from 'payload'

const modes = { dev: 'dev', build: 'build', start: 'start' } as const
const mode = modes[process.argv[2] as keyof typeof modes]
if (!mode) {
  process.stderr.write('Usage: tsx scripts/cms.ts dev|build|start\n')
  process.exit(2)
}

const { default: config } = await import('../cms/payload.config')
const payload = await getPayload({ config })
await payload.destroy()

const port = process.env.CMS_PORT ?? '3000'
const args = mode === 'build' ? ['build', 'cms'] : [mode, 'cms', '--port', port]
const next = spawn('next', args, {
  stdio: 'inherit',
  // Telemetry would only try, and fail, to reach the network from these machines.
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
// Ctrl-C reaches Next through the shared terminal; we only mirror its exit.
next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
