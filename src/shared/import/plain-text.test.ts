import { describe, expect, it } from 'vitest'
import { extractMarkdown, extractPlainText } from './plain-text'

describe('extractPlainText', () => {
  it('takes a short first line without a full stop as the title, and keeps it as a heading', () => {
    const { meta, blocks } = extractPlainText(
      'Convoys reach Homs\r\n\r\nResidents said convoys arrived overnight.\n',
    )
    expect(meta.title).toBe('Convoys reach Homs')
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['h1', 'Convoys reach Homs'],
      ['p', 'Residents said convoys arrived overnight.'],
    ])
  })

  it('does not take a sentence as the title', () => {
    const { meta, blocks } = extractPlainText('Residents said convoys arrived.\nMore text.')
    expect(blocks[0]!.kind).toBe('p')
    expect(meta.title).toBe('Residents said convoys arrived.')
  })

  it('sets an Arabic text right to left, and a Latin line inside it left to right', () => {
    const { meta, blocks } = extractPlainText(
      'نزوح آلاف العائلات\nقال المرصد إن الآلاف فروا.\nThe Observatory said so.',
    )
    expect(meta.dir).toBe('rtl')
    expect(blocks.map((b) => b.dir)).toEqual([undefined, undefined, 'ltr'])
  })
})

describe('extractMarkdown', () => {
  it('fills the metadata from YAML front matter and keeps it out of the text', () => {
    const { meta, blocks } = extractMarkdown(
      '---\ntitle: Field notes\nauthor: [Ana, Bo]\npublisher: Desk\ndate: 2024-03-05T23:30:00-05:00\nupdated: "2024-03-06"\nurl: https://example.org/n\nlang: ar\n---\n\n# Heading\n\n- one\n- two\n\n> quoted\n\n```\ncode line\n```\n',
    )
    expect(meta).toMatchObject({
      title: 'Field notes',
      author: 'Ana, Bo',
      outlet: 'Desk',
      published: '2024-03-05',
      modified: '2024-03-06',
      url: 'https://example.org/n',
      lang: 'ar',
      dir: 'rtl',
    })
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['h1', 'Heading'],
      ['li', 'one'],
      ['li', 'two'],
      ['quote', 'quoted'],
      ['pre', 'code line'],
    ])
  })

  it('takes the first heading as the title when the front matter has none', () => {
    expect(extractMarkdown('Intro text.\n\n## Section two\n').meta.title).toBe('Section two')
  })
})
