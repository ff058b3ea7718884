// Recording or editing a claim: the statement in the analyst's words, who made
// it and through whom, the Admiralty grades (reliability from the source unless
// overridden with a reason), and the analyst's likelihood and confidence as two
// separate fields. Problems are shown beside their fields; nothing is saved
// until every one is fixed, and what was typed is kept.
import { useId, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  claimStatuses,
  claimTypes,
  effectiveReliability,
  validateClaimDraft,
  type ClaimDraft,
  type ClaimDraftErrors,
  type ClaimRecord,
  type ClaimStatus,
  type ClaimType,
} from '@shared/domain/claim'
import type { SourceId } from '@shared/domain/ids'
import { reliabilityLabel } from '@shared/domain/scales'
import { resolveSourceName, type SourceDraft, type SourceRecord } from '@shared/domain/source'
import { describeError } from '../../db/errors'
import { ClaimChangedError } from '../../db/ledger-repo'
import { useDiscardGuard } from '../shell/discard-guard'
import { ConcurrentEdit } from './ConcurrentEdit'
import { db } from '../../services'
import { useSetting } from '../shell/use-setting'
import {
  ConfidenceSelect,
  CredibilitySelect,
  DayInput,
  Field,
  invalid,
  joinList,
  LikelihoodSelect,
  ReliabilitySelect,
  splitList,
} from './GradeFields'
import { ledgerAction } from './ledger-actions'
import { writeClaim } from './claim-save'
import { newSourceDefaults, SourcePicker, type SourceChoice } from './SourcePicker'
import { FormError } from '../shell/FormError'

const nameOf = (sources: readonly SourceRecord[], id: SourceId | null) =>
  sources.find((s) => s.id === id)?.name ?? ''

/**
 * Sources a suggested claim would add (its speaker, its channel), filled in
 * when the editor opens; `channelRelaysSpeaker` makes a new channel relay the speaker.
 */
export interface ProposedSources {
  attributedTo?: SourceDraft
  reportedVia?: SourceDraft
  channelRelaysSpeaker?: boolean
}

const choiceOf = (draft: SourceDraft | undefined, relays = ''): SourceChoice | null =>
  draft
    ? {
        text: draft.name,
        relays,
        draft: {
          kind: draft.kind,
          affiliation: draft.affiliation,
          partisan: draft.partisan,
          defaultReliability: draft.defaultReliability,
          reliabilityRationale: draft.reliabilityRationale,
        },
      }
    : null

