import type { Shape } from '../../define';
import type { find as findNb } from './nb';

export const find: Shape<typeof findNb> = {
	didYouMean: 'Did you mean “{q}”?',
	corrected: 'No results for “{q}”. Showing results for “{fixed}” instead.',
	capped:
		'More than {count} results for “{q}”. The newest {count} are sorted by how well they match.',
	phraseHint:
		'Put words in quotation marks to find them in exactly that order: “culture school for all”.'
};
