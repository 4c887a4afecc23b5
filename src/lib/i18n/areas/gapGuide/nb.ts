/** The facilitator's guide for the gap meeting (the workspace's «veileder» page). */
export const gapGuide = {
	title: 'Veileder for gapmøtet',
	lead: 'For den som leder møtet der kommunegruppen ser på resultatene fra en vurderingsrunde, snakker om dem og blir enige om hvor dere står. Siden kan skrives ut.',
	link: 'Veileder for gapmøtet',
	linkLead: 'Slik leser dere spredningen, spørsmål å stille og hvordan dere blir enige om et nivå.',
	readSummary: 'Slik leser dere tallene',
	toc: 'Innhold',
	before: {
		heading: 'Før møtet',
		close:
			'Avslutt runden først. Resultatene vises bare når runden er avsluttet og minst {min} har svart.',
		time: 'Sett av halvannen time for ett samfunnsmål. Har dere to eller tre mål, regn med 45 minutter per mål, eller del det på to møter.',
		target: 'Ha målbildet for hvert mål for hånden. Det er det dere vurderer dere mot.',
		privacy:
			'Si høyt at ingen kan se hva den enkelte svarte, og at ingen trenger å fortelle hva de svarte. Det dere snakker om, er hva dere la vekt på.'
	},
	read: {
		heading: 'Slik leser dere resultatene',
		mean: 'Snittet er gjennomsnittet av tallene på skalaen fra 1 (stemmer svært dårlig) til 5 (stemmer svært godt). «Vet ikke» regnes ikke med.',
		spread:
			'Spredningen sier hvor langt svarene ligger fra hverandre. Under 0,5 er dere stort sett samstemte, fra 0,5 til 1 er det noe spredning, og fra 1 og over er det stor spredning.',
		wide: 'Stor spredning betyr ikke at noen tar feil. Dere ser kulturskolen fra ulike steder: skolen, helse, kulturskolen selv. Der dere er mest uenige, er det ofte mest å lære, så start der.',
		few: 'Med færre enn {detail} svar viser vi bare snittet avrundet til nærmeste halve (for eksempel «omtrent 3,5») og om svarene ligger samlet eller spredt.',
		whyFew:
			'Hvor mange som svarte hva, og laveste og høyeste svar, vises bare fra {detail} svar. Med færre kunne den som kjenner sitt eget svar, regne seg fram til hva de andre svarte.',
		dontKnow:
			'Mange «vet ikke» på en påstand er et funn i seg selv: gruppen mangler kunnskap om noe som betyr noe for målet.',
		change:
			'Kolonnene for forrige runde viser endringen per påstand. En endring på en halv eller mindre kan være tilfeldig, særlig hvis ikke de samme svarte begge gangene.'
	},
	questions: {
		heading: 'Spørsmål å stille',
		weight: 'Hva la du vekt på da du svarte? (Fortell hva du tenkte på, ikke tallet.)',
		agree: 'Hvor er vi mest enige, og hvor er vi lengst fra hverandre? Hva kommer det av?',
		sector: 'Hva ser du fra din sektor som vi andre ikke ser?',
		evidence:
			'Hvilke eksempler, tall eller erfaringer viser at vi er der, eller at vi ikke er det?',
		unknown: 'Hva vet vi for lite om? Hvem kan vi spørre før neste runde?',
		missing:
			'Hvem er ikke i rommet, men burde ha vært med? Barn og unge, foreldre, andre sektorer?',
		next: 'Hva må være sant for at vi kommer ett trinn opp?'
	},
	agree: {
		heading: 'Slik blir dere enige om et nivå',
		startWide:
			'Ta påstandene med størst spredning først, og la alle si hva de bygde svaret sitt på før dere diskuterer.',
		meanStart:
			'Snittet er et utgangspunkt, ikke en fasit. Viser samtalen at et annet nivå er riktigere, setter dere det og skriver hvorfor.',
		standBehind:
			'Let etter et nivå alle kan stå bak, ikke full enighet. Står dere mellom to trinn, velg det laveste og skriv hva som skal til for det neste.',
		why: 'Skriv begrunnelsen i feltet «Hvorfor». Det er den dere, og neste runde, har å gå tilbake til.',
		noAgreement:
			'Blir dere ikke enige, skriv ned hva dere er uenige om, og avtal hva dere skal finne ut før neste møte.',
		coordinator:
			'Koordinatoren lagrer nivået. Avslutter koordinatoren runden uten at et nivå er satt, spør siden om dere vil beholde nivået fra før, bruke snittet eller sette et nytt.'
	},
	agenda: {
		heading: 'Forslag til tidsplan (90 minutter)',
		caption: 'Forslag til tidsplan for gapmøtet',
		minutes: 'Minutter',
		what: 'Hva',
		m10a: 'Hensikten med møtet og spillereglene: ingen forteller hva de svarte',
		m15: 'Hver leser resultatene for seg og merker seg det som overrasker',
		m35: 'Samtale om påstandene med størst spredning og de mange «vet ikke»',
		m20: 'Bli enige om et nivå per mål og skrive begrunnelsen',
		m10b: 'Hva betyr gapet? Neste steg og hvem som gjør hva'
	},
	after: {
		heading: 'Etter møtet',
		gap: 'Beskriv gapet for hvert mål: hva skal til for å komme fra der dere er, til målbildet?',
		actions:
			'Gjør det om til tiltak med ansvarlig, samarbeidspartnere og tidsrom, og skriv i loggen hva dere lærte.',
		toGap: 'Gå til gapet',
		toActions: 'Gå til tiltakene'
	}
} as const;
