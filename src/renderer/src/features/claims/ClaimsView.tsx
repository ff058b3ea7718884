// The claims view: the reliability × credibility matrix, the claims table
// (filter, sort, group, bulk edit) and the chosen claim in full. Choosing a
// matrix cell filters the table; choosing a row shows the claim and its way
// back to the passage it rests on.
import { useCallback, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { emptyClaimDraft, type ClaimAnchor, type ClaimDraft, type ClaimRecord } from '@shared/domain/claim'
import type { ClaimId } from '@shared/domain/ids'
import { db, ledgerService } from '../../services'
import { useSetting } from '../shell/use-setting'
import { CiteDialog } from '../briefings/CiteDialog'
import { useLedger, useLedgerStatus } from '../ledger/use-ledger'
import { BulkEditBar } from './BulkEditBar'
import { ErrorBoundary } from '../shell/ErrorBoundary'
import { ClaimDetail } from './ClaimDetail'
import { ClaimsTable } from './ClaimsTable'
import { GradeMatrix, type MatrixCell } from './GradeMatrix'

export function ClaimsView({
  focusId,
  onShowPassage,
  onNewClaim,
  onEditClaim,
}: {
  focusId: string | null
  onShowPassage: (anchor: ClaimAnchor) => void
  onNewClaim: (draft: ClaimDraft) => void
  onEditClaim: (claim: ClaimRecord) => void
}) {
  // The open case's claims live in the ledger worker (the shell opens it and follows the case
  // switcher): the table, the matrix and the counts are asked of it.
  const status = useLedgerStatus()
  const matrix = useLedger((api) => api.matrix(), 'matrix')
  const [tableView, setTableView, viewLoaded] = useSetting('claimsTableView')
  const [cell, setCell] = useState<MatrixCell | null>(null)
  // undefined: nothing chosen here yet, so the claim just recorded (focusId) shows; null: closed.
  const [chosen, setChosen] = useState<string | null | undefined>(undefined)
  const [selected, setSelected] = useState<string[]>([])
  const [citing, setCiting] = useState<ClaimId[] | null>(null)
  const activeId = chosen === undefined ? focusId : chosen

  const externalFilter = useMemo(
    () => (cell ? { reliability: cell.reliability, credibility: cell.credibility } : undefined),
    [cell],
  )
  // The chosen claim, read by key: other claims changing does not read it again.
  const claim = useLiveQuery(() => (activeId ? db.claims.get(activeId as ClaimId) : undefined), [activeId])
  const onOpen = useCallback((id: string) => setChosen(id), [])
  const onSelectionChange = useCallback((ids: string[]) => setSelected(ids), [])

  if (!status || !viewLoaded)
    return <main className="view view-claims" aria-label="Claims" aria-busy="true" />
  return (
    <div className="view view-claims">
      <aside className="pane claims-side" aria-label="Overview">
        <GradeMatrix counts={matrix} selected={cell} onSelect={setCell} />
        <button type="button" className="button" onClick={() => onNewClaim(emptyClaimDraft)}>
          New claim…
        </button>
        <p className="hint">
          Claims are usually recorded from the reader: select a passage and choose “New claim”.
        </p>
      </aside>
      <main className="pane claims-main" aria-label="Claims">
        {selected.length > 0 && (
          <BulkEditBar
            ids={selected as ClaimId[]}
            onDone={() => setSelected([])}
            onCite={() => setCiting(selected as ClaimId[])}
          />
        )}
        {!status.loading && status.total === 0 ? (
          <p className="empty">No claims yet. Select a passage in the reader and choose “New claim”.</p>
        ) : (
          <ClaimsTable
            source={ledgerService.claimsSource}
            activeId={activeId ?? undefined}
            onOpen={onOpen}
            selectedIds={selected}
            onSelectionChange={onSelectionChange}
            externalFilter={externalFilter}
            initialState={tableView ?? undefined}
            onViewStateChange={setTableView}
            shownActions={(shownIds) => (
              <button
                type="button"
                className="button small"
                onClick={() => void shownIds().then((ids) => setCiting(ids as ClaimId[]))}
              >
                Cite all shown in a briefing…
              </button>
            )}
          />
        )}
      </main>
      <aside className="pane claims-detail" aria-label="Claim">
        {claim ? (
          <ErrorBoundary
            what="This claim"
            resetKey={claim}
            back={{ label: 'Close the claim', onClick: () => setChosen(null) }}
          >
            <ClaimDetail
              key={claim.id}
              claim={claim}
              onShowPassage={onShowPassage}
              onEdit={() => onEditClaim(claim)}
              onDeleted={() => setChosen(null)}
            />
          </ErrorBoundary>
        ) : (
          <p className="empty">
            Choose a claim in the table to see it in full, with its sources, links and audit trail.
          </p>
        )}
      </aside>
      <CiteDialog ids={citing} onClose={() => setCiting(null)} />
    </div>
  )
}
