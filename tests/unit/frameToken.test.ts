import { describe, expect, it } from 'vitest';
import { newToken, PREVIEW_TOKEN, withToken } from '../../src/lib/embed/frameToken';
import { tokenFrom } from '../../src/lib/embed/messages';

describe('the frame token', () => {
  it('reads back from the frame’s fragment exactly as the host wrote it', () => {
    for (const token of ['3f9c0a6b2d4e8f10', PREVIEW_TOKEN, 'a-b_c']) {
      const url = new URL(withToken('https://guide.example/embed/picker/?use=gaming', token));
      expect(url.search).toBe('?use=gaming');
      expect(tokenFrom(url.hash)).toBe(token);
    }
  });

  it('replaces a fragment the address already had', () => {
    expect(withToken('/embed/picker/#old', 'abc')).toBe('/embed/picker/#frame=abc');
  });

  it('survives what WordPress appends to a frame’s fragment', () => {
    expect(tokenFrom('#frame=abc123#?secret=Xy9Zq')).toBe('abc123');
    expect(tokenFrom('#?secret=Xy9Zq&frame=abc123')).toBe('abc123');
  });

  it.each([
    ['no fragment', ''],
    ['another fragment', '#picker-result-title'],
    ['a longer parameter name', '#myframe=abc'],
    ['a token with other characters', '#frame=abc<script>'],
    ['an empty token', '#frame='],
  ])('is absent from %s', (_name, hash) => {
    expect(tokenFrom(hash)).toBeUndefined();
  });

  it('refuses to write a token that would not read back', () => {
    expect(() => withToken('/embed/picker/', 'a b')).toThrow(/Not a frame token/);
    expect(() => withToken('/embed/picker/', '')).toThrow(/Not a frame token/);
  });

  it('is fresh for every frame: 16 hex digits from the random source', () => {
    expect(newToken(() => new Uint8Array([0, 1, 2, 171, 205, 239, 16, 255]))).toBe('000102abcdef10ff');
    const seen = new Set(Array.from({ length: 100 }, () => newToken()));
    expect(seen.size).toBe(100);
    for (const token of seen) expect(token).toMatch(/^[0-9a-f]{16}$/);
  });
});
