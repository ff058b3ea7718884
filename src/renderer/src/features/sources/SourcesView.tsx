// The source registry: every source with how many claims rest on it and how
// those fared, and the chosen source in full (editable, with its audit trail).
// Deleting a source in use asks first and offers to reassign or merge. The
// counts come from the ledger worker (which holds the claims); the table runs
// in process on the same table engine.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { SourceId } from '@shared/domain/ids'
import { reliabilityLabel } from '@shared/domain/scales'
import { emptySourceDraft, sourceKindLabel, type SourceRecord } from '@shared/domain/source'
import { describeError } from '../../db/errors'
import { SourceInUseError } from '../../db/ledger-repo'
import { db, ledger } from '../../services'
import { AuditTrail } from '../claims/AuditTrail'
import { ledgerAction } from '../claims/ledger-actions'
import { useNotify } from '../shell/notices'
import { useSetting } from '../shell/use-setting'
import { useUndo } from '../shell/use-undo'
import { DeleteSourceDialog } from './DeleteSourceDialog'
import { SourceEditor } from './SourceEditor'
import { useLedger } from '../ledger/use-ledger'
import { localTableSource } from '../table/table-source'
import { sourceColumnList } from './source-fields'
import { SourcesTable } from './SourcesTable'
import { spelledOut } from '@shared/text/invisible'
import { SafeJoin, SafeText } from '../shell/SafeText'

export function SourcesView({ focusId }: { focusId?: { id: string; nonce: number } | null }) {
  const sources = useLiveQuery(() => db.sources.toArray(), [])
  // The ledger worker holds the open case (the shell opens it and follows the case switcher).
  // The open case's counts come from the ledger worker; each source's count over
  // every case from the [attributedTo+caseId] index keys.
  const caseRows = useLedger((api) => api.sourceRows(), 'source-rows')
  const perCase = useLiveQuery(() => claimCountsByCase(), [])
  const [tableSource] = useState(() => localTableSource(sourceColumnList))
  const [tableView, setTableView, viewLoaded] = useSetting('sourcesTableView')
  const [chosen, setChosen] = useState<string | null>(focusId?.id ?? null)
  // A source opened from elsewhere (a search result) becomes the chosen one.
  const [seenFocus, setSeenFocus] = useState(focusId)
  if (focusId !== seenFocus) {
    setSeenFocus(focusId)
    if (focusId) setChosen(focusId.id)
  }
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null)
  const [deleting, setDeleting] = useState<{ source: SourceRecord; reason: string } | null>(null)
  const notify = useNotify()
  const runUndo = useUndo()
  const totals = useMemo(() => totalsOf(perCase), [perCase])
  const rows = useMemo(
    () => caseRows?.map((r) => ({ ...r, allClaims: totals.get(r.id) ?? r.claims })),
    [caseRows, totals],
  )
  useEffect(() => {
    if (rows) tableSource.setRows(rows)
  }, [rows, tableSource])
  const source = sources?.find((s) => s.id === chosen)
  const onOpen = useCallback((id: string) => {
    setChosen(id)
    setEditing(null)
  }, [])

  const remove = async (s: SourceRecord) => {
    try {
      await ledgerAction('delete source', () => ledger.deleteSource(s.id))
      setChosen(null)
      notify(`Deleted “${spelledOut(s.name)}”.`, { undo: () => void runUndo() })
    } catch (error) {
      if (error instanceof SourceInUseError) setDeleting({ source: s, reason: error.message })
      else notify(describeError(error), { tone: 'error' })
    }
  }

  if (!sources || !rows || !viewLoaded)
    return <main className="view view-sources" aria-label="Sources" aria-busy="true" />
  return (
    <div className="view view-sources">
      <main className="pane sources-main" aria-label="Sources">
        <div className="pane-header">
          <h2>Sources</h2>
          <button
            type="button"
            className="button small"
            onClick={() => {
              setChosen(null)
              setEditing('new')
            }}
          >
            New source…
          </button>
        </div>
        {sources.length === 0 ? (
          <p className="empty">
            No sources yet. They are added when you record claims, or with “New source…”.
          </p>
        ) : (
          <SourcesTable
            source={tableSource}
            activeId={chosen ?? undefined}
            onOpen={onOpen}
            initialState={tableView ?? undefined}
            onViewStateChange={setTableView}
          />
        )}
      </main>
      <aside className="pane claims-detail" aria-label="Source">
        {editing === 'new' && (
          <SourceEditor
            initial={emptySourceDraft}
            sources={sources}
            onDone={(id) => {
              setEditing(null)
              if (!id) return
              setChosen(id)
              notify('Source added.', { undo: () => void runUndo() })
            }}
          />
        )}
        {editing === 'edit' && source && (
          <SourceEditor
            key={source.id}
            initial={source}
            existing={source}
            sources={sources}
            onDone={() => setEditing(null)}
          />
        )}
        {!editing && source && (
          <SourceDetail
            source={source}
            sources={sources}
            byCase={perCase?.get(source.id)}
            onEdit={() => setEditing('edit')}
            onDelete={() => void remove(source)}
          />
        )}
        {!editing && !source && <p className="empty">Choose a source to see and edit it.</p>}
      </aside>
      <DeleteSourceDialog
        source={deleting?.source ?? null}
        reason={deleting?.reason ?? ''}
        sources={sources}
        onClose={(done) => {
          setDeleting(null)
          if (!done) return
          setChosen(null)
          notify(done, { undo: () => void runUndo() })
        }}
      />
    </div>
  )
}

