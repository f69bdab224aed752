import type { RenderedRichText } from './schemas/shared'
import { partEnds } from '../lib/parts'

/**
 * A guide's entry with the ends of its body's parts recorded. Measuring where a long body splits
 * (gzip of each candidate part) was the costliest step of a build that changed nothing; done
 * here, it runs only for the documents a build converts.
 */
export function withPartEnds(data: Record<string, unknown>): Record<string, unknown> {
  const body = data.body as RenderedRichText | null | undefined
  return body ? { ...data, body: { ...body, partEnds: partEnds(body) } } : data
}
