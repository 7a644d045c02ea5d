import type { CollectionBeforeChangeHook } from 'payload'

import { titleIfReadable } from '../../lib/clashes'
import { consentFlags, type ConsentRecord } from '../../lib/consent'
import { rejectIfInvalid, type FieldProblem } from '../../lib/messages'

type Founder = { consent?: ConsentRecord | null } & Record<string, unknown>

/**
 * Every save of a startup, drafts too: each founder's public flags follow their consent record
 * (so a withdrawal hides the name and contact at once), and one registration number belongs to
 * one profile — refused with the profile that has it, named if the editor may read it.
 */
export const checkStartup: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (Array.isArray(data.founders)) {
    data.founders = (data.founders as Founder[]).map((founder) => ({
      ...founder,
      ...consentFlags(founder.consent),
    }))
  }

  const problems: FieldProblem[] = []
  const number =
    data.registrationNumber !== undefined
      ? data.registrationNumber
      : originalDoc?.registrationNumber
  if (typeof number === 'string' && number !== '') {
    // As the system: a number is taken whoever may see the profile that has it.
    const { docs } = await req.payload.find({
      collection: 'startups',
      where: {
        and: [
          { registrationNumber: { equals: number } },
          ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      draft: true,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { name: true },
    })
    const clash = docs[0]
    if (clash) {
      const name = await titleIfReadable(req, 'startups', clash.id, clash.name)
      problems.push({
        path: 'registrationNumber',
        message: {
          vi: `Mã số doanh nghiệp ${number} đã có trong danh bạ${name}. Mỗi doanh nghiệp chỉ có một hồ sơ.`,
          en: `The registration number ${number} is already in the directory${name}. One profile per enterprise.`,
        },
      })
    }
  }
  rejectIfInvalid(req, 'startups', problems)
  return data
}
