import { PERSON_ROLE_OPTIONS } from './directory'
import type { TargetUnit } from './programmes'

/**
 * What only the programme tracker needs beside the programmes' lists (`programmes.ts`: the
 * measures, units and each computed metric's unit; `directory.ts`: which organisations count as
 * centres and clubs): how a figure is compared with its target, who is in the network, and how
 * a target stands.
 */

/**
 * How a figure is held against the straight path to its target: a count grows from zero at
 * the period's start to the target at the deadline (`cumulative`); a share is held against the
 * target itself all along (`level`).
 */
export const progressOf = (unit: TargetUnit | null | undefined): 'cumulative' | 'level' =>
  unit === 'percent' ? 'level' : 'cumulative'

/** The roles that make a person part of the network the `networkPeople` figure counts. */
export const NETWORK_ROLES: readonly string[] = PERSON_ROLE_OPTIONS.map((o) => o.value)

/**
 * How a target stands on the day the tracker is computed: reached; not yet, but at or above the
 * straight path from zero at the period's start to the target at its deadline (`on-track`) or
 * below it (`behind`); not reached by its deadline (`missed`); or no figure or no target to
 * compare (`unknown`, e.g. a share of no projects).
 */
export const TARGET_STATUS_OPTIONS = [
  { value: 'reached', label: { vi: 'Đã đạt', en: 'Reached' } },
  { value: 'on-track', label: { vi: 'Đúng tiến độ', en: 'On track' } },
  { value: 'behind', label: { vi: 'Chậm so với tiến độ', en: 'Behind schedule' } },
  { value: 'missed', label: { vi: 'Không đạt', en: 'Not reached' } },
  { value: 'unknown', label: { vi: 'Chưa có số liệu', en: 'No figure yet' } },
] as const

export type TargetStatus = (typeof TARGET_STATUS_OPTIONS)[number]['value']
