// The reader without React: renders a document's blocks as plain text nodes
// (one per block, never split), converts between DOM positions and offsets in
// the canonical text, reports selections and clicks, and drives the painter.
// The React shell creates it in an effect and feeds it through setters.
// Hidden bidi and zero-width characters are displayed as visible glyphs of the
// same length (the stored text keeps them), marked by the painter and named
// on hover, so the text cannot read as something it is not.
import { lineStarts, type BlockKind } from '@shared/domain/document'
import { findInvisibles, visibleSubstitute } from '@shared/text/invisible'
import { strongCounts } from '@shared/import/direction'
import { IntervalIndex } from '../../highlight/interval-index'
import { CssHighlightPainter, type PaintItem, type Painter, type Span } from '../../highlight/painter'

export interface ReaderEvents {
  /** A non-empty selection inside the text, or null when it goes away. */
  onSelect(selection: Span | null): void
  /** A click on the text: the annotations under the pointer, innermost first (maybe none), and the offset clicked. */
  onHighlightClick(ids: string[], point: { x: number; y: number }, offset: number | null): void
}

// Headings move one level down (the document title is the page's h1). Other
// kinds keep one text node per block, so offsets still map one to one; list
// items and captions are styled, not wrapped in lists or figures.
const blockTag: Record<BlockKind, string> = {
  p: 'p',
  h1: 'h2',
  h2: 'h3',
  h3: 'h4',
  h4: 'h5',
  h5: 'h6',
  h6: 'h6',
  li: 'p',
  quote: 'blockquote',
  caption: 'p',
  cell: 'p',
  pre: 'pre',
}

/**
 * Each block's direction: a block takes the majority of its own strong
 * letters (not its first letter's, as dir="auto" would), so an Arabic
 * paragraph opening with "UNHCR" stays right to left; a block with none, or a
 * tie, takes the document's base: the direction stored with it (from the
 * source's dir/lang at import), else the majority of all its letters.
 */
function directions(lines: readonly string[], stored?: 'ltr' | 'rtl'): ('ltr' | 'rtl')[] {
  const counts = lines.map(strongCounts)
  const rtl = counts.reduce((n, c) => n + c.rtl, 0)
  const ltr = counts.reduce((n, c) => n + c.ltr, 0)
  const base = stored ?? (rtl > ltr ? 'rtl' : 'ltr')
  return counts.map((c) => (c.rtl > c.ltr ? 'rtl' : c.ltr > c.rtl ? 'ltr' : base))
}

export class ReaderEngine {
  private blocks: HTMLElement[] = []
  private starts: number[] = []
  private text = ''
  private items: PaintItem[] = []
  private index = new IntervalIndex<string>([])
  /** Offsets of hidden controls in the text → their names, for the hover title. */
  private invisibles = new Map<number, string>()
  private hoverFrame = 0
  private readonly painter: Painter
  private readonly abort = new AbortController()

  constructor(
    private readonly container: HTMLElement,
    private readonly events: ReaderEvents,
  ) {
    this.painter = new CssHighlightPainter((span) => this.rangeOf(span))
    const signal = this.abort.signal
    container.addEventListener('pointerup', () => setTimeout(() => this.reportSelection(), 0), { signal })
    container.addEventListener('keyup', (e) => e.shiftKey && this.reportSelection(), { signal })
    container.addEventListener('click', (e) => this.handleClick(e), { signal })
    container.addEventListener('pointermove', (e) => this.nameInvisibleAt(e.clientX, e.clientY), { signal })
    document.addEventListener(
      'selectionchange',
      () => {
        const sel = document.getSelection()
        if (!sel || sel.isCollapsed) this.events.onSelect(null)
      },
      { signal },
    )
  }

  setDocument(
    text: string,
    kinds: readonly BlockKind[],
    pages?: readonly (number | null)[],
    dir?: 'ltr' | 'rtl',
  ): void {
    if (text === this.text && this.blocks.length) return
    this.text = text
    performance.mark('aw-render-start')
    this.starts = lineStarts(text)
    const hidden = findInvisibles(text)
    this.invisibles = new Map(hidden.map((m) => [m.index, m.label]))
    // Same length as the text, so block offsets and selectors are unchanged.
    const lines = visibleSubstitute(text, hidden).split('\n')
    const dirs = directions(text.split('\n'), dir)
    this.blocks = lines.map((line, i) => {
      const kind = kinds[i] ?? 'p'
      const el = document.createElement(blockTag[kind] ?? 'p')
      el.dir = dirs[i]!
      el.className = `reader-block reader-block--${kind}`
      el.dataset.start = String(this.starts[i])
      // The first block of each printed page carries its number for the margin marker (CSS, not text).
      const page = pages?.[i]
      if (page != null && page !== pages?.[i - 1]) el.dataset.page = String(page)
      el.textContent = line
      return el
    })
    this.container.replaceChildren(...this.blocks)
    performance.measure('aw-render', 'aw-render-start')
    // Ranges painted on the old text nodes go with them.
    this.painter.setSuggestions([], null)
    this.painter.setInvisibles(hidden.map((m) => ({ start: m.index, end: m.index + 1 })))
    this.repaint()
  }

