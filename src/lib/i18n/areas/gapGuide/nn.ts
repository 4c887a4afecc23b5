import type { Shape } from '../../define';
import type { gapGuide as gapGuideNb } from './nb';

export const gapGuide: Shape<typeof gapGuideNb> = {
	title: 'Rettleiar for gapmøtet',
	lead: 'For den som leier møtet der kommunegruppa ser på resultata frå ein vurderingsrunde, snakkar om dei og blir samde om kvar de står. Sida kan skrivast ut.',
	link: 'Rettleiar for gapmøtet',
	linkLead:
		'Korleis de les spreiinga, spørsmål de kan stille og korleis de blir samde om eit nivå.',
	readSummary: 'Slik les de tala',
	toc: 'Innhald',
	before: {
		heading: 'Før møtet',
		close:
			'Avslutt runden først. Resultata blir berre viste når runden er avslutta og minst {min} har svart.',
		time: 'Set av halvannan time til eitt samfunnsmål. Har de to eller tre mål, rekn med 45 minutt per mål, eller del det på to møte.',
		target: 'Ha målbiletet for kvart mål for handa. Det er det de vurderer dykk mot.',
		privacy:
			'Sei høgt at ingen kan sjå kva kvar enkelt svarte, og at ingen treng å fortelje kva dei svarte. Det de snakkar om, er kva de la vekt på.'
	},
	read: {
		heading: 'Slik les de resultata',
		mean: 'Snittet er gjennomsnittet av tala på skalaen frå 1 (stemmer svært dårleg) til 5 (stemmer svært godt). «Veit ikkje» blir ikkje rekna med.',
		spread:
			'Spreiinga seier kor langt frå kvarandre svara ligg. Under 0,5 er de stort sett samstemde, frå 0,5 til 1 er det noko spreiing, og frå 1 og over er det stor spreiing.',
		wide: 'Stor spreiing tyder ikkje at nokon tek feil. De ser kulturskulen frå ulike stader: skulen, helse, kulturskulen sjølv. Der de er mest usamde, er det ofte mest å lære, så byrj der.',
		few: 'Med færre enn {detail} svar viser vi berre snittet runda av til næraste halve (til dømes «omtrent 3,5») og om svara ligg samla eller spreidde.',
		whyFew:
			'Kor mange som svarte kva, og lågaste og høgaste svar, blir berre viste frå {detail} svar. Med færre kunne den som kjenner sitt eige svar, rekne seg fram til kva dei andre svarte.',
		dontKnow:
			'Mange «veit ikkje» på ein påstand er eit funn i seg sjølv: gruppa manglar kunnskap om noko som har mykje å seie for målet.',
		change:
			'Kolonnane for førre runde viser endringa per påstand. Ei endring på ein halv eller mindre kan vere tilfeldig, særleg dersom ikkje dei same svarte begge gongene.'
	},
	questions: {
		heading: 'Spørsmål de kan stille',
		weight: 'Kva la du vekt på då du svarte? (Fortel kva du tenkte på, ikkje talet.)',
		agree: 'Kvar er vi mest samde, og kvar er vi lengst frå kvarandre? Kva kjem det av?',
		sector: 'Kva ser du frå din sektor som vi andre ikkje ser?',
		evidence: 'Kva døme, tal eller erfaringar viser at vi er der, eller at vi ikkje er det?',
		unknown: 'Kva veit vi for lite om? Kven kan vi spørje før neste runde?',
		missing:
			'Kven er ikkje i rommet, men burde ha vore med? Barn og unge, foreldre, andre sektorar?',
		next: 'Kva må vere sant for at vi kjem eitt steg opp?'
	},
	agree: {
		heading: 'Slik blir de samde om eit nivå',
		startWide:
			'Ta påstandane med størst spreiing først, og la alle seie kva dei bygde svaret sitt på før de diskuterer.',
		meanStart:
			'Snittet er eit utgangspunkt, ikkje ein fasit. Viser samtalen at eit anna nivå er rettare, set de det og skriv kvifor.',
		standBehind:
			'Leit etter eit nivå alle kan stå bak, ikkje full semje. Står de mellom to steg, vel det lågaste og skriv kva som skal til for det neste.',
		why: 'Skriv grunngjevinga i feltet «Kvifor». Det er den de, og neste runde, har å gå tilbake til.',
		noAgreement:
			'Blir de ikkje samde, skriv ned kva de er usamde om, og avtal kva de skal finne ut før neste møte.',
		coordinator:
			'Koordinatoren lagrar nivået. Avsluttar koordinatoren runden utan at eit nivå er sett, spør sida om de vil halde på nivået frå før, bruke snittet eller setje eit nytt.'
	},
	agenda: {
		heading: 'Forslag til tidsplan (90 minutt)',
		caption: 'Forslag til tidsplan for gapmøtet',
		minutes: 'Minutt',
		what: 'Kva',
		m10a: 'Føremålet med møtet og spelereglane: ingen fortel kva dei svarte',
		m15: 'Kvar les resultata for seg og merkar seg det som overraskar',
		m35: 'Samtale om påstandane med størst spreiing og dei mange «veit ikkje»',
		m20: 'Bli samde om eit nivå per mål og skrive grunngjevinga',
		m10b: 'Kva tyder gapet? Neste steg og kven som gjer kva'
	},
	after: {
		heading: 'Etter møtet',
		gap: 'Skildre gapet for kvart mål: kva skal til for å kome frå der de er, til målbiletet?',
		actions:
			'Gjer det om til tiltak med ansvarleg, samarbeidspartnarar og tidsrom, og skriv i loggen kva de lærte.',
		toGap: 'Gå til gapet',
		toActions: 'Gå til tiltaka'
	}
};
