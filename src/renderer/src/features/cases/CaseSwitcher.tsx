// The case switcher in the header: which investigation every view shows, and
// the way to the cases dialog (new, rename, archive, delete).
import { useLiveQuery } from 'dexie-react-hooks'
import type { CaseId } from '@shared/domain/ids'
import { spelledOut } from '@shared/text/invisible'
import { db } from '../../services'
import { useOpenCase } from './use-open-case'
import './cases.css'

export function CaseSwitcher({ onManage }: { onManage: () => void }) {
  const { caseId, open } = useOpenCase()
  const all = useLiveQuery(() => db.cases.toArray(), [])
  // Archived cases stay out of the way, unless one is the open case.
  const shown = (all ?? [])
    .filter((c) => !c.archived || c.id === caseId)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))
  return (
    <div className="case-switcher">
      <label htmlFor="case-switcher">Case</label>
      <select
        id="case-switcher"
        value={caseId ?? ''}
        onChange={(e) => open(e.target.value as CaseId)}
        disabled={!all}
      >
        {shown.map((c) => (
          <option key={c.id} value={c.id}>
            {spelledOut(c.name)}
            {c.archived ? ' (archived)' : ''}
          </option>
        ))}
      </select>
      <button type="button" className="button small" onClick={onManage}>
        Cases…
      </button>
    </div>
  )
}
