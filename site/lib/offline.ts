/**
 * Where the "save for offline" manifest of a page is published: `/en/curricula/x/` →
 * `/offline-bundles/en/curricula/x.json`. Written after rendering by scripts/site/offline-bundles.ts.
 */
export const bundlePath = (pagePath: string): string =>
  `/offline-bundles${pagePath.replace(/\/$/, '')}.json`

/** Pages that offer "save for offline": a curriculum and a sector, in either locale. */
export const BUNDLE_PAGE = /^(?:\/en)?\/(?:curricula|sectors)\/[^/]+\/$/
