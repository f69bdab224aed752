import type { APIRoute } from 'astro'

import { serviceWorkerScript } from '../lib/client-scripts'

/** The service worker (site/scripts/sw.ts) at the site's root, so that it controls every page. */
export const GET: APIRoute = async () =>
  new Response((await serviceWorkerScript()).code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  })
