/**
 * Demo content for the fremtidsbilde tool: the statements of the goal catalogue, and two pilot
 * municipalities (Bodø and Inderøy) with a whole fremtidsbilde – group, goals, target pictures,
 * two assessment rounds, gap, actions, learning log – so the tool can be seen right after
 * `npm start`. The demo members have no password (they sign in with a one-time link, which an
 * admin can read in the outbox); no admin is ever created here. Dates are relative to the day
 * the demo is loaded, so the rounds look recent.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { municipalityMembers, users } from '../accounts/schema';
import {
	actionIndicators,
	actions,
	goalStatements,
	indicatorValues,
	indicators,
	goals,
	localPlans,
	logEntries,
	logEntryActions,
	ratings,
	responses,
	roundConclusions,
	roundStatements,
	rounds,
	stakeholders,
	stories,
	workspaceGoals,
	workspaces
} from './schema';
import { aggregateRound, type Rating } from './aggregation';
import type { GroupRole, PartnerSector } from '$lib/forms/fremtidsbilde';
import { now } from '../clock';

/** Statements per goal (by slug) that members rate from 1 to 5. */
export const demoStatements: Record<string, string[]> = {
	'gode-liv-og-god-oppvekst': [
		'Kulturskolen er med når kommunen planlegger tiltak for barn og unges oppvekst.',
		'Barn og unge som trenger det mest, får et tilbud i kulturskolen.',
		'Kulturskolen samarbeider tett med andre tjenester for barn og familier.',
		'Det kulturskolen bidrar med for barns oppvekst, er kjent i kommunen.'
	],
	'helhetlig-oppvekst-og-godt-laeringsmiljo': [
		'Kulturskolen, skolen, barnehagen og SFO planlegger deler av arbeidet sammen.',
		'Kulturskolelærernes kompetanse brukes også i barnehage, skole og SFO.',
		'Skoleeier ser kulturskolen som en del av oppvekstsektoren.',
		'Elevene opplever sammenheng mellom kulturskolen og skolen.'
	],
	'inkludering-og-mindre-utenforskap': [
		'Kulturskolen vet hvilke barn og unge som ikke deltar i dag, og hvorfor.',
		'Pris, venteliste og påmelding hindrer ikke barn i å delta.',
		'Kulturskolen samarbeider med tjenester som møter familier i utenforskap, som NAV, barnevernet og flyktningtjenesten.',
		'Tilbudet speiler mangfoldet av kulturer og uttrykk i kommunen.'
	],
	'folkehelse-og-livskvalitet': [
		'Kulturskolen er omtalt i kommunens folkehelseplan.',
		'Kulturskolen samarbeider med helsetjenesten om tilbud som gir mestring og tilhørighet.',
		'Kommunen bruker kunst og kultur bevisst i folkehelsearbeidet.'
	],
	'hele-livet': [
		'Kulturskolen har tilbud for småbarn og familier.',
		'Voksne og eldre har tilbud i eller gjennom kulturskolen.',
		'Kommunen vet hvilke aldersgrupper som mangler et kulturtilbud.'
	],
	'bo-og-livslyst': [
		'Kulturskolen samarbeider med frivillige lag og foreninger, som korps og kor.',
		'Kulturskolens elever er synlige i lokalsamfunnet gjennom hele året.',
		'Kulturskolen regnes som en grunn til å bo og bli boende i kommunen.'
	],
	'demokrati-og-medvirkning': [
		'Barn og unge er med og bestemmer hva kulturskolen tilbyr.',
		'Kulturskolen bruker ungdomsråd, dialogkafeer eller lignende for å lytte til innbyggerne.',
		'Politikerne kjenner kulturskolens arbeid og mål.'
	],
	baerekraft: [
		'Kulturskolen samarbeider på tvers av sektorer om langsiktige løsninger.',
		'Kulturskolens mål er knyttet til kommunens arbeid med bærekraftsmålene.',
		'Samarbeidene kulturskolen er med i, varer lenger enn enkeltprosjekter.'
	]
};

