// A generated case for the search benchmarks, the same on every run (seeded):
// 500 documents with 10 MB of text (English with Arabic sentences mixed in),
// 20,000 annotations, 100,000 claims, 2,000 sources with aliases and a few
// briefings, plus a small second case to exercise the case filter. Word
// frequencies follow a Zipf-like curve over a large made-up vocabulary, so the
// index has the long tail real text has. A few planted records give the
// relevance and typo checks a known right answer.
import type { AnnotationId, BriefingId, ClaimId, DocumentId, SourceId } from '../../src/shared/domain/ids'
import type {
  AnnotationInput,
  BriefingInput,
  ClaimInput,
  DocumentInput,
  SearchInput,
  SourceInput,
} from '../../src/shared/search/types'
import { prng } from './prng'

export interface CaseSize {
  documents: number
  textChars: number
  annotations: number
  claims: number
  briefings: number
}
export const fullCase: CaseSize = {
  documents: 500,
  textChars: 10_000_000,
  annotations: 20_000,
  claims: 100_000,
  briefings: 6,
}
const otherCase: CaseSize = {
  documents: 20,
  textChars: 400_000,
  annotations: 800,
  claims: 4_000,
  briefings: 1,
}
export const SOURCES = 2_000
export const MAIN_CASE = 'case-syria'
export const OTHER_CASE = 'case-other'

const common = (
  'the of and to in a is that for on was with as by at from it his were are which be this has had an not ' +
  'they their but have after said also been more who will would about two over when into there than them ' +
  'forces city people government fighters rebel army group attack report town village road killed displaced ' +
  'civilians hospital convoy checkpoint offensive north south east west according sources local residents ' +
  'monitoring observers aid shelling strikes withdrawal control front line district province capital border ' +
  'camp refugees ceasefire talks negotiations council commander spokesman statement video footage claimed ' +
  'denied confirmed reported tuesday wednesday thursday friday saturday sunday monday week month morning'
).split(' ')
const places = ['Homs', 'Hama', 'Aleppo', 'Idlib', 'Raqqa', 'Latakia', 'Tartus', 'Daraa', 'Palmyra', 'Manbij']
const accented = ['Jalālī', 'Ḥamā', 'Qāmishlī', 'Dayr az-Zawr', 'Ṭarṭūs', 'Maʿarrat al-Nuʿmān', 'Şanlıurfa']
const arabic = (
  'قال المرصد السوري لحقوق الإنسان إن آلاف الأشخاص فروا من حمص بعد تقدم الفصائل المسلحة نحو المدينة ' +
  'وأفادت مصادر محلية بوقوع اشتباكات عنيفة في ريف حماة الشمالي بينما نزحت عائلات كثيرة إلى الساحل ' +
  'وذكرت الأمم المتحدة أن المساعدات الإنسانية لم تصل بعد إلى المخيمات في الشمال الغربي'
).split(' ')
const arabicClitics = ['', '', '', 'و', 'ب', 'ل', 'ال', 'وال', 'بال', 'ف']
const syllables =
  'ba be bi bo ka ke ki ko ra re ri ro ma me mi mo na ne ni no sa se si so ta te ti to la le li lo da de di do'.split(
    ' ',
  )
const arabicLetters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'

/** Planted records, each with a query whose right answer is known. */
export const planted = {
  observatory: 'src-sohr' as SourceId,
  observatoryAliases: ['SOHR', 'the Observatory', 'المرصد السوري لحقوق الإنسان'],
  rareClaim: 'claim-rare' as ClaimId,
  rareClaimStatement: 'Zubaydiyah pumping station shut after the Rastan bridge collapsed',
  rarePassageDocument: 'doc-0' as DocumentId,
  rarePassage: 'Witnesses near the Kafr Nabudah granary described a convoy of Quilliam trucks.',
}

function makeRandom(seed: number) {
  const random = prng(seed)
  const int = (n: number) => Math.floor(random() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  /** Zipf-like rank in [0, n): rank k has probability about 1 / (k + 1). */
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.pow(n + 1, random())) - 1)
  return { random, int, pick, zipf }
}

function vocabulary(r: ReturnType<typeof makeRandom>): { latin: string[]; arabicWords: string[] } {
  const latin = [...common]
  const seen = new Set(latin)
  while (latin.length < 30_000) {
    const word =
      Array.from({ length: 2 + r.int(3) }, () => r.pick(syllables)).join('') + (r.random() < 0.3 ? 'n' : '')
    if (!seen.has(word)) {
      seen.add(word)
      latin.push(word)
    }
  }
  const arabicWords = [...arabic]
  while (arabicWords.length < 5_000) {
    arabicWords.push(Array.from({ length: 3 + r.int(3) }, () => r.pick([...arabicLetters])).join(''))
  }
  return { latin, arabicWords }
}

