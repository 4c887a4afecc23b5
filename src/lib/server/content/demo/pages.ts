/**
 * Demo pages: the front page and the page tree of Fremtidens kulturskole.
 * Texts are written in our own words from the programme's original page and the domain brief.
 */
import type { DemoPage } from './types';

export const frontPage: DemoPage = {
	slug: '',
	title: 'Fremtidens kulturskole',
	lead: 'Hvordan ser fremtidens kulturskole ut? Vi vil finne ut hvilken funksjon kulturskolen kan fylle i kommunen, hvilke mål den kan hjelpe til å nå, og hvordan den kan bli en sterkere samfunnsaktør som er relevant for flere innbyggere.',
	body: `Kulturskolen finnes i alle landets kommuner. Likevel er det ofte uklart hvilken plass den har i kommunens store oppgaver. For at kulturskolen skal bety noe for flere enn dem som allerede går der, må kommunen vite hva den ønsker å bruke kulturskolen til.

Derfor begynner vi med samfunnsmålene. Når kommunen har bestemt hva den vil oppnå – for eksempel en helhetlig oppvekst, mindre utenforskap eller bedre folkehelse – blir det lettere å se hvilken rolle kulturskolen bør ha, hvem den skal samarbeide med og hvordan tilbudet bør innrettes.

Kommunene arbeider med fremtidsbilder i sammensatte kommunegrupper. Kulturskolen sitter ved bordet sammen med skoleeier og andre sektorer i kommunen, og gjerne med partnere som bibliotek, frivillige lag, korps og kor og det lokale kulturlivet. Sammen beskriver de hvor de vil, hvor de står i dag, og hva som skal til for å komme dit.

Fremtidens kulturskole eies av KS og Norsk kulturskoleråd. Arbeidet startet i 2019 og har gått via forpilot og pilot til regionale program, der fylkesavdelingene i Norsk kulturskoleråd og medlemskommunene tar metoden i bruk.`
};

