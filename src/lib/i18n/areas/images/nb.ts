/** Images: the media library (/admin/bilder), an item's main image, and how pages show them. */
export const images = {
	problems: {
		notImage: 'Filen er ikke et bilde. Last opp PNG, JPEG, GIF eller WebP.',
		unreadable: 'Bildet kan ikke leses. Prøv å lagre det på nytt som JPEG eller PNG.',
		tooManyPixels:
			'Bildet har for mange piksler (høyst {max} megapiksler). Gjør det mindre og prøv igjen.',
		altRequired:
			'Skriv en alternativ tekst som sier hva bildet viser, eller kryss av for at bildet bare er pynt',
		tooLong: 'Teksten kan være høyst {max} tegn',
		notFound: 'Bildet finnes ikke. Det kan være slettet.',
		itemNotFound: 'Fant ikke innholdet bildet skal høre til. Det kan være slettet.',
		choose: 'Velg et bilde fra bildebiblioteket',
		focus: 'Skriv et helt tall fra 0 til 100'
	},
	audit: {
		uploaded: 'Lastet opp bildet {name} ({width} × {height} piksler)',
		altChanged: 'Endret den alternative teksten til bildet {name}',
		replaced: 'Erstattet bildet {name} (samme adresse)',
		mainImageSet: 'Valgte hovedbilde for «{title}»',
		mainImageRemoved: 'Fjernet hovedbildet fra «{title}»'
	},
	usedEvent: 'Arrangement',
	usedStory: 'Erfaringshistorie',
	library: {
		title: 'Bilder',
		intro:
			'Bildene lastes opp her og velges som hovedbilde i nyheter, sider, ressurser, arrangementer og erfaringshistorier. Hvert bilde lagres i flere størrelser, og metadata som GPS-posisjon fjernes.',
		upload: 'Last opp bilde',
		file: 'Bildefil',
		fileHint: 'PNG, JPEG, GIF eller WebP, høyst 25 MB og 40 megapiksler.',
		alt: 'Alternativ tekst',
		altHint:
			'Hva bildet viser, for den som ikke ser det. Foreslås når bildet brukes, og kan endres der.',
		uploadButton: 'Last opp',
		uploaded: 'Bildet {name} er lastet opp.',
		filter: 'Finn bilder',
		search: 'Søk i navn og alternativ tekst',
		caption: 'Bildene i biblioteket',
		none: 'Ingen bilder funnet.',
		unused: 'Ikke i bruk',
		usedOne: 'Brukt 1 sted',
		usedMany: 'Brukt {count} steder',
		noAlt: 'Mangler alternativ tekst',
		size: '{width} × {height} piksler',
		edit: 'Rediger',
		editHidden: 'bildet {name}',
		all: 'Alle bilder',
		detail: 'Bilde: {name}',
		saveAlt: 'Lagre teksten',
		altSaved: 'Den alternative teksten er lagret.',
		replace: 'Erstatt filen',
		replaceHint:
			'Den nye filen får samme adresse, og alle sider som bruker bildet, viser det nye med en gang.',
		replaceButton: 'Erstatt',
		replaced: 'Filen er erstattet. Adressen er den samme.',
		uses: 'Hvor bildet er brukt',
		original: 'Åpne originalen',
		address: 'Adresse'
	},
	panel: {
		title: 'Hovedbilde',
		intro:
			'Vises øverst, i lister og når innholdet deles i sosiale medier. Bildene hentes fra bildebiblioteket.',
		library: 'Gå til bildebiblioteket for å laste opp',
		noImages: 'Bildebiblioteket har ingen bilder ennå.',
		choose: 'Velg bilde',
		search: 'Søk i bildene',
		searchButton: 'Søk',
		filterHint: 'Skriv for å finne et bilde etter navn eller alternativ tekst.',
		noMatch: 'Ingen bilder passer søket.',
		current: 'Valgt bilde',
		alt: 'Alternativ tekst',
		altHint:
			'Hva bildet viser her, for den som ikke ser det. Står feltet tomt, brukes teksten fra bildebiblioteket.',
		decorative: 'Bildet er bare pynt og trenger ingen alternativ tekst',
		caption: 'Bildetekst',
		credit: 'Fotograf eller opphav',
		creditHint: 'Vises som «Foto: …».',
		focus: 'Fokuspunkt',
		focusHint:
			'Punktet som alltid skal synes når bildet beskjæres i lister. Klikk i bildet, eller skriv inn prosent.',
		focusX: 'Fra venstre (prosent)',
		focusY: 'Ovenfra (prosent)',
		focusPick: 'Klikk i bildet for å velge fokuspunkt',
		save: 'Lagre bildet',
		remove: 'Fjern bildet',
		saved: 'Bildet er lagret.',
		removed: 'Bildet er fjernet.'
	},
	credit: 'Foto: {credit}'
} as const;
