/**
 * Nynorsk versions of the demo content: the front page, every Kulturskole 3.0 page,
 * «Veien videre», five news items and one event. Written as nynorsk, not word-swapped bokmål;
 * proper names («Fremtidens kulturskole», «Kulturskole 3.0», report titles) stay as they are.
 */
import type { DemoTranslation } from './translations';

export const pagesNn: DemoTranslation[] = [
	{
		key: '/',
		title: 'Fremtidens kulturskole',
		lead: 'Korleis ser kulturskulen i framtida ut? Vi vil finne ut kva funksjon kulturskulen kan fylle i kommunen, kva mål han kan hjelpe til med å nå, og korleis han kan bli ein sterkare samfunnsaktør som er relevant for fleire innbyggjarar.',
		body: `Kulturskulen finst i alle kommunane i landet. Likevel er det ofte uklart kva plass han har i dei store oppgåvene til kommunen. Skal kulturskulen bety noko for fleire enn dei som alt går der, må kommunen vite kva han ønskjer å bruke kulturskulen til.

Difor byrjar vi med samfunnsmåla. Når kommunen har bestemt kva han vil oppnå – til dømes ein heilskapleg oppvekst, mindre utanforskap eller betre folkehelse – blir det lettare å sjå kva rolle kulturskulen bør ha, kven han skal samarbeide med, og korleis tilbodet bør rettast inn.

Kommunane arbeider med framtidsbilete i samansette kommunegrupper. Kulturskulen sit ved bordet saman med skuleeigar og andre sektorar i kommunen, og gjerne med partnarar som bibliotek, frivillige lag, korps og kor og det lokale kulturlivet. Saman skildrar dei kvar dei vil, kvar dei står i dag, og kva som skal til for å kome dit.

Fremtidens kulturskole er eigd av KS og Norsk kulturskoleråd. Arbeidet tok til i 2019 og har gått via forpilot og pilot til regionale program, der fylkesavdelingane i Norsk kulturskoleråd og medlemskommunane tek metoden i bruk.`
	},
	{
		key: '/kulturskole-3-0',
		title: 'Kulturskole 3.0',
		lead: 'Kulturskole 3.0 er ein kulturskule som samarbeider med andre og er med på å utvikle kommunen. Han er eit lokalt ressurssenter på tvers av sektorar og gjennom heile livet.',
		body: `## Frå teneste til utviklingsaktør

Omgrepet Kulturskole 3.0 byggjer på tanken om Kommune 3.0, samskapingskommunen. Der finn innbyggjarar, tilsette, politikarar og partnarar løysingar saman. På same måten kan kulturskulen gå frå å vere eit tilbod ein bestiller, til å bli ein aktør som er med og løyser oppgåvene til kommunen.

## Temaa

Denne delen av nettstaden går gjennom dei viktigaste temaa i Kulturskole 3.0:

- **[Dette er kulturskole 3.0](/nn/kulturskole-3-0/dette-er-kulturskole-3-0)** – bakgrunnen for omgrepet og kva det tyder i praksis.
- **[Kulturskulen som ressurssenter](/nn/kulturskole-3-0/kulturskolen-som-ressurssenter)** – samarbeid med barnevern, sosialteneste, flyktningteneste, helseteneste og eldreomsorg.
- **[Heilskapleg oppvekst](/nn/kulturskole-3-0/helhetlig-oppvekst)** – barnehage, skule, SFO og kulturskule som eitt samla økosystem.
- **[Livsløpsperspektivet](/nn/kulturskole-3-0/livslopsperspektivet)** – kulturskule for fleire enn born og unge frå 6 til 19 år.
- **[Inkludering og utanforskap](/nn/kulturskole-3-0/inkludering-og-utenforskap)** – kulturskule for alle, same kva bakgrunn og økonomi ein har.
- **[Anna](/nn/kulturskole-3-0/annet)** – innovasjon, samskaping i praksis og berekraft, og dei tre temapakkane.

## Koplinga til samfunnsmåla

Temaa heng saman med samfunnsmåla som kommunane vel når dei lagar framtidsbilete. Eit mål om mindre utanforskap peikar til dømes mot temaet inkludering. Eit mål om god folkehelse kan peike mot samarbeid med helsetenesta og eldreomsorga. Slik blir Kulturskole 3.0 eit verktøy for å gjere samfunnsmåla konkrete i kvardagen til kulturskulen.`
	},
	{
		key: '/kulturskole-3-0/dette-er-kulturskole-3-0',
		title: 'Dette er kulturskole 3.0',
		lead: 'Kulturskole 3.0 er ein kulturskule som er med og utviklar kommunen. Han er eit lokalt ressurssenter som samarbeider på tvers av sektorar og når innbyggjarar i alle aldrar.',
		body: `## Tre måtar å vere kommune på

Omgrepet er lånt frå tanken om Kommune 1.0, 2.0 og 3.0. Dei tre skildrar ulike forhold mellom kommunen og innbyggjarane:

- **Kommune 1.0 – styresmaktskommunen.** Kommunen bestemmer ovanfrå og ned, og innbyggjarane held seg til vedtaka.
- **Kommune 2.0 – tenestekommunen.** Innbyggjaren er brukar og kunde som bestiller tenester, og kommunen leverer.
- **Kommune 3.0 – samskapingskommunen.** Innbyggjarar, tilsette, politikarar og partnarar finn løysingar saman og deler ansvaret for dei.

## Kva tyder dette for kulturskulen?

Ein kulturskule 2.0 tilbyr undervisning til dei som søkjer plass. Det er eit viktig tilbod, men det når berre ein del av innbyggjarane. Ein kulturskule 3.0 går lenger. Han er ein **utviklingsaktør** som hjelper kommunen å nå måla sine, og eit **lokalt ressurssenter** som andre sektorar kan bruke.

Det tyder at kulturskulen:

- samarbeider med skule, barnehage, SFO, helse, NAV, bibliotek, frivillige og kulturlivet
- bidreg der kommunen har behov, til dømes i arbeid med inkludering eller folkehelse
- tenkjer på heile livsløpet, ikkje berre born og unge
- lèt brukarane vere med og forme tilbodet

## Samskaping i praksis

Samskaping handlar om å spørje kven som bør sitje rundt bordet, og kven som eig utfordringa. Er det berre kulturskulen, eller òg skulen, helsetenesta og frivilligheita? Når fleire eig utfordringa, blir løysingane ofte betre og meir varige.

## Ikkje ein mal, men ei retning

Kulturskole 3.0 er ingen fast modell som passar for alle. Kvar kommune må finne ut kva det tyder lokalt, med utgangspunkt i sine eigne samfunnsmål. Arbeidet med framtidsbilete – målbilete, notidsbilete og gapet mellom dei – er ein måte å gjere dette på.`
	},
	{
		key: '/kulturskole-3-0/kulturskolen-som-ressurssenter',
		title: 'Kulturskulen som ressurssenter',
		menuTitle: 'Ressurssenter',
		lead: 'Kulturskulen har kompetanse som andre tenester i kommunen kan ha nytte av. Som lokalt ressurssenter kan han bidra langt ut over si eiga undervisning.',
		body: `## Kompetanse til fleire

Kulturskulen har lærarar med fagkunnskap innan musikk, dans, teater, visuell kunst, skriving og andre kunstfag. Denne kompetansen kan brukast i mange fleire samanhengar enn i dei timane kulturskulen sjølv har. Som ressurssenter stiller kulturskulen kompetansen sin til rådvelde for andre tenester i kommunen.

## Samarbeidspartnarar i kommunen

Aktuelle samarbeidspartnarar kan vere:

- **barnevernet** – kunst og kultur som ein trygg arena for born og unge i ein sårbar situasjon
- **sosialtenesta** – tilbod som gjev meistring og fellesskap
- **flyktningtenesta** – kunstuttrykk som felles språk og veg inn i lokalsamfunnet
- **helsetenesta** – kulturaktivitetar som del av folkehelsearbeidet
- **eldreomsorga** – musikk, dans og skapande aktivitet for eldre

Kva samarbeid som passar, kjem an på måla og behova til kommunen. Poenget er at kulturskulen ikkje arbeider åleine, men saman med tenester som alt møter innbyggjarane.

## Kulturelt entreprenørskap

Eit ressurssenter kan òg vere ein arena for kulturelt entreprenørskap. Det handlar om å gje elevar og innbyggjarar høve til å skape noko sjølve, prøve ut idear og sjå korleis kunst og kultur kan bli til nye aktivitetar i lokalsamfunnet.

## Spørsmål å drøfte i kommunegruppa

- Kva tenester i kommunen kunne hatt nytte av kompetansen til kulturskulen?
- Kven eig utfordringa vi vil arbeide med – og kven bør difor sitje rundt bordet?
- Kva treng kulturskulen sjølv for å kunne ta ei slik rolle, til dømes tid, organisering og forankring i planar?`
	},
	{
		key: '/kulturskole-3-0/helhetlig-oppvekst',
		title: 'Heilskapleg oppvekst',
		lead: 'Barnehage, skule, SFO og kulturskule møter dei same borna. Når dei blir sette på som eitt samla økosystem, kan kulturskulen bidra med kompetanse som fyller ut dei andre.',
		body: `## Eitt økosystem for born og unge

Born flyttar seg kvar dag mellom barnehage, skule, SFO og fritid. For barnet heng dette saman, men tenestene er ofte organiserte kvar for seg. Tanken om heilskapleg oppvekst er å sjå tenestene som delar av eitt økosystem, der kvar del bidreg med det han er best på.

## Kva kulturskulen bidreg med

Kulturskulen har kompetanse som fyller ut det barnehagen og skulen alt har:

- fordjuping i kunstfag som musikk, dans, teater og visuell kunst
- røynsle med å la born og unge skape, øve og vise fram det dei har laga
- arbeidsmåtar som gjev meistring og tilhøyrsle, òg for born som slit i andre samanhengar

Denne kompetansen kan styrkje læringsmiljøet og gje born fleire måtar å lukkast på.

## Samarbeid i praksis

Heilskapleg oppvekst krev at kulturskulen og skuleeigar planlegg saman. Difor skal kommunegruppa i Fremtidens kulturskole alltid ha med ein representant for skuleeigar. Samarbeidet bør vere forankra i planane til kommunen, til dømes i oppvekstplanen og i samfunnsdelen av kommuneplanen.

Samarbeidet kan òg omfatte frivillig sektor, som korps og kor, og andre lokale aktørar. Det nasjonale dialogseminaret 29. april 2024 spurde nettopp korleis eit meir heilskapleg samarbeid med frivilligheita og andre lokale aktørar kan gje betre skule, betre kulturskule og betre oppvekst.

## Spørsmål å drøfte

- Kvar møter kulturskulen borna i dag – og kvar gjer han det ikkje?
- Kva kan kulturskulen tilby som barnehagen, skulen og SFO ikkje har sjølve?
- Korleis kan vi planleggje saman i staden for ved sida av kvarandre?`
	},
	{
		key: '/kulturskole-3-0/livslopsperspektivet',
		title: 'Livsløpsperspektivet',
		lead: 'Kulturskulen har mest tilbod til born og unge frå 6 til 19 år. Eit livsløpsperspektiv tyder å spørje kva kulturskulen kan bety for innbyggjarar i alle aldrar.',
		body: `## Kulturskule heile livet

Dei fleste elevane i kulturskulen er mellom 6 og 19 år. Men behovet for kunst og kultur tek ikkje slutt når ein fyller 20. Småborn, vaksne og eldre kan òg ha glede og nytte av kompetansen til kulturskulen. Livsløpsperspektivet handlar om å sjå kulturskulen som ein ressurs gjennom heile livet.

Temaet var òg hovudtema for nettmøtet 22. september 2020, og for den tredje temapakken, «Kulturskole hele livet».

## Brukarreiser

Ei brukarreise skildrar korleis ein innbyggjar møter kulturskulen over tid – frå den første kontakten, gjennom ulike tilbod og vidare i livet. Ved å teikne slike reiser kan kommunen sjå:

- kvar innbyggjarane møter kulturskulen, og kvar dei fell frå
- kva aldersgrupper som manglar tilbod
- kvar kulturskulen kan samarbeide med andre for å nå fleire

## Dialogkafé

Ein dialogkafé er ein enkel måte å hente innspel frå mange på. Deltakarane sit ved bord og snakkar om eitt spørsmål om gongen, og byter bord undervegs. Metoden passar godt når kulturskulen vil høyre frå innbyggjarar, brukarar og samarbeidspartnarar om kva dei ønskjer seg.

## Kven kan samarbeide?

Eit livsløpsperspektiv gjer det naturleg å samarbeide med fleire enn skule og barnehage, til dømes:

- eldreomsorga og helsetenesta
- biblioteket
- frivillige lag og foreiningar, som korps og kor
- det lokale kulturlivet

## Spørsmål å drøfte

- Kven i kommunen har ikkje noko kulturskuletilbod i dag?
- Kva mål i planane til kommunen kan eit livsløpsperspektiv bidra til, til dømes innan folkehelse?`
	},
	{
		key: '/kulturskole-3-0/inkludering-og-utenforskap',
		title: 'Inkludering og utanforskap',
		lead: 'Kulturskulen skal vere for alle. Det tyder at born og unge skal ha tilgang til kulturskulen same kva kjønn, klasse, etnisitet, legning, økonomi og bakgrunn dei har.',
		body: `## Kulturskule for alle

«Kulturskole for alle» er tittelen på den reviderte rammeplanen for kulturskulen frå 2024, og han skildrar ein tydeleg ambisjon. Kulturskulen skal ikkje berre vere eit tilbod for dei som alt kjenner til han og har råd til han. Tilgangen skal ikkje vere avhengig av:

- kjønn
- klasse
- etnisitet
- legning
- økonomi
- opphav og bakgrunn

I dag går om lag 13–14 prosent av borna i grunnskulealder i kulturskulen. Det tyder at dei fleste borna ikkje er med. Spørsmålet er kven som manglar, og kvifor.

## Kulturskulen mot utanforskap

Kunst og kultur kan gje fellesskap, meistring og tilhøyrsle. Difor kan kulturskulen vere ein viktig del av arbeidet kommunen gjer mot utanforskap. Då må kulturskulen samarbeide med tenester som når born og familiar som ikkje sjølve søkjer seg til kulturskulen, til dømes:

- skule, barnehage og SFO
- flyktningtenesta
- barnevernet og sosialtenesta
- NAV og biblioteket
- frivillige organisasjonar

## Inkluderande og mangfaldig

Prosjektrapporten «På vei mot Fremtidens kulturskole» nemner «inkluderande og mangfaldig» som eitt av fire verdiområde for kulturskulen. Det handlar både om kven som får plass, og om kva kulturskulen tilbyr. Eit mangfald av uttrykk og sjangrar gjer det lettare for fleire å kjenne seg att.

## Spørsmål å drøfte

- Kven går i kulturskulen i kommunen vår – og kven gjer det ikkje?
- Kva hindringar møter familiar som ikkje søkjer plass?
- Kva samarbeidspartnarar kan hjelpe oss å nå fleire?`
	},
	{
		key: '/kulturskole-3-0/annet',
		title: 'Anna',
		lead: 'Her har vi samla fleire tema frå prosjektet: innovasjon i kulturskulen, samskaping i praksis og berekraft. Her finn du òg dei tre temapakkane.',
		body: `## Innovasjon i kulturskulen

I mars 2021 inviterte KS og Norsk kulturskoleråd til eit temamøte med tittelen «Innovasjon i kulturskolen: Trendy tiltak eller dyd av nødvendighet?». Innleiar var Torild Oddane, førsteamanuensis i organisasjon og leiing ved Handelshøyskolen i Trondheim, NTNU. Ho har skrive boka «Kreativitet og innovasjon – Fem sider av nesten samme sak».

Prosjektleiar Torkel Øien peika på at innovasjon kan opplevast som eit krevjande moteord. Likevel er det eit steg på vegen mot det ein ønskjer seg: relevante, betre og nye tenester. Målet med møtet var å gjere innovasjonsarbeid tilgjengeleg for fleire.

## Samskaping i praksis

Samskaping går att når det er snakk om gode tenester og gode lokalsamfunn. På ei digital temasamling i april 2022 delte prosjektet «Biblioteket som samskaper» røynslene sine. Gjesdal kommune fortalde om samskaping med ungdom, og Vestre Toten kommune om kva samskaping krev av leiarane. Eit sentralt spørsmål var: Korleis finn vi dei gode løysingane saman – og kven er eigentleg «vi»?

## Berekraft og berekraftsmåla til FN

Berekraft er eit viktig stikkord i Fremtidens kulturskole. Arbeidet kan knytast til fleire av berekraftsmåla til FN:

- **Mål 3** – god helse og livskvalitet
- **Mål 4** – god utdanning
- **Mål 10** – mindre ulikskap
- **Mål 11** – berekraftige byar og lokalsamfunn
- **Mål 17** – samarbeid for å nå måla

Når kommunen vel samfunnsmål for kulturskulen, kan berekraftsmåla hjelpe til med å setje arbeidet inn i ein større samanheng.

## Temapakkane

KS og Norsk kulturskoleråd har laga tre temapakkar som byggjer på rapporten «På vei mot Fremtidens kulturskole». Dei gjer det mogleg for alle regionar og kommunar å bruke materialet på eigne samlingar og møte:

1. Hovudfunn og bakgrunn
2. Kulturskulen i samfunnet
3. Kulturskule heile livet

Temapakkane finn du i lista under.`
	},
	{
		key: '/veien-videre',
		title: 'Vegen vidare',
		lead: 'Røynslene frå pilotprosjektet blir no tekne vidare i regionale program, som fylkesavdelingane i Norsk kulturskoleråd gjennomfører saman med medlemskommunane.',
		body: `## Regionale program

Frå 2023 har Fremtidens kulturskole gått over i regionale program. Det er fylkesavdelingane i Norsk kulturskoleråd som står for programma i sin region. Kunnskapen og røynslene frå pilotprosjektet «Kulturskolen som utviklingsaktør i fremtidens kommune» er grunnlaget.

### Slik blir ein med

1. Fylkesavdelinga melder interesse for å gjennomføre eit regionalt program.
2. Medlemskommunane i regionen søkjer om å vere med.
3. Kommunane som blir med, set saman ei kommunegruppe og møter dei andre på samlingar.

I 2024 var søknadsfristen for kommunane 15. mai, og programmet starta med ei oppstartssamling i september.

### Ikkje eit prosjekt i tillegg til alt anna

Det regionale programmet er ikkje eit eige prosjekt ved sida av det andre arbeidet i kommunen. Det skal gje ei ramme for utviklingsarbeid som kommunen og regionen alt har valt å prioritere. Fremtidens kulturskole hjelper til med å gjere dette arbeidet konkret og planmessig, og knyter det til planane i kommunen.

Les meir i grunnlagsdokumentet for programmet, som ligg på [kulturskoleradet.no](https://www.kulturskoleradet.no/).

## Nasjonale dialogseminar

Norsk kulturskoleråd, KS og Utdanningsdirektoratet (Udir) skipar til nasjonale dialogseminar om samarbeid mellom kultur- og oppvekstsektoren.

- **April 2023:** det første nasjonale dialogseminaret. Opptak, førebuingar og dialogspørsmål er tilgjengelege.
- **29. april 2024:** «Kunst og kultur i arbeid med styrket læringsmiljø og gode oppvekstmiljø». Seminaret spurde korleis eit meir heilskapleg samarbeid med frivillig sektor og andre lokale aktørar kan gje betre skule, betre kulturskule og betre oppvekst.

### Bruk materialet lokalt

Opptaka, førebuingsmaterialet og dialogspørsmåla kan brukast der samhandling og utviklingsarbeid i kultur- og oppvekstsektoren står på dagsordenen. Det kan vere i ein enkelt kommune, på regionale samlingar og fylkessamlingar eller på andre møteplassar. Sjå opptaka under [Film/video](/nn/film-og-video).`
	}
];

