import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { registerFonts } from './fonts'
import './styles.css'

registerFonts()

// #/print/<id> shows one briefing alone, ready to print; anything else is the app.
const print = /^#\/print\/([\w-]+)(\?print)?$/.exec(location.hash)
if (print) {
  // Its own chunk: the briefing's Markdown and HTML code is not needed to start the app.
  void import('./features/briefings/print-route').then((m) => m.showPrintRoute(print[1]!, !!print[2]))
} else {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
