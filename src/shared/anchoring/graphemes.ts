// Grapheme-cluster boundaries. Offsets are UTF-16 indices, but one user-visible
// character can span many code units (surrogate pairs, ZWJ emoji sequences,
// flags, a base letter plus combining marks). Anything we store, highlight or
// report as a match must start and end on a cluster boundary, or the UI would
// show half an emoji and the stored quote would not survive a round trip.
//
// Segmenting a whole 1 MB document for every lookup would be far too slow, so
// we segment only a small window around the offset. A window must start and end
// on boundaries that are certain without segmenting (see isCertainBoundary);
// the cluster rules then give the same answer inside the window as on the
// whole text.
import type { GraphemeOffset, TextRange } from './types'

// Grapheme rules do not depend on locale; a fixed one keeps results reproducible.
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

// How far we look for a certain boundary. Text without any ASCII or newline for
// this long (e.g. 2 KB of unbroken Arabic or emoji) falls back to segmenting from
// the scan limit, which is exact for everything except pathological inputs such
// as thousands of consecutive regional indicators (flag letters).
const MAX_SCAN = 2048

const LF = 0x0a
const CR = 0x0d

/** Clamp a possibly NaN/fractional/out-of-range number into [0, length]. */
export function clampOffset(
  value: number,
  length: number,
  round: (x: number) => number = Math.floor,
): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return 0
  return Math.min(Math.max(round(value), 0), length)
}

/**
 * A boundary the Unicode rules (UAX #29) guarantee without looking further:
 * text edges, after LF / CR (GB4), before LF unless after CR (GB3, GB5), and
 * between two ASCII characters (ASCII is never Extend, ZWJ, SpacingMark,
 * Prepend or a regional indicator, so only CR × LF joins two ASCII chars).
 */
function isCertainBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true
  const prev = text.charCodeAt(i - 1)
  const cur = text.charCodeAt(i)
  if (prev === CR) return cur !== LF
  if (prev === LF || cur === LF) return true
  return prev < 0x80 && cur < 0x80
}

function certainBoundaryAtOrBefore(text: string, i: number): number {
  const limit = Math.max(0, i - MAX_SCAN)
  for (let p = i; p > limit; p--) if (isCertainBoundary(text, p)) return p
  return limit
}

function certainBoundaryAtOrAfter(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_SCAN)
  for (let p = i; p < limit; p++) if (isCertainBoundary(text, p)) return p
  return limit
}

/** The nearest boundaries at or before and at or after `i` (equal when `i` is a boundary). */
function boundariesAround(text: string, i: number): { before: number; after: number } {
  if (isCertainBoundary(text, i)) return { before: i, after: i }
  const from = certainBoundaryAtOrBefore(text, i)
  const to = certainBoundaryAtOrAfter(text, i)
  let before = from
  for (const { index } of graphemes.segment(text.slice(from, to))) {
    const b = from + index
    if (b === i) return { before: i, after: i }
    if (b > i) return { before, after: b }
    before = b
  }
  return { before, after: to }
}

export function isGraphemeBoundary(text: string, i: number): boolean {
  const { before } = boundariesAround(text, i)
  return before === i
}

export function graphemeBoundaryAtOrBefore(text: string, i: number): GraphemeOffset {
  return boundariesAround(text, clampOffset(i, text.length)).before as GraphemeOffset
}

export function graphemeBoundaryAtOrAfter(text: string, i: number): GraphemeOffset {
  return boundariesAround(text, clampOffset(i, text.length, Math.ceil)).after as GraphemeOffset
}

/**
 * Snap [start, end) outward to grapheme-cluster boundaries so emoji, ZWJ
 * sequences, flags and combining marks are never split. Offsets are clamped to
 * [0, text.length]; reversed ranges are swapped; NaN counts as 0. An empty range
 * inside a cluster grows to that cluster (outward is the only safe direction).
 */
export function snapToGraphemes(
  text: string,
  start: number,
  end: number,
): TextRange & { start: GraphemeOffset; end: GraphemeOffset } {
  let s = clampOffset(start, text.length)
  let e = clampOffset(end, text.length, Math.ceil)
  if (s > e) [s, e] = [e, s]
  return { start: graphemeBoundaryAtOrBefore(text, s), end: graphemeBoundaryAtOrAfter(text, e) }
}
