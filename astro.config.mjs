// @ts-check
import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

import { siteCacheDir } from './site/lib/cache-dir.mjs'

/**
 * The public site: static pages built from the CMS content. Pages, layouts and the content
 * loader live in site/ (Astro's srcDir); the output in dist/ needs no server at reading time.
 * Locales are routed by the pages themselves (vi at /, en at /en/), so Astro's i18n is not used.
 */
export default defineConfig({
  srcDir: './site',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: siteCacheDir(),
  output: 'static',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One response paints the page: the (small) stylesheet goes inline, never render-blocking.
    inlineStylesheets: 'always',
    assets: '_assets',
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  experimental: { incrementalBuild: true },
})
