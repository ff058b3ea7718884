// The open case as React state: its id (from the remembered setting every
// window shares) and its record.
import { useLiveQuery } from 'dexie-react-hooks'
import type { CaseRecord } from '@shared/domain/case'
import type { CaseId } from '@shared/domain/ids'
import { db } from '../../services'
import { useSetting } from '../shell/use-setting'

export function useOpenCase(): {
  caseId: CaseId | null
  record: CaseRecord | undefined
  open: (id: CaseId) => void
} {
  const [id, setId] = useSetting('openCaseId')
  const caseId = (id as CaseId | null) ?? null
  const record = useLiveQuery(() => (caseId ? db.cases.get(caseId) : undefined), [caseId])
  return { caseId, record, open: setId }
}
