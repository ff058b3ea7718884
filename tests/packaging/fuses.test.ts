// The packaged app's Electron fuses (electron-builder.yml): flipped at build
// time so the shipped binary cannot be run as plain Node, ignores
// NODE_OPTIONS and --inspect, loads only its integrity-checked app.asar and
// gives file:// no extra privileges (Electron security checklist item 19).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const config = parse(readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8')) as {
  asar?: boolean
  electronFuses?: Record<string, boolean>
}

describe('electron-builder fuses', () => {
  it('closes every fuse that lets the shipped binary run other code', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    })
  })
})
