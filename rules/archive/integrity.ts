import { defineRule, displayName, eventsOf } from '../kit/index.js';

const hex = (crc: number) => crc.toString(16).padStart(8, '0');

export default defineRule({
  meta: {
    id: 'archive/integrity',
    severity: 'error',
    summary: "An entry's data does not match its CRC-32 or its declared sizes",
    messages: {
      crc: '{{name}} is corrupt: its data has CRC-32 {{actual}} but its header says {{declared}}; rebuild the archive from the original files',
      short: '{{name}} is corrupt: its header declares {{declared}} bytes but its data holds only {{actual}}; rebuild the archive from the original files',
      long: '{{name}} is corrupt: its header declares {{declared}} bytes but its data holds more (at least {{actual}}); rebuild the archive from the original files',
      stored: '{{name}} is stored uncompressed, yet its header declares {{compressedSize}} stored bytes for {{size}} bytes of content; rebuild the archive from the original files',
      inflate: '{{name}} is corrupt: its compressed data cannot be inflated ({{reason}}); rebuild the archive from the original files',
    },
  },
  check(bundle, context) {
    for (const event of eventsOf(bundle, 'crc-mismatch', 'size-mismatch', 'stored-size-mismatch', 'corrupt-data')) {
      const name = displayName(bundle, event.path);
      const location = { path: event.path };
      switch (event.type) {
        case 'crc-mismatch':
          context.report({ messageId: 'crc', location, data: { name, actual: hex(event.actual), declared: hex(event.declared) } });
          break;
        case 'size-mismatch':
          context.report({ messageId: event.exceeded ? 'long' : 'short', location, data: { name, declared: event.declared, actual: event.actual } });
          break;
        case 'stored-size-mismatch':
          context.report({ messageId: 'stored', location, data: { name, compressedSize: event.compressedSize, size: event.size } });
          break;
        case 'corrupt-data':
          context.report({ messageId: 'inflate', location, data: { name, reason: event.reason } });
          break;
      }
    }
  },
});
