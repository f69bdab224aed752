import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSector } from './helpers/documents'
import { startTestPayload, type TestPayload } from './helpers/payload'
import { createTeam } from './helpers/users'

/**
 * The public APIs exactly as the admin serves them: the Next route handlers of
 * cms/app/(payload)/api, called with real Request objects (no Next server needed).
 */
let t: TestPayload
let rest: (
  method: string,
  path: string,
  init?: { body?: unknown; token?: string },
) => Promise<Response>
let graphql: (
  query: string,
  token?: string,
) => Promise<{ data?: Record<string, { docs: { title: string }[] }>; errors?: unknown[] }>
let editorToken: string
let authorToken: string

beforeAll(async () => {
  t = await startTestPayload()
  const { default: config } = await import('../cms/payload.config')
  const routes = await import('@payloadcms/next/routes')
  const handlers = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
  }
  const graphqlPost = routes.GRAPHQL_POST(config)
  const headers = (token?: string): Record<string, string> => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
  })
  rest = (method, path, init = {}) => {
    const url = new URL(`http://localhost/api${path}`)
    const request = new Request(url, {
      method,
      headers: headers(init.token),
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return handlers[method as keyof typeof handlers](request, { params: Promise.resolve({ slug }) })
  }
  graphql = async (query, token) => {
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: headers(token),
      body: JSON.stringify({ query }),
    })
    return (await graphqlPost(request)).json()
  }

  const team = await createTeam(t.payload)
  const login = async (email: string) =>
    (
      await t.payload.login({
        collection: 'users',
        data: { email, password: 'correct horse battery' },
      })
    ).token!
  editorToken = await login(team.editor.email)
  authorToken = await login(team.author.email)
  const sector = await createSector(t.payload)
  await t.payload.create({
    collection: 'guides',
    data: { title: 'Hướng dẫn đã xuất bản', sectors: [sector.id], _status: 'published' } as never,
  })
  await t.payload.create({
    collection: 'guides',
    data: { title: 'Hướng dẫn còn nháp', sectors: [sector.id], _status: 'draft' } as never,
    draft: true,
  })
})
afterAll(async () => t?.close())

describe('REST', () => {
  it('anonymous reads return published documents only', async () => {
    const response = await rest('GET', '/guides?draft=true')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { title: string }[] }
    expect(body.docs.map((doc) => doc.title)).toEqual(['Hướng dẫn đã xuất bản'])
  })

  it('staff read drafts', async () => {
    const body = (await (
      await rest('GET', '/guides?draft=true', { token: editorToken })
    ).json()) as { totalDocs: number }
    expect(body.totalDocs).toBe(2)
  })

  it('anonymous writes are refused', async () => {
    expect((await rest('POST', '/guides', { body: { title: 'Viết nặc danh' } })).status).toBe(403)
    const count = await t.payload.count({ collection: 'guides' })
    expect(count.totalDocs).toBe(2)
  })

  it('an author’s publish is refused, their draft is accepted', async () => {
    const publish = await rest('POST', '/guides', {
      token: authorToken,
      body: { title: 'Tác giả xuất bản', _status: 'published' },
    })
    expect(publish.status).toBe(403)
    const draft = await rest('POST', '/guides?draft=true', {
      token: authorToken,
      body: { title: 'Tác giả viết nháp' },
    })
    expect(draft.status).toBe(201)
  })

  it('an invalid document is refused with the field named, and nothing is stored', async () => {
    const before = (await t.payload.count({ collection: 'legal-documents' })).totalDocs
    const response = await rest('POST', '/legal-documents', {
      token: editorToken,
      body: {
        number: '01/2020/TT-BCT',
        title: 'Thông tư',
        type: 'thong-tu',
        issuingBody: 'Bộ Công Thương',
        issueDate: '2020-05-01',
        expiryDate: '2019-01-01',
      },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data: { errors: { path: string }[] } }[] }
    expect(body.errors[0]?.data.errors.map((error) => error.path)).toContain('expiryDate')
    expect((await t.payload.count({ collection: 'legal-documents' })).totalDocs).toBe(before)
  })
})

describe('GraphQL', () => {
  it('anonymous queries return published documents only', async () => {
    const result = await graphql('{ Guides(draft: true) { docs { title } } }')
    expect(result.errors).toBeUndefined()
    expect(result.data?.Guides?.docs.map((doc) => doc.title)).toEqual(['Hướng dẫn đã xuất bản'])
  })

  it('signed-in staff see drafts too', async () => {
    const result = await graphql('{ Guides(draft: true) { docs { title } } }', editorToken)
    expect(result.data?.Guides?.docs).toHaveLength(3)
  })

  it('anonymous mutations are refused', async () => {
    const result = await graphql('mutation { createGuide(data: { title: "Nặc danh" }) { id } }')
    expect(result.errors).toBeDefined()
    expect(
      (await t.payload.count({ collection: 'guides', where: { title: { equals: 'Nặc danh' } } }))
        .totalDocs,
    ).toBe(0)
  })
})
