import { describe, expect, it } from 'vitest'
import { extractFile } from './extract-file'
import { readMhtml } from './mhtml'
import { nodeDeps } from '../../../../../../tests/import/node-extract'

/** windows-1256 bytes of Arabic text, from the platform's decoder table. */
function cp1256(s: string): Uint8Array {
  const dec = new TextDecoder('windows-1256')
  const table = new Map(Array.from({ length: 256 }, (_, b) => [dec.decode(Uint8Array.of(b)), b] as const))
  return Uint8Array.from([...s].map((ch) => table.get(ch) ?? 0x3f))
}

const html = `<html lang="ar" dir="rtl"><head><title>انتخابات بلدية</title></head><body><article>${'<p>أغلقت مراكز الاقتراع أبوابها مساء الاثنين بعد يوم شهد إقبالاً متوسطاً في معظم المحافظات.</p>'.repeat(4)}</article></body></html>`

const message = (parts: string) =>
  new TextEncoder().encode(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://example.org/elections',
      'Subject: =?utf-8?Q?test?=',
      'Date: Tue, 5 Mar 2024 23:30:00 -0500',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="BOUNDARY"',
      '',
      parts,
      '--BOUNDARY--',
      '',
    ].join('\r\n'),
  )

const htmlPart = () =>
  [
    '--BOUNDARY',
    'Content-Type: text/html; charset=windows-1256',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://example.org/elections',
    '',
    Buffer.from(cp1256(html)).toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--BOUNDARY',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    '',
  ].join('\r\n')

describe('MHTML', () => {
  it('decodes a base64 HTML part in its declared charset, with where and when it was saved', async () => {
    const page = await readMhtml(message(htmlPart()))
    expect(page.html).toContain('أغلقت مراكز الاقتراع')
    expect(page.savedFrom).toBe('https://example.org/elections')
    expect(page.savedOn).toBe('2024-03-05')
  })

  it('imports as a right-to-left page with the snapshot address as its URL', async () => {
    const doc = await extractFile('elections.mht', message(htmlPart()), nodeDeps)
    expect(doc.format).toBe('mhtml')
    expect(doc.meta).toMatchObject({
      url: 'https://example.org/elections',
      dir: 'rtl',
      lang: 'ar',
      retrieved: '2024-03-05',
    })
    expect(doc.blocks.filter((b) => b.kept)).toHaveLength(4)
  })

  it('refuses a message with no web page in it', async () => {
    const onlyImage = [
      '--BOUNDARY',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '',
    ].join('\r\n')
    await expect(extractFile('empty.mhtml', message(onlyImage), nodeDeps)).rejects.toMatchObject({
      code: 'mhtml-no-html',
    })
  })
})
