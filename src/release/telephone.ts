/**
 * Telephone numbers in a support process: vanity numbers read as the digits their letters dial
 * (`1-800-ACME-NAS` is 1-800-2263-627), toll-free numbers by their prefix in each numbering plan
 * or by a line that says they are free, and fax lines set apart (a fax is not a telephone).
 */

/** What a support text gives to call: the first toll-free telephone number, else the first other telephone number, else the first fax number. */
export interface Telephones {
  readonly tollFree: string | undefined;
  readonly other: string | undefined;
  readonly fax: string | undefined;
}

/** Toll-free prefixes: North America (800, 888, 877, 866, 855, 844, 833), international freephone (+800, 00800), UK and much of Europe (0800, 0808, 0805), Australia, Ireland and India (1800), Japan (0120). */
const TOLL_FREE = [
  /^(?:\+?1)?(?:800|888|877|866|855|844|833)\d{7}$/,
  /^(?:\+|00)800\d{8}$/,
  /^(?:\+\d{1,3}0?|0)(?:800|808|805)\d{5,8}$/,
  /^(?:\+(?:61|353|91))?1800\d{5,8}$/,
  /^(?:\+81|0)120\d{5,7}$/,
];
/** A line that says its number is free to call, in any country. */
const TOLL_FREE_LABEL = /toll[\s-]?free|freephone|free ?call|gratuit|num[ée]ro vert|numero verde|gratis|kostenlos|kostenfrei/i;
/** A telephone number, digits as written (a vanity number's letters already dialled). */
const NUMBER = /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,4}){1,4}(?!\w)|(?<![\w+])\+?\d{10,13}(?!\w)/g;
/** Digits a telephone number has at least. */
const MIN_DIGITS = 7;
/** A number written with letters for some digits, as vanity numbers are: `1-800-ACME-NAS`, `+1 (888) GO-CORVID`. */
const VANITY = /(?<![\w+])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?(?=[A-Z\d-]{0,15}[A-Z])[A-Z\d]{2,10}(?:-[A-Z\d]{1,10}){0,3}(?![\w-])/g;
const PHONE_LINE = /\b(?:phone|call|tel(?:ephone)?|hotline|dial)\b/i;
const FAX = /\b(?:fax|facsimile|telefax)\b/i;
/** The letters of each key of a telephone's keypad, by the key's digit. */
const KEYPAD = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];

/** Letters of a vanity number dialled as the digits of a telephone's keypad. */
export function dialled(text: string): string {
  return text.replace(VANITY, (number) => {
    const digits = number.replace(/[A-Z]/g, (letter) => String(KEYPAD.findIndex((keys) => keys.includes(letter))));
    // Only what dials to as many digits as a North American number is one: "800-GB" is not.
    return digits.replace(/\D/g, '').length >= 10 ? digits : number;
  });
}

/** Whether a number, as written, is free to call by its prefix. */
export function isTollFree(number: string): boolean {
  const plain = number.replace(/[^\d+]/g, '');
  return TOLL_FREE.some((pattern) => pattern.test(plain));
}

/**
 * The telephone numbers of a text's lines. A number is a fax when a fax label comes just before
 * it (`Fax: 1-800-…`, `fax (toll-free) 1-888-…`) or just after it (`1-800-… (fax)`); a number on a
 * line about calling, or in the numbering plan of a toll-free prefix, is a telephone.
 */
export function telephonesIn(lines: readonly string[]): Telephones {
  let tollFree: string | undefined;
  let other: string | undefined;
  let fax: string | undefined;
  for (const line of lines) {
    const text = dialled(line);
    // Asked once per line, not once per number: a line of many numbers would be read again for each.
    const saysFree = TOLL_FREE_LABEL.test(line);
    const aboutCalling = PHONE_LINE.test(line);
    for (const match of text.matchAll(NUMBER)) {
      const number = match[0].trim();
      if (number.replace(/\D/g, '').length < MIN_DIGITS) continue;
      const before = text.slice(Math.max(0, match.index - 30), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
      // The nearest label before the number decides: "Phone 1-800-… Fax 1-800-…".
      const lastLabel = [...before.matchAll(/\b(fax|facsimile|telefax|phone|tel(?:ephone)?|call|hotline|mobile)\b/gi)].at(-1)?.[1];
      if ((lastLabel && FAX.test(lastLabel)) || /^\s*\(?\s*(?:fax|facsimile)\b/i.test(after)) {
        fax ??= number;
        continue;
      }
      if (isTollFree(number) || saysFree) tollFree ??= number;
      else if (aboutCalling) other ??= number;
    }
  }
  return { tollFree, other, fax };
}
