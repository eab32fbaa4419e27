import { describe, expect, it } from 'vitest';
import {
  isWordPressReady,
  wordpressHeight,
  wordpressLink,
  wordpressSecret,
} from '../../src/lib/wordpressEmbed';

describe('the secret WordPress gives a frame', () => {
  it('is read from the address’s #?secret= fragment', () => {
    expect(wordpressSecret('#?secret=Ab3dE5gH9k')).toBe('Ab3dE5gH9k');
  });

  it.each([
    ['no fragment', ''],
    ['another fragment', '#main'],
    ['an empty secret', '#?secret='],
    ['a secret WordPress would refuse', '#?secret=abc"def'],
    ['more after the secret', '#?secret=abc&x=1'],
  ])('is absent when the fragment holds %s, so no WordPress message is sent', (_name, hash) => {
    expect(wordpressSecret(hash)).toBeUndefined();
  });
});

describe('the messages to WordPress', () => {
  it('give the height as WordPress reads it: message, whole pixels as value, and the secret', () => {
    expect(wordpressHeight(812.3, 'Ab3dE5gH9k')).toEqual({
      message: 'height',
      value: 813,
      secret: 'Ab3dE5gH9k',
    });
  });

  it('ask for a link with the full address as value and the secret', () => {
    expect(wordpressLink('https://site.example/for/studio/', 'Ab3dE5gH9k')).toEqual({
      message: 'link',
      value: 'https://site.example/for/studio/',
      secret: 'Ab3dE5gH9k',
    });
  });

  it('survive the structured clone postMessage makes, unchanged', () => {
    const message = wordpressHeight(500, 'abc');
    expect(structuredClone(message)).toEqual(message);
  });
});

describe('WordPress’s ready message', () => {
  it('is recognised when it carries the frame’s own secret', () => {
    expect(isWordPressReady({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
  });

  it.each([
    ['another secret', { message: 'ready', secret: 'xyz' }],
    ['another message', { message: 'height', secret: 'abc' }],
    ['nothing', null],
    ['a string', 'ready'],
  ])('is refused with %s', (_name, data) => {
    expect(isWordPressReady(data, 'abc')).toBe(false);
  });
});
