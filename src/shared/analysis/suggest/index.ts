// Claims found for you: offline, explainable suggestions of attributed claims,
// their speakers and channels. Pure. This entry is the light half the window
// uses (types, review against the registry, acceptance); the engine and its
// language model (megabytes) load only in the worker, from ./engine and
// ./nlp-english, so they never reach the window's bundle.
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
export { acceptancePlan, applyBatch, speakerKey, type AcceptancePlan, type SourceChoice } from './accept'
export { blockLanguage, nameKey } from './text'
export {
  overlapsAny,
  pendingSuggestions,
  registryIndex,
  reviewer,
  reviewSuggestion,
  type ReviewedSuggestion,
} from './review'