interface DemoMember {
	name: string;
	email: string;
	organisation: string;
	role: 'koordinator' | 'medlem';
	groupRole: GroupRole;
	sector?: string;
	/** How this person tends to rate compared with the group (−1, 0, +1). */
	lean: number;
}

interface DemoGoal {
	slug: string;
	targetLevel: number;
	targetPicture: string;
	signs: string[];
	gap: string;
	/** The group's level in round 1 and round 2. */
	levels: [number, number];
	narratives: [string, string];
	stakeholders: { actor: string; role: 'eier' | 'ved_bordet' | 'bidrar'; involved: boolean }[];
}

interface DemoAction {
	goal: string;
	title: string;
	description: string;
	responsible: number;
	partners: string;
	partnerSectors: PartnerSector[];
	/** Days from the load day (negative: in the past). */
	start: number;
	end: number;
	status: 'planlagt' | 'i_gang' | 'fullfort' | 'avbrutt';
	gapAnswered: string;
}

interface DemoIndicator {
	goal: string;
	/** One of the goal's signs, word for word. */
	sign: string;
	name: string;
	kind: 'antall' | 'prosent';
	unit: string;
	baseline: { value: number; daysAgo: number };
	target: { value: number; inDays: number };
	values: { value: number; daysAgo: number; note: string; author: number }[];
	/** The actions (their place in the list) meant to move it. */
	actions: number[];
}

interface DemoLog {
	cycle: number;
	phase: 'plan' | 'handling' | 'observasjon' | 'refleksjon';
	daysAgo: number;
	author: number;
	text: string;
	actions: number[];
}

interface DemoMunicipality {
	number: string;
	focusArea: string;
	members: DemoMember[];
	plans: {
		name: string;
		kind: 'samfunnsdel' | 'oppvekstplan' | 'kulturplan' | 'folkehelseplan' | 'annen';
		url?: string;
	}[];
	goals: DemoGoal[];
	actions: DemoAction[];
	log: DemoLog[];
	indicators?: DemoIndicator[];
	story?: { slug: string; title: string; body: string };
	shared: boolean;
}

