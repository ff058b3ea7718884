// The filter under a column header: a text box for text and array columns, a
// checklist with faceted counts for enumerated ones. Counts are asked for only
// while the checklist is open (they are a pass over every row), and count the
// rows passing every other filter, as a spreadsheet does.
import type { DataRow, DataTableColumn } from './features'
import { columnLabel } from './features'
import { DebouncedInput } from './DebouncedInput'
import { facetCounts, optionLabel } from './engine/keys'
import { useFacetCounts } from './facets-context'
import { Popover } from './Popover'
import { SafeText } from '../shell/SafeText'

const number = new Intl.NumberFormat()

export function FilterControl<TRow extends DataRow>({
  column,
  typingDelay,
}: {
  column: DataTableColumn<TRow>
  /** Pause before a typed filter runs (see DebouncedInput). */
  typingDelay: number
}) {
  const meta = column.columnDef.meta
  const kind = meta?.filter ?? 'none'
  if (kind === 'none' || !column.getCanFilter()) return null
  const label = columnLabel(column)
  if (kind === 'enum') return <EnumFilter column={column} label={label} />
  const value = column.getFilterValue()
  return (
    <DebouncedInput
      type="search"
      className="dt-filter-input"
      aria-label={`Filter ${label}`}
      placeholder={kind === 'array' ? 'Any contains…' : 'Contains…'}
      value={typeof value === 'string' ? value : ''}
      delay={typingDelay}
      onCommit={(v) => column.setFilterValue(v)}
    />
  )
}

function chosenOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function EnumFilter<TRow extends DataRow>({
  column,
  label,
}: {
  column: DataTableColumn<TRow>
  label: string
}) {
  const chosen = chosenOf(column.getFilterValue())
  const meta = column.columnDef.meta
  const summary =
    chosen.length === 0
      ? 'All'
      : chosen.length === 1
        ? optionLabel(meta, chosen[0]!)
        : `${chosen.length} chosen`
  return (
    <Popover
      label={`Filter ${label}`}
      buttonClassName="dt-filter-button"
      buttonContent={
        <>
          <span className="dt-filter-summary">{summary}</span>
          <span aria-hidden="true">▾</span>
        </>
      }
      panelLabel={`${label} values`}
      active={chosen.length > 0}
    >
      {() => <EnumChecklist column={column} label={label} chosen={chosen} />}
    </Popover>
  )
}

function EnumChecklist<TRow extends DataRow>({
  column,
  label,
  chosen,
}: {
  column: DataTableColumn<TRow>
  label: string
  chosen: readonly string[]
}) {
  const found = useFacetCounts(column.id)
  const counts = facetCounts(column.columnDef.meta, found ?? new Map())
  const set = new Set(chosen)
  const toggle = (value: string, on: boolean) =>
    column.setFilterValue((old: unknown) => {
      const next = chosenOf(old).filter((v) => v !== value)
      return on ? [...next, value] : next
    })
  return (
    <fieldset className="dt-checklist">
      <legend className="sr-only">Show rows whose {label} is</legend>
      {counts.map((o) => (
        <label key={o.value} className={o.count === 0 ? 'dt-option is-empty' : 'dt-option'}>
          <input
            type="checkbox"
            checked={set.has(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <SafeText className="dt-option-label" text={o.label} />{' '}
          <span className="dt-count">{found ? number.format(o.count) : '…'}</span>
        </label>
      ))}
      <div className="dt-panel-actions">
        <button
          type="button"
          className="link-button"
          disabled={chosen.length === 0}
          onClick={() => column.setFilterValue(undefined)}
        >
          Clear filter
        </button>
      </div>
    </fieldset>
  )
}
