import type { ValueAxisWords } from '@/lib/grammar/figure-rows';
import type { Say } from '@/lib/text/messages';

/** An axis of persons, each tick a count written by the locale. */
export const personsAxis = (say: Say): ValueAxisWords => ({
  title: say('axis-persons'),
  format: (value) => say('tick-count', { value }),
});

/** An axis of persons in millions ("1.5M"), for figures that run into millions. */
export const millionsAxis = (say: Say): ValueAxisWords => ({
  title: say('axis-persons-millions'),
  format: (value) =>
    value === 0 ? say('tick-count', { value }) : say('tick-millions', { millions: value / 1e6 }),
});