const bodo: DemoMunicipality = {
	number: '1804',
	focusArea: 'Kulturskolen som ressurssenter for barn og unge som står utenfor fritidsaktiviteter',
	shared: true,
	members: [
		{
			name: 'Kari Nordvik',
			email: 'kari.nordvik@bodo.kommune.example',
			organisation: 'Bodø kulturskole',
			role: 'koordinator',
			groupRole: 'kulturskoleleder',
			lean: 0
		},
		{
			name: 'Ola Hansen',
			email: 'ola.hansen@bodo.kommune.example',
			organisation: 'Bodø kommune, oppvekst og kultur',
			role: 'medlem',
			groupRole: 'skoleeier',
			lean: 1
		},
		{
			name: 'Marte Solberg',
			email: 'marte.solberg@bodo.kommune.example',
			organisation: 'Bodø kulturskole',
			role: 'medlem',
			groupRole: 'pedagogisk',
			lean: -1
		},
		{
			name: 'Jonas Berg',
			email: 'jonas.berg@bodo.kommune.example',
			organisation: 'Bodø kommune, folkehelse',
			role: 'medlem',
			groupRole: 'annen_sektor',
			sector: 'Helse',
			lean: 0
		},
		{
			name: 'Ingrid Pettersen',
			email: 'ingrid.pettersen@bodo.kommune.example',
			organisation: 'Bodø bystyre',
			role: 'medlem',
			groupRole: 'politiker',
			lean: 1
		}
	],
	plans: [
		{
			name: 'Kommuneplanens samfunnsdel 2020–2032',
			kind: 'samfunnsdel',
			url: 'https://bodo.kommune.no/'
		},
		{ name: 'Folkehelseplan', kind: 'folkehelseplan' },
		{ name: 'Plan for kunst og kultur', kind: 'kulturplan' }
	],
	goals: [
		{
			slug: 'inkludering-og-mindre-utenforskap',
			targetLevel: 5,
			targetPicture:
				'Alle barn og unge i Bodø som ønsker det, har et kunst- og kulturtilbud, uansett familiens økonomi eller bakgrunn. Kulturskolen kjenner barna som ikke deltar, og har sammen med NAV, barnevernet og flyktningtjenesten laget veier inn som familiene faktisk bruker.\n\nKulturskolen er en selvfølgelig samarbeidspartner når kommunen arbeider mot utenforskap.',
			signs: [
				'Andelen elever fra lavinntektsfamilier øker hvert år',
				'NAV og barnevernet henviser familier til kulturskolen',
				'Ingen står på venteliste lenger enn ett semester'
			],
			gap: 'Vi mangler kunnskap om hvem som ikke deltar, og samarbeidet med NAV og barnevernet er personavhengig. Friplasser finnes, men få vet om dem. Vi må få faste samarbeidsavtaler og en enklere vei inn.',
			levels: [2, 3],
			narratives: [
				'Gruppen var enig om at vi vet for lite om hvem som ikke deltar. Spredningen var stor på spørsmålet om pris og venteliste.',
				'Samarbeidet med flyktningtjenesten har gitt resultater, og gruppen flyttet seg ett nivå. Venteliste er fortsatt et hinder.'
			],
			stakeholders: [
				{ actor: 'NAV', role: 'ved_bordet', involved: true },
				{ actor: 'Barnevernet', role: 'ved_bordet', involved: false },
				{ actor: 'Flyktningtjenesten', role: 'bidrar', involved: true },
				{ actor: 'Oppvekst og kultur (skoleeier)', role: 'eier', involved: true }
			]
		},
		{
			slug: 'folkehelse-og-livskvalitet',
			targetLevel: 4,
			targetPicture:
				'Kulturskolen er en del av kommunens folkehelsearbeid. Sammen med helsetjenesten gir vi tilbud der unge opplever mestring og tilhørighet, og folkehelseplanen sier hva kulturskolen bidrar med.',
			signs: [
				'Kulturskolen er nevnt med egne tiltak i folkehelseplanen',
				'Helsesykepleiere kjenner kulturskolens lavterskeltilbud'
			],
			gap: 'Kulturskolen er ikke nevnt i dagens folkehelseplan, og helsetjenesten kjenner lite til tilbudet. Vi trenger en felles arena og en plass i neste revisjon av planen.',
			levels: [2, 2],
			narratives: [
				'Lite samarbeid med helsetjenesten i dag, men stor vilje i gruppen.',
				'Uendret nivå. Pilotgruppen med helsestasjon for ungdom har startet, men det er for tidlig å se virkning.'
			],
			stakeholders: [
				{ actor: 'Helsestasjon for ungdom', role: 'ved_bordet', involved: true },
				{ actor: 'Folkehelsekoordinator', role: 'eier', involved: true },
				{ actor: 'Frivilligsentralen', role: 'bidrar', involved: false }
			]
		}
	],
	actions: [
		{
			goal: 'inkludering-og-mindre-utenforskap',
			title: 'Samarbeidsavtale med NAV om kulturplasser',
			description:
				'Skriftlig avtale der NAV-veiledere kan tilby familier en plass i kulturskolen uten venteliste.',
			responsible: 0,
			partners: 'NAV Bodø',
			partnerSectors: ['nav'],
			start: -200,
			end: -60,
			status: 'fullfort',
			gapAnswered: 'Samarbeidet med NAV er personavhengig'
		},
		{
			goal: 'inkludering-og-mindre-utenforskap',
			title: 'Åpent verksted på introduksjonssenteret',
			description:
				'Ukentlig musikk- og kunstverksted for barn av nyankomne familier, ledet av to kulturskolelærere.',
			responsible: 2,
			partners: 'Flyktningtjenesten, introduksjonssenteret',
			partnerSectors: ['helse'],
			start: -120,
			end: 90,
			status: 'i_gang',
			gapAnswered: 'Vi når ikke familier som er nye i kommunen'
		},
		{
			goal: 'inkludering-og-mindre-utenforskap',
			title: 'Kartlegging av hvem som ikke deltar',
			description:
				'Sammenstille elevtall med data fra skolene for å se hvilke grupper som mangler.',
			responsible: 1,
			partners: 'Skolene, analyseavdelingen',
			partnerSectors: ['skole'],
			start: 30,
			end: 150,
			status: 'planlagt',
			gapAnswered: 'Vi vet for lite om hvem som ikke deltar'
		},
		{
			goal: 'folkehelse-og-livskvalitet',
			title: 'Kor og band på helsestasjon for ungdom',
			description:
				'Lavterskel samspill én ettermiddag i uka, der helsesykepleier kan henvise ungdom.',
			responsible: 3,
			partners: 'Helsestasjon for ungdom',
			partnerSectors: ['helse'],
			start: -40,
			end: 120,
			status: 'i_gang',
			gapAnswered: 'Helsetjenesten kjenner lite til kulturskolen'
		}
	],
	indicators: [
		{
			goal: 'inkludering-og-mindre-utenforskap',
			sign: 'Andelen elever fra lavinntektsfamilier øker hvert år',
			name: 'Andel av kulturskolens elever som kommer fra lavinntektsfamilier',
			kind: 'prosent',
			unit: '',
			baseline: { value: 6, daysAgo: 210 },
			target: { value: 15, inDays: 700 },
			values: [
				{ value: 7.5, daysAgo: 120, note: 'Telling ved semesterstart', author: 1 },
				{ value: 9.2, daysAgo: 30, note: 'Etter avtalen med NAV', author: 0 }
			],
			actions: [0, 1]
		},
		{
			goal: 'inkludering-og-mindre-utenforskap',
			sign: 'Ingen står på venteliste lenger enn ett semester',
			name: 'Barn som har stått på venteliste i mer enn ett semester',
			kind: 'antall',
			unit: 'barn',
			baseline: { value: 48, daysAgo: 210 },
			target: { value: 0, inDays: 500 },
			values: [
				{ value: 41, daysAgo: 120, note: '', author: 0 },
				{ value: 35, daysAgo: 30, note: '', author: 0 }
			],
			actions: [2]
		}
	],
	log: [
		{
			cycle: 1,
			phase: 'plan',
			daysAgo: 210,
			author: 0,
			text: 'På samlingen bestemte vi å starte med NAV-avtalen, fordi NAV allerede møter familiene vi ikke når.',
			actions: [0]
		},
		{
			cycle: 1,
			phase: 'handling',
			daysAgo: 170,
			author: 1,
			text: 'Møte med NAV-leder og to veiledere. Avtaleutkast sendt til begge ledergrupper.',
			actions: [0]
		},
		{
			cycle: 1,
			phase: 'observasjon',
			daysAgo: 90,
			author: 2,
			text: 'Sju familier har fått plass gjennom avtalen. Flere barn sluttet etter noen uker fordi tidspunktet kolliderte med SFO-henting.',
			actions: [0]
		},
		{
			cycle: 1,
			phase: 'refleksjon',
			daysAgo: 75,
			author: 0,
			text: 'Plass er ikke nok: tidspunkt og transport avgjør. Neste syklus prøver vi å flytte tilbudet dit barna er.',
			actions: [0, 1]
		},
		{
			cycle: 2,
			phase: 'plan',
			daysAgo: 60,
			author: 3,
			text: 'Vi prøver et tilbud på helsestasjon for ungdom og et verksted på introduksjonssenteret.',
			actions: [1, 3]
		},
		{
			cycle: 2,
			phase: 'handling',
			daysAgo: 30,
			author: 2,
			text: 'Verkstedet på introduksjonssenteret er i gang med tolv barn. Bandet på helsestasjonen har fem faste.',
			actions: [1, 3]
		}
	],
	story: {
		slug: 'bodo-kulturskolen-moter-barna-der-de-er',
		title: 'Bodø: Kulturskolen møter barna der de er',
		body: 'Da kommunegruppen i Bodø kartla hvem som ikke gikk i kulturskolen, så de at mange av barna var nye i kommunen.\n\nI stedet for å vente på at familiene skulle finne veien, flyttet kulturskolen et verksted til introduksjonssenteret. I dag kommer tolv barn hver uke.\n\n«Vi lærte at en plass ikke er nok. Tidspunktet og stedet avgjør om barna kommer», sier kulturskoleleder Kari Nordvik.'
	}
};

