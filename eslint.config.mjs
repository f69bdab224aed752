import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import prettier from 'eslint-config-prettier'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'bench/**',
      'tmp/',
      '.astro/',
      'cms/.next/',
      'cms/next-env.d.ts',
      'cms/app/(payload)/admin/importMap.js',
      'cms/payload-types.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Code that runs in readers' browsers.
    files: ['site/scripts/**', '**/*.astro/*.ts', '**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Payload writes these from its templates and migrations; keep them close to as generated.
    files: ['cms/migrations/**', 'cms/app/(payload)/**'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  prettier,
)
