// The preview's blocks, each with its box (keep or leave out), its page in a
// PDF, and why it was left out. A saved page can hold thousands of blocks
// (related links, comments): rendering them in one go held the main thread
// for a third of a second, so they come in slices of 100, each its own short task,
// the first screen at once; rows are memoised, so a later slice or a toggle
// re-renders only the rows that changed.
import { memo, useCallback, useEffect, useRef, useState } from 'react'
import { isChosen, type BlockChoice, type ExtractedDocument } from '@shared/import/extracted'
import { SafeText } from '../shell/SafeText'

const SLICE = 100

const reasonText: Record<string, string> = {
  hidden: 'hidden on the page',
  navigation: 'navigation',
  advertisement: 'advertisement',
  boilerplate: 'page furniture',
  byline: 'byline',
  'not in article': 'not part of the article',
  'running header': 'running header or footer',
  'page number': 'page number',
}

type Block = ExtractedDocument['blocks'][number]

export function PreviewBlocks({
  doc,
  choice,
  onToggle,
}: {
  doc: ExtractedDocument
  choice: BlockChoice
  onToggle: (index: number, keep: boolean) => void
}) {
  const total = doc.blocks.length
  const [shown, setShown] = useState(() => Math.min(total, SLICE))
  useEffect(() => {
    if (shown >= total) return
    const next = setTimeout(() => setShown((n) => Math.min(total, n + SLICE)), 0)
    return () => clearTimeout(next)
  }, [shown, total])
  // One handler for every row, whatever the parent passes: memoised rows stay untouched.
  const latest = useRef(onToggle)
  useEffect(() => {
    latest.current = onToggle
  })
  const toggle = useCallback((index: number, keep: boolean) => latest.current(index, keep), [])

  return (
    <ol className="import-blocks" aria-label="Blocks" aria-busy={shown < total}>
      {doc.blocks.slice(0, shown).map((block, i) => (
        <BlockRow
          key={i}
          index={i}
          block={block}
          on={isChosen(doc, i, choice)}
          firstOfPage={block.page !== undefined && block.page !== doc.blocks[i - 1]?.page}
          onToggle={toggle}
        />
      ))}
    </ol>
  )
}

const BlockRow = memo(function BlockRow({
  index,
  block,
  on,
  firstOfPage,
  onToggle,
}: {
  index: number
  block: Block
  on: boolean
  firstOfPage: boolean
  onToggle: (index: number, keep: boolean) => void
}) {
  return (
    <li className={on ? 'block-kept' : 'block-dropped'} data-kind={block.kind}>
      <label>
        <input type="checkbox" checked={on} onChange={(e) => onToggle(index, e.target.checked)} />
        <span className="sr-only">
          {on ? 'Keep' : 'Leave out'} block {index + 1}:{' '}
        </span>
        {firstOfPage && <span className="block-page">p. {block.page}</span>}
        {/* <del>: struck through, and announced as left out (an <s> is only drawn so). */}
        <SafeText className="block-text" text={block.text} as={on ? 'span' : 'del'} />
        {!on && block.reason && (
          <span className="block-reason">{reasonText[block.reason] ?? block.reason}</span>
        )}
      </label>
    </li>
  )
})
