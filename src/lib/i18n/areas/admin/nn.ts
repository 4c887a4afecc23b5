import type { Shape } from '../../define';
import type { admin as adminNb } from './nb';

export const admin: Shape<typeof adminNb> = {
	shell: {
		brand: 'Administrasjon',
		documentTitle: '{title} – Administrasjon – Fremtidens kulturskole',
		account: 'Konto',
		toSite: 'Til nettstaden',
		logout: 'Logg ut',
		nav: 'Administrasjon',
		overview: 'Oversikt',
		groups: {
			content: 'Innhald',
			collections: 'Samlingar',
			development: 'Utvikling',
			operations: 'Drift'
		},
		items: {
			pages: 'Sider',
			news: 'Nyhende',
			resources: 'Ressursar',
			people: 'Personar',
			faq: 'Spørsmål og svar',
			files: 'Filer',
			stories: 'Erfaringsforteljingar',
			programmes: 'Program',
			interest: 'Interesse for regionalt program',
			municipalities: 'Kommunar',
			goals: 'Samfunnsmål',
			events: 'Arrangement',
			users: 'Brukarar',
			outbox: 'E-post (utboks)',
			audit: 'Endringslogg'
		}
	},
	overview: {
		heading: 'Oversikt',
		welcome: 'Velkomen! Du er administrator. Inviter redaktørar og andre under Brukarar.',
		content: 'Innhald',
		counts: '{drafts} utkast · {scheduled} planlagde for publisering',
		writeNews: 'Skriv eit nyhende',
		pageTree: 'Sidetreet',
		operations: 'Drift',
		dbUp: 'Database: svarar.',
		dbDown: 'Database: svarar ikkje.',
		overdue: 'Forseinka jobbar:',
		noOverdue: 'Ingen forseinka jobbar.',
		failedJobs: '{count} jobbar feila siste døgeret.',
		mail: 'E-post: {sent} sende, {outbox} i utboksen, {queued} i kø, {failed} feila.',
		seeOutbox: 'Sjå utboksen'
	},
	notices: {
		saved: 'Endringane er lagra.',
		published: 'Publisert. No er det synleg på nettstaden.',
		scheduled: 'Publiseringa er planlagd.',
		unpublished: 'Avpublisert. Det er ikkje lenger synleg på nettstaden.',
		restored: 'Den tidlegare versjonen er henta fram att som ein ny versjon.',
		savedShort: 'Lagra.',
		movedUp: '«{title}» er flytt opp.',
		movedDown: '«{title}» er flytt ned.'
	},
	status: {
		all: 'Alle',
		published: 'Publisert',
		draftOrScheduled: 'Utkast og planlagde',
		draft: 'Utkast',
		scheduled: 'Planlagd',
		scheduledAt: 'Planlagd {at}',
		new: 'Ny'
	},
	conflict: {
		heading: 'Lagra versjon og endringane dine',
		same: 'Den lagra versjonen har same innhald som din. Lagra på nytt for å halde fram.',
		caption: 'Felt som er ulike',
		field: 'Felt',
		theirs: 'Lagra av den andre',
		mine: 'Ditt (ikkje lagra)'
	},
	common: {
		save: 'Lagra',
		delete: 'Slett',
		cancel: 'Avbryt',
		show: 'Vis',
		order: 'Rekkjefølgje',
		none: '–',
		edit: 'Rediger',
		moveUp: 'Flytt opp',
		moveDown: 'Flytt ned',
		moveUpLabel: 'Flytt opp: {title}',
		moveDownLabel: 'Flytt ned: {title}'
	},
	mailStatus: {
		queued: 'I kø',
		sent: 'Send',
		outbox: 'I utboksen',
		failed: 'Feila'
	},
	markdown: {
		hint: 'Skriv vanleg tekst. Bruk knappane for overskrifter, lister, lenkjer og bilete. Bilete må ha ei skildring (alternativ tekst).',
		toolbar: 'Formatering',
		heading: 'Overskrift',
		bold: 'Feit',
		boldKey: 'F',
		italic: 'Kursiv',
		italicKey: 'K',
		bullets: 'Punktliste',
		numbered: 'Nummerert liste',
		quote: 'Sitat',
		link: 'Lenkje',
		image: 'Bilete',
		preview: 'Førehandsvising',
		previewLabel: 'Førehandsvising av teksten',
		placeholder: 'tekst',
		linkText: 'lenkjetekst',
		altMissing: 'Skildra biletet for dei som ikkje ser det (alternativ tekst)',
		urlMissing: 'Skriv adressa til biletet (https://… eller /filer/… frå Filer)',
		insertImage: 'Set inn bilete',
		imageUrl: 'Adressa til biletet',
		imageAlt: 'Alternativ tekst (må fyllast ut)',
		insert: 'Set inn'
	},
	preview: {
		label: 'Førehandsvising.',
		published: 'Slik ser den publiserte versjonen ut.',
		draft: 'Dette er ikkje publisert enno.',
		back: 'Tilbake til redigeringa'
	},
	publish: {
		heading: 'Publisering',
		status: 'Status:',
		saveChanges: 'Lagra endringane',
		saveDraft: 'Lagra utkast',
		publishNow: 'Publiser no',
		unpublish: 'Avpubliser',
		later: 'Publiser seinare',
		laterHint: 'Dato og klokkeslett (norsk tid).',
		schedule: 'Planlegg publisering',
		previewLink: 'Førehandsvis (ny fane)',
		seePublished: 'Sjå publisert side'
	},
	slug: {
		label: 'Adresse',
		hint: 'Vert laga frå tittelen om du lèt feltet stå tomt. Ei ny adresse gjev automatisk vidaresending frå den gamle. {address}'
	},
	versions: {
		heading: 'Versjonar',
		none: 'Ingen tidlegare versjonar.',
		version: 'Versjon {version}',
		saved: 'Lagra',
		restore: 'Hent fram att',
		restoreHidden: ' versjon {version}',
		current: '(gjeldande)'
	}
};
