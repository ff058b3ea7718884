// Cases: one investigation each, as an NVivo or ATLAS.ti project is. Every
// document, annotation, claim and briefing belongs to exactly one case; the
// source registry is shared by all cases, because how far a source can be
// trusted is the desk's knowledge, not one inquiry's.
import { z } from 'zod'
import type { CaseId } from './ids'

export interface CaseRecord {
  id: CaseId
  name: string
  description: string
  /** Handling marking new briefings in this case start with. */
  marking: string
  archived: boolean
  created: string
  modified: string
}

export type CaseDraft = Pick<CaseRecord, 'name' | 'description' | 'marking'>

export const defaultMarking = 'UNCLASSIFIED // OPEN SOURCE'

export const emptyCaseDraft: CaseDraft = { name: '', description: '', marking: defaultMarking }

export const caseDraftSchema = z.object({
  name: z.string().trim().min(1, 'Give the case a name').max(200, 'Keep the name under 200 characters'),
  description: z.string().max(5000, 'Keep the description under 5,000 characters'),
  marking: z.string().trim().max(200, 'Keep the marking under 200 characters'),
})

/** A case name from a document title: the first few words, for the case an existing library moves into. */
export function caseNameFrom(title: string | undefined): string {
  const words = (title ?? '').trim().split(/\s+/).filter(Boolean)
  if (!words.length) return 'My first case'
  const name = words.slice(0, 8).join(' ')
  return words.length > 8 ? `${name}…` : name
}
