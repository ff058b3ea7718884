// The matrix as a keyboard grid: a real <table role="grid">, one tab stop
// (roving tabindex). Arrows, Home/End (Ctrl for the whole grid) and
// PageUp/PageDown move between cells; on a rating cell C, I, N and A type the
// rating (C or I again: CC or II), + and − step along Heuer's scale, Delete
// takes it away, Enter (or a click) opens a list of the ratings to choose from. Enter on a
// row's evidence or weight opens the row. Rows that cannot tell the
// hypotheses apart are dimmed and say so; rows whose removal would change the
// leading hypothesis are flagged.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import {
  achRatings,
  type AchAnalysis,
  type AchMatrix,
  type AchMatrixRecord,
  type AchRating,
} from '@shared/analysis/ach'
import { ratingForKey, ratingName } from '@shared/analysis/ach-edit'
import type { ClaimId } from '@shared/domain/ids'
import { SafeJoin, SafeText } from '../shell/SafeText'
import { nextCell } from './grid-keys'
import type { ClaimSummary } from './matrix-claims'

const fixed = (n: number) => n.toFixed(2)
const kindLabels = { assumption: 'Assumption', absence: 'Absence of evidence' } as const

export interface GridLabels {
  hypothesis: ReadonlyMap<string, string>
  row: ReadonlyMap<string, string>
}

