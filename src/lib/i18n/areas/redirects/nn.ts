import type { Shape } from '../../define';
import type { redirects as redirectsNb } from './nb';

export const redirects: Shape<typeof redirectsNb> = {
	problems: {
		path: 'Skriv inn ei adresse på nettstaden som byrjar med /, til dømes /gammal-side.',
		same: 'Den nye adressa må vere ei anna enn den gamle.',
		reserved: 'Denne adressa kan ikkje sendast vidare.',
		taken: 'Det finst alt ei omdirigering frå denne adressa.',
		chain: 'Den nye adressa blir sjølv send vidare. Vel adressa ho blir send til.',
		missing: 'Fann ikkje omdirigeringa. Ho kan vere sletta.'
	},
	audit: {
		added: 'Ny omdirigering frå {from} til {to}',
		changed: 'Endra omdirigering frå {from} til {to}',
		deleted: 'Sletta omdirigering frå {from}'
	}
};
