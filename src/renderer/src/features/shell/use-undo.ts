// Undo and redo as the analyst triggers them (keys, menu, buttons, a toast):
// run the step and say what was undone, or why it could not be.
import { useCallback } from 'react'
import { describeError } from '../../db/errors'
import { undoStack } from '../../services'
import { useNotify } from './notices'

export function useUndo(): (redo?: boolean) => Promise<void> {
  const notify = useNotify()
  return useCallback(
    async (redo = false) => {
      try {
        if (undoStack.busy) return notify('Still undoing the previous change…')
        const label = redo ? await undoStack.redo() : await undoStack.undo()
        notify(label ? `${redo ? 'Redid' : 'Undid'}: ${label}.` : `Nothing to ${redo ? 'redo' : 'undo'}.`)
      } catch (error) {
        notify(describeError(error), { tone: 'error' })
      }
    },
    [notify],
  )
}
