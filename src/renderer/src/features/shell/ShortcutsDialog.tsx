// The keyboard shortcuts, opened with "?" or the header button.
import { Modal } from './Modal'

export const shortcuts: [string, string][] = [
  ['↓ or J', 'Focus the next sentence in the text'],
  ['↑ or K', 'Focus the previous sentence'],
  ['Shift + ↓ / Shift + ↑', 'Extend or shrink the focused span by a sentence'],
  ['Home / End', 'First or last sentence'],
  ['A or Enter', 'Annotate the focused span (or the selected text)'],
  ['C', 'Record a claim from the focused span (or the selected text)'],
  ['Escape', 'Cancel: clear the focus, close the editor or a menu'],
  ['Ctrl/Cmd + Enter', 'Save the annotation being edited'],
  ['Ctrl/Cmd + Z', 'Undo'],
  ['Shift + Ctrl/Cmd + Z or Ctrl + Y', 'Redo'],
  ['Ctrl/Cmd + O', 'Open a document file'],
  ['Ctrl/Cmd + K', 'Search the case (↑ ↓ to choose a result, Enter to open it)'],
  ['Ctrl/Cmd + F', 'Find in the open document (Enter: next, Shift + Enter: previous)'],
  ['S', 'Show the suggested claims, with the focus on the one under review'],
  ['J / K or ↓ / ↑ (suggested claims)', 'Next or previous suggestion; its passage is shown in the text'],
  ['A (suggested claims)', 'Accept: record the claim, with any new source and relay, as one undoable step'],
  ['Shift + A (suggested claims)', 'Accept every suggestion from the same source'],
  ['E (suggested claims)', 'Edit the suggestion in the claim editor, then record it'],
  ['R or Delete (suggested claims)', 'Reject: it stays rejected for this document'],
  ['?', 'Show these shortcuts'],
  ['Arrows, Home / End (in an ACH grid)', 'Move between cells (Ctrl + Home / End: first or last cell)'],
  ['C, I, N, A (in an ACH grid)', 'Rate the cell C, I, N or NA (C or I again: CC or II)'],
  ['+ / − , Delete (in an ACH grid)', 'Step the rating along the scale; take it away'],
  ['Enter (in an ACH grid)', 'Choose a rating from a list; on the evidence or weight, open the row'],
]

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {shortcuts.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  )
}
