import micromatch from 'micromatch';
import { defineRule, displayName, joinPath } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'layout/junk',
    severity: 'warning',
    summary: 'Operating-system or editor debris is shipped',
    messages: {
      file: '{{name}} is operating-system or editor debris; rebuild the archive without it',
      directory: '{{name}} is a folder of operating-system or tool debris; rebuild the archive without it (zip -x "__MACOSX/*" ".git/*")',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        files: {
          description: 'File names (globs) that are debris, in any folder of any archive.',
          type: 'array',
          items: { type: 'string' },
          default: ['.DS_Store', '._*', 'Thumbs.db', 'ehthumbs.db', 'desktop.ini', '~$*', '*.swp', '*.swo', '*~', '.~lock.*#'],
        },
        directories: {
          description: 'Folder names whose whole content is debris.',
          type: 'array',
          items: { type: 'string' },
          default: ['__MACOSX', '.git', '.svn', '.hg', '.idea', '.vscode', '.Trashes', '.fseventsd', '.Spotlight-V100'],
        },
      },
    },
  },
  check(bundle, context) {
    const { files, directories } = context.options;
    const reportedFolders = new Set<string>();
    // Compiled once: matching a name against the patterns would compile them again for each file.
    const debris = files.map((pattern) => micromatch.matcher(pattern, { dot: true }));
    for (const file of bundle.files) {
      const segments = file.name.replace(/\/$/, '').split('/');
      // A debris folder is one finding, however much it holds.
      const folder = segments.findIndex((segment, index) => (index < segments.length - 1 || file.directory) && directories.includes(segment));
      if (folder >= 0) {
        const path = joinPath(file.archivePath, `${segments.slice(0, folder + 1).join('/')}/`);
        if (!reportedFolders.has(path)) context.report({ messageId: 'directory', location: { path }, data: { name: displayName(bundle, path) } });
        reportedFolders.add(path);
      } else if (!file.directory && debris.some((matches) => matches(segments.at(-1)!))) {
        context.report({ messageId: 'file', location: { path: file.path }, data: { name: displayName(bundle, file.path) } });
      }
    }
  },
});
