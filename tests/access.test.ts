import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../cms/payload-types'
import { createSector } from './helpers/documents'
import { startTestPayload, type TestPayload } from './helpers/payload'
import { createTeam } from './helpers/users'

let t: TestPayload
let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>
let sectorId: number

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  team = await createTeam(payload)
  sectorId = (await createSector(payload)).id
})
afterAll(async () => t?.close())

type Actor = 'anonymous' | 'author' | 'editor' | 'admin'
const as = (actor: Actor): { user?: User; overrideAccess: false } =>
  actor === 'anonymous' ? { overrideAccess: false } : { user: team[actor], overrideAccess: false }

let counter = 0
const guideData = (status: 'draft' | 'published') => ({
  title: `Hướng dẫn thử nghiệm số ${++counter}`,
  sectors: [sectorId],
  _status: status,
})

/** A guide made by an editor, so each check starts from a known state. */
const seedGuide = (status: 'draft' | 'published') =>
  payload.create({
    collection: 'guides',
    data: guideData(status) as never,
    draft: status === 'draft',
  })

/** Runs an operation and reports whether it was allowed (true) or refused (false). */
async function allowed(operation: () => Promise<unknown>): Promise<boolean> {
  try {
    await operation()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403) return false
    throw error
  }
}

const checks = {
  'create a draft': (actor: Actor) =>
    allowed(() =>
      payload.create({
        collection: 'guides',
        data: guideData('draft') as never,
        draft: true,
        ...as(actor),
      }),
    ),
  'read a draft': async (actor: Actor) => {
    const guide = await seedGuide('draft')
    const found = await payload.find({
      collection: 'guides',
      where: { id: { equals: guide.id } },
      ...as(actor),
    })
    return found.totalDocs === 1
  },
  'read a published guide': async (actor: Actor) => {
    const guide = await seedGuide('published')
    const found = await payload.find({
      collection: 'guides',
      where: { id: { equals: guide.id } },
      ...as(actor),
    })
    return found.totalDocs === 1
  },
  'save a draft version': async (actor: Actor) => {
    const guide = await seedGuide('published')
    return allowed(() =>
      payload.update({
        collection: 'guides',
        id: guide.id,
        data: { summary: 'Bản nháp mới' },
        draft: true,
        ...as(actor),
      }),
    )
  },
  'update the live document': async (actor: Actor) => {
    const guide = await seedGuide('published')
    return allowed(() =>
      payload.update({
        collection: 'guides',
        id: guide.id,
        data: { summary: 'Sửa trực tiếp' },
        ...as(actor),
      }),
    )
  },
  'publish on create': (actor: Actor) =>
    allowed(() =>
      payload.create({ collection: 'guides', data: guideData('published') as never, ...as(actor) }),
    ),
  'publish a draft': async (actor: Actor) => {
    const guide = await seedGuide('draft')
    return allowed(() =>
      payload.update({
        collection: 'guides',
        id: guide.id,
        data: { _status: 'published' },
        ...as(actor),
      }),
    )
  },
  unpublish: async (actor: Actor) => {
    const guide = await seedGuide('published')
    return allowed(() =>
      payload.update({
        collection: 'guides',
        id: guide.id,
        data: { _status: 'draft' },
        ...as(actor),
      }),
    )
  },
  delete: async (actor: Actor) => {
    const guide = await seedGuide('published')
    return allowed(() => payload.delete({ collection: 'guides', id: guide.id, ...as(actor) }))
  },
} satisfies Record<string, (actor: Actor) => Promise<boolean>>

/** The access matrix this knowledge base promises: who may do what to content. */
const expected: Record<keyof typeof checks, Record<Actor, boolean>> = {
  'create a draft': { anonymous: false, author: true, editor: true, admin: true },
  'read a draft': { anonymous: false, author: true, editor: true, admin: true },
  'read a published guide': { anonymous: true, author: true, editor: true, admin: true },
  'save a draft version': { anonymous: false, author: true, editor: true, admin: true },
  'update the live document': { anonymous: false, author: false, editor: true, admin: true },
  'publish on create': { anonymous: false, author: false, editor: true, admin: true },
  'publish a draft': { anonymous: false, author: false, editor: true, admin: true },
  unpublish: { anonymous: false, author: false, editor: true, admin: true },
  delete: { anonymous: false, author: false, editor: true, admin: true },
}

