// Briefings in the store: create, save as the analyst types, duplicate,
// delete (and put back, for undo).
import { emptyBriefingDraft, type BriefingDraft, type BriefingRecord } from '@shared/domain/briefing'
import { newBriefingId, type BriefingId, type CaseId } from '@shared/domain/ids'
import type { WorkbenchDB } from './db'
import { guardWrite } from './errors'

export function briefingsRepo(db: WorkbenchDB) {
  const stamp = () => new Date().toISOString()
  return {
    /** A new briefing in a case, marked with the case's handling marking unless told otherwise. */
    async create(caseId: CaseId, draft: Partial<BriefingDraft> = {}): Promise<BriefingRecord> {
      const at = stamp()
      const marking = (await db.cases.get(caseId))?.marking || emptyBriefingDraft.marking
      const record: BriefingRecord = {
        ...emptyBriefingDraft,
        marking,
        ...draft,
        id: newBriefingId(),
        caseId,
        created: at,
        modified: at,
      }
      await guardWrite(() => db.briefings.add(record))
      return record
    },
    /** Saves an edit; a briefing deleted meanwhile (here or in another window) stays deleted. */
    async save(record: BriefingRecord): Promise<BriefingRecord | null> {
      const next = { ...record, modified: stamp() }
      return guardWrite(() =>
        db.transaction('rw', db.briefings, async () => {
          if (!(await db.briefings.get(record.id))) return null
          await db.briefings.put(next)
          return next
        }),
      )
    },
    async duplicate(id: BriefingId): Promise<BriefingRecord> {
      const source = await db.briefings.get(id)
      if (!source) throw new Error('That briefing no longer exists.')
      const { id: _id, caseId, created: _c, modified: _m, ...draft } = source
      return this.create(caseId, { ...draft, title: `${source.title || 'Untitled briefing'} (copy)` })
    },
    remove: (id: BriefingId) => guardWrite(() => db.briefings.delete(id)),
  }
}
