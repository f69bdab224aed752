import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The parts of content/ that `npm run seed` imports and `npm run export` writes back. */
export const ROUND_TRIP_ENTRIES = [
  'topics',
  'sectors',
  'legal-documents',
  'case-studies',
  'guides',
  'curricula',
  'media',
  'files',
  'glossary.yml',
]

/** Every file below `dir` (relative paths, sorted), limited to the round-trip entries. */
export function listTree(dir: string): string[] {
  const out: string[] = []
  const walk = (relative: string) => {
    const absolute = path.join(dir, relative)
    if (statSync(absolute).isDirectory())
      for (const name of readdirSync(absolute)) walk(path.join(relative, name))
    else out.push(relative)
  }
  for (const entry of ROUND_TRIP_ENTRIES) {
    try {
      walk(entry)
    } catch {
      // an entry the corpus does not have
    }
  }
  return out.sort()
}

export const readTree = (dir: string): Record<string, string> =>
  Object.fromEntries(
    listTree(dir).map((file) => [file, readFileSync(path.join(dir, file), 'latin1')]),
  )

/** A scratch copy of content/ to break on purpose. */
export function copyContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sxsh-content-'))
  cpSync(path.resolve('content'), dir, { recursive: true })
  return dir
}

/** How many documents of a kind content/ holds: one per .vi.md file. */
export const countDocuments = (folder: string): number =>
  readdirSync(path.resolve('content', folder)).filter((name) => name.endsWith('.vi.md')).length
