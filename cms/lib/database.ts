import path from 'node:path'

import { StartupError } from './startup-error'

/** Where the embedded database lives when DATABASE_URI is not set. */
export const DEFAULT_SQLITE_PATH = path.resolve(process.cwd(), 'data', 'sxsh.db')

export type DatabaseTarget = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

/** Raised when DATABASE_URI has a form we do not accept; its message is one line for the operator. */
export class DatabaseUriError extends StartupError {
  override name = 'DatabaseUriError'
}

/**
 * Reads DATABASE_URI: unset or `file:…` selects the embedded SQLite database, `mongodb://` or
 * `mongodb+srv://` selects MongoDB. Anything else is refused rather than guessed at.
 */
export function resolveDatabaseTarget(uri: string | undefined): DatabaseTarget {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', url: `file:${DEFAULT_SQLITE_PATH}` }
  if (value.startsWith('file:')) return { kind: 'sqlite', url: value }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  const scheme = value.includes(':') ? value.slice(0, value.indexOf(':') + 1) : value
  throw new DatabaseUriError(
    `DATABASE_URI "${scheme}…" is not supported: leave it unset (SQLite at data/sxsh.db), or use file:<path> (SQLite), mongodb://… or mongodb+srv://… (MongoDB).`,
  )
}

/** The file behind a SQLite `file:` URL, so that its folder can be created before connecting. */
export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:(\/\/)?/, '').split('?')[0] ?? '')
}
