/**
 * Decoders of Windows code pages. Node 20's TextDecoder drops the bytes 0x80–0x9F of windows-1252
 * (and of its aliases latin1, ascii) where Node 22 maps them: the curly quotes, dashes, bullet,
 * ellipsis and euro sign of text written on Windows ("What’s New" read "Whats New"). Windows-1252
 * is decoded here, on every Node, as the WHATWG Encoding Standard maps it.
 */

export interface Decoder {
  decode(bytes: Uint8Array): string;
}

/** What windows-1252 has at 0x80–0x9F; the five bytes it leaves undefined are the control characters of the same number. */
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

export const windows1252: Decoder = {
  decode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\x80-\x9f]/g, (character) => C1[character.charCodeAt(0) - 0x80]!),
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
