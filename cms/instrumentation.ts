/**
 * Next.js calls `register` once when the server starts. The CMS uses it to start Payload's job
 * queue (scheduled publish/unpublish) in the server process right away.
 */
export async function register(): Promise<void> {
  if (
    process.env.NEXT_RUNTIME !== 'nodejs' ||
    process.env.NEXT_PHASE === 'phase-production-build'
  ) {
    return
  }
  const { startScheduler } = await import('./jobs/startScheduler')
  await startScheduler()
}
