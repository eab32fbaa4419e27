/**
 * The framed picker's one script (/embed/picker/): the host's options first, so the
 * island's first ranking already reads the presets, then the island, then the height and
 * WordPress messages. Bundled on its own into one hashed file by src/pages/embed/_framedScript.ts.
 */
import { definePicker } from '../picker/island';
import { applyEmbedOptions, reportHeight } from './frame';

applyEmbedOptions(location.search);
definePicker();
reportHeight();
