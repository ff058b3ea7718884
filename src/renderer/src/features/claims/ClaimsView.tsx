// The claims view: the reliability × credibility matrix, the claims table
// (filter, sort, group, bulk edit) and the chosen claim in full. Choosing a
// matrix cell filters the table; choosing a row shows the claim and its way
// back to the passage it rests on.
import { useCallback, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { emptyClaimDraft, type ClaimAnchor, type ClaimDraft, type ClaimRecord } from '@shared/domain/claim'
import type { ClaimId, SourceId } from '@shared/domain/ids'
import { db } from '../../services'
import { useSetting } from '../shell/use-setting'
import { CiteDialog } from '../briefings/CiteDialog'
import { BulkEditBar } from './BulkEditBar'
import { ErrorBoundary } from '../shell/ErrorBoundary'
import { useOpenCase } from '../cases/use-open-case'
import { ClaimDetail } from './ClaimDetail'
import { toClaimRows, type ClaimRow } from './claim-row'
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
  const { caseId } = useOpenCase()
  const claims = useLiveQuery(
    () => (caseId ? db.claims.where('caseId').equals(caseId).toArray() : []),
    [caseId],
  )
  const sources = useLiveQuery(() => db.sources.toArray(), [])
  const titles = useLiveQuery(
    async () => new Map((await db.documents.toArray()).map((d) => [d.id as string, d.title])),
    [],
  )
  const [tableView, setTableView, viewLoaded] = useSetting('claimsTableView')
  const [cell, setCell] = useState<MatrixCell | null>(null)
  // undefined: nothing chosen here yet, so the claim just recorded (focusId) shows; null: closed.
  const [chosen, setChosen] = useState<string | null | undefined>(undefined)
  const [selected, setSelected] = useState<string[]>([])
  const [citing, setCiting] = useState<ClaimId[] | null>(null)
  const activeId = chosen === undefined ? focusId : chosen

  const rows = useMemo(() => toClaimRows(claims ?? [], sources ?? []), [claims, sources])
  const sourceMap = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s])), [sources])
  const externalFilter = useMemo(
    () =>
      cell
        ? (row: ClaimRow) => row.reliability === cell.reliability && row.credibility === cell.credibility
        : undefined,
    [cell],
  )
  const claim = claims?.find((c) => c.id === activeId)
  const onOpen = useCallback((id: string) => setChosen(id), [])
  const onSelectionChange = useCallback((ids: string[]) => setSelected(ids), [])

  if (!claims || !sources || !viewLoaded)
    return <main className="view view-claims" aria-label="Claims" aria-busy="true" />
  return (
    <div className="view view-claims">
      <aside className="pane claims-side" aria-label="Overview">
        <GradeMatrix rows={rows} selected={cell} onSelect={setCell} />
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
        {claims.length === 0 ? (
          <p className="empty">No claims yet. Select a passage in the reader and choose “New claim”.</p>
        ) : (
          <ClaimsTable
            rows={rows}
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
                onClick={() => setCiting(shownIds() as ClaimId[])}
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
              claims={claims}
              sources={sourceMap as ReadonlyMap<SourceId, (typeof sources)[number]>}
              documentTitle={(id) => titles?.get(id)}
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
