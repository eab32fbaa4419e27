/**
 * The entry of /embed.js (bundled by src/pages/embed.js.ts). The site's origin is where
 * this script was loaded from, so a copy served from a staging address frames staging.
 */
import { answerVocabulary } from '../../lib/picker/form';
import { QUESTIONS } from '../../vocabulary';
import { mountAll } from './host';

const script = document.currentScript as HTMLScriptElement | null;
const origin = new URL(script?.src || import.meta.env.SITE).origin;
const vocabulary = answerVocabulary(QUESTIONS);
const mount = () => mountAll(origin, vocabulary);

if (document.readyState === 'loading') addEventListener('DOMContentLoaded', mount);
else mount();
