// What the language rules report for one sentence, before speakers are
// resolved against earlier mentions and the registry.
import type { SourceKind } from '../../domain/source'
import type { Mention } from './mention'
import type { Cue, SuggestLanguage } from './types'

export interface ChannelFinding {
  name: string
  start: number
  end: number
  kind: SourceKind
  /** The phrase that showed it ("in a post on X"). */
  cue: Cue
}

export type Pattern =
  | 'leading' // The Observatory said (that) …
  | 'trailing' // …, the Observatory said.
  | 'inverted' // “…,” said Hassan Abdul-Ghani.
  | 'according-to' // According to X, … / …, according to X.
  | 'participle' // …, adding that …
  | 'relay' // Outlet, citing X, reported …
  | 'unattributed' // Various reports suggested …

export interface Finding {
  language: SuggestLanguage
  /** The sentence (unit) the finding covers. */
  start: number
  end: number
  /** The words of the claim itself, for the statement. */
  contentStart: number
  contentEnd: number
  pattern: Pattern
  attributed: boolean
  speaker: Mention | null
  channel: ChannelFinding | null
  /** The source a channel cites ("citing Al Jazeera"); the speaker then is that source too. */
  relayOf: Mention | null
  cues: Cue[]
  /** "the Foreign Secretary said:" with the quotation in the next paragraphs. */
  colonIntro: boolean
}
