// @ts-check
const eslint = require('@eslint/js');
const { defineConfig } = require('eslint/config');
const tseslint = require('typescript-eslint');
const angular = require('angular-eslint');
const boundaries = require('eslint-plugin-boundaries');

/**
 * Layers of src/app and what each may import (eslint-plugin-boundaries). A feature may use core, shared,
 * api and layout, and its own files, but never another feature: what two features need goes to shared/.
 *   app (the rest of src/: main.ts, app.*.ts, icons.ts)  → everything: it assembles the features
 *   features/<name>          → core, shared, api, layout, the same feature
 *   layout                   → core, shared, api
 *   shared                   → core, api
 *   core                     → api
 *   api                      → nothing but itself (schema.d.ts, models.ts, api-client.ts)
 */
const LAYERS = {
  app: ['app', 'core', 'shared', 'api', 'layout', 'feature'],
  layout: ['layout', 'core', 'shared', 'api'],
  shared: ['shared', 'core', 'api'],
  core: ['core', 'api'],
  api: ['api'],
};

module.exports = defineConfig([
  {
    ignores: ['dist/', 'out-tsc/', '.angular/', 'node_modules/', 'test-results/', 'playwright-report/', 'src/app/api/schema.d.ts'],
  },
  {
    files: ['**/*.ts'],
    extends: [eslint.configs.recommended, tseslint.configs.recommended, tseslint.configs.stylistic, angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      // `const { secret, ...rest } = x` is how a field is left out
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'app', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'app', style: 'kebab-case' }],
    },
  },
  {
    files: ['**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
    rules: {
      // NG-ZORRO's <label nz-checkbox|nz-radio|nz-radio-button> is the control itself; its inputs are controls too
      '@angular-eslint/template/label-has-associated-control': [
        'error',
        {
          labelComponents: [{ selector: 'label', inputs: ['for', 'htmlFor', 'nz-checkbox', 'nz-radio', 'nz-radio-button'] }],
          controlComponents: ['nz-input-number', 'nz-select', 'nz-date-picker', 'nz-switch'],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.mjs', '.js'] } },
      // lazy routes (loadComponent: () => import(...)) and re-exports count as dependencies too
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/elements': [
        { type: 'feature', pattern: 'src/app/features/*', capture: ['feature'], partialMatch: false },
        { type: 'core', pattern: 'src/app/core', partialMatch: false },
        { type: 'shared', pattern: 'src/app/shared', partialMatch: false },
        { type: 'api', pattern: 'src/app/api', partialMatch: false },
        { type: 'layout', pattern: 'src/app/layout', partialMatch: false },
        // the rest of src/: main.ts and the app.*.ts files that assemble the features
        { type: 'app', pattern: 'src', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{ from.element.type }} "{{ from.element.path }}" may not import {{ to.element.type }} "{{ to.element.path }}" (see the layers in eslint.config.js)',
          policies: [
            ...Object.entries(LAYERS).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { type: to } } },
            })),
            { from: { element: { type: 'feature' } }, allow: { to: { element: { type: ['core', 'shared', 'api', 'layout'] } } } },
            {
              from: { element: { type: 'feature' } },
              allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
            },
          ],
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
]);
