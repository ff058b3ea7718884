// An annotation's Edit and Delete buttons, named after its quote for screen
// readers ("Edit annotation: Neil Quilliam"): in the list and under "Needs review".
import type { AnnotationRecord } from '@shared/domain/annotation'
import { spelledOut } from '@shared/text/invisible'

export function EditAndDelete({
  record,
  onEdit,
  onDelete,
}: {
  record: AnnotationRecord
  onEdit: (record: AnnotationRecord) => void
  onDelete: (record: AnnotationRecord) => void
}) {
  const short = spelledOut(record.selectors.quote.exact.slice(0, 40))
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={`Edit annotation: ${short}`}
        onClick={() => onEdit(record)}
      >
        Edit
      </button>
      <button
        type="button"
        className="link-button danger"
        aria-label={`Delete annotation: ${short}`}
        onClick={() => onDelete(record)}
      >
        Delete
      </button>
    </>
  )
}
