/**
 * Writes the build-time first screen into index.html: its markup before `#root`, and its boot script
 * (a classic script in the head, run before the first paint, deciding whether and in which language
 * it shows). The markup is made by `render` from answers to `queries` — DuckDB under Node, the
 * data/ of this build — and the shapes in geo/. The interface code that draws it is given by the
 * build's configuration (vite.config.ts), as Node code never imports the interface.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';

/** The first screen's parts, from the interface. */
export interface FirstScreenOptions {
  /** The questions whose answers it is drawn from, by name. */
  queries: Readonly<Record<string, string>>;
  /** Its markup from the answers (by the same names), the province shapes and the archipelagos' frames. */
  render: (answers: Readonly<Record<string, unknown[]>>, geo: { shapes: unknown; archipelagos: unknown }) => string;
  /** The boot script's TypeScript source: self-contained, it defines `bootFirstScreen(uploadsKey)`. */
  bootSource: string;
  /** The localStorage key that says this browser holds uploads. */
  uploadsKey: string;
}

/** The boot script as a classic script: the module's functions, then the call. */
export async function bootScript(file: string, uploadsKey: string): Promise<string> {
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  return `(() => {\n${code.replace(/^export /gm, '')}\nbootFirstScreen(${JSON.stringify(uploadsKey)});\n})();\n`;
}

/** The Vite plugin; `answer` asks the build's DuckDB (the snapshot plugin's, so data/ is loaded once). */
export function firstScreenPlugin(root: string, options: FirstScreenOptions, answer: (queries: readonly string[]) => Promise<Record<string, unknown[]>>): Plugin {
  let boot: { name: string; code: string } | undefined;
  const script = async (): Promise<{ name: string; code: string }> => {
    if (!boot) {
      const code = await bootScript(resolve(root, options.bootSource), options.uploadsKey);
      boot = { name: `assets/first-screen-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`, code };
    }
    return boot;
  };
  return {
    name: 'first-screen',
    apply: 'build',
    async generateBundle() {
      const { name, code } = await script();
      this.emitFile({ type: 'asset', fileName: name, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const names = Object.keys(options.queries);
        const byQuery = await answer(names.map((n) => options.queries[n] ?? ''));
        const answers = Object.fromEntries(names.map((n) => [n, byQuery[options.queries[n] ?? ''] ?? []]));
        const geo = {
          shapes: JSON.parse(readFileSync(resolve(root, 'geo/provinces.geojson'), 'utf8')) as unknown,
          archipelagos: JSON.parse(readFileSync(resolve(root, 'geo/archipelagos.json'), 'utf8')) as unknown,
        };
        const { name } = await script();
        if (!html.includes('</head>') || !html.includes('<div id="root">')) throw new Error('index.html has no </head> or no <div id="root">');
        // Last in the head: after the Content-Security-Policy (it applies to what follows it), and
        // after the app's script and styles, so that their requests start before this one blocks.
        return html.replace('</head>', `  <script src="./${name}"></script>\n  </head>`)
          .replace('<div id="root">', `${options.render(answers, geo)}\n    <div id="root">`);
      },
    },
  };
}