/** Per source, its claim count in each case, read from the [attributedTo+caseId] index keys alone. */
async function claimCountsByCase(): Promise<Map<string, Map<string, number>>> {
  const keys = (await db.claims.orderBy('[attributedTo+caseId]').keys()) as unknown as [string, string][]
  const counts = new Map<string, Map<string, number>>()
  for (const [source, caseOf] of keys) {
    const byCase = counts.get(source) ?? new Map<string, number>()
    byCase.set(caseOf, (byCase.get(caseOf) ?? 0) + 1)
    counts.set(source, byCase)
  }
  return counts
}

function totalsOf(perCase: Map<string, Map<string, number>> | undefined): Map<string, number> {
  const totals = new Map<string, number>()
  for (const [source, byCase] of perCase ?? [])
    totals.set(
      source,
      [...byCase.values()].reduce((a, b) => a + b, 0),
    )
  return totals
}

function SourceDetail({
  source,
  sources,
  byCase,
  onEdit,
  onDelete,
}: {
  source: SourceRecord
  sources: readonly SourceRecord[]
  byCase: ReadonlyMap<string, number> | undefined
  onEdit: () => void
  onDelete: () => void
}) {
  const names = (id: string) => sources.find((s) => s.id === (id as SourceId))?.name
  const caseNames = useLiveQuery(
    async () => new Map((await db.cases.toArray()).map((c) => [c.id as string, c.name])),
    [],
  )
  const total = [...(byCase?.values() ?? [])].reduce((a, b) => a + b, 0)
  return (
    <article className="claim-detail" aria-label={spelledOut(source.name)}>
      <header>
        <p className="claim-badges">
          <span className="muted">{sourceKindLabel(source.kind)}</span>
          {source.partisan && <span className="status status-disputed">Partisan</span>}
          {source.defaultReliability && <span className="grade">{source.defaultReliability}</span>}
        </p>
        <h2 dir="auto">
          <SafeText text={source.name} />
        </h2>
        <div className="detail-actions">
          <button type="button" className="button small" onClick={onEdit}>
            Edit source
          </button>
          <button type="button" className="button small danger" onClick={onDelete}>
            Delete source
          </button>
        </div>
      </header>
      <dl className="claim-fields">
        <dt>Aliases</dt>
        <dd dir="auto">
          <SafeJoin parts={source.aliases} separator=", " empty="—" />
        </dd>
        <dt>Affiliation</dt>
        <dd dir="auto">
          <SafeJoin parts={[source.affiliation]} empty="—" />
        </dd>
        <dt>Default reliability</dt>
        <dd>
          {source.defaultReliability
            ? `${source.defaultReliability}: ${reliabilityLabel(source.defaultReliability)}`
            : 'Not graded'}
        </dd>
        <dt>Rationale</dt>
        <dd dir="auto">
          <SafeJoin parts={[source.reliabilityRationale]} empty="—" />
        </dd>
        <dt>Claims</dt>
        <dd>
          {total === 0 ? (
            'None yet'
          ) : (
            <ul className="plain-list" aria-label="Claims by case">
              {[...(byCase ?? [])].map(([c, n]) => (
                <li key={c}>
                  <SafeText text={caseNames?.get(c) ?? 'a deleted case'} />: {n}
                </li>
              ))}
              <li>
                <strong>{total} in all cases</strong>
              </li>
            </ul>
          )}
        </dd>
        <dt>Relays</dt>
        <dd dir="auto">
          {source.relays ? <SafeJoin parts={[names(source.relays) ?? '']} empty="—" /> : 'Independent'}
        </dd>
        {source.url && (
          <>
            <dt>URL</dt>
            <dd>
              <SafeText text={source.url} />
            </dd>
          </>
        )}
        {source.notes && (
          <>
            <dt>Notes</dt>
            <dd dir="auto" className="pre">
              <SafeText text={source.notes} />
            </dd>
          </>
        )}
      </dl>
      <AuditTrail entityId={source.id} />
    </article>
  )
}
