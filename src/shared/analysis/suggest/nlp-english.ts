// English sentences and part-of-speech tags from wink-nlp and its bundled
// English web model (no download, no DOM): the engine's rules work on these
// tokens. Loaded lazily, once, because building the model costs ~70–200 ms.
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

export interface Token {
  text: string
  lower: string
  /** Absolute offsets into the document text. */
  start: number
  end: number
  /** Universal POS tag: PROPN, NOUN, VERB, AUX, PRON, DET, ADP, ADJ, PUNCT… */
  pos: string
}

export interface Sentence {
  start: number
  end: number
  tokens: Token[]
}

type Wink = ReturnType<typeof winkNLP>
let instance: Wink | null = null

/** The shared wink instance; only sentence boundaries and POS tags are needed. */
function wink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos'])
  return instance
}

/** Builds the model now (a worker calls this while the first chunk is read). */
export function warmEnglish(): void {
  wink()
}

/**
 * Sentences of one block, with tokens carrying absolute offsets (`base` is the
 * block's offset in the document). wink's tokens plus their preceding spaces
 * rebuild the block exactly, so offsets follow by addition.
 */
export function englishSentences(block: string, base: number): Sentence[] {
  const nlp = wink()
  const its = nlp.its
  const doc = nlp.readDoc(block)
  const values = doc.tokens().out() as string[]
  const spaces = doc.tokens().out(its.precedingSpaces) as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  const tokens: Token[] = []
  let at = 0
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? '').length
    const text = values[i]!
    // Should never differ; if wink ever normalised a token, find it again rather than drift.
    const found = block.startsWith(text, at) ? at : block.indexOf(text, at)
    const start = found === -1 ? at : found
    tokens.push({
      text,
      lower: text.toLowerCase(),
      start: base + start,
      end: base + start + text.length,
      pos: tags[i]!,
    })
    at = start + text.length
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][]
  const sentences: Sentence[] = []
  for (const [first, last] of spans) {
    const toks = tokens.slice(first, last + 1)
    if (toks.length === 0) continue
    const sentence = { start: toks[0]!.start, end: toks[toks.length - 1]!.end, tokens: toks }
    const prev = sentences[sentences.length - 1]
    // “Is it over?” she asked. — a sentence starting in lower case continues the previous one.
    if (prev && /^\p{Ll}/u.test(toks[0]!.text)) {
      prev.end = sentence.end
      prev.tokens.push(...toks)
    } else sentences.push(sentence)
  }
  return sentences
}
