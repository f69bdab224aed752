/**
 * Filters and sorts a list of documents in the browser. Without JavaScript nothing is lost: the
 * form stays hidden and the list is read page by page. Items carry `data-<name>` attributes
 * (space-separated values) matching the form's selects; the sort select's values are
 * `<attribute>:<asc|desc>`. The query string keeps the choice.
 *
 * A list longer than one page names its whole content (`data-source`, the list's items.json):
 * the first filter or sort loads it once and works on every card, not just this page's.
 */
import type { Card } from '../lib/list-cards'

/** The same markup as components/DocCard.astro. */
function cardElement(card: Card): HTMLElement {
  const item = document.createElement('li')
  item.className = 'card'
  for (const [name, value] of Object.entries(card.data)) item.dataset[name] = value
  const heading = document.createElement('h3')
  const link = document.createElement('a')
  link.href = card.href
  link.textContent = card.title
  heading.append(link)
  item.append(heading)
  for (const badge of card.badges) {
    const span = document.createElement('span')
    span.className = `badge ${badge.className}`
    span.textContent = badge.text
    item.append(span)
  }
  const paragraph = (text: string, className?: string) => {
    const p = document.createElement('p')
    if (className) p.className = className
    p.textContent = text
    item.append(p)
  }
  if (card.meta.length) paragraph(card.meta.join(' · '), 'meta')
  if (card.summary) paragraph(card.summary)
  return item
}

for (const root of document.querySelectorAll<HTMLElement>('[data-filter-list]')) {
  const form = root.querySelector<HTMLFormElement>('form')
  if (!form) continue
  const list = root.querySelector<HTMLElement>('[data-items]')!
  const status = root.querySelector<HTMLElement>('[data-status]')!
  const empty = root.querySelector<HTMLElement>('[data-empty]')!
  const pager = root.querySelector<HTMLElement>('[data-pager]')
  let items = [...list.children] as HTMLElement[]
  let total = items.length
  let whole: Promise<void> | undefined
  const params = new URLSearchParams(location.search)
  for (const select of form.querySelectorAll('select')) {
    const wanted = params.get(select.name)
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted
  }

  /** Replaces this page's cards with the whole list's, once. */
  const loadWholeList = () =>
    (whole ??= (async () => {
      status.hidden = false
      status.textContent = status.dataset.loading!
      const response = await fetch(root.dataset.source!)
      if (!response.ok) throw new Error(`${root.dataset.source}: ${response.status}`)
      const cards = (await response.json()) as Card[]
      items = cards.map(cardElement)
      total = items.length
      list.replaceChildren(...items)
      if (pager) pager.hidden = true
    })())

  const apply = async () => {
    if (root.dataset.source && Number(root.dataset.pages) > 1) {
      try {
        await loadWholeList()
      } catch {
        whole = undefined // This page's cards stay; a later change tries again.
      }
    }
    const data = new FormData(form)
    const query = new URLSearchParams()
    let shown = 0
    for (const item of items) {
      let visible = true
      for (const [name, value] of data) {
        if (name === 'sort' || !value) continue
        query.set(name, String(value))
        if (!(item.dataset[name] ?? '').split(' ').includes(String(value))) visible = false
      }
      item.hidden = !visible
      if (visible) shown++
    }
    const [key = '', order] = String(data.get('sort') ?? '').split(':')
    if (key) {
      query.set('sort', String(data.get('sort')))
      const value = (item: HTMLElement) => item.dataset[key] ?? ''
      const numeric = items.every((item) => value(item) === '' || !isNaN(Number(value(item))))
      const sorted = [...items].sort((a, b) => {
        // Items without a value (no payback yet…) go last whatever the order.
        if (!value(a) || !value(b)) return value(a) ? -1 : value(b) ? 1 : 0
        const diff = numeric
          ? Number(value(a)) - Number(value(b))
          : value(a).localeCompare(value(b))
        return order === 'desc' ? -diff : diff
      })
      list.append(...sorted)
    }
    status.textContent = status.dataset
      .template!.replace('{count}', String(shown))
      .replace('{total}', String(total))
    empty.hidden = shown > 0
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname)
  }

  form.hidden = false
  status.hidden = false
  form.addEventListener('change', () => void apply())
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void apply()
  })
  if ([...params.keys()].length) void apply()
}
