// Puts a change set on the undo stack. Undo and redo both revert the change
// set written last (history moves forward: see db/history.ts), so after an
// undo the entry holds what the undo wrote, ready to be redone.
import type { RecordChange } from '../db/history'
import { history, undoStack } from '../services'

export function recordUndo(label: string, changes: readonly RecordChange[]): void {
  if (!changes.length) return
  let last: readonly RecordChange[] = changes
  undoStack.push({
    label,
    undo: async () => void (last = await history.revert(last, 'undo', label)),
    redo: async () => void (last = await history.revert(last, 'redo', label)),
  })
}
