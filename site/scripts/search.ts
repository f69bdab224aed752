/**
 * Live search over the Pagefind index, loaded only when a reader shows intent (see Header.astro).
 * Queries fold đ to d and results get their đ back (see lib/d-stroke.ts).
 *
 * Each language has its own index (lib/search-labels.ts). A first search loads only the page's
 * language; the other language's index loads when the reader ticks it, and the counts per kind
 * and sector when the reader asks to filter. On a slow connection those are most of the bytes.
 */
import { foldQuery as fold, restoreStroke as unfold } from '../lib/d-stroke'
import type { SearchLabels, SearchLanguage } from '../lib/search-labels'

type Filters = Record<string, Record<string, number>>
interface Hit {
  id: string
  score: number
  data(): Promise<Result>
}
interface Result {
  url: string
  excerpt: string
  meta: { title?: string }
  filters: Record<string, string[]>
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>
  filters(): Promise<Filters>
  search(
    q: string,
    o: { filters: Record<string, { any: string[] }> },
  ): Promise<{ results: Hit[]; filters: Filters } | null>
}

const FACET_KEYS = ['kind', 'sector'] as const
type FacetKey = (typeof FACET_KEYS)[number]
/** Results shown at once; more on request. */
const PAGE = 5
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]))

/** A language's index: Pagefind, and the ids of its full-index pages that a delta replaced. */
interface Index {
  pagefind: Pagefind
  superseded: Set<string>
}

/** The delta note beside a full index (scripts/site/index-search.ts); none on older builds. */
async function deltaOf(language: SearchLanguage) {
  try {
    const response = await fetch(`${language.bundle}delta.json`)
    if (response.ok) return (await response.json()) as { bundle?: string; superseded: string[] }
  } catch {
    // Offline and not cached: the full index alone still answers.
  }
  return { superseded: [] }
}

/** One Pagefind instance per language: each bundle's script is a module of its own. */
const instances = new Map<string, Promise<Index>>()
const load = (language: SearchLanguage) => {
  let instance = instances.get(language.code)
  if (!instance) {
    // Pagefind's own script, written by `npm run build`; kept out of the bundle on purpose.
    const src = `${language.bundle}pagefind.js`
    instance = Promise.all([import(src), deltaOf(language)]).then(async ([p, delta]) => {
      const pagefind = p as Pagefind
      // In the page rather than a web worker: the worker is one more script to download (12 KB
      // gzip), and searching an index this size is quick.
      await pagefind.options({ excerptLength: 24, noWorker: true })
      // Pages published since the full index come from the delta, their old copies are dropped.
      if (!delta.bundle) return { pagefind, superseded: new Set<string>() }
      try {
        await pagefind.mergeIndex(delta.bundle, { language: language.code })
        return { pagefind, superseded: new Set(delta.superseded) }
      } catch {
        // Offline without the delta: the full index alone, old copies included, still answers.
        return { pagefind, superseded: new Set<string>() }
      }
    })
    instance.catch(() => instances.delete(language.code))
    instances.set(language.code, instance)
  }
  return instance
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  return node
}

/** Adds the counts of several instances' filters. */
function addCounts(all: Filters[]): Filters {
  const sum: Filters = {}
  for (const filters of all) {
    for (const [key, counts] of Object.entries(filters)) {
      sum[key] ??= {}
      for (const [value, n] of Object.entries(counts)) sum[key][value] = (sum[key][value] ?? 0) + n
    }
  }
  return sum
}

