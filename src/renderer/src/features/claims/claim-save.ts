// Saving a claim with the sources its form names: new sources (from names
// not yet in the registry, with what a suggestion proposed for them) and the
// claim are written in one transaction, so they are saved together or not at all.
import type { ClaimDraft, ClaimRecord } from '@shared/domain/claim'
import type { CaseId, SourceId } from '@shared/domain/ids'
import { emptySourceDraft, nameKey, resolveSourceName, type SourceRecord } from '@shared/domain/source'
import type { Change } from '../../db/ledger-repo'
import { currentCaseId, db, ledger } from '../../services'
import type { ProposedSources } from './ClaimEditor'
import type { SourceChoice } from './SourcePicker'

/** A new claim belongs to the case of the document it rests on, else to the open case. */
async function caseFor(draft: ClaimDraft): Promise<CaseId> {
  const first = draft.anchors[0]
  const doc = first ? await db.documents.get(first.documentId) : undefined
  return doc?.caseId ?? currentCaseId()
}

export interface ClaimWrite {
  /** The claim as validated, its sources as ids or `new:<name>` for names to create. */
  candidate: ClaimDraft
  /** The names to create as sources, with what the form says of each. */
  pending: ReadonlyMap<string, SourceChoice>
  sources: readonly SourceRecord[]
  proposed?: ProposedSources
  existing?: ClaimRecord
  /** The version saved over (the one the editor opened, or a newer one the analyst chose to overwrite). */
  overVersion?: number
}

export function writeClaim(
  { candidate, pending, sources, proposed, existing, overVersion }: ClaimWrite,
  onSaved: (id: string) => void,
): Promise<Change[]> {
  return db.transaction('rw', [db.claims, db.sources, db.audit, db.documents], async () => {
    const changes: Change[] = []
    const created = new Map<string, SourceId>()
    // A proposed source keeps its aliases and notes (the role the text gives) when created under its
    // name; a proposed channel that relays the speaker gets that relay (the speaker comes first).
    const proposal = (name: string) =>
      [proposed?.attributedTo, proposed?.reportedVia].find((p) => p && nameKey(p.name) === nameKey(name))
    const real = (sid: SourceId | null) => (sid && created.get(sid)) ?? sid
    for (const [name, choice] of pending) {
      const base = proposal(name) ?? emptySourceDraft
      // What it relays: the source named in its Relays field (one in the registry, or the other new
      // source of this form, set below); a suggested channel whose speaker is already in the registry
      // relays that speaker.
      const typed = resolveSourceName(sources, choice.relays)?.id ?? null
      const relays =
        typed ??
        (proposed?.channelRelaysSpeaker && !proposed.attributedTo && base === proposed.reportedVia
          ? real(candidate.attributedTo)
          : choice.relays.trim()
            ? null
            : base.relays)
      const [change] = await ledger.createSource({ ...base, ...choice.draft, name, relays })
      changes.push(change!)
      created.set(`new:${name}`, change!.id as SourceId)
    }
    for (const [name, choice] of pending) {
      const other = [...pending.keys()].find((n) => n !== name && nameKey(n) === nameKey(choice.relays))
      if (!other || resolveSourceName(sources, choice.relays)) continue
      const id = created.get(`new:${name}`)!
      const source = (await db.sources.get(id))!
      const [change] = await ledger.updateSource(id, {
        ...source,
        relays: created.get(`new:${other}`)!,
      })
      changes.push(change!)
    }
    const final = {
      ...candidate,
      attributedTo: real(candidate.attributedTo),
      reportedVia: real(candidate.reportedVia),
    }
    // Saved over the version this editor opened (or the newer one the analyst chose to overwrite).
    const claimChanges = existing
      ? await ledger.updateClaim(existing.id, final, overVersion ?? existing.version)
      : await ledger.createClaim(final, await caseFor(final))
    onSaved(claimChanges[0]!.id)
    return [...changes, ...claimChanges]
  })
}
