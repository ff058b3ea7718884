// Guards shared by every web contents the app ever creates (after Signal
// Desktop's handleCommonWindowEvents): no new windows, no navigation off the
// app's origin, no <webview>, no permissions, no requests to remote hosts.
// Installed through app 'web-contents-created', so contents created later
// (devtools, anything a future feature opens) are covered too.
import { app, shell, type Session, type WebContents } from 'electron'
import { externalUrlSchema } from '@shared/ipc-schemas'
import { devServerUrl, isAppUrl } from './origin'

const guarded = new WeakSet<WebContents>()

/** http(s) links only; everything else (javascript:, file:, custom schemes) stays put. */
export function isSafeExternalUrl(url: string): boolean {
  return externalUrlSchema.safeParse(url).success
}

/** Hand a link to the system browser if it is safe; never throws. */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  try {
    await shell.openExternal(url)
    return true
  } catch (error) {
    console.error('Could not open external link', error)
    return false
  }
}

/**
 * Apply the per-contents guards. Idempotent: createMainWindow calls it
 * directly and 'web-contents-created' calls it again for the same contents.
 */
export function handleCommonWindowEvents(contents: WebContents): void {
  if (guarded.has(contents)) return
  guarded.add(contents)

  // window.open and target=_blank never create a window; web links go to the browser.
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url)
    return { action: 'deny' }
  })

  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}

/**
 * Schemes a window may request besides its own origin: inline data and blob
 * URLs the page creates itself, and the devtools frontend.
 */
const localSchemes = new Set(['data:', 'blob:', 'devtools:'])

/** Whether a network request from any window may proceed. */
export function isRequestAllowed(url: string, dev: URL | undefined = devServerUrl()): boolean {
  if (isAppUrl(url, dev)) return true
  try {
    const parsed = new URL(url)
    if (localSchemes.has(parsed.protocol)) return true
    // Vite's hot-reload socket lives on the dev server's host and port.
    return (
      dev !== undefined &&
      (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') &&
      parsed.host === dev.host
    )
  } catch {
    return false
  }
}

/**
 * Session-wide lockdown: every permission request and check is refused, and
 * requests to anything but the app itself are cancelled, so no window ever
 * loads remote content even if a page tried (the CSP forbids it as well).
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false)
  })
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url)
    if (!allowed) console.warn(`Blocked request to ${details.url}`)
    callback({ cancel: !allowed })
  })
}

/** Guard every web contents, including ones created after this call. */
export function installWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    handleCommonWindowEvents(contents)
  })
}
