// Shared pieces of the annotation-file readers: the W3C text selectors that
// W3C files and Hypothesis both use, checked one by one, and the tags/notes
// split of textual bodies.
import { z } from 'zod'
import { normaliseTags } from '../domain/annotation'
import type { ForeignAnnotation } from './annotation-file'

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
})
const positionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

/** A record checked against its tool's schema, or the sentence saying why it is not one. */
export function parseRecord<T>(
  schema: z.ZodType<T>,
  item: unknown,
  tool: string,
): { ok: true; data: T } | { ok: false; id: string | null; reason: string } {
  const parsed = schema.safeParse(item)
  if (parsed.success) return { ok: true, data: parsed.data }
  const issue = parsed.error.issues[0]!
  const where = issue.path.length ? ` (${issue.path.join('.')})` : ''
  return {
    ok: false,
    id: isObject(item) ? optionalString(item.id) : null,
    reason: `is not a readable ${tool} annotation${where}: ${issue.message}.`,
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
export const optionalString = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
export const asList = (v: unknown): unknown[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]

/** `namespace:predicate="value"` (a grade, not a tag the analyst typed; "actor:HTS" is not one). */
export const isMachineTag = (tag: string) => /^[\w-]+:[\w-]+="[^"]*"$/.test(tag.trim())

type Passage = Pick<ForeignAnnotation, 'quote' | 'position'>

/**
 * Anchoring time grows with the quote's length and a file is untrusted: one
 * absurdly long quote must not stall an import. (A long chapter is ~40,000.)
 */
const MAX_QUOTE_LENGTH = 50_000
const MAX_CONTEXT_LENGTH = 256

/**
 * The quote and position among `selectors`, or why they cannot be used. A bad
 * position next to a good quote is dropped with a warning: the quote alone can
 * anchor it. Without a usable quote, a position alone will do (on its own text).
 */
export function passageFrom(selectors: unknown[], warnings: string[]): Passage | { reason: string } {
  const rawQuote = selectors.find((s) => isObject(s) && s.type === 'TextQuoteSelector')
  const rawPosition = selectors.find((s) => isObject(s) && s.type === 'TextPositionSelector')
  const q = quoteSelector.safeParse(rawQuote)
  const p = positionSelector.safeParse(rawPosition)
  if (q.success && q.data.exact.length > MAX_QUOTE_LENGTH)
    return {
      reason: `quotes ${q.data.exact.length.toLocaleString('en-GB')} characters; the workbench places quotes of up to ${MAX_QUOTE_LENGTH.toLocaleString('en-GB')}.`,
    }
  // Context beyond what the workbench stores says nothing more about the place.
  const quote =
    q.success && q.data.exact !== ''
      ? {
          exact: q.data.exact,
          prefix: (q.data.prefix ?? '').slice(-MAX_CONTEXT_LENGTH),
          suffix: (q.data.suffix ?? '').slice(0, MAX_CONTEXT_LENGTH),
        }
      : null
  const position = p.success && p.data.end > p.data.start ? { start: p.data.start, end: p.data.end } : null
  if (rawPosition !== undefined && position === null) {
    if (!quote) return { reason: 'has a TextPositionSelector that is not a valid range and no quote.' }
    warnings.push('its TextPositionSelector is not a valid range; it is placed by its quote alone.')
  }
  if (rawQuote !== undefined && !quote && position)
    warnings.push(
      'its TextQuoteSelector is empty or malformed; it can only be placed on the exact text it was made on.',
    )
  if (!quote && !position)
    return {
      reason:
        rawQuote !== undefined
          ? 'has an empty or malformed TextQuoteSelector and no position: nothing to anchor it by.'
          : 'has no TextQuoteSelector or TextPositionSelector: nothing to anchor it by.',
    }
  return { quote, position }
}

/** Tags (machine tags, i.e. grades, left out) and the note from textual bodies. */
export function tagsAndNote(bodies: Array<{ purpose: string | null; value: string }>): {
  tags: string[]
  note: string
} {
  return {
    tags: normaliseTags(
      bodies.filter((b) => b.purpose === 'tagging' && !isMachineTag(b.value)).map((b) => b.value),
    ),
    note: bodies
      .filter((b) => b.purpose === null || b.purpose === 'commenting' || b.purpose === 'describing')
      .map((b) => b.value)
      .filter((v) => v.trim() !== '')
      .join('\n\n'),
  }
}
