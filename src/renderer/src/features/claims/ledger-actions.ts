// Ledger edits as undoable actions: run a repository change, then put the
// records it changed on the shared undo stack.
import type { Change } from '../../db/ledger-repo'
import { recordUndo } from '../../undo/record-undo'

export async function ledgerAction(label: string, run: () => Promise<Change[]>): Promise<Change[]> {
  const changes = await run()
  recordUndo(label, changes)
  return changes
}