const inderoy: DemoMunicipality = {
	number: '5053',
	focusArea: 'Kulturskolen som en del av en helhetlig oppvekst, og som grunn til å bo i Inderøy',
	shared: false,
	members: [
		{
			name: 'Siri Aune',
			email: 'siri.aune@inderoy.kommune.example',
			organisation: 'Inderøy kulturskole',
			role: 'koordinator',
			groupRole: 'kulturskoleleder',
			lean: 0
		},
		{
			name: 'Per Ørsal',
			email: 'per.orsal@inderoy.kommune.example',
			organisation: 'Inderøy kommune, oppvekst',
			role: 'medlem',
			groupRole: 'skoleeier',
			lean: 1
		},
		{
			name: 'Hanne Moen',
			email: 'hanne.moen@inderoy.kommune.example',
			organisation: 'Inderøy kulturskole',
			role: 'medlem',
			groupRole: 'pedagogisk',
			lean: -1
		},
		{
			name: 'Lars Vist',
			email: 'lars.vist@inderoy.kommune.example',
			organisation: 'Inderøy bibliotek',
			role: 'medlem',
			groupRole: 'annen_sektor',
			sector: 'Bibliotek og kultur',
			lean: 0
		}
	],
	plans: [
		{ name: 'Oppvekstplan for Inderøy', kind: 'oppvekstplan' },
		{ name: 'Kommuneplanens samfunnsdel', kind: 'samfunnsdel' }
	],
	goals: [
		{
			slug: 'helhetlig-oppvekst-og-godt-laeringsmiljo',
			targetLevel: 5,
			targetPicture:
				'Barnehage, skole, SFO og kulturskole i Inderøy planlegger sammen. Kulturskolelærerne er en fast del av skoledagen og SFO, og alle barn får oppleve og skape kunst gjennom oppveksten.',
			signs: [
				'Alle skoler har minst ett samarbeidsprosjekt med kulturskolen hvert år',
				'Kulturskolen er med i rektormøtene'
			],
			gap: 'Samarbeidet skjer i dag gjennom enkeltlærere. Vi mangler en fast møteplass med rektorene og en plan som sier hva kulturskolen skal bidra med i skolen.',
			levels: [3, 3],
			narratives: [
				'Gode enkeltprosjekter, men lite system.',
				'Rektormøtene har tatt kulturskolen inn en gang i semesteret. Gruppen ville vente med å flytte nivået til det er fast.'
			],
			stakeholders: [
				{ actor: 'Rektorene', role: 'ved_bordet', involved: true },
				{ actor: 'Kommunalsjef oppvekst', role: 'eier', involved: true },
				{ actor: 'SFO-ledere', role: 'ved_bordet', involved: false }
			]
		},
		{
			slug: 'bo-og-livslyst',
			targetLevel: 4,
			targetPicture:
				'Kulturskolen er en motor i kulturlivet i Inderøy sammen med korps, kor og biblioteket, og et av argumentene når kommunen vil trekke til seg unge familier.',
			signs: [
				'Kulturskolen og frivilligheten har en felles årsplan',
				'Elevene spiller på Inderøy-arrangementer gjennom året'
			],
			gap: 'Samarbeidet med korpsene er godt, men biblioteket og kulturskolen planlegger hver for seg.',
			levels: [3, 4],
			narratives: [
				'Godt samarbeid med korpsene, svakere med biblioteket.',
				'Felles arrangementer med biblioteket har løftet nivået.'
			],
			stakeholders: [
				{ actor: 'Korpsene', role: 'bidrar', involved: true },
				{ actor: 'Biblioteket', role: 'ved_bordet', involved: true }
			]
		}
	],
	actions: [
		{
			goal: 'helhetlig-oppvekst-og-godt-laeringsmiljo',
			title: 'Kulturskolen i rektormøtet',
			description:
				'Fast punkt på rektormøtet hvert semester der kulturskolen og skolene planlegger samarbeid.',
			responsible: 1,
			partners: 'Rektorene',
			partnerSectors: ['skole'],
			start: -150,
			end: 200,
			status: 'i_gang',
			gapAnswered: 'Vi mangler en fast møteplass med rektorene'
		},
		{
			goal: 'helhetlig-oppvekst-og-godt-laeringsmiljo',
			title: 'Kulturskoletimer i SFO',
			description: 'To kulturskolelærere gir ukentlige tilbud i SFO på tre skoler.',
			responsible: 2,
			partners: 'SFO',
			partnerSectors: ['skole'],
			start: -90,
			end: -10,
			status: 'avbrutt',
			gapAnswered: 'Kulturskolen er lite til stede i SFO'
		},
		{
			goal: 'bo-og-livslyst',
			title: 'Felles årsplan med biblioteket',
			description:
				'Kulturskolen og biblioteket lager én årsplan for arrangementer for barn og unge.',
			responsible: 3,
			partners: 'Inderøy bibliotek',
			partnerSectors: ['bibliotek', 'kultur'],
			start: -100,
			end: -20,
			status: 'fullfort',
			gapAnswered: 'Biblioteket og kulturskolen planlegger hver for seg'
		}
	],
	log: [
		{
			cycle: 1,
			phase: 'plan',
			daysAgo: 160,
			author: 0,
			text: 'Vi starter med rektormøtet og SFO, fordi det er der flest barn er.',
			actions: [0, 1]
		},
		{
			cycle: 1,
			phase: 'handling',
			daysAgo: 140,
			author: 1,
			text: 'Kulturskolen presenterte seg i rektormøtet. To skoler meldte seg på SFO-forsøket.',
			actions: [0, 1]
		},
		{
			cycle: 1,
			phase: 'observasjon',
			daysAgo: 40,
			author: 2,
			text: 'SFO-forsøket stoppet opp fordi lokalene ikke passet og lærerne måtte kjøre mellom tre skoler.',
			actions: [1]
		},
		{
			cycle: 1,
			phase: 'refleksjon',
			daysAgo: 25,
			author: 0,
			text: 'Vi prøver heller én skole om gangen og tar med SFO-lederne i planleggingen fra starten.',
			actions: [1]
		}
	]
};

