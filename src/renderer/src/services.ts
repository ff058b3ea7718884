// The renderer's long-lived services: one database, its repositories, the
// undo stack and the host platform. Components import them from here.
import { db } from './db/db'
import { annotationsRepo } from './db/annotations-repo'
import { documentsRepo } from './db/documents-repo'
import { settingsRepo } from './db/settings-repo'
import { UndoStack } from './undo/undo-stack'

export { db }
export { platform } from './platform'
export const documents = documentsRepo(db)
export const annotations = annotationsRepo(db)
export const settings = settingsRepo(db)
export const undoStack = new UndoStack()
