import { describe, expect, it } from 'vitest'
import { extractHtml } from './html-extract'

const para = (n: number) =>
  `Paragraph ${n} of the report says that rivers rose across the valley and that crews reached families stranded on rooftops overnight.`

const page = `<!doctype html><html lang="en"><head><title>Floods in the valley | Daily Example</title>
<meta property="og:site_name" content="Daily Example"><script>window.__ran = 1</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-banner"><p>We use cookies to improve your experience on this site.</p></div>
<main><article><h1>Floods in the valley</h1>
<p>${para(1)}</p><div class="ad-slot"><p>ADVERTISEMENT</p></div><p>${para(2)}</p>
<div class="share-bar"><a href="#">Share on Facebook</a></div>
<p hidden>A hidden paragraph that must not be kept in the document text at all.</p>
<p>${para(3)}</p></article>
<section class="comments"><p>A reader comment that is long enough to look like an article paragraph to anyone.</p></section></main>
<footer><p>© 2024 Daily Example</p></footer></body></html>`

describe('extractHtml', () => {
  it('keeps the headline and article paragraphs, and names why everything else was dropped', () => {
    const { blocks, meta, warnings } = extractHtml(page)
    expect(blocks.map((b) => [b.kept ? 'kept' : b.reason, b.text.slice(0, 24)])).toEqual([
      ['navigation', 'Home World'],
      ['boilerplate', 'We use cookies to improv'],
      ['kept', 'Floods in the valley'],
      ['kept', 'Paragraph 1 of the repor'],
      ['advertisement', 'ADVERTISEMENT'],
      ['kept', 'Paragraph 2 of the repor'],
      ['boilerplate', 'Share on Facebook'],
      ['hidden', 'A hidden paragraph that '],
      ['kept', 'Paragraph 3 of the repor'],
      ['boilerplate', 'A reader comment that is'],
      ['boilerplate', '© 2024 Daily Example'],
    ])
    expect(meta).toMatchObject({
      title: 'Floods in the valley',
      outlet: 'Daily Example',
      lang: 'en',
      dir: 'ltr',
    })
    expect(warnings).toEqual(['1 hidden block was left out.'])
    expect((globalThis as { __ran?: number }).__ran).toBeUndefined()
  })

  it('keeps every visible block that is not furniture when no article is found', () => {
    const { blocks, warnings } = extractHtml('<p>Short note.</p><nav><a href="/">Home</a></nav>', {
      finder: () => null,
    })
    expect(blocks.map((b) => b.kept)).toEqual([true, false])
    expect(warnings[0]).toMatch(/No article was found/)
  })

  it('gives a block its own direction where it differs from the page', () => {
    const html = `<html lang="ar" dir="rtl"><body><article>${[1, 2, 3].map((i) => `<p>قال المرصد إن آلاف الأشخاص فروا من المدينة خلال الأيام الماضية، وإن الطرق مزدحمة ${i}</p>`).join('')}<p>UNHCR قالت في بيان إن أكثر من 35 ألف شخص غادروا منازلهم منذ بداية الأسبوع الماضي</p><p>The Observatory said thousands fled towards the coast on Friday, according to the report.</p></article></body></html>`
    const { blocks, meta } = extractHtml(html)
    expect(meta.dir).toBe('rtl')
    expect(blocks.filter((b) => b.kept).map((b) => b.dir ?? meta.dir)).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'ltr',
    ])
  })
})
