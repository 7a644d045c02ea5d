/** Whether an event goes ahead: one name per state, in the admin, on pages, cards and .ics. */
export const EVENT_STATUS_OPTIONS = [
  { value: 'scheduled', label: { vi: 'Theo kế hoạch', en: 'Scheduled' } },
  { value: 'postponed', label: { vi: 'Tạm hoãn', en: 'Postponed' } },
  { value: 'cancelled', label: { vi: 'Đã hủy', en: 'Cancelled' } },
] as const
