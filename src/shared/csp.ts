// The one Content-Security-Policy of the app: the built page carries it in a
// meta tag and the app:// protocol handler sends it as a header too.
// Scripts only from the app itself, no eval, nothing from any other origin.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ')
