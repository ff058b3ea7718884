import { describe, expect, it } from 'vitest'
import { buildBriefingModel } from './briefing-model'
import { briefingCsp, briefingStylesheet, briefingToHtml } from './briefing-html'
import { arabicText, briefing, claims, documents, matrix, sources } from '../../../tests/fixtures/briefing'

/** Every start tag with its attributes (values are always double-quoted by the serialiser). */
function tags(html: string): { name: string; attrs: Record<string, string> }[] {
  const out: { name: string; attrs: Record<string, string> }[] = []
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>"]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {}
    for (const a of m[2]!.matchAll(/([^\s=>"]+)(?:="([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = a[2] ?? ''
    out.push({ name: m[1]!.toLowerCase(), attrs })
  }
  return out
}
const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&')

const model = buildBriefingModel({ briefing, claims, sources, documents, achMatrices: [matrix] })
const html = briefingToHtml(model, { stylesheet: briefingStylesheet })
const all = tags(html)

describe('briefingToHtml', () => {
  it('is a complete document with charset, CSP, lang and the stylesheet', () => {
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true)
    expect(all.find((t) => t.name === 'meta' && 'charset' in t.attrs)?.attrs.charset).toBe('utf-8')
    const csp = all.find((t) => t.attrs['http-equiv'] === 'Content-Security-Policy')
    expect(decode(csp!.attrs.content!)).toBe(briefingCsp)
    expect(briefingCsp).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:")
    expect(html).toContain('size: A4;')
    expect(html).toContain("'Noto Naskh Arabic'")
    expect(html.endsWith('</body></html>')).toBe(true)
  })

  it('shows the marking at the top and bottom', () => {
    expect(html).toMatch(
      /^.*<body[^>]*><div class="marking marking-top" dir="ltr">UNCLASSIFIED \/\/ OPEN SOURCE<\/div>/s,
    )
    expect(html).toMatch(
      /<div class="marking marking-bottom" dir="ltr">UNCLASSIFIED \/\/ OPEN SOURCE<\/div><\/body>/,
    )
  })

  it('has a table of contents whose links match the section ids, and working citation links', () => {
    const ids = new Set(all.map((t) => t.attrs.id).filter(Boolean))
    const internal = all
      .filter((t) => t.name === 'a' && t.attrs.href?.startsWith('#'))
      .map((t) => t.attrs.href!)
    for (const href of internal) expect(ids.has(href.slice(1)), href).toBe(true)
    const toc = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'))
    expect([...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual([
      'bottom-line',
      'key-judgments',
      'substantiation',
      'substantiation-1',
      'substantiation-2',
      'outlook',
      'alternative-views',
      'hypotheses',
      'claims',
      'sources',
    ])
    expect(internal).toContain('#claim-3')
  })

  it('cites claims with links: in-line as a bracketed superscript, "Claims cited" in order with nothing stray', () => {
    expect(html).toContain(
      '<p class="judgment-text" dir="ltr">Displacement from Homs will continue this week.<sup class="cite">[<a href="#claim-1">1</a>, <a href="#claim-2">2</a>]</sup></p>',
    )
    const cited = [...html.matchAll(/<p class="cited" dir="ltr">Claims cited: (.*?)<\/p>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ''),
    )
    expect(cited).toEqual(['1, 2', '3, 4, 5'])
  })

  it('lists the cited documents in the sources section with address, retrieved date and hash', () => {
    const sources = html.slice(html.indexOf('<section id="sources"'))
    const list = sources.slice(sources.indexOf('<ol class="documents-cited"'), sources.indexOf('</ol>'))
    const items = [...list.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) =>
      decode(m[1]!.replace(/<[^>]+>/g, '')),
    )
    expect(items).toEqual([
      `Thousands flee Homs as rebels push south (NBC News). https://example.com/homs. Retrieved: not stated. SHA-256 of the text: ${'a'.repeat(64)}. Claims 1, 3.`,
      `نزوح من حمص (Al Jazeera). Retrieved: not stated. SHA-256 of the text: ${'b'.repeat(64)}. Claims 2.`,
      `Flash update No. 3 (UNHCR). https://example.com/homs. Retrieved 2024-12-07. SHA-256 of the original file “flash-update-3.pdf”: ${'d'.repeat(64)}. Claims 5, 6.`,
    ])
    expect(list).toContain(`<code class="hash">${'d'.repeat(64)}</code>`)
    // The claims link to their notes; an Arabic title is isolated right to left in the English sentence.
    expect(list).toContain('<a href="#claim-5">5</a>, <a href="#claim-6">6</a>')
    expect(list).toContain(
      '<li dir="ltr"><cite dir="rtl">نزوح من حمص</cite> (<span dir="ltr">Al Jazeera</span>)',
    )
  })

  it('gives each claim a note with its passage placed by page and paragraph', () => {
    const note = html.slice(html.indexOf('<li id="claim-5"'), html.indexOf('<li id="claim-6"'))
    expect(note).toContain('<p class="statement" dir="ltr">UNHCR counts 40,000 displaced.</p>')
    expect(note).toContain('Source: UNHCR · Grade: A2 · Status: Unverified')
    expect(note).toContain(
      '<cite>Flash update No. 3</cite>, UNHCR, <a href="https://example.com/homs">https://example.com/homs</a>, p. 3, ¶ 2',
    )
    expect(html).not.toMatch(/characters \d/)
  })

  it('shows the matrix as a table with non-diagnostic rows marked and the scores', () => {
    const section = html.slice(html.indexOf('<section id="hypotheses"'), html.indexOf('<section id="claims"'))
    expect(section).toContain('<h3 dir="ltr">Will Homs fall within a week?</h3>')
    expect([...section.matchAll(/<tr( class="[^"]*")?>/g)].map((m) => m[1] ?? '')).toEqual([
      '',
      '',
      '',
      '',
      ' class="non-diagnostic"',
      ' class="totals"',
    ])
    expect(section).toContain('<td dir="ltr">0.71 (rank 1)</td><td dir="ltr">5.00 (rank 2)</td>')
  })

  it('lists the sources grouped into independent origins with the sourcing sentence', () => {
    const section = html.slice(html.indexOf('<section id="sources"'))
    expect(section).toContain('<td dir="ltr">Independent origin 2: Syrian Observatory for Human Rights</td>')
    expect(section).toContain('<span class="flag">yes</span>')
    expect(section).toContain(model.sources.summary)
  })

  it('keeps likelihood and confidence apart', () => {
    expect(html).toContain('<dt dir="ltr">Likelihood</dt><dd dir="ltr">likely (55–80 %)</dd>')
    expect(html).toContain('<dt dir="ltr">Confidence</dt><dd dir="ltr">Moderate</dd>')
    expect(html).not.toMatch(/confidence that/i)
  })

  it('keeps the Arabic quote in logical order in a right-to-left block', () => {
    const quote = 'آلاف المدنيين نزحوا من حمص'
    expect(arabicText).toContain(quote)
    expect(html).toContain(`<blockquote class="passage" dir="rtl"><p class="quote" dir="rtl">${quote}</p>`)
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  })

  it('gives every text block an explicit direction from its own first letter', () => {
    const text = ['p', 'li', 'h1', 'h2', 'h3', 'td', 'th', 'blockquote', 'dd', 'dt', 'footer']
    for (const t of all.filter((t) => text.includes(t.name)))
      expect(['ltr', 'rtl'], t.name).toContain(t.attrs.dir)
    const arabic = buildBriefingModel({
      briefing: { ...briefing, title: 'حمص: النزوح', bottomLine: '40,000 شخص نزحوا (UNHCR).' },
      claims,
      sources,
      documents,
    })
    const out = briefingToHtml(arabic, { stylesheet: '' })
    expect(out).toContain('<h1 dir="rtl">حمص: النزوح</h1>')
    expect(out).toContain('<p class="bottom-line" dir="rtl">40,000 شخص نزحوا (UNHCR).</p>')
  })

  it('links out only to http(s) addresses', () => {
    const external = all
      .filter((t) => t.name === 'a' && !t.attrs.href!.startsWith('#'))
      .map((t) => t.attrs.href)
    expect(external.length).toBeGreaterThan(0)
    for (const href of external) expect(href).toMatch(/^https?:\/\//)
  })
})

describe('briefingStylesheet', () => {
  it('is print-ready: page margins, serif with Noto fallbacks, bordered tables, no breaks inside claims', () => {
    expect(briefingStylesheet).toMatch(/@page\s*{\s*margin:/)
    expect(briefingStylesheet).toContain("font-family: 'Noto Serif', 'Noto Naskh Arabic'")
    expect(briefingStylesheet).toMatch(/th, td {[^}]*border:/)
    expect(briefingStylesheet).toMatch(/blockquote {[^}]*break-inside: avoid/)
    expect(briefingStylesheet).toMatch(/ol\.claims > li {[^}]*break-inside: avoid/)
    expect(briefingStylesheet).not.toMatch(/break-(before|after):\s*(page|always)/)
    // No generic family or system font to fall back to: only the bundled Noto faces may be embedded.
    expect(briefingStylesheet).not.toMatch(
      /\b(serif|sans-serif|monospace|ui-monospace|Georgia|Times New Roman)\b\s*[;,]/,
    )
    expect(briefingStylesheet).not.toContain('<')
  })
})

describe('analyst text cannot inject markup', () => {
  const attack =
    '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)" onclick="x()">a</a>'
  const evilBriefing = {
    ...briefing,
    title: `</title><script>alert(1)</script>`,
    marking: '<b onmouseover=alert(1)>SECRET</b>',
    bottomLine: attack,
    keyJudgments: briefing.keyJudgments.map((k) => ({
      ...k,
      text: attack,
      substantiation: `${attack}\n\n<div onclick="x()">block</div>\n\n[l1](javascript:alert(1)) [l2](JaVaScRiPt:alert(2)) <javascript:alert(3)> ![i](javascript:alert(4)) [l5](data:text/html,x) [ok](https://example.org/a?b=1&c=2)`,
    })),
    outlook: '<style>body{display:none}</style>\n\n<iframe src="https://evil.example"></iframe>',
  }
  const evilClaims = claims.map((c) => ({ ...c, statement: attack }))
  const out = briefingToHtml(
    buildBriefingModel({ briefing: evilBriefing, claims: evilClaims, sources, documents }),
    {
      stylesheet: 'body { color: black } </style><script>alert(1)</script>',
    },
  )
  const parsed = tags(out)

  it('contains no script, iframe or extra style element', () => {
    expect(out).not.toMatch(/<script/i)
    expect(parsed.map((t) => t.name)).not.toContain('script')
    expect(parsed.map((t) => t.name)).not.toContain('iframe')
    expect(parsed.filter((t) => t.name === 'style')).toHaveLength(1)
    expect(parsed.filter((t) => t.name === 'img')).toHaveLength(0)
  })

  it('has no event-handler attributes and no javascript: anywhere in markup', () => {
    for (const t of parsed) {
      for (const [name, value] of Object.entries(t.attrs)) {
        expect(name, `${t.name} ${name}`).not.toMatch(/^on/)
        expect(decode(value).toLowerCase()).not.toContain('javascript:')
        expect(decode(value).toLowerCase()).not.toContain('data:text')
      }
    }
    const hrefs = parsed.filter((t) => t.name === 'a').map((t) => decode(t.attrs.href!))
    expect(hrefs).toContain('https://example.org/a?b=1&c=2')
  })

  it('drops unsafe links from Markdown entirely, keeping their words', () => {
    const section = out.slice(out.indexOf('id="substantiation-1"'), out.indexOf('id="substantiation-2"'))
    expect(section).toContain('l1 l2')
    expect(section).not.toContain('alert(2)')
    expect(section).not.toContain('alert(4)')
    expect(section).not.toContain('data:text/html')
  })

  it('shows raw HTML as literal, escaped text', () => {
    expect(out).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(out).toContain('<title>&#x3C;/title>&#x3C;script>alert(1)&#x3C;/script></title>')
    expect(out).toContain('<p dir="ltr">&#x3C;div onclick="x()">block&#x3C;/div></p>')
    expect(out).toContain('&#x3C;b onmouseover=alert(1)>SECRET&#x3C;/b>')
  })
})

describe('running header and footer', () => {
  it('puts the marking on every page as a CSS string that analyst text cannot break out of', async () => {
    const { pageRules } = await import('./briefing-stylesheet')
    const css = pageRules('SECRET "x" } body { display:none } \\', 'Letter')
    expect(css).toContain('size: Letter;')
    expect(css).toContain('@top-center { content: "SECRET \\"x\\" } body { display:none } \\\\";')
    expect(css).toContain('"Page " counter(page) " of " counter(pages)')
  })
})

describe('hidden controls in the printed briefing (Trojan Source)', () => {
  it('writes a bidi override out by name instead of obeying it', () => {
    const spoofed = claims.map((c, i) => (i === 0 ? { ...c, statement: 'pay \u202E0001$ now' } : c))
    const out = briefingToHtml(
      buildBriefingModel({ briefing, claims: spoofed, sources, documents, achMatrices: [matrix] }),
      { stylesheet: briefingStylesheet },
    )
    expect(out).not.toMatch(/[\u202a-\u202e]/)
    expect(out).toContain('pay [U+202E RIGHT-TO-LEFT OVERRIDE]0001$ now')
  })
})
