/**
 * A PDF's raw content read with pdf.js: metadata title, outline, text lines with font sizes,
 * links. Loaded only when a PDF is parsed, in a parse worker (pdf.js is large, and may hang or
 * leak rejections on hostile files: see parse-worker.ts).
 */
import type { PdfContent, PdfLine, PdfOutlineEntry } from './pdf-content.js';
import { loadPdfJs } from './pdfjs-loader.js';

type Destination = string | unknown[] | null;
interface OutlineNode {
  title: string;
  dest: Destination;
  items: OutlineNode[];
}
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

export async function readPdfContent(bytes: Uint8Array): Promise<PdfContent> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const metadata = await pdf.getMetadata().catch(() => undefined);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const outline: PdfOutlineEntry[] = [];
    const walk = async (nodes: readonly OutlineNode[], level: number): Promise<void> => {
      for (const node of nodes) {
        outline.push({ title: node.title, level, page: await pageOf(node.dest) });
        if (level < 9) await walk(node.items ?? [], level + 1);
      }
    };
    const pageOf = async (destination: Destination): Promise<number | undefined> => {
      try {
        const explicit = typeof destination === 'string' ? await pdf.getDestination(destination) : destination;
        const target = explicit?.[0];
        if (typeof target === 'number') return target;
        return target ? await pdf.getPageIndex(target as Parameters<typeof pdf.getPageIndex>[0]) : undefined;
      } catch {
        return undefined;
      }
    };
    await walk(((await pdf.getOutline()) ?? []) as OutlineNode[], 1);
    const pages: PdfLine[][] = [];
    const links: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const text = await page.getTextContent();
      pages.push(linesOf(text.items.filter((item): item is TextItem & typeof item => 'str' in item)));
      for (const annotation of (await page.getAnnotations().catch(() => [])) as { url?: string }[]) if (annotation.url) links.push(annotation.url);
      page.cleanup();
    }
    return { title: typeof info?.Title === 'string' ? info.Title : undefined, outline, pages, links };
  } finally {
    await pdf.destroy();
  }
}

/** Text items joined into lines: same baseline, or until pdf.js marks an end of line. */
function linesOf(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: { text: string; y: number; right: number; chars: Map<number, number> } | undefined;
  const finish = () => {
    if (current && current.text.trim()) {
      // The line's size is the one most of its characters have.
      const size = [...current.chars].sort((a, b) => b[1] - a[1])[0]![0];
      lines.push({ text: current.text.trim(), size, y: current.y });
    }
    current = undefined;
  };
  for (const item of items) {
    const size = Math.round(Math.hypot(item.transform[2]!, item.transform[3]!) * 2) / 2;
    const [x, y] = [item.transform[4]!, item.transform[5]!];
    if (current && Math.abs(current.y - y) > Math.max(size, 1) * 0.5) finish();
    current ??= { text: '', y, right: x, chars: new Map() };
    if (current.text && !/\s/.test(current.text.at(-1)!) && x - current.right > size * 0.15) current.text += ' ';
    current.text += item.str;
    current.right = x + item.width;
    if (item.str.trim()) current.chars.set(size, (current.chars.get(size) ?? 0) + item.str.length);
    if (item.hasEOL) finish();
  }
  finish();
  return lines;
}
