// Arabic attribution by rules over the sentence text (no model needed):
// verb-first reporting ("وقال المتحدث … إن"), "بحسب"/"وفقا لـ"/"نقلا عن",
// relays ("نقلت قناة الجزيرة عن مصدر"), channels ("على منصة إكس", "لقناة المملكة").
import type { SourceKind } from '../../domain/source'
import type { ChannelFinding, Finding } from './finding'
import type { Mention } from './mention'
import { isInside, type QuoteSpan } from './text'
import type { Cue } from './types'

const VERBS =
  'قال|قالت|أعلن|أعلنت|أفاد|أفادت|أكد|أكدت|أكّد|أكّدت|ذكر|ذكرت|أوضح|أوضحت|أضاف|أضافت|صرح|صرّح|صرحت|صرّحت|نفى|نفت|أشار|أشارت|أدان|أدانت|نقل|نقلت|كشف|كشفت|شدد|شدّد|شددت|شدّدت|اعتبر|اعتبرت|حذر|حذّر|حذرت|حذّرت|زعم|زعمت|ادعى|ادّعى|ادعت|ادّعت|تابع|تابعت|يقول|تقول|يؤكد|تؤكد|أبلغ|أبلغت|اتهم|اتهمت|يرى|ترى|رأى|رأت|توقع|توقعت|يعتبر|تعتبر'
const VERB = new RegExp(`(?<![\\p{L}])(?:و|ف)?(${VERBS})(?=\\s)`, 'gu')
const ACCORDING =
  /(?<![\p{L}])(?:و|ف)?(بحسب|حسب|وفقا ل|وفقاً ل|وفقًا ل|وفق|طبقا ل|طبقاً ل|نقلا عن|نقلاً عن)(?=\s|ل)\s*/gu
/** Words that end the subject after a reporting verb. */
const SUBJECT_END =
  /\s*(?:،|,|\.|:|\s(?:إن|إنّ|أن|أنّ|بأن|بأنّ|في بيان|في منشور|في تصريح|في تصريحات|في تقرير|في مقابلة|في حديث|في كلمة|في مؤتمر|خلال|عبر|على|عن|قوله|قولها|قولهم|يوم|اليوم|أمس|مساء|صباح|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?=[\s،.]|$)|\s(?=ل(?:قناة|وكالة|صحيفة|موقع|تلفزيون|إذاعة|شبكة)))/u
const PLATFORMS: Record<string, string> = {
  إكس: 'إكس',
  اكس: 'إكس',
  تويتر: 'تويتر',
  تلغرام: 'تلغرام',
  تيليغرام: 'تلغرام',
  تلجرام: 'تلغرام',
  فيسبوك: 'فيسبوك',
  إنستغرام: 'إنستغرام',
  يوتيوب: 'يوتيوب',
  'تيك توك': 'تيك توك',
  واتساب: 'واتساب',
}
const PLATFORM = new RegExp(
  `(?:على|عبر)\\s+(?:(?:منصة|حسابه|حسابها|حسابهم|قناته|قناتها|موقع|تطبيق)\\s+)?(?:(?:على|في)\\s+)?(?:منصة\\s+)?(${Object.keys(PLATFORMS).join('|')})`,
  'u',
)
const OUTLET =
  /(?:(?<![\p{L}])ل|(?:في مقابلة|في حديث|في تصريح|في تصريحات)\s+(?:مع|ل)\s*)((?:قناة|وكالة|صحيفة|موقع|تلفزيون|إذاعة|شبكة)\s+[^\s،.:]+(?:\s+(?!بأن|أن|إن|أنّ|إنّ|عن|في|على)[^\s،.:]+){0,2})/u
const UNATTRIBUTED = /^(?:تقارير|أنباء|معلومات|روايات|شائعات)/u
/** Organisation words: a phrase starting with one is an organisation (or an outlet). */
const ORG_START =
  /^(?:ال)?(?:قوات|مركز|معهد|وزارة|وكالة|مكتب|منظمة|جيش|أمم|حكومة|رئاسة|هيئة|لجنة|مجلس|مرصد|شرطة|حركة|جماعة|حزب|منظمات|مفوضية|برنامج|صندوق|اتحاد|جامعة|سفارة|بعثة|قيادة|الجيش|قناة|صحيفة|موقع|تلفزيون|إذاعة|شبكة)/u
const OUTLET_START = /^(?:قناة|صحيفة|وكالة الأنباء|وكالة أنباء|موقع|تلفزيون|التلفزيون|إذاعة|شبكة)/u
/** Roles and ranks before a person's name. */
const ROLE_WORDS = new Set(
  'المتحدث الناطق متحدث ناطق القيادي قيادي الباحث باحث وزير وزيرة الوزير مستشار مستشارة قائد رئيس رئيسة الرئيس مدير مديرة مسؤول مسؤولة سفير السفير مندوب ممثل أمين نائب العميد اللواء العقيد المقدم الرائد النقيب الجنرال الدكتور الشيخ الأستاذ المبعوث مبعوث عضو باسم الرسمي'.split(
    ' ',
  ),
)
/** Common nouns that cannot start a personal name. */
const COMMON = new Set(
  'مصدر مصادر شهود شاهد مسؤول مسؤولون مسؤولين سكان ناشطون ناشط محللون خبراء خبير قوات وزارة وكالة مكتب منظمة قناة صحيفة موقع تلفزيون جيش حكومة مجلس هيئة لجنة تقارير أنباء متحدث ناطق عسكري دبلوماسي أمني طبي محلي حكومي رسمي مطلع مطلعة مقرب مقربة عيان مركز معهد'.split(
    ' ',
  ),
)

