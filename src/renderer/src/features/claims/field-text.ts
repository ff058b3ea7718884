// Record fields in words: their labels, and any stored value as text for the
// audit trail and for comparing two versions of a claim. Stored values may come
// from a hand-made or hostile file, so nothing here assumes their type.
import {
  claimStatuses,
  claimStatusLabel,
  claimTypeLabel,
  claimTypes,
  type ClaimStatus,
  type ClaimType,
} from '@shared/domain/claim'
import {
  confidenceLabel,
  credibilityLabel,
  isConfidence,
  isCredibility,
  isReliability,
  likelihoodTerm,
  reliabilityLabel,
  type Likelihood,
} from '@shared/domain/scales'
import { sourceKindLabel, sourceKinds, type SourceKind } from '@shared/domain/source'

export const fieldLabels: Record<string, string> = {
  statement: 'Statement',
  type: 'Type',
  attributedTo: 'Attributed to',
  reportedVia: 'Reported via',
  occurred: 'Happened on',
  reported: 'Reported on',
  places: 'Places',
  status: 'Status',
  tags: 'Tags',
  notes: 'Notes',
  anchors: 'Passages',
  reliabilityOverride: 'Reliability override',
  credibility: 'Credibility',
  likelihood: 'Likelihood',
  confidence: 'Confidence',
  links: 'Links',
  name: 'Name',
  aliases: 'Aliases',
  kind: 'Kind',
  affiliation: 'Affiliation',
  partisan: 'Partisan',
  defaultReliability: 'Default reliability',
  reliabilityRationale: 'Reliability rationale',
  relays: 'Relays',
  url: 'URL',
}

export const actionLabels: Partial<Record<string, string>> = {
  create: 'Created',
  delete: 'Deleted',
  merge: 'Merged',
  undo: 'Undone',
  redo: 'Redone',
  import: 'Replaced by an import',
}

const shortText = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s)

/** A stored field value in words: labels from the scales, names for ids, plain text for the rest. */
export function describeValue(
  field: string,
  value: unknown,
  names: (id: string) => string | undefined,
): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') {
    if (field === 'attributedTo' || field === 'reportedVia' || field === 'relays')
      return names(value) ?? 'a deleted source'
    if (field === 'status' && claimStatuses.some((s) => s.id === value))
      return claimStatusLabel(value as ClaimStatus)
    if (field === 'type' && claimTypes.some((t) => t.id === value)) return claimTypeLabel(value as ClaimType)
    if (field === 'kind' && sourceKinds.some((k) => k.id === value))
      return sourceKindLabel(value as SourceKind)
    if (field === 'confidence' && isConfidence(value)) return confidenceLabel(value)
    if (field === 'credibility' && isCredibility(value)) return `${value}: ${credibilityLabel(value)}`
    if (field === 'defaultReliability' && isReliability(value)) return `${value}: ${reliabilityLabel(value)}`
    return shortText(value)
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) {
    if (field === 'anchors' || field === 'links') return String(value.length)
    return shortText(value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')) || '—'
  }
  const record = value as Record<string, unknown>
  if (field === 'likelihood') return likelihoodTerm(record as unknown as Likelihood)?.term ?? '—'
  if (field === 'reliabilityOverride' && typeof record.grade === 'string')
    return `${record.grade} (${typeof record.reason === 'string' ? record.reason : ''})`
  return shortText(JSON.stringify(value))
}

/** describeValue that never throws, whatever the stored value is. */
export function showValue(field: string, value: unknown, names: (id: string) => string | undefined): string {
  try {
    return describeValue(field, value, names)
  } catch {
    return '(a value that cannot be shown)'
  }
}
