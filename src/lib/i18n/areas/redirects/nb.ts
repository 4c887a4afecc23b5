/** The editors' redirects (/admin/omdirigeringer): old addresses that answer 301. */
export const redirects = {
	page: {
		title: 'Omdirigeringer',
		lead: 'Gamle adresser som sender besøkende videre (301) dit innholdet ligger nå. Når en side eller nyhet får ny adresse, lages omdirigeringen av seg selv; her kan du legge til egne, endre og slette.',
		caption: 'Omdirigeringer, sortert etter gammel adresse',
		from: 'Gammel adresse',
		to: 'Ny adresse',
		fromHint: 'Adressen på nettstedet som skal sendes videre, for eksempel /gammel-side.',
		toHint: 'Der besøkende skal havne, for eksempel /ny-side.',
		hits: 'Treff',
		lastHit: 'Sist brukt',
		never: 'Aldri',
		created: 'Laget',
		none: 'Ingen omdirigeringer ennå.',
		add: 'Ny omdirigering',
		addButton: 'Legg til',
		edit: 'Endre omdirigering',
		editLink: 'Endre',
		save: 'Lagre',
		all: 'Alle omdirigeringer',
		delete: 'Slett omdirigeringen',
		deleteWarn: 'Etter sletting svarer den gamle adressen «Ikke funnet».',
		added: 'Omdirigeringen er lagt til.',
		saved: 'Endringene er lagret.',
		deleted: 'Omdirigeringen er slettet.',
		count: '{count} omdirigeringer'
	},
	problems: {
		fromMissing: 'Skriv den gamle adressen.',
		toMissing: 'Skriv den nye adressen.',
		path: 'Skriv en adresse på nettstedet som begynner med /, for eksempel /gammel-side.',
		same: 'Den nye adressen må være en annen enn den gamle.',
		reserved: 'Denne adressen kan ikke sendes videre.',
		taken: 'Det finnes alt en omdirigering fra denne adressen.',
		chain: 'Den nye adressen sendes selv videre. Velg adressen den sendes til.',
		missing: 'Fant ikke omdirigeringen. Den kan være slettet.'
	},
	audit: {
		added: 'Ny omdirigering fra {from} til {to}',
		changed: 'Endret omdirigering fra {from} til {to}',
		deleted: 'Slettet omdirigering fra {from}'
	}
} as const;
