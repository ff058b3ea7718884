// One entry point for every supported file: bytes and a name in, the common
// ExtractedDocument out (or an ImportError with a sentence for the analyst).
// The format is chosen by content first (a PDF named .txt is still a PDF),
// then by extension. The import worker calls this; so do the quality tests.
import type { ExtractedDocument, ExtractedMeta, ImportFormat } from '@shared/import/extracted'
import { ImportError } from '@shared/import/extracted'
import { extractMarkdown, extractPlainText } from '@shared/import/plain-text'
import { mediaTypes, sha256Hex } from '@shared/import/provenance'
import { declaredHtmlCharset, decodeText, sniffFormat } from '@shared/import/sniff'
import { decodeText as decodeStrict } from '@shared/import/decode'
import { extractorFor } from './extractors'
import { extractHtml, type ArticleFinder } from './html-extract'
import { readMhtml } from './mhtml'
import { extractPdf, type PdfDocumentOptions, type PdfJsModule, type RunOptions } from './pdf-extract'

export interface ExtractDeps {
  /** pdf.js and its options, loaded on first use: a web page never pays for evaluating pdf.js. */
  loadPdf: () => Promise<{ pdfjs: PdfJsModule; options: PdfDocumentOptions }>
  /** Another reader-mode library, for comparisons; Readability by default. */
  finder?: ArticleFinder
}

interface Extraction {
  blocks: ExtractedDocument['blocks']
  meta: ExtractedMeta
  warnings?: string[]
}

function decodeWarning(replaced: boolean): string[] {
  return replaced ? ['Some characters could not be decoded and show as �. Check the file’s encoding.'] : []
}

/** The shared fatal UTF-8 decoder, its refusal turned into an ImportError with the same sentence. */
function strictText(bytes: Uint8Array, name: string): string {
  try {
    return decodeStrict(bytes, name)
  } catch (e) {
    throw new ImportError('failed', (e as Error).message)
  }
}

async function extractAs(
  format: ImportFormat,
  name: string,
  bytes: Uint8Array,
  deps: ExtractDeps,
  run: RunOptions,
): Promise<Extraction> {
  switch (format) {
    case 'pdf': {
      const { pdfjs, options } = await deps.loadPdf()
      return extractPdf(bytes, pdfjs, options, run)
    }
    case 'docx':
      // mammoth is loaded when a Word file first comes, like pdf.js.
      return (await import('./docx-extract')).extractDocx(bytes)
    case 'mhtml': {
      const page = await readMhtml(bytes)
      const result = extractHtml(page.html, { finder: deps.finder, savedFrom: page.savedFrom })
      return { ...result, meta: { ...result.meta, ...(page.savedOn ? { retrieved: page.savedOn } : {}) } }
    }
    case 'html': {
      // A page that declares its charset is read in it; one that does not must be UTF-8,
      // read by the one strict decoder every text file goes through.
      const charset = declaredHtmlCharset(bytes)
      if (!charset) return extractHtml(strictText(bytes, name), { finder: deps.finder })
      const decoded = decodeText(bytes, charset)
      const result = extractHtml(decoded.text, { finder: deps.finder })
      return { ...result, warnings: [...result.warnings, ...decodeWarning(decoded.replaced)] }
    }
    case 'md':
    case 'txt': {
      const text = strictText(bytes, name)
      return format === 'md' ? extractMarkdown(text) : extractPlainText(text)
    }
  }
}

export async function extractFile(
  name: string,
  bytes: Uint8Array,
  deps: ExtractDeps,
  run: RunOptions = {},
): Promise<ExtractedDocument> {
  if (bytes.byteLength === 0) throw new ImportError('empty', `“${name}” is empty; nothing was imported.`)
  const format = sniffFormat(name, bytes)
  const sha256 = await sha256Hex(bytes)
  if (run.signal?.aborted) throw new ImportError('cancelled', 'The import was cancelled.')
  let result: Extraction
  try {
    result = await extractAs(format, name, bytes, deps, run)
  } catch (e) {
    if (e instanceof ImportError) throw e
    throw new ImportError('failed', `${name} could not be read: ${(e as Error).message}`)
  }
  if (!result.blocks.some((b) => b.kept))
    throw new ImportError('empty', `“${name}” has no text once markup is removed; nothing was imported.`)
  return {
    format,
    source: { name, size: bytes.byteLength, type: mediaTypes[format], sha256 },
    blocks: result.blocks,
    meta: result.meta,
    extractor: extractorFor(format),
    warnings: result.warnings ?? [],
  }
}
