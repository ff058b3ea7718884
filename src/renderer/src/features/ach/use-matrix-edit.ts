// One edit of a matrix as the analyst makes it: applied to the stored matrix,
// put on the undo history, and any refusal (a rule it breaks, a matrix
// deleted in another window) said in words. Resolves to whether it was saved.
import { useCallback } from 'react'
import type { AchMatrix } from '@shared/analysis/ach'
import type { AchMatrixId } from '@shared/domain/ids'
import { describeError } from '../../db/errors'
import { achMatrices } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { useNotify } from '../shell/notices'

export type MatrixEdit = (
  id: AchMatrixId,
  /** What the undo button says, e.g. "rate a cell". */
  label: string,
  /** What the audit trail says, e.g. "E2, H1: Inconsistent (I) (was Consistent (C))". */
  note: string | ((before: AchMatrix, after: AchMatrix) => string),
  edit: (m: AchMatrix) => AchMatrix,
  /** Where the caller shows the refusal (a form's error); the toast says it otherwise. */
  onError?: (message: string) => void,
) => Promise<boolean>

export function useMatrixEdit(): MatrixEdit {
  const notify = useNotify()
  return useCallback(
    async (id, label, note, edit, onError) => {
      try {
        recordUndo(label, await achMatrices.update(id, edit, note))
        return true
      } catch (error) {
        const message = describeError(error)
        if (onError) onError(message)
        else notify(message, { tone: 'error' })
        return false
      }
    },
    [notify],
  )
}
