// Ledger edits as undoable actions: run a repository change, then record how
// to put its records back (and forward again) on the shared undo stack.
import type { Change } from '../../db/ledger-repo'
import { ledger, undoStack } from '../../services'

export async function ledgerAction(label: string, run: () => Promise<Change[]>): Promise<Change[]> {
  const changes = await run()
  if (changes.length) {
    undoStack.push({
      label,
      undo: async () => void (await ledger.apply(changes, 'before')),
      redo: async () => void (await ledger.apply(changes, 'after')),
    })
  }
  return changes
}
