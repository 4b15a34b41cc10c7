// ESLint rule: the web app's features depend only upstream, and only through each other's index.ts.
// shared/ knows no feature; features know neither app/ nor anything downstream of them; app/ knows all.
import { dirname, relative, resolve } from 'node:path';

/** Upstream first: each layer may import the layers before it, never the ones after it. */
export const WEB_ORDER = [
  'shared',
  'platform',
  'identity',
  'risk',
  'inspection',
  'hazard',
  'supervision',
  'app',
];

const SRC = '/apps/web/src/';

/** The layer a file belongs to: shared, a feature (with the path inside it), app, or none (locales). */
function layerOf(file) {
  const path = file.replaceAll('\\', '/');
  const i = path.indexOf(SRC);
  if (i < 0) return null;
  const [top, name, ...inner] = path.slice(i + SRC.length).split('/');
  if (top === 'shared') return { layer: 'shared' };
  if (top === 'app' || top === 'main.tsx') return { layer: 'app' };
  if (top === 'features' && name && inner.length > 0)
    return { layer: name, feature: name, inner: inner.join('/') };
  return null;
}

const rank = (layer) => WEB_ORDER.indexOf(layer);

export const webFeatureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Web features import only upstream features, through their index.ts; never app/' },
    messages: {
      app: "{{from}} must not import app/ ('{{path}}'): app/ assembles the features, they do not know it.",
      downstream:
        '{{from}} must not import {{to}}: features import only upstream ({{order}}). Let {{to}} fill a slot of {{from}} instead.',
      shared: 'shared/ must not import {{to}}: every feature stands on shared, so it knows none of them.',
      deep: "Import '{{to}}' through its index.ts, not '{{path}}'.",
      unknown:
        "Feature '{{name}}' is not in WEB_ORDER (tools/eslint/web-feature-boundaries.js); add it in its place.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = layerOf(file);
    if (!own) return {};
    const order = WEB_ORDER.join(' ← ');
    if (own.feature && rank(own.feature) < 0) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unknown', data: { name: own.feature } });
        },
      };
    }
    const check = (node, sourceNode) => {
      const source = sourceNode?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const resolved = resolve(dirname(file), source);
      const target = layerOf(resolved);
      if (!target || target.layer === own.layer) return;
      const path = relative(dirname(file), resolved).replaceAll('\\', '/');
      if (target.layer === 'app') {
        context.report({ node, messageId: 'app', data: { from: own.layer, path } });
        return;
      }
      if (!target.feature) return; // shared: everyone may use it
      if (rank(target.feature) < 0) {
        context.report({ node, messageId: 'unknown', data: { name: target.feature } });
        return;
      }
      if (own.layer === 'shared') {
        context.report({ node, messageId: 'shared', data: { to: target.feature } });
        return;
      }
      if (rank(target.feature) > rank(own.layer)) {
        context.report({
          node,
          messageId: 'downstream',
          data: { from: own.layer, to: target.feature, order },
        });
        return;
      }
      if (target.inner !== 'index.ts') {
        context.report({ node, messageId: 'deep', data: { to: target.feature, path } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
