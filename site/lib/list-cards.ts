import type { Locale } from '../../cms/lib/locales'
import { LEGAL_DOCUMENT_TYPES } from '../../cms/lib/legal-document-types'
import { VALIDITY_STATUSES } from '../../cms/lib/legal-validity'
import { OPTION_TYPES } from '../../cms/lib/option-types'
import { slugify } from '../../cms/lib/slugify'
import { fill, ui } from '../i18n/strings'
import { catalog, pick, published, type Catalog } from './catalog'
import { formatDate, formatNumber, formatVnd } from './format'
import { excerpt } from './html'
import { legalTypeLabel, validityLabel } from './labels'
import { documentPath, type SectionKind } from './urls'
import { currentValidity } from './validity'

/** One document in a list: what DocCard shows, and the `data-*` values filters and sorts read. */
export interface Card {
  href: string
  title: string
  summary?: string
  meta: string[]
  badges: { text: string; className: string }[]
  data: Record<string, string>
}

/** A filter of a list: a select whose values match the cards' `data-<name>`. */
export interface ListFilter {
  name: string
  label: string
  options: { value: string; label: string }[]
}

/** A whole list (every page of it): its cards in their first order, its filters and sorts. */
export interface ListContent {
  title: string
  lead?: string
  cards: Card[]
  filters: ListFilter[]
  /** Values `<data name>:<asc|desc>`; the first is the order the cards come in. */
  sorts: { value: string; label: string }[]
}

/** The lists of the site, one per document section. */
export const LIST_SECTIONS = [
  'guides',
  'case-studies',
  'curricula',
  'legal-documents',
  'sectors',
] as const satisfies SectionKind[]
export type ListSection = (typeof LIST_SECTIONS)[number]

const sectorFilter = (c: Catalog, locale: Locale): ListFilter => ({
  name: 'sector',
  label: ui(locale).document.sectors,
  options: c.sectors.map((s) => ({ value: s.slug, label: s.name })),
})

const yearsOf = (years: number[]) =>
  [...new Set(years)].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }))

function guides(c: Catalog, locale: Locale): ListContent {
  const t = ui(locale)
  return {
    title: t.nav.guides,
    cards: c.guides.map((guide) => {
      const sectors = pick(c.sectorById, guide.sectors)
      return {
        href: documentPath(locale, 'guides', guide.slug),
        title: guide.title,
        summary: guide.summary,
        meta: sectors.map((s) => s.name),
        badges: [],
        data: { sector: sectors.map((s) => s.slug).join(' '), audience: guide.audience.join(' ') },
      }
    }),
    filters: [
      sectorFilter(c, locale),
      {
        name: 'audience',
        label: t.document.audience,
        options: Object.entries(t.audiences).map(([value, label]) => ({ value, label })),
      },
    ],
    sorts: [],
  }
}

function caseStudies(c: Catalog, locale: Locale): ListContent {
  const t = ui(locale)
  const cs = t.caseStudy
  return {
    title: t.nav.caseStudies,
    lead: cs.targetNote,
    cards: c.caseStudies.map((study) => {
      const sector = c.sectorById.get(String(study.sector))
      const implemented = study.options.filter((o) => o.status === 'implemented')
      const totals = study.totals as { annualSavingsVnd?: number; paybackMonths?: number }
      const { annualSavingsVnd: savings, paybackMonths: payback } = totals
      return {
        href: documentPath(locale, 'case-studies', study.slug),
        title: study.title,
        summary: study.summary,
        meta: [
          sector?.name ?? '',
          String(study.assessmentYear),
          savings ? `${cs.savings}: ${formatVnd(locale, savings)}` : '',
          payback ? `${cs.payback}: ${fill(cs.months, { n: formatNumber(locale, payback) })}` : '',
        ].filter(Boolean),
        badges: study.source.illustrative
          ? [{ text: cs.illustrativeBadge, className: 'sample' }]
          : [],
        data: {
          sector: sector?.slug ?? '',
          types: [...new Set(implemented.map((o) => o.optionType))].join(' '),
          year: String(study.assessmentYear),
          savings: savings ? String(savings) : '',
          payback: payback ? String(payback) : '',
          date: String(Date.parse(published(study))),
        },
      }
    }),
    filters: [
      sectorFilter(c, locale),
      {
        name: 'types',
        label: cs.optionType,
        options: OPTION_TYPES.map((o) => ({ value: o.value, label: o.label[locale] })),
      },
      {
        name: 'year',
        label: t.list.year,
        options: yearsOf(c.caseStudies.map((s) => s.assessmentYear)),
      },
    ],
    sorts: [
      { value: 'date:desc', label: t.list.sortNewest },
      { value: 'savings:desc', label: t.list.sortSavings },
      { value: 'payback:asc', label: t.list.sortPayback },
    ],
  }
}

