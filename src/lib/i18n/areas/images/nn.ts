import type { Shape } from '../../define';
import type { images as imagesNb } from './nb';

/** Images: the media library, an item's main image, and how pages show them: nynorsk. */
export const images: Shape<typeof imagesNb> = {
	problems: {
		notImage: 'Fila er ikkje eit bilete. Last opp PNG, JPEG, GIF eller WebP.',
		unreadable: 'Biletet kan ikkje lesast. Prøv å lagre det på nytt som JPEG eller PNG.',
		tooManyPixels:
			'Biletet har for mange pikslar (høgst {max} megapikslar). Gjer det mindre og prøv igjen.',
		altRequired:
			'Skriv ein alternativ tekst som seier kva biletet viser, eller kryss av for at biletet berre er pynt',
		tooLong: 'Teksten kan vere høgst {max} teikn',
		notFound: 'Biletet finst ikkje. Det kan vere sletta.',
		itemNotFound: 'Fann ikkje innhaldet biletet skal høyre til. Det kan vere sletta.',
		choose: 'Vel eit bilete frå biletbiblioteket',
		focus: 'Skriv eit heilt tal frå 0 til 100'
	},
	audit: {
		uploaded: 'Lasta opp biletet {name} ({width} × {height} pikslar)',
		altChanged: 'Endra den alternative teksten til biletet {name}',
		replaced: 'Bytte ut biletet {name} (same adresse)',
		mainImageSet: 'Valde hovudbilete for «{title}»',
		mainImageRemoved: 'Fjerna hovudbiletet frå «{title}»'
	},
	usedEvent: 'Arrangement',
	usedStory: 'Erfaringshistorie',
	library: {
		title: 'Bilete',
		intro:
			'Bileta blir lasta opp her og valde som hovudbilete i nyhende, sider, ressursar, arrangement og erfaringshistorier. Kvart bilete blir lagra i fleire storleikar, og metadata som GPS-posisjon blir fjerna.',
		upload: 'Last opp bilete',
		file: 'Biletfil',
		fileHint: 'PNG, JPEG, GIF eller WebP, høgst 25 MB og 40 megapikslar.',
		alt: 'Alternativ tekst',
		altHint:
			'Kva biletet viser, for den som ikkje ser det. Blir føreslått når biletet blir brukt, og kan endrast der.',
		uploadButton: 'Last opp',
		uploaded: 'Biletet {name} er lasta opp.',
		filter: 'Finn bilete',
		search: 'Søk i namn og alternativ tekst',
		caption: 'Bileta i biblioteket',
		none: 'Fann ingen bilete.',
		unused: 'Ikkje i bruk',
		usedOne: 'Brukt på 1 stad',
		usedMany: 'Brukt på {count} stader',
		noAlt: 'Manglar alternativ tekst',
		size: '{width} × {height} pikslar',
		edit: 'Rediger',
		editHidden: 'biletet {name}',
		all: 'Alle bilete',
		detail: 'Bilete: {name}',
		saveAlt: 'Lagre teksten',
		altSaved: 'Den alternative teksten er lagra.',
		replace: 'Byt ut fila',
		replaceHint:
			'Den nye fila får same adresse, og alle sider som brukar biletet, viser det nye med ein gong.',
		replaceButton: 'Byt ut',
		replaced: 'Fila er bytt ut. Adressa er den same.',
		uses: 'Kvar biletet er brukt',
		original: 'Opne originalen',
		address: 'Adresse'
	},
	panel: {
		title: 'Hovudbilete',
		intro:
			'Blir vist øvst, i lister og når innhaldet blir delt i sosiale medium. Bileta kjem frå biletbiblioteket.',
		library: 'Gå til biletbiblioteket for å laste opp',
		noImages: 'Biletbiblioteket har ingen bilete enno.',
		choose: 'Vel bilete',
		search: 'Søk i bileta',
		searchButton: 'Søk',
		filterHint: 'Skriv for å finne eit bilete etter namn eller alternativ tekst.',
		noMatch: 'Ingen bilete passar søket.',
		current: 'Valt bilete',
		alt: 'Alternativ tekst',
		altHint:
			'Kva biletet viser her, for den som ikkje ser det. Står feltet tomt, blir teksten frå biletbiblioteket brukt.',
		decorative: 'Biletet er berre pynt og treng ingen alternativ tekst',
		caption: 'Bilettekst',
		credit: 'Fotograf eller opphav',
		creditHint: 'Blir vist som «Foto: …».',
		focus: 'Fokuspunkt',
		focusHint:
			'Punktet som alltid skal synast når biletet blir skore til i lister. Klikk i biletet, eller skriv inn prosent.',
		focusX: 'Frå venstre (prosent)',
		focusY: 'Ovanfrå (prosent)',
		focusPick: 'Klikk i biletet for å velje fokuspunkt',
		save: 'Lagre biletet',
		remove: 'Fjern biletet',
		saved: 'Biletet er lagra.',
		removed: 'Biletet er fjerna.'
	},
	credit: 'Foto: {credit}'
};
