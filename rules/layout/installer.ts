import micromatch from 'micromatch';
import { defineRule } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'layout/installer',
    severity: 'error',
    summary: 'No installer is found in the bundle',
    messages: {
      missing: 'the bundle holds no installer (offline bundle, component zip, VIB, or executable or package installer); ship it beside the documentation zip',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        patterns: {
          description: 'More file names (globs) that count as installers, besides offline bundles, components, VIBs and executables recognised by content.',
          type: 'array',
          items: { type: 'string' },
          default: ['*offline*bundle*.zip', '*depot*.zip', '*component*.zip'],
        },
      },
    },
  },
  check(bundle, context) {
    // An installer zipped with the documents is there: layout/docs-archive names that problem.
    if (bundle.layout.installers.length > 0 || bundle.layout.mixedArchives.length > 0 || !bundle.fullyRead) return;
    // Compiled once, not for each file.
    const installerNames = context.options.patterns.map((pattern) => micromatch.matcher(pattern, { nocase: true }));
    const named = bundle.files.some((file) => file.depth === 0 && !file.directory && installerNames.some((matches) => matches(file.name.split('/').pop()!)));
    if (!named) context.report({ messageId: 'missing', location: { path: bundle.layout.rootFolder ?? '' } });
  },
});
