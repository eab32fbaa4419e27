/**
 * Renders a page's 1200x630 social card at build time: satori lays out the text as
 * SVG and resvg rasterises it. Fonts come from npm packages, so nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { DesignId } from '../../vocabulary';

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

// Resolved from the project root: the build may write its bundle anywhere.
const require = createRequire(join(process.cwd(), 'package.json'));
const font = (file: string) => readFileSync(require.resolve(file));
let fonts: { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [
    {
      name: 'Serif',
      data: font('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
    {
      name: 'Sans',
      data: font('@fontsource/inter/files/inter-latin-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Sans',
      data: font('@fontsource/inter/files/inter-latin-600-normal.woff'),
      weight: 600,
      style: 'normal',
    },
  ];
  return fonts;
}

const ACCENT: Record<DesignId | 'guide', string> = {
  closed: '#35508f',
  'semi-open': '#0a6660',
  open: '#a34a0b',
  guide: '#0a6660',
};
const LABEL: Record<DesignId | 'guide', string> = {
  closed: 'Closed-back',
  'semi-open': 'Semi-open',
  open: 'Open-back',
  guide: 'Open · Semi-open · Closed',
};

type Node = {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
};
const h = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

export async function renderSocialImage(title: string, design: DesignId | undefined): Promise<Buffer> {
  const key = design ?? 'guide';
  const tree = h(
    'div',
    {
      width: SOCIAL_IMAGE.width,
      height: SOCIAL_IMAGE.height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: '#faf8f4',
      borderLeft: `24px solid ${ACCENT[key]}`,
      padding: '64px 72px',
      boxSizing: 'border-box',
      fontFamily: 'Sans',
      color: '#1d2026',
    },
    [
      h('div', { display: 'flex', fontSize: 34, fontWeight: 600, color: '#0a6660' }, 'Open or Closed'),
      h(
        'div',
        { display: 'flex', fontFamily: 'Serif', fontSize: 68, fontWeight: 700, lineHeight: 1.12 },
        title,
      ),
      h('div', { display: 'flex', alignItems: 'center', fontSize: 30, color: '#4d5561' }, [
        h(
          'div',
          {
            display: 'flex',
            padding: '8px 20px',
            borderRadius: 999,
            background: ACCENT[key],
            color: '#ffffff',
            fontWeight: 600,
          },
          LABEL[key],
        ),
        h('div', { display: 'flex', marginLeft: 24 }, 'A guide to choosing headphones'),
      ]),
    ],
  );
  // satori's types expect React elements; the plain object tree is what it reads.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    ...SOCIAL_IMAGE,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_IMAGE.width } }).render().asPng();
}
