import path from 'node:path'

/**
 * Where uploaded media and files are stored (git-ignored, beside the SQLite database). UPLOADS_DIR
 * moves it, e.g. to a mounted volume in production or a temporary folder in tests.
 */
export const uploadsRoot = (): string =>
  path.resolve(process.env.UPLOADS_DIR ?? path.join(process.cwd(), 'data', 'uploads'))

export const uploadsDir = (collection: 'media' | 'files'): string =>
  path.join(uploadsRoot(), collection)

export const MB = 1024 * 1024
