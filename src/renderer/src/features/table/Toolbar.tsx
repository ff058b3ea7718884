// The controls above the grid: the global search, "Group by", expand/collapse
// all groups, the Columns chooser (visibility, reset layout) and "Clear
// filters". Native controls throughout, named as a person would call them.
import { columnLabel, type DataRow, type DataTable } from './features'
import { DebouncedInput } from './DebouncedInput'
import { Popover } from './Popover'

export function Toolbar<TRow extends DataRow>({
  table,
  searchLabel,
  globalFilter,
  groupedBy,
  filtered,
  defaultVisibility,
  typingDelay,
}: {
  table: DataTable<TRow>
  searchLabel: string
  globalFilter: string
  groupedBy: string | undefined
  /** Some column filter or the search is on. */
  filtered: boolean
  defaultVisibility: Record<string, boolean>
  /** Pause before a typed search runs (see DebouncedInput). */
  typingDelay: number
}) {
  const columns = table.getAllLeafColumns()
  const groupable = columns.filter((c) => c.columnDef.meta?.groupable && c.getCanGroup())
  return (
    <div className="dt-toolbar">
      <DebouncedInput
        type="search"
        className="dt-search"
        aria-label={searchLabel}
        placeholder={`${searchLabel}…`}
        value={globalFilter}
        delay={typingDelay}
        onCommit={(v) => table.setGlobalFilter(v)}
      />
      {groupable.length > 0 && (
        <label className="dt-field">
          <span>Group by</span>
          <select
            value={groupedBy ?? ''}
            onChange={(e) => {
              table.setGrouping(e.target.value ? [e.target.value] : [])
              table.resetExpanded(true)
            }}
          >
            <option value="">None</option>
            {groupable.map((c) => (
              <option key={c.id} value={c.id}>
                {columnLabel(c)}
              </option>
            ))}
          </select>
        </label>
      )}
      {groupedBy && (
        <>
          <button type="button" className="button small" onClick={() => table.setExpanded(true)}>
            Expand all
          </button>
          <button type="button" className="button small" onClick={() => table.resetExpanded(true)}>
            Collapse all
          </button>
        </>
      )}
      <Popover buttonContent="Columns" panelLabel="Choose columns" align="end">
        {() => (
          <div className="dt-column-list">
            <fieldset className="dt-checklist">
              <legend className="sr-only">Show columns</legend>
              {columns.map((c) => (
                <label key={c.id} className="dt-option">
                  <input
                    type="checkbox"
                    checked={c.getIsVisible()}
                    disabled={!c.getCanHide()}
                    onChange={(e) => c.toggleVisibility(e.target.checked)}
                  />
                  <span className="dt-option-label">{columnLabel(c)}</span>
                </label>
              ))}
            </fieldset>
            <div className="dt-panel-actions">
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  table.setColumnOrder([])
                  table.setColumnSizing({})
                  table.setColumnVisibility(defaultVisibility)
                }}
              >
                Reset layout
              </button>
            </div>
          </div>
        )}
      </Popover>
      {filtered && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            table.resetColumnFilters(true)
            table.setGlobalFilter('')
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  )
}
