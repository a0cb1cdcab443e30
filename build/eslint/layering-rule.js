// Enforces the layers of ARCHITECTURE.md: who may import `electron`, Node, the services or the renderer.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** The layer a project file belongs to, from its path. */
function layerOf(absolutePath) {
  const rel = relative(root, absolutePath).split(sep).join('/');
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('electron/main/')) return 'electron-main';
  if (rel.startsWith('electron/preload/')) return 'electron-preload';
  if (rel.startsWith('electron/web-host/')) return 'web-host';
  if (rel.startsWith('electron/services/')) return 'services';
  if (rel.startsWith('sandbox/')) return 'sandbox';
  return 'tooling';
}

const allowedTargets = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  'electron-preload': ['electron-preload', 'shared'],
  'electron-main': ['electron-main', 'electron-preload', 'services', 'shared'],
  'web-host': ['web-host', 'services', 'shared'],
  services: ['services', 'shared', 'sandbox'],
  sandbox: ['sandbox'],
};

export const layeringRule = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{layer}} code may not import {{what}}: {{why}}' } },
  create(context) {
    const file = context.filename;
    const layer = layerOf(file);
    if (layer === 'tooling') return {};
    const isTest = /\.test\.tsx?$/.test(file);
    const report = (node, what, why) => context.report({ node, messageId: 'forbidden', data: { layer, what, why } });
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source === 'electron') {
        if (layer !== 'electron-main' && layer !== 'electron-preload') report(node, 'electron', 'only electron/main and electron/preload talk to Electron');
        return;
      }
      if (source.startsWith('.')) {
        const target = layerOf(resolve(dirname(file), source));
        const allowed = allowedTargets[layer];
        if (target !== 'tooling' && !allowed.includes(target) && !(isTest && target === 'sandbox')) {
          report(node, source, `${layer} may import only ${allowed.join(', ')}`);
        }
        return;
      }
      if (isTest && (source === 'vitest' || source.startsWith('@testing-library/'))) return;
      if (layer === 'shared' && source !== 'zod') report(node, source, 'shared code imports only shared/ and zod');
      if (layer === 'renderer' && nodeBuiltins.has(source)) report(node, source, 'the renderer runs in a browser, not Node');
      if (layer === 'electron-preload' && source !== 'zod') report(node, source, 'the sandboxed preload bundles only the contract');
    };
    return {
      ImportDeclaration(node) {
        check(node, node.source.value);
        if (node.source.value === 'electron' && !file.endsWith(`${sep}ipc.ts`)) {
          for (const s of node.specifiers) {
            if (s.type === 'ImportSpecifier' && s.imported.name === 'ipcMain') report(s, 'ipcMain', 'only electron/main/ipc.ts registers IPC handlers');
          }
        }
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value);
      },
    };
  },
};
