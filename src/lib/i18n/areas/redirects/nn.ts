import type { Shape } from '../../define';
import type { redirects as redirectsNb } from './nb';

export const redirects: Shape<typeof redirectsNb> = {
	page: {
		title: 'Omdirigeringar',
		lead: 'Gamle adresser som sender vitjande vidare (301) dit innhaldet ligg no. Når ei side eller eit nyhende får ny adresse, blir omdirigeringa laga av seg sjølv; her kan du leggje til eigne, endre og slette.',
		caption: 'Omdirigeringar, sorterte etter gammal adresse',
		from: 'Gammal adresse',
		to: 'Ny adresse',
		fromHint: 'Adressa på nettstaden som skal sendast vidare, til dømes /gammal-side.',
		toHint: 'Der dei vitjande skal hamne, til dømes /ny-side.',
		hits: 'Treff',
		lastHit: 'Sist brukt',
		never: 'Aldri',
		created: 'Laga',
		none: 'Ingen omdirigeringar enno.',
		add: 'Ny omdirigering',
		addButton: 'Legg til',
		edit: 'Endre omdirigering',
		editLink: 'Endre',
		save: 'Lagre',
		all: 'Alle omdirigeringar',
		delete: 'Slett omdirigeringa',
		deleteWarn: 'Etter slettinga svarer den gamle adressa «Ikkje funne».',
		added: 'Omdirigeringa er lagd til.',
		saved: 'Endringane er lagra.',
		deleted: 'Omdirigeringa er sletta.',
		count: '{count} omdirigeringar'
	},
	problems: {
		fromMissing: 'Skriv den gamle adressa.',
		toMissing: 'Skriv den nye adressa.',
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
