import type { CollectionBeforeChangeHook } from 'payload'

import { cleanDocumentNumber, comparisonKey } from '../../lib/documentNumber'
import { rejectIfInvalid, type FieldProblem } from '../../lib/messages'
import { isComputedMetric, METRIC_UNIT, TARGET_UNIT_OPTIONS } from '../../vocabulary/programmes'

type ManualFigure = { sourceNotice?: unknown; sourceText?: unknown }
type Target = {
  key?: unknown
  label?: unknown
  measure?: unknown
  unit?: unknown
  manualFigures?: ManualFigure[] | null
}
type FinalResult = { targetKey?: unknown }

const unitLabel = (unit: string) => TARGET_UNIT_OPTIONS.find((u) => u.value === unit)?.label

/**
 * Every save of a programme, drafts too: its code stored cleaned and used once (281/KH–UBND and
 * 281/kh-ubnd are one code), one current programme at a time (what the tracker shows), each
 * target key once, a computed measure counted in its own unit, every hand-entered figure with
 * its source, and final results only for the programme's own targets.
 */
export const checkProgramme: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const problems: FieldProblem[] = []
  if (typeof data.code === 'string') data.code = cleanDocumentNumber(data.code)
  const code = typeof merged.code === 'string' ? cleanDocumentNumber(merged.code) : ''

  // As the system: a code or the "current" mark is taken whoever may see the programme.
  const { docs: others } = await req.payload.find({
    collection: 'programmes',
    where: originalDoc?.id !== undefined ? { id: { not_equals: originalDoc.id } } : {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { code: true, status: true },
  })
  if (code && others.some((other) => comparisonKey(other.code ?? '') === comparisonKey(code))) {
    problems.push({
      path: 'code',
      message: {
        vi: `Đã có chương trình với số hiệu ${code}.`,
        en: `There is already a programme numbered ${code}.`,
      },
    })
  }
  const current = others.find((other) => other.status === 'current')
  if (merged.status === 'current' && current) {
    problems.push({
      path: 'status',
      message: {
        vi: `${current.code} đang là chương trình đang thực hiện. Chuyển nó sang "Đã kết thúc" trước, rồi lưu chương trình này.`,
        en: `${current.code} is the current programme. Mark it "Finished" first, then save this one.`,
      },
    })
  }

  const targets = (Array.isArray(merged.targets) ? merged.targets : []) as Target[]
  const keys = new Set<string>()
  targets.forEach((target, index) => {
    const at = `targets.${index}`
    if (typeof target.key === 'string' && target.key) {
      if (keys.has(target.key)) {
        problems.push({
          path: `${at}.key`,
          message: {
            vi: `Mã chỉ tiêu "${target.key}" đã dùng cho một chỉ tiêu khác của chương trình.`,
            en: `The key "${target.key}" is used by another target of this programme.`,
          },
        })
      }
      keys.add(target.key)
    }
    if (
      isComputedMetric(target.measure) &&
      target.unit &&
      target.unit !== METRIC_UNIT[target.measure]
    ) {
      const unit = unitLabel(METRIC_UNIT[target.measure])!
      problems.push({
        path: `${at}.unit`,
        message: {
          vi: `Số liệu tính từ danh bạ cho chỉ tiêu này có đơn vị "${unit.vi}": chọn đơn vị đó, hoặc chọn "Nhập tay".`,
          en: `The figure computed for this target is in "${unit.en}": choose that unit, or "Entered by hand".`,
        },
      })
    }
    if (target.measure !== 'manual') return
    ;(target.manualFigures ?? []).forEach((figure, row) => {
      const text = typeof figure.sourceText === 'string' ? figure.sourceText.trim() : ''
      if (!figure.sourceNotice && !text) {
        problems.push({
          path: `${at}.manualFigures.${row}.sourceText`,
          message: {
            vi: 'Ghi văn bản nguồn của số liệu: chọn văn bản trên Cổng hoặc ghi tên, số hiệu văn bản.',
            en: 'Give the figure’s source: pick a notice on the portal or type the document’s name and number.',
          },
        })
      }
    })
  })

  const results = (Array.isArray(merged.finalResults) ? merged.finalResults : []) as FinalResult[]
  results.forEach((result, index) => {
    if (typeof result.targetKey === 'string' && result.targetKey && !keys.has(result.targetKey)) {
      problems.push({
        path: `finalResults.${index}.targetKey`,
        message: {
          vi: `Chương trình không có chỉ tiêu mã "${result.targetKey}".`,
          en: `The programme has no target with the key "${result.targetKey}".`,
        },
      })
    }
  })
  rejectIfInvalid(req, 'programmes', problems)
  return data
}
