// Turns an opened file or pasted text into text blocks and whatever metadata
// it carries, choosing the reader by the file's extension.
import {
  blocksFromPlainText,
  emptyMeta,
  fallbackTitle,
  canonicalise,
  type DocumentMeta,
  type TextBlock,
} from '@shared/domain/document'
import { decodeText } from '@shared/import/decode'
import { blocksFromMarkdown } from '@shared/import/markdown'
import type { OpenedFile } from '@shared/ipc-contract'
import { today as localToday } from '@shared/time/local-date'
import { importHtml } from './html-to-blocks'

export interface ParsedSource {
  name: string
  blocks: TextBlock[]
  meta: DocumentMeta
  /** Canonical text, for the preview and the empty check. */
  text: string
}

/** Reads one opened file; throws a NotUtf8Error naming the file when its text cannot be decoded. */
export function parseFile({ name, bytes }: OpenedFile): ParsedSource {
  const content = decodeText(bytes, name)
  const ext = name.split('.').pop()?.toLowerCase()
  const today = localToday()
  let blocks: TextBlock[]
  let meta: DocumentMeta = { ...emptyMeta, retrieved: today }
  if (ext === 'html' || ext === 'htm') {
    const html = importHtml(content)
    blocks = html.blocks
    meta = { ...html.meta, retrieved: today }
  } else if (ext === 'md' || ext === 'markdown') {
    blocks = blocksFromMarkdown(content)
  } else {
    blocks = blocksFromPlainText(content)
  }
  const { text } = canonicalise(blocks)
  const firstHeading = blocks.find((b) => b.kind !== 'p')?.text.trim()
  if (!meta.title) meta = { ...meta, title: firstHeading || fallbackTitle(text, name) }
  return { name, blocks, meta, text }
}

export function parsePasted(content: string): ParsedSource {
  const blocks = blocksFromPlainText(content)
  const { text } = canonicalise(blocks)
  return { name: 'Pasted text', blocks, meta: { ...emptyMeta, title: fallbackTitle(text) }, text }
}
