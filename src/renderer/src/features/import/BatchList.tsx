// Many files at once: overall progress while they are read, then what became
// of each (ready with its title, or refused and why). Importing takes every
// ready file in one undoable step; a refused one is reported, never blocking.
import type { ImportItem } from './import-session'
import { SafeText } from '../shell/SafeText'

export function BatchList({
  items,
  reading,
  saving,
  onBack,
  onImport,
}: {
  items: readonly ImportItem[]
  reading: boolean
  saving: boolean
  onBack: () => void
  onImport: () => void
}) {
  const done = items.filter((i) => i.status === 'ready' || i.status === 'failed').length
  const ready = items.filter((i) => i.status === 'ready').length
  const failed = items.length - ready - (items.length - done)
  return (
    <>
      <div className="import-batch-status" role="status">
        <p>
          {reading
            ? `Reading ${done + 1} of ${items.length}…`
            : `${ready} of ${items.length} files ready to import${failed ? `; ${failed} cannot be imported` : ''}.`}
        </p>
        <progress aria-label="Files read" max={items.length} value={done} />
      </div>
      <ul className="import-batch" aria-label="Files to import">
        {items.map((item, i) => (
          <li key={`${item.name}-${i}`} className={`batch-${item.status}`}>
            <span className="batch-mark" aria-hidden="true">
              {item.status === 'ready' ? '✓' : item.status === 'failed' ? '✗' : '…'}
            </span>
            <span className="batch-name">
              {item.status === 'ready' && item.meta ? (
                <>
                  <SafeText as="strong" text={item.meta.title} /> <span className="muted">({item.name})</span>
                </>
              ) : (
                <SafeText text={item.name} />
              )}
            </span>
            <span className="batch-detail">
              {item.status === 'failed'
                ? item.error
                : item.status === 'ready'
                  ? `${item.doc?.blocks.filter((b) => b.kept).length ?? 0} blocks`
                  : item.status === 'reading'
                    ? 'reading…'
                    : 'waiting'}
            </span>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <button
          type="button"
          className="button primary"
          disabled={reading || saving || ready === 0}
          onClick={onImport}
        >
          {saving ? 'Importing…' : `Import ${ready} ${ready === 1 ? 'document' : 'documents'}`}
        </button>
      </div>
    </>
  )
}
