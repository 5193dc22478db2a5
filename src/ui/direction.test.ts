import { describe, expect, it } from 'vitest';
import { applyDocumentDirection, directionOf, readerLocale } from './direction';

describe('directionOf', () => {
  it.each(['ar', 'ar-EG', 'ar-SA', 'he', 'he-IL', 'iw', 'fa-IR', 'ur-PK', 'ps-AF', 'ckb', 'dv', 'yi', 'sd', 'ug', 'pa-Arab', 'ku-Arab', 'az-Arab-IR'])('%s is right-to-left', (locale) => {
    expect(directionOf(locale)).toBe('rtl');
  });
  it.each(['en', 'en-GB', 'de-DE', 'fr', 'ru', 'zh-Hans-CN', 'ja', 'hi-IN', 'tr', 'ku', 'ku-Latn', 'ar-Latn', 'uz-Latn', 'pa', 'sr-Cyrl'])('%s is left-to-right', (locale) => {
    expect(directionOf(locale)).toBe('ltr');
  });
  it.each(['', 'not a locale', '<script>', 'ar_EG', '\u202Ear', 'x'.repeat(500)])('an unreadable tag %j is left-to-right and never throws', (locale) => {
    expect(() => directionOf(locale)).not.toThrow();
    expect(directionOf(locale)).toBe('ltr');
  });
});

describe('readerLocale and applyDocumentDirection', () => {
  it('reads the browser language, then its first preferred language, else English', () => {
    expect(readerLocale({ language: 'ar-EG', languages: ['de-DE'] })).toBe('ar-EG');
    expect(readerLocale({ language: '', languages: ['he-IL', 'en'] })).toBe('he-IL');
    expect(readerLocale({ language: '', languages: [] })).toBe('en');
    expect(readerLocale(undefined)).toBe('en');
  });
  it('sets dir on the root from the locale, and only dir', () => {
    const root = { dir: '', lang: 'en' };
    expect(applyDocumentDirection(root, 'ar-EG')).toBe('rtl');
    expect(root).toEqual({ dir: 'rtl', lang: 'en' });
    expect(applyDocumentDirection(root, 'de-DE')).toBe('ltr');
    expect(root).toEqual({ dir: 'ltr', lang: 'en' });
  });
});
