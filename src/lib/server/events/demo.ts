/**
 * Demo events: the programme's own events from its original page, with their real dates
 * (all past; where the page gives no time of day, a plausible one), and upcoming events
 * placed relative to the app's clock when the demo loads, so registration can be tried —
 * one of them small and nearly full. Texts are our own words.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { countyChapters } from '../geo/schema';
import { eventOptions, eventQuestions, events, registrations, type EventType } from './schema';
import { now } from '../clock';
import { osloAt, osloDate } from '$lib/i18n';
import { syncSeatCounts } from './registration/seats';

const NK = 'Norsk kulturskoleråd';
const KS = 'KS';
const UDIR = 'Utdanningsdirektoratet';

interface DemoQuestion {
	kind: 'text' | 'single' | 'multiple' | 'yesno';
	label: string;
	help?: string;
	required?: boolean;
	options?: string[];
}

interface DemoEvent {
	slug: string;
	type: EventType;
	title: string;
	lead: string;
	description: string;
	agenda?: string;
	startsAt: Date;
	endsAt: Date;
	format: 'fysisk' | 'digitalt' | 'hybrid';
	venue?: string;
	address?: string;
	meetingUrl?: string;
	audience: string;
	organisers: string[];
	capacity?: number;
	registrationClosesAt?: Date;
	recordingUrl?: string;
	resources?: string;
	chapter?: string;
	status?: 'draft' | 'published';
	questions?: DemoQuestion[];
	/** Options with their own places (day 1, dinner …); no capacity: no limit. */
	options?: { name: string; capacity?: number }[];
	/** Demo participants (example.no addresses) who already have a seat. */
	taken?: { name: string; email: string; municipality: string; role: string }[];
}

const at = (date: string, time: string) => osloAt(date, time)!;

