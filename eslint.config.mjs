// Lint gate: TypeScript rules, React hooks, Microsoft's SDL rules, and the project's own rules that
// enforce Electron's security checklist and the process boundaries (see docs/ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import sdl from '@microsoft/eslint-plugin-sdl';

const electronChecklist = [
  {
    selector: "Property[key.name='nodeIntegration'][value.value=true]",
    message: 'Checklist 2: never enable nodeIntegration.',
  },
  {
    selector: "Property[key.name='nodeIntegrationInWorker'][value.value=true]",
    message: 'Checklist 2: never enable nodeIntegrationInWorker.',
  },
  {
    selector: "Property[key.name='nodeIntegrationInSubFrames'][value.value=true]",
    message: 'Checklist 2: never enable nodeIntegrationInSubFrames.',
  },
  {
    selector: "Property[key.name='contextIsolation'][value.value=false]",
    message: 'Checklist 3: keep contextIsolation on.',
  },
  { selector: "Property[key.name='sandbox'][value.value=false]", message: 'Checklist 4: keep the sandbox on.' },
  {
    selector: "Property[key.name='webSecurity'][value.value=false]",
    message: 'Checklist 6: never disable webSecurity.',
  },
  {
    selector: "Property[key.name='allowRunningInsecureContent'][value.value=true]",
    message: 'Checklist 8: never allow insecure content.',
  },
  {
    selector: "Property[key.name='experimentalFeatures'][value.value=true]",
    message: 'Checklist 9: no experimental features.',
  },
  { selector: "Property[key.name='enableBlinkFeatures']", message: 'Checklist 10: do not use enableBlinkFeatures.' },
  { selector: "Property[key.name='webviewTag'][value.value=true]", message: 'Checklist 11: no <webview>.' },
  {
    selector: "CallExpression[callee.property.name='loadFile']",
    message: 'Checklist 18: load the app:// protocol, never file://.',
  },
  { selector: 'Literal[value=/^file:\\/\\//]', message: 'Checklist 18: no file:// URLs.' },
  {
    selector: "CallExpression[callee.property.name='exposeInMainWorld'] > Identifier[name='ipcRenderer']",
    message: 'Checklist 20: never expose ipcRenderer.',
  },
  {
    selector: "CallExpression[callee.object.name='ipcRenderer'][callee.property.name=/^(on|once|send|sendSync)$/]",
    message: 'Checklist 20: the preload only invokes contract channels.',
  },
  {
    selector: "CallExpression[callee.property.name='openExternal']",
    message: 'Checklist 15: call shell.openExternal only through main/external-links.ts.',
  },
  {
    selector: "CallExpression[callee.property.name='setPermissionRequestHandler'] > Literal[value=null]",
    message: 'Checklist 5: never clear the permission handler.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'native/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...sdl.configs.common,
  ...sdl.configs.electron,
  {
    rules: {
      '@microsoft/sdl/no-insecure-url': [
        'error',
        { exceptions: ['^http://127\\.0\\.0\\.1', '^http://localhost', '^http://www\\.w3\\.org/'] },
      ],
      'no-restricted-syntax': ['error', ...electronChecklist],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Issue 20 item 1: one place opens databases, always with the addon the app ships (nativeBinding).
    files: ['main/**/*.ts'],
    ignores: ['main/db/connection.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'better-sqlite3',
              allowTypeImports: true,
              message: 'Open databases only through main/db/connection.ts (openDatabase), which names the addon.',
            },
            {
              name: 'better-sqlite3-multiple-ciphers',
              allowTypeImports: true,
              message: 'Open databases only through main/db/connection.ts (openDatabase), which names the addon.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'electron',
                'react',
                'react-dom',
                '../main/*',
                '../renderer/*',
                '../preload/*',
                'better-sqlite3',
              ],
              message: 'core/ is pure: no Node, DOM, Electron or React imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'electron',
                '../main/*',
                '../../main/*',
                '../preload/*',
                '../../preload/*',
                'better-sqlite3',
              ],
              message: 'The renderer reaches main only through renderer/api.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // useVirtualizer returns a mutable instance read on every render; Someday does not use the React Compiler.
    files: ['renderer/contacts/contact-list.tsx'],
    rules: { 'react-hooks/incompatible-library': 'off' },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'zod', '../main/*', '../renderer/*'],
              message: 'The preload imports only electron and the channel list.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@microsoft/sdl/no-insecure-url': 'off',
      'no-restricted-syntax': [
        'error',
        ...electronChecklist.filter((rule) => !rule.message.startsWith('Checklist 18')),
      ],
    },
  },
  {
    files: ['main/external-links.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...electronChecklist.filter((rule) => !rule.message.startsWith('Checklist 15')),
      ],
    },
  },
);
