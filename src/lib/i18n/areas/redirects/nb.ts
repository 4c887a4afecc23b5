/** The editors' redirects (/admin/omdirigeringer): old addresses that answer 301. */
export const redirects = {
	problems: {
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
