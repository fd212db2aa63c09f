import { describe, expect, it } from 'vitest';
import { dialled, isTollFree, telephonesIn } from '../../src/release/telephone.js';

describe('telephone numbers', () => {
  it('dials the letters of vanity numbers', () => {
    expect([dialled('Call 1-800-ACME-NAS today'), dialled('Order 800-GB of disk'), dialled('ISO 9001 and RFC-1813')]).toEqual(['Call 1-800-2263-627 today', 'Order 800-GB of disk', 'ISO 9001 and RFC-1813']);
  });

  it('reads a line of 300k characters of digits and dashes in linear time, dialling nothing there', () => {
    const line = `Phone: ${'555-'.repeat(75_000)}x`;
    const started = performance.now();
    expect(dialled(line)).toBe(line);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it.each([
    ['1-800-555-0199', true],
    ['(888) 555 0199', true],
    ['+1 877.555.0199', true],
    ['1-800-2263-627', true],
    ['+800 1234 5678', true],
    ['00800 1234 5678', true],
    ['0800 917 4455', true],
    ['0808 157 0192', true],
    ['+44 (0)800 917 4455', true],
    ['1800 123 456', true],
    ['0120-123-456', true],
    ['+44 20 7946 0958', false],
    ['1-408-555-0199', false],
  ])('%s is toll-free: %s', (number, free) => {
    expect(isTollFree(number)).toBe(free);
  });

  it('sets fax lines apart, labelled before or after the number', () => {
    expect(telephonesIn(['Fax (toll-free): 1-800-555-0198'])).toEqual({ tollFree: undefined, other: undefined, fax: '1-800-555-0198' });
    expect(telephonesIn(['Phone: +44 20 7946 0958, fax: 1-888-555-0198'])).toEqual({ tollFree: undefined, other: '+44 20 7946 0958', fax: '1-888-555-0198' });
    expect(telephonesIn(['1-866-555-0100 (fax)', 'Call 1-800-ACME-NAS, 24 hours a day.'])).toEqual({ tollFree: '1-800-2263-627', other: undefined, fax: '1-866-555-0100' });
  });

  it('reads a line of many numbers, or one long vanity number, in linear time', () => {
    const started = performance.now();
    const found = telephonesIn(['12 '.repeat(200_000), `call 123 ${'AB-'.repeat(200_000)}x`]);
    expect(found.tollFree).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
