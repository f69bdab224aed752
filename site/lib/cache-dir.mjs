import path from 'node:path'

/**
 * Astro's cache folder: the content store, the incremental-build manifest and our resized images
 * live here between builds. SITE_CACHE_DIR moves it (tests build into temporary folders, and a
 * cache must never outlive the output it describes).
 */
export const siteCacheDir = () => path.resolve(process.env.SITE_CACHE_DIR ?? 'node_modules/.astro')
