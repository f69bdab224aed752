/**
 * The scale benchmark: a generated corpus of N documents through the real pipeline on a temporary
 * database — seed, site build (render, Pagefind index, compression), the built site's budgets, and
 * the time from publishing one edited document to its page being served.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { newBuildFolder, siteFolders, switchTo } from '../../cms/site-builds/site-folders'
import { generateCorpus, type Corpus } from './corpus'
import { runMeasured, type Measured } from './process-tree'
import { measureSiteBudgets, type SiteBudgets } from './site-budgets'

export interface ScaleOptions {
  documents: number
  lighthouse?: boolean
  /** Keep the temporary folder (database, corpus, builds) for inspection. */
  keep?: boolean
  /**
   * A folder kept by an earlier run (`--keep`): its seeded database is built again and measured,
   * without generating and seeding the corpus again. The folder is kept.
   */
  reuse?: string
  say?: (text?: string) => void
}

export interface FolderSize {
  bytes: number
  files: number
}

export interface ScaleReport {
  documents: number
  corpus: Corpus
  /** Missing when the run reused a database seeded earlier and that run's figures were not kept. */
  seed?: { seconds: number; peakRssBytes: number }
  build: {
    seconds: number
    peakRssBytes: number
    pages: number
    pagesPerSecond: number
    /** Seconds per phase, as the build reports them (prepare, render, index, compress). */
    phases: Record<string, number>
  }
  output: FolderSize & { searchIndex: FolderSize }
  budgets: SiteBudgets
  publish?: {
    servedSeconds: number
    quietSeconds: number
    pagesChanged: number
    pagesTotal: number
    phases: Record<string, number>
  }
  failures: string[]
}

/** Bytes and files under `dir`, counting `.gz`/`.br` copies too (they are part of the output). */
export function folderSize(dir: string): FolderSize {
  let bytes = 0
  let files = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { bytes, files }
}

const tsx = path.resolve('node_modules', '.bin', 'tsx')

export async function runScale(options: ScaleOptions): Promise<ScaleReport> {
  const say = options.say ?? ((text = '') => process.stdout.write(`${text}\n`))
  const work = options.reuse
    ? path.resolve(options.reuse)
    : mkdtempSync(path.join(tmpdir(), `sxsh-bench-${options.documents}-`))
  const seededFile = path.join(work, 'seeded.json')
  const failures: string[] = []
  const env = {
    DATABASE_URI: `file:${path.join(work, 'kb.db')}`,
    UPLOADS_DIR: path.join(work, 'uploads'),
    PAYLOAD_SECRET: 'benchmark-only-secret',
    PAYLOAD_LOG_LEVEL: 'error',
  }
  const check = (step: string, run: Measured) => {
    if (run.status !== 0) {
      failures.push(`${step} exited with ${run.status}`)
      say(run.output.split('\n').slice(-20).join('\n'))
      throw new Error(`${step} failed (exit ${run.status}); see the output above`)
    }
  }
  try {
    let corpus: Corpus
    let seeded: ScaleReport['seed']
    if (options.reuse) {
      if (!existsSync(path.join(work, 'kb.db')) || !existsSync(seededFile))
        throw new Error(`${work} holds no database kept by \`npm run bench -- --keep\``)
      ;({ corpus, seed: seeded } = JSON.parse(readFileSync(seededFile, 'utf8')) as {
        corpus: Corpus
        seed?: ScaleReport['seed']
      })
      if (corpus.total !== options.documents)
        throw new Error(
          `${work} holds ${corpus.total} documents: pass --documents ${corpus.total} with --reuse`,
        )
      say(`Building again from the database seeded in ${work}…`)
      rmSync(path.join(work, 'site'), { recursive: true, force: true })
    } else {
      say(`Generating a corpus of ${options.documents} documents in ${work}…`)
      corpus = await generateCorpus({
        sourceDir: 'content',
        outDir: path.join(work, 'content'),
        documents: options.documents,
      })

      say('Seeding it into a new database (npm run seed)…')
      let created = 0
      const seed = await runMeasured(
        tsx,
        ['scripts/seed.ts', '--dir', path.join(work, 'content')],
        {
          env,
          onLine: (line) => {
            if (/^\s+created /.test(line) && ++created % 500 === 0) say(`  ${created} created`)
          },
        },
      )
      check('seed', seed)
      seeded = { seconds: seed.durationMs / 1000, peakRssBytes: seed.peakRssBytes }
      writeFileSync(seededFile, JSON.stringify({ corpus, seed: seeded }))
    }

    const folders = siteFolders({ ...process.env, SITE_DIR: path.join(work, 'site') })!
    const folder = newBuildFolder(folders)
    const timingsFile = path.join(work, 'build-timings.json')
    say('Building the site (npm run build)…')
    const build = await runMeasured(tsx, ['scripts/build-site.ts'], {
      env: {
        ...env,
        SITE_OUT_DIR: folder,
        SITE_CACHE_DIR: folders.cache,
        SITE_TIMINGS_FILE: timingsFile,
      },
      onLine: (line) => {
        if (/^(Building|Indexing|Compressing|✓|✖|!)/.test(line)) say(`  ${line}`)
      },
    })
    check('build', build)
    switchTo(folders, folder)
    const phases = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>
    const output = { ...folderSize(folder), searchIndex: folderSize(path.join(folder, 'pagefind')) }

    say()
    const budgets = await measureSiteBudgets(folder, {
      lighthouse: options.lighthouse,
      searchBudget: (options.documents >= 10_000 ? 190 : 120) * 1024,
      say,
    })

    say('\nPublishing one edited guide and waiting for its page to be served…')
    const latency = await runMeasured(tsx, ['scripts/bench/publish-latency.ts'], {
      env: { ...env, SITE_DIR: folders.root },
    })
    let publish: ScaleReport['publish']
    const line = latency.output
      .trim()
      .split('\n')
      .reverse()
      .find((l) => l.startsWith('{'))
    if (latency.status === 0 && line) {
      const result = JSON.parse(line) as {
        servedMs: number
        quietMs: number
        pagesChanged: number
        pagesTotal: number
        build: Record<string, number>
      }
      publish = {
        servedSeconds: result.servedMs / 1000,
        quietSeconds: result.quietMs / 1000,
        pagesChanged: result.pagesChanged,
        pagesTotal: result.pagesTotal,
        phases: result.build,
      }
    } else {
      failures.push(`publish → served did not complete (exit ${latency.status})`)
      say(latency.output.split('\n').slice(-15).join('\n'))
    }

    return {
      documents: options.documents,
      corpus,
      seed: seeded,
      build: {
        seconds: build.durationMs / 1000,
        peakRssBytes: build.peakRssBytes,
        pages: phases.pages ?? 0,
        pagesPerSecond: (phases.pages ?? 0) / (phases.render ?? Infinity),
        phases,
      },
      output,
      budgets,
      publish,
      failures,
    }
  } finally {
    if (options.keep || options.reuse) say(`(kept ${work})`)
    else rmSync(work, { recursive: true, force: true })
  }
}
