// Citing claims in a briefing from the claims table: the selected rows, or
// every row the current filter shows (up to every claim). Each is cited at its
// current version, so the briefing can later tell when a claim has moved on;
// the versions come from the ledger worker, not from reading the claims here.
import { useId, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ClaimId } from '@shared/domain/ids'
import { today } from '@shared/time/local-date'
import { describeError } from '../../db/errors'
import { briefings, currentAnalyst, currentCaseId, db, ledgerService, settings } from '../../services'
import { useOpenCase } from '../cases/use-open-case'
import { Modal } from '../shell/Modal'
import { useNotify } from '../shell/notices'
import { FormError } from '../shell/FormError'

export function CiteDialog({ ids, onClose }: { ids: readonly ClaimId[] | null; onClose: () => void }) {
  return (
    <Modal open={ids !== null} title="Cite in a briefing" onClose={onClose}>
      {ids && <CiteForm ids={ids} onClose={onClose} />}
    </Modal>
  )
}

function CiteForm({ ids, onClose }: { ids: readonly ClaimId[]; onClose: () => void }) {
  const { caseId } = useOpenCase()
  const list = useLiveQuery(
    async () =>
      caseId ? (await db.briefings.where('caseId').equals(caseId).sortBy('modified')).reverse() : [],
    [caseId],
  )
  const [target, setTarget] = useState<string>('')
  const [problem, setProblem] = useState<string | null>(null)
  const notify = useNotify()
  const id = useId()
  const chosen = target || list?.[0]?.id || 'new'
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault()
        try {
          const versions = await ledgerService.api.versions(ids)
          const briefing =
            chosen === 'new'
              ? await briefings.create(currentCaseId(), {
                  title: 'New briefing',
                  author: currentAnalyst(),
                  date: today(),
                })
              : await db.briefings.get(chosen as never)
          if (!briefing) throw new Error('That briefing no longer exists.')
          const already = new Set(briefing.citedClaims.map((c) => c.claimId))
          const added = ids
            .map((claimId, i) => ({ claimId, version: versions[i] ?? -1 }))
            .filter((c) => c.version >= 0 && !already.has(c.claimId))
          if (!(await briefings.save({ ...briefing, citedClaims: [...briefing.citedClaims, ...added] }))) {
            throw new Error('That briefing was deleted meanwhile.')
          }
          await settings.set('lastBriefingId', briefing.id)
          notify(
            `${added.length} ${added.length === 1 ? 'claim' : 'claims'} cited in “${briefing.title || 'Untitled briefing'}”${added.length < ids.length ? ` (${ids.length - added.length} already cited)` : ''}.`,
          )
          onClose()
        } catch (error) {
          setProblem(describeError(error))
        }
      }}
    >
      <p>
        {ids.length} {ids.length === 1 ? 'claim' : 'claims'} will be cited, after any the briefing already
        cites.
      </p>
      <FormError>{problem}</FormError>
      <div className="field">
        <label htmlFor={`${id}-b`}>Briefing</label>
        <select id={`${id}-b`} value={chosen} onChange={(e) => setTarget(e.target.value)}>
          {list?.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title || 'Untitled briefing'}
            </option>
          ))}
          <option value="new">A new briefing</option>
        </select>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Cite
        </button>
      </div>
    </form>
  )
}
