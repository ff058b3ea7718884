// The analytic scales the workbench speaks, exactly as published (see
// STANDARDS): NATO Admiralty source reliability and information credibility,
// US ICD 203 likelihood terms, the UK Probability Yardstick, and analytic
// confidence. Every label, picker, legend and export derives from here.

export const reliabilityGrades = [
  {
    grade: 'A',
    label: 'Completely reliable',
    meaning: 'no doubt about authenticity, trustworthiness or competence; a history of complete reliability',
  },
  { grade: 'B', label: 'Usually reliable', meaning: 'minor doubt; valid information most of the time' },
  { grade: 'C', label: 'Fairly reliable', meaning: 'doubt; has given valid information in the past' },
  {
    grade: 'D',
    label: 'Not usually reliable',
    meaning: 'significant doubt; has given valid information in the past',
  },
  {
    grade: 'E',
    label: 'Unreliable',
    meaning: 'lacks authenticity, trustworthiness and competence; a history of invalid information',
  },
  { grade: 'F', label: 'Reliability cannot be judged', meaning: 'no basis for evaluating the source' },
] as const
export type Reliability = (typeof reliabilityGrades)[number]['grade']

export const credibilityGrades = [
  {
    grade: '1',
    label: 'Confirmed by other sources',
    meaning: 'confirmed by other independent sources; logical; consistent with other information',
  },
  {
    grade: '2',
    label: 'Probably true',
    meaning: 'not confirmed; logical; consistent with other information',
  },
  {
    grade: '3',
    label: 'Possibly true',
    meaning: 'not confirmed; reasonably logical; agrees with some other information',
  },
  {
    grade: '4',
    label: 'Doubtful',
    meaning: 'not confirmed; possible but not logical; no other information on it',
  },
  {
    grade: '5',
    label: 'Improbable',
    meaning: 'not confirmed; not logical; contradicted by other information',
  },
  { grade: '6', label: 'Truth cannot be judged', meaning: 'no basis for evaluating the information' },
] as const
export type Credibility = (typeof credibilityGrades)[number]['grade']

export const isReliability = (v: unknown): v is Reliability => reliabilityGrades.some((g) => g.grade === v)
export const isCredibility = (v: unknown): v is Credibility => credibilityGrades.some((g) => g.grade === v)
export const reliabilityLabel = (g: Reliability) => reliabilityGrades.find((r) => r.grade === g)!.label
export const credibilityLabel = (g: Credibility) => credibilityGrades.find((r) => r.grade === g)!.label
/** "B2", or "B–" / "–2" / "" when a half is missing. */
export const admiraltyCode = (r: Reliability | null, c: Credibility | null) =>
  r || c ? `${r ?? '–'}${c ?? '–'}` : ''

export const likelihoodScales = {
  icd203: {
    id: 'icd203',
    name: 'US ICD 203',
    terms: [
      { id: 'almost-no-chance', term: 'almost no chance', alternative: 'remote', range: '1–5 %' },
      { id: 'very-unlikely', term: 'very unlikely', alternative: 'highly improbable', range: '5–20 %' },
      { id: 'unlikely', term: 'unlikely', alternative: 'improbable', range: '20–45 %' },
      {
        id: 'roughly-even-chance',
        term: 'roughly even chance',
        alternative: 'roughly even odds',
        range: '45–55 %',
      },
      { id: 'likely', term: 'likely', alternative: 'probable', range: '55–80 %' },
      { id: 'very-likely', term: 'very likely', alternative: 'highly probable', range: '80–95 %' },
      { id: 'almost-certain', term: 'almost certain', alternative: 'nearly certain', range: '95–99 %' },
    ],
  },
  uk: {
    id: 'uk',
    name: 'UK Probability Yardstick',
    terms: [
      { id: 'remote-chance', term: 'remote chance', alternative: '', range: '≤ 5 %' },
      { id: 'highly-unlikely', term: 'highly unlikely', alternative: '', range: '10–20 %' },
      { id: 'unlikely', term: 'unlikely', alternative: '', range: '25–35 %' },
      { id: 'realistic-possibility', term: 'realistic possibility', alternative: '', range: '40–50 %' },
      { id: 'likely', term: 'likely / probably', alternative: '', range: '55–75 %' },
      { id: 'highly-likely', term: 'highly likely', alternative: '', range: '80–90 %' },
      { id: 'almost-certain', term: 'almost certain', alternative: '', range: '≥ 95 %' },
    ],
  },
} as const
export type LikelihoodScaleId = keyof typeof likelihoodScales
export interface Likelihood {
  scale: LikelihoodScaleId
  term: string
}
export const likelihoodTerm = (l: Likelihood | null) =>
  l
    ? (likelihoodScales[l.scale].terms as readonly { id: string; term: string; range: string }[]).find(
        (t) => t.id === l.term,
      )
    : undefined
export const isLikelihood = (l: unknown): l is Likelihood => {
  const v = l as Likelihood | null
  return !!v && v.scale in likelihoodScales && likelihoodTerm(v) !== undefined
}

export const confidenceLevels = [
  {
    id: 'low',
    label: 'Low',
    meaning:
      'questionable or implausible information, too fragmented or poorly corroborated, or real concerns about the sources',
  },
  {
    id: 'moderate',
    label: 'Moderate',
    meaning: 'credibly sourced and plausible, but not of the quality or corroboration for high',
  },
  {
    id: 'high',
    label: 'High',
    meaning: 'high-quality information, or the issue allows a solid judgment; can still be wrong',
  },
] as const
export type Confidence = (typeof confidenceLevels)[number]['id']
export const isConfidence = (v: unknown): v is Confidence => confidenceLevels.some((c) => c.id === v)
export const confidenceLabel = (c: Confidence) => confidenceLevels.find((l) => l.id === c)!.label
