// The anchoring worker's work, apart from the worker global so it can be tested
// in Node: jobs run in chunks, yield to the event loop between chunks (where a
// cancel message gets in), and report progress after each.
import { anchor, candidatesFor } from '@shared/anchoring'
import { readAnnotationFile } from '@shared/import/annotation-file'
import { planImportSteps } from '@shared/import/import-plan'
import { rankTargets } from '@shared/import/import-targets'
import type {
  AnchorAllRequest,
  AnchorAllResult,
  AnchorRequest,
  AnchorResponse,
  CandidatesRequest,
  CandidatesResult,
  PlanRequest,
  PlanResultMessage,
  ReadAndRankRequest,
  ReadAndRankResult,
} from './anchor-messages'
import { PLAN_PART_SIZE } from './anchor-messages'

/** Records planned between two looks at the message queue: well under 50 ms each. */
const PLAN_CHUNK = 100
const CANDIDATES_CHUNK = 10
const ANCHOR_CHUNK = 500

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

class Cancelled extends Error {}

export function createAnchorHandler(
  post: (message: AnchorResponse) => void,
): (message: AnchorRequest) => Promise<void> {
  const cancelled = new Set<number>()
  // The file last read: the import dialog ranks documents, then plans the same
  // file onto one or more of them; a 5,000-record file is parsed once, not each time.
  let last: { fileText: string; read: ReturnType<typeof readAnnotationFile> } | null = null
  const read = (fileText: string) => {
    if (last?.fileText !== fileText) last = { fileText, read: readAnnotationFile(fileText) }
    return last.read
  }
  /** Between chunks: report, let other messages in, and stop if this job was cancelled. */
  const checkpoint = async (id: number, done: number, total: number) => {
    post({ type: 'progress', id, done, total })
    await nextTask()
    if (cancelled.has(id)) throw new Cancelled()
  }

  async function readAndRank(m: ReadAndRankRequest): Promise<ReadAndRankResult> {
    const file = read(m.fileText)
    if (!file.ok) return file
    await checkpoint(m.id, 0, m.documents.length)
    const { format, label, annotations, unreadable } = file.file
    return {
      ok: true,
      file: { format, label, annotations: annotations.length, unreadable },
      fits: rankTargets(file.file, m.documents),
    }
  }

  async function plan(m: PlanRequest): Promise<PlanResultMessage> {
    const file = read(m.fileText)
    if (!file.ok) return file
    const steps = planImportSteps(
      { file: file.file, target: m.target, existing: m.existing, takenIds: new Set(m.takenIds), now: m.now },
      PLAN_CHUNK,
    )
    for (;;) {
      const next = steps.next()
      if (next.done) {
        const { items, writes: _writes, ...rest } = next.value
        for (let i = 0; i < items.length; i += PLAN_PART_SIZE)
          post({ type: 'plan-part', id: m.id, items: items.slice(i, i + PLAN_PART_SIZE) })
        return { ok: true, plan: rest }
      }
      await checkpoint(m.id, next.value.done, next.value.total)
    }
  }

  async function candidates(m: CandidatesRequest): Promise<CandidatesResult> {
    const out: CandidatesResult = {}
    for (const [i, orphan] of m.orphans.entries()) {
      out[orphan.key] = candidatesFor(m.text, orphan.selectors, m.n)
      if ((i + 1) % CANDIDATES_CHUNK === 0) await checkpoint(m.id, i + 1, m.orphans.length)
    }
    return out
  }

  async function anchorAll(m: AnchorAllRequest): Promise<AnchorAllResult> {
    const out: AnchorAllResult = []
    for (const [i, selectors] of m.selectors.entries()) {
      out.push(anchor(m.text, selectors))
      if ((i + 1) % ANCHOR_CHUNK === 0) await checkpoint(m.id, i + 1, m.selectors.length)
    }
    return out
  }

  return async (message) => {
    if (message.type === 'cancel') {
      cancelled.add(message.id)
      return
    }
    const { id } = message
    try {
      const result =
        message.type === 'read-and-rank'
          ? await readAndRank(message)
          : message.type === 'plan'
            ? await plan(message)
            : message.type === 'candidates'
              ? await candidates(message)
              : await anchorAll(message)
      post({ type: 'result', id, result })
    } catch (e) {
      if (e instanceof Cancelled) post({ type: 'cancelled', id })
      else post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) })
    } finally {
      cancelled.delete(id)
    }
  }
}