describe('content access matrix (Local API, access enforced)', () => {
  for (const [name, check] of Object.entries(checks)) {
    for (const actor of ['anonymous', 'author', 'editor', 'admin'] as const) {
      const want = expected[name as keyof typeof checks][actor]
      it(`${actor} ${want ? 'can' : 'cannot'} ${name}`, async () => {
        expect(await check(actor)).toBe(want)
      })
    }
  }

  it('an author’s refused publish leaves the live document untouched', async () => {
    const guide = await seedGuide('published')
    await expect(
      payload.update({
        collection: 'guides',
        id: guide.id,
        data: { title: 'Đổi bởi tác giả' },
        ...as('author'),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const live = await payload.findByID({ collection: 'guides', id: guide.id })
    expect(live.title).toBe(guide.title)
    expect(live._status).toBe('published')
  })

  it('the same rules hold on every content collection', async () => {
    for (const collection of [
      'sectors',
      'topics',
      'glossary-terms',
      'guides',
      'case-studies',
      'curricula',
      'legal-documents',
    ] as const) {
      await expect(
        payload.create({ collection, data: { _status: 'published' } as never, ...as('author') }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.create({ collection, data: {} as never, ...as('anonymous') }),
      ).rejects.toMatchObject({ status: 403 })
      const drafts = await payload.find({
        collection,
        where: { _status: { equals: 'draft' } },
        ...as('anonymous'),
      })
      expect(drafts.totalDocs).toBe(0)
    }
  })
})

describe('user management', () => {
  it('only admins create accounts', async () => {
    const data = {
      email: `moi-${Date.now()}@sxsh.test`,
      password: 'correct horse battery',
      name: 'Mới',
      role: 'author' as const,
    }
    for (const actor of ['anonymous', 'author', 'editor'] as const) {
      expect(await allowed(() => payload.create({ collection: 'users', data, ...as(actor) }))).toBe(
        false,
      )
    }
    expect(await allowed(() => payload.create({ collection: 'users', data, ...as('admin') }))).toBe(
      true,
    )
  })

  it('nobody but an admin changes a role, their own included', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: team.author.id,
      data: { role: 'admin' },
      ...as('author'),
    })
    expect(updated.role).toBe('author')
    const promoted = await payload.update({
      collection: 'users',
      id: team.author.id,
      data: { role: 'editor' },
      ...as('admin'),
    })
    expect(promoted.role).toBe('editor')
    await payload.update({
      collection: 'users',
      id: team.author.id,
      data: { role: 'author' },
      overrideAccess: true,
    })
  })

  it('non-admins see only their own account; only admins delete accounts', async () => {
    const seen = await payload.find({ collection: 'users', ...as('editor') })
    expect(seen.docs.map((user) => user.id)).toEqual([team.editor.id])
    expect(
      await allowed(() =>
        payload.delete({ collection: 'users', id: team.author.id, ...as('editor') }),
      ),
    ).toBe(false)
    expect(
      (await payload.find({ collection: 'users', ...as('admin') })).totalDocs,
    ).toBeGreaterThanOrEqual(3)
  })

  it('locks an account after five wrong passwords', async () => {
    const email = team.editor.email
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(
        payload.login({ collection: 'users', data: { email, password: 'sai mật khẩu' } }),
      ).rejects.toBeTruthy()
    }
    await expect(
      payload.login({ collection: 'users', data: { email, password: 'correct horse battery' } }),
    ).rejects.toMatchObject({
      name: 'LockedAuth',
    })
    await payload.unlock({ collection: 'users', data: { email } as never, overrideAccess: true })
  })
})
