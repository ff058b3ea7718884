// What counts as "the app itself": the privileged app:// origin that serves the
// built renderer, or, only in an unpackaged dev run, electron-vite's dev server.
// Navigation guards, the IPC sender check and the request filter all ask here,
// so there is exactly one definition of the trusted origin.
import { app } from 'electron'

export const appScheme = 'app'
export const appHost = 'workbench'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The dev server URL that electron-vite passes in ELECTRON_RENDERER_URL, or
 * undefined. A packaged app ignores the variable, and only a loopback http(s)
 * URL is accepted, so the environment cannot point the app at a remote page.
 */
export function devServerUrl(
  raw: string | undefined = process.env.ELECTRON_RENDERER_URL,
  isPackaged: boolean = app.isPackaged,
): URL | undefined {
  if (isPackaged || !raw) return undefined
  try {
    const url = new URL(raw)
    const webScheme = url.protocol === 'http:' || url.protocol === 'https:'
    return webScheme && loopbackHosts.has(url.hostname) ? url : undefined
  } catch {
    return undefined
  }
}

/** The page every window loads: the dev server in development, else app://. */
export function rendererEntryUrl(dev: URL | undefined = devServerUrl()): string {
  return dev ? dev.href : appEntryUrl
}

/**
 * True when `url` belongs to the app's own origin. Scheme and host are compared
 * separately because Node's URL reports the origin of any non-special scheme
 * such as app:// as the opaque string "null".
 */
export function isAppUrl(url: string, dev: URL | undefined = devServerUrl()): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${appScheme}:`) return parsed.host === appHost
  return dev?.origin === parsed.origin
}
