import { describe, expect, it } from 'vitest'

import { renderedPages, urlOfPage } from '../scripts/site/rendered-pages'
import { localeOfPage, slimForIndex } from '../scripts/site/search-mirror'

const manifest = (routes: Record<string, [string, Record<string, string>]>) => ({
  routes: Object.fromEntries(
    Object.entries(routes).map(([route, [dependencyHash, paths]]) => [
      route,
      {
        dependencyHash,
        paths: Object.fromEntries(
          Object.entries(paths).map(([file, cacheKey]) => [
            urlOfPage(file),
            { cacheKey, outputFile: file },
          ]),
        ),
      },
    ]),
  ),
})

describe('the pages a build rendered', () => {
  it('are those whose props or route code changed, new ones, and unkeyed ones', () => {
    const before = manifest({
      guides: ['g1', { 'guides/a/index.html': 'k1', 'guides/b/index.html': 'k2' }],
      legal: ['l1', { 'legal/x/index.html': 'k3', 'legal/gone/index.html': 'k4' }],
      lists: ['j1', { 'guides/items.json': 'k5' }],
    })
    const after = manifest({
      guides: ['g1', { 'guides/a/index.html': 'k1', 'guides/b/index.html': 'k2-edited' }],
      legal: ['l2', { 'legal/x/index.html': 'k3', 'legal/new/index.html': 'k6' }],
      lists: ['j1', { 'guides/items.json': 'k5-edited' }],
    })
    const built = [
      'guides/a/index.html',
      'guides/b/index.html',
      'legal/x/index.html',
      'legal/new/index.html',
      'gioi-thieu/index.html',
    ]
    expect(renderedPages(before, after, built)).toEqual({
      // b's props changed; legal's template changed (x too); new is new; the MDX page has no key.
      changed: [
        'guides/b/index.html',
        'legal/x/index.html',
        'legal/new/index.html',
        'gioi-thieu/index.html',
      ],
      removed: ['legal/gone/index.html'],
    })
  })

  it('have URLs and languages from their paths', () => {
    expect(urlOfPage('guides/a/2/index.html')).toBe('/guides/a/2/')
    expect(urlOfPage('index.html')).toBe('/')
    expect(localeOfPage('en/guides/a/index.html')).toBe('en')
    expect(localeOfPage('guides/en-dash/index.html')).toBe('vi')
  })
})

describe('the page Pagefind reads', () => {
  const page = [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tiêu đề</title>',
    '<style>body{color:red}</style><script>var x = 1</script></head>',
    '<body><header data-pagefind-ignore="all"><nav>Menu</nav></header><main>',
    '<article class="content" data-pagefind-body><h1>Tiêu đề</h1>',
    '<span hidden data-pagefind-filter="kind[data-value]" data-value="Hướng dẫn"></span>',
    '<article><p>Lồng nhau</p></article><p>Nội dung</p></article>',
    '<aside>Liên quan</aside></main><footer>Chân trang</footer></body></html>',
  ].join('')

  it('keeps the head without styles or scripts, and the marked element with its filters', () => {
    const slim = slimForIndex(page)!
    expect(slim).toContain('<html lang="vi">')
    expect(slim).toContain('<title>Tiêu đề</title>')
    expect(slim).not.toMatch(/<style|<script|Menu|Liên quan|Chân trang/)
    expect(slim).toContain('data-pagefind-filter="kind[data-value]"')
    // The nested article does not end the marked one early.
    expect(slim).toMatch(/<p>Lồng nhau<\/p><\/article><p>Nội dung<\/p><\/article><\/body><\/html>$/)
  })

  it('leaves out pages without content to index', () => {
    expect(
      slimForIndex('<html lang="vi"><head></head><body><main>Danh sách</main></body></html>'),
    ).toBeUndefined()
  })
})
