// The editable details of a document, validated by the shared schema; each
// problem is shown beside its field and announced with it.
import type { DocumentMeta } from '@shared/domain/document'

export type MetaErrors = Partial<Record<keyof DocumentMeta, string>>

const fields: { key: keyof DocumentMeta; label: string; type: string; hint?: string }[] = [
  { key: 'title', label: 'Title', type: 'text' },
  { key: 'outlet', label: 'Outlet', type: 'text' },
  { key: 'author', label: 'Author', type: 'text' },
  { key: 'url', label: 'URL', type: 'url', hint: 'https://…' },
  { key: 'published', label: 'Published', type: 'date' },
  { key: 'retrieved', label: 'Retrieved', type: 'date' },
]

export function MetadataFields({
  value,
  errors,
  onChange,
  idPrefix,
}: {
  value: DocumentMeta
  errors: MetaErrors
  onChange: (next: DocumentMeta) => void
  idPrefix: string
}) {
  return (
    <div className="meta-grid">
      {fields.map(({ key, label, type, hint }) => {
        const id = `${idPrefix}-${key}`
        const error = errors[key]
        return (
          <div className={key === 'title' || key === 'url' ? 'field field-wide' : 'field'} key={key}>
            <label htmlFor={id}>{label}</label>
            <input
              id={id}
              type={type}
              value={value[key]}
              placeholder={hint}
              dir="auto"
              required={key === 'title'}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => onChange({ ...value, [key]: e.target.value })}
            />
            {error && (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        )
      })}
    </div>
  )
}

export function metaErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): MetaErrors {
  const errors: MetaErrors = {}
  for (const issue of issues) {
    const key = issue.path[0] as keyof DocumentMeta
    errors[key] ??= issue.message
  }
  return errors
}
