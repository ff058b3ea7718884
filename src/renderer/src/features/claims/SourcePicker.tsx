// Picks a source by name or alias, with completion from the registry. A name
// that matches no source opens a short "new source" fieldset, so a claim and
// its source can be recorded in one go. The suggestions are a listbox of our
// own rather than a <datalist>: the browser's datalist popup shows names raw,
// so a name carrying a hidden bidi control would read as something else there.
import { useId, useState, type KeyboardEvent } from 'react'
import { reliabilityLabel, type Reliability } from '@shared/domain/scales'
import { nameKey, resolveSourceName, type SourceDraft, type SourceRecord } from '@shared/domain/source'
import { SafeText } from '../shell/SafeText'
import { AffiliationInput, KindSelect } from '../sources/SourceFields'
import { Field, invalid, ReliabilitySelect } from './GradeFields'

export interface SourceChoice {
  /** What the analyst typed. */
  text: string
  /** For a new source: the name of the source it relays (repeats), or ''. */
  relays: string
  /** The new source to create when `text` names none yet. */
  draft: Pick<
    SourceDraft,
    'kind' | 'affiliation' | 'partisan' | 'defaultReliability' | 'reliabilityRationale'
  >
}

export const newSourceDefaults: SourceChoice['draft'] = {
  kind: 'organisation',
  affiliation: '',
  partisan: false,
  defaultReliability: null,
  reliabilityRationale: '',
}

export function SourcePicker({
  label,
  value,
  sources,
  onChange,
  error,
  required,
}: {
  label: string
  value: SourceChoice
  sources: readonly SourceRecord[]
  onChange: (next: SourceChoice) => void
  error?: string
  required?: boolean
}) {
  const id = useId()
  const resolved = resolveSourceName(sources, value.text)
  const isNew = !resolved && value.text.trim() !== ''
  const byAlias = resolved && nameKey(resolved.name) !== nameKey(value.text)
  const relayed = resolveSourceName(sources, value.relays)
  const set = (patch: Partial<SourceChoice['draft']>) =>
    onChange({ ...value, draft: { ...value.draft, ...patch } })
  return (
    <div className="source-picker">
      <Field
        id={id}
        label={label}
        error={error}
        hint={
          resolved ? (
            <span className="resolved">
              → <SafeText as="strong" text={resolved.name} />
              {byAlias && ' (by its alias)'}
              {resolved.defaultReliability &&
                `, ${resolved.defaultReliability} (${reliabilityLabel(resolved.defaultReliability)})`}
              {resolved.affiliation && (
                <>
                  , <SafeText text={resolved.affiliation} />
                </>
              )}
              {resolved.partisan && ', partisan'}
            </span>
          ) : isNew ? (
            'New source: added when the claim is saved.'
          ) : undefined
        }
      >
        <NameCombobox
          id={id}
          value={value.text}
          sources={sources}
          required={required}
          onChange={(text) => onChange({ ...value, text })}
          {...invalid(id, error)}
        />
      </Field>
      {isNew && (
        <fieldset className="new-source">
          <legend>
            New source: <SafeText text={value.text.trim()} />
          </legend>
          <div className="field-row">
            <Field id={`${id}-kind`} label="Kind">
              <KindSelect id={`${id}-kind`} value={value.draft.kind} onChange={(kind) => set({ kind })} />
            </Field>
            <Field id={`${id}-rel`} label="Default reliability">
              <ReliabilitySelect
                id={`${id}-rel`}
                value={value.draft.defaultReliability}
                onChange={(g: Reliability | null) => set({ defaultReliability: g })}
              />
            </Field>
          </div>
          <div className="field-row">
            <Field id={`${id}-aff`} label="Affiliation or side">
              <AffiliationInput
                id={`${id}-aff`}
                value={value.draft.affiliation}
                onChange={(affiliation) => set({ affiliation })}
              />
            </Field>
            <Field
              id={`${id}-relays`}
              label="Relays (repeats what another source says)"
              hint={
                relayed ? (
                  <>
                    → <SafeText text={relayed.name} />: counted as the same origin
                  </>
                ) : value.relays.trim() ? (
                  'Name a source in the registry, or the other new source here.'
                ) : undefined
              }
            >
              <NameCombobox
                id={`${id}-relays`}
                value={value.relays}
                sources={sources}
                onChange={(relays) => onChange({ ...value, relays })}
              />
            </Field>
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={value.draft.partisan}
              onChange={(e) => set({ partisan: e.target.checked })}
            />{' '}
            Partisan (a party to the events)
          </label>
          {value.draft.defaultReliability && (
            <Field id={`${id}-why`} label="Why this grade">
              <input
                id={`${id}-why`}
                value={value.draft.reliabilityRationale}
                onChange={(e) => set({ reliabilityRationale: e.target.value })}
              />
            </Field>
          )}
        </fieldset>
      )}
    </div>
  )
}

interface Suggestion {
  name: string
  /** The source's own name when `name` is one of its aliases. */
  aliasOf?: string
}

const maxSuggestions = 8

/** Names and aliases that contain what was typed (all of them when nothing was), bar an exact match. */
function suggestionsFor(sources: readonly SourceRecord[], typed: string): Suggestion[] {
  const key = nameKey(typed)
  const all = sources.flatMap((s) => [
    { name: s.name },
    ...s.aliases.map((a) => ({ name: a, aliasOf: s.name })),
  ])
  return all.filter((n) => nameKey(n.name).includes(key) && nameKey(n.name) !== key).slice(0, maxSuggestions)
}

/** A text input with an ARIA combobox listbox of matching source names. */
function NameCombobox({
  id,
  value,
  sources,
  required,
  onChange,
  ...aria
}: {
  id: string
  value: string
  sources: readonly SourceRecord[]
  required?: boolean
  onChange: (text: string) => void
  'aria-invalid'?: true
  'aria-describedby'?: string
}) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const suggestions = open ? suggestionsFor(sources, value) : []
  const shown = suggestions.length > 0
  const optionId = (i: number) => `${id}-option-${i}`
  const choose = (name: string) => {
    onChange(name)
    setOpen(false)
    setActive(-1)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!open) return setOpen(true)
      const n = suggestions.length
      if (n) setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i - 1 + n) % n))
    } else if (e.key === 'Enter' && shown && suggestions[active]) {
      e.preventDefault()
      choose(suggestions[active].name)
    } else if (e.key === 'Escape' && shown) {
      // Closes the list only, not the dialog around it.
      e.stopPropagation()
      setOpen(false)
    }
  }
  return (
    <div className="combobox">
      <input
        id={id}
        dir="auto"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-names`}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        value={value}
        required={required}
        autoComplete="off"
        onChange={(e) => {
          onChange(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        {...aria}
      />
      <ul
        id={`${id}-names`}
        role="listbox"
        aria-label="Known sources"
        className="combobox-list"
        hidden={!shown}
      >
        {suggestions.map((s, i) => (
          <li
            key={`${s.aliasOf ?? ''}/${s.name}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'combobox-option is-active' : 'combobox-option'}
            // Chosen on mousedown's default being prevented, so the input keeps focus and the list its click.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(s.name)}
          >
            <SafeText text={s.name} />
            {s.aliasOf && (
              <span className="muted">
                {' '}
                (alias of <SafeText text={s.aliasOf} />)
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
