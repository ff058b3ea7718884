// The matrix's audit trail, newest first: who changed it, when, and what
// (the note each edit writes, e.g. "E2, H1: Inconsistent (I) (was Not rated)").
import { useLiveQuery } from 'dexie-react-hooks'
import type { AchMatrixId } from '@shared/domain/ids'
import { achMatrices } from '../../services'
import { SafeText } from '../shell/SafeText'

const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const when = (iso: string) => {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? iso : format.format(t)
}
const actions: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  undo: 'Undone',
  redo: 'Redone',
  import: 'Replaced on import',
  merge: 'Merged',
}

export function MatrixHistory({ matrixId }: { matrixId: AchMatrixId }) {
  const entries = useLiveQuery(() => achMatrices.historyOf(matrixId), [matrixId])
  return (
    <details className="ach-history">
      <summary>{`Change history (${entries?.length ?? 0})`}</summary>
      <ol className="audit-list">
        {[...(entries ?? [])].reverse().map((e) => (
          <li key={e.id}>
            <strong>{actions[e.action] ?? 'Changed'}</strong> by <SafeText text={e.who} />,{' '}
            <time dateTime={e.at}>{when(e.at)}</time>
            {e.note && (
              <>
                {': '}
                <SafeText text={e.note} />
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  )
}
