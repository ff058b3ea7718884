// @vitest-environment jsdom
// ClaimsTable rendered in jsdom with 20 claims, driven as a person would: by
// role and accessible name. jsdom has no layout, so `initialRect` gives the
// virtualiser a viewport (all 20 rows fit). The rows come from an in-process
// TableSource over the table engine, as the sources table's do; the claims
// view asks the ledger worker through the same interface.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ClaimId, SourceId } from '@shared/domain/ids'
import { claimColumnList } from '../claims/claim-fields'
import type { ClaimRow } from '../claims/claim-row'
import { ClaimsTable, type ClaimsTableProps } from '../claims/ClaimsTable'
import { localTableSource } from './table-source'
import { act } from 'react'
import { allByRole, byRole, change, click, key, mount, settle, type Mounted } from './test-dom'
import type { TableViewState } from './view-state'

const statuses = ['unverified', 'corroborated', 'disputed', 'refuted', 'retracted'] as const
const types = ['reported-fact', 'direct-quote', 'assessment', 'prediction', 'event-report'] as const
const grades = ['A', 'B', 'C', 'D', 'E', 'F'] as const
const creds = ['1', '2', '3', '4', '5', '6'] as const
const words = ['Shelling', 'Convoy', 'Ceasefire', 'Airstrike', 'Protest']

const rows: ClaimRow[] = Array.from({ length: 20 }, (_, i) => {
  const reliability = i % 7 === 6 ? null : grades[i % 6]!
  const credibility = creds[(i * 5) % 6]!
  return {
    id: `c${i}` as ClaimId,
    statement: `${words[i % 5]} near town ${String.fromCharCode(65 + i)}`,
    type: types[i % 5]!,
    source: i % 4 === 0 ? '' : `Source ${i % 3}`,
    sourceId: i % 4 === 0 ? null : (`s${i % 3}` as SourceId),
    via: '',
    reliability,
    credibility,
    grade: `${reliability ?? '–'}${credibility}`,
    status: statuses[i % 4]!,
    likelihood: '',
    confidence: i % 2 ? 'high' : null,
    occurred: `2024-12-${String(i + 1).padStart(2, '0')}`,
    reported: '',
    places: i % 3 ? ['Homs'] : [],
    tags: i % 5 === 0 ? [] : i % 2 ? ['military', 'north'] : ['north'],
    notes: i === 3 ? 'A needle in the notes' : '',
    passages: i % 3,
    modified: '2025-01-01T10:00:00.000Z',
  }
})
const byId = new Map(rows.map((r) => [r.id as string, r]))
const viewport = { width: 1400, height: 900 }

let mounted: Mounted | undefined
afterEach(async () => {
  await mounted?.unmount()
  mounted = undefined
})

const source = localTableSource(claimColumnList, rows)
async function renderTable(props: Partial<ClaimsTableProps> = {}) {
  mounted = await mount(<ClaimsTable source={source} initialRect={viewport} {...props} />)
  return mounted.container
}
const grid = (c: HTMLElement) => byRole(c, 'grid', 'Claims table')
/** Ids of the data rows rendered, in order. */
const shownIds = (c: HTMLElement) =>
  allByRole(grid(c), 'row')
    .filter((tr) => tr.classList.contains('dt-row') && !tr.classList.contains('dt-group-row'))
    .map((tr) => byRole(tr, 'checkbox').getAttribute('aria-label')!.replace('Select row: ', ''))
    .map((statement) => rows.find((r) => r.statement === statement)!.id as string)
const status = (c: HTMLElement) => byRole(c, 'status').textContent

