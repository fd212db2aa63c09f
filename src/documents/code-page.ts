/**
 * Decoders of Windows code pages. Node 20's TextDecoder drops the bytes 0x80–0x9F of windows-1252
 * (and of its aliases latin1, ascii) where Node 22 maps them: the curly quotes, dashes, bullet,
 * ellipsis and euro sign of text written on Windows ("What’s New" read "Whats New"). Windows-1252
 * is decoded here, on every Node, as the WHATWG Encoding Standard maps it.
 */

export interface Decoder {
  decode(bytes: Uint8Array): string;
  /** The encoding's name, as TextDecoder gives it ("utf-16le" for "ucs-2"). */
  readonly encoding: string;
}

/** What windows-1252 has at 0x80–0x9F; the five bytes it leaves undefined are the control characters of the same number. */
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

export const windows1252: Decoder = {
  encoding: 'windows-1252',
  decode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\x80-\x9f]/g, (character) => C1[character.charCodeAt(0) - 0x80]!),
};

/** Windows code pages by number, where their encoding's name is not `windows-N`. */
const CODE_PAGES: Record<number, string> = {
  866: 'ibm866', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 10000: 'macintosh', 10007: 'x-mac-cyrillic',
  20866: 'koi8-r', 21866: 'koi8-u', 20932: 'euc-jp', 50220: 'iso-2022-jp', 54936: 'gb18030', 65001: 'utf-8',
};

/** The decoder of a Windows code page (`1252`, `932`, `10000` Mac Roman, `28595` ISO 8859-5), or undefined for one TextDecoder does not know. */
export function codePageDecoder(codePage: number): Decoder | undefined {
  const iso = codePage > 28590 && codePage < 28606 ? `iso-8859-${codePage - 28590}` : undefined;
  return decoderOf(CODE_PAGES[codePage] ?? iso ?? `windows-${codePage}`);
}

/**
 * The code pages of the character sets fonts name (`\fcharsetN` in RTF, a Word font's charset): what bytes in
 * such a font mean, whatever the document's code page. Symbol (2) and OEM (255) sets are glyphs and DOS pages
 * TextDecoder does not know: left to the document's.
 */
export const CHARSET_CODE_PAGES: Readonly<Record<number, number>> = {
  77: 10000, 78: 932, 79: 949, 80: 936, 81: 950, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
  177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250,
};

/** The decoder of an encoding label (`windows-1250`, `macintosh`), or undefined for one TextDecoder does not know. */
export function decoderOf(label: string): Decoder | undefined {
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
  } catch {
    return undefined;
  }
}
