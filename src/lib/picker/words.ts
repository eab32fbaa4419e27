/**
 * What the picker says about each answer: the words that name the answer ("you said it
 * is quiet around you") and, for every design an answer favours or rules out, why.
 *
 * These sentences are claims, checked against the sources the guide cites for them:
 * shells and pads block highs far better than lows, so voices only partly (JazzTimes);
 * open-backs block practically nothing and leak (RTINGS); semi-open varies by model;
 * sealed sport earbuds suit a workout better than over-ears (element14); a loud room
 * needs isolation headphones or sealed in-ears, not an ordinary closed-back (Tape Op,
 * CNET); heat in sealed cups is common experience without a number. Where the advice is
 * about a kind of headphone (earbuds, isolation headphones) rather than a design, the
 * sentence says so under the design verdict it refines: closed-back means sealed, and
 * the sentence names the sealed kind that fits best.
 *
 * Kept out of the island's JavaScript: the catalog carries them (see catalog.ts), so the
 * browser receives them as data in the page, and the picker module stays tiny.
 *
 * Next to each sentence, `unless` lists the answers under which it would be false
 * ("question=value"). The picker never shows a sentence whose `unless` matches an answer
 * given, and a test checks over every answer set that every shown reason survives it.
 */
import { QUESTION_KEYS, QUESTIONS, type AnswerValue, type DesignId, type Question } from '../../vocabulary';

export interface Said {
  /** The reason's sentence after "You said …: ". */
  text: string;
  /** Answers ("noise=quiet") under which the sentence would contradict the reader. */
  unless?: readonly string[];
}

/** What one answer says for (or, where its rule applies, against) each design. */
export interface AnswerWords {
  /** The answer in words, after "You said": "it is quiet around you". */
  said: string;
  /** Why this answer favours a design (or, for a rule, why the design it leaves fits). */
  for?: Partial<Record<DesignId, Said>>;
  /** Why this answer's rule rules a design out: the reason shown for `avoid`. */
  against?: Partial<Record<DesignId, Said>>;
}

/** Words for every answer of every question: a question or answer without words is a type error. */
export type AnswerWordsTable = { readonly [Q in Question]: { readonly [V in AnswerValue<Q>]: AnswerWords } };

export interface PickerWords {
  answers: Record<string, Record<string, AnswerWords>>;
  /** What an unanswered question would settle, for a tie: "how noisy it is around you". */
  topics: Record<string, string>;
  /** Why closed-back is the default when no answer tells the designs apart. */
  fallback: string;
}

const SPACE = 'and you get its more spacious, speaker-like sound';

