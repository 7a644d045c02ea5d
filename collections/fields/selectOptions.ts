import type { LabelledOptions } from '../vocabulary/labels'

/**
 * A vocabulary list as a select field's options: Payload wants mutable copies, not the
 * vocabulary's read-only constants.
 *
 * @example
 * selectOptions(EVENT_STATUS_OPTIONS) // [{ value: 'scheduled', label: { vi: 'Theo kế hoạch', en: 'Scheduled' } }, …]
 */
export const selectOptions = <V extends string>(list: LabelledOptions<V>) =>
  list.map(({ value, label }) => ({ value, label: { ...label } }))
