// One claim in full: its fields, grades and assessment (likelihood and
// confidence shown apart), the corroboration suggestions for it, the passages
// it rests on (each one a jump into the document), its links to other claims,
// and its audit trail. It reads only what it shows, by key (the sources, the
// linked claims, the documents of its passages); the suggestions come from
// the ledger worker, which holds every claim.
import { useId, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  claimLinkTypes,
  claimStatusLabel,
  claimTypeLabel,
  effectiveReliability,
  type ClaimAnchor,
  type ClaimLinkType,
  type ClaimRecord,
} from '@shared/domain/claim'
import type { ClaimId, DocumentId, SourceId } from '@shared/domain/ids'
import {
  admiraltyCode,
  confidenceLabel,
  credibilityLabel,
  likelihoodScales,
  likelihoodTerm,
  reliabilityLabel,
} from '@shared/domain/scales'
import { describeError } from '../../db/errors'
import { db, ledger } from '../../services'
import type { ClaimChoice } from '../ledger/ledger-api'
import { ClaimPicker } from '../ledger/ClaimPicker'
import { useLedger } from '../ledger/use-ledger'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { spelledOut } from '@shared/text/invisible'
import { SafeJoin, SafeText } from '../shell/SafeText'
import { AuditTrail } from './AuditTrail'
import { ledgerAction } from './ledger-actions'
import { ClaimPassageReview } from '../review/ClaimPassageReview'

