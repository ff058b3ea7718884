// Anchoring core: describe a selection as selectors, re-anchor selectors on
// edited text, and grapheme/sentence/word segmentation. Pure functions only:
// no DOM, React, storage or Electron, so the renderer, the main process and
// workers can all use it.
export type {
  AnchorOptions,
  AnchorResult,
  AnchorStatus,
  CharOffset,
  GraphemeOffset,
  TextPositionSelector,
  TextQuoteSelector,
  TextRange,
  TextSelectors,
} from './types'
export {
  snapToGraphemes,
  isGraphemeBoundary,
  graphemeBoundaryAtOrAfter,
  graphemeBoundaryAtOrBefore,
} from './graphemes'
export { describeRange, DEFAULT_CONTEXT_LENGTH } from './describe'
export { anchor } from './anchor'
export { sentenceRanges, countWords } from './segments'
export { candidatesFor, selectorsForPassage, wordDiff } from './review'
export type { DiffPart, PassageCandidate } from './review'
export { foldString } from './fold'
