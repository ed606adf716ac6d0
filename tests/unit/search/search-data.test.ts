/** The number a crisis line's tap-to-call link dials, read from its `contact` in site.yaml. */
import { describe, expect, it } from 'vitest';
import { phoneNumber } from '../../../src/integrations/search-data.ts';

describe('phoneNumber', () => {
  it.each([
    ['Call or text 988', '988'],
    ['Call 911', '911'],
    ['Call 0800 123 4567 (free)', '08001234567'],
    ['Ring +44 20 7946 0000', '+442079460000'],
    ['Text SHOUT to 85258', '85258'],
  ])('“%s” dials %s', (contact, number) => {
    expect(phoneNumber(contact)).toBe(number);
  });

  it('has no number for a contact without digits', () => {
    expect(phoneNumber('Ask at the front desk')).toBeUndefined();
  });
});
