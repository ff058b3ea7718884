// One entry point for every supported file: bytes and a name in, the common
// ExtractedDocument out (or an ImportError with a sentence for the analyst).
// The format is chosen by content first (a PDF named .txt is still a PDF),
// then by extension. The import worker calls this; so do the quality tests.
import type { ExtractedDocument, ExtractedMeta, ImportFormat } from '@shared/import/extracted'
import { ImportError } from '@shared/import/extracted'
import { extractMarkdown, extractPlainText } from '@shared/import/plain-text'
import { mediaTypes, sha256Hex } from '@shared/import/provenance'
import { declaredHtmlCharset, decodeText, sniffFormat } from '@shared/import/sniff'
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

async function extractAs(
  format: ImportFormat,
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
      const decoded = decodeText(bytes, declaredHtmlCharset(bytes))
      const result = extractHtml(decoded.text, { finder: deps.finder })
      return { ...result, warnings: [...result.warnings, ...decodeWarning(decoded.replaced)] }
    }
    case 'md':
    case 'txt': {
      const decoded = decodeText(bytes)
      const result = format === 'md' ? extractMarkdown(decoded.text) : extractPlainText(decoded.text)
      return { ...result, warnings: decodeWarning(decoded.replaced) }
    }
  }
}

export async function extractFile(
  name: string,
  bytes: Uint8Array,
  deps: ExtractDeps,
  run: RunOptions = {},
): Promise<ExtractedDocument> {
  if (bytes.byteLength === 0) throw new ImportError('empty', `${name} is empty.`)
  const format = sniffFormat(name, bytes)
  const sha256 = await sha256Hex(bytes)
  if (run.signal?.aborted) throw new ImportError('cancelled', 'The import was cancelled.')
  let result: Extraction
  try {
    result = await extractAs(format, bytes, deps, run)
  } catch (e) {
    if (e instanceof ImportError) throw e
    throw new ImportError('failed', `${name} could not be read: ${(e as Error).message}`)
  }
  if (!result.blocks.some((b) => b.kept)) throw new ImportError('empty', `No text was found in ${name}.`)
  return {
    format,
    source: { name, size: bytes.byteLength, type: mediaTypes[format], sha256 },
    blocks: result.blocks,
    meta: result.meta,
    extractor: extractorFor(format),
    warnings: result.warnings ?? [],
  }
}
