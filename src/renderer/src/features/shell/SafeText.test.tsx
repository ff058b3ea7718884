// @vitest-environment jsdom
// What a person sees of stored text that carries hidden controls: the text
// with each control as a named badge, never the control itself.
import { afterEach, describe, expect, it } from 'vitest'
import type { ClaimId } from '@shared/domain/ids'
import type { ClaimRow } from '../claims/claim-row'
import { ClaimsTable } from '../claims/ClaimsTable'
import { claimColumnList } from '../claims/claim-fields'
import { localTableSource } from '../table/table-source'
import { byRole, mount, type Mounted } from '../table/test-dom'
import { SafeJoin, SafeText } from './SafeText'

const controls = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/

let mounted: Mounted | undefined
afterEach(async () => {
  await mounted?.unmount()
  mounted = undefined
})

describe('SafeText', async () => {
  it('shows each hidden control as a badge named on hover and for screen readers, in an isolated field', async () => {
    mounted = await mount(<SafeText text={'pay \u202E0001$ now'} />)
    const field = mounted.container.firstElementChild as HTMLElement
    expect(field.getAttribute('dir')).toBe('auto')
    expect(field.className).toBe('safe-text')
    expect(field.textContent).toBe('pay RLO0001$ now')
    expect(field.textContent).not.toMatch(controls)
    const badge = field.querySelector('[role="img"]')!
    expect(badge.getAttribute('aria-label')).toBe('U+202E RIGHT-TO-LEFT OVERRIDE')
    expect(badge.getAttribute('title')).toBe('U+202E RIGHT-TO-LEFT OVERRIDE')
  })

  it('leaves clean text as it is, Persian joiners and emoji included', async () => {
    const clean = 'می\u200Cخواهم 👩\u200D👩\u200D👧 Reuters'
    mounted = await mount(<SafeText text={clean} as="p" tooltip />)
    const field = mounted.container.firstElementChild as HTMLElement
    expect(field.tagName).toBe('P')
    expect(field.textContent).toBe(clean)
    expect(field.querySelector('[role="img"]')).toBeNull()
    expect(field.title).toBe(clean)
  })

  it('writes the controls out in a tooltip', async () => {
    mounted = await mount(<SafeText text={'Agency \u202Efdp.exe'} tooltip />)
    expect((mounted.container.firstElementChild as HTMLElement).title).toBe(
      'Agency [U+202E RIGHT-TO-LEFT OVERRIDE]fdp.exe',
    )
  })

  it('joins several fields, each isolated on its own, leaving empty ones out', async () => {
    mounted = await mount(
      <p>
        <SafeJoin parts={['الجزيرة', '', 'A. Writer\u200B']} />
      </p>,
    )
    const fields = mounted.container.querySelectorAll('.safe-text')
    expect([...fields].map((f) => f.textContent)).toEqual(['الجزيرة', 'A. WriterZWSP'])
    expect(mounted.container.textContent).toBe('الجزيرة · A. WriterZWSP')
  })

  it('shows the fallback when every part is empty', async () => {
    mounted = await mount(
      <p>
        <SafeJoin parts={['', '']} empty="No details yet" />
      </p>,
    )
    expect(mounted.container.textContent).toBe('No details yet')
  })
})

describe('the claims table', async () => {
  it('never shows a spoofed statement or source as it pretends to read', async () => {
    const row: ClaimRow = {
      id: 'c1' as ClaimId,
      statement: 'pay \u202E0001$ now',
      type: 'reported-fact',
      source: 'Agency \u202Efdp.exe',
      sourceId: null,
      via: '',
      reliability: null,
      credibility: null,
      grade: '',
      status: 'unverified',
      likelihood: '',
      confidence: null,
      occurred: '',
      reported: '',
      places: [],
      tags: ['\u2066tag'],
      notes: '',
      passages: 0,
      modified: '2025-01-01T10:00:00.000Z',
    }
    mounted = await mount(<ClaimsTable source={localTableSource(claimColumnList, [row])} initialRect={{ width: 1400, height: 900 }} />)
    const grid = byRole(mounted.container, 'grid', 'Claims table')
    expect(grid.textContent).not.toMatch(controls)
    const cells = [...grid.querySelectorAll('td.dt-cell')].map((td) => td.textContent)
    expect(cells).toContain('pay RLO0001$ now')
    expect(cells).toContain('Agency RLOfdp.exe')
    expect(cells).toContain('LRItag')
    const names = [...grid.querySelectorAll('[role="img"]')].map((b) => b.getAttribute('aria-label'))
    expect(names).toEqual([
      'U+202E RIGHT-TO-LEFT OVERRIDE',
      'U+202E RIGHT-TO-LEFT OVERRIDE',
      'U+2066 LEFT-TO-RIGHT ISOLATE',
    ])
    expect(
      grid.querySelector('input[type="checkbox"][aria-label^="Select row"]')?.getAttribute('aria-label'),
    ).toBe('Select row: pay [U+202E RIGHT-TO-LEFT OVERRIDE]0001$ now')
  })
})
