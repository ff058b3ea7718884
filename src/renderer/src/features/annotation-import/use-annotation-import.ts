// The annotation import as state: the file is read and the documents ranked
// in the anchoring worker; the best fit is proposed and planned at once; any
// other document can be chosen and planned instead (the previous plan is
// cancelled); the analyst can stop a plan; confirming writes the plan's
// annotations as one undoable step. Nothing is written before that.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CaseId, DocumentId } from '@shared/domain/ids'
import type { ImportPlan } from '@shared/import/import-plan'
import type { TargetFit } from '@shared/import/import-targets'
import { importTargets, planInputs, writeImport, type ImportTarget } from '../../db/annotation-import'
import { now } from '../../db/clock'
import { describeError } from '../../db/errors'
import { db } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import type { FileSummary } from '../../workers/anchor-messages'
import { anchorClient } from '../../workers/anchor-service'

/** An annotation file as picked: its name and its text. */
export interface PickedFile {
  name: string
  text: string
}

export interface RankedFit extends TargetFit {
  caseId: CaseId
  caseName: string
  /** In the case that is open. */
  here: boolean
}

export type Reading =
  | { status: 'reading' }
  | { status: 'failed'; error: string }
  | { status: 'ranked'; file: FileSummary; fits: RankedFit[] }

export type Planning =
  | null
  | { status: 'planning'; done: number; total: number }
  | { status: 'stopped' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; plan: ImportPlan; target: ImportTarget }

export interface Imported {
  documentId: DocumentId
  caseId: CaseId
  title: string
  plan: ImportPlan
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError'

/** Something was found of the file on this document. */
const fits = (f: TargetFit) => f.sameText > 0 || f.quotesFound > 0

/**
 * The document proposed: the best fit in the open case; a document of another
 * case only when nothing in the open case fits at all and it does.
 */
export function proposedFit(ranked: readonly RankedFit[]): RankedFit | undefined {
  const here = ranked.find((f) => f.here)
  if (here && fits(here)) return here
  return ranked.find((f) => !f.here && fits(f)) ?? here ?? ranked[0]
}

export function useAnnotationImport(file: PickedFile, openCaseId: CaseId | null) {
  const [reading, setReading] = useState<Reading>({ status: 'reading' })
  const [targetId, setTargetId] = useState<DocumentId | null>(null)
  const [planning, setPlanning] = useState<Planning>(null)
  const [saving, setSaving] = useState(false)
  const planJob = useRef<AbortController | null>(null)

  const plan = useCallback(
    async (documentId: DocumentId, total: number) => {
      planJob.current?.abort()
      const job = new AbortController()
      planJob.current = job
      setTargetId(documentId)
      setPlanning({ status: 'planning', done: 0, total })
      try {
        const inputs = await planInputs(db, documentId)
        if (!inputs) throw new Error('That document was deleted meanwhile; choose another.')
        const result = await anchorClient().plan(
          { fileText: file.text, ...inputs, now: now() },
          {
            signal: job.signal,
            onProgress: (done, total) =>
              planJob.current === job && setPlanning({ status: 'planning', done, total }),
          },
        )
        if (planJob.current !== job) return
        setPlanning(
          result.ok
            ? { status: 'ready', plan: result.plan, target: inputs.target }
            : { status: 'failed', error: result.error },
        )
      } catch (error) {
        if (planJob.current !== job) return
        setPlanning(
          isAbort(error) ? { status: 'stopped' } : { status: 'failed', error: describeError(error) },
        )
      }
    },
    [file],
  )

  useEffect(() => {
    const job = new AbortController()
    void (async () => {
      try {
        const [targets, cases] = await Promise.all([importTargets(db), db.cases.toArray()])
        if (!targets.length)
          return setReading({
            status: 'failed',
            error: 'There is no document to put these annotations on: import the article first.',
          })
        const result = await anchorClient().readAndRank(
          file.text,
          targets.map(({ caseId: _case, ...t }) => t),
          { signal: job.signal },
        )
        if (!result.ok) return setReading({ status: 'failed', error: result.error })
        const caseOf = new Map(targets.map((t) => [t.id, t.caseId]))
        const nameOf = new Map(cases.map((c) => [c.id, c.name]))
        const ranked = result.fits.map((f) => {
          const caseId = caseOf.get(f.documentId)!
          return { ...f, caseId, caseName: nameOf.get(caseId) ?? '', here: caseId === openCaseId }
        })
        setReading({ status: 'ranked', file: result.file, fits: ranked })
        const best = proposedFit(ranked)
        if (best) void plan(best.documentId, result.file.annotations + result.file.unreadable.length)
      } catch (error) {
        if (!isAbort(error)) setReading({ status: 'failed', error: describeError(error) })
      }
    })()
    return () => {
      job.abort()
      planJob.current?.abort()
    }
  }, [file, openCaseId, plan])

  const total = reading.status === 'ranked' ? reading.file.annotations + reading.file.unreadable.length : 0

  return {
    reading,
    targetId,
    planning,
    saving,
    choose: (documentId: DocumentId) => void plan(documentId, total),
    stop: () => planJob.current?.abort(),
    /** Writes the plan as one undoable step; returns what was imported, or throws. */
    async confirm(): Promise<Imported | null> {
      if (planning?.status !== 'ready' || saving) return null
      const { plan, target } = planning
      setSaving(true)
      try {
        const changes = await writeImport(db, target, plan.writes)
        recordUndo(`import of “${file.name}”`, changes)
        return { documentId: target.id, caseId: target.caseId, title: target.title, plan }
      } finally {
        setSaving(false)
      }
    },
  }
}
