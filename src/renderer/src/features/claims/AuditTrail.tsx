// A record's history: every change with who made it, when, and each field
// before and after, newest first. Sources named in it are read by key.
import { useLiveQuery } from 'dexie-react-hooks'
import type { FieldChange } from '@shared/domain/audit'
import type { SourceId } from '@shared/domain/ids'
import { db, ledger } from '../../services'
import { SafeText } from '../shell/SafeText'
import { actionLabels, fieldLabels, showValue } from './field-text'

const at = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const formatTime = (iso: string) => {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? iso : at.format(t)
}

/** Fields whose values are source ids, shown by name. */
const sourceFields = new Set(['attributedTo', 'reportedVia', 'relays'])

export function AuditTrail({ entityId }: { entityId: string }) {
  const entries = useLiveQuery(() => ledger.auditFor(entityId), [entityId])
  const ids = new Set<string>()
  for (const e of entries ?? [])
    for (const c of e.changes)
      if (sourceFields.has(c.field))
        for (const v of [c.before, c.after]) if (typeof v === 'string') ids.add(v)
  const named = useLiveQuery(() => db.sources.bulkGet([...ids] as SourceId[]), [[...ids].sort().join()])
  const names = (id: string) => named?.find((s) => s?.id === id)?.name
  const show = (change: FieldChange, value: unknown) => showValue(change.field, value, names)
  return (
    <section aria-labelledby={`audit-${entityId}`} className="audit">
      <h3 id={`audit-${entityId}`}>Audit trail</h3>
      <ol className="audit-list">
        {[...(entries ?? [])].reverse().map((e) => (
          <li key={e.id}>
            <p className="audit-head">
              <strong>{actionLabels[e.action] ?? 'Changed'}</strong> by <SafeText text={e.who} />,{' '}
              <time dateTime={e.at}>{formatTime(e.at)}</time>
              {e.note && (
                <>
                  {' · '}
                  <SafeText text={e.note} />
                </>
              )}
            </p>
            {e.action !== 'create' && e.changes.length > 0 && (
              <table className="audit-changes">
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {e.changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{fieldLabels[c.field] ?? c.field}</th>
                      <td dir="auto">
                        <SafeText text={show(c, c.before)} />
                      </td>
                      <td dir="auto">
                        <SafeText text={show(c, c.after)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
