/**
 * Writes the build-time first screens: the overview's into index.html, its markup before `#root`;
 * every other route's as a file of its own (`assets/first-screen-<route>-<hash>.html`), which the
 * boot script fetches for a deep link; and the boot script (a classic script in the head, run
 * before the first paint, deciding whether, which and in which language one shows). Each is made by
 * its `render` from answers to its `queries` — DuckDB under Node, the data/ of this build — and the
 * shapes in geo/. The interface code that draws them is given by the build's configuration
 * (vite.config.ts), as Node code never imports the interface.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';

/** The markup of a first screen from its answers (by the names of its questions), the province shapes and the archipelagos' frames. */
export type RenderFirstScreen = (answers: Readonly<Record<string, unknown[]>>, geo: { shapes: unknown; archipelagos: unknown }) => string;

/** A route's first screen: the questions whose answers it is drawn from, by name, and how. */
export interface FirstScreenPage {
  queries: Readonly<Record<string, string>>;
  render: RenderFirstScreen;
}

/** The first screens' parts, from the interface. */
export interface FirstScreenOptions extends FirstScreenPage {
  /** Other routes' first screens, by route path (`/model/13`). */
  pages?: Readonly<Record<string, FirstScreenPage>>;
  /** The boot script's TypeScript source: self-contained, it defines `bootFirstScreen(uploadsKey, pages)`. */
  bootSource: string;
  /** The localStorage key that says this browser holds uploads. */
  uploadsKey: string;
}

/** The boot script as a classic script: the module's functions, then the call (with the pages' addresses, by route path). */
export async function bootScript(file: string, uploadsKey: string, pages: Readonly<Record<string, string>> = {}): Promise<string> {
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  return `(() => {\n${code.replace(/^export /gm, '')}\nbootFirstScreen(${JSON.stringify(uploadsKey)}, ${JSON.stringify(pages)});\n})();\n`;
}

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** The Vite plugin; `answer` asks the build's DuckDB (the snapshot plugin's, so data/ is loaded once). */
export function firstScreenPlugin(root: string, options: FirstScreenOptions, answer: (queries: readonly string[]) => Promise<Record<string, unknown[]>>): Plugin {
  let geo: { shapes: unknown; archipelagos: unknown } | undefined;
  const geoFiles = (): { shapes: unknown; archipelagos: unknown } => (geo ??= {
    shapes: JSON.parse(readFileSync(resolve(root, 'geo/provinces.geojson'), 'utf8')) as unknown,
    archipelagos: JSON.parse(readFileSync(resolve(root, 'geo/archipelagos.json'), 'utf8')) as unknown,
  });
  const draw = async (page: FirstScreenPage): Promise<string> => {
    const names = Object.keys(page.queries);
    const byQuery = await answer(names.map((n) => page.queries[n] ?? ''));
    return page.render(Object.fromEntries(names.map((n) => [n, byQuery[page.queries[n] ?? ''] ?? []])), geoFiles());
  };
  // Made once per build, for the files and for the boot script that names them.
  let pages: Promise<{ path: string; fileName: string; html: string }[]> | undefined;
  const drawPages = (): Promise<{ path: string; fileName: string; html: string }[]> => (pages ??= Promise.all(
    Object.entries(options.pages ?? {}).map(async ([path, page]) => {
      const html = await draw(page);
      return { path, html, fileName: `assets/first-screen-${path.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-')}-${hashOf(html)}.html` };
    })));
  let boot: Promise<{ name: string; code: string }> | undefined;
  const script = (): Promise<{ name: string; code: string }> => (boot ??= (async () => {
    const addresses = Object.fromEntries((await drawPages()).map((p) => [p.path, `./${p.fileName}`]));
    const code = await bootScript(resolve(root, options.bootSource), options.uploadsKey, addresses);
    return { name: `assets/first-screen-${hashOf(code)}.js`, code };
  })());
  return {
    name: 'first-screen',
    apply: 'build',
    async generateBundle() {
      const { name, code } = await script();
      this.emitFile({ type: 'asset', fileName: name, source: code });
      for (const p of await drawPages()) this.emitFile({ type: 'asset', fileName: p.fileName, source: p.html });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { name } = await script();
        const app = html.indexOf('<script type="module"');
        if (app < 0 || !html.includes('<div id="root">')) throw new Error('index.html has no module script or no <div id="root">');
        // After the Content-Security-Policy (added at the head's start: it applies to what follows
        // it), before the app's script and styles: a classic script runs only once the styles before
        // it have loaded, and a model's first screen is fetched only when it runs. (Measured on a
        // deep link: 60–120 ms sooner than last in the head, the overview no later; the browser's
        // preload scanner still requests the app's files while it loads.)
        return `${html.slice(0, app)}<script src="./${name}"></script>\n    ${html.slice(app)}`
          .replace('<div id="root">', `${await draw(options)}\n    <div id="root">`);
      },
    },
  };
}
