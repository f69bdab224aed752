/**
 * A realistic corpus of N documents for the scale benchmark, written in content/'s own layout so
 * that it goes through the real import (`npm run seed -- --dir`). Every generated document is a
 * variant of a real one of the same kind (same length, same blocks, Vietnamese and English), with
 * its own slug, title, numbers, relations to other documents and a paragraph of varied text; all
 * of it is marked as sample data ("mẫu" / "sample") in its title.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { formatContentFile, parseContentFile, type ContentFile } from '../content-io/front-matter'

/** The document kinds the corpus grows, with the share of generated documents each takes. */
export const CORPUS_MIX = {
  guides: 0.26,
  'case-studies': 0.32,
  'legal-documents': 0.28,
  curricula: 0.13,
  // A province has tens of sectors and topics, not thousands, however many documents it holds.
  sectors: 0.005,
  topics: 0.005,
} as const
export type CorpusKind = keyof typeof CORPUS_MIX

export interface CorpusOptions {
  /** The real content to start from (content/). */
  sourceDir: string
  /** Where the corpus is written (emptied first by the caller). */
  outDir: string
  /** Documents in all (the real ones count). */
  documents: number
  /** Share of generated documents that also get an English version (the rest are Vietnamese only). */
  translatedShare?: number
  /** Raster images made for the corpus and used by some guides. */
  images?: number
  /** Seed of the pseudo-random choices, so two runs write the same corpus. */
  seed?: number
}

export interface Corpus {
  /** Documents per kind, real and generated. */
  counts: Record<CorpusKind, number>
  /** All documents. */
  total: number
  /** Generated documents that have an English version. */
  translated: number
  images: number
}

/** A small deterministic generator (mulberry32): the same seed gives the same corpus. */
export function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(list.length, min + int(max - min + 1))
    const chosen = new Set<T>()
    while (chosen.size < count) chosen.add(pick(list))
    return [...chosen]
  }
  return { next, int, pick, some }
}
type Random = ReturnType<typeof random>

/** How many of each kind to generate so that the corpus holds `documents` in all. */
export function plan(documents: number, existing: Record<CorpusKind, number>) {
  const real = Object.values(existing).reduce((a, b) => a + b, 0)
  const extra = Math.max(0, documents - real)
  const kinds = Object.keys(CORPUS_MIX) as CorpusKind[]
  const counts = Object.fromEntries(
    kinds.map((kind) => [kind, Math.floor(extra * CORPUS_MIX[kind])]),
  ) as Record<CorpusKind, number>
  // Rounding leftovers go to case studies, the kind the plan asks most of.
  counts['case-studies'] += extra - Object.values(counts).reduce((a, b) => a + b, 0)
  return counts
}

interface Template {
  slug: string
  vi: ContentFile
  en?: ContentFile
}

