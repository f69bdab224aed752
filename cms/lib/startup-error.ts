/**
 * A configuration mistake an operator must fix before the CMS can start (a bad DATABASE_URI, a
 * missing production secret). Its message is one line that says what to change.
 */
export class StartupError extends Error {
  override name = 'StartupError'
}

/**
 * Runs a startup check; on a StartupError prints its one-line message and stops the process,
 * instead of letting a stack trace from deep inside a driver bury the cause.
 */
export function checkOrExit<T>(check: () => T): T {
  try {
    return check()
  } catch (error) {
    if (!(error instanceof StartupError)) throw error
    process.stderr.write(`✖ ${error.message}\n`)
    process.exit(1)
  }
}
