// The reader's peers, run in a plain page on the same text and ranges as the
// app: <mark> wrapping of text nodes (a small reference of what Hypothesis
// does), one CSS Highlight per annotation, and @recogito/text-annotator.
// Each returns the time from the start of its work to the first frame
// produced after it (a task posted from a requestAnimationFrame callback runs
// once that frame's style, layout and paint are done).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { Span } from './paint-case'

/**
 * The text as the reader lays it out: one <p> per line. A "\n" text node
 * between paragraphs (not rendered between blocks) keeps the container's
 * textContent equal to the text, so offsets mean the same for every peer.
 */
export async function peerPage(page: Page, text: string): Promise<void> {
  await page.setContent(
    '<!doctype html><html><head><style>body{margin:0;font:16px/1.6 serif}' +
      '#text{max-width:42em;padding:1em 2em;position:relative}mark{background:rgb(255 220 0 / .35)}</style>' +
      '</head><body><div id="text"></div></body></html>',
  )
  await page.evaluate((text) => {
    const div = document.getElementById('text')!
    const lines = text.split('\n')
    lines.forEach((line, i) => {
      if (i) div.append('\n')
      const p = document.createElement('p')
      p.textContent = line
      div.append(p)
    })
  }, text)
  // Shared by the peers and installed before any timing: where an offset
  // falls among the top-level children (paragraphs and "\n" separators, which
  // no peer changes), and the first frame produced from now.
  await page.evaluate(() => {
    const children = [...document.getElementById('text')!.childNodes]
    const starts: number[] = []
    let at = 0
    for (const c of children) {
      starts.push(at)
      at += c.textContent!.length
    }
    const helpers: PeerHelpers = {
      __childAt(offset) {
        let lo = 0
        let hi = starts.length - 1
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1
          if (starts[mid]! <= offset) lo = mid
          else hi = mid - 1
        }
        return { child: children[lo]!, local: offset - starts[lo]! }
      },
      __nextFrame: () =>
        new Promise<number>((ok) =>
          requestAnimationFrame(() => {
            const ch = new MessageChannel()
            ch.port1.onmessage = () => ok(performance.now())
            ch.port2.postMessage(0)
          }),
        ),
    }
    Object.assign(window, helpers)
  })
}

interface PeerHelpers {
  __childAt: (offset: number) => { child: ChildNode; local: number }
  __nextFrame: () => Promise<number>
}

/** <mark> wrapping, as Hypothesis highlights: split text nodes at the range's ends, wrap each piece. */
export function markWrap(page: Page, spans: readonly Span[]): Promise<number> {
  return page.evaluate(async (spans) => {
    const root = document.getElementById('text')!
    const point = (offset: number) => {
      const { child, local: inChild } = (window as unknown as PeerHelpers).__childAt(offset)
      let local = inChild
      const walker = document.createTreeWalker(child, NodeFilter.SHOW_TEXT)
      let node = child.nodeType === Node.TEXT_NODE ? (child as Text) : (walker.nextNode() as Text)
      while (node) {
        if (local <= node.length) return { node, offset: local }
        local -= node.length
        node = walker.nextNode() as Text
      }
      throw new Error(`no text at ${offset}`)
    }
    const t0 = performance.now()
    for (const { start, end } of spans) {
      const s = point(start)
      const e = point(end)
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      // The last text node inside the range, split off at the range's end.
      let last: Text | null = e.node
      if (e.offset === 0) {
        walker.currentNode = e.node
        last = walker.previousNode() as Text | null
      } else if (e.offset < e.node.length) e.node.splitText(e.offset)
      // The first one, split off at its start.
      let first: Text | null = s.node
      if (s.offset === s.node.length) {
        walker.currentNode = s.node
        first = walker.nextNode() as Text | null
      } else if (s.offset > 0) {
        first = s.node.splitText(s.offset)
        if (last === s.node) last = first
      }
      const pieces: Text[] = []
      walker.currentNode = first!
      for (let n: Text | null = first; n; n = walker.nextNode() as Text | null) {
        pieces.push(n)
        if (n === last) break
      }
      for (const piece of pieces) {
        if (!piece.data.trim()) continue
        const mark = document.createElement('mark')
        piece.replaceWith(mark)
        mark.append(piece)
      }
    }
    const frame = await (window as unknown as PeerHelpers).__nextFrame()
    const marks = document.querySelectorAll('mark').length
    if (marks < spans.length) throw new Error(`only ${marks} marks for ${spans.length} ranges`)
    return frame - t0
  }, spans)
}