export const WORDS: PickerWords = {
  answers: {
    place: {
      home: { said: 'you use them at home' },
      studio: { said: 'you use them in a studio' },
      office: {
        said: 'you use them in an office or shared room',
        for: {
          closed: {
            text: 'a closed-back keeps what you play to yourself, so the people nearby are not disturbed.',
          },
        },
        against: {
          'semi-open': {
            text: 'a semi-open pair still leaks enough sound for the people nearby to hear it.',
          },
          open: { text: 'an open-back lets the people nearby hear what you play, even at a low volume.' },
        },
      },
      travel: {
        said: 'you use them commuting or travelling',
        for: {
          closed: {
            text: 'on buses, trains and planes a closed-back keeps your sound from the people next to you, and one with active noise cancelling also takes the edge off engine rumble.',
          },
        },
        against: {
          'semi-open': {
            text: 'a semi-open pair leaks to the people next to you and lets the noise of the journey in.',
          },
          open: {
            text: 'an open-back leaks to the people next to you and blocks practically none of the noise of the journey.',
          },
        },
      },
      gym: {
        said: 'you use them at the gym',
        for: {
          closed: {
            text: 'a sealed design keeps your music from the people training nearby, and the best sealed kind here is a pair of sport earbuds, which stay put and trap no heat around the ear; a closed over-ear is fine at most.',
          },
        },
        against: {
          'semi-open': {
            text: 'a semi-open pair leaks to the people training nearby and lets the clatter of the gym in.',
          },
          open: {
            text: 'an open-back leaks to the people training nearby and blocks practically none of the noise of the gym.',
          },
        },
      },
    },
    noise: {
      quiet: {
        said: 'it is quiet around you',
        for: {
          open: {
            text: `with little noise to block, an open-back's lack of isolation costs you little, ${SPACE}.`,
            unless: ['place=office', 'place=travel', 'place=gym'],
          },
          'semi-open': {
            text: 'with little noise to block, a semi-open pair gives up little, and sounds more open than a closed-back.',
            unless: ['place=office', 'place=travel', 'place=gym'],
          },
        },
      },
      some: {
        said: 'there is some noise around you',
        for: {
          closed: {
            text: 'noise masks quiet detail and tempts you to turn up; a closed-back blocks part of it, high-pitched clatter better than voices or low rumble.',
          },
        },
      },
      loud: {
        said: 'it is loud around you',
        for: {
          closed: {
            text: 'only a sealed design keeps enough of it out to spare your ears, and an ordinary closed-back is often not enough: in the loudest rooms, such as behind a drum kit, choose headphones built for isolation or sealed in-ears.',
          },
        },
        against: {
          'semi-open': {
            text: 'a semi-open pair lets much of the noise in, so you would turn up the volume to hear over it.',
          },
          open: {
            text: 'an open-back blocks practically none of the noise, so you would turn up the volume to hear over it.',
          },
        },
      },
    },
    use: {
      music: { said: 'you mostly listen to music or films' },
      critical: {
        said: 'you mix, master or listen critically',
        for: {
          open: {
            text: 'an open-back’s wider, more speaker-like stage makes panning, depth and reverb easier to judge.',
            unless: ['noise=loud'],
          },
          'semi-open': {
            text: 'a semi-open pair gives some of an open-back’s space for judging a mix; how much depends on the model.',
            unless: ['noise=loud'],
          },
        },
      },
      recording: {
        said: 'you record with a microphone',
        for: {
          closed: { text: 'a closed-back keeps the click track and the mix out of the microphone.' },
        },
        against: {
          'semi-open': {
            text: 'a semi-open pair still leaks, by an amount that differs from model to model, so keep it away from the microphone unless a test take with the performer silent shows no click.',
          },
          open: {
            text: 'an open-back leaks the click track and the mix into a nearby microphone, most audibly in quiet passages.',
          },
        },
      },
      dj: {
        said: 'you DJ',
        for: {
          closed: {
            text: 'cueing the next track over loud booth monitors needs a DJ headphone that seals hard, or sealed in-ears, on a cable, since a wireless link adds delay.',
          },
        },
        against: {
          'semi-open': { text: 'the booth monitors would drown out the cue in a semi-open pair.' },
          open: { text: 'the booth monitors would drown out the cue in an open-back.' },
        },
      },
      gaming: { said: 'you mostly play games' },
    },
    hours: {
      short: { said: 'a session lasts under an hour' },
      medium: { said: 'a session lasts one to three hours' },
      long: {
        said: 'a session lasts more than three hours',
        for: {
          open: {
            text: 'open cups let warmth escape, where sealed cups commonly trap heat over long sessions.',
          },
          'semi-open': {
            text: 'vented cups let some warmth escape, where sealed cups commonly trap heat over long sessions.',
          },
        },
      },
    },
    aware: {
      yes: {
        said: 'you want to hear what happens around you',
        for: {
          open: { text: 'an open-back lets the sound of the room through.' },
          'semi-open': { text: 'a semi-open pair lets some of the room through.' },
        },
      },
      no: {
        said: 'you do not need to hear what happens around you',
        for: {
          closed: {
            text: 'a closed-back shuts out part of the room, high-pitched sounds more than voices or rumble.',
          },
        },
      },
    },
    monitors: {
      yes: { said: 'you have studio monitor speakers' },
      no: {
        said: 'you have no studio monitor speakers',
        for: {
          open: {
            text: 'with headphones as your main reference, an open-back’s stage is the nearest to speakers; still check mixes on a car stereo or earbuds.',
            unless: ['noise=loud'],
          },
        },
      },
    },
    budget: {
      low: { said: 'you want to spend as little as possible' },
      mid: { said: 'you want to spend a moderate amount' },
      high: { said: 'money is no object' },
    },
  } satisfies AnswerWordsTable,
  // From the question declarations: what an unanswered question could settle.
  topics: Object.fromEntries(
    QUESTION_KEYS.flatMap((q) => {
      const topic: string | undefined = (QUESTIONS[q] as { topic?: string }).topic;
      return topic ? [[q, topic]] : [];
    }),
  ),
  fallback:
    'closed-back is the safe default: it suits most listeners indoors and out, because it keeps your sound in and part of the noise out.',
};