function attach(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!
  const panel = form.parentElement!.querySelector<HTMLElement>('[data-search-panel]')!
  const labels = JSON.parse(form.dataset.labels!) as SearchLabels
  const selected: Record<FacetKey, string[]> = { kind: [], sector: [] }
  /** The languages searched: the page's own at first. */
  const languages = new Set([labels.languages[0]!.code])
  let facetsLoaded = false
  const list = Object.assign(el('ol'), { className: 'results' })
  let timer: ReturnType<typeof setTimeout> | undefined
  let run = 0

  async function search() {
    const query = input.value.trim()
    const mine = ++run
    if (!query) return void (panel.hidden = true)
    panel.hidden = false
    if (!panel.firstChild) panel.textContent = labels.loading
    try {
      const filters: Record<string, { any: string[] }> = {}
      for (const key of FACET_KEYS) if (selected[key].length) filters[key] = { any: selected[key] }
      const chosen = labels.languages.filter((l) => languages.has(l.code))
      const found = await Promise.all(
        chosen.map(async (language) => {
          const { pagefind, superseded } = await load(language)
          if (facetsLoaded) await pagefind.filters()
          const found = await pagefind.search(fold(query), { filters })
          const results = found?.results.filter((hit) => !superseded.has(hit.id)) ?? []
          return { language, found: found && { ...found, results } }
        }),
      )
      if (mine !== run) return
      const counts = new Map(
        found.map(({ language, found }) => [language.code, found?.results.length ?? 0]),
      )
      const results = found
        .flatMap(({ found }) => found?.results ?? [])
        .sort((a, b) => b.score - a.score)
      render(
        query,
        results.length,
        addCounts(found.map(({ found }) => found?.filters ?? {})),
        counts,
      )
      await more(results, mine)
    } catch {
      panel.textContent = labels.failed
    }
  }

  function render(query: string, count: number, filters: Filters, counts: Map<string, number>) {
    list.replaceChildren()
    const refine = Object.assign(el('button', labels.refine), { type: 'button' })
    refine.addEventListener('click', () => {
      facetsLoaded = true
      void search()
    })
    panel.replaceChildren(
      el('p', fill(count ? labels.results : labels.none, { count, query })),
      languageFacet(counts),
      ...(facetsLoaded ? FACET_KEYS.map((key) => facet(key, filters[key] ?? {})) : [refine]),
      list,
    )
  }

  // Each result costs a download (its fragment), so results come a page at a time.
  async function more(results: Hit[], mine: number) {
    const shown = list.children.length
    const items = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()))
    if (mine !== run) return
    panel.querySelector('[data-more]')?.remove()
    for (const item of items) {
      const li = el('li')
      const link = el('a', unfold(item.meta.title ?? item.url))
      link.href = item.url
      const kind = item.filters.kind?.[0]
      const excerpt = el('p')
      excerpt.innerHTML = unfold(item.excerpt)
      li.append(link, ' ')
      if (kind) li.append(Object.assign(el('span', unfold(kind)), { className: 'tag' }))
      li.append(excerpt)
      list.append(li)
    }
    if (results.length > list.children.length) {
      const button = Object.assign(el('button', labels.more), { type: 'button' })
      button.dataset.more = ''
      button.addEventListener('click', () => void more(results, mine))
      panel.append(button)
    }
  }

  function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void) {
    const box = Object.assign(el('input'), { type: 'checkbox', checked })
    box.addEventListener('change', () => {
      onChange(box.checked)
      void search()
    })
    const wrapper = el('label')
    wrapper.append(box, ` ${label}`)
    return wrapper
  }

  /** Every language, with its count once its index is loaded; at least one stays chosen. */
  function languageFacet(counts: Map<string, number>) {
    const set = el('fieldset')
    set.append(el('legend', labels.filters.language))
    for (const language of labels.languages) {
      const n = counts.get(language.code)
      const label = n === undefined ? language.name : `${language.name} (${n})`
      set.append(
        checkbox(label, languages.has(language.code), (checked) => {
          if (checked) languages.add(language.code)
          else if (languages.size > 1) languages.delete(language.code)
        }),
      )
    }
    return set
  }

  function facet(key: FacetKey, counts: Record<string, number>) {
    const set = el('fieldset')
    set.append(el('legend', labels.filters[key]))
    for (const [value, n] of Object.entries(counts)) {
      const chosen = selected[key].includes(value)
      if (!n && !chosen) continue
      set.append(
        checkbox(`${unfold(value)} (${n})`, chosen, (checked) => {
          const rest = selected[key].filter((v) => v !== value)
          selected[key] = checked ? [...rest, value] : rest
        }),
      )
    }
    return set
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(search, 180)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (form.closest('[data-search-page]'))
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`)
    void search()
  })
  void load(labels.languages[0]!)
  if (input.value) void search()
}

/** Enhances every search form on the page (header and search page). */
export function start() {
  const page = document.querySelector(
    '[data-search-page] [data-search-input]',
  ) as HTMLInputElement | null
  const query = new URLSearchParams(location.search).get('q')
  if (page && query) page.value = query
  document.querySelectorAll<HTMLFormElement>('[data-search-form]').forEach(attach)
}
