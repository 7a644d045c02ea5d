/**
 * The newsroom's own rules, refused with their reason: who may publish, unpublish, change roles
 * and outlets; passwords; review states; events, corrections, videos and slugs that make no sense.
 */
import type { BadInputContext, CaseFile } from './cases'

const LIVE_SLUG = 'tin-da-xuat-ban-cua-co-quan-a'

const article = (ctx: BadInputContext, data: Record<string, unknown> = {}) => ({
  title: 'Tin thử nghiệm của cộng tác viên',
  outlet: ctx.newsroom.outletA,
  ...data,
})

const event = (data: Record<string, unknown>) => ({
  title: 'Ngày hội khởi nghiệp Hải Phòng',
  startsAt: '2026-12-10T08:00:00.000Z',
  endsAt: '2026-12-10T11:00:00.000Z',
  ...data,
})

const notAllowed = { vi: /không có quyền xuất bản/, en: /may not publish/ }
/** Payload's own answer when access denies outright: the item is out of the account's reach. */
const payloadForbidden = { vi: /không có quyền thực hiện/, en: /not allowed to perform/ }

export const { cases, setup }: CaseFile = {
  setup: async ({ payload, newsroom }) => {
    const live = await payload.create({
      collection: 'articles',
      data: {
        title: 'Tin đã xuất bản của cơ quan A',
        slug: LIVE_SLUG,
        outlet: newsroom.outletA,
        _status: 'published',
        authors: [newsroom.chief.user.id],
      },
      user: newsroom.chief.user,
      overrideAccess: false,
    })
    return { liveArticle: live.id }
  },
  cases: [
    {
      name: 'a contributor publishes an article',
      as: 'contributor',
      send: (ctx) => ({
        method: 'POST',
        path: '/api/articles',
        body: article(ctx, { _status: 'published' }),
      }),
      status: 403,
      says: notAllowed,
    },
    {
      name: 'a contributor edits a live article directly',
      as: 'contributor',
      send: (ctx) => ({
        method: 'PATCH',
        path: `/api/articles/${ctx.fixtures.liveArticle}`,
        body: { title: 'Sửa thẳng bài đang xuất bản' },
      }),
      status: 403,
      says: payloadForbidden,
    },
    {
      name: 'a contributor writes for another outlet',
      as: 'contributor',
      send: (ctx) => ({
        method: 'POST',
        path: '/api/articles?draft=true',
        body: article(ctx, { outlet: ctx.newsroom.outletB }),
      }),
      status: 403,
      says: { vi: /cơ quan mình/, en: /your own outlet/ },
    },
    {
      name: 'a contributor makes themself an administrator',
      as: 'contributor',
      send: (ctx) => ({
        method: 'PATCH',
        path: `/api/users/${ctx.newsroom.contributor.user.id}`,
        body: { role: 'admin' },
      }),
      status: 403,
      says: {
        vi: /Chỉ Quản trị mới được thay đổi vai trò/,
        en: /Only administrators can change roles/,
      },
    },
    {
      name: 'a contributor moves themself to another outlet',
      as: 'contributor',
      send: (ctx) => ({
        method: 'PATCH',
        path: `/api/users/${ctx.newsroom.contributor.user.id}`,
        body: { outlet: ctx.newsroom.outletB },
      }),
      status: 403,
      says: { vi: /đổi cơ quan/, en: /change an account's outlet/ },
    },
    {
      name: "an editor changes a contributor's role",
      as: 'editor',
      send: (ctx) => ({
        method: 'PATCH',
        path: `/api/users/${ctx.newsroom.contributor.user.id}`,
        body: { role: 'editor' },
      }),
      status: 403,
      says: { vi: /Chỉ Quản trị/, en: /Only administrators/ },
    },
    {
      name: 'an administrator changes their own role',
      as: 'admin',
      send: (ctx) => ({
        method: 'PATCH',
        path: `/api/users/${ctx.newsroom.admin.user.id}`,
        body: { role: 'contributor' },
      }),
      status: 403,
      says: { vi: /tự thay đổi vai trò/, en: /your own role/ },
    },
    {
      name: 'an account with an 8-character password',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/users',
        body: {
          email: 'ngan@hub.example',
          name: 'Mật khẩu ngắn',
          role: 'contributor',
          password: 'abc12345',
        },
      },
      status: 400,
      field: 'password',
      says: { vi: /ít nhất 12 ký tự/, en: /at least 12 characters/ },
    },
    {
      name: 'a password of 300 characters',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/users',
        body: {
          email: 'dai@hub.example',
          name: 'Mật khẩu dài',
          role: 'contributor',
          password: 'x'.repeat(300),
        },
      },
      status: 400,
      field: 'password',
      says: { vi: /dài quá 256/, en: /longer than 256/ },
    },
    {
      name: 'nobody signed in writes an article',
      as: 'anonymous',
      send: (ctx) => ({ method: 'POST', path: '/api/articles', body: article(ctx) }),
      status: 403,
      says: payloadForbidden,
    },
    {
      name: 'a contributor deletes a live article',
      as: 'contributor',
      send: (ctx) => ({ method: 'DELETE', path: `/api/articles/${ctx.fixtures.liveArticle}` }),
      status: 403,
      says: payloadForbidden,
    },
    {
      name: 'an unknown review state',
      as: 'editor',
      send: (ctx) => ({
        method: 'POST',
        path: '/api/articles?draft=true',
        body: article(ctx, { workflowStatus: 'bogus' }),
      }),
      status: 400,
      field: 'workflowStatus',
      says: { vi: /không hợp lệ/, en: /invalid|Unknown review state/ },
    },
    {
      name: 'an event that ends before it starts',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/events',
        body: event({ endsAt: '2026-12-09T08:00:00.000Z', venue: { name: 'Nhà văn hóa' } }),
      },
      status: 400,
      field: 'endsAt',
      says: { vi: /kết thúc không thể trước/, en: /end time cannot be before/ },
    },
    {
      name: 'registration closing after the event ends',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/events',
        body: event({
          registrationDeadline: '2026-12-11T08:00:00.000Z',
          venue: { name: 'Nhà văn hóa' },
        }),
      },
      status: 400,
      field: 'registrationDeadline',
      says: { vi: /Hạn đăng ký/, en: /registration deadline/ },
    },
    {
      name: 'an event published with neither a venue nor an online link',
      as: 'chief',
      send: { method: 'POST', path: '/api/events', body: event({ _status: 'published' }) },
      status: 400,
      field: 'venue.name',
      says: { vi: /địa điểm hoặc liên kết trực tuyến/, en: /venue or an online link/ },
    },
    {
      name: 'an event registration link that is not a web address',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/events',
        body: event({ registrationUrl: 'javascript:alert(1)', venue: { name: 'Nhà văn hóa' } }),
      },
      status: 400,
      field: 'registrationUrl',
      says: { vi: /https:\/\//, en: /https:\/\// },
    },
    {
      name: 'a correction dated in the future',
      as: 'chief',
      send: (ctx) => ({
        method: 'PATCH',
        path: `/api/articles/${ctx.fixtures.liveArticle}`,
        body: { corrections: [{ date: '2099-01-01T00:00:00.000Z', note: 'Sửa tên nhân vật.' }] },
      }),
      status: 400,
      says: { vi: /Ngày đính chính không thể ở tương lai/, en: /future/ },
    },
    {
      name: 'a video feature with a link that is not YouTube',
      as: 'chief',
      send: (ctx) => ({
        method: 'POST',
        path: '/api/features?draft=true',
        body: {
          title: 'Phóng sự thử',
          format: 'tv',
          outlet: ctx.newsroom.outletA,
          youtubeUrl: 'https://evil.example/watch?v=abc',
        },
      }),
      status: 400,
      field: 'youtubeUrl',
      says: { vi: /Liên kết YouTube không hợp lệ/, en: /YouTube/ },
    },
    {
      name: 'a slug another article already has',
      as: 'chief',
      send: (ctx) => ({
        method: 'POST',
        path: '/api/articles?draft=true',
        body: article(ctx, { slug: LIVE_SLUG }),
      }),
      status: 400,
      field: 'slug',
      says: { vi: /đã được dùng/, en: /already/ },
    },
  ],
}
