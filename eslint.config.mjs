// Lint for the whole repo. The rule that matters most keeps src/shared pure:
// it may not import React, Dexie, Electron or anything from the renderer or
// main process, so anchoring, grading and exports stay plain functions.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const impure = ['react', 'react-dom', 'react/*', 'dexie', 'dexie-react-hooks', 'electron', 'dompurify']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: impure.filter((p) => !p.includes('*')),
          patterns: [
            {
              group: ['react/*', '@renderer/*', '**/renderer/**', '**/main/**', '**/preload/**'],
              message: 'src/shared is pure',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'dexie', 'dexie-react-hooks'], patterns: ['@renderer/*'] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['**/main/**', '**/preload/**'] }],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.mjs', '*.config.*', 'scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
