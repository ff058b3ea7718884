// Re-anchors a document's stored annotations onto its text, once per change
// of either, and sorts them into text order with orphans last.
import { useMemo } from 'react'
import { anchor, type AnchorResult } from '@shared/anchoring'
import type { AnnotationRecord } from '@shared/domain/annotation'
import { colourSlotOf } from '@shared/domain/tags'
import type { PaintItem } from '../../highlight/painter'

export interface AnchoredAnnotation {
  record: AnnotationRecord
  anchor: AnchorResult
}

export function useAnchored(text: string | undefined, records: readonly AnnotationRecord[] | undefined) {
  return useMemo(() => {
    if (text === undefined || !records) return { anchored: [], orphaned: [], paintItems: [] }
    performance.mark('aw-anchor-start')
    const all = records.map((record) => ({ record, anchor: anchor(text, record.selectors) }))
    performance.measure('aw-anchor', 'aw-anchor-start')
    const anchored = all
      .filter(
        (a): a is AnchoredAnnotation & { anchor: { start: number; end: number } } =>
          a.anchor.status !== 'orphaned',
      )
      .sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end)
    const orphaned = all.filter((a) => a.anchor.status === 'orphaned')
    const paintItems: PaintItem[] = anchored.map(({ record, anchor: { start, end } }) => ({
      id: record.id,
      start,
      end,
      slot: colourSlotOf(record.tags),
    }))
    return { anchored, orphaned, paintItems }
  }, [text, records])
}
