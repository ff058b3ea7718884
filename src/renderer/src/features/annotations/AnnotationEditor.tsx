// The annotation editor: a note, free-form tags with completion from tags
// already used, Save (Ctrl/Cmd+Enter) and Cancel (Escape). A failed save keeps
// everything typed and says why.
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { normaliseTags, type AnnotationDraft } from '@shared/domain/annotation'
import { categoryLabel, categoryOf, colourSlotOf } from '@shared/domain/tags'
import { annotations } from '../../services'
import { describeError } from '../../db/errors'
import { FormError } from '../shell/FormError'
import { useDiscardGuard } from '../shell/discard-guard'
import { useOpenCase } from '../cases/use-open-case'

export function AnnotationEditor({
  quote,
  initial,
  heading,
  onSave,
  onCancel,
}: {
  quote: string
  initial: AnnotationDraft
  heading: string
  onSave: (draft: AnnotationDraft) => Promise<void>
  onCancel: () => void
}) {
  const [note, setNote] = useState(initial.note)
  const [tags, setTags] = useState<string[]>(initial.tags)
  const [tagInput, setTagInput] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  // Completion from the open case's vocabulary (the Tags view's list).
  const { caseId } = useOpenCase()
  const knownTags = useLiveQuery(() => (caseId ? annotations.tagsOfCase(caseId) : []), [caseId]) ?? []
  const id = useId()
  const tagInputRef = useRef<HTMLInputElement>(null)
  const dirty =
    note !== initial.note || tagInput.trim() !== '' || JSON.stringify(tags) !== JSON.stringify(initial.tags)
  const { requestClose, prompt } = useDiscardGuard(dirty, onCancel, 'this annotation')

  const addTags = (raw: string) => {
    const added = raw.split(',')
    setTags((t) => normaliseTags([...t, ...added]))
    setTagInput('')
  }

  const save = async () => {
    setSaving(true)
    setError(null)
    try {
      await onSave({ note, tags: normaliseTags([...tags, ...tagInput.split(',')]) })
    } catch (e) {
      setError(describeError(e))
    } finally {
      setSaving(false)
    }
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      void save()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      requestClose()
    }
  }

  return (
    <form
      className="annotation-editor"
      aria-label={heading}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <h3>{heading}</h3>
      <blockquote dir="auto" className={`quote slot-${colourSlotOf(tags)}`}>
        {quote}
      </blockquote>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          dir="auto"
          rows={4}
          autoFocus
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Tags</label>
        {tags.length > 0 && (
          <ul className="tag-list" aria-label="Tags on this annotation">
            {tags.map((tag) => (
              <li
                key={tag}
                className={`tag slot-${colourSlotOf([tag])}`}
                title={categoryLabel(categoryOf(tag))}
              >
                <span dir="auto">{tag}</span>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => {
                    setTags((t) => t.filter((x) => x !== tag))
                    tagInputRef.current?.focus()
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={tagInputRef}
          id={`${id}-tags`}
          dir="auto"
          list={`${id}-known-tags`}
          value={tagInput}
          placeholder="e.g. displacement, actor:HTS, place:Homs"
          aria-describedby={`${id}-tags-help`}
          onChange={(e) =>
            e.target.value.includes(',') ? addTags(e.target.value) : setTagInput(e.target.value)
          }
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
              // Enter adds the tag; it never submits the form by accident.
              e.preventDefault()
              if (tagInput.trim()) addTags(tagInput)
            } else if (e.key === 'Backspace' && tagInput === '' && tags.length) {
              setTags((t) => t.slice(0, -1))
            }
          }}
        />
        <datalist id={`${id}-known-tags`}>
          {knownTags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <p className="hint" id={`${id}-tags-help`}>
          Enter or comma adds a tag. A prefix such as actor:, place:, event:, source:, time: or claim: sets
          its colour.
        </p>
      </div>
      <FormError>{error}</FormError>
      {prompt}
      <div className="editor-actions">
        <button type="button" className="button" onClick={requestClose}>
          Cancel
        </button>
        <button
          type="submit"
          className="button primary"
          disabled={saving}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  )
}
