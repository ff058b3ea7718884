// The shortcuts dialog and the README's keyboard table must not drift apart:
// every key the README names is listed in the dialog.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { shortcuts } from './ShortcutsDialog'

const readme = readFileSync(new URL('../../../../../README.md', import.meta.url), 'utf8')
const keyPattern = /Ctrl\/Cmd \+ [A-Z]|Ctrl \+ [A-Z]|Shift|Home|End|Escape|Enter|↓|↑|\?|\b[A-Z]\b/g

describe('shortcuts dialog', () => {
  it('lists every key the README keyboard table names', () => {
    const table = readme.split('### Keyboard')[1]!.split('\n## ')[0]!
    const rows = table
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| keys') && !l.startsWith('| ---'))
    expect(rows.length).toBeGreaterThan(8)
    const listed = shortcuts.map(([keys]) => keys).join(' | ')
    for (const row of rows) {
      const keys = row.split('|')[1]!
      for (const key of keys.match(keyPattern) ?? [])
        expect(listed, `${key} (README: ${keys.trim()})`).toContain(key)
    }
  })
})
