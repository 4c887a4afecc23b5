/**
 * Demo FAQ: questions and answers about the regional programmes and the programme in general.
 */
import type { DemoFaq } from './types';

export const faq: DemoFaq[] = [
	{
		topic: 'Om prosjektet',
		question: 'Hva er Fremtidens kulturskole?',
		answer: `Fremtidens kulturskole er et utviklingsprogram for kulturskolene i norske kommuner. Programmet spør hvilke samfunnsmål kulturskolen bør bidra til, og hvordan den kan bli en sterkere samfunnsaktør som er relevant for flere innbyggere.

Arbeidet startet i 2019. Det har gått via en forpilot med seks kommuner i 2020 og et pilotprosjekt med 16 kommuner i 2021–2022. Fra 2023 tas erfaringene videre i regionale program.`
	},
	{
		topic: 'Om prosjektet',
		question: 'Hvem står bak programmet?',
		answer: `Programmet eies av **Norsk kulturskoleråd** og **KS** sammen. Norsk kulturskoleråd er medlems- og utviklingsorganisasjonen for kommunene som eier kulturskolene, og KS er kommunesektorens organisasjon.

Prosjektleder er Torkel Øien, som er rådgiver i begge organisasjonene. De regionale programmene gjennomføres av fylkesavdelingene i Norsk kulturskoleråd. De nasjonale dialogseminarene arrangeres sammen med Utdanningsdirektoratet.`
	},
	{
		topic: 'Om prosjektet',
		question: 'Hva er en kulturskole 3.0?',
		answer: `Begrepet bygger på tanken om Kommune 3.0, samskapingskommunen. I kommune 1.0 bestemmer kommunen ovenfra. I kommune 2.0 bestiller innbyggeren tjenester. I kommune 3.0 lager innbyggere, ansatte, politikere og partnere løsningene sammen.

En kulturskole 3.0 er en **utviklingsaktør** og et **lokalt ressurssenter**. Den samarbeider med andre sektorer, som skole, helse, barnevern og eldreomsorg, og har tilbud gjennom hele livsløpet. Les mer på siden [Dette er kulturskole 3.0](/kulturskole-3-0/dette-er-kulturskole-3-0).`
	},
	{
		topic: 'Regionale program',
		question: 'Hva er et regionalt program?',
		answer: `Et regionalt program er måten Fremtidens kulturskole arbeider på etter pilotprosjektet. En fylkesavdeling i Norsk kulturskoleråd gjennomfører programmet sammen med medlemskommuner i regionen.

Programmet er ikke et eget prosjekt i tillegg til alt annet. Det gir en ramme for utviklingsarbeid som kommunen og regionen allerede har valgt å prioritere, og hjelper til med å gjøre arbeidet konkret og planmessig.`
	},
	{
		topic: 'Regionale program',
		question: 'Hvem kan delta i et regionalt program?',
		answer: `Programmene er for **medlemskommunene i Norsk kulturskoleråd** og for styrene i fylkesavdelingene.

Det skjer i to trinn:

1. Fylkesavdelingen melder interesse for å gjennomføre et regionalt program.
2. Medlemskommunene i regionen søker om å delta.

Er du usikker på om kommunen din er medlem, eller om fylkesavdelingen din har meldt interesse, kan du kontakte Norsk kulturskoleråd.`
	},
	{
		topic: 'Regionale program',
		question: 'Når er søknadsfristen, og når starter programmet?',
		answer: `Fristene står i invitasjonen til hvert program. I 2024 var søknadsfristen for kommunene **15. mai**, og programmet startet med en oppstartssamling i **september**.

Følg med på nyhetene her på nettstedet og på kulturskoleradet.no for å få med deg nye invitasjoner.`
	},
	{
		topic: 'Regionale program',
		question: 'Hva koster det å delta?',
		answer: `Det står i invitasjonen til hvert enkelt program om det er kostnader knyttet til deltakelsen, og hva de eventuelt dekker. Les derfor invitasjonen fra fylkesavdelingen nøye før kommunen søker.

Husk også at deltakelse krever tid fra medlemmene i kommunegruppen, både på samlingene og i mellomarbeidet hjemme. Det bør kommunen planlegge for.`
	},
	{
		topic: 'Deltakelse',
		question: 'Hvem må være med i kommunegruppen?',
		answer: `Kommunen deltar med en sammensatt kommunegruppe. Gruppen skal minst ha med:

- én representant for skoleeier
- kulturskolelederen
- én annen ansatt i kulturskolen (pedagogisk medarbeider)
- minst én person fra en annen sektor i kommunen

Politikere er velkomne i gruppen. Ett av medlemmene er **koordinator**. Når flere sektorer er med, blir utfordringen et felles ansvar og ikke bare kulturskolens sak.`
	},
	{
		topic: 'Deltakelse',
		question: 'Hva gjør koordinatoren?',
		answer: `Koordinatoren er kommunegruppens kontaktperson i programmet og holder i arbeidet lokalt. I pilotprosjektet møttes koordinatorene og co-koordinatorene fra kommunene for seg før en av samlingene. Målet var å skape eierskap og bli enige om program, arbeidsmåter og mål for samlingen.

Koordinatoren bør derfor ha tid til å følge opp mellomarbeidet og sørge for at gruppen kommer sammen mellom samlingene.`
	},
	{
		topic: 'Deltakelse',
		question: 'Hvordan foregår arbeidet?',
		answer: `Arbeidet veksler mellom **samlinger** og **mellomarbeid**. Programmet bruker aksjonslæring i sykluser: planlegge – handle – observere – reflektere.

- På samlingene planlegger og reflekterer kommunegruppene sammen med andre kommuner.
- I mellomarbeidet hjemme prøver gruppen ut tiltak og observerer hva som skjer.

Slik bygger hver syklus på erfaringene fra den forrige. Samskaping står sentralt: Hvem bør sitte rundt bordet, og hvem eier utfordringen?`
	},
	{
		topic: 'Deltakelse',
		question: 'Hvordan henger arbeidet sammen med kommunens planer?',
		answer: `Arbeidet skal forankres i kommunens egne planer, slik at det blir en del av kommunens helhetlige arbeid og ikke et løsrevet prosjekt. Aktuelle planer er:

- kommuneplanens samfunnsdel
- oppvekstplanen
- kulturplanen
- folkehelseplanen

I pilotprosjektet begynte kommunene med «det store bildet»: Hvor kan arbeidet knyttes til lokale planer og felles mål for samfunnsutviklingen, og hvilke nasjonale føringer kan brukes?`
	},
	{
		topic: 'Fremtidsbilder',
		question: 'Hva er fremtidsbilder?',
		answer: `Fremtidsbilder er kjernen i metoden. Kommunegruppen lager tre bilder:

1. **Målbilde** – hvordan ser det ut når kulturskolen har den rollen og posisjonen vi ønsker?
2. **Nåbilde** – hvordan opplever vi kulturskolen i dag, sammenlignet med målbildet?
3. **Gapet** – hva skal til for å fylle gapet mellom de to bildene?

Utgangspunktet er samfunnsmålene kommunen vil at kulturskolen skal bidra til.`
	},
	{
		topic: 'Fremtidsbilder',
		question: 'Hvilke samfunnsmål kan vi velge?',
		answer: `Programmet bruker en liste med samfunnsmål som kommunene kan velge blant, for eksempel gode liv og god oppvekst, helhetlig oppvekst og godt læringsmiljø, inkludering og mindre utenforskap, folkehelse og livskvalitet, kulturskole hele livet, bo- og livslyst, demokrati og medvirkning og bærekraftige lokalsamfunn.

Velg de målene som er viktigst i kommunens egne planer. Flere av målene kan også knyttes til FNs bærekraftsmål 3, 4, 10, 11 og 17.`
	},
	{
		topic: 'Fremtidsbilder',
		question: 'Ser andre hva jeg har svart i verktøyet for fremtidsbilder?',
		answer: `Nei. Når du vurderer påstander i verktøyet, blir svaret ditt aldri vist til andre. Resultatene vises bare samlet for gruppen, og bare når minst tre personer har svart.

Kommunegruppen drøfter så spredningen i svarene sammen: Hvor er vi enige, og hvor ser vi ulikt på kulturskolen? Les mer i [personvernerklæringen](/personvern).`
	}
];
