// What accepting a suggestion means for the ledger, as plain data the panel
// hands to the repositories in one undoable step: the claim's fields with its
// anchor, and for speaker and channel either an existing source or a new one.
import { describeRange, type TextSelectors } from '../../anchoring'
import type { ClaimDraft } from '../../domain/claim'
import { emptySourceDraft, type SourceDraft } from '../../domain/source'
import { nameKey } from './text'
import type { SourceProposal, SuggestBatch, Suggestion } from './types'

/** An existing source, or one to create (then use its new id). */
export type SourceChoice = { sourceId: string } | { create: SourceDraft }

export interface AcceptancePlan {
  /** Claim fields to start from (attributedTo / reportedVia come from the choices below). */
  claim: Pick<ClaimDraft, 'statement' | 'type' | 'notes'>
  selectors: TextSelectors
  speaker: SourceChoice | null
  channel: SourceChoice | null
  /** The channel relays the speaker ("Iranian state TV, citing Al Jazeera"): set the channel source's `relays` to the speaker. */
  channelRelaysSpeaker: boolean
}

const draftOf = (p: SourceProposal): SourceDraft => ({
  ...emptySourceDraft,
  name: p.name,
  kind: p.kind,
  aliases: p.aliases,
  notes: p.notes,
})

function choice(sourceId: string | null, proposal: SourceProposal | null): SourceChoice | null {
  if (sourceId) return { sourceId }
  return proposal ? { create: draftOf(proposal) } : null
}

/** The ledger records an accepted suggestion becomes; `text` is the document's canonical text. */
export function acceptancePlan(s: Suggestion, text: string): AcceptancePlan {
  const speaker = s.attributed && s.speaker ? choice(s.speaker.sourceId, s.speaker.proposal) : null
  const channel = s.channel ? choice(s.channel.sourceId, s.channel.proposal) : null
  const notes = s.hedges.length ? `Hedged in the text: ${s.hedges.join('; ')}.` : ''
  return {
    claim: { statement: s.statement, type: s.type, notes },
    selectors: describeRange(text, s.start, s.end),
    speaker,
    channel,
    channelRelaysSpeaker: !!s.channel?.relayOf && !!speaker,
  }
}

/** Groups suggestions by speaker for "Accept all from this source": the registry id, else the folded name. */
export function speakerKey(s: Suggestion): string | null {
  if (!s.attributed || !s.speaker) return null
  return s.speaker.sourceId ? `source:${s.speaker.sourceId}` : `name:${nameKey(s.speaker.name)}`
}

/** Merges a batch into the suggestions shown so far: same id replaces, text order kept. */
export function applyBatch(current: readonly Suggestion[], batch: SuggestBatch): Suggestion[] {
  if (batch.suggestions.length === 0) return current as Suggestion[]
  const byId = new Map(current.map((s) => [s.id, s]))
  for (const s of batch.suggestions) byId.set(s.id, s)
  return [...byId.values()].sort((a, b) => a.start - b.start)
}
