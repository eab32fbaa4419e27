/**
 * The picker form's fields and the answer vocabulary, derived from the question
 * declarations (QUESTIONS in src/vocabulary.ts): the form renders the fields, the
 * browser builds the WebMCP tool's schema from that form (each fieldset's hint and its
 * radio values), and /embed.js checks a host's preset answers against the vocabulary.
 * Generic over the declarations so a test can add a question to a fixture.
 */
import type { QuestionDeclaration } from '../../vocabulary';

type Declarations = Readonly<Record<string, QuestionDeclaration>>;

export interface FormField {
  /** The radio group's name, as in URLs: `noise`. */
  question: string;
  legend: string;
  /** The WebMCP parameter's description, read from the fieldset. */
  hint: string;
  /** "No preference" first (an empty value), then each answer in order. */
  options: { value: string; label: string }[];
}

export function formFields(questions: Declarations): FormField[] {
  return Object.entries(questions).map(([question, q]) => ({
    question,
    legend: q.legend,
    hint: q.hint,
    options: [
      { value: '', label: 'No preference' },
      ...Object.entries(q.values).map(([value, label]) => ({ value, label })),
    ],
  }));
}

/** Each question with the answer ids it accepts, in order: what embed options are checked against. */
export function answerVocabulary(questions: Declarations): Record<string, string[]> {
  return Object.fromEntries(Object.entries(questions).map(([q, d]) => [q, Object.keys(d.values)]));
}