function generate(
  seed: number,
  caseId: string,
  size: CaseSize,
  sources: readonly SourceInput[],
): SearchInput[] {
  const r = makeRandom(seed)
  const { latin, arabicWords } = vocabulary(makeRandom(1))
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
  const englishSentence = () => {
    const words = Array.from({ length: 8 + r.int(18) }, () => {
      const roll = r.random()
      if (roll < 0.02) return r.pick(places)
      if (roll < 0.025) return r.pick(accented)
      return latin[r.zipf(latin.length)]!
    })
    return `${capital(words.join(' '))}.`
  }
  const arabicSentence = () =>
    Array.from(
      { length: 6 + r.int(12) },
      () => r.pick(arabicClitics) + arabicWords[r.zipf(arabicWords.length)]!,
    ).join(' ') + '.'
  const paragraph = () => {
    const sentences: string[] = []
    const length = 2 + r.int(6)
    for (let i = 0; i < length; i++) sentences.push(r.random() < 0.12 ? arabicSentence() : englishSentence())
    return sentences.join(' ')
  }
  const prefix = caseId === MAIN_CASE ? '' : `${caseId}-`
  const out: SearchInput[] = []
  const docs: DocumentInput[] = []
  const perDocument = size.textChars / size.documents
  for (let d = 0; d < size.documents; d++) {
    const paragraphs: string[] = []
    let length = 0
    while (length < perDocument) {
      paragraphs.push(paragraph())
      length += paragraphs[paragraphs.length - 1]!.length + 1
    }
    if (d === 0 && caseId === MAIN_CASE) paragraphs.splice(3, 0, planted.rarePassage)
    const doc: DocumentInput = {
      id: `${prefix}doc-${d}` as DocumentId,
      caseId,
      title: `${r.pick(places)}: ${englishSentence().slice(0, 60)}`,
      outlet: r.pick(['Reuters', 'AFP', 'NBC News', 'Enab Baladi', 'Al Jazeera']),
      author: '',
      text: paragraphs.join('\n'),
    }
    docs.push(doc)
    out.push({ kind: 'document', record: doc })
  }
  const tags = [
    ...places.map((p) => `place:${p}`),
    'actor:HTS',
    'actor:SAA',
    'event:shelling',
    'displacement',
    'aid',
  ]
  for (let a = 0; a < size.annotations; a++) {
    const doc = r.pick(docs)
    const at = r.int(doc.text.length - 200)
    const record: AnnotationInput = {
      id: `${prefix}ann-${a}` as AnnotationId,
      caseId,
      documentId: doc.id,
      note: r.random() < 0.6 ? englishSentence() : '',
      tags: Array.from({ length: r.int(3) }, () => r.pick(tags)),
      selectors: { quote: { exact: doc.text.slice(at, at + 20 + r.int(150)) } },
    }
    out.push({ kind: 'annotation', record })
  }
  for (let c = 0; c < size.claims; c++) {
    const rare = c === 0 && caseId === MAIN_CASE
    const record: ClaimInput = {
      id: (rare ? planted.rareClaim : `${prefix}claim-${c}`) as ClaimId,
      caseId,
      statement: rare ? planted.rareClaimStatement : r.random() < 0.1 ? arabicSentence() : englishSentence(),
      places: Array.from({ length: r.int(3) }, () => r.pick(places)),
      tags: Array.from({ length: r.int(3) }, () => r.pick(tags)),
      notes: r.random() < 0.2 ? englishSentence() : '',
      // Source ranks follow Zipf too: a few sources carry most claims, as in a real ledger.
      attributedTo: sources[r.zipf(sources.length)]!.id,
      reportedVia: r.random() < 0.3 ? r.pick(sources).id : null,
    }
    out.push({ kind: 'claim', record })
  }
  for (let b = 0; b < size.briefings; b++) {
    const record: BriefingInput = {
      id: `${prefix}brief-${b}` as BriefingId,
      caseId,
      title: `Assessment: ${englishSentence().slice(0, 50)}`,
      bottomLine: englishSentence(),
      keyJudgments: Array.from({ length: 3 }, () => ({
        text: englishSentence(),
        substantiation: paragraph(),
      })),
      outlook: paragraph(),
      alternativeViews: paragraph(),
    }
    out.push({ kind: 'briefing', record })
  }
  return out
}

export function generateSources(seed = 7): SourceInput[] {
  const r = makeRandom(seed)
  const { latin } = vocabulary(makeRandom(1))
  const name = () =>
    `${latin[100 + r.int(5_000)]!} ${latin[100 + r.int(5_000)]!}`.replace(/\b\w/g, (c) => c.toUpperCase())
  const sources: SourceInput[] = [
    {
      id: planted.observatory,
      name: 'Syrian Observatory for Human Rights',
      aliases: planted.observatoryAliases,
      affiliation: 'Monitoring group',
      notes: '',
    },
  ]
  for (let s = 1; s < SOURCES; s++) {
    sources.push({
      id: `src-${s}` as SourceId,
      name: `${name()} ${r.pick(['Agency', 'Network', 'Council', 'Media Centre', 'Brigade', ''])}`.trim(),
      aliases: Array.from({ length: r.int(3) }, () => name()),
      affiliation: '',
      notes: r.random() < 0.2 ? `Active in ${r.pick(places)}` : '',
    })
  }
  return sources
}

/** The whole generated workspace: sources first (claims resolve them), then the main case, then the small one. */
export function generateWorkspace(size: CaseSize = fullCase): SearchInput[] {
  const sources = generateSources()
  return [
    ...sources.map((record): SearchInput => ({ kind: 'source', record })),
    ...generate(42, MAIN_CASE, size, sources),
    ...generate(43, OTHER_CASE, otherCase, sources),
  ]
}

/** As-you-type prefixes of the queries an analyst might type, each typed letter by letter. */
export function typedQueries(): string[] {
  const queries = [
    'Homs',
    'convoy ambush',
    'the Observatory',
    'Jalali',
    'displaced civilians',
    'حمص',
    'المرصد',
    'checkpoint north',
    'Rastan bridge',
    'ceasefire talks',
    'hospital shelling',
    'Qamishli',
  ]
  return queries.flatMap((q) =>
    Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)).filter((p) => p.trim()),
  )
}
