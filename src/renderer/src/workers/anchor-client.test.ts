// The anchoring worker's client and handler together (the handler runs in this
// process behind a Worker-like fake that clones and delivers asynchronously).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { describeRange } from '@shared/anchoring'
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { AnnotationId, DocumentId, CaseId } from '@shared/domain/ids'
import { toW3CCollection } from '@shared/export/w3c'
import type { TargetDocument } from '@shared/import/import-targets'
import { InProcessAnchorWorker } from '../../../../tests/fakes/in-process-anchor-worker'
import { createAnchorClient } from './anchor-client'

const story = JSON.parse(
  readFileSync(new URL('../../../../tests/fixtures/anchoring/renamed-people.json', import.meta.url), 'utf8'),
) as { a: string[]; b: string[] }
const doc = (id: string, text: string): TargetDocument & { caseId: CaseId } => ({
  caseId: 'case-1' as CaseId,
  id: id as DocumentId,
  title: id,
  text,
  textHash: createHash('sha256').update(text).digest('hex'),
})
const versionA = doc('version A', story.a.join('\n'))
const versionB = doc('version B', story.b.join('\n'))

/** `count` annotations on version A, cycling over a few quotes. */
function fileText(count: number): string {
  const quotes = ['Saeed Jalili', 'Mikhail Bogdanov', 'Walid Muallem', 'until the end']
  const annotations: AnnotationRecord[] = Array.from({ length: count }, (_, i) => {
    const quote = quotes[i % quotes.length]!
    const start = versionA.text.indexOf(quote)
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as AnnotationId,
      documentId: versionA.id,
      caseId: 'case-1' as CaseId,
      selectors: describeRange(versionA.text, start, start + quote.length),
      note: `note ${i}`,
      tags: [],
      created: '2024-12-08T09:00:00.000Z',
      modified: '2024-12-08T09:00:00.000Z',
    }
  })
  return JSON.stringify(toW3CCollection({ ...versionA, title: 'A' }, annotations))
}
const now = '2024-12-09T12:00:00.000Z'

describe('anchoring worker client', () => {
  it('reads a file and ranks the documents it could go onto', async () => {
    const client = createAnchorClient(new InProcessAnchorWorker())
    const result = await client.readAndRank(fileText(8), [versionB, versionA])
    expect(result).toMatchObject({
      ok: true,
      file: { format: 'w3c', label: 'A', annotations: 8, unreadable: [] },
      fits: [
        { documentId: 'version A', label: 'Same text · 8 of 8 quotes found' },
        { documentId: 'version B', label: '4 of 8 quotes found' },
      ],
    })
    expect(await client.readAndRank('not json', [versionA])).toMatchObject({ ok: false })
  })

  it('plans an import with progress, and the plan survives the trip back', async () => {
    const client = createAnchorClient(new InProcessAnchorWorker())
    const progress: Array<[number, number]> = []
    const result = await client.plan(
      { fileText: fileText(250), target: versionB, existing: [], takenIds: [], now },
      { onProgress: (done, total) => progress.push([done, total]) },
    )
    if (!result.ok) throw new Error(result.error)
    expect(progress).toEqual([
      [100, 250],
      [200, 250],
    ])
    // 250 records, four distinct passages, each with its own note: nothing is a duplicate.
    expect(result.plan.counts).toMatchObject({ changed: 63, moved: 125, review: 62 })
    expect(result.plan.writes).toHaveLength(250)
    expect(result.plan.writes[0]!.documentId).toBe('version B')
  })

  it('sends a large plan back in parts and puts it together', async () => {
    const worker = new InProcessAnchorWorker()
    const client = createAnchorClient(worker)
    const result = await client.plan({
      fileText: fileText(1100),
      target: versionB,
      existing: [],
      takenIds: [],
      now,
    })
    if (!result.ok) throw new Error(result.error)
    const parts = worker.posted.flatMap((m) => (m.type === 'plan-part' ? [m.items.length] : []))
    expect(parts).toEqual([500, 500, 100])
    expect(result.plan.items.map((i) => i.record)).toEqual(Array.from({ length: 1100 }, (_, i) => i + 1))
    expect(result.plan.writes).toHaveLength(1100)
    const final = worker.posted.find((m) => m.type === 'result')
    expect(final && 'result' in final && JSON.stringify(final.result).length).toBeLessThan(1000)
  })

  it('cancels a job: the promise rejects at once and the worker stops before its result', async () => {
    const worker = new InProcessAnchorWorker()
    const client = createAnchorClient(worker)
    const controller = new AbortController()
    const job = client.plan(
      { fileText: fileText(1000), target: versionB, existing: [], takenIds: [], now },
      { signal: controller.signal, onProgress: () => controller.abort() },
    )
    await expect(job).rejects.toMatchObject({ name: 'AbortError' })
    const kinds = () => worker.posted.map((m) => m.type)
    await vi.waitFor(() => expect(kinds()).toContain('cancelled'), { timeout: 10_000 })
    expect(kinds()).not.toContain('result')
    expect(kinds().filter((k) => k === 'progress').length).toBeLessThan(10)
    // The worker is free for the next job.
    expect(await client.readAndRank(fileText(2), [versionA])).toMatchObject({ ok: true })
  })

  it('finds candidates for orphans, keyed as asked', async () => {
    const client = createAnchorClient(new InProcessAnchorWorker())
    const start = versionA.text.indexOf('Walid Muallem')
    const result = await client.candidates(
      versionB.text,
      [{ key: 'a-1', selectors: describeRange(versionA.text, start, start + 13) }],
      2,
    )
    expect(Object.keys(result)).toEqual(['a-1'])
    expect(result['a-1']!.length).toBeLessThanOrEqual(2)
  })

  it('anchors many annotations on one text', async () => {
    const client = createAnchorClient(new InProcessAnchorWorker())
    const selectors = ['Saeed Jalili', 'Mikhail Bogdanov', 'Walid Muallem'].map((q) => {
      const start = versionA.text.indexOf(q)
      return describeRange(versionA.text, start, start + q.length)
    })
    const results = await client.anchorAll(versionB.text, selectors)
    expect(
      results.map((r) => (r.status === 'orphaned' ? null : versionB.text.slice(r.start, r.end))),
    ).toEqual(['Saeed Jalali', 'Mikhail Bogdanov', null])
  })

  it('rejects when the worker cannot do the job', async () => {
    const client = createAnchorClient(new InProcessAnchorWorker())
    const broken = {
      fileText: fileText(1),
      target: null as unknown as TargetDocument & { caseId: CaseId },
      existing: [],
      takenIds: [],
      now,
    }
    await expect(client.plan(broken)).rejects.toThrow()
  })
})
