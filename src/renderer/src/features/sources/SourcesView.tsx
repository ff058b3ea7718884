// The source registry: every source with how many claims rest on it and how
// those fared, and the chosen source in full (editable, with its audit trail).
// Deleting a source in use asks first and offers to reassign or merge. The
// counts come from the ledger worker (which holds the claims); the table runs
// in process on the same table engine.
import { useCallback, useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { SourceId } from '@shared/domain/ids'
import { reliabilityLabel } from '@shared/domain/scales'
import { emptySourceDraft, sourceKindLabel, type SourceRecord } from '@shared/domain/source'
import { describeError } from '../../db/errors'
import { SourceInUseError } from '../../db/ledger-repo'
import { db, ledger, ledgerService } from '../../services'
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

export function SourcesView() {
  const sources = useLiveQuery(() => db.sources.toArray(), [])
  useEffect(() => void ledgerService.open(null), [])
  const rows = useLedger((api) => api.sourceRows(), 'source-rows')
  const [tableSource] = useState(() => localTableSource(sourceColumnList))
  useEffect(() => {
    if (rows) tableSource.setRows(rows)
  }, [rows, tableSource])
  const [tableView, setTableView, viewLoaded] = useSetting('sourcesTableView')
  const [chosen, setChosen] = useState<string | null>(null)
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null)
  const [deleting, setDeleting] = useState<{ source: SourceRecord; reason: string } | null>(null)
  const notify = useNotify()
  const runUndo = useUndo()
  const source = sources?.find((s) => s.id === chosen)
  const onOpen = useCallback((id: string) => {
    setChosen(id)
    setEditing(null)
  }, [])

  const remove = async (s: SourceRecord) => {
    try {
      await ledgerAction('delete source', () => ledger.deleteSource(s.id))
      setChosen(null)
      notify(`Deleted “${s.name}”.`, { undo: () => void runUndo() })
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

function SourceDetail({
  source,
  sources,
  onEdit,
  onDelete,
}: {
  source: SourceRecord
  sources: readonly SourceRecord[]
  onEdit: () => void
  onDelete: () => void
}) {
  const names = (id: string) => sources.find((s) => s.id === (id as SourceId))?.name
  return (
    <article className="claim-detail" aria-label={source.name}>
      <header>
        <p className="claim-badges">
          <span className="muted">{sourceKindLabel(source.kind)}</span>
          {source.partisan && <span className="status status-disputed">Partisan</span>}
          {source.defaultReliability && <span className="grade">{source.defaultReliability}</span>}
        </p>
        <h2 dir="auto">{source.name}</h2>
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
        <dd dir="auto">{source.aliases.join(', ') || '—'}</dd>
        <dt>Affiliation</dt>
        <dd dir="auto">{source.affiliation || '—'}</dd>
        <dt>Default reliability</dt>
        <dd>
          {source.defaultReliability
            ? `${source.defaultReliability}: ${reliabilityLabel(source.defaultReliability)}`
            : 'Not graded'}
        </dd>
        <dt>Rationale</dt>
        <dd dir="auto">{source.reliabilityRationale || '—'}</dd>
        <dt>Relays</dt>
        <dd>{source.relays ? (names(source.relays) ?? '—') : 'Independent'}</dd>
        {source.url && (
          <>
            <dt>URL</dt>
            <dd>{source.url}</dd>
          </>
        )}
        {source.notes && (
          <>
            <dt>Notes</dt>
            <dd dir="auto" className="pre">
              {source.notes}
            </dd>
          </>
        )}
      </dl>
      <AuditTrail entityId={source.id} />
    </article>
  )
}
