// Public types of the claim-suggestion engine: what the "Suggested claims"
// panel receives. Every suggestion is a proposal with its reasons; nothing
// here is written anywhere until the analyst accepts it.
import type { ClaimType } from '../../domain/claim'
import type { BlockKind } from '../../domain/document'
import type { SourceKind } from '../../domain/source'

export type SuggestLanguage = 'en' | 'ar'

/** The part of a source record the engine needs: names to match speakers and channels against. */
export interface RegistrySource {
  id: string
  name: string
  aliases: readonly string[]
  /** Id of the source this one relays, if any. */
  relays?: string | null
}

export interface SuggestInput {
  /** The document's canonical text: one block per line, "\n" between blocks. */
  text: string
  /** The document's language; 'auto' decides per block from its script. */
  language: SuggestLanguage | 'auto'
  registry: readonly RegistrySource[]
  /** Kind of each block (DocumentRecord.blocks): headings are not searched. Without it, a short line with no closing punctuation counts as a heading. */
  blocks?: readonly BlockKind[]
}

/** `sg-` + 16 hex digits, from the document text and the span: the same suggestion always has the same id. */
export type SuggestionId = string & { readonly __brand: 'SuggestionId' }

export type CueKind =
  | 'attribution' // the words that attribute: "said", "according to", "أفاد"
  | 'quotation' // quotation marks around the speaker's words
  | 'channel' // "in a post on X", "told NBC News"
  | 'relay' // "citing Al Jazeera", "نقلت … عن"
  | 'back-reference' // "he", "the Observatory", "the group" resolved to a speaker named earlier
  | 'hedge' // "reportedly", "could not be independently verified": consider a lower credibility
  | 'unattributed' // "various reports suggested": no source named

/** A piece of text that produced or qualifies a suggestion, with its offsets into the document text. */
export interface Cue {
  kind: CueKind
  text: string
  start: number
  end: number
}

/** A new source the analyst could create in one step when accepting (the role goes into its notes). */
export interface SourceProposal {
  name: string
  kind: SourceKind
  aliases: string[]
  notes: string
}

export interface SuggestedSpeaker {
  /** Canonical name: the registry name when matched, else the full name found in the text. */
  name: string
  /** How the text refers to the speaker here ("he", "the Observatory", "a dock worker"). */
  mention: string
  /** The role the text gives ("senior commander of the HTS-led forces"), '' if none. */
  role: string
  kind: SourceKind
  sourceId: string | null
  /** Only when sourceId is null: the source to create on accept. */
  proposal: SourceProposal | null
}

export interface SuggestedChannel {
  /** The outlet, platform or broadcast the claim came through ("X", "NBC News", "Iranian state TV"). */
  name: string
  kind: SourceKind
  sourceId: string | null
  proposal: SourceProposal | null
  /** When the channel cites another source ("Iranian state TV, citing Al Jazeera"): that source. */
  relayOf?: { name: string; sourceId: string | null }
}

export interface Suggestion {
  id: SuggestionId
  /** [start, end) into the document text; may span several sentences or blocks. */
  start: number
  end: number
  quote: string
  /** The claim in plain words, attribution removed, for the claim's statement field. */
  statement: string
  type: Extract<ClaimType, 'direct-quote' | 'reported-fact'>
  /** False for claims the text does not pin on anyone ("various reports suggested"). */
  attributed: boolean
  speaker: SuggestedSpeaker | null
  channel: SuggestedChannel | null
  cues: Cue[]
  /** Hedging cues among `cues`, as short phrases: reasons to consider a lower credibility, never a grade. */
  hedges: string[]
  /** One short sentence on why this was suggested. */
  reason: string
  language: SuggestLanguage
}

/** One step of a progressive run: new or revised suggestions (same id replaces), and how far it got. */
export interface SuggestBatch {
  suggestions: Suggestion[]
  /** Characters of the text examined so far. */
  done: number
  total: number
}
