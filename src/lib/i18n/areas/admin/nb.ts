/** The admin area (/admin): menus, desks, lists and forms. */
export const admin = {
	shell: {
		brand: 'Administrasjon',
		documentTitle: '{title} – Administrasjon – Fremtidens kulturskole',
		account: 'Konto',
		toSite: 'Til nettstedet',
		logout: 'Logg ut',
		nav: 'Administrasjon',
		overview: 'Oversikt',
		groups: {
			content: 'Innhold',
			collections: 'Samlinger',
			development: 'Utvikling',
			operations: 'Drift'
		},
		items: {
			pages: 'Sider',
			news: 'Nyheter',
			resources: 'Ressurser',
			people: 'Personer',
			faq: 'Spørsmål og svar',
			files: 'Filer',
			stories: 'Erfaringshistorier',
			programmes: 'Program',
			interest: 'Interesse for regionalt program',
			municipalities: 'Kommuner',
			goals: 'Samfunnsmål',
			events: 'Arrangementer',
			users: 'Brukere',
			outbox: 'E-post (utboks)',
			audit: 'Endringslogg'
		}
	},
	overview: {
		heading: 'Oversikt',
		welcome: 'Velkommen! Du er administrator. Inviter redaktører og andre under Brukere.',
		content: 'Innhold',
		counts: '{drafts} utkast · {scheduled} planlagt for publisering',
		writeNews: 'Skriv en nyhet',
		pageTree: 'Sidetreet',
		operations: 'Drift',
		dbUp: 'Database: svarer.',
		dbDown: 'Database: svarer ikke.',
		overdue: 'Forsinkede jobber:',
		noOverdue: 'Ingen forsinkede jobber.',
		failedJobs: '{count} feilede jobber siste døgn.',
		mail: 'E-post: {sent} sendt, {outbox} i utboksen, {queued} i kø, {failed} feilet.',
		seeOutbox: 'Se utboksen'
	},
	notices: {
		saved: 'Endringene er lagret.',
		published: 'Publisert. Den er nå synlig på nettstedet.',
		scheduled: 'Publiseringen er planlagt.',
		unpublished: 'Avpublisert. Den er ikke lenger synlig på nettstedet.',
		restored: 'Den tidligere versjonen er gjenopprettet som en ny versjon.',
		savedShort: 'Lagret.',
		movedUp: '«{title}» er flyttet opp.',
		movedDown: '«{title}» er flyttet ned.'
	},
	status: {
		all: 'Alle',
		published: 'Publisert',
		draftOrScheduled: 'Utkast og planlagt',
		draft: 'Utkast',
		scheduled: 'Planlagt',
		scheduledAt: 'Planlagt {at}',
		new: 'Ny'
	},
	conflict: {
		heading: 'Lagret versjon og dine endringer',
		same: 'Den lagrede versjonen har samme innhold som ditt. Lagre igjen for å fortsette.',
		caption: 'Felter som er forskjellige',
		field: 'Felt',
		theirs: 'Lagret av den andre',
		mine: 'Ditt (ikke lagret)'
	},
	common: {
		save: 'Lagre',
		delete: 'Slett',
		cancel: 'Avbryt',
		show: 'Vis',
		order: 'Rekkefølge',
		none: '–',
		edit: 'Rediger',
		moveUp: 'Flytt opp',
		moveDown: 'Flytt ned',
		moveUpLabel: 'Flytt opp: {title}',
		moveDownLabel: 'Flytt ned: {title}'
	},
	mailStatus: {
		queued: 'I kø',
		sent: 'Sendt',
		outbox: 'I utboksen',
		failed: 'Feilet'
	},
	markdown: {
		hint: 'Skriv vanlig tekst. Bruk knappene for overskrifter, lister, lenker og bilder. Bilder må ha en beskrivelse (alternativ tekst).',
		toolbar: 'Formatering',
		heading: 'Overskrift',
		bold: 'Fet',
		boldKey: 'F',
		italic: 'Kursiv',
		italicKey: 'K',
		bullets: 'Punktliste',
		numbered: 'Nummerert liste',
		quote: 'Sitat',
		link: 'Lenke',
		image: 'Bilde',
		preview: 'Forhåndsvisning',
		previewLabel: 'Forhåndsvisning av teksten',
		placeholder: 'tekst',
		linkText: 'lenketekst',
		altMissing: 'Beskriv bildet for dem som ikke ser det (alternativ tekst)',
		urlMissing: 'Skriv adressen til bildet (https://… eller /filer/… fra Filer)',
		insertImage: 'Sett inn bilde',
		imageUrl: 'Adresse til bildet',
		imageAlt: 'Alternativ tekst (påkrevd)',
		insert: 'Sett inn'
	},
	preview: {
		label: 'Forhåndsvisning.',
		published: 'Slik ser den publiserte versjonen ut.',
		draft: 'Dette er ikke publisert ennå.',
		back: 'Tilbake til redigering'
	},
	publish: {
		heading: 'Publisering',
		status: 'Status:',
		saveChanges: 'Lagre endringer',
		saveDraft: 'Lagre utkast',
		publishNow: 'Publiser nå',
		unpublish: 'Avpubliser',
		later: 'Publiser senere',
		laterHint: 'Dato og klokkeslett (norsk tid).',
		schedule: 'Planlegg publisering',
		previewLink: 'Forhåndsvis (ny fane)',
		seePublished: 'Se publisert side'
	},
	slug: {
		label: 'Adresse',
		hint: 'Lages fra tittelen om du lar feltet stå tomt. Ny adresse gir automatisk videresending fra den gamle. {address}'
	},
	versions: {
		heading: 'Versjoner',
		none: 'Ingen tidligere versjoner.',
		version: 'Versjon {version}',
		saved: 'Lagret',
		restore: 'Gjenopprett',
		restoreHidden: ' versjon {version}',
		current: '(gjeldende)'
	}
} as const;