const pastEvents: DemoEvent[] = [
	{
		slug: 'nettmote-kulturskole-hele-livet',
		type: 'nettmote',
		title: 'Nettmøte: Fremtidens kulturskole – kulturskole hele livet',
		lead: 'Ett år inn i prosjektet inviterte Norsk kulturskoleråd og KS til nettmøte om kulturskolen gjennom hele livsløpet.',
		description: `Prosjektet Fremtidens kulturskole hadde da pågått i omtrent ett år. Nettmøtet handlet om hvordan kulturskolen kan være et tilbud for flere enn barn og unge i alderen 6–19 år, og hva et livsløpsperspektiv betyr for kulturskolens rolle i kommunen.

Møtet ble tatt opp, og opptaket ligger blant ressursene våre.`,
		startsAt: at('2020-09-22', '12:00'),
		endsAt: at('2020-09-22', '13:30'),
		format: 'digitalt',
		audience:
			'Kulturskoleledere, skoleeiere og andre som er opptatt av kulturskolens rolle i kommunen',
		organisers: [NK, KS],
		recordingUrl: '/ressurser/opptak-nettmote-kulturskole-hele-livet-2020'
	},
	{
		slug: 'temamote-fremtidens-kulturskole-desember-2020',
		type: 'temamote',
		title: 'Temamøte om Fremtidens kulturskole',
		lead: 'Et digitalt temamøte om prosjektet Fremtidens kulturskole. Hele 300 deltakere meldte seg på.',
		description: `Norsk kulturskoleråd og KS inviterte til temamøte om Fremtidens kulturskole. Med 300 påmeldte viste møtet at mange i kommune- og kulturskole-Norge er opptatt av hvordan kulturskolen kan bidra i samfunnsutviklingen.

Se opptaket av møtet blant ressursene.`,
		startsAt: at('2020-12-04', '10:00'),
		endsAt: at('2020-12-04', '12:00'),
		format: 'digitalt',
		audience: 'Alle som arbeider med kulturskole og kommunal utvikling',
		organisers: [NK, KS],
		recordingUrl: '/ressurser/opptak-temamote-4-desember-2020'
	},
	{
		slug: 'temamote-innovasjon-i-kulturskolen',
		type: 'temamote',
		title: 'Innovasjon i kulturskolen: Trendy tiltak eller dyd av nødvendighet?',
		lead: 'Temamøte om innovasjon i kulturskolen, med førsteamanuensis Torild Oddane fra NTNU som innleder.',
		description: `KS og Norsk kulturskoleråd inviterte til temamøte om innovasjon i kulturskolen. Innleder var Torild Oddane, førsteamanuensis i organisasjon og ledelse ved Handelshøyskolen i Trondheim (NTNU) og forfatter av boka «Kreativitet og innovasjon – Fem sider av nesten samme sak».

Innovasjon kan oppleves som et krevende moteord, men er et steg på veien mot relevante, bedre og nye tjenester. Målet med møtet var å gjøre innovasjonsarbeid mer tilgjengelig for flere.`,
		startsAt: at('2021-03-03', '12:00'),
		endsAt: at('2021-03-03', '13:30'),
		format: 'digitalt',
		audience: 'Kulturskoleledere, kulturskoleansatte og skoleeiere',
		organisers: [KS, NK],
		recordingUrl: '/ressurser/opptak-temamote-innovasjon-i-kulturskolen-2021'
	},
	{
		slug: 'verksted-for-pilotprosjekt-kulturskole-3-0',
		type: 'verksted',
		title: 'Verksted før pilotprosjektet Kulturskole 3.0',
		lead: 'Et gratis verksted på nett for kommuner som vurderte å delta i pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune».',
		description: `Verkstedet skulle avklare forventningene til deltakelse i pilotprosjektet, og samle kommunenes innspill på hva som ville gi prosjektet verdi og relevans i deres eget arbeid.

Opptaket av verkstedet og en oppsummering av gruppearbeidet ligger blant ressursene.`,
		startsAt: at('2021-03-10', '12:00'),
		endsAt: at('2021-03-10', '14:00'),
		format: 'digitalt',
		audience: 'Kommuner som var interessert i å delta i pilotprosjektet',
		organisers: [KS, NK],
		recordingUrl: '/ressurser/opptak-verksted-for-pilotprosjekt-2021'
	},
	{
		slug: 'webinar-kulturskolen-og-det-kommunale-plansystemet',
		type: 'webinar',
		title: 'Webinar: Kulturskolen og det kommunale plansystemet',
		lead: 'Hvordan finner kulturskolen sin plass i kommunens plansystem? Et webinar fra Norsk kulturskoleråd og KS.',
		description: `For å være en del av det helhetlige kommunale tjenestetilbudet må kulturskolen finne sin plass i det kommunale plansystemet – fra kommuneplanens samfunnsdel til oppvekst-, kultur- og folkehelseplaner. Webinaret så på hvordan det kan gjøres.`,
		startsAt: at('2021-05-28', '12:00'),
		endsAt: at('2021-05-28', '13:30'),
		format: 'digitalt',
		audience: 'Kulturskoleledere, skoleeiere og planleggere i kommunene',
		organisers: [NK, KS],
		registrationClosesAt: at('2021-05-26', '23:59')
	},
	{
		slug: 'forste-samling-pilotprosjektet-2021',
		type: 'samling',
		title: 'Første samling i pilotprosjektet Kulturskole 3.0',
		lead: 'Kommunegruppene i pilotprosjektet møttes for første gang, med vekt på «det store bildet».',
		description: `Den første fysiske samlingen i pilotprosjektet ble holdt i Trondheim i midten av september 2021. Kommunegruppene så på hvordan prosjektet kan forankres i lokale planer og i felles mål for samfunnsutviklingen, og på nasjonale føringer som kan tas med i arbeidet.

Et viktig spørsmål var hvem som skal sitte rundt bordet når man samskaper om et fokusområde – og hvorfor akkurat de.

Etter samlingen fulgte mellomarbeid i kommunene fram til neste samling.`,
		startsAt: at('2021-09-15', '10:00'),
		endsAt: at('2021-09-16', '15:00'),
		format: 'fysisk',
		venue: 'Trondheim',
		address: 'Trondheim',
		audience: 'Kommunegruppene i pilotprosjektet',
		organisers: [KS, NK]
	},
	{
		slug: 'andre-samling-pilotprosjektet-2021',
		type: 'samling',
		title: 'Andre samling i pilotprosjektet Kulturskole 3.0',
		lead: 'Kommunegruppene fra deltakerkommunene samlet seg i Trondheim for andre gang, med samskaping, prosessarbeid og aksjonslæring på programmet.',
		description: `Første dag var for koordinatorene og co-koordinatorene fra kommunene. Målet var å skape eierskap og samhandle rundt program, arbeidsmåter og mål for dag to.

På dag to deltok rundt 55 personer, i kommunegrupper fra seks til ett medlem. Deltakerne delte erfaringer fra arbeidet så langt og staket ut kursen videre. Det var også faglige innslag om lærende organisasjoner, prosessledelse og verktøy som kan brukes lokalt.`,
		agenda: `**Dag 1:** Koordinatorer og co-koordinatorer – samskaping, prosessarbeid og aksjonslæring

**Dag 2:** Hele kommunegruppene – erfaringsdeling, veien videre og faglige innslag`,
		startsAt: at('2021-11-24', '10:00'),
		endsAt: at('2021-11-25', '15:00'),
		format: 'fysisk',
		venue: 'Trondheim',
		address: 'Trondheim',
		audience: 'Kommunegruppene i pilotprosjektet',
		organisers: [KS, NK]
	},
	{
		slug: 'tredje-samling-pilotprosjektet-2022',
		type: 'samling',
		title: 'Tredje samling i pilotprosjektet Kulturskole 3.0',
		lead: 'Kommunegruppene møttes igjen etter nok en periode med mellomarbeid i egen kommune.',
		description: `Samlingen ble holdt første uka i februar 2022. Mellom samlingene planla og gjennomførte kommunegruppene neste runde med mellomarbeid hjemme, etter aksjonslæringens syklus: planlegge, handle, observere og reflektere.`,
		startsAt: at('2022-02-02', '10:00'),
		endsAt: at('2022-02-03', '15:00'),
		format: 'fysisk',
		venue: 'Trondheim',
		address: 'Trondheim',
		audience: 'Kommunegruppene i pilotprosjektet',
		organisers: [KS, NK]
	},
	{
		slug: 'temasamling-samskaping-i-praksis',
		type: 'temamote',
		title: 'Temasamling på nett: Samskaping i praksis – hva kan det være?',
		lead: 'Erfaringer fra prosjektet «Biblioteket som samskaper», med innlegg fra Gjesdal og Vestre Toten kommune.',
		description: `Samskaping går igjen når vi snakker om gode tjenester og gode lokalsamfunn. På denne digitale temasamlingen delte prosjektet «Biblioteket som samskaper» sine erfaringer: formålet, hva de la i begrepet, og startpakka for samskaping med praktiske tips og verktøy.

Gjesdal kommune fortalte om samskaping med ungdom, og Vestre Toten kommune om hva samskaping krever av lederne. Deltakerne fikk også snakke sammen om egen relevans og nytte.

Samlingen var først og fremst for deltakerkommunene i Fremtidens kulturskole, men også andre var velkomne.`,
		startsAt: at('2022-04-06', '12:00'),
		endsAt: at('2022-04-06', '14:00'),
		format: 'digitalt',
		audience: 'Deltakerkommunene i Fremtidens kulturskole, og andre som er interessert',
		organisers: [NK, KS],
		registrationClosesAt: at('2022-04-01', '23:59')
	},
	{
		slug: 'milepaelsarrangement-oslo-2023',
		type: 'konferanse',
		title: 'Milepælsarrangement: Viktig skritt mot fremtidens kulturskole',
		lead: 'Erfaringene fra pilotprosjektet ble delt i Oslo – og blikket rettet framover.',
		description: `På milepælsarrangementet i Oslo delte Norsk kulturskoleråd og KS erfaringer og lærdom fra prosjektarbeidet så langt. Så så deltakerne framover: Hva har vært så lurt at vi tar det med videre?

Arrangementet var starten på arbeidet med å ta erfaringene videre i regionale program.`,
		startsAt: at('2023-01-26', '10:00'),
		endsAt: at('2023-01-26', '15:30'),
		format: 'fysisk',
		venue: 'Oslo',
		address: 'Oslo',
		audience: 'Pilotkommunene, fylkesavdelingene og andre samarbeidspartnere',
		organisers: [NK, KS]
	},
	{
		slug: 'nasjonalt-dialogseminar-2023',
		type: 'seminar',
		title: 'Nasjonalt dialogseminar 2023',
		lead: 'Utdanningsdirektoratet, KS og Norsk kulturskoleråd samlet kultur- og oppvekstsektoren til dialog om samarbeid og utvikling.',
		description: `Seminaret handlet om samhandling og utviklingsarbeid i kultur- og oppvekstsektoren. Opptaket, forberedelsene og dialogspørsmålene kan brukes videre i enkeltkommuner, på regionale samlinger og andre steder der temaet står på programmet.`,
		startsAt: at('2023-04-18', '10:00'),
		endsAt: at('2023-04-18', '15:00'),
		format: 'fysisk',
		venue: 'Oslo',
		address: 'Oslo',
		audience: 'Kulturskoleledere, skoleledere, kommunalsjefer og nasjonale organisasjoner',
		organisers: [UDIR, KS, NK],
		recordingUrl: '/ressurser/opptak-nasjonalt-dialogseminar-2023',
		resources:
			'Forberedelser og dialogspørsmål finner du sammen med opptaket på [ressurssiden](/ressurser/opptak-nasjonalt-dialogseminar-2023).'
	},
	{
		slug: 'nasjonalt-dialogseminar-2024',
		type: 'seminar',
		title:
			'Nasjonalt dialogseminar: Kunst og kultur i arbeid med styrket læringsmiljø og gode oppvekstmiljø',
		lead: 'Hvordan kan samarbeid med frivillig sektor og andre lokale aktører gi bedre skole, bedre kulturskole og bedre oppvekst?',
		description: `Dialogseminaret fulgte opp seminaret året før. Inngangen var arbeidet med Fremtidens kulturskole og oppfølgingen av Meld. St. 18 (2020–2021) «Oppleve, skape, dele – Kunst og kultur for, med og av barn og unge».

Et sentralt spørsmål var hvordan et mer helhetlig samarbeid og sterkere samhandling med frivillig sektor og andre lokale aktører kan gi bedre skole, bedre kulturskole og bedre oppvekst.`,
		startsAt: at('2024-04-29', '10:00'),
		endsAt: at('2024-04-29', '15:00'),
		format: 'fysisk',
		venue: 'Oslo',
		address: 'Oslo',
		audience:
			'Kulturskoleledere, ledere i grunnskolen, kommunalsjefer og virksomhetsledere i oppvekst- og kultursektoren, og nasjonale organisasjoner på kulturfeltet og i frivilligheten',
		organisers: [NK, KS, UDIR],
		recordingUrl: '/ressurser/opptak-nasjonalt-dialogseminar-2024'
	}
];

