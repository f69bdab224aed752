// @ts-check
import { defineConfig } from 'astro/config'

/**
 * The public site: static pages built from the CMS content. Pages, layouts and the content
 * loader live in site/ (Astro's srcDir); the output in dist/ needs no server at reading time.
 */
export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  output: 'static',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
})
