// Paints highlights without touching the document's text nodes: the CSS
// Custom Highlight API styles Ranges directly. A small fixed set of Highlight
// objects (one per colour slot, plus overlap, focus, selected, flash, find and
// suggested claims) keeps painting cheap: measured here, thousands of
// overlapping highlights paint in tens of milliseconds this way, against
// seconds with one Highlight each or with wrapped <mark> elements.
import { colourSlotCount } from '@shared/domain/tags'

export interface Span {
  start: number
  end: number
}
export interface PaintItem extends Span {
  id: string
  slot: number
}

export interface Painter {
  paint(items: readonly PaintItem[], overlaps: readonly Span[]): void
  setSelected(spans: readonly Span[]): void
  /** Passages that claims rest on, marked apart from annotation colours. */
  setClaims(spans: readonly Span[]): void
  setFocus(span: Span | null): void
  /** Hidden bidi and zero-width characters (shown in the text as visible glyphs), marked apart. */
  setInvisibles(spans: readonly Span[]): void
  /** Matches of find in the document, and the one stepped to, in their own style. */
  setFound(spans: readonly Span[], current: Span | null): void
  /**
   * Suggested claims in their own style, and the one under review. Kept up to
   * date by difference, since a long document's suggestions arrive in many
   * batches and each batch would otherwise repaint thousands of ranges.
   */
  setSuggestions(spans: readonly Span[], current: Span | null): void
  flash(span: Span): void
  destroy(): void
}

export const highlightNames = {
  slot: (n: number) => `aw-slot-${n}`,
  overlap: 'aw-overlap',
  claim: 'aw-claim',
  selected: 'aw-selected',
  focus: 'aw-focus',
  flash: 'aw-flash',
  invisible: 'aw-invisible',
  found: 'aw-found',
  foundCurrent: 'aw-found-current',
  suggestion: 'aw-suggestion',
  suggestionCurrent: 'aw-suggestion-current',
} as const

export class CssHighlightPainter implements Painter {
  private readonly slots: Highlight[] = []
  private readonly overlap = new Highlight()
  private readonly claims = new Highlight()
  private readonly selected = new Highlight()
  private readonly focus = new Highlight()
  private readonly flashing = new Highlight()
  private readonly invisibles = new Highlight()
  private readonly found = new Highlight()
  private readonly foundCurrent = new Highlight()
  private readonly suggestions = new Highlight()
  private readonly suggestionCurrent = new Highlight()
  /** The painted suggestion ranges by "start:end". */
  private suggestionRanges = new Map<string, Range>()
  private flashTimer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly toRange: (span: Span) => Range | null) {
    for (let i = 0; i < colourSlotCount; i++) {
      const h = new Highlight()
      h.priority = 1
      this.slots.push(h)
      CSS.highlights.set(highlightNames.slot(i), h)
    }
    // Higher priority paints on top where highlights overlap.
    this.overlap.priority = 2
    this.claims.priority = 2
    CSS.highlights.set(highlightNames.claim, this.claims)
    this.focus.priority = 3
    this.selected.priority = 4
    this.flashing.priority = 5
    CSS.highlights.set(highlightNames.overlap, this.overlap)
    CSS.highlights.set(highlightNames.focus, this.focus)
    CSS.highlights.set(highlightNames.selected, this.selected)
    CSS.highlights.set(highlightNames.flash, this.flashing)
    // Above the colour slots so a marked control stays marked inside a highlight.
    this.invisibles.priority = 2
    CSS.highlights.set(highlightNames.invisible, this.invisibles)
    // Find matches sit over annotation colours; the current one over everything but a flash.
    this.found.priority = 3
    this.foundCurrent.priority = 4
    CSS.highlights.set(highlightNames.found, this.found)
    CSS.highlights.set(highlightNames.foundCurrent, this.foundCurrent)
    // Suggestions sit under annotation colours' overlap marks; the one under review above them.
    this.suggestions.priority = 1
    this.suggestionCurrent.priority = 3
    CSS.highlights.set(highlightNames.suggestion, this.suggestions)
    CSS.highlights.set(highlightNames.suggestionCurrent, this.suggestionCurrent)
  }

  paint(items: readonly PaintItem[], overlaps: readonly Span[]): void {
    this.slots.forEach((h) => h.clear())
    for (const item of items) {
      const range = this.toRange(item)
      if (range) this.slots[item.slot % colourSlotCount]!.add(range)
    }
    this.fill(this.overlap, overlaps)
  }

  setSelected(spans: readonly Span[]): void {
    this.fill(this.selected, spans)
  }

  setClaims(spans: readonly Span[]): void {
    this.fill(this.claims, spans)
  }

  setFocus(span: Span | null): void {
    this.fill(this.focus, span ? [span] : [])
  }

  setInvisibles(spans: readonly Span[]): void {
    this.fill(this.invisibles, spans)
  }

  setFound(spans: readonly Span[], current: Span | null): void {
    this.fill(this.found, spans)
    this.fill(this.foundCurrent, current ? [current] : [])
  }

  setSuggestions(spans: readonly Span[], current: Span | null): void {
    const next = new Map<string, Range>()
    for (const span of spans) {
      const key = `${span.start}:${span.end}`
      const range = this.suggestionRanges.get(key) ?? this.toRange(span)
      if (range) next.set(key, range)
    }
    for (const [key, range] of this.suggestionRanges) if (!next.has(key)) this.suggestions.delete(range)
    for (const [key, range] of next) if (!this.suggestionRanges.has(key)) this.suggestions.add(range)
    this.suggestionRanges = next
    this.fill(this.suggestionCurrent, current ? [current] : [])
  }

  flash(span: Span): void {
    this.fill(this.flashing, [span])
    clearTimeout(this.flashTimer)
    this.flashTimer = setTimeout(() => this.flashing.clear(), 1200)
  }

  destroy(): void {
    clearTimeout(this.flashTimer)
    for (let i = 0; i < colourSlotCount; i++) CSS.highlights.delete(highlightNames.slot(i))
    for (const name of [
      highlightNames.overlap,
      highlightNames.claim,
      highlightNames.invisible,
      highlightNames.focus,
      highlightNames.selected,
      highlightNames.flash,
      highlightNames.found,
      highlightNames.foundCurrent,
      highlightNames.suggestion,
      highlightNames.suggestionCurrent,
    ]) {
      CSS.highlights.delete(name)
    }
  }

  private fill(highlight: Highlight, spans: readonly Span[]): void {
    highlight.clear()
    for (const span of spans) {
      const range = this.toRange(span)
      if (range) highlight.add(range)
    }
  }
}
