/** Rules on the glossary's own links between terms. */
import { finding, type EditorialRule } from './rule';

export const seeAlsoNotSelf: EditorialRule = {
  id: 'see-also-not-self',
  description: "A glossary term's `seeAlso` does not name the term itself.",
  check: (content) =>
    content.glossary.flatMap((term) =>
      term.data.seeAlso.flatMap((other, index) =>
        other === term.id ? [finding(term, 'glossary', `seeAlso[${index}]`, 'names the term itself')] : [],
      ),
    ),
};
