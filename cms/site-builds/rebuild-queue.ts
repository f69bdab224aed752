import type { Payload } from 'payload'

import { runSiteBuild } from './run-build'
import { siteFolders } from './site-folders'
import { callRebuildWebhook } from './webhook'

/** One change of public content that the site should reflect. */
export interface SiteChange {
  collection: string
  id: number | string
  slug?: string
  operation: 'publish' | 'unpublish' | 'update' | 'delete' | 'manual' | 'schedule'
  /** Who made it; none for scheduled jobs. */
  user?: { id: number | string; email?: string }
}

/** How long the queue waits after the last change before building (a burst becomes one build). */
const quietMs = () => Number(process.env.REBUILD_QUIET_MS ?? 3000)

/**
 * Coalesces changes into site builds: a burst of changes waits for a quiet period and becomes one
 * build; one build runs at a time; changes that arrive during a build cause exactly one more.
 * Each build is recorded in the `site-builds` collection for editors to follow.
 */
export class RebuildQueue {
  private pending: SiteChange[] = []
  private timer: ReturnType<typeof setTimeout> | undefined
  private building = false

  constructor(private readonly payload: Payload) {}

  /** Whether publishing rebuilds anything here (a local site folder or a webhook). */
  static enabled(): boolean {
    return Boolean(process.env.REBUILD_WEBHOOK_URL || siteFolders())
  }

  request(change: SiteChange): void {
    this.pending.push(change)
    if (!this.building) this.schedule()
  }

  private schedule(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.run(), quietMs())
  }

  private async run(): Promise<void> {
    if (this.building || this.pending.length === 0) return
    this.building = true
    const changes = this.pending.splice(0)
    const startedAt = new Date()
    const requestedBy = changes.find((change) => change.user)?.user
    const record = await this.payload.create({
      collection: 'site-builds',
      overrideAccess: true,
      data: {
        trigger: changes.some((c) => c.operation === 'manual') ? 'manual' : changes[0]!.operation,
        summary: describe(changes),
        changes: changes.length,
        requestedBy: requestedBy?.id as number | undefined,
        status: 'running',
        startedAt: startedAt.toISOString(),
      },
    })
    let outcome: { ok: boolean; log: string; folder?: string }
    try {
      const webhook = process.env.REBUILD_WEBHOOK_URL
      const folders = siteFolders()
      outcome = webhook
        ? await callRebuildWebhook(webhook, record.id, changes)
        : folders
          ? await runSiteBuild(folders)
          : { ok: false, log: 'Neither SITE_DIR nor REBUILD_WEBHOOK_URL is set.' }
    } catch (error) {
      outcome = { ok: false, log: String((error as Error).stack ?? error) }
    }
    const finishedAt = new Date()
    await this.payload.update({
      collection: 'site-builds',
      id: record.id,
      overrideAccess: true,
      data: {
        status: outcome.ok ? 'succeeded' : 'failed',
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        folder: outcome.folder,
        log: outcome.log.slice(-8000),
      },
    })
    this.payload.logger.info(
      `Site build ${record.id} ${outcome.ok ? 'succeeded' : 'FAILED'} in ${finishedAt.getTime() - startedAt.getTime()} ms (${changes.length} changes)`,
    )
    this.building = false
    if (this.pending.length > 0) this.schedule()
  }
}

/** "guides/huong-dan-x published, media 12 changed, …" for the admin's list. */
function describe(changes: SiteChange[]): string {
  const parts = changes.map((c) => `${c.collection}/${c.slug ?? c.id} ${c.operation}`)
  const unique = [...new Set(parts)]
  return unique.length > 5
    ? `${unique.slice(0, 5).join(', ')} … (+${unique.length - 5})`
    : unique.join(', ')
}

const QUEUE = Symbol.for('sxsh.rebuildQueue')

/** The process's queue (one per CMS process; Next may load this module more than once). */
export function rebuildQueue(payload: Payload): RebuildQueue {
  const holder = globalThis as unknown as Record<symbol, RebuildQueue | undefined>
  holder[QUEUE] ??= new RebuildQueue(payload)
  return holder[QUEUE]!
}
