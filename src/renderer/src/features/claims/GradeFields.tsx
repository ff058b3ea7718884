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

/**
 * A calendar day as one field (YYYY-MM-DD): one tab stop, typed or pasted,
 * where a native date input takes four (day, month, year, picker).
 */
export function DayInput({
  id,
  value,
  onChange,
  error,
}: {
  id: string
  value: string
  onChange: (day: string) => void
  error?: string
}) {
  return (
    <input
      id={id}
      className="day-input"
      inputMode="numeric"
      placeholder="YYYY-MM-DD"
      autoComplete="off"
      maxLength={10}
      value={value}
      onChange={(e) => onChange(e.target.value.trim())}
      {...invalid(id, error)}
    />
  )
}

/** Props for an input inside Field: invalid state and its description. */
export const invalid = (id: string, error?: string) =>
  error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {}

interface Choice<T extends string> {
  value: T
  label: string
  meaning: string
}

interface SelectProps<T extends string> {
  id: string
  value: T | null
  onChange: (v: T | null) => void
  error?: string
  /** What the empty choice means here: "Not graded", or "Unchanged" in a bulk edit. */
  emptyLabel?: string
}

/** One picker for every fixed scale: the empty choice, then the scale's values with their meanings as tooltips. */
function ScaleSelect<T extends string>({
  id,
  value,
  onChange,
  error,
  emptyLabel,
  choices,
}: SelectProps<T> & { choices: readonly Choice<T>[] }) {
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || null) as T | null)}
      {...invalid(id, error)}
    >
      <option value="">{emptyLabel}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value} title={c.meaning}>
          {c.label}
        </option>
      ))}
    </select>
  )
}

const reliabilityChoices = reliabilityGrades.map((g) => ({
  value: g.grade,
  label: `${g.grade}: ${g.label}`,
  meaning: g.meaning,
}))
const credibilityChoices = credibilityGrades.map((g) => ({
  value: g.grade,
  label: `${g.grade}: ${g.label}`,
  meaning: g.meaning,
}))
const confidenceChoices = confidenceLevels.map((c) => ({ value: c.id, label: c.label, meaning: c.meaning }))

export const ReliabilitySelect = ({ emptyLabel = 'Not graded', ...props }: SelectProps<Reliability>) => (
  <ScaleSelect {...props} emptyLabel={emptyLabel} choices={reliabilityChoices} />
)
export const CredibilitySelect = ({ emptyLabel = 'Not graded', ...props }: SelectProps<Credibility>) => (
  <ScaleSelect {...props} emptyLabel={emptyLabel} choices={credibilityChoices} />
)
export const ConfidenceSelect = ({ emptyLabel = 'Not stated', ...props }: SelectProps<Confidence>) => (
  <ScaleSelect {...props} emptyLabel={emptyLabel} choices={confidenceChoices} />
)

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

/** "Homs, Raqqa" ⇄ ['Homs', 'Raqqa'] for simple list fields. */
export const splitList = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
export const joinList = (xs: readonly string[]) => xs.join(', ')
