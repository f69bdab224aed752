import type { Loader } from 'astro/loaders'
import type { z } from 'astro/zod'

import { LOCALES } from '../../cms/lib/locales'
import { renderRichText } from '../rich-text/to-html'
import type { RenderContext } from '../rich-text/render-context'
import { ContentBoundaryError, fromZodError } from './boundary-error'
import { hasStoredHtml, htmlRefs, recordHtmlRefs, stashRichText } from './html-store'
import { DOCUMENT_KINDS, type DocumentKind, type UploadKind } from './kinds'
import { loadSnapshot, withSnapshots } from './knowledge-source'
import { richTextReferences } from './rich-text-references'
import { LEXICAL } from './schemas/shared'
import { siteContext } from './site-context'

/**
 * `npm run typecheck` runs `astro sync` for the content types only; those come from the schemas,
 * so it skips reading the database (which may not exist yet on a fresh clone).
 */
const skipContent = () => process.env.SXSH_TYPES_ONLY === '1'

/** Changes when the shape of stored entries changes, so entries of the old shape are converted again. */
const ENTRY_FORMAT = 2

const isLexicalState = (value: unknown): boolean =>
  !!value &&
  typeof value === 'object' &&
  (value as { root?: { type?: unknown } }).root?.type === 'root'

/** Replaces every rich-text value (at any depth) with its HTML; errors name the field. */
function renderFields(
  value: unknown,
  ctx: RenderContext,
  path: string[],
  fail: (field: string, problem: string) => never,
): unknown {
  if (isLexicalState(value)) {
    try {
      return renderRichText(value, ctx)
    } catch (error) {
      return fail(path.join('.'), (error as Error).message)
    }
  }
  if (Array.isArray(value)) return value.map((v, i) => renderFields(v, ctx, [...path, String(i)], fail))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, renderFields(v, ctx, [...path, k], fail)]),
    )
  }
  return value
}

/**
 * A content-layer loader over Payload's Local API for one collection: the published documents of
 * both locales, validated with the collection's boundary schema, rich text converted to HTML (kept
 * in files beside the store, see html-store.ts).
 * Entries are `<locale>/<slug>`. A document whose data and context are unchanged since the last
 * build keeps its stored entry (same digest) and is not converted again.
 */
export function payloadLoader<S extends z.ZodType>(
  kind: DocumentKind,
  schema: S,
  options: {
    /** Adds what the pages would otherwise derive from an entry on every build. */
    afterRender?: (data: Record<string, unknown>) => Record<string, unknown>
  } = {},
): Loader & { schema: S } {
  const input = DOCUMENT_KINDS[kind].schema(LEXICAL)
  return {
    name: `payload:${kind}`,
    schema,
    load: ({ store, generateDigest, logger }) =>
      withSnapshots(async () => {
        if (skipContent()) return
        const seen = new Set<string>()
        let converted = 0
        let read = 0
        for (const locale of LOCALES) {
          const snapshot = await loadSnapshot(locale)
          read += snapshot.read[kind]
          const { render, referencesDigest } = siteContext(snapshot, generateDigest)
          for (const raw of snapshot.documents[kind]) {
            const slug = typeof raw.slug === 'string' ? raw.slug : String(raw.id)
            const id = `${locale}/${slug}`
            const translated = snapshot.translated[kind].has(String(raw.id))
            seen.add(id)
            const references = referencesDigest(richTextReferences(raw))
            const digest = generateDigest({
              raw,
              translated,
              references,
              format: ENTRY_FORMAT,
            } as Record<string, unknown>)
            const stored = store.get(id)
            if (stored?.digest === digest && hasStoredHtml(stored.data)) continue
            const parsed = input.safeParse(raw)
            if (!parsed.success) throw fromZodError(kind, slug, locale, parsed.error)
            const fail = (field: string, problem: string): never => {
              throw new ContentBoundaryError(kind, slug, locale, field, problem)
            }
            const rendered = renderFields(parsed.data, render, [], fail) as Record<string, unknown>
            const data = stashRichText(options.afterRender ? options.afterRender(rendered) : rendered)
            store.set({ id, digest, data: { ...(data as object), locale, translated } })
            converted++
          }
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id)
        const refs = new Set<string>()
        for (const entry of store.values()) htmlRefs(entry.data, refs)
        recordHtmlRefs(kind, refs)
        logger.info(`${seen.size} entries, ${read} read from the database, ${converted} converted`)
      }),
  }
}

/**
 * A loader for the uploads that published documents use (`<locale>/<id>`), validated; the site
 * publishes only these.
 */
export function uploadsLoader<S extends z.ZodType>(kind: UploadKind, schema: S): Loader & { schema: S } {
  return {
    name: `payload:${kind}`,
    schema,
    load: ({ store, generateDigest }) =>
      withSnapshots(async () => {
        if (skipContent()) return
        const seen = new Set<string>()
        for (const locale of LOCALES) {
          const context = siteContext(await loadSnapshot(locale), generateDigest)
          for (const [uploadId, data] of context[kind]) {
            const id = `${locale}/${uploadId}`
            seen.add(id)
            const digest = generateDigest(data as Record<string, unknown>)
            if (store.get(id)?.digest === digest) continue
            store.set({ id, digest, data: { ...data, locale, translated: true } })
          }
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id)
      }),
  }
}
