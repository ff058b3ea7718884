// @vitest-environment jsdom
// SourcesTable on the same machinery: its own labels, Yes/No and share columns.
import { afterEach, describe, expect, it } from 'vitest'
import type { SourceId } from '@shared/domain/ids'
import { sourceColumnList } from '../sources/source-fields'
import type { SourceRow } from '../sources/source-row'
import { SourcesTable } from '../sources/SourcesTable'
import { localTableSource } from './table-source'
import { allByRole, byRole, click, mount, type Mounted } from './test-dom'

const base = { aliases: [], affiliation: '', relays: '', disputed: 0 }
const rows: SourceRow[] = [
  {
    ...base,
    id: 's0' as SourceId,
    name: 'Observatory',
    kind: 'organisation',
    partisan: false,
    reliability: 'B',
    claims: 4,
    allClaims: 4,
    corroborated: 0.5,
  },
  {
    ...base,
    id: 's1' as SourceId,
    name: 'Ministry',
    kind: 'organisation',
    partisan: true,
    reliability: 'D',
    claims: 2,
    allClaims: 2,
    corroborated: 0,
  },
  {
    ...base,
    id: 's2' as SourceId,
    name: 'Local channel',
    kind: 'social-account',
    partisan: true,
    reliability: null,
    claims: 0,
    allClaims: 0,
    corroborated: 0,
  },
]

let mounted: Mounted | undefined
afterEach(async () => mounted?.unmount())

describe('SourcesTable', () => {
  it('names its controls for sources and filters partisan sources by Yes/No with counts', async () => {
    const source = localTableSource(sourceColumnList, rows)
    mounted = await mount(<SourcesTable source={source} initialRect={{ width: 1200, height: 600 }} />)
    const c = mounted.container
    expect(byRole(c, 'grid', 'Sources table')).toBeTruthy()
    expect(byRole(c, 'searchbox', 'Search sources')).toBeTruthy()
    expect(byRole(c, 'checkbox', 'Select row: Ministry')).toBeTruthy()
    // A share means nothing without claims: shown as a dash.
    const cells = (name: string) =>
      [...byRole(c, 'checkbox', `Select row: ${name}`).closest('tr')!.querySelectorAll('td')].map(
        (td) => td.textContent,
      )
    expect(cells('Observatory')).toContain('50%')
    expect(cells('Local channel')).toContain('—')

    await click(byRole(c, 'button', 'Filter Partisan'))
    const panel = byRole(c, 'dialog', 'Partisan values')
    expect(allByRole(panel, 'checkbox').map((b) => b.closest('label')!.textContent)).toEqual([
      'Yes 2',
      'No 1',
    ])
    await click(byRole(panel, 'checkbox', 'Yes 2'))
    expect(byRole(c, 'status').textContent).toBe('2 of 3 rows')
    await click(byRole(c, 'button', 'Sort by Reliability'))
    const names = allByRole(c, 'checkbox', /^Select row: /).map((b) => b.getAttribute('aria-label'))
    expect(names).toEqual(['Select row: Ministry', 'Select row: Local channel'])
  })
})
