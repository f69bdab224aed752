import type { z } from 'astro/zod'

/**
 * A document the site cannot build from. The message names the collection, the document's slug,
 * the locale and the field, so an editor can find and fix it in the admin.
 */
export class ContentBoundaryError extends Error {
  override name = 'ContentBoundaryError'
  constructor(
    readonly collection: string,
    readonly slug: string,
    readonly locale: string,
    readonly field: string,
    problem: string,
  ) {
    super(
      `Cannot build the site from ${collection} "${slug}" (${locale}): field "${field}" ${problem}. Fix it in the CMS admin and build again.`,
    )
  }
}

/** The first zod issue as a boundary error (one clear problem beats a wall of them). */
export function fromZodError(
  collection: string,
  slug: string,
  locale: string,
  error: z.ZodError,
): ContentBoundaryError {
  const issue = error.issues[0]
  const field = issue?.path.map(String).join('.') || '(document)'
  const message = issue?.message ?? 'is invalid'
  const problem =
    issue?.code === 'invalid_type' && issue.input === undefined
      ? 'is required'
      : message.charAt(0).toLowerCase() + message.slice(1)
  return new ContentBoundaryError(collection, slug, locale, field, problem)
}
