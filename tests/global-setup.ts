import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import type { SiteFixtures } from './helpers/site-fixtures'

/** The site built once per test run from a seeded temporary database (see build-test-site.ts). */
export interface TestSite {
  dir: string
  outDir: string
  databaseUri: string
  uploadsDir: string
  /** Slugs of the published documents, per collection. */
  published: Record<string, string[]>
  fixtures: SiteFixtures
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: TestSite
  }
}

/** Builds the site once for all site tests; each test file reads it, none rebuilds it. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sxsh-site-'))
  const output = execFileSync('tsx', ['tests/helpers/build-test-site.ts', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const site = JSON.parse(output.trim().split('\n').at(-1)!) as TestSite
  project.provide('site', site)
  return () => rmSync(dir, { recursive: true, force: true })
}
