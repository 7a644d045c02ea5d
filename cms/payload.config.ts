import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from '../collections/Articles'
import { Documents } from '../collections/Documents'
import { Events } from '../collections/Events'
import { Features } from '../collections/Features'
import { Media } from '../collections/Media'
import { Outlets } from '../collections/Outlets'
import { PolicyNotices } from '../collections/PolicyNotices'
import { Topics } from '../collections/Topics'
import { Users } from '../collections/Users'
import { databaseAdapter } from './database'
import { requireSecret } from './secrets'

const cmsDir = path.resolve(process.cwd(), 'cms')

export default buildConfig({
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
  },
  collections: [
    Articles,
    Features,
    PolicyNotices,
    Events,
    Media,
    Documents,
    Topics,
    Outlets,
    Users,
  ],
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
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 500,
  },
  typescript: {
    outputFile: path.join(cmsDir, 'payload-types.ts'),
  },
  telemetry: false,
})
