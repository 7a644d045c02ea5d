import type { FieldHook, TextField } from 'payload'

import { rejectIfInvalid } from '../lib/messages'
import { toVietnameseSlug } from '../lib/slug'

type SlugFieldOptions = {
  /** The field the slug is generated from. */
  from?: string
  overrides?: Partial<TextField>
}

/**
 * A unique, URL-safe slug generated from the Vietnamese title (tone marks and đ folded).
 *
 * An editor may type their own; it is folded the same way. A typed slug that is already used
 * is refused with a message; a generated one gets a numeric suffix ("-2") instead, so saving a
 * second article called "Thông báo" just works. The check runs on draft saves too, because
 * Payload skips field validation for drafts.
 *
 * @example
 * fields: [titleField, slugField({ from: 'title' })]
 */
export function slugField({ from = 'title', overrides = {} }: SlugFieldOptions = {}): TextField {
  const assignSlug: FieldHook = async ({ value, siblingData, originalDoc, req, collection }) => {
    const collectionSlug = collection?.slug
    const typed = typeof value === 'string' ? value.trim() : ''
    const keep = !typed && value === undefined && originalDoc?.slug
    if (keep) return originalDoc.slug

    const sourceText = String(siblingData?.[from] ?? originalDoc?.[from] ?? '')
    const base = toVietnameseSlug(typed || sourceText)
    // Autosave creates the draft as soon as the form opens, before anything is typed: no slug
    // yet. One is made once the title exists, and publishing without one is still refused.
    const publishing = (siblingData?._status ?? originalDoc?._status) === 'published'
    if (!base && !typed && !sourceText.trim() && !publishing) return null
    if (!base) {
      rejectIfInvalid(req, collectionSlug ?? '', [
        {
          path: 'slug',
          message: typed
            ? {
                vi: 'Đường dẫn phải có ít nhất một chữ cái hoặc chữ số.',
                en: 'The slug must contain at least one letter or digit.',
              }
            : {
                vi: 'Không tạo được đường dẫn từ tiêu đề (tiêu đề chỉ có ký hiệu hoặc biểu tượng cảm xúc). Hãy nhập đường dẫn.',
                en: 'No slug could be made from the title (it has only symbols or emoji). Please type a slug.',
              },
        },
      ])
    }
    if (!collectionSlug) return base

    const isTaken = async (candidate: string) => {
      const found = await req.payload.find({
        collection: collectionSlug as 'articles',
        where: {
          and: [
            { slug: { equals: candidate } },
            ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: {},
      })
      return found.docs.length > 0
    }

    if (!(await isTaken(base))) return base
    if (typed) {
      rejectIfInvalid(req, collectionSlug, [
        {
          path: 'slug',
          message: {
            vi: `Đường dẫn "${base}" đã được dùng cho một nội dung khác. Hãy chọn đường dẫn khác.`,
            en: `The slug "${base}" is already used by another item. Please choose another.`,
          },
        },
      ])
    }
    for (let n = 2; n < 1000; n++) {
      const candidate = `${base}-${n}`
      if (!(await isTaken(candidate))) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

  return {
    name: 'slug',
    type: 'text',
    label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
    unique: true,
    index: true,
    maxLength: 120,
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Để trống để tạo tự động từ tiêu đề tiếng Việt (bỏ dấu, đ → d).',
        en: 'Leave empty to generate it from the Vietnamese title.',
      },
    },
    hooks: { beforeChange: [assignSlug] },
    ...overrides,
  } as TextField
}
