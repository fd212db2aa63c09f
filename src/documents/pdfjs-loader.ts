/**
 * pdf.js as the parse worker loads it: the two prebuilt files of its legacy build (for Node 20),
 * copied into dist/vendor/pdfjs/ by the build (test/vendor-pdfjs.ts), so that the installed
 * package needs neither pdfjs-dist nor its optional dependency @napi-rs/canvas.
 *
 * Loading, pdf.js requires @napi-rs/canvas when it can (for drawing, and to borrow its DOMMatrix,
 * ImageData and Path2D) and warns on stderr for each class it could not borrow. Reading text draws
 * nothing, so a 2D DOMMatrix is all it needs: one is installed when none is there, and canvas is
 * refused even where pdfjs-dist's optional dependency put it (this repository's checkout), as its
 * native binary adds 25 MB to the process and the checkout then reads PDFs as the package does.
 * The warnings of the load itself are not printed (from then on, getDocument's `verbosity: 0`
 * keeps pdf.js quiet).
 *
 * Its worker half is loaded here too and handed to pdf.js as `globalThis.pdfjsWorker` (the "fake
 * worker" it runs on this thread): pdf.js would otherwise look for it beside itself by its usual
 * name. The legacy build's polyfills (core-js) replace `Array.prototype.push` with a JavaScript one
 * on V8 before 12.2 (Node 20), for an edge case (arrays with a read-only length) no code here
 * meets, and made reading text a quarter slower: once both halves are loaded, the native push is
 * put back.
 */
import Module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../package-root.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Where the build puts pdf.js, from bundlelint's build or its sources under test alike. */
export const PDFJS_DIRECTORY = join(packageRoot, 'dist', 'vendor', 'pdfjs');
/** The files of pdfjs-dist's legacy build that are read, by their name there and in PDFJS_DIRECTORY. */
export const PDFJS_FILES = { api: 'pdf.min.mjs', worker: 'pdf.worker.min.mjs' } as const;

const CANVAS = '@napi-rs/canvas';

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    (globalThis as { DOMMatrix?: unknown }).DOMMatrix ??= DOMMatrix2D;
    const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    const warn = console.warn;
    console.warn = () => {};
    // pdf.js requires canvas through createRequire, whose every require goes through Module._load.
    const modules = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const loadModule = modules._load;
    modules._load = function (request, ...rest) {
      if (request === CANVAS) throw new Error(`${CANVAS} is not loaded: bundlelint reads text, it draws nothing`);
      return loadModule.call(this, request, ...rest);
    };
    try {
      const load = (file: string) => import(pathToFileURL(join(PDFJS_DIRECTORY, file)).href);
      const pdfjs = (await load(PDFJS_FILES.api)) as PdfJs;
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await load(PDFJS_FILES.worker);
      return pdfjs;
    } finally {
      console.warn = warn;
      modules._load = loadModule;
      Object.defineProperty(Array.prototype, 'push', push);
    }
  })();
  return loading;
}

/** The 2D affine matrix [a c e; b d f; 0 0 1] of DOMMatrix, with the methods pdf.js calls. */
export class DOMMatrix2D {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  readonly is2D = true;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length === 6) this.set(...(Array.from(init) as [number, number, number, number, number, number]));
    else if (init && init.length !== 0) throw new TypeError('DOMMatrix2D takes 6 values');
  }

  /** this = this × other */
  multiplySelf(other: DOMMatrix2D): this {
    return this.set(this.a * other.a + this.c * other.b, this.b * other.a + this.d * other.b, this.a * other.c + this.c * other.d, this.b * other.c + this.d * other.d, this.a * other.e + this.c * other.f + this.e, this.b * other.e + this.d * other.f + this.f);
  }

  /** this = other × this */
  preMultiplySelf(other: DOMMatrix2D): this {
    const product = new DOMMatrix2D([other.a, other.b, other.c, other.d, other.e, other.f]).multiplySelf(this);
    return this.set(product.a, product.b, product.c, product.d, product.e, product.f);
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new DOMMatrix2D([1, 0, 0, 1, tx, ty]));
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new DOMMatrix2D([sx, 0, 0, sy, 0, 0]));
  }

  invertSelf(): this {
    const determinant = this.a * this.d - this.b * this.c;
    if (determinant === 0) return this.set(NaN, NaN, NaN, NaN, NaN, NaN);
    const { a, b, c, d, e, f } = this;
    return this.set(d / determinant, -b / determinant, -c / determinant, a / determinant, (c * f - d * e) / determinant, (b * e - a * f) / determinant);
  }

  multiply(other: DOMMatrix2D): DOMMatrix2D {
    return this.copy().multiplySelf(other);
  }

  translate(tx?: number, ty?: number): DOMMatrix2D {
    return this.copy().translateSelf(tx, ty);
  }

  scale(sx?: number, sy?: number): DOMMatrix2D {
    return this.copy().scaleSelf(sx, sy);
  }

  inverse(): DOMMatrix2D {
    return this.copy().invertSelf();
  }

  private copy(): DOMMatrix2D {
    return new DOMMatrix2D([this.a, this.b, this.c, this.d, this.e, this.f]);
  }

  private set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    Object.assign(this, { a, b, c, d, e, f });
    return this;
  }
}
