import { existsSync, readFileSync } from 'node:fs'

import { parse as parseYaml } from 'yaml'

import {
  type Context,
  letTheLoopTurn,
  record,
  SEEDING_CONTEXT,
  type Stored,
} from './import-context'
import { ContentError, problemsFrom } from './problems'
import { decide, digestOf, remember } from './seed-records'

// ── the glossary: one YAML list with both languages ────────────────────────────────────────

type GlossaryEntry = {
  slug?: string
  term?: { vi?: string; en?: string }
  definition?: { vi?: string; en?: string }
  seeAlso?: string[]
}

export async function importGlossary(context: Context, file: string) {
  if (!existsSync(file)) return
  const { payload, refs } = context
  let entries: GlossaryEntry[]
  try {
    entries = parseYaml(readFileSync(file, 'utf8')) as GlossaryEntry[]
    if (!Array.isArray(entries)) throw new Error('the glossary must be a YAML list of terms')
  } catch (error) {
    context.report.problems.push({
      path: file,
      message: `malformed YAML: ${(error as Error).message.split('\n')[0]}`,
    })
    return
  }
  const write = {
    collection: 'glossary-terms',
    context: SEEDING_CONTEXT,
    overrideAccess: true,
    depth: 0,
  } as const
  // First every term, then the "see also" links, which may point at any other term.
  const written: { entry: GlossaryEntry; id: number | string; key: string; digest: string }[] = []
  for (const [index, entry] of entries.entries()) {
    await letTheLoopTurn()
    try {
      if (!entry.slug || !entry.term?.vi || !entry.definition?.vi) {
        throw new ContentError(
          file,
          `#${index + 1}`,
          'each term needs slug, term.vi and definition.vi',
        )
      }
      const key = `glossary-terms/${entry.slug}`
      const digest = digestOf(JSON.stringify(entry))
      const existing = (
        await payload.find({
          ...write,
          where: { slug: { equals: entry.slug } },
          limit: 1,
          draft: true,
        })
      ).docs[0] as Stored | undefined
      const decision = await decide(payload, key, existing, digest, context.force)
      const label = `glossary/${entry.slug}`
      if (decision === 'unchanged' || decision === 'edited-in-cms') {
        record(context, decision, label)
        continue
      }
      const vi = {
        slug: entry.slug,
        term: entry.term.vi,
        definition: entry.definition.vi,
        _status: 'published',
      } as never
      const saved = existing
        ? await payload.update({ ...write, id: existing.id, data: vi, locale: 'vi' })
        : await payload.create({ ...write, data: vi, locale: 'vi' })
      refs.remember('glossary-terms', saved as never)
      const en = {
        term: entry.term.en ?? null,
        definition: entry.definition.en ?? null,
        _status: 'published',
      } as never
      await payload.update({ ...write, id: saved.id, data: en, locale: 'en' })
      record(context, decision, label)
      written.push({ entry, id: saved.id, key, digest })
    } catch (error) {
      context.report.problems.push(...problemsFrom(file, error))
    }
  }
  for (const { entry, id, key, digest } of written) {
    try {
      const seeAlso = (entry.seeAlso ?? []).map((slug) => {
        const target = refs.idOf('glossary-terms', slug)
        if (target === undefined) {
          throw new ContentError(
            file,
            `${entry.slug}.seeAlso`,
            `refers to term "${slug}", which does not exist`,
          )
        }
        return target
      })
      const final = await payload.update({
        ...write,
        id,
        data: { seeAlso, _status: 'published' } as never,
        locale: 'vi',
      })
      await remember(payload, key, digest, (final as Stored).updatedAt)
    } catch (error) {
      context.report.problems.push(...problemsFrom(file, error))
    }
  }
}
