import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** What the built admin depends on: the CMS sources, the lockfile and the TypeScript settings. */
function inputsDigest(): string {
  const hash = createHash('sha256')
  const files = readdirSync('cms', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !path.join(entry.parentPath, entry.name).includes('.next'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  for (const file of [...files, 'package-lock.json', 'tsconfig.json']) {
    hash.update(file).update(readFileSync(file))
  }
  return hash.digest('hex')
}

const STAMP = path.join('cms', '.next', 'sxsh-inputs')

/**
 * Builds the admin (`next build`, about a minute) unless the last build was made from the same
 * inputs; its output is printed as it goes, so the wait is never silent.
 */
export async function buildAdminIfChanged(say: (line: string) => void): Promise<void> {
  const digest = inputsDigest()
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) {
    say('The admin is built and its sources have not changed; reusing it.')
    return
  }
  say('Building the admin (about a minute)…')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.resolve('node_modules', '.bin', 'next'), ['build', 'cms'], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const relay = (chunk: Buffer) =>
      chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim())
        .forEach((line) => say(`  ${line}`))
    child.stdout.on('data', relay)
    child.stderr.on('data', relay)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    )
  })
  writeFileSync(STAMP, digest)
}
