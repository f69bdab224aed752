import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { StartupError } from './startup-error'

/** Where the development secret is kept, so sessions survive restarts of the dev server. */
export const DEV_SECRET_FILE = path.resolve(process.cwd(), 'data', '.payload-secret')

/**
 * The secret that signs sessions. Production must supply PAYLOAD_SECRET; development generates
 * one once and keeps it under data/ (git-ignored) so nobody commits a secret by accident.
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  // `next build` runs with NODE_ENV=production but signs nothing: a throwaway secret will do, and
  // the built admin then takes the real one from the environment when it starts.
  // The static site's build only reads published content through the Local API (SXSH_SITE_BUILD).
  if (env.NEXT_PHASE === 'phase-production-build' || env.SXSH_SITE_BUILD === '1') {
    return randomBytes(32).toString('hex')
  }
  if (env.NODE_ENV === 'production') {
    throw new StartupError(
      'PAYLOAD_SECRET is required when NODE_ENV=production: set it to a long random string (e.g. `openssl rand -hex 32`).',
    )
  }
  if (existsSync(DEV_SECRET_FILE)) return readFileSync(DEV_SECRET_FILE, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(DEV_SECRET_FILE), { recursive: true })
  writeFileSync(DEV_SECRET_FILE, secret, { mode: 0o600 })
  return secret
}
