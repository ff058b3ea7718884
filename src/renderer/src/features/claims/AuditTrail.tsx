// A record's history: every change with who made it, when, and each field
// before and after, newest first.
import { useLiveQuery } from 'dexie-react-hooks'
import type { FieldChange } from '@shared/domain/audit'
import { claimStatusLabel, claimTypeLabel, type ClaimStatus, type ClaimType } from '@shared/domain/claim'
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
import { sourceKindLabel, type SourceKind } from '@shared/domain/source'
import { ledger } from '../../services'
import { SafeText } from '../shell/SafeText'

const fieldLabels: Record<string, string> = {
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

const at = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function AuditTrail({
  entityId,
  names,
}: {
  entityId: string
  names: (id: string) => string | undefined
}) {
  const entries = useLiveQuery(() => ledger.auditFor(entityId), [entityId])
  const show = (change: FieldChange, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—'
    if (change.field === 'attributedTo' || change.field === 'reportedVia' || change.field === 'relays')
      return names(String(value)) ?? 'a deleted source'
    if (change.field === 'likelihood') return likelihoodTerm(value as Likelihood)?.term ?? '—'
    if (change.field === 'status') return claimStatusLabel(value as ClaimStatus)
    if (change.field === 'type') return claimTypeLabel(value as ClaimType)
    if (change.field === 'kind') return sourceKindLabel(value as SourceKind)
    if (isConfidence(value) && change.field === 'confidence') return confidenceLabel(value)
    if (isCredibility(value) && change.field === 'credibility') return `${value}: ${credibilityLabel(value)}`
    if (isReliability(value) && change.field === 'defaultReliability')
      return `${value}: ${reliabilityLabel(value)}`
    if (change.field === 'reliabilityOverride') {
      const o = value as { grade: string; reason: string }
      return `${o.grade} (${o.reason})`
    }
    if (change.field === 'anchors' || change.field === 'links') return `${(value as unknown[]).length}`
    if (Array.isArray(value)) return value.join(', ') || '—'
    if (typeof value === 'boolean') return value ? 'yes' : 'no'
    return String(value)
  }
  return (
    <section aria-labelledby={`audit-${entityId}`} className="audit">
      <h3 id={`audit-${entityId}`}>Audit trail</h3>
      <ol className="audit-list">
        {[...(entries ?? [])].reverse().map((e) => (
          <li key={e.id}>
            <p className="audit-head">
              <strong>
                {e.action === 'create'
                  ? 'Created'
                  : e.action === 'delete'
                    ? 'Deleted'
                    : e.action === 'merge'
                      ? 'Merged'
                      : e.action === 'undo'
                        ? 'Undone'
                        : 'Changed'}
              </strong>{' '}
              by <SafeText text={e.who} />, <time dateTime={e.at}>{at.format(new Date(e.at))}</time>
              {e.note && (
                <>
                  {' · '}
                  <SafeText text={e.note} />
                </>
              )}
            </p>
            {e.action !== 'create' && e.changes.length > 0 && (
              <table className="audit-changes">
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {e.changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{fieldLabels[c.field] ?? c.field}</th>
                      <td dir="auto">
                        <SafeText text={show(c, c.before)} />
                      </td>
                      <td dir="auto">
                        <SafeText text={show(c, c.after)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
