/**
 * The entry of /embed.js (bundled by src/pages/embed.js.ts). The site's origin is where
 * this script was loaded from, so a copy served from a staging address frames staging.
 */
import type { Vocabulary } from '../../lib/embed/options';
import { mountAll } from './host';

const script = document.currentScript as HTMLScriptElement | null;
const origin = new URL(script?.src || import.meta.env.SITE).origin;
// Each question's answer ids, from the question declarations, written in by the bundler
// (src/pages/embed.js.ts): the legends, labels and hints stay out of the host's script.
const vocabulary = JSON.parse(import.meta.env.ANSWER_VOCABULARY as string) as Vocabulary;
const mount = () => mountAll(origin, vocabulary);

if (document.readyState === 'loading') addEventListener('DOMContentLoaded', mount);
else mount();