const readTemplates = (dir: string): Template[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.vi.md'))
    .sort()
    .map((name) => {
      const slug = name.slice(0, -'.vi.md'.length)
      const read = (locale: string) => {
        const file = path.join(dir, `${slug}.${locale}.md`)
        try {
          return parseContentFile(file, readFileSync(file, 'utf8'))
        } catch {
          return undefined
        }
      }
      return { slug, vi: read('vi')!, en: read('en') }
    })

/** Words of the real corpus, per locale: the varied paragraph of each document is drawn from them. */
function vocabulary(templates: Template[], locale: 'vi' | 'en') {
  const words = new Set<string>()
  for (const template of templates) {
    const body = template[locale]?.body ?? ''
    for (const word of body.replace(/<[^>]+>|[#*|`[\]()]/g, ' ').split(/\s+/)) {
      if (/^[\p{L}]{2,}$/u.test(word)) words.add(word.toLowerCase())
    }
  }
  return [...words]
}

const ENTERPRISE_WORDS = ['Phước', 'Đồng', 'Hưng', 'Thịnh', 'Phát', 'Tân', 'Lộc', 'Minh', 'An']

/** A paragraph of 60–120 words, so that documents differ in what search finds. */
function paragraph(rng: Random, words: string[], n: number, locale: 'vi' | 'en', plain: boolean) {
  const name = `${rng.pick(ENTERPRISE_WORDS)} ${rng.pick(ENTERPRISE_WORDS)} ${n}`
  const count = 60 + rng.int(61)
  const sentences: string[] = []
  let sentence: string[] = []
  for (let i = 0; i < count; i++) {
    sentence.push(rng.pick(words))
    if (sentence.length > 8 + rng.int(10)) {
      sentences.push(sentence.join(' '))
      sentence = []
    }
  }
  if (sentence.length) sentences.push(sentence.join(' '))
  const text = sentences.map((s) => s[0]!.toUpperCase() + s.slice(1) + '.').join(' ')
  const note =
    locale === 'vi'
      ? `Dữ liệu mẫu cho thử tải (Công ty ${name}).`
      : `Sample data for load testing (${name} Company).`
  return `${plain ? note : `*${note}*`} ${text}`
}

const marked = (title: unknown, n: number, locale: 'vi' | 'en') =>
  `${String(title)} (${locale === 'vi' ? 'mẫu' : 'sample'} ${n})`

/** Raster photographs stand-ins: noisy gradients, so they compress like photos, not like flat art. */
async function writeImages(dir: string, count: number, rng: Random) {
  const names: string[] = []
  for (let i = 1; i <= count; i++) {
    const name = `anh-mau-${String(i).padStart(3, '0')}.jpg`
    const [width, height] = [1600, 1067]
    const noise = Buffer.alloc(width * height * 3)
    const hue = rng.int(3)
    for (let p = 0; p < width * height; p++) {
      const x = p % width
      const y = Math.floor(p / width)
      const base = (x / width) * 160 + (y / height) * 60
      for (let c = 0; c < 3; c++)
        noise[p * 3 + c] = Math.max(0, Math.min(255, base + (c === hue ? 60 : 0) + rng.int(48)))
    }
    await sharp(noise, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 82 })
      .toFile(path.join(dir, name))
    writeFileSync(
      path.join(dir, `${name.replace(/\.jpg$/, '')}.yml`),
      [
        'alt:',
        `  vi: "Ảnh mẫu ${i} cho thử tải: dây chuyền sản xuất (ảnh tổng hợp, không phải ảnh thật)"`,
        `  en: "Sample image ${i} for load testing: a production line (synthetic, not a real photo)"`,
        'credit: SXSH Knowledge Base (sample)',
        '',
      ].join('\n'),
    )
    names.push(name)
  }
  return names
}

/** Writes the corpus and returns what it holds. */
export async function generateCorpus(options: CorpusOptions): Promise<Corpus> {
  const { sourceDir, outDir, documents, translatedShare = 0.5, images = 12, seed = 1 } = options
  const rng = random(seed)
  cpSync(sourceDir, outDir, { recursive: true })

  const kinds = Object.keys(CORPUS_MIX) as CorpusKind[]
  const templates = Object.fromEntries(
    kinds.map((kind) => [kind, readTemplates(path.join(sourceDir, kind))]),
  ) as Record<CorpusKind, Template[]>
  const existing = Object.fromEntries(kinds.map((k) => [k, templates[k].length])) as Record<
    CorpusKind,
    number
  >
  const extra = plan(documents, existing)
  const imageNames = await writeImages(path.join(outDir, 'media'), images, rng)
  const words = { vi: vocabulary(templates.guides, 'vi'), en: vocabulary(templates.guides, 'en') }

  // Names other documents refer to, real and generated, filled kind by kind in import order.
  const slugs = Object.fromEntries(
    kinds.map((k) => [k, templates[k].map((t) => t.slug)]),
  ) as Record<CorpusKind, string[]>
  const legalNumbers = templates['legal-documents'].map((t) => String(t.vi.data.number))
  const newSlugs = (kind: CorpusKind) =>
    Array.from({ length: extra[kind] }, (_, i) => {
      const template = templates[kind][i % templates[kind].length]!
      return `${template.slug}-mau-${i + 1}`
    })
  for (const kind of kinds) slugs[kind].push(...newSlugs(kind))
  const sectors = slugs.sectors
  const topics = slugs.topics
  for (let i = 1; i <= extra['legal-documents']; i++) legalNumbers.push(`${4000 + i}/QĐ-UBND`)

  let translated = 0
  for (const kind of kinds) {
    for (let i = 0; i < extra[kind]; i++) {
      const n = i + 1
      const template = templates[kind][i % templates[kind].length]!
      const slug = `${template.slug}-mau-${n}`
      const vi: ContentFile = structuredClone(template.vi)
      const en: ContentFile | undefined =
        template.en && rng.next() < translatedShare ? structuredClone(template.en) : undefined
      const data = vi.data
      const titleKey = kind === 'sectors' || kind === 'topics' ? 'name' : 'title'
      data[titleKey] = marked(data[titleKey], n, 'vi')
      if (en) en.data[titleKey] = marked(en.data[titleKey], n, 'en')

      if (kind === 'legal-documents') {
        data.number = legalNumbers[existing['legal-documents'] + i]
        data.scope = 'provincial'
        data.issuingBody = 'Ủy ban nhân dân tỉnh Bình Phước'
        if (en) en.data.issuingBody = "People's Committee of Bình Phước Province"
        const year = 2011 + rng.int(15)
        data.issueDate = `${year}-0${1 + rng.int(9)}-1${rng.int(9)}`
        data.effectiveDate = data.issueDate
        delete data.expiryDate
        data.relations =
          i > 0
            ? [
                {
                  relation: 'based-on',
                  document: legalNumbers[existing['legal-documents'] + i - 1],
                },
              ]
            : []
        if (en) delete en.data.relations
        data.sectors = rng.some(sectors, 1, 3)
      } else if (kind === 'case-studies') {
        data.sector = rng.pick(sectors)
        data.assessmentYear = 2011 + rng.int(15)
      } else if (kind === 'guides') {
        data.sectors = rng.some(sectors, 1, 2)
        data.legalBasis = rng.some(legalNumbers, 1, 4)
        data.relatedCaseStudies = rng.some(slugs['case-studies'], 0, 3)
        if (n % 20 === 0 && imageNames.length) {
          const image = imageNames[(n / 20) % imageNames.length]!
          data.coverImage = image
          vi.body = `<Figure image="${image}" caption="Ảnh mẫu cho thử tải" />\n\n${vi.body}`
        }
      } else if (kind === 'curricula') {
        data.sectors = rng.some(sectors, 1, 2)
      } else if (kind === 'sectors') {
        delete data.image
      }
      if (kind !== 'sectors' && kind !== 'topics' && Array.isArray(data.topics))
        data.topics = rng.some(topics, 1, 3)

      const plain = kind === 'sectors' || kind === 'topics'
      vi.body = `${paragraph(rng, words.vi, n, 'vi', plain)}\n\n${vi.body}`
      const folder = path.join(outDir, kind)
      mkdirSync(folder, { recursive: true })
      writeFileSync(path.join(folder, `${slug}.vi.md`), formatContentFile(vi))
      if (en) {
        en.body = `${paragraph(rng, words.en, n, 'en', plain)}\n\n${en.body}`
        writeFileSync(path.join(folder, `${slug}.en.md`), formatContentFile(en))
        translated++
      }
    }
  }
  const counts = Object.fromEntries(kinds.map((k) => [k, existing[k] + extra[k]])) as Record<
    CorpusKind,
    number
  >
  return {
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    translated,
    images: imageNames.length,
  }
}