/** Upcoming events, relative to the clock when the demo loads. */
function upcomingEvents(today: Date): DemoEvent[] {
	const DAY = 24 * 60 * 60_000;
	/** The first Monday–Thursday from n days on, outside Christmas and New Year. */
	const workday = (n: number) => {
		for (let k = n; ; k++) {
			const iso = osloDate(new Date(today.getTime() + k * DAY));
			const [, month, date] = iso.split('-').map(Number);
			const weekday = new Date(`${iso}T12:00:00Z`).getUTCDay();
			const holiday = (month === 12 && date >= 20) || (month === 1 && date <= 3);
			if (weekday >= 1 && weekday <= 4 && !holiday) return k;
		}
	};
	const day = (n: number, time: string) => at(osloDate(new Date(today.getTime() + n * DAY)), time);
	const [w1, w2, w3, w4, w5, w6] = [5, 10, 21, 35, 60, 80].map(workday);
	return [
		{
			slug: 'nettmote-kulturskole-for-alle',
			type: 'nettmote',
			title: 'Nettmøte: Kulturskole for alle – inkludering i praksis',
			lead: 'Hvordan når kulturskolen barn og unge som ikke er der i dag? Tre kommuner deler erfaringer.',
			description: `Kulturskolen skal være for alle, uansett kjønn, bakgrunn, økonomi eller hvor man bor. I dette nettmøtet forteller tre kommuner hva de har gjort for å senke tersklene, og hvilke samarbeidspartnere som har vært viktige.

Det blir god tid til spørsmål.`,
			agenda: `- 14.00 Velkommen
- 14.05 Tre kommuner forteller
- 14.40 Spørsmål og samtale
- 15.00 Slutt`,
			startsAt: day(w1, '14:00'),
			endsAt: day(w1, '15:00'),
			format: 'digitalt',
			meetingUrl: 'https://zoom.us/j/1234567890',
			audience: 'Kulturskoleledere og kulturskoleansatte',
			organisers: [NK, KS],
			capacity: 100,
			registrationClosesAt: day(w1 - 1, '12:00'),
			questions: [
				{
					kind: 'text',
					label: 'Er det noe du vil at vi tar opp?',
					help: 'Vi samler spørsmålene og tar dem opp i samtalen.'
				}
			]
		},
		{
			slug: 'verksted-samskaping-med-barnehage-og-skole',
			type: 'verksted',
			title: 'Verksted: Samskaping med barnehage og skole',
			lead: 'Et lite verksted for kommunegrupper i Vestland som vil prøve ut samskaping i helhetlig oppvekst.',
			description: `Vi jobber praktisk med et eget eksempel fra kommunen: hvem eier utfordringen, hvem bør sitte rundt bordet, og hva kan kulturskolen bidra med i samarbeidet med barnehage, skole og SFO?

Verkstedet har få plasser, slik at alle får jobbe aktivt.`,
			startsAt: day(w2, '09:30'),
			endsAt: day(w2, '15:00'),
			format: 'fysisk',
			venue: 'Bergen offentlige bibliotek',
			address: 'Strømgaten 6, 5015 Bergen',
			audience: 'Kommunegrupper i Vestland',
			organisers: [`${NK} Vestland`],
			capacity: 6,
			registrationClosesAt: day(w2 - 3, '23:59'),
			chapter: 'vestland',
			questions: [
				{
					kind: 'yesno',
					label: 'Vil du presentere et eksempel fra din kommune?',
					required: true
				}
			],
			taken: [
				{
					name: 'Ingrid Haugland',
					email: 'ingrid.haugland@example.no',
					municipality: '4601',
					role: 'kulturskoleleder'
				},
				{
					name: 'Ola Nesheim',
					email: 'ola.nesheim@example.no',
					municipality: '4614',
					role: 'skoleeier'
				},
				{
					name: 'Kari Fjeldstad',
					email: 'kari.fjeldstad@example.no',
					municipality: '4647',
					role: 'kulturskoleansatt'
				},
				{
					name: 'Per Lunde',
					email: 'per.lunde@example.no',
					municipality: '4618',
					role: 'kulturskoleleder'
				},
				{
					name: 'Siri Berge',
					email: 'siri.berge@example.no',
					municipality: '4638',
					role: 'skoleleder'
				}
			]
		},
		{
			slug: 'webinar-kulturskolen-i-kommuneplanen',
			type: 'webinar',
			title: 'Webinar: Kulturskolen i kommuneplanen – hvordan komme med?',
			lead: 'Praktiske råd om hvordan kulturskolen kan bli en del av kommuneplanens samfunnsdel og oppvekstplanen.',
			description: `Kulturskolen blir lettere en del av kommunens helhetlige tjenestetilbud når den står i planene. Webinaret gir konkrete råd om planprosesser, høringer og hvem kulturskolen bør snakke med.`,
			startsAt: day(w3, '12:00'),
			endsAt: day(w3, '13:30'),
			format: 'digitalt',
			meetingUrl: 'https://zoom.us/j/9876543210',
			audience: 'Kulturskoleledere, skoleeiere og planleggere',
			organisers: [NK, KS],
			registrationClosesAt: day(w3 - 2, '23:59'),
			questions: [
				{
					kind: 'single',
					label: 'Hvor står kulturskolen i planene hos dere i dag?',
					required: true,
					options: [
						'Den er nevnt i kommuneplanens samfunnsdel',
						'Den er med i oppvekst- eller kulturplanen',
						'Den er ikke nevnt i planene',
						'Vet ikke'
					]
				},
				{
					kind: 'multiple',
					label: 'Hvilke planer jobber dere med nå?',
					options: ['Kommuneplanens samfunnsdel', 'Oppvekstplan', 'Kulturplan', 'Folkehelseplan']
				}
			]
		},
		{
			slug: 'regional-oppstartssamling-trondelag',
			type: 'samling',
			title: 'Oppstartssamling for regionalt program i Trøndelag',
			lead: 'Kommunegruppene i det regionale programmet møtes for å starte arbeidet med fremtidsbildene.',
			description: `Samlingen er starten på det regionale programmet i Trøndelag. Vi blir kjent med modellen med målbilde, nåbilde og gapet, og planlegger det første mellomarbeidet i kommunene.

Kommunegruppen bør minst bestå av en representant for skoleeier, kulturskolelederen, en annen ansatt i kulturskolen og en person fra en annen kommunal sektor.`,
			agenda: `**Dag 1**

- 10.00 Velkommen og presentasjon av kommunene
- 11.00 Fremtidsbilder: målbilde, nåbilde og gapet
- 13.00 Arbeid i kommunegruppene
- 16.00 Oppsummering

**Dag 2**

- 09.00 Aksjonslæring: planlegge, handle, observere, reflektere
- 12.30 Plan for mellomarbeidet
- 15.00 Slutt`,
			startsAt: day(w4, '10:00'),
			endsAt: day(w4 + 1, '15:00'),
			format: 'fysisk',
			venue: 'Scandic Lerkendal',
			address: 'Klæbuveien 127, 7031 Trondheim',
			audience: 'Kommunegruppene i det regionale programmet i Trøndelag',
			organisers: [`${NK} Trøndelag`, KS],
			capacity: 60,
			options: [
				{ name: 'Dag 1' },
				{ name: 'Dag 2' },
				{ name: 'Middag dag 1', capacity: 45 },
				{ name: 'Overnatting', capacity: 30 }
			],
			registrationClosesAt: day(w4 - 10, '23:59'),
			chapter: 'trondelag',
			questions: [
				{
					kind: 'single',
					label: 'Hvilke dager deltar du?',
					required: true,
					options: ['Begge dagene', 'Bare dag 1', 'Bare dag 2']
				},
				{ kind: 'yesno', label: 'Trenger du overnatting fra dag 1 til dag 2?', required: true }
			]
		},
		{
			slug: 'nasjonalt-dialogseminar-kulturskolen-i-oppveksten',
			type: 'seminar',
			title: 'Nasjonalt dialogseminar: Kulturskolen i helhetlig oppvekst',
			lead: 'Norsk kulturskoleråd, KS og Utdanningsdirektoratet inviterer til nytt dialogseminar om samarbeid mellom kultur- og oppvekstsektoren.',
			description: `Seminaret bygger videre på de nasjonale dialogseminarene i 2023 og 2024. Hvordan kan barnehage, skole, SFO og kulturskole fungere som ett økosystem rundt barna – og hva er kulturskolens særlige bidrag?

Seminaret blir tatt opp.`,
			startsAt: day(w5, '10:00'),
			endsAt: day(w5, '15:30'),
			format: 'fysisk',
			venue: 'Oslo kongressenter',
			address: 'Youngs gate 21, 0181 Oslo',
			audience: 'Kulturskoleledere, skoleledere, kommunalsjefer og nasjonale organisasjoner',
			organisers: [NK, KS, UDIR],
			capacity: 150,
			registrationClosesAt: day(w5 - 10, '23:59')
		},
		{
			slug: 'verksted-livslopsperspektivet',
			type: 'verksted',
			title: 'Verksted: Livsløpsperspektivet i kulturskolen',
			lead: 'Brukerreiser og dialogkafé: hvordan kan kulturskolen bli et tilbud hele livet?',
			description: `Utkast – programmet er ikke ferdig.`,
			startsAt: day(w6, '10:00'),
			endsAt: day(w6, '15:00'),
			format: 'digitalt',
			audience: 'Kulturskoleledere',
			organisers: [NK],
			status: 'draft'
		}
	];
}

