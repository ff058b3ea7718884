// Serves the built renderer (out/renderer) over app://workbench/ so the page
// gets a stable, secure origin of its own (IndexedDB survives restarts and is
// not shared with file://), with the CSP sent as a header on every response.
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { protocol } from 'electron'
import { contentSecurityPolicy } from '@shared/csp'
import { appHost, appScheme } from './origin'

/**
 * Must run before app 'ready'. `standard` gives the scheme real origins and
 * relative URL resolution, `secure` makes it a secure context, `supportFetchAPI`
 * lets the page fetch its own assets. corsEnabled stays off: it would let other
 * origins read app:// responses, and same-origin module scripts do not need it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
}

export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps app://workbench/<path> to a file under `rootDir`, or null when the URL
 * is for another host, is malformed, or would resolve outside the folder
 * (e.g. `..%2f` sequences that survive URL normalisation and decode to `../`).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  if (pathname === '' || pathname === '/') pathname = '/index.html'
  const root = resolve(rootDir)
  const target = resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`)
  const rel = relative(root, target)
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null
  return target
}

function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  })
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: baseHeaders('text/plain; charset=utf-8') })
}

/** The request handler, separate from protocol.handle so tests can call it. */
export function createAppRequestHandler(
  rootDir: string,
): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed')
    }
    const filePath = resolveAppPath(rootDir, request.url)
    if (!filePath) return textResponse(404, 'Not found')
    let body: Buffer
    try {
      body = await readFile(filePath)
    } catch {
      // Missing files and directories alike: nothing else is served.
      return textResponse(404, 'Not found')
    }
    const headers = baseHeaders(contentTypeFor(filePath))
    headers.set('Content-Length', String(body.byteLength))
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }
}

/** Serve the renderer folder on app:// for the default session. Call after ready. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(appScheme, createAppRequestHandler(rootDir))
}
