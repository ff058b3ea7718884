import { describe, expect, it } from 'vitest'
import { pageMeta, stripSiteName, type PageFacts } from './page-meta'

const facts = (over: Partial<PageFacts>): PageFacts => ({
  title: '',
  h1s: [],
  metas: [],
  jsonLd: [],
  canonical: '',
  lang: '',
  dir: '',
  ...over,
})

describe('stripSiteName', () => {
  it('cuts the outlet from either end, and a section before it', () => {
    expect(stripSiteName('Floods hit the north | AP News', ['AP News'], [])).toBe('Floods hit the north')
    expect(stripSiteName('Ports strike | Business | The Ledger', ['The Ledger'], ['Ports strike'])).toBe(
      'Ports strike',
    )
    expect(stripSiteName('Rafidain :: Elections held', ['Rafidain'], [])).toBe('Elections held')
    expect(stripSiteName('Heat wave – DW – 22.07.2024', ['DW عربية'], ['Heat wave'])).toBe('Heat wave')
  })

  it('leaves a title alone when the rest is not the outlet', () => {
    expect(stripSiteName('War and peace - a review', ['Daily Example'], [])).toBe('War and peace - a review')
  })
})

describe('pageMeta', () => {
  it('prefers JSON-LD inside @graph, and keeps the date the page names', () => {
    const meta = pageMeta(
      facts({
        title: 'Grain corridors – IFSS',
        jsonLd: [
          JSON.stringify({
            '@context': 'https://schema.org',
            '@graph': [
              { '@type': 'WebSite', name: 'IFSS' },
              {
                '@type': ['Report'],
                headline: 'Grain corridors',
                datePublished: '2024-10-01T23:30:00-04:00',
                dateModified: '2024-10-02T08:00:00-04:00',
                author: [{ '@type': 'Person', name: 'A. One' }, { name: 'B. Two' }],
                mainEntityOfPage: { '@id': 'https://ifss.example/a' },
              },
            ],
          }),
          '{ broken',
        ],
      }),
      ['Some text'],
    )
    expect(meta).toEqual({
      title: 'Grain corridors',
      outlet: 'IFSS',
      author: 'A. One, B. Two',
      url: 'https://ifss.example/a',
      published: '2024-10-01',
      modified: '2024-10-02',
      lang: '',
      dir: 'ltr',
    })
  })

  it('falls back to meta tags and the byline, and refuses non-http URLs and URL authors', () => {
    const meta = pageMeta(
      facts({
        title: 'Title here - Gazette',
        metas: [
          { key: 'og:site_name', content: 'Gazette' },
          { key: 'article:author', content: 'https://example.org/profile/x' },
          { key: 'article:published_time', content: 'Thu, 11 Jan 2024 21:15:00 -0800' },
          { key: 'og:locale', content: 'ar_AR' },
        ],
        canonical: 'javascript:alert(1)',
        byline: 'By Sam Okafor',
        savedFrom: 'https://gazette.example/story',
      }),
      [],
    )
    expect(meta).toMatchObject({
      title: 'Title here',
      author: 'Sam Okafor',
      url: 'https://gazette.example/story',
      published: '2024-01-11',
      lang: 'ar-AR',
      dir: 'rtl',
    })
  })
})
