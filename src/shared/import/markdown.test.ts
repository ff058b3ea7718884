import { describe, expect, it } from 'vitest'
import { blocksFromMarkdown } from './markdown'
import { canonicalise } from '../domain/document'

describe('blocksFromMarkdown', () => {
  it('keeps headings and paragraphs as words, without markup', () => {
    const md =
      '# Homs\n\nThousands **fled** the [city](https://example.org).\n\n## Outlook\n\n- first point\n- second\n'
    expect(canonicalise(blocksFromMarkdown(md))).toEqual({
      text: 'Homs\nThousands fled the city.\nOutlook\nfirst point\nsecond',
      blocks: ['h1', 'p', 'h2', 'li', 'li'],
    })
  })

  it('drops raw HTML, scripts included', () => {
    const blocks = blocksFromMarkdown(
      'Before\n\n<script>alert(1)</script>\n\nAfter <img src=x onerror=alert(1)>',
    )
    const { text } = canonicalise(blocks)
    expect(text).not.toMatch(/script|onerror|alert/)
    expect(text).toBe('Before\nAfter')
  })

  it('keeps right-to-left text intact', () => {
    const { text } = canonicalise(blocksFromMarkdown('قال المرصد السوري إن **آلاف** الأشخاص فروا'))
    expect(text).toBe('قال المرصد السوري إن آلاف الأشخاص فروا')
  })
})
