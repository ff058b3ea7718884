// A Word .docx to blocks: mammoth turns its paragraphs, headings, lists and
// tables into plain HTML (no styles, no images), which the page block rules
// then read; the core properties (docProps/core.xml) give title, author and
// the created and modified times.
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { calendarDay } from '@shared/import/dates'
import { baseDirection, blockDirection } from '@shared/import/direction'
import { ImportError, type ExtractedBlock, type ExtractedMeta } from '@shared/import/extracted'
import { pageBlocks } from './html-blocks'
import { parseHtml, parseXml } from './inert-dom'

export interface DocxExtraction {
  blocks: ExtractedBlock[]
  meta: ExtractedMeta
  warnings: string[]
}

// Word's own Title and Quote styles, beyond mammoth's default headings and lists.
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
]

async function coreProperties(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('docProps/core.xml')?.async('string')
  if (!xml) return {}
  const doc = parseXml(xml)
  const get = (tag: string) =>
    (doc.getElementsByTagName(tag)[0]?.textContent ?? '').replace(/\s+/g, ' ').trim()
  return {
    title: get('dc:title'),
    creator: get('dc:creator'),
    created: get('dcterms:created'),
    modified: get('dcterms:modified'),
    language: get('dc:language'),
  }
}

export async function extractDocx(bytes: Uint8Array): Promise<DocxExtraction> {
  let html: string
  let messages: { type: string; message: string }[]
  let core: Record<string, string>
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    // mammoth's browser build reads `arrayBuffer`, its Node build (tests) reads `buffer`.
    const input = { arrayBuffer: buffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer }
    ;({ value: html, messages } = await mammoth.convertToHtml(input, {
      styleMap,
      includeDefaultStyleMap: true,
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    }))
    core = await coreProperties(bytes)
  } catch (e) {
    throw new ImportError(
      'docx-invalid',
      `This file could not be read as a Word document (${(e as Error).message}).`,
    )
  }
  const body = parseHtml(`<!doctype html><html><body>${html}</body></html>`).body
  const raw = body ? pageBlocks(body) : []
  const texts = raw.map((b) => b.text)
  const dir = baseDirection({ lang: core.language }, texts)
  const meta: ExtractedMeta = {
    title: core.title || raw.find((b) => /^h[1-3]$/.test(b.kind))?.text || '',
    outlet: '',
    author: core.creator ?? '',
    url: '',
    published: calendarDay(core.created),
    modified: calendarDay(core.modified),
    lang: core.language ?? '',
    dir,
  }
  const errors = messages.filter((m) => m.type === 'error').length
  return {
    blocks: raw.map((b) => {
      const own = blockDirection(b.text, dir)
      return { text: b.text, kind: b.kind, kept: true, ...(own !== dir ? { dir: own } : {}) }
    }),
    meta,
    warnings: errors
      ? [`${errors} part${errors === 1 ? '' : 's'} of the document could not be read and may be missing.`]
      : [],
  }
}
