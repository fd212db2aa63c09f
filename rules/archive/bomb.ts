import { defineRule, displayName, eventsOf, formatBytes } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'archive/bomb',
    severity: 'error',
    summary: 'A resource limit is exceeded: inflated bytes, inflate ratio, entry count, nesting depth, time, or overlapping entries',
    messages: {
      entryRatio: '{{name}} inflates more than {{max}}:1 (it reached {{actual}}:1), the mark of a zip bomb, so reading it stopped; if the file is genuine, raise limits.maxRatio',
      archiveRatio: 'the entries of {{name}} together inflate more than {{max}}:1 (they reached {{actual}}:1), the mark of a zip bomb, so reading it stopped; if they are genuine, raise limits.maxRatio',
      totalBytes: 'the bundle inflates to more than {{max}} in all (passed while reading {{name}}), so reading stopped there; if it is genuinely that large, raise limits.maxTotalBytes',
      entries: 'the bundle holds more than {{max}} entries in all (passed in {{name}}), so the rest were not read; if it is genuinely that large, raise limits.maxEntries',
      depth: '{{name}} is an archive nested {{actual}} levels deep, more than {{max}}, so it was not opened; ship a flatter bundle or raise limits.maxDepth',
      time: 'reading the bundle took longer than its {{max}} s budget (it ran out in {{name}}), so what follows was not read and its documents not parsed; if the bundle is genuinely that large, raise limits.maxSeconds',
      overlap: '{{count}} entries of {{name}} share their data bytes ({{first}} and {{second}} first), the construction of an overlapped-entry zip bomb, so none of them was read; rebuild the archive',
    },
  },
  check(bundle, context) {
    for (const event of eventsOf(bundle, 'limit', 'overlap')) {
      const name = displayName(bundle, event.path);
      const location = { path: event.path };
      if (event.type === 'overlap') {
        context.report({ messageId: 'overlap', location, data: { name, count: event.entries, first: event.first, second: event.second } });
        continue;
      }
      const { actual, max } = event;
      switch (event.limit) {
        case 'maxRatio':
          context.report({ messageId: event.scope === 'entry' ? 'entryRatio' : 'archiveRatio', location, data: { name, actual, max } });
          break;
        case 'maxTotalBytes':
          context.report({ messageId: 'totalBytes', location, data: { name, max: formatBytes(max) } });
          break;
        case 'maxEntries':
          context.report({ messageId: 'entries', location, data: { name, max } });
          break;
        case 'maxDepth':
          context.report({ messageId: 'depth', location, data: { name, actual, max } });
          break;
        case 'maxSeconds':
          context.report({ messageId: 'time', location, data: { name, max } });
          break;
      }
    }
  },
});
