import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { CaseStudies } from './collections/CaseStudies'
import { Curricula } from './collections/Curricula'
import { Files } from './collections/Files'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { Guides } from './collections/Guides'
import { LegalDocuments } from './collections/LegalDocuments'
import { Media } from './collections/Media'
import { SeedRecords } from './collections/SeedRecords'
import { SiteBuilds } from './collections/SiteBuilds'
import { Sectors } from './collections/Sectors'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { createDatabaseAdapter } from './database-adapter'
import { knowledgeEditor } from './fields/rich-text'
import { migrateOnInit } from './hooks/migrate-on-init'
import { resolveDatabaseTarget } from './lib/database'
import { MB } from './lib/uploads'
import { resolvePayloadSecret } from './lib/secret'
import { checkOrExit } from './lib/startup-error'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Both are checked before anything connects: a wrong DATABASE_URI or a missing production secret
// stops the process with one clear line instead of a stack trace from deep inside a driver.
const database = checkOrExit(() => resolveDatabaseTarget(process.env.DATABASE_URI))
const secret = checkOrExit(() => resolvePayloadSecret())

export default buildConfig({
  secret,
  serverURL: process.env.CMS_URL ?? '',
  db: await createDatabaseAdapter(database),
  sharp,
  editor: knowledgeEditor,

  collections: [
    // Content
    Guides,
    CaseStudies,
    Curricula,
    LegalDocuments,
    // Taxonomy
    Sectors,
    Topics,
    GlossaryTerms,
    // Library
    Media,
    Files,
    // Administration
    Users,
    SiteBuilds,
    SeedRecords,
  ],

  jobs: {
    // Scheduled publishing and unpublishing (versions.drafts.schedulePublish) queue jobs here. The
    // CMS run by `npm start` works them off (SXSH_RUN_JOBS); scripts and tests never do.
    autoRun: [{ cron: process.env.JOBS_CRON ?? '* * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: () => process.env.SXSH_RUN_JOBS === '1',
  },

  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },

  admin: {
    user: Users.slug,
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'app', '(payload)', 'admin', 'importMap.js'),
    },
    meta: { titleSuffix: ' – SXSH Knowledge Base' },
    // Gravatar would be fetched from the internet; the Department's network may not reach it.
    avatar: 'default',
  },
  // Hard ceiling for any request body; each upload collection sets its own, smaller limit.
  upload: { limits: { fileSize: 60 * MB } },
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  onInit: migrateOnInit,
  // Quieter in tests and scripts that set it (e.g. PAYLOAD_LOG_LEVEL=warn); info by default.
  logger: {
    options: { level: process.env.PAYLOAD_LOG_LEVEL ?? 'info' },
    destination: defaultLoggerOptions, // Payload's readable (pino-pretty) output
  },
})
