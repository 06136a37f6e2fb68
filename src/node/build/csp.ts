/**
 * The Content-Security-Policy of the built app: everything from the app's own origin, wasm
 * compilation allowed for DuckDB, workers from self, no inline scripts, no outside connection.
 * Served as a response header by the preview server and written as a meta tag for static hosts.
 */
import type { Plugin } from 'vite';

/** The policy, one directive per entry. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as one header value. */
export const CSP = CSP_DIRECTIVES.join('; ');

/** Other security headers the preview server sends. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Adds the CSP meta tag to the built index.html, and the headers to `vite preview`. */
export function cspPlugin(): Plugin {
  return {
    name: 'csp',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html;  // the dev server needs inline scripts for hot reload
        return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}">`);
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
        next();
      });
    },
  };
}
