// Bundles the extension with esbuild into dist/extension.js (vscode is provided by the host) and copies the
// files the package needs from elsewhere in the repository: the pledge.json schema (schemas/ at the root).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const schema = join(root, '..', 'schemas', 'pledge.schema.json');
mkdirSync(join(root, 'schemas'), { recursive: true });
if (existsSync(schema)) copyFileSync(schema, join(root, 'schemas', 'pledge.schema.json'));
else if (!existsSync(join(root, 'schemas', 'pledge.schema.json'))) throw new Error(`missing ${schema}`);

const options = {
  entryPoints: { extension: join(root, 'src', 'extension.ts') },
  bundle: true,
  outdir: join(root, 'dist'),
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
};
// The webview's script is a file of its own: it runs in the webview, not in the extension host.
const webview = { ...options, entryPoints: { preview: join(root, 'src', 'features', 'preview', 'webview', 'main.ts') },
  outdir: join(root, 'dist', 'webview'), platform: 'browser', format: 'iife', target: 'es2022', external: [] };

if (watch) {
  for (const o of [options, webview]) await (await esbuild.context(o)).watch();
} else {
  await Promise.all([esbuild.build(options), esbuild.build(webview)]);
}
