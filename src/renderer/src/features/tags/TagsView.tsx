// The Tags view: the open case's tag vocabulary, each tag with its category,
// colour and how many annotations and claims carry it. Rename a tag
// everywhere, merge it into another, or move it to another category; each
// edit is one undoable step, audited on every record it touches.
import { useId, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { tagCategories, type TagCategoryId } from '@shared/domain/tags'
import { tagKey, tagProblem, withCategory, type TagEntry } from '@shared/domain/tag-vocabulary'
import { spelledOut } from '@shared/text/invisible'
import { describeError } from '../../db/errors'
import { tags } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { useOpenCase } from '../cases/use-open-case'
import { useNotify } from '../shell/notices'
import { SafeText } from '../shell/SafeText'
import { useUndo } from '../shell/use-undo'
import './tags.css'

type Editing = { tag: TagEntry; mode: 'rename' | 'merge' } | null

export function TagsView() {
  const { caseId, record } = useOpenCase()
  const vocabulary = useLiveQuery(() => (caseId ? tags.vocabulary(caseId) : []), [caseId])
  const [filter, setFilter] = useState('')
  const [editing, setEditing] = useState<Editing>(null)
  const [busy, setBusy] = useState(false)
  const notify = useNotify()
  const runUndo = useUndo()
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase()
    return (vocabulary ?? []).filter((t) => !f || t.key.includes(f))
  }, [vocabulary, filter])

  const apply = async (from: TagEntry, to: string, what: string) => {
    if (!caseId) return
    setBusy(true)
    try {
      const changes = await tags.replace(caseId, from.tag, to, what)
      recordUndo(what.charAt(0).toLowerCase() + what.slice(1), changes)
      setEditing(null)
      notify(`${what}: ${changes.length} ${changes.length === 1 ? 'record' : 'records'} changed.`, {
        undo: () => void runUndo(),
      })
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="view view-tags" aria-label="Tags" aria-busy={vocabulary === undefined || busy}>
      <div className="pane tags-pane">
        <div className="pane-header">
          <h2>
            Tags in “<SafeText text={record?.name ?? ''} />”
          </h2>
          <input
            type="search"
            className="tags-filter"
            aria-label="Filter tags"
            placeholder="Filter tags"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        {vocabulary && vocabulary.length === 0 && (
          <p className="empty">
            No tags yet in this case. Tags added to annotations and claims are listed here.
          </p>
        )}
        {shown.length > 0 && (
          <table className="tags-table" aria-label="Tag vocabulary">
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Category</th>
                <th scope="col" className="num">
                  Annotations
                </th>
                <th scope="col" className="num">
                  Claims
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((t) => (
                <tr key={t.key}>
                  <th scope="row">
                    <span className={`tag-chip slot-${t.slot}`}>
                      <SafeText text={t.tag} />
                    </span>
                    {editing?.tag.key === t.key && (
                      <TagEdit
                        editing={editing}
                        vocabulary={vocabulary ?? []}
                        busy={busy}
                        onCancel={() => setEditing(null)}
                        onApply={(to, what) => void apply(t, to, what)}
                      />
                    )}
                  </th>
                  <td>
                    <select
                      aria-label={`Category of “${spelledOut(t.tag)}”`}
                      value={t.category}
                      disabled={busy}
                      onChange={(e) => {
                        const to = withCategory(t.tag, e.target.value as TagCategoryId)
                        void apply(t, to, `Moved “${t.tag}” to the category ${e.target.value}`)
                      }}
                    >
                      {tagCategories.map((c) => (
                        <option key={c.id} value={c.id} disabled={c.id === 'other' && t.category !== 'other'}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="num">{t.annotations}</td>
                  <td className="num">{t.claims}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Rename “${spelledOut(t.tag)}”`}
                      onClick={() => setEditing({ tag: t, mode: 'rename' })}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Merge “${spelledOut(t.tag)}” into another tag`}
                      disabled={(vocabulary ?? []).length < 2}
                      onClick={() => setEditing({ tag: t, mode: 'merge' })}
                    >
                      Merge into…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </main>
  )
}

function TagEdit({
  editing,
  vocabulary,
  busy,
  onCancel,
  onApply,
}: {
  editing: NonNullable<Editing>
  vocabulary: readonly TagEntry[]
  busy: boolean
  onCancel: () => void
  onApply: (to: string, what: string) => void
}) {
  const { tag, mode } = editing
  const others = vocabulary.filter((t) => t.key !== tag.key)
  const [value, setValue] = useState(mode === 'rename' ? tag.tag : (others[0]?.tag ?? ''))
  const [problem, setProblem] = useState<string | null>(null)
  const id = useId()
  const existing = others.find((t) => t.key === tagKey(value))
  const submit = () => {
    const issue = tagProblem(value)
    if (issue) return setProblem(issue)
    if (tagKey(value) === tag.key && value.trim() === tag.tag) return onCancel()
    const target = value.trim()
    onApply(
      target,
      existing || mode === 'merge'
        ? `Merged “${tag.tag}” into “${target}”`
        : `Renamed “${tag.tag}” to “${target}”`,
    )
  }
  return (
    <form
      className="tag-edit"
      aria-label={mode === 'rename' ? `Rename “${spelledOut(tag.tag)}”` : `Merge “${spelledOut(tag.tag)}”`}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onCancel()
        }
      }}
    >
      {mode === 'rename' ? (
        <>
          <label htmlFor={`${id}-to`}>New name</label>
          <input
            id={`${id}-to`}
            dir="auto"
            autoFocus
            value={value}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setValue(e.target.value)
              setProblem(null)
            }}
          />
        </>
      ) : (
        <>
          <label htmlFor={`${id}-to`}>Merge into</label>
          <select id={`${id}-to`} autoFocus value={value} onChange={(e) => setValue(e.target.value)}>
            {others.map((t) => (
              <option key={t.key} value={t.tag}>
                {spelledOut(t.tag)}
              </option>
            ))}
          </select>
        </>
      )}
      <p id={`${id}-hint`} className={problem ? 'field-error' : 'hint'} role={problem ? 'alert' : undefined}>
        {problem ??
          (existing
            ? `“${existing.tag}” is already in use: the two will be merged (${tag.annotations + tag.claims} records change).`
            : `${tag.annotations} annotations and ${tag.claims} claims change. You can undo it.`)}
      </p>
      <div className="row-actions">
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button small primary" disabled={busy}>
          {mode === 'rename' && !existing ? 'Rename' : 'Merge'}
        </button>
      </div>
    </form>
  )
}
