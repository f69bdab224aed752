import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export type TestPayload = {
  payload: Payload
  /** The database URI this instance runs on (file:… or mongodb://…). */
  databaseUri: string
  /** Closes the connection and removes the temporary folder. */
  close: () => Promise<void>
}

/**
 * Starts Payload on a fresh, empty database in a temporary folder (uploads too), so each test file
 * is independent. With TEST_MONGODB_URI set, the same tests run on MongoDB instead: a database
 * named after the folder is used and dropped afterwards.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sxsh-test-'))
  const mongo = process.env.TEST_MONGODB_URI
  const databaseUri = mongo
    ? `${mongo.replace(/\/+$/, '')}/${path.basename(dir).replace(/[^a-z0-9]/gi, '')}`
    : `file:${path.join(dir, 'test.db')}`
  process.env.DATABASE_URI = databaseUri
  process.env.UPLOADS_DIR = path.join(dir, 'uploads')
  process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
  // Refusals are what many tests expect; Payload would log each as an error.
  process.env.PAYLOAD_LOG_LEVEL ??= 'fatal'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    databaseUri,
    close: async () => {
      if (mongo) await payload.db.dropDatabase?.({ adapter: payload.db as never })
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