/** A word with the article, also after the preposition lam ("للدراسات"). */
const definiteWord = (w: string) => /^(?:و|ب|ل|ك)?ال|^لل/u.test(w)

/** The subject ends where the object starts: a demonstrative, or an indefinite organisation after a definite word. */
function cutObject(subject: string): string {
  const words = subject.split(/\s+/)
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    if (/^(?:هذه|هذا|هذين|هاتين|تلك|ذلك|هؤلاء)$/u.test(w)) return words.slice(0, i).join(' ')
    if (ORG_START.test(w) && !definiteWord(w) && definiteWord(words[i - 1]!))
      return words.slice(0, i).join(' ')
  }
  return subject
}

const trimAr = (s: string) => s.replace(/^[\s،,.:؛]+|[\s،,.:؛]+$/gu, '')

/** Reads an Arabic speaker phrase: a name after role words is the person; else a description or an organisation. */
export function readArabicMention(raw: string, start: number): Mention | null {
  const alias = /\s*\(([^)]+)\)\s*/u.exec(raw)
  const phrase = trimAr(raw.replace(/\s*\([^)]*\)\s*/gu, ' '))
  if (!phrase) return null
  const words = phrase.split(/\s+/)
  const base = { text: trimAr(raw), start, end: start + trimAr(raw).length }
  const definite = words[0]!.startsWith('ال')
  if (ORG_START.test(phrase)) {
    const kind: SourceKind = OUTLET_START.test(phrase) ? 'outlet' : 'organisation'
    return {
      ...base,
      name: phrase,
      role: alias ? alias[1]! : '',
      kind,
      pronoun: false,
      description: false,
      definite,
      indefinite: !definite,
      head: words[0]!,
    }
  }
  // The name starts at the first word after the roles that has no article and is not a common noun.
  // "باسم" is "on behalf of" before a definite noun (المتحدث باسم الجيش) and a first name otherwise (باسم نعيم).
  const isRole = (w: string, i: number) =>
    w === 'باسم'
      ? definiteWord(words[i + 1] ?? '')
      : ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/^ال/, ''))
  let lastRole = -1
  words.forEach((w, i) => {
    if (isRole(w, i)) lastRole = i
  })
  let nameAt = -1
  for (let i = lastRole + 1; i < words.length; i++) {
    const w = words[i]!
    if (!definiteWord(w) && !COMMON.has(w) && !/^(?:في|من|عن|على)$/.test(w) && !isRole(w, i)) {
      nameAt = i
      break
    }
  }
  const nameWords = nameAt === -1 ? [] : words.slice(nameAt)
  if (nameWords.length >= 2 || (words.length === 1 && !COMMON.has(words[0]!))) {
    const name = words.length === 1 ? phrase : nameWords.join(' ')
    const role = words.slice(0, nameAt === -1 ? 0 : nameAt).join(' ')
    return {
      ...base,
      name,
      role,
      kind: 'person',
      pronoun: false,
      description: false,
      definite: false,
      indefinite: false,
      head: '',
    }
  }
  const kind: SourceKind = ROLE_WORDS.has(words[0]!) || COMMON.has(words[0]!) ? 'person' : 'organisation'
  return {
    ...base,
    name: phrase,
    role: '',
    kind,
    pronoun: false,
    description: true,
    definite,
    indefinite: !definite,
    head: words[0]!,
  }
}

function arabicChannel(
  sentence: string,
  base: number,
  from: number,
  to: number,
  outside: (i: number) => boolean,
): ChannelFinding | null {
  const region = sentence.slice(from, to)
  const p = PLATFORM.exec(region)
  if (p && outside(from + p.index)) {
    const at = base + from + p.index
    return {
      name: PLATFORMS[p[1]!] ?? p[1]!,
      start: at + p[0].lastIndexOf(p[1]!),
      end: at + p[0].length,
      kind: 'social-account',
      cue: { kind: 'channel', text: p[0], start: at, end: at + p[0].length },
    }
  }
  const o = OUTLET.exec(region)
  if (o && outside(from + o.index)) {
    const at = base + from + o.index
    const name = trimAr(o[1]!)
    const nameAt = at + o[0].lastIndexOf(o[1]!)
    return {
      name,
      start: nameAt,
      end: nameAt + name.length,
      kind: 'outlet',
      cue: { kind: 'channel', text: o[0], start: at, end: at + o[0].length },
    }
  }
  return null
}

