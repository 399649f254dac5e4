import { describe, expect, it } from 'vitest';
import { containsPhrase, normalizeText, wordCount } from '@/utils/steps/normalize';

describe('normalizeText', () => {
  it.each([
    ['Two Factor', 'two factor'],
    ['TWO-FACTOR:', 'two factor'],
    ['Two\u00a0Factor   Authentication', 'two factor authentication'],
    ['Select the User Role', 'select user role'],
    ['A Step of An Application', 'step of application'],
    ['Step 2 of 4: Account Information', 'step 2 of 4 account information'],
    ["We were unable to verify your identity.", 'we were unable to verify your identity'],
    ['  --  ', ''],
    ['', ''],
    ['Théâtre', 'th tre'],
    ['Anthem Theatre', 'anthem theatre'], // articles only as whole words
    ['iQIES', 'iqies'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('containsPhrase and wordCount', () => {
  it('match whole words only', () => {
    expect(containsPhrase('step 2 account information', 'account information')).toBe(true);
    expect(containsPhrase('accounting information', 'account information')).toBe(false);
    expect(containsPhrase('anything', '')).toBe(false);
    expect(wordCount('')).toBe(0);
    expect(wordCount('select user role')).toBe(3);
  });
});
