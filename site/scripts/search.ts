/**
 * Live search over the Pagefind index, loaded only when a reader shows intent (see Header.astro).
 * Queries fold đ to d and results get their đ back (see lib/d-stroke.ts).
 */
import { foldQuery as fold, restoreStroke as unfold } from '../lib/d-stroke'
import type { SearchLabels } from '../lib/search-labels'

type Filters = Record<string, Record<string, number>>
type Found = { results: { data(): Promise<Result> }[]; filters: Filters }
interface Result {
  url: string
  excerpt: string
  meta: { title?: string }
  filters: Record<string, string[]>
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>
  filters(): Promise<Filters>
  search(q: string, o: { filters: Record<string, { any: string[] }> }): Promise<Found | null>
}

// Pagefind's own script, written by `npm run build`; kept out of the bundle on purpose.
const PAGEFIND: string = '/pagefind/pagefind.js'
const FILTER_KEYS = ['kind', 'sector', 'language'] as const
/** Results shown at once; more on request. */
const PAGE = 5
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]))

let pagefind: Promise<Pagefind> | undefined
const load = () =>
  (pagefind ??= import(PAGEFIND).then(async (p: Pagefind) => {
    await p.options({ excerptLength: 24 })
    await p.filters() // loads the filter index, so results come with counts per filter value
    return p
  }))

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  return node
}

function attach(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!
  const panel = form.parentElement!.querySelector<HTMLElement>('[data-search-panel]')!
  const labels = JSON.parse(form.dataset.labels!) as SearchLabels
  const selected: Record<string, string[]> = { language: [labels.lang] }
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
      for (const key of FILTER_KEYS)
        if (selected[key]?.length) filters[key] = { any: selected[key] }
      const found = await (await load()).search(fold(query), { filters })
      if (!found || mine !== run) return
      render(query, found.results.length, found.filters)
      await more(found.results, mine)
    } catch {
      panel.textContent = labels.failed
    }
  }

  function render(query: string, count: number, filters: Filters) {
    list.replaceChildren()
    panel.replaceChildren(
      el('p', fill(count ? labels.results : labels.none, { count, query })),
      ...FILTER_KEYS.map((key) => facet(key, filters[key] ?? {})),
      list,
    )
  }

  // Each result costs a download (its fragment), so results come a page at a time.
  async function more(results: Found['results'], mine: number) {
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

  function facet(key: (typeof FILTER_KEYS)[number], counts: Record<string, number>) {
    const set = el('fieldset')
    set.append(el('legend', labels.filters[key]))
    for (const [value, n] of Object.entries(counts)) {
      const chosen = selected[key]?.includes(value) ?? false
      if (!n && !chosen) continue
      const box = Object.assign(el('input'), { type: 'checkbox', checked: chosen, value })
      box.addEventListener('change', () => {
        const rest = (selected[key] ?? []).filter((v) => v !== value)
        selected[key] = box.checked ? [...rest, value] : rest
        void search()
      })
      const label = el('label')
      label.append(box, ` ${unfold(value)} (${n})`)
      set.append(label)
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
  void load()
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