export function ClaimDetail({
  claim,
  onShowPassage,
  onEdit,
  onDeleted,
}: {
  claim: ClaimRecord
  onShowPassage: (anchor: ClaimAnchor) => void
  onEdit: () => void
  onDeleted: () => void
}) {
  const notify = useNotify()
  const runUndo = useUndo()
  const id = useId()
  const [linkType, setLinkType] = useState<ClaimLinkType>('corroborates')
  const [linkTarget, setLinkTarget] = useState<ClaimChoice | null>(null)
  // The claim's sources, by key.
  const named = [claim.attributedTo, claim.reportedVia].filter((s): s is SourceId => s !== null)
  const sourceList = useLiveQuery(() => db.sources.bulkGet(named), [named.join()])
  const sources = new Map((sourceList ?? []).flatMap((s) => (s ? [[s.id, s] as const] : [])))
  const targets = claim.links.map((l) => l.target)
  const linked = useLiveQuery(() => db.claims.bulkGet(targets), [targets.join()])
  const documentIds = [...new Set(claim.anchors.map((a) => a.documentId))]
  const documents = useLiveQuery(
    async () => (await db.documents.bulkGet(documentIds)).map((d) => d && { id: d.id, title: d.title }),
    [documentIds.join()],
  )
  const documentTitle = (docId: DocumentId) => documents?.find((d) => d?.id === docId)?.title
  const suggestions = useLedger((api) => api.suggestions(claim.id), `${claim.id}@${claim.version}`) ?? []
  const source = claim.attributedTo ? sources.get(claim.attributedTo) : undefined
  const via = claim.reportedVia ? sources.get(claim.reportedVia) : undefined
  const reliability = effectiveReliability(claim, (sid) => sources.get(sid)?.defaultReliability)
  const statementOf = (cid: ClaimId) =>
    linked?.find((c) => c?.id === cid)?.statement ?? (linked ? 'a deleted claim' : '…')
  const likelihood = likelihoodTerm(claim.likelihood)

  const run = async (label: string, patch: Partial<ClaimRecord>, message: string) => {
    try {
      await ledgerAction(label, () => ledger.updateClaim(claim.id, patch))
      notify(message, { undo: () => void runUndo() })
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    }
  }

  const remove = async () => {
    try {
      await ledgerAction('delete claim', () => ledger.deleteClaim(claim.id))
      onDeleted()
      notify('Claim deleted.', { undo: () => void runUndo() })
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    }
  }

  return (
    <article className="claim-detail" aria-labelledby={`${id}-title`}>
      <header>
        <p className="claim-badges">
          <span className={`status status-${claim.status}`}>{claimStatusLabel(claim.status)}</span>
          {admiraltyCode(reliability, claim.credibility) && (
            <span className="grade">{admiraltyCode(reliability, claim.credibility)}</span>
          )}
          <span className="muted">{claimTypeLabel(claim.type)}</span>
        </p>
        <h2 id={`${id}-title`} dir="auto">
          <SafeText text={claim.statement} />
        </h2>
        <div className="detail-actions">
          <button type="button" className="button small" onClick={onEdit}>
            Edit claim
          </button>
          <button type="button" className="button small danger" onClick={() => void remove()}>
            Delete claim
          </button>
        </div>
      </header>
      {suggestions.map((s) => (
        <div key={s.kind} role="note" className={s.kind === 'confirm' ? 'suggestion' : 'suggestion warning'}>
          <p>{s.message}</p>
          {s.kind === 'confirm' && (
            <button
              type="button"
              className="button small"
              onClick={() =>
                void run(
                  'set credibility 1',
                  { credibility: '1', status: 'corroborated' },
                  'Credibility set to 1, status corroborated.',
                )
              }
            >
              Accept: credibility 1
            </button>
          )}
        </div>
      ))}
      <dl className="claim-fields">
        <dt>Attributed to</dt>
        <dd dir="auto">
          {source ? <SafeText text={source.name} /> : '—'}
          {source?.partisan && ' (partisan)'}
        </dd>
        <dt>Reported via</dt>
        <dd dir="auto">{via ? <SafeText text={via.name} /> : '—'}</dd>
        <dt>Source reliability</dt>
        <dd>
          {reliability ? `${reliability}: ${reliabilityLabel(reliability)}` : 'Not graded'}
          {claim.reliabilityOverride ? (
            <>
              {' (set for this claim: '}
              <SafeText text={claim.reliabilityOverride.reason} />)
            </>
          ) : source?.defaultReliability ? (
            ' (from the source)'
          ) : (
            ''
          )}
        </dd>
        <dt>Information credibility</dt>
        <dd>
          {claim.credibility ? `${claim.credibility}: ${credibilityLabel(claim.credibility)}` : 'Not graded'}
        </dd>
        <dt>Likelihood</dt>
        <dd>
          {likelihood && claim.likelihood
            ? `${likelihood.term} (${likelihood.range}, ${likelihoodScales[claim.likelihood.scale].name})`
            : '—'}
        </dd>
        <dt>Analytic confidence</dt>
        <dd>{claim.confidence ? confidenceLabel(claim.confidence) : '—'}</dd>
        <dt>Happened / reported</dt>
        <dd>
          {claim.occurred || '—'} / {claim.reported || '—'}
        </dd>
        <dt>Places</dt>
        <dd dir="auto">
          <SafeJoin parts={claim.places} separator=", " empty="—" />
        </dd>
        <dt>Tags</dt>
        <dd dir="auto">
          <SafeJoin parts={claim.tags} separator=", " empty="—" />
        </dd>
        {claim.notes && (
          <>
            <dt>Notes</dt>
            <dd dir="auto" className="pre">
              <SafeText text={claim.notes} />
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby={`${id}-passages`}>
        <h3 id={`${id}-passages`}>Passages</h3>
        {claim.anchors.length === 0 && <p className="hint">Not tied to a passage.</p>}
        <ul className="passage-list">
          {claim.anchors.map((a, i) => (
            <li key={i}>
              <blockquote dir="auto" className="quote">
                <SafeText text={a.selectors.quote.exact} />
              </blockquote>
              <p className="hint">
                <SafeText text={documentTitle(a.documentId) ?? (documents ? 'A deleted document' : '')} />{' '}
                {documentTitle(a.documentId) && (
                  <button type="button" className="link-button" onClick={() => onShowPassage(a)}>
                    Show in document
                  </button>
                )}
              </p>
              <ClaimPassageReview claim={claim} index={i} onShowPassage={onShowPassage} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-links`}>
        <h3 id={`${id}-links`}>Links to other claims</h3>
        <ul className="link-list">
          {claim.links.map((l) => (
            <li key={l.type + l.target}>
              <span className="muted">{claimLinkTypes.find((t) => t.id === l.type)?.label}</span>{' '}
              <SafeText text={statementOf(l.target)} />{' '}
              <button
                type="button"
                className="link-button danger"
                aria-label={`Remove link to ${spelledOut(statementOf(l.target))}`}
                onClick={() =>
                  void run('remove link', { links: claim.links.filter((x) => x !== l) }, 'Link removed.')
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div className="link-form">
          <label className="sr-only" htmlFor={`${id}-link-type`}>
            Link type
          </label>
          <select
            id={`${id}-link-type`}
            value={linkType}
            onChange={(e) => setLinkType(e.target.value as ClaimLinkType)}
          >
            {claimLinkTypes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
          <ClaimPicker
            label="Linked claim"
            hideLabel
            placeholder="Find a claim to link…"
            value={linkTarget}
            onChange={setLinkTarget}
            exclude={[claim.id, ...targets]}
          />
          <button
            type="button"
            className="button small"
            disabled={!linkTarget}
            onClick={() => {
              void run(
                'link claims',
                { links: [...claim.links, { type: linkType, target: linkTarget!.id }] },
                'Claims linked.',
              )
              setLinkTarget(null)
            }}
          >
            Add link
          </button>
        </div>
      </section>
      <AuditTrail entityId={claim.id} />
    </article>
  )
}