export const newsNn: DemoTranslation[] = [
	{
		key: 'nytt-dialogseminar-29-april-2024',
		title:
			'Nytt dialogseminar: Kunst og kultur i arbeid med styrkt læringsmiljø og gode oppvekstmiljø',
		lead: 'Norsk kulturskoleråd, KS og Utdanningsdirektoratet inviterer til eit nytt nasjonalt dialogseminar måndag 29. april. Temaet er korleis samarbeid med frivilligheita og andre lokale aktørar kan gje betre oppvekst.',
		body: `Måndag 29. april 2024 skipar Norsk kulturskoleråd, KS og Utdanningsdirektoratet til eit nytt nasjonalt dialogseminar. Seminaret følgjer opp det nasjonale dialogseminaret i fjor.

## Hovudspørsmålet

Eitt spørsmål står i sentrum: Korleis kan eit meir heilskapleg samarbeid og sterkare samhandling med frivillig sektor og andre lokale aktørar gje betre skule, betre kulturskule og betre oppvekst?

## Bakgrunn

Utgangspunktet for seminaret er arbeidet med Fremtidens kulturskole. Seminaret handlar òg om korleis tiltak og intensjonar i Meld. St. 18 (2020–2021) «Oppleve, skape, dele – Kunst og kultur for, med og av barn og unge» blir følgde opp.

## Kven er seminaret for?

Seminaret passar for:

- kulturskuleleiarar
- leiarar i grunnskulen
- kommunalsjefar og verksemdsleiarar i oppvekst- og kultursektoren
- utdanningssektoren for kultur og skule
- nasjonale organisasjonar på kulturfeltet og i frivilligheita`
	},
	{
		key: 'invitasjon-til-regionale-program',
		title: 'Fremtidens kulturskole: Invitasjon til å vere med i regionale program',
		lead: 'Det kommunane lærte i pilotprosjektet, skal no kome fleire til gode gjennom regionale program. Alle fylkesavdelingane i Norsk kulturskoleråd kan melde interesse.',
		body: `Pilotprosjektet «Kulturskolen som utviklingsaktør i fremtidens kommune» har gjeve mykje røynsle, kunnskap og læring. Dette blir no teke vidare i regionale program.

## Ei ramme for arbeid som alt er i gang

Det regionale programmet skal gje ei ramme for kommunalt og regionalt utviklingsarbeid og hjelpe til med å gjennomføre det. Det er ikkje meint som eit eige prosjekt på toppen av alt anna. Programmet blir sett i samanheng med utviklingsområda kommunane og regionane alt har valt. Fremtidens kulturskole hjelper til med å gjere desse områda konkrete og med å arbeide planmessig med dei.

## Kven kan vere med?

No kan alle fylkesavdelingane i Norsk kulturskoleråd seie frå om at dei ønskjer å vere med. Målgruppa er medlemskommunane i Norsk kulturskoleråd og styra i fylkesavdelingane.

## Meir informasjon

Les meir om programmet under [Vegen vidare](/nn/veien-videre). Der finn du òg svar på spørsmål mange lurer på. Grunnlagsdokumentet for programmet ligg som PDF på kulturskoleradet.no.`
	},
	{
		key: 'nasjonalt-dialogseminar-opptak-og-ressurser',
		title: 'Nasjonalt dialogseminar: Filmopptak og ressursar som høyrer til',
		lead: 'Opptaket frå det nasjonale dialogseminaret i april 2023 er no tilgjengeleg, saman med førebuingar og dialogspørsmål som kan brukast lokalt.',
		body: `I april 2023 skipa Utdanningsdirektoratet (Udir), KS og Norsk kulturskoleråd til eit nasjonalt dialogseminar. No kan du sjå opptaket frå seminaret her på nettstaden. Her ligg òg ressursane som høyrer til.

## Kva finn du?

- opptak av seminaret
- førebuingsmateriale
- dialogspørsmål

## Slik kan materialet brukast

Materialet passar overalt der temaet er samarbeid og utvikling på tvers av kultur- og oppvekstsektoren, til dømes:

- i ein enkelt kommune
- på regionale samlingar og fylkessamlingar for aktuelle aktørar
- på andre møteplassar der dette er tema

Opptaket og dialogspørsmåla eignar seg godt som utgangspunkt for samtalar i ei kommunegruppe eller ei leiargruppe.

Les meir og finn materialet under [Vegen vidare](/nn/veien-videre) og [Film/video](/nn/film-og-video).`
	},
	{
		key: 'viktig-skritt-mot-fremtidens-kulturskole',
		title: '26. januar 2023: Viktig steg teke mot framtidas kulturskule',
		lead: 'På eit milepælsarrangement i Oslo vart røynslene frå prosjektet delte. Deretter såg deltakarane framover: Kva bør vi ta med oss vidare?',
		body: `I januar 2023 tok Fremtidens kulturskole eit nytt steg. Prosjekteigarane Norsk kulturskoleråd og KS meiner dette steget kan gje kulturskulen ei endå tydelegare og sterkare rolle som utviklingsaktør i framtidas kommune.

## Milepælsarrangement i Oslo

Torsdag 26. januar 2023 vart det halde eit milepælsarrangement i Oslo. Der vart røynslene og lærdomane frå prosjektarbeidet så langt delte med deltakarane.

Etterpå vende deltakarane blikket framover og tenkte høgt saman: Kva har fungert så godt at vi bør ta det med oss vidare?

## Oppsummering av piloten

Artiklane på temasida om Fremtidens kulturskole på [ks.no](https://www.ks.no/) oppsummerer pilotprosjektet «Kulturskolen som utviklingsaktør i fremtidens kommune». Prosjektet ser på kva rolle kulturskulen har i det kommunale tenestetilbodet, og korleis han kan opne dører for samskaping.

Les meir om røynslene på sida [Erfaringar frå piloten](/nn/prosjektet/synliggjoring-av-erfaring-fra-piloten).`
	},
	{
		key: 'ny-underveisrapport',
		title: 'Ny undervegsrapport',
		lead: 'Ein ny undervegsrapport om Fremtidens kulturskole er klar. Prosjektet er eit samarbeid mellom KS og Norsk kulturskoleråd.',
		body: `No er det lagt fram ein ny undervegsrapport om Fremtidens kulturskole. Prosjektet er eit samarbeid mellom KS (organisasjonen til kommunesektoren) og Norsk kulturskoleråd (kulturskolerådet).

## Kva handlar prosjektet om?

Føremålet med prosjektet er å rette merksemda mot funksjonen, oppgåva og rolla kulturskulen har i det kommunale tenestetilbodet. Kva kan kulturskulen bidra med i kommunen, og korleis kan han samarbeide med andre tenester?

Undervegsrapporten gjev eit bilete av arbeidet så langt. Han er nyttig både for kommunane som er med, og for andre som vil vite meir om korleis prosjektet har utvikla seg.

## Les rapporten

Du finn undervegsrapporten på sida [Rapportar](/nn/prosjektet/rapporter), saman med prosjektrapporten «På vei mot Fremtidens kulturskole» frå 2021.`
	}
];

export const eventsNn: DemoTranslation[] = [
	{
		key: 'nettmote-kulturskole-hele-livet',
		title: 'Nettmøte: Fremtidens kulturskole – kulturskule heile livet',
		lead: 'Eitt år inn i prosjektet inviterte Norsk kulturskoleråd og KS til nettmøte om kulturskulen gjennom heile livsløpet.',
		body: `Prosjektet Fremtidens kulturskole hadde då halde på i om lag eitt år. Nettmøtet handla om korleis kulturskulen kan vere eit tilbod for fleire enn born og unge i alderen 6–19 år, og kva eit livsløpsperspektiv tyder for rolla kulturskulen har i kommunen.

Møtet vart teke opp, og opptaket ligg blant ressursane våre.`
	}
];
