// Which document should an annotation file go onto? The one whose text the file
// was made on (its hash), else the one where most of the file's quotes are
// found ("17 of 19 quotes found"). The analyst may choose any other.
import { foldString } from '../anchoring/fold'
import { occursIn } from '../anchoring/words'
import type { DocumentId } from '../domain/ids'
import type { AnnotationFile } from './annotation-file'

/** A document an annotation file can be imported onto. */
export interface TargetDocument {
  id: DocumentId
  title: string
  text: string
  /** Hex SHA-256 of `text`. */
  textHash: string
}

export interface TargetFit {
  documentId: DocumentId
  title: string
  /** How many of the file's annotations were made on exactly this text (same hash). */
  sameText: number
  /** Quotes found verbatim once typography is folded; estimated from a sample when `sampled`. */
  quotesFound: number
  /** Annotations in the file with a quote. */
  quotes: number
  sampled: boolean
  /** "Same text · 19 of 19 quotes found", "17 of 19 quotes found", "about 80 % of 5,000 quotes found". */
  label: string
}

/** Quotes checked per document before the best is counted in full (the others keep an estimate). */
const SAMPLE = 300
const COUNTED_IN_FULL = 1

const number = (n: number) => n.toLocaleString('en-GB')

function label(fit: Omit<TargetFit, 'label'>): string {
  const found = fit.sampled
    ? `about ${Math.round((100 * fit.quotesFound) / Math.max(1, fit.quotes))} % of ${number(fit.quotes)} quotes found`
    : `${number(fit.quotesFound)} of ${number(fit.quotes)} quotes found`
  return fit.sameText > 0 ? `Same text · ${found}` : found
}

/** Evenly spread picks, so a sample covers the whole file. */
const spread = <T>(items: T[], n: number): T[] =>
  items.length <= n ? items : Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!)

/**
 * Every candidate document with its fit to the file, best first: the same text
 * (hash) first, then the most quotes found, then title likeness to the file's label.
 */
export function rankTargets(file: AnnotationFile, documents: readonly TargetDocument[]): TargetFit[] {
  const quotes = file.annotations.flatMap((a) => (a.quote ? [foldString(a.quote.exact)] : []))
  const hashes = file.annotations.map((a) => a.sourceHash)
  const folded = new Map<DocumentId, string>()
  const count = (doc: TargetDocument, sample: string[]) => {
    let text = folded.get(doc.id)
    if (text === undefined) folded.set(doc.id, (text = foldString(doc.text)))
    return sample.filter((q) => occursIn(text, q)).length
  }
  const sample = spread(quotes, SAMPLE)
  const fits = documents.map((doc) => {
    const found = count(doc, sample)
    return {
      documentId: doc.id,
      title: doc.title,
      sameText: hashes.filter((h) => h === doc.textHash.toLowerCase()).length,
      quotesFound:
        sample.length === quotes.length ? found : Math.round((found * quotes.length) / sample.length),
      quotes: quotes.length,
      sampled: sample.length < quotes.length,
    }
  })
  const titleKey = foldString(file.label ?? '').toLowerCase()
  const byFit = (a: (typeof fits)[number], b: (typeof fits)[number]) =>
    b.sameText - a.sameText ||
    b.quotesFound - a.quotesFound ||
    Number(foldString(b.title).toLowerCase() === titleKey) -
      Number(foldString(a.title).toLowerCase() === titleKey)
  fits.sort(byFit)
  // The leaders get an exact count, then the order is settled on those counts.
  if (fits[0]?.sampled) {
    for (const fit of fits.slice(0, COUNTED_IN_FULL)) {
      fit.quotesFound = count(
        documents.find((d) => d.id === fit.documentId)!,
        quotes,
      )
      fit.sampled = false
    }
    fits.sort(byFit)
  }
  return fits.map((fit) => ({ ...fit, label: label(fit) }))
}
