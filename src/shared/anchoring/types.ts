// Types of the anchoring core: the two selectors we store for every annotation
// (a W3C-style quote with context and a character position), and the outcome of
// re-anchoring them on a possibly edited text. Offsets are UTF-16 code unit
// indices into the document's canonical text, i.e. ordinary JS string indices.

/** A UTF-16 code unit index into a document's canonical text. Plain numbers are accepted everywhere. */
export type CharOffset = number

declare const graphemeBoundaryBrand: unique symbol

/**
 * A CharOffset proven to sit on a grapheme-cluster boundary of the text it was computed on.
 * The brand only exists at compile time: internal code that needs a boundary (selector
 * building, match verification) cannot be handed a raw, possibly mid-emoji, offset by
 * accident, while callers can still use the value as a plain number.
 */
export type GraphemeOffset = CharOffset & { readonly [graphemeBoundaryBrand]: true }

/** A half-open range [start, end) of the text. */
export interface TextRange {
  start: CharOffset
  end: CharOffset
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export interface TextSelectors {
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/** exact: found at the stored position; moved: same text elsewhere; fuzzy: approximate text nearby. */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy'

export type AnchorResult =
  { status: AnchorStatus; start: number; end: number; score: number } | { status: 'orphaned' }

export interface AnchorOptions {
  /** Edit budget of the fuzzy search. Default min(32, floor(exact.length / 4)); capped at floor(exact.length / 2). */
  maxErrors?: number
  /** Slack (code units) added to 2 × quote length on each side of the expected position for the fuzzy window. Default 256. */
  windowPadding?: number
  /** Minimum overall score (0..1) for a fuzzy match or a context-less relocation. Default 0.7. */
  minScore?: number
}
