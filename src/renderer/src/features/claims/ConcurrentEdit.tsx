// Two windows edited the same claim: the second save does not overwrite the
// first silently. It shows what the other window changed, field by field, and
// lets the analyst save over it (the other version stays in the audit trail)
// or drop their own edit.
import { diffFields } from '@shared/domain/audit'
import type { ClaimRecord } from '@shared/domain/claim'
import { fieldLabels, showValue } from './field-text'

export function ConcurrentEdit({
  opened,
  theirs,
  names,
  onSaveMine,
  onKeepTheirs,
}: {
  opened: ClaimRecord
  theirs: ClaimRecord
  names: (id: string) => string | undefined
  onSaveMine: () => void
  onKeepTheirs: () => void
}) {
  const changes = diffFields<object>(opened, theirs)
  return (
    <div className="discard-prompt" role="alertdialog" aria-label="This claim was changed elsewhere">
      <p>
        This claim was changed elsewhere (another window, say) after you opened it, by version{' '}
        {theirs.version}. What changed there:
      </p>
      <table className="audit-changes">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">When you opened it</th>
            <th scope="col">Now saved</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{fieldLabels[c.field] ?? c.field}</th>
              <td dir="auto">{showValue(c.field, c.before, names)}</td>
              <td dir="auto">{showValue(c.field, c.after, names)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row-actions">
        <button type="button" className="button primary" onClick={onSaveMine}>
          Save mine over it
        </button>
        <button type="button" className="button" onClick={onKeepTheirs}>
          Discard mine, keep that version
        </button>
      </div>
    </div>
  )
}