export const pageTree: DemoPage[] = [
	{
		slug: 'prosjektet',
		title: 'Prosjektet',
		lead: 'Fremtidens kulturskole er et utviklingsarbeid som KS og Norsk kulturskoleråd står bak sammen. Her kan du lese hvorfor prosjektet finnes, hva det bygger på, og hva som har skjedd siden starten i 2019.',
		body: `## Et felles arbeid mellom KS og Norsk kulturskoleråd

Fremtidens kulturskole handler om kulturskolens funksjon, oppgave og rolle i det kommunale tjenestetilbudet. KS er kommunesektorens organisasjon, og Norsk kulturskoleråd er medlems- og utviklingsorganisasjonen for kommunene som eier kulturskolene. Sammen har de bygd opp kunnskap, prøvd ut arbeidsmåter i kommunene og utviklet et opplegg som nå brukes i regionale program.

## Hva du finner i denne delen

- **Bakgrunn** – hvordan prosjektet startet i 2019, og hvordan forpiloten i 2020 la grunnlaget for videre arbeid.
- **Begrunnelse** – hvorfor kulturskolens rolle i samfunnet er viktig, og hvilke lover, planer og politiske føringer arbeidet bygger på.
- **Aktivitet** – en tidslinje over samlinger, nettmøter, pilot og seminarer.
- **Rapporter** – prosjektrapporten fra 2021 og underveisrapporten fra 2022.
- **Erfaringer fra piloten** – hva kommunene i pilotprosjektet lærte.
- **Prosjektledelse** – hvem som leder arbeidet, og hvordan du tar kontakt.

## Kort fortalt

Prosjektet har gått i flere trinn. Først kom kunnskapsinnhenting og kartlegging, deretter en forpilot med seks kommuner. Prosjektrapporten «På vei mot Fremtidens kulturskole» kom i januar 2021 med anbefalinger for videre arbeid. Pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune» fulgte i 2021–2022. Erfaringene derfra tas nå videre i regionale program og i nasjonale dialogseminarer.

Les mer om hvordan du kan delta under [Veien videre](/veien-videre).`,
		children: [
			{
				slug: 'bakgrunn',
				title: 'Bakgrunn',
				lead: 'Fremtidens kulturskole startet i 2019 som en felles satsing fra KS og Norsk kulturskoleråd. De første årene handlet om å samle kunnskap og prøve ut ideene sammen med kommunene.',
				body: `## Oppstart i 2019

Prosjektet begynte med å samle kunnskap om kulturskolen og om hvordan kommunene bruker den i dag. Det ble gjort en kartlegging, og sju kommuner møttes til en første samling for å drøfte hva fremtidens kulturskole kan være.

Fra starten har dette vært et samarbeid mellom KS og Norsk kulturskoleråd. Begge organisasjonene ville se kulturskolen i sammenheng med resten av kommunen, ikke bare som et eget fagområde.

## Forpiloten i 2020

I september 2020 startet en forpilot med seks kommuner:

- Sunnfjord
- Sunndal
- Stord
- Fredrikstad
- Larvik
- Porsgrunn

Hver kommune deltok med en sammensatt kommunegruppe. Gruppen skulle som et minimum bestå av en representant for skoleeier, kulturskolelederen, en pedagogisk medarbeider fra kulturskolen og minst én person fra en annen sektor i kommunen. Denne sammensetningen brukes fortsatt.

Samtidig kom en animasjonsfilm på 2 minutter og 50 sekunder. Den forklarer hva prosjektet leter etter, og hva som menes med Kulturskole 3.0. Filmen finnes i to versjoner, med og uten undertekster.

## Rapporten i 2021

Etter to års samarbeid ble arbeidet oppsummert i rapporten «På vei mot Fremtidens kulturskole», som kom i januar 2021. Rapporten gir anbefalinger for det videre arbeidet. Den peker på et pilotprosjekt som første steg, og dette ble utlyst kort tid etter.

Les mer om det som har skjedd siden, på siden [Aktivitet](/prosjektet/aktivitet).`
			},
			{
				slug: 'begrunnelse',
				title: 'Begrunnelse',
				lead: 'Kulturskolen når mange barn og unge, men kan bety mer for flere. Prosjektet vil styrke kulturskolens rolle som samfunnsaktør og gjøre den relevant for flest mulig innbyggere.',
				body: `## Kulturskolen i dag

Om lag 100 000 elever går i kulturskolen. Det tilsvarer omtrent 13–14 prosent av barna i grunnskolealder. Rundt 70 prosent av elevene har et musikktilbud. Kulturskolen er altså godt kjent, men mange barn og unge er fortsatt ikke med. Prosjektet spør hva som skal til for at kulturskolen blir viktig for flere, og hvilke oppgaver den kan løse i kommunen.

## Lov, plan og politikk

Arbeidet bygger på tre viktige rammer:

- **Opplæringslova** pålegger alle kommuner å ha et kulturskoletilbud. I den nye loven har kulturskolen fått et eget kapittel med en formålsbestemmelse.
- **Rammeplan for kulturskolen** fra Norsk kulturskoleråd beskriver kulturskolens innhold og organisering. Rammeplanen fra 2016, «Mangfold og fordypning», deler tilbudet inn i breddeprogram, kjerneprogram og fordypningsprogram. Planen ble revidert i 2024 under tittelen «Kulturskole for alle».
- **Meld. St. 18 (2020–2021) «Oppleve, skape, dele»** er stortingsmeldingen om kunst og kultur for, med og av barn og unge.

Til sammen gir disse kulturskolen en tydelig plass i kommunen. Men hvordan plassen fylles, bestemmes lokalt.

## Fire verdiområder

Prosjektrapporten «På vei mot Fremtidens kulturskole» fra 2021 beskriver fire verdiområder for kulturskolen. Den skal være:

1. attraktiv og relevant
2. inkluderende og mangfoldig
3. utviklende og skapende
4. betydningsfull og mestringsorientert

## Hvorfor samfunnsmål?

Når kulturskolen knyttes til kommunens egne mål, for eksempel gode oppvekstvilkår, inkludering eller folkehelse, blir det lettere å se hva den kan bidra med. Da kan kulturskolen bli en utviklingsaktør som samarbeider med andre sektorer, og ikke bare et tilbud ved siden av resten av kommunen.`
			},
			{
				slug: 'aktivitet',
				title: 'Aktivitet',
				lead: 'Her er en oversikt over det som har skjedd i Fremtidens kulturskole, fra oppstarten i 2019 til de regionale programmene.',
				body: `## 2019: Oppstart

- Kunnskapsinnhenting og kartlegging.
- Første samling med sju kommuner.

## 2020: Forpilot og film

- I september startet forpiloten med Sunnfjord, Sunndal, Stord, Fredrikstad, Larvik og Porsgrunn.
- Animasjonsfilmen om Fremtidens kulturskole hadde premiere.
- 22. september: nettmøte om kulturskole hele livet.
- 4. desember: temamøte på nett med 300 påmeldte.

## 2021: Rapport og pilot

- Januar: prosjektrapporten «På vei mot Fremtidens kulturskole» kom, med anbefalinger for videre arbeid.
- Kommunene ble invitert til pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune». Søknadsfristen var 26. mars.
- 3. mars: temamøte om innovasjon i kulturskolen.
- 10. mars: verksted på nett for kommuner som vurderte å søke om å bli med i piloten.
- 28. mai: webinar om kulturskolen og det kommunale plansystemet.
- 55 kommuner søkte, og 16 fikk plass i piloten.
- Tre temapakker ble gjort tilgjengelige for alle regioner og kommuner.
- Midten av september: første fysiske samling i Trondheim, med vekt på «det store bildet».
- Slutten av november: andre samling, med samskaping, prosessarbeid og aksjonslæring.

## 2022: Piloten fortsetter

- Første uke i februar: tredje samling for kommunegruppene.
- Mellom samlingene arbeidet kommunene videre hjemme (mellomarbeid).
- 6. april: temasamling på nett om samskaping i praksis.
- En underveisrapport om prosjektet ble lagt fram.
- 14 av de 16 kommunene fullførte piloten.

## 2023: Erfaringer deles

- 26. januar: milepælsarrangement i Oslo, der erfaringene fra piloten ble delt.
- April: nasjonalt dialogseminar med Udir, KS og Norsk kulturskoleråd. Opptak og ressurser ble gjort tilgjengelige.
- Fylkesavdelingene i Norsk kulturskoleråd ble invitert til å melde interesse for regionale program.

## 2024: Regionale program og nytt seminar

- 29. april: nytt nasjonalt dialogseminar om kunst og kultur i arbeidet med læringsmiljø og gode oppvekstmiljø.
- Medlemskommuner kunne søke om å delta i regionale program innen 15. mai, med oppstartssamling i september.

Les mer om det som skjer nå, under [Veien videre](/veien-videre).`
			},
			{
				slug: 'rapporter',
				title: 'Rapporter',
				lead: 'Prosjektet har lagt fram to rapporter: prosjektrapporten fra 2021 og en underveisrapport fra 2022.',
				body: `## På vei mot Fremtidens kulturskole (2021)

Prosjektrapporten oppsummerer de to første årene med samarbeid mellom KS og Norsk kulturskoleråd. Den beskriver hva prosjektet har funnet, og gir anbefalinger for det videre arbeidet. Et pilotprosjekt blir pekt ut som første steg.

Rapporten beskriver også fire verdiområder for kulturskolen: attraktiv og relevant, inkluderende og mangfoldig, utviklende og skapende, og betydningsfull og mestringsorientert.

Vil du bruke rapporten i egen kommune eller region? Da kan de tre [temapakkene](/kulturskole-3-0/annet) være et godt sted å starte. De bygger på materialet i rapporten.

## Underveisrapporten (2022)

Underveisrapporten følger prosjektet videre. Den ser på kulturskolens funksjon, oppgave og rolle i det kommunale tjenestetilbudet, som er prosjektets formål.

## Slik kan du bruke rapportene

- Les dem som bakgrunn før kommunegruppen starter arbeidet med fremtidsbilder.
- Bruk verdiområdene som utgangspunkt for samtaler om hva slags kulturskole kommunen ønsker.
- Del dem med skoleeier, politikere og samarbeidspartnere som skal være med i arbeidet.

Rapportene finner du i listen under.`,
				listing: 'rapporter'
			},
			{
				slug: 'synliggjoring-av-erfaring-fra-piloten',
				title: 'Synliggjøring av erfaring fra piloten',
				menuTitle: 'Erfaringer fra piloten',
				lead: 'Pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune» ga kommunene mye erfaring. Her er noe av det de lærte.',
				body: `## Om piloten

Piloten ble gjennomført i 2021–2022. 55 kommuner søkte, og 16 fikk plass:

Asker, Bodø, Gjesdal, Høyanger, Inderøy, Lillestrøm, Målselv, Nes, Porsgrunn, Steinkjer, Stjørdal, Stranda, Sunnfjord, Tynset, Ullensvang og Ås.

14 av kommunene fullførte. Kommunegruppene møttes på fysiske samlinger i september og november 2021 i Trondheim og i februar 2022. Mellom samlingene arbeidet de videre hjemme.

## Hva kommunene lærte

### Sammensatte grupper gir bredere eierskap

Hver kommune deltok med en gruppe fra flere sektorer: skoleeier, kulturskoleleder, en annen ansatt i kulturskolen og minst én person fra en annen sektor. Når flere sektorer er med, blir utfordringen et felles ansvar og ikke bare kulturskolens sak.

### Forankring i planer

På den første samlingen så kommunene på «det store bildet»: Hvor kan arbeidet knyttes til lokale planer og felles mål for samfunnsutviklingen? Hvilke nasjonale føringer kan brukes? Forankring i planer som kommuneplanens samfunnsdel, oppvekstplan, kulturplan og folkehelseplan gjør arbeidet mer varig.

### Aksjonslæring i sykluser

Kommunene arbeidet i sykluser: **planlegge – handle – observere – reflektere**. På samlingene planla og reflekterte de sammen. Hjemme, i mellomarbeidet, prøvde de ut tiltak og observerte hva som skjedde.

### Hvem sitter rundt bordet?

Samskaping handler om hvem som er med. Kommunene drøftet hvem som bør delta, hvorfor akkurat disse rollene skal være med nå, og hvem som eier utfordringen. Er det bare kulturskolen?

## Milepælsarrangementet 26. januar 2023

Erfaringene ble delt på et milepælsarrangement i Oslo 26. januar 2023. Der så deltakerne også framover: Hva har vært så lurt at vi bør ta det med videre? Erfaringene tas nå videre i de [regionale programmene](/veien-videre).

Temasiden om Fremtidens kulturskole på [ks.no](https://www.ks.no/) har artikler som oppsummerer piloten.`
			},
			{
				slug: 'prosjektledelse-og-medarbeidere',
				title: 'Prosjektledelse og -medarbeidere',
				menuTitle: 'Prosjektledelse',
				listing: 'personer',
				lead: 'Fremtidens kulturskole eies av Norsk kulturskoleråd og KS. Her ser du hvem som leder arbeidet, og hvordan du tar kontakt.',
				body: `## Prosjekteiere

Fremtidens kulturskole er en felles satsing fra to organisasjoner:

- **Norsk kulturskoleråd** er medlems- og utviklingsorganisasjonen for kommunene som eier kulturskolene. Organisasjonen har fylkesavdelinger som nå gjennomfører de regionale programmene.
- **KS** er kommunesektorens organisasjon, for kommuner og fylkeskommuner.

De to eierne har samarbeidet om prosjektet siden 2019. Sammen knytter de kulturskolens fagfelt til kommunenes arbeid med planlegging, tjenesteutvikling og samfunnsutvikling.

## Prosjektleder

Prosjektleder er **Torkel Øien**. Han er rådgiver både i KS og i Norsk kulturskoleråd, og arbeider dermed på tvers av de to eierorganisasjonene.

## Regionale program

De regionale programmene gjennomføres av fylkesavdelingene i Norsk kulturskoleråd. Har du spørsmål om programmet i din region, kan du kontakte fylkesavdelingen din eller sende en e-post til Norsk kulturskoleråd.

## Ta kontakt

Har du spørsmål om Fremtidens kulturskole, kan du skrive til [post@kulturskoleradet.no](mailto:post@kulturskoleradet.no). Spørsmål til KS kan sendes til [ks@ks.no](mailto:ks@ks.no).

Du finner også kontaktinformasjonen i [oversikten over personer og kontakter](/personer).`
			}
		]
	},
	{
		slug: 'kulturskole-3-0',
		title: 'Kulturskole 3.0',
		lead: 'Kulturskole 3.0 er en kulturskole som samarbeider med andre og bidrar til å utvikle kommunen. Den er et lokalt ressurssenter på tvers av sektorer og gjennom hele livet.',
		body: `## Fra tjeneste til utviklingsaktør

Begrepet Kulturskole 3.0 bygger på tanken om Kommune 3.0, samskapingskommunen. Der finner innbyggere, ansatte, politikere og partnere løsninger sammen. På samme måte kan kulturskolen gå fra å være et tilbud man bestiller, til å bli en aktør som er med og løser kommunens oppgaver.

## Temaene

Denne delen av nettstedet går gjennom de viktigste temaene i Kulturskole 3.0:

- **[Dette er kulturskole 3.0](/kulturskole-3-0/dette-er-kulturskole-3-0)** – bakgrunnen for begrepet og hva det betyr i praksis.
- **[Kulturskolen som ressurssenter](/kulturskole-3-0/kulturskolen-som-ressurssenter)** – samarbeid med barnevern, sosialtjeneste, flyktningtjeneste, helsetjeneste og eldreomsorg.
- **[Helhetlig oppvekst](/kulturskole-3-0/helhetlig-oppvekst)** – barnehage, skole, SFO og kulturskole som ett samlet økosystem.
- **[Livsløpsperspektivet](/kulturskole-3-0/livslopsperspektivet)** – kulturskole for flere enn barn og unge fra 6 til 19 år.
- **[Inkludering og utenforskap](/kulturskole-3-0/inkludering-og-utenforskap)** – kulturskole for alle, uansett bakgrunn og økonomi.
- **[Annet](/kulturskole-3-0/annet)** – innovasjon, samskaping i praksis og bærekraft, og de tre temapakkene.

## Koblingen til samfunnsmålene

Temaene henger sammen med samfunnsmålene som kommunene velger når de lager fremtidsbilder. Et mål om mindre utenforskap peker for eksempel mot temaet inkludering. Et mål om god folkehelse kan peke mot samarbeid med helsetjenesten og eldreomsorgen. Slik blir Kulturskole 3.0 et verktøy for å gjøre samfunnsmålene konkrete i kulturskolens hverdag.`,
		children: [
			{
				slug: 'dette-er-kulturskole-3-0',
				title: 'Dette er kulturskole 3.0',
				lead: 'Kulturskole 3.0 er en kulturskole som er med og utvikler kommunen. Den er et lokalt ressurssenter som samarbeider på tvers av sektorer og når innbyggere i alle aldre.',
				body: `## Tre måter å være kommune på

Begrepet er lånt fra tanken om Kommune 1.0, 2.0 og 3.0. De tre beskriver ulike forhold mellom kommunen og innbyggerne:

- **Kommune 1.0 – myndighetskommunen.** Kommunen bestemmer ovenfra og ned, og innbyggerne forholder seg til vedtakene.
- **Kommune 2.0 – tjenestekommunen.** Innbyggeren er bruker og kunde som bestiller tjenester, og kommunen leverer.
- **Kommune 3.0 – samskapingskommunen.** Innbyggere, ansatte, politikere og partnere finner løsninger sammen og deler ansvaret for dem.

## Hva betyr dette for kulturskolen?

En kulturskole 2.0 tilbyr undervisning til dem som søker plass. Det er et viktig tilbud, men det når bare en del av innbyggerne. En kulturskole 3.0 går lenger. Den er en **utviklingsaktør** som bidrar til å nå kommunens mål, og et **lokalt ressurssenter** som andre sektorer kan bruke.

Det betyr at kulturskolen:

- samarbeider med skole, barnehage, SFO, helse, NAV, bibliotek, frivillige og kulturlivet
- bidrar der kommunen har behov, for eksempel i arbeid med inkludering eller folkehelse
- tenker på hele livsløpet, ikke bare barn og unge
- lar brukerne være med og forme tilbudet

## Samskaping i praksis

Samskaping handler om å spørre hvem som bør sitte rundt bordet, og hvem som eier utfordringen. Er det bare kulturskolen, eller også skolen, helsetjenesten og frivilligheten? Når flere eier utfordringen, blir løsningene ofte bedre og mer varige.

## Ikke en mal, men en retning

Kulturskole 3.0 er ingen fast modell som passer alle. Hver kommune må finne ut hva det betyr lokalt, med utgangspunkt i egne samfunnsmål. Arbeidet med fremtidsbilder – målbilde, nåbilde og gapet mellom dem – er en måte å gjøre dette på.`
			},
			{
				slug: 'kulturskolen-som-ressurssenter',
				title: 'Kulturskolen som ressurssenter',
				menuTitle: 'Ressurssenter',
				lead: 'Kulturskolen har kompetanse som andre tjenester i kommunen kan ha nytte av. Som lokalt ressurssenter kan den bidra langt utover egen undervisning.',
				body: `## Kompetanse til flere

Kulturskolen har lærere med fagkunnskap innen musikk, dans, teater, visuell kunst, skriving og andre kunstfag. Denne kompetansen kan brukes i mange flere sammenhenger enn i kulturskolens egne timer. Som ressurssenter stiller kulturskolen kompetansen sin til rådighet for andre tjenester i kommunen.

## Samarbeidspartnere i kommunen

Aktuelle samarbeidspartnere kan være:

- **barnevernet** – kunst og kultur som en trygg arena for barn og unge i en sårbar situasjon
- **sosialtjenesten** – tilbud som gir mestring og fellesskap
- **flyktningtjenesten** – kunstuttrykk som fellesspråk og vei inn i lokalsamfunnet
- **helsetjenesten** – kulturaktiviteter som del av folkehelsearbeidet
- **eldreomsorgen** – musikk, dans og skapende aktivitet for eldre

Hvilke samarbeid som passer, avhenger av kommunens mål og behov. Poenget er at kulturskolen ikke jobber alene, men sammen med tjenester som allerede møter innbyggerne.

## Kulturelt entreprenørskap

Et ressurssenter kan også være en arena for kulturelt entreprenørskap. Det handler om å gi elever og innbyggere mulighet til å skape noe selv, prøve ut ideer og se hvordan kunst og kultur kan bli til nye aktiviteter i lokalsamfunnet.

## Spørsmål å drøfte i kommunegruppen

- Hvilke tjenester i kommunen kunne hatt nytte av kulturskolens kompetanse?
- Hvem eier utfordringen vi vil jobbe med – og hvem bør derfor sitte rundt bordet?
- Hva trenger kulturskolen selv for å kunne ta en slik rolle, for eksempel tid, organisering og forankring i planer?`
			},
			{
				slug: 'helhetlig-oppvekst',
				title: 'Helhetlig oppvekst',
				lead: 'Barnehage, skole, SFO og kulturskole møter de samme barna. Når de ses som ett samlet økosystem, kan kulturskolen bidra med kompetanse som utfyller de andre.',
				body: `## Ett økosystem for barn og unge

Barn beveger seg hver dag mellom barnehage, skole, SFO og fritid. For barnet henger dette sammen, men tjenestene er ofte organisert hver for seg. Tanken om helhetlig oppvekst er å se tjenestene som deler av ett økosystem, der hver del bidrar med det den er best på.

## Hva kulturskolen bidrar med

Kulturskolen har kompetanse som utfyller det barnehagen og skolen allerede har:

- fordypning i kunstfag som musikk, dans, teater og visuell kunst
- erfaring med å la barn og unge skape, øve og vise fram det de har laget
- arbeidsmåter som gir mestring og tilhørighet, også for barn som strever i andre sammenhenger

Denne kompetansen kan styrke læringsmiljøet og gi barn flere måter å lykkes på.

## Samarbeid i praksis

Helhetlig oppvekst krever at kulturskolen og skoleeier planlegger sammen. Derfor skal kommunegruppen i Fremtidens kulturskole alltid ha med en representant for skoleeier. Samarbeidet bør forankres i kommunens planer, for eksempel i oppvekstplanen og i kommuneplanens samfunnsdel.

Samarbeidet kan også omfatte frivillig sektor, som korps og kor, og andre lokale aktører. Det nasjonale dialogseminaret 29. april 2024 spurte nettopp hvordan et mer helhetlig samarbeid med frivilligheten og andre lokale aktører kan gi bedre skole, bedre kulturskole og bedre oppvekst.

## Spørsmål å drøfte

- Hvor møter kulturskolen barna i dag – og hvor gjør den det ikke?
- Hva kan kulturskolen tilby som barnehage, skole og SFO ikke har selv?
- Hvordan kan vi planlegge sammen i stedet for ved siden av hverandre?`
			},
			{
				slug: 'livslopsperspektivet',
				title: 'Livsløpsperspektivet',
				lead: 'Kulturskolen har mest tilbud til barn og unge fra 6 til 19 år. Et livsløpsperspektiv betyr å spørre hva kulturskolen kan bety for innbyggere i alle aldre.',
				body: `## Kulturskole hele livet

De fleste elevene i kulturskolen er mellom 6 og 19 år. Men behovet for kunst og kultur slutter ikke når man fyller 20. Småbarn, voksne og eldre kan også ha glede og nytte av kulturskolens kompetanse. Livsløpsperspektivet handler om å se kulturskolen som en ressurs gjennom hele livet.

Temaet var også hovedtema for nettmøtet 22. september 2020, og for den tredje temapakken, «Kulturskole hele livet».

## Brukerreiser

En brukerreise beskriver hvordan en innbygger møter kulturskolen over tid – fra første kontakt, gjennom ulike tilbud og videre i livet. Ved å tegne slike reiser kan kommunen se:

- hvor innbyggerne møter kulturskolen, og hvor de faller fra
- hvilke aldersgrupper som mangler tilbud
- hvor kulturskolen kan samarbeide med andre for å nå flere

## Dialogkafé

En dialogkafé er en enkel måte å hente innspill fra mange på. Deltakerne sitter ved bord og snakker om ett spørsmål om gangen, og bytter bord underveis. Metoden passer godt når kulturskolen vil høre fra innbyggere, brukere og samarbeidspartnere om hva de ønsker seg.

## Hvem kan samarbeide?

Et livsløpsperspektiv gjør det naturlig å samarbeide med flere enn skole og barnehage, for eksempel:

- eldreomsorgen og helsetjenesten
- biblioteket
- frivillige lag og foreninger, som korps og kor
- det lokale kulturlivet

## Spørsmål å drøfte

- Hvem i kommunen har ikke noe kulturskoletilbud i dag?
- Hvilke mål i kommunens planer kan et livsløpsperspektiv bidra til, for eksempel innen folkehelse?`
			},
			{
				slug: 'inkludering-og-utenforskap',
				title: 'Inkludering og utenforskap',
				lead: 'Kulturskolen skal være for alle. Det betyr at barn og unge skal ha tilgang til kulturskolen uavhengig av kjønn, klasse, etnisitet, legning, økonomi og bakgrunn.',
				body: `## Kulturskole for alle

«Kulturskole for alle» er tittelen på den reviderte rammeplanen for kulturskolen fra 2024, og den beskriver en tydelig ambisjon. Kulturskolen skal ikke bare være et tilbud for dem som allerede kjenner til den og har råd til den. Tilgangen skal ikke avhenge av:

- kjønn
- klasse
- etnisitet
- legning
- økonomi
- opprinnelse og bakgrunn

I dag går omtrent 13–14 prosent av barna i grunnskolealder i kulturskolen. Det betyr at de fleste barn ikke er med. Spørsmålet er hvem som mangler, og hvorfor.

## Kulturskolen mot utenforskap

Kunst og kultur kan gi fellesskap, mestring og tilhørighet. Derfor kan kulturskolen være en viktig del av kommunens arbeid mot utenforskap. Da må kulturskolen samarbeide med tjenester som når barn og familier som ikke oppsøker kulturskolen selv, for eksempel:

- skole, barnehage og SFO
- flyktningtjenesten
- barnevernet og sosialtjenesten
- NAV og biblioteket
- frivillige organisasjoner

## Inkluderende og mangfoldig

Prosjektrapporten «På vei mot Fremtidens kulturskole» nevner «inkluderende og mangfoldig» som ett av fire verdiområder for kulturskolen. Det handler både om hvem som får plass, og om hva kulturskolen tilbyr. Et mangfold av uttrykk og sjangre gjør det lettere for flere å kjenne seg igjen.

## Spørsmål å drøfte

- Hvem går i kulturskolen i vår kommune – og hvem gjør det ikke?
- Hvilke hindringer møter familier som ikke søker plass?
- Hvilke samarbeidspartnere kan hjelpe oss å nå flere?`
			},
			{
				slug: 'annet',
				title: 'Annet',
				lead: 'Her har vi samlet flere temaer fra prosjektet: innovasjon i kulturskolen, samskaping i praksis og bærekraft. Her finner du også de tre temapakkene.',
				body: `## Innovasjon i kulturskolen

I mars 2021 inviterte KS og Norsk kulturskoleråd til et temamøte med tittelen «Innovasjon i kulturskolen: Trendy tiltak eller dyd av nødvendighet?». Innleder var Torild Oddane, førsteamanuensis i organisasjon og ledelse ved Handelshøyskolen i Trondheim, NTNU. Hun har skrevet boka «Kreativitet og innovasjon – Fem sider av nesten samme sak».

Prosjektleder Torkel Øien pekte på at innovasjon kan oppleves som et krevende moteord. Likevel er det et steg på veien mot det man ønsker: relevante, bedre og nye tjenester. Målet med møtet var å gjøre innovasjonsarbeid tilgjengelig for flere.

## Samskaping i praksis

Samskaping går igjen når det er snakk om gode tjenester og gode lokalsamfunn. På en digital temasamling i april 2022 delte prosjektet «Biblioteket som samskaper» sine erfaringer. Gjesdal kommune fortalte om samskaping med ungdom, og Vestre Toten kommune om hva samskaping krever av lederne. Et sentralt spørsmål var: Hvordan finner vi de gode løsningene sammen – og hvem er egentlig «vi»?

## Bærekraft og FNs bærekraftsmål

Bærekraft er et viktig stikkord i Fremtidens kulturskole. Arbeidet kan knyttes til flere av FNs bærekraftsmål:

- **Mål 3** – god helse og livskvalitet
- **Mål 4** – god utdanning
- **Mål 10** – mindre ulikhet
- **Mål 11** – bærekraftige byer og lokalsamfunn
- **Mål 17** – samarbeid for å nå målene

Når kommunen velger samfunnsmål for kulturskolen, kan bærekraftsmålene hjelpe med å sette arbeidet inn i en større sammenheng.

## Temapakkene

KS og Norsk kulturskoleråd har laget tre temapakker som bygger på rapporten «På vei mot Fremtidens kulturskole». De gjør det mulig for alle regioner og kommuner å bruke materialet i egne samlinger og møter:

1. Hovedfunn og bakgrunn
2. Kulturskolen i samfunnet
3. Kulturskole hele livet

Temapakkene finner du i listen under.`,
				listing: 'temapakker'
			}
		]
	},
	{
		slug: 'veien-videre',
		title: 'Veien videre',
		lead: 'Erfaringene fra pilotprosjektet tas nå videre i regionale program, som fylkesavdelingene i Norsk kulturskoleråd gjennomfører sammen med medlemskommunene.',
		body: `## Regionale program

Fra 2023 har Fremtidens kulturskole gått over i regionale program. Det er fylkesavdelingene i Norsk kulturskoleråd som står for programmene i sin region. Kunnskapen og erfaringene fra pilotprosjektet «Kulturskolen som utviklingsaktør i fremtidens kommune» er grunnlaget.

### Slik blir man med

1. Fylkesavdelingen melder interesse for å gjennomføre et regionalt program.
2. Medlemskommunene i regionen søker om å delta.
3. Kommunene som blir med, setter sammen en kommunegruppe og møter de andre på samlinger.

I 2024 var søknadsfristen for kommunene 15. mai, og programmet startet med en oppstartssamling i september.

### Ikke et prosjekt i tillegg til alt annet

Det regionale programmet er ikke et eget prosjekt ved siden av kommunens øvrige arbeid. Det skal gi en ramme for utviklingsarbeid som kommunen og regionen allerede har valgt å prioritere. Fremtidens kulturskole hjelper til med å gjøre dette arbeidet konkret og planmessig, og knytter det til kommunens planer.

Les mer i grunnlagsdokumentet for programmet, som ligger på [kulturskoleradet.no](https://www.kulturskoleradet.no/).

## Nasjonale dialogseminarer

Norsk kulturskoleråd, KS og Utdanningsdirektoratet (Udir) arrangerer nasjonale dialogseminarer om samarbeid mellom kultur- og oppvekstsektoren.

- **April 2023:** det første nasjonale dialogseminaret. Opptak, forberedelser og dialogspørsmål er tilgjengelige.
- **29. april 2024:** «Kunst og kultur i arbeid med styrket læringsmiljø og gode oppvekstmiljø». Seminaret spurte hvordan et mer helhetlig samarbeid med frivillig sektor og andre lokale aktører kan gi bedre skole, bedre kulturskole og bedre oppvekst.

### Bruk materialet lokalt

Opptakene, forberedelsesmaterialet og dialogspørsmålene kan brukes der samhandling og utviklingsarbeid i kultur- og oppvekstsektoren står på dagsordenen. Det kan være i en enkelt kommune, på regionale samlinger og fylkessamlinger eller på andre møteplasser. Se opptakene under [Film/video](/film-og-video).`
	},
	{
		slug: 'film-og-video',
		title: 'Film/video',
		lead: 'Her finner du animasjonsfilmen om Fremtidens kulturskole og opptak fra nettmøter, verksted og nasjonale dialogseminarer.',
		body: `## Animasjonsfilmen

Animasjonsfilmen om Fremtidens kulturskole kom i september 2020, samtidig med oppstarten av forpiloten. Filmen varer i 2 minutter og 50 sekunder. Den forklarer hva prosjektet leter etter, hva som menes med Kulturskole 3.0, og inviterer flere til å være med på arbeidet.

Filmen finnes i to versjoner:

- **med undertekster**
- **uten undertekster**

Under filmen finner du også en tekstversjon av det som blir sagt.

## Opptak fra møter og seminarer

Mange av møtene i prosjektet er tatt opp, slik at flere kan få med seg innholdet i etterkant:

- nettmøtet om kulturskole hele livet, 22. september 2020
- temamøtet om Fremtidens kulturskole, 4. desember 2020
- temamøtet om innovasjon i kulturskolen, 3. mars 2021
- verkstedet før pilotprosjektet, 10. mars 2021
- det nasjonale dialogseminaret i april 2023
- det nasjonale dialogseminaret 29. april 2024

## Bruk opptakene i egen kommune

Opptakene kan brukes som utgangspunkt for samtaler i kommunegruppen, i ledergrupper eller på regionale samlinger. Se for eksempel et innlegg sammen og drøft etterpå hva det betyr for dere. Til dialogseminarene finnes det også forberedelsesmateriale og dialogspørsmål.

Videoene ligger på Vimeo. Filmer og opptak finner du i listen under.`,
		listing: 'filmer'
	},
	{
		slug: 'tilgjengelighet',
		title: 'Tilgjengelighetserklæring',
		showInMenu: false,
		lead: 'Vi vil at alle skal kunne bruke dette nettstedet. Her kan du lese hvordan vi følger kravene til universell utforming, og hvordan du kan si fra hvis noe ikke fungerer.',
		body: `## Krav vi følger

Nettstedet Fremtidens kulturskole skal oppfylle kravene i WCAG 2.1 på nivå A og AA. Det er de 47 suksesskriteriene som forskriften om universell utforming av IKT-løsninger krever for nettsteder i Norge.

## Slik har vi testet

Vi har testet nettstedet på flere måter:

- automatisk kontroll med verktøyet axe-core på alle sider
- bruk av hele nettstedet med bare tastatur
- forstørrelse til 400 prosent
- visning på en skjerm som er 360 piksler bred
- bruk uten JavaScript

## Kjente mangler

Vi kjenner ikke til brudd på kravene nå.

Videoene ligger på Vimeo. De finnes i en versjon med undertekster, og på siden der videoen vises, finner du en tekstversjon av innholdet.

Finner du noe som ikke virker, vil vi gjerne høre om det.

## Gi tilbakemelding

Opplever du problemer med å bruke nettstedet, eller har du forslag til forbedringer? Send oss en e-post:

[Gi tilbakemelding om tilgjengelighet](mailto:post@kulturskoleradet.no?subject=Tilgjengelighet%20p%C3%A5%20Fremtidens%20kulturskole)

Skriv gjerne hvilken side det gjelder, hva du prøvde å gjøre, og hvilket utstyr eller hjelpemiddel du brukte. Vi svarer så snart vi kan.

## Klage

Er du ikke fornøyd med svaret fra oss, kan du klage til Tilsynet for universell utforming av IKT. Tilsynet fører kontroll med at nettsteder følger reglene. Les mer på [uutilsynet.no](https://www.uutilsynet.no/).

## Om erklæringen

Erklæringen ble sist oppdatert 25. november 2026.`
	},
	{
		slug: 'personvern',
		title: 'Personvernerklæring',
		showInMenu: false,
		lead: 'Her kan du lese hvilke personopplysninger nettstedet Fremtidens kulturskole behandler, hvorfor vi gjør det, hvor lenge vi tar vare på dem, og hvilke rettigheter du har.',
		body: `## Behandlingsansvarlig

Norsk kulturskoleråd er behandlingsansvarlig for personopplysningene på dette nettstedet. Fremtidens kulturskole eies av Norsk kulturskoleråd og KS sammen, og KS er medeier av programmet.

## Ingen sporing

Vi bruker ikke informasjonskapsler (cookies) for sporing eller statistikk, og vi laster ikke inn skript fra tredjeparter. Du kan lese nettstedet uten å bli registrert.

## Hva vi behandler, og hvorfor

### Innlogging

Logger du inn, setter vi en øktkapsel (session cookie). Den er nødvendig for at innloggingen skal virke, og brukes ikke til noe annet. Den forsvinner når du logger ut eller økten utløper.

### Brukerkonto

Har du en brukerkonto, lagrer vi navn, e-postadresse og hvilken kommune eller organisasjon du tilhører. Vi bruker opplysningene til å gi deg tilgang til verktøy og påmeldinger. Kontoen beholdes så lenge du bruker den. Du kan når som helst be oss slette den.

### Påmelding til arrangementer

Melder du deg på et arrangement, lagrer vi navn, e-postadresse, kommune eller organisasjon, rolle og svarene dine i påmeldingsskjemaet. Vi trenger dette for å gjennomføre arrangementet. Tolv måneder etter arrangementet anonymiseres påmeldingen.

### Kosthold og allergier

For fysiske arrangementer kan du oppgi behov knyttet til kosthold eller allergier. Slike opplysninger kan si noe om helse eller religion. Det er derfor frivillig å svare, og vi ber om ditt uttrykkelige samtykke. Opplysningene slettes dagen etter arrangementet.

### Verktøyet for fremtidsbilder

Når kommunegruppen bruker verktøyet for fremtidsbilder, lagres vurderingene dine. De enkeltes vurderinger vises aldri til andre. Resultater vises bare samlet, og bare når minst tre personer har svart. Svarene tas vare på så lenge kommunegruppen bruker verktøyet i programmet.

### E-post

Vi sender e-post, for eksempel bekreftelser på påmelding og meldinger om kontoen din, gjennom vårt eget e-postsystem.

## Rettslig grunnlag

- Påmeldinger, brukerkontoer og verktøyet for fremtidsbilder behandles fordi det er nødvendig for å levere tjenesten du har bedt om (personvernforordningen artikkel 6 nr. 1 bokstav b).
- Opplysninger om kosthold og allergier behandles bare med ditt uttrykkelige samtykke (artikkel 9 nr. 2 bokstav a). Du kan trekke samtykket tilbake når som helst.
- Øktkapselen er strengt nødvendig for innloggingen og krever derfor ikke samtykke.

## Lagringstid

| Opplysninger | Hvor lenge |
| --- | --- |
| Øktkapsel | Til du logger ut eller økten utløper |
| Brukerkonto | Så lenge du bruker kontoen, eller til du ber om sletting |
| Påmelding | Anonymiseres 12 måneder etter arrangementet |
| Kosthold og allergier | Slettes dagen etter arrangementet |
| Fremtidsbilder | Så lenge kommunegruppen bruker verktøyet i programmet |

## Dine rettigheter

Du har rett til å:

- få innsyn i hvilke opplysninger vi har om deg
- få rettet opplysninger som er feil
- få slettet opplysninger
- protestere mot behandlingen

Du kan også klage til Datatilsynet hvis du mener vi behandler opplysningene dine i strid med reglene. Les mer på [datatilsynet.no](https://www.datatilsynet.no/).

## Kontakt

Spørsmål om personvern kan du sende til [post@kulturskoleradet.no](mailto:post@kulturskoleradet.no).

Erklæringen ble sist oppdatert 25. november 2026.`
	}
];
