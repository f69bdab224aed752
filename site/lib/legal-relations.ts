import type { Locale } from '../../cms/lib/locales'
import type { Catalog, LegalDocument } from './catalog'
import { legalRelationLabel } from './labels'
import { documentPath } from './urls'

/** One line of a legal document's "related documents" table. */
export interface RelationRow {
  label: string
  number: string
  title?: string
  href?: string
  note?: string
}

/**
 * A document's relations in both directions: those it records ("amends X") and those other
 * published documents record about it, shown inverted ("amended by Y").
 */
export function relationRows(c: Catalog, doc: LegalDocument, locale: Locale): RelationRow[] {
  const rows: RelationRow[] = []
  for (const relation of doc.relations) {
    const target =
      relation.document === undefined ? undefined : c.legalById.get(String(relation.document))
    if (target) {
      rows.push({
        label: legalRelationLabel(locale, relation.relation, false),
        number: target.number,
        title: target.title,
        href: documentPath(locale, 'legal-documents', target.slug),
        note: relation.note,
      })
    } else if (relation.externalNumber || relation.externalTitle) {
      rows.push({
        label: legalRelationLabel(locale, relation.relation, false),
        number: relation.externalNumber ?? '',
        title: relation.externalTitle,
        note: relation.note,
      })
    }
  }
  for (const other of c.legal) {
    for (const relation of other.relations) {
      if (String(relation.document) !== String(doc.id)) continue
      rows.push({
        label: legalRelationLabel(locale, relation.relation, true),
        number: other.number,
        title: other.title,
        href: documentPath(locale, 'legal-documents', other.slug),
        note: relation.note,
      })
    }
  }
  return rows
}
