/**
 * Filters and sorts a list of documents in the browser. The full list is already in the page, so
 * without JavaScript nothing is lost: the form stays hidden and every item is shown.
 * Items carry `data-<name>` attributes (space-separated values) matching the form's selects;
 * the sort select's values are `<attribute>:<asc|desc>`. The query string keeps the choice.
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-filter-list]')) {
  const form = root.querySelector<HTMLFormElement>('form')!
  const list = root.querySelector<HTMLElement>('[data-items]')!
  const status = root.querySelector<HTMLElement>('[data-status]')!
  const empty = root.querySelector<HTMLElement>('[data-empty]')!
  const items = [...list.children] as HTMLElement[]
  const params = new URLSearchParams(location.search)
  for (const select of form.querySelectorAll('select')) {
    const wanted = params.get(select.name)
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted
  }

  const apply = () => {
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
      .replace('{total}', String(items.length))
    empty.hidden = shown > 0
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname)
  }

  form.hidden = false
  status.hidden = false
  form.addEventListener('change', apply)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    apply()
  })
  if ([...params.keys()].length) apply()
}
