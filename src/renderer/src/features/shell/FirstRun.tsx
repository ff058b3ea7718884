// For a newcomer: one line each on the three things the workbench is for,
// until they say they have it. Remembered with the other settings.
import { useSetting } from './use-setting'

export function FirstRun() {
  const [done, setDone, loaded] = useSetting('firstRunDone')
  if (!loaded || done) return null
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h3 id="first-run-title">Getting started</h3>
      <ul>
        <li>
          <strong>Annotate:</strong> select words in the text (or move with ↓ and press <kbd>A</kbd>), then
          choose Annotate.
        </li>
        <li>
          <strong>Record a claim:</strong> select the passage and press <kbd>C</kbd>; say who made it, through
          whom, and how far it can be trusted.
        </li>
        <li>
          <strong>Write a briefing:</strong> in Claims, tick the claims and choose “Cite in a briefing”, then
          open Briefings.
        </li>
      </ul>
      <button type="button" className="button small" onClick={() => setDone(true)}>
        Got it
      </button>
    </section>
  )
}
