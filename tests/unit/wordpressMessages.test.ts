import { describe, expect, it } from 'vitest';
import {
  fromWordPress,
  heightMessage,
  tokenFrom,
  wordpressMessage,
  wordpressSecret,
} from '../../src/lib/embed/messages';

describe('the secret WordPress gives a frame', () => {
  it('is read from the address’s #?secret= fragment', () => {
    expect(wordpressSecret('#?secret=Ab3dE5gH9k')).toBe('Ab3dE5gH9k');
  });

  it('is read beside the host’s own token, and the token beside it', () => {
    expect(wordpressSecret('#frame=a1b2#?secret=Ab3dE5gH9k')).toBe('Ab3dE5gH9k');
    expect(tokenFrom('#frame=a1b2#?secret=Ab3dE5gH9k')).toBe('a1b2');
  });

  it.each([
    ['no fragment', ''],
    ['another fragment', '#main'],
    ['only the host’s token', '#frame=a1b2'],
    ['an empty secret', '#?secret='],
    ['a secret with a quote in it', '#?secret=abc"def'],
    ['a longer parameter name', '#?mysecret=abc'],
  ])('is absent when the fragment holds %s, so no WordPress message is sent', (_name, hash) => {
    expect(wordpressSecret(hash)).toBeUndefined();
  });
});

describe('the messages to WordPress', () => {
  it('give the height as WordPress reads it: message, the site message’s whole pixels as value, and the secret', () => {
    expect(wordpressMessage('height', heightMessage(812.3).height, 'Ab3dE5gH9k')).toEqual({
      message: 'height',
      value: 813,
      secret: 'Ab3dE5gH9k',
    });
  });

  it('ask for a link with the full address as value and the secret', () => {
    expect(wordpressMessage('link', 'https://site.example/for/studio/', 'Ab3dE5gH9k')).toEqual({
      message: 'link',
      value: 'https://site.example/for/studio/',
      secret: 'Ab3dE5gH9k',
    });
  });

  it('survive the structured clone postMessage makes, unchanged', () => {
    const message = wordpressMessage('height', 500, 'abc');
    expect(structuredClone(message)).toEqual(message);
  });
});

describe('WordPress’s ready message', () => {
  it('is recognised when it carries the frame’s own secret', () => {
    expect(fromWordPress({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
  });

  it.each([
    ['another secret', { message: 'ready', secret: 'xyz' }],
    ['no secret', { message: 'ready' }],
    ['nothing', null],
    ['undefined', undefined],
    ['a string', 'ready'],
    ['the site’s own height message', heightMessage(500, 'abc')],
  ])('is refused with %s', (_name, data) => {
    expect(fromWordPress(data, 'abc')).toBe(false);
  });
});
