import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { parse as parseYaml } from 'yaml'

import { renderHandoutPdf } from './handout-pdf'
import { renderWorksheetXlsx, WORKSHEET_VARIANTS, type WorksheetVariant } from './worksheet-xlsx'

/** Where built materials go: generated, so git-ignored, and rebuilt by `npm run seed`. */
export const MATERIALS_OUT_DIR = path.resolve('data', 'materials')

/** Bump when a renderer changes, so every material is rebuilt once. */
const RENDERER_VERSION = '2'

/** One training material built from sources in the repo (content/materials/materials.yml). */
export type MaterialSpec = {
  filename: string
  build: 'handout-pdf' | 'worksheet-xlsx'
  title: string
  /** For handouts: the Markdown source, relative to content/. */
  source?: string
  /** The date printed into the file's metadata; fixed so rebuilding gives the same content. */
  date: string
  footer?: string
  /** For worksheets: which workbook (content/materials/worksheet-spec.md); `enterprise` if absent. */
  variant?: WorksheetVariant
}

export function readManifest(contentDir: string): MaterialSpec[] {
  const file = path.join(contentDir, 'materials', 'materials.yml')
  if (!existsSync(file)) return []
  const specs = parseYaml(readFileSync(file, 'utf8')) as MaterialSpec[]
  for (const spec of specs) {
    if (
      !spec.filename ||
      !spec.title ||
      !spec.date ||
      !['handout-pdf', 'worksheet-xlsx'].includes(spec.build)
    ) {
      throw new Error(
        `${file}: ${spec.filename ?? 'an entry'} needs filename, title, date and build (handout-pdf or worksheet-xlsx)`,
      )
    }
    if (spec.build === 'handout-pdf' && !spec.source)
      throw new Error(`${file}: ${spec.filename} needs a source`)
    if (spec.variant !== undefined && !WORKSHEET_VARIANTS.includes(spec.variant))
      throw new Error(
        `${file}: ${spec.filename} has variant ${String(spec.variant)}; use ${WORKSHEET_VARIANTS.join(', ')}`,
      )
  }
  return specs
}

/** Names of the files the manifest generates (so the exporter does not copy them into content/). */
export const generatedMaterialNames = (contentDir: string): Set<string> =>
  new Set(readManifest(contentDir).map((spec) => spec.filename))

/** Renders one material to bytes. */
export async function renderMaterial(spec: MaterialSpec, contentDir: string): Promise<Buffer> {
  const date = new Date(`${spec.date}T00:00:00.000Z`)
  if (spec.build === 'worksheet-xlsx')
    return renderWorksheetXlsx({ title: spec.title, date, variant: spec.variant ?? 'enterprise' })
  const markdown = readFileSync(path.join(contentDir, spec.source!), 'utf8')
  return renderHandoutPdf({
    markdown,
    title: spec.title,
    date,
    footer: spec.footer ?? `${spec.title} · SXSH Knowledge Base · CC BY 4.0`,
  })
}

/**
 * Builds every material whose sources changed since the last build, into `outDir`. Unchanged
 * ones are left as they are, so seeding twice uploads nothing twice.
 */
export async function buildMaterials({
  contentDir,
  outDir,
  log = () => {},
}: {
  contentDir: string
  outDir: string
  log?: (line: string) => void
}): Promise<string[]> {
  mkdirSync(outDir, { recursive: true })
  const built: string[] = []
  for (const spec of readManifest(contentDir)) {
    const source = spec.source ? readFileSync(path.join(contentDir, spec.source), 'utf8') : ''
    const digest = createHash('sha256')
      .update(RENDERER_VERSION)
      .update(JSON.stringify(spec))
      .update(source)
      .digest('hex')
    const target = path.join(outDir, spec.filename)
    const stamp = `${target}.digest`
    if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) continue
    writeFileSync(target, await renderMaterial(spec, contentDir))
    writeFileSync(stamp, digest)
    built.push(spec.filename)
    log(`built ${spec.filename}`)
  }
  return built
}
