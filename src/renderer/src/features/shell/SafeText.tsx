// Stored text shown as it is, never as it pretends to be. Hidden bidi and
// zero-width characters (Trojan Source) appear as marked badges, in the style
// of a code editor, with their name on hover and for screen readers; the
// field is isolated (dir="auto", unicode-bidi: isolate) so its direction
// cannot reorder the text around it. The stored text itself is untouched.
import { Fragment, type ElementType } from 'react'
import { segmentInvisibles, spelledOut } from '@shared/text/invisible'

export function SafeText({
  text,
  as: Tag = 'span',
  className,
  tooltip = false,
}: {
  text: string
  /** The element to render; a span by default. */
  as?: ElementType
  className?: string
  /** Show the whole text on hover (for cells that may be cut short), with controls written out. */
  tooltip?: boolean
}) {
  const segments = segmentInvisibles(text)
  const classes = className ? `safe-text ${className}` : 'safe-text'
  const title = tooltip ? spelledOut(text) : undefined
  if (segments.length === 1 && segments[0]!.kind === 'text') {
    return (
      <Tag dir="auto" className={classes} title={title}>
        {text}
      </Tag>
    )
  }
  return (
    <Tag dir="auto" className={classes} title={title}>
      {segments.map((s, i) =>
        s.kind === 'text' ? (
          s.text
        ) : (
          // Index keys: the segments are derived from the text and never reorder.
          <span key={i} className="invisible-char" role="img" aria-label={s.info.label} title={s.info.label}>
            {s.info.abbr}
          </span>
        ),
      )}
    </Tag>
  )
}

/**
 * Several stored fields on one line, each shown safely and isolated on its
 * own (one field's direction cannot pull in its neighbour), joined by a
 * separator; empty fields are left out, `empty` shown when all are.
 */
export function SafeJoin({
  parts,
  separator = ' · ',
  empty = null,
}: {
  parts: readonly string[]
  separator?: string
  empty?: string | null
}) {
  const kept = parts.filter(Boolean)
  if (kept.length === 0) return empty
  return kept.map((part, i) => (
    // Index keys: the line is rendered whole from its parts.
    <Fragment key={i}>
      {i > 0 && separator}
      <SafeText text={part} />
    </Fragment>
  ))
}
