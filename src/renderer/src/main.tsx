import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { showPrintRoute } from './features/briefings/print-route'
import { registerFonts } from './fonts'
import { ledgerService } from './services'
import './styles.css'

registerFonts()

// #/print/<id> shows one briefing alone, ready to print; anything else is the app.
const print = /^#\/print\/([\w-]+)(\?print)?$/.exec(location.hash)
if (print) {
  void showPrintRoute(print[1]!, !!print[2])
} else {
  // The ledger worker starts loading the claims now, beside the app's first
  // render; nothing waits for it (the reader is usable before it is done).
  void ledgerService.open(null)
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
