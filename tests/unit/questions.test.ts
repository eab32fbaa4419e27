/**
 * A question is declared once (QUESTIONS in src/vocabulary.ts, with its rule in RULES
 * and its words in WORDS) and everything else follows from it. Here a question is added
 * to a fixture vocabulary, and the form, the WebMCP schema's source, the situations'
 * answers schema, the embed options and the rules text all pick it up with no other edit.
 */
import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '../../src/lib/embed/parse';
import { answerVocabulary, formFields } from '../../src/lib/picker/form';
import { RULES, type Rule, type RuleTable } from '../../src/lib/picker/rules';
import { rulesText } from '../../src/lib/picker/rulesText';
import { WORDS, type AnswerWordsTable } from '../../src/lib/picker/words';
import { answersSchemaFor } from '../../src/schemas/pages';
import { QUESTIONS, type QuestionDeclaration } from '../../src/vocabulary';

/** The object without one key, typed so: what an editor who forgot an entry would write. */
function without<T extends object, K extends keyof T>(object: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key)) as Omit<T, K>;
}

const DESIGNS = [
  { id: 'closed', name: 'Closed-back' },
  { id: 'semi-open', name: 'Semi-open' },
  { id: 'open', name: 'Open-back' },
] as const;

const PETS: QuestionDeclaration = {
  legend: 'Does a pet sleep in the room?',
  hint: 'Whether a pet sleeps in the room where the headphones are used.',
  topic: 'whether a pet sleeps nearby',
  values: { yes: 'Yes', no: 'No' },
};
const questions = { ...QUESTIONS, pets: PETS };
const rules = { ...RULES, pets: { yes: { avoid: ['open'] as const }, no: {} } };
const words = {
  ...WORDS.answers,
  pets: {
    yes: { said: 'a pet sleeps in the room', against: { open: { text: 'an open-back would wake it.' } } },
    no: { said: 'no pet sleeps in the room' },
  },
};

describe('adding a question to the declarations', () => {
  it('adds its fieldset to the form, with its legend, its hint for agents and every answer', () => {
    const field = formFields(questions).find((f) => f.question === 'pets');
    expect(field).toEqual({
      question: 'pets',
      legend: PETS.legend,
      hint: PETS.hint,
      options: [
        { value: '', label: 'No preference' },
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    });
  });

  it('lets a situation give its answer, and refuses a value it does not have', () => {
    const schema = answersSchemaFor(questions);
    expect(schema.parse({ pets: 'yes', noise: 'quiet' })).toEqual({ pets: 'yes', noise: 'quiet' });
    expect(schema.safeParse({ pets: 'maybe' }).success).toBe(false);
  });

  it('lets a host preset and hide it in the embed', () => {
    const { options, warnings } = parseEmbedOptions(
      [
        ['pets', 'yes'],
        ['hide', 'pets'],
      ],
      answerVocabulary(questions),
    );
    expect(warnings).toEqual([]);
    expect(options.answers).toEqual({ pets: 'yes' });
    expect(options.hide).toEqual(['pets']);
  });

  it('states its rule in the rules text on /picker/ and in llms.txt', () => {
    const text = rulesText(rules, words, DESIGNS, WORDS.fallback);
    // The rule joins the line of the designs it rules out, whatever else rules them out.
    const openLine = text.avoid.find((line) => line.startsWith('Open-back: avoid when'));
    expect(openLine).toMatch(/a pet sleeps in the room\.$/);
    expect(text.neutral).toContain('no pet sleeps in the room');
  });
});

describe('the real declarations', () => {
  it('give every question a form field and every answer an option', () => {
    expect(formFields(QUESTIONS).map((f) => f.question)).toEqual(Object.keys(QUESTIONS));
  });

  it('name in the rules text every answer that rules a design out or leans', () => {
    const text = rulesText(RULES, WORDS.answers, DESIGNS, WORDS.fallback);
    const all = [...text.avoid, ...text.lean].join(' ');
    for (const [q, values] of Object.entries(RULES))
      for (const [v, rule] of Object.entries(values as Readonly<Record<string, Rule>>))
        if (rule.avoid || rule.lean?.some((p) => p !== rule.lean?.[0]))
          expect(all).toContain(WORDS.answers[q]?.[v]?.said);
  });

  it('refuse, as a type error, an answer without its rule or its words', () => {
    const placeRulesWithoutGym = without(RULES.place, 'gym');
    // @ts-expect-error: every answer of every question needs its rule
    const rulesMissingOne: RuleTable = { ...RULES, place: placeRulesWithoutGym };
    const table = WORDS.answers as AnswerWordsTable;
    const placeWordsWithoutGym = without(table.place, 'gym');
    // @ts-expect-error: every answer of every question needs its words
    const wordsMissingOne: AnswerWordsTable = { ...table, place: placeWordsWithoutGym };
    expect(Object.keys(rulesMissingOne.place)).not.toContain('gym');
    expect(Object.keys(wordsMissingOne.place)).not.toContain('gym');
  });
});
