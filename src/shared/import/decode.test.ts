import { describe, expect, it } from 'vitest'
import { decodeText, NotUtf8Error } from './decode'

const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2)
  out.set([0xff, 0xfe])
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff
    out[3 + 2 * i] = s.charCodeAt(i) >> 8
  }
  return out
}

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Café'), 'a.txt')).toBe('Café')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.txt')).toBe('A')
  })

  it('reads UTF-16 announced by its byte-order mark', () => {
    expect(decodeText(utf16le('Homs حمص'), 'u.txt')).toBe('Homs حمص')
  })

  it('refuses Latin-1 by name instead of turning "Café" into "Caf�"', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9])
    expect(() => decodeText(latin1, 'old.txt')).toThrow(NotUtf8Error)
    expect(() => decodeText(latin1, 'old.txt')).toThrow('“old.txt” is not valid UTF-8 text.')
  })
})
