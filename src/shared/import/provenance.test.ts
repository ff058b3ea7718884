import { describe, expect, it } from 'vitest'
import { fileKindLabel, fileSizeText, mediaTypes, saveableName, sha256Hex } from './provenance'

describe('provenance helpers', () => {
  it('hashes bytes, including a view into a larger buffer', async () => {
    const whole = new TextEncoder().encode('xxabcxx')
    expect(await sha256Hex(whole.subarray(2, 5))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('names file kinds in words and falls back to the media type', () => {
    expect(fileKindLabel(mediaTypes.pdf)).toBe('PDF')
    expect(fileKindLabel(mediaTypes.mhtml)).toBe('Web page archive (MHTML)')
    expect(fileKindLabel('image/tiff')).toBe('image/tiff')
  })

  it('gives sizes for people with the exact byte count', () => {
    expect(fileSizeText(1)).toBe('1 byte')
    expect(fileSizeText(1000)).toBe('1,000 bytes')
    expect(fileSizeText(49_321)).toBe('48.2 KB (49,321 bytes)')
    expect(fileSizeText(3 * 1024 * 1024 + 1)).toBe('3.0 MB (3,145,729 bytes)')
  })

  it('offers a file name, never a path, for saving an original', () => {
    expect(saveableName('report.pdf')).toBe('report.pdf')
    expect(saveableName('../../etc/passwd')).toBe('passwd')
    expect(saveableName('C:\\Users\\a\\brief.docx')).toBe('brief.docx')
    expect(saveableName('..')).toBe('original')
    expect(saveableName('a\u0000b.txt')).toBe('ab.txt')
    const long = saveableName(`${'x'.repeat(300)}.html`)
    expect(long).toHaveLength(200)
    expect(long.endsWith('.html')).toBe(true)
  })
})
