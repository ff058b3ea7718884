// Another window (or a newer version of the app) opening the store with a new
// schema must not wedge this one. Dexie closes this window's connection so the
// upgrade can go ahead; from then on this window's queries would fail with raw
// errors, so it says so plainly and offers a reload. If this window is the one
// upgrading and an older window will not let go, it says that too.
import type { WorkbenchDB } from './db'

export type StoreInterruption = 'upgraded-elsewhere' | 'blocked'

export function watchStore(db: WorkbenchDB, report: (what: StoreInterruption) => void): () => void {
  // A new version elsewhere, or the store deleted elsewhere: either way this window is done with it.
  const onVersionChange = () => report('upgraded-elsewhere')
  const onBlocked = () => report('blocked')
  db.on('versionchange', onVersionChange)
  db.on('blocked', onBlocked)
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange)
    db.on('blocked').unsubscribe(onBlocked)
  }
}

export const interruptionText: Record<StoreInterruption, string> = {
  'upgraded-elsewhere':
    'The workbench store was upgraded by another window or a newer version of the app, so this window can no longer read or save. Everything saved is safe. Copy anything you have typed but not saved, then reload this window.',
  blocked:
    'The workbench store is being upgraded, but another Analyst Workbench window is still using the old version. Close or reload the other windows to finish.',
}
