/**
 * `npm run migrate`: brings the database schema up to date with the committed migrations.
 * Payload applies pending migrations when it starts (cms/hooks/migrate-on-init.ts), so starting it
 * once is all this needs to do; it then reports and exits.
 */
import { getPayload } from 'payload'

const { default: config } = await import('../cms/payload.config')
const payload = await getPayload({ config })
payload.logger.info(`Database (${payload.db.name}) is up to date with the committed migrations.`)
await payload.destroy()
process.exit(0)
