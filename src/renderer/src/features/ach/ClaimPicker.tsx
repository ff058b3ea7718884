// Choosing claims of the case as evidence rows. A case can hold 100,000
// claims, so the picker never reads them all: it shows a page of them and,
// as the analyst types, asks the search index (in its worker) for the best
// matches, then reads just those claims by id. Each is shown with what tells
// it apart from a claim worded alike: source, grade and date.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react'
import type { CaseId, ClaimId } from '@shared/domain/ids'
import { normalise } from '@shared/search/normalise'
import { db, search } from '../../services'
import { Modal } from '../shell/Modal'
import { SafeJoin, SafeText } from '../shell/SafeText'
import { loadSummaries, type ClaimSummary } from './matrix-claims'

/** Claims shown at a time: enough to choose from, few enough to draw at once. */
const SHOWN = 50

interface Found {
  claims: ClaimSummary[]
  /** How many claims match in all (of which `claims` are the first SHOWN). */
  total: number
  /** The index is still being built: matching went by statement only. */
  partial: boolean
}

async function find(caseId: CaseId, text: string): Promise<Found | null> {
  const query = text.trim()
  if (!query) {
    const [page, total] = await Promise.all([
      db.claims.where('caseId').equals(caseId).limit(SHOWN).primaryKeys(),
      db.claims.where('caseId').equals(caseId).count(),
    ])
    return { claims: order(page, await loadSummaries(page)), total, partial: false }
  }
  const answer = await search.search({ text: query, caseId, kinds: ['claim'], limit: SHOWN })
  if (!answer) return null // overtaken by a newer query
  if (!answer.indexing) {
    const group = answer.results.groups.find((g) => g.kind === 'claim')
    const ids = (group?.hits ?? []).flatMap((h) => (h.target.kind === 'claim' ? [h.target.claimId] : []))
    return { claims: order(ids, await loadSummaries(ids)), total: group?.total ?? 0, partial: false }
  }
  // Until the index is built, the statements of the case are scanned for the words, up to a page of matches.
  const words = normalise(query).split(/\s+/).filter(Boolean)
  const ids = await db.claims
    .where('caseId')
    .equals(caseId)
    .filter((c) => {
      const statement = normalise(c.statement)
      return words.every((w) => statement.includes(w))
    })
    .limit(SHOWN)
    .primaryKeys()
  return { claims: order(ids, await loadSummaries(ids)), total: ids.length, partial: true }
}

const order = (ids: readonly ClaimId[], found: Map<ClaimId, ClaimSummary>) =>
  ids.flatMap((id) => found.get(id) ?? [])

export function ClaimPicker({
  open,
  caseId,
  present,
  onAdd,
  onClose,
}: {
  open: boolean
  caseId: CaseId
  /** Claims already rows of the matrix. */
  present: ReadonlySet<string>
  onAdd: (ids: ClaimId[]) => Promise<boolean>
  onClose: () => void
}) {
  return (
    <Modal open={open} title="Add claims as evidence" onClose={onClose} wide>
      {open && <PickerForm caseId={caseId} present={present} onAdd={onAdd} onClose={onClose} />}
    </Modal>
  )
}

function PickerForm({
  caseId,
  present,
  onAdd,
  onClose,
}: {
  caseId: CaseId
  present: ReadonlySet<string>
  onAdd: (ids: ClaimId[]) => Promise<boolean>
  onClose: () => void
}) {
  const id = useId()
  const [text, setText] = useState('')
  const [found, setFound] = useState<Found | null>(null)
  const [chosen, setChosen] = useState<ClaimId[]>([])
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let current = true
    const timer = setTimeout(
      () =>
        void find(caseId, text).then((result) => {
          if (current && result) setFound(result)
        }),
      text ? 150 : 0,
    )
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [caseId, text])

  const chosenSet = useMemo(() => new Set(chosen), [chosen])
  const toggle = (claimId: ClaimId, on: boolean) =>
    setChosen((list) => (on ? [...list, claimId] : list.filter((c) => c !== claimId)))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!chosen.length || busy) return
    setBusy(true)
    const added = await onAdd(chosen)
    setBusy(false)
    if (added) onClose()
  }

  const status = !found
    ? 'Looking…'
    : found.total === 0
      ? text.trim()
        ? 'No claim of this case matches.'
        : 'This case has no claims yet: record some in the reader first.'
      : found.total > found.claims.length
        ? `Showing ${found.claims.length} of ${found.total.toLocaleString('en')} claims: type to narrow them down.`
        : `${found.total.toLocaleString('en')} ${found.total === 1 ? 'claim' : 'claims'}.`

  return (
    <form onSubmit={(e) => void submit(e)} className="claim-picker">
      <div className="field">
        <label htmlFor={`${id}-q`}>Find claims</label>
        <input
          id={`${id}-q`}
          type="search"
          dir="auto"
          autoFocus
          value={text}
          placeholder="Words of the statement, a source, a place or a tag"
          aria-describedby={`${id}-status`}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p id={`${id}-status`} className="hint" role="status">
        {status}
        {found?.partial && ' The search index is still being built: only statements were searched.'}
      </p>
      <ul className="picker-list" aria-label="Claims found">
        {found?.claims.map((c) => {
          const inMatrix = present.has(c.id)
          return (
            <li key={c.id} className={inMatrix ? 'picker-item in-matrix' : 'picker-item'}>
              <label>
                <input
                  type="checkbox"
                  checked={inMatrix || chosenSet.has(c.id)}
                  disabled={inMatrix}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                <span className="picker-text">
                  <SafeText text={c.statement || '(no statement)'} className="picker-statement" />
                  <span className="picker-meta">
                    <SafeJoin
                      parts={[
                        c.via ? `${c.source || 'No source'} via ${c.via}` : c.source || 'No source',
                        c.grade ? `graded ${c.grade}` : 'not graded',
                        c.date,
                        inMatrix ? 'already a row' : '',
                      ]}
                    />
                  </span>
                </span>
              </label>
            </li>
          )
        })}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={!chosen.length || busy}>
          {chosen.length > 1 ? `Add ${chosen.length} claims` : 'Add claim'}
        </button>
      </div>
    </form>
  )
}