/** End (relative to `s`) of a subject phrase starting at `from`. */
function subjectEnd(s: string, from: number): number {
  const m = SUBJECT_END.exec(s.slice(from))
  return m ? from + m.index : s.length
}

/** The attribution in one Arabic sentence ([start, end) of the document text), or null. */
export function analyseArabic(text: string, start: number, end: number, quotes: QuoteSpan[]): Finding | null {
  const s = text.slice(start, end)
  const outside = (i: number) => !isInside(quotes, start + i)
  const make = (fields: Partial<Finding> & { anchor: Cue }): Finding => {
    const { anchor, ...rest } = fields
    return {
      language: 'ar',
      start,
      end,
      contentStart: start,
      contentEnd: end,
      pattern: 'leading',
      attributed: true,
      speaker: null,
      channel: null,
      relayOf: null,
      cues: [anchor],
      colonIntro: false,
      ...rest,
    }
  }
  ACCORDING.lastIndex = 0
  VERB.lastIndex = 0
  const acc = [...s.matchAll(ACCORDING)].find((m) => outside(m.index))
  const verb = [...s.matchAll(VERB)].find((m) => outside(m.index))
  const useAcc = acc && (!verb || acc.index < verb.index)
  const m = useAcc ? acc : verb
  if (!m) return null
  const anchor: Cue = {
    kind: 'attribution',
    text: m[0].trim(),
    start: start + m.index,
    end: start + m.index + m[0].trimEnd().length,
  }
  let subjFrom = m.index + m[0].length
  while (s[subjFrom] === ' ') subjFrom++
  // "أعلن الجيش السوداني، الثلاثاء، أن": a time word between commas is skipped by SUBJECT_END.
  const subjTo = useAcc ? s.slice(subjFrom).search(/[،,.]|$/u) + subjFrom : subjectEnd(s, subjFrom)
  let subjectText = cutObject(s.slice(subjFrom, subjTo))
  let mentionAt = start + subjFrom
  // "وفقا للمنظمة": the preposition's lam has eaten the article's alef.
  if (useAcc && m[0].trim().endsWith('ل') && subjectText.startsWith('ل')) {
    subjectText = `ا${subjectText}`
    mentionAt -= 1
  }
  if (UNATTRIBUTED.test(subjectText)) {
    return make({
      anchor,
      attributed: false,
      pattern: 'unattributed',
      cues: [
        anchor,
        { kind: 'unattributed', text: subjectText, start: start + subjFrom, end: start + subjTo },
      ],
    })
  }
  let speaker = readArabicMention(subjectText, mentionAt)
  if (!speaker) return null
  let relayOf: Mention | null = null
  let channel = arabicChannel(s, start, 0, s.length, outside)
  const cues: Cue[] = [anchor]
  // "نقلت قناة الجزيرة عن مصدر عسكري قوله": the outlet relays the source after "عن".
  if (/^(?:و|ف)?نقل/u.test(m[0].trim())) {
    const an = /^\s*عن\s+/u.exec(s.slice(subjTo))
    if (an) {
      const relFrom = subjTo + an[0].length
      const relTo = subjectEnd(s, relFrom)
      const origin = readArabicMention(s.slice(relFrom, relTo), start + relFrom)
      if (origin) {
        channel = {
          name: speaker.name,
          start: speaker.start,
          end: speaker.end,
          kind: 'outlet',
          cue: { kind: 'relay', text: s.slice(m.index, relTo), start: start + m.index, end: start + relTo },
        }
        relayOf = origin
        speaker = origin
        cues.push(channel.cue)
      }
    }
  }
  const rest = s.slice(subjTo)
  const thatAt = /(?:^|\s)(?:إن|إنّ|أن|أنّ|بأن|بأنّ)\s/u.exec(rest)
  // "بحسب X، …" leads; "…، بحسب X." trails the claim.
  const accLeads = useAcc && m.index <= 12
  const contentStart = useAcc
    ? accLeads
      ? start + subjTo + 1
      : start
    : thatAt
      ? start + subjTo + thatAt.index + thatAt[0].length
      : start + subjTo
  const contentEnd = useAcc && !accLeads ? start + m.index : end
  return make({
    anchor,
    cues,
    speaker,
    channel,
    relayOf,
    contentStart,
    contentEnd,
    pattern: useAcc ? 'according-to' : relayOf ? 'relay' : 'leading',
  })
}

/** Arabic hedges: could not be verified, unconfirmed, allegedly, may. */
export const ARABIC_HEDGES: RegExp[] = [
  /لم (?:يتسنَّ|يتسن|يتسنّ|يتسنى|يتم|يمكن) (?:التحقق|التأكد)[^.،]*/gu,
  /(?:لا يمكن|تعذّر|تعذر) (?:التحقق|التأكد)[^.،]*/gu,
  /غير مؤكدة|غير مؤكد|لم تتأكد/gu,
  /بحسب ما (?:زعم|زعمت|يزعم)|مزاعم|زعم(?:ت)?/gu,
  /على ما يبدو|يُعتقد|يعتقد|ربما|(?<![\p{L}])قد(?=\s)/gu,
]
