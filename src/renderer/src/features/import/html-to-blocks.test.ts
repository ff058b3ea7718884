// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { canonicalise } from '@shared/domain/document'
import { importHtml } from './html-to-blocks'

const hostile = `<!doctype html><html><head><title>Report on Homs</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="A. Writer">
<meta property="article:published_time" content="2024-12-06T10:00:00Z">
<link rel="canonical" href="https://example.org/homs">
<script>window.__pwned = 1</script><style>body{display:none}</style></head>
<body><h1>Homs</h1><p onclick="window.__pwned=2">Thousands <b>fled</b> the city.<img src="https://tracker.example/x.png" onerror="window.__pwned=3"></p>
<ul><li>First</li><li><p>Second</p></li></ul><a href="javascript:window.__pwned=4">link text</a>
<iframe src="https://evil.example"></iframe><div>Loose <span>words</span><br>here</div></body></html>`

describe('importHtml', () => {
  it('keeps headings and paragraphs, and nothing executable', () => {
    const { blocks, meta } = importHtml(hostile)
    const { text, blocks: kinds } = canonicalise(blocks)
    expect(text).toBe('Homs\nThousands fled the city.\nFirst\nSecond\nlink text\nLoose words here')
    expect(kinds).toEqual(['h1', 'p', 'p', 'p', 'p', 'p'])
    expect(text).not.toMatch(/pwned|script|display:none|tracker/)
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
    expect(meta).toMatchObject({
      title: 'Report on Homs',
      outlet: 'Example News',
      author: 'A. Writer',
      url: 'https://example.org/homs',
      published: '2024-12-06',
    })
  })

  it('keeps the publication day the page states, whatever the zone it is read in', () => {
    const late = (stamp: string) =>
      importHtml(`<meta property="article:published_time" content="${stamp}"><p>x</p>`).meta.published
    // 23:30 in New York is already the 7th in UTC: the article was still published on the 6th.
    expect(late('2024-12-06T23:30:00-05:00')).toBe('2024-12-06')
    expect(late('2024-12-07T08:00:00+13:00')).toBe('2024-12-07')
    expect(late('not a date')).toBe('')
  })

  it('refuses a javascript: canonical URL', () => {
    expect(importHtml('<link rel="canonical" href="javascript:alert(1)"><p>x</p>').meta.url).toBe('')
  })

  it('keeps Arabic text', () => {
    const { text } = canonicalise(importHtml('<p dir="rtl">فرّ آلاف الأشخاص من مدينة حمص</p>').blocks)
    expect(text).toBe('فرّ آلاف الأشخاص من مدينة حمص')
  })
})
