// One file before it is stored: its details (from the file, editable), the
// text that will be kept block by block with what was left out struck through
// and why, and the analyst's say over it: the article or the whole page, and
// any block put back or left out. Once imported the text is frozen.
import { useId, useMemo, useState } from 'react'
import { documentMetaSchema } from '@shared/domain/document'
import { isChosen, type BlockChoice } from '@shared/import/extracted'
import { MetadataFields, metaErrorsOf, type MetaErrors } from '../library/MetadataFields'
import { SafeText } from '../shell/SafeText'
import { warningsOf, type ImportItem } from './import-session'
import { PreviewBlocks } from './PreviewBlocks'

export function ImportReview({
  item,
  onChange,
  onBack,
  onImport,
  saving,
}: {
  item: ImportItem
  onChange: (next: ImportItem) => void
  onBack: () => void
  onImport: () => void
  saving: boolean
}) {
  const [errors, setErrors] = useState<MetaErrors>({})
  const id = useId()
  const doc = item.doc
  const warnings = useMemo(() => warningsOf(item), [item])
  if (item.status !== 'ready' || !doc || !item.meta)
    return (
      <div className="import-reading" role="status">
        <p>
          Reading “<SafeText text={item.name} />
          ”…
          {item.progress && ` (${item.progress.done} of ${item.progress.total})`}
        </p>
        <progress
          aria-label={`Reading ${item.name}`}
          max={item.progress?.total ?? 1}
          value={item.progress?.done}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onBack}>
            Cancel
          </button>
        </div>
      </div>
    )

  const choice = item.choice
  const setChoice = (next: BlockChoice) => onChange({ ...item, choice: next })
  const dropped = doc.blocks.filter((b) => !b.kept).length
  const kept = doc.blocks.filter((_, i) => isChosen(doc, i, choice)).length
  const toggle = (index: number, keep: boolean) => {
    const overrides = new Map(choice.overrides instanceof Map ? choice.overrides : [])
    overrides.set(index, keep)
    setChoice({ ...choice, overrides })
  }
  const submit = () => {
    const parsed = documentMetaSchema.safeParse(item.meta)
    if (!parsed.success) return setErrors(metaErrorsOf(parsed.error.issues))
    setErrors({})
    onImport()
  }

  return (
    <>
      <MetadataFields
        idPrefix="import"
        value={item.meta}
        errors={errors}
        onChange={(meta) => onChange({ ...item, meta })}
      />
      {warnings.length > 0 && (
        <ul className="import-warnings" aria-label="Warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <section className="import-preview" aria-labelledby={`${id}-preview`}>
        <div className="import-preview-head">
          <h3 id={`${id}-preview`} className="section-title">
            Text to import: {kept} of {doc.blocks.length} blocks
          </h3>
          {dropped > 0 && (
            <fieldset className="import-mode">
              <legend>Keep</legend>
              <label>
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={choice.mode === 'article'}
                  onChange={() => setChoice({ mode: 'article' })}
                />
                The article ({dropped} blocks left out)
              </label>
              <label>
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={choice.mode === 'whole-page'}
                  onChange={() => setChoice({ mode: 'whole-page' })}
                />
                The whole page
              </label>
            </fieldset>
          )}
        </div>
        <PreviewBlocks key={item.name} doc={doc} choice={choice} onToggle={toggle} />
      </section>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button primary" disabled={saving || kept === 0} onClick={submit}>
          {saving ? 'Importing…' : 'Import'}
        </button>
      </div>
    </>
  )
}
