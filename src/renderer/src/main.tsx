import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { showPrintRoute } from './features/briefings/print-route'
import { registerFonts } from './fonts'
import './styles.css'

registerFonts()

// #/print/<id> shows one briefing alone, ready to print; anything else is the app.
const print = /^#\/print\/([\w-]+)(\?print)?$/.exec(location.hash)
if (print) {
  void showPrintRoute(print[1]!, !!print[2])
} else {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
