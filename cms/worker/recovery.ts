import { randomBytes } from 'node:crypto'

import type { Payload, TaskConfig } from 'payload'

export type RecoveredJob = {
  id: number | string
  task: string
  /** `requeued`: it runs again; `failed`: no tries were left. */
  outcome: 'requeued' | 'failed'
}

/**
 * Sets right the jobs a dead leader left `processing`: Payload 3.90 marks a job processing
 * when a worker picks it up and never looks at it again if that worker dies (no lease,
 * payloadcms/payload#17645), so it would wait forever. Called by a worker that has just become
 * the leader, before it runs any queue: then nobody else runs jobs, and every job still marked
 * processing in its queues was interrupted.
 *
 * The interruption counts as a try, logged on the job as a failed attempt ("interrupted"), and
 * the job runs again while it has tries left as Payload counts them (1 + the task's, or the
 * workflow's, `retries`) — and at least once more: dying with its worker is no fault of the job.
 * A job interrupted again with nothing left (it may be what brings the worker down) is failed.
 *
 * @example
 * await recoverInterruptedJobs(payload, { queues: ['default', 'site'] })
 * // [{ id: 41, task: 'schedulePublish', outcome: 'requeued' }]
 */
export async function recoverInterruptedJobs(
  payload: Payload,
  { queues, now = new Date() }: { queues: string[]; now?: Date },
): Promise<RecoveredJob[]> {
  if (queues.length === 0) return []
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { queue: { in: queues } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const recovered: RecoveredJob[] = []
  // `workflowSlug` is typed only when the config has workflows (the hub has none yet).
  for (const job of docs as ((typeof docs)[number] & { workflowSlug?: string | null })[]) {
    const task = job.taskSlug ?? job.workflowSlug ?? '?'
    const tried = job.totalTried ?? 0
    const runsAgain = tried < Math.max(1, allowedRetries(payload, job))
    const error = {
      name: 'Interrupted',
      message: `Interrupted: the worker running it stopped (try ${tried + 1}).${
        runsAgain ? '' : ' No tries left.'
      }`,
    }
    // Payload's own way to change a job (what its runner does, adapter-independent): a task
    // log entry counts in the task's tries as Payload counts them.
    await payload.db.updateJobs({
      id: job.id,
      data: {
        processing: false,
        totalTried: tried + 1,
        updatedAt: now.toISOString(),
        ...(runsAgain ? {} : { hasError: true, error }),
        ...(job.taskSlug
          ? {
              log: {
                $push: {
                  id: randomBytes(12).toString('hex'),
                  executedAt: job.updatedAt,
                  completedAt: now.toISOString(),
                  taskSlug: job.taskSlug,
                  // A job of one task runs it as task "1" (Payload's runJobs).
                  taskID: '1',
                  input: job.input,
                  output: {},
                  state: 'failed',
                  error,
                },
              },
            }
          : {}),
      } as never,
      req: {},
      returning: false,
    })
    recovered.push({ id: job.id, task, outcome: runsAgain ? 'requeued' : 'failed' })
  }
  return recovered
}

/** A job's retries as Payload reads them: its task's, else its workflow's, else none. */
function allowedRetries(
  payload: Payload,
  job: { taskSlug?: string | null; workflowSlug?: string | null },
): number {
  const { tasks = [], workflows = [] } = payload.config.jobs
  const config = job.taskSlug
    ? tasks.find((t) => t.slug === job.taskSlug)
    : workflows.find((w) => w.slug === job.workflowSlug)
  return attempts(config?.retries)
}

function attempts(retries: TaskConfig['retries']): number {
  if (typeof retries === 'number') return retries
  return retries?.attempts ?? 0
}
