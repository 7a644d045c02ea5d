import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { Articles } from '@collections/Articles'
import { ConsultationComments } from '@collections/ConsultationComments'
import { Documents } from '@collections/Documents'
import { Events } from '@collections/Events'
import { Features } from '@collections/Features'
import { Media } from '@collections/Media'
import { Outlets } from '@collections/Outlets'
import { PageViews } from '@collections/PageViews'
import { People } from '@collections/People'
import { PolicyNotices } from '@collections/PolicyNotices'
import { Programmes } from '@collections/Programmes'
import { PrivacyRequests } from '@collections/PrivacyRequests'
import { Questions } from '@collections/Questions'
import { Startups } from '@collections/Startups'
import { SupportOrganizations } from '@collections/SupportOrganizations'
import { Topics } from '@collections/Topics'
import { Users } from '@collections/Users'
import { WorkflowEvents } from '@collections/WorkflowEvents'
import { PortalLinks } from '@collections/globals/PortalLinks'
import { Programme } from '@collections/globals/Programme'
import { PublicInformation } from '@collections/globals/PublicInformation'
import { StartupProcedures } from '@collections/globals/StartupProcedures'
import { MAX_UPLOAD_BYTES } from '@collections/lib/uploads'
import { databaseAdapter } from './database'
import { smtpEmail } from './email'
import { publicReadCache } from './api/publicReadCache'
import { boundedGraphQLPaging, boundedReads } from './api/readLimits'
import { jobsConfig } from './jobs/config'
import { sitePublishing } from './publish/plugin'
import { requireSecret } from './secrets'
import { allowedOrigins } from './security/origins'
import { authProtection } from './security/plugin'

const cmsDir = path.resolve(process.cwd(), 'cms')

/**
 * The hub's configuration before Payload sanitises it: also what the migration tools build
 * with each SQL adapter in turn (cms/migrationSchema.ts).
 */
export const hubConfig = {
  secret: requireSecret('PAYLOAD_SECRET'),
  serverURL: process.env.CMS_URL || '',
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Cổng khởi nghiệp Hải Phòng' },
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app/(payload)/admin/importMap.js'),
    },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Not Gravatar: it would send a hash of every editor's e-mail to a third party.
    avatar: 'default',
    components: {
      beforeDashboard: [
        '/components/SiteStatusCard#SiteStatusCard',
        '/components/ReviewQueue#ReviewQueue',
      ],
      afterDashboard: ['/components/MostRead#MostRead'],
    },
  },
  collections: [
    Articles,
    Features,
    PolicyNotices,
    Events,
    Startups,
    People,
    SupportOrganizations,
    Programmes,
    Media,
    Documents,
    Topics,
    Outlets,
    Users,
    WorkflowEvents,
    PageViews,
    Questions,
    ConsultationComments,
    PrivacyRequests,
  ],
  globals: [Programme, PortalLinks, PublicInformation, StartupProcedures],
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: { vi: { general: { preview: 'Xem trước' } } },
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  // SMTP from the environment (answers to the public's questions); none: Payload logs e-mails.
  email: smtpEmail(),
  sharp,
  // Session cookies count only from the CMS's own origin(s).
  csrf: allowedOrigins(),
  // Multipart uploads beyond the largest allowed file are refused (413), never truncated;
  // per-type limits are checked by collections/hooks/checkUpload.
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    requestSizeLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
    abortOnLimit: true,
    responseOnLimit: 'Tệp quá lớn so với giới hạn tải lên. / The file exceeds the upload limit.',
  },
  jobs: jobsConfig,
  // Sign-in limits and the session cookie on users (cms/security/plugin.ts); every public change
  // queues an incremental, atomic rebuild of the portal (cms/publish).
  // …and empties the cache of anonymous REST reads (cms/api/publicReadCache.ts). API answers are
  // bounded: at most 100 items and depth 3 (cms/api/readLimits.ts).
  plugins: [authProtection(), sitePublishing(), publicReadCache(), boundedReads()],
  graphQL: {
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: 500,
    validationRules: (args) => [boundedGraphQLPaging(args)],
  },
  typescript: {
    outputFile: path.resolve(process.cwd(), 'collections/payload-types.ts'),
    // Not on every start: outside production each Payload start would spawn a second Node
    // process that compiles this configuration and rewrites the committed file (every test
    // suite, every publish worker). `npm run generate:types` after a schema change;
    // test/cms/migrations.test.ts fails when the committed types are stale.
    autoGenerate: false,
  },
  telemetry: false,
} satisfies Config

export default buildConfig(hubConfig)
