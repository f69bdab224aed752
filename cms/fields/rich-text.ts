import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { LexicalEditorProps } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { Callout } from '../blocks/Callout'
import { Checklist } from '../blocks/Checklist'
import { FileDownload } from '../blocks/FileDownload'
import { Figure } from '../blocks/Figure'
import { LegalReference } from '../blocks/LegalReference'
import { Table } from '../blocks/Table'
import type { Label } from '../lib/label'

/** Collections an internal link may point at; the site resolves each to its page URL. */
export const LINKABLE_COLLECTIONS = [
  'guides',
  'case-studies',
  'curricula',
  'legal-documents',
  'sectors',
] as const

/** The knowledge base's editor features: Payload's defaults plus our blocks and internal links. */
export const knowledgeFeatures: NonNullable<LexicalEditorProps['features']> = ({
  defaultFeatures,
}) => [
  ...defaultFeatures.filter((feature) => feature.key !== 'link'),
  LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] }),
  BlocksFeature({ blocks: [Callout, Checklist, Table, Figure, FileDownload, LegalReference] }),
]

/** The rich-text editor of every body, story and module in the knowledge base. */
export const knowledgeEditor = lexicalEditor({ features: knowledgeFeatures })

/** A localized rich-text field using the knowledge base editor. */
export const richTextField = (
  name: string,
  fieldLabel: Label,
  required = false,
): RichTextField => ({
  name,
  type: 'richText',
  localized: true,
  required,
  label: fieldLabel,
  editor: knowledgeEditor,
})
