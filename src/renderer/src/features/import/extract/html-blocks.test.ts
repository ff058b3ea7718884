import { describe, expect, it } from 'vitest'
import { pageBlocks } from './html-blocks'
import { parseHtml } from './inert-dom'

const blocks = (body: string) =>
  pageBlocks(parseHtml(`<!doctype html><html><body>${body}</body></html>`).body!).map((b) => [
    b.kind,
    b.hidden ? 'hidden' : '',
    b.text,
  ])

describe('pageBlocks', () => {
  it('splits paragraphs at <br><br> and keeps a single <br> as a space', () => {
    expect(blocks('<div>One line<br>same paragraph<br> <br>Second paragraph</div>')).toEqual([
      ['p', '', 'One line same paragraph'],
      ['p', '', 'Second paragraph'],
    ])
  })

  it('makes a heading inside a link its own block', () => {
    expect(
      blocks('<a href="/x"><h3>Headline</h3><p>Summary text</p></a><a href="/y">Loose link</a>'),
    ).toEqual([
      ['h3', '', 'Headline'],
      ['p', '', 'Summary text'],
      ['p', '', 'Loose link'],
    ])
  })

  it('marks text hidden by hidden, aria-hidden and inline display:none or visibility:hidden', () => {
    expect(
      blocks(
        '<p>Shown <span aria-hidden="true">icon</span>text</p><div hidden><p>A</p></div><p style="color:red; display: none !important">B</p><p style="visibility:hidden">C</p>',
      ),
    ).toEqual([
      ['p', '', 'Shown text'],
      ['p', 'hidden', 'icon'],
      ['p', 'hidden', 'A'],
      ['p', 'hidden', 'B'],
      ['p', 'hidden', 'C'],
    ])
  })

  it('gives list items, quotes, captions, cells and code lines their own kinds', () => {
    expect(
      blocks(
        '<ul><li>One</li><li><p>Two</p></li></ul><blockquote><p>Said</p></blockquote><figure><img alt="x"><figcaption>Photo</figcaption></figure><table><caption>Costs</caption><tr><th>Item</th><td>$1</td></tr></table><pre>a = 1\nb = 2</pre>',
      ),
    ).toEqual([
      ['li', '', 'One'],
      ['li', '', 'Two'],
      ['quote', '', 'Said'],
      ['caption', '', 'Photo'],
      ['caption', '', 'Costs'],
      ['cell', '', 'Item'],
      ['cell', '', '$1'],
      ['pre', '', 'a = 1'],
      ['pre', '', 'b = 2'],
    ])
  })

  it('takes no text from scripts, styles, forms or media', () => {
    expect(
      blocks(
        '<script>var x="secret"</script><style>p{}</style><p>Kept<button>Click</button></p><svg><text>svg</text></svg><noscript>ns</noscript><select><option>o</option></select>',
      ),
    ).toEqual([['p', '', 'Kept']])
  })
})
