import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { registerFonts } from './fonts'
import { ledgerService, settings } from './services'
import './styles.css'

registerFonts()

// #/print/<id> shows one briefing alone, ready to print; anything else is the app.
const print = /^#\/print\/([\w-]+)(\?print)?$/.exec(location.hash)
if (print) {
  // Its own chunk: the briefing's Markdown and HTML code is not needed to start the app.
  void import('./features/briefings/print-route').then((m) => m.showPrintRoute(print[1]!, !!print[2]))
} else {
  // The ledger worker starts loading the open case's claims now, beside the
  // app's first render; nothing waits for it (the reader is usable before it is done).
  void settings.get('openCaseId').then((id) => {
    if (id) void ledgerService.open(id)
  })
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