export function AchGrid({
  matrix,
  analysis,
  order,
  labels,
  claims,
  onRate,
  onOpenRow,
}: {
  matrix: AchMatrixRecord
  analysis: AchAnalysis
  /** Row ids in the order shown. */
  order: readonly string[]
  labels: GridLabels
  claims: ReadonlyMap<ClaimId, ClaimSummary> | undefined
  /** Rates a cell: with a rating, or with what a key gives the rating the cell holds when it is saved. */
  onRate: (evidenceId: string, hypothesisId: string, rating: AchRating | null | { key: string }) => void
  onOpenRow: (evidenceId: string, focus: 'item' | 'weight') => void
}) {
  const gridId = useId()
  const rows = order.flatMap((id) => matrix.evidence.find((e) => e.id === id) ?? [])
  const analysed = new Map(analysis.rows.map((r) => [r.evidenceId, r]))
  const scores = new Map(analysis.scores.map((s) => [s.id, s]))
  const cols = 2 + matrix.hypotheses.length
  // The active cell follows its row (by id) when the rows are re-sorted; when
  // its row is taken away, the first row stands in.
  const [active, setActive] = useState<{ rowId: string; col: number }>({ rowId: '', col: 2 })
  const [editing, setEditing] = useState<{ rowId: string; hypothesisId: string } | null>(null)
  const rowIndex = Math.max(
    0,
    rows.findIndex((r) => r.id === active.rowId),
  )
  const activeRow = rows[rowIndex]
  const activeCol = Math.min(active.col, cols - 1)
  const cellId = (rowId: string, col: number) => `${gridId}-${rowId}-${col}`

  // Focus goes to the active cell after a keyboard move, and again when a
  // rating typed here arrives back from the store (the row may have moved).
  const focusNow = useRef(false)
  const focusOnUpdate = useRef<AchMatrix | null>(null)
  useLayoutEffect(() => {
    const arrived = focusOnUpdate.current !== null && focusOnUpdate.current !== matrix
    if (!focusNow.current && !arrived) return
    focusNow.current = false
    if (arrived) focusOnUpdate.current = null
    if (activeRow) document.getElementById(cellId(activeRow.id, activeCol))?.focus()
  })
  const rateActive = (rating: AchRating | null | { key: string }) => {
    const hypothesis = matrix.hypotheses[activeCol - 2]
    if (!activeRow || !hypothesis) return
    focusOnUpdate.current = matrix
    onRate(activeRow.id, hypothesis.id, rating)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing || !activeRow) return
    const move = nextCell(e.key, e.ctrlKey || e.metaKey, { row: rowIndex, col: activeCol }, rows.length, cols)
    if (move) {
      e.preventDefault()
      focusNow.current = true
      setActive({ rowId: rows[move.row]!.id, col: move.col })
      return
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault()
      if (activeCol >= 2)
        setEditing({ rowId: activeRow.id, hypothesisId: matrix.hypotheses[activeCol - 2]!.id })
      else onOpenRow(activeRow.id, activeCol === 0 ? 'item' : 'weight')
      return
    }
    if (activeCol < 2 || e.ctrlKey || e.metaKey || e.altKey) return
    // Whether the key rates at all; what it gives is worked out on the stored
    // matrix, so "ii" typed faster than the store answers still makes II.
    if (ratingForKey(null, e.key) === undefined) return
    e.preventDefault()
    rateActive({ key: e.key })
  }

  const stopEditing = (refocus: boolean) => {
    setEditing(null)
    if (refocus) focusNow.current = true
  }

  return (
    <table
      className="ach-grid"
      role="grid"
      aria-label="Evidence against the hypotheses"
      onKeyDown={onKeyDown}
    >
      <thead>
        <tr>
          <th scope="col" className="ach-evidence-col">
            Evidence
          </th>
          <th scope="col" className="ach-weight-col">
            Weight
          </th>
          {matrix.hypotheses.map((h) => {
            const s = scores.get(h.id)!
            const leads = analysis.leaders.includes(h.id)
            return (
              <th scope="col" key={h.id} className={leads ? 'ach-hyp-col leader' : 'ach-hyp-col'}>
                <span className="ach-hyp-label">{labels.hypothesis.get(h.id)}</span>{' '}
                <SafeText text={h.text} className="ach-hyp-text" tooltip />
                <span className="ach-hyp-score">{`${fixed(s.weighted)} · rank ${s.rank}`}</span>
              </th>
            )
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => {
          const a = analysed.get(row.id)!
          const label = labels.row.get(row.id)!
          const claim = row.item.kind === 'claim' ? claims?.get(row.item.claimId) : undefined
          const without = a.leadersWithout.map((id) => labels.hypothesis.get(id)).join(' and ')
          const tie = a.leadersWithout.length > 1
          const classes = ['ach-row', a.diagnostic ? '' : 'non-diagnostic', a.sensitive ? 'sensitive' : '']
          const cellProps = (col: number) => ({
            id: cellId(row.id, col),
            tabIndex: r === rowIndex && col === activeCol ? 0 : -1,
            onFocus: () => setActive({ rowId: row.id, col }),
          })
          return (
            <tr key={row.id} className={classes.filter(Boolean).join(' ')}>
              <th
                scope="row"
                {...cellProps(0)}
                className="ach-evidence"
                onDoubleClick={() => onOpenRow(row.id, 'item')}
              >
                <span className="ach-row-label">{label}</span>{' '}
                {row.item.kind === 'claim' ? (
                  claim ? (
                    <>
                      <SafeText text={claim.statement} className="ach-row-text" />
                      <span className="ach-row-meta">
                        <SafeJoin
                          parts={[
                            claim.via ? `${claim.source || 'No source'} via ${claim.via}` : claim.source,
                            claim.grade,
                            claim.date,
                            claim.caseId === matrix.caseId ? '' : 'now in another case',
                          ]}
                        />
                      </span>
                    </>
                  ) : (
                    <span className="ach-row-text missing">
                      {claims ? 'A claim deleted since' : 'Loading…'}
                    </span>
                  )
                ) : (
                  <>
                    <span className="ach-kind">{kindLabels[row.item.kind]}</span>{' '}
                    <SafeText text={row.item.text} className="ach-row-text" />
                  </>
                )}
                {(!a.diagnostic || a.sensitive) && (
                  <span className="ach-flags">
                    {!a.diagnostic && (
                      <span className="ach-flag flag-flat">
                        {a.unrated.length === matrix.hypotheses.length ? 'Not rated yet' : 'Not diagnostic'}
                      </span>
                    )}
                    {a.sensitive && (
                      <span
                        className="ach-flag flag-sensitive"
                        title={`Without ${label}, ${without} would ${tie ? 'share the first rank' : 'rank first'}`}
                      >
                        {`Sensitive: without it ${without} would ${tie ? 'tie' : 'lead'}`}
                      </span>
                    )}
                  </span>
                )}
              </th>
              <td
                {...cellProps(1)}
                className="ach-weight"
                title={a.weight.explanation}
                aria-label={`Weight of ${label}: ${fixed(a.weight.weight)}, ${a.weight.explanation}`}
                onDoubleClick={() => onOpenRow(row.id, 'weight')}
              >
                <span>{fixed(a.weight.weight)}</span>
                {a.weight.from === 'override' && (
                  <span className="ach-set" aria-hidden="true">
                    {' '}
                    set
                  </span>
                )}
              </td>
              {matrix.hypotheses.map((h, i) => {
                const rating = row.ratings[h.id] ?? null
                const name = `${label}, ${labels.hypothesis.get(h.id)}: ${ratingName(rating)}`
                const open = editing?.rowId === row.id && editing.hypothesisId === h.id
                return (
                  <td
                    key={h.id}
                    {...cellProps(i + 2)}
                    className={`ach-cell rating-${rating ?? 'none'}`}
                    aria-label={open ? undefined : name}
                    onClick={() => setEditing({ rowId: row.id, hypothesisId: h.id })}
                  >
                    {open ? (
                      <RatingMenu
                        label={`Rate ${label} against ${labels.hypothesis.get(h.id)}`}
                        value={rating}
                        onChoose={(next) => {
                          stopEditing(true)
                          if (next !== rating) {
                            focusOnUpdate.current = matrix
                            onRate(row.id, h.id, next)
                          }
                        }}
                        onCancel={(refocus) => stopEditing(refocus)}
                      />
                    ) : (
                      <span aria-hidden="true">{rating ?? '–'}</span>
                    )}
                  </td>
                )
              })}
            </tr>
          )
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Weighted inconsistency
          </th>
          {analysis.scores.map((s) => (
            <td key={s.id} className={analysis.leaders.includes(s.id) ? 'leader' : undefined}>
              {`${fixed(s.weighted)} (rank ${s.rank})`}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row" colSpan={2}>
            Inconsistency (I = 1, II = 2)
          </th>
          {analysis.scores.map((s) => (
            <td key={s.id}>{s.inconsistency}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  )
}

/** The six ratings and "not rated" as a list to choose from: arrows move, Enter or a click chooses, Escape leaves. */
function RatingMenu({
  label,
  value,
  onChoose,
  onCancel,
}: {
  label: string
  value: AchRating | null
  onChoose: (rating: AchRating | null) => void
  onCancel: (refocus: boolean) => void
}) {
  const id = useId()
  const options: (AchRating | null)[] = [...achRatings.map((r) => r.id), null]
  const [at, setAt] = useState(Math.max(0, options.indexOf(value)))
  const done = useRef(false)
  const list = useRef<HTMLUListElement>(null)
  useEffect(() => list.current?.focus(), [])
  const finish = (rating: AchRating | null | undefined) => {
    done.current = true
    if (rating === undefined) onCancel(true)
    else onChoose(rating)
  }
  return (
    <ul
      ref={list}
      role="listbox"
      aria-label={label}
      className="ach-rating-menu"
      tabIndex={0}
      aria-activedescendant={`${id}-${at}`}
      onClick={(e) => e.stopPropagation()}
      onBlur={() => {
        if (!done.current) onCancel(false)
      }}
      onKeyDown={(e) => {
        const last = options.length - 1
        const to = { ArrowDown: Math.min(last, at + 1), ArrowUp: Math.max(0, at - 1), Home: 0, End: last }[
          e.key
        ]
        if (to !== undefined) setAt(to)
        else if (e.key === 'Enter' || e.key === ' ') finish(options[at])
        else if (e.key === 'Escape') finish(undefined)
        else if (e.key !== 'Tab') return
        if (e.key !== 'Tab') e.preventDefault()
        e.stopPropagation()
      }}
    >
      {options.map((r, i) => (
        <li
          key={r ?? 'none'}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === at}
          className={i === at ? 'active' : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => finish(r)}
        >
          {r ? `${r}: ${achRatings.find((x) => x.id === r)!.label}` : 'Not rated'}
        </li>
      ))}
    </ul>
  )
}
