/** A closed list of values, each with its name in both languages (Payload's select options). */
export type LabelledOptions<V extends string> = ReadonlyArray<{
  readonly value: V
  readonly label: { readonly vi: string; readonly en: string }
}>

/**
 * The names of a list's values in one language, by value.
 *
 * @example
 * labelsIn(EVENT_STATUS_OPTIONS, 'vi').postponed // 'Tạm hoãn'
 */
export function labelsIn<V extends string>(
  options: LabelledOptions<V>,
  lang: 'vi' | 'en',
): Record<V, string> {
  return Object.fromEntries(options.map((o) => [o.value, o.label[lang]])) as Record<V, string>
}