/** One Highlight per annotation in CSS.highlights, each with its own ::highlight() rule (as a colour per annotation needs). */
export function highlightPerAnnotation(page: Page, spans: readonly Span[]): Promise<number> {
  return page.evaluate(async (spans) => {
    const point = (offset: number): [Node, number] => {
      const { child, local } = (window as unknown as PeerHelpers).__childAt(offset)
      return [child.firstChild ?? child, Math.min(local, child.textContent!.length)]
    }
    const t0 = performance.now()
    const rules: string[] = []
    spans.forEach(({ start, end }, i) => {
      const range = document.createRange()
      range.setStart(...point(start))
      range.setEnd(...point(end))
      CSS.highlights.set(`a${i}`, new Highlight(range))
      rules.push(`::highlight(a${i}){background-color:hsl(${(i * 47) % 360} 90% 60% / .3)}`)
    })
    const style = document.createElement('style')
    style.textContent = rules.join('\n')
    document.head.append(style)
    const frame = await (window as unknown as PeerHelpers).__nextFrame()
    if (CSS.highlights.size !== spans.length) throw new Error(`${CSS.highlights.size} highlights`)
    return frame - t0
  }, spans)
}

const recogitoDist = resolve(__dirname, '../../node_modules/@recogito/text-annotator/dist')

/**
 * @recogito/text-annotator's own UMD build, which carries its dependencies
 * (no bundler needed: the project's Vite 8 has no esbuild); it exposes
 * window.RecogitoJS and reads process.env.NODE_ENV, given here.
 */
async function loadRecogito(page: Page): Promise<void> {
  await page.addStyleTag({ content: readFileSync(resolve(recogitoDist, 'text-annotator.css'), 'utf8') })
  await page.addScriptTag({ content: "window.process = { env: { NODE_ENV: 'production' } }" })
  await page.addScriptTag({ path: resolve(recogitoDist, 'text-annotator.umd.js') })
}

/**
 * @recogito/text-annotator with its default renderer: created on the text's
 * container, then timed from setAnnotations (which revives every range and
 * indexes its boxes) to the first frame after its highlight layer holds
 * highlights (it redraws after a 10 ms debounce and a frame, both its own).
 */
export async function recogito(page: Page, text: string, spans: readonly Span[]): Promise<number> {
  await loadRecogito(page)
  const annotations = spans.map(({ start, end }, i) => ({
    id: `r${i}`,
    bodies: [],
    target: { annotation: `r${i}`, selector: [{ quote: text.slice(start, end), start, end }] },
  }))
  return page.evaluate(async (annotations) => {
    interface Annotator {
      setAnnotations(a: unknown[], replace?: boolean): void
      getAnnotations(): unknown[]
    }
    const lib = (window as unknown as { RecogitoJS: { createTextAnnotator(el: HTMLElement): Annotator } })
      .RecogitoJS
    const anno = lib.createTextAnnotator(document.getElementById('text')!)
    const t0 = performance.now()
    anno.setAnnotations(annotations, true)
    const layer = () => document.querySelector('.r6o-span-highlight-layer .r6o-annotation, .r6o-annotation')
    for (let i = 0; !layer(); i++) {
      if (i > 6000) throw new Error('recogito drew no highlight within 100 s')
      await new Promise((ok) => setTimeout(ok, 16))
    }
    const frame = await (window as unknown as PeerHelpers).__nextFrame()
    const loaded = anno.getAnnotations().length
    if (loaded !== annotations.length) throw new Error(`recogito holds ${loaded} annotations`)
    return frame - t0
  }, annotations)
}