export function ClaimEditor({
  initial,
  existing,
  proposed,
  onDone,
}: {
  initial: ClaimDraft
  existing?: ClaimRecord
  proposed?: ProposedSources
  onDone: (savedId: string | null) => void
}) {
  const registry = useLiveQuery(() => db.sources.toArray(), [])
  const sources = registry ?? []
  const [scale] = useSetting('likelihoodScale')
  const [draft, setDraft] = useState<ClaimDraft>(initial)
  const [placesText, setPlacesText] = useState(joinList(initial.places))
  const [tagsText, setTagsText] = useState(joinList(initial.tags))
  const [attributed, setAttributed] = useState<SourceChoice | null>(() => choiceOf(proposed?.attributedTo))
  const [via, setVia] = useState<SourceChoice | null>(() =>
    // A suggested channel relaying a speaker new to the registry names it in its Relays field.
    choiceOf(
      proposed?.reportedVia,
      proposed?.channelRelaysSpeaker ? (proposed.attributedTo?.name ?? '') : '',
    ),
  )
  const [errors, setErrors] = useState<ClaimDraftErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  /** The claim as another window saved it while this editor was open. */
  const [theirs, setTheirs] = useState<ClaimRecord | null>(null)
  const id = useId()
  const dirty =
    JSON.stringify([draft, placesText, tagsText, attributed?.text, via?.text]) !==
    JSON.stringify([
      initial,
      joinList(initial.places),
      joinList(initial.tags),
      proposed?.attributedTo?.name,
      proposed?.reportedVia?.name,
    ])
  const { requestClose, prompt } = useDiscardGuard(dirty, () => onDone(null), 'this claim')
  // The pickers start from the stored names once the registry has loaded.
  const attributedChoice = attributed ?? {
    text: nameOf(sources, initial.attributedTo),
    relays: '',
    draft: newSourceDefaults,
  }
  const viaChoice = via ?? {
    text: nameOf(sources, initial.reportedVia),
    relays: '',
    draft: newSourceDefaults,
  }
  const set = (patch: Partial<ClaimDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const attributedSource = resolveSourceName(sources, attributedChoice.text)
  const fromSource = attributedSource?.defaultReliability ?? null

  const save = async (overVersion?: number) => {
    // Names are resolved against the registry: a save before it has loaded
    // would take every stored source for a missing one.
    if (!registry) return
    setProblem(null)
    // Names not yet in the registry stand for sources created on save.
    const pending = new Map<string, SourceChoice>()
    const idFor = (choice: SourceChoice): SourceId | null => {
      const text = choice.text.trim()
      if (!text) return null
      const found = resolveSourceName(sources, text)
      if (found) return found.id
      pending.set(text, choice)
      return `new:${text}` as SourceId
    }
    const candidate: ClaimDraft = {
      ...draft,
      places: splitList(placesText),
      tags: splitList(tagsText),
      attributedTo: idFor(attributedChoice),
      reportedVia: idFor(viaChoice),
    }
    const checked = validateClaimDraft(candidate)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    setSaving(true)
    try {
      let savedId: string | null = existing?.id ?? null
      // New sources and the claim are saved together or not at all.
      await ledgerAction(existing ? 'edit claim' : 'record claim', () =>
        writeClaim({ candidate, pending, sources, proposed, existing, overVersion }, (id) => (savedId = id)),
      )
      onDone(savedId)
    } catch (error) {
      if (error instanceof ClaimChangedError) setTheirs(error.current)
      else setProblem(describeError(error))
    } finally {
      setSaving(false)
    }
  }

  const override = draft.reliabilityOverride
  return (
    <form
      className="claim-editor"
      aria-label={existing ? 'Edit claim' : 'New claim'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault()
          void save()
        }
      }}
    >
      <FormError>{problem}</FormError>
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="form-error">
          The claim was not saved:{' '}
          {Object.keys(errors).length === 1 ? 'one field needs' : `${Object.keys(errors).length} fields need`}{' '}
          attention.
        </p>
      )}
      <div className="claim-editor-columns">
        <div className="claim-editor-main">
          {draft.anchors.length > 0 && (
            <section aria-label="Passages" className="claim-passages">
              {draft.anchors.map((a, i) => (
                <blockquote key={i} dir="auto" className="quote">
                  {a.selectors.quote.exact}
                </blockquote>
              ))}
            </section>
          )}
          <Field id={`${id}-statement`} label="Statement" error={errors.statement}>
            <textarea
              id={`${id}-statement`}
              dir="auto"
              rows={2}
              autoFocus
              value={draft.statement}
              onChange={(e) => set({ statement: e.target.value })}
              {...invalid(`${id}-statement`, errors.statement)}
            />
          </Field>
          <div className="field-row">
            <Field id={`${id}-type`} label="Type">
              <select
                id={`${id}-type`}
                value={draft.type}
                onChange={(e) => set({ type: e.target.value as ClaimType })}
              >
                {claimTypes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${id}-status`} label="Status">
              <select
                id={`${id}-status`}
                value={draft.status}
                onChange={(e) => set({ status: e.target.value as ClaimStatus })}
              >
                {claimStatuses.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="field-row">
            <SourcePicker
              label="Attributed to"
              required
              value={attributedChoice}
              sources={sources}
              onChange={setAttributed}
              error={errors.attributedTo}
            />
            <SourcePicker
              label="Reported via"
              value={viaChoice}
              sources={sources}
              onChange={setVia}
              error={errors.reportedVia}
            />
          </div>
          <div className="field-row">
            <Field id={`${id}-occurred`} label="Happened on" error={errors.occurred}>
              <DayInput
                id={`${id}-occurred`}
                value={draft.occurred}
                onChange={(occurred) => set({ occurred })}
                error={errors.occurred}
              />
            </Field>
            <Field id={`${id}-reported`} label="Reported on" error={errors.reported}>
              <DayInput
                id={`${id}-reported`}
                value={draft.reported}
                onChange={(reported) => set({ reported })}
                error={errors.reported}
              />
            </Field>
          </div>
          <div className="field-row">
            <Field id={`${id}-places`} label="Places" hint="Separate with commas">
              <input
                id={`${id}-places`}
                dir="auto"
                value={placesText}
                onChange={(e) => setPlacesText(e.target.value)}
              />
            </Field>
            <Field id={`${id}-tags`} label="Claim tags" hint="Separate with commas">
              <input
                id={`${id}-tags`}
                dir="auto"
                value={tagsText}
                onChange={(e) => setTagsText(e.target.value)}
              />
            </Field>
          </div>
        </div>
        <div className="claim-editor-side">
          <fieldset className="grading">
            <legend>Grading (Admiralty)</legend>
            <p className="hint">
              Source reliability:{' '}
              <strong>
                {override
                  ? `${override.grade} (${reliabilityLabel(override.grade)}), set for this claim`
                  : fromSource
                    ? `${fromSource} (${reliabilityLabel(fromSource)}), from the source`
                    : 'not graded yet (grade the source, or this claim)'}
              </strong>
            </p>
            <label className="check">
              <input
                type="checkbox"
                checked={override !== null}
                onChange={(e) =>
                  set({
                    reliabilityOverride: e.target.checked
                      ? { grade: effectiveReliability(draft, () => fromSource) ?? 'F', reason: '' }
                      : null,
                  })
                }
              />{' '}
              Grade this claim’s reliability apart from its source
            </label>
            {override && (
              <div className="field-row">
                <Field
                  id={`${id}-rel`}
                  label="Reliability for this claim"
                  error={errors['reliabilityOverride.grade']}
                >
                  <ReliabilitySelect
                    id={`${id}-rel`}
                    value={override.grade}
                    onChange={(g) => g && set({ reliabilityOverride: { ...override, grade: g } })}
                    error={errors['reliabilityOverride.grade']}
                  />
                </Field>
                <Field
                  id={`${id}-why`}
                  label="Reason for the override"
                  error={errors['reliabilityOverride.reason']}
                >
                  <input
                    id={`${id}-why`}
                    value={override.reason}
                    onChange={(e) => set({ reliabilityOverride: { ...override, reason: e.target.value } })}
                    {...invalid(`${id}-why`, errors['reliabilityOverride.reason'])}
                  />
                </Field>
              </div>
            )}
            <Field id={`${id}-cred`} label="Information credibility" error={errors.credibility}>
              <CredibilitySelect
                id={`${id}-cred`}
                value={draft.credibility}
                onChange={(credibility) => set({ credibility })}
                error={errors.credibility}
              />
            </Field>
          </fieldset>
          <fieldset className="grading">
            <legend>Your assessment</legend>
            <div className="field-row">
              <Field id={`${id}-likelihood`} label="Likelihood" error={errors.likelihood}>
                <LikelihoodSelect
                  id={`${id}-likelihood`}
                  scale={scale}
                  value={draft.likelihood}
                  onChange={(likelihood) => set({ likelihood })}
                  error={errors.likelihood}
                />
              </Field>
              <Field id={`${id}-confidence`} label="Analytic confidence" error={errors.confidence}>
                <ConfidenceSelect
                  id={`${id}-confidence`}
                  value={draft.confidence}
                  onChange={(confidence) => set({ confidence })}
                  error={errors.confidence}
                />
              </Field>
            </div>
          </fieldset>
          <Field id={`${id}-notes`} label="Notes">
            <textarea
              id={`${id}-notes`}
              dir="auto"
              rows={3}
              value={draft.notes}
              onChange={(e) => set({ notes: e.target.value })}
            />
          </Field>
        </div>
      </div>
      {existing && theirs && (
        <ConcurrentEdit
          opened={existing}
          theirs={theirs}
          names={(sid) => sources.find((s) => s.id === sid)?.name}
          onSaveMine={() => {
            setTheirs(null)
            void save(theirs.version)
          }}
          onKeepTheirs={() => onDone(null)}
        />
      )}
      {prompt}
      <div className="dialog-actions sticky-actions">
        <button type="button" className="button" onClick={requestClose}>
          Cancel
        </button>
        <button
          type="submit"
          className="button primary"
          disabled={saving || !registry}
          aria-keyshortcuts="Control+Enter"
        >
          {saving ? 'Saving…' : existing ? 'Save claim' : 'Record claim'}
        </button>
      </div>
    </form>
  )
}
