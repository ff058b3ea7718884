// Claims found for you: offline, explainable suggestions of attributed claims,
// their speakers and channels. Pure: the worker and tests call these directly.
export type {
  Cue,
  CueKind,
  RegistrySource,
  SourceProposal,
  SuggestBatch,
  SuggestInput,
  SuggestLanguage,
  SuggestedChannel,
  SuggestedSpeaker,
  Suggestion,
  SuggestionId,
} from './types'
export { suggestClaims, suggestProgressively, type SuggestOptions } from './engine'
export { acceptancePlan, applyBatch, speakerKey, type AcceptancePlan, type SourceChoice } from './accept'
export { warmEnglish } from './nlp-english'
export { blockLanguage, nameKey } from './text'
export {
  overlapsAny,
  pendingSuggestions,
  registryIndex,
  reviewer,
  reviewSuggestion,
  type ReviewedSuggestion,
} from './review'
