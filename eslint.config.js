// Lint rules for the whole project: TypeScript-aware recommended sets plus React hooks.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Text from data must never reach HTML unescaped.',
      }],
    },
  },
  {
    files: ['src/views/**', 'src/components/**', 'src/app/**', 'src/data/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/pipeline/**'], message: 'Views never import the Node-only pipeline.' }] }],
    },
  },
);
