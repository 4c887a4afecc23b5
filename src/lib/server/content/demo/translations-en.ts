/**
 * English (British) versions of the demo content: the front page, the programme overview
 * («Prosjektet»), the Kulturskole 3.0 overview and the accessibility statement.
 */
import type { DemoTranslation } from './translations';

export const pagesEn: DemoTranslation[] = [
	{
		key: '/',
		title: 'Fremtidens kulturskole – the culture school of the future',
		lead: 'What will the municipal culture school of the future look like? We want to find out what role the culture school can play in the municipality, which goals it can help to reach, and how it can become a stronger actor in the community, relevant to more residents.',
		body: `Every municipality in Norway has a culture school (kulturskole), offering teaching in music, dance, theatre, visual art and other art forms. Even so, its place in the municipality’s larger tasks is often unclear. If the culture school is to matter to more people than those who already attend, the municipality needs to know what it wants to use the culture school for.

That is why we start with societal goals. Once the municipality has decided what it wants to achieve – a joined-up childhood, less social exclusion or better public health, for example – it becomes easier to see what role the culture school should have, whom it should work with and how its offer should be shaped.

Municipalities work on pictures of the future in broad municipal groups. The culture school sits at the table with the school owner and other sectors of the municipality, and often with partners such as libraries, voluntary organisations, bands and choirs and local cultural life. Together they describe where they want to go, where they stand today and what it will take to get there.

Fremtidens kulturskole is owned by KS (the Norwegian Association of Local and Regional Authorities) and Norsk kulturskoleråd (the Norwegian Council for Schools of Music and Performing Arts). The work began in 2019 and has moved from a pre-pilot and a pilot to regional programmes, in which the council’s county branches and member municipalities put the method to use.`
	},
	{
		key: '/prosjektet',
		title: 'The programme',
		lead: 'Fremtidens kulturskole is a development programme run jointly by KS and Norsk kulturskoleråd. Here you can read why the programme exists, what it builds on and what has happened since it began in 2019.',
		body: `## A joint effort by KS and Norsk kulturskoleråd

Fremtidens kulturskole is about the culture school’s function, task and role among the services a municipality provides. KS is the organisation of the local government sector, and Norsk kulturskoleråd is the membership and development organisation for the municipalities that own the culture schools. Together they have built up knowledge, tried out ways of working in the municipalities and developed an approach that is now used in regional programmes.

## What you will find in this section

- **Background** – how the programme began in 2019, and how the 2020 pre-pilot laid the groundwork for what followed.
- **Rationale** – why the culture school’s role in society matters, and which laws, plans and policies the work builds on.
- **Activity** – a timeline of gatherings, online meetings, the pilot and seminars.
- **Reports** – the project report from 2021 and the interim report from 2022.
- **Lessons from the pilot** – what the municipalities in the pilot learnt.
- **Programme management** – who leads the work, and how to get in touch.

These pages are in Norwegian.

## In brief

The programme has moved in stages. First came research and mapping, then a pre-pilot with six municipalities. The project report “På vei mot Fremtidens kulturskole” (On the way to the culture school of the future) was published in January 2021 with recommendations for further work. The pilot “Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune” (the culture school as a development actor in the municipality of the future) followed in 2021–2022. Its lessons are now being taken further in regional programmes and in national dialogue seminars.

Read more about how to take part under [The way forward](/en/veien-videre) (in Norwegian).`
	},
	{
		key: '/kulturskole-3-0',
		title: 'Kulturskole 3.0',
		lead: 'Kulturskole 3.0 is a culture school that works with others and helps to develop the municipality. It is a local resource centre across sectors and throughout life.',
		body: `## From service to development actor

The term Kulturskole 3.0 builds on the idea of Kommune 3.0, the co-creating municipality, in which residents, staff, politicians and partners find solutions together. In the same way, the culture school can move from being a service people order to being an actor that helps to solve the municipality’s tasks.

## The themes

This part of the website covers the main themes of Kulturskole 3.0 (the theme pages are in Norwegian):

- **[This is Kulturskole 3.0](/en/kulturskole-3-0/dette-er-kulturskole-3-0)** – where the term comes from and what it means in practice.
- **[The culture school as a resource centre](/en/kulturskole-3-0/kulturskolen-som-ressurssenter)** – working with child welfare, social services, refugee services, health services and care for older people.
- **[A joined-up childhood](/en/kulturskole-3-0/helhetlig-oppvekst)** – kindergarten, school, after-school care and culture school as one ecosystem.
- **[The whole of life](/en/kulturskole-3-0/livslopsperspektivet)** – a culture school for more than children and young people aged 6 to 19.
- **[Inclusion and exclusion](/en/kulturskole-3-0/inkludering-og-utenforskap)** – a culture school for everyone, whatever their background or means.
- **[Other themes](/en/kulturskole-3-0/annet)** – innovation, co-creation in practice and sustainability, and the three theme packs.

## The link to societal goals

The themes tie in with the societal goals municipalities choose when they draw up their pictures of the future. A goal of less social exclusion points, for example, towards the theme of inclusion. A goal of good public health may point towards working with health services and care for older people. In this way Kulturskole 3.0 becomes a tool for making societal goals concrete in the culture school’s everyday work.`
	},
	{
		key: '/tilgjengelighet',
		title: 'Accessibility statement',
		lead: 'We want everyone to be able to use this website. Here you can read how we meet the requirements for universal design, and how to tell us if something does not work.',
		body: `## Requirements we meet

The Fremtidens kulturskole website aims to meet WCAG 2.1 at levels A and AA. These are the 47 success criteria that the Norwegian regulations on universal design of ICT require of websites in Norway.

## How we have tested

We have tested the website in several ways:

- automated checks with the axe-core tool on every page
- using the whole website with a keyboard only
- zooming to 400 per cent
- viewing on a screen 360 pixels wide
- using it without JavaScript

## Known issues

We are not aware of any failures to meet the requirements at present.

The videos are hosted on Vimeo. They are available in a version with subtitles, and the page showing each video has a text version of its content.

Much of the website’s content is in Norwegian only. Where a page is not yet available in English, it says so and shows the Norwegian text.

If you find something that does not work, we would like to hear about it.

## Give feedback

Do you have problems using the website, or suggestions for improvements? Send us an e-mail:

[Give feedback on accessibility](mailto:post@kulturskoleradet.no?subject=Accessibility%20of%20Fremtidens%20kulturskole)

Please tell us which page it concerns, what you were trying to do and which device or assistive technology you were using. We will reply as soon as we can.

## Complaints

If you are not satisfied with our reply, you can complain to the Norwegian Authority for Universal Design of ICT (Tilsynet for universell utforming av IKT), which checks that websites follow the rules. Read more at [uutilsynet.no](https://www.uutilsynet.no/).

## About this statement

This statement was last updated on 25 November 2026.`
	}
];
