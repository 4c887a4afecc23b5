import type { Shape } from '../../define';
import type { find as findNb } from './nb';

export const find: Shape<typeof findNb> = {
	didYouMean: 'Meinte du «{q}»?',
	corrected: 'Ingen treff på «{q}». Viser treff på «{fixed}» i staden.',
	capped:
		'Meir enn {count} treff på «{q}». Dei nyaste {count} er sorterte etter kor godt dei passar.',
	phraseHint:
		'Set orda i hermeteikn for å finne dei i akkurat den rekkjefølgja: «kulturskule for alle».'
};
