import type { SiteChange } from './rebuild-queue'

/**
 * Asks an external builder (a CI job behind a CDN, say) to rebuild the site, instead of building
 * here. The request is `POST <REBUILD_WEBHOOK_URL>` with a JSON body:
 *
 * ```json
 * {
 *   "event": "sxsh.site.rebuild",
 *   "build": 42,
 *   "requestedAt": "2026-11-28T10:00:00.000Z",
 *   "changes": [
 *     { "collection": "guides", "id": 7, "slug": "huong-dan-x", "operation": "publish", "by": "editor@example.org" }
 *   ]
 * }
 * ```
 *
 * `build` is the id of the record in the admin's "site builds" list. Any 2xx answer counts as
 * accepted; anything else, or no answer within 15 s, is recorded as a failure.
 */
export async function callRebuildWebhook(
  url: string,
  build: number | string,
  changes: SiteChange[],
): Promise<{ ok: boolean; log: string }> {
  const body = {
    event: 'sxsh.site.rebuild',
    build,
    requestedAt: new Date().toISOString(),
    changes: changes.map(({ collection, id, slug, operation, user }) => ({
      collection,
      id,
      slug,
      operation,
      by: user?.email,
    })),
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  })
  return {
    ok: response.ok,
    log: `POST ${url} → ${response.status} ${response.statusText}\n${(await response.text()).slice(0, 2000)}`,
  }
}
