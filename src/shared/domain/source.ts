// Sources: the people, organisations, outlets, accounts and documents claims
// come from, with the default reliability an analyst gives each and whether
// one merely relays another (an outlet quoting a monitoring group).
import { z } from 'zod'
import { reliabilityGrades, type Reliability } from './scales'
import type { SourceId } from './ids'

export const sourceKinds = [
  { id: 'person', label: 'Person' },
  { id: 'organisation', label: 'Organisation' },
  { id: 'outlet', label: 'News outlet' },
  { id: 'social-account', label: 'Social-media account' },
  { id: 'document', label: 'Document' },
] as const
export type SourceKind = (typeof sourceKinds)[number]['id']
export const sourceKindLabel = (k: SourceKind) => sourceKinds.find((s) => s.id === k)!.label

/** Sides an analyst of this conflict names often; the field stays free text. */
export const suggestedAffiliations = [
  'HTS-led forces',
  'Syrian government',
  'Kurdish-led forces',
  'Monitoring group',
  'Think tank',
  'News outlet',
]

export interface SourceRecord {
  id: SourceId
  name: string
  aliases: string[]
  kind: SourceKind
  affiliation: string
  /** A party to the events it reports on: its claims alone are flagged. */
  partisan: boolean
  defaultReliability: Reliability | null
  reliabilityRationale: string
  /** This source passes on what another says: not independent of it. */
  relays: SourceId | null
  url: string
  notes: string
  created: string
  modified: string
}

export type SourceDraft = Omit<SourceRecord, 'id' | 'created' | 'modified'>

export const emptySourceDraft: SourceDraft = {
  name: '',
  aliases: [],
  kind: 'organisation',
  affiliation: '',
  partisan: false,
  defaultReliability: null,
  reliabilityRationale: '',
  relays: null,
  url: '',
  notes: '',
}

const grade = z.enum(reliabilityGrades.map((g) => g.grade) as [Reliability, ...Reliability[]], {
  message: 'Reliability must be one of A, B, C, D, E or F',
})

export const sourceDraftSchema = z.object({
  name: z.string().trim().min(1, 'A source needs a name').max(200),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50),
  kind: z.enum(sourceKinds.map((k) => k.id) as [SourceKind, ...SourceKind[]], {
    message: 'Choose a kind of source',
  }),
  affiliation: z.string().trim().max(200),
  partisan: z.boolean(),
  defaultReliability: grade.nullable(),
  reliabilityRationale: z.string().trim().max(2000),
  relays: z.custom<SourceId | null>((v) => v === null || typeof v === 'string'),
  url: z
    .string()
    .trim()
    .max(2048)
    .refine(
      (s) => s === '' || /^https?:\/\/\S+$/i.test(s),
      'Use a full http:// or https:// address, or leave it empty',
    ),
  notes: z.string().max(20000),
}) satisfies z.ZodType<SourceDraft>

/** Lower-cased, space-folded form used to match names and aliases. */
/**
 * Key for comparing names (registry lookups, duplicates, aliases, suggested
 * speakers): NFKC, lower case, Arabic diacritics and tatweel removed, alef
 * forms and teh marbuta folded, curly apostrophes straightened, punctuation as
 * spaces, and a leading article dropped, so "the Observatory" finds the alias
 * "Observatory" and "SOHR’s" is "SOHRs" whatever the apostrophe.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '')
}

/** Finds the source a name or alias refers to ("the Observatory" → SOHR). */
export function resolveSourceName(sources: readonly SourceRecord[], name: string): SourceRecord | undefined {
  const key = nameKey(name)
  if (!key) return undefined
  return sources.find((s) => nameKey(s.name) === key || s.aliases.some((a) => nameKey(a) === key))
}
