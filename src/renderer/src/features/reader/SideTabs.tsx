// The reader's right-hand pane shows the document's annotations or the claims
// suggested in it; each tab carries its count.
import type { Settings } from '../../db/settings-repo'

type Side = Settings['sidePanel']

export function SideTabs({
  value,
  onChange,
  annotations,
  suggestions,
  reading,
}: {
  value: Side
  onChange: (side: Side) => void
  annotations: number
  suggestions: number
  /** The suggestions are still being worked out: the count may grow. */
  reading: boolean
}) {
  const tab = (id: Side, label: string, count: string) => (
    <button
      type="button"
      role="tab"
      className="side-tab"
      aria-selected={value === id}
      tabIndex={value === id ? 0 : -1}
      onClick={() => onChange(id)}
    >
      {label} <span className="count">{count}</span>
    </button>
  )
  return (
    <div
      role="tablist"
      aria-label="Beside the document"
      className="side-tabs"
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
        e.preventDefault()
        onChange(value === 'annotations' ? 'suggestions' : 'annotations')
      }}
    >
      {tab('annotations', 'Annotations', String(annotations))}
      {tab('suggestions', 'Suggested claims', reading ? `${suggestions}…` : String(suggestions))}
    </div>
  )
}