  setAnnotations(items: readonly PaintItem[]): void {
    this.items = [...items]
    this.index = new IntervalIndex(items.map((i) => ({ start: i.start, end: i.end, value: i.id })))
    this.repaint()
  }

  setSelected(spans: readonly Span[]): void {
    this.painter.setSelected(spans)
  }

  setClaims(spans: readonly Span[]): void {
    this.painter.setClaims(spans)
  }

  setFocus(span: Span | null): void {
    this.painter.setFocus(span)
    if (span) this.scrollTo(span)
  }

  setSuggestions(spans: readonly Span[], current: Span | null): void {
    this.painter.setSuggestions(spans, current)
  }

  /** Paints find's matches; the current one is scrolled into view. */
  setFound(spans: readonly Span[], current: Span | null): void {
    this.painter.setFound(spans, current)
    if (current) this.scrollTo(current)
  }

  /** Scrolls a span into view and flashes it. */
  reveal(span: Span): void {
    this.scrollTo(span)
    this.painter.flash(span)
  }

  /** The DOM Range for a span of the canonical text, or null if out of bounds. */
  rangeOf({ start, end }: Span): Range | null {
    const a = this.pointOf(start)
    const b = this.pointOf(end)
    if (!a || !b) return null
    const range = document.createRange()
    range.setStart(a.node, a.offset)
    range.setEnd(b.node, b.offset)
    return range
  }

  /** The current selection as offsets, clipped to the text and trimmed of surrounding white space. */
  selectionSpan(): Span | null {
    const sel = document.getSelection()
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null
    const range = sel.getRangeAt(0)
    if (!range.intersectsNode(this.container)) return null
    const whole = document.createRange()
    whole.selectNodeContents(this.container)
    let start =
      range.compareBoundaryPoints(Range.START_TO_START, whole) < 0
        ? 0
        : this.offsetOf(range.startContainer, range.startOffset)
    let end =
      range.compareBoundaryPoints(Range.END_TO_END, whole) > 0
        ? this.text.length
        : this.offsetOf(range.endContainer, range.endOffset)
    if (start === null || end === null) return null
    while (start < end && /\s/.test(this.text[start]!)) start++
    while (end > start && /\s/.test(this.text[end - 1]!)) end--
    return end > start ? { start, end } : null
  }

  destroy(): void {
    cancelAnimationFrame(this.hoverFrame)
    this.abort.abort()
    this.painter.destroy()
    this.container.replaceChildren()
  }

  private repaint(): void {
    if (!this.blocks.length) return
    // Measured by `npm run bench` (tests/bench/paint.perf.ts).
    performance.mark('aw-paint-start')
    this.painter.paint(this.items, this.index.overlaps())
    performance.measure('aw-paint', 'aw-paint-start')
  }

  private reportSelection(): void {
    this.events.onSelect(this.selectionSpan())
  }

  private handleClick(e: MouseEvent): void {
    const sel = document.getSelection()
    if (sel && !sel.isCollapsed) return
    const offset = this.offsetAtPoint(e.clientX, e.clientY)
    this.events.onHighlightClick(
      offset === null ? [] : this.index.at(offset),
      { x: e.clientX, y: e.clientY },
      offset,
    )
  }

  /** Names the hidden control under the pointer in the text's tooltip (once a frame; nothing to do in a clean text). */
  private nameInvisibleAt(x: number, y: number): void {
    if (this.invisibles.size === 0 || this.hoverFrame) return
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0
      const offset = this.offsetAtPoint(x, y)
      const name = offset === null ? undefined : this.invisibles.get(offset)
      if (name) this.container.title = name
      else this.container.removeAttribute('title')
    })
  }

  /** The character under a point: the caret position, checked against the glyph boxes either side of it. */
  private offsetAtPoint(x: number, y: number): number | null {
    const caret = document.caretPositionFromPoint(x, y)
    if (!caret || !this.container.contains(caret.offsetNode)) return null
    const offset = this.offsetOf(caret.offsetNode, caret.offset)
    if (offset === null) return null
    for (const candidate of [offset, offset - 1]) {
      if (candidate < 0 || candidate >= this.text.length) continue
      const rects = this.rangeOf({ start: candidate, end: candidate + 1 })?.getClientRects() ?? []
      for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return candidate
    }
    return null
  }

  private offsetOf(node: Node, offset: number): number | null {
    if (node === this.container) {
      return offset >= this.blocks.length ? this.text.length : (this.starts[offset] ?? null)
    }
    const block = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node) as HTMLElement | null
    const i = block ? this.blocks.indexOf(block) : -1
    if (i < 0) return null
    const start = this.starts[i]!
    const length = block!.textContent?.length ?? 0
    if (node.nodeType === Node.TEXT_NODE) return start + Math.min(offset, length)
    return offset === 0 ? start : start + length
  }

  private pointOf(offset: number): { node: Node; offset: number } | null {
    if (offset < 0 || offset > this.text.length || !this.blocks.length) return null
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (this.starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    const block = this.blocks[lo]!
    const node = block.firstChild ?? block
    const local = Math.min(offset - this.starts[lo]!, block.textContent?.length ?? 0)
    return node === block ? { node: block, offset: 0 } : { node, offset: local }
  }

  private scrollTo(span: Span): void {
    const range = this.rangeOf(span)
    const el = range?.startContainer.parentElement
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }
}