const DAY = 24 * 60 * 60_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A member's rating of a statement: the group's level, the member's lean, a little variation. */
function ratingOf(level: number, lean: number, member: number, statement: number): Rating {
	if ((member + statement) % 7 === 6) return null; // «vet ikke» now and then
	const wobble = ((member * 3 + statement * 5) % 3) - 1;
	return Math.max(1, Math.min(5, Math.round(level + lean * 0.6 + wobble * 0.5)));
}

/**
 * The goal catalogue's statements (seed content), then, with `people` (the default), the two
 * demo municipalities with their fictional members and their fremtidsbilder.
 */
export async function loadFremtidsbildeDemo(
	tx: Tx,
	{ people = true }: { people?: boolean } = {}
): Promise<void> {
	const catalogue = await tx.select().from(goals);
	const bySlug = new Map(catalogue.map((g) => [g.slug, g]));
	const at = now();
	for (const [slug, texts] of Object.entries(demoStatements)) {
		const goal = bySlug.get(slug);
		if (!goal) continue;
		await tx
			.insert(goalStatements)
			.values(texts.map((text, position) => ({ goalId: goal.id, text, position, createdAt: at })));
	}
	if (!people) return;
	for (const m of [bodo, inderoy]) await loadMunicipality(tx, m, bySlug, at);
}

