import { normalizeText } from '../steps/normalize';

/**
 * How the search reads text, the guide's and the user's alike: lower case, words of letters and digits, simple
 * suffixes folded ("locked" → "lock", "facilities" → "facility"), short negations spelled out ("can't" → "not"), and
 * words that carry no meaning dropped. Pure code: no browser APIs, so it runs in tests and benchmarks as in the panel.
 */

const STOP = new Set(
  'i me my mine we our ours us you your it its is are was were be been being am do does did doing to of in on for at by with from and or but so if this that these those there here have has had having get got getting can could will would just as into about than then them they their he she his her any some all also very too really still only please now'.split(
    ' ',
  ),
);

/** Negations people type in a hurry; the guide writes them out ("I do not know"). */
const NEGATIONS = new Set('not no never unable cannot cant dont doesnt didnt wont isnt arent wasnt havent hasnt couldnt wouldnt aint'.split(' '));

/** Folds simple English suffixes, so that a word and its plural or past tense meet. Not a full stemmer, on purpose. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "stopped" → "stopp" → "stop"; "called" keeps its "ll", "access" its "ss".
  if (w.length > 3 && w.at(-1) === w.at(-2) && !/[lsz]/.test(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

/** The words of a text, stemmed, in order, without stop words; every negation reads "not". */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalizeText(text.replace(/['’]/g, '')).split(' ')) {
    if (!raw || STOP.has(raw)) continue;
    out.push(NEGATIONS.has(raw) ? 'not' : stem(raw));
  }
  return out;
}