/** The events; with `people` (the default) also the fictional people registered for some. */
export async function loadEventsDemo(
	tx: Tx,
	{ people = true }: { people?: boolean } = {}
): Promise<void> {
	const today = now();
	const chapters = new Map(
		(await tx.select().from(countyChapters)).map((c) => [c.slug, c.id] as const)
	);
	for (const e of [...pastEvents, ...upcomingEvents(today)]) {
		const status = e.status ?? 'published';
		const [row] = await tx
			.insert(events)
			.values({
				slug: e.slug,
				type: e.type,
				title: e.title,
				lead: e.lead,
				description: e.description,
				agenda: e.agenda ?? '',
				startsAt: e.startsAt,
				endsAt: e.endsAt,
				format: e.format,
				venue: e.venue ?? '',
				address: e.address ?? '',
				meetingUrl: e.meetingUrl ?? null,
				audience: e.audience,
				organisers: e.organisers,
				capacity: e.capacity ?? null,
				registrationClosesAt: e.registrationClosesAt ?? null,
				recordingUrl: e.recordingUrl ?? null,
				resources: e.resources ?? '',
				chapterId: e.chapter ? (chapters.get(e.chapter) ?? null) : null,
				status,
				publishedAt: status === 'published' ? today : null,
				// Past events are done: no reminders or follow-ups for them.
				followUpSentAt: e.endsAt < today ? today : null,
				createdAt: today,
				updatedAt: today
			})
			.returning({ id: events.id });
		if (e.questions?.length)
			await tx.insert(eventQuestions).values(
				e.questions.map((q, position) => ({
					eventId: row.id,
					position,
					kind: q.kind,
					label: q.label,
					help: q.help ?? '',
					required: q.required ?? false,
					options: q.options ?? []
				}))
			);
		if (e.options?.length)
			await tx.insert(eventOptions).values(
				e.options.map((o, position) => ({
					eventId: row.id,
					position,
					name: o.name,
					capacity: o.capacity ?? null
				}))
			);
		if (people && e.taken?.length) {
			const [question] = await tx
				.select({ id: eventQuestions.id })
				.from(eventQuestions)
				.where(eq(eventQuestions.eventId, row.id));
			await tx.insert(registrations).values(
				e.taken.map((p, i) => ({
					eventId: row.id,
					status: 'confirmed' as const,
					name: p.name,
					email: p.email,
					municipalityNumber: p.municipality,
					countyNumber: p.municipality.slice(0, 2),
					role: p.role,
					answers: question ? { [String(question.id)]: i % 2 ? 'nei' : 'ja' } : {},
					registeredAt: today,
					confirmedAt: today,
					updatedAt: today
				}))
			);
			await syncSeatCounts(tx, row.id);
		}
	}
}