describe('ClaimsTable', () => {
  it('shows every row, the default columns, and the row count', async () => {
    const c = await renderTable()
    expect(shownIds(c)).toHaveLength(20)
    expect(status(c)).toBe('20 of 20 rows')
    const headers = allByRole(c, 'columnheader').map((th) => th.getAttribute('aria-label'))
    expect(headers).toContain('Statement')
    expect(headers).not.toContain('Notes')
    expect(grid(c).getAttribute('aria-rowcount')).toBe('21')
  })

  it('sorts by a header button, then by a second column with Shift', async () => {
    const c = await renderTable()
    await click(byRole(c, 'button', 'Sort by Statement'))
    const ascending = [...rows].sort((a, b) => a.statement.localeCompare(b.statement)).map((r) => r.id)
    expect(shownIds(c)).toEqual(ascending)
    expect(byRole(c, 'columnheader', 'Statement').getAttribute('aria-sort')).toBe('ascending')
    await click(byRole(c, 'button', 'Sort by Statement'))
    expect(shownIds(c)).toEqual([...ascending].reverse())

    await click(byRole(c, 'button', 'Sort by Status'))
    await click(byRole(c, 'button', 'Sort by Statement'), { shiftKey: true })
    const order = statuses.map(String)
    const expected = [...rows]
      .sort(
        (a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.statement.localeCompare(b.statement),
      )
      .map((r) => r.id)
    expect(shownIds(c)).toEqual(expected)
    expect(byRole(c, 'columnheader', 'Status').getAttribute('aria-sort')).toBe('ascending')
  })

  it('filters by status with faceted counts that follow the other filters', async () => {
    const c = await renderTable()
    await click(byRole(c, 'button', 'Filter Status'))
    const panel = byRole(c, 'dialog', 'Status values')
    // 20 rows, status cycles over the first four: 5 of each, none retracted.
    expect(byRole(panel, 'checkbox', 'Corroborated 5')).toBeTruthy()
    expect(byRole(panel, 'checkbox', 'Retracted 0')).toBeTruthy()
    await click(byRole(panel, 'checkbox', 'Corroborated 5'))
    expect(shownIds(c).every((id) => byId.get(id)!.status === 'corroborated')).toBe(true)
    expect(status(c)).toBe('5 of 20 rows')
    expect(byRole(c, 'button', 'Filter Status').textContent).toContain('Corroborated')

    // Type counts now come from the corroborated rows only (i = 1, 5, 9, 13, 17): one
    // of each type, where all 20 rows hold four of each.
    await click(byRole(c, 'button', 'Filter Type'))
    const typePanel = byRole(c, 'dialog', 'Type values')
    expect(byRole(typePanel, 'checkbox', 'Direct quote 1')).toBeTruthy()
    expect(byRole(typePanel, 'checkbox', 'Reported fact 1')).toBeTruthy()
    // …while the status list keeps counting over all types.
    await click(byRole(c, 'button', 'Filter Status'))
    await click(byRole(byRole(c, 'dialog', 'Status values'), 'checkbox', 'Disputed 5'))
    expect(status(c)).toBe('10 of 20 rows')
  })

  it('filters an array column by any element, and a text column by substring', async () => {
    const c = await renderTable()
    await change(byRole(c, 'searchbox', 'Filter Tags') as HTMLInputElement, 'milit')
    expect(shownIds(c).every((id) => byId.get(id)!.tags.includes('military'))).toBe(true)
    expect(status(c)).toBe('8 of 20 rows')
    await change(byRole(c, 'searchbox', 'Filter Statement') as HTMLInputElement, 'CONVOY')
    expect(shownIds(c)).toEqual(['c1', 'c11'])
  })

  it('searches every column, hidden ones and option labels included', async () => {
    const c = await renderTable()
    await change(byRole(c, 'searchbox', 'Search claims') as HTMLInputElement, 'needle')
    expect(shownIds(c)).toEqual(['c3'])
    // "A: Completely reliable" is the label of reliability A; c18 is the airstrike graded A.
    await change(byRole(c, 'searchbox', 'Search claims') as HTMLInputElement, 'completely reliable airstrike')
    expect(shownIds(c)).toEqual(['c18'])
    expect(status(c)).toBe('1 of 20 rows')
  })

  it('selects rows by checkbox, all filtered rows from the header, and follows selectedIds', async () => {
    const onSelectionChange = vi.fn()
    const c = await renderTable({ onSelectionChange, selectedIds: [] })
    await click(byRole(c, 'checkbox', `Select row: ${rows[2]!.statement}`))
    expect(onSelectionChange).toHaveBeenLastCalledWith(['c2'])
    await mounted!.render(
      <ClaimsTable
        source={source}
        initialRect={viewport}
        onSelectionChange={onSelectionChange}
        selectedIds={['c2']}
      />,
    )
    expect((byRole(c, 'checkbox', `Select row: ${rows[2]!.statement}`) as HTMLInputElement).checked).toBe(
      true,
    )
    expect(status(c)).toBe('20 of 20 rows · 1 selected')

    await change(byRole(c, 'searchbox', 'Search claims') as HTMLInputElement, 'convoy')
    await click(byRole(c, 'checkbox', 'Select all rows'))
    expect(onSelectionChange.mock.lastCall![0].sort()).toEqual(['c1', 'c11', 'c16', 'c2', 'c6'].sort())
    // The caller clears it (after a bulk edit, say).
    await mounted!.render(
      <ClaimsTable
        source={source}
        initialRect={viewport}
        onSelectionChange={onSelectionChange}
        selectedIds={[]}
      />,
    )
    expect(allByRole(grid(c), 'checkbox').some((b) => (b as HTMLInputElement).checked)).toBe(false)
  })

  it('groups by tag with a row under each of its tags, and expands a group', async () => {
    const c = await renderTable()
    await change(byRole(c, 'combobox', 'Group by') as HTMLSelectElement, 'tags')
    const groups = allByRole(grid(c), 'button', /^Tags: /).map((b) => b.getAttribute('aria-label'))
    expect(groups).toEqual(['Tags: military, 8 rows', 'Tags: north, 16 rows', 'Tags: No tags, 4 rows'])
    expect(shownIds(c)).toEqual([])
    const military = byRole(grid(c), 'button', 'Tags: military, 8 rows')
    expect(military.getAttribute('aria-expanded')).toBe('false')
    await click(military)
    expect(byRole(grid(c), 'button', 'Tags: military, 8 rows').getAttribute('aria-expanded')).toBe('true')
    expect(shownIds(c)).toHaveLength(8)
    await click(byRole(c, 'button', 'Expand all'))
    // 8 + 16 + 4 appearances of 20 rows.
    expect(shownIds(c)).toHaveLength(28)
  })

  it('moves the active row with the keyboard, selects with Space and opens with Enter', async () => {
    const onOpen = vi.fn()
    const onSelectionChange = vi.fn()
    const c = await renderTable({ onOpen, onSelectionChange })
    const g = grid(c)
    await key(g, 'ArrowDown')
    await key(g, 'ArrowDown')
    const active = () => document.getElementById(g.getAttribute('aria-activedescendant')!)
    expect(active()?.getAttribute('aria-rowindex')).toBe('3')
    await key(g, 'End')
    expect(active()?.getAttribute('aria-rowindex')).toBe('21')
    await key(g, 'Home')
    await key(g, ' ')
    expect(onSelectionChange).toHaveBeenLastCalledWith(['c0'])
    await key(g, 'Enter')
    expect(onOpen).toHaveBeenLastCalledWith('c0')
    await click(g.querySelector<HTMLElement>('tr[aria-rowindex="6"] td:nth-child(2)')!)
    expect(onOpen).toHaveBeenLastCalledWith('c4')
  })

  it('makes the row the caller names active', async () => {
    const c = await renderTable({ activeId: 'c7' })
    const g = grid(c)
    expect(
      document.getElementById(g.getAttribute('aria-activedescendant')!)?.getAttribute('aria-rowindex'),
    ).toBe('9')
  })

  it('applies the external filter before everything else', async () => {
    const externalFilter = { reliability: 'A' }
    const c = await renderTable({ externalFilter })
    expect(shownIds(c).every((id) => byId.get(id)!.reliability === 'A')).toBe(true)
    expect(status(c)).toBe(`${rows.filter((r) => r.reliability === 'A').length} of 20 rows`)
    await click(byRole(c, 'button', 'Filter Reliability'))
    expect(
      byRole(byRole(c, 'dialog', 'Reliability values'), 'checkbox', /^B: Usually reliable/).closest('label')!
        .textContent,
    ).toContain('0')
  })

  it('hides, moves and resizes columns and reports the view as JSON to restore it', async () => {
    const onViewStateChange = vi.fn<(v: TableViewState) => void>()
    const c = await renderTable({ onViewStateChange })
    expect(onViewStateChange).not.toHaveBeenCalled()
    await click(byRole(c, 'button', 'Columns'))
    await click(byRole(byRole(c, 'dialog', 'Choose columns'), 'checkbox', 'Type'))
    expect(allByRole(c, 'columnheader', 'Type')).toHaveLength(0)
    await click(byRole(c, 'button', 'Options for Statement'))
    await click(byRole(byRole(c, 'dialog', 'Statement column'), 'button', 'Move right'))
    const names = allByRole(c, 'columnheader').map((th) => th.getAttribute('aria-label'))
    expect(names.slice(0, 3)).toEqual(['Selection', 'Source', 'Statement'])
    await key(byRole(c, 'separator', 'Resize Source'), 'ArrowRight', { shiftKey: true })
    await click(byRole(c, 'button', 'Sort by Occurred'))

    const last = onViewStateChange.mock.lastCall![0]
    expect(last.columnVisibility).toMatchObject({ type: false, notes: false })
    // The hidden Type column keeps its slot; Statement moved past Source.
    expect(last.columnOrder.slice(0, 3)).toEqual(['type', 'source', 'statement'])
    expect(last.columnSizing).toEqual({ source: 220 })
    expect(last.sorting).toEqual([{ id: 'occurred', desc: false }])

    await mounted!.unmount()
    const again = await renderTable({ initialState: JSON.parse(JSON.stringify(last)) })
    expect(
      allByRole(again, 'columnheader')
        .map((th) => th.getAttribute('aria-label'))
        .slice(0, 3),
    ).toEqual(['Selection', 'Source', 'Statement'])
    expect(byRole(again, 'columnheader', 'Occurred').getAttribute('aria-sort')).toBe('ascending')
    expect(byRole(again, 'separator', 'Resize Source').getAttribute('aria-valuenow')).toBe('220')
  })

  it('selects a range with Shift, in display order', async () => {
    const onSelectionChange = vi.fn()
    const c = await renderTable({ onSelectionChange })
    await click(byRole(c, 'button', 'Sort by Statement'))
    const order = shownIds(c)
    const box = (id: string) => byRole(c, 'checkbox', `Select row: ${byId.get(id)!.statement}`)
    await click(box(order[2]!))
    await click(box(order[6]!), { shiftKey: true })
    expect(onSelectionChange.mock.lastCall![0].sort()).toEqual(order.slice(2, 7).sort())
    expect(status(c)).toBe('20 of 20 rows · 5 selected')
  })

  it('closes one group while all are open', async () => {
    const c = await renderTable()
    await change(byRole(c, 'combobox', 'Group by') as HTMLSelectElement, 'tags')
    await click(byRole(c, 'button', 'Expand all'))
    await click(byRole(grid(c), 'button', 'Tags: north, 16 rows'))
    const open = allByRole(grid(c), 'button', /^Tags: /).map((b) => b.getAttribute('aria-expanded'))
    expect(open).toEqual(['true', 'false', 'true'])
    expect(shownIds(c)).toHaveLength(8 + 4)
  })

  it('follows changes to its rows', async () => {
    const own = localTableSource(claimColumnList, rows)
    const c = await renderTable({ source: own })
    await click(byRole(c, 'button', 'Filter Status'))
    await click(byRole(byRole(c, 'dialog', 'Status values'), 'checkbox', 'Refuted 5'))
    expect(status(c)).toBe('5 of 20 rows')
    await act(async () => own.setRows(rows.map((r) => (r.id === 'c0' ? { ...r, status: 'refuted' } : r))))
    await settle()
    expect(status(c)).toBe('6 of 20 rows')
    expect(shownIds(c)).toContain('c0')
    expect(byRole(c, 'checkbox', 'Refuted 6')).toBeTruthy()
  })
})

describe('ClaimsTable with more rows than fit', () => {
  const many: ClaimRow[] = Array.from({ length: 3000 }, (_, i) => ({
    ...rows[i % 20]!,
    id: `m${i}` as ClaimId,
    statement: `Claim ${String(i).padStart(4, '0')}`,
  }))
  const manySource = localTableSource(claimColumnList, many)
  const rendered = (c: HTMLElement) =>
    allByRole(grid(c), 'checkbox', /^Select row: /).map((b) => b.getAttribute('aria-label')!.slice(12))

  it('renders only the rows in view, and selects or cites every shown row', async () => {
    const onSelectionChange = vi.fn()
    let cite: (() => Promise<string[]>) | undefined
    mounted = await mount(
      <ClaimsTable
        source={manySource}
        initialRect={viewport}
        onSelectionChange={onSelectionChange}
        shownActions={(ids) => {
          cite = ids
          return null
        }}
      />,
    )
    const c = mounted.container
    expect(status(c)).toBe('3,000 of 3,000 rows')
    expect(grid(c).getAttribute('aria-rowcount')).toBe('3001')
    expect(rendered(c).length).toBeGreaterThan(10)
    expect(rendered(c).length).toBeLessThan(100)

    await change(byRole(c, 'searchbox', 'Filter Statement') as HTMLInputElement, 'claim 1')
    expect(status(c)).toBe('1,000 of 3,000 rows')
    await click(byRole(c, 'checkbox', 'Select all rows'))
    expect(onSelectionChange.mock.lastCall![0]).toHaveLength(1000)
    expect((byRole(c, 'checkbox', 'Select all rows') as HTMLInputElement).checked).toBe(true)
    await click(byRole(c, 'button', 'Sort by Statement'))
    await click(byRole(c, 'button', 'Sort by Statement'))
    const ids = await cite!()
    expect(ids).toHaveLength(1000)
    expect(ids[0]).toBe('m1999')
    expect(ids[999]).toBe('m1000')
  })
})
