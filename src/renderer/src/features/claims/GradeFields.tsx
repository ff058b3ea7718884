// Pickers for the analytic scales. Options, labels and ranges all come from
// the shared scales module, so the UI can only offer what the standards define.
import type { ReactNode } from 'react'
import {
  confidenceLevels,
  credibilityGrades,
  likelihoodScales,
  reliabilityGrades,
  type Confidence,
  type Credibility,
  type Likelihood,
  type LikelihoodScaleId,
  type Reliability,
} from '@shared/domain/scales'

export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string
  label: string
  error?: string
  hint?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p className="hint">{hint}</p>}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** Props for an input inside Field: invalid state and its description. */
export const invalid = (id: string, error?: string) =>
  error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {}

export function ReliabilitySelect({
  id,
  value,
  onChange,
  error,
  emptyLabel = 'Not graded',
}: {
  id: string
  value: Reliability | null
  onChange: (v: Reliability | null) => void
  error?: string
  emptyLabel?: string
}) {
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || null) as Reliability | null)}
      {...invalid(id, error)}
    >
      <option value="">{emptyLabel}</option>
      {reliabilityGrades.map((g) => (
        <option key={g.grade} value={g.grade} title={g.meaning}>
          {g.grade}: {g.label}
        </option>
      ))}
    </select>
  )
}

export function CredibilitySelect({
  id,
  value,
  onChange,
  error,
  emptyLabel = 'Not graded',
}: {
  id: string
  value: Credibility | null
  onChange: (v: Credibility | null) => void
  error?: string
  emptyLabel?: string
}) {
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || null) as Credibility | null)}
      {...invalid(id, error)}
    >
      <option value="">{emptyLabel}</option>
      {credibilityGrades.map((g) => (
        <option key={g.grade} value={g.grade} title={g.meaning}>
          {g.grade}: {g.label}
        </option>
      ))}
    </select>
  )
}

export function LikelihoodSelect({
  id,
  scale,
  value,
  onChange,
  error,
}: {
  id: string
  scale: LikelihoodScaleId
  value: Likelihood | null
  onChange: (v: Likelihood | null) => void
  error?: string
}) {
  // A judgment keeps the scale it was made on, even if the setting changed since.
  const shown = value?.scale ?? scale
  return (
    <select
      id={id}
      value={value?.term ?? ''}
      onChange={(e) => onChange(e.target.value ? { scale: shown, term: e.target.value } : null)}
      {...invalid(id, error)}
    >
      <option value="">No assessment</option>
      {likelihoodScales[shown].terms.map((t) => (
        <option key={t.id} value={t.id}>
          {t.term} ({t.range})
        </option>
      ))}
    </select>
  )
}

export function ConfidenceSelect({
  id,
  value,
  onChange,
  error,
}: {
  id: string
  value: Confidence | null
  onChange: (v: Confidence | null) => void
  error?: string
}) {
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || null) as Confidence | null)}
      {...invalid(id, error)}
    >
      <option value="">Not stated</option>
      {confidenceLevels.map((c) => (
        <option key={c.id} value={c.id} title={c.meaning}>
          {c.label}
        </option>
      ))}
    </select>
  )
}

/** "Homs, Raqqa" ⇄ ['Homs', 'Raqqa'] for simple list fields. */
export const splitList = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
export const joinList = (xs: readonly string[]) => xs.join(', ')
