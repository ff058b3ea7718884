import { describe, expect, it } from 'vitest'
import { declaredHtmlCharset, decodeText, sniffFormat } from './sniff'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('sniffFormat', () => {
  it('goes by content before the name', () => {
    expect(sniffFormat('report.txt', bytes('%PDF-1.7\n...'))).toBe('pdf')
    expect(sniffFormat('page', bytes('<!DOCTYPE html><html><body>x'))).toBe('html')
    expect(sniffFormat('saved.mht', bytes('From: <Saved by Blink>\r\n'))).toBe('mhtml')
    expect(
      sniffFormat(
        'noext',
        bytes('From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n'),
      ),
    ).toBe('mhtml')
    expect(sniffFormat('notes.md', bytes('# Title'))).toBe('md')
    expect(sniffFormat('notes', bytes('plain words'))).toBe('txt')
  })

  it('refuses old Word files and other archives with a sentence naming them', () => {
    expect(() => sniffFormat('memo.doc', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0, 0))).toThrow(
      /old-style Word/,
    )
    expect(() => sniffFormat('photos.zip', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0))).toThrow(
      /ZIP archive/,
    )
    expect(() => sniffFormat('image.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 1))).toThrow(
      /not a format/,
    )
  })
})

describe('decodeText', () => {
  it('honours a BOM, then a declared charset, and flags bad bytes', () => {
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, 0x68, 0x69)).text).toBe('hi')
    expect(decodeText(Uint8Array.of(0xff, 0xfe, 0x68, 0, 0x69, 0)).text).toBe('hi')
    const page = new Uint8Array([...bytes('<meta charset="windows-1256"><p>'), 0xc7, 0xe1, 0xda])
    expect(declaredHtmlCharset(page)).toBe('windows-1256')
    expect(decodeText(page, declaredHtmlCharset(page)).text).toContain('الع')
    expect(decodeText(Uint8Array.of(0x68, 0xff)).replaced).toBe(true)
    expect(decodeText(bytes('x'), 'no-such-charset').encoding).toBe('utf-8')
  })
})
