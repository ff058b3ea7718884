import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { jsonFile } from './json-file'
import { createSettingsStore } from './settings'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workbench-json-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

describe('jsonFile', () => {
  it('round-trips a value, creating missing folders, and leaves no temporary file', async () => {
    const file = jsonFile(join(dir, 'nested', 'state.json'))
    expect(file.write({ a: 1, b: ['x'] })).toBe(true)
    expect(file.read()).toEqual({ a: 1, b: ['x'] })
    expect(await readdir(join(dir, 'nested'))).toEqual(['state.json'])
  })

  it('reads a missing or corrupt file as undefined', async () => {
    expect(jsonFile(join(dir, 'missing.json')).read()).toBeUndefined()
    await writeFile(join(dir, 'corrupt.json'), '{"a": tru')
    expect(jsonFile(join(dir, 'corrupt.json')).read()).toBeUndefined()
  })

  it('reports a failed write instead of throwing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await writeFile(join(dir, 'a-file'), 'not a folder')
    expect(jsonFile(join(dir, 'a-file', 'state.json')).write({ a: 1 })).toBe(false)
  })
})

describe('settings store', () => {
  it('merges updates and ignores unusable contents', async () => {
    const path = join(dir, 'settings.json')
    await writeFile(path, JSON.stringify({ lastFolder: 42 }))
    const settings = createSettingsStore(jsonFile(path))
    expect(settings.get()).toEqual({})
    settings.update({ lastFolder: '/home/analyst/exports' })
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ lastFolder: '/home/analyst/exports' })
    expect(createSettingsStore(jsonFile(path)).get()).toEqual({ lastFolder: '/home/analyst/exports' })
  })
})
