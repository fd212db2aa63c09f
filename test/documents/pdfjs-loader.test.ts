import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DOMMatrix2D, loadPdfJs } from '../../src/documents/pdfjs-loader.js';

/** @napi-rs/canvas's DOMMatrix, the one pdf.js borrows when the optional dependency is installed. */
const { DOMMatrix } = createRequire(import.meta.url)('@napi-rs/canvas') as { DOMMatrix: new (init?: number[]) => DOMMatrix2D };

const entries = (matrix: DOMMatrix2D) => [matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f].map((value) => Math.round(value * 1e9) / 1e9);

describe('the DOMMatrix pdf.js gets without @napi-rs/canvas', () => {
  it.each([
    ['the identity', (M: typeof DOMMatrix2D) => new M()],
    ['scale then translate (pdf.js, Type3 glyphs)', (M: typeof DOMMatrix2D) => new M().scaleSelf(1 / 8, -1 / 4).translateSelf(0, -4)],
    ['a product, pre-multiplied, inverted', (M: typeof DOMMatrix2D) => new M([2, 1, -1, 3, 5, 7]).preMultiplySelf(new M([0.5, 0, 0, 2, 1, 1])).multiplySelf(new M([1, 2, 3, 4, 5, 6])).invertSelf()],
    ['copies: translate, scale, multiply, inverse', (M: typeof DOMMatrix2D) => new M([1, 2, 3, 4, 5, 6]).translate(3, -2).scale(2).multiply(new M([0, 1, -1, 0, 0, 0])).inverse()],
  ])('computes %s as @napi-rs/canvas does', (_, build) => {
    expect(entries(build(DOMMatrix2D))).toEqual(entries(build(DOMMatrix as unknown as typeof DOMMatrix2D)));
  });
});

describe('pdf.js, once loaded', () => {
  it("leaves arrays their native push (its polyfills replace it with a slower one on Node 20's V8)", async () => {
    const native = Array.prototype.push;
    const { getDocument } = await loadPdfJs();
    expect(typeof getDocument).toBe('function');
    expect(Array.prototype.push).toBe(native);
  });

  it('took nothing from @napi-rs/canvas, though this checkout has it (pdf.js borrows its ImageData and Path2D when it loads it)', async () => {
    await loadPdfJs();
    expect(createRequire(import.meta.url).resolve('@napi-rs/canvas')).toContain('@napi-rs');
    expect([typeof (globalThis as { ImageData?: unknown }).ImageData, typeof (globalThis as { Path2D?: unknown }).Path2D]).toEqual(['undefined', 'undefined']);
  });
});
