// Lint rules for the whole project: TypeScript-aware recommended sets, React hooks, and the
// directions imports may take (which runtime, which layer, no view into another, no cycles).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NO_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Text from data must never reach HTML unescaped.',
};
// A count of models or provinces written as a number: it belongs in src/domain/ (MODELS, PROVINCE_COUNT).
// Object keys (model 44's anchors) are ids, not counts; colours and codes have no digits on their own.
const COUNT_IN_TEXT = '/(^|[^\\w#.,-])(44|63)(?![\\w])/';
const NO_COUNT_LITERALS = [44, 63].map((n) => ({
  selector: `Literal[value=${n}]:not(Property > Literal.key)`,
  message: `Write the count ${n} with its name from src/domain/ (MODELS, PROVINCE_COUNT).`,
})).concat(['Literal', 'TemplateElement[value.raw', 'JSXText'].map((node) => ({
  selector: node.includes('[') ? `${node}=${COUNT_IN_TEXT}]` : `${node}[value=${COUNT_IN_TEXT}]`,
  message: 'A text that counts models or provinces takes the count from src/domain/ (MODELS, PROVINCE_COUNT).',
})));

// Each view is its own folder; what two views share lives outside src/views/.
const VIEWS = readdirSync(resolve(import.meta.dirname, 'src/views'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const BELOW_VIEWS = ['app', 'views', 'node'];
const SHARED = readdirSync(resolve(import.meta.dirname, 'src'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !BELOW_VIEWS.includes(e.name)).map((e) => `./src/${e.name}`);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/tmp/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NO_HTML],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    rules: { 'no-restricted-syntax': ['error', NO_HTML, ...NO_COUNT_LITERALS] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    // Read TypeScript modules when following imports (imports name their .ts files, so Node's resolver finds them).
    settings: { 'import-x/extensions': ['.ts', '.tsx'], 'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', {
        zones: [
          { target: [...SHARED, './src/views', './src/app', './src/main.tsx'], from: './src/node', message: 'Browser and shared code never import Node-only code (src/node/).' },
          { target: './src/domain', from: './src', except: ['./domain'], message: 'Domain values depend on nothing else.' },
          { target: SHARED, from: './src/views', message: 'Shared code never imports a view; move what two places need out of src/views/.' },
          { target: SHARED, from: './src/app', message: 'Shared code never imports the app shell.' },
          { target: './src/node', from: ['./src/views', './src/app', './src/components', './src/charts', './src/map'], message: 'Node code uses only shared code, never the interface.' },
          ...VIEWS.map((v) => ({
            target: `./src/views/${v}`, from: './src/views', except: [`./${v}`],
            message: `A view never imports another view: move what ${v} shares out of src/views/.`,
          })),
        ],
      }],
    },
  },
);
