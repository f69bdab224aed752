/** Something wrong with one content file, reported with where it is and which field. */
export type Problem = { path: string; field?: string; message: string }

/** Thrown for a problem in a content file; the importer reports it and moves on to the next file. */
export class ContentError extends Error {
  constructor(
    readonly path: string,
    readonly field: string | undefined,
    message: string,
  ) {
    super(message)
    this.name = 'ContentError'
  }
}

export const describeProblem = ({ path, field, message }: Problem): string =>
  `${path}${field ? ` › ${field}` : ''}: ${message}`

/** Turns any error from importing one file into problems: Payload validation errors name each field. */
export function problemsFrom(path: string, error: unknown): Problem[] {
  if (error instanceof ContentError)
    return [{ path: error.path, field: error.field, message: error.message }]
  const fieldErrors = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    ?.errors
  if (fieldErrors?.length)
    return fieldErrors.map((e) => ({ path, field: e.path, message: e.message }))
  return [{ path, message: error instanceof Error ? error.message : String(error) }]
}