async function loadMunicipality(
	tx: Tx,
	d: DemoMunicipality,
	bySlug: Map<string, typeof goals.$inferSelect>,
	at: Date
) {
	const chosen = d.goals.filter((g) => bySlug.has(g.slug));
	if (chosen.length === 0) return;
	const ago = (days: number) => new Date(at.getTime() - days * DAY);

	// The group: users without passwords, so they sign in with a one-time link.
	const existing = await tx
		.select()
		.from(users)
		.where(
			inArray(
				users.email,
				d.members.map((m) => m.email)
			)
		);
	const userIds: number[] = [];
	for (const m of d.members) {
		let id = existing.find((u) => u.email === m.email)?.id;
		if (!id)
			[{ id }] = await tx
				.insert(users)
				.values({ email: m.email, name: m.name, organisation: m.organisation, createdAt: ago(240) })
				.returning({ id: users.id });
		userIds.push(id);
		await tx
			.insert(municipalityMembers)
			.values({
				userId: id,
				municipalityNumber: d.number,
				role: m.role,
				groupRole: m.groupRole,
				sector: m.sector ?? null,
				createdAt: ago(240)
			})
			.onConflictDoNothing();
	}

	await tx.insert(workspaces).values({
		municipalityNumber: d.number,
		focusArea: d.focusArea,
		sharedAt: d.shared ? ago(20) : null,
		sharedById: d.shared ? userIds[0] : null,
		createdAt: ago(230),
		updatedAt: ago(20)
	});
	await tx.insert(localPlans).values(
		d.plans.map((p) => ({
			municipalityNumber: d.number,
			name: p.name,
			kind: p.kind,
			url: p.url ?? null,
			createdAt: ago(230)
		}))
	);

	const wgIds = new Map<string, number>();
	for (const [position, g] of chosen.entries()) {
		const [row] = await tx
			.insert(workspaceGoals)
			.values({
				municipalityNumber: d.number,
				goalId: bySlug.get(g.slug)!.id,
				position,
				targetPicture: g.targetPicture,
				signs: g.signs,
				targetLevel: g.targetLevel,
				gap: g.gap,
				createdAt: ago(225),
				updatedAt: ago(50)
			})
			.returning({ id: workspaceGoals.id });
		wgIds.set(g.slug, row.id);
		await tx
			.insert(stakeholders)
			.values(g.stakeholders.map((s) => ({ ...s, workspaceGoalId: row.id, createdAt: ago(50) })));
	}

	// Two rounds, both closed: about seven months and one month ago.
	const roundDefs = [
		{ title: 'Nåbilde ved oppstart', opened: 215, deadline: 200, respondents: d.members.length },
		{
			title: 'Nåbilde etter første syklus',
			opened: 45,
			deadline: 32,
			respondents: d.members.length - 1
		}
	];
	for (const [ri, def] of roundDefs.entries()) {
		const [round] = await tx
			.insert(rounds)
			.values({
				municipalityNumber: d.number,
				title: def.title,
				openedAt: ago(def.opened),
				deadline: ago(def.deadline),
				closedAt: ago(def.deadline),
				openedById: userIds[0]
			})
			.returning();
		const statements: { id: number; goalId: number; text: string; level: number }[] = [];
		let position = 0;
		for (const g of chosen) {
			const goal = bySlug.get(g.slug)!;
			for (const text of demoStatements[g.slug] ?? []) {
				const [s] = await tx
					.insert(roundStatements)
					.values({ roundId: round.id, goalId: goal.id, text, position: position++ })
					.returning();
				statements.push({ id: s.id, goalId: goal.id, text, level: g.levels[ri] });
			}
		}
		const answers: Map<number, Rating>[] = [];
		for (let mi = 0; mi < def.respondents; mi++) {
			const [resp] = await tx
				.insert(responses)
				.values({
					roundId: round.id,
					userId: userIds[mi],
					submittedAt: ago(def.opened - 2 - mi),
					updatedAt: ago(def.opened - 2 - mi)
				})
				.returning();
			const map = new Map<number, Rating>();
			const rows = statements.map((s, si) => {
				const value = ratingOf(s.level, d.members[mi].lean, mi, si);
				map.set(s.id, value);
				return { responseId: resp.id, roundStatementId: s.id, value, comment: '' };
			});
			await tx.insert(ratings).values(rows);
			answers.push(map);
		}
		await tx
			.update(rounds)
			.set({ results: aggregateRound(statements, answers) })
			.where(eq(rounds.id, round.id));
		await tx.insert(roundConclusions).values(
			chosen.map((g) => ({
				roundId: round.id,
				goalId: bySlug.get(g.slug)!.id,
				agreedLevel: g.levels[ri],
				narrative: g.narratives[ri],
				updatedAt: ago(def.deadline - 3),
				updatedById: userIds[0]
			}))
		);
	}

	const actionIds: number[] = [];
	for (const a of d.actions) {
		const wg = wgIds.get(a.goal);
		if (!wg) continue;
		const [row] = await tx
			.insert(actions)
			.values({
				municipalityNumber: d.number,
				workspaceGoalId: wg,
				title: a.title,
				description: a.description,
				responsibleId: userIds[a.responsible],
				partners: a.partners,
				partnerSectors: a.partnerSectors,
				startsOn: isoDay(ago(-a.start)),
				endsOn: isoDay(ago(-a.end)),
				status: a.status,
				gapAnswered: a.gapAnswered,
				createdAt: ago(200),
				updatedAt: ago(20)
			})
			.returning({ id: actions.id });
		actionIds.push(row.id);
	}
	for (const e of d.log) {
		const [row] = await tx
			.insert(logEntries)
			.values({
				municipalityNumber: d.number,
				cycle: e.cycle,
				phase: e.phase,
				happenedOn: isoDay(ago(e.daysAgo)),
				authorId: userIds[e.author],
				text: e.text,
				createdAt: ago(e.daysAgo),
				updatedAt: ago(e.daysAgo)
			})
			.returning({ id: logEntries.id });
		const linked = e.actions.map((i) => actionIds[i]).filter((id) => id !== undefined);
		if (linked.length)
			await tx
				.insert(logEntryActions)
				.values(linked.map((actionId) => ({ entryId: row.id, actionId })));
	}

	for (const ind of d.indicators ?? []) {
		const wg = wgIds.get(ind.goal);
		if (!wg) continue;
		const [row] = await tx
			.insert(indicators)
			.values({
				municipalityNumber: d.number,
				workspaceGoalId: wg,
				sign: ind.sign,
				name: ind.name,
				kind: ind.kind,
				unit: ind.unit,
				baselineValue: ind.baseline.value,
				baselineOn: isoDay(ago(ind.baseline.daysAgo)),
				targetValue: ind.target.value,
				targetOn: isoDay(ago(-ind.target.inDays)),
				createdAt: ago(ind.baseline.daysAgo),
				updatedAt: ago(ind.baseline.daysAgo)
			})
			.returning({ id: indicators.id });
		if (ind.values.length)
			await tx.insert(indicatorValues).values(
				ind.values.map((v) => ({
					indicatorId: row.id,
					value: v.value,
					measuredOn: isoDay(ago(v.daysAgo)),
					note: v.note,
					recordedById: userIds[v.author],
					createdAt: ago(v.daysAgo),
					updatedAt: ago(v.daysAgo)
				}))
			);
		const linked = ind.actions.map((i) => actionIds[i]).filter((id) => id !== undefined);
		if (linked.length)
			await tx
				.insert(actionIndicators)
				.values(linked.map((actionId) => ({ actionId, indicatorId: row.id })));
	}

	if (d.story)
		await tx.insert(stories).values({
			municipalityNumber: d.number,
			slug: d.story.slug,
			title: d.story.title,
			body: d.story.body,
			status: 'publisert',
			proposedAt: ago(15),
			publishedAt: ago(12),
			createdById: userIds[0],
			createdAt: ago(16),
			updatedAt: ago(12)
		});
}