function curricula(c: Catalog, locale: Locale): ListContent {
  const t = ui(locale)
  const cu = t.curriculum
  return {
    title: t.kinds.curricula,
    cards: c.curricula.map((curriculum) => ({
      href: documentPath(locale, 'curricula', curriculum.slug),
      title: curriculum.title,
      summary: curriculum.summary,
      meta: [
        cu.levels[curriculum.level],
        curriculum.durationHours
          ? fill(cu.hours, { n: formatNumber(locale, curriculum.durationHours) })
          : '',
        curriculum.audience.map((a) => t.audiences[a]).join(', '),
      ].filter(Boolean),
      badges: [],
      data: {
        sector: pick(c.sectorById, curriculum.sectors)
          .map((s) => s.slug)
          .join(' '),
        audience: curriculum.audience.join(' '),
        level: curriculum.level,
      },
    })),
    filters: [
      sectorFilter(c, locale),
      {
        name: 'audience',
        label: t.document.audience,
        options: Object.entries(t.audiences).map(([value, label]) => ({ value, label })),
      },
      {
        name: 'level',
        label: cu.level,
        options: Object.entries(cu.levels).map(([value, label]) => ({ value, label })),
      },
    ],
    sorts: [],
  }
}

function legal(c: Catalog, locale: Locale): ListContent {
  const t = ui(locale)
  const l = t.legal
  const docs = c.legal
  return {
    title: t.nav.legal,
    lead: t.footer.note,
    cards: docs.map((doc) => {
      const validity = currentValidity(doc)
      return {
        href: documentPath(locale, 'legal-documents', doc.slug),
        title: `${legalTypeLabel(locale, doc.type)} ${doc.number}`,
        summary: doc.title,
        meta: [doc.issuingBody, formatDate(locale, doc.issueDate)],
        badges: [{ text: validityLabel(locale, validity), className: `validity-${validity}` }],
        data: {
          sector: pick(c.sectorById, doc.sectors)
            .map((s) => s.slug)
            .join(' '),
          type: doc.type,
          body: slugify(doc.issuingBody),
          year: String(new Date(doc.issueDate).getUTCFullYear()),
          validity,
          date: String(Date.parse(doc.issueDate)),
          number: doc.number,
        },
      }
    }),
    filters: [
      sectorFilter(c, locale),
      {
        name: 'type',
        label: l.type,
        options: LEGAL_DOCUMENT_TYPES.filter((type) => docs.some((d) => d.type === type.value)).map(
          (type) => ({ value: type.value, label: type.label[locale] }),
        ),
      },
      {
        name: 'body',
        label: l.issuingBodyFilter,
        options: [...new Set(docs.map((d) => d.issuingBody))]
          .sort((a, b) => a.localeCompare(b, locale))
          .map((body) => ({ value: slugify(body), label: body })),
      },
      {
        name: 'year',
        label: t.list.year,
        options: yearsOf(docs.map((d) => new Date(d.issueDate).getUTCFullYear())),
      },
      {
        name: 'validity',
        label: l.validity,
        options: VALIDITY_STATUSES.map((s) => ({ value: s.value, label: s.label[locale] })),
      },
    ],
    sorts: [
      { value: 'date:desc', label: t.list.sortNewest },
      { value: 'number:asc', label: l.number },
    ],
  }
}

function sectors(c: Catalog, locale: Locale): ListContent {
  const t = ui(locale)
  return {
    title: t.nav.sectors,
    cards: c.sectors.map((s) => ({
      href: documentPath(locale, 'sectors', s.slug),
      title: s.name,
      // A sector's description runs to a paragraph or more; the card shows its opening.
      summary: s.description && excerpt(s.description),
      meta: s.vsicCodes.length ? [`${t.sector.vsic}: ${s.vsicCodes.join(', ')}`] : [],
      badges: [],
      data: {},
    })),
    filters: [],
    sorts: [],
  }
}

const BUILDERS: Record<ListSection, (c: Catalog, locale: Locale) => ListContent> = {
  guides,
  'case-studies': caseStudies,
  curricula,
  'legal-documents': legal,
  sectors,
}

/** Everything a section's list shows, across all its pages. */
export async function listContent(section: ListSection, locale: Locale): Promise<ListContent> {
  return BUILDERS[section](await catalog(locale), locale)
}
