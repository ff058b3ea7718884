// The analyst's answers to suggested claims. Accepting writes the claims and
// whatever sources they need (a speaker, a channel, the channel's relay)
// through the ledger, so each is audited, in one transaction; rejecting
// stores the decision for the document. Both return the record changes that
// make them one undoable step.
import { acceptancePlan, registryIndex, type SourceChoice, type Suggestion } from '@shared/analysis/suggest'
import { emptyClaimDraft, validateClaimDraft, type ClaimDraft } from '@shared/domain/claim'
import type { DocumentRecord } from '@shared/domain/document'
import type { ClaimId, DocumentId, SourceId } from '@shared/domain/ids'
import type { SourceDraft, SourceRecord } from '@shared/domain/source'
import type { SuggestionDecision, WorkbenchDB } from './db'
import { guardWrite } from './errors'
import type { RecordChange } from './history'
import type { Change, ledgerRepo } from './ledger-repo'
import { now } from './clock'

type Ledger = ReturnType<typeof ledgerRepo>

export const decisionId = (documentId: string, suggestionId: string) => `${documentId}|${suggestionId}`

/**
 * One change per record: a source created and then given a relay in the same
 * step is one change from nothing to its final state, which is what undo checks.
 */
export function mergeChanges(changes: readonly Change[]): Change[] {
  const byKey = new Map<string, Change>()
  for (const c of changes) {
    const key = `${c.table}:${c.id}`
    const first = byKey.get(key)
    byKey.set(key, first ? ({ ...first, after: c.after } as Change) : c)
  }
  return [...byKey.values()]
}

/** Whether following `from`'s relays reaches `to` (a relay the other way would close a loop). */
function relaysTo(sources: Map<string, SourceRecord>, from: string, to: string): boolean {
  const seen = new Set<string>()
  for (let id: string | null = from; id && !seen.has(id); id = sources.get(id)?.relays ?? null) {
    if (id === to) return true
    seen.add(id)
  }
  return false
}

const draftOf = ({ id: _id, created: _c, modified: _m, ...draft }: SourceRecord): SourceDraft => draft

export function suggestionsRepo(db: WorkbenchDB, ledger: Ledger) {
  return {
    /**
     * Records each suggestion as a claim on its passage in `doc`, attributed
     * and reported as the suggestion says. Sources are matched by name or
     * alias in the registry as it is inside the transaction (so a speaker
     * accepted twice is created once); a channel that relays the speaker gets
     * that relay unless it already relays someone.
     */
    accept: (doc: DocumentRecord, suggestions: readonly Suggestion[]) =>
      guardWrite(() =>
        db.transaction('rw', [db.claims, db.sources, db.audit], async () => {
          const changes: Change[] = []
          const claimIds: ClaimId[] = []
          const sources = new Map((await db.sources.toArray()).map((s) => [s.id as string, s]))
          let index = registryIndex([...sources.values()])
          const remember = (record: SourceRecord) => {
            sources.set(record.id, record)
            index = registryIndex([...sources.values()])
          }
          const sourceFor = async (
            choice: SourceChoice | null,
            relays: SourceId | null = null,
          ): Promise<SourceId | null> => {
            if (!choice) return null
            if ('sourceId' in choice && sources.has(choice.sourceId)) return choice.sourceId as SourceId
            if (!('create' in choice)) throw new Error('A source this suggestion names has been deleted.')
            const existing = index.find(choice.create.name, ...choice.create.aliases)
            if (existing) return existing.id as SourceId
            const made = await ledger.createSource({ ...choice.create, relays })
            changes.push(...made)
            remember(made[0]!.after as SourceRecord)
            return made[0]!.id as SourceId
          }
          for (const s of suggestions) {
            const plan = acceptancePlan(s, doc.text)
            const speaker = await sourceFor(plan.speaker)
            if (!speaker)
              throw new Error(
                `“${s.quote.slice(0, 60)}…” names no source: edit it to choose one, or reject it.`,
              )
            const relay = plan.channelRelaysSpeaker ? speaker : null
            let channel = await sourceFor(plan.channel, relay)
            if (channel === speaker) channel = null
            const carrier = channel ? sources.get(channel) : undefined
            if (relay && carrier && !carrier.relays && !relaysTo(sources, relay, carrier.id)) {
              const updated = await ledger.updateSource(carrier.id, { ...draftOf(carrier), relays: relay })
              changes.push(...updated)
              remember(updated[0]!.after as SourceRecord)
            }
            const draft: ClaimDraft = {
              ...emptyClaimDraft,
              ...plan.claim,
              attributedTo: speaker,
              reportedVia: channel,
              reported: doc.published,
              anchors: [{ documentId: doc.id, selectors: plan.selectors }],
            }
            const checked = validateClaimDraft(draft)
            if (!checked.ok) throw new Error(Object.values(checked.errors).join(' '))
            const made = await ledger.createClaim(checked.value, doc.caseId)
            changes.push(...made)
            claimIds.push(made[0]!.id as ClaimId)
          }
          return { changes: mergeChanges(changes) as RecordChange[], claimIds }
        }),
      ),

    /** Keeps a suggestion rejected for this document; the change undoes it. */
    reject: (documentId: DocumentId, suggestionId: string) =>
      guardWrite(() =>
        db.transaction('rw', db.suggestionDecisions, async (): Promise<RecordChange[]> => {
          const id = decisionId(documentId, suggestionId)
          const before = await db.suggestionDecisions.get(id)
          const after: SuggestionDecision = { id, documentId, suggestionId, decision: 'rejected', at: now() }
          await db.suggestionDecisions.put(after)
          return [{ table: 'suggestionDecisions', id, before, after }]
        }),
      ),

    /** The ids of the suggestions rejected on a document. */
    rejected: async (documentId: DocumentId): Promise<Set<string>> =>
      new Set(
        (await db.suggestionDecisions.where('documentId').equals(documentId).toArray())
          .filter((d) => d.decision === 'rejected')
          .map((d) => d.suggestionId),
      ),
  }
}
